/**
 * Conditions on the returned goods: refusing for the opening (`opened_packaging_excluded`) and
 * demanding more than intactness (`tags_condition_overreach`).
 *
 * @law NRR-MEASURES 8
 * 第八条 消费者退回的商品应当完好。
 * 商品能够保持原有品质、功能，商品本身、配件、商标标识齐全的，视为商品完好。
 * 消费者基于查验需要而打开商品包装，或者为确认商品的品质、功能而进行合理的调试不影响商品的完好。
 * @endlaw
 *
 * Interpretation:
 * - "拆封不退", "须未拆封", "unopened packaging only" refuse for the act ¶3 protects: void
 *   (NRR-MEASURES 31(1), PENALTY-MEASURES 9(3), CRPL-REG 19 ¶3). The same rule limited to the
 *   categories of NRR-MEASURES 9(1) (food, cosmetics, medical devices, family-planning goods) is lawful.
 * - "试穿/试用过不退", "不影响二次销售", a one-time seal demanded of every good: more than intactness, void.
 *   Tags removed, soiled, damaged, accessories missing: NRR-MEASURES 9 itself, lawful.
 */
import { gateOf } from '#shared/policy-lint/gates.js';
import type { ClauseRule } from '#shared/policy-lint/types.js';
import { cites } from './citations.js';
import {
  allows,
  BEYOND_STATUTORY_DAYS,
  CONFIRMED,
  FAKE_CONFIRMATION,
  inStoreOnly,
  NATURE_CATEGORY,
  OPENED,
  onlyExchange,
  QUALITY,
  RETURN_PARCEL_DAMAGE,
  refuses,
  refusesAsLead,
  SEAL_CATEGORY,
  STATUTORY_CATEGORY,
  TRIAL,
} from './lexicon.js';
import { namesOrdinaryGoods, outsideGate, refusalScope } from './reading.js';

/** The clause speaks of a seal itself ("with the seal intact", "密封完好"). */
const SEAL_NAMED = /\bseal(?:ed|s)?\b|密封|封口|封膜|塑封|单片|独立包装/;

/** A condition's own verb, and a part that gives it its own subject ("退货商品须未拆封", "items within 7 days must…"). */
const OWN_VERB = /\b(?:must|should|needs? to|ha(?:ve|s) to)\b|须|需|应|必须/;
const OWN_SUBJECT =
  /(?:商品|货品|产品|货物|退货|退回)[^,;。]{0,6}(?:须|需|应|必须)|\b(?:items?|products?|returns?|goods|merchandise|it|they)\b[^,;.]{0,24}\b(?:must|should|needs? to|ha(?:ve|s) to)\b/;
/**
 * Every sentence of the clause that speaks of the condition speaks of the days beyond the statutory seven
 * ("超过7天的退货需未拆封", "after the first 7 days, items must be unopened"), and joins no other ground to them
 * ("超过7天或已拆封的不予退换" keeps the opening as a ground inside the seven days).
 */
function onlyBeyondStatutoryDays(text: string, condition: RegExp): boolean {
  const parts = text.split(/[,;。]/);
  let seen = false;
  for (const [i, part] of parts.entries()) {
    if (!condition.test(part)) continue;
    seen = true;
    if (/或|\bor\b/.test(part)) return false;
    if (BEYOND_STATUTORY_DAYS.test(part)) continue;
    // A bare lead phrase before the comma ("after the first 7 days, items must be unopened") carries over.
    // "…, and all returns must be unopened": a condition said of every return is not limited to the days beyond.
    if (/^\s*(?:and |but )?(?:all|every|any)\b|所有|全部|一律|任何/.test(part)) return false;
    // A bare continuation of a list of conditions ("…must be unworn, unwashed, and unopened") reads with the part that
    // opens the list.
    let k = i - 1;
    while (
      k > 0 &&
      !BEYOND_STATUTORY_DAYS.test(parts[k] ?? '') &&
      /^\s*(?:and |or )?[a-z-]+\s*\.?$|^\s*(?:且|并且|并|以及|及|和)?[^\s]{1,6}$/.test(parts[k] ?? '') &&
      !refuses(parts[k] ?? '')
    )
      k--;
    const before = parts[k] ?? '';
    if (!(BEYOND_STATUTORY_DAYS.test(before) && !refuses(before) && !condition.test(before))) return false;
    // Two sentences each with its own condition ("7天后退货的商品须未使用，退货商品须未拆封"): the second is not limited
    // to the days beyond; a bare lead ("after the first 7 days, items must be unopened") or continuation ("且未拆封") is.
    if (k === i - 1 && OWN_SUBJECT.test(part) && OWN_VERB.test(before)) return false;
    // A part with a period of its own ("7天内的需未拆封", "前7天需未拆封") speaks of that period, not the days beyond.
    // A time to send the goods back ("…并于3天内寄回", "shipped back within 5 days") is no period of its own.
    if (
      /(?:\d+|[一二三四五六七八九十]+)\s*(?:天|日)(?!内?(?:寄回|寄出|寄还|退回|发回|发出))|\b(?:within|first) (?:\d+|seven) days\b/.test(
        part.replace(/\b(?:shipped|sent|returned|posted|mailed)(?: back)? within \d+ (?:business )?days\b/g, ' '),
      )
    )
      return false;
  }
  return seen;
}

/** "须未拆封方可退货", "在不拆封透明袋情况下…退换货", "unopened items only": the opening made a condition of the return. */
const UNOPENED_CONDITION =
  /(?:未|没有|不曾|从未|无)(?:经)?(?:拆封|拆开|开封|启封|拆包|开箱|打开|拆)|不(?:拆封|拆开|开封|启封|拆包|打开)(?=[^,;。]{0,12}(?:的)?(?:情况|状态|前提)下)|(?:请勿|请不要|切勿|不要|勿)(?:拆封|拆开|开封|启封|拆包|开箱|打开|拆)(?:商品|原厂|原装)?(?:的)?(?:包装|外包装|包装袋|包装盒|塑封)(?!使用)(?=[^。]{0,6}(?:以维护|以免影响|否则)[^。]{0,8}(?:退货|退换|退款|售后))|(?=请勿|请不要|切勿|不要|勿)(?<=如需(?:退货|退换货?|退款)[^。]{0,3})(?:请勿|请不要|切勿|不要|勿)(?:拆封|拆开|开封|启封|拆包|开箱|打开)(?!使用)|(?:包装|外包装|原包装|塑封|封口)(?:须|需|必须|应)?(?:保持)?(?:完好)?(?:未|没有)(?:被)?(?:拆|打开|开封|撕)|\bunopened\b|(?:sealed|unopened) (?:original )?packaging|in (?:its|their) original (?:sealed|unopened)|seal(?:s)? (?:must be |is |are )?(?:intact|unbroken)|must not (?:have been|be) opened|(?:has|have|had) not been opened|(?:hasn'?t|haven'?t) been opened|still sealed/;
const REFUSED_FOR_OPENING_EN =
  /opened (?:items?|products?|goods|boxes|packages?)\b.{0,30}(?:cannot|can'?t|not|no|non|only)|\bopened (?:[a-z-]+ ){1,3}(?:can|may|will) only be (?:returned|refunded|exchanged|accepted)\b|\b(?:never|do not|don'?t|dont|will not|won'?t|wont|cannot|can'?t) accept returns? (?:of|on|for) (?:any )?opened\b|once opened|if opened|(?:items?|products?) (?:that )?(?:have|has) been opened/;
/** The opening deemed the purchase final ("「拆封」視同購買", "拆封即视为确认购买"): goods opened are refused their return. */
const OPENING_DEEMED_PURCHASE =
  /(?:拆封|开封|拆开|启封)(?:即|则|后)?(?:视同|视为|等同|等于|即为)(?:已)?(?:购买|确认购买|买断|同意购买|接受商品)/;
const OPENING_HARMLESS =
  /拆封(?:查验|检查|验货)?(?:不影响|不影响退货|也可以|仍可|可以|亦可)|(?:拆封|拆开|开封|开箱|打开|查验|验货)[^,;。]{0,8}(?:不影响|不会影响).{0,6}(?:退货|完好)|opening .{0,20}(?:does not|doesn'?t) affect/;

export const openedPackagingExcluded: ClauseRule = {
  id: 'cn.policy.opened-packaging-excluded',
  issue: 'opened_packaging_excluded',
  citations: cites(
    ['NRR-MEASURES', 8, 3],
    ['NRR-MEASURES', 31, 1, 1],
    ['PENALTY-MEASURES', 9, 1, 3],
    ['CRPL-REG', 19, 3],
  ),
  judge(reading) {
    const text = reading.text;
    // Every finding below needs the opening named, or a refusal `refusalScope` reads as of opened goods.
    if (outsideGate(reading, OPENED, 'opened')) return undefined;
    if (OPENING_HARMLESS.test(text)) return undefined;
    // "3. Accepted Product Condition" over "New (unused, sealed, or opened)", "可接受的商品状态" over "全新（未使用、未拆封或已拆封）":
    // a state listed as accepted, opening among them.
    if (
      /\baccept(?:ed|able)\b[^:]{0,30}\bconditions?\b|\bconditions? (?:we|that we) accept\b|可接受(?:的)?(?:商品)?(?:状态|条件|情况)/.test(
        reading.lead,
      ) &&
      /(?<!\bun)\bopened\b|已(?:拆|开)封|拆封过/.test(reading.own) &&
      !/\b(?:not|no|never|cannot|unless|except|only)\b|不|无法|恕|拒|仅|只/.test(reading.own)
    )
      return undefined;
    // "未拆封包裹之前，无条件支持退货": a moment the clause grants in, not a condition it sets.
    if (/(?:未|没有)(?:拆封|拆开|开封|拆)[^,;。]{0,6}(?:之前|以前)/.test(text) && allows(text) && !refuses(text))
      return undefined;
    // A return on the spot at delivery ("如您未拆开外包装箱，也可以当场全部退货"), or what an unboxing video should show
    // ("影片需清楚拍摄「未拆封状态」"), sets no condition on the return the law gives.
    if (/当场(?:全部|整单)?(?:退货|退回|拒收)/.test(text) && !/只有|才|方可|仅/.test(text) && !refuses(text))
      return undefined;
    if (
      /(?:拍摄|录像|录影|视频|影片)[^。]{0,6}(?:未拆封|未开封)(?:状态|狀態)/.test(text) &&
      !/退货|退換|退换|方可|(?:证明|證明)[^,;。]{0,4}未(?:拆封|开封|開封)/.test(text) &&
      !refuses(text)
    )
      return undefined;
    // Conditions for the days a longer promise adds ("超过7天的退货需未拆封") limit the promise, not the law.
    if (onlyBeyondStatutoryDays(text, OPENED)) return undefined;
    // "…或是犹豫期内未拆封之退货，逆物流均由我司负责": unopened goods given free return shipping, a perk beyond the law.
    if (SHOP_PAYS_RETURN_SHIPPING.test(text) && !refuses(text) && !/才(?:可|能)|方可|只有|仅|\bonly\b/.test(text))
      return undefined;
    const scope = refusalScope(reading);
    // Goods of an NRR-MEASURES 7 nature, or a lawful scope (9(1) seals, unsealed digital goods): not this issue.
    if (scope === 'nature' || scope === 'lawful') return undefined;
    const conditioned =
      (UNOPENED_CONDITION.test(text) &&
        (allows(text) || /退|return|refund|须|需|必须|应|must|should|only/.test(text))) ||
      REFUSED_FOR_OPENING_EN.test(text) ||
      OPENING_DEEMED_PURCHASE.test(text);
    // The sealed goods named in another sentence of the line or in the question answered ("Opened skincare cannot be
    // returned; unopened items with the seal intact can be returned", "Q：面膜拆了一片…\nA：未拆封的单片可以退"), the clause
    // naming no other goods and not every good.
    const around = `${reading.lead}${reading.line}`;
    const sealedGoodsAround =
      // The sealed goods named in the question or heading answered, or in the line where the clause itself speaks of
      // their seal ("…; unopened items with the seal intact can be returned").
      (SEAL_CATEGORY.test(reading.lead) ||
        (SEAL_CATEGORY.test(reading.line) && SEAL_NAMED.test(text)) ||
        // Goods of an NRR-MEASURES 7 nature excluded with a confirmation in the line, the clause continuing of them
        // ("Opened mystery boxes can't be returned - you'll be asked to tick a box…. Unopened boxes can be returned").
        ((NATURE_CATEGORY.test(around) || /盲抽|福袋|mystery box|lucky bag/.test(around)) &&
          CONFIRMED.test(around) &&
          !FAKE_CONFIRMATION.test(around) &&
          /盒|袋|福袋|盲抽|\bbox|\bbag/.test(text))) &&
      !/所有|全部|任何|一切|全店|其他|其它|其余|\b(?:all|any|every|other)\b/.test(text) &&
      // Goods outside the sealed categories named in the clause itself ("unopened electronics", "服装未拆封").
      !namesOrdinaryGoods(text);
    if (
      scope !== 'opened' &&
      !(
        conditioned &&
        OPENED.test(text) &&
        !SEAL_CATEGORY.test(text) &&
        !STATUTORY_CATEGORY.test(text) &&
        !sealedGoodsAround
      )
    )
      return undefined;
    if (/一次性密封/.test(text) && !SEAL_CATEGORY.test(text) && scope !== 'opened') return undefined;
    return {
      verdict: 'void',
      message: {
        zh: '消费者为查验而打开商品包装，不影响商品完好；以“已拆封”为由拒绝退货的条款无效（仅食品、化妆品、医疗器械、计生用品的必要一次性密封包装被损坏的，视为不完好）。',
        en: 'Opening the packaging to inspect the goods does not make them non-intact; a term refusing returns because the packaging was opened is void (only a broken one-time seal on food, cosmetics, medical devices or family-planning goods makes them non-intact).',
      },
      suggestion: {
        zh: '为查验商品打开包装不影响退货；食品、化妆品、医疗器械、计生用品的必要一次性密封包装被损坏的除外。退回时请保持商品本身、配件和商标标识齐全。',
        en: 'Opening the packaging to inspect the goods does not affect your return, except where the necessary one-time seal of food, cosmetics, medical devices or family-planning goods is broken. Please return the goods with their accessories and brand markings complete.',
      },
    };
  },
};

const TRIAL_REFUSED =
  /\b(?:a )?(?:visual )?inspection only,? (?:and )?not (?:a |any )?(?:product |actual )?(?:trial|testing|test|use)\b|\b(?:must|should|shall|need to|needs to|has to|have to)\b[^.;]{0,80}\bnot (?:have been |be |been )?tried on\b(?!\s+(?:with|without|outdoors|outside|in|on|over|unless|except|before|if))|\bonce (?:an? |the )?(?:[a-z]+ )?(?:has been |have been |is |are |was |were )?tried on\b[^.;]{0,60}\b(?:unable|cannot|can not|will not|(?:is|are) not (?:accepted|eligible|returnable|refundable)|not (?:be )?(?:accepted|eligible|returned|refunded))\b(?![^.;]*\b(?:if|unless|when|where|without|as long as|provided|so long as)\b)|(?:任何|一切|丝毫)(?:的)?(?:穿着|穿戴|试穿|试戴|上脚|上身|使用|试用)(?:或(?:者)?(?:穿着|使用|试用|洗涤|试穿))?(?:过)?(?:的)?痕迹(?![^;；。]{0,12}(?:(?<!不)都可以|(?<!不)可以退|(?<!不)可退|没关系|不影响|没问题))(?:[^,，;；。]{0,10}(?:不予|恕不|概不|不退|不换|无法|不能|不(?!影响|会|满意|用|必|要紧|算))|[^,，;；。]{0,10}(?:不会|将不)(?:被)?(?:予以|接受|办理|受理|给予)?(?:退|换|接受|受理|办理)(?!扣款|扣费|收费|任何扣)|[^,，;；。]{0,10}[,，]\s*[^,，;；。]{0,4}(?:不予|恕不|概不|一律不|不退|不换|不接受|不支持|无法退|不能退|不可以?退|不会(?:被)?(?:予以|接受|办理|受理)?(?:退|接受|受理)))|\bany (?:signs?|traces?|evidence) of (?:wear|use|being worn|being used)\b(?![^.;]{0,40}\b(?:beyond|(?:(?:will|do|does|shall|would) not|cannot|can'?t|won'?t|doesn'?t|don'?t) (?:affect|be a reason))\b)[^.;]{0,40}\b(?:cannot|can'?t|not eligible|not be accepted|not accepted|no returns?|not (?:be )?(?:returnable|refundable|refunded|returned|eligible|accepted|acceptable)|(?:will|shall|may) be (?:rejected|refused|declined))\b|(?:试穿|试用|试戴|试听|试装|试玩|穿过|戴过|开机|通电|上脚|上身)(?:过|了)?(?!后[^,;。]{0,6}(?:外出|吊牌|标签|洗涤|水洗|下水|脏|污|损坏|破损|划|(?:有|出现)(?:(?:明显|严重)?(?:损坏|污损|破损|污渍)|(?:明显|严重)(?:磨损|变形))))(?:后)?(?![^,;。]{0,8}外出).{0,8}(?:不(?!满意|合适|喜欢|影响|会影响)|无法|不能|不予|概不|恕不)|(?<!出现|或|导致|造成|会)(?:不|未)(?:能|可|得)?(?:经)?(?:试穿|试用|试戴|开机|通电)|\btried\b(?![\s-]on\b)(?! (?:by|to|out)\b)[^.;]{0,40}\b(?:cannot|can'?t|no longer|not (?:be )?(?:returned|returnable|accepted|eligible|refunded))\b|\b(?:tried[\s-]on|worn|used)\b(?! (?:by trying|to try|outside|outdoors|out\b))(?![^.;]{0,20}\bnot affect)[^.;]{0,20}\b(?:cannot|can'?t|not|no)\b/;
const SEAL_FOR_ALL =
  /(?:封口|封条|塑封|封膜|胶条)(?:须|需|必须|应|要)?(?:保持)?(?:完好|完整|未拆|未撕|未破坏|无损|未破损|未损坏|未被破坏)|(?:所有|全部|一切|任何)?商品.{0,10}一次性密封包装(?:须|需|必须|应)?(?:保持)?(?:完好|未拆封|未拆)|(?:胶条|塑封|封条|封口|封膜|密封)[^,;。]{0,4}(?:不可|不能|不得|勿|请勿|不要)(?:拆|撕|打开|破坏)|(?:所有|全部|一切|任何)(?:的)?(?:商品|产品|货品)[^,;。]{0,6}(?:须|需|必须|应|要)(?:保持)?密封|\b(?:all|any|every) (?:products?|items?|goods|merchandise)\b[^.;]{0,20}\b(?:must|should|need to|has to|have to) (?:be|remain|stay) (?:(?:factory[- ])?sealed|in (?:their |the )?(?:original )?sealed)/;
/** The shop paying the return shipping ("逆物流均由我司负责", "退货运费由本店承担", "we will cover the return shipping"). */
const SHOP_PAYS_RETURN_SHIPPING =
  /(?:运费|邮费|逆物流|物流费|快递费)[^,;。]{0,6}(?:均|都|一律)?由(?:本店|我司|我们|本公司|卖家|商家)(?:负责|承担|支付)|\bwe (?:will )?(?:pay|cover) (?:the |your )?return (?:shipping|postage)\b/;
/** The goods intact and the packaging complete, said together ("商品完好，包装完整"). */
const ITEM_AND_PACKAGE_INTACT =
  /(?:商品|产品|货品)(?:本身)?完好[,，、]\s*(?:外|原|原始)?包装(?:盒)?(?:完整|齐全|完好|无损)/;
/**
 * The outer or original packaging demanded complete: NRR-MEASURES 8 ¶2 defines intactness by the goods,
 * accessories and brand markings, and ¶3 protects opening the packaging.
 */
const PACKAGING_DEMANDED =
  /\bonly (?:be able to )?(?:accept|take back|refund|exchange)(?![^.;]{0,80}\bor (?:in )?(?:the |a |an |their )?(?:original|similar|sturdy|other|suitable))[^.;]{0,60}\b(?:in|with) (?:the |their |its )?original (?:outer )?(?:packaging|box|boxes|packing)(?! or\b)|(?:须|需|必须|应|要)(?:保留|保存|保持)(?:好)?(?:商品)?(?:的)?原(?:厂|有)?(?:的)?(?:包装|外包装|包装盒)(?![^。]{0,8}(?:以便|以免|方便|便于))|(?<![不无如若果])(?:须|需|必须|应)(?!要的)[^。?]{0,40}(?:采用|使用|附上|附带|连同|以)原(?:厂|始|有)?(?:的)?(?:包装|外包装|包装盒|包材)(?![^。]{0,8}(?:以便|以免|方便|便于))(?![^。]{0,40}(?:运送|运输|寄送|寄回|途中)[^。]{0,12}(?:损坏|破损|毁损))|(?:must|need to|needs to|has to|have to|required to)(?![^.;]{0,80}\b(?:if possible|where possible|preferably|ideally|if available|if you have|if you still have))[^.;]{0,120}\b(?:in|with) (?:the |their |its |all )?original (?:shoe |product |manufacturer'?s? |retail |clear |plastic |cardboard )?(?:packaging|box|boxes|packing|plastic bags?|polybags?)|(?:外|原)?包装(?:盒)?(?:须|需|应|应当|必须)?(?:保持|维持)[^,;。]{0,12}(?:原状|原样|原貌)|(?:外包装|原包装|包装盒|包装)(?:或|及|和|、|或者)(?:附件|配件|说明书|赠品|吊牌)[^,;。]{0,4}(?:不全|缺失|丢失|遗失|破损|不完整|不齐)|(?:商品|产品|货品)(?:本身)?(?:和|及|与|、|以及)(?:外|原|原始)?包装(?:盒)?(?:均|都)?(?:保持)?(?:完好|完整|齐全|无损)|(?:吊牌|标签|配件|附件|说明书|商标)[^。;]{0,8}(?:、|,|及|和|与)(?:各种|所有|全部|各类)?(?:外|原)?包装(?:盒)?(?:须|需|必须|应)?(?:保持)?(?:完整|齐全|完好|无损)|(?:must|should|need to|needs to|has to|have to|required to)[^.;]{0,40}\bwith (?:the |their |its |all )?original (?:packaging|box|boxes|packing)|packing materials? (?:are |is )?(?:damaged|missing)|missing (?:their |its |the )?(?:original )?(?:packaging|box(?:es)?)\b|(?:damaged|missing) (?:packing|packaging)(?: materials?)?|(?:外包装|原包装|包装盒|包装)(?:、|,|及|和|与)[^。;]{0,20}(?:齐全|完整|完好|无损)|(?:外包装|包装盒|原包装|鞋盒|包装)(?:盒)?(?:有|已)?(?:破损|损坏|丢失|缺失|遗失|不全|不完整)[^。]{0,20}(?:不予|不|无法|不能|不支持)(?:退|换|办理)|(?:完整|齐全|完好(?:无损)?)(?:的)?(?:外包装|原包装|包装盒|原厂包装|包装(?!箱|袋|材料))|(?:外包装|原包装|包装盒|原厂包装)(?:须|需|必须|应当|应)?(?:保持)?(?:完整|齐全|完好|无损|无破损|无严重破损)|(?:保持|确保|保证|须|需|必须|应|要求)(?:商品|产品)?(?:的)?(?:外)?包装(?:须|需|必须|应)?(?:完整|齐全|完好|无损)|商品原质原貌原包装|(?:外)?包装(?:须|需|应|应当|必须)?(?:保持|维持)(?:出售时|售出时|购买时|收到时|收货时|原有|原来)?(?:的)?(?:原状|原样|原貌)|with (?:all )?(?:the )?accessories,? and (?:the )?(?:original )?packaging|without (?:all (?:of )?)?(?:the |its |their )?original packaging|\binclude (?:all (?:the )?(?:items|parts|accessories|components),? and )?(?:the |its |their |all )?original packaging\b|\b(?:items?|products?|goods|merchandise)\b[^.;]{0,40}\bin (?:their|its|the) original packaging\b[^.;]{0,20}\b(?:can|may|will) be (?:returned|refunded|exchanged)\b|外包装[^。]{0,30}(?:应当|须|需|必须|应)[^。]{0,4}(?:齐全|完整|完好|无(?:严重)?破损)|original packaging (?:must|is required)|(?:must|should|need to|needs to|has to|have to|required to)\s+(?:be\s+)?(?:returned\s+|sent back\s+)?(?:[a-z, -]{0,40}\s)?in (?:the |their |its |all )?original (?:shoe |product |manufacturer'?s? |retail |clear |plastic |cardboard )?(?:packaging|box|boxes|packing|plastic bags?|polybags?)|packaging (?:must be |is )?(?:intact|undamaged|complete)|(?:must|should|need to|needs to|required to)\s+(?:include|come with|be accompanied by|contain)\s+(?:all\s+)?(?:the\s+|their\s+|its\s+)?original (?:packaging|box(?:es)?|packing)/;
/**
 * The packaging demanded complete or intact in English ("Returns are required to have the complete outer packaging",
 * "must be unused and in intact packaging", "the shoe box must be returned undamaged", "Boxes and packaging must be
 * returned"): intactness is the goods, accessories and markings (NRR-MEASURES 8 ¶2), and
 * opening the packaging is protected (¶3). Not packaging asked for the parcel's sake ("pack it securely").
 */
const INTACT_PACKAGING_EN =
  /\b(?:must|should|required to|shall|(?:are|is) to be)\b(?![^.;]{0,80}\b(?:if possible|where possible|preferably|ideally|if available|if you have|if you still have)\b)[^.;]{0,80}\b(?:complete|intact|undamaged|full) (?:outer |original |retail |product |manufacturer'?s? )?(?:packaging|box|packing)\b|\b(?:outer |original |retail )?packaging (?:must|should|shall) (?:be|remain|stay) (?:complete|intact|undamaged)\b|\b(?:shoe |outer |original |retail )?box(?:es)? (?:must|should|shall) be returned (?:undamaged|intact|complete)\b|^(?:the )?(?:original )?(?:boxes|box|packaging) (?:and|&) (?:the )?(?:boxes|box|packaging) (?:must|should|shall) be returned\b/;
/** Goods arriving damaged, and the shop's remedy for it, with no refusal in the sentence. */
const ARRIVED_DAMAGED_GRANTED =
  /^(?![^.;]*\b(?:cannot|can'?t|not|no|won'?t|unable|refuse[sd]?|reject(?:ed|s)?|decline[sd]?|denied)\b)[^.;]*\b(?:arrives?|arrived|received|delivered)\s+(?:damaged|broken|defective)\b[^.;]*\b(?:we(?:'ll| will)|you(?:'ll| will) (?:get|receive))\b[^.;]{0,30}\b(?:refund|replace|replacement|exchange|send)/;
/** Damaged packaging named, each time. */
const DAMAGED_PACKAGING_ALL = /\bdamaged (?:packing|packaging)(?: materials?)?/g;
/** The original state and packaging demanded together ("任何退货须…保持原始状态和包装"). */
const ORIGINAL_STATE_AND_PACKAGING =
  /(?:须|需|必须|应|要)(?:[^;。]{0,16}(?:并且|并|且|和|及))?(?:保持|保留)(?:商品)?(?:的)?原始(?:状态)?(?:和|及|与|、|以及)(?:原始|原)?(?:的)?(?:外)?包装(?![^。]{0,8}(?:以便|以免|方便|便于))/;
/** An item of a list of what makes goods returnable ("Eligible for Return/Exchange": "products with intact packaging"). */
const ELIGIBLE_LEAD = /\beligib(?:le|ility)\b|\bconditions? (?:for|of) (?:a )?(?:returns?|refunds?|exchanges?)\b/;
const INTACT_PACKAGING_ITEM_EN =
  /\b(?:with|in) (?:complete|intact|undamaged|unopened) (?:outer |original |retail )?(?:packaging|package|box|packing)\b/;
/**
 * Goods demanded new or flawless ("必须是全新", "must be pristine", "in perfect condition"): more than keeping
 * their original quality and function (NRR-MEASURES 8 ¶2), since reasonable trial is allowed (¶3).
 */
const AS_NEW_DEMANDED =
  /(?:须|需|必须|应|应当|要求|需要)(?:是|为|保持|保证|确保)?(?:全新|崭新|完美无瑕)|(?:must|should|need to|needs to|has to|have to|required to)\s+(?:be\s+)?(?:returned\s+)?(?:in\s+)?(?:pristine|brand[- ]new|perfect|mint|flawless)\b|\bin (?:pristine|perfect|mint|brand[- ]new) condition/;
/**
 * The shop's own statement of the goods it sells ("All products sold have been fully tested and 100% guaranteed to be in perfect
 * working condition", "Every item is shipped in perfect condition"), or as they reach the consumer ("If the goods … do not reach
 * you in perfect condition, you are entitled to a full refund", "All goods are examined … prior to despatch to ensure that they leave the
 * warehouse in perfect condition"): no condition of a return.
 */
const SHOP_GOODS_STATED_EN =
  /\b(?:guaranteed|tested|inspected|checked|shipped|sent out|dispatched|packed)\b(?: [a-z0-9%]+){0,3} (?:to be )?in (?:pristine|perfect|mint|brand[- ]new)\b|\b(?:do(?:es)? not|don'?t|doesn'?t|did not|didn'?t|fails? to|never) (?:reach|arrive)\b(?: [a-z0-9%]+){0,3} in (?:pristine|perfect|mint|brand[- ]new)\b|\b(?:examined|inspected|checked|tested)\b[^.;]{0,40}\b(?:prior to|before) (?:despatch|dispatch|shipping|shipment|delivery)\b[^.;]{0,40}\b(?:leave|leaves) (?:the |our )?(?:warehouse|store|shop|premises|workshop)\b[^.;]{0,4} in (?:pristine|perfect|mint|brand[- ]new)\b/;
/**
 * A purchase document demanded as a condition of the return ("发票随商品一起寄回，否则拒收", "Original sales
 * receipt must accompany returns"): intactness is the goods, accessories and brand markings (NRR-MEASURES
 * 8 ¶2), and an online shop holds its own record of the sale. Documents the 三包 rules name for a repair or a
 * 三包 exchange, and a receipt offered with an alternative ("receipt or order number"), are lawful.
 */
const DOCUMENT_DEMANDED =
  /(?:发票|销售单|购物小票|小票|收据|购物凭证|销售凭证|购买凭证|发货单|出库单)[^。]{0,24}(?:一起|一并|一同|随|附)[^。]{0,12}(?:寄回|退回|返回|寄来)[^。]{0,6}(?:否则|不然)|(?:original|sales|paper|printed) (?:sales )?receipts? (?:must|shall|has to|have to|is required to|are required to) (?:accompany|be (?:included|enclosed|returned))|(?:must|shall) be accompanied by (?:the |an |your )?(?:original|paper|printed) (?:sales )?receipt/;
const DOCUMENT_ALTERNATIVE =
  /(?:or|and\/or) (?:an? |the |your )?(?:order (?:number|confirmation|id)|proof of purchase|email)|或(?:者)?(?:订单号|订单编号|电子凭证|订单截图)|三包|保修|维修|质保|warranty|repair/;
/**
 * The parcel refused for how it was packed or labelled ("切忌在鞋盒外直接打胶带、贴快递面单，否则拒收"): tape or a
 * label on the outer box does not touch the goods' intactness (NRR-MEASURES 8 ¶2, 9(3)).
 */
const PARCEL_MARKED =
  /(?:胶带|胶布|面单|快递单|运单|贴纸|字迹|写字)[^。]{0,20}(?:鞋盒|包装盒|商品包装|原包装|外包装|品牌包装)|(?:鞋盒|包装盒|商品包装|原包装|品牌包装)[^。]{0,8}(?:打胶带|贴胶带|缠胶带|贴面单|贴快递单|贴单|涂写|写字)|(?:tape|labels?|writing)\b[^.;]{0,30}\b(?:on|to) (?:the )?(?:original |manufacturer'?s |product |shoe )(?:box|packaging)/;
const PARCEL_REFUSED =
  /否则[^,;。]{0,12}(?:拒收|拒签|不予|不能|无法|不接受|不受理)|refus|reject|not be accepted|will not accept/;

/** The clause demands a document or a way of packing the parcel, not an exclusion of goods. */
export function demandsDocumentsOrParcel(own: string, text: string): boolean {
  return (
    (DOCUMENT_DEMANDED.test(own) && !DOCUMENT_ALTERNATIVE.test(text)) ||
    (PARCEL_MARKED.test(own) && PARCEL_REFUSED.test(own))
  );
}

const PACK = '(?:原厂内外包装|内外包装|外包装|原包装|商品包装|产品包装|包装盒|原厂包装|彩盒|鞋盒|包装)';
/**
 * Packaging read beyond the set phrases: its state demanded ("应当包装完好", "须保持完整(含包装、配件)"), or its
 * damage a ground to refuse or charge ("以下情况不予退货：包装破损"). Intactness is the goods, accessories and
 * brand markings (NRR-MEASURES 8 ¶2); the packaging is none of them.
 */
const PACKAGING_STATE = new RegExp(
  `(?:原始状态|原状|原样)[^,;。]{0,3}[(（](?:含|包含|包括)[^)）]{0,40}${PACK}|${PACK}[^,;。]{0,2}(?:完好|完整|齐全|无损|无破损|未破损|未损坏)|(?:完好|完整|齐全)[^,;。]{0,3}[(（](?:含|包含|包括|连同)[^)）]{0,6}${PACK}`,
);
const PACKAGING_DAMAGED = new RegExp(
  `${PACK}[^,;。]{0,3}(?:有|已|被)?(?:破损|损坏|丢失|缺失|遗失|不全|不完整|毁损|损毁|污损)|(?:外盒|外包装|原厂包装|原包装)[^。]{0,24}(?:遗失|毁损|破损|损坏|缺失|丢失)`,
);
const DEMAND =
  /须|需|必须|应当|应|要求|务必|保持|确保|保证|条件|前提|以下|下列|(?:若|如|只要)[^。]{0,30}(?:即可|便可|就可|方可)/;
/** Transit damage checked at delivery, and advice on packing the parcel: not a condition of the return. */
const PACKAGING_ASIDE =
  /签收时|签收前|当场|当面|验货|快递员|配送员|运输|运送|物流|褶皱|建议|以便|以免|最好|尽量|尽可能|如有|如果有|if possible/;
const CHARGED = /(?:负担|承担|扣除|收取|支付)[^,;。]{0,12}费/;

/**
 * A lead-in granting a return for what the consumer finds on receipt ("如阁下于收货后发现商品出现以下情况，可向本店要求退货及
 * 更换商品："): its items ("商品已损坏/包装不完整") are the grounds of the return, not conditions on the goods sent back.
 */
const FOUND_GROUNDS_LEAD =
  /(?:发现|出现)[^,;。]{0,12}(?:以下|下列|如下)(?:任何|任一)?(?:情况|情形|问题)[^。]{0,12}(?:可|可以|均可|即可)(?:向[^,;。]{0,6})?(?:要求|申请)?(?:退货|退换|换货|更换|退款)/;

function packagingReadBeyondPhrases(own: string, lead: string): boolean {
  if (PACKAGING_ASIDE.test(own) || PACKAGING_ASIDE.test(lead)) return false;
  if (FOUND_GROUNDS_LEAD.test(lead) && !refusesAsLead(lead)) return false;
  if (PACKAGING_STATE.test(own) && (DEMAND.test(own) || (lead !== '' && DEMAND.test(lead)))) return true;
  return (
    PACKAGING_DAMAGED.test(own) &&
    (refuses(own) ||
      (lead !== '' && refusesAsLead(lead)) ||
      CHARGED.test(own) ||
      /(?<!不)影响[^,;。]{0,6}退(?:货|换|款)/.test(own))
  );
}

/** Goods demanded "brand-new" or refused as "no longer brand-new": more than intactness. */
const AS_NEW_READ =
  /原先出售(?:时)?的(?:状态|原状)|(?:保持|须|需|必须|应当|应|务必|要求)[^,;。]{0,8}全新|(?:出售时|售出时|销售时|购买时|收货时)(?:的)?(?:原状|原样|原貌|状态)(?![^,;。]{0,4}(?:品质|功能))|\bin (?:pristine|perfect|mint|brand[- ]new)(?: [a-z]+)? condition|(?:非|不是|不再是)全新[^。]{0,30}(?:影响|不予|不能|无法|不接受|拒绝|不退|不换)/;

/** A lead-in that states the conditions of every return or what is refused ("申请条件：", "以下情况不支持退换货："). */
const CONDITION_OR_REFUSAL_LEAD = /条件|要求|前提|以下情况|下列情况|以下商品|下列商品/;

/**
 * The invoice listed among what must be complete or what, missing, bars the return ("配件丢失或损坏（附件、
 * 说明书、发票等）", "申请条件：附件、赠品、发票等齐全"): an invoice is no part of intactness (NRR-MEASURES 8 ¶2),
 * though the 三包 regime may ask for it.
 */
function invoiceMadeACondition(own: string, lead: string): boolean {
  if (!/发票/.test(own) || /三包|保修期|保修服务|维修|质保|或(?:者)?(?:订单|电子|购物凭证|其他凭证)/.test(own + lead))
    return false;
  if (!/丢失|缺少|缺失|遗失|不全|不齐|齐全|完整/.test(own)) return false;
  return (lead !== '' && (CONDITION_OR_REFUSAL_LEAD.test(lead) || refusesAsLead(lead))) || refuses(own);
}

/**
 * Goods that "affect resale" refused in the clause itself ("退回商品影响二次销售的，不予退货", "如影响二次销售，不予退货"):
 * the resale test stated as a refusal. Not where the clause names what makes them so, and it is an intactness ground
 * of NRR-MEASURES 8–9 ("人为损坏影响二次销售的", "吊牌剪掉、…影响二次销售的", "影响二次销售(如污渍、破损)的"), nor where
 * examples say what it means ("…洗涤等影响二次销售情形", "以下情况视为影响二次销售：") or it is advice ("以免影响二次销售").
 */
const INTACTNESS_GROUND =
  /损坏|受损|损伤|污损|破损|损毁|剪|经使用|经过使用|使用(?:后|过)|用过|已使用|已经使用|洗涤|洗过|清洗|水洗|下水|污渍|脏|沾染|缺少|缺失|缺件|少件|丢失|遗失|被摘|摘除|撕|吊牌|标签|标识|人为|涂改|穿过|穿着|戴过|划痕|划伤|磕碰|磨损|变形|配件|附件|拆|修改|改动|改装|刺绣|刻字|染色|痕迹/;
/**
 * A 如/若 condition states the ground of the resale test when, before any instruction, it names the goods' state
 * ("如未保留吊牌", "如吊牌已剪请勿寄回", "如商品有划痕、磕碰", "如配件缺少"); not a question ("如吊牌有疑问", "如标签不清楚"),
 * a defect or damage on arrival to report ("如收到商品有破损请拍照", "如商品有质量问题或配件缺失请联系客服", "如商品有划痕请
 * 拍照留证"), accessories to send ("如含配件请一并寄回") or an instruction ("如需更换配件", "如配件需要补发").
 */
function conditionStatesGround(previous: string, instructions: string): boolean {
  const bare = previous.replace(/^[^:：]{0,8}[:：]\s*/, '');
  const condition = bare.split(/请|务必|必须|应当/)[0] ?? '';
  return (
    (INTACTNESS_GROUND.test(condition) || CONDITION_STATE.test(condition)) &&
    !(/^\s*(?:如|若)(?:果)?(?:您)?需/.test(condition) && !/已|被|过|痕迹|人为|丢失|遗失|缺|不全|损/.test(condition)) &&
    !/疑问|不清楚|补发|^\s*(?:如|若)(?:含|有)(?:配件|赠品|附件)|收到(?:的)?商品(?:时)?(?:有|存在|出现)|(?<!非|无)质量问题(?!外|以外|之外)/.test(
      condition,
    ) &&
    // Damage or a shortage that may come with delivery, to report ("如商品有划痕，请拍照留证", "如商品缺少配件，请联系客服
    // 补寄", "…属于运输正常现象"); not the consumer's own act ("改装", "佩戴", "包装不当", "退回商品有污渍"), which is a ground
    // whatever instruction follows it.
    !(
      ARRIVAL_DAMAGE.test(condition) &&
      /拍照|留证|联系客服|联系我们|客服处理|反馈|补寄|补发|到货|运输|正常现象|属正常/.test(
        `${bare}，${instructions}`,
      ) &&
      // Not the consumer's act where it is denied ("如非买家原因造成商品破损", "不是您造成的损坏") or only found ("如您在退货时发现
      // 配件缺少").
      !(
        CONSUMER_ACT.test(condition.replace(/到货|收到/g, ' ')) &&
        !/(?:非|不是|并非|不属于)[^,，；;]{0,4}(?:买家|您|顾客|客户|人为|造成|原因)|发现/.test(condition)
      )
    )
  );
}
/** Damage or a shortage that may be the delivery's, not the consumer's. */
const ARRIVAL_DAMAGE = /划痕|划伤|磕碰|破损|损坏|缺少|缺件|少件|变形|褶皱|污渍|瑕疵|脱落|开线|掉色|线头/;
/** The consumer's own act on the goods. */
const CONSUMER_ACT =
  /人为|使用|洗|穿|剪|摘|撕|刻字|刺绣|改动|改装|涂改|修改|佩戴|弄脏|拆除|拆洗|调节|更换过|下过水|未保留|未保持|丢失|遗失|(?:买家|您|顾客|客户|寄回时|退回时|退货时)(?:的)?包装不当|保管不当|自行|寄回时|退回时|退货时|退货包装|退回的?商品|寄回的?商品|(?:您|买家|顾客|客户)(?:的)?(?:原因|造成|摔|已将商品(?!签收)|私自|擅自|未妥善|未按|在退货时)|被(?:您|买家|顾客|客户)|在您手中|未妥善包装|未按要求包装/;
/** The goods' own state, changed by the consumer, beyond the intactness words ("划痕", "磕碰", "下过水"). */
const CONDITION_STATE = /划痕|划伤|磕碰|污渍|褶皱|变形|刺绣|刻字|改动|更换过|更换零件|下过水|洗过|被洗|摘除|撕毁|缺少/;
const RESALE_REFUSED = /(?<![不未没无])影响(?:商品的?)?(?:二次|再次)(?:销售|出售)/;
function resaleRefused(own: string): boolean {
  const match = RESALE_REFUSED.exec(own);
  if (!match) return false;
  const before = own.slice(0, match.index);
  // An aside ("请谅解", "非常抱歉") says nothing of the goods: the condition before it is read.
  const parts = before
    .split(/[,;，；。]/)
    .filter((part) => !/^\s*(?:敬?请(?:您)?(?:谅解|理解)|(?:非常|十分)?抱歉)\s*$/.test(part));
  const ownPart = parts.pop() ?? '';
  // The ground named in the resale test's own part ("吊牌剪掉、人为损坏影响二次销售的"), or in the condition it ends
  // ("如商品已洗涤、有明显使用痕迹，影响二次销售的"), read past instructions between ("如果商品已经使用过，请不要寄回，…").
  let previous = parts.pop() ?? '';
  const instructions: string[] = [];
  while (/^\s*(?:请|务必|请勿|请不要|不要)/.test(previous) && parts.length > 0) {
    instructions.push(previous);
    previous = parts.pop() ?? '';
  }
  // The previous part states the goods' condition ("商品吊牌已剪，影响二次销售的"), not an instruction ("请勿洗涤，…",
  // "退回商品须配件齐全，…", "请至少保留原包装，…").
  const ground =
    INTACTNESS_GROUND.test(ownPart) ||
    (ownPart.trim() === '' &&
      (INTACTNESS_GROUND.test(previous) || CONDITION_STATE.test(previous)) &&
      (/^\s*(?:如|若|如果|假如|凡|因|由于)(?!发现)/.test(previous.replace(/^[^:：]{0,8}[:：]\s*/, ''))
        ? // A state of the goods under 如/若 before any instruction ("如未保留吊牌，…", "如吊牌已剪请勿寄回，…"); not a
          // question, a defect or an instruction ("如吊牌有疑问请联系客服", "如收到商品有破损请拍照", "如需退货请保留吊牌").
          conditionStatesGround(previous, instructions.join('，'))
        : !/请|须|需|务必|勿|应|必须|保留|保持|注意|阅读|联系/.test(previous) &&
          // A check that reports a finding ("经查验有使用痕迹", "核对后发现配件缺失", "经检查商品严重磨损") states the
          // ground; a check alone ("经仓库检查吊牌、配件") or of whether ("检查商品是否有使用痕迹") does not.
          (!/检查|查验|核对|验收/.test(previous) ||
            /发现|(?:检查|查验|核对|验收)(?:后|时)?[^,;，；]{0,6}(?:有|存在|已|被|缺|不全|少|磨损|污损|损坏|破损|划伤|划痕|变形|污渍|丢失|遗失)/.test(
              // A check of whether, or one that found nothing ("检查无污损、无磨损"), reports no finding.
              previous
                .replace(/是否[^,;，；]*/g, ' ')
                .replace(/(?:无|没有|未见|未发现)(?:任何)?[^,;，；、]{0,4}/g, ' '),
            ))));
  const after = own.slice(match.index + match[0].length);
  return (
    !/等\s*$|视为\s*$|以免\s*$|避免\s*$|防止\s*$|例如|比如|诸如|包括|以下|下列|即(?!使)|如出现|如有/.test(before) &&
    !ground &&
    !/^[^,;。]{0,4}[(（][^)）]*[)）]/.test(after) &&
    refuses(after)
  );
}

/**
 * The resale test defined in brackets by intactness alone ("不影响二次销售（吊牌完好、无洗涤、无污渍）"): what NRR-MEASURES 8–9
 * ask, so the reader takes the words as that.
 */
const RESALE_DEFINED_AS_INTACT =
  /(?:二次销售|二次出售|再次销售)\s*[(（](?:如|例如|即|指|比如)?(?:(?:商品|衣物)?(?:吊牌(?:完好|齐全|未拆|未剪)|无(?:洗涤|污渍|损坏|破损|异味|磨损|人为损坏|明显使用痕迹)|未(?:洗涤|下水)|配件(?:齐全|完整)|完好|无损)[、,，及和与]?){1,12}(?:等)?[)）]/;
/** The resale test demanded: "不影响二次销售", "in resaleable condition", "re-sellable". */
const RESALE_DEMANDED =
  /(?:不影响|不得影响|不会影响|无碍|不能影响|未影响)(?:商品的?)?(?:二次销售|二次出售|再次销售|重新销售)|(?:re-?sell|resal|sal)e?able condition|in (?:a )?condition to (?:re-?sell|be re-?sold)|(?:not|n't) (?:be )?(?:in )?(?:a )?(?:re-?sell|resal)e?able|resalable state/;

/** Trial the clause itself allows ("允许简单通电调试"): reasonable trial, kept. */
const TRIAL_ALLOWED =
  /(?<![不无未])(?:允许|可以|可|支持)(?:(?:当场|在签收(?:商品)?后|收货后|签收后|收到(?:商品)?后)(?:进行)?|进行)?(?:简单|合理|正常)?(?:的)?(?:通电|试用|试穿|调试|开机)/;
const TRIAL_ALLOWED_ALL = new RegExp(TRIAL_ALLOWED.source, 'g');
/** Trial or its traces said not to affect the return ("任何试穿痕迹，均不会影响退货"): the clause grants, not refuses. */
const TRIAL_HARMLESS =
  /(?:均|都|并|也|亦)?(?:不会|不|并不|绝不)(?:因此)?影响(?:您|你|顾客|消费者)?(?:的)?(?:退货|退换货|退换|退款)(?:权利|权益|申请)?|\b(?:will|does|do|shall) not affect (?:your )?(?:right to (?:a )?)?(?:return|refund)s?\b/;
const TRIAL_HARMLESS_ALL = new RegExp(TRIAL_HARMLESS.source, 'g');

/** Traces of trial or use ("试穿痕迹", "any signs of wear"). */
const TRACES = /痕迹|\bany (?:signs?|traces?|evidence) of (?:wear|use)/;
const RESALE_AFFECTED = /影响(?:商品的?)?二次销售/;
/** The original bag or box to be sent back with the goods. */
const BAG_DEMANDED = /原(?:包装|包装袋|包装盒)[^。]{0,12}(?:一并|一起|一同)(?:退回|寄回)/;
/**
 * The words every finding below needs (besides a refusal `refusalScope` reads as of tried goods): of trial or its traces,
 * the resale test, the packaging, the seal, goods as new, documents or the parcel. A clause naming none returns at once.
 */
const CONDITION_WORDS = gateOf(
  TRIAL,
  TRACES,
  RESALE_DEMANDED,
  RESALE_AFFECTED,
  RESALE_REFUSED,
  PACKAGING_DEMANDED,
  ITEM_AND_PACKAGE_INTACT,
  BAG_DEMANDED,
  INTACT_PACKAGING_EN,
  ORIGINAL_STATE_AND_PACKAGING,
  INTACT_PACKAGING_ITEM_EN,
  PACKAGING_STATE,
  PACKAGING_DAMAGED,
  SEAL_FOR_ALL,
  AS_NEW_DEMANDED,
  AS_NEW_READ,
  DOCUMENT_DEMANDED,
  PARCEL_MARKED,
  /发票/,
);

/** "鉴赏期非试用期", "犹豫期并非免费试用期": the window named no trial period. */
const NOT_A_TRIAL_PERIOD = /(?:并非|不是|非)(?:免费)?试用期/g;
const RETURN_PARCEL_DAMAGE_ALL = new RegExp(RETURN_PARCEL_DAMAGE.source, 'g');
/** What a clause may ask of the goods themselves: packaging, tags, newness, completeness, use. */
const RETURN_CONDITION =
  /包装|包材|吊牌|标签|全新|完整|未使用|使用过|未拆|拆封|配件|赠品|发票|packag|tags?|unused|unopened|\bnew\b/;
/** Packing the goods for their way back ("将商品完整包装寄回", "妥善包装后寄回"): the packing, not the goods' own packaging. */
const PACKING_STEP =
  /(?:将|把)?(?:商品|货品|产品|货物)?(?:完整|妥善|仔细|好好)(?:地)?包装(?:好)?(?:后)?(?:寄回|寄出|退回|发回|寄至|寄到|寄往)/;
export const tagsConditionOverreach: ClauseRule = {
  id: 'cn.policy.tags-condition-overreach',
  issue: 'tags_condition_overreach',
  citations: cites(['NRR-MEASURES', 8, 2], ['NRR-MEASURES', 8, 3], ['NRR-MEASURES', 9], ['CRPL-REG', 19, 3]),
  judge(reading) {
    const text = reading.text;
    if (outsideGate(reading, CONDITION_WORDS, 'trial')) return undefined;
    if (onlyBeyondStatutoryDays(text, /包装|packag|box|tags?|吊牌|试|tried|worn|seal|封/)) return undefined;
    // "退货商品如果因未使用原厂包装而产生的任何毁损，将影响退款": damage to the consumer's own return parcel is their risk, not a
    // condition on the goods, where the clause asks nothing else of them.
    if (RETURN_PARCEL_DAMAGE.test(text) && !RETURN_CONDITION.test(text.replace(RETURN_PARCEL_DAMAGE_ALL, ' ')))
      return undefined;
    // Conditions on an exchange of goods without a defect ("not in a saleable condition" for an exchange): the law
    // gives no such exchange, so its conditions limit no right.
    if ((onlyExchange(text) || (/\bexchanges?\b/.test(text) && !/退|return|refund/.test(text))) && !QUALITY.test(text))
      return undefined;
    // "Returns and Refunds Policy" over "For exchange, goods must be in original packing.": the sentence's own exchange, under
    // a heading that names returns.
    if (
      reading.lead !== '' &&
      /^for (?:an? )?exchanges?\b/.test(reading.own) &&
      !/退|return|refund/.test(reading.own) &&
      !QUALITY.test(text) &&
      !refusesAsLead(reading.lead)
    )
      return undefined;
    // Conditions on returns of goods bought in a shop, where the law gives no no-reason return.
    if (inStoreOnly(text) && !QUALITY.test(text.replace(/(?:非|无|没有|不是)质量问题/g, ' '))) return undefined;
    const scope = refusalScope(reading);
    // "鉴赏期非(免费)试用期" is a statement, no trial refused; a trial refused beside it ("…，试穿过的商品不予退货") still is.
    const beside = text.replace(NOT_A_TRIAL_PERIOD, ' ');
    const trial =
      // "口红属于化妆品，开封试用后不支持无理由退换": a sealed good tried only by breaking its seal (NRR-MEASURES 9(1)).
      !(SEAL_CATEGORY.test(text) && /(?:开封|拆封)(?:并|或|、|后)?试用|试用(?:或|、)?(?:开封|拆封)/.test(text)) &&
      ((scope === 'trial' && beside === text) ||
        ((TRIAL.test(beside) || TRACES.test(beside)) && TRIAL_REFUSED.test(beside))) &&
      !/合理|正常试/.test(text) &&
      !(
        TRIAL_HARMLESS.test(text) &&
        !/不予|恕不|概不|不退|不换|不接受|不支持|无法|不能|不可|cannot|can'?t|not (?:be )?(?:accepted|eligible|returnable|refundable)/.test(
          text.replace(TRIAL_HARMLESS_ALL, ' '),
        )
      ) &&
      // Trial allowed ("可以当场试穿") spares the clause unless it refuses tried goods elsewhere ("…，签收后试穿过的不退").
      !(TRIAL_ALLOWED.test(text) && !TRIAL_REFUSED.test(text.replace(TRIAL_ALLOWED_ALL, ' '))) &&
      // Activation of goods that lose value once activated, confirmed at purchase (NRR-MEASURES 7(2), 20 ¶2).
      !(NATURE_CATEGORY.test(text) && CONFIRMED.test(text) && !FAKE_CONFIRMATION.test(text));
    // "Unused" can be read as intactness (no use beyond inspection and trial): by the two-readings rule
    // (CIVIL-CODE 498) it is lawful on its own. "不影响二次销售" is the resale test the NRR-MEASURES replaced
    // with intactness (8–9); an ordinary consumer reads it as "as new", unopened and untried: void.
    const own = reading.lead ? reading.own : text;
    const resale =
      (RESALE_DEMANDED.test(own) ||
        (RESALE_AFFECTED.test(own) && reading.lead !== '' && refusesAsLead(reading.lead)) ||
        resaleRefused(own)) &&
      !/[(（][^)）]{0,12}(?:即|指|是指)[^)）]{0,24}[)）]/.test(own) &&
      !RESALE_DEFINED_AS_INTACT.test(own) &&
      !SEAL_CATEGORY.test(text);
    // Advice to keep the box, or a packing step with no refusal ("将商品完整包装寄回指定地址"): how to send it back, no condition.
    const advice =
      /(?:保留|保存)[^。]{0,4}包装[^。]{0,6}(?:以便|以免|方便|便于)/.test(own) ||
      (PACKING_STEP.test(own) && !refuses(own)) ||
      // "Items should be returned in their original packaging where possible": asked where it can be, no condition.
      (/\b(?:where|wherever|whenever|if) (?:at all )?possible\b|尽可能|尽量/.test(own) && !refuses(own));
    const bagDemanded = BAG_DEMANDED.test(own) && refuses(text);
    // "If the item arrives damaged (e.g. a cracked screen or damaged packaging), we will refund you": damage the goods
    // arrived with, the return's ground, not a condition on what is sent back.
    const arrivedWith = ARRIVED_DAMAGED_GRANTED.test(own) ? own.replace(DAMAGED_PACKAGING_ALL, ' ') : own;
    const packaging =
      !advice &&
      (PACKAGING_DEMANDED.test(arrivedWith) ||
        // "商品完好，包装完整" as a condition, not a check at delivery ("签收前请确认商品完好、包装完整，如有破损请拒收").
        (ITEM_AND_PACKAGE_INTACT.test(own) && !/签收|收货时|收到|当面|拒收|配送员|快递员/.test(text)) ||
        // "To be eligible for a return, your item must be:" + "In the original packaging…": the lead-in demands it.
        (reading.lead !== '' &&
          /\bmust\b|须|需|必须|应当|要求/.test(reading.lead) &&
          PACKAGING_DEMANDED.test(`${reading.lead}${own}`)) ||
        bagDemanded ||
        // Not packaging asked for the parcel's sake ("pack it securely in an undamaged box", "intact during transit").
        (INTACT_PACKAGING_EN.test(own) && !/\b(?:pack|packed|packing|securely|transit|in shipping)\b/.test(own)) ||
        ORIGINAL_STATE_AND_PACKAGING.test(own) ||
        (ELIGIBLE_LEAD.test(reading.lead) && INTACT_PACKAGING_ITEM_EN.test(own)) ||
        packagingReadBeyondPhrases(own, reading.lead)) &&
      (/退|return|refund|须|需|必须|应|must|should|\b(?:are|is) to be\b|condition|条件|前提|具备|保持|refus|accept/.test(
        text,
      ) ||
        // "请确保商品吊牌及各种包装完整": a demand on the goods sent back, not a check at delivery or the shop's dispatch.
        (/确保/.test(text) && /吊牌/.test(text) && !/收到|签收|配送|出货|发货|快递|送货/.test(text))) &&
      // For food and cosmetics the one-time seal is the test; their outer box is no seal (NRR-MEASURES 9(1)).
      (!SEAL_CATEGORY.test(text) || /外包装|包装盒|礼盒|彩盒|外盒/.test(own)) &&
      !STATUTORY_CATEGORY.test(text);
    const asNew =
      (AS_NEW_DEMANDED.test(own) || AS_NEW_READ.test(own)) &&
      !SEAL_CATEGORY.test(text) &&
      !SHOP_GOODS_STATED_EN.test(own);
    const seal = SEAL_FOR_ALL.test(text) && !SEAL_CATEGORY.test(text) && !STATUTORY_CATEGORY.test(text);
    const documentsOrParcel = demandsDocumentsOrParcel(own, text) || invoiceMadeACondition(own, reading.lead);
    if (!trial && !packaging && !seal && !asNew && !documentsOrParcel && !resale) return undefined;
    return {
      verdict: 'void',
      message: {
        zh: '商品能够保持原有品质、功能，商品本身、配件、商标标识齐全的即为完好；为确认品质、功能而合理试用（如试穿）不影响完好。要求“未试穿/未试用”“不影响二次销售”等超出法定完好标准的条款无效。',
        en: 'Goods are intact when they keep their quality and function with the goods, accessories and brand markings complete; reasonable trial (such as trying clothes on) does not affect this. Demanding more ("never tried", "fit for resale") is void.',
      },
      suggestion: {
        zh: '退回的商品应保持原有品质、功能，商品本身、配件、商标标识齐全；为确认品质、功能而进行的合理试穿、试用不影响退货。服装鞋帽等商标标识被摘、被剪或商品受污、受损的，视为不完好。',
        en: 'Returned goods should keep their original quality and function, with the goods, accessories and brand markings complete; reasonable trial to check quality or function does not affect the return. Clothing and similar goods with tags removed or cut, or soiled or damaged, are not intact.',
      },
    };
  },
};
