/**
 * Refusals of the no-reason return: the whole right refused (`no_returns_at_all`), sale goods
 * refused (`sale_items_excluded`), goods outside the statutory categories refused
 * (`excluded_without_confirmation`).
 *
 * @law CRPL 25
 * 第二十五条 经营者采用网络、电视、电话、邮购等方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由，但下列商品除外:
 * （一）消费者定作的；
 * （二）鲜活易腐的；
 * （三）在线下载或者消费者拆封的音像制品、计算机软件等数字化商品；
 * （四）交付的报纸、期刊。
 * 除前款所列商品外，其他根据商品性质并经消费者在购买时确认不宜退货的商品，不适用无理由退货。
 * 消费者退货的商品应当完好。经营者应当自收到退回商品之日起七日内返还消费者支付的商品价款。退回商品的运费由消费者承担；经营者和消费者另有约定的，按照约定。
 * @endlaw
 *
 * Interpretation:
 * - "一经售出概不退换", "非质量问题不退换", "all sales are final" refuse the right for every good a distance
 *   sale delivers: void (CRPL 25, 26 ¶2–3; OT-MEASURES 21(2); PENALTY-MEASURES 12(2)).
 * - A refusal for being on sale is void; near-expiry and disclosed-defect goods are NRR-MEASURES 7(3)
 *   natures and are judged as exclusions (below), not as sale goods.
 * - Excluding the statutory categories is lawful; excluding goods of an NRR-MEASURES 7 nature is
 *   lawful with a confirmation at purchase, void when the "confirmation" is a notice or a default, and
 *   `review` when the text cannot show which (RULES.md §5); excluding any other goods is void.
 */
import type { ClauseReading, ClauseRule, RuleFinding } from '#shared/policy-lint/types.js';
import { cites } from './citations.js';
import { demandsDocumentsOrParcel } from './intactness.js';
import {
  BUSINESS_ONLY,
  CONFIRMED,
  crossBorder,
  FAKE_CONFIRMATION,
  LAWFUL_SCOPE,
  MEDICINE,
  onlyExchange,
  qualityOnly,
  refuses,
  SENTENCE_END,
  STATUTORY_CATEGORY,
} from './lexicon.js';

/**
 * Returns only of goods the shop marked as returnable ("Returns … are only accepted for products that are explicitly marked as
 * \"returnable\" in their product listing", "只有标示「可退货」的商品才可以退货"); not goods marked non-returnable, judged as
 * exclusions.
 */
const ONLY_MARKED_RETURNABLE =
  /\bonly\b[^.;]{0,60}?\b(?:marked|labell?ed|flagged|designated|tagged|indicated|identified)\b(?: (?:as|with))?(?: (?:being|a|an))?\s*["“'‘]?(?:returnable|eligible for (?:a )?returns?|refundable)\b|\b(?:marked|labell?ed|flagged|designated|tagged)\b(?: (?:as|with))?\s*["“'‘]?returnable["”'’]?[^.;]{0,40}\b(?:are|is) (?:the )?only\b|(?:只有|仅|只|仅限)[^,;。]{0,12}(?:标示|标注|标明|注明|标记|标有|显示)(?:为)?[「“"]?可(?:以)?(?:退货|退换货?|退)[」”"]?(?:的)?(?:商品|产品|货品)/;
/** Goods whose nature is their disclosure at sale: near-expiry or defective goods (NRR-MEASURES 7(3)). */
const DISCLOSED_NATURE = /临期|临近保质期|近效期|瑕疵|残次|次品|near[- ]expiry|as[- ]is|defects? disclosed/;
/** The page's disclosure of them ("已在详情页说明", "详情页明确标注保质期信息"). */
const PAGE_DISCLOSURE_ALL =
  /(?:已|会|将)?(?:在|于)?(?:商品)?(?:详情页|页面|商品页)(?:上)?(?:已|会)?(?:明确|显著)?(?:标注|标明|注明|说明|提示|告知|标示)|已(?:在|于)(?:商品)?(?:详情页|页面)(?:标注|标明|注明|说明|提示|告知)?|(?:are |is )?(?:clearly )?(?:marked|disclosed|noted|stated|indicated|shown|labell?ed) (?:as such )?(?:on|in) (?:the |each )?(?:product|item|listing) ?(?:page|description|listing)?/g;

import { refusalScope, sealGoodsWhole } from './reading.js';
import { CN_POLICY_SCOPES } from './scope.js';

const KEEP_CONDITIONS_ZH =
  '退回的商品应当完好（商品本身、配件、商标标识齐全）；定作、鲜活易腐、已下载或拆封的数字化商品、报纸期刊等法定商品除外。';
const KEEP_CONDITIONS_EN =
  'Returned goods must be intact (the goods, accessories and brand markings complete); made-to-order, perishable, downloaded or unsealed digital goods and newspapers or periodicals are excepted by law.';

function voidFinding(zh: string, en: string, suggestionZh: string, suggestionEn: string): RuleFinding {
  return { verdict: 'void', message: { zh, en }, suggestion: { zh: suggestionZh, en: suggestionEn } };
}

/**
 * The rest of the clause's sentence on its line after the clause ("…non-returnable for hygiene reasons; you confirm this
 * at checkout"), at most 200 characters.
 */
function sentenceRest(reading: ClauseReading): string {
  const at = reading.line.indexOf(reading.own);
  if (at < 0) return '';
  const rest = reading.line.slice(at + reading.own.length, at + reading.own.length + 200);
  const end = rest.search(SENTENCE_END);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * Another return granted beside a defect's: the other goods' ("…; other items may be returned within 7 days", "Unwanted items may
 * also be returned for a refund within 7 days", "其他商品可在签收后7天内无理由退货"), a change of mind's ("…; change-of-mind returns are accepted") or any return within the days ("…faulty or
 * returned within 7 days of receipt", "只有质量问题或签收后7天内的商品才可以退货").
 */
const OTHER_RETURN_GRANTED =
  /\b(?:(?:all |any )?other|unwanted|non-?faulty|non-?defective) (?:items|goods|products|purchases)\b[^.;]{0,20}\b(?:may|can|will)(?: also| still)? be (?:returned|refunded)\b|\bchange[- ]of[- ]mind returns? (?:are|is) (?:also )?(?:accepted|welcome|allowed|possible)\b|\bor (?:if )?(?:you )?(?:change your mind|(?:is |are )?returned(?: unused)?) within (?:7|seven|1[0-9]|[2-9][0-9]) days\b|其他(?:商品|货品|产品)[^,;。]{0,12}(?:可|可以)[^,;。]{0,12}(?:无理由)?退(?:货|换)|或(?:签收|收货|收到商品)(?:后)?(?:7|七)(?:天|日)内/;

/** A refusal whose scope is empty or "not a quality problem": the whole right refused. */
export const noReturnsAtAll: ClauseRule = {
  id: 'cn.policy.no-returns-at-all',
  issue: 'no_returns_at_all',
  citations: cites(
    ['CRPL', 25, 1],
    ['CRPL', 26, 2],
    ['CRPL', 26, 3],
    ['OT-MEASURES', 21, 1, 2],
    ['PENALTY-MEASURES', 12, 1, 2],
  ),
  judge(reading: ClauseReading) {
    const scope = refusalScope(reading);
    if (scope !== 'everything') return undefined;
    // "We can only refund orders cancelled before dispatch; after dispatch, please use our 7-day return process": a
    // cancellation rule beside the return the line keeps.
    if (
      /cancell?ed before (?:dispatch|shipping|shipment)/.test(reading.own) &&
      /\b(?:(?:7|seven)-day return|return process|returns? (?:are|is) accepted|(?:may|can) return)\b/.test(reading.line)
    )
      return undefined;
    // "Only defective items will be exchanged free of charge; other items may be returned within 7 days": the other goods'
    // return granted on the line beside the defect's remedy.
    if (OTHER_RETURN_GRANTED.test(reading.line) && qualityOnly(reading.text)) return undefined;
    // An exchange refused for the buyer's own reasons ("订购错误…恕无法提供换货服务") is no right the law gives.
    // Under a heading, an item with return or exchange words of its own is judged on them ("换货\n非质量问题不退换"
    // refuses returns); an item without ("个人原因") takes the heading's.
    if (
      reading.lead !== '' && /退|换|return|refund|exchange/.test(reading.own)
        ? onlyExchange(reading.own, true)
        : onlyExchange(reading.text, true)
    )
      return undefined;
    // "We do not offer exchanges (different size, color…)", "Otherwise, exchange is not allowed": an exchange refused, no return.
    if (
      /\b(?:do not|don'?t|cannot|can'?t|will not|won'?t) (?:offer|accept|provide|do|make) (?:any )?exchanges?\b|^(?:otherwise,? )?(?:an? )?exchanges? (?:is|are|will be) not (?:allowed|permitted|accepted|possible|available|offered)\b/.test(
        reading.own,
      ) &&
      !/returns?|refunds?|final/.test(reading.own)
    )
      return undefined;
    return voidFinding(
      '网络、电视、电话、邮购等方式售出的商品，消费者有权自收到商品之日起七日内无理由退货；以格式条款或声明排除这一权利（如“一经售出概不退换”“非质量问题不退换”），该内容无效。',
      'Goods sold online, by TV, phone or mail order may be returned without reason within seven days of receipt; a standard term or notice that excludes this right ("no returns once sold", "no returns unless defective") is void.',
      `自签收商品次日起7日内，您可申请七日无理由退货。${KEEP_CONDITIONS_ZH}`,
      `You may return goods without giving a reason within 7 days from the day after you sign for them. ${KEEP_CONDITIONS_EN}`,
    );
  },
};

const GIFT_ALONE_OR_PRICED =
  /赠品[^,;。]{0,6}单独|单独[^,;。]{0,6}(?:退|申请)[^,;。]{0,4}赠品|赠品[^,;。]{0,16}(?:按|以)[^,;。]{0,10}(?:标明|标注|注明|公示|页面)[^,;。]{0,6}(?:价格|价值|金额)|\bfree gifts?\b[^.;]{0,30}\b(?:on (?:its|their) own|separately)\b|\b(?:value|price)\b[^.;]{0,12}\bas (?:stated|shown|listed|marked|declared|displayed)\b|\b(?:stated|declared|marked|listed|displayed) (?:value|price)\b/;
const BUNDLE_REPRICED =
  /(?:套装|组合|套餐|搭配|bundle)[^。]{0,30}(?:部分退货|部分退回|单独退)[^。]{0,20}(?:重新(?:结算|计算|核算)|按(?:单件|单品)?原价|多退少补)|\bbundle\b[^.]{0,60}\b(?:re-?priced|recalculated|charged at (?:the )?(?:full|regular|individual) price)/;
export const saleItemsExcluded: ClauseRule = {
  id: 'cn.policy.sale-items-excluded',
  issue: 'sale_items_excluded',
  citations: cites(['CRPL', 25, 1], ['CRPL', 26, 2], ['CRPL', 26, 3]),
  judge(reading) {
    if (refusalScope(reading) !== 'sale') return undefined;
    // "参与满赠活动的赠品单独申请退货的": the free gift returned on its own, no sale goods refused; "its value as stated on the
    // promotion page will be deducted": the gift's declared price (NRR-MEASURES 12).
    if (
      GIFT_ALONE_OR_PRICED.test(reading.text) &&
      /赠品|\b(?:free gifts?|free items?|freebies?|bonus (?:items?|gifts?))\b/.test(reading.line) &&
      !/特价|促销|清仓|折扣|打折|秒杀|\bsale items?\b|\bdiscount|\bclearance\b|\breduced\b/.test(reading.text)
    )
      return undefined;
    // "…the value of the discount will not be refunded to you", "Discount codes will not be refunded": the refund is what
    // was paid (NRR-MEASURES 17 ¶1), the discount's value is no sale goods refused.
    if (DISCOUNT_VALUE_NOT_REFUNDED.test(reading.own) && !SALE_GOODS_NAMED_EN.test(reading.own)) return undefined;
    // "购买套装…部分退货的，按单件原价重新结算": a bundle re-priced when part is returned (NRR-MEASURES 17 ¶2).
    if (
      BUNDLE_REPRICED.test(reading.text) &&
      !/不退|不换|恕不|不予|不支持|non-?refundable|cannot be returned/.test(reading.text)
    )
      return undefined;
    return voidFinding(
      '特价、促销、清仓等活动商品同样适用七日无理由退货；以“活动商品”“特价商品”为由排除退货的格式条款，其内容无效。',
      'Sale, promotional and clearance goods carry the same seven-day no-reason return right; a standard term excluding them for being on sale is void.',
      `特价、促销及清仓商品同样支持七日无理由退货（自签收次日起7日内）。${KEEP_CONDITIONS_ZH}临期商品或有瑕疵的商品如需不适用无理由退货，须在销售时明示并经您在购买时单独确认。`,
      `Sale, promotional and clearance goods may also be returned without reason within 7 days from the day after signing. ${KEEP_CONDITIONS_EN} Near-expiry or defective goods are excluded only where this is stated at sale and you confirm it separately at purchase.`,
    );
  },
};

/** The value of a discount, coupon or code not refunded ("the value of the discount will not be refunded"). */
const DISCOUNT_VALUE_NOT_REFUNDED =
  /\b(?:value|amount) of (?:the |any |your )?(?:discounts?|coupons?|vouchers?|promo(?:tional)? (?:codes?|credits?))\b[^.;]{0,30}\b(?:will not|is not|are not|cannot) be refunded\b|(?<!\b(?:with|using|by|via|through|of) (?:a |an |the |any |your )?)\b(?:discount|coupon|promo(?:tional)?) (?:codes?|vouchers?|coupons?)\b[^.;]{0,20}\b(?:will not|are not|is not|cannot) be (?:refunded|returned|reissued|reinstated)\b/;
/** Sale goods named in English beside it ("Discounted items and discount codes…"): those are still refused. */
const SALE_GOODS_NAMED_EN =
  /\b(?:discounted|sales?|clearance|reduced|promotional|marked[- ]down) (?:items?|products?|goods|merchandise)\b/;

const ORDER_IS_ACCEPTANCE = /下单即(?:默认|代表|视为|表示)?(?:已)?(?:阅读并)?(?:同意|接受|认可)/;
const ORDER_AS_ACCEPTANCE =
  /(?:一旦|只要|一经)[^。]{0,12}(?:下单|购买|拍下|付款)[^。]{0,8}(?:即|就)?(?<!不|并不|并非)(?:视为|默认|表示|代表)(?:您|买家)?(?:已(?:经)?)?(?:阅读(?:并)?)?(?:同意|接受|认可)/;

/**
 * The order taken as acceptance of the shop's return terms ("一旦下单，即表示您同意以上须知及会员规则"): what is accepted
 * is the words after the verb up to the sentence part's end. The shop's notice, all its terms or its return rules
 * are the shop's exclusions; a notice on another topic ("上述配送须知", "所有的隐私条款", "以上会员积分规则") or the
 * platform's rules ("按平台规则处理售后"), which carry the statutory rights, are not.
 */
function acceptsShopTerms(own: string, acceptance: RegExp): boolean {
  const match = acceptance.exec(own);
  if (!match) return false;
  let accepted = own.slice(match.index + match[0].length).split(/[,;。，；]/)[0] ?? '';
  if (!/规则|须知|条款|政策|规定|协议|规范/.test(accepted)) {
    // "上述退货规则，客户一经购买，视为认可": the terms named just before the acceptance, when it names none after.
    const before = own.slice(0, match.index).split('。').pop() ?? '';
    const named =
      /(?:退换货?|退货|售后)(?:的)?(?:规则|须知|条款|政策|规定)|(?:上述|以上|前述)(?:的)?(?:规则|须知|条款|规定)/;
    if (accepted.trim() !== '' || !named.test(before)) return false;
    accepted = before;
  }
  if (/^[^。]{0,4}(?:按照|按|依照|依据|遵守)[^。]{0,4}平台/.test(accepted)) return false;
  if (/退换|退货|售后/.test(accepted)) return true;
  // The shop's own rules or all its terms named anywhere in what is accepted ("以上配送须知及本店规定", "以上物流须知和所有条款").
  if (
    /(?:本店|店铺|我们|我司)(?:的)?(?:购物)?(?:之|的)?(?:规定|规则|条款|政策|须知|规范)|(?:所有|全部|一切)(?:的)?(?:条款|规则|规定)/.test(
      accepted,
    )
  )
    return true;
  const topic = /^(?:的)?(?:隐私|会员|积分|配送|发货|物流|服务协议|用户协议|优惠|活动|支付)/;
  const named = /(?:(?:以上|上述|前述|以下|下列|各项|所有|全部|本店|我们|店铺|我司)(?:的)?)+/.exec(accepted);
  if (named && topic.test(accepted.slice(named.index + named[0].length))) return false;
  return /须知|上述|以上|前述|以下|下列|所有|全部|各项|本(?:页)?(?:规则|条款|须知|规定)/.test(accepted);
}

export const excludedWithoutConfirmation: ClauseRule = {
  id: 'cn.policy.excluded-without-confirmation',
  issue: 'excluded_without_confirmation',
  citations: cites(
    ['CRPL', 25, 2],
    ['NRR-MEASURES', 7],
    ['NRR-MEASURES', 20, 2],
    ['NRR-MEASURES', 30],
    ['CRPL-REG', 19, 1],
    ['CRPL-REG', 19, 2],
    ['SPC-ONLINE-1', 2],
    ['CRPL-REG', 12],
  ),
  judge(reading) {
    const scope = refusalScope(reading);
    const text = reading.text;
    // A promise that covers the statutorily excluded goods binds (SPC-ONLINE-1 2, CRPL-REG 12).
    if (
      reading.terms.coversExcludedGoods &&
      scope === 'lawful' &&
      STATUTORY_CATEGORY.test(text) &&
      !LAWFUL_SCOPE.test(text)
    )
      return {
        verdict: 'void',
        message: {
          zh: '本店已承诺法定不适用无理由退货的商品也支持无理由退货，承诺对本店有约束力；此处再排除这些商品，与承诺不符，该内容无效。',
          en: 'The shop promises no-reason returns for the statutorily excluded goods too, and the promise binds it; excluding those goods here contradicts the promise and is void.',
        },
        suggestion: {
          zh: '本店承诺：定作、鲜活易腐、数字化商品及报纸期刊等商品同样支持七日无理由退货。',
          en: 'We promise no-reason returns within 7 days for made-to-order, perishable and digital goods and for newspapers and periodicals too.',
        },
      };
    // "下单即默认同意以下全部规则": ordering made the consent to the shop's exclusions, a notice standing in for
    // the confirmation a purchase needs (CRPL-REG 19 ¶2).
    if (
      acceptsShopTerms(text, ORDER_IS_ACCEPTANCE) ||
      // "一旦下单，即表示您已同意我们的退换货政策"; a lead-in over a list ("…同意以下退换货规则：") is judged by its items.
      (acceptsShopTerms(reading.own, ORDER_AS_ACCEPTANCE) && !/[:：]\s*$/.test(reading.own))
    )
      return {
        verdict: 'void',
        message: {
          zh: '“下单即视为同意全部规则”把下单当作确认；不适用无理由退货须由消费者在购买时逐项确认，默认同意不是确认，据此排除退货无效。',
          en: '"Ordering means you accept all our rules" treats the order as the confirmation; an exclusion from no-reason returns needs the consumer to confirm it at purchase, and a default is no confirmation, so the exclusion is void.',
        },
        suggestion: {
          zh: '不适用七日无理由退货的商品，将在商品页面显著标注，并请您在下单时单独确认；未经您确认的，仍支持七日无理由退货。',
          en: 'Goods excluded from no-reason returns are marked on their page and you confirm the exclusion separately when you order; without your confirmation, the 7-day no-reason return applies.',
        },
      };
    // "Returns are only accepted for products marked as 'returnable' in their listing", "只有标示「可退货」的商品才可以退货": every
    // good the shop has not marked is excluded, a listing's label standing in for the confirmation (NRR-MEASURES 20 ¶2, 30).
    if (ONLY_MARKED_RETURNABLE.test(reading.own))
      return {
        verdict: 'void',
        message: {
          zh: '只允许退回标明“可退货”的商品，等于未标明的商品一律不适用无理由退货；商品页的标注不是消费者在购买时的确认，据此排除退货无效。',
          en: 'Allowing returns only of goods marked "returnable" excludes every unmarked good from no-reason returns; a listing label is not the consumer\'s confirmation at purchase, so the exclusion is void.',
        },
        suggestion: {
          zh: '除法定不适用及经您在购买时确认不宜退货的商品外，所有商品均支持自收到商品之日起七日无理由退货。',
          en: 'Except goods excluded by law and goods you confirmed at purchase as unsuitable for return, every item may be returned without reason within 7 days of receipt.',
        },
      };
    // Goods outside the law data refused ("非处方药一经售出，概不退换", "以下商品不支持7天无理由退货：跨境商品"): the pharmacy, customs
    // or contract rules decide, so a person does (RULES.md §5), even where the refusal would otherwise be lawful.
    if (
      (scope === 'lawful' || scope === 'nature') &&
      (MEDICINE.test(reading.own) || crossBorder(reading.own) || BUSINESS_ONLY.test(reading.own)) &&
      refuses(text) &&
      // Named, not denied ("本店未经营海外代购，…"): the scope's own reading of the negation.
      CN_POLICY_SCOPES.some((scoped) => scoped.applies(reading))
    )
      return {
        verdict: 'review',
        message: {
          zh: '药品、跨境零售进口商品及仅面向企业的销售，其退货受药品管理、海关或合同规则约束，超出本规则库的法律数据，请人工审核。',
          en: 'Returns of medicines, cross-border retail imports and sales only to businesses follow pharmacy, customs or contract rules outside this ruleset’s law data; a person must review this clause.',
        },
        suggestion: {
          zh: '请按药品管理、跨境电商或合同的相关规定核实该排除；其他商品支持七日无理由退货。',
          en: 'Check this exclusion against the pharmacy, cross-border or contract rules that apply; other goods may be returned without reason within 7 days.',
        },
      };
    if (scope !== 'goods' && scope !== 'nature') return undefined;
    if (onlyExchange(text)) return undefined;
    // "对于上述不享受七天无理由退货的商品，…在您提交订单购买时请您确认": the goods are those listed, each judged on its own;
    // what this sentence adds is the confirmation step itself (NRR-MEASURES 20 ¶2).
    if (
      scope === 'goods' &&
      /(?:上述|以上|前述|下列|以下)(?:所列)?(?:的)?[^,;。]{0,16}(?:商品|产品|货品)/.test(text) &&
      /(?:提交订单|下单|购买|结算|付款)(?:购买)?(?:时|前)[^,;。]{0,6}(?:请|由|经)?(?:您)?(?:单独|逐一|主动)?(?:勾选)?确认(?!好?(?:尺码|尺寸|颜色|地址|型号|规格|信息|数量|款式|商品信息))/.test(
        text,
      ) &&
      !FAKE_CONFIRMATION.test(text)
    )
      return undefined;
    if (demandsDocumentsOrParcel(reading.lead ? reading.own : text, text)) return undefined;
    const suggestion = {
      zh: '下列商品不适用七日无理由退货：消费者定作的商品，鲜活易腐的商品，在线下载或消费者拆封的数字化商品，交付的报纸、期刊。拆封后易影响人身安全或生命健康、一经激活或试用后价值贬损较大、已明示的临期或有瑕疵的商品，仅在您购买时经单独确认程序确认后不适用无理由退货。其他商品均支持七日无理由退货。',
      en: 'The following are not returnable without reason: goods made to the consumer’s order, perishable goods, digital goods downloaded or unsealed by the consumer, and delivered newspapers and periodicals. Goods that affect health or safety once unsealed, lose much value once activated or tried, or are sold as near-expiry or defective are excluded only if you confirm this in a separate step at purchase. All other goods may be returned without reason within 7 days.',
    };
    if (scope === 'nature') {
      // "Underwear is non-returnable; you confirm this at checkout": the confirmation, or the default offered as one, may
      // follow in the next part of the sentence.
      const said = `${text} ${sentenceRest(reading)}`;
      // "瑕疵品已在详情页说明": for near-expiry or defective goods the page's disclosure is what makes them of that nature
      // (NRR-MEASURES 7(3)), not a notice offered as the confirmation, which the text then does not show either way.
      const disclosedOnPage =
        DISCLOSED_NATURE.test(text) &&
        // Sale goods listed beside them ("清仓及瑕疵商品") are refused for being on sale; "临期折扣商品" only describes them.
        !/(?:清仓|特价|促销|折扣|打折|秒杀)(?:商品|品)?(?:及|和|与|、|以及|或)|(?:及|和|与|、|以及|或)(?:清仓|特价|促销|折扣|打折|秒杀)/.test(
          text,
        ) &&
        !FAKE_CONFIRMATION.test(text.replace(PAGE_DISCLOSURE_ALL, ' '));
      if (FAKE_CONFIRMATION.test(said) && !disclosedOnPage)
        return {
          verdict: 'void',
          message: {
            zh: '拆封后影响健康、激活后贬值、临期或瑕疵等商品，须经消费者在购买时通过显著的确认程序确认方可不适用无理由退货；页面告示、默认勾选或“下单即视为同意”不是确认，该排除无效。',
            en: 'Goods of the natures listed in NRR-MEASURES 7 are excluded only when the consumer confirms it in a prominent step at purchase; a notice, a pre-ticked box or "ordering means you agree" is no confirmation, so the exclusion is void.',
          },
          suggestion,
        };
      if (CONFIRMED.test(said)) return undefined;
      return {
        verdict: 'review',
        message: {
          zh: '该类商品可能属于《网络购买商品七日无理由退货暂行办法》第七条所列性质，须经消费者在购买时确认方可不适用无理由退货；条款文字无法说明是否设置了确认程序，请人工核实。',
          en: 'These goods may be of a nature NRR-MEASURES 7 lists, which may be excluded only with the consumer’s confirmation at purchase; the text cannot show whether such a step exists, so a person must check.',
        },
        suggestion,
      };
    }
    if (sealGoodsWhole(text))
      return {
        verdict: 'void',
        message: {
          zh: '食品、化妆品等商品是否完好，以必要的一次性密封包装是否被损坏来判断；密封完好的，消费者仍可无理由退货，只有拆封后才可能属于经确认可不适用无理由退货的商品。整类排除这些商品，扩大了不适用无理由退货的范围，该排除无效。',
          en: 'Whether food, cosmetics and similar goods are intact is judged by their necessary one-time seal; while the seal is whole the consumer may still return them without reason, and only once unsealed may they be goods excluded with the consumer’s confirmation. Excluding the whole category widens the exclusion beyond the law, so it is void.',
        },
        suggestion: {
          zh: '食品、化妆品等商品，必要的一次性密封包装未拆封的，支持七日无理由退货；密封包装已拆封的，经您在购买时单独确认后不适用无理由退货。鲜活易腐的商品不适用无理由退货。有质量问题的，不受以上限制。',
          en: 'Food, cosmetics and similar goods may be returned without reason within 7 days while their one-time seal is unopened; once unsealed they are excluded only if you confirmed this in a separate step at purchase. Perishable goods are not returnable without reason. None of this limits returns of defective goods.',
        },
      };
    return {
      verdict: 'void',
      message: {
        zh: '除法定的定作、鲜活易腐、数字化、报纸期刊商品及经消费者购买时确认的特定性质商品外，经营者不得自行扩大不适用无理由退货的商品范围；该排除无效。',
        en: 'Apart from the statutory categories and goods of an NRR-MEASURES 7 nature confirmed at purchase, a shop may not widen the goods excluded from no-reason returns; this exclusion is void.',
      },
      suggestion,
    };
  },
};
