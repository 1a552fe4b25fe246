/**
 * Format terms void in themselves: the final right of interpretation (`final_interpretation_right`)
 * and other exclusions or limits of the consumer's rights (`other_void`).
 *
 * @law OT-MEASURES 21
 * 第二十一条 网络交易经营者向消费者提供商品或者服务使用格式条款、通知、声明等的，应当以显著方式提请消费者注意与消费者有重大利害关系的内容，并按照消费者的要求予以说明，不得作出含有下列内容的规定：
 * （一）免除或者部分免除网络交易经营者对其所提供的商品或者服务应当承担的修理、重作、更换、退货、补足商品数量、退还货款和服务费用、赔偿损失等责任；
 * （二）排除或者限制消费者提出修理、更换、退货、赔偿损失以及获得违约金和其他合理赔偿的权利；
 * （三）排除或者限制消费者依法投诉、举报、请求调解、申请仲裁、提起诉讼的权利；
 * （四）排除或者限制消费者依法变更或者解除合同的权利；
 * （五）规定网络交易经营者单方享有解释权或者最终解释权；
 * （六）其他对消费者不公平、不合理的规定。
 * @endlaw
 * @law CRPL 23
 * 第二十三条 经营者应当保证在正常使用商品或者接受服务的情况下其提供的商品或者服务应当具有的质量、性能、用途和有效期限；但消费者在购买该商品或者接受该服务前已经知道其存在瑕疵，且存在该瑕疵不违反法律强制性规定的除外。
 * 经营者以广告、产品说明、实物样品或者其他方式表明商品或者服务的质量状况的，应当保证其提供的商品或者服务的实际质量与表明的质量状况相符。
 * 经营者提供的机动车、计算机、电视机、电冰箱、空调器、洗衣机等耐用商品或者装饰装修等服务，消费者自接受商品或者服务之日起六个月内发现瑕疵，发生争议的，由经营者承担有关瑕疵的举证责任。
 * @endlaw
 * @law NRR-MEASURES 19
 * 第十九条 网络商品销售者可以与消费者约定退货方式，但不应当限制消费者的退货方式。
 * 网络商品销售者可以免费上门取货，也可以征得消费者同意后有偿上门取货。
 * @endlaw
 *
 * Interpretation:
 * - Any reservation of the (final) right of interpretation to the shop is void, wherever it stands.
 * - `other_void` catches what excludes or limits rights outright without a more specific issue: the
 *   shop's discretion over every return, exemption from liability on signing, refusing returns for a
 *   "high return rate" without evidence of bad faith (CRPL-REG 19 ¶4 needs good-faith evidence).
 * - A return carrier the consumer must use ("退货须使用本店指定快递", "快递公司由客服指定") restricts the way the consumer
 *   returns (NRR-MEASURES 19 ¶1): void, citing it; a carrier recommended or offered, or the shop's own pickup, is lawful.
 * - "图片/参数仅供参考，以实物为准" disclaims the description the goods must match (CRPL 23 ¶2): void, citing it;
 *   a note on colour shifts between screens is lawful.
 */

import { gateOf } from '#shared/policy-lint/gates.js';
import { matchesOf } from '#shared/policy-lint/matches.js';
import { startingWhereItCan } from '#shared/policy-lint/starts.js';
import type { ClauseRule, RuleFinding } from '#shared/policy-lint/types.js';
import { cites } from './citations.js';
import {
  CONSUMER_DAMAGE,
  dayCounts,
  MALICE,
  OUTBOUND_WORDS,
  partBegins,
  QUALITY,
  RETURN_LOSS_NAMED,
  refuses,
  refusesAsLead,
  withdrawable,
  withoutMaliciousRefused,
} from './lexicon.js';
import { afterWindowOnly, refusalScope } from './reading.js';

/**
 * A consumer named as who owns what a term gives ("…归您", "…由买家", "…属于消费者", "…在于顾客"): not the shop's own customer-service
 * units (顾客服务中心, 顾客部, 用户体验中心 read as 买家体验中心), which are the shop.
 */
const CONSUMER_AS_OWNER = '(?:于)?(?:您|买家(?!体验|服务|中心|部(?!分))|买方|消费者|顾客(?!服务|中心|部(?!分)))';
/** The decision given to a consumer just after it ("…最终决定权归您所有", "…由消费者…"). */
const OWNED_BY_CONSUMER = new RegExp(`^(?:归|属于|由|在于|在)${CONSUMER_AS_OWNER}`);
/** Who holds a final decision other than the shop: the consumer, a court or arbitration, both parties. */
const NOT_THE_SHOP = `${CONSUMER_AS_OWNER}|你|客户(?!服务|部)|用户|人民法院|法院|仲裁|(?:买卖)?双方|各方`;
const INTERPRETATION = new RegExp(
  [
    /解释[^,;。]{0,8}权[^,;。]{0,4}(?:均|皆|全部)?(?:归|属于|属|由)|以本?(?:店|公司|平台|司|商城|网站|店铺)(?:的)?(?:最终)?解释为准|(?:由|归)本?(?:店|公司|平台|司|商城|网站|店铺)(?:负责)?解释|interpret(?:ation|ed)? (?:solely |exclusively )?by (?:the )?(?:company|store|shop|seller|us)(?: alone| only)?|(?:最终|最后|单方|唯一)?解释权|(?:最终|最后)(?:的)?解释(?:归|由|属)|保留.{0,6}解释|(?<!\bnot )\bsubject to (?:the |our )?(?:final|sole) (?:decision|determination) of (?:the )?(?:site|website|store|shop|company|seller|management)\b|(?<!\bnot )\bsubject to our (?:final|sole) (?:decision|determination)\b/
      .source,
    // The final decision said to be the shop's ("…最终决定权归本店"), not the consumer's, a court's or both parties'
    // ("最终决定权归买家所有", "…归人民法院").
    `(?:最终|最后)(?:决定|裁定|裁决)权(?:归|由|属)(?!${NOT_THE_SHOP})`,
    // …在本店/在于我方: 在 whoever is not the consumer, nor a court, both parties or a circumstance ("…在任何情况下都归消费者所有",
    // "…在于人民法院", "…在于双方协商一致").
    `(?:最终|最后)(?:决定|裁定|裁决)权(?:在于|在(?!于))(?!${NOT_THE_SHOP}|任何|协商|一致)`,
    // The shop's decision said final ("如有任何爭議,我們的決定將是最終及具決定性", "佳能就產品服務之所有決定(…)為最終決定性"); not the
    // consumer's or a court's.
    `(?:本店|本公司|我们|我方|我司|商家|卖家|(?<!${NOT_THE_SHOP})(?:的|之))(?:的)?(?:所有|一切|任何)?(?:决定|判定|裁定)(?:[(（][^)）]{0,60}[)）])?(?:将|均|即)?(?:为|是|将是)(?:最终|最后)`,
    // English: the interpretation or final decision reserved, the shop's decision said final ("In case of disputes, OPTICAL 88's
    // decision shall be final"; not a court's, the customer's or both parties').
    /right (?:of|to) (?:final )?interpret|reserves? the right of final (?:decision|determination|say)|final (?:right of )?interpretation|reserves? the (?:final |sole )?right to interpret|sole (?:right|authority) to interpret|\b(?:our|the store'?s|the shop'?s|management'?s|the company'?s|the manager'?s) (?:final )?(?:decision|determination|judg(?:e)?ment)s?\b[^.;]{0,60}\b(?:is|are|shall be|will be) final\b|\bin (?:case|the event) of (?:any )?disputes?,? (?:the )?[a-z0-9&.-]+(?: [a-z0-9&.-]+){0,3}? (?:final )?(?:decision|determination)s? (?:is|are|shall be|will be) final\b(?<!\b(?:court|tribunal|arbitrator|judge|customer|consumer|buyer|party|partie)s? (?:final )?(?:decision|determination)s? (?:is|are|shall be|will be) final)|(?<!(?:court|arbitrat|tribunal|award|judgment|judgement)[^.;]{0,80})\bthe decision (?:is|shall be|will be) final\b|(?<!(?:court|arbitrat|tribunal|award|judgment|judgement)[^.;]{0,80})\bthe (?:final )?(?:decision|determination) of (?!(?:the |an? )?(?:[a-z']+ ){0,3}(?:court|arbitrat|tribunal|judge|mediator|regulator|bureau|authority|administration))[^.;]{1,50}? (?:is|shall be|will be) final\b|最终解释[^,;。]{0,12}(?:之|的)权(?:利)?|\b(?:our|the (?:company|store|shop)s?|managements?) (?:interpretation|decision)s?(?: of (?:this|the|our) (?:policy|terms|rules))? (?:is|are|shall be|will be) final\b|\b(?:all )?decisions? (?:regarding|about|on|concerning) (?:returns?|refunds?|exchanges?)[^.;]{0,10}\b(?:are|is|will be|shall be) final\b/
      .source,
  ].join('|'),
);

/** A final right of decision or handling ("最终决定权", "唯一的处理权", "最终审核结果之权", "退换货的最终权利"; not 权益). */
const FINAL_RIGHT =
  '(?:(?:最终|最后|唯一|绝对)[^,;。]{0,10}(?:(?:决定|判定|判断|裁定|裁决|裁量|审核|鉴定)(?:方式|结果)?(?:(?:及|和|与|、)[^,;。]{1,12}?)?(?:的|之)?权|处理(?:方式|结果|方案)?(?:的|之)?权(?!益))|(?:最终|最后)(?:的|之)?权(?:利|力)(?!益))';
/**
 * The final decision reserved ("本店对退换货保留最终决定权", "保有最終…之決定權"): read by `finalDecisionReserved`, only where
 * 保留 or 保有 is written (inside `INTERPRETATION` its lookbehinds slowed the whole pattern).
 */
const FINAL_DECISION_RESERVED_ALL = new RegExp(
  String.raw`(?:保留|保有)((?:(?!。|保留|保有)[\s\S]){0,20}?)${FINAL_RIGHT}`,
  'g',
);
/**
 * The final decision held without 保留 ("本店对退换货享有最终决定权", "本店持有…"): within its own part (a 有 of 有异议 before a
 * comma is not it), read by `finalDecisionReserved` like a reservation, where a shop is named as who holds it.
 */
const FINAL_DECISION_HELD_ALL = new RegExp(
  String.raw`(?:享有|拥有|具有|持有|(?<![享拥具保没持占所如])有)((?:(?![。,;])[\s\S]){0,20}?)${FINAL_RIGHT}`,
  'g',
);
/** A final right named bare ("最终权利"), with no decision or handling word. */
const BARE_FINAL_RIGHT = /(?:最终|最后)(?:的|之)?权(?:利|力)$/;
/** Another act than deciding a return, reserved with a final right ("修改", "追究", "取消"). */
const OTHER_ACT_RESERVED = /修改|修订|变更|更改|调整|更新|追究|取消|解除|终止/;
const OTHER_ACT_AFTER = new RegExp(`^[^,;。]{0,2}(?:${OTHER_ACT_RESERVED.source})`);
/** The consumer named as who holds a right ("消费者", "买家", "会员", "您"); not the shop's units (客户服务, 客户部, 客户经理) nor 用户协议. */
const CONSUMER_HOLDER =
  /(?:消费者|买家|买方|会员(?!部|中心|服务)|顾客(?!服务|中心|部(?!分))|您|客户(?!服务|部(?!分)|经理|中心|代表|专员|主管|关系)|用户(?!协议))/g;
/** A consumer named anywhere in a text (one test: `CONSUMER_HOLDER` is global, for `matchesOf`). */
const CONSUMER_NAMED = new RegExp(CONSUMER_HOLDER.source);
/** A consumer's own right named after 保留 ("…尊重买家对退货的…"), not a consumer after 对 as the decision's object. */
const CONSUMER_RIGHT_AFTER = new RegExp(
  `(?<!(?:对|关于|就|向)(?:于)?(?:每位|各位|所有|全体|每个|每一位|广大)?)${CONSUMER_HOLDER.source}(?:对|的|是否)`,
);
/** The shop or its staff named ("本店", "我司", "平台", "客服", "客户服务部"). */
const SHOP_HOLDER =
  /本店|本站|本公司|本网站|本商城|本平台|敝公司|敝店|小店|我们|我店|我司|我公司|我方|本司|店方|商户|商铺|卖方|品牌方|厂家|商家|卖家|平台|店铺|店家|商城|网站|公司|客服|客户服务/g;
/**
 * Whether a final decision is reserved to the shop: the holder is the party named nearest before 保留/保有 in its sentence
 * (a consumer named as the object, "对消费者…", or as who returns, "消费者退货时…", holds nothing), the shop when none is
 * named; before 享有/拥有/具有/有 ("本店对退换货享有最终决定权") only a shop named holds it. Not a right the consumer is said to
 * hold after it ("毫无保留地尊重买家对退货的最终决定权"), nor a reservation negated ("本店不再保留…", "本店不对退货结果保留…",
 * "没有也不会保留…", "不会单方面保留", "从未保留"), nor 保留 meaning "keep" ("请保留好原包装，…").
 */
function finalDecisionReserved(text: string): boolean {
  for (const match of [...matchesOf(FINAL_DECISION_RESERVED_ALL, text), ...matchesOf(FINAL_DECISION_HELD_ALL, text)]) {
    const at = match.index ?? 0;
    const before =
      text
        .slice(0, at)
        .split(/[。!?！？]/)
        .pop() ?? '';
    // A consumer's right named between the reservation and the decision ("…尊重买家对退货的最终决定权").
    if (CONSUMER_RIGHT_AFTER.test(match[1] ?? '')) continue;
    // 保留 meaning "keep" in a part of its own ("请保留好原包装，…最终决定权归您所有"), or the right said to be the consumer's.
    const kept = match[1] ?? '';
    const keptTail = kept.split(/[,;]/).pop() ?? '';
    if (
      /[,;]/.test(kept) &&
      /^(?!对)[^,;]{0,4}(?:好|原|相关|完整)?(?:包装|发票|凭证|单据|票据|吊牌|配件|赠品|原件|记录|截图|照片|视频|物流单|快递单)/.test(
        kept,
      ) &&
      // The decision not claimed by the shop in the next part ("…，本店对退货有最终决定权", "…，并对退货享有…").
      !/本店|我们|我司|商家|卖家|平台|公司/.test(keptTail) &&
      // A right the next part gives the consumer ("…，买家享有最终决定权", "…，您拥有对退货的…") is no claim of the shop's.
      !(/享有|拥有|(?<!没)有/.test(keptTail) && !CONSUMER_NAMED.test(keptTail))
    )
      continue;
    if (OWNED_BY_CONSUMER.test(text.slice(at + match[0].length))) continue;
    // A bare "最终权利" is the final decision only over returns ("保留退换货的最终权利", "本店对退换货保留最终的权利"), not over
    // amending the policy, pursuing liability or cancelling orders ("保留修改本政策的最终权利", "保留追究其法律责任的最终权利",
    // "保留最终权利修改活动规则").
    const reservedOver = `${before.slice(-24)}${kept}`;
    if (
      BARE_FINAL_RIGHT.test(match[0]) &&
      (!/退|换|售后/.test(reservedOver) ||
        OTHER_ACT_RESERVED.test(reservedOver) ||
        OTHER_ACT_AFTER.test(text.slice(at + match[0].length)))
    )
      continue;
    let holder: 'shop' | 'consumer' | undefined;
    // A consumer named as who returns or signs, and no shop named: the consumer may be the one who reserves (CIVIL-CODE 498).
    let returner = false;
    let holderEnd = 0;
    for (const word of matchesOf(SHOP_HOLDER, before)) {
      // A shop word that names a thing, not who holds ("对我店推荐的商品…", "对快递公司的选择…").
      // Another shop compared with ("像其他商家那样"), or a place on the shop's site ("在店铺页面…").
      if (
        /^(?:的|推荐|所|提供|销售|出售|发出|页面|首页|后台|链接|详情|那样|一样)/.test(
          before.slice((word.index ?? 0) + word[0].length),
        )
      )
        continue;
      if (/(?:其他|其它|别的|别家|像)$/.test(before.slice(0, word.index ?? 0))) continue;
      holder = 'shop';
      holderEnd = (word.index ?? 0) + word[0].length;
    }
    for (const word of matchesOf(CONSUMER_HOLDER, before)) {
      const index = word.index ?? 0;
      if (index + word[0].length <= holderEnd && holder === 'shop') continue;
      const preceding = before.slice(0, index);
      const after = before.slice(index + word[0].length);
      // The object of the shop's decision, or the one who returns ("对消费者…", "消费者退货时…", "由于消费者原因…").
      if (/(?:对|向|(?<!由)于|为)(?:于)?(?:每位|各位|所有|全体|每个|每一位|广大)?$/.test(preceding)) continue;
      if (/^(?:在[^,;。]{0,10}?)?(?:的)?(?:退|申请|原因|购买|下单|收到|收货|签收|使用|要求)/.test(after)) {
        returner = !/^(?:的)?原因/.test(after) && !/(?:由于|因为?)$/.test(preceding);
        continue;
      }
      if (index + word[0].length > holderEnd) {
        holder = 'consumer';
        holderEnd = index + word[0].length;
      }
    }
    // A consumer who returns holds a decision of the consumer's own ("保留选择退款或换货的…", "仍保留对商品质量问题的…"), not
    // one over the returned goods' test or a dispute ("对退货商品的检测结果保留…", "退货引起的纠纷，保留…").
    const shopsMatter = /检测|鉴定|质检|纠纷|争议|二次销售|审核|判定结果/.test(`${before}${match[1] ?? ''}`);
    if (holder === 'consumer' || (holder === undefined && returner && !shopsMatter)) continue;
    // A decision the shop is said to hold without reserving it ("本店对退换货享有最终决定权"): only where the shop is named
    // as who holds it; a holder left unnamed may be the consumer (CIVIL-CODE 498).
    if (!/^(?:保留|保有)/.test(match[0]) && holder !== 'shop') continue;
    const span = before.slice(holderEnd);
    // Negated just before 保留 ("不保留", "不再保留", "没有也不会保留", "不对退货结果保留"); not "毫无保留".
    if (
      /(?:不|没有|(?<!毫)无|从未|未曾|并未|绝不|从不)(?:再|会|也不会)?(?:对[^,;。]{0,12}|以任何(?:形式|方式|理由)|像[^,;。]{0,10}(?:那样|一样))?(?:单方面|单方|擅自|随意|任意|另行)?$/.test(
        span,
      )
    )
      continue;
    return true;
  }
  return false;
}

/** The shop's own names where it decides finally ("本店", "我司", "商家"). */
const SHOP_DECIDER = '(?:本店|本公司|我司|我们|本平台|本商城|商家|卖家|店铺|店家|本网站|我方|本司)';
/** The shop named as who decides ("由本店"). */
const SHOP_DECIDES = `(?:由|归)${SHOP_DECIDER}(?:来)?(?:作出|做出)?`;
/** The shop named as who decides finally, without a right named ("凡有争议，由本店最终决定", "最终由商家裁定"). */
const SHOP_DECIDES_FINALLY = new RegExp(
  `(?<!不|并非|并不|不是|非|而非|无需|不需|不必)(?:(?:最终|最后)(?:均|一律|都|将|会)?${SHOP_DECIDES}|${SHOP_DECIDES}(?:最终|最后))(?:的)?(?:决定|裁定|裁决|判定|定夺|决断)(?!权)`,
);
/** A right said to be the shop's to decide finally ("本店有权对退换货作出最终决定"), the shop named in the part before it. */
const SHOP_MAY_DECIDE_FINALLY = new RegExp(
  `${SHOP_DECIDER}[^,;。]{0,6}(?<!不|没|无)有权(?:[^,;。]{0,16}?)(?:作出|做出)?(?:最终|最后)(?:的)?(?:审核|处理|鉴定)?(?:决定|裁定|裁决|判定|认定|决断)`,
);
/** The final decision said to rest with the shop ("The final decision rests with the store"). */
const FINAL_DECISION_WITH_SHOP =
  /\bfinal (?:decisions?|say|determinations?|word) (?:rests?|lies|lie|remains?|is|are) (?:solely |entirely |exclusively )?with (?:the |our )?(?:(?:store|shop|company|seller|merchant|management|us)\b|(?:[a-z]+ ){0,3}(?:team|staff|department|managers?)\b)/;

/** The interpretation right disclaimed ("不享有解释权", "从未保留最终解释权", "不会单方面保留…解释权"). */
const INTERPRETATION_DISCLAIMED =
  /(?:不|(?<!毫)无|没有|从未|未曾|并未|绝不|从不)(?:会|再)?(?:单方面|单方)?(?:享有|保留).{0,4}解释权/g;

export const finalInterpretationRight: ClauseRule = {
  id: 'cn.policy.final-interpretation-right',
  issue: 'final_interpretation_right',
  citations: cites(['OT-MEASURES', 21, 1, 5], ['PENALTY-MEASURES', 12, 1, 6], ['SPC-ONLINE-1', 1, 1, 3]),
  judge(reading) {
    // A reservation negated ("本店不享有最终解释权", "从未保留解释权") is read out; another beside it still counts ("…，但保留
    // 最终决定权").
    const text = reading.text.replace(INTERPRETATION_DISCLAIMED, ' ');
    if (
      !INTERPRETATION.test(text) &&
      !(
        /最终|最后|唯一|绝对/.test(text) &&
        (finalDecisionReserved(text) || SHOP_DECIDES_FINALLY.test(text) || SHOP_MAY_DECIDE_FINALLY.test(text))
      ) &&
      !(text.includes('final') && FINAL_DECISION_WITH_SHOP.test(text))
    )
      return undefined;
    if (/有利于(?:消费者|买家|您)的解释/.test(text)) return undefined;
    return {
      verdict: 'void',
      message: {
        zh: '经营者不得在格式条款中规定其单方享有解释权或者最终解释权，该内容无效；对条款理解有争议的，应按通常理解解释，有两种以上解释的，作出不利于提供格式条款一方的解释。',
        en: 'A shop may not reserve to itself the (final) right to interpret its terms; that content is void. A disputed term is read as ordinarily understood, and where two readings are open, against the party that drafted it.',
      },
      suggestion: {
        zh: '如对本规则有疑问，请联系客服；本规则未尽事宜，按照《消费者权益保护法》等法律法规执行。',
        en: 'If anything in these rules is unclear, please contact customer service; anything they do not cover follows the Consumer Rights Protection Law and other laws.',
      },
    };
  },
};

/**
 * The pieces the transit disclaimers of `OTHER` share. The consumer's own return shipment named before the disclaimer
 * ("Returned items…", "…sent back…", "…send your parcel recorded delivery", "…ensure that these arrive with us"): not the
 * shop's delivery.
 */
const RETURN_SHIPMENT_BEFORE = String.raw`(?<!\b(?:return(?:s|ed|ing)?|send(?:ing)? back|ship(?:ping)? back|sent back|(?<!\bwe )send (?:your|the) (?:parcel|package|return)|arrive (?:back )?with us)\b[^.;]{0,60})`;
/** The consumer's own courier named before it ("If you use your own courier, …"). */
const OWN_COURIER_BEFORE = String.raw`(?<!\bown (?:courier|carrier|shipping|freight)\b[^.;]{0,100})`;
/** …or after it ("…where you chose your own courier", "…if the buyer arranged the courier"). */
const OWN_COURIER_AFTER = String.raw`(?![^.;]{0,80}\b(?:your own (?:courier|carrier|shipping)|(?:you|the (?:buyer|customer))(?: have| has)? (?:chose|choose|chosen|selected?|arranged?|booked?|nominated?|named?)\b[^.;]{0,30}\b(?:courier|carrier|shipping)|(?:courier|carrier) of your choice)\b)`;
/** Transit named as the way back ("…in transit back to us", "…during the return"). */
const NOT_THE_WAY_BACK = String.raw`(?!\s+(?:back|on (?:the|its|their|your) way back|during (?:the )?returns?)\b)`;

/**
 * The delivery's loss or damage disclaimed in English ("We are not responsible for items lost in transit", "we cannot take
 * responsibility if your order is damaged in transit", "We cannot be held responsible if your parcel is lost in the post",
 * "Once your order has left our warehouse, we cannot take responsibility for any loss or damage", "You assume any risk of
 * lost, theft or damaged goods during transit"):
 * the risk is the shop's until the goods are delivered (ECL 20). Not the consumer's own return parcel or courier. Kept apart
 * from `OTHER`, which V8 would no longer optimise with it.
 */
const TRANSIT_DISCLAIMED_EN = new RegExp(
  String.raw`\b(?=(?:not|accepts?|assumes?|takes?|bears?|cannot|can|will|won't|do|don't)\b)${RETURN_SHIPMENT_BEFORE}${OWN_COURIER_BEFORE}(?:(?:not|cannot|can't) (?:be )?(?:held )?(?:liable|responsible)|(?:accept|assume|take|bear)s? no (?:responsibility|liability)|(?:cannot|can ?not|can't|will not|won't|do not|don't) (?:take|accept|assume|bear|claim) (?:any )?(?:responsibility|liability)) (?:(?:for (?:any )?|if (?:your |the |an? |any )?)(?:items?|goods|packages?|parcels?|orders?|products?|merchandise|shipments?) (?:that (?:are|were|get|got) |(?:is|are|was|were|gets?|got) )?(?:lost|damaged|stolen|broken)(?: or (?:lost|damaged|stolen|broken))?|(?:for|of) (?:any )?(?:damages?|loss(?:es)?)(?: (?:or|and) (?:damages?|loss(?:es)?))? (?:that )?(?:occurred|occurring|caused|incurred)?) ?(?:during|in) (?:shipping|shipment|transit|delivery|the mail|the post)(?!\s+(?:during|on|in) (?:the |your |their )?(?:returns?|way back)\b|\s+back to us\b|\s+to us\b)${OWN_COURIER_AFTER}|\b(?=once\b)${RETURN_SHIPMENT_BEFORE}${OWN_COURIER_BEFORE}once (?:(?:your|the|an?) )?(?:orders?|parcels?|packages?|items?|goods|shipments?) (?:has |have |is |are )?(?:left|leaves|been shipped|shipped|been dispatched|dispatched|been handed|handed|been sent|sent)\b[^.;]{0,60}\b(?:not (?:be )?(?:held )?(?:liable|responsible)|(?:cannot|can ?not|can't|will not|won't|do not|don't) (?:take|accept|assume|bear) (?:any )?(?:responsibility|liability)|(?:accept|assume|take|bear)s? no (?:responsibility|liability)) for (?:any )?(?:loss|damage)\b${OWN_COURIER_AFTER}|\b(?=(?:you|the)\b)${RETURN_SHIPMENT_BEFORE}${OWN_COURIER_BEFORE}(?:you|the (?:customer|buyer|purchaser))(?: will| shall)? (?:assumes?|bears?|accepts?) (?:all |any |the )?(?:risks?|liability) (?:of|for) (?:loss|lost|theft|damage|damaged)\b[^.;]{0,40}\b(?:in|during) (?:transit|shipping|shipment|delivery)\b(?!\s+(?:back|to us)\b)${OWN_COURIER_AFTER}`,
  'g',
);

/**
 * A lead naming the consumer's own shipment ("Returned items: once the parcel has been sent, …"), or a heading of returns
 * alone ("Return & Refund Policy / Returns Overview", "How to return an item"): an English transit disclaimer under it is
 * read as of the return parcel, the reading open to the consumer (CIVIL-CODE 498); not under one naming the delivery too
 * ("Shipping & Returns").
 */
function returnsLead(lead: string, own: string): boolean {
  return (
    (/\b(?:returned|returning|send(?:ing)? back|sent back|ship(?:ping)? back)\b/.test(lead) ||
      (/\b(?:returns?|refunds?)\b/.test(lead) &&
        !/\b(?:shipping|shipment|delivery|deliveries|postage|dispatch)\b/.test(lead))) &&
    // …unless the clause names the delivery itself ("…in transit to you", "…after we dispatch your order", "…upon our delivery to
    // the carrier").
    !/\bto (?:you|the (?:customer|buyer))\b|\b(?:we|our warehouse) (?:dispatch|ship|send)\b|\bonce (?:shipped|dispatched)\b|\bour (?:delivery|shipment|dispatch) to the (?:carrier|courier)\b/.test(
      own,
    )
  );
}

/**
 * The English transit disclaimers of a clause, read in its own words (from `ownStart`): a heading over it naming the delivery
 * as well ("Shipping & Returns") names no return parcel of the consumer's; none under a heading of returns alone
 * (`underReturnsLead`). Their indices are the clause's text's.
 */
function transitDisclaimed(text: string, ownStart: number, underReturnsLead: boolean): RegExpExecArray[] {
  if (underReturnsLead) return [];
  return matchesOf(TRANSIT_DISCLAIMED_EN, text.slice(ownStart)).map((match) => {
    match.index += ownStart;
    return match;
  });
}

const OTHER = startingWhereItCan(
  new RegExp(
    String.raw`(?=(?:our |maximum |total )*liability)(?<!\b(?:(?:except|unless|save)\s+(?:where|as|to the extent|insofar as|if|for)?|or where)\s*(?:(?:the |applicable )?laws? (?:provides?|requires?|permits?|says?) otherwise|(?:otherwise )?(?:required|provided|permitted) by (?:applicable )?law|(?:any )?liability (?:that|which) cannot be (?:limited|excluded) (?:by|under) (?:applicable )?law)\b,?\s*(?:(?:our|the|its|any) )?)(?:\bliability (?:is|shall be|will be) (?:limited|capped) (?:to|at) (?:the )?(?:(?:products?|purchase|items?|order|invoice)(?:'?s)? (?:value|price|amount|total)|(?:value|price|amount|total) of (?:the |your )?(?:products?|purchase|items?|order|goods)|amount (?:you )?paid)\b|\b(?:our )?(?:maximum |total )?liability (?:shall not|will not|does not) exceed (?:the )?(?:(?:purchase )?price|(?:order|purchase|invoice|product|item)(?:'?s)? (?:value|price|amount|total)|value of (?:the |your )?(?:order|purchase|product|item))\b)(?!(?:(?!,\s*(?:and|but|nor)\b|,\s*or\b(?! where))[^.;]){0,80}\b(?:(?:except|unless|save)\s+(?:where|as|to the extent|insofar as|if|for)?|or where)\s*(?:(?:the |applicable )?laws? (?:provides?|requires?|permits?|says?) otherwise|(?:otherwise )?(?:required|provided|permitted) by (?:applicable )?law|(?:any )?liability (?:that|which) cannot be (?:limited|excluded) (?:by|under) (?:applicable )?law)(?![^.;]{0,40}\bwhichever\b))|(?:本站|本店|本公司|本网站|我们)[^。]{0,6}不提供任何(?:保证|担保)|(?:(?:最大|最高|最多)(?:的)?赔偿(?:损失|金额|额)?(?:均)?(?:不大于|不超过|不高于|不得超过|不得高于|仅限于?)|赔偿(?:金额|责任|损失)?(?:均)?以)[^,;。]{0,6}(?:订单|商品|货款|实付|购买|所购)(?:商品)?(?:的)?(?:金额|价格|价款|款|总额|售价)(?:为限|为上限)?(?![^。]{0,20}(?:法律|依法)[^。]{0,8}(?:除外|另有规定))|(?:本站|本店|本公司|本网站)[^,;。]{0,4}(?:并)?不承担任何法律责任|(?<!通常情况下[^。]{0,8}|一般[^。]{0,8})(?:一张|一个|每张|每个|每笔|同一|单笔)?订单[^。]{0,10}(?:(?:只|仅)(?:为您)?(?:提供|享受|可|能|限)|(?<=(?:一张|一个|每张|每个|每笔|同一|单笔)订单)(?:可|能|可以)(?=(?:进行|申请|办理|提出|提交)(?:一次)))(?:以)?(?:进行|申请|办理|作出|提出|提交)?(?:一次)(?:的)?(?:退换货?|退货|退款(?!的?(?:手续费|金额)))(?![^,;。]{0,2}(?:(?:包)?(?:运费|邮费)(?:补贴|险|服务|报销|补偿|券|减免)|补贴|险|红包|优惠|包邮|免运费|免邮))|(?:套装|礼包|组合)[^。]{0,10}(?:不可以?|不能|不支持|不予|不接受)(?:选择)?(?:部分|单独|拆分|拆单|单件)退|(?:不可以?|不能|不支持|不予|不接受)拆单(?:退|申请退)|reserves? the right to (?:decline|refuse|reject|deny) (?:any |a |your )?(?:request|return|refund|exchange)|reserves? the rights? to (?:accept|approve) or (?:decline|refuse|reject|deny) (?:the )?(?:request|return|refund|exchange)|\b(?:we(?:'re| are| will| shall)?|i(?: am| will| shall)?|the (?:shop|store|company|seller) (?:is|will|shall))(?: be)? (?:not|never|cannot) (?:be )?(?:held )?(?:liable|responsible) for (?:any )?(?:goods|items?|parcels?|packages?|orders?|shipments?) (?:that are |which are )?(?:lost|damaged|stolen)(?: or (?:lost|damaged|stolen))? (?:by the (?:courier|carrier|post(?:al service)?)|in transit|during (?:shipping|delivery|transit))(?![^.;]{0,40}\b(?:your own|you (?:choose|chose|select)|of your choice)\b)(?!\s+(?:during|on|in) (?:the |your |their )?(?:returns?|way back)\b|\s+back to us\b)(?<!\b(?:your own (?:courier|carrier|shipping)|(?:choose|chose|select|arrange|use) (?:your own|another|a different|a third-party) (?:courier|carrier)|(?:courier|carrier) of your choice)\b[^.;]{0,120})|(?:买家|用户|您|顾客|消费者)(?:均)?(?:不得|不能|无权)(?:提出)?(?:任何)?(?:异议|质疑)|\breturn(?![^.;]{0,60}\b(?:malicious\w*|abusive\w*|fraudulent\w*|bad faith)\b)[^.;]{0,60}\breserves? the right to (?:decline|refuse|reject|deny) (?:it|them)\b|(?=deemed|considered|treated|taken)(?<!\b(?:not|never|n't)\b[^.;]{0,24})\b(?:deemed|considered|treated as|taken) (?:to have |as having )?(?:forfeited|waived|abandoned|given up|withdrawn) (?:the |their |your |his |her |any |all )?(?:request|claim|right|return|refund|application)s?\b|(?:本公司|本店|我们|商家|卖家|我司)(?:均|将|并)?(?:毋须|无须|无需|不需|不必)[^,;。]{0,48}(?:作出|给予|承担)(?:任何)?(?:赔偿|补偿)|放弃[^。]{0,16}(?:民事)?权利[^。]{0,10}(?:不行使|不得行使|不再主张)|(?:同意|承诺|视为)放弃(?:所有|一切|全部)?[^。]{0,12}(?:民事权利|法定权利|追诉|索赔权)|视为放弃[^。]{0,12}(?:无权|不得)(?:再)?(?:向[^,;。]{0,10})?(?:申索|索赔|追讨|主张)|(?:(?:(?:运输|运送|邮寄|寄送|配送|快递)(?:途中|过程中|期间|中)?|(?:送货|发货|派送|物流)(?:途中|过程中|期间))[^。]{0,24}|(?:送货|发货|派送|物流)(?:上门时|时|中|环节|原因)?(?:的)?(?:造成|导致|引起)?(?:的)?(?:延误(?:或|、))?)(?:风险|损失|损坏|损毁|遗失|丢失|破损|丢件)[^。]{0,6}(?:由|需|须)?(?:买家|顾客|客户|客人|消费者|您)(?:需|须)?(?:自行)?(?:承担|负责)|(?:选择|使用)(?:邮寄|快递|物流|运送)的(?:顾客|买家|客户|消费者|您)[^。]{0,6}(?:自行)?承担[^。]{0,4}风险|(?:不得|不能|不可|禁止|不准)(?:向[^,;。]{0,10})?(?:投诉|举报|申请(?:平台)?介入|起诉|申诉|给差评|差评)|请勿[^,;。]{0,10}(?:投诉|介入|差评)[^。]{0,12}否则|(?:若|如|如果|一旦)(?:买家|顾客|您|客户)?(?:投诉|差评|给差评|申请(?:平台)?介入|举报)[^。]{0,16}(?:不再|不予|拒绝|取消)|(?:给|打|留|发)(?:了)?(?:中差评|差评|中评)(?:的)?[^。]{0,12}(?:不再|不予|拒绝|取消)(?:为您)?(?:提供|享受|办理|受理)?(?:售后|退|换)|(?:每(?:件|个|笔|张)?(?:商品|订单|单)?|(?<!通常情况下[^。]{0,8}|一般[^。]{0,8})一(?:件|个|笔|张)(?:商品|订单))(?:(?:最多|至多)(?:只能|仅能|仅可|只可|可以|可|能)|仅限|只能|限|仅可|只可|仅)(?:申请)?(?:一|1)次(?:退换货|退换|换货|退货|退款|售后)(?![^,;。]{0,2}(?:(?:包)?(?:运费|邮费)(?:补贴|险|服务|报销|补偿|券|减免)|补贴|险|红包|优惠|包邮|免运费|免邮))(?![^。]{0,24}(?:仍可|仍然可以|依然可以)(?:申请)?(?:退货|退款))|(?:file|files|filing|initiate|initiates|open|opens) (?:a )?(?:chargeback|dispute)[^.;]{0,40}(?:not (?:be )?eligible|no refund|forfeit|will not|\blose\b|\bloses\b|\bbanned\b|\bblocked\b)|\breturned more than \d+ (?:orders?|items?|times)\b[^.;]{0,60}\b(?:no longer|not) (?:be )?eligible|waive[sd]? (?:all |any |your |the |their )?(?:rights?|claims?)|\b(?:you |customers? |buyers? )?agrees? to (?:binding |mandatory |final |compulsory )?arbitration\b(?![^.;]{0,120}\b(?:courts?|litigation|legal proceedings|you (?:choose|chose|elect|prefer)|whichever|if you (?:choose|wish|prefer)|at your (?:option|choice|election))\b)|\b(?:all |any )?(?:disputes?|claims?|controversy|controversies)\b[^.;]{0,60}\b(?:shall|will|must) be (?:resolved|settled|decided|determined|submitted) (?:exclusively |solely |only |finally )?(?:by|through|in|to) (?:binding |final |confidential )?arbitration\b(?![^.;]{0,120}\b(?:courts?|litigation|small claims|legal proceedings|you (?:choose|chose|elect|prefer)|whichever|at your (?:option|choice|election))\b)|(?:争议|纠纷)[^。]{0,24}(?:只能|仅能|必须|应当|应|须)(?:提交|提请|通过|交由|由)?[^。]{0,12}仲裁(?![^。]{0,40}(?:法院|诉讼|起诉))|agree(?:s)? not to (?:dispute|file|initiate|open|complain|sue|contest)|(?<!(?:您|买家|买方|消费者|顾客|客户|用户)(?:均|都|也|仍|依法)?)有权[^,;。]{0,12}决定是否(?:受理|接受|同意|办理)?(?:退|换|售后)|有权(?:拒绝|驳回|拒收|不予受理)(?:任何|一切|其)?(?:售后|退换货申请|退货申请|退款申请|服务)|审核(?:结果)?为最终|最终(?:审核|处理)结果(?:以|由)本|(?:向|找)(?:快递|物流|承运)(?:公司|方)?(?:索赔|理赔|追责)[^。]{0,12}(?:不承担|不负责|概不负责|无关)|(?:not (?:be )?(?:held )?(?:liable|responsible)|(?:take|takes|accept|accepts|assume|assumes|bear|bears) no (?:responsibility|liability)) for (?:any )?(?:(?:lost|damaged|stolen|missing)(?:,? or |,? and |, ))*(?:lost|damaged|stolen|missing) (?:packages?|parcels?|items?|goods|shipments?)(?![^.;]{0,60}\bfrom (?:the |a )?(?:customers?|buyers?|you)\b)(?![^.;]{0,40}\b(?:sent|shipped|mailed|posted|returned) (?:back )?to us\b)(?![^.;]{0,50}\bdue to (?:an? )?(?:incorrect|wrong|invalid|inaccurate|incomplete) (?:shipping |delivery |mailing )?address(?![^.;]{0,30}\b(?:or|and)\b[^.;]{0,20}\b(?:courier|carrier|shipping|postal|delivery|transit)\b))|(?:将不|概不|并不|不)对(?:于)?(?:商品)?(?:在)?(?:运输|快递|物流|配送|寄送)(?:途中|过程中|过程)?[^。]{0,10}(?:损坏|丢失|破损|丢件|损失|遗失)[^。]{0,4}(?:负责|承担(?:任何)?责任)|(?:运输|运送|寄送|配送|邮寄|快递|物流|(?:发货|寄出|出货|发出)(?:后|之后|以后))(?:途中|过程中)?[^。]{0,10}(?:损坏|丢失|破损|丢件|损失|遗失)[^。]{0,12}(?:(?:本店|我们|卖家|商家)?(?:概不负责|不负责|不承担)|与(?:本店|我们|卖家|商家|本公司|我司)无关)|(?:maximum|max\.?|at most|no more than|up to) \d+ (?:returns?|refunds?|exchanges?) per|(?:每(?:人|月|年|个(?:用户|买家|会员)|位(?:用户|买家|会员))|同一(?:用户|买家|会员)).{0,8}(?:最多|仅限|限|只能)\s*(?:\d+|[一二三两])\s*次(?:退|换)|(?:最多|仅限|只能)(?:退货|退换货?|退款)\s*(?:\d+|[一二三两])\s*次|(?:每|同一)(?:位|个|人|月|年|账号|帐号|用户|买家|会员)[^,;。]{0,8}(?:限|最多|仅限|只能|仅可)(?:申请)?(?:(?:退货|退换货?|退款|售后)\s*(?:\d+|[一二三两])\s*次|\s*(?:\d+|[一二三两])\s*次(?:的)?(?:退货|退换|退款|售后|退|换))(?![^,;。]{0,2}(?:(?:包)?(?:运费|邮费)(?:补贴|险|服务|报销|补偿|券|减免)|补贴|险|红包|优惠|包邮|免运费|免邮))|(?<!(?<![非不])(?:恶意|调包|掉包|虚假|欺诈)(?:的)?)退货次数(?:超过|达到|过多)|每(?:件|个|笔|张)?(?:商品|订单|单)?(?:仅限|只能|限|仅可|只可|仅)(?:退换货|退换|换货|退货|退款)(?:一|1)次|(?<!(?:您|买家|顾客|消费者|客户)(?:可以?|也可以?|能)(?:自行)?)(?:选择|使用|采用)[^。]{0,24}(?:快递|物流|平邮|包裹|方式)[^。]{0,24}(?:(?<![、或]|(?<!(?:物流中心|仓库|本店|我们|商家|卖家|店铺|我司|售后|公司|店方)[^,;。]{0,6})(?:可|可以|直接|当场|有权))拒收|(?<![、或])拒收(?=[^。]*(?:不予|恕不|概不|不)(?:退款|退还)))(?!或签收|、)|不要使用[^。]{0,12}(?:平邮|包裹|快递)[^。]{0,20}拒收|(?:有权|保留)(?:.{0,6})(?:拒绝|拒收)(?:任何|一切)?(?:退货|退换|退款)|(?:退货|退换|退款)(?:与否)?.{0,6}(?:以|由)本(?:店|公司|平台|司)(?:判定|决定|认定|审核结果)为准|以本?(?:店|公司|平台|司|商城)(?:的)?最终(?:审核|判定|决定|认定|处理)(?:结果|意见)?为准|(?:享有|享受)(?:完全)?免责|(?:签署|签订|签)(?:相关)?免责(?:协议|声明|书|条款)|(?:(?<!${RETURN_LOSS_NAMED})|(?<=(?:${OUTBOUND_WORDS})[^。]*)|(?=[^。]*(?:${OUTBOUND_WORDS})))概不(?:负责|承担(?:任何)?责任)|不承担任何(?:售后)?责任|(?:退货|退款)率(?:过高|高)(?:.{0,10}(?:拒绝|不予|不再(?!(?:销售|售卖|供货|上架|进货|采购|生产))|限制|拉黑)|(?!的?(?:商品|款式|产品|货品|单品|品类|宝贝|款|型号|SKU|品牌|厂家|供应商))(?:.{0,10}(?:停止|不再)(?:销售|交易|发货|供货|合作|服务)(?!(?:该|此|这|这些|相关|同)?(?:款|件|个|类|批)?(?:商品|产品|款式|货品|宝贝|单品))|(?=的?(?:买家|用户|账号|账户|顾客|客户|会员|消费者)).{0,10}(?:停止|不再)(?:销售|交易|发货|供货|合作|服务)))|\b(?:customers?|buyers?|accounts?|users?|shoppers?) with (?:a |an )?(?:high|excessive|unusually high) (?:return|refund) rates?\b[^.;]{0,40}\b(?:no longer|not be able|banned|blocked|suspended|refused|closed|restricted)\b|恶意退货.{0,6}(?:一律)?(?:不予|拒绝)|(?:(?:是否|能否|可否|能不能|可不可以)(?:可以|能够)?(?:接受|同意|受理|予以)?(?:退货|退换|退款|退换货|办理退|换货)|退不退(?:货|款)?|换不换(?:货)?|(?:退货|退换货?|退款)与否)(?:[,，]?\s*(?:本店|我们|商家|卖家|店家|掌柜|老板)(?:说了算|决定|做主)|[^。]{0,10}(?:由|以)本?(?:店|公司|平台|司|商城|卖家|商家|客服|售后|店主|店长|掌柜|老板|仓库|工作人员|质检)[^。]{0,8}(?:决定|判定|认定|判断|为准|说了算))|(?:at|in) (?:our|its|the company'?s|the store'?s) (?:sole|absolute|own) discretion|(?:refunds?|returns?|exchanges?) (?:are|is|will be) (?:only )?(?:accepted |issued |granted |given |approved )?at (?:our|the store'?s|the company'?s) discretion|at (?:our|the store'?s) discretion,? we may (?:refuse|reject|deny|decline)|whether (?:a |the )?(?:return|refund) is (?:accepted|granted|approved) is at (?:our|the store'?s) discretion|(?:refund|return|repair|replace)[^.;]{0,40}at the discretion of the (?:store|company|shop)|(?:(?:所有|全部|一切|任何)(?:的)?)(?:退换货?|退货|退款)(?:申请)?(?:均|一律|都|将)?由(?:本店|我们|商家|卖家|本公司|店家)(?:酌情|全权|自行)?决定|(?:all |any )?(?:returns?|refunds?|exchanges?|credits?)(?:,? (?:and|or|&) (?:returns?|refunds?|exchanges?|credits?)){1,3} (?:are|is|will be) (?:made |issued |given |granted )?at the (?:sole |absolute )?discretion of (?!(?:the |our )?(?:customers?|buyers?|consumers?|you)\b)(?<!\b(?:after|beyond|past|goodwill|courtesy|outside)\b[^。]{0,160})|(?:acceptance of|to accept) (?:any )?(?:returns?|refunds?|exchanges?)(?:(?!\b(?:after|beyond|past|later than|outside)\b)[^.;]){0,90}\b(?:is|are) at the (?:sole |absolute )?discretion of (?!(?:the |our )?(?:customers?|buyers?|consumers?|you)\b)|solely at the discretion|\b(?:refunds?|returns?|exchanges?) (?:are|is|will be) (?:only )?(?:accepted |issued |granted |given |approved )?at the (?:sole )?discretion of (?:our|the) (?:staff|team|management|store|shop|company|seller|managers?)\b|(?<!\b(?:you|customers?|buyers?|consumers?|the (?:customer|buyer|consumer)|(?:the |a )?(?:courts?|judges?|tribunals?|arbitrators?|(?:arbitration|arbitral) (?:panel|tribunal|body|committee|commission)s?)(?: of (?:competent |the )?[a-z]+(?: [a-z]+){0,2})?)(?:,[^,.;]{1,24},)?(?: (?:always|still|alone))? )(?:right to make|have|has|reserves?) the final (?:decision|say|determination)|(?<!\b(?:you|customers?|buyers?|consumers?|the (?:customer|buyer|consumer))(?:,[^,.;]{1,24},)?(?: (?:always|still|alone|will|shall|may|can|do|does))? (?:have|has|hold|holds|make|makes|keep|keeps|retain|retains|get|gets|take|takes|receive|receives|(?:are|is) given)(?: the)? )final (?:decision|say|determination) (?:on|regarding|about|for) (?:all |any )?(?:returns?|refunds?|exchanges?)(?![^.;]{0,20}\b(?:is|are|rests?|lies|lie|remains?) (?:solely |entirely |always )?(?:yours|theirs|with you|(?:with )?(?:the )?(?:customers?|buyers?|consumers?)(?! (?:care|services?|support|relations|experience|team|managers?|department|cent(?:re|er)|success)\b))\b)|approve all (?:merchandise )?returns|reserve(?:s)? the right to (?:refuse|reject|deny) (?:any|all)? ?(?:returns?|refunds?)|(?<!\b(?:you|customers?|buyers?|consumers?|they|the (?:customer|buyer|consumer)) (?:were|are|was|is) )not (?:be )?(?:held )?(?:liable|responsible) for any(?! (?:(?:damaged|lost|missing|stolen)(?: or (?:damaged|lost|missing|stolen))? )?returns?\b(?! (?:or|and) (?:orders?|packages?|parcels?|items?|shipments?|deliveries)\b))(?! (?:loss|damages?|harm|injur(?:y|ies))(?:,? (?:or |and )?(?:loss|damages?|harm|injur(?:y|ies)))* (?:(?:after|following|upon) (?:delivery|receipt) )?(?:caused by|resulting from|due to|arising from|from) (?:(?:accidental )?(?:drops?|dropping|spills?|spillage|falls?|impacts?)(?:,? (?:or|and) (?:accidental )?(?:drops?|dropping|spills?|spillage|falls?|impacts?|water(?: exposure)?))*\b(?![^.;]{0,40}\b(?:transit|shipping|delivery|courier|carrier|packaging|our|other|defects?|defective|faults?|faulty|manufactur\w*)\b)|(?:the |your )?(?:(?:customer|buyer|user)'?s? )?(?:misuse|improper(?:ly)?|incorrect(?:ly)?|abuse)\b(?![^.;]{0,40}\b(?:or|and)\b(?! (?:abuse|misuse|mishandling|negligence|improper use|accidental damage)\b)[^.;]{0,15}\b(?:any other|other|faults?|defects?|defective|manufactur\w*|our|courier|carrier|products?|items?|goods)\b)|(?:your|the customer'?s?|the buyer'?s?) (?:own )?(?:negligen\w*|careless\w*)\b(?![^.;]{0,40}\b(?:or|and)\b(?! (?:abuse|misuse|mishandling|negligence|improper use|accidental damage)\b)[^.;]{0,15}\b(?:any other|other|faults?|defects?|defective|manufactur\w*|our|courier|carrier|products?|items?|goods)\b)))|\b(?:loss|damage)\b[^.;]{0,40}\b(?:in transit|in route|en route|during (?:shipping|shipment|transit|delivery))\b[^.;]{0,40}(?:solely |sole )?(?:the )?responsibility of the (?:carrier|courier|shipping company|customer|buyer)|\b(?=(?:loss|lost|damage|damaged)\b)${RETURN_SHIPMENT_BEFORE}${OWN_COURIER_BEFORE}(?:loss|lost|damage|damaged)\b(?:(?!\bback\b)[^.;]){0,40}\b(?:in transit|en route|during (?:shipping|shipment|transit|delivery))\b${NOT_THE_WAY_BACK}[^.;]{0,30}\b(?:is|are|will be|remains?) (?:the )?(?:sole |full )?(?:(?:customer|buyer|purchaser|recipient)(?:'s|’s|s'|s’|s)|your) (?:sole |full |own )?responsibility\b(?![^.;]{0,60}\b(?:own (?:courier|carrier)|of your choice|you (?:choose|chose|select))\b)|\b(?=(?:damaged|lost|broken)\b)${RETURN_SHIPMENT_BEFORE}${OWN_COURIER_BEFORE}(?:damaged|lost|broken)\b(?:(?!\bback\b)[^.;]){0,30}\b(?:in transit|during (?:shipping|shipment|transit|delivery))\b${NOT_THE_WAY_BACK}[^.;]{0,20}\b(?:is|are) not (?:our|the (?:seller|store|shop|company)(?:'s|’s|s)?) (?:responsibility|liability)\b|\b(?=(?:accept|assume|take|bear)s? no (?:responsibility|liability) for (?:any )?(?:loss|damage)\b)(?<!\bown (?:courier|carrier|shipping|freight)\b[^.;]{0,100}|\b(?:return(?:s|ed|ing)?|send(?:ing)? back|ship(?:ping)? back|sent back)\b[^.;]{0,60})(?:accept|assume|take|bear)s? no (?:responsibility|liability) for (?:any )?(?:loss|damage)(?: or (?:loss|damage))? (?:in|during) (?:transit|shipping|shipment|delivery|the post)\b${NOT_THE_WAY_BACK}${OWN_COURIER_AFTER}|\b(?=(?:once|after|upon|when) (?:(?:the |your )?(?:order|parcel|goods|items?) (?:is |are |has been |have been )?)?(?:dispatched|shipped|dispatch|shipment)\b)(?:once|after|upon|when) (?:(?:the |your )?(?:order|parcel|goods|items?) (?:is |are |has been |have been )?)?(?:dispatched|shipped|dispatch|shipment)\b,? (?:[^.;]{0,40}\band )?(?:all |the )?risks?(?: of (?:loss|damage)(?: (?:and|or) (?:loss|damage))?)? pass(?:es)? to (?:you|the (?:customer|buyer|purchaser))\b${OWN_COURIER_AFTER}|\b(?=(?:title (?:and|&) )?risk of (?:loss|damage)\b)(?<!\b(?:choose|chose|select|use|arrange|book) (?:your own|another|a different) (?:courier|carrier)\b[^.;]{0,80})(?:title (?:and|&) )?risk of (?:loss|damage)(?: (?:and|or|&) (?:title|damage|loss))?(?: (?:for|of|to) (?:such |the |all |these |your )?(?:items?|goods|products?|orders?|merchandise|parcels?|shipments?))?\b[^.;]{0,30}\bpass(?:es)? to (?:you|the (?:customer|buyer|purchaser))\b[^.;]{0,12}\b(?:upon|on|when|once|at the (?:time|point) of)\b (?:(?:our|its|the (?:seller|shop|store)(?:s|'s|’s)?) )?(?:(?:we|the (?:seller|shop|store)) )?(?:(?:deliver(?:y|ing|s|ed)?|hand(?:ing|s|ed)?(?: over)?|transfer(?:ring|s|red)?|tender(?:ing|s|ed)?)(?: (?:of )?(?:it|them|the (?:goods|items?|parcels?|orders?|products?|packages?|shipments?)))?(?: over)? to (?:the |a |our )?(?:carrier|courier|shipping (?:company|carrier)|post(?:al service)?)\b|(?:ship(?:ping|ment|s)?|dispatch(?:ing|es)?)\b(?! (?:to you|back))|the (?:goods|items?|parcels?|orders?|products?|packages?|shipments?) (?:is |are )?(?:shipped|dispatched|sent)\b)(?![^.;]{0,40}\b(?:your (?:own |chosen )?(?:courier|carrier)|(?:courier|carrier) (?:of your choice|you (?:choose|chose|select)))\b)|(?=\b(?:lost|undelivered|stolen|missing)\b)(?<!\b(?:return(?:s|ed|ing)?|send(?:ing)? back|ship(?:ping)? back)\b[^.;:,]{0,40}|\breturned (?:parcels?|packages?|items?|goods|orders?|shipments?),\s*(?:if|when|once)?[^.;:,]{0,12}|\b(?:for|with|on|when|if|during) (?:your )?return(?:s|ing)?\b[^.;:,]{0,20}|(?:^|[.;:]\s*)(?:for|with|on|during|when|if you are) (?:your )?return(?:s|ing)?(?: (?:an? |the |your )?(?:items?|products?|goods|orders?|parcels?)| (?:of|to|from|for) (?:(?!(?:back )?to you\s*,)[^.;:,]){1,30})?,\s*(?:[a-z]+ (?:or|and) )?)\b(?:lost|undelivered|stolen|missing)\b(?: or (?:lost|undelivered|stolen|missing|damaged))?(?! return)(?![^.;]{0,50}\b(?:back to us|(?:on )?(?:the|its|their|your) way back)\b) (?:packages?|parcels?|shipments?|orders?|items?)?[^.;]{0,50}\b(?:is|are|will be|it is|it's|it’s) (?:the )?(?:sole )?(?:responsibility of (?:you|the (?:customer|buyer))|(?:customer|buyer)s?['’]? (?:sole )?responsibility)(?![^.;]{0,60}\b(?:own (?:courier|carrier)|of your choice|you (?:choose|chose|select))\b)|\bnot entitled to (?:a |any )?refunds? for (?:any )?(?:items?|goods|products?|orders?|parcels?) (?:that (?:are|were|get|got) )?(?:damaged|lost|broken|stolen) (?:in|during) (?:transit|shipping|delivery)\b(?![^.;]{0,60}\b(?:(?:they|you|customers?) (?:chose|choose|selected|booked)|(?:their|your) own|of (?:their|your) (?:own )?choosing|on the way back|back to us|returns?)\b)|not (?:be )?(?:held )?(?:liable|responsible) for (?:any )?damage[^.;]{0,30}\b(?:shipping company|carrier|courier|in transit)\b|\bdamage[^.;]{0,40}\b(?:in transit|by the (?:carrier|courier|shipping company))\b[^.;]{0,20}(?:is|are) not (?:our|the seller'?s|the store'?s|the shop'?s) responsibility|(?:快递|物流|配送|宅配|运输|送货)(?:公司)?(?:的)?(?:因素|原因|延误|延迟|问题)[^。]{0,12}(?:无法|未能|不能|没有|没能)(?:准时|按时|如期)(?:送达|到达|送到|到货)[^。]{0,8}(?:恕无法|恕不|不予|不能|无法|概不)(?:办理|接受|受理)?(?:退货|退款|退换货?)(?:退款|退货)?(?:及赔偿|和赔偿)?(?=\s*(?:[,;。!]|$))|^\s*每(?:个|张|笔)订单(?:只能|仅能|仅限|只可|仅可)(?:申请|提交)(?:一|1)次\s*[。!]?$`,
  ),
);

/**
 * The description disclaimed ("图片仅供参考，以实物为准", "产品参数仅供参考"): the goods must match what the shop
 * showed (CRPL 23 ¶2), so a term that lets the delivered item prevail over the description limits the
 * consumer's claim for goods not as described. A note on colour shifts of screens and lighting is lawful.
 */
const DESCRIPTION_DISCLAIMED =
  /(?:图片|图示|描述|参数|信息|说明|介绍|有效期|详情|规格)[^。]{0,12}(?:仅供参考|仅作参考|仅供参照|只供参考|仅为参考)|(?:一切|具体|均|最终|请)[^,;。]{0,4}以(?:收到的|实际收到的)?实物为准|(?:有误|错误|不符|不一致)[^。]{0,6}(?:请|均)?以实物为主|以实际发货为准|(?:pictures?|images?|photos?|descriptions?|specifications?)[^.;]{0,30}(?:for reference only|are for illustration)/;
/** The listing disclaimed, not only its colours or sizes ("…与图片颜色完全一致", "…与描述尺寸完全一致") nor a screen's colours. */
function listingDisclaimed(text: string): boolean {
  const match = LISTING_DISCLAIMED.exec(text);
  return (
    match !== null &&
    !/(?:颜色|色差|色彩|尺寸|尺码|大小)(?:都|均|上)?完全/.test(match[0]) &&
    !(/拍摄|角度|色差/.test(text) && !/描述|说明|产地|附件|参数|介绍/.test(match[0])) &&
    !/显示|光线|灯光|屏幕/.test(text)
  );
}

/**
 * The goods' match with the listing disclaimed ("不能确保客户收到的货物与商城图片、产地、附件说明完全一致", "无法保证产品说明、
 * 颜色以及相关其他内容完全精准"): a shop that changes what it sells must change the listing (CRPL 23 ¶2). A note on how a
 * screen shows colours ("无法保证电脑所显示商品的颜色与…一致") is lawful.
 */
const LISTING_DISCLAIMED =
  /(?:不能|无法|不)(?:确保|保证)[^。]{0,16}(?:货物|商品|产品|货品)[^。]{0,4}与[^。]{0,10}(?:图片|描述|说明|介绍)[^。]{0,12}完全(?:一致|相符)|(?:不能|无法)(?:确保|保证)(?:产品|商品)(?:的)?(?:说明|描述|介绍)[^。]{0,16}完全(?:精准|准确|无误)/;
/** Only the colour said to follow the goods ("图片仅供参考，颜色以实物为准"), nothing else of the listing. */
function colourOnly(text: string): boolean {
  return (
    /颜色/.test(text) &&
    !/尺寸|尺码|参数|规格|功能|材质|描述|说明|重量|成分|型号|配置|信息|详情|有效期|形状|外观|大小|款式|产地|包装|质量|面料|质地|图案/.test(
      text,
    )
  );
}
const DISPLAY_ONLY = /色差|显示器|光线|拍摄|灯光|屏幕|colou?rs?\b|monitor|screen|lighting/;
const DESCRIPTION_CITES = cites(['CRPL', 23, 2], ['CRPL', 26, 2], ['CRPL', 26, 3]);

const OTHER_ALL = new RegExp(OTHER.source, 'g');
/** The words every match of `OTHER` holds: most clauses past the rule's gate name none, and are not searched. */
const OTHER_WORDS = gateOf(OTHER);

/**
 * The consumer's return carrier imposed ("退货须使用本店指定快递", "退回商品的快递公司由客服指定", "returns must be sent with
 * our designated courier"): the shop may agree a way to return, never restrict it (NRR-MEASURES 19 ¶1). A carrier
 * recommended or offered ("可使用指定快递", "建议", "推荐"), refused for its cost only ("不接受到付"), or the shop's own
 * pickup ("安排指定快递上门取件", NRR-MEASURES 19 ¶2) restricts nothing; so does the shop's own dispatch ("指定快递发货").
 */
const CARRIER_IMPOSED =
  /(?:须|需|需要|必须|只能|仅能|仅限|只限|一律|务必|请|统一)(?:使用|通过|选择|选用|采用|用|走|以)?(?:本店|本公司|商城|平台|我们|我司|客服|卖家|商家|店铺)?(?:的|之)?指定(?:的|之)?(?:快递|物流|承运|快运|宅配)|(?:快递|物流)(?:公司|方式)?(?:须|需|必须|一律|均)?由(?:客服|本店|我们|商家|卖家|商城|平台|本公司)(?:统一)?指定|(?:must|only|please) (?:be )?(?:(?:returned|sent|shipped|accepted)(?: back)? )?(?:via|using|with|through|by|use) (?:our|the) (?:designated|nominated|specified|approved) (?:carrier|courier|shipping (?:company|method)|logistics)|(?:designated|nominated|approved) (?:carrier|courier)s? (?:must|has to|have to) be used|only accept returns (?:sent|shipped) (?:via|using|with|through|by) (?:our|the) (?:designated|nominated|specified|approved)/;
/** A named carrier imposed for the return ("退货只能使用邮政EMS寄回", "其他快递一律拒收", "请勿使用指定快递以外的快递退货"). */
/** Carriers English policies name. */
const EN_CARRIERS =
  'ups|fedex|usps|dhl|royal mail|australia post|canada post|auspost|sf express|parcelforce|evri|hermes';
const NAMED_CARRIER_IMPOSED = new RegExp(
  `(?:只能|仅能|只可|仅可|必须|务必|须|需|统一|一律|只)(?:使用|用|选择|选用|走|通过)(?:中国)?(?:顺丰|邮政|ems|圆通|中通|申通|韵达|京东快递|京东物流|百世|极兔|德邦|黑猫|宅急便|新竹物流)|(?:其他|其它)(?:的)?快递(?:一律|均|都)?(?:不收|拒收|拒签|不予签收|不接收)|(?:请勿|不得|不要)使用(?:本店)?指定快递以外的(?:快递|物流)|(?:请勿|不得|不要|禁止)使用(?:其他|其它)(?:的)?(?:快递|物流)(?!到付)|(?:仅|只)(?:接受|收|签收)(?:使用|通过|走|由)?(?:中国)?(?:顺丰|邮政|ems|圆通|中通|申通|韵达|京东快递|京东物流|百世|极兔|德邦|黑猫|宅急便|新竹物流)(?![^,;，；。]{0,4}到付)|(?:must|only|can only|may only) (?:be )?(?:returned|sent|shipped|mailed|accepted)(?: back)? (?:via|using|with|through|by) (?:${EN_CARRIERS})\\b|(?:returned|sent|shipped|mailed)(?: back)? (?:via|using|with|through|by) (?:${EN_CARRIERS})(?: ground)? only\\b|(?:must|only|have to|need to) use (?:${EN_CARRIERS})(?= to return| for (?:all |any |your )?returns?)|only accept returns (?:sent|shipped|mailed) (?:via|using|with|through|by) (?:${EN_CARRIERS})\\b`,
);
/**
 * Another carrier left to the consumer ("or use your own courier", "or any tracked service"), said anywhere in the
 * sentence; not one the shop still approves or nominates ("or another carrier approved by us").
 */
const CARRIER_ALTERNATIVE =
  /\bor (?:use )?your own\b|(?<!\bnot (?:by|via|with|through|using)\b[^.;]{0,30})\bor (?:a |an |another |other |any other |any )?(?:(?!our\b|the\b|your\b|their\b|we\b|they\b|it\b)[\w-]+ ){0,2}?(?:carriers?|couriers?|service|method|way|shipping (?:method|service))\b(?! (?:approved|nominated|designated|chosen|specified) by us| we (?:approve|nominate|choose|specify))(?![^.;,]{0,30}\b(?:refused|rejected|declined|not (?:be )?(?:accepted|processed)|returned to sender|(?:cannot|can't|will not|won't) be (?:used|accepted|received|processed))\b)|\bor (?:the |your |their |a |an |any )?(?:[\w-]+ ){0,2}?(?:carriers?|couriers?|service|method)\b(?=[^.;]{0,20}\b(?:of your choice|you prefer|you choose|you like)\b)|\bor your (?:preferred|chosen|own)\b|\bor (?:their|its) equivalent\b|(?<!(?:不接受|不收|拒收|请勿使用|请勿|不要使用|不要|不支持|禁止)[^,;，；。]{0,8})或(?:者)?(?:您)?(?:(?:(?:自行|自己)?(?:选择|使用)|自选)?(?:(?:任何|任意)(?:其他|其它)?|其他|其它)|(?:自行|自己)(?:选择|使用)?)(?:的)?(?:快递|物流)(?![^,;，；。]{0,6}(?:均不|都不|一律|不接受|拒收|不收|概不|不予))/;
/** Other carriers left to the consumer's own risk or choice ("other carriers are at your own risk"). */
const OTHER_CARRIERS_ALLOWED =
  /\bother (?:carriers?|couriers?|shipping methods?)(?: are| is)? (?:at your (?:own )?risk|(?:also )?(?:accepted|fine|ok|allowed))|其他快递(?:也可|亦可|均可|也可以)/;
const COLLECT_REFUSED = /(?:不接受|不支持|请勿|不要|禁止)到付(?=[^,;，；。]{0,2}(?:须|需|请|必须|用|使用))/g;
/** The carrier recommended or offered, or a pickup: no restriction (NRR-MEASURES 19 ¶2). */
const CARRIER_OFFERED =
  /(?:可|可以|建议|推荐|亦可|也可)(?:您)?(?:使用|选择|选用|通过)?[^,;，；。]{0,6}指定|上门取(?:件|货)|取件|指定(?:的)?快递上门|pick ?up|为您(?:寄出|发出|发货|配送)/;
/** The shop's own dispatch ("本店统一使用指定快递发货"), read where the carrier's own part is not the return's. */
const SHOP_DISPATCH_WORDS = /发货|出货|发出|寄出|配送|派送|\bship(?:s|ped|ping)?\b|\bdispatch/;
/** The return named before the carrier (its subject), or as what the carrier is used for after it. */
const RETURN_BEFORE = /退货|退回|寄回|退换|\breturn/;
const RETURN_AFTER =
  /^[^,;，；。]{0,12}(?:寄回|退回|发回|寄还|退货|返还)|^[^,.;]{0,24}\b(?:to return|when returning|for (?:all |any |your )?returns?|to send (?:it |them |the \w+ )?back|send back|returning)\b/;
const CARRIER_CITES = cites(['NRR-MEASURES', 19, 1], ['CRPL', 26, 2], ['CRPL', 26, 3]);
/** Words without which a clause names no carrier at all. */
const CARRIER_NAMED =
  /指定|顺丰|邮政|ems|圆通|中通|申通|韵达|京东|百世|极兔|德邦|黑猫|宅急便|新竹|(?:其他|其它)(?:的)?(?:快递|物流)|designated|nominated|approved|specified|\b(?:ups|fedex|usps|dhl|royal mail|australia post|canada post|auspost|sf express|parcelforce|evri|hermes)\b/;
/**
 * Read part by part: the return named before the carrier in its own sentence, or as what the carrier is used for
 * ("使用指定快递寄回", "to return the goods"); the consumer asking for a carrier ("如需指定快递请联系客服"), a pickup, a
 * carrier offered or another left to the consumer is no carrier imposed, nor is the shop's dispatch in the carrier's own
 * part unless that part is the return's.
 */
function carrierImposed(text: string, line: () => string): boolean {
  // Most clauses name no carrier: read none of their parts.
  if (!CARRIER_NAMED.test(text)) return false;
  // Other carriers allowed in the clause's next sentence on its line ("…via UPS; other carriers are at your own risk").
  if (
    line()
      .split(/[。]|\.(?:\s|$)/)
      .some((sentence) => {
        const at = sentence.search(OTHER_CARRIERS_ALLOWED);
        if (at < 0) return false;
        // The allowance's own part, with a condition joined to it ("其他快递也可，需提前联系客服同意"), and the words just
        // before it ("换货时其他快递均可").
        const parts = sentence.slice(at).split(/[,;，；]/);
        const own = `${sentence.slice(Math.max(0, at - 6), at)}${parts[0] ?? ''}${/^\s*(?:需|须|但|请先|需要|必须|but\b|provided\b|only\b|subject to\b|as long as\b|if\b|unless\b|with\b)/.test(parts[1] ?? '') ? parts[1] : ''}`;
        // Not allowed only with the shop's approval, for exchanges, or still refused.
        return !/only with (?:our|prior|written|the shop'?s|approval|consent|permission)|approv|consent|permission|同意|审核|(?:\band|\bthey|\bthese|\bthose|\bsuch \w+|\bthem|\bby them|\bwith them) (?:may|will|can) be (?:refused|rejected)|\b(?:we|our \w+) (?:may|will|can) (?:refuse|reject) them\b|(?<!returns? (?:and|&) )\bexchanges?\b|(?<!退)换货|不予|拒收/.test(
          own,
        );
      })
  )
    return false;
  return text.split(/[。]|\.(?:\s|$)/).some((sentence) => {
    const parts = sentence.split(/[,;，；]/);
    return parts.some((part, index) => {
      const match = CARRIER_IMPOSED.exec(part) ?? NAMED_CARRIER_IMPOSED.exec(part);
      if (!match) return false;
      const lead = part.slice(0, match.index);
      if (/(?:如|若|如果|假如|倘若)(?:您|顾客|买家|客户|用户)?$/.test(lead)) return false;
      // Freight collect refused before a new instruction ("不支持到付须用顺丰或其他快递寄回") refuses no other carrier.
      if (CARRIER_OFFERED.test(part) || CARRIER_ALTERNATIVE.test(sentence.replace(COLLECT_REFUSED, '，'))) return false;
      // A refund sent back ("退款将原路退回") names no return of goods.
      const before = `${parts.slice(0, index).join('，')}，${lead}`.replace(
        /原路退回|退回(?:至|到)?(?:您的)?(?:原)?(?:支付|付款)?(?:账户|帐户|银行卡)|退款/g,
        ' ',
      );
      const after = part.slice(match.index + match[0].length);
      const ownReturn =
        RETURN_BEFORE.test(lead) &&
        !/^[^,;，；]{0,4}(?:换货|补发)/.test(part) &&
        // "关于退换：本店统一使用韵达发货": after a heading, the shop named as the one who sends.
        !/(?:本店|我们|我司|商家|卖家|仓库|全场|本公司)(?!的?指定)/.test(lead.split(/[:：]/).pop() ?? '');
      // The shop's dispatch in the carrier's own part ("本店统一使用指定快递发货") spares it, unless that part is the return's.
      if (
        !ownReturn &&
        SHOP_DISPATCH_WORDS.test(part.replace(/ship(?:s|ped)? you (?:a |the )?(?:prepaid |return )?label/g, ' '))
      )
        return false;
      return (
        RETURN_BEFORE.test(before) ||
        RETURN_AFTER.test(after) ||
        /returned|sent back|shipped back|以外的(?:快递|物流)|returns/.test(match[0])
      );
    });
  });
}
const CARRIER_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '网络商品销售者可以与消费者约定退货方式，但不应当限制消费者的退货方式；强制消费者使用指定快递退货的内容无效。',
    en: 'An online seller may agree a way of returning goods with the consumer but may not restrict how the consumer returns them; requiring a designated carrier for returns is void.',
  },
  suggestion: {
    zh: '退货时您可以自行选择快递寄回，也可以选用我们推荐的快递或预约上门取件；退货运费按法律规定和本规则承担。',
    en: 'You may send your return with any carrier you choose, or use the carrier we recommend or book a pickup; return shipping is paid as the law and these rules provide.',
  },
  citations: CARRIER_CITES,
};

/**
 * A pickup the consumer must use, its fee charged to the consumer ("退货必须使用本店指定快递上门取件，取件费从退款中扣除"): the
 * shop may pick the goods up free, or for a fee with the consumer's consent (NRR-MEASURES 19 ¶2); a paid pickup imposed
 * restricts the way of return (¶1). A pickup offered ("如需上门取件", "可预约上门取件") is the consumer's choice.
 */
const PICKUP_IMPOSED =
  /(?<![如若]|如果|假如|倘若|如您|若您)(?:须|需|需要|必须|只能|仅能|仅限|只限|一律|务必|统一)(?:使用|通过|选择|选用|采用|用|预约|申请|由)?(?:本店|本公司|商城|平台|我们|我司|客服|卖家|商家|店铺)?(?:的|之)?(?:指定(?:的|之)?)?(?:快递|物流)?(?:安排)?(?:上门取件|上门取货|上门揽收|上门收件)(?!的|时)/;
/** The pickup's fee charged to the consumer ("取件费从退款中扣除", "上门取件费用由买家承担"), not borne by the shop. */
const PICKUP_FEE_CHARGED =
  /(?:取件|取货|上门|揽收|收件)(?:服务)?(?:费|费用)(?:用)?(?![^,;。]{0,12}(?:本店|商家|卖家|我们|我司|平台|店铺|本公司)(?:将|会|来|全额)?(?:承担|支付|报销))[^,;。]{0,12}(?:扣除|扣减|(?<!抵)扣|承担|支付|收取|自付|自理)/;
const PICKUP_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '网络商品销售者可以免费上门取货，也可以征得消费者同意后有偿上门取货，但不应当限制消费者的退货方式；强制消费者使用收费的上门取件的内容无效。',
    en: 'An online seller may collect returned goods free of charge, or for a fee with the consumer’s consent, but may not restrict how the consumer returns them; requiring a paid pickup is void.',
  },
  suggestion: {
    zh: '退货时您可以自行选择快递寄回；如您选择预约本店的上门取件服务，取件费用在预约时告知，经您同意后收取。',
    en: 'You may send your return with any carrier you choose; if you choose to book our pickup service, its fee is shown when you book and charged only with your agreement.',
  },
  citations: cites(['NRR-MEASURES', 19, 1], ['NRR-MEASURES', 19, 2], ['CRPL', 26, 2], ['CRPL', 26, 3]),
};

const POST_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '网络商品销售者可以与消费者约定退货方式，但不应当限制消费者的退货方式；拒收以平邮等邮寄方式寄回的退货的内容无效。',
    en: 'An online seller may agree a way of returning goods with the consumer but may not restrict how the consumer returns them; refusing returns sent by post is void.',
  },
  suggestion: {
    zh: '退货时您可以选择邮政或任意快递寄回，也可以选用我们推荐的快递或预约上门取件；退货运费按法律规定和本规则承担。',
    en: 'You may send your return by post or with any carrier you choose, or use the carrier we recommend or book a pickup; return shipping is paid as the law and these rules provide.',
  },
  citations: CARRIER_CITES,
};

/**
 * Returns taken only in person ("Returns must be made in person at our greenhouse", "退貨須親自送回本店門市辦理"): a distance
 * sale's return by post or courier refused (NRR-MEASURES 19 ¶1), unless another way is named beside it.
 */
const IN_PERSON_ONLY =
  /(?:退货|退换货?|退款)(?:均|一律)?(?:须|需|必须|只能|仅能|仅可|只可|一律)(?:由)?(?:本人|您|顾客|买家|客户)?(?:亲自)?(?:携带商品)?(?:送回|带回|拿回)?(?:到|至|回)?(?:本店|本公司)?(?:门市|门店|实体店|专柜|柜台|店)(?:办理|进行)(?![^。]{0,20}(?:或|也可|亦可)[^。]{0,10}(?:寄回|邮寄|快递))|\b(?:all )?(?:returns?|exchanges?|refunds?)\b(?: (?:and|or|&) (?:returns?|exchanges?|refunds?))? (?:must|can only|may only|will only|are only|is only)(?: be)? (?:made |done |brought |processed |accepted |handled )?(?:only )?in[- ]person\b(?![^.;]{0,60}\b(?:or|by|via) (?:(?:by |via )?(?:post|mail|courier|carrier|shipping)|(?:sending|shipping|mailing|posting))\b)/;
/** A sale made in the shop itself ("门店购买的商品", "in-store purchases"), whose return the distance-sale rules do not govern. */
const IN_STORE_SALE =
  /(?:门店|门市|实体店|专柜|线下|店内)(?:购买|购物|销售|消费)|\bin[- ]?store (?:purchases?|sales?)\b|\b(?:purchased|bought) in[- ]?store\b/;
const IN_PERSON_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '网络商品销售者可以与消费者约定退货方式，但不应当限制消费者的退货方式；只接受到店当面退货，等于拒绝远程购买的消费者寄回退货，该内容无效。',
    en: 'An online seller may agree a way of returning goods with the consumer but may not restrict how the consumer returns them; taking returns only in person refuses the distance buyer who sends them back, and is void.',
  },
  suggestion: {
    zh: '您可以到店办理退货，也可以通过邮政或任意快递将商品寄回；退货运费按法律规定和本规则承担。',
    en: 'You may return goods in person at our store or send them back by post or with any carrier; return shipping is paid as the law and these rules provide.',
  },
  citations: CARRIER_CITES,
};

const REFUND_ROUTE_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '退款方式比照购买商品的支付方式；除征得消费者明确同意外，网络商品销售者不应当自行指定其他退款方式（如店铺账户余额、储值卡）；该内容无效。',
    en: 'A refund follows the way the goods were paid for; without the consumer’s express consent an online seller may not choose another refund method (a store account balance, a stored-value card); this content is void.',
  },
  suggestion: {
    zh: '退款按您购买时的支付方式原路退回；经您明确同意的，也可以退至店铺账户余额。',
    en: 'Refunds go back the way you paid; with your express consent they may instead be credited to your store account.',
  },
  citations: cites(['NRR-MEASURES', 14, 1], ['NRR-MEASURES', 14, 3], ['CRPL', 26, 2], ['CRPL', 26, 3]),
};

const PENALISED_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '退货是消费者的法定权利，退货次数多本身不是恶意；以退货次数多或频繁退货为由限制退货、拒绝交易或取消资格，排除或者限制了消费者权利，该内容无效。',
    en: 'Returning goods is the consumer’s statutory right, and returning often is not bad faith in itself; restricting returns, refusing trade or closing accounts because of many or frequent returns limits the consumer’s rights and is void.',
  },
  suggestion: {
    zh: '以调包、虚假申请等恶意方式退货的，我们将依法处理；依法提出的退货申请不受次数限制。',
    en: 'Returns made in bad faith (swapped goods, false claims) are dealt with as the law allows; lawful return requests are not limited in number.',
  },
  citations: cites(['CRPL', 25, 1], ['CRPL', 26, 2], ['CRPL', 26, 3]),
};

/**
 * One item of an order or bundle refused its return ("恕无法接受单一品项退货", "不支持部分退货，需整单退回",
 * "退回商品需包含此笔订单的所有商品", "We do not accept part order returns"): the
 * no-reason right is per item, and a bundle is re-priced, not returned whole (NRR-MEASURES 17 ¶2). Gifts (not
 * those listed with add-on purchases, "加价购", "换购"), accessories, price differences, shipping, invoices, coupons, custom
 * goods and gift boxes may go back only with what they came with; "否则…重新结算" is the re-pricing itself, and "如需整单退回"
 * grants.
 */
const PART_REFUSED =
  /(?:不可以?|不能|不得|不支持|不予|无法|不接受|恕不|恕无法|未提供|不提供)(?:接受|受理|办理)?(?:单一品项|单一商品|单件|单品|单独|拆分|部分商品|部[分份]项目|部[分份])(?:的)?(?:退(?:货|换|回)(?!款)|办退)/;
const PART_NOT_THE_GOODS =
  /(?<!买一送一[^,;。]{0,12})赠品(?![^,;。]{0,8}(?:加价购|换购))|配件|差价|运费|发票|优惠券|积分|定制|礼盒|附件/;
const WHOLE_ORDER_DEMANDED =
  /(?<!如)(?:须|需|请|必须)(?:将)?整(?:单|笔订单|笔)(?:商品)?(?:一并)?(?:办理)?退(?:回|货)|(?<!如)(?:须|需|必须)(?:包含|包括)(?:此|该|本|整)?(?:笔|张)?订单(?:的|内|中)?(?:所有|全部)商品|\b(?:do not|don'?t|cannot|can'?t|will not|won'?t|are unable to) accept (?:any )?(?:part(?:ial)?(?:[- ]order)?|split) returns?\b|(?<!如)(?:须|需|必须)以整(?:单|笔订单|笔)(?:商品)?申请|(?<!如)(?:须|需|必须)(?:将)?整(?:单|笔)(?:订单)?(?:的)?所有商品(?:同时|一并|一起)退|(?:仅|只)(?:接受|受理|办理|支持)整(?:单|笔)(?:订单)?(?:办理|申请)?(?:退(?:货|换|款|费)|申请)|(?:拒绝|不予|不接受|无法)[^。]{0,30}(?:组合|套装|套组)(?:优惠)?(?:商品|产品)?(?:未|没有)(?:一并|一起|整组|全部)(?:申请)?(?:退货|退回|寄回)/;

/** A share of the refund ("退款的一半", "货款的30%", read "30%货款"). */
const REFUND_SHARE = String.raw`(?:退款|货款)(?:金额)?(?:的)?(?:一半|\d+(?:\.\d+)?%|部分)|(?<![\d.])\d+(?:\.\d+)?%(?:的)?(?:退款|货款)`;
/** The rest of the refund ("其余部分", "剩余金额"). */
const REFUND_REST = '其余(?:部分|金额|款项)?|剩余(?:部分|金额|款项)?';
/** The credit's part forfeited or cut: the refund said after it is not that part's. */
const CREDIT_PART_FORFEITED = '不予|不退|不返|不再|扣除|作废';
/** The part paid with credit named ("优惠券抵扣", "余额支付", "积分部分"). */
const CREDIT_PART = '(?:积分|京豆|优惠券|礼品卡|余额|购物卡|代金券|红包|礼券|购物券)(?:抵扣|抵用|支付|付款|部分)';
/** Not credit given as compensation ("运费的50%以优惠券形式补偿"). */
const NOT_COMPENSATION = '(?<!(?:运费|邮费|补偿|赔偿|奖励|返现)[^,;。]{0,30})';
/**
 * Not the part paid with credit given back in kind ("使用优惠券抵扣的部分以优惠券形式返还", "余额支付的部分退回至本店账户余额"),
 * nor credit given as compensation.
 */
const NOT_CREDIT_REPAID = `(?<!(?<!含|包含)${CREDIT_PART}(?:(?!${CREDIT_PART_FORFEITED})[^。]){0,60})${NOT_COMPENSATION}`;
/**
 * The rest of the refund is the part not paid with credit when the credit's part is named before it ("使用余额支付的部分退回
 * 余额，其余部分以店铺余额形式退还": the rest, paid in money, is parked): only credit named in its own part makes it that part
 * ("其余部分（优惠券抵扣部分）以优惠券形式返还").
 */
const REST_NOT_CREDIT_REPAID = `(?<!${CREDIT_PART}[^,;。]{0,60})${NOT_COMPENSATION}`;
/** Paid as the shop's credit ("以店铺优惠券形式返还", "转为积分"). */
const IN_CREDIT_FORM =
  '(?:将|会|则|均|一律)?(?:以|作为|转为|转成|退为|退成)(?:本店|店铺|商城|平台)?(?:的)?(?:礼券|购物券|代金券|优惠券|积分|京豆|余额|购物卡|礼品卡)(?:的)?(?:形式)?(?:发放|返还|退还|退回|支付)?';
/**
 * Part of a refund paid in credit ("退款一半退回原账户，另一半以店铺优惠券返还", "…另50%转入店铺余额"): the refund follows the way
 * of payment (NRR-MEASURES 14), read as a refund parked in an account is (`REFUND_ROUTE_FINDING`). Put into a balance, only the
 * shop's own ("退至支付宝余额" is the payment's route).
 */
const REFUND_PART_IN_CREDIT = new RegExp(
  `(?:${REFUND_SHARE}|另一半|另外一半)${IN_CREDIT_FORM}${NOT_CREDIT_REPAID}|(?:${REFUND_REST}|剩下(?:的)?(?:部分|金额|款项)?)${IN_CREDIT_FORM}${REST_NOT_CREDIT_REPAID}` +
    String.raw`|(?:另(?:外)?(?:\d+(?:\.\d+)?%|[一二三四五六七八九两]成|一半|部分)|${REFUND_REST}|${REFUND_SHARE})(?:将|会|则|均|一律)?(?:转入|存入|转到|充入|充值到|退至|退到|退回至|退回到|退入|返还至|返还到)(?:您的?)?(?:在)?(?:本店|店铺|商城|平台)(?:的)?(?:账户)?(?:余额|积分|购物卡|礼品卡|储值卡|优惠券|代金券)${NOT_CREDIT_REPAID}`,
);
/**
 * The whole refund paid in the shop's coupons, points or cards ("所有退款以优惠券形式返还", "退款只能以积分形式返还"): the
 * refund follows the way of payment (NRR-MEASURES 14), beside the exchange such credit is (`exchange_only`), as the English
 * "refunds are issued as store credit" is read.
 */
const REFUND_IN_CREDIT = new RegExp(
  `(?:款项|退款|货款)[^,;。]{0,8}?(?:统一|一律|均|全部|都|只|仅|将|会)?(?:能|可|会|将)?(?:以|作为|转为|转成|退为|退成|换成)(?:本店|店铺|商城|平台)?(?:的)?(?:优惠券|代金券|购物券|礼券|积分|京豆|购物卡|礼品卡)(?:的)?(?:形式)?(?:发放|返还|退还|退回|支付)?${NOT_CREDIT_REPAID}`,
);

/** Loss or damage after the consumer has the goods ("…lost or damaged goods once they're yours", "…once delivered"). */
const LOSS_AFTER_DELIVERY_EN =
  /\b(?:lost|loss|damaged|damage|stolen|theft)\b[^.;]{0,40}\b(?:once (?:they(?:re| are) yours|(?:it|they|the (?:goods|items?|parcels?|packages?|orders?)) (?:(?:is|are|has been|have been) )?delivered(?! to (?:the )?(?:carrier|courier|post|freight))|delivered(?! to (?:the )?(?:carrier|courier|post|freight))|(?:you|the customer) (?:has |have )?(?:received|signed for) (?:it|them|the (?:goods|items?|parcels?|packages?|orders?)))|after (?:delivery|(?:you|the customer) (?:has |have )?(?:received|signed for) (?:it|them|the (?:goods|items?|parcels?|packages?|orders?))))\b/;
/** Damage said to come from the consumer's own use alone ("…damage caused to the product due to improper use"). */
const OWN_HARM_EN =
  /^(?![^.;]*\b(?:shipping|shipment|transit|courier|carrier|delivery|postage|postal|manufactur\w*|defects?|defective|faults?|faulty)\b)[^.;]*\bdamage\b[^.;]{0,40}\b(?:due to|caused by|resulting from|from|through) (?:improper|incorrect|wrong|careless|unreasonable) (?:use|usage|handling|installation|care|storage|operation)\b[^.;]*[.;]?\s*$/;
/** Every return or cancellation paid back as the shop's credit ("所有退货/取消将作为商店额度退还至您的帐户"). */
const RETURNS_AS_STORE_CREDIT =
  /(?:所有|全部|一切)(?:的)?(?:退货|退款|退换货?)(?:\/(?:取消|退款|换货))?[^,;。]{0,4}(?:将|会|均|一律)?(?:作为|以|转为|转成)(?:商店|店铺|本店|商城)(?:的)?(?:额度|积分|购物金|余额)(?:的形式)?(?:退还|退回|返还|存入|退至|发放)/;
/** A refund kept in a store account for the next order, not paid back the way it came (NRR-MEASURES 14). */
/** The refund parked in a virtual or member account "for next time". */
const PARKED_FOR_NEXT_TIME =
  /(?:款项|退款|货款)[^,;。]{0,6}(?:存入|转入|退至|退到)[^,;。]{0,6}(?:虚拟|会员|预存|暂存)(?:帐户|账户|款|余额)[^。]{0,20}(?:下次|以便)/;
function refundParked(text: string): boolean {
  return (
    (PARKED_FOR_NEXT_TIME.test(text) ||
      ((REFUND_TO_ACCOUNT.test(text) || REFUND_IN_CREDIT.test(text) || RETURNS_AS_STORE_CREDIT.test(text)) &&
        // The part paid by a store or gift card goes back to the store account: its own original route.
        !/(?:购物卡|礼品卡|储值卡|余额|代金券|京豆)(?:支付)?(?:的)?部分(?:的)?(?:退款)?(?:将)?(?:退至|退回|退到|存入|返还)/.test(
          text,
        ) &&
        // The card or balance the consumer paid with ("使用礼品卡支付的部分，…", "if you paid with a gift card").
        !/(?<!(?:无论|不论|不管)[^,;。]{0,6})(?:购物卡|礼品卡|储值卡|购物金|京豆|代金券|余额)(?:支付|付款|抵扣|购买)(?![^,;。]{0,4}(?:亦同|同样|也))|\bpaid (?:with|by|using|via) (?:a |an |your )?(?:gift cards?|store credit|e-?gift cards?)|\bgift cards? used (?:for|to pay|in)\b/.test(
          text,
        ) &&
        !/(?<!如需|若需|如要|需要|申请|不|不能|不可|无法|不予)(?:原路|原支付方式|原付款方式)(?:退回|退还|返还)(?![^,，。]{0,4}(?:请|需|须|可|联系|备注|申请))|(?<!不|不能|不可|无法|不予)(?:退回|退还|返还|退至|退到)(?:至|到)?(?:您的?)?原(?:支付|付款)(?:账户|帐户|方式)/.test(
          text.replace(ROUTE_REFUSED, ' '),
        ))) &&
    !(
      /(?:如|若)(?:您)?(?:愿意|同意)|经(?:您)?同意(?![^,;。]{0,6}(?:原支付方式|原路))|余额支付|使用[^,;。]{0,10}(?:余额|预存款)(?:支付)?的|(?<![方才])(?:可以?|也可|可选择|选择|申请)[^,;。]{0,6}(?:原支付方式|原路)(?:退回|退还|返还|返回)|不同意的?[^,;。]{0,8}(?:备注|告知)|不同意的?[^。]{0,12}联系(?![^。]{0,12}(?:取消|勿|不要))|(?:亦可|也可|或者?可?)(?:直接)?(?:退入|退回|退至|退到|退还至?|转入|汇入)(?:(?!储值|积分|会员|余额|购物金|优惠券|礼品卡|本店|店铺)[^,;。]){0,14}(?:账号|账户|帐户|帐号|银行卡)/.test(
        text.replace(ROUTE_REFUSED, ' '),
      ) && !/无需[^,;。]{0,4}同意|不接受原/.test(text)
    )
  );
}

/** The penalties of one region read (each reads the sentence back to its start; no real sentence names more). */
const PENALTIES_READ = 20;

/**
 * The right penalised for being used: many or frequent returns met with a restriction of later returns, of the account
 * or of trade ("若大量退换货…拒绝交易或永久取消其资格", "恶意退换货（频繁退货、调包等）将被限制退换货权限", "Customers with
 * excessive returns may be restricted from future returns"). Using the right often is no bad faith by itself (CRPL 25,
 * 26 ¶2); a shop may meet bad faith itself ("恶意退货", "调包"), which this does not read.
 */
/** What a penalty on returns records stops, with its object ("暂停该账户", "终止交易", "永久停用"; not "永久保存"). */
const RECORD_PENALTY =
  '(?!(?:暂停|终止)(?:向|与|对)?(?:该|此)?(?:批次)?(?:的)?(?:商品|产品|货品|款式?|批次|供应商|厂家|厂商|品牌|渠道|链接|宝贝|采购|生产)(?![^,;。]{0,4}(?:购买|资格|权限|下单)))(?:限制|冻结|封(?:号|禁|停)|拉黑|拒绝(?:交易|服务|其?订单)|暂停(?:为|与|向|该|此|其|您|会员|交易|购买|下单|发货|服务|账户|账号|帐号|权益|资格)|终止(?:交易|合作|服务|与|对|向|其|您|该|此|会员|账户|账号|资格)|永久(?:封|冻结|停止|停用|拒绝|取消|拉黑|限制|禁止|不再|注销)|取消(?:其|您的|该用户的?)?(?:购买|会员|资格|账号|账户|交易))';
const RETURNS_PENALISED = new RegExp(
  String.raw`(?:大量|频繁|多次|过多|过于频繁)(?:的)?(?:退换货|退货|退换)|(?<!(?<![非不])恶意|调包|掉包|虚假|欺诈)(?:退换货|退货|退换|退款)(?:的)?(?:次数)?(?:超过|超出|多于|达到)\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:次|单|笔)|(?:不想要了?|不喜欢|无故|无理由|随意)[^,;。]{0,6}(?:申请)?(?:退货|退换货?|退款)(?=[^;。]{0,6}(?:将|会|就)?(?:被)?(?:封号|限制|拉黑|冻结|封禁))|(?:大量|频繁|过多|过于频繁)(?:的)?(?:不当)?售后|(?:退换货|退货|退换|售后)(?:的)?(?:次数|率)(?:过多|过高|较多|较高|频繁|超过)|\b(?:excessive|frequent|repeated|serial|habitual|abnormal) (?:returns?|returners?|refunds?|exchanges?|return (?:requests?|rates?))\b|\breturn(?:s|ing)? (?:items |goods |products |orders )?(?:too )?(?:frequently|often)\b|\b(?:frequently|often|repeatedly) return(?:s|ing)?\b|\bmore than (?:\d+|two|three|four|five|ten) returns\b|\breturn(?:s|ing)? more than (?:\d+|one|two|three|four|five|ten) (?:orders?|items?|times)\b|\bhigh (?:number|volume|rate) of (?:returns?|refunds?)\b|\breturns? (?:too )?(?:frequently|often)\b|\bserial returners?\b|\bbased on (?:your |their |the |customer |customers )?(?:(?:order|purchase|account)s? (?:or|and|\/) )?(?:returns?|refunds?) (?:behaviou?r|history|activity|patterns?|rates?|frequency)\b|(?:根据|依据|视|参考|按照)(?:您的|用户的|买家的|顾客的)?(?:订单(?:及|和|或|与))?(?:退货|退换货|退款)(?:的)?(?:记录|纪录|行为|频率|次数|情况)(?=[^;。]{0,30}${RECORD_PENALTY})(?=[^;。]{0,40}(?:过多|频繁|多次|较多|过高|超过)|(?!(?:(?!${RECORD_PENALTY})[^;。]){0,30}?(?<!非|是否|不是|并非|无论|不论|不管)(?:恶意|调包|掉包|欺诈|虚假)(?!与否)|[^;。]{0,30}?${RECORD_PENALTY}[^,;。]{0,16}(?<!非|是否|不是|并非|无论|不论|不管)(?:恶意|调包|掉包|欺诈|虚假)(?!与否)))|\breturns? (?:are|is) (?:more (?:frequent|often)|too (?:frequent|many|numerous|high))\b|(?:^\s*|\b(?:you|customers?|buyers?|users?|members?|accounts?)\b[^.;]{0,30}\b)(?:too many|an unusual number of|an excessive number of) returns?\b`,
);
const PENALTY =
  /暂停|\b(?:charged|charge) (?:a |an )?\$?\d*\s*(?:penalty|fine|fee)\b(?! (?:for|to cover) (?:the |a |your )?(?:prepaid )?(?:return )?(?:label|shipping|postage))|\b(?:fee|charge) (?:per|for each|on each|for every) return\b|\bpenalty (?:fee|charge)s?\b|终止|限制|取消(?:其|该)(?:订单|交易|资格|会员|账号|账户)?|(?:采取|予以)取消|取消(?:其|该|您的|用户的|买家的|客户的)?(?:会员)?(?:资格|账号|账户|帐号|帐户)|拒绝(?:交易|服务|其?订单)|永久|封(?:号|禁|停)|冻结|黑名单|拉黑|不再(?:为其|为您)?(?:服务|受理其|接受其)|\b(?:restrict|suspend|terminat|ban(?:ned)?\b|block|refused? (?:future|further)|declin(?:e|ed) (?:future|further)|clos(?:e|ing) (?:the |your |their )?accounts?|accounts? (?:will |may |might |could )?(?:be |being |get |is |are )?(?:closed|suspended|blocked|banned|terminated)|\b(?:accounts?|memberships?|vip|status|loyalty|privileges?|eligibility)\b[^.;]{0,60}\b(?:will|may|might|shall) be (?:closed|suspended|blocked|banned|terminated|revoked|cancell?ed)\b|\blose (?:their |your |all )?(?:return |refund |exchange )?privileges\b|\b(?:will|may|might|shall) be (?:closed|removed|excluded|expelled) (?:out )?(?:of|from) (?:our |the |your )?(?:loyalty|membership|vip|rewards?)|account (?:suspension|closure|termination)|\b(?:purchases?|orders?|buying)\b[^.;]{0,20}\b(?:limited|restricted)\b|\blimit (?:your |their |future )?(?:purchases?|orders?)\b|\bsuspension\b|no longer (?:be )?eligible)/;
/** Another application granted ("如有遗漏可联系客服再次申请"), not refused ("再次申请将被拒绝") nor a withdrawn one refiled. */
const REAPPLY_GRANTED =
  /(?<![不无禁申]|撤销后|取消后)(?:可|可以|能|请)(?![勿不别])(?:(?![不无勿别禁])[^。；;，,]){0,8}(?:再次|另行|重新)(?:申请|发起|提交)(?![^。；;，,]{0,6}(?:将被拒绝|无效|不予|不被))/;
/**
 * A further application refused ("退款申请被驳回后不可再次申请", "再次申请将被拒绝", "you cannot reapply"): a refusal may
 * be wrong, or its ground mended, and the right is not spent by one answer (CRPL 26 ¶2). A duplicate of a pending
 * application ("请勿重复申请") is procedure.
 */
const REAPPLY_REFUSED =
  /(?:驳回|拒绝|审核不通过|未通过|未获通过)(?:后|的)[^,;。]{0,6}(?:不得|不可|不能|不允许|禁止|不再受理|不予受理)(?:重复|再次|重新)?(?:申请|提交|发起)|(?<!极速|闪电|快速|秒)(?:售后|退货|退款|退换货?)(?:服务|工单)?(?:的)?申请(?:仅限|只限|限|只能|仅能)(?:申请|提交)?(?:一|1)次|申请(?:售后|退货|退款|退换货?)(?:仅限|只限|限|只能|仅能)(?:一|1)次|(?:再次|重新|二次)(?:申请|提交|发起)(?:的)?(?:申请)?[^,;。]{0,4}(?:将|会|均|一律)?(?:被)?(?:拒绝|驳回|无效|不予(?:受理|处理)|不被受理|不受理|不再受理)|(?:不可|不能|不得|无法|不予|不再|不允许|不支持|禁止|恕不接受|不接受)(?:以)?(?:再次|重新|二次)(?:申请|提交|发起)|\b(?:cannot|can ?not|may not|can never|will not be able to|are not (?:allowed|permitted|able) to)\s+(?:re-?apply|resubmit|re-?submit|submit (?:another|a new|a second) (?:return |refund )?(?:request|application)|apply again|request (?:it |a return |a refund )?again)\b|\b(?:cannot|can ?not|may not|will not|won'?t)\s+be\s+(?:re-?submitted|re-?opened|re-?filed|submitted again)\b/;
/**
 * Not a right refused a second time: the refund already paid ("退款成功后不可再次申请"), another matter than the return
 * (price protection, invoices, coupons), or the end of the period ("售后期过后再次申请将被拒绝").
 */
const REAPPLY_SPENT_OR_ELSEWHERE =
  /价格保护|(?:退款|退货|售后)(?:退款)?(?:交易)?(?:已)?(?:成功|完成|完毕|完结|到账)|已到账|已退款|退款后|\b(?:has|have) been (?:issued|completed|processed|paid|refunded)\b|\bonce (?:your |the )?refund (?:is|has been) (?:issued|completed|processed|paid)\b|价保|保价|发票|优惠券|积分|红包|\b(?:invoices?|coupons?|vouchers?|price (?:protection|adjustments?|match(?:ing)?))\b|(?:售后期|售后服务期|退货期|退换货?期|保修期|质保期|三包期|期限|时效)(?:已)?(?:过后|结束后|届满后|满后|之后|以后|以外|外)|\b(?:after|once) the (?:return|after-sales|warranty) (?:period|window)\b/;
/**
 * A per-order or per-item limit of one application, said of no particular application ("每个订单申请仅限一次", "Only one
 * return request can be submitted per order").
 */
const ONE_APPLICATION_EACH =
  /(?:每个|每笔|每一|每张|每人)(?:每个)?(?:订单|商品)?(?:的)?(?:售后)?申请(?:仅限|只限|限|只能|仅能)(?:一|1)次|(?:每个|每笔|每一|每张|单笔|单个|单一|同一|一个|一张|一笔)(?:订单|商品)(?:仅|只)(?:接受|受理|办理|能|可|可以)(?:申请|进行)?(?:一|1)次(?:的)?(?:退货|退换货?|退款|售后)(?:处理|申请|服务|操作)?|\b(?:only (?:one|1|a single)|one|a single) (?:return|refund|exchange|after-?sales) (?:request|application|claim)\b[^.;]{0,30}\bper (?:order|item|purchase)\b|\beach (?:order|item|purchase) (?:may|can) only (?:have|submit|make|file) (?:one|1|a single) (?:return|refund|exchange|after-?sales)|\beach (?:order|item|purchase) (?:may|can) only request an? (?:return|refund|exchange) once\b|\b(?:return|refund|exchange) requests? (?:are|is) limited to (?:one|1) per (?:order|item|purchase)\b/;
/** What such a limit may be said of other than after-sales: trials, gift packs, price protection, fast refunds, coupons. */
const ONE_APPLICATION_ELSEWHERE =
  /试用(?!装)|礼包(?!商品)|新人礼|价保|保价|价格保护|优惠券?|红包|闪电|极速|快速退款|秒退|积分|会员礼|\b(?:trials?|gift packs?|coupons?|price (?:match|protection|adjustment)|vouchers?)\b/;
/** The refusal with its own part and the one before, not the parts after ("…不可再次申请，优惠券将退回" reads the first). */
function reapplyRefused(text: string, line: string): boolean {
  // Said of a trial, a gift pack, price protection or a fast refund before it or in its own words, not after it.
  const each = ONE_APPLICATION_EACH.exec(text);
  if (each) {
    // The limit's own part and a scope after it ("…仅限一次价保", "…，仅限新人免费试用活动", "（免费试用）"), not another matter
    // after it ("…，优惠券不退"); a second application granted on refusal ("如被驳回可再次申请") lifts it.
    const after = text.slice(each.index + each[0].length);
    const own = after.split(/[,;。]/)[0] ?? '';
    const next = after.slice(own.length + 1).split(/[,;。]/)[0] ?? '';
    const scope = /^\s*(?:仅限|仅适用|只适用|适用于|限)/.test(next) ? next : '';
    return (
      !(REAPPLY_GRANTED.test(line) && /驳回|拒绝|不通过|rejected|declined/.test(line)) &&
      !ONE_APPLICATION_ELSEWHERE.test(text.slice(0, each.index + each[0].length) + own + scope)
    );
  }
  const match = REAPPLY_REFUSED.exec(text);
  if (!match || REAPPLY_GRANTED.test(line)) return false;
  // The part before it too ("Once your refund has been issued, you cannot reapply").
  const marks = ',;。()（）';
  const own = partBegins(text, match.index, marks);
  const start = own > 0 ? partBegins(text, own - 1, marks) : 0;
  const end = text.slice(match.index).search(/[,;。()（）]|$/);
  return !REAPPLY_SPENT_OR_ELSEWHERE.test(text.slice(start, match.index + end));
}
/** A negation before a penalty in its own part ("不会受到任何限制", "本店不作限制", "will not result in suspension"). */
const PENALTY_NEGATED =
  /不会|不作|不做|不设|不受|不被|并不|绝不|从不|不影响|不代表|不意味|不等于|无须|无需|没有|不至于|\b(?:will not|won'?t|wont|never|not be|do not|does not|doesn'?t|don'?t|no longer|not)\b/;
/** The penalties and their negations, for reading every occurrence (built once, not per clause). */
const PENALTY_ALL = new RegExp(PENALTY.source, 'g');
const PENALTY_NEGATED_ALL = new RegExp(PENALTY_NEGATED.source, 'g');
/** A penalty, or a word joining penalties in a list ("restrict, suspend or close"). */
const PENALTY_OR_LINK = new RegExp(`${PENALTY.source}|\\b(?:or|and)\\b|或|和|、|及`, 'g');
/** A stop put to the goods, their sale or their supply, not to the buyer (the penalty `RECORD_PENALTY` leaves out too). */
const GOODS_PENALISED =
  /^(?:暂停|终止|限制|停止)(?:向|与|对)?(?:该|此)?(?:批次)?(?:的)?(?:商品|产品|货品|款式?|批次|供应商|厂家|厂商|品牌|渠道|链接|宝贝|采购|生产|销售)(?![^,;。]{0,4}(?:购买|资格|权限|下单))(?![^,;。]{0,8}(?:给|予|向|对)(?:该|此|其)?(?:买家|用户|顾客|客户|会员|您))/;
function returnsPenalised(text: string): boolean {
  const match = RETURNS_PENALISED.exec(text);
  if (match === null) return false;
  // Returns in bad faith counted ("恶意的退货超过两次将封号", "以调包方式退货超过两次"): bad faith met, not the right penalised.
  // The lawful cost of returning part of an offer or of the shipping ("…from a bundle, the bundle discount will no longer be
  // eligible", "…no longer eligible for free shipping", "…a $5 fee to cover the return shipping", "…a pickup slot").
  if (
    /\bmore than one\b/.test(match[0]) &&
    /bundle|multi-?buy|discount|free shipping|pick-?up|return shipping|label/.test(text)
  )
    return false;
  const said = text.slice(Math.max(0, match.index - 8), match.index);
  if (
    /(?:恶意|调包|掉包|欺诈|虚假|以次充好)(?:的|方式)?$/.test(said) &&
    !/(?:非|不属于|不是|并非)(?:恶意|调包)(?:的)?$/.test(said)
  )
    return false;
  // The returns phrase's own part and the rest of its sentence, and the sentence before it where the part is a condition
  // ("我们将永久封号，如果您频繁退货"): a penalty in another sentence, or in an earlier part that is not conditioned on the
  // returns ("对恶意调包者我们将冻结账户，正常的多次退货不受影响"), is for something else.
  const sentenceEnd = text.slice(match.index).search(/[。;；]|\.(?:\s|$)/);
  const sentenceStart = Math.max(...['。', ';', '；'].map((p) => text.lastIndexOf(p, match.index))) + 1;
  const partStart = Math.max(sentenceStart - 1, ...['，', ','].map((p) => text.lastIndexOf(p, match.index))) + 1;
  // A trailing condition with no consequence of its own ("…，如果您频繁退货"), not one followed by its own ("…，如果是正常的
  // 多次退货则不受影响", "…，如果您多次退货请整单寄回").
  const conditionPart = text.slice(partStart, sentenceEnd < 0 ? text.length : match.index + sentenceEnd);
  const conditioned =
    /^\s*(?:如果|若|如|一旦|倘若|假如|if|when|should)/.test(conditionPart) &&
    // The condition's own tail states no outcome of its own ("…，如果您频繁退货超过每月五次以上", "…，if you return items too
    // frequently within 30 days"), or only calls the returns abusive ("…，如果您频繁退货可能会被视为恶意").
    (!/则|请|不受|不影响|照常|正常|可|会|将|欢迎|联系|不限制|\b(?:then|please|still|will|would|can|welcome|contact)\b/.test(
      conditionPart
        .slice(match.index - partStart + match[0].length)
        .replace(/会员|联系不上|不联系|未联系|没有联系|没联系/g, ' '),
    ) ||
      /视为恶意|属于恶意|认定为恶意|视为滥用|构成滥用|构成恶意|\bconsider(?:ed)? (?:it |this )?abus|\bdeemed abus/.test(
        conditionPart.slice(match.index - partStart + match[0].length),
      ));
  const region = text.slice(
    conditioned ? sentenceStart : partStart,
    sentenceEnd < 0 ? text.length : match.index + sentenceEnd,
  );
  const regionStart = conditioned ? sentenceStart : partStart;
  return matchesOf(PENALTY_ALL, region)
    .slice(0, PENALTIES_READ)
    .some((penalty) => {
      // A step against the goods or their maker ("退货率过高的商品，我们将终止该商品的销售", "…暂停向厂家采购"), not the buyer.
      if (GOODS_PENALISED.test(region.slice(penalty.index ?? 0))) return false;
      // Read back to the sentence's start: a negated penalty listed before the region's part shares its negation.
      const before = text.slice(sentenceStart, regionStart + (penalty.index ?? 0));
      let cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','));
      let own = before.slice(cut + 1);
      // A penalty listed after a negated one ("We will not restrict, suspend or close…") shares its negation.
      while (cut >= 0 && own.replace(PENALTY_OR_LINK, '').trim() === '') {
        const earlier = before.slice(0, cut);
        cut = Math.max(earlier.lastIndexOf('，'), earlier.lastIndexOf(','));
        own = before.slice(cut + 1);
        if (PENALTY_NEGATED.test(own)) break;
      }
      // The negation governs the penalty ("我们绝不会因为您退货次数较多而限制", "do not mean we will suspend"), but not a step
      // done without notice first ("无需通知即可暂停", "没有任何警告即冻结"), a relative clause ("customers who do not explain",
      // "items that are not faulty") nor a sentence going on ("will not be tolerated and may result in suspension").
      const negation = matchesOf(PENALTY_NEGATED_ALL, own).pop();
      if (negation === undefined) return true;
      if (/\b(?:who|that|which)\s+(?:do|does|did|are|is|were|was|have|has)?\s*$/.test(own.slice(0, negation.index)))
        return true;
      const between = own.slice((negation.index ?? 0) + negation[0].length);
      // A negation that qualifies the buyer ("没有正当理由频繁退货的用户") or a step before the penalty ("不会收到警告就被冻结",
      // "无需提前告知便冻结", "do not need to warn … before we suspend") does not govern it.
      if (/^\s*(?:正当|合理|充分)?(?:理由|原因)/.test(between)) return true;
      // A negation before the returns named as a kind of buyer ("从不看说明就频繁退货的用户") qualifies the buyer, unless it
      // heads the main clause ("不会对频繁退货的顾客…", "不会因为您频繁退货…").
      const negationAt = sentenceStart + (before.length - own.length) + (negation.index ?? 0);
      if (
        negationAt < match.index &&
        // Only where the penalty comes after the buyer so named: "本店从不限制频繁退货的用户" negates the penalty itself.
        sentenceStart + before.length > match.index &&
        /^(?:的)?(?:用户|买家|顾客|客户|会员|账户|账号|者|人)|^\s*(?:customers?|returners?|users?|accounts?|buyers?)\b/.test(
          text.slice(match.index + match[0].length),
        ) &&
        !/^\s*(?:对|因为|因|由于|向|为|针对|against|because|for)/.test(between)
      )
        return true;
      // "并不意味着…就会被限制", "do not mean we will suspend": the meaning denied governs the whole.
      if (/^\s*(?:意味|代表|等于|mean)/.test(between) || /不代表|不意味|不等于/.test(negation[0])) return false;
      // The negation refuses the returns themselves, and a penalty follows ("We do not accept frequent returns and suspend
      // such accounts", "We won't refund serial returners and block their accounts").
      if (between.includes(match[0]) && /\b(?:and|but)\b/.test(between.slice(between.indexOf(match[0])))) return true;
      // A step sequenced before the penalty ("无需通知即可暂停", "不做解释直接封号", "不会收到警告就被冻结", "do not need to warn …
      // before we suspend"), another verb joined by 并 ("不予发货并暂停") or the sentence going on ("will not be tolerated and
      // may result in…"); not a list the negation covers ("不会…进行任何提醒或限制", "won't warn or suspend") nor a cause
      // ("不会因为您频繁退货就冻结").
      return (
        /(?:通知|告知|警告|提醒|解释|理由|warn\w*|notice|notif\w*|explain\w*|chance|opportunit\w*)[^,，]{0,40}?(?:即|就|便|而|直接|立即|立刻|\bbefore\b|\bthen\b)|(?:即可|即会|即被|即将|即行|直接)(?![^,，]*(?:因为|由于))|^[^因]{0,4}(?:即|立即)|并(?!且)|(?:并且|且|而是|而且)\s*(?:会|将|也会|也将|导致|予以|被)[^,，]{0,8}$|^\s*hesitat|\b(?:and|but)\b(?!\s*(?:restrict|suspend|close|block|ban|terminat|refus|declin|limit|warn|track|$))|tolerated/.test(
          between,
        ) && !(/直接/.test(between) && /因为|由于|因/.test(between) && !/(?:通知|告知|警告|提醒|解释)/.test(between))
      );
    });
}

/** Returns sent by post refused ("目前物流中心暂不接收平邮", "不接受任何形式、任何公司的邮寄办理"): the consumer's way of returning restricted (NRR-MEASURES 19 ¶1). */
const POST_REFUSED =
  /(?:不|暂不|恕不|一律不)(?:支持)?(?:接收|接受|签收|收)?(?:任何形式(?:、任何公司)?的|[^,;，；。]{0,10}?[、和及或])?(?:邮局)?(?:平邮|邮寄办理)|(?:平邮|邮局)(?:寄回|退回)?(?:的)?(?:包裹|件|退货)?[^,;，；。]{0,4}(?:一律|均|都)?(?:拒收|拒签|不予签收|不收)/;

/**
 * Post refused for returns: not in a part about the shop's own dispatch ("偏远地区暂不支持平邮发货"), nor where the clause
 * names no return or receipt of parcels at all ("偏远地区不支持平邮，请选择快递").
 */
function postRefused(text: string): boolean {
  const match = POST_REFUSED.exec(text);
  if (match === null) return false;
  const start = Math.max(...[',', '，', ';', '；', '。'].map((p) => text.lastIndexOf(p, match.index)), -1) + 1;
  const rest = text.slice(match.index).search(/[,，;；。]/);
  const part = text.slice(start, rest < 0 ? text.length : match.index + rest);
  return !/发货|默认发|发出/.test(part) && /退|寄回|返回|寄还|接收|签收|拒收|使用|用/.test(text);
}

/** Every refund paid into the shop's own account for the buyer, whatever the way of payment (NRR-MEASURES 14). */
const REFUND_TO_ACCOUNT =
  /无论[^。]{0,10}(?:支付|付款)方式[^。]{0,20}(?:退还|退回|退至|退到|转至|转入|存入|返还)[^。]{0,8}(?:账户|帐户|余额)|(?:款项|退款|货款)[^,;。]{0,8}(?:转至|转入|存入|退至|退到|退还至|退回至|退回到|返还至|返还到)(?:您的)?(?:个人|会员|网站|商城|平台)(?:帐户|账户)余额|(?:款项|退款|货款)[^,;。]{0,8}(?:转至|转入|存入|退至|退到|退还至|退回至|退回到|返还至|返还到)(?:您的)?(?:暂存款|虚拟|预存款?)(?:帐户|账户)|(?:款项|退款|货款)[^,;。]{0,8}(?:返还至|返还到|退回至|退回到|退至|退到|存入)(?:您的)?(?:网站|商城)(?:帐户|账户)|(?:款项|退款|货款)[^,;。]{0,8}(?:退至|退到|存入|转入|返还至|退回至)[^,;。]{0,8}余额[^。]{0,6}(?:不可|不能|不支持|无法|不得)(?:提现|取现|转出)|(?:款项|退款|货款)[^,;。]{0,6}(?:统一|一律|均|全部|都|只|仅)(?:会)?(?:转至|转入|存入|退至|退到|退还至|退回至|退回到|返还至|返还到|退回|退还|返还)(?:您的)?(?:店铺|商城|网站|平台|会员|个人)(?:帐户|账户)?余额|\brefunds?\b[^.;]{0,30}\b(?:(?:account|store|site|wallet|shop) (?:balance|wallet|credit)|wallet)\b[^.;]{0,30}\b(?:cannot|can ?not|can't|may not|will not) be (?:withdrawn|cashed out|transferred|paid out)\b|(?:款项|退款|货款)[^,;。]{0,8}(?:统一|一律|均|全部|都|只|仅|将|会)?(?:以)?(?:退至|退到|存入|转入|返还至|退回至|退回到|转为|转成)(?:您的)?(?:店铺|本店|商城|网站|平台|会员)?(?:礼品卡|购物卡|储值卡|购物金)|默认(?:退至|退到|退回至|退回到|退回|存入)(?:您的)?(?:个人|会员|网站|商城|平台|店铺)?(?:帐户|账户)?余额(?!(?:(?!佣金|红包|奖金|积分|返现|收益|分红|奖励)[^。]){0,30}?(?<![不无没未否]|不予|是否)(?:可|可以|能|能够|允许|支持)(?:随时)?[^,;。不无没禁否]{0,14}?(?:提现|取现|转出)(?![^,;。]{0,3}(?:不行|不可以|不可|不能|不支持|不允许|无法)))|(?<!余额|原路)(?:款项|退款|货款)[^,;。]{0,8}(?:退至|退到|存入|转入|返还至|返还到|退回至|退回到|退还至|退还到|退回|退还|返还)(?:您的)?(?:个人|会员|网站|商城|平台|店铺)?(?:帐户|账户)?余额(?![^,;。]{0,4}(?:支付|付款))(?!(?:(?!佣金|红包|奖金|积分|返现|收益|分红|奖励)[^。]){0,30}?(?<![不无没未否]|不予|是否)(?:可|可以|能|能够|允许|支持)(?:随时)?[^,;。不无没禁否]{0,14}?(?:提现|取现|转出)(?![^,;。]{0,3}(?:不行|不可以|不可|不能|不支持|不允许|无法)))|\brefunds?\b[^.;]{0,20}\b(?:issued|given|made|paid|credited|provided|sent|returned|added|transferred|deposited)\s+(?:only\s+)?(?:as|in the form of|to|onto|in)\s+(?:a |an |your )?(?:store |shop |site )?(?:gift cards?|store credit|(?:store|shop|site) (?:account|wallet|balance)|e-?gift cards?)\b(?!(?:(?!\b(?:bonus|bonuses|commissions?|referrals?|rewards?|points|cashback|earnings)\b)[^.]){0,60}\b(?:can|may|are able to|will be able to)\b(?:(?!\b(?:not|never|cannot|cant|no longer|in no)\b|\bno\b(?! (?:extra |additional |hidden )?(?:fees?|charges?|costs?|minimum))|\bbut\b(?! also))[^.]){0,30}\b(?:withdraw|cash(?:ed)? (?:it )?out))(?![^.;]{0,20}\b(?:if|when|where) (?:you|paid|the (?:original )?(?:order|purchase) was paid)\b)/;

/** The original route refused or offered only against a charge ("不可选择原路退回", "如需申请原路退回须扣除10%"). */
const ROUTE_REFUSED =
  /(?:不可以?|不能|不支持|恕不能|无法|不得|不予|不接受|不提供)(?:以)?(?:选择|申请|办理|使用)?(?:原支付方式|原路)(?:退回|退还|返还)?|(?:如需|若需|如要|如选择|若选择)[^,;。]{0,6}(?:原支付方式|原路)(?:退回|退还|返还)?[^。]{0,6}(?:须|需|将)?(?:扣除|收取|支付)[^,;。]{0,8}(?:费|\d|%|百分之)/g;

/** Every loss put on the consumer ("所有损失，均须自行承担"), not only the losses the consumer caused. */
const EVERY_LOSS_BORNE =
  /(?:所有|一切|全部)(?:的)?损失[^;。]{0,6}(?:均|全部|一律)?(?:须|需)?(?:由)?(?:您|顾客|买家|客户|消费者)?(?:自行)?承担/;
function lossesShifted(text: string): boolean {
  return (
    EVERY_LOSS_BORNE.test(text) &&
    /(?:您|顾客|买家|客户|消费者|自行)承担/.test(text) &&
    (!/(?<!是否)因(?:您|买家|顾客|客户|消费者)[^。]{0,14}(?:原因|错误|不当|自行|私自|拆修|有误|填写|过失)/.test(text) ||
      DEFECT_LOSSES.test(text))
  );
}

/**
 * A defect named among the causes of the losses the consumer bears ("因买家原因或商品故障导致的一切损失", "…以及商品
 * 质量问题产生的一切损失", "…，包括商品本身的质量问题"): those losses are the shop's (CRPL 24). A defect named elsewhere
 * in the clause (the shop's remedy, "质量问题请联系客服"), excepted, or caused by the consumer ("拆机导致的故障或质量问题，
 * 一切损失…") is not.
 */
const DEFECT_LOSSES =
  /(?:或|或者|及|和|以及|、)(?:因)?(?:商品|产品)?(?:本身)?(?:存在)?(?:的)?(?:质量问题|瑕疵|故障|缺陷)[^,;，；。]{0,6}(?:导致|造成|产生|引起|引发|所致)[^;；。]{0,16}损失|(?:质量问题|瑕疵|故障|缺陷)[^,;，；。]{0,6}(?:导致|造成|产生|引起|引发|所致)的?损失(?:和|及|以及|、)|(?:质量问题|瑕疵|故障|缺陷)(?:及|和|或|、|以及)(?:因)?(?:您|买家|顾客|客户|消费者)[^,;。]{0,8}(?:导致|造成|产生|引起|引发|所致)[^,;。]{0,6}损失|损失[^。]{0,12}(?:包括|包含)[^。]{0,6}(?:质量问题|瑕疵|故障|缺陷)|[,，](?:包括|包含|含)(?:商品|产品)?(?:本身)?(?:的)?(?:质量问题|瑕疵|故障|缺陷)/;

function partRefused(text: string): boolean {
  if (!/整|单|部[分份]|拆分|订单|组合|套装|套组|\bpart/.test(text)) return false;
  return (
    (PART_REFUSED.test(text) && !PART_NOT_THE_GOODS.test(text)) ||
    (WHOLE_ORDER_DEMANDED.test(text) && !/重新结算|重新计算|按实际|如(?:需|要|果)?(?:将)?整(?:单|笔)/.test(text))
  );
}

const OTHER_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '经营者不得以格式条款、通知、声明等方式排除或者限制消费者权利、减轻或者免除自身责任；该内容无效。',
    en: 'A shop may not, by standard terms, notices or statements, exclude or limit consumers’ rights or reduce or exempt its own liability; this content is void.',
  },
  suggestion: {
    zh: '退货申请按法律规定和本规则办理；对处理结果有异议的，您可以联系客服复核，也可以依法投诉或寻求其他解决途径。',
    en: 'Return requests are handled as the law and these rules provide; if you disagree with an outcome you may ask customer service to review it, complain, or seek other remedies as the law allows.',
  },
};

/** The consumer sending the return ("买家寄出退货商品后", "退货时请自行选择快递寄出", "退回商品请使用顺丰发出"). */
const CONSUMER_SENDS =
  /(?:买家|顾客|客户|您|消费者)(?!的)[^。,，]{0,8}(?:寄出|发出|寄回|退回)|(?<!无理由)(?:退货|退回|寄回)(?!须知|说明|政策|规则|流程)[^。,，:：]{0,10}(?:寄出|发出)|请(?![^。,，]{0,6}(?:等待|等候|耐心))[^。,，:：]{0,10}(?:寄出|发出|寄回)|自行[^。,，]{0,8}(?:寄出|发出)|退货(?:时|后)|(?:退回|寄回|寄出)时|(?:寄回|退回|退货)(?:途中|过程中)|(?:寄件|发货|发件)时请/;
/**
 * The shop's own dispatch, named outright ("我们会尽快发货", "本店重新发出的商品", "订单发出后", "商品发出前均经质检",
 * "发货途中"): its transit risk is the shop's (ECL 20), whatever else the sentence says of returns.
 */
const SHOP_DISPATCH =
  /(?:本店|我们|我司|商家|卖家|店铺|仓库|厂家)[^,;。，；]{0,8}(?:发货|出库|出仓|发出|寄出|派送|送货)|出库|出仓|重新(?:发出|寄出|发货)|(?:尽快|及时|安排|统一)发货|发货(?:后|途中|之后|以后|过程)|订单(?:发出|寄出)(?:后|前)|(?:发出|寄出)前[^。,，]{0,4}(?:均|都)?(?:经|经过|会)?(?:质检|检查)/;
/**
 * Words of a dispatch that may be the shop's or the consumer's return ("发货单", "当天寄出", "商品发出后", "派送途中"): the
 * shop's unless the consumer is said to send.
 */
const DISPATCH_WORD =
  /发货|(?:当天|当日|次日|\d+\s*(?:小时|个?工作日|天|日)内)(?:发出|寄出)|(?<!退货|退回|寄回|退货的|退回的)(?:商品|货品)(?:由[^,;。，；]{0,4})?(?:发出|寄出)(?:后|前)|送货|派送|配送/;

/**
 * A transit risk put on the consumer that is the consumer's own: their return parcel ("寄回商品时…邮寄过程中的丢失由您
 * 负责"), a carrier they chose ("如选择平邮，…") or a loss they caused ("因您填写地址错误导致…"), said in the same part
 * of the sentence or in the condition just before it, not in another sentence part about other costs.
 */
function consumersOwnRisk(text: string, at: number, length: number): boolean {
  const before = text.slice(0, at);
  const sentence = before.slice(before.lastIndexOf('。') + 1);
  // The consumer's return parcel ("退货时，请包装好商品，运输途中的损坏由买家自行承担", "退货商品发出后…"), or a returns
  // heading naming no dispatch ("退货政策：运输途中的损坏由买家承担": the return parcel is the reading open to the
  // consumer, CIVIL-CODE 498); not the shop's delivery ("七天无理由退货说明：本店发货后，运输途中的风险…").
  const said = sentence + text.slice(at, at + length);
  const consumerSends = CONSUMER_SENDS.test(said);
  if (
    (/退货|退回|寄回|返回|发回/.test(said) || consumerSends) &&
    !SHOP_DISPATCH.test(said) &&
    (consumerSends || !DISPATCH_WORD.test(said))
  )
    return true;
  const parts = sentence.split(/[,;，；]/);
  // The match may begin inside the words that name the carrier ("如选择其他快递，…": the match starts at "快递").
  const own = `${parts[parts.length - 1] ?? ''}${text.slice(at, at + length).split(/[,;，；]/)[0] ?? ''}`;
  const previous = parts.length > 1 ? (parts[parts.length - 2] ?? '') : '';
  return (
    CONSUMER_CARRIER_OR_FAULT.test(own) ||
    // …a condition before it, opened ("如选择平邮，…") or closed with 的 ("买家指定快递的，发货后丢件与本店无关").
    ((/^\s*(?:如|若|假如|如果|因)/.test(previous) || /的\s*$/.test(previous)) &&
      CONSUMER_CARRIER_OR_FAULT.test(previous))
  );
}
/**
 * One return or exchange per customer or order ("You may return only one item per customer", "Only one exchange is
 * allowed per customer"): the no-reason right is per item (CRPL 25). Not where a refund or return stays open beside
 * the limit, the limit is on a channel ("through the self-service portal") or on free exchanges only.
 */
/**
 * Returns counted against the buyer ("如果您在同一個月內進行了兩次或兩次以上的退貨", "您過去進行了過多的退貨"): a return count is
 * no ground the law gives for refusing one (CRPL 25, CRPL-REG 19 ¶4); void where the clause or its lead-in refuses.
 */
const RETURNS_COUNTED =
  /(?:同一|一)个?月(?:内|之内)?[^,;。]{0,12}(?:两|二|2|三|3)次(?:或(?:两|二|2|三|3)次)?以上(?:的)?(?:退货|退换货?|退款)|(?:过去|以往|此前)[^,;。]{0,8}(?:过多|频繁)(?:的)?(?:退货|退换货?|退款)|\b(?:return(?:s|ed)?|made|make) more than (?:\d+|one|two|three|four|five) (?:returns?|orders?|items?|times)\b[^.;]{0,30}\b(?:a|one|per|each|the same|every) (?:month|year|week|calendar month|period)\b/;
/**
 * The number of returns capped ("Returns are limited to 3 returns during a one month period", "每月退货不得超过3次"): the right
 * refused past the cap, however it is used (CRPL 25, 26 ¶2).
 */
const RETURNS_CAPPED =
  /\b(?:returns?|refunds?) (?:are|is|will be) (?:limited|capped|restricted) to (?:\d+|one|two|three|four|five|six|ten)(?: (?:returns?|refunds?|exchanges?))?\b[^.;]{0,20}\b(?:per|a|an|each|every|during|within|in)\b[^.;]{0,12}\b(?:day|week|month|year|period)s?\b|(?:每月|每年|每周|每天|每日|每人|每位(?:顾客|客户|买家|用户)|每个(?:账户|账号|用户|会员|客户|买家))[^,;。]{0,6}(?:退货|退换货?|退款)(?:次数)?(?:不得|不能|不可|最多|仅限|限|只能)(?:超过)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:次|单|笔)|(?:每月|每年|每周|每天|每日)[^,;。]{0,4}(?:仅|只)(?:享有|享受|可享受?|可以|可|能)?(?:\d+|[一二两三四五六七八九十]+)\s*次(?:的)?(?:无理由)?(?:退货|退换货?|退款)/;
/** The buyer barred from returning again ("…will not be able to return further items"; the reading form has "cannot", "will not"). */
const FURTHER_RETURNS_BARRED_EN =
  /\b(?:will not|cannot|no longer) (?:be able to |be allowed to |be permitted to )?(?:return|be eligible)\b/;
/**
 * The shop holding discretion over the refunds, returns or exchanges themselves ("The returns department retains full
 * discretion on granting full or partial refunds, exchanges or in-store credits", "Goods accepted for refund at Management's
 * discretion only"), as "refunds are issued at our discretion" says it, or refusing them without a reason ("All returns require prior approval, which we may refuse without giving a
 * reason"): a right the law gives is not the shop's to grant (CRPL 26 ¶2).
 */
const DISCRETION_HELD_EN =
  /\b(?:accepted|approved|taken back) for (?:a )?(?:refunds?|returns?|exchanges?) (?:(?:only )?at (?:the )?(?:(?:sole|absolute|full) )?discretion of (?:the )?(?:management|manager|store|shop|seller|company)|(?:only )?at (?:the )?(?:management|manager|store|shop|seller|company)['’]?s?['’]? (?:(?:sole|absolute|full) )?discretion)\b(?<!\b(?:after|beyond|outside|past|later than)\b[^.;]{0,80})(?![^.;]{0,40}\b(?:outside|after|beyond|past|later than|over)\b)|\b(?:retains?|reserves?|has|have|holds?|keeps?) (?:the )?(?:full|sole|absolute|complete|total|final) discretion (?:on|over|in|regarding|as to|to decide(?: on)?)(?: (?:granting|issuing|approving|accepting|giving|offering|whether to (?:grant|issue|accept|approve)))? (?:(?:any|all|the|full|partial|or|and|a)[ ,]+){0,4}(?:refunds?|returns?|exchanges?)\b(?![^.;]{0,40}\b(?:outside|after|beyond|past|later than|over)\b)|\b(?:we|the (?:shop|store|seller|company)) (?:may|can|will|reserve the right to) (?:refuse|decline|reject|deny)\b[^.;]{0,30}\b(?:without|with no) (?:giving |stating |providing )?(?:a |any )?reasons?\b/;
/** The returns that fail the policy's stated criteria, after a right to refuse them ("…that do not meet the above criteria"). */
const CRITERIA_UNMET_EN =
  /^[^.;]{0,30}?\b(?:that|which) (?:do(?:es)? not|don'?t|fail to) (?:meet|satisfy|comply with|fulfil?l?|conform to|follow) (?:the |these |those |our |all |any of )?(?:(?:above|eligibility|stated|listed|following|return|returns|refund) )*(?:criteria|conditions|requirements|terms|rules|guidelines|polic(?:y|ies))\b(?: (?:mentioned|stated|listed|set out|outlined|described|detailed) (?:above|below|here))?(?:,? (?:or|and) (?:that |which )?(?:appear to |otherwise )?(?:be |are )?(?:in )?(?:violation|breach) of (?:our|this|the) (?:return |refund )?polic(?:y|ies))?\s*[.!]?\s*$/;
/**
 * Grounds a Taiwan template lists as limiting the return ("隨商品已附上相同之試用品提供消費者試用之機會", "在您收到商品之前,已提供您
 * 檢查商品之機會"): a sample enclosed or a chance to inspect before delivery is no ground PRC law gives to limit a distance
 * sale's no-reason return (CRPL 25; NRR-MEASURES 6–9).
 */
const TRIAL_OR_INSPECTION_GROUND =
  /(?:附上|附有|附赠|提供)(?:了)?(?:(?:相同|同样|同款)(?:之|的)?试用品|(?:之|的)?试用品[^,;。]{0,10}试用(?:之|的)?机会)|已(?:经)?提供(?:您|消费者|顾客|买家)?(?:检查|检视|查看)商品(?:之|的)机会/;
/**
 * The carrier's own failure, as an item under a lead-in that disclaims what follows ("商品妥善寄出後若有以下狀況導致無法到達,本店不
 * 負責:" over "物流公司失誤"): until the consumer signs, the goods travel at the shop's risk on the carrier it chose (ECL 20).
 */
const CARRIER_FAULT_ITEM =
  /^(?:(?:物流|快递|货运|运输|宅配)(?:公司|业者|商)?|(?:邮局|邮政))(?:的)?(?:失误|疏失|过失|错误|延误|遗失|丢件|弄丢)|^(?:the )?(?:carrier|courier|shipping company|postal service)(?:'s)? (?:errors?|mistakes?|fault|negligence)$|^(?:(?:parcels?|packages?|items?|orders?|goods|shipments?) )?(?:lost|damaged|delayed|misdelivered|mishandled) by (?:the )?(?:carrier|courier|postal service|post office|shipping company|delivery company)$/;
const DISCLAIMED_LEAD =
  /(?:不负责|概不负责|不承担|恕不负责|无关)[^,;。]{0,4}[:]?\s*$|\bnot (?:responsible|liable) for\b[^.;]{0,60}:?\s*$/;
/**
 * The period kept from the first purchase after a replacement ("更換後之新產品保固期限以原始保固日期為準", "保固不重起算", "replaced
 * products are covered for the remainder of the original warranty"): after a replacement the periods for exchange and
 * repair run again from the replacement (CRPL-REG 18).
 */
const WARRANTY_NOT_RESTARTED =
  /(?:更换|换货|换新|替换)[^。]{0,20}(?:不得|不会|不予|无法|不再|皆不|均不|都不|亦不|也不|不)(?:会)?(?:重新|重)(?:计算|起算|开始)|(?:不因|不会因)(?:更换|换货|换新|替换)(?:而)?(?:重新计算|重新起算|延长)|(?:更换|换货|换新|替换)(?:后|之后)(?:之|的)?[^;。]{0,12}(?:保修|保固|质保|三包)(?:期|期限|时间)?[^,;。]{0,4}(?:以|按|依|沿用|延续)(?:原始|原|首次)|\breplace(?:ment|d)\b[^.;]{0,60}\b(?:(?:remainder|balance|rest) of the|remaining|unexpired (?:portion|part|term) of the) (?:original )?(?:warranty|guarantee)\b|\b(?:warranty|guarantee)(?: period)? (?:does not|will not|shall not) (?:restart|renew|start again|begin again|be renewed|be reset)\b[^.;]{0,40}\breplace|\breplace(?:ment|d)\b[^.;]{0,60}\b(?:will|shall|does|do) not (?:extend|renew|restart|reset)\b[^.;]{0,12}\b(?:the )?(?:period of the |original )?(?:warranty|guarantee)\b/;
/**
 * The goods made the consumer's at the carrier ("…becomes your property as soon as we give it to the freight carrier"): until
 * the consumer signs, the goods travel at the shop's risk (ECL 20), as "Risk of loss passes to you when we hand the parcel to
 * the carrier" is read.
 */
const OWNED_AT_CARRIER_EN =
  /\b(?:becomes?|is|are) (?:your|the (?:customer|buyer|purchaser)s?) (?:property|responsibility)\b(?![^.;]*\b(?:own|nominat\w*|choose|chooses|chose|chosen|selects?|selected|arranges?|arranged)\b)[^.;]{0,30}\b(?:as soon as|once|when|upon)\b[^.;]{0,40}\b(?:carrier|courier|freight company|shipping company|post office)\b|\b(?:items?|goods|products?|orders?|parcels?|packages?) become (?:the )?(?:sole )?(?:responsibility|property|risk) of the (?:buyer|customer|purchaser)\b[^.;]{0,10}\b(?:upon|on|after|once) (?:shipment|dispatch|shipping|being shipped|leaving our (?:warehouse|premises|store))\b/;
/** "F.O.B." named, in any spelling: the splitter ends a sentence at its last full stop, so its term is read on the line. */
const FOB_NAMED = /\bf\.?\s?o\.?\s?b\b/;
/** Goods shipped "F.O.B. Shipping Point" (or origin): the risk the consumer's from the carrier on; not "FOB Destination". */
const FOB_ORIGIN = /\bshipped\s+"?f\.?\s?o\.?\s?b\.?"?\s*(?:shipping point|origin|factory|(?:our )?warehouse)\b/;
const WARRANTY_RESTART_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '经营者履行更换义务后，承担更换、修理等义务的有效期限自更换完成之日起重新计算；约定更换后的商品沿用原期限的内容无效。',
    en: 'After the shop replaces goods, its periods for exchange and repair run again from the day the replacement is completed; a term keeping the original period for the replacement is void.',
  },
  suggestion: {
    zh: '商品更换后，更换、修理等有效期限自更换完成之日起重新计算；维修时间不计入有效期限。',
    en: 'After a replacement, the periods for exchange and repair run again from the day the replacement is completed; time spent on repairs does not count towards them.',
  },
  citations: cites(['CRPL-REG', 18]),
};
const PER_BUYER_LIMIT =
  /only (?:one|1|a single) (?:return|exchange)s?(?: requests?)? (?:is |are )?(?:allowed |permitted |accepted )?per (?:customer|order|person|household)|(?:return|exchange)s? only (?:one|1|a single) (?:item|product|unit)s? per (?:customer|order|person|household)|only (?:one|1) (?:return|exchange) (?:is |will be )?(?:allowed|permitted|accepted) per (?:customer|order|person|household)|limit(?:ed)? (?:to |of )?(?:one|1) (?:returns?|exchanges?) per (?:customer|order|person|household)|(?:returns?|exchanges?) (?:are |is )?limited to (?:one|1)(?: (?:return|exchange))? per (?:customer|order|person|household)/;
/**
 * The reader told not to contest the terms ("不得以任何理由拒绝履行以上条款", "不能以没看见为借口要求退换"): a format term cannot
 * bar the consumer from the rights the law gives against it (CIVIL-CODE 496–497). Not where the shop or its staff are
 * the ones bound ("客服人员不得以任何理由拒绝履行本店售后条款", "我们承诺：不得…").
 */
const READER_BOUND =
  /(?:不能|不得|无权)以任何(?:方式|理由)(?:拒绝|否认|反悔|质疑)(?:履行)?[^。]{0,8}(?:条款|规则|须知|规定|政策)|不能以[^。]{0,10}(?:没看见|未看到|没看到|不知道|不知情)为(?:借口|理由)/;
function readerBound(text: string): boolean {
  const match = READER_BOUND.exec(text);
  if (!match) return false;
  // Those the shop speaks to ("对您", "向每一位购买本店商品的消费者") are not the ones bound; "客户服务" is the shop's staff.
  // "视为买家认可", "作为客户" name the buyer, not one spoken to.
  const before = text
    .slice(0, match.index)
    .replace(/客户服务/g, '客服')
    // The shop as the one who speaks ("本店规定买家不得…", "店铺规则买家…"), owns the goods ("本店商品买家…"), is the
    // place ("在本店购买商品的买家", "平台购物的顾客") or the time ("商家发货后买家…"), or names the buyer's group ("本店会员",
    // "平台用户", "店铺粉丝"): none of these makes the shop the one bound.
    .replace(
      /(?:商家|卖家|本店|我们|我司|平台|本公司|店铺)(?:特别)?(?:规定|规则|要求|声明|提醒|说明|郑重声明)|(?:本店|本公司|店铺|平台|商家)(?:的)?(?:所有)?(?:商品|产品|宝贝|货品)|在(?:本店|我们(?:的)?(?:店铺|店)|本平台|平台|店铺|商城|本公司)|(?:本店|平台|店铺|商城)(?:购物|购买|下单)|(?:商家|卖家|本店|我们|我司|仓库)(?:发货|发出|寄出)(?:后|以后|之后)|(?:本店|平台|店铺|商城|本公司|我们)(?:的)?(?=(?:会员|用户|顾客|客户|买家|粉丝|消费者)(?!专员|经理|服务|代表|主管|人员|顾问))/g,
      ' ',
    )
    .replace(
      /(?:对|向|(?<![视作认成行因])为)(?:所有|每一位|每位|全体)?[^,;。:：]{0,14}?(?:买家|顾客|客户|用户|消费者|您)/g,
      ' ',
    );
  const sentence = before.slice(before.lastIndexOf('。') + 1);
  const part = sentence.split(/[,;:，；：]/).pop() ?? '';
  // The one named first in the part before the verb is its subject, and bound: the buyer ("买家购买本店商品后不得…",
  // "下单后即不能…") or the shop and its staff ("商家收到买家退货后不得…"); a name after it is an object or a place.
  const buyer = part.search(/买家|顾客|客户|用户|消费者|会员|粉丝|您|下单|拍下|购买|事后/);
  const shop = part.search(/商家|卖家|本店|我们|我司|平台|本公司|经营者|店铺|客服|员工|工作人员|人员|店员/);
  if (buyer >= 0 && (shop < 0 || buyer < shop)) return true;
  if (shop >= 0) return false;
  // "我们承诺：不得…", "我们郑重承诺，绝不会，也不能…": a promise of the shop with no buyer named.
  return !(/承诺/.test(sentence) && !/买家|顾客|客户|用户|消费者|您/.test(sentence));
}

/** Money other than the price said to be kept, or the refund's route: no denial of the refund ("Shipping fees are non-refundable"). */
const NOT_THE_REFUND =
  /(?:shipping|postage|delivery|gift (?:cards?|wrap(?:ping)?)|wrapping|fees?|charges?|tax(?:es)?|duties|costs?)\b[^.;]{0,15}\b(?:are|is) non-?refundable|(?:cannot|can'?t|won'?t|will not|do not|don'?t|unable to) refund (?:the |any |your |original |return )*(?:shipping|postage|delivery|fees?|charges?|costs?)|refunds? (?:are|is|will be) (?:only )?(?:issued|made|given|sent|credited|processed) (?:only )?(?:back )?to (?:the |your )?(?:original|same|card|account|payment)[^.;]*/g;
const REFUND_DENIED =
  /no (?:cash )?refunds?|non-?refundable|(?:do not|don'?t|cannot|can'?t|unable to|will not|won'?t) (?:offer |give |issue |provide )?(?:any )?refunds?|refunds? (?:are|is|will be) not|store credit only|(?:as|in) store credit|final sale/;
function perBuyerLimit(text: string, line: () => string): boolean {
  const match = PER_BUYER_LIMIT.exec(text);
  if (!match) return false;
  // The line is read only for a clause that limits: reading it is not free.
  const said = `${text} ${line()}`;
  // An exchange limited beside a refund offered ("Only one exchange is allowed per order; you can also choose a
  // refund instead") limits nothing the law gives; a return limited stays void beside any refund sentence.
  if (
    /exchange/.test(match[0]) &&
    /refund|money back/.test(said) &&
    !REFUND_DENIED.test(said.replace(NOT_THE_REFUND, ' '))
  )
    return false;
  return !/(?:may|can) return it for a (?:full )?refund|refunds? (?:are|is) available|self-service|portal|contact us for more|free exchanges?|additional exchanges|(?<!cannot |can't |cant |may not |not |never |no |not allowed to |not be able to |unable to |not permitted to )(?:reapply(?!ing is not|ing not| is not)|apply again)/.test(
    said,
  );
}

const CONSUMER_CARRIER_OR_FAULT =
  /(?<!不支持|不可|不能|禁止|不得|不接受)(?:选择|使用|自选|要求)(?:了)?(?:平邮|其他(?:快递|物流)|非[^,;。]{0,6}(?:快递|物流)|自己的快递)|(?<!不支持|不允许|不可|不能|禁止|不得)(?:您|买家|顾客|客户|消费者)[^,;。]{0,4}(?:(?:自行|另行)(?:指定|选择)|指定|自选)(?:的)?(?:其他|其它)?(?:快递|物流|承运)|(?:填写|地址)[^,;。]{0,6}(?:错误|有误|不详|不全)|因(?:您|买家|顾客|客户|客人|消费者)(?:的|自身)?(?:原因|过失|错误|疏忽)/;

const REVIEW_DEMANDED =
  /(?:退|换|售后)[^。]{0,12}(?:需要?|须|必须|要)(?:先)?(?:附上|提供|上传|给予?|给出|发送)?[^,;。]{0,4}(?:五星|好评|晒单)|(?:五星|好评|晒单)[^,;。]{0,8}(?:后|才能|方可|才可)(?:办理|申请)?(?:退|换|售后)/;
/**
 * A return sent without the shop's number forfeited ("Unauthorized returns will be considered abandoned and will not be
 * refunded", "Returns sent without an RMA number will be treated as abandoned", "未经客服同意私自寄回的商品，视为放弃"): a missing procedural step keeps both the goods and the price from the consumer (CRPL 25 ¶3, 26 ¶2).
 */
const RETURN_ABANDONED_EN =
  /\b(?:(?:unauthori[sz]ed|unapproved|unannounced|unexpected)\b[^.;]{0,30}\breturns?|returns?\b[^.;]{0,30}\bwithout (?:an? |prior )?(?:rma|ra|authori[sz]ation|approval|return (?:number|authori[sz]ation))\b)[^.;]{0,30}\b(?:deemed|considered|treated as|regarded as) (?:abandoned|forfeited)\b|(?:私自|擅自|自行)(?:寄回|退回)[^。;]{0,16}(?:视为|视作|当作)(?:自动)?(?:放弃|弃货)/;
/**
 * The shop made the judge of its own liability or of whether it takes a return back ("UPS Electric reserves the sole right to determine if a fault falls under our
 * warrantee policy", "We reserve the sole discretion to determine if a product is in a condition to receive a refund",
 * "本公司有權鑑定貨品是否損毁或已用過的貨品之權利", "…保有鑑定產品本身瑕疵存否的權利", "本公司保留接受退換貨與否之權利"): whether
 * the goods conform, and whether a return the law gives is taken, are not the shop's choice (CRPL 26 ¶2; a dispute goes to
 * testing, CRPL-REG 47).
 */
const SHOP_JUDGES =
  /\breserves? the (?:sole |full |absolute |exclusive |final )?(?:right|discretion) to (?:determine|decide|judge) (?:if|whether)\b(?![^.;]*\b(?:after|beyond|outside|past|late|later than|exceptions?)\b)(?![^.;]{0,60}\b(?:in accordance with|according to|as provided by) (?:the )?(?:law|applicable law|an independent)\b)|(?:有权|保有|保留)[^,;。]{0,6}(?:鉴定|判定|认定|判断)[^,;。]{0,20}(?:瑕疵|质量|损毁|损坏|用过|人为|故障)|保留(?:接受)?(?:退换货?|退货|退款)(?:与否|是否)(?:之|的)?权利|保留是否(?:接受|同意|受理)(?:退换货?|退货|退款)(?:申请)?(?:之|的)?权利|\bwe (?:alone|solely) (?:will |shall )?(?:decide|determine|judge) (?:if|whether)\b/;
/**
 * Losses the goods or their defects cause excluded ("In no event shall we be liable for any indirect, incidental, special or
 * consequential damages", "We are not responsible for indirect losses", "保障範圍不會伸延至任何…損失"): a format term excluding the
 * shop's liability for the harm its goods cause is void (CRPL 26 ¶2, 40; CIVIL-CODE 506), unless the law's own liability is kept.
 */
const LOSSES_EXCLUDED =
  /\b(?:not|no|never)\b[^.;]{0,20}\b(?:be )?(?:liable|responsible|liability)\b[^.;]{0,100}\b(?:indirect|incidental|consequential|special|punitive)\b[^.;]{0,40}\b(?:loss(?:es)?|damages?)\b(?![^.;]{0,80}\b(?:except|unless|to the extent|save)\b[^.;]{0,40}\b(?:law|required|permitted|statutory)\b)|保障范围不会(?:伸延|延伸|扩展)至[^。]{0,80}损失/;
/**
 * The words of every finding below: a clause naming none (and no malicious return, whose refusal is read out of the text
 * first) returns at once.
 */
const OTHER_VOID_WORDS = gateOf(
  LOSSES_EXCLUDED,
  SHOP_JUDGES,
  RETURN_ABANDONED_EN,
  DESCRIPTION_DISCLAIMED,
  LISTING_DISCLAIMED,
  CARRIER_NAMED,
  PICKUP_IMPOSED,
  REFUND_PART_IN_CREDIT,
  OTHER_ALL,
  TRANSIT_DISCLAIMED_EN,
  POST_REFUSED,
  IN_PERSON_ONLY,
  RETURNS_PENALISED,
  REVIEW_DEMANDED,
  PARKED_FOR_NEXT_TIME,
  REFUND_TO_ACCOUNT,
  REFUND_IN_CREDIT,
  ONE_APPLICATION_EACH,
  REAPPLY_REFUSED,
  PART_REFUSED,
  WHOLE_ORDER_DEMANDED,
  EVERY_LOSS_BORNE,
  PER_BUYER_LIMIT,
  RETURNS_COUNTED,
  RETURNS_CAPPED,
  READER_BOUND,
  DISCRETION_HELD_EN,
  TRIAL_OR_INSPECTION_GROUND,
  CARRIER_FAULT_ITEM,
  WARRANTY_NOT_RESTARTED,
  OWNED_AT_CARRIER_EN,
  FOB_NAMED,
);
export const otherVoid: ClauseRule = {
  id: 'cn.policy.other-void',
  issue: 'other_void',
  citations: cites(['CRPL', 26, 2], ['CRPL', 26, 3], ['OT-MEASURES', 21, 1, 6], ['CIVIL-CODE', 497, 1, 2]),
  judge(reading) {
    if (!OTHER_VOID_WORDS.test(reading.text) && !MALICE.test(reading.text)) return undefined;
    // "恶意退货将被拒绝": fraud refused, not a right limited.
    const text = withoutMaliciousRefused(reading.text);
    // "…is not responsible for any delays in you receiving your return caused by your bank or payment provider": the bank's time
    // after the shop has paid, not the shop's own (NRR-MEASURES 13).
    if (
      /\bnot (?:be )?(?:held )?(?:responsible|liable) for (?:any )?delays?\b[^.;]{0,60}\b(?:caused by|due to|by) (?:your |the )?(?:bank|payment provider|card issuer|financial institution|credit card company|paypal)\b/.test(
        text,
      )
    )
      return undefined;
    if (RETURN_ABANDONED_EN.test(text)) return OTHER_FINDING;
    if (SHOP_JUDGES.test(text)) return OTHER_FINDING;
    if (
      LOSSES_EXCLUDED.test(text) &&
      !/\bto the (?:maximum |fullest )?extent (?:permitted|allowed)|\bwhere (?:permitted|allowed) by law|\b(?:except|unless|save)\b[^.;]{0,40}\b(?:law|laws|legally|statutory)\b|法律(?:所)?(?:允许|许可)的范围|法律另有规定/.test(
        text,
      )
    )
      return OTHER_FINDING;
    if (
      (DESCRIPTION_DISCLAIMED.test(text) &&
        !DISPLAY_ONLY.test(text) &&
        !colourOnly(reading.lead ? reading.own : text)) ||
      listingDisclaimed(text)
    )
      return {
        verdict: 'void',
        message: {
          zh: '经营者以图片、产品说明等方式表明商品质量状况的，应当保证实际商品与表明的质量状况相符；“图片/参数仅供参考，以实物为准”排除了商品与描述不符时消费者的权利，该内容无效。',
          en: 'A shop that shows the goods by pictures or descriptions must deliver goods that match them; "pictures and specifications for reference only, the item prevails" removes the consumer’s remedy for goods not as described and is void.',
        },
        suggestion: {
          zh: '商品图片、参数与实物一致；因显示设备不同可能存在轻微色差。实物与描述不符的，您可依法申请退货、更换或修理。',
          en: 'Pictures and specifications match the goods, save slight colour differences between screens. If the goods differ from the description, you may return them or ask for an exchange or repair as the law provides.',
        },
        citations: DESCRIPTION_CITES,
      };
    // The risk of the consumer's own return parcel is not the delivery risk ECL 20 puts on the shop, nor is a carrier
    // the consumer chose ("如选择平邮") or a loss the consumer caused ("因您填写地址错误").
    if (carrierImposed(text, () => reading.line)) return CARRIER_FINDING;
    if (PICKUP_IMPOSED.test(text) && PICKUP_FEE_CHARGED.test(text)) return PICKUP_FINDING;
    if (REFUND_PART_IN_CREDIT.test(text)) return REFUND_ROUTE_FINDING;
    // Where the clause's own words start after its heading or lead-in, and whether that heading names returns alone.
    const ownStart = text.endsWith(reading.own) ? text.length - reading.own.length : 0;
    const underReturnsLead = ownStart > 0 && returnsLead(text.slice(0, ownStart), reading.own);
    const other =
      OTHER_WORDS.test(text) || /\b(?:responsib|liab|risk)/.test(text)
        ? [...matchesOf(OTHER_ALL, text), ...transitDisclaimed(text, ownStart, underReturnsLead)].find(
            (m) =>
              // An English transit disclaimer under a heading of returns alone (`returnsLead`).
              !(
                underReturnsLead &&
                (m.index ?? 0) >= ownStart &&
                /\b(?:responsib|liab|risk)/.test(m[0]) &&
                /\b(?:in transit|in the (?:post|mail)|during (?:shipping|shipment|delivery|transit))\b/.test(m[0])
              ) &&
              !(
                /风险|损失|损坏|损毁|遗失|丢失|丢件|破损/.test(m[0]) &&
                consumersOwnRisk(text, m.index ?? 0, m[0].length)
              ) &&
              // "We are not responsible for any damage caused to the product due to improper use": the consumer's own harm.
              !(/\b(?:responsib|liab|damage)/.test(m[0]) && OWN_HARM_EN.test(text)) &&
              // "…for lost or damaged goods once they're yours" (read without the apostrophe), "…once delivered": the goods are the
              // consumer's by then (ECL 20).
              !(
                /\b(?:responsib|liab|lost|loss|damage)/.test(m[0]) &&
                LOSS_AFTER_DELIVERY_EN.test(text) &&
                !/\b(?:in transit|during (?:shipping|shipment|delivery|transit)|in the post|while (?:in transit|shipping|being shipped))\b/.test(
                  text,
                )
              ),
          )
        : undefined;
    // Post refused for returns, not for the shop's own dispatch ("偏远地区暂不支持平邮发货").
    if (postRefused(text)) return POST_FINDING;
    if (IN_PERSON_ONLY.test(text) && !IN_STORE_SALE.test(text)) return IN_PERSON_FINDING;
    if (!other && (returnsPenalised(text) || RETURNS_CAPPED.test(text))) return PENALISED_FINDING;
    // "退货需要附上五星好评截图才能办理": a praise demanded before the return the law gives (CRPL 26 ¶2, CIVIL-CODE 497).
    if (!other && REVIEW_DEMANDED.test(text) && !/不需要?|无需|无须|不用|不必|不要求|返现|奖励|赠送|送/.test(text))
      return OTHER_FINDING;
    // Staff discretion after a window the line grants ("Within 7 days of delivery you may return any item; after that,
    // returns are accepted at the discretion of our staff"): a promise's condition, not the law's days.
    if (
      other &&
      /discretion of (?:our|the) /.test(other[0]) &&
      /\b(?:after (?:that|this|which)|thereafter|afterwards)\b[^.;]{0,10}$/.test(text.slice(0, other.index ?? 0)) &&
      /\b(?:within|in|for) (?:\d+|seven|fourteen|thirty) days?\b[^.]{0,80}\b(?:after (?:that|this|which)|thereafter|afterwards)\b/.test(
        reading.line,
      )
    )
      return undefined;
    // The right to decline returns of items that fail the law's own tests ("We reserve the right to decline any return or
    // exchange on items that are damaged, have been visibly worn, smelling of perfume, or returned past the timeframes
    // listed above"): intactness (NRR-MEASURES 8–9) and the window, no right limited.
    if (other && /reserves? the rights? to (?:(?:accept|approve) or )?(?:decline|refuse|reject|deny)/.test(other[0])) {
      const rest = (text.slice((other.index ?? 0) + other[0].length).split(/[.;]/)[0] ?? '')
        .replace(/^\w+/, '')
        .replace(
          /\b(?:the|a|an|any|or|and|of|in|on|to|if|from|way|that|which|whose|are|is|have|has|been|were|was|misuse|misused|abuse|accessories|parts|items?|products?|goods|merchandise|exchanges?|returns?|returned|visibly|clearly|heavily|obviously|listed|above|below|stated|timeframes?|time ?frames?|windows?|periods?|past|after|outside|beyond|worn|used|washed|soiled|stained|dirty|damaged(?: by (?:you|the customer))?|altered|smell\w*|of (?:perfume|smoke|deodorant)|perfume|smoke|deodorant|tags?|labels?|removed|missing|without)\b|[,\s]/g,
          '',
        );
      if (rest === '' && /\b(?:worn|used|washed|soiled|stained|smell\w*|altered|tags?)\b/.test(text)) return undefined;
    }
    // A right to refuse the returns that fail the criteria the policy states ("We reserve the right to reject return requests
    // that do not meet the eligibility criteria mentioned above"): each criterion is judged on its own line.
    if (
      other &&
      /reserves? the rights? to (?:decline|refuse|reject|deny)/.test(other[0]) &&
      CRITERIA_UNMET_EN.test(text.slice((other.index ?? 0) + other[0].length))
    )
      return undefined;
    // A right to refuse that leads into the grounds listed below it ("We reserve the right to refuse returns if there are:",
    // "…if any of the following apply:", "如有下列情形，本店保留拒绝退货的权利：", "出现以下情况，本店有权拒绝退货～"): each
    // ground is judged on its own line.
    if (
      other &&
      (/reserves? the rights? to (?:decline|refuse|reject|deny)/.test(other[0]) ||
        /有权(?:拒绝|拒收|不予)|保留[^,;。]{0,6}拒绝/.test(other[0])) &&
      (/^[^.;:]{0,40}\b(?:if|when|where|for|in (?:the following|these|any of the following) (?:cases|circumstances|situations))\b[^.;:]{0,40}[:：]\s*$/.test(
        text.slice((other.index ?? 0) + other[0].length),
      ) ||
        (/[:：~]\s*$/.test(text) && /(?:以下|下列|如下)(?:任何|任一)?(?:情况|情形)/.test(text)))
    )
      return undefined;
    // One return per order with another application granted on the line ("…；如有遗漏可联系客服再次申请").
    if (other && /一次/.test(other[0]) && REAPPLY_GRANTED.test(reading.line)) return undefined;
    // A balance the line or the page lets the consumer withdraw ("…退回您的余额；余额可随时提现", "…; you may withdraw it at any
    // time", "余额可随时提现" on a line of its own).
    if (!other && !partRefused(text) && refundParked(text) && !withdrawable(reading)) return REFUND_ROUTE_FINDING;
    if (!other && WARRANTY_NOT_RESTARTED.test(text)) return WARRANTY_RESTART_FINDING;
    if (!other && reapplyRefused(text, reading.line)) return OTHER_FINDING;
    if (!other)
      return partRefused(text) ||
        lossesShifted(text) ||
        perBuyerLimit(text, () => reading.line) ||
        readerBound(text) ||
        DISCRETION_HELD_EN.test(text) ||
        (TRIAL_OR_INSPECTION_GROUND.test(text) && /退|return/.test(text)) ||
        OWNED_AT_CARRIER_EN.test(text) ||
        (FOB_NAMED.test(text) && FOB_ORIGIN.test(reading.line)) ||
        (reading.lead !== '' &&
          CARRIER_FAULT_ITEM.test(reading.own.trim()) &&
          DISCLAIMED_LEAD.test(reading.lead.trim())) ||
        (RETURNS_COUNTED.test(text) &&
          (refuses(text) ||
            FURTHER_RETURNS_BARRED_EN.test(text) ||
            (reading.lead !== '' && refusesAsLead(reading.lead))))
        ? OTHER_FINDING
        : undefined;
    // Discretion over goodwill beyond the law ("we may, at our discretion, extend the return window", "waive the
    // return shipping fee", "exceptions … may be made at our discretion", "Return labels may be provided at our discretion")
    // limits no right.
    if (
      /discretion/.test(other[0]) &&
      // Store credit where the original payment cannot take the refund is no goodwill (NRR-MEASURES 14 ¶3).
      !/original (?:form of |method of )?payment(?: method)? (?:is |was |becomes )?(?:unavailable|not available|no longer (?:available|valid|active)|invalid|closed|expired)|cannot be refunded to (?:the|your) original/.test(
        text,
      ) &&
      !/(?<!late )(?:refunds?|returns?|exchanges?)(?: of [^.,;]{0,30})? (?:are|is|will be|may be) (?:only )?(?:accepted |issued |granted |given |approved )?at (?:our|the) (?:sole )?discretion/.test(
        text,
      ) &&
      /\b(?:extend|extended|waive|waived|exceptions?|price adjustments?|store credit may|courtesy|goodwill|refund (?:the )?(?:return )?shipping|late returns?|(?:return|prepaid|shipping|postage) labels?|part[- ]exchanges?|trade[- ]ins?)\b/.test(
        text,
      ) &&
      // Labels for faulty goods are the shop's to pay (CRPL 24 ¶2), not goodwill.
      !(
        /\blabels?\b/.test(text) && /\b(?:defect\w*|fault\w*|damaged|broken|wrong items?|incorrect items?)\b/.test(text)
      )
    )
      return undefined;
    // Discretion over goods returned worn or used ("Items returned with signs of wear or damage may be accepted for a partial
    // refund at our discretion"): goods not intact may be refused outright (NRR-MEASURES 9), so taking them back in part
    // limits no right.
    if (
      /discretion/.test(other[0]) &&
      /\bpartial refund\b/.test(text) &&
      /\breturned\b[^.;]{0,30}\b(?:worn|wear|used|washed|soiled|stained|altered|without (?:the )?(?:original )?tags|missing tags|tags removed)\b/.test(
        text,
      ) &&
      !/\b(?:defect\w*|fault\w*|broken|arriv\w*|deliver\w*|on (?:receipt|arrival)|in transit|not as described|wrong items?)\b/.test(
        `${text} ${reading.line}`,
      )
    )
      return undefined;
    // Discretion over what happens after the statutory days ("at our sole discretion after 30 calendar days, an
    // exchange or store credit only") limits a promise beyond the law, not the law's own rights.
    if (afterWindowOnly(text) && !QUALITY.test(text)) {
      const days = dayCounts(text);
      if (days.length > 0 && Math.min(...days) >= 7) return undefined;
    }
    if (
      (/运输途中由|不可抗力|第三方平台|非本店/.test(text) ||
        (CONSUMER_DAMAGE.test(text) &&
          // A transit carve-out or instruction ("（快递运输损坏除外）", "运输途中的破损请拒签") disclaims no transit damage.
          !/运输|物流|快递|途中|配送|送货|发货|派送/.test(
            text.replace(
              /[(（][^()（）]*(?:运输|物流|快递|途中|配送|发货|快递员|本店)[^()（）]*除外[)）]|(?:运输|物流|快递|途中|配送)[^,;，；。（(]{0,16}(?:除外|请拒签|拒签|请当场拒收|当场拒收|拒收|(?<!不)由本店承担|(?<!不)由我们承担)|发货前均已检查|均已检查/g,
              ' ',
            ),
          ))) &&
      /概不负责|不承担|不再负责/.test(text) &&
      !/免责/.test(text)
    )
      return undefined;
    // "食品…一经拆封…本店将有权拒绝退换货": a right to refuse what the law itself lets the shop refuse; so is "若申請逾時…，商家有權
    // 拒絕退貨", a return asked after its time, where no time shorter than seven days is named.
    const scope = refusalScope(reading);
    if (
      /^(?:有权|保留)[^。]{0,6}(?:拒绝|拒收)/.test(other[0]) &&
      (scope === 'lawful' || (scope === 'time' && dayCounts(text).every((days) => days >= 7))) &&
      !/赠品|整新|折旧|手续费/.test(text)
    )
      return undefined;
    return OTHER_FINDING;
  },
};
