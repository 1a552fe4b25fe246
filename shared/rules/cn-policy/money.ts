/**
 * What may be kept back from a refund: gifts (`gift_charged_at_full_price`) and deductions
 * (`deductions_not_allowed`).
 *
 * @law NRR-MEASURES 12
 * 第十二条 消费者退货时应当将商品本身、配件及赠品一并退回。
 * 赠品包括赠送的实物、积分、代金券、优惠券等形式。如果赠品不能一并退回，经营者可以要求消费者按照事先标明的赠品价格支付赠品价款。
 * @endlaw
 *
 * Interpretation:
 * - A missing gift is paid for at the price marked beforehand; refusing the return for it, or
 *   charging the goods' price or an unmarked "原价", is void. "按赠品标注价格扣除" and an unspecified
 *   "折价处理" have a lawful reading and are lawful (CIVIL-CODE 498).
 * - Deductions the law allows stay lawful: the card fee (NRR-MEASURES 16), the lost free shipping
 *   (18 ¶2), bundle re-pricing (17 ¶2), agreed coupon terms (15), depreciation on a 三包 return
 *   (THREE-GUARANTEES 13). Restocking, handling, "折旧" on a no-reason return and percentages of the
 *   price are void (CRPL 25 ¶3, NRR-MEASURES 13, 17 ¶1).
 */
import { gateOf } from '#shared/policy-lint/gates.js';
import type { ClauseRule, RuleFinding } from '#shared/policy-lint/types.js';
import { cites } from './citations.js';
import { BEYOND_STATUTORY_DAYS, dayCounts, GIFT_MISSING, refusesAsLead } from './lexicon.js';
import { afterWindowOnly, outsideGate, refusalScope } from './reading.js';

const GIFT_FULL_PRICE =
  /(?:赠品|小样|试用装)(?:缺失|未退回|遗失|丢失)?.{0,20}(?<!(?<!得)不|不会|而非|并非)(?:按|以|依|依照|按照)(?:该|此)?(?:商品|产品|正品|主商品|赠品)?(?:的)?(?:原价|售价|市场零售价|市场售价|市场价|零售价|正价|全价|吊牌价|商品价格|实际价格|(?<=正品(?:的)?)价格?|正装(?:商品)?(?:的)?(?:价格|价|售价)|主商品(?:的)?(?:价格|价|售价))|赠品.{0,20}(?:全额|原价)(?:扣除|支付|收取|赔偿)|\bfree (?:gift|promotional) (?:cards?|box(?:es)?|sets?|vouchers?)\b.{0,60}(?:full (?:retail )?(?:price|value)|retail value|full value)|\b(?:gift|free item)s?\b(?! ?(?:vouchers?|cards?|sets?|box(?:es)?|certificates?|wrap(?:ping)?))(?!\s*(?:cards?|vouchers?|sets?)).{0,40}(?:full (?:retail )?price|retail (?:price|value)|full value)|\b(?:full (?:retail )?price|retail (?:price|value)|full value)(?: \([a-z]{2,5}\))? of (?:the |any |your )?(?:free |promotional )?(?:gift|free item|bonus item|promotional item|gwp|gift with purchase)\b(?! ?(?:vouchers?|cards?|sets?|box(?:es)?|certificates?|wrap(?:ping)?|balance))/;
/** A gift charged at a multiple of its price ("按赠品标价的两倍扣款", "按赠品价格的2倍从退款中扣除"). */
const GIFT_MULTIPLE = /(?:标价|价格|价值|售价)的?\s*(?:[2-9]|两|二|三|双|多)\s*倍/;
const GIFT_BLOCKS_RETURN =
  /(?:主商品|商品|整单|订单)?(?:将)?(?:无法|不能|不予|不可|不支持|不接受|不办理)(?:进行)?(?:办理)?(?:全额)?退|(?:主商品|商品|整单|订单)(?:将|则|也|均)?(?:不|无法|不能|不予|不可)(?:单独|另行)(?:办理)?退(?:款|货)/;

/** A complete gift made a condition ("附件、赠品、发票等齐全"). */
const GIFT_COMPLETE_DEMANDED = /赠品[^。]{0,12}(?:齐全|完整)|(?:齐全|完整)[^。]{0,4}[(（][^)）]{0,8}赠品/;
/** "Please include all free gifts, otherwise we will not accept the return". */
const GIFTS_INCLUDED_OR_REFUSED =
  /\b(?:include|with) (?:all |any |the |its |their )?(?:[a-z]+ ){0,3}(?:free |promotional |bonus )?gifts?\b[^.;]{0,60}\b(?:otherwise|if not|failing which|or else)\b[^.;]{0,40}\b(?:not|cannot|can't|won't) (?:accept|process|refund)|\b(?:free |promotional |bonus )gifts?\b[^.;]{0,40}\bmust (?:also )?be returned\b(?:[^.;]{0,30}\bto (?:qualify|be eligible) for (?:a |any )?(?:full )?refund|[^.;]{0,30}\b(?:otherwise|failing which|or else)\b[^.;]{0,30}\b(?:no refund|not (?:be )?(?:accepted|refunded|processed)))|\b(?:buy[- ]one[- ]get[- ]one|bogo)\b[^.;]{0,80}\ball (?:the )?items? (?:received )?must be returned\b[^.;]{0,30}\bto (?:qualify|be eligible) for (?:a |any )?(?:full )?refund/;
/** The gift "折价" at a price not marked beforehand. */
const GIFT_DISCOUNTED = /赠品[^。]{0,12}(?:作|按)?折价(?:处理|扣除|扣款)?/;
/**
 * The words every finding below needs (besides a refusal scoped to a missing gift, read by `refusalScope`): a clause
 * naming no gift, sample or trial size returns at once.
 */
const GIFT_WORDS = gateOf(
  GIFT_COMPLETE_DEMANDED,
  GIFT_MISSING,
  GIFTS_INCLUDED_OR_REFUSED,
  GIFT_DISCOUNTED,
  GIFT_FULL_PRICE,
  /赠品/,
);

export const giftChargedAtFullPrice: ClauseRule = {
  id: 'cn.policy.gift-charged-at-full-price',
  issue: 'gift_charged_at_full_price',
  citations: cites(['NRR-MEASURES', 12, 1], ['NRR-MEASURES', 12, 2]),
  judge(reading) {
    const text = reading.text;
    if (outsideGate(reading, GIFT_WORDS, 'gift')) return undefined;
    // "If a free gift is not returned, we deduct the gift's value stated at purchase": the declared price, lawful.
    const declaredDeduction =
      /(?:value|price) (?:as )?(?:stated|declared|marked|listed|shown|displayed)|(?:stated|declared|marked|listed) (?:value|price)|事先标明|(?:页面|商品页)?(?:标明|标注|注明|标示)的?(?:赠品)?(?:价格|价值)|赠品(?:的)?标(?:示)?价/.test(
        text,
      ) &&
      /deduct|扣除|扣款|折价|折算|抵扣|支付|收取/.test(text) &&
      !GIFT_MULTIPLE.test(text) &&
      !GIFT_BLOCKS_RETURN.test(text) &&
      !/will not be (?:accepted|refunded|processed)|refus|cannot be (?:returned|refunded)/.test(text);
    // "申请条件：附件、赠品、发票等齐全": a complete gift made a condition of every return.
    const giftCondition =
      reading.lead !== '' && /条件|要求|前提/.test(reading.lead) && GIFT_COMPLETE_DEMANDED.test(reading.own);
    const blocks =
      giftCondition ||
      (!declaredDeduction &&
        (refusalScope(reading) === 'gift' ||
          (GIFT_MISSING.test(text) && GIFT_BLOCKS_RETURN.test(text)) ||
          // "Please include all free gifts, otherwise we will not accept the return" (the sentence before read with it).
          GIFTS_INCLUDED_OR_REFUSED.test(text) ||
          // An item of a refusing list naming the missing gift ("以下情形不予退换：…缺少随商品附带配件、赠品的商品").
          (reading.lead !== '' && GIFT_MISSING.test(reading.own) && refusesAsLead(reading.lead))));
    const undetermined = GIFT_DISCOUNTED.test(text) && !/事先标明|标注|标明|注明/.test(text);
    const fullPrice =
      (GIFT_FULL_PRICE.test(text) || (GIFT_MULTIPLE.test(text) && /赠品/.test(text))) &&
      !/事先标明|标注|标明|注明的?(?:赠品)?价格|declared|marked|(?:stated|shown|listed|displayed) on (?:the |our )?(?:product |promotion(?:al)? )?page/.test(
        text,
      ) &&
      // An English price named without a charge ("the retail value of the promotional item is shown on the page").
      (!/[a-z]{3}/.test(text) ||
        /[\u4e00-\u9fff]|deduct|charg|forfeit|bill|\bpay|withh|subtract|taken off|\bless\b|minus|invoic|removed from (?:your|the) refund|reduced? (?:from )?(?:your|the) refund/.test(
          text,
        ));
    if (!blocks && !fullPrice && !undetermined) return undefined;
    return {
      verdict: 'void',
      message: {
        zh: '赠品不能一并退回的，经营者只能要求消费者按照事先标明的赠品价格支付赠品价款，不得因此拒绝退货，也不得按商品原价收取。',
        en: 'When a gift cannot be returned, the shop may only charge the gift price it marked beforehand; it may not refuse the return for it or charge a full price.',
      },
      suggestion: {
        zh: '退货时请将赠品一并退回；赠品无法退回的，按购买时页面标明的赠品价格从退款中扣除，不影响退货。',
        en: 'Please send any gift back with the goods; if it cannot be returned, the gift price marked on the page at purchase is deducted from the refund, and the return goes ahead.',
      },
    };
  },
};

const DEDUCTION =
  /\b(?:returns?|refunds?|returned (?:items?|goods|parts?|products?))\b[^.;]{0,60}\bsubject to an? \d+(?:\.\d+)?\s*%\s*(?:[a-z-]+ ){0,2}(?:inspection|testing|test)(?:\/(?:testing|inspection))? fees?\b|(?:退货|退款)[^,;。]{0,6}?(?:需|须|要|将|会)?(?:另行|额外)?扣除\s*\d+(?:\.\d+)?\s*元(?:的)?(?:费用|作废费用)|发票作废费|\b(?:refund|refunded)\b[^.;]{0,40}\b(?:minus|less) (?:any )?(?:applicable |other )?(?:fees?|charges?)(?: (?:and|&) (?:fees?|charges?))?(?! (?:for|of|on) (?:the )?(?:shipping|postage|delivery|credit cards?|card|payment|transaction))\b(?![^.;]{0,40}\b(?:card|bank|issuer|paypal|payment processor|shipping|postage)\b)|\b(?:we )?(?:will |may )?charge (?:the )?(?:customers?|buyers?|you) (?:a fee of )?\d+(?:\.\d+)?\s*% (?:of )?(?:the )?(?:unit |item |purchase |original |product )?(?:cost|price|value)\b(?![^.;]*\b(?:misuse|abuse|damaged|worn|used|missing)\b)[^.;]{0,60}\breturn|\b(?:opened|unsealed)\b[^.;]{0,40}\b(?:partial refund|refund of (?:up to |only )?\d+\s*%)|\bwithin(?<!\b(?:worn|wear|used|damaged|soiled|stained|washed|altered|missing|without|removed|detached)\b[^.;]{0,80}within) (?:[1-7]|one|two|three|four|five|six|seven) days\b(?:(?!full refund|keep|kept|worn|wear|used|damaged|soiled|stained|washed|altered|missing|without|removed|detached)[^.;]){0,60}\bfor (?:a |only a )?partial refund\b|\b(?:no longer want|changed? (?:of |your )?mind|for any reason)\b(?:(?!full refund|keep|kept|worn|wear|used|damaged|soiled|stained|washed|altered|missing|without|removed|detached)[^.;]){0,60}\bfor (?:a |only a )?partial refund\b|\bpartial refund\b[^.;]{0,40}\b(?:opened|unsealed)\b|(?:优惠|折扣|满减|活动)(?:的)?(?:金额|部分)?的?\s*(?:两|二|双|2|3|三)\s*倍|(?:退款|退还)(?:金额)?\s*[=＝]\s*[^。]{0,12}[-－]\s*(?:包装费|手续费|服务费|折旧费|处理费|管理费|损耗费|质检费)|(?:回复|恢复)原状(?:所需|的|所必要的)?费用|subject to (?:an? )?(?:s|hk|us|a|au|nz|nt|rm)?\$?\d+(?:\.\d+)?\s*(?:administration|admin|administrative|processing|handling|cancell?ation|restocking) fee|\b(?:administration|admin|administrative) (?:fees?|charges?) (?:may|will|shall|might) (?:also )?apply\b(?<=\brefunds?\b[^.;]{0,60})|(?:administration|admin|administrative)(?: and\/or| and| or)?(?: (?:bank|card|transaction|payment))? fees? (?:of (?:s|hk|us|a|au|nz|nt|rm)?\$?\d|(?:(?:will|may|can|might) (?:also )?be|is|are) (?:charged|deducted|applied|applicable|imposed|levied|non-?refundable))|(?<![\d.])\d+(?:\.\d+)?\s*% (?:administration|admin|administrative) fees?\b[^.;]{0,60}\b(?:will be |is |are )?(?:imposed|charged|deducted|levied)\b|(?<![\d.])\$?\d+(?:\.\d+)? (?:administration|admin|administrative|processing|handling|restocking|penalty(?=[^.;,]{0,40}\b(?:returns?|refunds?|exchanges?|cancell?ations?)\b)) fee (?:applies|will apply|is charged|will be charged)(?!\s+(?:to|on|for)\s+(?:all\s+|each\s+|every\s+)?(?:international\s+|domestic\s+)?orders?\b)|subject to (?:additional |extra |a )?(?:fees?|charges?)|(?<![\d.])(?:s|hk|us|a|au|nz|nt|rm)?\$\d+(?:\.\d+)? (?:fee|charge) (?:applies|will apply|is charged|will be charged|will be deducted) (?:to|on|for|from) (?:all|every|each|any) (?:returns?|refunds?)\b|(?<!\bnot |(?<!non-?|(?:except(?: for)?|other than|exception of|apart from|besides|excluding|\bnot)\s+(?:\w+\s+)?)(?:custom(?!ers?)|personali[sz]ed|made[- ]to[- ]order|bespoke|engraved)(?![^.;]{0,60}(?:\bstandard\b|\bregular\b|non-?(?:custom|personali)|\bor not\b|\balike\b|all orders|every order|(?<!not )stock (?:items?|orders?|goods)))[^.;]{0,60}|production[^.;]{0,40})subject to an? \d+(?:\.\d+)?\s*%\s*(?:cancell?ation|restocking|handling|processing) fee|(?<!无|免)(?:处理费|手续费|服务费|折旧费|整新费|包装费|质检费|检测费|违约金)(?:用)?[^,;。]{0,12}(?:需由|须由|由|需要|需|须)(?!\s*(?:由\s*)?(?:商家|卖家|本店|我方|我店|我司|我们|平台|商城|本公司|责任方|过错方|败诉方|责任人|有过错的一方))[^,;。]{0,10}(?:承担|支付|负担)|(?:扣除|收取)[^,;。]{0,16}(?:\d+(?:\.\d+)?\s*%)[^。]{0,16}(?:行政|手续|处理|服务)费|(?:扣除|扣减|(?<!抵)扣|收取|另收|加收|(?<!无|不|免)(?:只|仅|需|须|要|将|会)收(?!货|到)|(?<!无|不|免)酌收(?=[^,;。]{0,8}\d)|酌收(?<=(?<!被)(?:退货|退回|退款|退换)[^。]{0,16}酌收)(?<!(?:维修|送修|修理|保修|保固|否则|拒绝|拒收|重新寄送|重新配送|再次寄送|再次配送|重寄|补寄)[^。]{0,20}酌收)(?=[^,;。]{0,6}(?:手续|处理|服务|整新|翻新|清洁|行政|折旧|质检|检测|包装)费)(?![^。]{0,20}(?:或|或者)(?:直接)?(?:拒绝|拒收|不予|不接受))|承担|支付|缴纳|crediting)[^,;。]{0,10}(?:\d+(?:\.\d+)?\s*%|百分之|手续费|服务费|折旧费|折旧|整新费|翻新费|包装费|损耗费|库存费|仓储费|处理费|管理费|违约金|罚金|罚款|行政费|清洁费|清洗费|消毒费|清洗消毒费|退货费(?!用)|(?<!(?:承担|支付|负担|缴纳)[^,;。]{0,10})退货费用|质检费|验货费|检测费|各种费用|相关费用|相应费用|一定比例)|(?:\d+(?:\.\d+)?\s*%|百分之[一二三四五六七八九十]+)(?:的)?(?:手续费|服务费|折旧费|费用|货款)|(?:手续费|折旧费|整新费|翻新费|库存费|损耗费)(?:由|需|按)|restocking(?! (?:quality|condition|standards?|purposes?))|re-stocking|handling fee|(?:fee|charge) of \d+(?:\.\d+)?\s*%(?=[^.;]{0,40}\b(?:returns?|refunds?)\b)|(?:handling|processing|service|administration|admin)(?: or (?:postage|shipping|delivery))? charge(?=[^.;]{0,40}\b(?:returns?|refunds?)\b)|\bcharged (?:an? )?(?:(?:s|hk|us|a|au|nz|nt|rm)\s?\$?|\$)\s?\d+(?:\.\d+)? (?:for|as an?) (?:handling|restocking|processing|administration)\b(?=[^.;]{0,60}\breturn)|\b(?:returns?|refunds?|returned)\b[^.;]{0,40}?(?:(?:fee|charge) of \d+(?:\.\d+)?\s*%|(?:handling|processing|service|administration|admin)(?: or (?:postage|shipping|delivery))? charge)|(?:cancellation|cancel) (?:fee|charge)s?(?=[^.;]{0,30}\breturn)|processing fee|return fee|inspection fee|depreciation|\b(?:cleaning|saniti[sz]ing|saniti[sz]ation|sanitation|disinfection) (?:fee|charge)s?\b(?:(?<=\b(?:returns?|returned|refunds?|refunded)\b[^.;]{0,110})|(?=[^.;]{0,80}\b(?:returns?|returned|refunds?|refunded)\b))|\bloss (?:of|in) value\b[^.;]{0,60}\b(?:deducted|charged|withheld)\b|\b(?:cost|costs) of (?:cleaning|saniti[sz]ing)\b[^.;]{0,80}\bdeducted\b|\d+\s*% (?:fee|charge|deduction)|(?:deduct|charge)(?:ed)?\s+(?:a\s+)?(?:\d+\s*%|fee)|\b(?:a|an|additional|extra) (?:[a-z]+ )?(?:fee|charge) (?:will|may|shall|can) be (?:charged|applied|deducted|imposed|levied)\b[^.;]{0,40}\bif\b[^.;]{0,60}\b(?:(?:packaging|box)\b[^.;]{0,20}\b(?:is |are |was |has been )?(?:damaged|missing|opened|torn)|(?:damaged|opened|torn|lost|discarded|thrown away)\b[^.;]{0,30}\b(?:packaging|box))\b|\b(?:less|minus|deducting|subtracting) (?:an? |the |any )?(?:\d+(?:\.\d+)?\s*% )?(?:administration|admin|administrative|restocking|handling|service) (?:charges?|fees?)\b/;
const LAWFUL_DEDUCTION =
  /信用卡|花呗分期|分期手续费|支付手续费|刷卡手续费|银行手续费|包邮|免运费|运费|邮费|满减|套装|优惠券|代金券|积分|礼券|红包|三包|修理|维修|换货|\bshipping\b|coupon|gift card fee|card fee|card processing fee|credit card|payment processing|transaction fee|instal(?:l)?ment fee/;

const deduction: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '商品完好退回的，经营者应当返还消费者已支付的商品价款；除法律允许的信用卡手续费、未满足包邮条件的运费、套装或满减重新结算等外，扣除手续费、折旧费或按比例扣款的条款无效。',
    en: 'When intact goods come back the shop must refund the price paid; apart from what the law allows (card fees, lost free shipping, bundle re-pricing), restocking, handling, depreciation or percentage deductions are void.',
  },
  suggestion: {
    zh: '商品完好退回的，本店全额退还您实际支付的商品价款；因退货不再满足包邮或满减条件的，按购买时的价格和运费规则结算。',
    en: 'When the goods come back intact we refund the full price you paid; where the return means a free-shipping or bundle offer no longer applies, it is settled at the prices and shipping rules of the purchase.',
  },
};

/**
 * A charge made after "但 / 且 / but / however" ("不收取手续费，但需支付20元包装费", "but a $15 processing fee will be
 * deducted"): a negated charge before it does not cover it. Return shipping and a missing gift's declared price
 * are charges the law allows (NRR-MEASURES 18, 12).
 */
/** "包括且不限于", "但不限于": a list's opening, no "but" or "and" of a charge of its own. */
const NOT_LIMITED_TO = /(?:包括|包含)?(?:且|并且|但)不限于/g;

function chargedAfterBut(text: string): boolean {
  const after = /(?:但|且|however|\bbut\b)([^。.]{0,50})/.exec(text.replace(NOT_LIMITED_TO, '包括'))?.[1];
  if (!after) return false;
  const rest = after.replace(
    /运费|邮费|快递费|(?:return )?shipping(?: costs?| fees?| charges?)?|postage|free of charge|赠品(?:的)?(?:价值|价格|标价)[^。.,;，；]{0,10}|赠品(?:需|须|应|要)?(?:一并|一起|同时)?(?:退回|寄回|返还|完好)|(?:free )?gifts? (?:must|should|need to|needs to) be returned(?: (?:unused|intact|as well|too|with (?:the|your) (?:item|order)))?|(?:declared |stated |listed )?(?:value|price) of (?:the |any )?(?:free )?gifts?|(?:分期|花呗|信用卡|银行|支付机构)[^。.]{0,8}(?:手续费|费用)|(?:credit card|card|payment|bank|instal?lment) (?:processing )?(?:fees?|charges?)|优惠券(?:金额|面额|抵扣(?:金额)?|部分)?[^。.,;，；]{0,4}(?:不予退还|不退|不返还|作废|失效|按比例扣除|扣除)|coupons?(?: (?:value|amount|discount))?[^.,;]{0,12}(?:not be refunded|non-refundable|forfeited|void|deducted)|首单运费|首重|price difference|差价/g,
    ' ',
  );
  // A negated charge after it ("…，并且不扣除折旧费") charges nothing.
  return /费|fee|charge|损耗|百分之|\d+\s*%|价值|deduct/.test(rest) && !CHARGE_NEGATED.test(after);
}

/** A charge said not to be made ("不收取手续费", "退款不扣手续费", "no restocking fee", "there is never a restocking fee", "we do not charge"). */
const CHARGE_NEGATED =
  /(?:no|never an?|never any) (?:(?:shipping|postage|delivery),? (?:or|and) )?(?:restocking|handling|return|processing|administration|admin|administrative|penalty|cleaning|saniti[sz]ing)(?:,? (?:or|and) (?:restocking|handling|return|processing|administration|admin))? fees?|without (?:deducting|charging|any) (?:an? |any )?(?:restocking|handling|processing|administration|admin|administrative|return) fee|(?:do not|dont|does not|doesnt|will not|wont|never|not) (?:charge|apply|deduct|impose)|not (?:allowed|permitted) to (?:charge|apply|deduct|impose)|不会[^。]{0,10}收取|不(?:向|对|跟|从)(?:(?!退|返)[^,;。]){0,8}收取|will not be (?:charged|imposed)|not be imposed|不收取|免收|无需(?:支付|承担)|不扣除|不另收|不(?:会|再|额外|另)*(?:扣|加收)(?:除)?(?:您)?(?:任何)?(?:一分钱)?(?:[^,;。]{0,8}?(?:手续费|服务费|折旧费|费用|钱|运费|邮费))|免(?:除)?手续费|无(?:需|须)?(?:任何)?手续费|不用(?:支付|承担)|无须(?:支付|承担)|waived|free of charge|(?:restocking|handling|processing|administration|admin|administrative|cleaning|saniti[sz]ing) fees?(?:\s*\([^()]{0,30}\))?\s*[:：–-]\s*(?:no (?:cost|charge|fee)s?(?: (?:to|for) (?:the |you|our )?[a-z]*)?|none|nil|free|n\/a|not applicable|\$?0(?:\.00)?)\s*[.!]?\s*$/;

/**
 * The charges the text names are said not to be made: a negation, and no sentence part charging a fee it does not negate
 * ("退款扣手续费10%，不扣运费" charges the fee).
 */
function chargeNegated(text: string): boolean {
  if (!CHARGE_NEGATED.test(text)) return false;
  // Each part of the sentence, split again at 并/且/but ("退货不扣运费并扣除10%手续费" still charges the fee), charges a fee it
  // does not negate; a charge the law allows beside the negated one ("…, but credit card processing fees are
  // non-refundable") is read by the rules below.
  // A charge of its own after the negated one in the same part ("不扣运费只扣10%手续费", "no restocking fee and a $10 handling
  // fee will be deducted") starts a part; "and" joining the fees of one negation ("we do not charge restocking fees and
  // handling fees") does not.
  return !text
    // "…不收取任何服务费，包括且不限于检测费、包装费": the list after 包括 names what was negated, and "且不限于" no new charge.
    .replace(NOT_LIMITED_TO, '包括')
    .split(
      /[,;。]|并|且|\bbut\b|(?<![不无免])(?=(?:只|仅|另|而|却)(?:扣|收|加收))|\band\b(?=[^.;,]{0,40}\b(?:will be|is|are|applies|apply|deduct|deducted|charged|charge|charges)\b)/,
    )
    .reduce<string[]>((parts, part) => {
      if (parts.length > 0 && /^\s*(?:包括|包含|例如|比如|诸如)/.test(part)) parts[parts.length - 1] += `，${part}`;
      else parts.push(part);
      return parts;
    }, [])
    .some(
      (part) =>
        DEDUCTION.test(part) &&
        !CHARGE_NEGATED.test(part) &&
        !/信用卡|支付手续费|刷卡|银行|credit card|card (?:processing )?fees?|payment processing|运费|邮费|shipping/.test(
          part,
        ),
    );
}

/** The shop as the one who bears a cost ("本店承担", "我们将支付"). */
const SHOP_BEARS = /(?:本店|我们|卖家|商家|我司|平台|本公司|我公司|我方)(?:将|会|可|均|都)?(?:承担|支付)/g;
/** A share of the price the shop gives, not keeps ("本店补偿5%货款", "好评返现5%货款"): compensation or cash back, no deduction. */
const SHOP_GIVES_SHARE =
  /(?:(?:本店|我们|商家|卖家|店铺|平台)(?:将|会|可|愿意|另|额外|可以)*(?:补偿|赔偿|奖励|赠送|给予)|(?:好评|晒图|晒单|评价)[^,;。]{0,4}(?:返现|奖励|返还|退还|赠送)|返现|奖励)(?:您|买家|顾客)?(?:货款的)?(?:\d+(?:\.\d+)?%|部分)(?:的)?(?:货款|现金)?(?![^,;。]{0,2}退款)/g;
/** A share the shop pays back to a buyer who keeps the goods ("买家选择不退货的，本店返还两成货款"): a settlement, no deduction. */
const SHARE_FOR_GOODS_KEPT =
  /(?=返还|退还)(?<=(?:买家|顾客|客户|消费者|您|如|若|如果)(?:选择|愿意|同意|可选择|可以选择|决定)?(?:不退货|不退回商品|不寄回商品|保留商品|留下商品)(?:的|时)?,?[^,;。]{0,6}?)(?<!不|不予)(?:返还|退还)(?:您)?(?:\d+(?:\.\d+)?%|部分)(?:的)?(?:货款)?/g;
/** A fee at the shop's discretion for opening, trying or the "second sale" ("若商品已拆封，需酌收费用"), not for a pickup. */
const OPENING_FEE =
  /(?:拆封|拆开|开封|开箱|拆包|试穿|试用|二次销售|再次销售|重新贩售|包装)(?:(?!取件|上门)[^。]){0,30}酌(?:情)?(?:收(?:取)?|扣(?:除)?)(?![^,;。]{0,8}(?:邮费|运费|快递费))[^,;。]{0,8}(?:费|货款)/;

const RETURN_REPRICED =
  /(?:退货|退款|退回)[^。]{0,12}(?:按|以)(?:退货|退款|回收|当天|当日)[^,;。]{0,4}(?:金价|银价|市场价|回收价)(?:回收|结算|计算|退款)?|(?:退货|退款|退回)[^。]{0,12}(?<!不|非|不会|并非|而非|不是)(?:按|以)(?:商品)?(?:的)?(?:现价|当前价格?|当前售价|退货时(?:的)?(?:价格|售价)|最新价格?|降价后(?:的)?(?:价格|售价))(?:计算|结算)?(?:退款|退还|退)|(?:每克|按克)[^,;。]{0,6}(?:工费|损耗|手工费)|(?:复检|鉴定|质检|检测|验货)费(?:用)?\s*\d+(?:\.\d+)?\s*(?:元|块)[^,;。]{0,4}(?:由|需)(?:买家|顾客|您|客户|消费者)|\b(?:repackaging|re-packaging|repacking|packaging) fee\b/;
const DEPOSIT_KEPT_ON_RETURN =
  /(?:退货|收货后|签收后|收到(?:货|商品)后)[^。]{0,24}(?:(?:定金|订金)(?:部分)?(?:不予|不|概不|恕不|将不|不再)(?:退还|退回|返还|退)|(?:仅|只)退(?:还)?尾款|(?<!(?:不|无需|不予|不再|不得|不能|无须|不用)[^,;。]{0,8})(?:扣除|扣减|扣)(?:您的?|买家的?)?(?:定金|订金|预付款)(?!膨胀|翻倍|抵扣|抵用|优惠|奖励)|(?:定金|订金)(?:将|会)?(?:被)?(?:扣除|扣减|扣))/;
/** A share of the price paid ahead as a deposit ("需预付30%货款作为定金"): a way to pay, no deduction from a refund. */
const DEPOSIT_SHARE =
  /(?:预付|先付|首付|先行支付)[^,;。]{0,4}\d+(?:\.\d+)?%(?:的)?货款|(?:支付|缴纳|付)[^,;。]{0,4}\d+(?:\.\d+)?%(?:的)?货款(?=(?:作为|为|当作)(?:定金|订金|预付款))/g;
/**
 * Anything deducted, the deposit kept, or a fee other than the shipping ("扣除该部分款项", "定金不退", "预付20%货款作为手续费"; not
 * "运费自理").
 */
const DEPOSIT_KEPT =
  /扣|(?:定金|订金)[^,;。]{0,4}不(?:予)?(?:退|返还)|(?<!运|邮|递)费|违约金|收取(?![^,;。]{0,4}(?:运费|邮费|快递费))/;
/** A 三包 return: the warranty named, or its two failed repairs. */
const THREE_GUARANTEES_RETURN = /三包|修理两次|维修两次|两次修理|两次维修/;
/** No fee charged ("无任何额外费用", "不收取手续费"): none beside a deposit. */
const NO_FEE = /(?:无|免|不收取?|没有|不产生|不另收)(?:任何)?(?:额外|其他|其它)?(?:的)?(?:费用|手续费|服务费)/g;
/** The first shipping of a free-shipping order charged on its return. */
const FIRST_SHIPPING_CHARGED =
  /包邮(?:商品)?[^。]{0,8}(?:扣除|收取|另收|承担|支付)[^。]{0,6}(?:首重|首次|首单|发货|寄出|原)(?:的)?(?:运费|快递费|邮费)|包邮[^。]{0,16}(?:退货|退回)[^。]{0,20}(?:承担|扣除|支付|收取)[^。]{0,14}(?:首次|第一次|发货|寄出|原|首单)(?:购买时)?(?:的)?(?:运费|快递费|邮费)/;
/** The tax of a lost invoice charged. */
const INVOICE_TAX_CHARGED = /发票(?:遗失|丢失|缺失)[^。]{0,12}(?:承担|扣除|支付)[^。]{0,6}税/;
const TEST_FEE = /(?:检测|鉴定|检验)费/;
/**
 * An English share of the price refunded, or withheld from the refund ("We will refund 85% of the price", "15% will be withheld
 * to cover the shipping fee", "Only 85% of the purchase price will be refunded", "we will only offer a 50% refund", "a 5%
 * cancellation fee … will be deducted from your refund"), as the Chinese "只退85%货款" is read.
 */
const EN_SHARE =
  /\b(?:refund|return|reimburse|credit|give back|pay back)(?:ed|s)? (?:you )?(?:only |just )?(?:at )?(?<![\d.])[1-9]\d?(?:\.\d+)?\s*% (?:of )?(?:the |your )?(?:full |purchase |original |item |product |total |sale |paid |order )?(?:price|amount|value|payment|purchase)\b(?! (?:difference|drop|reduction|protection|adjustment))|(?<![\d.])[1-9]\d?(?:\.\d+)?\s*%(?: of (?:the |your )?(?:(?!shipping|postage|delivery|freight|return)[a-z]+ ){0,2}(?:price|amount|value|refund|total|payment|purchase))? (?:will be |is |shall be |are |may be )?(?:withheld|deducted|retained)\b|(?<![\d.])[1-9]\d?(?:\.\d+)?\s*% of (?:the |your )?(?:(?!shipping|postage|delivery|freight|return)[a-z]+ ){0,2}(?:price|amount|value|payment|purchase) (?:will be |is |shall be |are )?(?:refunded|reimbursed|returned)\b|\brefunds? (?:will be |are |is )?(?:issued|given|made|paid) (?:for|at) (?<![\d.])[1-9]\d?(?:\.\d+)?\s*%|\brefunded at (?<![\d.])[1-9]\d?(?:\.\d+)?\s*%|\ban? (?:partial )?refund of (?<![\d.])[1-9]\d?(?:\.\d+)?\s*%(?! (?:of )?(?:the |your )?(?:shipping|postage|delivery|fees?))|(?<![\d.])[1-9]\d?(?:\.\d+)?\s*% (?:cancell?ation|restocking|handling|administration|administrative|service|return) (?:fee|charge)\b[^.;]{0,80}\b(?:deducted|withheld|retained)\b|\ban? (?<![\d.])[1-9]\d?(?:\.\d+)?\s*% (?:partial )?refund\b(?! (?:of|on|for) (?:the |your |any )?(?:shipping|postage|delivery|fees?|charges?)\b)|\b(?:refund|refunds|refunded) (?:you )?(?:only |just )?(?<![\d.])[1-9]\d?(?:\.\d+)?\s*%(?!\s*(?:of|off)\b)/;
/**
 * What such a share may be other than a deduction: goods broken on the consumer's own way back ("If returning any breakable
 * items and it breaks in transit, you'll receive a 50% refund"), goods kept, compensation or a reward, a price difference,
 * the card fee (NRR-MEASURES 16), or a share said of days beyond the law's ("between 31 and 60 days").
 */
const EN_SHARE_SPARED =
  /\breturning\b[^.;]{0,60}\b(?:breaks?|broken|damaged|lost) in (?:transit|the post|shipping)\b|\b(?:breaks?|broken|damaged|lost)\b[^.;]{0,30}\bon (?:its|their|the|your) (?:way|journey) back\b|\b(?:keep|kept|keeping|instead of returning|compensat\w*|goodwill|gesture|bonus|cash ?back|rewards?|points(?! (?:are|is|will be|shall be|get|gets) (?:also )?(?:reversed|deducted|cancell?ed|canceled|forfeited|removed|voided|clawed back|withdrawn))|reviews?|price (?:difference|protection|drop|adjustment|match)|card fees?|transaction fees?|(?:between|from|after|beyond|past|over|more than) (?:day )?(?:[89]|[1-9]\d+)(?: and \d+)? (?:calendar |business |working )?days?)\b|\b(?:after|beyond|past|from) day (?:[89]|[1-9]\d+)\b|(?<=\b(?:return\w*|send\w* (?:it |them |items? )?back)\b[^.;,]{0,30})\b(?:between|from|after|beyond|past|over|more than) (?:day (?:[89]|[1-9]\d+)|(?:[89]|[1-9]\d+)\s*(?:to|-)\s*\d+ (?:calendar |business |working )?days?)\b|\b(?:between|from|after|beyond|past|over|more than) (?:day (?:[89]|[1-9]\d+)|(?:[89]|[1-9]\d+)\s*(?:and|to|-)\s*\d+ (?:calendar |business |working )?days?) (?:after|of|from|since|following) (?:the )?(?:delivery|receipt|purchase|arrival)\b/;
/**
 * A negation just before the share ("We don't refund just 90%…"), or one with an aside between commas after it ("We do
 * not, like some shops, refund only 80%…"); not one before a comma otherwise ("If the item is not faulty, we refund
 * 85%…", "No questions asked, we refund 85%…").
 */
function negatedBefore(before: string): boolean {
  // Said of the share itself ("we do not refund just 50%", "Returns do not get refunded at 80%"), whatever the condition.
  if (
    /\b(?:not|never|dont|doesnt|do not|does not)\s+(?:(?:get|be|ever)\s+)?(?:(?:just|only|simply|merely)\s+)?$/.test(
      before,
    )
  )
    return true;
  // A negation inside a condition before the share ("If the item is not in its original box we refund 80%", "Where the
  // product is not returned within 3 days…", "For returns not in the original packaging…") negates the condition, not the
  // share.
  const negation = /\b(?:not|never|dont|doesnt|do not|does not|no)\b[^.;,]{0,30}$/.exec(before);
  if (negation !== null) {
    const ahead = before.slice(0, negation.index);
    const conditional =
      /\b(?:if|where|when|whenever|unless|once|should|in case)\b[^.;,]*$/.test(ahead) ||
      /\b(?:returns?|items?|products?|goods|orders?)\s+$/.test(ahead);
    if (!conditional) return true;
  }
  return /\b(?:not|never|dont|doesnt|do not|does not)\b,[^,.;]{1,30},\s*(?:[a-z]+\s+){0,2}$/.test(before);
}
/**
 * A share given in vouchers or loyalty credit: a reward where it is a small part of the price ("we credit 10% of the price as
 * a store voucher"), a refund cut and paid in vouchers where it is most of it ("We refund 90% of the purchase price in store
 * vouchers").
 */
const EN_SHARE_AS_VOUCHER =
  /\b(?:as|in|into|with|on) (?:an? |your )?(?:(?:store |shop |gift |loyalty |e-?)?vouchers?|loyalty (?:points|credit|account|wallet|balance))\b/;
/** A negation of the goods' defect ("Items that are not defective are refunded 85%"): the condition, not the share, negated. */
const DEFECT_NEGATED_EN =
  /\b(?:not|never)\b (?:(?:been |be |found |deemed |considered )?(?:defective|faulty|damaged|broken|as described|in (?:good|working) (?:order|condition)))\b/g;
/** The share read as withheld: not negated just before it ("We don't refund just 90%…"), nor spared. */
function englishShareWithheld(text: string): boolean {
  const share = EN_SHARE.exec(text);
  if (share === null || EN_SHARE_SPARED.test(text)) return false;
  const percent = Number(/(\d+(?:\.\d+)?)\s*%/.exec(share[0])?.[1] ?? 0);
  if (percent < 50 && EN_SHARE_AS_VOUCHER.test(text)) return false;
  return !negatedBefore(text.slice(Math.max(0, share.index - 80), share.index).replace(DEFECT_NEGATED_EN, ' defect '));
}
/** The delivery charge named "shipping and handling". */
const SHIPPING_AND_HANDLING = /\b(?:shipping|postage|delivery) (?:and|&) handling\b/g;
/** A handling fee refunded with the price ("a full refund plus the shipping and handling fee"): the shop pays it back, no charge. */
const FEE_REFUNDED_EN =
  /\b(?:plus|including|as well as|together with)\b (?:the |any |your )?(?:(?:original )?(?:shipping|postage|delivery) (?:and|&) )?handling (?:fees?|charges?)(?<=\b(?:refund\w*|reimburs\w*)\b[^.;]{0,80})/g;
/** An invoice re-issued ("发票更换", "换开发票", "重开发票"): its own words hold 换, which names no exchange of goods. */
const INVOICE_REISSUED = /发票(?:的)?(?:更换|换开|重开)|(?:更换|换开|重开)(?:的)?发票/g;
/**
 * A fee for cancelling the order, in a percentage or taken from the price ("When Item(s) is Purchased through Credit Card, there is
 * a cancellation fee of 18.5%", "Cancellation fee will be deducted from the original price"): the price a withdrawal refunds
 * cut (CRPL 25 ¶3, NRR-MEASURES 13).
 */
const CANCELLATION_FEE_EN =
  /(?<!\b(?:no|without|waived?|free of)\s(?:a |any |the )?)\bcancell?ation (?:fee|charge) of (?:up to )?\d+(?:\.\d+)?\s*%|\bcancell?ation (?:fees?|charges?)\b[^.;]{0,40}\b(?:will|shall|may|is|are) (?:be )?(?:deducted|withheld|subtracted|taken)\b|扣除[^,;。]{0,6}取消(?:费|手续费)|取消(?:费|手续费)[^,;。]{0,10}(?:扣除|从[^,;。]{0,10}扣)/;
/**
 * Deductions left open ("…minus shipping charges, and any applicable deductions", "ALL costs incurred by us may be deducted from
 * your refund"): the refund is the price paid, less only what the law lets the shop keep (CRPL 25 ¶3, NRR-MEASURES 13, 16–18).
 */
const OPEN_DEDUCTION_EN =
  /\b(?:minus|less|after)\b[^.;]{0,40}\bany (?:applicable |other |additional )?deductions\b|\b(?:all|any) (?:other )?costs? (?:(?:incurred|borne) by us|we incur)\b[^.;]{0,40}\b(?:may|will|shall) be (?:deducted|withheld|subtracted)\b|\b(?:reserve the right to|may|will) deduct (?:any|all) (?:other )?costs?\b|\bdeduct (?:money|an amount|a sum)\b[^.;]{0,50}\b\d+(?:\.\d+)?\s*%|(?:因|由于)?退货(?:所)?产生(?:的|之)(?:一切|所有|全部|任何)费用[^。]{0,12}(?:从退款中)?扣除/;
/**
 * The bank's fee for paying the refund taken from it ("非中國信託帳戶將扣除 15 元匯款手續費", "退款所產生之跨行手續費將於退款金額內扣
 * 除", "退款轉帳費須由買方負擔,會於退款中主動扣除"): only a credit-card fee may stay with the shop (NRR-MEASURES 16); the price is
 * returned whole (NRR-MEASURES 13).
 */
const REFUND_TRANSFER_FEE_ZH =
  /(?:汇款|转账|转帐|跨行)(?:手续费|费用?)[^。]{0,16}(?:于|从|在)?退款[^。]{0,8}扣(?:除)?|退款[^。]{0,30}(?:汇款|转账|转帐|跨行)(?:手续费|费用?)[^。]{0,12}扣(?:除)?|(?:扣除|扣)[^。]{0,8}(?:汇款|转账|转帐|跨行)(?:手续费|费)(?![^。]{0,10}(?:无法返回|不予退还|不退))/;
/**
 * A restocking fee in Chinese ("退貨需收取重新上架費"): the price a no-reason return refunds cut (CRPL 25 ¶3, NRR-MEASURES 13),
 * as "restocking fee" is read.
 */
const RESTOCKING_FEE_ZH =
  /(?:收取|酌收|扣除|扣|加收|需付|须付|支付|给付)[^,;。]{0,10}(?:重新)?上架费|(?:重新)?上架费[^,;。]{0,10}(?:由|需|须|将)?(?:买家|顾客|消费者|您)?(?:承担|支付|负担|扣除)/;
/** Charges read beside `DEDUCTION`, not inside it: each would lengthen the one long pattern every charged text runs. */
const CHARGES_BESIDE = [CANCELLATION_FEE_EN, OPEN_DEDUCTION_EN, REFUND_TRANSFER_FEE_ZH, RESTOCKING_FEE_ZH] as const;
/**
 * The words every finding below needs: those of each charge read, and of each rewording made before `DEDUCTION` is
 * read (a text reworded held the reworded words). A clause naming none of them returns at once.
 */
const DEDUCTION_WORDS = gateOf(
  ...CHARGES_BESIDE,
  FIRST_SHIPPING_CHARGED,
  INVOICE_TAX_CHARGED,
  TEST_FEE,
  RETURN_REPRICED,
  DEPOSIT_KEPT_ON_RETURN,
  DEDUCTION,
  DEPOSIT_SHARE,
  SHOP_BEARS,
  SHOP_GIVES_SHARE,
  SHARE_FOR_GOODS_KEPT,
  OPENING_FEE,
  EN_SHARE,
);
/** A fee the consumer may avoid ("…returned to the store to avoid a return fee", "…to avoid paying a restocking fee"). */
const FEE_AVOIDED =
  /\bto avoid (?:paying )?(?:a |the |any )?(?:return|returns|restocking|handling|collection) (?:fees?|charges?)\b/g;

/** The warranty run out or its scope left ("超出免费保修期", "过保", "保修期外", "不在承诺的保修范围", "out of warranty"). */
const REPAIR_AFTER_WARRANTY =
  /(?:超出|超过|过了)(?:免费)?(?:保修|质保)期|过保|(?:保修|质保)期(?:外|满|已过|过后|以外)|(?:不在|不属于?)(?:承诺的|免费)?(?:保修|质保|保固)(?:的)?范围|(?:保修|质保|保固)范围(?:之|以)?外|\bout of warranty\b|\bafter the warranty (?:period )?(?:has )?(?:expired|ended|run out)/;

/** The return's own cost on the consumer but for faulty goods ("return fees will be borne by the customer unless … faulty"). */
const RETURN_FEE_SPARED_FOR_FAULTS =
  /\breturn (?:fees?|charges?|costs?)\b[^.;]{0,60}\b(?:unless|except (?:if|when|where|for)|other than (?:when|if|for)|excluding)\b[^.;]{0,30}\b(?:faulty|defective|damaged|wrong|incorrect)\b/;

export const deductionsNotAllowed: ClauseRule = {
  id: 'cn.policy.deductions-not-allowed',
  issue: 'deductions_not_allowed',
  citations: cites(['CRPL', 25, 3], ['NRR-MEASURES', 13], ['NRR-MEASURES', 17, 1]),
  judge(reading) {
    // "Items can be returned to the store to avoid a return fee": a way offered to pay no fee charges none.
    const text = reading.text.replace(FEE_AVOIDED, ' ');
    // The lost free shipping charged although the offer was unconditional (not NRR-MEASURES 18 ¶2).
    if (!DEDUCTION_WORDS.test(text)) return undefined;
    // "如 PayPal 或銀行機構向你徵收任何手續費,請你向 PayPal 或銀行機構查詢。本店並不會承擔任何手續費。": a fee the payment provider
    // charges, not the shop (NRR-MEASURES 16), where no refund is cut by the shop.
    if (
      /(?:paypal|银行|支付宝|微信支付|支付平台|金融机构|发卡行)[^。]{0,20}(?:收取|征收|扣取|扣除|收)[^。]{0,8}(?:手续费|费用)/i.test(
        reading.line,
      ) &&
      !/退款[^。]{0,10}扣|扣除[^。]{0,10}退款|从退款/.test(text)
    )
      return undefined;
    // "Return fees will be beared by customer unless the product is faulty": the cost of sending the goods back, spared for
    // faulty goods, is the no-reason return's own shipping (CRPL 25 ¶3, NRR-MEASURES 18), not a cut of the refund.
    if (
      RETURN_FEE_SPARED_FOR_FAULTS.test(text) &&
      !/\d|%|percent|restock|handling|admin|processing|inspection|deduct|refund/.test(text)
    )
      return undefined;
    // "如是因您填写错误所造成的发票更换问题，则需要您承担…相关费用", "如需代轉檔成PDF…需收取檔案處理費": a fee for an invoice or a
    // file, where no return, refund or exchange is named, is no deduction from a refund.
    const besideInvoice = text.replace(INVOICE_REISSUED, ' ');
    if (
      (besideInvoice !== text || /转档|档案处理/.test(text)) &&
      !/扣|税|退|换|寄回|寄还|返回|return|refund|exchange|restock/.test(besideInvoice)
    )
      return undefined;
    // "超出免費保修期,將按規定收取維護服務費,更換的配件收取配件成本費用", "…不在承諾的保修範圍,…酌情收取一定的材料費、服務費": repairs
    // or service paid for after the warranty or outside its scope, no refund cut.
    if (
      REPAIR_AFTER_WARRANTY.test(text) &&
      /维修|维护|修理|配件|零件|材料费|服务费|上门费|\b(?:repairs?|parts|servicing)\b/.test(text) &&
      !/退货|退款|退换|\b(?:refunds?|returns?|returned)\b/.test(text)
    )
      return undefined;
    const firstShipping =
      FIRST_SHIPPING_CHARGED.test(text) && !/满|条件|部分退货|不满足|无法满足|达不到|不再满足/.test(text);
    const invoiceTax = INVOICE_TAX_CHARGED.test(text);
    if (invoiceTax) return deduction;
    // "预售商品收货后退货，仅退还尾款，定金不予退还": the deposit is part of the price a return refunds (NRR-MEASURES 13).
    // "检测费用由责任方承担，无法确定责任方的由买家承担": the cost of an undecided dispute put on the consumer.
    if (TEST_FEE.test(text) && /无法(?:确定|判定|认定)[^,;。]{0,10}(?:由|需|须)(?:买家|顾客|消费者|您|客户)/.test(text))
      return deduction;
    // "黄金饰品无理由退货按退货当日金价回收", "收取每克15元工费", "复检费用200元由买家承担": the refund cut below the price paid.
    if (
      RETURN_REPRICED.test(text) &&
      !/三包|质量问题退|维修|以旧换新|旧金换新|黄金回收|回收黄金|换购|trade-?in/.test(text) &&
      !/\b(?:no|not|never|without|free of|don'?t|do not)\b[^.;]{0,20}\b(?:repackaging|re-packaging|repacking|packaging) fee/.test(
        text,
      )
    )
      return deduction;
    if (
      DEPOSIT_KEPT_ON_RETURN.test(text) &&
      !/(?:未付|未支付|不支付|不付|逾期未付)(?:尾款)?|尾款(?:未付|逾期|未支付)|(?:尾款支付前|付尾款前|发货前)[^。]{0,6}取消/.test(
        text,
      )
    )
      return deduction;
    // The shop's own share ("本店承担50%运费") is no charge; a fee for opening or trying ("若商品已拆封，需酌收费用") is one.
    // Both are read here, not inside DEDUCTION: a lookbehind there slows the whole pattern on long texts.
    // A deposit is no charge unless the clause deducts it or takes it as a fee ("预付30%货款，退货扣除定金", "…作为手续费").
    const shared = DEPOSIT_KEPT.test(text.replace(NO_FEE, ' ')) ? text : text.replace(DEPOSIT_SHARE, '定金');
    const charged = (
      /\b(?:less|minus|deduct\w*|subtract\w*|withh\w*|charg\w*|excluding|without)\b/.test(shared)
        ? shared
        : shared.replace(FEE_REFUNDED_EN, ' ')
    )
      // "Shipping and handling" is the delivery charge, not a handling fee for the return.
      .replace(SHIPPING_AND_HANDLING, 'shipping')
      .replace(SHOP_BEARS, '本店负担')
      .replace(SHOP_GIVES_SHARE, '补偿')
      .replace(SHARE_FOR_GOODS_KEPT, '补偿');
    if (
      !firstShipping &&
      !DEDUCTION.test(charged) &&
      !CHARGES_BESIDE.some((charge) => charge.test(charged)) &&
      !(text.includes('酌') && OPENING_FEE.test(text)) &&
      !englishShareWithheld(charged)
    )
      return undefined;
    // Conditions on the days a longer promise adds are lawful.
    if (BEYOND_STATUTORY_DAYS.test(text)) return undefined;
    // A fee only on returns made after the statutory days ("returns after 14 days incur a fee").
    if (afterWindowOnly(text, (part) => DEDUCTION.test(part))) {
      const days = dayCounts(text);
      if (days.length > 0 && Math.min(...days) >= 7) return undefined;
    }
    if (!firstShipping && !chargedAfterBut(text) && chargeNegated(text)) return undefined;
    if (firstShipping) return deduction;
    // "Credit card handling fees charged at checkout are non-refundable", "…less the 3% processing fee charged by the credit
    // card processor", "…less 3% processing fee (the fee is charged by the processing company)": the card fee (NRR-MEASURES
    // 16), the card processor's own fee passed on.
    const cardFeeNamed = text
      .replace(
        /(?:(?<![\d.])\d+(?:\.\d+)?\s*%\s*)?\b(?:(?:credit|debit) )?card (?:handling|processing|transaction) fees?\b/g,
        'card fee',
      )
      .replace(
        /(?:\d+(?:\.\d+)?\s*%\s*)?processing fees?\s*(?:\(\s*(?:the fee is\s+)?|,?\s*which is\s+)?charged by (?:the |your )?(?:(?:credit |debit )?card |payment )?process(?:or|ing company)\b/g,
        'card fee',
      )
      // "(A) 3% fee (applies to) orders paid by Credit/Debit Card", "If you have paid by Credit card, … minus a 3% payment
      // processing fee": the fee named with the card payment it is for.
      .replace(
        /(?:\d+(?:\.\d+)?\s*%\s*)?fees? (?:(?:applies|is charged|will be charged|is added|will apply) )?(?:for|on|to) (?:all )?(?:orders?|payments?|purchases?) (?:paid|made) (?:by|with|using) (?:a )?(?:credit|debit)(?:\/(?:credit|debit))? ?cards?\b/g,
        'card fee',
      )
      .replace(
        /\b(?:paid|pay) (?:by|with|using) (?:a )?(?:credit|debit)(?:\/(?:credit|debit))? ?card\b([^.;]{0,80}?)(?:\d+(?:\.\d+)?\s*%\s*)?(?:payment |card |transaction )?processing fees?\b/g,
        'paid by card$1card fee',
      );
    if (
      LAWFUL_DEDUCTION.test(cardFeeNamed) &&
      !/\d+\s*%|百分之|折旧|整新|翻新|手续费(?!.{0,4}(?:信用卡|支付))|(?<!信用卡|刷卡)服务费|处理费|行政费|违约金|包装费|restocking|handling|packaging|\badmin(?:istrat\w+)?\b/.test(
        cardFeeNamed,
      )
    )
      return undefined;
    // A 三包 return of used goods may carry depreciation (THREE-GUARANTEES 13).
    // "…按规定标准向消费者收取折旧费": the 三包 rule's own words, without the word 三包 in the clause.
    if (
      /折旧/.test(text) &&
      (THREE_GUARANTEES_RETURN.test(text) ||
        (/按(?:照)?(?:国家)?(?:有关)?规定(?:的)?(?:标准)?[^。]{0,10}折旧/.test(text) &&
          // The 三包 return named in the sentence before on its line ("三包有效期内经两次修理…；退货时…按国家规定收取折旧费").
          (/不愿调换|同型号|同规格/.test(text) || THREE_GUARANTEES_RETURN.test(reading.line))))
    )
      return undefined;
    // The card fee the consumer paid at purchase (NRR-MEASURES 16).
    if (
      /手续费/.test(text) &&
      /信用卡|支付手续费|网银|银行|刷卡|支付通道|收款费|花呗|分期/.test(text) &&
      // A charge on top of the card fee ("信用卡付款的手续费不退，另扣5%手续费", "…信用卡手续费及行政费") is not it.
      !/另(?:扣|收|加收)|额外(?:扣|收)|行政费|处理费|管理费|折旧费|包装费/.test(text) &&
      !/\d+\s*%.{0,6}(?:订单|货款|商品)/.test(text)
    )
      return undefined;
    return deduction;
  },
};
