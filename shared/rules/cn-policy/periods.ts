/**
 * Periods in a policy, read as numbers and compared with the law: the no-reason window
 * (`window_shorter_than_law`), the time to report defects (`inspection_notice_too_short`) and the
 * refund deadline (`refund_later_than_law`).
 *
 * @law NRR-MEASURES 10
 * 第十条 选择无理由退货的消费者应当自收到商品之日起七日内向网络商品销售者发出退货通知。
 * 七日期间自消费者签收商品的次日开始起算。
 * @endlaw
 * @law NRR-MEASURES 13
 * 第十三条 消费者退回的商品完好的，网络商品销售者应当在收到退回商品之日起七日内向消费者返还已支付的商品价款。
 * @endlaw
 *
 * Interpretation:
 * - The window is 7 days from the day after signing (NRR-MEASURES 10 ¶2, CIVIL-CODE 201), or the shop's
 *   longer promise (CRPL-REG 12). A window in hours ("72小时", "满168小时") is void: it ends before the
 *   last day's 24:00 and never extends over rest days (CIVIL-CODE 203). Fewer days, a start at
 *   dispatch, payment, order or invoice, the signing day counted as day 1, and "节假日不顺延" are void.
 *   "自签收之日起7日内" and a plain "7天" are the statute's own words: lawful.
 * - A period for reporting defects or transit damage shorter than the 7 days of CRPL 24, and "签收即视为
 *   合格", are void (CIVIL-CODE 622, SPC-ONLINE-1 1(1)).
 * - Defects of 三包 goods (appliances, phones, computers) taken for a few months only and refused after are void: the
 *   三包 period prevails over a shorter agreed one (CIVIL-CODE 622 ¶2, THREE-GUARANTEES).
 * - A refund later than 7 days after the returned goods arrive is void; working days count as days,
 *   so "7个工作日" (which spans at least 9 calendar days) is void and up to 5 working days is lawful.
 *   A range counts by its upper end ("5-7个工作日").
 * - Periods for the consumer's own steps (sending the goods back after approval) and the shop's
 *   service times are not windows and are left alone.
 */

import { gateOf } from '#shared/policy-lint/gates.js';
import { matchesOf } from '#shared/policy-lint/matches.js';
import { anchorBefore, chineseNumber, type Duration, otherActAfter } from '#shared/policy-lint/numbers.js';
import { startingWhereItCan } from '#shared/policy-lint/starts.js';
import type { ClauseReading, ClauseRule, RuleFinding } from '#shared/policy-lint/types.js';
import { cites } from './citations.js';
import {
  CONSUMER_DAMAGE,
  countOf,
  dayCounts,
  inStoreOnly,
  NO_REASON,
  NOT_QUALITY,
  partBegins,
  QUALITY,
  RETURN_TOPIC,
  refuses,
  SERVICES_OR_CODES,
  TRIAL_PERIOD_KIND_EN,
} from './lexicon.js';

export type PeriodKind = 'window' | 'quality' | 'refund' | 'other';

const REFUND_NEAR =
  /process(?:ing)? (?:your |the )?return|退款|退还(?:货款|款项|已支付)|办理退还[^,;。]{0,16}(?:金额|款项|货款)|退还(?:您)?(?:支付的|所付的)?(?:全部|相应|订单)?金额|返还(?:货款|款项|价款)?|款项|货款|到账|原路|(?:退回|退还|退至|退到)(?:到|至)?.{0,6}(?:账户|帐户|账号|帐号|卡)|打款|refund|credit(?:ed)?|reimburs|money back|受理退货|处理退款|办理退款|\bpayments? (?:follows?|to follow|to you|back|made|issued|sent|credited|is made|is sent|is issued)\b|\bpaid back\b|\bpay(?:ing)? you(?: back| out)?\b|\byou (?:are|get|will be|'ll be|'re) paid\b|\bget paid\b|\b(?:money|funds)(?: is| are)? (?:returned|sent|back|credited)\b|\bpay ?outs?\b|\breimbursed\b|\brepa(?:y|id|ying|yment)\b/;
const SHOP_SERVICE = startingWhereItCan(
  /(?<=^\s*(?:内|以内|之内)?)(?:商家|卖家|店铺|本店|我们)(?:同意|审核|确认|答复|回复)|回复|响应|取件|前往(?:取货|收货|取回)|(?<!请|须|需|您)验收|质检|上门|揽收|(?<![可请须需内])通知(?:物流|快递)|(?<=^\s*(?:内|以内|之内)?)收回(?:商品|货品)|派(?:快递|专人|人)|安排(?:快递|物流|取件)|(?:会|将)(?:为您)?安排(?:退货|退回|回收)(?:作业|事宜|流程)|pick(?:ed)?[- ]?up|collect(?:ed|ion)?\b|处理您的|审核(?!通过后)|(?<!请)(?:联系|联络|连络)您(?!的)|答复|发货|配送|送达(?!当[天日]|之日|次日)|出库|取消订单|取消|dispatch|ship(?:ped|s)? within|deliver(?:ed|y)? within|respond|reply|contact you|get back to you|email you|处理完成?售后|解决(?:售后|问题)|承接|反馈(?:处理)?结果|(?:给出|作出|做出)[^,;。]{0,6}(?:结果|判定|决定|答复|方案|意见)|与(?:您|你)(?:取得)?(?:联系|连络|联络)|(?:查看|检视|审查|核实)(?:您|你)的|(?:商品|货物|货品|产品)(?:退还|寄还|寄回|退回|返还)给(?:您|你)|return (?:it|them|the (?:item|goods|product)s?) to you/,
);
const CONSUMER_STEP =
  /寄回|(?<!退款或|退款、|退款和|退款及|退款并)寄出(?!(?:替换|更换|调换|换货|新的?|补发))|发回|寄还|(?<!收到)退回商品|填写(?:物流|快递)?单号|上传|提交(?:物流|快递)?单号|ship (?:it |them |the items? )?back|send (?:it |them |the items? )?back|post (?:it|them) back|drop off/;
const DAMAGE_REPORT =
  /\b(?:any )?(?:issues?|problems?|faults?|defects?|damages?)\b[^.;]{0,30}\b(?:must|should|need to|needs to) be reported\b[^.;]{0,10}within\b|\b(?:any )?(?:discrepanc(?:y|ies)|shortages?|breakages?)\b[^.;]{0,20}\b(?:must|should|need to|needs to) be (?:reported|notified)\b[^.;]{0,20}within\b|\b(?:report|notify us)\b[^.;]{0,6}within \d+ (?:hours?|days?|business days?) of (?:delivery|receipt|receiving)|\bcontact us\b[^.;]{0,6}within \d+ hours? of (?:delivery|receipt|receiving)|拍照反馈|图片证明|照片证明|拍照(?:证明|留证)|(?:photo|picture|video)s? (?:evidence|proof)|(?:如|若|如果|倘若)?(?:商品|货物|包裹)?(?:有|发现|出现|存在)(?:任何)?(?:问题|异常)|(?:report|notify)[^.;]{0,24}(?:issues?|problems?)|异议|无误|破损|损坏|缺件|少件|缺少|缺失|少了|不符|漏发|遗漏|错发|发错|少发|外观|数量|签收时|验货|damage|missing|wrong item|defect|faulty|broken/;

const REFUND_WORD =
  /process(?:ing)? (?:your |the )?return|(?:退还|退至|退到)(?:到|至)?[^,;。]{0,6}(?:账户|帐户)|(?<!申请|要求)退款(?!申请)|退款(?=后|之后|以后|审核|的)|退还(?:货款|款项|已支付)|返还|款项|货款|到账|原路|打款|refund|credit(?:ed)?|reimburs|money back|办理退款|处理退款|受理退货|\bpayments? (?:follows?|to follow|to you|back|made|issued|sent|credited|is made|is sent|is issued)\b|\bpaid back\b|\bpay(?:ing)? you(?: back| out)?\b|\byou (?:are|get|will be|'ll be|'re) paid\b|\bget paid\b|\b(?:money|funds)(?: is| are)? (?:returned|sent|back|credited)\b|\bpay ?outs?\b|\breimbursed\b|\brepa(?:y|id|ying|yment)\b/g;
/**
 * Words naming the return's own time ("…can be returned", "a refund if the product is returned within 30 days", "…ensuring we
 * are notified … up to 14 days after the goods were received").
 */
const WINDOW_WORD =
  /退货|退换|换货|无理由|申请|可退|包退|鉴赏期|犹豫期|(?<!process(?:ing)? (?:your |the )?)return(?!ed)|\b(?:can|may|must|should) (?:only )?be returned\b|\b(?:if|when|provided(?: that)?|as long as|so long as) (?:the |your )?(?:items?|products?|goods|merchandise|orders?|purchases?|it|they) (?:is|are) returned\b|\b(?:is|are|be|items?|goods|products?|merchandise|orders?|purchases?) (?:returned|sent back) (?:to us )?within\b|\b(?:we are|we're|we have been) notified\b|\bnotify us\b|exchange/g;
const QUALITY_WORD =
  /(?:如|若|如果|倘若)(?:有|发现|出现)(?:任何)?(?:问题|异常)|(?:如|若|如果|倘若)发现(?:货品|商品|产品|货物)(?:有|存在|出现)(?:任何)?(?:问题|异常)|质量|故障|破损|损坏|瑕疵|缺件|少件|漏发|遗漏|错发|发错|外观|反馈|视为|验货|damage|defect|faulty|broken|missing|wrong item|report/g;

/** A refund named as what the return gets the consumer: the period before it is the window. */
const REFUND_PURPOSE =
  /(?:以|来|可|便可)?(?:获得|取得|获取|换取|得到)(?:全额|全部)?退款|for (?:a )?(?:full )?(?:refund|store credit|credit|exchange)|(?:or )?your money back|to (?:get|receive|obtain) a (?:full )?refund/g;
/** `REFUND_PURPOSE` for a single test (a global pattern keeps its position between tests). */
const REFUND_PURPOSE_AT = new RegExp(REFUND_PURPOSE.source);
/** The consumer's return right before a period ("return it within", "can be returned within"). */
const RETURN_BEFORE =
  /(?:return|send|ship|mail|post|exchange)(?: or (?:return|exchange))?(?: (?:it|them|(?:the |your |any |most |all )?(?:items?|products?|goods|orders?|purchases?|merchandise)))?(?: back)?\s+within\s*$|(?:can|may) be (?:returned|exchanged) within\s*$/;

/** Where the next period starts: the words after it are its own. */
const NEXT_PERIOD = /\d|[一二两三四五六七八九十]+\s*(?:个)?(?:工作|自然)?(?:天|日|小时|周)/;

/** How far before a period its topic words are looked for. */
const REACH = 240;

/** The last match of `pattern` before `position`, looking back no further than `from` and `reach` characters. */
function nearestBefore(text: string, position: number, pattern: RegExp, from = 0, reach = REACH): number {
  const start = Math.max(from, position - reach);
  let best = -1;
  for (const match of matchesOf(pattern, text.slice(start, position)))
    best = Math.max(best, start + (match.index ?? 0));
  return best;
}

/**
 * The shop's own step within a time, in the active voice: sending the consumer instructions, a label or an authorisation
 * ("…and send return instructions within"), starting a replacement ("We initiate the replacement within 3 working days once we
 * receive the product"), or its department checking a return ("…the quality control department must
 * verify … within", "质检部门将在3个工作日内完成检验").
 */
const SHOP_STEP_WITHIN =
  /(?:质检|检验|仓库|仓储)(?:部门|中心|人员)(?:将|会|需|须)?(?:在|于)\s*$|\b(?:quality control|qc|inspection|returns?|warehouse) (?:department|team)\b[^.;]{0,30}\b(?:verify|inspect|check|assess|process)\b[^.;]{0,60}\bwithin\s*$|\b(?:we|our (?:team|staff|store|customer (?:service|support|care)(?: team)?|support team))\b[^.;]{0,50}\b(?:send|e-?mail|issue|provide)(?: you)? (?:the |your |a |an )?(?:return |prepaid |shipping )*(?:instructions|labels?|authori[sz]ations?|rma(?: numbers?)?)\s+within\s*$|\bwe (?:will |shall )?(?:initiate|start|begin|arrange) (?:the |your |a )?(?:replacements?|exchanges?|repairs?)\s+within\s*$/;
/** The shop as who acts in the period after it ("我们会在", "厂家将于"). */
const SHOP_ACTS_WITHIN_ZH = /(?:我们|本店|商家|卖家|厂家|厂商|客服|本公司|我司|店家)(?:会|将)(?:尽快)?(?:在|于)\s*$/;
/** A label, instruction or collection of the shop's sent or arranged within a time ("Return shipping labels are emailed within"). */
const SHOP_STEP_SENT_WITHIN_EN =
  /\b(?:labels?|emails?|instructions|confirmations?|tracking (?:numbers?|details|links?)|return (?:forms?|numbers?|authori[sz]ations?)|rma (?:numbers?)?|pick-?ups?|collections?|couriers?)\b(?:(?!\b(?:if|only|must|accepted|unless|when|valid)\b)[^.;]){0,30}\b(?:are|is|will be|gets?|get) (?:e-?mailed|sent|issued|provided|generated|created|arranged|scheduled|booked|dispatched)\s+(?:to you\s+)?(?:within|in)\s*$/;
/** The shop's receipt of the returned goods, named after a period ("… of receiving your return", "… after we receive the returned item"). */
const RETURN_RECEIPT_AFTER_EN =
  /^\s*(?:of|after|from|following) (?:(?:our |us )?(?:receiving|receipt of)|(?:we|us) (?:receive|have received|get)) (?:your|the) (?:returns?|returned (?:items?|goods|products?|parcels?|packages?|merchandise))\b(?! (?:authori[sz]ations?|numbers?|labels?|requests?|forms?|approvals?|instructions))/;

/** A shipping cost paid back ("reimburse your return shipping label", "refund the postage"), not the price. */
const SHIPPING_REIMBURSED_EN =
  /\b(?:reimburse|refund)d? (?:you )?(?:for )?(?:your |the )?(?:return |original )?(?:shipping|postage|delivery)(?: (?:labels?|costs?|fees?|charges?))?\b/g;

/** The return's notice and the goods' sending asked together ("告知与寄出", "申请并寄回"). */
const NOTICE_AND_SENDING =
  /(?:告知|通知|联系|申请|提出)[^,;。]{0,4}(?:与|和|及|并|并且|且|同时)(?:寄出|寄回|发回|寄还)/;

/** The consumer contacting the shop ("联系客服", "告知我们", "contact us"). */
const CONSUMER_CONTACTS =
  /(?<!我们会|我们将|客服会|客服将|本店会|本店将|将|会)(?:联系|联络)(?:客服|我们|本店|商家|卖家)|告知(?:客服|我们|本店)|\b(?:contact|notify|email|inform|message|call) us\b/;

/** What a duration in a clause measures: the nearest topic word before it decides, else the words after. */
/** "request a refund", "refund or exchange": in English a refund is often the return itself. */
const REFUND_AS_RETURN =
  /\brefunds? (?:for|on|due to|because of|based on) (?:a |your |the )?change[- ]of[- ]mind\b(?![^.;]{0,30}\b(?:issued|processed|credited|paid|made|sent|transferred)\b)|\brefund (?:you )?(?:for|on) (?:a |your )?change[- ]of[- ]mind\b|\bchange[- ]of[- ]mind refunds?\b|\b(?:are|is) (?:only )?(?:refundable|eligible for (?:a )?refund)(?: only)? within\b|refunds? (?:only )?if you (?:contact|notify|email|tell|reach) us within|refund within \d+ days? (?:of|from|after) (?:receiving|receipt of|(?:the )?delivery of) (?:your|the) (?:order|purchase|parcel|package)|(?:returned|exchanged|accepted)[^.;]{0,40}(?:for|with) a (?:full )?refund|request(?:ing)? (?:a |for a |your )?refund|refund request|(?<!\b(?:process|issue|processing|issuing) (?:of )?(?:your |the |a )?)refunds? (?:or|and|\/) ?exchanges?(?! (?:will be |are |is )?(?:processed|issued)\b)|exchanges? (?:or|and|\/) ?refunds?|returns? (?:or|and|\/) ?refunds?|refund policy/;
const REFUND_PROCESSING =
  /(?:processed|issued|credited|posted|applied|refunded|paid|transferred)\b|refund (?:timing|time)|take[s]? (?:up to )?\d|退款|到账|原路/;

/** What the whole clause says, read once per clause: the per-period reading below only looks near each period. */
interface ClauseFacts {
  repairOnly: boolean;
  englishReturn: boolean;
  policyTopic: boolean;
  contactDeadline: boolean;
  defectWords: boolean;
  qualityClause: boolean;
  allowToProcess: boolean;
  reportWords: boolean;
  /** A bonus for a review ("好评返现"), with no return named. */
  reviewBonus: boolean;
  /** A refund or payment named anywhere in the clause (`REFUND_NEAR`), read once, not once per period. */
  refundNamed: boolean;
  /** Where topic words are looked for: the clause's own part when it has any, else the lead-in's too. */
  from: number;
}

/**
 * The shop paying a refund in the clause's own words ("we will process your refund within 7 business days", "refunds are
 * issued within 5 days"): under a heading that names the refund policy, the days are the refund's, not a return window.
 */
const SHOP_PAYS_REFUND_EN =
  /\bwe(?:'ll| will| shall| aim to| try to| usually| typically| normally)? (?:process|issue|send|make|complete|initiate) (?:your |the |a )?(?:full )?refund\b|\brefunds? (?:will be |is |are |shall be )?(?:processed|issued|credited|paid)\b/;

let lastFacts: { text: string; ownStart: number; items: string; facts: ClauseFacts } | undefined;

function clauseFacts(text: string, ownStart: number, items: string): ClauseFacts {
  // Compared field by field: the same clause's strings are the same objects, so no text is copied per period.
  if (lastFacts && lastFacts.text === text && lastFacts.ownStart === ownStart && lastFacts.items === items)
    return lastFacts.facts;
  const own = text.slice(ownStart);
  // The items below a lead-in tell what its period measures ("签收后24小时内，如发现以下问题：破损").
  const read = items ? `${text}；${items}` : text;
  const ownTopic = /退|换货|更换(?!配件|零件|部件|零部件)|调换|质量问题|return|refund|exchange|replace/.test(own);
  const repairWords = /维修|修理|保修|质保|warranty|repair/;
  const defectWords = QUALITY.test(read) || DAMAGE_REPORT.test(read);
  const facts: ClauseFacts = {
    // The clause's own words say what it is about; a lead-in's only when they say nothing.
    repairOnly:
      !ownTopic &&
      (repairWords.test(own) ||
        (repairWords.test(text.slice(0, ownStart)) && !/退|换货|return|refund|exchange/.test(text.slice(0, ownStart)))),
    // A heading's own words ("Returns and Refunds", "Refund Policy") do not make a refund's own sentence under it ("Refunds
    // take up to 30 days", "we will process your refund within 7 business days") a return window.
    englishReturn:
      REFUND_AS_RETURN.test(own) ||
      (REFUND_AS_RETURN.test(text) &&
        ((!/^\s*(?:your )?refunds?\b/.test(own) && !SHOP_PAYS_REFUND_EN.test(own)) ||
          // A limit on asking ("only given within 3 days", "only issued within 3 days of receiving the product", "not
          // available after 3 days"), not the shop's paying time ("only issued within 15 business days", "only go back
          // to the original card", "only made within 15 days of the goods arriving at our warehouse").
          ((/\bonly (?:be )?(?:given|available|possible|accepted|allowed|offered|permitted|granted|approved|honou?red|considered|requested)\b(?! as| to (?:the |your )?(?:original|card|account|payment|bank)| in the form)|\b(?:available|possible|accepted) only\b|^\s*refunds? only within\b|\bonly\b[^.;]*\b(?:requests?|request is|contact us|notify us|claims?)\b[^.;]*\bwithin\b/.test(
            own,
          ) ||
            (/\bonly\b/.test(own) &&
              /\bwithin\b[^.;]*\b(?:of|from|after) (?:receiving|receipt|delivery|purchase|order|arrival|your (?:order|purchase)|the (?:package|order|product|item) being|the order date)\b/.test(
                own,
              )) ||
            /\bnot (?:be )?(?:available|given|offered|issued|accepted) after\b/.test(own)) &&
            !/\b(?:after|once|when|of|from) (?:we (?:have )?(?:receive|received|inspect)|receiving (?:your |the )?return|receipt of (?:your |the )?return|the (?:item|return|returned (?:item|goods)) (?:is|are|has been) (?:received|inspected))|\bonce (?:the item|we|your return)\b|returned (?:goods|items?)|\binspect(?:ed|ion)\b|\bgoods arriving\b|\byour return (?:arrives|has been)\b/.test(
              own,
            )))),
    // "This policy … is valid for 7 days": in a return policy, the policy a clause opens with is its own.
    policyTopic:
      RETURN_TOPIC.test(read) ||
      /^(?:[a-z ]{1,20}:\s*)?this policy\b|policy lasts|return policy|退换货政策|售后政策|sales? (?:are |is )?final|final sale|(?:requests?|claims?) (?:raised|made|submitted|filed|sent|received)\b|\b(?:must|should|needs? to|has to|have to) be (?:sent|shipped|posted|mailed) back\b(?! to you)/.test(
        read,
      ) ||
      // "請在2天內申請,並在3天內返回", "Please apply within 2 days and send the item back within 3 days": the consumer applying and
      // sending the goods back, a return named by its steps.
      /申请[^。]{0,12}(?:寄回|返回|退回|寄还)|\bapply\b[^.;]{0,40}\bsend (?:it |them |the (?:items?|goods|products?) |your (?:items?|order|purchase) )?back\b/.test(
        read,
      ),
    contactDeadline:
      /\bplease (?:contact|email|notify|call|message)\b|请(?:您)?(?:务必)?(?:在|于)?[^。]{0,14}(?:联系|告知|反馈)/.test(
        text,
      ) && /receipt|receiv|deliver|签收|收到|收货/.test(text),
    defectWords,
    qualityClause:
      defectWords && (!NOT_QUALITY.test(read) || /视为|反馈|报告|告知/.test(read)) && !NO_REASON.test(read),
    allowToProcess:
      /\ballow\b[^.;]{0,70}\b(?:to|for)\s+(?:us\s+to\s+)?(?:process|issue|complete)\s+(?:your |the )?(?:return|refund|credit)|\ballow\b[^.;]{0,70}\bfor (?:your |the )?(?:returns?|refunds?|credit)s? to be (?:processed|issued|completed|credited)\b|\b(?:returns?|refunds?) (?:may|can|will|could) take (?:up to )?[^.;]{0,40}\bto (?:be )?process/.test(
        text,
      ),
    reportWords: /反馈|报告|告知|report|notify/.test(read) && DAMAGE_REPORT.test(read),
    reviewBonus: /好评|返现|晒单/.test(text) && !/退货|退换|退款|无理由|质量/.test(text),
    refundNamed: REFUND_NEAR.test(text),
    from: [REFUND_WORD, WINDOW_WORD, QUALITY_WORD].some(
      (w) => nearestBefore(text, text.length, w, ownStart, text.length) >= 0,
    )
      ? ownStart
      : 0,
  };
  lastFacts = { text, ownStart, items, facts };
  return facts;
}

/**
 * What "processed within" speaks of is an exchange or replacement, no refund ("Exchanges are processed within 14 days",
 * "Exchanges: processed within…"); "Returns and exchanges are processed" is a refund. The sentence's subject decides, or
 * when it names neither, the label before its colon or the heading.
 */
function processedIsExchange(text: string, ownStart: number, at: number): boolean {
  const said = text.slice(Math.max(ownStart, at - 60), at);
  const cut = Math.max(said.lastIndexOf(':'), said.lastIndexOf('.'), said.lastIndexOf(';'));
  let subject = said.slice(cut + 1);
  if (!/\b(?:exchanges?|replacements?|repairs?|returns?|refunds?)\b/.test(subject))
    subject = cut >= 0 ? said.slice(0, cut) : text.slice(0, ownStart);
  return /\b(?:exchanges?|replacements?|repairs?)\b/.test(subject) && !/\b(?:returns?|refunds?)\b/.test(subject);
}

/**
 * What the shop handles after the goods come back is an exchange or a repair: named before the period ("换货流程：收到您
 * 退回的商品后…", "返修商品收到退回后…", "收到退回的维修商品后…"), not "退换货" nor an exchange mentioned after it.
 */
function exchangeOrRepairHandled(text: string, at: number): boolean {
  return (
    /换货|换新|维修|返修/.test(text.slice(0, at).replace(/退换货?/g, '')) ||
    // "…处理完毕您的换货": what is completed is named right after.
    /^[^,;。]{0,8}(?:处理|办理)(?:完毕|完成)(?:您的)?(?:换货|换新|维修|返修)/.test(text.slice(at))
  );
}

/**
 * A refund said right after a period, with no period of its own ("…within 14 days, refunds issued the same day", "…within
 * 10 days, reimbursement follows"): the period is the refund's time. Not a refund with its own period ("…, refunds are
 * processed within 5 days") or only if something happens ("refunded if late", "refunds are available before dispatch").
 */
function refundRightAfter(text: string, end: number): boolean {
  const tail = text.slice(end, end + 80).split(/[.;]/)[0] ?? '';
  const refund = REFUND_STATEMENT.exec(tail);
  return (
    refund !== null &&
    refund.index <= 30 &&
    !/\b(?:within|in) (?:\d|one|two|three|five|seven|ten|fourteen)/.test(tail.slice(refund.index)) &&
    !/^[^.;]{0,20}\b(?:if|when|unless|before|available)\b/.test(tail.slice(refund.index + refund[0].length))
  );
}
/** A refund stated as done ("refunds issued the same day", "refund follows", "you will be refunded"), not a noun about refunds. */
const REFUND_STATEMENT =
  /\b(?:refunds? (?:follows?|to follow|credited|(?:is |are |will be )?(?:issued|processed|paid|made|sent))|refunded (?:afterwards|after|then|immediately|the same day|same day|on approval)|(?:you will|you'll) be refunded|issu(?:e|ing) (?:your |the )?refund|(?:and |then )refund\b|refund(?: you)? (?:on approval|afterwards|after)|refund, then|reimburs\w* (?:follows?|you)|money back guaranteed\b|(?:receive|get) (?:your )?money back|credit(?:ed)? (?:to )?your account|(?:we will|we'll) then refund|your refund follows)|\b(?:(?:the |your |a )?(?:refunds?|reimbursements?|repayments?|payments?|pay ?outs?|money(?: back)?|funds|amount|credit)\b(?!(?: on| for)? (?:cards?|cancel\w*|all products|orders? cancel\w*)\b)(?: (?:is|are|will be|gets?|then))?(?: then)? (?:follows?|to follow|issued|sent|made|returned|credited|paid|goes out|go out|(?:on )?the same day|same day|(?:back )?(?:to|into) your (?:card|account|bank|original|paypal|payment)|(?:by|via) (?:bank transfer|paypal|card))\b|(?:credited|refunded|reimbursed|repaid|paid(?: back)?|returned) (?:back )?(?:to|into) (?:you|your (?:card|account|bank|original|paypal|payment))|(?:credited|refunded|reimbursed|repaid|paid(?: back| out)?) (?:afterwards|then|immediately|(?:on )?the same day|same day|on approval)|\b(?:your )?(?:account|card) (?:is |will be )?credited\b|(?:you will|you['’]?ll|you are|you get|you['’]?re)(?: be)? (?:paid|refunded|reimbursed|credited|repaid)\b|\b(?:we|we then|then we|and we|we'll|we will)(?: then)? (?:pay|refund|reimburse|credit|repay)(?: you| your card| your account)?\b(?! (?:for|if|when|unless|only)\b)|\bthen you get paid|\b(?:and )?you get paid|\bpaying you(?: back| out)?\b|\bpaid back\b)/;
/** Payment to the consumer named inside the shop's handling of returns, just before a period ("with payment"). */
const RETURNS_PAID_WITHIN =
  /\b(?:inspect|check|assess|review|process)\w*\b[^.;]{0,30}\b(?:with (?:full |the |your )?(?:re)?payments?|(?:re)?payments?|payouts?|paying|repaying|(?<!postage |shipping |pre-?)paid(?! (?:shipping|postage|labels?|returns?)\b)|pay(?:s)? (?:you|out|back)|settling|money|funds)\b[^.;]{0,25}(?:within|in)\s*$/;
/**
 * A return refused after the days of another act ("…可申请开具发票，逾期不予退货", "逾期无法办理退货退款", "逾期退货不予受理",
 * "逾期不退"): a refusal word governing returning, before it or after it. Not a return merely named ("发票需随退回商品一并寄回"),
 * one left unaffected ("不影响退货"), the invoice, the shipping, a fee or the price difference alone ("逾期不退发票", "不再受理退票",
 * "不退还运费", "运费不退", "不退还运费及退货运费", "…退款手续费", "不退还差价"), unless the goods or their price are refused with
 * them, named after them or before them ("逾期恕不受理退票及退货", "不退运费和商品", "不退还差价及货款", "逾期商品和来回运费不退",
 * "逾期退款及运费不予退还", up to three fees before them); the no-reason return refused ("逾期不得享受无理由退货"). Goods after a
 * conjunction are refused after a 退 or before a return ("不予受理发票及商品退货"), not otherwise ("不提供发票及商品清单" and
 * "不再受理发票和商品信息的修改" refuse no return). A 退 that starts a fee's name is no return (`FEE_AFTER_REFUND`), nor is sending
 * back the invoice ("不予寄回发票").
 */
/** Goods or their price, which a refused return names ("货款", "商品", "衣服"). */
const REFUNDED_GOODS = '(?:商品款|商品|货款|货物|货品|产品|宝贝|衣服|衣物|鞋子|物品)';
/** The goods or their return named. */
const GOODS_OR_RETURN = new RegExp(`退货|退换|${REFUNDED_GOODS}`);
/** A fee, the invoice, the price difference or a deposit: refused alone, no return ("发票", "运费险", "商品差价", "定金"). */
const FEE_NOUN = '(?:发票|票|运费险|运费|邮费|快递费|(?:商品)?差价|手续费|定金|订金|押金|保证金)';
/** A conjunction between the things refused. */
const AND = '(?:及|和|与|、|或|以及)';
/**
 * A 退 that starts a fee's or a deposit's name, which is no return ("退还运费", "退货运费", "退款手续费", "退换货差价",
 * "退还退货运费", "退定金"), unless what follows the name is a statement of its own ("不退货快递费自理", "不退货运费买家承担",
 * "不退款手续费照收").
 */
const FEE_AFTER_REFUND = `(?:还|回|换)?(?:来回|往返)?(?:的)?(?:运费|邮费|快递费|发票|票|手续费|险)|(?:还|回)退(?:货|换货?|款)(?:的)?(?:运费险|运费|邮费|快递费|差价|手续费)|(?:还|回)?(?:商品)?差价|换货?差价|货(?:的)?(?:运费|邮费|快递费)(?!自理|自付|自负|由|需|须|请|买家|客户|顾客|您|消费者|也)|货险|货运费险|款手续费(?!照收|照付|自理|自付|由|需|须)|(?:还|回)?(?:定金|订金|押金|保证金)`;
const RETURN_REFUSED_AFTER = new RegExp(
  `(?<!(?<!(?:${REFUNDED_GOODS}|退货|退款)${AND}(?:来回|往返|退货|退换货?|退回|寄回|相应|所有|产生的|其)?(?:的)?)(?:运费|邮费|快递费|差价))(?:不予|不再|无法|不能|不可以|不可|不得|恕不|概不|不|拒绝|拒收)(?!影响)(?:再)?(?:为您|给您)?(?:予以|予|接受|支持|受理|办理|提供|申请|享受|享有)?(?:办理|受理)?(?:(?:退(?:还|回|换)?(?:来回|往返)?(?:退货|退换货?|退款)?(?:的)?${FEE_NOUN}|${FEE_NOUN})${AND}?){0,3}(?:(?:七天|7天|七日|7日)?(?:无理由)?退(?!${FEE_AFTER_REFUND})|寄回(?!发票|票)|(?<=退[^,;。]{0,12}${AND})(?!商品差价)${REFUNDED_GOODS}(?!清单|信息|明细|详情|编号|名称|型号|图片|链接|描述|保修卡|说明书|标签)|(?<=${AND})${REFUNDED_GOODS}(?=(?:的)?(?:退货|退换货|退换(?!货)|退款|退回)(?!运费|险|说明|地址|明细|信息|政策|流程|须知|规则|单|记录|进度|凭证|证明|金额(?:的)?(?:证明|明细|凭证|单据|说明|清单))))|(?:退货|退换货?|退款|退回)(?:申请)?(?:将|会|均|一律|概)?(?:不予|不再|不|无法|不能|恕不|概不)(?:予以)?(?:受理|处理|办理|接受|支持)`,
);

/** A refund of the price: what a refused fee may be joined to ("运费和货款"). */
const PRICE_REFUNDED = '(?:货款|商品款|退款|价款)';
/** The return shipping. */
const SHIPPING = '(?:运费|邮费|快递费)';
/** A fee not refused alone: the price refunded joined after it ("不给退运费和货款"). */
const FEE_JOINED_TO_PRICE = `(?![^,;。]{0,2}(?:和|及|与|、|以及)[^,;。]{0,2}${PRICE_REFUNDED})`;
/** No negation just before a keeping verb ("不支持", "无法享受"). */
const NOT_NEGATED = '(?<!不|不予|不得|不可|无法|不再|不能|恕不|概不)';
/** The no-reason return suspended, stopped or withdrawn after a keeping verb ("可暂停无理由退换"): no return kept. */
const SUSPENDED = '(?:暂停|停止|取消|关闭)(?:受理|办理|提供|支持|开放)?(?:七天|7天|七日|7日)?无理由';
/** The verbs that keep a return ("支持", "仍可", "可申请"). */
const KEEPING = '(?:支持|享受|享有|仍可|仍然可以|仍能|照常|可以|可申请|可)';
/**
 * The no-reason return kept beside a refusal ("…逾期不予退货（签收后7天内的无理由退货不受影响）", "但支持7天无理由退货",
 * "签收后7天内仍可退货", "7天无理由退货照常", "无理由退货正常处理/按正常流程处理", "七天无理由退货除外", "签收7天内可退"), not
 * refused ("不支持七天无理由退货", "不予支持退货", "无理由退货将不再正常受理", "正常情况下不予受理") nor something else kept ("不影响
 * 保修"; "质量问题除外", "可享受退货运费险", "运费也可退" and "差价部分可退" name no kept return, but "无理由退货及运费均可退" and
 * "运费自理仍可7天无理由退货" do). After 正常 a refusal of a fee, of a collect-on-delivery parcel or a condition ("不给退运费",
 * "禁止到付", "不行的话") refuses no return.
 */
const NO_REASON_KEPT = new RegExp(
  `无理由(?:退货|退换货?)?(?:(?!不|无法|未|没|禁止|暂停|停止|拒|难以)[^,;。]){0,4}(?:不受影响|不影响|照常|正常(?!(?:情况下?|时)?[,，]?[^,;。]{0,6}(?<!(?<!(?:退款|货款|退货|价款|商品)(?:及|和|与|、|以及))(?:运费|邮费|快递费|费用|手续费)[^,;。]{0,2})(?:不(?:予|再|能|可|支持|接受|受理|办理|提供|退|允许|得|给|行)|无法|没法|禁止|(?<!不会|不|不得)(?:拒绝|拒收|拒(?![绝收]))|恕不|概不|暂停|停止|难以)(?!(?:予以|以)?(?:退|承担|报销|补偿|补贴|补|支付)?(?:还|回)?(?:来回|往返|寄回|退回)?(?:的)?${SHIPPING}${FEE_JOINED_TO_PRICE}|(?:接受|接收|收)?(?:快递|顺丰)?(?:退货|运费)?到付|的话|[^,;。]{0,2}的可))|除外)|不(?:受)?影响[^,;。]{0,8}(?:无理由|退货|退换)|${NOT_NEGATED}${KEEPING}(?:(?!拒|不|无法|驳回|谢绝|${SUSPENDED})[^,;。]){0,8}无理由|${NOT_NEGATED}(?<!(?<!(?:无理由|退货|退换货?)(?:及|和|与|、|以及))(?:运费|邮费|快递费|差价|定金|订金|押金|手续费|保证金)(?:(?!自理|自付|自负|承担|不|并|且|但)[^,;。]){0,4})${KEEPING}[^,;。]{0,8}(?:退货(?!运费|险)|退(?=[,;。]|$))`,
);
/**
 * A defect's return, or every return but a defect's, refused after the days ("…，无理由退货正常处理，质量问题不退", "…，非/无质量
 * 问题不退", "…，质量问题以外不退"; a defect's shipping, "质量问题不退来回运费"; a refund, "不退还运费和货款"; not only the shipping
 * of other returns, "无质量问题不退运费"): the no-reason return beside it is not kept, and the refusal is read as the days' refusal,
 * as it is without a kept return.
 */
const DEFECT_REFUSED = new RegExp(
  `(?:质量问题|质量原因)[^,;。]{0,4}(?:不退|不予退|恕不退|概不退|不可退|不能退|不支持退|不给退)(?!(?:还|回)?(?:来回|往返|寄回|退回)?(?:的)?${SHIPPING}${FEE_JOINED_TO_PRICE}|差价)|(?<!无|非|不是|并非|除|除了|没有|没|不属于|非因|不是因为|不涉及|无任何|没有任何|不存在)(?:质量问题|质量原因)(?!以外|之外|外)[^,;。]{0,4}(?:不退|不予退|恕不退|概不退|不可退|不能退|不支持退|不给退)|(?:不|不予|恕不|概不|不可|不能|不给)退(?:还|回)?(?:(?!(?:只|仅|但|照)(?!退?(?:还)?(?:一半|部分|半)))[^,;。]){0,6}${PRICE_REFUNDED}(?!照退|全退|全额退|照常|原路|会退|可退|退还|正常)`,
);
/**
 * The last `count` parts (between commas and stops) of the text before `end`, joined by commas: what
 * `text.slice(0, end).split(/[,;。]/).slice(-count).join(',')` gives, read back from `end` rather than over the whole text
 * (a clause of 3,000 periods split its whole text before each: 1.7 s for 20,000 characters).
 */
function lastParts(text: string, end: number, count: number): string {
  let start = end;
  for (let seen = 0; start > 0; start--) {
    const c = text[start - 1];
    if ((c === ',' || c === ';' || c === '。') && ++seen === count) break;
  }
  return text.slice(start, end).replace(/[,;。]/g, ',');
}

/**
 * The text of the sentence before `end`, back to the last ";" or "。": what `text.slice(0, end).split(/[;。]/).pop()` gives, found
 * without splitting the whole text before each period.
 */
function sentenceBefore(text: string, end: number): string {
  return text.slice(Math.max(text.lastIndexOf(';', end - 1), text.lastIndexOf('。', end - 1)) + 1, end);
}

/**
 * The shop's own inspection, review or dispatch just before a period ("we inspect … within", "are shipped within", "Sellers must
 * respond to return requests within", "We will review the refund request within").
 */
const SHOP_ACTION_TIME =
  /(?:\b(?:we|we'll|our (?:team|staff|warehouse|returns? (?:team|department))|the (?:shop|store|team|warehouse)|(?:the )?(?:sellers?|merchants?|vendors?))\b(?: will| shall| aim to| try to| usually| typically| normally| must| should| (?:is|are) required to)? (?:inspect|review|check|examine|assess|respond to|reply to|ship|dispatch)(?:s|es)?\b(?:(?:(?!\b(?:refund\w*(?!\s+(?:requests?|applications?)\b)|credit\w*|money|reimburs\w*|and|or|but|that|which|if)\b)[^.;,]|,\s*(?=(?:usually|typically|normally|generally|often|always|free of charge|at no (?:extra )?cost|within|in)\b|(?:(?!\b(?:refund\w*|money|reimburs\w*|credit\w*)\b)[^,.;]){1,25},\s*(?:within|in)\b))){0,50}|\b(?:are|is|will be|get|gets)\s+(?:usually |typically |normally )?(?:inspected|reviewed|checked|examined|assessed|shipped|dispatched|sent out)(?:,?\s+(?:usually|typically|normally|generally))?\s+)(?:within|in)\s*$/;
/**
 * A step of the shop's own timetable just before the period: its review, inspection or follow-up named as a step with the
 * time in brackets ("Mall/Store Review (", "Product Inspection ("), goods shipped by the shop with no one else named
 * ("Exchange: Shipped within"), or the shop's call or answer made ("a follow-up call will be made within"). Not a refund's
 * step ("Refund Review (").
 */
const SHOP_STEP_TIME =
  /[\n.;:]\s*(?:(?!refund|credit|money|reimburs|return window|returns? period|submit|apply|application)[^.;:\n(]){0,40}\b(?:review|inspection|approval|verification|follow-up|quality check)\s*\(\s*(?:within\s*)?$|\bexchanges?:?\s*shipped\s+(?:within|in)\s*$|\b(?:calls?|repl(?:y|ies)|responses?|answers?|follow-ups?)\b[^.;]{0,20}\b(?:will be|is|are) (?:made|given|sent|provided)\s+(?:within|in)\s*$/;
/**
 * After days that open a sentence, the shop's refund named next ("Within 14 days [after we receive your returned parcel],
 * we'll issue a refund"), the days' own anchor, when named, as the group `anchor`.
 */
const REFUND_AFTER_OPENING_DAYS =
  /^(?<anchor>\s+(?:of|from|after)\s+(?:(?:our\s+)?(?:receiving|receipt\s+of|getting)\s+(?:your|the)\s+return(?:ed)?|we\s+(?:receive|get)\s+(?:your|the)\s+(?:return(?:ed)?|parcel|package|item|goods))(?:\s+(?:items?|goods|parcel|package))?)?[,\s]*(?:we|our team)(?:'ll|ll| will| shall)\s[^.;]{0,50}\b(?:refund|reimburse|credit (?:your|the|you))/;

/** After a period's days: a report not made in them ("内未反馈的", "内没有联系客服"). */
const UNREPORTED_WITHIN =
  /^\s*(?:内|以内|之内),?(?:仍|还|都)?(?:未|没有|没|不)(?:及时|主动)?(?:与[^,;。]{0,6}|向[^,;。]{0,6}|和[^,;。]{0,6})?(?:反馈|联系|联络|告知|申请|提出|报告|申报)/;
/** After "超过" and a period's days: a report made or not made then ("超过24小时反馈的", "超过24小时未联系客服的"). */
const REPORTED_AFTER =
  /^\s*(?:后|以后|之后)?,?(?:才|再|仍|还)?(?:未|没有|没)?(?:与[^,;。]{0,6}|向[^,;。]{0,6}|和[^,;。]{0,6})?(?:反馈|联系|联络|告知|申请|提出|报告|申报|提供)/;
/** Every claim lost with the report ("不予处理", "将无法获得任何补偿", "恕不受理"). */
const CLAIM_LOST =
  /(?:不予|不再|无法|恕不|概不|不能|不|将不)(?:再)?(?:为您|给予|获得)?(?:任何)?(?:受理|处理|负责|补偿|赔偿|理赔|退|换|售后)/;

/** A period counted from delivery, receipt of the goods, signing or purchase ("of delivery", "after receiving the goods"). */
const EARLY_OR_DELIVERY_COUNT =
  /^[^.;)]{0,6}?\b(?:of|after|from|following|since) (?:the )?(?:date of )?(?:delivery|purchase|signing|order|receiving (?:the |your )?(?:goods|items?|parcel|package|order|products?)|receipt of (?:the |your )?(?:goods|items?|parcel|package|order|products?))\b/;
/** The time counted from the shop's approval of the request ("within 3 days after review approval"): after the notice. */
const AFTER_APPROVAL =
  /^[^.;]{0,4}?\b(?:after|of|from|following|upon) (?:the |your )?(?:review |return |request |application )?(?:approval|being approved|(?:request |return |application )?(?:is|has been) approved)\b(?! of (?:the |your )?order)/;
/** The shop's own step named before a period in its sentence ("we will review your request and provide an RA number …
 * within", "goods are usually collected within"). */
const SHOP_STEP_BEFORE_EN =
  /\bwe (?:will |shall |aim to |usually |normally )?(?:review|assess|evaluate) (?:your |the )?(?:request|claim|application)\b[^.;]*$|\b(?:goods|items?|products?|they|it) (?:are|is|will be) (?:usually |normally |typically |then )?(?:collected|picked up)(?: from you)?\s+within\s*$/;
/** A delivery failed and arranged again ("安排再次送货", "送货未能成功", "to arrange redelivery"). */
const REDELIVERY =
  /(?:安排|重新|再次)(?:再次)?(?:送货|派送|配送|投递)|送货(?:失败|未能成功|不成功)|\bre-?deliver(?:y|ed)?\b|\bfailed deliver(?:y|ies)\b|\bdelivery attempts?\b/;
/** The shop's approval of the return named before a period ("客服人员确认可退货后", "Once your return request is approved:"). */
const APPROVED_BEFORE =
  /(?:确认|审核|核实|同意)(?:可|可以)?(?:退货|退换货?|换货)?(?:申请)?(?:通过|无误)?(?:后|之后)|\b(?:once|after|when|upon) (?:your |the )?(?:return )?(?:request |application )?(?:is |has been |have been )?(?:approved|authori[sz]ed)\b/;
/** The consumer sending the goods back, near a period. */
const SENT_BACK_NEAR =
  /寄回|寄出|退回|发回|\b(?:ship(?:ped)?|sen[dt]|post(?:ed)?|mail(?:ed)?) (?:(?:it|them|the items?|the goods|your items?|the products?) )?back\b/;
/** After a period, the bank's time: "…for the transaction to process". */
const BANK_TIME_AFTER_EN =
  /^[^.;]{0,20}?\bfor (?:the |your )?(?:transaction|funds?)s? to (?:process|clear|post|settle|appear|reflect|show)\b|^[^.;]{0,20}?\bfor (?:the |your )?(?:bank|card issuer|issuing bank|financial institution)s? to (?:complete|process|clear|post|credit|apply)\b/;
/** …or the refund appearing there ("please allow 5-10 days for the refund to appear on your statement", "…may take 5-10 days to appear in your account"). */
const REFUND_APPEARS_EN =
  /^[^.;]{0,20}?\b(?:(?:for (?:the |your )?(?:refund|credit|money|funds)s? )?to (?:appear|reflect|show|post)(?: up)?|for you to see (?:the |your )?(?:refund|credit|money|funds)s?) (?:on|in) (?:your )?(?:bank |card |credit card |credit |debit )?(?:account|statement|card|balance)\b/;
/**
 * Before a period, the time said to vary with the platform or bank ("processing times varying by platform (typically"), the
 * money said to appear there ("credits will appear on your original payment method within"), or the bank's own time ("your
 * bank may then take").
 */
const BANK_TIME_BEFORE_EN =
  /\b(?:your |the )?(?:bank|card issuer|issuing bank|financial institution|payment provider)s? (?:may|might|can|will|could) (?:then |also |still )?take\s*(?:up to |about |around )?$|\b(?:credits?|refunds?|funds|money)\b[^.;]{0,20}\b(?:will |should |may |can )?(?:appear|reflect|show|post)(?: up)? (?:on|in) (?:your )?(?:original (?:payment method|form of payment)|bank account|account|statement|card)\s*(?:within|in)\s*$|\b(?:processing )?times?\b[^.;]{0,12}\b(?:vary|varies|varying|depend|depends|depending) (?:by|on|upon|with) (?:the |your )?(?:platform|bank|card issuer|issuing bank|payment (?:method|provider|platform)|financial institution)s?\b[^.;]{0,12}$/;
/** The shop's dispatch just before a period ("Orders are dispatched within", "we ship within", "items will be sent out in"). */
const SHOP_DISPATCH_BEFORE_EN =
  /\b(?<!\breturn(?:ed)? )(?:(?:all |your |our |the )?(?<!\breturn(?:ed)? )(?:orders?|items?|parcels?|packages?|goods|products?) (?:are|is|will be|get|gets|usually|normally|typically)(?: (?:usually|normally|typically|be))? (?:dispatched|shipped|sent out|posted|processed and (?:dispatched|shipped))|we (?:usually |normally |typically )?(?:dispatch|ship|send out|post)(?: (?:all |your |our )?(?:orders?|items?|parcels?))?) (?:within|in) (?:up to |about |around )?$/;
/** After a period, the bank's time after the shop's ("5-7 business days beyond that to show up on your account (based on bank)"). */
const BANK_TIME_BEYOND_EN =
  /^[^.;]{0,12}?\b(?:beyond|after|on top of) that\b[^.;]{0,40}\b(?:show|appear|reflect|post)(?:s|ed)? (?:up )?(?:on|in) (?:your )?(?:bank |card )?(?:account|statement|card)\b|^[^.;]{0,60}\((?:based on|depending on|subject to) (?:your )?bank\)/;
/** A trial period named after its days ("101天试用期", "a 100-night risk-free trial"). */
const TRIAL_PERIOD_NAMED = new RegExp(
  String.raw`^\s*(?:的)?(?:免费|无忧|居家|在家|家中)?(?:试用|试睡)(?:期|体验)?|^[- ]?(?:${TRIAL_PERIOD_KIND_EN} )?trial\b|^[- ]?approval (?:period )?(?:from|after|of|following)\b`,
);
/** After a period counted from the returned goods' arrival, the shop's refund ("…of receipt of the returned item, we will issue a refund"). */
const REFUND_AFTER_RETURN_EN =
  /^[^.;,]{0,20}?\b(?:of|after|from|following)\b[^.;,]{0,60}?\breturn(?:ed|s)?\b[^.;,]{0,40},\s*(?:we|i)(?:'ll| will| shall| would)? (?:issue|process|send|give|make|provide|credit)(?: you)? (?:with )?(?:a |an |the |your )?(?:full )?(?:refund|credit|reimbursement)/;
/** After a period counted from the consumer's notice, the shop's own step that is no refund ("…of your notice to us, we will issue a Return Goods Authorization number"). */
const SHOP_STEP_AFTER_EN =
  /^[^.;,]{0,20}?\bof (?:your |the )?(?:(?:return|refund|exchange) )?(?:notice|notification|request|e-?mail|message|call|claim)(?: to us)?\s*,\s*(?:we|i)(?:'ll| will| shall| would)? (?:issue|send|email|e-mail|provide|give)(?: you)? (?:with )?(?:an? |the |your )?(?:return (?:goods |merchandise |material )?authori[sz]ation|rga\b|rma\b|(?:prepaid |pre-paid )?(?:return |shipping )?label|return (?:number|instructions)|instructions)/;
/** Before a period, the consumer's own decision ("if you change your mind within", "returns between"). */
const CONSUMER_DECIDES_EN =
  /\bchange (?:your|their) minds?\s+(?:within|in)\s*$|\breturns?(?: (?:made|received|sent|requested))? between\s*$/;
/** After a notice period, the wish it tells ("…within 14 days of receipt that you wish to cancel your order"). */
const NOTICE_OF_WISH_EN = /^[^.;]{0,30}?\bthat you (?:wish|want|would like|intend) to (?:cancel|return)\b/;
/** Before a period, the shop's handling of the returns it receives ("All returns are processed within", "We aim to resolve all return requests within"). */
const RETURNS_HANDLED_EN =
  /\b(?:(?:all |your |the )?(?:returns?|return requests?)\s+(?:are|is|will be)\s+(?:usually |typically |normally |generally )?(?:processed|handled|resolved|completed)|(?:all |your |the )?refunds?\s+(?:are|is|will be)\s+(?:usually |typically |normally |generally )?(?:processed|made|issued|paid)|we(?:'ll| will| shall)? (?:refund you|reimburse you|issue (?:a |your |the )?(?:full )?refund)|we(?:'ll| will| aim to| try to| usually| typically| normally)? (?:process|handle|resolve|complete) (?:all |your |the |any )?(?:returns?|return requests?))\s+(?:within|in)\s*$/;
/** Before a period, the refund reaching the buyer ("a credit will automatically be applied to your credit card within"). */
const REFUND_CREDITED_EN =
  /\b(?:credit|refund|money|amount|funds)\s+(?:will |should |is |are )?(?:automatically |usually |typically |normally )?(?:be )?(?:applied|credited|posted|returned|reflected) (?:to|on|in) (?:your |the )?(?:original )?(?:credit card|debit card|card|account|bank account|payment method)\s+(?:within|in)\s*$/;
/** Each period's kind as last read, with what it was read in: three rules ask the kind of the same reading's periods. */
const kinds = new WeakMap<Duration, { text: string; ownStart: number; items: string; kind: PeriodKind }>();
/**
 * What a period of the clause measures (`PeriodKind`). Read once per period and reading: the window, inspection and refund
 * rules each ask it of the same periods.
 */
export function periodKind(text: string, duration: Duration, ownStart = 0, items = ''): PeriodKind {
  const known = kinds.get(duration);
  if (known && known.text === text && known.ownStart === ownStart && known.items === items) return known.kind;
  const kind = readPeriodKind(text, duration, ownStart, items);
  kinds.set(duration, { text, ownStart, items, kind });
  return kind;
}

/** A return refused right after the days named ("[After 2 days] there are no refunds", "[After 14 days,] returns are not accepted"). */
const REFUSED_AFTER_DAYS_EN =
  /^(?:\s*\([^)]*\))?,?\s*(?:(?:there (?:are|is|will be) )?no (?:refunds?|returns?|exchanges?)\b|(?:(?:all |any )?(?:refunds?|returns?|exchanges?) (?:are|is|will be) not (?:accepted|given|offered|issued|possible|available|allowed)\b|(?:we |i )?(?:cannot|can not|will not|do not|does not) (?:accept|offer|issue|give|process|provide) (?:any )?(?:refunds?|returns?|exchanges?)\b))/;
/** The period's own part of the clause: from the mark before it (or the clause's own start) to the mark after it. */
function ownPart(text: string, duration: Duration, ownStart: number): string {
  const before = text.slice(ownStart, duration.start);
  const start = ownStart + Math.max(before.search(/[^,;。.!?]*$/), 0);
  const after = text.slice(duration.end).search(/[,;。.!?]/);
  return text.slice(start, after < 0 ? text.length : duration.end + after);
}

/** A change to the order ("更改订单", "修改收件地址", "恕不接受更改"). */
const ORDER_CHANGED = /(?:更改|修改|变更)(?!为)|订单(?:更改|修改|变更)/;

/** A return made after the days that follow ("Items returned after", "returns received more than"), or the end of a range opened so ("Returns after 7 days and up to"). */
const RETURNED_AFTER =
  /\b(?:returned|returns?|sent back)\s+(?:made\s+|received\s+|requested\s+)?(?:after|beyond|past|more than|over|later than)\s*(?:\d+\s*(?:days?|weeks?)\s+(?:and|but)\s+(?:up to|within|before|no later than|less than|under)\s*)?$/;

/**
 * The words after a period up to its part's end ("2天内申请,并在3天内寄回": "内申请"), or all of them when the part ends at once
 * ("7天内,将商品寄回": the step follows the comma).
 */
function ownPartAfter(after: string): string {
  const cut = after.search(/[,;。]/);
  return cut < 0 || /^\s*(?:内|以内|之内)?\s*$/.test(after.slice(0, cut)) ? after : after.slice(0, cut);
}

/** Days named in the part after the period's own ("…3天内提交，审核退货申请需要2天"), read in the text after the period. */
function nextPartNamesDays(following: string): boolean {
  const cut = following.search(/[,;。]/);
  return (
    cut >= 0 &&
    /(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:工作日|天|日|小时)/.test(
      following.slice(cut + 1).split('。')[0] ?? '',
    )
  );
}
/** The text after a period up to its part's end where the next part names days of its own, else all of it. */
function ownStepOnly(after: string, nextDays: boolean): string {
  const cut = nextDays ? after.search(/[,;。]/) : -1;
  return cut < 0 ? after : after.slice(0, cut);
}
function readPeriodKind(text: string, duration: Duration, ownStart: number, items: string): PeriodKind {
  const facts = clauseFacts(text, ownStart, items);
  if (facts.repairOnly) return 'other';
  const englishReturn = facts.englishReturn && !REFUND_PROCESSING.test(text.slice(duration.end, duration.end + 30));
  const before = text.slice(Math.max(0, duration.start - 14), duration.start);
  const after = text.slice(duration.end, duration.end + 12);
  // "24小时之内（工作时间…除外）承接您的售后问题": a bracketed aside does not separate a period from what it measures.
  const afterBare = text
    .slice(duration.end, duration.end + 80)
    .replace(/[(（][^()（）]*[)）]/g, '')
    .slice(0, 12);
  const near = text.slice(Math.max(0, duration.start - REACH), duration.start);
  // "Please allow 5 business days for processing, once we receive your returned item(s)": the shop's own time to process a
  // return it has received, as a refund's time is.
  if (
    /\ballow (?:up to |about |approximately )?$/.test(text.slice(Math.max(0, duration.start - 24), duration.start)) &&
    /^\s*(?:for (?:processing|us to process|inspection)|to process)\b/.test(text.slice(duration.end, duration.end + 30))
  )
    return 'refund';
  // "Processing time once we receive the return (3–5 business days)": the shop's own time after the goods arrive, as a
  // refund's time is.
  {
    const lead = text.slice(Math.max(0, duration.start - 80), duration.start);
    if (
      /\bprocessing (?:time|period)\b[^.;]{0,60}$/.test(lead) &&
      /\b(?:once|after|when|upon) (?:we|our warehouse) (?:receive|get|have received)\b/.test(lead)
    )
      return 'refund';
  }
  // "经确认为瑕疵件后…请您于接获通知后三日内将瑕疵品…寄回": the days to send goods back, counted from the shop's own notice
  // after it accepted the claim, measure no claim of the consumer's.
  if (
    /(?:接获|接到|收到|获得)(?:本公司|我们|客服|本店)?(?:的)?(?:通知|确认)(?:后|之后)(?:的)?\s*$/.test(before) &&
    /^\s*(?:内|之内|以内)[^,;。]{0,24}(?:寄回|寄出|退回|送回|返还)/.test(text.slice(duration.end, duration.end + 40))
  )
    return 'other';
  // A bonus for a review ("好评返现请于签收后3天内联系客服"): no period of the law.
  if (facts.reviewBonus) return 'other';
  // "Please allow 12 hours for our team to reply to your email": the shop's own answer time, named after the days.
  if (
    /\b(?:allow|give us|wait)(?: up to| at least| about)?\s*$/.test(before) &&
    /^\s*(?:hours?|hrs?|days?|business days?|working days?)?\s*for (?:us|our (?:team|staff|customer (?:service|support|care)(?: team)?|support team)|the team|customer (?:service|support|care)(?: team)?) to (?:reply|respond|answer|get back|review|look into|process|assess)\b/.test(
      text.slice(duration.end, duration.end + 80),
    ) &&
    !/refund|credit|reimburs/.test(text.slice(duration.end, duration.end + 80))
  )
    return 'other';
  // "Replacements are sent out … and arrive to you 3-5 business days later": the delivery's own time after the shop sends.
  if (
    /^\s*later\b/.test(after) &&
    /\b(?:arrives?|arriving|delivered|shipped|sent out|dispatched)\b(?: (?:to|at) (?:you|your (?:door|address)))?\s*$/.test(
      text.slice(Math.max(0, duration.start - 40), duration.start),
    )
  )
    return 'other';
  // "If you did not receive the product within the guaranteed time (45 days not including 2-5 day processing)…", "the item has
  // not been received by you within thirty (30) days", a delivery delayed by days: the delivery's time, no return's.
  const delivery = text.slice(Math.max(0, duration.start - 100), duration.start);
  if (
    /\b(?:did not|didn'?t|have not|haven'?t|has not|hasn'?t|never) (?:receive[ds]?|get|got)\b (?:the |your |an? )?(?:products?|items?|orders?|goods|parcels?|packages?|shipments?|deliver(?:y|ies)|purchases?)\b[^.;!?]{0,60}$/.test(
      delivery,
    ) ||
    /\b(?:products?|items?|orders?|goods|parcels?|packages?|shipments?)\b (?:(?:has|have) not been|(?:is|are|was|were) not|(?:has|have) never been) (?:received|delivered)\b(?: (?:by|to) you)?\s+within\s*$/.test(
      delivery,
    ) ||
    // "…in case the delivery of goods is delayed for 15 days from the expected delivery date".
    /\b(?:deliver(?:y|ies)|shipments?|orders?|dispatch)\b[^.;]{0,30}\b(?:is|are|was|were|gets?) delayed (?:for |by )?(?:more than |over |beyond )?$/.test(
      delivery,
    )
  )
    return 'other';
  // "您有 60 天的时间联系投诉或要求退款或退货": the consumer's own time, a window.
  if (/(?:您|你|买家|顾客|消费者|客户)(?:将)?(?:有|享有|拥有)\s*$/.test(before) && /^\s*的时间/.test(after))
    return 'window';
  // "…just place in the freezer for at least 1 hour": how long to do something, no time limit.
  if (
    /\bfor (?:at least|a minimum of|no less than|not less than)\s*$/.test(before) &&
    /^\s*(?:hours?|hrs?|minutes?|mins?)\b/.test(text.slice(duration.start).replace(/^[\d\s.]+|^[a-z]+\s+/, ''))
  )
    return 'other';
  // "更改訂單\n48 小時內恕不接受更改": a change to an order not yet delivered, no return: named in the period's own part, with
  // no return, refund or after-sales service in the clause's own words ("訂單如需修改請於出貨前告知，商品簽收後3天內可申請售後服務",
  // "下单后2小时内可修改地址，逾期不退定金和货款" are windows).
  if (
    ORDER_CHANGED.test(text) &&
    !/退|换货|调换|更换|售后|鉴赏期|犹豫期|无理由|保修|保固|质保|\b(?:return|refund|exchange)/.test(
      text.slice(ownStart),
    ) &&
    ORDER_CHANGED.test(ownPart(text, duration, ownStart))
  )
    return 'other';
  // "Items returned after 30 days receive a partial refund", "We cannot offer a refund for items returned after 30 days",
  // "…cannot offer a refund after 30 days", "七天内退货全额退款，八天后只接受换货": the days say when the return is made, not when a
  // refund comes.
  if (
    RETURNED_AFTER.test(text.slice(Math.max(0, duration.start - 40), duration.start)) ||
    // "Items received past the 30 day allowance will be refunded in store credit": the goods' arrival after the days.
    /\b(?:items?|goods|products?|merchandise|returns?|parcels?|packages?)\s+received\s+(?:after|beyond|past|later than)\s+(?:the |our |your )?$/.test(
      text.slice(Math.max(0, duration.start - 50), duration.start),
    ) ||
    /\b(?:cannot|will not|do not|does not|no)\b[^.;]{0,24}\b(?:refunds?|returns?|exchanges?)\b[^.;0-9]{0,24}\b(?:after|beyond|past|more than|later than)\s*$/.test(
      text.slice(Math.max(0, duration.start - 70), duration.start),
    ) ||
    /^\s*(?:后|以后|之后)(?:只|仅)?(?:接受|可|可以|支持|提供)?(?:换货|退货|退换)/.test(
      text.slice(duration.end, duration.end + 10),
    )
  )
    return 'window';
  // "Refunds\nAfter 14 days, you will be charged a 25% restocking fee", "…Outside 30 days, you will be offered a replacement":
  // a clause opening with the time after which something changes, naming no refund of its own, speaks of the return's time,
  // whatever its heading names.
  if (
    ownStart > 0 &&
    /^\s*(?:after|outside(?: of)?|beyond|past)\s*$/.test(text.slice(ownStart, duration.start)) &&
    !REFUND_NEAR.test(text.slice(ownStart)) &&
    !facts.defectWords
  )
    return 'window';
  // "The purchaser may request a full refund within 10 business days after delivery", "RA for a refund must be requested within
  // 30 days of receipt of the product (15 days for electronic parts)": the time to ask for the refund, and the days in brackets
  // beside it (not a defect's report: "If a product is damaged…, you may request a return within 3 days").
  if (
    !/\b(?:damage[ds]?|defect\w*|faulty|faults?|broken|not (?:functional|working))\b/.test(text) &&
    /\b(?:request|ask for|claim|apply for|seek)(?:ing)? (?:a |an |your |the )?(?:full |partial )?(?:refund|return|exchange)s?\s+within\s*$|\b(?:refunds?|returns?|exchanges?|ras?|rmas?|return authori[sz]ations?)\b[^.;]{0,30}\b(?:must|should|can|may|needs? to|has to|have to) be (?:requested|initiated|claimed|applied for|submitted)\s+within\s*(?:\d+\s*(?:business |working |calendar )?days?\b[^.;()]{0,40}\(\s*)?$/.test(
      text.slice(Math.max(0, duration.start - 100), duration.start),
    )
  )
    return 'window';
  // "We offer store credit for change of mind items between 7 and 14 days of receiving your product", "after 7 days and
  // within 14 days": the end of days the shop adds after the law's seven, a window of its own.
  if (
    /\b(?:between|from) (?:day )?(?:7|seven|8|eight)(?:th)? (?:and|to|-|–) ?$|\bafter ?(?:7|seven) ?days?,? (?:and|but) (?:within|up to|before|no later than) $/.test(
      text.slice(Math.max(0, duration.start - 40), duration.start),
    ) &&
    // …counted from the consumer's receipt, not a refund's days after the return arrives ("between 7 and 14 business days
    // after your return arrives").
    /^\s*(?:of|from|after) (?:(?:you )?receiv\w*|receipt|delivery|the date of (?:delivery|receipt))\b/.test(
      text.slice(duration.end, duration.end + 40),
    )
  )
    return 'window';
  // "The customer has 5 days upon receipt of the saddle to determine whether or not he or she is keeping the saddle": the
  // days to decide whether to keep the goods are the days to return them.
  if (
    /^[^.;]{0,50}\bto (?:decide|determine|choose) (?:whether|if)\b[^.;]{0,40}\b(?:keep|keeping|return|returning|send(?:ing)? (?:it |them )?back)\b/.test(
      text.slice(duration.end, duration.end + 140),
    )
  )
    return 'window';
  // "從購買之日起就有30天退款保證", "提供30天无理由退款保障", "we offer a 30 days money back": a money-back guarantee named by
  // its days, the time to ask for the return, not when the money comes.
  if (
    /^\s*(?:的)?(?:无理由|无条件|全额)?(?:退款|退货|退换货?)(?:保证|保障|承诺)/.test(
      text.slice(duration.end, duration.end + 12),
    ) ||
    /^[\s-]*money[- ]back\b(?! (?:within|in|after)\b)/.test(text.slice(duration.end, duration.end + 30))
  )
    return 'window';
  // "After 2 days there are NO refunds", "After 14 days, returns are not accepted": the days the return is refused after, named
  // first.
  if (
    /(?:^|[.;:]\s*)after\s*$/.test(text.slice(Math.max(ownStart, duration.start - 8), duration.start)) &&
    REFUSED_AFTER_DAYS_EN.test(text.slice(duration.end, duration.end + 60))
  )
    return 'window';
  // "…，8至30天退货仅提供购物金": a range of days that opens its part and is followed by the return itself is a return's days,
  // whatever refund the part before named.
  if (
    duration.min < duration.value &&
    duration.unit === 'day' &&
    /^\s*(?:内|之内|以内)?\s*(?:申请)?(?:退货|退换货?)/.test(text.slice(duration.end, duration.end + 8)) &&
    /(?:^|[,;。])\s*(?:第|在|于)?\s*$/.test(text.slice(Math.max(0, duration.start - 4), duration.start))
  )
    return 'window';
  // "Refunds are accepted for up to 30 days", "质量问题签收后30天内（含第30天）全额退款": the time to ask for the refund,
  // counted from delivery, is the window, not the time the shop takes to pay it.
  if (
    /\b(?:refunds?|returns?)\s+(?:are|is)\s+accepted\s+(?:for\s+)?(?:up to|within)\s*$/.test(
      text.slice(Math.max(0, duration.start - 40), duration.start),
    ) ||
    (/^\s*(?:内|以内|之内)\s*(?:[(（][^()（）]{0,16}[)）])?\s*(?:可|可以)?(?:申请)?(?:全额)?退款/.test(
      text.slice(duration.end, duration.end + 30),
    ) &&
      consumersReceiptBefore(text, duration.start))
  )
    return 'window';
  // "如对订制镜片度数感到不适，可于30天内全数退回镜片款项": after the consumer's own case, the days the consumer may ask in.
  if (
    /(?:^|[,;。])\s*(?:如|若|如果|假如)(?:您|买家|顾客)?[^,;。]{0,30},\s*(?:您|买家|顾客)?(?:均)?(?:可|可以)(?:于|在)\s*$/.test(
      text.slice(Math.max(0, duration.start - 48), duration.start),
    ) &&
    /^\s*(?:内|之内|以内)/.test(text.slice(duration.end, duration.end + 3))
  )
    return 'window';
  // "…向银行提出退款申请，银行约需3到5个工作日作业": the bank's own time after the shop has acted, no period of the law.
  if (
    /(?:银行|发卡行|支付宝|微信支付|第三方支付|支付机构)(?:方面)?(?:的)?(?:入帐|入账|到帐|到账|作业|处理)?(?:时间)?(?:约|大约|大概|一般|通常)?(?:需|需要|须)(?:约|大约|大概)?\s*$/.test(
      before,
    ) ||
    // "在我们支付退款后，可能需要3-10个工作日才能退回到您的账户中": the money's way after the shop has paid it.
    (/(?:支付|发出|退出|完成|处理|发起)(?:了)?退款(?:后|之后)[^。]{0,14}$/.test(
      text.slice(Math.max(ownStart, duration.start - 30), duration.start),
    ) &&
      /^[^。]{0,6}(?:才能?|方可)?(?:退回|到账|到帐|入账|入帐|显示)(?:到|至)?(?:您的?)?(?:账户|帐户|卡|银行)/.test(
        text.slice(duration.end, duration.end + 20),
      )) ||
    // "信用卡退款到账时间约为3-10个工作日，视发卡银行处理时间而定": the money's arrival, the bank's time.
    (/到账|到帐|入账|入帐/.test(text.slice(Math.max(ownStart, duration.start - 16), duration.start)) &&
      /^[^。]{0,12}(?:视|依|以|按|根据)(?:各)?(?:发卡)?(?:银行|发卡行|支付机构)[^,;。]{0,8}(?:而定|为准)/.test(
        text.slice(duration.end, duration.end + 30),
      ))
  )
    return 'other';
  // "please allow 7-14 business days for the transaction to process", "processing times varying by platform (typically
  // 3-10 days)": the bank's or payment platform's own time, no period of the law.
  if (
    (BANK_TIME_AFTER_EN.test(text.slice(duration.end, duration.end + 60)) &&
      // Not the shop's own refund named with it ("…for the transaction to process and for your refund to be issued after we
      // receive your return"), nor counted from its receipt of the return ("Once we receive your return, please allow…").
      !/\b(?:refunds?|credits?)\b[^.;]{0,20}\b(?:issued|processed|sent|credited)\b|\b(?:after|once|when) we (?:have )?receive/.test(
        text.slice(duration.end, duration.end + 140),
      ) &&
      !/\b(?:after|once|when|upon) (?:we (?:have )?receiv|receiving|(?:our )?receipt of)/.test(
        text.slice(Math.max(0, duration.start - 60), duration.start),
      )) ||
    // "Refunds may take 5-10 business days to appear in your account", "Please allow 5-7 business days for the refund to appear
    // in your account": the time for the money to show there, the bank's as much as the shop's; read as the bank's, the
    // reading against the shop that wrote it (CIVIL-CODE 498), the shop's own seven days stand.
    REFUND_APPEARS_EN.test(text.slice(duration.end, duration.end + 60)) ||
    BANK_TIME_BEFORE_EN.test(text.slice(Math.max(0, duration.start - 70), duration.start))
  )
    return 'other';
  // "如果三次送貨仍未能成功，…要求你於3天內聯絡我們安排再次送貨", "contact us within 3 days to arrange redelivery": a delivery not
  // yet made arranged again, no return.
  // "We will review your request and provide a Return Authorization (RA) number … within 1-2 business days", "Goods are
  // usually collected within 3 days": the shop's own step, no money refunded.
  const shopStepBefore = text.slice(Math.max(ownStart, duration.start - 120), duration.start);
  if (
    SHOP_STEP_BEFORE_EN.test(shopStepBefore) &&
    !/\b(?:refunds?|refunded|credits?|credited|money|reimburs\w*|payments?)\b/.test(shopStepBefore)
  )
    return 'other';
  const aroundDelivery = text.slice(Math.max(ownStart, duration.start - 60), duration.end + 30);
  if (REDELIVERY.test(aroundDelivery) && !/退|换货|return|refund|exchange/.test(aroundDelivery)) return 'other';
  // "Orders are dispatched within 2 business days from the order date": the shop's own dispatch, named before the days in
  // their part, whatever start follows them.
  const shortBefore = text.slice(Math.max(0, duration.start - 50), duration.start);
  if (SHOP_DISPATCH_BEFORE_EN.test(shortBefore)) return 'other';
  // "…please contact us within 48 hours of receiving the delivery to expedite the claim process": a time asked to speed the
  // claim up, not one the claim is lost after.
  if (
    /^[^.;]{0,60}?\b(?:to (?:expedite|speed up|fast-track|facilitate)|for (?:faster|quicker|prompt|speedier) (?:processing|handling|resolution|service))\b/.test(
      text.slice(duration.end, duration.end + 120),
    ) &&
    !/\b(?:otherwise|or else|failing (?:which|this|that)|after (?:which|this|that)|will not be|cannot be|may not be|not be (?:accepted|honou?red|recogni[sz]ed))\b/.test(
      text.slice(duration.end),
    )
  )
    return 'other';
  // "本店床垫提供101天试用期", "a 100-night risk-free trial", "a 48 hour approval from the time you sign": a trial or approval
  // period the shop promises is the time to return in.
  if (TRIAL_PERIOD_NAMED.test(text.slice(duration.end, duration.end + 24))) return 'window';
  // A period opening its sentence ("Within 5-7 days of your notice to us, we will…"): what the shop does after it says whose it is.
  if (/(?:^|[.;:]\s*)(?:within|in)\s*$/.test(shortBefore)) {
    const following = text.slice(duration.end, duration.end + 160);
    // "…of your notice to us, we will issue a Return Goods Authorization number": the shop's own step after the consumer's
    // notice (an authorisation, a label, instructions), no period of the law.
    if (SHOP_STEP_AFTER_EN.test(following)) return 'other';
    // "Within 7-10 days of receipt and inspection of the returned model, we will issue a refund": the shop's refund, counted
    // from the returned goods' arrival.
    if (REFUND_AFTER_RETURN_EN.test(following)) return 'refund';
  }
  // "Notify us within 30 days for a full refund", "…you must notify us within 14 days from the date of delivery": the
  // consumer's notice, the window (a defect's where defects are named).
  // Only where the clause itself speaks of a return, a refund or a defect; not an order cancelled or changed ("If you … would
  // like to cancel or change it, please let us know within 24 hours", "…within 24 hours of placing your order").
  if (
    /\b(?:notify|inform|tell|email|e-mail|contact|let) (?:us|me)(?: know)?\s+within\s*$/.test(shortBefore) &&
    (facts.defectWords || /\b(?:returns?|refunds?|exchanges?)\b/.test(text.slice(ownStart))) &&
    !/\bcancel|\bchange (?:it|your order|an order|the order|your (?:shipping |delivery )?address)\b|\bamend|\bfail to (?:inform|notify|tell|contact)\b|\bof (?:placing|making) (?:your |the |an )?order\b/.test(
      text,
    )
  )
    return facts.defectWords ? 'quality' : 'window';
  // "…your refund will be processed, and a credit will be applied…, This process can take up to 28 days": the refund's.
  if (
    /\b(?:this|the|that) (?:refund )?process (?:can |may |will |could |might )?(?:take|takes)(?: up to| about| around)?\s*$/.test(
      shortBefore,
    ) &&
    /\brefund/.test(text.slice(Math.max(0, duration.start - 240), duration.start))
  )
    return 'refund';
  // "I usually ship by Special Delivery as it is 24 hour, tracked and insured", "一般落单后10个工作天内送到", "…will be
  // reviewed and responded to with 24 hours", "Allow 1–3 business days for a response", "建议…保留相关包装至少九十天": a delivery's
  // speed, the shop's answer or advice, no period of the law.
  if (
    /^\s*,?\s*(?:tracked|signed for|insured)\b/.test(text.slice(duration.end, duration.end + 20)) ||
    (/\ballow(?: up to| about)?\s*$/.test(shortBefore) &&
      /^\s*(?:for (?:a |an |our )?(?:response|reply|answer|acknowledg(?:e)?ment)|to (?:respond|reply|hear back|get back to you))\b/.test(
        text.slice(duration.end, duration.end + 40),
      )) ||
    (/(?:落单|下单|订购|付款)(?:后|之后)?\s*$/.test(text.slice(Math.max(0, duration.start - 8), duration.start)) &&
      /^\s*(?:内|之内|以内)(?:送到|送达|到货)/.test(text.slice(duration.end, duration.end + 6))) ||
    /\b(?:respond(?:ed)?|repl(?:y|ied)|answered)(?: to)? (?:with|within|in)\s*$/.test(shortBefore) ||
    /保留[^,;。]{0,10}(?:至少|最少)\s*$/.test(text.slice(Math.max(0, duration.start - 16), duration.start))
  )
    return 'other';
  // "Refunds often take 5-7 business days beyond that to show up on your account (based on bank)": the bank's time after
  // the shop's own, no period of the law.
  if (
    BANK_TIME_BEYOND_EN.test(text.slice(duration.end, duration.end + 80)) ||
    // "Your bank may take a further 5-10 business days to show the refund", "It may take 3-5 business days for your bank
    // to post the refund": the bank's own time.
    /\b(?:your|the) (?:bank|card issuer|card provider)s? (?:may|can|will|might|could|usually|typically)? ?(?:take|need)s?(?: (?:a further|an additional|another|up to|about|around))?\s*$/.test(
      shortBefore,
    ) ||
    /^[^.;]{0,10}?\bfor (?:your|the) (?:bank|card issuer|card provider) to (?:post|process|show|credit|reflect|clear|release)\b/.test(
      text.slice(duration.end, duration.end + 50),
    )
  )
    return 'other';
  // "…if you change your mind within 14 working days", "…provided you notify us within 14 days of receipt that you wish to
  // cancel your order", "Any returns between 7-14 days will receive store credit": the consumer's time to decide, however
  // the refund is named with it.
  if (
    CONSUMER_DECIDES_EN.test(shortBefore) ||
    NOTICE_OF_WISH_EN.test(text.slice(duration.end, duration.end + 60)) ||
    // "…according to our 14-day return policy": the days name the policy's window.
    /^\s*(?:return|refund|money[- ]back|exchange)s? (?:policy|window|period|guarantee)\b/.test(
      text.slice(duration.end, duration.end + 30),
    )
  )
    return 'window';
  // "All returns are processed within 2-3 business days", "We aim to resolve all return requests within 5 working days of
  // receiving the item": the shop's own handling of the returns it receives is its refund.
  if (RETURNS_HANDLED_EN.test(shortBefore)) return 'refund';
  // "…and a credit will automatically be applied to your credit card within 2-3 days": the refund reaching the buyer.
  if (REFUND_CREDITED_EN.test(text.slice(Math.max(ownStart, duration.start - 100), duration.start))) return 'refund';
  // "Prepaid orders can be cancelled within 24 hours of placing the order", "Orders cancelled within 7 days of payment will be
  // given a 100% refund": a cancellation before delivery granted, no return window.
  if (
    /\b(?:orders?|purchases?|it|they|you)\b[^.;]{0,20}\b(?:can|may) (?:be )?cancell?(?:ed)? (?:within|in|up to)\s*$|\bcancell?ations? (?:are |is )?(?:accepted|allowed|possible|permitted) (?:within|up to)\s*$|\b(?:orders?|purchases?)\b[^.;]{0,20}\bcancell?ed (?:within|in|up to)\s*$/.test(
      shortBefore,
    ) &&
    // Not counted from delivery ("orders can be cancelled within 3 days of delivery" is a return window).
    !/^[^.;]{0,20}?\b(?:of|after|from)\s+(?:the\s+)?(?:delivery|receipt|receiving|arrival|signing|dispatch|shipping|shipment)\b|^[^.;]{0,20}?\b(?:of|after|from)\s+(?:you\s+)?(?:receiv|sign)/i.test(
      text.slice(duration.end),
    )
  )
    return 'other';
  // Under "CANCELATION": "…it may not be possible to honour your request if you fail to inform us within 24 hours": a
  // cancellation's time before dispatch, in a clause that names no return and counts from no delivery.
  if (
    /\bcancell?(?:ation|ed|ing|s)?\b/.test(text) &&
    !/\b(?:return|exchang|refund)/.test(text.slice(ownStart)) &&
    !/^[^.;]{0,20}?\b(?:of|after|from)\s+(?:the\s+)?(?:delivery|receipt|receiving|arrival|signing)\b/.test(
      text.slice(duration.end),
    )
  )
    return 'other';
  // The clause up to the period, read by the shop's own steps below.
  const upTo = text.slice(0, duration.start);
  // "收到您的退货商品…，客服人员会在七个工作日内完成退换货": the shop completing the return of goods it has received is its
  // refund.
  if (
    /(?:我们|客服|客服人员|本店|商家|卖家|店家|本公司)(?:会|将|将会)?(?:在|于)?\s*$/.test(before) &&
    /^\s*(?:内|以内|之内)?(?:为您)?完成退(?:换)?货(?!申请)/.test(after) &&
    /收到[^。]{0,12}(?:退货|退回|寄回|商品)/.test(upTo)
  )
    return 'refund';
  // "收到退货后，处理退货申请需要10个工作日": counted from the returned goods' arrival, handling the return or refund
  // application is paying it back (an exchange or a repair named is not).
  if (
    /(?:处理|审核|受理)(?:您的)?(?:退货|退款|退货退款)申请(?:时间)?(?:约|大约|大概|一般|通常|需|需要|为)*\s*$/.test(
      before,
    ) &&
    /收到[^。]{0,12}(?:退货|退回|寄回)/.test(upTo) &&
    !exchangeOrRepairHandled(text, duration.start)
  )
    return 'refund';
  // "处理退货申请约3~5个工作日": the shop's time to answer a request, no period the consumer has.
  if (
    (/(?:处理|审核|受理)(?:您的)?(?:退货|退换货?|售后)申请(?:时间)?(?:约|大约|大概|一般|通常|需|需要|为)*\s*$/.test(
      before,
    ) ||
      // A bare review after a request named, with no refund or returned goods before it ("请在签收后7天内申请退货，审核需要1-2天").
      (/(?<![\u4e00-\u9fff])(?:审核|审批)(?:时间)?(?:约|大约|大概|一般|通常|需|需要)+\s*$/.test(before) &&
        /申请/.test(upTo) &&
        !/退款|寄回|退回|寄出|收到/.test(upTo))) &&
    !/收到[^。]{0,12}(?:退货|退回|寄回)/.test(upTo) &&
    !/逾期|超时|否则|过期/.test(text.slice(duration.end, duration.end + 30))
  )
    return 'other';
  // "It may take up to 10 business days to inspect returned items and initiate the refund", "…please allow up to two weeks
  // for us to inspect the item and issue a refund": the shop's time until the refund, whatever return it names on the way.
  if (
    /\b(?:takes?|allow)\s+(?:up to |about |around |approximately |roughly )?$/.test(
      text.slice(Math.max(0, duration.start - 30), duration.start),
    ) &&
    /^\s*(?:for (?:us|the (?:shop|store|team|warehouse)) )?to (?:inspect|process|review|check|examine|assess|receive)\b[^.;]{0,60}\b(?:and|before|then) (?:to )?(?:initiate|issue|process|complete|send|make|release)\b[^.;]{0,12}\b(?:refunds?|reimbursements?|credits?)\b/.test(
      text.slice(duration.end, duration.end + 100),
    )
  )
    return 'refund';
  // "It may take up to 14 days after our receipt to process your credit": counted from the returned goods' arrival, the
  // shop's time until the refund.
  if (
    /\b(?:takes?|allow)\s+(?:us\s+)?(?:up to |about |around |approximately |roughly )?$/.test(
      text.slice(Math.max(0, duration.start - 30), duration.start),
    ) &&
    /^\s*(?:after|from|of|following) (?:we (?:have )?receive[ds]?|our receipt|(?:the )?receipt of|receiving)\b[^.;]{0,40}?\bto (?:process|issue|complete|send|make|release)\b[^.;]{0,12}\b(?:refunds?|credits?|reimbursements?)\b/.test(
      text.slice(duration.end, duration.end + 100),
    )
  )
    return 'refund';
  // "After your request … is emailed to us, it will take approximately 2-5 days to review": the shop's time to answer a
  // request, where no refund is named after it.
  if (
    /\b(?:takes?|allow)\s+(?:us\s+)?(?:up to |about |around |approximately |roughly )?$/.test(
      text.slice(Math.max(0, duration.start - 30), duration.start),
    ) &&
    /^\s*(?:for us )?to (?:review|assess|approve|answer|respond)\b(?![^.;]{0,40}\b(?:refunds?|reimburs\w*|credit)\b)/.test(
      text.slice(duration.end, duration.end + 60),
    )
  )
    return 'other';
  // Price protection ("价保：下单后7天内商品降价，可申请退还差价"): the shop's promise on later price cuts, no period of the law.
  // The period's own part, read in a window of 100 characters before it (a backward scan to the part's start would be
  // quadratic on a clause of thousands of periods).
  const partFrom = Math.max(0, duration.start - 100);
  const window = text.slice(partFrom, duration.end + 12);
  const part = window.slice(partBegins(window, duration.start - partFrom)).split(/[,;。]/)[0] ?? '';
  // What follows the period up to the sentence's end or the next period: a return refused there is refused after the days
  // ("…可申请开具发票，逾期不予退货", "…可申请价保，逾期商品和运费不退").
  // Read only where a refusal after the days matters: a clause of thousands of periods reads none of it for most of them.
  const following = text.slice(duration.end, duration.end + 60);
  const untilNext = () =>
    (following.split('。')[0] ?? '').split(/(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:工作日|天|日|小时)/)[0] ?? '';
  if (
    (/价保|价格保护|保价期|保价\s*\d|\d+\s*(?:天|日)(?:内)?保价|price (?:protection|adjustment)/.test(part) &&
      !/退货|退换|退款|return/.test(part) &&
      // After price protection a bare "逾期不退" is the difference's; the goods or their return must be named in the refusal's
      // own part or the one before it ("逾期的商品，恕不退还"; not the protected goods: "享受商品价保，逾期不退"), and the no-reason
      // return not kept beside it.
      !(
        (!NO_REASON_KEPT.test(following) || DEFECT_REFUSED.test(untilNext())) &&
        untilNext()
          .split(/[,;，；]/)
          .some((said, index, parts) => {
            const before = parts[index - 1] ?? '';
            return (
              RETURN_REFUSED_AFTER.test(said) &&
              (GOODS_OR_RETURN.test(said) || (GOODS_OR_RETURN.test(before) && !/价保|保价|差价|降价|价格/.test(before)))
            );
          })
      )) ||
    /^[^,;。]{0,6}(?:降价|调价)|^(?:(?!退货|退换|退款|return)[^,;。]){0,20}(?:(?:退还|返还)差价|补差价换货)/.test(
      text.slice(duration.end, duration.end + 30),
    )
  )
    return 'other';
  // "付款后7天内可申请开具发票，签收后7天内支持无理由退货": the days from payment or dispatch of another act than returning (an
  // invoice, an address changed, logistics looked up) named in the period's own part, which names no return: no period of the law.
  // Read in the 60 characters after the period: a clause of thousands of periods is read in linear time.
  // An aside in brackets is no act of the days' own ("发货7天内有效（赠品需一并退回）", "…开具发票（发票需随退货商品一并寄回）"),
  // but a refusal in it is still a refusal ("…开具发票（逾期不予退货）").
  const ahead = following.replace(/[(（][^()（）]*[)）]/g, '');
  if (
    /(?:付款|支付|下单|拍下|购买|发货|出库|发出|寄出)(?:成功)?(?:后|之后|以后)?(?:的)?\s*$/.test(
      text.slice(Math.max(0, duration.start - 8), duration.start),
    ) &&
    otherActAfter(ahead) &&
    !/退货|退换|退款|无理由|售后|寄回|包退|包换|(?:商品|货物|货品|包裹)[^,;。]{0,4}退回|退回(?:商品|货物|货品)/.test(
      `${part}${ahead.split(/[,;。]/)[0] ?? ''}`,
    )
  )
    // Unless a return is refused after them before another period starts ("…可申请开具发票，逾期不予退货", "…可修改地址，逾期
    // 不予退还运费及货款"): then the days are the return's window, whatever refund words the refusal holds. Goods sent back named
    // there ("…，发票需随退回商品一并寄回") refuse nothing.
    return RETURN_REFUSED_AFTER.test(untilNext()) ? 'window' : 'other';
  // "Decisions regarding returns will be communicated within 3 days", "最终处理结果会在3个工作日内通知您": the shop's own
  // timetable.
  if (
    /(?:处理|审核|检测|鉴定|核实|售后)?结果(?:会|将|将会)?(?:在|于)\s*$/.test(before) &&
    /^\s*(?:内|以内|之内)?(?:以[^,;。]{1,6}(?:方式|形式))?(?:通知|告知|反馈|答复|回复)/.test(after)
  )
    return 'other';
  if (
    /\b(?:decisions?|results?|outcomes?)\b[^.;]{0,40}\b(?:communicated|notified|sent|given|made|announced)\s+within\s*$/.test(
      text.slice(Math.max(ownStart, duration.start - 60), duration.start),
    )
  )
    return 'other';
  // The steps of the shop's own timetable ("Mall/Store Review (1-2 working days)", "Product Inspection (1-3 working days
  // after receipt)", "Exchange: Shipped within 3-5 working days", "A follow-up call will be made within 1 working day"), and
  // the consumer's sending counted from the shop's approval ("Return the Product (within 3 days after review approval)"),
  // which comes after the notice the window asks for: neither the window nor the refund.
  // The step read from the start of the clause's own words or of a sentence (a boundary the 40 characters cut is none).
  const stepFrom = Math.max(ownStart, duration.start - 40);
  if (
    (SHOP_STEP_TIME.test(`${stepFrom === ownStart ? '\n' : ''}${text.slice(stepFrom, duration.start)}`) &&
      // Counted from the consumer's delivery or purchase, it is the consumer's own time ("Return review (within 3 days of
      // receiving the goods)").
      !EARLY_OR_DELIVERY_COUNT.test(text.slice(duration.end, duration.end + 40)) &&
      // The consumer's own check ("Inspection (within 24 hours of delivery): please report any damage").
      !/\b(?:you|please|report|notify|contact us|claims?)\b/.test(text.slice(duration.end, duration.end + 80))) ||
    (AFTER_APPROVAL.test(text.slice(duration.end, duration.end + 40)) &&
      !/refund|credit|money|reimburs|paid|payment/.test(
        text.slice(Math.max(0, duration.start - 60), duration.end + 40),
      )) ||
    // "客服人員確認可退貨後，…於三天內將貨品…寄回", "Once your return request is approved: / Items must be shipped back within
    // 3 business days": the sending after the shop's approval, the prompt return NRR-MEASURES 11 ¶2 asks for, of days.
    (duration.days >= 3 &&
      APPROVED_BEFORE.test(text.slice(0, duration.start)) &&
      SENT_BACK_NEAR.test(text.slice(Math.max(0, duration.start - 30), duration.end + 40)) &&
      !/refund|credit|money|reimburs|款|余额|账户/.test(
        text.slice(Math.max(0, duration.start - 30), duration.end + 40),
      ) &&
      // Counted from the purchase or the delivery ("於購買後7日內寄回"), the days are the window's, not the sending's.
      !EARLY_OR_DELIVERY_COUNT.test(text.slice(duration.end, duration.end + 40)) &&
      !/(?:购买|下单|付款|支付|签收|收货|收到(?:商品|货品|货物)?|到货|发货|出货)(?:之?日|当天|当日)?(?:后|起|起计|起算)?\s*$/.test(
        text.slice(Math.max(ownStart, duration.start - 12), duration.start),
      ))
  )
    return 'other';
  // "Returns within 30 days: we refund the full price": the returns' own period, whatever follows it.
  if (
    /(?:^|[.;:]\s*|\b(?:accept|take)\s)(?:returns?|exchanges?)(?: (?:are|is))?(?: (?:accepted|allowed|possible|welcome))? within\s*$/.test(
      text.slice(Math.max(ownStart, duration.start - 40), duration.start),
    )
  )
    return 'window';
  // "两小时内到达，24小时内拿出解决文案": the shop's own service arriving within hours or its plan given, no period of the law.
  if (
    (/^\s*(?:内|以内|之内)?(?:拿出|给出|提供)(?:解决|处理)?(?:方案|文案)/.test(after) &&
      !/请|您|买家|顾客|消费者|客户/.test(part)) ||
    (/小时\s*$/.test(text.slice(duration.start, duration.end)) &&
      /^\s*(?:内|以内|之内)?(?:到达|上门|赶到|到场)/.test(after) &&
      !/退|寄|商品|包裹|货物|快递|物流|货|签收|收货|反馈|门店|请|您|买家|顾客/.test(part))
  )
    return 'other';
  // "設計師會在收到申請後的2個工作天內聯繫客人": the customer contacted, so the shop's own step, whoever in the shop does it.
  if (
    /^\s*(?:内|以内|之内)?(?:主动)?(?:联系|联络|回复|答复|通知)(?:客人|您|买家|顾客|客户|消费者)(?!经理|服务|专员|代表|的?客服)/.test(
      after,
    ) &&
    !/退款|退还|返还|款项|货款/.test(text.slice(duration.end, duration.end + 30).split(/[。;]/)[0] ?? '')
  )
    return 'other';
  // "客服24小时内联系为您办理", "我们会在48小时内回复您", "客服承诺24小时内解决": the shop's own timetable of contact or of
  // solving a problem, neither the window nor the refund.
  if (
    /(?:客服|我们|本店|商家|卖家|工作人员)(?:人员)?(?:会|将|将会|需要|需|承诺|保证)?(?:在|于)?\s*$/.test(before) &&
    /^\s*(?:内|以内|之内)?(?:(?:进行|给予|给您)?(?:联系|回复|答复|反馈|响应)|与您联系|给您回复|为您(?![^,;。]{0,6}(?:退|返还|原路|款))|回电|(?:的时间)?(?:来)?(?:处理|审核)(?:退货|退换货?|售后)?(?:事宜|申请)|(?:为您)?解决(?![^,;。]{0,6}(?:退|返还|原路|款)))/.test(
      after,
    )
  )
    return 'other';
  // "DEFECTIVE MERCHANDISE\nThis might take 3-5 business days": a time of something the clause does not name, under a
  // heading that names no refund; without a heading the sentence before may be a refund's ("…we will issue your refund.
  // This usually takes 14 days.").
  if (
    ownStart > 0 &&
    /^\s*(?:this|it|that)\s+(?:\w+\s+)?takes?\s+(?:up to |about |around |approximately |roughly )?$/.test(
      text.slice(Math.max(ownStart, duration.start - 40), duration.start),
    ) &&
    !/refund|credit|money|reimburs|pay (?:you )?back|payment/.test(text.slice(duration.end, duration.end + 60)) &&
    !/refund|credit|reimburs|money|payment/.test(text.slice(0, ownStart))
  )
    return 'other';
  // "We'll process your refund or exchange within 14 days after receipt of your return": the refund processed, whatever
  // else is processed with it.
  if (
    /\b(?:process|issue)(?:es|ed|ing)? (?:your |the |a )?refunds? (?:or|and|\/) ?(?:an? )?exchanges? (?:within|in)\s*$/.test(
      text.slice(Math.max(ownStart, duration.start - 60), duration.start),
    )
  )
    return 'refund';
  // Payment to the consumer inside the shop's handling of returns ("We inspect returns, with payment, within 14 days"):
  // the refund's time.
  if (RETURNS_PAID_WITHIN.test(text.slice(Math.max(0, duration.start - 70), duration.start))) return 'refund';
  // The shop's own inspection, review or dispatch ("We inspect the returned product within 1-2 business days", "Returns
  // are inspected within 3 business days of arrival", "Exchanges are shipped within 3 days"): its own timetable, neither
  // the consumer's window nor the refund.
  if (
    SHOP_ACTION_TIME.test(text.slice(Math.max(0, duration.start - 60), duration.start)) &&
    // A refund measured right after the period ("…within 14 days you will be refunded") is the refund's time.
    !refundRightAfter(text, duration.end) &&
    // The consumer's own act measured ("claims made within", "returns requested within") is no shop's timetable.
    !/\b(?:made|requested|received|reported|submitted|sent|returned|placed|filed|raised|notified|accepted)\s+(?:within|in)\s*$/.test(
      text.slice(Math.max(0, duration.start - 30), duration.start),
    ) &&
    // Counted from the consumer's delivery or purchase, it is the consumer's own time ("reviewed within 3 days of delivery").
    !/^[^.;]{0,6}\b(?:of|from|after) (?:the )?(?:date of )?(?:delivery(?! to (?:our|the) (?:warehouse|store|facility|office))|purchase|order)\b/.test(
      text.slice(duration.end, duration.end + 40),
    )
  )
    return 'other';
  // Posting by the bank ("refunds should be posted back … within 7 business days, depending on the financial
  // institution") is not the shop's refund.
  if (
    /\bposted\b|到账|入账/.test(text.slice(Math.max(0, duration.start - 60), duration.start)) &&
    !/^[^.;。]{0,12}(?:after (?:we )?receiv|of (?:receiving|receipt)|收到退货)/.test(text.slice(duration.end)) &&
    /depending on (?:the |your )?(?:financial institution|bank|card issuer)|视银行|以银行/.test(text)
  )
    return 'other';
  // "退货审核将在1-3个工作日内完成": the shop's review of the request, neither the window nor the refund; not the refund
  // itself processed after the review ("审核通过后，将在7个工作日内处理退款").
  if (
    /审核|review/.test(before) &&
    !/退款|refund/.test(before) &&
    /^\s*(?:内|以内|之内)?(?:完成|处理|回复|答复)(?!(?:退款|退还|返还|打款))/.test(after)
  )
    return 'other';
  // "等待审核（1个工作日内）": a period bracketed after the shop's review or handling is the shop's own timetable.
  if (
    /(?:审核|审批|核实|答复|回复|处理|受理)\s*[(:]?\s*$/.test(before) &&
    !/退款|refund|逾期|超时|不予|不再|无理由|请(?:您)?(?:务必)?(?:在|于)/.test(before) &&
    !/(?:逾期|超时|否则|不予|不再)(?![^,;。]{0,10}(?:自动同意|自动退款|自动通过|系统自动))/.test(
      text.slice(duration.end),
    ) &&
    /^\s*(?:内|以内|之内)?\s*(?:\)|$|[,;。])/.test(after)
  )
    return 'other';
  // "厂家会在48小时内处理退货申请": the shop handling the application, whatever it pays afterwards.
  if (
    /^\s*(?:内|以内|之内)?(?:处理|审核|受理)(?:您的)?(?:退货|退换货?|退款|售后)?申请/.test(after) &&
    !/(?:逾期|超时|否则|不予|不再|视为放弃)(?![^,;。]{0,10}(?:自动同意|自动退款|自动通过|系统自动))/.test(
      text.slice(duration.end),
    ) &&
    !/请(?:您)?(?:务必)?(?:在|于)/.test(before) &&
    anchorBefore(text, duration.start) !== 'return_received' &&
    !/^[^。]{0,20}并(?:原路)?退款/.test(after)
  )
    return 'other';
  // "以付款日为准7天内寄回商品": a time to send the goods back counted from payment, dispatch or the order starts
  // before signing, and cuts the days the law gives (NRR-MEASURES 10).
  if (
    (/^\s*(?:内|以内|之内)?(?:将|把)?(?:商品|货品|宝贝)?(?:寄回|退回|发回)/.test(after) ||
      (/^\s*(?:内|以内|之内)?(?:将|把)?(?:商品|货品|宝贝)?寄出/.test(after) && /退货|退回|退换|寄回/.test(text))) &&
    EARLY_ANCHORS.has(anchorBefore(text, duration.start) ?? '')
  )
    return 'window';
  // "Allow up to 21 days from receipt of your return for a refund to be applied", "Allow as much as 3 weeks from the return
  // delivery date for a refund…": the shop's time for the refund, counted from the returned goods' arrival.
  if (
    /\ballow(?: up to| as much as| about| at least)?\s*$/.test(
      text.slice(Math.max(0, duration.start - 24), duration.start),
    ) &&
    /^[^.;]{0,8}?\b(?:after|of|from|once) (?:we (?:receive|have received) (?:your |the )?return\w*|(?:the )?receipt of (?:your |the )?return\w*|receiving (?:your |the )?return\w*|the return(?:ed item)? delivery date)\b[^.;]{0,40}\brefunds?\b/.test(
      text.slice(duration.end, duration.end + 100),
    )
  )
    return 'refund';
  // "Returns are processed within 7-10 business days after your items are received": the shop's handling of the
  // returned goods, counted from their arrival, is the refund.
  if (
    /\b(?:processed|handled|completed)\s+(?:within|in)\s*$/.test(
      text.slice(Math.max(0, duration.start - 24), duration.start),
    ) &&
    !processedIsExchange(text, ownStart, duration.start) &&
    /^[^.;]{0,8}?\b(?:after|of|from|once) (?:we (?:receive|have received)|receipt of|receipt(?! of)\b|receiving|(?:your |the )?(?:returned )?(?:items?|items?\(s\)|products?|goods|package|parcel|return)(?: (?:is|are|has been|have been))? (?:received|arrives?))/.test(
      text.slice(duration.end, duration.end + 50),
    )
  )
    return 'refund';
  // "We offer refunds within 30 days of delivery", "Returns for a refund are accepted within 30 days": the time to
  // ask for the return, counted from delivery or purchase, not the time the shop takes to refund.
  if (
    (/^[^.;]{0,6}?\b(?:of|from|after) (?:the )?(?:date of )?(?:delivery|purchase|the order date|order date|shipment|arrival|your order|receiving (?:the |your )?(?:products?|items?|goods|order|package|parcel))(?! of (?:the |your )?return| being returned| (?:is |has been |was )?(?:delivered|returned|shipped|sent) back | (?:back )?to (?:us\b|our (?:warehouse|store|returns?|address|facility|office|team|location))| at our (?:warehouse|facility|returns?|address|office)\b| back\b)/.test(
      text.slice(duration.end, duration.end + 40),
    ) &&
      /\b(?:refunds?|returns?|returned)\b[^.;]{0,50}$/.test(
        text.slice(Math.max(0, duration.start - 60), duration.start),
      ) &&
      !/\b(?:report|reported|notify|notified|contact|inform|claims?|damaged?|defective|missing|initiate|request)\b/.test(
        text.slice(Math.max(0, duration.start - 60), duration.start),
      ) &&
      // The shop's paying verb before it ("Refunds are issued within 30 days of delivery") makes it the refund's time.
      // "Refunds are only given within 3 days of delivery" limits asking for them.
      !/\b(?<!\bonly )(?:processed|issued|sent|credited|made|paid|given|refunded|transferred)\s+(?:back\s+)?(?:to you\s+)?(?:within|in)\s*$/.test(
        text.slice(Math.max(0, duration.start - 30), duration.start),
      ) &&
      !/\brefunds? (?:are |is |will be )?posted (?:within|in)\s*$/.test(
        text.slice(Math.max(0, duration.start - 30), duration.start),
      ) &&
      !/\bwe (?:issue|send|process|pay|credit|make) (?:the |your |all )?refunds? (?:within|in)\s*$/.test(
        text.slice(Math.max(0, duration.start - 40), duration.start),
      )) ||
    /\breturn(?:s|ed)?\b[^.;]{0,40}(?:accepted|for a (?:full )?refund|for (?:your )?money back)[^.;]{0,12}within\s*$/.test(
      text.slice(Math.max(0, duration.start - 60), duration.start),
    ) ||
    /\breturn (?:it|them|any items?|the items?|your items?)\b[^.;]{0,12}for a (?:full )?refund\s*(?:within)?\s*$/.test(
      text.slice(Math.max(0, duration.start - 60), duration.start),
    ) ||
    (/\brefunds? (?:are |is )?(?:available|offered|possible)\s+(?:within|for)\s*$/.test(
      text.slice(Math.max(0, duration.start - 40), duration.start),
    ) &&
      !/^[^.;]{0,12}\b(?:after|of|from|once) (?:we (?:receive|have received)|receipt of (?:your |the )?(?:return|returned)|receiving (?:your |the )?(?:return|returned)|the return)/.test(
        text.slice(duration.end, duration.end + 40),
      ))
  )
    return 'window';
  // "客服人员将于2个工作天内与您确认", "由云购同发货商城协商在48小时内解决": the shop's own timetable for answering or
  // settling, not a time the consumer must keep.
  if (
    /(?:客服|我们|本店|商城|卖家|商家|专人|工作人员|我司|售后|本公司)[^,;。请]{0,12}(?:将|会|可)?(?:于|在)\s*$/.test(
      text.slice(Math.max(0, duration.start - 20), duration.start),
    ) &&
    /^\s*(?:内|以内|之内)?(?:与您|和您|跟您|为您|给您)?(?:联系|确认|回复|答复|解决|处理完毕|处理完成|给予答复|安排)/.test(
      after,
    ) &&
    !/逾期|超时|否则|不予|不再|视为|未(?:联系|反馈|申请)/.test(text.slice(duration.end)) &&
    !/退款|退还|返还|打款|refund|收到退货|收到退回|退货后|退回后/.test(
      text.slice(Math.max(0, duration.start - 30), duration.end + 12),
    )
  )
    return 'other';
  // "商品签收超过3天不予退货": the return refused once the period after signing has passed is the window.
  if (
    /(?:签收|收货|收到(?:商品|货物|货)?)(?:后)?(?:已)?(?:超过|超出|满)\s*$/.test(before) &&
    /^\s*(?:后|以后|之后)?(?:的)?[,，]?(?:则|将)?(?:不予|不能|不可|不支持|无法|恕不|概不|不再)(?:办理|受理)?(?:退|换)/.test(
      text.slice(duration.end, duration.end + 16),
    )
  )
    return 'window';
  // "七天无理由退货，从发货之日算起": a period followed at once by the return is the window, whatever comes next.
  const windowNext = /^\s*(?:内|以内|之内)?(?:的)?(?:无理由|无条件|可以?|支持|包|选择|申请){0,3}(?:退|换)/.test(after);
  // "24小时内可退": a period followed at once by the return (not by the money) is the window, outside a defect report.
  if (
    !facts.qualityClause &&
    /^\s*(?:内|以内|之内)?(?:的)?(?:无理由|无条件|可以?|支持|包|选择|申请){1,3}(?:退(?!款|还|回)|换)/.test(after)
  )
    return 'window';
  // "收到货后3天内,可以无条件退款": the no-reason refund is the no-reason return's own name (the money back for the goods
  // sent back), so the period before it is the window, not the shop's time to pay.
  if (
    !facts.qualityClause &&
    /^\s*(?:内|以内|之内)?(?:的)?,?\s*(?:买家|您|顾客|消费者|客户)?(?:均|都)?(?:可以?|能|支持|享受|享有)?(?:申请)?(?:无理由|无条件)退款/.test(
      after,
    ) &&
    // Not counted from the shop's receipt, review or inspection of the return ("退货到仓后3个工作日内无条件退款", "审核通过
    // 后24小时内无理由退款"): those are the shop's time to pay. Read in the period's own part: a heading before it ("无理由
    // 退货：") counts nothing.
    !/退货|退回|寄回|到仓|仓库|审核|验收|质检|检验/.test(
      before
        .split(/[,:;]/)
        .map((part) => part.trim())
        .filter(Boolean)
        .pop() ?? '',
    )
  )
    return 'window';
  // "审核通过后请您于3日内将商品…寄回": the consumer's step after the shop agreed, not the window.
  if (
    /审核(?:通过)?后|同意(?:退货|退换)?后|确认(?:退货)?后|批准后|approved/.test(near) &&
    /寄回|(?<!(?:货款|款项|钱款|金额|价款|退款)[^,;。]{0,4}|原路|原支付方式|原付款方式)退回(?!(?:到|至)?[^,;。]{0,8}(?:账户|帐户|余额|卡|原路|原支付|原付款))|(?<!退款或|退款、|退款和|退款及|退款并)寄出(?!(?:替换|更换|调换|换货|新的?|补发))|发回|寄还|ship (?:it |them )?back|send (?:it |them )?back/.test(
      text.slice(duration.end, duration.end + 60),
    )
  )
    return 'other';
  // "处理时间2-3个工作日": the shop's handling time, neither the window nor a defect report.
  if (/(?:处理|审核|受理)(?:时间|时效|周期)[:为是]?\s*$|processing time:?\s*$/.test(before)) return 'other';
  // "超期3天以内仍可申请退货": days of grace after the period, no period of their own.
  if (
    /(?:超期|逾期|超出期限|超过期限|过了退货期)\s*$/.test(before) &&
    /^\s*(?:以内|之内|内)?[^,;。]{0,4}(?:仍|依然|也|还)(?:可|能)/.test(after)
  )
    return 'other';
  // "请在配送前一天18点前联系客服": a time before delivery (a cancellation's), no period after it.
  if (/(?:配送|发货|送货|出库|制作|出餐|送达|取货|提货|自提)前\s*$/.test(before)) return 'other';
  // The shop's own step, sent to the consumer or done by its staff: "Return shipping labels are emailed within 1 business
  // day", "…review your request and send return instructions within 2 business days", "质检部门将在3个工作日内完成检验".
  const stepBefore = text.slice(Math.max(0, duration.start - 80), duration.start);
  if (SHOP_STEP_WITHIN.test(stepBefore) || SHOP_STEP_SENT_WITHIN_EN.test(stepBefore)) return 'other';
  // "我们会在24小时内进行处理", "厂家会在48小时内处理退货申请": the shop named as who acts in the period, no refund after it.
  // Not where the sentence names a refund or starts from the returned goods ("申请退款后，我们会在15个工作日内处理完毕", "收到退货后，
  // 我们将在10个工作日内处理完毕"): handling it is paying the refund.
  if (
    SHOP_ACTS_WITHIN_ZH.test(stepBefore) &&
    !REFUND_NEAR.test(
      `${sentenceBefore(text, duration.start)}${text.slice(duration.end, duration.end + 24).split(/[;。]/)[0] ?? ''}`,
    ) &&
    anchorBefore(text, duration.start) !== 'return_received'
  )
    return 'other';
  // The words after the number up to the next number or the sentence's end.
  const ownAfter = (text.slice(duration.end, duration.end + 32).split(/[;。]/)[0] ?? '').split(NEXT_PERIOD)[0] ?? '';
  // "请在签收后3天内退回商品以获得全额退款": the consumer's sending back earns the refund, so it is the window.
  // The step read in the period's own part ("保价寄回，3天内退货" sends back in another part).
  const consumerStep = CONSUMER_STEP.test(
    `${
      text
        .slice(Math.max(0, duration.start - 16), duration.start)
        .split(/[,;。]/)
        .pop() ?? ''
    }${ownPartAfter(after)}`,
  );
  if (consumerStep && REFUND_PURPOSE_AT.test(ownAfter) && !facts.qualityClause) return 'window';
  // "商品寄回后，经检查…将于7个工作天内办理退款": counted from the consumer's step, the period is the shop's refund.
  const refundFollows = !CONSUMER_STEP.test(after) && REFUND_NEAR.test(ownAfter.replace(REFUND_PURPOSE, ' '));
  // Two characters more before the period, so "收到退回商品" is seen whole. The shop's own step is no window, unless
  // the refund follows it ("15个工作日内核实您的商品并办理退款").
  // "请在签收后48小时内寄回商品，逾期不予退货": sending back counted from signing, with the return lost after it, is
  // the window itself.
  const sendBackWindow =
    consumerStep &&
    anchorBefore(text, duration.start) === 'receipt' &&
    (/逾期|超时|否则|不予|不再|视为放弃|otherwise|will not be accepted/.test(text.slice(duration.end)) ||
      /^\s*(?:内|以内|之内)?(?:投保)?(?:寄回|寄出|发回|寄还)/.test(after));
  if (sendBackWindow) return 'window';
  const nextDays = nextPartNamesDays(following);
  // "请二日内来信告知与寄出": the notice of the return in the same days as the sending is the return's own time.
  const noticeToo = NOTICE_AND_SENDING.test(ownPartAfter(after));
  if (
    (consumerStep && !refundFollows && !noticeToo) ||
    // A step of the shop's in the next part with days of its own ("…3天内提交，审核退货申请需要2天") is not what these measure.
    ((SHOP_SERVICE.test(ownStepOnly(after, nextDays)) || SHOP_SERVICE.test(ownStepOnly(afterBare, nextDays))) &&
      !windowNext &&
      !REFUND_NEAR.test(ownAfter) &&
      // "within 7 days of dispatch", "7天（以发货时间为准）", "7天（不含发货当天）": the shop's dispatch is where the
      // period starts, not a step it takes in it.
      !EARLY_AFTER.test(after) &&
      !EARLY_BRACKET.test(after) &&
      // "退货期限为7天，从发货之日起计算": the dispatch named as the start right after the days (not the shop's dispatch time
      // "48小时内发货，从付款之日起计算").
      !(
        /^[\s,;:]*(?:从|自)/.test(text.slice(duration.end)) &&
        EARLY_STATED.test(text.slice(duration.end, duration.end + 24))
      ))
  )
    return 'other';
  // "收到商品后3-5个工作日内处理": the shop's handling, where the clause names no refund. Counted from the returned goods'
  // arrival ("收到退货后10个工作日内处理完毕"), handling the return is paying it back.
  // "质量问题仅在签收后3天内受理": handled only within the period is the consumer's time to claim, not the shop's.
  if (
    /^\s*(?:内|以内|之内)(?:处理|审核|受理)(?:完毕|完成)?\s*(?:$|[,;。])/.test(after) &&
    !/(?:仅|只)(?:在|于|限)?[^,;。]{0,8}$/.test(before) &&
    !facts.refundNamed &&
    !(
      anchorBefore(text, duration.start, 30) === 'return_received' &&
      /^\s*(?:内|以内|之内)处理(?:完毕|完成)/.test(after) &&
      !exchangeOrRepairHandled(text, duration.start)
    )
  )
    return 'other';
  // "We will contact you within 2 days", "…we will be in touch within 48 hours, and if confirmed we will provide a postage address
  // for the return", "One of our team members will contact you within 2 business days", "…and give you the review result within
  // 24 hours", "Approval or rejection is communicated within 2–4 business days": the shop's own answer, named before the days
  // in their sentence (not "…will contact you within 2 business days; claims must be lodged within 24 hours"), where no refund
  // is.
  const weBefore = text
    .slice(Math.max(0, duration.start - 60), duration.start)
    .replace(/^[\s\S]*(?:[.;!?]\s|[。；！？])/, '');
  if (
    /\b(?:we|(?:one of )?our team(?: members?)?|a (?:member of (?:our|the) team|team member)|(?:our )?customer (?:service|support|care)(?: team)?|(?:our )?(?:support|service) team|our (?:staff|agents?))(?:'ll|ll| will| shall)?\s+(?:contact|email|notify|reply|respond|get back to|review|call|reach out|(?:be|get) in touch)\b|\b(?:give|send|provide) you (?:the |a |an |our )?(?:review |audit |inspection |final )?(?:results?|outcome|decision|answer|response|reply)\b|\b(?:approvals?|rejections?|decisions?|outcomes?|results?)(?: (?:or|and) (?:approvals?|rejections?))? (?:is|are|will be) (?:communicated|sent|emailed|notified|confirmed|given)\b/.test(
      weBefore,
    ) &&
    !/refund|credit|reimburs/.test(weBefore)
  )
    return 'other';
  // "Within 3 days we will email a prepaid shipping label or an update on your request": the shop's own step named right
  // after the days that open the sentence, not a refund (nor the window of "Returns must be requested within 3 days, we…").
  const weAfter = text.slice(duration.end, duration.end + 60);
  const opensSentence =
    /(?:^|[.;:!?\n])\s*(?:within|in)\s*$/.test(text.slice(Math.max(0, duration.start - 12), duration.start)) ||
    (ownStart < duration.start && /^\s*(?:within|in)\s*$/.test(text.slice(ownStart, duration.start)));
  // "Within 3 days we will inspect the item and refund you within 5 days": the shop's own step, the refund with days of its own.
  const refundOwnDays =
    opensSentence &&
    /\b(?:refund|reimburse|credit)\w*\b[^.;]{0,20}\b(?:within|in)\s+(?:\d+|one|two|three|five|seven|ten|fourteen)\s*(?:business |working |calendar )?(?:days?|weeks?|hours?)\b/.test(
      weAfter,
    );
  if (refundOwnDays && /^[,\s]*(?:we|our team)(?:'ll|ll| will| shall)\s/.test(weAfter)) return 'other';
  // "Within 14 days we will send you an update and refund your payment": the shop's refund named after its other steps.
  // (Read on further than the shop's other steps: the anchor and a step before the refund take up to 100 characters.)
  const weAfterLong = text.slice(duration.end, duration.end + 110);
  const refundNext = opensSentence ? REFUND_AFTER_OPENING_DAYS.exec(weAfterLong) : null;
  if (
    refundNext &&
    // (A refund with days of its own, "…, and we refund within 5 days", was read as the shop's own step just above.)
    // The steps before the refund are read after the days' own anchor ("after we receive your returned parcel"), whose
    // "after" is no condition of the refund. Counted from the return's arrival, a condition of the refund ("…, we'll
    // inspect it and, if it is eligible, refund you") still names the time the refund comes in.
    ((refundNext.groups?.anchor !== undefined &&
      // The price's refund, not the return label's or the shipping's ("…, reimburse your return shipping label").
      !/\b(?:refund|reimburse|credit)\w*\s+(?:you\s+)?(?:for\s+)?(?:your\s+|the\s+)?(?:return\s+)?(?:shipping|postage|label|delivery)/.test(
        weAfterLong,
      )) ||
      !/\b(?:if|once|after|when)\b/.test(weAfterLong.split(/\b(?:refund|reimburse|credit)/)[0] ?? ''))
  )
    return 'refund';
  if (
    opensSentence &&
    /^[,\s]*(?:we|our team|(?:our )?customer (?:service|support|care)(?: team)?)(?:'ll|ll| will| shall)\s+(?:contact|email|e-mail|notify|reply|respond|get back to|call|reach out|send (?:you )?(?:a |an |the )?(?:prepaid |return )?(?:shipping |return )?(?:label|update|instructions))\b/.test(
      weAfter,
    ) &&
    !/refund|credit|reimburs|money/.test(weAfter)
  )
    return 'other';
  // The shop's processing time named before a bracket ("our processing time after receiving the return (1-3 business
  // days)") is its refund.
  if (
    /(?:processing time|处理时间|处理时效)[^.;。()（）]{0,50}(?:after (?:we )?receiv\w* (?:the |your )?return|收到退货)[^.;。()（）]{0,20}[(（]\s*$/.test(
      text.slice(Math.max(0, duration.start - 90), duration.start),
    ) &&
    !/bank|银行/.test(text.slice(Math.max(0, duration.start - 70), duration.start))
  )
    return 'refund';
  // The bank's time in brackets after the shop's ("…完成刷退流程(实际退款时间依各家银行而定,约1-7个工作天)").
  if (
    /[(（][^()（）]{0,30}(?:银行[^()（）]{0,6}(?:而定|为准)|视银行|到账时间|入账时间|your bank|card issuer)[^()（）]{0,20}$/.test(
      text.slice(Math.max(0, duration.start - 60), duration.start),
    )
  )
    return 'other';
  // Transit and the bank's time, named before a period in brackets: neither the window nor the shop's refund.
  if (
    /(?:transit|shipper|carrier|in the post|your bank|card company|运输|在途)[^.;。()（）]{0,40}[(（]\s*$/.test(
      text.slice(Math.max(0, duration.start - 50), duration.start),
    )
  )
    return 'other';
  // "食品不享有7天犹豫期" excludes goods from a period; "1月1日" is a date, not a duration.
  const justBefore = text.slice(Math.max(0, duration.start - 8), duration.start);
  // "Store credit is valid for 12 months", "优惠券有效期30天": how long something stays usable, no period of the law.
  if (
    /(?:valid|good|usable|redeemable) (?:for|up to)\s*$|expires? (?:in|after)\s*$|有效期(?:为|是)?\s*$/.test(
      text.slice(Math.max(0, duration.start - 16), duration.start),
    ) &&
    // Not the return policy's own days ("Our return and exchange policy is valid for 30 days from…"), nor a policy's that opens
    // its clause ("Applicability: This policy applies to all regular-priced items and is valid for 7 days from…").
    !/\b(?:returns?|exchanges?|refunds?)\b[^.;]{0,30}\b(?:policy|period|window)\b[^.;]{0,10}\b(?:valid|good) (?:for|up to)\s*$/.test(
      text.slice(Math.max(0, duration.start - 70), duration.start),
    ) &&
    !/^(?:[a-z ]{1,20}:\s*)?(?:this|our|the) policy\b[^.;]{0,60}\b(?:valid|good) (?:for|up to)\s*$/.test(
      text.slice(0, duration.start),
    )
  )
    return 'other';
  if (/(?:不享有|不适用|不在)[^。]{0,6}$/.test(justBefore) || /\d\s*(?:年|月)\s*$/.test(justBefore)) return 'other';
  // "Please contact me within two days upon receipt of your order": the consumer's deadline to ask, counted from receipt.
  if (!facts.policyTopic && facts.contactDeadline) return facts.defectWords ? 'quality' : 'window';
  // A time after signing to report or get in touch, every claim lost with it: the report asked in the time and refused
  // after it ("签收后24小时内反馈，逾期不予处理"), or not made in it ("签收后24小时内未反馈的，不予处理", "签收后超过24小时未联系客服的，
  // 将无法获得任何补偿").
  // With no start named, hours counted by "超过" ("超过24小时未联系客服的，不予处理") run from the goods' arrival as a consumer
  // reads them: no other event of an after-sales policy is counted in hours.
  // (The days' start, read once: the refund's and the shop's own steps below read it too.)
  const anchor = anchorBefore(text, duration.start);
  if (
    anchor === 'receipt' ||
    (anchor === undefined &&
      duration.unit === 'hour' &&
      /^[^,;。]{0,4}(?:超过|超出)\s*$/.test(before) &&
      // Not a claim on shipping insurance or a perk ("超过48小时未申请运费险理赔的，将无法获得理赔").
      !/运费险|保险|保价|(?<!处)理赔/.test(text.slice(ownStart)))
  ) {
    // A bracketed aside after the days ("2天内(以运单签收日期为准)及时反馈") does not part them from the report.
    const reportAfter = /^\s*(?:内|以内|之内)\s*[(]/.test(after) ? afterBare : after;
    const reportedThenLost =
      /^\s*(?:内|以内|之内),?(?:及时|尽快|务必)?(?:与本店|向本店|联系本店)?(?:反馈|联系|告知|申请|提出)/.test(
        reportAfter,
      ) &&
      // Not the goods' sending back ("联系快递取件").
      !/收取|寄回|退回|取件|上门/.test(text.slice(duration.end, duration.end + 20)) &&
      /(?:逾期|超时|过期|否则|过后)[^。]{0,8}(?:不予|不再|无法|恕不|概不|不)(?:受理|处理|负责|退|换)/.test(
        text.slice(duration.end),
      );
    const unreported =
      UNREPORTED_WITHIN.test(reportAfter) || (/(?:超过|超出)\s*$/.test(before) && REPORTED_AFTER.test(after));
    // "签收后24小时内未反馈的，不影响您的退货权利": the report not made keeps every right, so the hours bound nothing.
    if (
      unreported &&
      /^[^。]{0,16}不影响[^。]{0,12}(?:权利|权益|退货|退换|售后|保修|三包)/.test(text.slice(duration.end))
    )
      return 'other';
    const unreportedLost = unreported && CLAIM_LOST.test(text.slice(duration.end).split(/[。;]/)[0] ?? '');
    if (
      (reportedThenLost || unreportedLost) &&
      // Not a return's own window ("退货须在签收后3天内联系客服").
      !/退|换/.test(text.slice(0, duration.start)) &&
      // Nor a cut-off that keeps the statutory rights, a non-quality matter or a bonus ("好评返现", "运费问题").
      !/不影响|运费(?!险)|邮费|好评|返现/.test(text)
    )
      // Asking for the return or the refund in that time ("联系客服办理退款", "登记退货", "质量问题除外") is the window.
      // A change of mind named ("如不想要了，请在签收后3天内申请") makes it the return window too. What was not reported is
      // otherwise the defect.
      return (/退货|退换|退款/.test(text.slice(duration.end)) && !/质量|瑕疵|故障|破损|损坏/.test(text)) ||
        NOT_QUALITY.test(text) ||
        (/不想要|不喜欢|拍错|买错|个人原因|无理由/.test(text) && !/质量|瑕疵|故障|破损|损坏|坏/.test(text))
        ? 'window'
        : 'quality';
  }
  if (!facts.policyTopic && !facts.defectWords && !facts.refundNamed) return 'other';
  const qualityClause = facts.qualityClause;
  const refundAt = englishReturn ? -1 : nearestBefore(text, duration.start, REFUND_WORD, facts.from);
  const windowAt = nearestBefore(text, duration.start, WINDOW_WORD, facts.from);
  const qualityAt = nearestBefore(text, duration.start, QUALITY_WORD, facts.from);
  // The words after a number up to the next number: a later period's refund is that period's ("两天内与我们联系，
  // 我们会在三个工作日内…退回货款"). A refund that is the return's purpose ("退回…以获得全额退款", "return it
  // within 30 days for a full refund") makes the period the window, not the refund's.
  const purpose = windowNext || RETURN_BEFORE.test(text.slice(Math.max(0, duration.start - 40), duration.start));
  const afterLong = purpose ? ownAfter.replace(REFUND_PURPOSE, ' ') : ownAfter;
  // The words right after a number say what it measures; further on, only outside a defect report.
  const refundAfter = REFUND_NEAR.test(after) || (!qualityClause && REFUND_NEAR.test(afterLong));
  // (A return made after the days, "Items returned after 30 days receive a partial refund", was read as the window above.)
  if (!englishReturn && refundAfter && !/^.{0,3}(?:申请|退货|return)|^[^,;。]{0,6}(?:退款申请|申请退款)/.test(after))
    return 'refund';
  // "Please allow at least 7 days from receipt of your item to process your return": the shop's processing.
  if (facts.allowToProcess) return 'refund';
  if (anchor === 'return_received' && facts.refundNamed) return 'refund';
  // Counted from the shop's receipt of the return and not the refund: the shop's own step ("确认包裹明细").
  if (anchor === 'return_received')
    return /^\s*(?:内|以内|之内)?(?:处理|办理)完(?:成|毕)/.test(after) && !exchangeOrRepairHandled(text, duration.start)
      ? 'refund'
      : 'other';
  // "退款需要多长时间？…质量问题：2-3个工作日": the periods after the question answer how long the refund takes.
  if (/退款(?:需要)?(?:多长时间|多久|时效)|多久(?:到账|退款)|how long[^?]{0,24}refund/.test(near)) return 'refund';
  // "Refunds for returns are issued within 30 days": the returns named are what the refund is for, not a window of theirs.
  if (
    refundAt >= 0 &&
    /^refunds? (?:for|on|of) (?:your |all |any )?returns? (?:are|is|will be|shall be) (?:usually |normally |typically )?(?:issued|processed|paid|made|credited|sent|given|completed)\b[^.;,]{0,20}$/.test(
      text.slice(refundAt, duration.start),
    ) &&
    refundAt >= qualityAt
  )
    return 'refund';
  // "换货/退款流程" over "收到商品后24小时内联系客服": a refund named only by the heading, the clause's own words the consumer's
  // contact, measure the consumer's time to ask, not the shop's to pay.
  // "…you may return the unused product for a full refund of the purchase price, minus the shipping within 30 days": a refund
  // that is what the return gets ("for a full refund") names no time of the shop's.
  if (
    refundAt >= 0 &&
    refundAt > windowAt &&
    refundAt >= qualityAt &&
    !(refundAt < ownStart && CONSUMER_CONTACTS.test(text.slice(ownStart)) && !REFUND_NEAR.test(text.slice(ownStart))) &&
    !(windowAt >= 0 && /\bfor (?:a |an )?(?:full |partial )?$/.test(text.slice(Math.max(0, refundAt - 14), refundAt)))
  )
    return 'refund';
  // "退款和换货将在收到产品后10个工作天内处理": the refund named with the exchange, then the shop's handling.
  if (refundAt >= 0 && /^\s*(?:内|以内|之内)?(?:处理|完成|办理)/.test(after) && !qualityClause) return 'refund';
  if (qualityClause) return 'quality';
  if (qualityAt > windowAt && facts.reportWords) return 'quality';
  // "(A: ) Within 5 days of receiving your return": counted from the shop's receipt of the returned goods, named after the
  // days, the time is the shop's: its refund when one is named, else a step of its own.
  // A shipping cost reimbursed ("…reimburse your return shipping label") is no refund of the price.
  if (RETURN_RECEIPT_AFTER_EN.test(text.slice(duration.end, duration.end + 60)))
    return REFUND_NEAR.test(text.replace(SHIPPING_REIMBURSED_EN, ' ')) ? 'refund' : 'other';
  return 'window';
}

/**
 * The consumer's own receipt of the goods named in the days' part just before them ("签收后", "客户可在收货后"), not the
 * shop's, a service centre's or the warehouse's receipt of a return ("仓库收货后", "售后中心签收后", "收到商品并验收合格后").
 */
function consumersReceiptBefore(text: string, at: number): boolean {
  if (anchorBefore(text, at) !== 'receipt') return false;
  const part =
    text
      .slice(Math.max(0, at - 40), at)
      .split(/[,:;。]/)
      .pop() ?? '';
  // The receipt with no one named before it, or the consumer ("签收后", "客户可在收货后"); not a shop, a service centre or a
  // returned parcel ("店铺签收后", "售后中心签收后", "退件签收后", "客服确认收货后").
  const receipt = /(?:签收|收货|收到(?:商品|货品|货物|包裹)?)(?:后|之后|起|日起)?\s*$/.exec(part);
  if (receipt === null) return false;
  const named = part.slice(Math.max(0, receipt.index - 6), receipt.index);
  return /(?:^|您|客户|顾客|买家|消费者|用户|可|可以|在|于|自|从|问题|\s)$/.test(named);
}

function returnsTopicOrSeven(text: string): boolean {
  return RETURN_TOPIC.test(text) || /7天|七天|7日|七日|7 days|seven days/.test(text);
}

/** Two starts, the later one counting ("whichever is later", "以较晚者为准", "after purchase and delivery"). */
const LATER_OF_TWO =
  /\bwhichever (?:is|comes|occurs|falls) later\b|\b(?:after|from|of) (?:the )?(?:purchase|order|payment|dispatch) (?:and|&) (?:the )?(?:delivery|receipt|arrival)\b|\bwhichever is the later\b|以(?:两者中)?较晚(?:者|的)?为准|以后者为准/;
/** "within 14 days of purchase", "of the date we receive your order", "(以发票日期为准)": the period starts before receipt. */
const EARLY_AFTER =
  /^\s*(?:from|after|since|of)\s+(?:the\s+(?:date|day|time)\s+(?:that\s+)?)?you\s+(?:placed|made|submitted|paid\s+for|completed)\s+(?:your\s+|the\s+)?(?:order|purchase)|^\s*(?:from|after|since|of)\s+(?:the\s+)?(?:date|day|time)\s+(?:that\s+)?we\s+(?:receive[ds]?|accept(?:ed)?|confirm(?:ed)?)\s+(?:your\s+|the\s+)?(?:order|payment)\b|^\s*(?:,\s*)?(?:(?:have|has)\s+)?(?:passed\s+|gone by\s+|elapsed\s+|(?:counted|calculated|starting|beginning|commencing|running)\s+)?(?:of|from|after|since|on)\s+(?:the\s+)?(?:(?:date|moment|time)\s+of\s+)?(?:your\s+|the\s+)?(?:original\s+)?(?:purchase|purchasing|order(?:ing)?|shipment|shipping|ship(?:ped)?(?![a-z])(?:\s+date)?|dispatch|payment|paying|invoice)(?!(?:s|'s|’s)?\s+(?:delivery|receipt|arrival)\b|[^.;,]{0,40}\b(?:delivery|delivered|received|arrival|arrives?|arrived|arriving|signed for|signing|receipt of)\b)|^\s*(?:of|from|after|since)\s+(?:the\s+)?(?:date|day|time)\s+(?:that\s+)?(?:we|it was|they were|the (?:item|order|goods) (?:was|were))\s+(?:dispatched|shipped|sent(?: out)?|posted)(?:\s+(?:it|them|your order))?\b|^\s*of\s+(?:our|the)\s+(?:dispatch|shipping|shipment)\s+(?:notice|notification|confirmation|email)/;
/** A bracket right after a period that starts it at dispatch or payment ("7天（以发货时间为准）", "7天（不含付款当天）"). */
const EARLY_BRACKET =
  /^\s*(?:无理由)?(?:退货|退换货?)?\s*[(（]\s*(?:以|按|自|从|不含|不包括|不计|除去)(?:订单)?(?:快递)?(?:发货|出货|出库|寄出|发出|揽收|付款|支付|下单|购买)(?:的)?(?:当[天日]|次日|之日|日期|时间|日)?(?:为准|起算|算起|开始计算|计算|来算|起)?\s*[)）]/;
/** "售出之日（以实际收货日期为准）": the text itself moves the start to receipt. */
const RECEIPT_STATED =
  /以[^,;。]{0,4}(?:实际)?(?:收货|签收|到货|收到(?:货物|商品)?|妥投)(?:的)?(?:日期|时间|之日)为准|(?:自|从)(?<!(?:而不是|而非|并非|不是)(?:自|从))(?<!(?:但|但是|其中|唯|仅|只有)[^,;。]{0,10}(?:商品|产品|货品|订单|类|地区|区域|用户|会员)(?:(?!退|换|期)[^,;。]){0,4})(?:签收|收货|收到商品)(?:之日|次日|当日)?(?:起)?(?:计算|起算|算起)/;
const EARLY_STATED =
  /(?:从|自)(?:订单)?(?:显示)?(?:已)?(?:发货|出货|出库|付款|支付|下单|订单|购买|拍下)(?:成功|成立|生成|提交)?(?:的)?(?:之日|日期|时间|当天|当日|日|时)?(?:起)?(?:算起|计算|开始计算|起算|开始算|算(?![法]))|(?<!(?:发货|出货|发出|配送)(?:顺序|次序|时间)?|排单)以(?:(?!而非|而不是|并非|不是)[^,;。]){0,6}(?:发票|发货|出货|发出|寄出|付款|下单|订单|支付|购买)(?:的)?(?:日期|时间|之日|日|当日|当天)(?:为准|起算|开始|计算|来算|算起)|(?=(?:是|都是|均)?按)(?<=(?:天|日|退货|无理由|售后|期限|时效)[^;。]{0,12})(?<!(?:发货|配送|出库|发出|出货)(?:的)?(?:顺序|次序|时间|先后)?,?(?:统一|一律|全部)?(?:是|都是|均)?)(?:是|都是|均)?(?<!(?:发货|配送|出库|发出|出货)(?:的)?(?:顺序|次序|时间|先后)?,?(?:统一|一律|全部)?)按(?:照)?(?:订单)?(?:发货|出货|付款|支付|下单|购买|拍下)(?:的)?(?:时间|日期|日)?(?:来)?(?:算|计算|起算)|(?:from|since)(?<!\b(?:delivery|delivered|receipt|receiv(?:e[sd]?|ing)|get|gets|got|getting|arrival|arrives?|arrived|signing|signed for|sign for)\b[^.;]{0,40}\b(?:not|rather than|instead of) (?:from|since))(?<!\b(?:not|never) (?:be |been |being )?(?:counted|calculated|measured|running|starting|started|starts?|begins?|runs?) (?:from|since)) (?:the )?(?:(?:ship(?:ping|ment)?|dispatch|despatch|order|purchase|payment|invoice) date|date of (?:ship(?:ment|ping)?|dispatch|despatch|purchase|order|payment|invoice)|(?:(?:day|date|time) (?:that |when )?|when )we (?:ship|shipped|dispatch|dispatched|send out|sent out|post|posted)\b|(?:(?:day|date|time) (?:that |when )?|when )(?:your |the )?(?:order|parcel|package|item|goods|product)s? (?:ships|shipped|(?:is|was|are|were|has been|have been) (?:shipped|dispatched|despatched|sent out|posted)|leaves? our (?:warehouse|store)|left our (?:warehouse|store)))(?!(?<=\bnot\b[^.;]{0,60})[^.;]{0,30}\bbut (?:from|since) (?:the )?(?:(?:date|day|time) (?:of |(?:that |when )?you )?)?(?:delivery|receipt|arrival|signing|sign|receiv|get))|\b(?:window|period|return policy|returns?)\b[^.;]{0,20}\b(?:starts?|begins?|runs?|commences?) (?:on|from|with) (?:the )?(?:order|purchase|payment|dispatch|shipping|invoice) date\b|\b(?:window|period|return policy|returns?)\b[^.;]{0,20}\b(?:starts?|begins?|commences?) (?:on )?(?:the (?:day|date) (?:that )?|when )you (?:place|placed|make|made|pay|paid) (?:your |the |for )?(?:order|purchase|payment)?/;

/** Arrival at a pickup station or locker, not the consumer's signing, starting a period ("以快递到达驿站时间起算"). */
const STATION_ARRIVAL_STATED =
  /(?:从|自|以)(?:快递|包裹|商品|物流)?(?:显示)?(?:到达|抵达|送达|放入|进入|存入)(?:菜鸟)?(?:驿站|代收点|快递柜|丰巢|自提点|快递点|网点)(?:的)?(?:之日|日期|时间|当天|当日|日|时)?(?:起)?(?:算起|计算|开始计算|起算|开始算|为准)/;
/** An early start denied ("并非从发货日起算", "不从包裹到达驿站起算", "而不是以发货时间起算"). */
const EARLY_DENIED =
  /(?:并非|不是|而非|而不是|不|非)(?:从|自|以|按)?(?:订单|快递|包裹|商品|物流)?(?:显示)?(?:已)?(?:到达|抵达|送达|放入|发货|出货|出库|付款|支付|下单|购买|拍下)/;
/** A return named in English, in any form of the word ("returned", "refundable", "sent back"). */
const RETURN_WORD_EN = String.raw`\b(?:return(?:s|ed|ing|able)?|refund(?:s|ed|ing|able)?|exchang(?:e|es|ed|ing|eable))\b|\bsen[dt]\b[^,;]{0,20}\bback\b`;
/** A warranty named in a period's own part, with no return in it ("and the warranty runs"). */
const WARRANTY_OWN_PART = new RegExp(String.raw`^(?![\s\S]*(?:${RETURN_WORD_EN}))[\s\S]*\bwarrant(?:y|ies)\b`);
/** The parts of a clause that name a warranty ("质保一年从购买之日起计算"), and the words of a return that keep one read. */
const WARRANTY_PARTS = /[^,;。]*(?:\bwarrant(?:y|ies)\b|保修|质保|保固)[^,;。]*/g;
const WARRANTY_NAMED = /warrant|保修|质保|保固/;
const RETURN_WORDS_ANY = new RegExp(`退|换|${RETURN_WORD_EN}`);
/** The return period named without its days ("退货期", "无理由退货期限", "退换货时间"). */
const RETURN_PERIOD_NAMED =
  /(?:退货|退换货?|无理由)(?:的)?(?:期|期限|时间|时效)|鉴赏期|犹豫期|\b(?:returns?|refund|exchange|cooling[- ]off|grace) (?:period|window)\b/;
/** A range's end after its start ("after 7 days and up to 30 days"): the days between are named, not a shorter period. */
const RANGE_ON_TO = /^\s*(?:and|but)\s+(?:up to|within|before|no later than|less than|under)\s+\d{1,3}\s*days?\b/;
/**
 * The days after a period named as a range of their own that begins the day after it ("七天内退货全额退款，第八至三十天退货仅提供
 * 购物金", "days 8-30: store credit"), or that the period after which returns are made itself opens ("Returns after 7 days and
 * up to 30 days will be offered store credit"): the promise's conditions on the days beyond the law's, not a shorter window.
 */
function daysBeyondNamed(after: string, days: number, afterPeriod: boolean): boolean {
  if (afterPeriod && RANGE_ON_TO.test(after.slice(0, 30))) return true;
  const range =
    /(?:第\s*)?(\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:天|日)?\s*(?:至|到|-|~|－|～)\s*(?:第\s*)?(?:\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:天|日)|\bdays?\s+(\d{1,3})\s*(?:-|–|to|through)\s*\d{1,3}\b|\bfrom (?:the )?(?:day\s+(\d{1,3})|(\d{1,3})(?:st|nd|rd|th) day)\b/.exec(
      after.slice(0, 60),
    );
  const first = range ? (range[1] ?? range[2] ?? range[3] ?? range[4] ?? '') : '';
  return first !== '' && countOf(first) === days + 1;
}
/** The promise a clause makes itself (its own longer window is a promise, not a shortening). */
function promisedIn(text: string): number {
  const match =
    /(\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:个)?(?:天|日)(?:内)?(?:可以?|均可|都可|可申请|支持)?(?:无理由|无条件|无忧|包退|可退)|(\d{1,3})[- ]?days? (?:no[- ]questions?[- ]asked |hassle[- ]free |free )?returns?|within (\d{1,3}) days/.exec(
      text,
    );
  const days = match ? countOf(match[1] ?? match[2] ?? match[3] ?? '') : 0;
  return days > 7 ? days : 0;
}

const EARLY_ANCHORS = new Set(['dispatch', 'payment', 'order', 'invoice']);
const SIGNING_DAY_COUNTED =
  /(?:签收|收货|到货|取件|取货)日(?:算|计为|算作|即为|为)(?:第)?(?:一|1)(?:天|日)|(?:签收|收货|到货)当[日天](?:0|零)(?:时|点)|送达(?:当天|当日)(?:起算|开始计算|算起|计为第|算作第|为第|起)|(?<!不)含送达当[天日]|(?:签收|收货|送达)当[日天](?:(?!不)[^;。]){0,20}(?:也|亦|均)?(?:计入|算入|算作)[^,;。]{0,6}(?:期限|期间|天数|时间|期)|(?:签收|收货|到货|取件|取货)(?:当天|当日)(?:开始算|起计|算|计为|为(?!(?:法定)?(?:节假日|休息日|周末|假日|公休|周六|周日|星期|礼拜|双休))|即为|起算|开始计算|计入|算作)|(?:收到|签收|收取)(?:商品|货物|货品|包裹)?(?:之)?当[天日](?:算起|起算|开始计算|起)|(?<!不包|不)含(?:签收|收货)当[天日]|(?<!不|未|没|没有|不会|是否|会否)包括(?:签收|收货|送达|到货)当[天日]|(?:签收|收货|送达|到货)当[日天](?:也|亦|均)?(?:计入|算入)(?=\s*(?:[)）。,，;；]|$))|(?<!(?:\bnot|n'?t|\bnever|\bwhether it) )\bincludes? the (?:day of (?:delivery|receipt)|(?:delivery|receipt) (?:day|date))\b|(?:签收|收货)当[天日]起|签收之时起|签收时起|自签收时|从签收时|including the (?:day of )?delivery(?: day)?|\bfirst day of (?:the )?(?:grace|return|returns|cooling[- ]off|refund) period (?:starts|begins|is) (?:from |on )?the day (?:of |that |when )?(?:the )?(?:products?|items?|goods|parcel|order)?[^.;]{0,20}\b(?:arrived?|arrives|delivered|received)|day of delivery (?:counts|is day)|(?:the )?(?:delivery|receipt) day (?:counts|is counted) as day (?:one|1)\b|\b(?:the )?(?:delivery|receipt) day is day (?:one|1)\b|\b(?:day|date) of (?:delivery|receipt)[^.;]{0,20}\bcounts? as (?:day (?:one|1)|the first day)\b|\b(?:delivery|receipt) (?:day|date)[^.;]{0,20}\bcounts? as (?:day (?:one|1)|the first day)\b|\bwhich counts as (?:day (?:one|1)|the first day)\b|\b(?:starts?|starting|begins?|beginning|runs?|running|counts?|counted|counting|is counted) from the (?:moment|time|minute|hour) (?:your |the )?(?:order|items?|goods|parcel|package|products?)\b[^.;]{0,20}\b(?:is|are|was|were|has been|have been) (?:delivered|received)\b|\bday (?:one|1) is the (?:delivery|receipt|arrival) (?:date|day)\b|\bday (?:one|1) being the (?:delivery|receipt|arrival) (?:date|day)\b|\bcounting the (?:delivery|receipt|arrival) (?:date|day) as day (?:one|1)\b|\bcounting the (?:day|date) of (?:delivery|receipt|arrival) as (?:day (?:one|1)|the first day)\b|\b(?:starts?|begins?) on the (?:day|date)\b[^.;]{0,40}\b(?:delivered|received|arrives?|arrived)\b[^.;]{0,4}\(day (?:one|1)\)|\b(?:delivery|receipt|arrival) (?:date|day)\s*\(day (?:one|1)\)|\b(?:day|date) of (?:delivery|receipt)\b[^.;]{0,6}\(day (?:one|1)\)|(?:签收|收货|到货)当[日天](?:计算在内|算在内|计入在内|包含在内|也计算在内)|\bthe day (?:you|the customer|the buyer) (?:receives?|gets?|signs? for) (?:the |your )?(?:item|order|goods|parcel|package|it|them)s?\b(?:[^.;]{0,12}\b(?:is|counts as|is counted as) (?:day (?:one|1)|the first day)\b| ?\(day (?:one|1)\))/;
const NO_EXTENSION =
  /(?:节假日|假日|假期|周末|例假日|休息日|公休)[^;。]{0,8}(?:仅|只|可再|再|则|可)?(?:顺延|延长|延后)(?:一|1)\s*(?:日|天)(?!以上|起|后)|\b(?:holiday|weekend)s?\b[^.;]{0,40}\bextended by (?:one|1|a single) day\b|(?<!(?:拼团|成团|尾款|付款|支付|领取|试用|活动|优惠券?|红包|积分|(?<!无理由|退货、|退货和|退货及)退款|赠品|会员|权益|券)(?:的)?(?:有效期|时限|期限|时间|期)?)(?:最后一[日天]|期满|届满|到期日?)(?:[^,;。]{0,6}?)(?:均|也|亦|一律|将|恕|概)?不(?:予|再|另行)?顺延|(?:退货|退换货?|无理由退货?)(?:期限|期|时限)(?:均|也|亦|一律|恕|概)?不(?:予|再|另行)?顺延|(?:遇|逢)(?:法定)?(?:节假日|假日|周末|休息日),\s*(?:均|也|亦|一律|恕|概)?不(?:予|再|另行)?(?:顺延|延长|延期)|(?:节|国定|例|法定|公休|国定例)?假日(?:不|均不|也不|亦不|恕不|概不|一律不)(?:予|再|另行)?(?:顺延|延期|延长|另计)|不因(?:节假日|法定假日|周末)(?:顺延|延长)|(?:节假日|周末)(?:照常|正常)(?!(?:服务|营业|上班|发货|工作|接待|值班|配送|处理|回复|办公|接单))|(?:节假日|周末)(?:包含在内|计算在内|计入)|(?<!不|不包)含(?:节假日|周末|法定节假日)|including (?:weekends|holidays|public holidays)|\b(?:does not|doesnt|will not|wont|is not|isnt|are not|arent) (?:be )?extend(?:ed)?\b[^.;]{0,30}\b(?:weekends?|holidays?)\b|\b(?:period|window)\b[^.;]{0,60}\band (?:is|will be) not extended\b|holidays (?:are )?(?:included|not excluded)|(?:public )?holidays?(?: and weekends)? (?:are |will )?not (?:be )?(?:extended|added)|(?:no|without) extensions? (?:for|over|on) (?:public )?(?:holidays|weekends)|not (?:be )?extended (?:for|by|over|due to) (?:public )?(?:holidays|weekends)|\b(?:weekends?|(?:public )?holidays?)\b[^.;]{0,40}\b(?:will not|wont|shall not|is not|are not|does not|do not) (?:be )?(?:extended|extend)\b/;

/** The no-extension statement with nothing else in its clause: no other deadline (dispatch, service hours) is named. */
const NO_EXTENSION_ALONE =
  /^(?:[(（【[]?(?:注|备注|说明|提示|温馨提示)?[)）】\]]?)?(?:期限|时限|天数)?(?:如|若)?(?:遇)?(?:法定|国定|例)?(?:节)?假日(?:不|均不|也不|亦不|恕不|概不|一律不)(?:予|再|另行)?(?:顺延|延期|延长|另计)$|^(?:note)?(?:no|without)extensions?(?:for|over|on)(?:public)?(?:holidays|weekends)$|^(?:public)?holidays?(?:are)?(?:notextended|notexcluded)$|^(?:and)?(?:weekends|(?:public)?holidays)(?:(?:and|or)(?:weekends|(?:public)?holidays))?(?:are|will|do|does)?(?:be)?(?:not(?:be)?(?:added|extended)|includedanddonotextend(?:it|this|the)?(?:return)?(?:period|window)?|donotextend(?:it|this|the)?(?:return)?(?:period|window)?)(?:to|in)?(?:this|the|it)?(?:return)?(?:period|window)?$/;

/** The shop's own time, named in the part a no-extension follows ("客服24小时内回复，节假日不顺延", "48小时内发货（节假日不顺延）"). */
const SHOP_TIME =
  /\brefund (?:deadline|period|time(?:frame)?)\b|^\s*退款(?:时限|期限|时间|时效)?\s*(?:遇|如遇)?\s*$|(?:内|之内|以内)(?:为您)?(?:退款|退还货款|办理退款)|(?<!退货、|退货和|退货及|退换货、|无理由)退款(?:时限|期限|时效)|(?:\d+|[一二三四五六七八九十]+)\s*(?:个)?(?:工作日|小时|天|日)(?:内|之内|以内)(?:完成)?(?:审核|处理|回复|答复|发货|发出|出库)|(?:审核|处理|回复)[^,;。]{0,8}时间|发货|配送|出库|发出|营业|工作时间|在线时间|客服(?:在线|工作|值班)|回复|答复|审核|退款(?:将|会)|(?:完成|安排|办理|处理)退款|退款[^,;。]{0,12}(?:完成|到账|退回|原路)|(?:本店|我们|商家|卖家)[^,;。]{0,12}(?:内|之内|以内)(?:为您)?退款|\b(?:dispatch(?:ed|es)?|ship(?:ped|s)? within|repl(?:y|ies)|respond(?:s|ed)?|price protection|processed|process(?:es)? (?:orders|refunds))\b/;
/** The consumer's own time or the no-reason right ("签收后7天内", "7天无理由", "请在7天内…"). */
const CONSUMER_TIME =
  /申请售后|售后申请|无理由|请(?:您)?(?:在|于)|(?:签收|收货|收到)(?:商品)?(?:之日)?(?:后|起)[^,;。]{0,4}(?:\d+|[一二三四五六七八九十]+)\s*(?:天|日)|\b(?:returns? (?:must|may|can|are|within)|(?:you )?(?:may|can) return|no-reason|request (?:a )?(?:return|refund))\b/;

/** A period after signing ("签收后7天内", "自签收之日起7日内"), whatever it is for. */
const WINDOW_AFTER_SIGNING =
  /(?:签收|收货|收到)(?:商品)?(?:之日|的?次日|当日|当天)?(?:后|起)[^,;。]{0,4}(?:\d+|[一二三四五六七八九十]+)\s*(?:天|日)(?:内|之内|以内)?/g;
const WINDOW_AFTER_SIGNING_ONE = new RegExp(WINDOW_AFTER_SIGNING.source);
/** What a period after signing may be for other than returns: price protection, differences, cash-back, reviews, invoices. */
const OTHER_PURPOSE =
  /(?<!附|附上|附带|提供|凭)(?:价格保护|价保|保价|确认收货|评价|发票|开票|补差|晒单|返现|差价|差额|降价|红包|领取)/;
const RETURN_VERB = /退(?!差价)|换|寄回|寄还|售后|申请/;
/** The return itself named, not only an application that may be for a purpose ("可寄回", "可退货", "可申请退款"). */
const RETURN_ITSELF = /(?<!差价[^,;。]{0,4})退(?!差价|还差价|还差额|票|出|回原|至原|到原)|(?<!兑|交)换(?!购)|寄回|寄还/;

/** How far past a period its next parts are read, in characters (three parts of an ordinary sentence). */
const NEXT_PARTS_READ = 200;

/**
 * The consumer's return window named in the clause ("7天无理由", "签收后7天内可寄回", "自签收之日起7日内，"): what a
 * no-extension beside it shortens. A period is read with its own part: a purpose named there ("发票请于签收后7天内申请",
 * "签收后7天内可申请退差价") makes it that purpose's; a return verb there makes it the return window, whatever else the
 * sentence says ("支持价保，签收后7天内可寄回，…"). A period alone in its part is read with the next part.
 */
function consumerWindow(text: string): boolean {
  if (/无理由/.test(text)) return true;
  for (const match of matchesOf(WINDOW_AFTER_SIGNING, text)) {
    const at = match.index ?? 0;
    const start = partBegins(text, at);
    const end = at + match[0].length + text.slice(at + match[0].length).search(/[,;。]|$/);
    const part = text.slice(start, end);
    const after = text.slice(at + match[0].length, end);
    // A return said in its own part ("可寄回或申请价保") makes it the return window beside any purpose.
    if (RETURN_ITSELF.test(after)) return true;
    if (OTHER_PURPOSE.test(part)) continue;
    if (RETURN_VERB.test(after)) return true;
    // The next part that names a purpose or a return verb: a no-extension or a condition in between is passed over
    // ("…7天内，节假日不顺延，可享受价格保护", "签收后7天内，包装完好的，可寄回").
    const next =
      text
        .slice(end + 1, end + 1 + NEXT_PARTS_READ)
        .split(/[,;。]/, 3)
        .find(
          (p) => p.trim() && !/节假日|周末|法定假日|顺延/.test(p) && (OTHER_PURPOSE.test(p) || RETURN_VERB.test(p)),
        ) ?? '';
    // "…，评价返现另计": a purpose set apart from the period.
    if (OTHER_PURPOSE.test(next) && !/另计/.test(next)) continue;
    // A period after signing beside a no-extension, with no purpose named, is the return window ("签收后7天内，节假日不顺延").
    return true;
  }
  return false;
}

function shopsOwnTimeNotExtended(own: string): boolean {
  const match = NO_EXTENSION.exec(own);
  if (!match) return false;
  const parts = own
    .slice(0, match.index)
    .split(/[,;。(（]/)
    .filter((part) => part.trim());
  const subject = parts[parts.length - 1] ?? '';
  return SHOP_TIME.test(subject) && !CONSUMER_TIME.test(subject);
}

/**
 * "寄卖商品售出后，平台支持买家七天无理由退货": the right named by its own name in a part of its own (a separator within the
 * sixteen characters before it), the event of the part before starting nothing; "自下单之日起，7天无理由退货": the part before
 * starts the period.
 */
function namedRight(text: string, duration: { start: number; end: number }): boolean {
  const near = text.slice(Math.max(0, duration.start - 16), duration.start);
  if (!/^\s*无理由/.test(text.slice(duration.end)) || !/[,;。]/.test(near)) return false;
  if (
    /(?:起|起算|开始计算|算起|为准)\s*[,;。]\s*[^,;。]*$/.test(
      text.slice(Math.max(0, duration.start - 24), duration.start),
    )
  )
    return false;
  // The part the period stands in, after the separator (shorter than the sixteen characters read).
  const ownPart = near.split(/[,;。]/).pop() ?? '';
  return !/发货|出货|出库|寄出|发出|付款|支付|下单|成交|拍下|订单|订购|购买|售出|购物|发票|开票|签收|收货|收到|到货/.test(
    ownPart,
  );
}

/** The day counted is the shop's receipt of the return, named just before it ("收到退货后7天内退款（包括收货当天）"). */
const SIGNING_DAY_COUNTED_ALL = new RegExp(SIGNING_DAY_COUNTED.source, 'g');
function refundsReceiptCounted(text: string): boolean {
  let any = false;
  for (const counted of matchesOf(SIGNING_DAY_COUNTED_ALL, text)) {
    any = true;
    const before = text.slice(Math.max(0, counted.index - 30), counted.index);
    // A count after the last part's refund words is the refund's; any other is the window's.
    const part = before.split(/[,;。]/).pop() ?? '';
    if (!/收到(?:退货|退回|退件|您的退货)|退货(?:到达|签收)后|(?:仓库|我们|本店)(?:签)?收到|退款/.test(part))
      return false;
  }
  return any;
}

/**
 * A promised period at least this long covers the law's seventh day moved over rest days (CIVIL-CODE 203 ¶1): a nine-day
 * Spring Festival break starting on the seventh day moves the end to the sixteenth; seventeen leaves room for a longer
 * break (the 2020 festival was extended to ten days).
 */
const LONGEST_EXTENDED_SEVENTH_DAY = 17;

function voidWindow(zh: string, en: string, promised: number): RuleFinding {
  const days = Math.max(7, promised);
  return {
    verdict: 'void',
    message: { zh, en },
    suggestion: {
      zh: `自您签收商品的次日起${days}日内，可申请无理由退货；期限最后一日为法定休假日的，顺延至休假日结束的次日。`,
      en: `You may ask to return goods without reason within ${days} days, counted from the day after you sign for them; if the last day is a public rest day, the period runs to the day after the rest days end.`,
    },
  };
}

/**
 * A return that opens only after days or nights of use ("退货安排由收货日起计30日后提供", "收货满30天后方可申请退货", "Returns are only
 * accepted after 30 nights", "at least 30 nights before returning"), not a return after a period refused or granted for
 * credit ("Returns after 30 days are not accepted").
 */
const RETURN_ONLY_LATER =
  /(?:退货|退换货?|退款)(?:安排|服务|申请)?[^,;。]{0,8}(?:由|从|自)?(?:收货|签收|收到(?:商品|货品|货物)?|到货)(?:之?日|当日)?(?:起计|起算|起|后)?[^,;。]{0,2}?(?:满)?\s*(?:\d+|[一二三四五六七八九十]{1,3})\s*(?:个)?(?:日|天|晚)(?:后|之后|以后)(?:才|方)?(?:可|能|会)?(?:提供|接受|办理|受理|开放|申请)|(?:收货|签收|收到(?:商品|货品|货物)?|到货)(?:之?日)?(?:起|后)?[^,;。]{0,2}满\s*(?:\d+|[一二三四五六七八九十]{1,3})\s*(?:个)?(?:日|天|晚)(?:后|之后|以后)?(?:才|方)(?:可|能)?(?:申请)?(?:退货|退换货?|退款)|(?:试用期|试睡期|试用)满\s*(?:\d+|[一二三四五六七八九十]{1,3})\s*(?:个)?(?:日|天|晚)(?:后|之后|以后)?(?:才|方)(?:可|能)?(?:申请)?(?:退货|退换货?|退款)|\breturns?\b[^.;]{0,30}\bonly\b[^.;]{0,30}\bonce (?:\d+|seven|fourteen|twenty-one|thirty|sixty|ninety) (?:days|nights|weeks) (?:have|has) (?:passed|elapsed|gone by)\b|\breturns?\b[^.;]{0,24}\bonly\b[^.;]{0,24}\bafter (?:the first |at least |a minimum of )?(?:\d+|seven|fourteen|twenty-one|thirty|sixty|ninety) (?:days|nights|weeks)\b|\b(?:at least|a minimum of|minimum of|no fewer than) (?:\d+|seven|fourteen|twenty-one|thirty|sixty|ninety) (?:days|nights|weeks)\b[^.;]{0,20}\bbefore (?:you can |you may |initiating a |starting a )?return(?:ing)?\b/;

/**
 * The goods to arrive at the shop within the seven days after signing ("退货包裹须于签收后7日内到达", "须在签收后7天内寄回，以仓库
 * 签收时间为准", "Items must be received back at our warehouse within 7 days of delivery"): the law asks only the notice
 * within them (NRR-MEASURES 10), and the shop gives its address after it (11), so the consumer loses the days in transit.
 * Sending the goods within them ("请于签收后7天内寄回商品") is read as the notice's own step and left alone.
 */
const GOODS_BACK_ZH =
  /(?:签收|收到(?:商品|货物|货品|包裹)|收货|到货)(?:之日|当日|次日)?(?:起|后|之后)?[^,;。]{0,4}?(?:第)?(\d+|[一二三四五六七])\s*(?:个)?(天|日|工作日)(?:内|以内|之内|前)[^,;。]{0,12}?(?:寄达|到达|送达|(?:寄回|寄出|退回)[^。]{0,16}以(?:我司|本店|仓库|我们|商家)(?:的)?(?:签收|收到|收货)(?:时间|日期)?为准)/;
const GOODS_BACK_EN =
  /\b(?:must|should|need to|needs to|has to|have to|are to)\b[^.;]{0,40}?\b(?:reach (?:us|our (?:warehouse|store|returns? (?:centre|center|department)|office|facility))|be received(?: back)?(?: by us| at our \w+)?|arrive(?: back)?(?: at our \w+)?|be back(?: with us| at our \w+)?)\b[^.;]{0,40}?\bwithin (\d+|seven|six|five|four|three|two|one) (calendar |business |working )?days? (?:of|from|after) (?:the )?(?:date of )?(?:delivery|receipt|receiving)/;
const ENGLISH_COUNT: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

function goodsBackWithinSeven(text: string): boolean {
  const zh = GOODS_BACK_ZH.exec(text);
  // The shop's own receipt and refund ("我们将在收货后7天内退回款项，以仓库签收时间为准") is the refund's time.
  if (
    zh &&
    !/我们|本店|商家|卖家|仓库|我司|我方|平台/.test(text.slice(Math.max(0, zh.index - 8), zh.index)) &&
    !/款/.test(zh[0])
  ) {
    const days = /^\d/.test(zh[1] as string) ? Number(zh[1]) : (chineseNumber(zh[1] as string) ?? 0);
    return zh[2] === '工作日' ? days <= 5 : days <= 7;
  }
  const en = GOODS_BACK_EN.exec(text);
  if (!en) return false;
  const days = /^\d/.test(en[1] as string) ? Number(en[1]) : (ENGLISH_COUNT[en[1] as string] ?? 0);
  return en[2] === 'business ' || en[2] === 'working ' ? days <= 5 : days <= 7;
}

const HOURS_168 = /满?\s*168\s*(?:个)?小时|168 hours/;
/**
 * The words of the findings below that need no period read in the clause: a clause with no period and none of them
 * returns at once.
 */
const WINDOW_WORDS = gateOf(
  SIGNING_DAY_COUNTED,
  NO_EXTENSION,
  HOURS_168,
  GOODS_BACK_ZH,
  GOODS_BACK_EN,
  RETURN_PERIOD_NAMED,
);

export const windowShorterThanLaw: ClauseRule = {
  id: 'cn.policy.window-shorter-than-law',
  issue: 'window_shorter_than_law',
  citations: cites(
    ['CRPL', 25, 1],
    ['NRR-MEASURES', 10, 1],
    ['NRR-MEASURES', 10, 2],
    ['ECL', 51, 1],
    ['CIVIL-CODE', 201, 1],
    ['CIVIL-CODE', 203, 1],
    ['CIVIL-CODE', 204],
  ),
  judge(reading: ClauseReading) {
    const text = reading.text;
    if (reading.durations.length === 0 && !WINDOW_WORDS.test(text)) return undefined;
    // A shop sale has no no-reason window to shorten (CRPL 25 covers distance sales), nor has a subscription to a
    // service (the right is for goods).
    if (inStoreOnly(text)) return undefined;
    if (
      /订阅|subscription(?! box)|membership|会员(?:服务|订阅|费)/.test(text) &&
      !/商品|货品|goods|items?\b|products?\b/.test(text)
    )
      return undefined;
    const promised = reading.terms.promisedDays;
    // "退貨安排由收貨日起計30日後提供", "You must sleep on the mattress for at least 30 nights before returning it": a return
    // that opens only after days of use takes the statutory seven days after signing away (a promise's conditions may reach
    // only the days beyond them).
    if (RETURN_ONLY_LATER.test(text))
      return voidWindow(
        '消费者自签收商品的次日起七日内即可无理由退货；规定须使用一定天数之后才可退货，排除了法定的七日，该内容无效。',
        'The consumer may return goods without reason within seven days from the day after signing; a return that opens only after days of use takes those seven days away and is void.',
        promised,
      );
    // "激活码未使用的可在购买后7天内申请退款", "Online courses: full refund within 14 days of purchase": a promise on services or
    // codes delivered online, which have no statutory window to shorten.
    if (
      SERVICES_OR_CODES.test(text) &&
      !/商品|货品|实物|\bgoods\b|\bproducts?\b/.test(text.replace(/数字商品|虚拟商品/g, ''))
    )
      return undefined;
    // A change-of-mind exchange is a promise beyond the law (CRPL 25 gives a return): its counting limits no right. An
    // after-sales exchange ("售后换货限期为：…签收后24小时内") is the exchange of goods found defective.
    const withoutBoth = text.replace(/退换货|退换/g, '');
    if (/(?<!售后)换货/.test(withoutBoth) && !/退货|退款|return|refund/.test(withoutBoth)) return undefined;
    const returnsTopic =
      RETURN_TOPIC.test(text) && !(QUALITY.test(text) && !NOT_QUALITY.test(text) && !NO_REASON.test(text));
    if (
      (returnsTopic ||
        NO_REASON.test(text) ||
        (/起算|算起|起计算|开始计算|第[一1]天|day (?:one|1)\b/.test(text) &&
          !/保修|质保|三包|维修|warranty/.test(text))) &&
      SIGNING_DAY_COUNTED.test(text) &&
      // "收到退货后7天内退款（含收货当天）": the shop's receipt of the return, the refund's count, not the consumer's; read
      // just before the signing day named, so a window counted from it beside a refund is still read.
      !refundsReceiptCounted(text) &&
      // "The day after the delivery date counts as day 1" is the statute's own count.
      !/\b(?:the )?(?:day|date) after (?:the )?(?:delivery|signing)(?: (?:date|day))?\b/.test(text) &&
      // A longer period counted from the signing day ("签收当天起计算，15天内可无理由…"), in the clause or promised elsewhere
      // ("Returns are accepted within 30 days. The return period starts from the moment your order is delivered."), still
      // leaves the seven days after it.
      Math.max(0, ...dayCounts(text)) <= 7 &&
      promised <= 7
    )
      return voidWindow(
        '七日期间自签收商品的次日起算，签收当日不计入；把签收当天算作第一天缩短了法定期限，该内容无效。',
        'The seven days start the day after signing; counting the signing day as day one shortens the statutory period and is void.',
        promised,
      );
    // "节假日不顺延" standing alone in a return policy speaks of the policy's own deadlines; beside a promise of 17 days or
    // more ("本店承诺30天无理由退货，期满不顺延") it ends the promise, past any rest days that move the law's seventh day.
    if (
      NO_EXTENSION.test(text) &&
      // The promise of no-reason returns itself, with no seven-day window named beside it ("会员30天，非会员7天", "其中7天…").
      !(
        promised >= LONGEST_EXTENDED_SEVENTH_DAY &&
        !/(?:其中|法定)(?:的)?(?:7|七)\s*(?:天|日)|(?<!\d)(?:7|七)\s*(?:天|日)(?:的)?(?:无理由|退货期)|(?<!\d)(?:7|七)\s*(?:天|日)\s*(?:[,;)）]|$)|普通用户|非会员|\b(?:7|seven)[- ]day (?:return|change|no-reason)/.test(
          text,
        )
      ) &&
      // "…（法定7天退货期遇节假日依法顺延）": the extension kept beside it.
      !/依法顺延|(?<!不)予以顺延|(?<!不)顺延至/.test(text) &&
      // A period after signing decides which time the no-extension shortens; without one, the clause's topic does.
      ((returnsTopic &&
        !WINDOW_AFTER_SIGNING_ONE.test(text) &&
        RETURN_TOPIC.test(text.replace(/退差价|退还差价|差价多退少补/g, ' '))) ||
        consumerWindow(text) ||
        // "若第7日遇到假日，可再顺延一日": the seventh day named is the return period's.
        /第\s*(?:7|七)\s*(?:日|天)/.test(text) ||
        NO_EXTENSION_ALONE.test(text.replace(/[\s,;:。!！.]/g, ''))) &&
      // A no-extension said of the shop's own dispatch, service or review time ("48小时内发货，节假日不顺延").
      !shopsOwnTimeNotExtended(reading.own) &&
      // A no-extension standing alone after the shop's own time on its line ("Orders ship within 48 hours; no extension…").
      !(NO_EXTENSION_ALONE.test(reading.own.replace(/[\s,;:。!！.]/g, '')) && shopsOwnTimeNotExtended(reading.line))
    )
      return voidWindow(
        '期限的最后一日是法定休假日的，以休假日结束的次日为最后一日；“节假日不顺延”缩短了法定期限，该内容无效。',
        'Where the last day falls on a public rest day the period ends the day after the rest days; excluding that extension shortens the statutory period and is void.',
        promised,
      );
    if (HOURS_168.test(text) && returnsTopicOrSeven(text))
      return voidWindow(
        '无理由退货期限按日计算：自签收次日起七日，最后一日到二十四时止，遇法定休假日顺延；按小时计算（“满168小时为7天”）缩短了这一期限，该内容无效。',
        'The no-reason period counts in days: seven days from the day after signing, each ending at midnight and extended over rest days; counting it as 168 hours shortens it and is void.',
        promised,
      );
    if (goodsBackWithinSeven(text))
      return voidWindow(
        '消费者只需在签收商品次日起七日内发出退货通知；要求商品在这七日内寄出或寄达，缩短了法定期限，该内容无效。',
        'The consumer need only give notice of the return within the seven days after signing; requiring the goods to be sent or to arrive within them shortens the statutory period and is void.',
        promised,
      );
    // "退货期从订单显示已发货起算", "退货时间以快递到达驿站时间起算": the return period, without its days, started before signing.
    if (
      reading.durations.length === 0 &&
      // The start named in the clause's own words (the period may be named by its lead-in, "退货期限：\n从付款之日起计算"): a
      // lead-in's start is the lead-in's ("…a 14 day return period from the date of order, subject to the following:" does
      // not charge each item below it).
      RETURN_PERIOD_NAMED.test(text) &&
      (EARLY_STATED.test(reading.own) || STATION_ARRIVAL_STATED.test(reading.own)) &&
      // "退货期限从您签收后开始计算，并非从发货日起算": the early start denied.
      !EARLY_DENIED.test(text) &&
      !RECEIPT_STATED.test(text)
    )
      return voidWindow(
        '退货期限自消费者签收商品的次日起算；从发货、付款、下单、开票或到达驿站之日起算，使消费者实际可用的天数少于法定七日，该内容无效。',
        'The return period runs from the day after the consumer signs for the goods; counting it from dispatch, payment, order, invoice or arrival at a pickup station leaves fewer days than the statutory seven and is void.',
        promised,
      );
    const ownPromise = promisedIn(text);
    // Read once: the text's own start of the period ("以发货时间为准") does not depend on which duration is read.
    // A warranty's start ("质保一年从购买之日起计算", "the warranty runs 12 months from the purchase date") is no return's.
    const returnsOnly = WARRANTY_NAMED.test(text)
      ? text.replace(WARRANTY_PARTS, (part) => (RETURN_WORDS_ANY.test(part) ? part : ' '))
      : text;
    const earlyStated =
      reading.durations.length > 0 && (EARLY_STATED.test(returnsOnly) || STATION_ARRIVAL_STATED.test(returnsOnly));
    for (const duration of reading.durations) {
      if (periodKind(text, duration, reading.lead.length, reading.items) !== 'window') continue;
      if (bankTime(text, duration.start)) continue;
      // "…, and the warranty runs 12 months from the purchase date": a warranty's months, not the return's days.
      if (WARRANTY_OWN_PART.test(lastParts(text, duration.start, 1))) continue;
      // "寄卖商品售出后，平台支持买家七天无理由退货": the right named by its own name in a part of its own, the event of the
      // part before starting nothing.
      const anchor = namedRight(text, duration) ? undefined : anchorBefore(text, duration.start);
      const early =
        EARLY_AFTER.test(text.slice(duration.end, duration.end + 48)) ||
        EARLY_BRACKET.test(text.slice(duration.end, duration.end + 24)) ||
        earlyStated ||
        // "本店承诺购物七天内…可无条件退换": days within shopping count from the order; not the slogan "购物7天无理由退货".
        (/(?<!网上|网络|线上|网|在线)购物\s*$/.test(text.slice(Math.max(0, duration.start - 6), duration.start)) &&
          /^\s*(?:内|之内|以内)/.test(text.slice(duration.end, duration.end + 3)));
      // "…30 days of purchase or 7 days from delivery, whichever is later": the later of the two is never short of the law.
      if (((anchor && EARLY_ANCHORS.has(anchor)) || early) && !RECEIPT_STATED.test(text) && !LATER_OF_TWO.test(text))
        return voidWindow(
          '退货期限自消费者签收商品的次日起算；从发货、付款、下单或开票之日起算，使消费者实际可用的天数少于法定七日，该内容无效。',
          'The return period runs from the day after the consumer signs for the goods; counting it from dispatch, payment, order or invoice leaves fewer days than the statutory seven and is void.',
          promised,
        );
      // "卖家收到所退商品之日起3天内（…满72小时为3天）未有异议": the shop's own time to object limits no right.
      if (
        /(?:卖家|商家|本店|我们|平台|仓库)(?:在)?(?:签)?收到(?:所退|退回|退货)(?:(?!买家|您|顾客|消费者)[^;。]){0,40}$/.test(
          lastParts(text, duration.start, 2),
        )
      )
        continue;
      if (duration.unit === 'hour')
        return voidWindow(
          '无理由退货期限按日计算：自签收次日起七日，最后一日到二十四时止，遇法定休假日顺延；按小时计算（如“72小时”“满168小时”）缩短了这一期限，该内容无效。',
          'The no-reason period counts in days: seven days from the day after signing, each ending at midnight and extended over rest days; counting it in hours ("72 hours", "168 hours") shortens it and is void.',
          promised,
        );
      const days = duration.unit === 'workday' ? duration.min : duration.days;
      const afterPeriod = /超过|超出|逾期|过了|以外|之后|后|beyond|after|more than|past/.test(
        text.slice(Math.max(0, duration.start - 6), duration.end + 4),
      );
      if (days < 7)
        return voidWindow(
          `退货期限少于法定的七日（自签收商品次日起算），该内容无效。`,
          'The return period is shorter than the statutory seven days from the day after signing, and is void.',
          promised,
        );
      // "items returned after 7 days must be unworn", "After 14 days, you will be charged a 15% restocking fee": a condition or
      // a fee on the promised days beyond the law's, no shorter period.
      const conditionBeyond =
        afterPeriod &&
        /\b(?:must|should|need to|needs to|have to|has to|only if|provided)\b|须|需|应当?|必须|\b(?:charged|fees?|deducted)\b|收取|扣除/.test(
          text.slice(duration.end, duration.end + 40),
        ) &&
        // "…, otherwise no refund": the condition's consequence, not a refusal of its own.
        !refuses(text.slice(duration.end).replace(/[,;]?\s*(?:otherwise|否则|不然)[^.;。]*/g, ' '));
      if (
        promised > 7 &&
        ownPromise < promised &&
        days < promised &&
        !conditionBeyond &&
        !daysBeyondNamed(text.slice(duration.end), days, afterPeriod) &&
        (afterPeriod || /内|within/.test(text.slice(duration.end, duration.end + 3)))
      )
        return voidWindow(
          `本店已承诺${promised}日无理由退货，承诺对本店有约束力；此处给出的期限短于承诺，该内容无效。`,
          `The shop promises a ${promised}-day no-reason return, and a promise binds the shop; a shorter period here is void.`,
          promised,
        );
    }
    return undefined;
  },
};

const DEEMED_CONFORMING =
  /(?:购买|购物|付款|结账|离店|离柜|离开(?:门店|柜台|本店|店铺)|出库|发货|发出|寄出)(?:后|之后)[^,;。]{0,4}(?:即|则|就|便)?(?:视同|视为|视作)(?:您|买家|顾客|消费者)?(?:已)?(?:确认|同意|接受|认可)?[^,;。]{0,10}(?:产品|商品|货品)?(?:的)?(?:状况|状态|完好|无瑕疵|无误|合格|质量)|\b(?:(?:please )?sign|by signing)(?: for)? (?:the |your )?(?:delivery (?:note|slip|receipt|form)|parcel|package|goods|order|delivery)\b[^.;]{0,20}\b(?:to (?:show|confirm|acknowledge|indicate|prove)|you (?:confirm|acknowledge|agree)) that (?:the |your )?(?:order|goods|items?|parcel|package|products?|delivery)(?: (?:that )?you(?: have)? received)? (?:is|are|was|were|has been|have been) (?:intact|in good (?:condition|order)|undamaged|complete|correct|received in good (?:condition|order))\b|签收(?:了|后)?(?:就|便|即)?(?:不能|不再|无法|不予|不)(?:补偿|赔偿|理赔)|(?:离开|离店|出门)(?:自提点|门店)?后(?:再)?(?:发现)?(?:的)?(?:质量问题|破损|问题)(?:均|一律|概)?(?:不予|不再|概不|恕不|不)(?:处理|受理|负责|退换|赔付)|\b(?:sign(?:s|ed|ing)? for|accept(?:s|ed|ing)? delivery of) (?:the |your |a )?(?:parcel|package|goods|items?|order|delivery|shipment)\b[^.;]{0,20}\b(?:are |is |will be )?(?:deemed|considered|regarded|treated) (?:as )?(?:to )?(?:have )?(?:accepted|received) (?:the |your )?(?:goods|items?|products?|order|parcel|package)?\s*(?:as (?:conforming|described|ordered)|in (?:good|perfect) (?:condition|order)|without (?:any )?(?:damage|defects?))|\b(?:deemed|considered|regarded as|treated as) (?:to have been )?(?:accepted(?: in (?:good|perfect) (?:condition|order))?|received (?:in (?:good|perfect) (?:condition|order)|and (?:inspected|accepted|checked)|without (?:any )?damage))\b[^.;]{0,20}\b(?:once|when|upon|after|on) (?:you )?(?:sign|signing|receiv|accept)|after (?:(?:[1-9]|1[0-4]) days?|(?:\d{1,2}|[1-2]\d\d|3[0-5]\d) hours?) (?:from|of|after|following|since) (?:the )?(?:delivery|receipt|receiving)[^.;]{0,40}\b(?:considered|deemed|regarded as) (?:complete|completed|fulfilled|accepted|final)\b|after (?:(?:[1-9]|1[0-4]) days?|(?:\d{1,2}|[1-2]\d\d|3[0-5]\d) hours?)[^.;]{0,20}\b(?:the |your )?(?:goods|items?|products?|delivery|purchase|parcel)s? (?:is |are |will be )?(?:considered|deemed|regarded as) (?:complete|completed|fulfilled|accepted|final)\b|after (?:(?:[1-9]|1[0-4]) days?|(?:\d{1,2}|[1-2]\d\d|3[0-5]\d) hours?)(?![^.;]{0,30}\b(?:placing|order date))[^.;]{0,40}\b(?:considered|deemed|regarded as) (?:complete|completed|fulfilled|accepted|final)\b(?![^.;]{0,60}\b(?:cannot be (?:cancell?ed|amended|changed|modified|edited)|be cancell?ed|no longer be cancell?ed|sent (?:for|to) (?:production|our workshop|the printer)|(?:we )?begin production|dispatched|made to order|no changes can be made))|(?:签收|收货|(?<!本店|我们|仓库|商家|卖家|本公司)收到(?:商品|货物|货品|包裹|货(?!款)))(?:后|之后|以后)(?![^。一切任何所有]{0,6}(?:人为|使用不当|保管不当|误用|个人原因|自身原因|买家原因|顾客原因|因买家|因您|因顾客))[^。]{0,16}(?:任何|一切|所有)?(?:问题|损坏|破损|损失)[^。]{0,4}(?:均|都|一律)?(?:与本店无关|与我们无关|与卖家无关|与商家无关|与本公司无关|本店(?:概不|不再|不予)负责|(?:概不|不再)负责)|(?:签收|验货|收货|(?<!本店|我们|仓库|商家|卖家|本公司|快递员|快递|配送员)收到(?:商品|货物|货品|包裹|货(?!款)))[^。]{0,40}(?:则|即|就)?(?:视为|视同|视作|默认为|默认)[^。]{0,20}(?:无任何问题|无问题|没有问题|无误|完好无损|完好|合格|无异议|无瑕疵|无缺陷|无损坏)|拒绝[^。]{0,40}(?:没有|未)(?:在)?(?:收货|签收|送货|取货)时(?:当场|当面)|(?:条件|符合以下)[^。]{0,20}(?:收货|收到货物|签收)时(?:当面|当场)|(?:once|when|after|upon|on) (?:[a-z]+ ){0,3}(?:sign(?:ed|ing)?(?: for)?|deliver(?:ed|y)|receipt|receiv(?:ed|ing))\b[^.;]{0,40}(?:deemed|considered|regarded as|treated as) (?:to have been |to be |as )?(?:accepted|received in (?:good|perfect) (?:condition|order)|in (?:good|perfect) (?:condition|order)|satisfactory|free (?:of|from) defects|conforming)|(?:视为|视同|视作|当作)(?:您|买家|顾客|消费者)?(?:已)?(?:验收|验货)(?:完成|合格|无误|通过)?|(?:签收|收货|收到|逾期|超时|超过|过期|未(?:反馈|联系|提出|申请))[^。]{0,40}(?<![不未])(?:视为|视同|视作|默认|当作)(?:您|买家|顾客|用户|客户|消费者)?(?:已)?(?:认可|接受|确认|同意)(?:了)?(?:该|本|此|所购)?(?:商品|货物|产品)?(?:的)?(?:质量|品质)(?!问题)|by (?:accepting|signing for|receiving) (?:the )?(?:delivery|package|parcel|goods|order|shipment),? you (?:confirm|acknowledge|agree|accept)|(?:逾期|超时|过期|超过时限|超出时限)(?:未|没有|不)?(?:反馈|联系|提出|确认|申请)?[^,;。]{0,4}(?:视为|默认|即视为|当作|视作)(?:您|买家|顾客)?(?:已)?(?:确认|认可|同意|验收)?(?:收货|商品|货物)?(?:无误|合格|完好|无质量问题|无问题|没有问题|无异议|正常)|(?:签收|收货|确认收货|签字)(?:了)?.{0,16}(?:即|就|则|便)?(?<![不未])(?:视为|表示|表明|默认|等于|代表|即为|认定|意味着)(?:您|买家|顾客|客户|消费者)?(?:已)?(?:确认|认可|同意|验收)?.{0,6}(?:无误|合格|完好|无质量问题|质量合格|符合|正常|无问题|没有问题|无异议|认可|满意|完整)|sign(?:ing|ed|ature)?(?: for| on)? (?:the )?(?:delivery|package|parcel|goods).{0,40}(?:confirms?|means|constitutes|deemed|acknowledges?).{0,30}(?:good|perfect|satisf|acceptable|no defects|conform)|(?:once|when|after|upon|by) (?:you )?(?:sign(?:ing|ed)?|accept(?:ing|ed)?|receiv(?:e|ing|ed)) (?:for )?(?:the |your )?(?:package|parcel|delivery|goods|order|shipment|items?)[^.;]{0,20}(?:you )?(?:accept|agree|confirm|acknowledge)[^.;]{0,30}(?:good|perfect|satisf|undamaged|intact|acceptable|no defects)|\b(?:upon|on|after) (?:receipt|delivery)\b[^.;]{0,20}\b(?:it )?(?:will|shall|is) be (?:considered|deemed|assumed|taken)\b[^.;]{0,40}\b(?:received|arrived|delivered) in (?:excellent|good|perfect|satisfactory|acceptable) (?:condition|order)\b|(?:送递|交付|送达|领取|签收)(?:完成)?[^。]{0,60}?(?:产品|商品|货品)(?:应)?(?:被)?视为(?:具)?(?:令人)?满意(?:的)?(?:品质|质量)|\b(?:goods|items?|products?|orders?)(?: (?:delivered|supplied|received))? (?:shall|will) be deemed (?:to (?:be|have been) )?(?:of |in |received in )?(?:satisfactory|acceptable|good|merchantable|perfect) (?:quality|condition|order)\b|(?:送达|交付|交货)(?:的|之)(?:商品|产品|货品)(?:应|将)?(?:被)?视为(?:质量|品质)?(?:合格|良好|完好)|\b(?:once|after) (?:you (?:have )?)?(?:signed? for|accepted|taken delivery of) (?:the )?(?:goods|delivery|parcel|package|order|items?|products?)\b[^.;]{0,30}\b(?:cannot|can't|will not|won't|do not|don't|no longer) (?:accept|entertain|process|consider)\b[^.;]{0,10}\b(?:any )?(?:claims?|complaints?)\b(?![^.;]*\b(?:unless|except)\b)/;
const DEEMED_CONFORMING_ALL = new RegExp(DEEMED_CONFORMING.source, 'g');
/**
 * Acceptance of the goods deemed done ("收货后3天内未联系客服的，视为已通过验收", "签收后视为您就所购商品已完成验收", "快递
 * 显示已妥投即视为您完成验收"). Not the shop's acceptance of a returned parcel ("仓库收到退回商品即视为已完成验收"), an
 * installation the consumer confirmed ("商品安装完毕并经您确认后"), or a check with defect claims kept beside it
 * ("…视为您就商品数量完成验收，质量问题仍可依法售后").
 */
const ACCEPTANCE_DEEMED =
  /(?:视为|视同|视作|当作|默认)(?:您|买家|顾客|消费者)?(?:就[^,;。]{0,10}?)?(?:已(?:经)?)?(?:完成|通过)(?:验收|验货)|\b(?:buyer|customer|purchaser|you) (?:shall|will|is|are) (?:be )?deemed to have accepted the (?:goods|items?|products?|order|delivery)\b|\b(?:it is|it will be) (?:assumed|deemed|presumed|taken) (?:that )?(?:the )?(?:buyer|customer|purchaser|you) (?:accepts?|ha(?:s|ve) accepted) the (?:goods|items?|products?|order|delivery)\b/;
/** The shop's receipt of a returned parcel: what the shop accepts, not the consumer. */
const RETURNED_PARCEL =
  /(?:仓库|我方|我们|本店|商家|卖家|我司|本公司)[^,;。]{0,6}(?:收到|签收)[^,;。]{0,8}(?:退回|退货|退件|寄回|退换)|(?:退回|退货)(?:的)?(?:商品|包裹|件)[^,;。]{0,12}(?:到达|寄回|收到|经)|(?:退回|退货)(?:的)?(?:商品|包裹|件)(?:(?!客户|买家|您|顾客|消费者|本人|亲自|请|需(?=买家|您|顾客|客户|本人|亲自)|核对|检查|验货)[^,;。]){0,12}(?:签收|收货)|退换货?(?:的)?(?:商品|包裹|件)(?:(?!客户|买家|您|顾客|消费者)[^,;。]){0,12}(?:到达|寄回|收到|经)|(?:退回|退货|退换货?)(?:的)?(?:商品|包裹|件)[^,;。]{0,6}(?:仓库|我们|本店|商家|卖家|我司|我方)[^,;。]{0,4}(?:签收|收货)|(?<=(?:退回|退货)[^。]{0,20})(?:仓库|我方|我们|本店|商家|卖家|我司|本公司)(?:收到|签收|收货)(?!(?:您|买家|顾客|客户)?(?:的)?(?:付款|订单|款项|货款|款(?=后)))|收到(?:您)?(?:的)?(?:退货|退件|退回|寄回)|(?:寄回|退回)(?:的)?(?:商品)?(?:后)?[^,;。]{0,6}(?:经|质检|检验|检测)/;
const RETURNED_PARCEL_ALL = new RegExp(RETURNED_PARCEL.source, 'g');
/** The consumer named as signing or receiving ("买家签收", "您收货"). */
const CONSUMER_NAMED_SIGNS = /(?:买家|顾客|您|消费者|客户)(?:确认)?(?:签收|收货|签字)/;
/** The consumer signing or receiving before the deeming ("买家签收即视为…", "签字即视为…"); "无需签收" is none. */
const CONSUMER_SIGNS = /(?<!无需|无须|不需|不用|免)(?:签收|签字|收货|验货)/;
/**
 * What is deemed accepted is the shop's own acceptance when the words up to the deeming are about a returned parcel
 * ("退货商品到达仓库后视为验收通过", "仓库签收退货后即表示商品完好"), its check passed, or an installation finished,
 * with no signing by the consumer before it ("安装调试完毕后视为验收合格", "质检通过视为完成验收"); not a factory check
 * ("商品出厂均经质检合格，签收即视为…"), a signature after installation or a check ("送货安装好后，签字即视为…",
 * "退换货商品经质检合格后，买家签收即视为…"), or a return named after the deeming.
 */
function shopAccepts(upToDeeming: string, sentence: string): boolean {
  // What comes after the last returned parcel named: the consumer signing there ("…，买家签收即视为…") is the consumer's.
  const parcels = matchesOf(RETURNED_PARCEL_ALL, upToDeeming);
  const last = parcels.at(-1);
  if (last) {
    const after = upToDeeming.slice((last.index ?? 0) + last[0].length);
    // New goods sent out after the return ("我们收到货后重新发货，签收即视为…") are signed for by the consumer.
    // Sent out, then signed for or received (one look for the first sending, then one for a receipt after it: a lazy
    // scan from every sending to the end was quadratic).
    const sent = /发货|发出|寄出|换新|新品|重新发/.exec(after);
    const received =
      sent !== null && /签收|收到|收货/.test(after.slice(sent.index + sent[0].length).split('。')[0] ?? '');
    return !CONSUMER_NAMED_SIGNS.test(after) && !received;
  }
  if (CONSUMER_NAMED_SIGNS.test(upToDeeming)) return false;
  const installed = /(?:安装|调试)(?:完毕|完成|好)/.test(upToDeeming);
  return (
    ((/质检(?:通过|合格)|检验(?:合格|无误)|检测合格/.test(upToDeeming) && !/出厂|发货前|发出前/.test(upToDeeming)) ||
      installed) &&
    !CONSUMER_SIGNS.test(upToDeeming.replace(/(?:检验|检测|质检)(?:合格|无误|通过)$/, '')) &&
    // The consumer's signature confirming an installation's acceptance ("…视为验收合格，请买家签字确认").
    !(
      installed &&
      /签字|(?:请|须|需)(?:买家|您|顾客|客户)?(?:确认)?签收|签收确认/.test(
        sentence.replace(/(?:无需|无须|不需|不用|免)(?:客户|买家|您|顾客)?(?:签收|签字)(?:确认)?/g, ''),
      )
    )
  );
}
/** The deemings of one sentence read (each reads the sentence up to it). */
const DEEMINGS_READ = 20;

/** Goods deemed conforming, unless the shop's own acceptance is what is deemed (`shopAccepts`); every deeming is read. */
function deemedConforming(text: string): boolean {
  // Most clauses deem nothing: one test of the whole text spares reading every match of every sentence.
  if (!DEEMED_CONFORMING.test(text)) return false;
  // Every deeming of a sentence up to the twentieth (no real sentence deems more; each reading reads the sentence up to it).
  return text.split('。').some((sentence) =>
    matchesOf(DEEMED_CONFORMING_ALL, sentence)
      .slice(0, DEEMINGS_READ)
      .some((match) => {
        // Said not to happen ("我们不会因您签收而视为…"): no deeming.
        if (
          /(?:不会|不再|并不|绝不|不)(?:仅|只|单)?(?:因|因为|由于)(?:您|买家|顾客|客户|消费者)?(?:已(?:经)?)?$/.test(
            sentence.slice(0, match.index),
          )
        )
          return false;
        // Each deeming in the match, read up to its own part: a return named after it ("…，退回商品经检验无误后退款") is no
        // acceptance deemed, and a second deeming ("…，买家签收换货后视为验收合格") is read on its own.
        const parts = match[0].split(/[,;，；]/);
        return parts.some(
          (part, index) =>
            (index === 0 || /视为|视同|视作|当作|默认|表示|即为|意味着/.test(part)) &&
            !shopAccepts(sentence.slice(0, match.index) + parts.slice(0, index + 1).join('，'), sentence),
        );
      }),
  );
}
function acceptanceDeemed(text: string): boolean {
  const match = ACCEPTANCE_DEEMED.exec(text);
  if (!match) return false;
  const sentence = text.slice(0, match.index).split(/[。]/).pop() ?? '';
  const after = text.slice(match.index + match[0].length).split(/[。]/)[0] ?? '';
  const part = sentence.split(/[,;，；]/).pop() ?? '';
  return (
    // The shop's acceptance of what comes back ("本店收到您退回的商品后", "退货包裹…质检通过", "收到退件后").
    !shopAccepts(`${sentence}${match[0]}`, `${sentence}${match[0]}${after}`) &&
    // A negation ("我们不会因您签收而默认您已完成验收").
    !/不(?:会|再|因)[^,;，；]{0,12}$/.test(part) &&
    !/仍可|仍然可以|不影响|依法享有|三包/.test(after) &&
    // "…it is assumed you accept the goods for this policy, but defects remain covered by law": the defect's remedy kept (a
    // clause of its own after ";" is read on its own).
    !/\b(?:defects?|faults?|faulty (?:goods|items)|statutory rights?|rights under (?:the )?law)\b[^.]{0,30}\b(?:remain|still|are not affected|unaffected|continue)\b/.test(
      after,
    )
  );
}
const AFTER_SIGNING_NO_CLAIM =
  /(?:签收后|签收之后|签收以后|收货后|收货之后)[^。]{0,30}(?<!(?:买家|顾客|您|消费者|客户)(?:也|亦|均|都)?)(?:不再|概不|不会再|不会|不)(?:对|为)[^,;。]{0,12}(?:问题|质量|破损|损坏|外观|缺件|少件)[^,;。]{0,4}负责|\bafter (?:signing|delivery|receipt|you sign)\b[^.;]{0,40}\b(?:no longer|not) (?:be )?(?:responsible|liable) for (?:the |any )?(?:above|these|such|any|all) (?:problems?|issues?|defects?|faults?)\b|\b(?:after|once) (?:signing|delivery|receipt|you sign|(?:the |your )?(?:parcel|package|goods|order|item)s? (?:is|are|has been|have been) (?:signed for|delivered|received))\b[^.;]{0,20}\b(?:we|the (?:store|shop|seller|company))(?: are| is| will| shall)? (?:no longer|not) (?:be )?(?:responsible|liable) for (?:the |any )?(?:quality (?:problems?|issues?)|defects?|faults?)\b(?! (?:caused|due|resulting|arising|from)\b)|(?:签收|(?<!本店|我们|仓库|商家|卖家|本公司)收货|(?<!本店|我们|仓库|商家|卖家|本公司|快递员|快递|配送员)收到(?:商品|货物|货品|包裹|货(?!款)))(?:后|之后|以后)[^。]{0,16}(?:由|需)?(?:(?<![为替帮])(?:买家|顾客|您|客户)(?:需|须)?(?:自行)?|请?自行)(?:与|和|向|联系)?(?:快递|物流|承运)[^。]{0,8}(?:协商|处理|索赔|交涉|理赔)|^(?![^。]*(?:退回|寄回|退货|返还|返修|寄还|自提|自行提货))[^。]*(?:运输|运送|配送|邮寄|寄送|快递|物流)(?:途中|过程中|期间)[^。]{0,12}(?:损坏|损毁|破损|遗失|丢失)[^。]{0,6}(?:由|需要?|须)?(?:买家|顾客|您|客户)(?:自行|自己)?(?:与|和|向)(?:快递|物流|承运)[^。]{0,8}(?:协商|处理|索赔|交涉)|(?:取货|签收|收货)时(?:立即|当场|即时|马上)(?:提出|反馈|告知|联系)[^。]{0,16}(?:否则|逾期|过后|事后)[^。]{0,8}(?:不予|不|概不|恕不|无法)|(?:只|仅)(?:可|能|限)?(?:在|于)?(?:取货|签收|收货)时(?:立即|当场|即时|马上)?(?:提出|反馈|告知)|(?:收货|签收)后发现[^。]{0,24}(?:取货|签收|收货)时(?:立即|当场|即时|马上)(?:提出|反馈|告知)|签收[^。]{0,40}(?:后续|之后|日后|事后)[^。]{0,16}(?:不能|不予|无法|恕不|恕我们不能)(?:受理|处理|负责)|一经签收[^。]{0,8}(?:将)?(?:不予|不|概不|恕不)(?:予以)?(?:办理)?(?:退|换)|(?:签收|收货|收到(?:商品|货物|货品|包裹)?)(?:的)?当(?:天|日|场|时)[^。]{0,16}(?:反馈|联系|提出|告知|申请)[^。]{0,12}(?:逾期|超时|过后|否则|次日(?:起|后)?|隔天|第二天)[^。]{0,8}(?:不予|不|概不|恕不|无法|视为)|(?:于|在)当(?:天|日)[^。]{0,16}(?:反馈|联系|提出|告知|申请)[^。]{0,12}(?:逾期|超时|过后|否则|次日|隔天|第二天)[^。]{0,8}(?:不予|不|概不|恕不|无法|视为)|当(?:面|场)(?:验货|验收|开箱|检查|拆箱)[^。]{0,8}(?:否则|如未|若未|未当面|不当面)[^。]{0,16}(?:不予|不|概不|恕不|后果自负|自行承担|自负|视为|无法)|(?:签收后|签收之后|签收以后|事后|过后|收货后|收货之后|收货以后|收到货后|(?:签收|收货|自提)或(?:签收|收货|自提)后)[^。]{0,30}(?:概不负责|(?:本店|我们|商家|卖家)?(?:不再|不)?(?:负责|承担)(?=[^。]{0,10}(?:破损|损坏|外观|缺件|少件|责任))|(?:本店|我们|商家|卖家)?(?:不负责|不承担)|不予(?:受理|处理|负责|理赔|补发|退换|退货|办理)|不再(?:受理|处理|负责)|恕不(?:受理|负责|处理)|不退|无法(?:受理|处理)|(?:不再|不予|恕不)接受(?=[^,;。]{0,12}(?:投诉|申诉|异议|索赔|理赔|(?<!修改|更改|变更|地址)问题)))|(?:签收|(?<!本店|我们|仓库|商家|卖家|本公司)收货|(?<!本店|我们|仓库|商家|卖家|本公司|快递员|快递|配送员)收到(?:商品|货物|货品|包裹|货(?!款)))(?:后|之后|以后)再?(?:发现|反馈).{0,10}(?:不予|概不|恕不|无法(?:再)?(?:为您|给您|帮您)?(?=受理|处理|退|换|负责|办理|售后))|(?:业务员|快递员|配送员|送货员|派送员|司机)(?:离开|走)后[^。]{0,80}(?:无法|不予|不能|恕不|概不)(?:为您)?(?:处理|受理|退|换)|once (?:signed|you sign).{0,40}(?:no claims|not (?:be )?(?:accepted|responsible))|(?:defects?|damages?|variances?|discrepanc(?:y|ies))[^.;]{0,80}must be (?:reported|brought to our attention|noted)[^.;]{0,40}at (?:the )?(?:point|time) of delivery|(?:快递员|配送员|送货员|快递人员|派送员|快递小哥)面前(?:拆开|打开|拆封|拆|开箱|验货|检查|验收)[^。]{0,90}否则(?![^。]{0,24}(?:可能|仍|照常|快递公司|物流公司|承运))[^。]{0,20}(?:无法|不予|不|概不|恕不)(?:受理|处理|理赔|负责|退|换)|(?:未|不|没有)(?:当面|当场)?(?:验货|验收|开箱检查)(?:就|而|直接)?(?:签收)?(?:的)?(?:所)?(?:造成|导致|产生)(?:的)?(?:损失|后果)(?:(?!无需|不需|无须|不用|不由|不必|不会)[^,;。]){0,8}(?:由)?(?:买家|顾客|您|客户|收件人|收货人)(?:自行|自己)?(?:承担|负责|自负)|(?:验收签字|签字验收|签字确认|签字)(?:之后|后|以后)[^。]{0,30}(?:概不负责|恕不负责|不予负责|(?<!(?:买家|顾客|您|客户|消费者|收件人|收货人)(?:均|都|一律|也|则|将)?)(?:不负责|不承担)(?![^。]{0,10}由(?:本店|我们|商家|卖家|本公司|我司)(?:承担|支付|负责)(?:(?:运费|邮费|费用|损失|责任)|(?=[,;。]|$))))/;

const CONSUMER_DAMAGE_CAUSED = new RegExp(`(?:${CONSUMER_DAMAGE.source})[^,;。]{0,8}(?:造成|导致|引起|损坏|损毁)`);

/** Defects to be reported in English on the day the goods arrive, with claims refused after it. */
const SAME_DAY_REPORT_EN =
  /\b(?:report(?:ed)?|notify|notified|contact(?:ed)?|tell|inform(?:ed)?|claims? (?:must|should) be (?:made|lodged|submitted)|(?:complete|do|carry out) (?:the |your )?inspection|inspect(?:ed)?)\b[^.;]{0,40}\b(?:within the same day|on the (?:same )?day of (?:delivery|receipt|arrival)|on the day (?:you receive|it arrives|they arrive|of receiving)|the same day (?:you receive|of delivery|as delivery|it arrives)|same[- ]day(?! (?:delivery|dispatch|shipping|service|courier)))\b[^.]{0,60}?(?:\b(?:cannot|can'?t|will not|won'?t|not be able to|no longer)\b[^.;]{0,12}\b(?:accept|honou?r|process|consider|entertain|handle)\b[^.;]{0,12}\b(?:claims?|reports?|it|them|complaints?)\b|\b(?:otherwise|or else)\b[^.]{0,40}\b(?:cannot|can'?t|will not|won'?t|not)\b[^.;]{0,20}\b(?:claims?|returns?(?! shipping| postage)|refunds?|damage|it|them|accept|responsible|liable)\b)/;
/** Problems to be reported on the day of signing, lost after it ("请于签收后当天反馈问题，逾期不予处理"). */
const SAME_DAY_REPORT =
  /(?:签收|收货|收到(?:商品|货物|货品|包裹|货(?!款))?)(?:后|之后)?(?:的)?(?:请|须|需)?(?:在|于)?当(?:天|日|时)(?![^,;。]{0,8}不(?:计|算|包|含))[^。]{0,16}(?:反馈|联系|提出|告知|申请|检查)[^。]{0,12}(?:逾期|超时|过后|否则|次日(?:起|后)?|隔天|第二天|过了当[天日])[^。]{0,8}(?:不予|概不|恕不|无法(?:再)?(?:为您)?(?:受理|处理|退|换|办理|负责)|不再|视为|不退|不换)|(?:发现|如有)[^,;。]{0,16}(?:破损|损坏|湿掉|受潮|瑕疵|问题)[^。]{0,8}(?:请|须|需)(?:尽量|尽快|务必)?(?:于|在)?当(?:天|日)(?:内)?[^,;。]{0,10}?(?:反馈|反映|联系|提出|告知)[^。]{0,40}(?:如非当(?:天|日)|逾期|超时|过后|否则|次日|隔天)[^。]{0,10}(?:恕不|恕|不予|无法|概不)(?:协助)?(?:受理|处理|负责|退|换|办理)/;

/** A defect to be raised on the day of signing, or by refusing the parcel ("质量问题请在收货当天反馈", "质量问题请签收时当场拒收"). */
const DEFECT_SAME_DAY =
  /(?:质量问题|质量原因|故障|瑕疵|(?:商品|货品|产品)?(?:破损|损坏|损毁))[^。]{0,10}(?<!无|不|无须|不必)(?:请|须|需|务必|必须)(?:在|于)?(?:收货|签收|收到(?:商品|货物|货品)?)(?:的)?(?:当天|当日|时当场)(?:内)?[,，]?(?:请)?(?:立即|及时|马上)?(?:反馈|联系|告知|提出|申请|拒收|拒签)/;

const INSPECTION_SUGGESTION = {
  zh: '请您签收时查验商品外观和数量；签收后发现商品存在质量问题、破损、缺件或错发的，可自收到商品之日起七日内申请退货，运费由本店承担，超过七日的可按法律规定申请更换或修理。',
  en: 'Please check the goods’ appearance and quantity when you sign for them. If you find defects, damage, missing parts or a wrong item after signing, you may ask for a return within seven days of receipt at our shipping cost, and for an exchange or repair after that as the law provides.',
};

/**
 * The words of the findings below that need no period read in the clause (a deeming, a cut-off at signing, a same-day
 * report): a clause with no period and none of them returns at once.
 */
const INSPECTION_WORDS = gateOf(
  DEEMED_CONFORMING,
  ACCEPTANCE_DEEMED,
  AFTER_SIGNING_NO_CLAIM,
  SAME_DAY_REPORT,
  DEFECT_SAME_DAY,
  SAME_DAY_REPORT_EN,
);
const SAME_DAY_WORDS_EN = gateOf(SAME_DAY_REPORT_EN);

export const inspectionNoticeTooShort: ClauseRule = {
  id: 'cn.policy.inspection-notice-too-short',
  issue: 'inspection_notice_too_short',
  citations: cites(['CRPL', 24, 1], ['CIVIL-CODE', 622, 1], ['SPC-ONLINE-1', 1, 1, 1]),
  judge(reading) {
    const text = reading.text;
    if (
      reading.durations.length === 0 &&
      !INSPECTION_WORDS.test(text) &&
      // The English same-day report is read with the rest of the line.
      !SAME_DAY_WORDS_EN.test(reading.line)
    )
      return undefined;
    // Damage the consumer caused after signing ("签收后因买家使用不当造成的损坏本店概不负责") is no defect the law
    // leaves with the shop.
    if (
      CONSUMER_DAMAGE_CAUSED.test(text) &&
      reading.durations.every((duration) => refundDays(duration) >= 7) &&
      !/视为|视同|默认|一切问题|任何问题|所有问题|(?:其他|其它)问题|当天|当日|当场|反馈|告知|提出/.test(text) &&
      // A cut-off of defect claims beside it ("如有质量问题请联系客服，逾期不予处理") still cuts; one of a no-reason window or
      // of the consumer's own damage does not.
      !text.split(/[,;，；。]/).some((part, index, parts) => {
        const said = `${parts[index - 1] ?? ''}${part}`;
        return (
          /逾期|超时|否则|不予(?:处理|受理)|不再受理/.test(part) &&
          !CONSUMER_DAMAGE.test(part) &&
          /质量|问题|故障|破损|反馈|联系|(?<!寄回|送回|返回|退回)检查|验货|验收/.test(said) &&
          !/无理由/.test(said)
        );
      })
    )
      return undefined;
    const message = (zh: string, en: string): RuleFinding => ({
      verdict: 'void',
      message: { zh, en },
      suggestion: INSPECTION_SUGGESTION,
    });
    const deemed = deemedConforming(text) || acceptanceDeemed(text);
    // A shorter notice only recommended ("建议于收到商品后3日内告知…以便优先处理"), or said to keep the statutory rights
    // ("不影响依法享有的7日解除权"), cuts no period.
    if (
      (/不影响(?:您)?(?:依法)?(?:享有|行使)[^。]{0,8}(?:解除权|退货|七日|7日|七天|7天|权利)/.test(text) ||
        /建议(?:您)?(?:于|在)?[^,;。]{0,10}(?:\d+|[一二三四五六七八九十两])\s*(?:日|天|小时)/.test(text)) &&
      !/否则|逾期|过期|超时|超过|过时|不候|不予|无法|不能|不再|恕不|概不|须|务必|必须/.test(text) &&
      !deemed
    )
      return undefined;
    if (deemed)
      return message(
        '“签收即视为商品合格/无误”的格式条款无效：签收只是交付，消费者仍可在法定期限内就质量问题退货、更换或修理。',
        'A standard term that signing for the goods means they conform is void: signing is delivery, and the consumer keeps the statutory time to claim for defects.',
      );
    // The consumer's own act after signing ("收到商品后，食品密封包装被拆封损坏的不予退货", "…吊牌已剪的不予退货") is the
    // intactness test, not a defect found after signing.
    const afterSigning = AFTER_SIGNING_NO_CLAIM.exec(text)?.[0];
    if (
      (afterSigning !== undefined &&
        !(
          /拆封|剪|撕|洗涤|水洗|人为|使用过|穿着|试穿|激活/.test(afterSigning) &&
          !/发现|质量|问题|瑕疵|故障|面前|当面|当场|检查|验货/.test(afterSigning)
        ) &&
        (DAMAGE_REPORT.test(text) ||
          // A shortfall disowned in the same words ("验收签字之后发生的重量不足，本店不承担责任").
          /重量不足|短斤少两|数量不足|短少/.test(afterSigning) ||
          // Defects disowned from signing in the same words ("签收后，本店不再为质量问题负责"): not the consumer's own damage
          // nor what is no defect ("签收后不再为非质量问题负责").
          ((/(?<!买家|顾客|您|消费者|客户)(?:不再|概不|不会再|不会|不)(?:对|为)[^,;。]{0,12}(?:质量|瑕疵|故障)/.test(
            afterSigning,
          ) ||
            /\b(?:we|the (?:store|shop|seller|company))(?: are| is| will| shall)? (?:no longer|not) (?:be )?(?:responsible|liable) for (?:the |any )?(?:quality|defects?|faults?)\b(?! (?:caused|due|resulting|arising|from)\b)/.test(
              afterSigning,
            )) &&
            // Not the buyer as who is no longer answerable ("买家也不再为…"), nor a negation undone ("不会因为您已签收而不为…").
            !/(?:买家|顾客|您|消费者|客户)(?:也|亦|均|都)(?:不再|概不|不)|(?:不会|不因|并非|并不)[^,;。]{0,12}(?:而|就)(?:不再|不)/.test(
              afterSigning,
            ) &&
            !NOT_QUALITY.test(afterSigning) &&
            !CONSUMER_DAMAGE.test(afterSigning)) ||
          /后发现|(?:上述|以上)(?:现象|问题|情况)|发现的问题|可发现|检查|品质|验货|投诉|\b(?:above|these|such) (?:problems|issues|defects)\b/.test(
            text,
          ) ||
          // "签收后24小时内反馈问题，逾期不予处理"; not a disclaimer of non-quality costs or of the consumer's own damage.
          (/反馈(?:商品)?问题/.test(text) &&
            !NOT_QUALITY.test(text) &&
            !CONSUMER_DAMAGE.test(text) &&
            !/运费|邮费|不影响|延误|订单号/.test(text)))) ||
      (SAME_DAY_REPORT.test(text) && !/不影响|也可|仍可|照常|依然/.test(text)) ||
      // "质量问题请在收货当天反馈", "质量问题请签收时当场拒收": a defect to be raised the day it arrives, or only by refusing it.
      (DEFECT_SAME_DAY.test(text) &&
        !/建议|尽量|以便|优先|不影响|也可|仍可|照常|依然/.test(text) &&
        // "…当天或七天内反馈均可", "…当天反馈，或七日内联系客服均可": the same day one way among others; not a 均可 said of
        // another right before it, nor of the channel ("…当天反馈，微信或电话联系均可").
        !/(?<!(?:微信|电话|在线|旺旺|短信|邮件|留言|qq)(?:联系|沟通|反馈)?)(?:均可|即可|都可)/.test(
          text.slice(text.search(DEFECT_SAME_DAY)).split(/[;。]/)[0] ?? '',
        )) ||
      // "Damage must be reported on the day of delivery, otherwise we cannot accept claims", "…; we cannot accept claims
      // after that": defects to be reported the day the goods arrive, lost after it.
      (SAME_DAY_REPORT_EN.test(`${text} ${reading.line}`) &&
        !/\b(?:still|also|even after|regardless)\b/.test(reading.line) &&
        !/\b(?:if possible|where possible|ideally)\b/.test(text))
    )
      return message(
        '签收后发现质量问题或破损的，消费者仍可依法要求退货、更换或修理；以签收为界拒绝处理的条款无效。',
        'Defects or damage found after signing remain the shop’s responsibility; refusing claims made after signing is void.',
      );
    for (const duration of reading.durations) {
      if (periodKind(text, duration, reading.lead.length, reading.items) !== 'quality') continue;
      const days = duration.unit === 'workday' ? duration.min : duration.days;
      // "Please contact us within 7 days of shipment if your item arrives damaged": seven days or fewer from dispatch,
      // purchase or the order end before the seven from receipt, however long the goods travel (not "自售出之日起7日内", the
      // 三包 rules' own words).
      if (
        days <= 7 &&
        // The condition after the start is no part of it ("…of shipment if your item arrives damaged").
        EARLY_AFTER.test(text.slice(duration.end, duration.end + 48).replace(/\b(?:if|when|should)\b.*$/s, '')) &&
        !RECEIPT_STATED.test(text) &&
        !LATER_OF_TWO.test(text)
      )
        return message(
          '报告质量问题或破损的期限从发货、付款或下单之日起算，不满法定的自收到商品之日起七日，该内容无效。',
          'The time to report defects or damage is counted from dispatch, payment or the order, so it ends before the statutory seven days from receipt; that part is void.',
        );
      if (duration.unit === 'hour' || days < 7)
        return message(
          `报告质量问题或破损的期限短于法定的七日（消费者有权自收到商品之日起七日内退货），约定的检验期限过短，该内容无效。`,
          'The time to report defects or damage is shorter than the statutory seven days from receipt; such a short inspection period is void.',
        );
      // "本店所售家电的质量问题仅在签收后3个月内受理，过期不予处理": the 三包 goods' warranty runs a year from the invoice; a
      // shorter time to raise their defects, cut off after it, narrows it (CIVIL-CODE 622 ¶2: the law's period prevails).
      if (
        THREE_GUARANTEE_GOODS.test(text) &&
        !/保修|质保|维修|修理|warranty|repair/.test(text) &&
        // Months of a year: fewer than twelve; days: beyond the 15 of the 三包 exchange, within the year.
        (duration.unit === 'month' ? duration.value < 12 : refundDays(duration) > 15 && refundDays(duration) < 365) &&
        CUT_OFF_AFTER.test(text.slice(duration.end))
      )
        return THREE_GUARANTEE_CUT_FINDING;
    }
    return undefined;
  },
};

const THREE_GUARANTEE_CUT_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '家用电器、手机、电脑等三包商品在三包有效期内出现质量问题，消费者可依法要求修理、更换或退货；约定的期限短于法律、行政法规规定期限的，以法定期限为准，过期不予处理的内容无效。',
    en: 'Appliances, phones, computers and the other 三包 goods may be repaired, replaced or refunded for defects throughout their 三包 period; an agreed period shorter than the law’s gives way to it, and refusing claims after the shorter one is void.',
  },
  suggestion: {
    zh: '商品出现质量问题的，请及时联系我们；三包商品在国家规定的三包有效期内，我们依法为您办理修理、更换或退货。',
    en: 'If the goods are defective, please contact us; for 三包 goods we repair, replace or refund them as the law provides throughout the statutory 三包 period.',
  },
  citations: cites(['CIVIL-CODE', 622, 2], ['THREE-GUARANTEES', 11], ['CRPL', 24, 1], ['CRPL', 26, 3]),
};
/** Goods of the 三包 rules named (appliances, phones, computers), whose whole-unit warranty runs a year. */
const THREE_GUARANTEE_GOODS =
  /(?:家电(?!话)|家用电器|电器|电视|冰箱|洗衣机|空调|热水器|手机|电脑|微波炉|电饭煲|吸尘器|油烟机)(?![壳膜套贴柜被包架座链绳垫罩扇卡号])/;
/** A refusal after the period ("过期不予处理", "逾期不受理", "超过…概不负责"). */
const CUT_OFF_AFTER =
  /^[^。]{0,12}(?:过期|逾期|超过|超出|之后|以后|后)[^,;。]{0,8}(?:不予|不再|概不|恕不|不|无法)(?:处理|受理|负责|退|换|售后|办理)/;

function refundDays(duration: Duration): number {
  if (duration.unit === 'hour') return duration.value / 24;
  if (duration.unit === 'workday') return duration.value <= 5 ? duration.value : duration.value + 2;
  if (duration.unit === 'week') return duration.value * 7;
  if (duration.unit === 'month') return duration.value * 30;
  if (duration.unit === 'year') return duration.value * 365;
  return duration.value;
}

/** A period that is the bank's own processing time ("银行间的作业处理约需7~14天", "银行处理时间约需3-5天"). */
function bankTime(text: string, start: number): boolean {
  return (
    /银行(?:间|之间)?(?:的)?(?:作业|处理|审核|流程|入账|入帐|到账|到帐)(?:处理)?(?:时间)?(?:约|大约|一般|通常)?(?:需要?|为)?\s*$/.test(
      text.slice(Math.max(0, start - 20), start),
    ) ||
    // "(实际退款情形会因各银行系统而有差异,一般会在7~14天左右)": the time said to vary with the bank is the bank's.
    /(?:因|视|依)(?:各|各家|不同)?(?:银行|发卡行|信用卡公司)[^,;。]{0,8}(?:而)?(?:有)?(?:差异|不同|而异)[,]?(?:一般|通常|约|大约)?(?:会)?(?:在|需)?\s*$/.test(
      text.slice(Math.max(0, start - 30), start),
    ) ||
    // "…depending on your credit card company, it may take up to ten (10) business days after your credit is applied for it
    // to post to your account": the card issuer's time after the shop has refunded.
    (/\bdepending on (?:your |the )?(?:bank|card issuer|credit card (?:company|issuer|provider)|card company|payment provider)\b/.test(
      text,
    ) &&
      /^[^.;]{0,40}\bafter (?:your |the )?(?:credit|refund) (?:is|has been) (?:applied|issued|processed)\b/.test(
        text.slice(start),
      ))
  );
}

const REFUND_LATE_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '经营者应当自收到退回商品之日起七日内返还消费者已支付的价款；约定更长的退款期限（如“7个工作日”“15天内”）无效。',
    en: 'The shop must refund the price within seven days of receiving the returned goods; a longer refund period ("7 working days", "within 15 days") is void.',
  },
  suggestion: {
    zh: '本店收到您退回的商品之日起7日内，将已支付的价款按原支付方式退还给您。',
    en: 'We refund the price you paid, by your original payment method, within 7 days of receiving the returned goods.',
  },
};

/**
 * The refund put off to an event later than the shop's receipt of the goods: the end of the after-sales or return
 * period, or a monthly settlement ("退款将在售后期结束后统一办理", "refunds are issued after the return period ends").
 */
const DEFERRED_REFUND =
  /(?:退款|退还(?:货款|款项|价款)|返还(?:货款|价款|款项)|打款|(?:退货|退款)(?:的)?(?:款项|货款))[^,;。]{0,12}?(?:售后期|售后服务期|退货期|退换货?期|保修期|质保期|三包期)(?:限)?(?:结束|届满|期满|满|过)(?:之)?后|(?:售后期|售后服务期|退货期|退换货?期)(?:限)?(?:结束|届满|期满)(?:之)?后[^,;。]{0,8}(?:统一|才|方可|再)?(?:办理)?(?:退款|返还货款|打款)|(?:每月|月底|月末)[^,;。]{0,6}统一(?:退款|打款|返还货款)|(?:退款|打款|返还货款)[^;。]{0,16}(?:每月|月底|月末)[^,;。]{0,4}(?:统一|集中|批量|汇总)(?:办理|处理|发放|结算|退还|返还|退款)(?!发票|积分|优惠券|红包|的(?:仅|只)(?:为|是|有))|\b(?:refunds?|payments? for returns?|payments? of (?:the )?refunds?)\b[^.;]{0,40}\b(?:after|once|when|(?:held|withheld|kept|paid|issued|made|processed|released) until) the (?:\d+[- ]day )?(?:return|after-sales|warranty) (?:period|window) (?:ends|has ended|closes|has closed|expires|has expired|is over)|\brefunds?\b[^.;]{0,20}\b(?:are|will be|is|get) (?:issued|processed|paid|made|sent|credited) (?:only )?at the end of the (?:month|return period|warranty period)/;

/** The part of the clause that puts the refund off, if any. */
function deferredPart(text: string): string | undefined {
  const match = DEFERRED_REFUND.exec(text);
  if (!match) return undefined;
  const start = partBegins(text, match.index);
  const end = text.slice(match.index + match[0].length).search(/[,;。]|$/);
  return text.slice(start, match.index + match[0].length + end);
}

/** Who may pay the shop for returned goods: their maker, seller or carrier. */
const PAYERS =
  '(?:manufacturer|supplier|maker|vendor|brand|carrier|courier|insurer|shipping company|delivery company|logistics company)';
/**
 * A refund put off until the returned goods are sold again or restocked, or until a maker, supplier or carrier pays the shop
 * ("We refund after the returned item has been resold", "…until the item is back with us and the manufacturer has paid us",
 * "退回商品售出后再退款", "厂家退款后再退款给您"): no refund within 7 days of the goods' arrival (NRR-MEASURES 13), whatever the days.
 */
const REFUND_AWAITS_RESALE = new RegExp(
  String.raw`\b(?:refunds?|refunded|refunding|reimburs\w*)\b(?:(?!\b(?:within|in) \d)[^.;]){0,60}?(?:(?<!\b(?:not|never|no need to wait|without waiting) )\b(?:after|once|when)|(?<!\b(?:no need to wait|without waiting|(?:do not|don'?t|need not|never) (?:need to )?wait|(?:never|not|is not|isn'?t|are not|aren'?t) (?:be )?(?:delayed|held|held back|postponed|deferred|put off)) )\buntil)\b(?:(?!\b(?:cannot be|can'?t be|could not be|not be|even if|whether (?:or not )?(?:(?:it|they|the (?:returned )?(?:items?|goods|products?)) )?(?:is|are|was|were|has been|have been|gets?) (?:re-?)?sold|regardless of (?:whether|resale)|no need to wait|without waiting|not (?:when|after|until|once|if|on|upon|because))\b)[^.;]){0,60}?\b(?:resold|re-sold|sold (?:again|on|to another customer)|restocked|re-stocked|(?:the |our |its )?${PAYERS}s? (?:has |have )?(?:paid|refunded|reimbursed|credited|settled)(?! (?:you|the customer)\b)|we (?:have been|are|get|got|were) (?:paid|reimbursed|refunded|credited) (?:by|from) (?:the |our |its )?${PAYERS}s?|we (?:have been|are|get|got) (?:reimbursed|refunded|credited)(?! (?:from|into|to|via))\b)\b|(?:(?:(?:退回|退货|寄回)(?:的)?(?:商品|货品)?[^,;。]{0,6}?(?:售出|卖出)|(?<!(?:可|能|可以|能够|不影响|符合|满足|达到|具备|适合)(?:进行|正常)?)(?:二次|再次|重新)(?:上架)?(?:并)?(?:售出|卖出|出售|销售)|(?:厂家|厂商|供应商|品牌方?)(?:确认)?(?:退款|赔付|返款|结算))后(?:再|才|方可|方)?|待(?:商品|货品)?(?:售出|卖出)后(?:再|才)?|(?:商品|货品)(?:售出|卖出)后(?:再|才))(?:即|就|便)?(?:能|可|会|可以|能够)?(?:为您|给您|向您)?(?:办理)?(?:退款|退还(?:货款|款项))`,
);
/**
 * What a negated wait may name before the resale it waits for: who puts the goods back on sale first ("我们将…", "仓库把…"),
 * whose goods and whether they must be sent ("您需要退回的…"), then, in any order, the returned goods and their count, by whom
 * and to whom they were sent, where they are put back on sale and the steps of doing so ("您退回的两件商品", "退还给我们的衣物", "全部商品", "商品在其他平台", "商品重新上架、拍照并",
 * "商品入库再", "再被", "成功"), and nothing else. Any other words are another wait or act ("无需等待审核直接寄回…",
 * "无需等待签收我们会在商品…", "不用等到月底…", "无需等待很久但…"), and a subject after the goods states the deferral anew
 * ("无需等待退货商品入库我们在二次销售后再退款"), and so does a demand after them ("不用等商品入库需要二次销售后…",
 * "…所有商品都要二次销售后…").
 */
const AWAITED_GOODS_WORD = [
  '您|你|买家|顾客|客户|所|的|这些|那些|这|那|该|此|其|它|全部|所有|被|再次|再|成功|完成',
  '退回|退还|寄回|退货|所退|返回|回来|给(?:我们|本店|商家|我司)|到(?:店|仓库|仓)',
  // A count is read whole (\d+(?!\d)): a run of digits split among the repeats would be tried in every split.
  String.raw`(?:\d+(?!\d)|[一两二三四五六七八九十]+(?![一两二三四五六七八九十]))(?:件|个|款|批|双)?|(?<![\d一两二三四五六七八九十])(?:件|个|款|批|双)`,
  '商品|货品|货物|货|产品|宝贝|物品|衣物|衣服|鞋子|鞋|饰品|东西|包裹|赠品|配件|包装盒|包装',
  // The shop's own inspection named together with the resale ("无需等待审核和二次销售后…"), not before it alone.
  '(?:审核|质检|检验|检测|验收|确认)(?=和|及|以及|、|并)|被(?:我们|本店|商家)',
  '在(?:我们的|本店的|我们|本店|其他|其它|别的|二手)?(?:店铺|店内|店里|本店|网店|平台|线上|线下|闲鱼|直播间|商城|门店|渠道)',
  '重新上架|上架|拍照|重新包装|入库|并|和|及|以及|、|然后|后',
].join('|');
const AWAITED_GOODS = `(?:(?:我们|我司|本店|商家|仓库)(?:将|把|会))?(?:您|你|买家|顾客|客户)?(?:需要|要)?(?:${AWAITED_GOODS_WORD}){0,12}`;
/**
 * A negation of the wait, read in the deferral's own part (in reading form: commas and semicolons are ASCII): of waiting for
 * the resale itself, over the goods only (`AWAITED_GOODS`), and not itself negated ("不是不用等…", "并不是说无需等待…",
 * "不代表无需等待…", "不等于无需等待…"); a negation just before the deferral that is no wait ("不必…"; a wait goes through the
 * first reading: "无需等审批二次销售后…" stands); not one of the goods ("没有质量问题的商品售出后再退款").
 */
const NEGATED_WAIT = new RegExp(
  `(?<!(?:不是|并非|并不是|不代表|不意味着|不等于)(?:说|您|你)?)(?:无需|无须|不需要?|不必|不用|并非|并不|没有必要|不是)(?:再)?(?:等待|等到|等候|等着|等)${AWAITED_GOODS}$|(?:无需|无须|不需要?|不必|不用|并非|并不)(?!要?(?:再)?等)[^,;。]{0,3}$|不影响(?:商品|货品)?(?:的)?$`,
);

/**
 * `REFUND_AWAITS_RESALE` said as the shop's own condition: not negated just before it ("无需等商品再次销售后再退款", "不影响二次
 * 销售"), and not a question answered no ("…再退款吗？答：不需要").
 */
function refundAwaitsResale(text: string): boolean {
  const match = REFUND_AWAITS_RESALE.exec(text);
  if (!match) return false;
  // The deferral's own part (the 30 characters before it, from its last comma or stop), unless a wait for it is negated.
  const preceding = text.slice(Math.max(0, match.index - 30), match.index);
  const before = preceding.split(/[,;。]/).pop() ?? '';
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 30);
  if (NEGATED_WAIT.test(before)) return false;
  // Asked ("…再退款吗？"), the deferral is no statement, unless the question presumes it ("为什么要等…", "Why do refunds…") or
  // its answer says yes ("答：要的，…").
  if (!/^[^,;。]{0,6}(?:吗|[?？])/.test(after)) return true;
  return (
    /为什么|为何|\bwhy\b/.test(preceding) ||
    /^[^,;。]{0,6}(?:吗|[?？])[^。]{0,6}?(?:答[:：]?)?\s*(?:要的|是的|需要的|对的?|yes\b)/.test(after)
  );
}

/** Refunds made once a month ("每月月底统一处理退款", "退款每月15号统一发放"). */
const MONTHLY_REFUND =
  /(?:每月|每个月|月底|月末)(?:的)?(?:\d{1,2}(?:号|日))?(?:月底|月末)?(?:统一|集中|批量)(?:处理|办理|安排|发放|进行)?(?:退款|退还货款)|(?:退款)(?:将|会|均)?(?:于|在)?(?:每月|每个月)(?:的)?(?:\d{1,2}(?:号|日)|月底|月末|月初)?(?:统一|集中|批量)(?:处理|办理|发放|打款)/;
const REFUND_AWAITS_RESALE_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '经营者应当自收到退回商品之日起七日内返还消费者已支付的价款；以商品再次售出、重新入库或厂家、供应商付款为退款条件，推迟了法定的退款期限，该内容无效。',
    en: 'The shop must refund the price within seven days of receiving the returned goods; making the refund wait until the goods are resold or restocked, or until a maker or supplier pays, puts it off beyond that, and that part is void.',
  },
  suggestion: REFUND_LATE_FINDING.suggestion,
};

/** The words of the findings below that need no period (resale awaited, a monthly batch, a refund put off). */
const REFUND_LATE_WORDS = gateOf(REFUND_AWAITS_RESALE, MONTHLY_REFUND, DEFERRED_REFUND);

export const refundLaterThanLaw: ClauseRule = {
  id: 'cn.policy.refund-later-than-law',
  issue: 'refund_later_than_law',
  citations: cites(['CRPL', 25, 3], ['NRR-MEASURES', 13]),
  judge(reading) {
    const text = reading.text;
    if (reading.durations.length === 0 && !REFUND_LATE_WORDS.test(text)) return undefined;
    // "实际入账时间依发卡银行作业约7-14个工作天": the bank's posting time after the shop has refunded; a period for the
    // shop's own transfer ("确认无误后7个工作日内会把相关款项转入用户的账户，具体以银行实际到账时间为准") stays the shop's.
    const bankNote =
      /(?:入账|入帐|到账|到帐)时间(?:以|依|视|取决于)[^。]{0,8}银行|以发卡行[^。]{0,8}为准|(?:入账|入帐|到账|到帐)时间(?:根据|因|视|依|随)[^。]{0,6}(?:支付方式|支付渠道|付款方式|银行)(?:的)?(?:不同|而异|而定)|依(?:发卡)?银行(?:的)?(?:作业|处理)|视(?:发卡)?银行(?:端|方)(?:的)?(?:作业|处理)|视(?:发卡)?银行(?:的)?作业|以(?:各)?(?:发卡)?银行(?:的)?(?:实际)?(?:处理|到账|入账|到帐|入帐)?(?:时间)?为准|depending on your bank|card issuer'?s? processing|bank processing time|(?:show up|appear|post) on your (?:credit card |card |bank )?statement/.test(
        text,
      );
    // Price protection ("30天内降价可申请价保返还差价") refunds a price drop, not returned goods.
    if (
      /价保|保价|价格保护|price (?:protection|adjustment|match)/.test(text) &&
      !/退货|退回|寄回|return(?:ed)? (?:goods|items?)/.test(text)
    )
      return undefined;
    // A deposit refunded before anything is delivered is no refund of returned goods.
    if (/订金|定金|尾款|deposit/.test(text) && !/退货|寄回|退回商品|return(?:ed)? (?:goods|items?)/.test(text))
      return undefined;
    if (refundAwaitsResale(text)) return REFUND_AWAITS_RESALE_FINDING;
    // "每月月底统一处理退款": refunds held for a monthly batch, up to a month after the goods come back.
    if (MONTHLY_REFUND.test(text)) return REFUND_LATE_FINDING;
    let refundSeen = false;
    for (const duration of reading.durations) {
      if (periodKind(text, duration, reading.lead.length, reading.items) !== 'refund') continue;
      const first = !refundSeen;
      // "银行卡付款的15个工作日内退款": a period that is itself the refund is the shop's, beside a bank note too.
      const refundsItself = /^\s*(?:内|以内|之内)?(?:退款|办理退款|完成退款|发起退款|退还货款)/.test(
        text.slice(duration.end, duration.end + 12),
      );
      refundSeen = true;
      // After the shop's own refund period, a later one beside a bank note is the bank's, unless the shop itself pays
      // it ("财务将在10个工作日内打款到您的账户").
      const shopPays =
        /(?:财务|我们|我司|本公司|本店|商家|卖家|仓库|\bwe\b)(?:部门)?(?:将|会|将会|will)?\s*(?:在|于|within)?\s*$/.test(
          text.slice(Math.max(0, duration.start - 16), duration.start),
        ) &&
        /^\s*(?:内|以内|之内)?[^,;。]{0,6}(?:转入|汇入|打款|退回|退还|返还)/.test(
          text.slice(duration.end, duration.end + 20),
        );
      // Beside a bank note, a period is the shop's only where it is itself the refund, or the shop's transfer named
      // after it (and, after the first refund period, the shop named as the one who pays).
      if (bankNote && !refundsItself) {
        const transfer =
          /^\s*(?:内|以内|之内)?[^,;。]{0,6}(?:会|将)?(?:把|将)?[^,;。]{0,8}(?:转入|退回|退还|返还|打款|汇入|办理退款|发起退款)/.test(
            text.slice(duration.end, duration.end + 24),
          );
        if (!transfer || (!first && !shopPays)) continue;
      }
      // "银行间的作业处理约需7~14天", "银行处理约需7-14个工作日到账": the bank's own time after the shop has refunded.
      if (bankTime(text, duration.start)) continue;
      // "After 30 days and up to 90 days we will issue a store credit": a band of the return window, not the refund's time.
      if (
        /\bafter \d+ (?:calendar |business )?days?,? (?:and )?(?:up to|until|through|to)\s*$/.test(
          text.slice(Math.max(0, duration.start - 40), duration.start),
        )
      )
        continue;
      // "…it may be returned for full credit within 30 days", "You may return eligible frames within 14 days of pick-up for a
      // refund": the time to return the goods, the credit or refund what the return gets.
      if (
        /\breturned (?:to us )?for (?:an? )?(?:full |store |complete )?(?:credit|refund|exchange|replacement)s?\s+(?:within|in)\s*$|\b(?:you|customers?|buyers?) (?:may|can|are welcome to|are able to) return\b[^.;]{0,50}\bwithin\s*$/.test(
          text.slice(Math.max(0, duration.start - 60), duration.start),
        )
      )
        continue;
      // "超过7个工作日仍未到账，请联系客服查询": how to chase a refund, not its time.
      if (
        /(?:超过|超出|逾|过了)\s*$/.test(text.slice(Math.max(0, duration.start - 4), duration.start)) &&
        /^\s*(?:后)?(?:仍|还|尚|依然|仍然)?(?:未|没有|没)(?:到账|到帐|收到|入账|入帐|退回|退款)/.test(
          text.slice(duration.end, duration.end + 10),
        )
      )
        continue;
      // "Returns from 8 to 30 days: we refund 80%", "Returns made 14-30 days after delivery…", "From 15 to 30 days after
      // delivery, …", "If you return between 31 and 60 days, …": when the return is made, not when the refund is paid (not
      // "We inspect returns within 14 days", the shop's own step before the refund, nor "Refund time: from 3 to 15 days").
      if (
        /(?:^|[.;:,!?]\s*)(?:returns?(?: (?:made|received|sent|requested|initiated|submitted|placed))? (?:(?:from|between|within) )?|(?<!\b(?:refunds?|reimbursements?|refund (?:processing|time|timing))\s*[:,]?\s*)(?:from|between) )(?:day )?(?:\d+\s*(?:and|to|-|–)\s*(?:day )?)?$|\bif you return(?: (?:it|them|the items?|your (?:items?|order|purchase)))? (?:(?:from|between|within|after) )?(?:day )?(?:\d+\s*(?:and|to|-|–)\s*(?:day )?)?$/.test(
          // Not the heading over it ("Returns" + "Within 14 days after we receive…, we will issue a refund").
          text.slice(Math.max(reading.lead.length, duration.start - 40), duration.start),
        )
      )
        continue;
      // "如有退款异常请顾客在7个工作日内查询反馈": the consumer's step, not the refund.
      if (
        /请(?:您|顾客|买家|客户|用户)?(?:在|于)\s*$/.test(text.slice(Math.max(0, duration.start - 8), duration.start))
      )
        continue;
      const atLeast = /(?:at least|minimum of|no less than|至少|最少|不少于)\s*$/.test(
        text.slice(Math.max(0, duration.start - 14), duration.start),
      );
      // "7日之内处理完成，国家法定节假日不计算在内": seven days without the holidays run past the law's seven.
      const holidaysLeftOut =
        /节假日(?:不计算在内|不计入|不算在内|除外)|(?:不含|不包括|除去)(?:法定)?节假日|excluding (?:public |bank )?holidays/.test(
          text.slice(duration.end, duration.end + 40),
        );
      // "…收到退貨商品並檢查完成後,5個工作天之後退還": a refund only after days counted from an inspection of no set length sets
      // no time within the law's seven.
      const onlyAfter =
        /^\s*(?:之后|以后)\s*(?:将|会|再)?(?:退还|退款|退回|返还)/.test(text.slice(duration.end, duration.end + 14)) &&
        /(?:检查|检测|验收|审核|确认)(?:完成|完毕|无误|合格)?(?:之)?后,?[^,;。]{0,4}$/.test(
          text.slice(Math.max(0, duration.start - 16), duration.start),
        ) &&
        refundDays(duration) >= 5;
      if (refundDays(duration) <= 7 && !(atLeast && refundDays(duration) >= 7) && !holidaysLeftOut && !onlyAfter)
        continue;
      // "No store credit is issued after 15 days", "after 30 days, exchanges or store credit only": a cut-off for
      // asking, or what follows it, not a delay of the refund.
      if (
        /(?:after|beyond|(?<!\b(?:no|not) )more than|past|(?<!不|不得|不会|不能|不应|不可)超过|(?<!不|不得|不会|不能)超出|逾期)\s*$/.test(
          text.slice(Math.max(0, duration.start - 16), duration.start),
        ) &&
        /\bno\b|\bnot\b|不|无|exchanges?\b|store credit|换货/.test(text)
      )
        continue;
      return REFUND_LATE_FINDING;
    }
    // The refund put off, not refused ("售后期结束后不再受理退款申请" is a cut-off, judged as one elsewhere).
    const deferred = deferredPart(text);
    if (
      deferred !== undefined &&
      !/不再|不予|不受理|不接受|不支持|无法|停止|拒绝|驳回|不可|不能|恕难受理|难以受理|恕难办理|\bno refunds?\b|\bnot (?:be )?(?:issued|accepted|refunded|available|given|granted)\b|\bunavailable\b|\b(?:declined|denied|rejected|refused)\b|\b(?:cannot|can ?not|will not|won'?t) be (?:processed|accepted|issued|honou?red)\b/.test(
        deferred,
      )
    )
      return REFUND_LATE_FINDING;
    return undefined;
  },
};
