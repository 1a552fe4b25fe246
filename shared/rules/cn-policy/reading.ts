/**
 * @law CIVIL-CODE 498
 * 第四百九十八条 对格式条款的理解发生争议的，应当按照通常理解予以解释。对格式条款有两种以上解释的，应当作出不利于提供格式条款一方的解释。格式条款和非格式条款不一致的，应当采用非格式条款。
 * @endlaw
 *
 * Interpretation:
 * - A refusal's scope is read as an ordinary consumer reads the clause: the condition stated before the refusal first ("拆封后不予退货"), the whole clause when that names none.
 * - Where a clause names several kinds of goods, goods outside the law's categories decide (void), then NRR-MEASURES 7 natures (review), then the statutory categories (lawful).
 * - Goods carved out of a grant ("除特价商品外均支持七天无理由退货", "all items except sale items") are refused as if by name; unnamed ones ("部分商品除外") may be the statutory categories and are left alone.
 * - A list item is read with its heading; a lead-in on its own names nothing it refuses, so its list decides.
 */
/**
 * The shared reading of a clause, computed once per clause: does it refuse a return, and what is the
 * refusal's scope. The clause rules decide on this reading.
 */

import { matchesOf } from '#shared/policy-lint/matches.js';
import { rememberedPerPolicy } from '#shared/policy-lint/memo.js';
import { readDurations } from '#shared/policy-lint/numbers.js';
import { startingWhereItCan } from '#shared/policy-lint/starts.js';
import type { ClauseReading } from '#shared/policy-lint/types.js';
import {
  allows,
  CODES_DELIVERED,
  CONDITIONS_LEAD,
  CONFIRMED,
  CONSUMER_DAMAGE,
  CUPS_COUNTED,
  DEFECT_AS_GOODS,
  DISHES_COUNTED,
  DISPLAY_GOODS_EN,
  DOMAIN_GOODS,
  ELIDED_PARTS,
  ELIDED_READ,
  elidedRefusal,
  FAKE_CONFIRMATION,
  GIFT_MISSING,
  GIFT_NOT_ALONE,
  inStoreOnly,
  LAW_EXCLUDES,
  LAWFUL_SCOPE,
  MADE_TO_ORDER_GOODS,
  NATURE_CATEGORY,
  NO_REASON,
  NOT_QUALITY,
  noReasonSuspended,
  OPENED,
  OTHER_GOODS,
  OUTBOUND_WORDS,
  PORTION_GRAMS,
  QUALITY,
  QUALITY_ONLY,
  RESALE,
  RETURN_LOSS_NAMED,
  RETURN_PARCEL_DAMAGE,
  RETURN_TOPIC,
  RULE_REVOKED,
  refuses,
  refusesAsLead,
  refusesMoneyNotThePrice,
  SALE,
  SAUCES,
  SEAL_CATEGORY,
  SERVICES_OR_CODES,
  STATUTORY_CATEGORY,
  TRIAL,
  WARE_MATERIAL,
} from './lexicon.js';

/**
 * What a refusal in a clause covers:
 * - `none`: the clause refuses nothing;
 * - `time`: only after a period has run ("超过7天不予退货"), judged by the period rules;
 * - `lawful`: a scope the law gives the shop (intactness, misuse, statutory categories, 9(1) seals);
 * - `opened`, `trial`, `resale`, `gift`, `sale`, `quality`: refused for that reason;
 * - `nature`: goods of an NRR-MEASURES 7 nature; `goods`: other named goods;
 * - `everything`: no scope at all, or only "not a quality problem".
 */
export type RefusalScope =
  | 'none'
  | 'time'
  | 'lawful'
  | 'opened'
  | 'trial'
  | 'resale'
  | 'gift'
  | 'sale'
  | 'nature'
  | 'quality'
  | 'goods'
  | 'everything';

/**
 * A time after which the clause speaks ("after 30 days", "超过鉴赏期", "after this time", "past the deadline"): its refusal is the
 * window's end, judged by the period rules.
 */
const AFTER_PERIOD =
  /\b\d+[- ]?days?\b[^.;]{0,40}\b(?:after which|after that|thereafter)\b|(?:超过|超出|逾)[^。]{0,20}(?:鉴赏期|犹豫期|退货期|退换期|退换货期|售后期)|(?:超过|超出|逾期|过了|已过|超|满(?=\s*(?:\d|[一二三四五六七八九十两]))|beyond|after|more than|past|older than|exceed(?:s|ing)?|outside)[^,;。]{0,14}?(?:(?:\d+(?:\.\d+)?|[一二三四五六七八九十两]{1,3})\s*-?\s*(?:个)?(?:(?:calendar|business|working)\s+|自然|工作)?(?:天|日|小时|工作日|周|月|年|days?|hours?|weeks?|months?)|时限|时效|期限|时间|规定|退货期|退换期|有效期|鉴赏期|犹豫期|window|period|time\s*limit|timeframe|(?:this|that|such) time\b|deadline|cut-?off)|(?:\d+|[一二三四五六七八九十两]{1,3})\s*(?:个)?(?:天|日|小时|周|月)(?:后|以后|之后|以外|之外)|逾期(?:者|后|的)?(?=[^。]{0,3}(?:恕|不|概|无法|将不|一律))|(?:申请|提出|寄回|退回)(?:时间)?(?:已)?逾期(?!未)|\b(?:once|if|when|after) (?:\d+|seven|fourteen|thirty) days? (?:have|has) (?:passed|elapsed|gone by)\b|\b(?:once|when|after) (?:the|your|our|this) (?:(?:\d+|seven|fourteen|thirty)[- ]days? )?(?:return |returns )?(?:window|period) (?:has |have )?(?:passed|elapsed|ended|expired|closed|lapsed)\b|(?:超期|期满|届满|到期)(?:者|后|的)?(?:则|将)?(?=(?:恕|不|概|无法|一律))|(?:(?:七天|7天|七日|7日)?无理由退货(?:服务|期|期限)?|试用期|试睡期)(?:结束|截止|届满|期满)(?:之)?(?:后|以后)(?=[^。]{0,3}(?:恕|不|概|无法|将不|一律|仅|只))|^(?:\d+[.、)]\s*)?(?:超期|逾期|超过期限|超出期限)(?:的|者)?(?:商品|订单|申请|退货)?[。;.]?$|(?:过期|超时)(?:则|将)?(?=(?:不予|恕不|不再)(?:受理|处理))|第\s*(?:[89]|[1-9]\d{1,2}|[八九]|十[一二三四五六七八九]?|[二三]十[一二三四五六七八九]?)\s*(?:天|日)(?:起|开始|以后|之后|后)/;

/** Near-expiry and disclosed-defect goods, the defect written by `defect`: NRR-MEASURES 7(3) natures, not "sale" goods. */
const disclosedGoods = (defect: string): RegExp =>
  new RegExp(
    `临期|临近保质期|近效期|${defect}|残次|次品|样品|展示品|展示机|样机|near[- ]expiry|as[- ]is|defects? disclosed|${DISPLAY_GOODS_EN}`,
  );
/** …not a defect as a condition ("商品如有瑕疵", "出现瑕疵的", "瑕疵问题"), which is a quality return. */
const DISCLOSED = disclosedGoods(DEFECT_AS_GOODS);
/** …and any defect named, confirmed at purchase ("商品存在瑕疵（已在页面明示），下单时已勾选确认"). */
const DISCLOSED_ANY = disclosedGoods('瑕疵');
/**
 * Sale goods listed beside display goods as goods of their own ("Clearance items and display units", "Promotional items and
 * demo units"), not sale goods the display or defect describes ("markdowns … such as display units", "Clearance display units").
 */
const SALE_GOODS_EN = String.raw`(?:sale|clearance|promotional|discounted|reduced|marked[- ]down|markdown)\s+(?:items?|products?|goods|merchandise)\b`;
const SALE_BESIDE_DISPLAY_EN = new RegExp(
  String.raw`\b${SALE_GOODS_EN}\s*(?:,|and|or|&)\s*(?:[a-z-]+\s+){0,2}?(?:${DISPLAY_GOODS_EN})|(?:${DISPLAY_GOODS_EN})\s*(?:,|and|or|&)\s*(?:[a-z-]+\s+){0,2}?${SALE_GOODS_EN}`,
);
/** Sale goods refused for the sale: no near-expiry, defect or display goods that they are, or only ones listed beside them. */
const saleNotDisclosed = (text: string): boolean => !DISCLOSED_ANY.test(text) || SALE_BESIDE_DISPLAY_EN.test(text);

const GENERIC_GOODS =
  /^(?:各类|各种|各|部分|退货|退回|退换货|退换|所退|本店|店内|店铺|所有|全部|全场|一切|任何|本网站|本网|本平台|平台|已售出|售出|已售|购买|您购买|所购|所售|该|此|本|以上|以下|上述|全店|本公司|我司|线上|网上)*$/;
const NAMED_GOODS_ZH = /([\u4e00-\u9fff、]{1,12}?)(?:的)?(?:商品|产品|物品|货品|类|用品|制品)/g;
const NAMED_GOODS_EN =
  /\b([a-z-]+)\s+(?:items|products|goods|merchandise|orders)\b|\b(jewel(?:le)?ry|watches|electronics|furniture|appliances|mattresses|bedding|shoes|glasses)\b/g;
const GENERIC_EN =
  /^(?:all|these|such|the|our|any|return|returning|refund|exchange|returned|purchased|ordered|eligible|some|certain|other|your|of|for|on|sold|bought|delivered|shipped|following|listed|non-?returnable|non-?refundable|ineligible|excluded)$/;

function namesGoods(text: string): boolean {
  for (const match of matchesOf(NAMED_GOODS_ZH, text)) {
    const qualifier = (match[1] ?? '').replace(/的|、/g, '');
    if (qualifier && !GENERIC_GOODS.test(qualifier)) return true;
  }
  for (const match of matchesOf(NAMED_GOODS_EN, text)) {
    if (match[2]) return true;
    if (match[1] && !GENERIC_EN.test(match[1])) return true;
  }
  return false;
}

/** Words that refuse a return in a part of their own ("特价商品一律不退", "cannot be returned"). */
const REFUSAL_WORDS =
  /(?:不会|不予|不能|不可|无法|恕不|概不|一律不|不再)(?:受理|处理|办理|退|换)|不退|不换|\bno (?:returns?|refunds?|exchanges?)\b|cannot be (?:returned|refunded|exchanged)|non-?(?:returnable|refundable)|final sale/;
/** A later part's own refusal: of sale goods, or of goods outside the sealed and statutory ones the law lets a shop refuse. */
const refusesInPart = (part: string): boolean =>
  (REFUSAL_WORDS.test(part) || refuses(part)) &&
  (SALE.test(part) || !(SEAL_CATEGORY.test(part) || STATUTORY_CATEGORY.test(part)));
/**
 * The refusal applies only once a period has run ("超过7天不予退货", "3天后不退"); `ownRefusal` says which later part
 * refuses or charges on its own after a part that names the period and refuses.
 */
export function afterWindowOnly(text: string, ownRefusal: (part: string) => boolean = refusesInPart): boolean {
  if (!AFTER_PERIOD.test(text)) return false;
  // "收货七天后的无理由退货要求均不会受理，特价商品一律不退": a part that names the period and refuses in itself ends
  // there; what a later part refuses or charges is its own ("…，退货需扣除10%手续费").
  const parts = text.split(/[,;。]/);
  if (parts.length < 2) return true;
  let closed = false;
  for (const part of parts) {
    if (closed && ownRefusal(part)) return false;
    // "系统维护期间暂停受理退货申请，维护期间超期的不予补办": a suspension before the period's part is no refusal after it.
    if (!closed && part.includes('暂') && noReasonSuspended(part)) return false;
    if (!closed && AFTER_PERIOD.test(part) && refuses(part)) closed = true;
  }
  return true;
}

const LAW_EXCLUDES_ALL = new RegExp(LAW_EXCLUDES.source, 'g');
/** A platform's own list of goods excluded, by reference ("天猫官方规定不支持…的类目", "平台规定不适用…"). */
const PLATFORM_EXCLUDES =
  /(?:平台|天猫|淘宝|京东|拼多多|抖音|商城)(?:官方)?(?:的)?(?:相关)?(?:规定|规则)(?:的)?(?:不适用|不支持|不予|不办理|不能|不可)/;
const NOT_DEFECT = /(?:非|不是|不属于|除)(?:商品)?(?:本身)?(?:的)?(?:瑕疵|故障|质量)(?:问题|原因)?/g;
const SEAL_WORDS = new RegExp(`(?:${SEAL_CATEGORY.source})(?:类|商品|产品|items?|products?)?`, 'g');
/** The statutory words with the goods they qualify ("生鲜食品", "易于腐败之食品"). */
const STATUTORY_WORDS_SOURCE = `(?:${STATUTORY_CATEGORY.source})(?:(?:之|的)?(?:食品|食材|类|商品|产品)|items?)?`;
const STATUTORY_WORDS = new RegExp(STATUTORY_WORDS_SOURCE, 'g');

const FRAGMENT_CONTENT = startingWhereItCan(
  new RegExp(
    String.raw`拆封|拆开|开机|通电|过水|已使用|使用过|赠品|二手|竞拍|拍卖|黄金|贵重|特价|促销|清仓|出清|秒杀|打折|(?:折扣|特惠|降价|断码|尾货|特卖)(?:商品|品|款|货)|处理品|甩卖|\bopened\b|\bused\b|sale items?|special offers?|clearance|second-?hand|final sale|on sale|discount(?:ed)?|mark(?:ed)?[- ]?down|reduced|promotional|饰品|首饰|` +
      `试穿|试用(?!期)|试戴|激活|安装|组装|洗涤|下水|包装(?:盒)?(?:有|已|被)?(?:破损|损坏|丢失|遗失|缺失|不全|不完整|污损|拆)|外包装|原包装|发票(?:缺失|遗失|丢失|不全|涂改)|封条|封口|塑封|胶条|(?:无|非|没有)质量问题|色差|二次销售|` +
      `${OPENED.source}|${DOMAIN_GOODS.source}|完整包装|包装不完整|无原包装|(?:缺少|没有|无)发票|without (?:the )?original packaging|earrings|swimwear|intimates|after being opened|` +
      `${OTHER_GOODS.source}|${NATURE_CATEGORY.source}`,
  ),
);
const HAS_VERB =
  /(?<!二次|再次|重新)(?:销售|出售)|折现|兑现|配送|建议|\bavailable\b|难免|望|谅解|理解|敬请|保留|保有|保存|以便|以免|需(?!求)|延长|包括|查看|检查|应|可|是指|指|参考|更换|保修|修理|(?<!自行|私自|擅自)维修|\bsell\b|\bship\b|无需|不需|不用|(?<![未没不])(?:退回|寄回|返还)|不影响|视为|属于|允许|不得|承担|同意|进行|支付|扣除|退款|申请|可以|需要|须|请|应当|为您|支持|提供|享受|办理|联系|发现|出现|造成|导致|负担|负责|补贴|补偿|报销|赠送|免费|收费|收取|试机|调试|联保|授权|(?<![未没不])退还|自付|自理|发回|寄出|寄送|备注|注明|填写|计算|标注|拒绝|保管|保证|确保|承诺|转移|交付|均为|均是|规定[:：]|拥有|(?<!不|不能|不可|不会|无法|未|没|没有)接受|无一不|(?:已|已经)(?:结束|截止|下线|开始|上线)|\b(?:will|must|may|can|should|are|is|be|we|you|please|have|has|get|receive|return(?:ed|s)?|refund(?:ed|s)?|includes?|apply|applies|means)\b/;

/** The return shipping refused, the fee before or after the refusal ("不退来回运费", "运费不退", "快递费概不退还"). */
const SHIPPING_REFUSED =
  /(?:不|不予|概不|恕不|无法|不能|不给|不再|不可)(?:给)?(?:退|返还|退还|补|报销|承担|管|包)(?:还|回)?(?:来回|往返|寄回|退回|寄件|发货)?(?:的)?(?:运费|邮费|快递费|物流费)|不包邮|(?:运费|邮费|快递费|物流费)(?!险)(?:用)?[^,;。]{0,4}?(?:不再|不可|不|不予|概不|恕不|无法|不能|不给)(?:退|返还|补|报销|管|赔|出(?![现售货]))/;
/** A short list entry naming only a condition or a class of goods, with no verb of its own. */
/** A declaration that something is no defect ("非瑕疵范围", "不属于质量问题", "不算瑕疵"). */
const NO_DEFECT_DECLARED =
  /(?:非|不在)(?:商品)?(?:瑕疵|质量问题)(?:的)?(?:范围|之列|范畴)|不(?:属于|算|视为|属)(?:是)?(?:商品)?(?:瑕疵|质量问题)/;
/** …said of something named before it in the same part ("布料类商品多少都会有线头 非瑕疵范围"), not a bare "非质量问题". */
function declaredNoDefect(own: string): boolean {
  const match = NO_DEFECT_DECLARED.exec(own);
  if (match === null) return false;
  const before = own.slice(0, match.index);
  const part = before
    .slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1)
    .trim();
  return part.length >= 3 && /[\p{L}\p{N}]/u.test(part);
}
export function isExclusionFragment(own: string): boolean {
  // What an item must be (see the end), tested first: most clauses are not short or name no excluded condition or goods.
  if (own.length > 90 || !FRAGMENT_CONTENT.test(own)) return false;
  // A section title of a template ("Sale items (if applicable)") introduces a paragraph; it lists nothing.
  if (/\(if applicable\)|\(optional\)|\(如适用\)|\(如有\)$/.test(own)) return false;
  // A lead-in ending in a colon announces a list; it is no item of one.
  if (/:\s*(?:\([^()]*\))?$/.test(own)) return false;
  // A topic title ("关于色差", "About opened items", "家电类商品签收标准") or a question ("拆封后可以退货吗?") lists nothing either.
  if (
    /^(?:关于|有关|对于|about|regarding)|[?？吗]$|(?:标准|说明|须知|流程|细则|方法|步骤|指南|注意事项|介绍)$/.test(own)
  )
    return false;
  // "而不是您打开包裹的时间": a contrast that ends the sentence before it ("…起算，而不是…"), no item of a list.
  if (/^(?:而|但|却)(?:不是|并非|非|并不是)|^(?:不是|并非)(?:您|你|买家|顾客)/.test(own)) return false;
  // A case answered with the shop's own help ("如果您的宠物对干粮并不满意，本店将协助您找到最适合的食品"): an offer, no item.
  if (
    /^(?:如果|假如|倘若|若|如)[^。]{0,40},\s*(?:本店|我们|我司|本公司|商家|客服)(?:将|会|可以?|乐意|很乐意)/.test(own)
  )
    return false;
  // A warranty or repair line ("手机/平板：12个月") excludes nothing.
  if (
    /(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:个)?(?:月|年)(?![^,;。]{0,4}(?:内|以内))|质保|保修|warranty/.test(own)
  )
    return false;
  // The shipping refused ("非质量问题不退运费", "无质量问题运费不退"): a statement about a fee, no item of an exclusion list.
  if (SHIPPING_REFUSED.test(own)) return false;
  // A trait declared no defect ("布料类商品多少都会有线头 非瑕疵范围", "色差不属于质量问题"): a statement about what a defect is, no
  // item of an exclusion list (a bare "非质量问题" still is one).
  if (declaredNoDefect(own)) return false;
  // "不退回當次已使用優惠，包含紅利點數、優惠券": coupons or points not refunded, no item of an exclusion list either.
  if (refusesMoneyNotThePrice(own)) return false;
  // "特价商品不退不换的规定已取消": a restriction said to be revoked is a statement about the policy, no item of a list.
  const standing = /废止|废除|作废|取消|撤销|失效/.test(own) ? own.replace(RULE_REVOKED, ' ') : own;
  const bare = standing.replace(/\([^)]*\)|（[^）]*）/g, '').replace(/已使用|使用过/g, '');
  // "（包括赠品等）": an aside in brackets on its own adds to the sentence before it; it lists nothing.
  if (!/[\p{L}\p{N}]/u.test(bare)) return false;
  return !HAS_VERB.test(bare);
}

const DEFECT_AS_CONDITION =
  /(?<![无非未不没])(?:质量问题|质量原因|性能故障|故障)|(?:存在|出现|属于|发生|(?<![没无未得能可])有)[^,;。]{0,6}(?:破损|损坏|瑕疵|缺陷)|\b(?:is|are) (?:defective|faulty|damaged)\b|\b(?:defective|faulty)\b/;

/** A lead-in naming the reasons, conditions or scope of returns ("退换货原因：", "Return conditions:"). */
const REASONS_LEAD =
  /(?:退|换|售后|return|refund|exchange)[^:：]{0,8}(?:原因|理由|条件|范围|标准|情形|须知|reasons?|conditions?|eligibility)\s*[:：]?$/;

function grantsAround(reading: ClauseReading): boolean {
  if (reading.lead && HAS_VERB.test(reading.lead) && !refusesAsLead(reading.lead)) return true;
  if (reading.lead && REASONS_LEAD.test(reading.lead) && !refusesAsLead(reading.lead)) return true;
  return allows(reading.line) && !refuses(reading.line);
}

/** Everyday, domain or other goods named outside every sealed, statutory and nature category ("服装", "手机"). */
export function namesOrdinaryGoods(text: string): boolean {
  return ORDINARY_GOODS.test(text) || OTHER_GOODS.test(text) || DOMAIN_GOODS.test(text);
}
/** Goods named beside services or codes ("门票及周边商品"): the goods decide. */
function namesOtherGoods(text: string): boolean {
  return (
    namesOrdinaryGoods(text) ||
    /周边|实物|商品|礼盒|套装|T恤|衣|耳机|显卡|(?:兑换|换取|领取)的|附赠|\b(?:merch|t-?shirts?|shirts?)\b/.test(text)
  );
}
const MADE_TO_BUYERS_DATA =
  /(?:按|根据|依据|依照)(?:您|顾客|客户|买家|消费者)(?:的|提供的|所提供的)?[^,;。]{0,4}(?:验光|量体|尺寸数据|身材数据|数据|图纸|照片|设计稿|设计|定制要求)[^,;。]{0,4}(?:定制|定做|订制|加工|制作|配制)/;
/** Goods no shop's word makes perishable: packaged food, cured or dried goods, ordinary goods, the whole shop. */
function notPerishableClaimed(text: string): boolean {
  return (
    SEAL_CATEGORY.test(text) ||
    namesOrdinaryGoods(text) ||
    /干|腊|熏|海苔|脯|大米|米面|粮油|茶|坚果|零食|饼干|方便面|罐头|调料|酒|上述|所有|全部|本店/.test(text)
  );
}
/**
 * An English refusal of the consumer's own reason that starts when the window ends: each part refusing the own reason
 * names a period, and no period is counted from dispatch, payment or the order (the window rule reads those from the
 * words after the number, not after "the 7-day period").
 */
function englishRefusalAfterWindow(text: string): boolean {
  if (
    /\b(?:period|window|days?|hours?)\b[^.;]{0,24}\b(?:from|since|after|of)\s+(?:the\s+)?(?:date of\s+)?(?:dispatch|shipment|shipping|payment|order|purchase|invoice)(?! (?:has been |is |was |have been |are |were )?(?:delivered|received|arrived))|\bat any time\b/.test(
      text,
    )
  )
    return false;
  return text
    .split(/;|,\s*(?:and|nor|but|or)\b/)
    .every((part) => !OWN_REASON_REFUSED.test(part) || AFTER_PERIOD.test(part) || !refuses(part));
}
/**
 * The sealed goods' own one-time seal as the refusal's only condition (NRR-MEASURES 9(1)): "We do not accept change-of-mind
 * returns on lipstick once its seal has been broken", "Food items cannot be returned once the seal has been broken". The
 * goods named are sealed goods only ("food processors", "makeup brushes", "candles or perfume" are not), the seal is the
 * condition ("once", "if", "after"), and nothing else is refused beside it (tried on, sale items, faulty goods).
 */
const SEAL_REFUSED_EN = [
  /\b(?:returns?|refunds?|exchanges?)\b[^.;]{0,24}?\b(?:on|of|for) ([a-z][a-z ,/&-]{0,200}?) (?:once|if|after|when)\b[^.;,]{0,24}\bseals? (?:has been |have been |is |are |was |were )?(?:broken|opened|removed|tampered)\b/,
  /(?:^\s*(?:for [a-z -]{1,30} reasons?,?\s*)?|[:]\s*)([a-z][a-z ,/&-]{0,60}?) (?:cannot|can't|can not|will not|won't|are not|is not|may not) be (?:returned|refunded|exchanged)\b[^.;,]{0,24}\b(?:once|if|after|when)\b[^.;,]{0,24}\bseals? (?:has been |have been |is |are |was |were )?(?:broken|opened|removed|tampered)\b/,
  /\b(?:returns?|refunds?|exchanges?|return|refund)\b[^.;]{0,60}\b(?:once|if|after|when) (?:the |its |their |a )?([a-z][a-z /&-]{0,30}?) seals? (?:has been |have been |is |are |was |were )?(?:broken|opened|removed|tampered)\b/,
  // "Food and cosmetics whose one-time seal has been broken cannot be returned", a list item "Food once its seal has been broken".
  /^\s*(?:[-•*]\s*)?([a-z][a-z ,/&-]{0,60}?) (?:whose|once|if|after|when)\b[^.;,]{0,24}\bseals? (?:has been |have been |is |are |was |were )?(?:broken|opened|removed|tampered)\b/,
  // "Items whose hygiene seal has been broken, such as cosmetics and food, cannot be returned".
  /^\s*(?:items?|products?|goods)\b[^.;]{0,40}\bseals? (?:has been |have been |is |are |was |were )?(?:broken|opened|removed|tampered)\b,? (?:such as|like|e\.g\.,?|including) ([a-z][a-z ,/&-]{0,60}?)(?:,|\s+(?:cannot|can't|are|will|may))/,
  // "once the seal of food items has been broken".
  /\bonce the seals? of (?:the )?([a-z][a-z ,/&-]{0,60}?) (?:has|have|is|are) (?:been )?(?:broken|opened|removed|tampered)\b/,
];
const SEAL_GOODS_EN_ALL = new RegExp(`(?:${SEAL_CATEGORY.source})`, 'g');
function sealedGoodsOwnSealEn(text: string): boolean {
  return (
    SEAL_REFUSED_EN.some((form) => {
      const goods = form.exec(text)?.[1];
      return goods !== undefined && onlySealedGoods(goods);
    }) &&
    !/\b(?:regardless|whether|even if|including (?:faulty|defective|damaged)|(?<!\b(?:unless|except|except if|except when|other than)\s+(?:they are |it is |the item is )?)(?:faulty|defective|damaged)|defects?|transit|tried|worn|sale|nor|other (?:products?|items?|goods)|(?:no|any|all|every) (?:other )?(?:items?|products?|goods)(?: in (?:the|your|an?) (?:order|parcel|package))|nothing|(?:whole|entire) order|(?:box|carton|packaging|package) (?:has been |is |was )?opened|(?:once|if|after|when) (?:opened|unboxed|used|unsealed)|,\s*(?:and|or) (?:on )?[a-z]+(?: [a-z]+)? (?:once|if|after|when))\b/.test(
      text,
    )
  );
}
const TEA_COFFEE_KINDS =
  /\b(?:(?:loose|ground|instant|decaf(?:feinated)?|herbal|green|black|oolong|jasmine|white|roasted|whole|organic|fresh|dried)\s+)+(?:leaf\s+)?(?=(?:teas?|coffees?|beans?)\b)|\b(?:loose\s+)?leaf\s+(?=teas?\b)|(?<=\b(?:teas?|coffee)\s+)(?:beans?|leaf|leaves)\b/g;
function onlySealedGoods(goods: string): boolean {
  if (!SEAL_CATEGORY.test(goods)) return false;
  // Only sealed goods named: what is left after their names, "items"/"products" and joining words is nothing.
  const rest = goods
    // Kinds of tea and coffee ("loose leaf tea", "black coffee"), read before their nouns go: "white goods" are no food.
    .replace(TEA_COFFEE_KINDS, ' ')
    .replace(SEAL_GOODS_EN_ALL, ' ')
    .replace(
      /\b(?:and|or|any|all|the|its|their|our|items?|products?|goods|s|es|capsules?|pods?|bottles?|jars?|tubes?|packs?|packets?|sachets?)\b|[,/&-]/g,
      ' ',
    )
    .trim();
  return rest === '';
}
/** A bracket that gives a portion's weight (`PORTION_GRAMS`), kept when the goods are read: it makes a count of dishes sauce. */
const PORTION_WEIGHT = new RegExp(`^${PORTION_GRAMS}`);
/** What holds, serves or applies a sauce ("酱料碟", "调料盒", "酱油瓶"), not the sauce in it ("酱油瓶装"). */
const SAUCE_WARE = new RegExp(
  `(?:(?:${WARE_MATERIAL})(?:酱料|酱油|酱汁|调料|调味品|调味料)(?:碟|杯|盒|瓶|罐|壶)|(?:酱料|酱油|酱汁|调料|调味品|调味料|蚝油|果酱|蜂蜜|醋|香油)(?:碟(?!装(?!饰|${DISHES_COUNTED}))|盒(?!装(?!饰))|瓶(?!装(?!饰))|罐(?!装(?!饰))|壶|刷|杯(?!装(?!饰|${CUPS_COUNTED}))|架|勺|碗))`,
);
const OPENED_SURPRISE = /盲抽|福袋|mystery box(?:es)?|lucky bags?/;
/** Everyday goods outside every statutory category and NRR-MEASURES 7 nature. */
const ORDINARY_GOODS =
  /茶具|茶器|服装|衣服|外套|裤|裙|鞋|靴|帽|围巾|手套|箱包|包包|背包|钱包|玩具|家纺|床品|床上用品|窗帘|图书|书籍|文具|厨具|餐具|灯具|家居|家具|日用品|饰品|首饰|眼镜|手表|shoes|clothing|apparel|(?<!\btea ?|\bcoffee )bags|toys|books|furniture|jewel(?:le)?ry|watches|accessories/;
/** Ordinary goods listed after the statutory ones ("生鲜食品及服装"). */
const STATUTORY_BESIDE_ORDINARY = new RegExp(
  `(?:${STATUTORY_WORDS_SOURCE})\\s*(?:及|和|与|、|以及|或)\\s*(?:${ORDINARY_GOODS.source})`,
);
const NATURE_WORDS = new RegExp(`(?:${NATURE_CATEGORY.source})(?:衣物|衣服|衣裤|裤|用品|物品|类|商品)?`, 'g');

/** A lead-in over defect returns ("以下状况亦不接受瑕疵退换货", "质量问题退换货不予受理的情形："). */
const DEFECT_RETURNS_LEAD =
  /(?<!非|无|没有|不是|并非|不属于)(?:质量问题|质量原因|瑕疵|故障)(?:品|商品)?(?:的)?(?:商品)?(?:退换货?|退货|换货|退款)/;
/** A carve-out in brackets ("（质量问题退换货除外）"): what it names is not refused. */
const CARVED_OUT = /[(（][^()（）]*(?:除外|例外)[)）]|[^,;。:()（）]*(?:除外|例外)/g;
/** An item naming the goods incomplete or their packaging, invoice, gifts or tags missing ("配件不全", "退货的商品不全"). */
const INTACTNESS_ITEM =
  /(?:商品|货品|产品|配件|附件|零件|赠品|包装|说明书|保修卡|吊牌|标签)[^,;。]{0,4}(?:不全|不齐|不完整|缺失|丢失|遗失|缺少)|(?:缺少|缺失|丢失|遗失)[^,;。]{0,4}(?:配件|附件|零件|赠品|包装|发票|说明书|保修卡|吊牌|标签)|发票[^,;。]{0,4}(?:丢失|遗失|缺失)/;
const cache = new WeakMap<ClauseReading, RefusalScope>();

const EXCEPTED_EN = /\b(?:except(?: for)?|excluding|other than|with the exception of)\s+([^,.;]{1,60})/;
const EXCEPTED = [
  /除(?:了)?([^,;。]{1,40}?)(?:以外|之外|外)/,
  /([^,;。()]{1,30}?)除外/,
  /([^,;。]{1,30}?)以外的(?:商品|产品|货品)?(?:均|都|一律)?(?:支持|可|可以|能|享受|享有|适用)/,
  EXCEPTED_EN,
];
/** Goods at their full price ("正价", "原价", "正常价格"), not a price restored ("恢复正常价格", "回到原价"). */
const FULL_PRICE = '(?<!恢复|恢复为|恢复成|恢复到|回到|回归|回复)(?:正价|原价|全价|正常价格?|正常售价)';
/** Grants limited to goods at full price: the sale goods are refused. */
const FULL_PRICE_ONLY = new RegExp(
  String.raw`${FULL_PRICE}(?:的)?(?:商品|产品|货品)?[^,;。]{0,10}(?:支持|可|可以|享受|享有|方可|才可)[^,;。]{0,10}(?:退|换)|(?:on|for) (?:all |only )?(?:full|regular)[- ]price(?:d)? (?:items?|merchandise|products?|goods|purchases?)|^(?:all )?(?:full|regular)[- ]price(?:d)? (?:items?|merchandise|products?|goods) (?:may|can|are eligible)|\bonly\b[^.;]{0,40}\b(?:bought|purchased|paid for) at (?:the |a |their )?(?:full|regular|normal|original) price\b`,
);
/** Sale goods granted the return too, on the line of a full-price grant ("特价商品也支持退换", "sale items can also be returned"). */
const SALE_GRANTED_TOO =
  /(?:特价|促销|折扣|打折|活动|清仓)(?:的)?(?:商品|产品|货品)?(?:也|同样|亦)(?:均|都)?(?:支持|可以?|能|享受|享有)[^,;。]{0,8}(?<![不无非])退(?!款)|\b(?:sale|discounted|clearance|promotional|reduced) (?:items?|products?|goods|merchandise) (?:can|may|are) (?:also|likewise) (?:be )?(?:returned|returnable|refunded)\b/;
/** The full price named as the only one ("只有正价商品…", "only full-price items…"). */
const ONLY_FULL_PRICE = new RegExp(String.raw`(?:只有|仅有|仅|只)${FULL_PRICE}|\bonly (?:full|regular)[- ]price`);

const SALE_LIKE_FULL_PRICE = new RegExp(
  String.raw`(?:和|与|同|跟|及|、)${FULL_PRICE}(?:的)?(?:商品|产品|货品)?(?:一样|同样|相同|均|都|一律)|${FULL_PRICE}(?:的)?(?:商品|产品|货品)?(?:和|与|及|、)[^,;。]{0,8}(?:特价|秒杀|促销|折扣|活动)(?:商品|产品|货品)?(?:一样|同样|均|都|一律)|(?:特价|秒杀|促销|折扣|打折|活动)(?:的)?(?:商品|产品|货品)?(?:也|同样|亦|均|都)(?:可以?|支持|享受|享有|能)(?:[^,;。]{0,6}?退|(?=\s*(?:[,;。!]|$)))|\bsale (?:items?|products?|goods) (?:can|may) (?:also )?be returned(?: too| as well)?\b|\b(?:sale|discounted|clearance) (?:items?|products?|goods) (?:and|as well as) (?:full|regular)[- ]price|\bjust like (?:full|regular)[- ]price`,
);
/** "无理由退货运费由买家承担，瑕疵除外": a defect excepted from who pays the shipping, no goods carved out. */
function defectExceptedFromShipping(excepted: string, text: string): boolean {
  return /^(?:商品)?(?:有|存在)?瑕疵(?:问题)?$/.test(excepted.trim()) && /运费|邮费|快递费/.test(text);
}

/** The scope of the goods a grant carves out, or undefined when the clause carves out nothing the law cares about. */
function exceptedScope(text: string): RefusalScope | undefined {
  if (
    !allows(text) &&
    !/returns? (?:are )?accepted|eligible for (?:a )?(?:return|refund)|\b(?:are|is) returnable\b|\baccepts?\b[^.;]{0,60}\bfor (?:an? )?(?:exchange\/)?(?:returns?|refunds?|exchanges?)\b/.test(
      text,
    ) &&
    !GRANT_EN.test(text)
  )
    return undefined;
  // "秒杀商品和正价商品一样享受七天无理由退货": sale goods joined to the full-price ones, not carved out of them.
  if (FULL_PRICE_ONLY.test(text) && (!SALE_LIKE_FULL_PRICE.test(text) || ONLY_FULL_PRICE.test(text))) return 'sale';
  for (const pattern of EXCEPTED) {
    const match = pattern.exec(text);
    if (!match?.[1]) continue;
    // "特价商品的运费除外": money or gifts excepted, not goods.
    if (
      /(?:运费|邮费|快递费|手续费|差价|赠品|礼品|优惠券|积分|shipping|postage)(?:\s*(?:costs?|fees?|charges?))?\s*$/.test(
        match[1],
      )
    )
      continue;
    // "部分商品除外", "except certain items": goods not named may be the statutory ones (CIVIL-CODE 498).
    if (
      /部分|某些|个别|特殊|特定|以下|下列|上述|规定|指定|法定|certain|some|specified|following|listed|selected|particular|marked|noted/.test(
        match[1],
      )
    )
      continue;
    if (defectExceptedFromShipping(match[1], text)) continue;
    // "Goods are returnable except for change of mind requests", "除个人原因外均可退换": the no-reason return carved out.
    if (
      (NO_REASON.test(match[1]) || /个人(?:原因|因素)|自身(?:原因|因素)|主观原因/.test(match[1])) &&
      !QUALITY.test(match[1]) &&
      !namesGoods(match[1]) &&
      !/\b(?:on|for|of) (?:custom|personali[sz]ed|made-to-order|bespoke|special)/.test(match[1]) &&
      // "除享受商城7天无理由退货保证外，…予以包退", "…（卖家提供7天无理由退货服务的除外）": the no-reason return granted beside, not
      // carved out.
      !/提供|支持|享受|享有|保证|承诺|\b(?:offer\w*|provid\w*|enjoy\w*|eligible|guarantee\w*)\b/.test(match[1])
    )
      return 'everything';
    const scope = scopeOf(match[1]);
    // "All items except books can be returned": everyday goods carved out of the grant are goods excluded, though named alone
    // ("books") they read as no class.
    if (scope === 'everything' && ORDINARY_GOODS.test(match[1]) && !QUALITY.test(match[1]) && !NO_REASON.test(match[1]))
      return 'goods';
    if (scope === 'everything' || scope === 'time' || scope === 'quality') continue;
    if (scope !== 'lawful') return scope;
    // "…except for customised items, indent items, clearance items, sales items, and after sales parts": a lawful exception
    // first, then goods excepted that the law does not let a shop except.
    if (pattern === EXCEPTED_EN) return listedAfter(text, (match.index ?? 0) + match[0].length);
    return undefined;
  }
  return undefined;
}

/** The scope of the first item past a lawful one in an English list of exceptions that the law does not let a shop except. */
function listedAfter(text: string, from: number): RefusalScope | undefined {
  const rest = text.slice(from, from + 200).split(/[.;]/)[0] as string;
  for (const item of rest.split(/,/)) {
    const named = item.replace(/^\s*(?:and|or)\s+/, '').trim();
    if (!named || !/\b(?:items?|products?|goods|merchandise|parts?)\b/.test(named)) continue;
    const scope = scopeOf(named);
    if (scope === 'sale') return scope;
  }
  return undefined;
}

/** Goods named by a reference to a list ("以下商品", "下列产品", "the following items", "items listed below"). */
export const GOODS_BELOW =
  /(?:以下|下列|如下|下述|上述|以上)(?:的|所列的?)?(?:商品|产品|货品|物品|品类|类目|类别|情形|情况)|(?:部分|某些|特定)(?:商品|产品|货品)|\bthe following (?:items|products|goods|merchandise|categories|cases|situations|circumstances)\b|\b(?:items|products|goods) (?:listed )?below\b|\b(?:certain|some|specific|particular) (?:types of |kinds of )?(?:items|products|goods|merchandise)\b/;
/**
 * A heading that names a class without a verb ("Non-returnable items", "不支持退换货的商品"): like a lead-in, it
 * refuses nothing by itself; the items under it decide.
 */
const NOUN_HEADING =
  /^(?:non-?returnable|non-?refundable|final[- ]sale|excluded|exempt|ineligible)\s+(?:items|products|goods|merchandise)$|^not eligible for (?:a )?(?:returns?|refunds?|exchanges?)$|^(?:items?|products?|goods) (?:that are )?not (?:eligible for return|returnable|refundable)$|^(?:不支持|不适用|不可|不能|不予|不参与)[^,;。]{0,10}退[^,;。]{0,4}的(?:特殊|特定|部分)?(?:商品|产品|情况|情形|范围)(?:类型|种类|类别|范围|清单)?$/;

/** A refusal pointing to the list below it ("Certain items are non-returnable, as specified below."): the list decides. */
const LIST_BELOW =
  /^(?:certain|some)\b[^.;:]{0,40}\b(?:non-?returnable|non-?refundable|(?:not|cannot) (?:be )?(?:returnable|refundable|returned|refunded))\b,? (?:as )?(?:specified|listed|shown|set out|detailed|described) below\.?$/;
/** A heading over warranty terms, timings or product details: its items exclude nothing. */
const NOT_RETURNS_LEAD = /满减|包邮|免运费|发票|价保|积分|优惠券|同享|活动(?:说明|规则)|参与活动|不参与|抵扣|促销/;
const INFO_LEAD = /保修|质保|维修|修理|详情|介绍|参数|规格|时效|流程|步骤|warranty|repair|specification|process|steps/;

/** A grant that excepts the list below ("…均支持七天无理由退货，下列商品除外："): the list decides what is refused. */
const LIST_EXCEPTED =
  /(?:以下|下列|如下|下述)(?:的)?(?:商品|产品|货品|情况|情形)?(?:除外|不在此列|例外)|(?:except(?:ing)?|excluding|with the exception of)(?: for)? (?:the following|those listed below)/;

/**
 * Cases or returns referred to below, not goods ("若商品出現以下任一情況,恕無法接受退換貨:", "否則我不接受以下退貨:"): the goods the
 * lead-in names are those of every case, and the list decides which are refused.
 */
const CASES_BELOW =
  /(?:以下|下列|如下|下述)(?:任一|任何|任意|几种|其中一种)?(?:的)?(?:情况|情形|退货|退换货?|退款)|\bthe following (?:cases|situations|circumstances|returns)\b/;
/** A lead-in that says its cases are no defect ("手工製作商品可能存在以下情況,…皆不屬於瑕疵,恕不接受退換貨:"): it refuses by itself. */
const DEFECTS_DEFINED_AWAY_LEAD =
  /不(?:属于|视为|算|构成)(?:瑕疵|质量问题|缺陷)|非瑕疵|\bnot (?:be )?(?:considered|deemed|regarded as|treated as) (?:a )?(?:defects?|defective|faulty|faults?)\b/;
const LIST_REFERENCE = /以下|下列|如下|下述|the following|following|below|listed|these/g;
/** Every return refused but in the cases listed below ("…are non-refundable and non-returnable except when:"). */
export const REFUSED_EXCEPT_LEAD =
  /\b(?:non-?returnable|non-?refundable|non-?fundable|not (?:be )?(?:returnable|refundable|returned|refunded)|(?:returns?|refunds?) (?:are |is |will )?not (?:be )?accepted|not (?:be )?accepted (?:for|as) (?:a )?(?:returns?|refunds?)|final sale|no (?:returns|refunds)|(?:do not|don'?t|cannot|can'?t|will not|won'?t) accept (?:any )?(?:returns?|refunds?))\b[^.;:]{0,40}\bexcept(?:ing)? (?:when|if|in (?:the following|these) (?:cases|circumstances|situations)|for the following(?: cases| reasons)?)\s*:?$|(?:恕不|不予|概不|不)(?:予以)?(?:退换货?|退货|退款)[,，]?\s*除非[^,;。:]{0,6}(?:以下|下列|如下)(?:情况|情形)(?:之一)?\s*[:：]?$|^除(?:了)?(?:以下|下列|如下)(?:情况|情形)(?:之)?外[,，]?[^,;。:：]{0,12}(?:一律|均|概)?(?:恕不|不予|不接受|概不|不)(?:接受|予以)?(?:退换货?|退货|退款)\s*[:：]?$/;

/** "退换回的新鞋有以下情形发生恕不退换": a lead-in whose cases are in the list below, even without the colon. */
const CASES_LISTED_REFUSED =
  /(?:以下|下列|如下|下述)(?:几种)?(?:情形|情况)(?:之一)?(?:发生)?(?:的)?,?(?:(?:均|一律)?(?:视为|属于|视作)[^,;。]{1,12},?)?(?:均|一律|将)?(?:恕不|不予|不|概不|无法)(?:予以)?(?:办理)?(?:退换货?|退货|退款|换货|受理|办理)\s*[。]?$/;

/**
 * A rule's gate closed: the clause names none of `words` (the words the rule's findings need, `gateOf` its patterns) and
 * its refusal has none of `scopes` (the scopes that give the rule a finding without them). The rule returns at once.
 */
export function outsideGate(reading: ClauseReading, words: RegExp, ...scopes: readonly RefusalScope[]): boolean {
  return !words.test(reading.text) && !scopes.includes(refusalScope(reading));
}

/** A return granted for the reasons (or in the cases) listed after a colon ("以下情况可以退货：", "for any of the following reasons:"). */
const REASONS_LISTED_LEAD =
  /(?:^|[,;。])\s*(?:在)?(?:以下|下列|如下)(?:任何|任一|任意|几种|几个)?(?:原因|情况|情形|理由)(?:之一)?(?:的|下)?,?(?:您|买家|顾客|消费者)?(?:均)?(?:可以?|能|方可|才可以?|才能)(?:申请)?(?:办理)?(?:退货退款|退货|退换货?)\s*:|(?:^|[,;。])\s*(?:您|买家|顾客|消费者)?(?:可以?|能)?(?:因|由于|基于)(?:以下|下列)(?:任何|任一|任意)?(?:原因|理由)(?:之一)?(?:而)?(?:申请)?(?:退货|退回|退换货?)(?:所购买的|购买的|您的)?(?:商品|产品)?\s*:|(?:退货|退换货?)(?:仅|只)(?:接受|限于?|适用于)(?:以下|下列|如下)(?:原因|情况|情形|理由)\s*:|^(?:you )?(?:may|can) (?:only )?return (?:an item|items|your (?:items?|orders?|purchases?)|products?|goods)? ?for (?:any of |one of |either of )?the following reasons\s*:|^(?:we )?(?:only )?accept returns? (?:only )?(?:for|in|under) (?:any of |one of )?the following (?:reasons|circumstances|cases|situations)\s*:|^returns? (?:are|is) (?:only )?accepted (?:only )?(?:for|in|under) (?:any of |one of )?the following (?:reasons|circumstances|cases|situations)\s*:/;
/** A listed reason that is a defect, damage, a wrong or missing item, or goods not as described. */
const DEFECT_REASON =
  /质量|瑕疵|缺陷|故障|破损|损坏|错发|发错|寄错|漏发|少发|缺件|少件|短少|错误的?商品|收错|与(?:描述|页面|网页|图片|订单)不符|变质|过期|期已过|送错|假货|假冒|defect|damage|faulty|broken|wrong|incorrect|not as (?:described|advertised|pictured)|different (?:in [a-z]+ )?from (?:the|what)|counterfeit|fake|missing|expired|spoil/;
/** The heading over a clause found at `at` on the page: its lead and the 40 characters before it ("二、质量问题退换货"). */
function headingOver(reading: ClauseReading, at: number): string {
  return `${reading.lead} ${at > 0 ? reading.policy.slice(Math.max(0, at - 40), at) : ''}`;
}
/**
 * Reasons listed after a grant of the return, every one a defect or a wrong or missing item, and nothing else after them:
 * the grounds are closed to those ("You may return an item for any of the following reasons: the item is defective,
 * damaged, or not as described"). A list that begins an item ("…:1、") is a lead-in of items the lint reads apart.
 */
function defectReasonsListed(reading: ClauseReading): boolean {
  const lead = REASONS_LISTED_LEAD.exec(reading.own);
  if (!lead) return false;
  const list = reading.own.slice(lead.index + lead[0].length).replace(/[。.!]\s*$/, '');
  if (/^\s*(?:\d+\s*[.、)]|[(（]?[一二三四五六七八九十\d]+[)）、]|[①-⑩•\-*])/.test(list)) return false;
  const items = list
    .split(/[,;、/]|\bor\b|\band\b|或者|或是|或|以及|及|和/)
    .map((item) =>
      item.replace(/^\s*(?:either|if|when|the item is|the items are|it is|you (?:have )?received)\s*/, '').trim(),
    )
    .filter((item) => item.length > 0);
  if (items.length === 0 || !items.every((item) => DEFECT_REASON.test(item))) return false;
  // The heading over the clause, as its lead or as the words just before it on the page ("二、质量问题退换货（无理由退货见第一条）").
  const at = reading.policy.indexOf(reading.own);
  const heading = headingOver(reading, at);
  return (
    // Nor a no-reason return named in the list, on the line or in the heading ("…; change-of-mind returns are accepted
    // within 7 days", "（无理由退货见第一条）"), nor a heading that makes the list its defect cases ("质量问题退换货").
    !OWN_REASONS.test(`${list} ${reading.line} ${heading}`) &&
    !/质量|瑕疵|故障|缺陷|defect|faulty|damaged/.test(heading) &&
    // Nor on the page: beside a no-reason return the policy grants, the list reads as the defect cases, and of two open
    // readings the one that keeps the right decides (CIVIL-CODE 498).
    !noReasonGrantedOnPage(reading.policy)
  );
}
/**
 * A lead-in that grants returns only in the cases listed below it ("The ONLY valid reasons for returns:", "You may only
 * apply for the refund/return of items in the event that:", "Valid reasons for return and exchange:", "Refunds are only
 * issued for:", "仅以下情况可以退货:"), not its conditions ("Returns are only accepted if:" lists intactness as often as
 * faults).
 */
const GROUNDS_CLOSED_LEAD =
  /^(?=[^:]*\b(?:returns?|refunds?|exchanges?)\b)(?![^:]*\bpartial\b)[^:]*?(?:\bonly\b[^.:;]{0,60}\b(?:reasons?|grounds?|cases?|circumstances|situations?|events?|instances?)\b|\bvalid (?:reasons?|grounds?) for (?:a )?(?:returns?|refunds?|exchanges?)\b|\bonly (?:issued|given|accepted|offered|granted|provided|available|made|allowed) (?:for|on)\b|\b(?:issued|given|accepted|offered|granted|provided|available|made|allowed) only (?:for|on)\b|\bonly (?:issue|give|accept|offer|grant|provide|make) (?:refunds?|returns?|exchanges?) (?:for|on)\b|\bthe following (?:reasons?|grounds?|cases?|circumstances|situations?) only\b)[^.:;]{0,40}:-?$|(?:仅|只|仅限|只限|只有)(?:接受|受理|处理|提供)?(?:在|于|因|因为)?(?:以下|下列|如下)(?:任何|任一|几种)?(?:原因|情况|情形|理由)[^,;。:]{0,16}(?:退货|退换货?|退款)[^,;。:]{0,8}:$/;
/** The same grant without "only" ("以下情况可以退货:", "…因下列原因可要求退换商品:"): closed only by what it lists. */
const GROUNDS_LISTED_LEAD =
  /(?:以下|下列|如下)(?:任何|任一|几种)?(?:原因|情况|情形|理由)(?:之一)?(?:的|下|时)?,?(?:您|买家|顾客|消费者)?(?:均)?(?:可以?|能|方可|才可以?|才能)(?:申请|要求)?(?:办理)?(?:退货退款|退货|退换货?|退款)[^,;。:]{0,8}:$|\b(?:you )?(?:(?:may|can)|(?:is|are) (?:allowed|entitled|eligible) to) (?:only )?(?:return|refund|exchange|apply for (?:a |the )?(?:refund|return))[^.:;]{0,40}\b(?:for|in|if|when|under)\b[^.:;]{0,30}(?:reasons?|cases?|circumstances|situations?|event(?: that)?)\s*:-?$/;
/** A listed case that grants nothing the law gives for any reason: a delivery not made, the shop's discretion. */
const NO_RIGHT_CASE =
  /not (?:been )?received|never (?:arrived|received|delivered)|not (?:been )?delivered|未收到|没有收到|未送达|没有送达|未到货|decided by|at (?:our|the (?:site|shop|store)'?s?) discretion|由本(?:站|店|公司)(?:决定|认定)|(?:本店|本站|本公司|我们|商家|卖家)同意/;
/** Whether a lead-in grants returns in the cases listed below it, so that it is read with them (`groundsClosedByLead`). */
export function grantsListedGrounds(own: string): boolean {
  const text = own.trim();
  return (
    (GROUNDS_CLOSED_LEAD.test(text) || GROUNDS_LISTED_LEAD.test(text)) &&
    // Not who pays the shipping ("We cover return shipping only in the following cases:"), nor the cases after the window
    // ("After the 7-day return period, the ONLY valid reasons for returns are:", "签收超过7天后，仅以下情况可以退换货：").
    !/运费|邮费|快递费|\b(?:shipping|postage|freight|delivery (?:costs?|fees?|charges?))\b/.test(text) &&
    !GROUNDS_AFTER_WINDOW.test(text)
  );
}
/** A lead-in speaking of the time after a window ("after the 7-day return period", "7天后", "超过7天"). */
const GROUNDS_AFTER_WINDOW =
  /\b(?:after|beyond|past|once)\b[^:]{0,30}\b(?:days?|period|window)\b|(?:超过|超出|逾|满)[^,;:]{0,8}(?:天|日|期)|(?:天|日)(?:后|以后|之后)|期(?:满|过)(?:后|以后|之后)?/;
/**
 * A lead-in that closes the grounds of return to the cases listed below it, none of them the consumer's own reason: the
 * no-reason return is refused ("The ONLY valid reasons for returns:" over "Product proven to be defective" and "Wrong items
 * delivered"). Its items (`reading.items`) must each be a defect, damage, a wrong, missing or expired item, a delivery
 * not made or the shop's discretion, one at least a fault (alone, with no items after it, see `leadClosesUnseenList`).
 * Not beside a no-reason return the policy grants or under a heading that makes the list its defect cases.
 */
function groundsClosedByLead(reading: ClauseReading): boolean {
  if (OWN_REASONS.test(reading.own)) return false;
  if (reading.items === undefined)
    return (
      (grantsListedGrounds(reading.own) || GROUNDS_GRANTED_LEAD.test(reading.own.trim())) &&
      leadClosesUnseenList(reading)
    );
  if (!grantsListedGrounds(reading.own)) return false;
  const items = reading.items
    .split('；')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (
    items.length === 0 ||
    items.some((item) => OWN_REASONS.test(item) || (!DEFECT_REASON.test(item) && !NO_RIGHT_CASE.test(item)))
  )
    return false;
  if (!items.some((item) => DEFECT_REASON.test(item))) return false;
  const at = reading.policy.indexOf(reading.own);
  const heading = headingOver(reading, at);
  return !/质量|瑕疵|故障|缺陷|defect|faulty|damaged/.test(heading) && !noReasonGrantedOnPage(reading.policy);
}
/**
 * A lead-in granting a return or refund in the cases, circumstances or situations listed below it, or "if" they hold ("You
 * may request a return within 7 days of receiving your order under the following circumstances:", "You may return an item
 * if it is:", "Returns/Replacement is accepted under the following cases:", "如您收到的產品符合以下任何情況,可向本公司申請退貨或
 * 換貨:", "閣下可以在收到購買產品後的7天內因下列理由要求退還該產品:"); not the conditions a return must meet ("…under the following conditions:", "…if:", "符合以下條件…"), nor partial
 * refunds.
 */
const GROUNDS_GRANTED_LEAD =
  /^(?=[^:]*\b(?:returns?|refunds?)\b)(?![^:]*\bpartial\b)[^:]*?(?:\b(?:may|can) (?:only )?(?:request|apply for|ask for|claim) (?:a |an |the )?(?:return|refund|replacement)s?\b[^.:;]{0,60}\b(?:(?:in|under) (?:any of |one of )?the following (?:cases|circumstances|situations)|if one of the following (?:situations|cases|circumstances) (?:happens|occurs|applies))|\b(?:is|are|will be) (?:only )?(?:accepted|allowed|permitted|granted) (?:only )?(?:in|under) (?:any of |one of )?the following (?:cases|circumstances|situations)|\b(?:we|the (?:company|shop|store|seller)) (?:will|shall|can|may) (?:only )?(?:refund|issue (?:a )?refunds? (?:to )?)(?: (?:customers?|you|buyers?))? (?:only )?(?:in|under) (?:any of |one of )?the following (?:cases|circumstances|situations)|\b(?:may|can) return (?:an item|items?|it|the item|products?|goods|your (?:items?|order|purchase)) (?:only )?if (?:it is|they are))\s*:-?$|(?:符合|如有|出现|发生)(?:以下|下列|如下)(?:任何|任一)?(?:情况|情形)(?:之一)?(?:者|的|时)?[,]?(?:您|买家|顾客|消费者)?(?:均)?(?:可以?|能)(?:向[^,:;。]{0,8})?(?:要求|申请)(?:办理)?(?:退货退款|退货|退换货?|退款)[^,;。:]{0,8}:$|(?:因|基于|由于)(?:以下|下列|如下)(?:任何|任一)?(?:原因|理由)(?:之一)?(?:而)?(?:可以?)?(?:要求|申请)(?:办理)?(?:退货|退还|退回|退换货?|退款)[^,;。:]{0,8}:$|(?:本公司|本店|我们|我司)(?:将|会)?(?:于|在)(?:以下|下列|如下)(?:情况|情形)(?:下)?(?:退款|退货|办理退款)[^,;。:]{0,8}:$/;
/**
 * The same lead-in with no list after it in the text (the page cut at the lead-in, or the lead-in quoted alone: "Refund of a
 * product is allowed only under the following circumstances:-"): a no-reason return needs no circumstance, so a grant
 * closed to listed circumstances refuses it unless the list names the consumer's own reasons, which the text does not show
 * (the blind keys label every such lead-in void: 13 of 13 tuning clauses at `cn-policy.347`). Not where a list could still
 * follow on the page, of exchanges alone, under a heading that makes the list its defect or warranty cases, or beside a no-reason
 * return the page grants.
 */
function leadClosesUnseenList(reading: ClauseReading): boolean {
  const own = reading.own.trim();
  // (A list of the reasons for an exchange alone closes no return: "Our store will only accept the following reasons for exchange:".)
  if (!reading.policy.trimEnd().endsWith(own) || !/\b(?:returns?|refunds?|returned|refunded)\b|退/.test(own))
    return false;
  const at = reading.policy.lastIndexOf(own);
  const heading = headingOver(reading, at);
  return (
    !/质量|瑕疵|故障|缺陷|保固|保修|质保|售后保障|defect|faulty|damaged|warrant/.test(heading) &&
    !noReasonGrantedOnPage(reading.policy)
  );
}
const OWN_REASONS =
  /无理由|不想要|不喜欢|不合适|尺码|尺寸|个人原因|拍错|买错|any reason|no reason|change[- ](?:of[- ])?(?:your[- ])?mind|(?:don'?t|no longer) (?:like|want|need)|\bsize\b|\bfit\b/;
/** A no-reason return granted in a sentence ("支持7天无理由退货", "Change of mind: items may be returned within 7 days"). */
const NO_REASON_GRANTED =
  /(?<![不非无])(?:支持|享受|提供|享有|可以?|办理|接受)(?:申请)?(?:七|7|十五|15|三十|30)?\s*(?:天|日)?无理由(?:退货|退换)|(?:change[- ]of[- ]mind|for any reason|no[- ]reason|no questions asked)(?=[^.;\n]*\b(?:(?:may|can) (?:be )?return(?:ed)?|returnable|accept(?:s|ed)?|welcome|allowed|possible)\b)|\b(?:(?:may|can) (?:be )?return(?:ed)?|returnable|accept(?:s|ed)?)\b(?=[^.;\n]*(?:change[- ]of[- ]mind|change (?:your|their) minds?|for any reason|no[- ]reason|no questions asked))|\b(?:offer|offers|provide|provides|give|gives)\b[^.;\n]{0,30}\bno[- ]reason (?:returns?|refunds?)\b/;
/** A sentence refusing the no-reason return ("不支持七天无理由退货", "No change-of-mind returns"). */
const NO_REASON_REFUSED = /(?:不|无法|\bnot\b|\bno\b|cannot)[^。\n.;]{0,12}(?:无理由|change[- ]of[- ]mind|any reason)/;
/** Whether the policy grants a no-reason return in a sentence that refuses none (read once per policy). */
const noReasonGrantedOnPage = rememberedPerPolicy((policy: string): boolean =>
  policy
    .split(/[。\n;]|\.(?:\s|$)/)
    .some(
      (sentence) =>
        /无理由|reason|mind|questions/.test(sentence) &&
        NO_REASON_GRANTED.test(sentence) &&
        !NO_REASON_REFUSED.test(sentence),
    ),
);

/** A word that refuses, each time ("不予", "无法", "不退"). */
const REFUSAL_WORD_ALL = /不予|无法|不能|不可|恕不|概不|不接受|不支持|不办理|不受理|不退|不换|无权|不得/g;
/**
 * One refusal in a Chinese text, after a time past seven days or more from the goods' receipt or from no named start
 * ("…不满意的,自收到货之日起超过七天的,无法办理退换货"; not "不满意的不予退换，超过七天的也不予退换", nor a time counted from the
 * order, dispatch or payment, nor defects, other goods or grounds named beside it).
 */
function fullWindowBefore(text: string): boolean {
  const refusals = matchesOf(REFUSAL_WORD_ALL, text);
  const durations = readDurations(text);
  const first = durations[0];
  return (
    refusals.length === 1 &&
    first !== undefined &&
    durations.every((d) => (d.unit === 'day' || d.unit === 'week' || d.unit === 'month') && d.days >= 7) &&
    /(?:超过|超出|逾)[^,;。]{0,4}$/.test(text.slice(0, first.start)) &&
    first.start < (refusals[0]?.index ?? -1) &&
    !/发货|出货|出库|寄出|发出|付款|支付|下单|拍下|订单|购买|成交|除外|拆封|特价|秒杀|促销|活动|质量|瑕疵|故障/.test(
      text.replace(/(?:非|不是|不属于|并非)(?:商品)?(?:本身)?(?:的)?质量(?:问题|原因)/g, ' '),
    )
  );
}

/** The scope of the clause's refusal (see `RefusalScope`), computed once per reading. */
export function refusalScope(reading: ClauseReading): RefusalScope {
  const known = cache.get(reading);
  if (known) return known;
  let scope = computeScope(reading.text);
  // A grant with goods carved out ("除特价商品外均支持七天无理由退货", "all items except sale items can be returned",
  // "正价商品支持退换") refuses the carved-out goods: they are judged as if refused by name.
  if (scope === 'none') scope = exceptedScope(reading.text) ?? scope;
  // "Full-price items can be returned; sale items can also be returned": the full price named beside a grant of the sale
  // goods on the line carves nothing out.
  if (scope === 'sale' && FULL_PRICE_ONLY.test(reading.text) && SALE_GRANTED_TOO.test(reading.line)) scope = 'none';
  // The items under a refusal of everything but them ("…are non-refundable and non-returnable except when:"): the cases
  // where a return or refund is granted, none refused.
  if (reading.lead && REFUSED_EXCEPT_LEAD.test(reading.lead.trim())) {
    cache.set(reading, 'none');
    return 'none';
  }
  // A lead-in on its own ("以下情况不予退换货：", "The following items cannot be returned:") names nothing it
  // refuses: its list decides, as it does when the items follow it in the same text. Not a refusal of everything but the
  // cases below ("…non-returnable except when:"): that refuses every other return.
  // (A lead-in may end in a tilde: "亲，出现以下情形时，不支持7天无理由退货哦，还请您知晓~".)
  const endsAsLead =
    /:$/.test(reading.own) || (/~$/.test(reading.own) && /以下|下列|如下|\bfollowing\b/.test(reading.own));
  if (
    !REFUSED_EXCEPT_LEAD.test(reading.own.trim()) &&
    (((!reading.lead || endsAsLead || LIST_BELOW.test(reading.own)) &&
      (endsAsLead ||
        NOUN_HEADING.test(reading.own) ||
        /^(?:以下|下列|如下)[^,;。]{0,14}$/.test(reading.own) ||
        LIST_BELOW.test(reading.own))) ||
      CASES_LISTED_REFUSED.test(reading.own)) &&
    (scope === 'everything' || scope === 'goods')
  ) {
    const named = reading.own.replace(LIST_REFERENCE, ' ');
    // "We do not offer change of mind refunds, however we're happy to offer you a store credit or exchange subject to the
    // following conditions:": the no-reason return refused by name, whatever the list then grants.
    const noReasonRefused =
      scope === 'everything' &&
      NO_REASON.test(named) &&
      !LAWFUL_SCOPE.test(named) &&
      // Not the goods listed below refused ("以下商品不支持无理由退货：", "The following items are not eligible for change-of-mind
      // returns:"): those are each judged as listed.
      !GOODS_BELOW.test(reading.own) &&
      !NOUN_HEADING.test(reading.own);
    if (
      !noReasonRefused &&
      (scope === 'everything' ||
        !namesGoods(named) ||
        NOUN_HEADING.test(reading.own) ||
        LIST_EXCEPTED.test(reading.own) ||
        (CASES_BELOW.test(reading.own) && !DEFECTS_DEFINED_AWAY_LEAD.test(reading.own)))
    )
      scope = 'none';
  }
  // An item of a list of conditions for every return that names a defect ("满足以下条件可以办理退换货：1、商品
  // 本身存在质量问题"): the defect is made a condition of the return, so the no-reason right is refused.
  // Not one of alternative grounds ("符合下述条件其中一项，即可无条件退换货："): a defect among them refuses nothing.
  if (
    reading.lead &&
    CONDITIONS_LEAD.test(reading.lead) &&
    DEFECT_AS_CONDITION.test(reading.own) &&
    !/其中(?:一|任一|任何一)项|(?:条件|情形|情况)之一|任(?:一|何一)(?:项|种|个|条)|\bany (?:one )?of\b/.test(
      reading.lead,
    )
  ) {
    const own = reading.own;
    if (!NOT_QUALITY.test(own) && !LAWFUL_SCOPE.test(own) && !NO_REASON.test(own)) scope = 'everything';
  }
  // An item of an exclusion list quoted without its lead-in ("●　原厂包装拆封或安装电池开机启动", "Sale items
  // (special offers)"): a bare condition or class of goods with no verb reads as what the list refuses.
  // Under a lead-in the lead decides whether the list refuses ("请将以下物品一并寄回：赠品、发票" does not).
  // A bare heading ("书籍/杂志/图书:") keeps the item's own reading; a line that grants the return ("均需支持七天无理由退货。
  // 服装服饰、数码产品…") lists what is returnable, not what is refused.
  // Under a heading over warranty terms, timings or details ("保修期限", "商品详情介绍", "维修时效") an item is no exclusion.
  if (
    scope === 'none' &&
    isExclusionFragment(reading.own) &&
    // "赠品为附赠，不单独退换": the gift goes back with the goods, none refused.
    !(/赠|礼品/.test(reading.own) && reading.own.replace(GIFT_NOT_ALONE, '') !== reading.own) &&
    // "特价商品不参与满减活动": left out of a promotion, not of the return.
    !(
      (PROMOTION_OPT_OUT.test(reading.own) || PROMOTION_TOPIC_FIRST.test(reading.own)) &&
      !RETURN_TOPIC.test(reading.own) &&
      !/无理由|无忧|包退/.test(reading.own)
    ) &&
    !grantsAround(reading) &&
    !(reading.lead && INFO_LEAD.test(reading.lead) && !refusesAsLead(reading.lead)) &&
    // "以下商品不参与满减活动：折扣商品", "以下商品包邮：": a list about a promotion, shipping or invoices is no exclusion list.
    !(
      reading.lead &&
      NOT_RETURNS_LEAD.test(reading.lead) &&
      !RETURN_TOPIC.test(reading.lead) &&
      !NO_REASON.test(reading.lead)
    )
  ) {
    scope = scopeOf(reading.own.replace(NEGATED_DEFECT, ' '));
    // A bare sealed category quoted without its lead ("食品类商品保质期以包装为准") may be named for anything: in doubt.
    if (scope === 'goods' && !reading.lead && sealGoodsWhole(reading.own)) scope = 'nature';
  }
  // "七天无理由退货：特价商品不参与": an opt-out with no object of its own takes the return the heading grants.
  if (scope === 'none') {
    const elliptic = ELLIPTIC_OPT_OUT.exec(reading.own);
    const granted =
      elliptic && (reading.lead ? GRANT_HEADING.exec(reading.lead) : GRANT_BEFORE_OPT_OUT.exec(reading.own));
    if (
      elliptic?.[1] &&
      granted &&
      !NOT_RETURNS_LEAD.test(reading.own.replace(/不参与/g, ' ')) &&
      // Money or gifts left out ("赠品除外", "运费除外"): what the law lets the shop keep, no goods refused.
      !/^(?:赠品|赠送)|(?:赠品|礼品|运费|邮费|快递费|手续费|优惠券|积分|红包|差价)$/.test(elliptic[1]) &&
      !defectExceptedFromShipping(elliptic[1], reading.own)
    )
      scope = computeScope(`${elliptic[1]}不参与${granted[0]}`);
  }
  // "7-day no-reason returns:\nSale items are excluded", "Not available for sale items": the English opt-out under a grant.
  if (scope === 'none' && reading.lead && (GRANT_EN.test(reading.lead) || RETURNS_HEADING.test(reading.lead.trim()))) {
    const optOut = ELLIPTIC_OPT_OUT_EN.exec(reading.own.trim());
    const goods = optOut?.[1] ?? optOut?.[2];
    if (goods && !/\b(?:shipping|postage|fees?|costs?|gifts?|free gifts?|coupons?|vouchers?)\b/.test(goods))
      scope = computeScope(`${goods} cannot be returned`);
  }
  // "退换货：\n不支持", "Returns:\nNot supported": a bare no under a returns heading refuses every return.
  if (scope === 'none' && reading.lead && BARE_NO.test(reading.own.trim()) && RETURNS_HEADING.test(reading.lead.trim()))
    scope = 'everything';
  // A list item under a lead-in ("以下情况不予退货：…"): the lead gives the refusal, the item its scope.
  if (reading.lead && scope !== 'none') {
    const bare = reading.own.replace(FINAL_SALE_IDIOM, ' ');
    // A sentence about who pays what ("…物流费用需要客户承担", "客户需补交邮费差价") under a refusal's heading is no
    // case the heading refuses: the money rules judge it. Nor is an item naming what the list's conditions spare ("Your return
    // must meet the following criteria…:" + "The only exception would be the case of a defective product."), the shop's own
    // statement of its care ("When returns are not accepted:" + "We take care to package items securely…"), or traits said to be
    // no fault ("Non-Returnable Items" + "…slight variations in colour and texture are … not considered faults").
    if (
      (!refuses(reading.own) &&
        (COSTS_TOPIC.test(bare) ||
          EXCEPTION_ITEM_EN.test(reading.own) ||
          SHOP_CARE_EN.test(reading.own) ||
          NOT_A_FAULT_EN.test(reading.own))) ||
      MONEY_ITEM.test(bare)
    ) {
      cache.set(reading, 'none');
      return 'none';
    }
    let own = refuses(reading.own) ? computeScope(reading.own) : scopeOf(bare);
    // "以下商品拆封后不支持七天无理由退货：食品", "…在购买时经您确认后不适用…：化妆品": the lead's opening or confirmation
    // qualifies the sealed goods listed under it.
    if (
      own === 'goods' &&
      sealGoodsWhole(bare) &&
      (USED.test(reading.lead) || (CONFIRMED.test(reading.lead) && !FAKE_CONFIRMATION.test(reading.lead)))
    )
      own = 'lawful';
    // An item listing several goods or conditions ("任何特价、折扣产品、赠品"): each is refused on its own.
    if (!refuses(reading.own) && (own === 'lawful' || own === 'nature')) own = listedItems(bare) ?? own;
    // "超过保质期的商品", "商品已被洗涤": goods named by a condition are judged by the condition, not as goods excluded.
    if (
      own === 'goods' &&
      !refuses(reading.own) &&
      !OTHER_GOODS.test(bare) &&
      !ORDINARY_GOODS.test(bare) &&
      !DOMAIN_GOODS.test(bare) &&
      /(?:已|被|过|超过|未|无|导致|造成)[^,;。]{0,8}的(?:商品|产品|货品|物品)|(?:商品|产品|货品)[^,;。]{0,3}(?:已|被|有|出现|超过|未|无)/.test(
        bare,
      )
    )
      own = 'none';
    // "以下状况亦不接受瑕疵退换货：配件不全" / "退货的商品不全": intactness is no ground for refusing a defect's return (RULES §2,
    // NRR-MEASURES 35), so an intactness item under a refusal of defect returns narrows the defect's remedy.
    if (
      (own === 'lawful' || own === 'none') &&
      DEFECT_RETURNS_LEAD.test(reading.lead.replace(CARVED_OUT, ' ')) &&
      refusesAsLead(reading.lead) &&
      INTACTNESS_ITEM.test(bare) &&
      !CONSUMER_DAMAGE.test(bare)
    )
      own = 'quality';
    // "Non-Returnable Items" over "Microphones": a bare English noun of goods no list names is goods the lead-in excludes.
    if (
      own === 'everything' &&
      !refuses(reading.own) &&
      BARE_GOODS_EN.test(reading.own.trim()) &&
      refusesAsLead(reading.lead)
    )
      own = 'goods';
    if (own !== 'everything') scope = own;
  }
  // "门店购买的商品非质量问题不退换": no no-reason right to refuse in a shop sale; defect returns are kept.
  // The English no-reason return named ("not eligible for no-reason returns") is that regime too.
  if (
    inStoreOnly(reading.text) &&
    (NOT_QUALITY.test(reading.text) ||
      NO_REASON.test(reading.text) ||
      /\bno[- ]reasons? (?:returns?|refunds?)\b|\bno[- ]questions?[- ]asked\b/.test(reading.text))
  )
    scope = 'none';
  // "您可以因以下任何原因退回所购买的商品:商品有缺陷或损坏,或者您收到了错误的商品": reasons listed after the grant, each a
  // defect or a wrong item, close the grounds: the no-reason return is refused. (Not an item under a lead-in: it is one of
  // a list the lint does not see whole here.)
  if (scope === 'none' && !/:\s*$/.test(reading.lead) && defectReasonsListed(reading)) scope = 'everything';
  // "The ONLY valid reasons for returns:" over faults only: the lead-in refuses the no-reason return itself.
  if (scope === 'none' && groundsClosedByLead(reading)) scope = 'everything';
  // "Returns and Exchanges Policy — Non-Returnable Items": a heading's path ending in a bare heading of goods refuses nothing
  // by itself, as the bare heading alone does not.
  if (scope === 'everything' && HEADING_PATH_EN.test(reading.own.trim())) scope = 'none';
  // Under a bare English heading ("Non-Returnable Items"), a sentence of its own that refuses nothing alone ("To complete your
  // return, we require a receipt or proof of purchase.", "Please do not send your purchase back to the manufacturer.") is a
  // step of the procedure, not an item the heading refuses.
  if (
    scope === 'everything' &&
    BARE_HEADING_EN.test(reading.lead) &&
    OWN_SENTENCE_EN.test(reading.own) &&
    computeScope(reading.own) === 'none'
  )
    scope = 'none';
  // "EXCHANGES" or "Refund Policy" over "We only replace items if they are defective or damaged": the item speaks of
  // replacing alone, an exchange beyond the law; the heading's word does not make it a return refused.
  if (
    scope === 'quality' &&
    reading.lead !== '' &&
    REPLACEMENT_ONLY_EN.test(reading.own) &&
    !RETURN_OR_REFUND_NAMED.test(reading.own) &&
    computeScope(reading.own) === 'none'
  )
    scope = 'none';
  // "Change-of-mind returns must be arranged directly with the manufacturer", "无理由退货请联系厂家办理": the no-reason return, a
  // right against the seller (CRPL 25 ¶1), sent to someone else.
  if (scope === 'none' && NO_REASON_TO_MAKER.test(reading.own)) scope = 'everything';
  // Exchanges alone limited, a remedy beyond the no-reason return (a return, not an exchange), where no return or refund is
  // named: "We cannot offer exchanges on items that are sold out" (goods the shop no longer has), "Exchanges are only allowed
  // for defective or incorrectly delivered items".
  if (
    (scope === 'goods' || scope === 'everything') &&
    !RETURN_OR_REFUND_NAMED.test(reading.own) &&
    ((/\bexchanges?\b/.test(reading.own) && EXCHANGE_SOLD_OUT_EN.test(reading.own)) ||
      (scope === 'everything' && EXCHANGES_LIMITED_EN.test(reading.own)))
  )
    scope = 'none';
  cache.set(reading, scope);
  return scope;
}

/** The no-reason return sent to the maker ("Change-of-mind returns are handled by the brand's service centre", "无理由退货请联系厂家"). */
const NO_REASON_TO_MAKER =
  /\b(?:for|with) (?:change[- ]of[- ]mind|no[- ]reason) (?:returns?|refunds?)\b[^.;]{0,20}\b(?:please )?(?:contact|reach out to|get in touch with) (?:the )?(?:manufacturer|maker|brand|supplier)s?\b|\b(?:change[- ]of[- ]mind|no[- ]reason)\b[^.;]{0,40}\b(?:are|is) not (?:handled|processed|dealt with|accepted) by us\b|\b(?:change[- ]of[- ]mind|no[- ]reason)\b[^.;]{0,60}\b(?:arranged|handled|processed|made|dealt with|directed|sent)\b(?: directly)? (?:with|by|through|to) (?:the |its |their )?(?:manufacturer|maker|brand|supplier)s?\b|(?:七天|7天|七日|7日)?无理由退(?:货|换货?|款)(?![^,;。]{0,6}(?:运费|邮费|快递费))[^,;。]{0,8}(?:请|需|须|均)?(?:直接)?(?:联系|找|由|向)(?:商品的?)?(?:厂家|厂商|品牌方|生产商|制造商|生产厂家)/;
/** A return or a refund named ("returns", "refundable", "退"): what an exchange-only item does not speak of. */
const RETURN_OR_REFUND_NAMED = /\b(?:returns?|returned|returnable|refunds?|refunded|refundable)\b|退/;
/** Goods the shop no longer has ("sold out", "out of stock"). */
const EXCHANGE_SOLD_OUT_EN = /\b(?:sold out|out of stock|no longer (?:in stock|available))\b/;
/** Exchanges limited to some cases ("Exchanges are only allowed for…", "Exchanges are available only if…"). */
const EXCHANGES_LIMITED_EN =
  /^\s*exchanges? (?:are|is|will be|can be|may be) (?:only )?(?:allowed|accepted|offered|available|possible|permitted|made|given)(?: only)? (?:for|on|if|when)\b/;

/** An item that names an exception of its own ("The only exception would be…", "The exception is…"), nothing it refuses. */
const EXCEPTION_ITEM_EN =
  /^\s*(?:the |one |an )?(?:only |sole )?exceptions? (?:would be|will be|is|are|being|to this (?:rule|policy) (?:is|would be))\b/;

/**
 * A bare English noun of goods, one to three words ending in a plural ("Microphones", "Wooden toys", "Headphones / earphones"):
 * no verb, no quantifier ("all", "any") and no condition of the goods.
 */
const BARE_GOODS_EN =
  /^(?!(?:all|any|every|each|other|the|some|certain|items?|products?|goods|merchandise)\b)(?!(?:returns|refunds|exchanges|orders|sales|purchases|terms|conditions|exceptions|details|notes)\.?$)(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*[a-rt-z]s(?:\s*\/\s*[a-z][a-z-]*s)?\.?$/;

/** The shop's statement of its own care ("We take care to package items securely…", "We inspect every item before…"). */
const SHOP_CARE_EN =
  /^\s*we (?:always |carefully |do our best to |try to |strive to |aim to )?(?:take (?:great )?care|package|pack|inspect|check|test|ensure|make sure)\b/;

/**
 * Traits of the goods said to be no fault ("…slight variations in colour and texture are part of their character and not
 * considered faults"): what a defect is not, no case refused.
 */
const NOT_A_FAULT_EN =
  /\b(?:are|is) (?:part of [^.;]{1,40} and )?not (?:to be )?(?:considered|deemed|regarded as|classed as|treated as|classified as) (?:an? )?(?:faults?|defects?|flaws?|faulty|defective|imperfections?)\b/;

/** A heading's path whose last part is a bare heading of goods ("Returns Policy / Non-Returnable Items"). */
const HEADING_PATH_EN =
  /^[a-z][a-z &'-]{0,40}?(?:\s+[—–-]\s+|\s*\/\s*)(?:non-returnable|non-refundable|final[- ]sale|excluded|exceptions?)(?: (?:items?|products?|goods|merchandise))?:?$/;
/** An English heading of goods without a verb ("Non-Returnable Items", "Exceptions / non-returnable items:"; not "No returns"). */
const BARE_HEADING_EN =
  /^(?=[^:]*\b(?:items?|goods|products?|merchandise|exceptions?)\b)\s*[a-z][a-z /&'-]{0,48}:?\s*$/;
/**
 * A sentence with its own subject or request ("Please…", "To complete your return, we…", "We require…", "Note: All returns
 * must be authorized by our team").
 */
const OWN_SENTENCE_EN =
  /^\s*(?:note:\s*)?(?:to complete (?:your|the) return|please\b|we (?:require|need|ask|will|also)\b|you (?:will|must|should|need|may|can)\b|(?:all )?returns? (?:must|should|need to|will) be (?:authori[sz]ed|approved|requested|arranged|registered)\b)/;

/** An English grant of the statutory return ("7-day no-reason returns", "seven day returns"). */
const GRANT_EN =
  /\b(?:7|seven)[- ]days? (?:no[- ]reasons? |no[- ]questions?[- ]asked |change[- ]of[- ]mind )?returns?\b/;
/** Goods opting out of an English grant with no object of their own ("Sale items are excluded", "Not available for sale items"). */
const ELLIPTIC_OPT_OUT_EN =
  /^(?:but |however,? |note:? )?(?:this )?(?:is |are )?not (?:available|applicable|valid|offered) (?:for|on|to) ([a-z][a-z0-9 /&$£¥.,-]{1,40}?)\.?$|^(?:but |however,? |note:? )?([a-z][a-z /&,-]{1,40}?) (?:are|is) (?:excluded|not included|not eligible|exempt|not covered)\.?$/;
/** A bare no ("不支持", "暂不支持", "Not supported", "None"), with nothing it is said of. */
const BARE_NO =
  /^(?:\d+[.、]\s*)?(?:暂|均|一律|都|暂时)?(?:不支持|不提供|不接受|不可以?|不能|不办理|不受理|无|没有|不退不换|概不退换)[。.!]?$|^(?:\d+[.]\s*)?(?:not (?:supported|available|accepted|offered|possible|applicable)|none|no|n\/a)[.!]?$/i;
/** A heading naming returns, refunds or after-sales and nothing else ("退换货：", "七天无理由退货：", "Returns:"). */
const RETURNS_HEADING =
  /^(?:\d+[.、]\s*|[一二三四五六七八九十]+、\s*)?(?:(?:7|七)\s*(?:天|日)\s*)?(?:无理由)?(?:退换货|退货|退换|退款|售后(?:服务)?)(?:服务|政策|说明|须知)?\s*:?$|^(?:\d+[.]\s*)?(?:(?:7|seven)[- ]days? (?:no[- ]reasons? )?)?(?:returns?|refunds?|(?:returns?|exchanges?|refunds?) (?:&|and) (?:returns?|refunds?|exchanges?))(?: policy)?\s*:?$/i;

/** Goods left out of a promotion, a coupon or a price guarantee: no return refused. */
const PROMOTION_OPT_OUT =
  /(?:不参与|不参加|不享受|不适用|不可使用|不能使用|不可叠加|不叠加|不与)[^,;。]{0,6}(?:满减|优惠|活动|折扣|打折|积分|包邮|券|会员|价保|返现|赠品|抽奖|秒杀|团购|同享)/;
/** A promotion named first, its goods after a colon ("满减活动：特价商品不参与"). */
const PROMOTION_TOPIC_FIRST = /^[^:]{0,8}(?:满减|优惠|活动|折扣|打折|包邮|积分|券|价保|会员|返现|秒杀|团购)[^:]{0,6}:/;
/** Goods opting out with no object of their own ("特价商品不参与", "内衣不适用"), at the clause's end. */
const ELLIPTIC_OPT_OUT =
  /(?:^|[:,])\s*([^:,;。]{1,20}?)(?:均|都|一律|则|将|即)?(?:不参与|不适用|不享受|不支持|不在此列|不包括在内|除外)\s*[。.!]?$/;
/** A heading that grants the return ("七天无理由退货", "7天退换货服务"): what an elliptic opt-out below it leaves out. */
const GRANT_HEADING =
  /(?:\d+|[一二三四五六七八九十]+)\s*(?:天|日)(?:无理由|无忧|放心)?(?:退换货|退货|退换)|无理由退(?:换)?货?/;
const GRANT_BEFORE_OPT_OUT = new RegExp(`^[^:,;。]*?(?:${GRANT_HEADING.source})[^:,;。]{0,8}[:,]`);

/** An item naming only money, not goods ("运费", "已使用的优惠券"): what is not refunded is no return refused. */
const MONEY_ITEM =
  /^(?:\d+[.、]\s*)?(?:已使用的?|使用过的?)?(?:运费|邮费|快递费|来回运费|往返运费|手续费|差价|优惠券|积分|红包|(?:(?:original|outbound|initial|return) )?(?:shipping|delivery|postage|freight)(?: (?:and|&) (?:handling|delivery))?(?: costs?| fees?| charges?)?|postage|(?:used )?coupons?)[。.;]?$/;

/** What an item says about money: freight, fees, price differences. */
const COSTS_TOPIC =
  /(?:运费|邮费|快递费|物流费用?|运输费用?|手续费|服务费|差价|费用)[^,;。]{0,8}(?:承担|负担|自付|自理|补交|补缴|缴纳|支付|收取|扣除)|(?:承担|负担|自付|自理|补交|补缴|缴纳|支付|收取|扣除)[^,;。]{0,8}(?:运费|邮费|快递费|物流费用?|运输费用?|手续费|服务费|差价|费用)|缴费|(?:pay|pays|paid|charged?|responsible for)[^.;]{0,20}(?:shipping|postage|fees?|costs?)\b/;

const FINAL_SALE_IDIOM =
  /(?:all\s+)?sales?\s+(?:on|of)\s+(?=[^.;]{1,40}?\s+(?:are|is)\s+(?:considered\s+)?final\b)|final\s+sale|all\s+sales?\s+(?:are\s+)?final|sales?\s+(?:are\s+)?final|sale\s+(?=(?:items?|products?|purchases?)\s+(?:are|is)\s+final)/g;
const REFUSAL_AT =
  /不(?:在|属于)[^,;。]{0,10}(?:退|换)|(?:不|无法|不能|不可|不得|不予|恕不|概不|谢绝|拒绝|一律不|均不|都不|不再)(?:予以|予|给予|能|可以|可|以|办理|受理|提供|支持|接受|享受|适用|允许|进行|为您|做|任何|七天|7天|七日|7日|无理由|再|包){0,4}(?:退|换货|调换|退换)|只换不退|不退不换|概不退换|售出不退|一经售出/;

/** Goods labelled "final sale" are sale goods ("final sale items", "items marked final sale"). */
const FINAL_SALE_GOODS =
  /sale\s+(?:items?|products?|purchases?|goods)\s+(?:are|is)\s+(?:considered\s+)?final|final\s+sale\s+(?:items?|products?|goods|merchandise)|(?:items?|products?|goods)\s+(?:marked|labell?ed|designated|sold)\s+(?:as\s+)?final\s+sale|final\s+sale\s+or\s+clearance/;

/**
 * Goods listed before a refusal ("特价商品、开箱商品及易腐品恕不接受退换", "not eligible for return: customized
 * products, fragile items"): each is refused on its own, so one the law does not let the shop refuse is void even
 * beside a lawful one.
 */
/** The subject of an English refusal of goods, from the sentence's start: "(all) x, y and z (items) are final sale". */
const EN_SUBJECT_REFUSED =
  /^(?:[^a-z]{0,4})?(?:all |any )?([a-z][a-z /&,-]{2,80}?(?: items?| products?| goods| purchases?| orders?| merchandise| pieces?)?) (?:are|is|will be) (?:considered )?(?:final sale|non-?refundable|non-?returnable|not (?:returnable|refundable|eligible for (?:a )?(?:return|refund|exchange)))/;
function listedScope(whole: string): RefusalScope | undefined {
  // Examples in brackets after a category ("虚拟商品(包括且不限于序列号、激活码等)") are its instances, not items.
  const full = whole.replace(EXAMPLES, ' ');
  const at = REFUSAL_AT.exec(full);
  const zh =
    at && at.index > 0
      ? full.slice(Math.max(full.lastIndexOf(',', at.index), full.lastIndexOf(';', at.index)) + 1, at.index)
      : '';
  const colon = full.lastIndexOf(':');
  const fromColon = /[a-z]/.test(full) && colon > 0 && refuses(full.slice(0, colon));
  // The goods named before an English refusal ("Customized/Handmade purchases are final sale", "Custom, handmade and
  // perishable items are non-refundable"): each is refused, and a bare adjective shares the noun of the last.
  const subject = fromColon
    ? ''
    : (EN_SUBJECT_REFUSED.exec(full)?.[1] ?? '').replace(/\b(?:purchases?|merchandise|pieces?)$/, 'items');
  const shareNoun = /\b(?:items?|products?|goods)$/.test(subject);
  const en = fromColon ? full.slice(colon + 1) : subject;
  // Conditions joined before the one noun they share ("已拆封或使用过的食品") are that noun's conditions, not items.
  const shared =
    /^(?:已|被|未)?[^、/及和与或的]{1,6}(?:或|及|和|、)(?:已|被)?[^、/及和与或的]{1,6}的[^、/及和与或]{1,8}$/.test(zh);
  const enItems = en
    .split(/,|\/|&|\band\b|\bor\b/)
    .map((item) => item.trim())
    .map((item) =>
      shareNoun && /^[a-z-]+$/.test(item)
        ? // Fresh and frozen goods are the perishables' own kinds.
          /^(?:fresh|frozen|chilled|refrigerated|live)$/.test(item)
          ? 'perishable items'
          : `${item} items`
        : item,
    );
  const items = [...(shared ? [zh] : zh.split(/[、/]|及|和|与|或/)), ...enItems]
    .map((item) =>
      item
        .trim()
        .replace(/[.。;]$/, '')
        .replace(/^such as\s+/, ''),
    )
    .filter((item) => !/^(?:certain|some|these|such|all|other|any|the following)\b/.test(item))
    .filter((item) => item.length >= 2);
  return firstVoidItem(items, true);
}

/** Scopes an item refuses for a reason of its own the law does not give the shop. */
const VOID_ITEM_SCOPES = new Set<RefusalScope>(['sale', 'opened', 'trial', 'gift']);

/**
 * The scope of the first of two or more listed items that the law does not let the shop refuse; with
 * `nouns`, a bare noun of goods no category or nature covers ("易碎品", "进口产品", "fragile items") too.
 */
function firstVoidItem(items: readonly string[], nouns: boolean): RefusalScope | undefined {
  if (items.length < 2) return undefined;
  // Every item before this one is sealed media or software (kept as the items are read: one test per item).
  let sealedBefore = true;
  for (const [index, item] of items.entries()) {
    const scope = scopeOf(item);
    if (index > 0) {
      const before = items[index - 1] as string;
      sealedBefore &&=
        SEAL_CATEGORY.test(before) ||
        /音像|软件|光盘|光碟|影碟|唱片|数字化|\bcds?\b|\bdvds?\b|software|audio|video/.test(before);
    }
    // "软件激活或拆封后": a condition with no goods of its own speaks of the goods named before it.
    if (
      index > 0 &&
      // Only where the opening is what excludes them: unsealed media and software, the 9(1) seals.
      sealedBefore &&
      scope === 'opened' &&
      !namesGoods(item) &&
      ![SEAL_CATEGORY, STATUTORY_CATEGORY, NATURE_CATEGORY, ORDINARY_GOODS, OTHER_GOODS, DOMAIN_GOODS].some((p) =>
        p.test(item),
      )
    )
      continue;
    if (VOID_ITEM_SCOPES.has(scope)) return scope;
    if (
      nouns &&
      (scope === 'goods' || scope === 'everything') &&
      item.length <= (/[a-z]/.test(item) ? 40 : 12) &&
      !HAS_VERB.test(item) &&
      ![NATURE_CATEGORY, STATUTORY_CATEGORY, SEAL_CATEGORY, QUALITY, LAWFUL_SCOPE, DISCLOSED].some((p) =>
        p.test(item),
      ) &&
      /(?:品|货|件|款|类|物|items?|products?|goods)$/.test(item)
    )
      return 'goods';
  }
  return undefined;
}

/** The first of the listed goods or conditions of a bare list item that the law does not let the shop refuse. */
function listedItems(own: string): RefusalScope | undefined {
  const items = own
    .split(/[、,/]|及|和|与|或/)
    .map((item) => item.trim())
    .filter((item) => item.length >= 2);
  return firstVoidItem(items, false);
}

/**
 * Goods named by what they are not ("非定制商品", "除生鲜外的商品"): the other goods, outside the category named.
 */
const NEGATED_CATEGORY =
  /(?<!除(?:了)?)(?:定制|订制|定做|订做|生鲜|鲜活|易腐|虚拟|食品|化妆品|贴身|内衣)(?:类)?(?:商品|产品)?(?:以外|之外)的?(?:其他|其它|其余)?(?:商品|产品|货品)?|(?<![是并])非(?:定制|订制|定做|订做|生鲜|鲜活|易腐|虚拟|数字|数码内容|报纸|期刊|音像|食品|化妆品|贴身|内衣)(?:类)?(?:的)?(?:商品|产品|货品)|除(?:了)?(?:定制|订制|定做|订做|生鲜|鲜活|易腐|虚拟|食品|化妆品|贴身|内衣)(?:类)?(?:商品|产品)?(?:以外|之外|外)的?(?:其他|其它|其余)?(?:商品|产品|货品)/g;

/** Goods named by a word of their own or of a category ("特价商品", "服装", "内衣", "定制"). */
function namesAnyGoods(part: string): boolean {
  return (
    namesGoods(part) ||
    ORDINARY_GOODS.test(part) ||
    SALE.test(part) ||
    NATURE_CATEGORY.test(part) ||
    STATUTORY_CATEGORY.test(part) ||
    OTHER_GOODS.test(part)
  );
}

/**
 * A Chinese sentence that grants in one part and refuses goods it names in another ("特价商品可以退货，只有定制商品不退",
 * "特价商品也支持7天无理由退货，但定制商品不退"): the granted goods are not what is refused, so the granting parts are left
 * out. A refusing part that names no goods ("特价商品可以换货，不可退货") refuses the goods of the part before: kept whole.
 */
function withoutGrantingParts(raw: string): string {
  if (raw.length > ELIDED_READ || !/[,;]/.test(raw) || !/不|谢绝|拒绝|无法/.test(raw) || !allows(raw)) return raw;
  const parts = raw.split(/[,;]/);
  if (parts.length > ELIDED_PARTS) return raw;
  // A part that grants goods of its own, with no condition of theirs ("…，密封未拆封的商品可在7天内申请退货" qualifies the refusal).
  const granting = parts.map(
    (part) =>
      allows(part) &&
      !/不|除|非|无法|没有|未|拆|封|完好|如|若|须|需|只|仅/.test(part) &&
      namesAnyGoods(part) &&
      !refuses(part),
  );
  if (!granting.includes(true)) return raw;
  const kept = parts.filter((_, index) => !granting[index]).map((part) => elidedRefusal(part) ?? part);
  const refused = kept.map((part) => refuses(part));
  const refusing = kept.filter((_, index) => refused[index]);
  // A grant with a condition left beside them ("…，密封未拆封的商品可在7天内申请退货") reads with the whole sentence.
  if (kept.some((part, index) => !refused[index] && allows(part))) return raw;
  if (
    refusing.length === 0 ||
    !refusing.every((part) => namesAnyGoods(part.replace(/^\s*(?:但|但是|只有|仅有|唯有)/, '')))
  )
    return raw;
  return kept.join(',');
}

const computeScope = rememberedPerPolicy(computeScopeUncached);
function computeScopeUncached(text: string): RefusalScope {
  // "Shipping costs paid by us to deliver the products out to customer is non-refundable": a fee not refunded, whatever
  // goods the sentence names on the way.
  if (SHIPPING_NOT_REFUNDED_EN.test(text)) return 'none';
  // "若您透过零售商购买本品牌的产品，相关产品不能退回本店": goods another seller sold are returned to it, as "purchased from other
  // retailers" says in English.
  if (BOUGHT_ELSEWHERE_ZH.test(text)) {
    const rest = text.replace(BOUGHT_ELSEWHERE_PARTS, ' ');
    if (rest !== text) return computeScopeUncached(rest);
  }
  // "退货运费由客户承担,且不予退还", "对退货遗失的包裹概不负责": the fee or the return parcel's loss, no return refused.
  const unfeed = withoutGrantingParts(text)
    .replace(FEE_NOT_REFUNDED, ' ')
    .replace(CARD_FEE_NOT_REFUNDED_EN, ' card fee ');
  const raw = OUTBOUND_NAMED.test(unfeed) ? unfeed : unfeed.replace(RETURN_LOSS_DISCLAIMED, ' ');
  const full = /非|除|以外|之外/.test(raw) ? raw.replace(NEGATED_CATEGORY, '其余商品') : raw;
  const scope = wholeScope(full);
  // "客製、訂製、預購商品…無法接受退換貨": pre-ordered goods named among made-to-order ones are not made to the buyer's order.
  if (scope === 'lawful' && PRE_ORDER_REFUSED.test(full) && !/定金|订金|尾款|deposit/.test(full)) return 'goods';
  if (scope === 'lawful' || scope === 'nature') {
    const listed = listedScope(full);
    if (listed) return listed;
  }
  // English commas separate the items of one list: only Chinese sentences join refusals this way.
  if ((scope !== 'lawful' && scope !== 'time') || !/[\u4e00-\u9fff]/.test(full)) return scope;
  // Refusals joined in one sentence ("已下水洗涤的商品不退，特价款不退"): a part that refuses for a reason of its
  // own the law does not give is void even when another part's reason is lawful.
  const parts = full.split(/[,;]/);
  for (const part of parts) {
    if (part.length < 3 || part.length === full.length) continue;
    const own = wholeScope(part);
    // "医用口罩属医疗器械，拆封后不支持退货": a part with no goods of its own speaks of the goods named before it.
    if ((own === 'opened' || own === 'trial') && scope === 'lawful' && !namesGoods(part) && parts[0] !== part) continue;
    // "食品不支持退货，除非密封包装未拆封": the seal named in another part qualifies the food this part excludes.
    if (own === 'goods' && sealGoodsQualified(part, full)) continue;
    if (VOID_SCOPES.has(own)) return own;
    // "水果生鲜因个人原因拒收的不退款，非生鲜商品因个人原因不退不换": other goods of their own refused for any reason.
    if (own === 'everything' && /其余商品/.test(part)) return own;
  }
  return scope;
}

/** Pre-ordered goods named before a refused return ("預購商品…無法接受退換貨", "客製、預購商品恕不退換"). */
const PRE_ORDER_REFUSED =
  /(?:^|[、,/和及或])(?:预购|预售|预订)(?=[、,/和及或]|商品|产品|款|货品)[^。]{0,40}(?:不|无法|恕|拒)[^。]{0,8}(?:退|换)/;

/** A replacement or exchange named in English ("We only replace items if…", "exchanged for the same item"). */
const REPLACEMENT_ONLY_EN = /\b(?:replace|replaced|replacements?|exchange|exchanged|exchanges)\b/;

/** Goods bought from another seller ("透过零售商购买", "在其他平台购买的商品"). */
const BOUGHT_ELSEWHERE_WORDS =
  '(?:透过|通过|经由|经|从|在)(?:其他|其它|第三方|授权|各)?(?:零售商|经销商|代理商|分销商|平台|商店|店铺|门店|渠道)(?:处)?(?:所)?购买';
const BOUGHT_ELSEWHERE_ZH = new RegExp(BOUGHT_ELSEWHERE_WORDS);
/**
 * The part naming them, with nothing else joined to it, and a part after it that points back to them ("…,相关产品不能退回…");
 * other parts of the sentence are read as they are ("…,特价商品不退不换").
 */
const BOUGHT_ELSEWHERE_PARTS = new RegExp(
  String.raw`(?<=^|[,;。])[^,;。]*?${BOUGHT_ELSEWHERE_WORDS}(?![^,;。]*(?:及|和|与|、|以及|或))[^,;。]*(?:,(?=\s*(?:相关|该|此|这些|上述|所述))[^,;。]*)?`,
  'g',
);
/**
 * A sentence whose subject is the shipping, said not to be refunded, and nothing after it ("Original shipping costs are
 * non-refundable", "Freight is not refundable", "Return freight is not refundable").
 */
const SHIPPING_NOT_REFUNDED_EN =
  /^(?:the |all |any )?(?:(?:original |outbound |initial |standard )?(?:shipping|delivery|postage|freight)(?: (?:and|&) handling)? (?:costs?|fees?|charges?)\b[^.;]{0,80}\b|(?:original |outbound |initial |standard |return )?(?:shipping|delivery|postage|freight)(?: (?:and|&) handling)? )(?:is|are|will be) (?:non-refundable|not refundable|not refunded)\s*[.!]?\s*$/;
/** A fee not refunded ("运费由客户承担,且不予退还"), not the price named with it ("货款及运费不予退还", "且不予退还货款"). */
const FEE_NOT_REFUNDED =
  /(?<!(?:货款|金额|退款|价款|款项|商品款)(?:及|和|与|、|以及))(?:运费|邮费|快递费)(?:(?:(?!货款|款项|金额|价款)[^,;。]){0,12},)?(?:且|并且|也|均|都|一律)?(?:不予|不可|不能|无法|不|概不|恕不)(?:退还|返还|退回|报销)(?!货款|商品款|款项|订单金额|金额|价款|全款|商品)/g;
/** A card fee said not to be refunded ("a non-refundable 3.5% credit card processing fee"): the fee, no goods refused. */
const CARD_FEE_NOT_REFUNDED_EN =
  /\bnon-?refundable (?:(?<![\d.])\d+(?:\.\d+)?\s*% )?(?:(?:credit|debit) )?card (?:processing|transaction|handling) fees?\b/g;
/** The return parcel's loss not answered for ("对退货遗失的包裹概不负责"): the consumer carries it (NRR-MEASURES 18). */
const RETURN_LOSS_DISCLAIMED = new RegExp(`${RETURN_LOSS_NAMED}(?:概不负责|不负责|不承担(?:任何)?责任)`, 'g');
/** The shop's own delivery named: a loss on it is the shop's (ECL 20). */
const OUTBOUND_NAMED = new RegExp(OUTBOUND_WORDS);

const VOID_SCOPES = new Set<RefusalScope>(['opened', 'trial', 'sale', 'gift', 'goods']);

/**
 * The consumer's own damage listed beside a ground that is no defect ("非质量问题及人为损坏的商品不予退换", "人为损坏或非质量
 * 问题不退不换", "除质量问题外，人为损坏等其他情况均不予退换"): one more ground refused with the others, no scope of its own, so
 * the refusal reaches every return that is not for a defect.
 */
export const OWN_DAMAGE = '(?:人为|使用不当|保管不当|操作不当|误用|滥用)';
const NO_DEFECT_GROUND = '(?:非|无|没有|不是|不属于)(?:商品)?(?:本身)?(?:的)?质量(?:问题|原因)';
const GROUNDS_JOINED = ',?(?:以及|及|和|与|、|或者|或)';
const OWN_DAMAGE_BESIDE_NOT_QUALITY = new RegExp(
  `(?<=${NO_DEFECT_GROUND}(?:的)?(?:商品|产品)?${GROUNDS_JOINED})${OWN_DAMAGE}[^,;。及和与、或]{0,8}|${OWN_DAMAGE}[^,;。及和与、或]{0,8}(?=${GROUNDS_JOINED}${NO_DEFECT_GROUND})|${OWN_DAMAGE}[^,;。]{0,8}?等(?=(?:其他|其它|其余|一切|所有)(?:的)?(?:非质量|非商品质量)?(?:情况|情形|问题|理由|原因)(?!造成|导致|引起))`,
  'g',
);

/** An exchange refused ("不能换货", "不予更换"), read away to see whether the return is refused beside it. */
const EXCHANGE_REFUSED_ALL = /(?:不能|无法|不可|不接受|不提供|不支持|不予)(?:换货|更换|调换)/g;
function wholeScope(full: string): RefusalScope {
  if (!refuses(full)) return 'none';
  // "在缺货而不能换货的情况下，我们可让客户选择退款": the exchange is refused and the refund offered instead.
  // "本公司保留不予换货、只予退货的权利": the same, in the shop's reserved right.
  const withoutExchangeRefused = full.replace(EXCHANGE_REFUSED_ALL, ' ');
  if (
    withoutExchangeRefused !== full &&
    /(?:可|可以|选择|请|只予|仅予)(?!勿)[^,;。]{0,8}退(?:款|货)/.test(full) &&
    !/(?:不|无法|不能|不予|勿|别)[^,;。]{0,6}退(?!换)/.test(withoutExchangeRefused)
  )
    return 'none';
  // "暂不提供换货，只提供退货服务": an exchange refused where the return is granted refuses no return.
  if (
    /(?:只|仅)(?:提供|支持|接受|办理)(?:退货|退款)/.test(full) &&
    !/(?:不|无法|不能|不予)[^,;。]{0,6}退(?!换)/.test(full)
  )
    return 'none';
  if (FINAL_SALE_GOODS.test(full) && !afterWindowOnly(full)) return 'sale';
  // What the law itself excludes is no refusal of the shop's ('依法不办理退货的商品及清仓商品不退换': the clearance goods are).
  const text = full
    .replace(FINAL_SALE_IDIOM, ' ')
    .replace(LAW_EXCLUDES_ALL, '法定除外')
    .replace(OWN_DAMAGE_BESIDE_NOT_QUALITY, ' ');
  // Chinese states the condition before the refusal ("拆封后不予退货"): read the part up to the refusal
  // first, and the whole clause only when that part names no scope.
  const at = REFUSAL_AT.exec(text);
  if (at && at.index > 0) {
    const cut = Math.max(text.lastIndexOf(',', at.index), text.lastIndexOf(';', at.index));
    // The goods named as the topic of the part before ("定制商品，非质量问题不退不换") are the goods the part refuses.
    const topicCut = Math.max(text.lastIndexOf(',', cut - 1), text.lastIndexOf(';', cut - 1));
    const topic = cut > 0 ? text.slice(topicCut + 1, cut) : '';
    // "蛋糕属于鲜活易腐商品，非质量问题不退不换": goods said to be of a class are the topic too.
    const classedAs = /^([^,;。]{0,8}?)(?:均属于|属于|均为|为)[^,;。]{1,12}$/.exec(topic);
    // "活蟹属于鲜活易腐商品": the goods so described are taken at their word unless they are packaged food or ordinary
    // goods ("饼干属于易腐商品", "服装属于鲜活易腐商品"); "以下商品属于…：" is judged by the goods listed after it.
    const subject = classedAs?.[1] ?? '';
    const listed = /以下|下列|如下/.test(subject);
    const named = listed ? text.slice(at.index) : subject;
    const classed =
      classedAs !== null &&
      STATUTORY_CATEGORY.test(topic) &&
      (subject === '' || (!listed && STATUTORY_CATEGORY.test(subject)) || !notPerishableClaimed(named));
    const topicBare = classed ? topic.replace(/均属于|属于|均为|为/, '') : topic;
    const from =
      topic.length > 0 &&
      topic.length <= (classed ? 20 : 10) &&
      !/以外|之外|除|所有|全部|任何|存在|表示|不|是|有/.test(topicBare) &&
      [STATUTORY_CATEGORY, SEAL_CATEGORY, NATURE_CATEGORY, SALE, OTHER_GOODS, ORDINARY_GOODS, DOMAIN_GOODS].some((p) =>
        p.test(topic),
      ) &&
      !HAS_VERB.test(topicBare) &&
      !namesGoods(text.slice(cut + 1, at.index))
        ? topicCut + 1
        : cut + 1;
    const segment = text.slice(from, at.index + at[0].length);
    if (
      NOT_QUALITY.test(segment) &&
      !LAWFUL_SCOPE.test(segment) &&
      !afterWindowOnly(text) &&
      scopeOf(segment) === 'everything'
    )
      return 'everything';
    const prefix = text.slice(0, at.index + at[0].length);
    const scope = scopeOf(prefix);
    // Every good refused, with the statutory ones added after it ("所有商品一律不退款，包括生鲜", "…，生鲜也不例外").
    if (
      scope === 'everything' &&
      /所有|一律|全部|任何|全场|本店商品/.test(prefix) &&
      /^[^。]{0,12}(?:包括|也不例外|也一样|同样|亦然)|也不例外/.test(text.slice(prefix.length))
    )
      return 'everything';
    // The seal named after the refusal qualifies the food excluded before it.
    const qualified = scope === 'goods' ? sealGoodsQualified(prefix, text) : undefined;
    if (qualified) return qualified;
    // Goods refused for the buyer's own reasons are judged on the whole clause ("…均不退不换，包括礼盒装坚果").
    if (
      scope !== 'everything' &&
      !(
        scope === 'lawful' &&
        OWN_REASON_REFUSED.test(prefix) &&
        statutoryGoodsRefusedForOwnReasons(prefix) &&
        !statutoryGoodsRefusedForOwnReasons(text)
      )
    )
      return scope;
  }
  return scopeOf(text);
}

/**
 * A catch-all among the reasons ("或其他不可归咎于本公司之原因", "for any other reason"): every return the shop
 * did not cause is refused, the no-reason return with them.
 */
const CATCH_ALL =
  /(?:以|因)任何(?:理由|原因)|其他(?:任何)?(?:不可归咎于|不能归咎于|非因|非)(?:本公司|本店|我们|我司|卖家|商家|本平台|平台|本网站)|(?:不可|不能)归咎于(?:本公司|本店|我们|我司|卖家|商家|本平台)|(?:any )?other reasons? (?:not (?:attributable|due) to us|than (?:our error|a defect))|for any (?:other )?reason(?! (?:within|during))/;

/** The buyer's own reasons named among what is refused ("个人主观因素(口味、大小)", "来不及送礼", "订购错误"). */
const OWN_REASON_REFUSED =
  /(?:客户|顾客|买家|您|个人|自身)(?:自身|自己|个人)?(?:的)?原因(?:导致|造成)(?:的)?[^,;。]{0,10}(?:型号|规格|尺码|尺寸|颜色|款式)[^,;。]{0,4}(?:错误|不符|不合|选错)|not liking|(?:do|did)(?:n'?t| not) like|dislike|不好看|和想象中不一样|与想象(?:中)?不(?:一样|符)|不满意|(?:个人|主观|自身)(?:主观)?(?:原因|因素|喜好)(?![^,;。]{0,6}(?:造成|导致|损坏|损毁))|不喜欢|不想要|买错|拍错|订错|订购错误|下错单|口味|来不及送礼|改变主意|change of mind|changed your mind|no longer (?:want|need)/;

/** "没有任何瑕疵", "非商品瑕疵": a defect negated names no disclosed-defect goods. */
const NEGATED_DEFECT =
  /(?:没有任何|没有|并无|无任何|无|非|不是|不属于|除)(?:商品)?(?:本身)?(?:的)?(?:瑕疵|故障|损坏|破损|质量问题)/g;

/** An item naming the goods sent back incomplete or damaged ("退换货物不全或者外观受损", "货物不全"). */
const RETURNED_NOT_INTACT =
  /^(?:\d+[.、]\s*)?(?:(?:退换|退回|退货|寄回)(?:的)?(?:货物|商品|货品|产品)[^,;。]{0,4}(?:不全|不完整|缺失)|(?:货物|货品)(?:及配件)?(?:不全|不完整))(?:(?:或者|或|、|及)(?:外观)?(?:受损|损坏|破损|污损))?[;。]?$/;

/** …said as the condition of the refusal ("若寄回商品状态不完整，将无法进行退换货"). */
const RETURNED_INCOMPLETE_REFUSED =
  /(?:退回|寄回|退货)(?:的)?(?:商品|货品|货物|产品)(?:状态)?[^,;。]{0,4}(?:不全|不完整|缺失|不齐全)[,]?\s*(?:将|则)?(?:无法|不能|不予|恕不)/;

const CAUSED_BY_OPENING =
  /(?:开箱|拆封|拆开|拆包|打开)[^,;。]{0,6}(?:产生|造成|导致|引起)(?:的)?(?![^,;。]{0,6}(?:包装|盒|箱|袋))[^,;。]{0,6}(?:损坏|损伤|破损|划痕|磨损|刮花)/;

/** Examples in brackets after a category ("个人定制类商品（如刻字、按需定制尺寸的工艺品）"): the category decides. */
const EXAMPLES = /[(（](?:如|例如|比如|诸如|包括|含|e\.g\.|such as|including)[^()（）]*[)）]/g;

/**
 * Goods whose own one-time seal is their intactness test (NRR-MEASURES 9(1): food, health food, cosmetics, medical
 * devices, family-planning goods) excluded whole, not once unsealed ("食品类：非质量问题不退换"): the law takes such
 * goods back while the seal is whole, so the exclusion reaches sealed goods, which are of no NRR-MEASURES 7 nature.
 * Only these goods may be named: anything else of an NRR-MEASURES 7 nature ("内衣") keeps the clause in doubt.
 */
export function sealGoodsWhole(text: string): boolean {
  return sealGoodsOnly(text) && !SOME_OF_THEM.test(text) && !USED.test(text);
}

/** Only NRR-MEASURES 9(1) goods are named: no statutory category, nothing else of an NRR-MEASURES 7 nature. */
function sealGoodsOnly(text: string): boolean {
  if (!SEAL_GOODS_NAMED.test(text) || STATUTORY_CATEGORY.test(text) || NOT_SEALED_GOODS.test(text)) return false;
  const rest = text.replace(SEAL_WORDS, ' ');
  return (
    !NATURE_CATEGORY.test(rest) &&
    !DISCLOSED.test(rest) &&
    !ORDINARY_GOODS.test(rest) &&
    !OTHER_GOODS.test(rest) &&
    !DOMAIN_GOODS.test(rest)
  );
}

/** "已使用过的化妆品", "开罐后": used or opened, their seal is broken, and NRR-MEASURES 9(1) counts them not intact. */
const USED_UP =
  /使用(?:后|过)|一经使用|已(?:经)?使用|用过|已食用|吃过|喝过|试过|试用(?:后|过)|(?:打开|开盖|开罐|开瓶|开袋|开启|拆罐|拆袋)(?:后|过)?|\bused\b|swatch|tried|unwrap|\bopen(?:ed)?\b|consumed|tamper/;
/**
 * Not the sealed goods of NRR-MEASURES 9(1) as such: gifts and samples (NRR-MEASURES 12), and food that keeps only
 * days ("鲜牛奶", "面包", "冷链", "现做"), which may be perishable (CRPL 25 ¶1(2)).
 */
const NOT_SEALED_GOODS =
  /赠品|小样|试用装|\bgifts?\b|\bsamples?\b|鲜(?!酱)|酸奶|牛奶|面包|糕点|冷链|熟食|卤|现做|现烤|短保|保质期(?:短|较短|不足)/;

/** The NRR-MEASURES 9(1) goods named as such, not a looser word for a range ("personal care", "beauty"). */
const SEAL_GOODS_NAMED = new RegExp(
  String.raw`食品(?!安全|卫生)|食用(?:类|品)|零食|饮料|酒类|茶叶|奶粉|${SAUCES}|保健食品|保健品|营养品|化妆品|护肤品|彩妆|美妆|医疗器械|计生用品|\bfoods?\b|\bcosmetics?\b`,
);
/** Goods already used ("已使用过的化妆品") or a seal named at all: the seal, the intactness test itself, decides. */
const USED = new RegExp(`${USED_UP.source}|已用|密封|封口|封条|拆封|开封|未拆|\\bunopened\\b|\\bseal`);
/**
 * The seal or its opening named where it qualifies the refusal: in the part that refuses, or in an exception
 * ("食品不支持退货，除非密封包装未拆封"); not in advice beside it ("…，开袋后请尽快食用", "…，如打开包装发现破损请联系客服").
 */
function sealQualified(text: string): boolean {
  return text
    .replace(EXAMPLES, ' ')
    .split(/[,;，；]/)
    .some((part) => USED.test(part) && (refuses(part) || /除非|除外|unless|except|只有|仅限|方可/.test(part)));
}
/**
 * What the seal named elsewhere in `clause` makes of sealed goods excluded whole in `refusing`: lawful where unopened
 * ones are granted their return ("食品一经售出不退换，未拆封的可以退": only opened food is refused, as NRR-MEASURES 9(1)
 * allows), in doubt where the opening qualifies the refusal ("食品不支持退货，除非密封包装未拆封"), and nothing where
 * no seal qualifies it.
 */
function sealGoodsQualified(refusing: string, clause: string): 'lawful' | 'nature' | undefined {
  if (!sealGoodsWhole(refusing)) return undefined;
  if (UNOPENED_GRANTED.test(clause)) return 'lawful';
  return sealQualified(clause) ? 'nature' : undefined;
}
/** Unopened goods granted their return beside the refusal ("未拆封的可以退", "拆封前可以退", "未开封的支持7天无理由退货"). */
const UNOPENED_GRANTED =
  /(?:未拆封|未开封|拆封前|开封前|密封未拆)[^,;。]{0,14}(?<![不没也])(?:可以?|支持|可申请|可办理|可联系)[^,;。]{0,12}退/;
/** Only some of the goods ("部分食品", "certain cosmetics"): those may be the ones of an NRR-MEASURES 7 nature. */
const SOME_OF_THEM = /部分|某些|个别|\bsome\b|\bcertain\b|\bselected\b/;

/** Perishables, named before a refusal at delivery, limiting it, or added to it. */
const PERISHABLE_WORDS = /生鲜|鲜活|易腐|水产|海鲜|蔬果|鲜果|水果|蔬菜|熟食|鲜花|冷冻/;
const PERISHABLES_LIMIT = new RegExp(
  `(?<!同样|也|亦|一样)(?:仅限|只限|仅针对|只针对|仅适用于|只适用于|适用于|仅指|限于)[^,;，；。]{0,4}(?:${PERISHABLE_WORDS.source})`,
);
const PERISHABLES_TOO = new RegExp(
  `(?:${PERISHABLE_WORDS.source})[^,;，；。]{0,4}(?:(?:也|同样|一样|亦)[^,;，；。]{0,4}(?:不予|不|恕不|概不|拒绝)(?:予以)?(?:退|换)|也一样|亦同|亦然|(?:一样|同样|也|亦)适用)`,
);

/**
 * Perishables refused at delivery for the consumer's own reasons ("若因个人原因对生鲜食品进行拒收，…拒绝退款"): the
 * statute's own exclusion, judged with the goods; not where other goods are refused beside them ("所有商品", "生鲜除外",
 * "生鲜以外", "…包括生鲜") or the shop refuses between the reason and the refusal ("因个人原因不退不换，请勿拒收生鲜包裹").
 */
function perishablesRefusedAtDelivery(text: string): boolean {
  return (
    text.split(/[。]/).some((sentence) => {
      // The perishables are what is refused: named before the refusal, not added after it ("…一律不退款，包括生鲜").
      const goodsAt = sentence.search(PERISHABLE_WORDS);
      const refusalAt = sentence.search(/(?:不予|不|恕不|概不|拒绝)(?:予以)?(?:退|换|受理|处理)/);
      return (
        goodsAt >= 0 &&
        // Named after the refusal only as its limit ("（仅限生鲜商品）", "此条仅针对生鲜水果", "本条适用于生鲜类商品").
        (refusalAt < 0 || goodsAt < refusalAt || PERISHABLES_LIMIT.test(sentence.slice(refusalAt))) &&
        // Perishables as well as the rest ("包括生鲜水果在内", "生鲜同样不予退款", "生鲜也一样").
        !(
          /包括[^,;，；。]{0,12}在内/.test(sentence) &&
          !PERISHABLE_WORDS.test(sentence.slice(0, sentence.indexOf('包括')))
        ) &&
        // Said before the refusal ("生鲜水果也一样，因个人原因拒收的，…", "生鲜同样不予退款"), not of more perishables after a
        // refusal of perishables ("…不予退款，海鲜亦同").
        !PERISHABLES_TOO.test(refusalAt < 0 ? sentence : sentence.slice(0, refusalAt + 4)) &&
        /(?:个人|自身|主观)原因(?:[（(][^）)]{0,12}[）)])?(?:(?!不退|不换|不予|不支持|恕不)[^。]){0,24}?拒(?:收|签)/.test(
          sentence,
        )
      );
    }) &&
    !/所有|其他|其它|除|以外|之外|干货|零食|日用|坚果|茶叶|非生鲜|签收后|不例外/.test(text) &&
    !ORDINARY_GOODS.test(text) &&
    !OTHER_GOODS.test(text) &&
    !DOMAIN_GOODS.test(text)
  );
}

/**
 * Goods of a statutory category refused for the buyer's own reasons ("定制商品因个人原因不退不换", "custom orders cannot
 * be returned for change of mind"): the category decides, as it does without the reason, when the goods are named before
 * the refusal in its sentence and nothing else is (no other goods, no "所有", "包括", "也").
 */
function statutoryGoodsRefusedForOwnReasons(text: string): boolean {
  // The goods named in the refusal's own part, or before it when that part names none ("定制款一经下单，因个人原因不退
  // 不换"); a part naming other goods ("…，商品因个人原因不退不换", "…, and items cannot be returned") refuses those.
  const parts = text.split(/[,;，；。]|\.(?:\s|$)/);
  const at = parts.findIndex((part) => refuses(part));
  const own = parts[at] ?? '';
  const before = STATUTORY_CATEGORY.test(own)
    ? own
    : at > 0 && !/商品|产品|货品|宝贝|\b(?:items?|products?|goods|merchandise|orders?)\b/.test(own)
      ? parts.slice(0, at).join('，')
      : '';
  // English names the goods after the refusal ("We do not offer refunds, returns, or exchanges if you have changed your mind on
  // a livestock order"): the rest of the sentence, when the refusal's own part names no goods.
  const after =
    !STATUTORY_CATEGORY.test(before) &&
    !/[\u4e00-\u9fff]/.test(text) &&
    !/\b(?:items?|products?|goods|merchandise|orders?)\b/.test(own)
      ? parts.slice(at + 1).join('，')
      : '';
  // A part that grants ("…，其他商品支持七天无理由退货") names goods the refusal does not reach.
  const refusing = text
    .split(/[,;，；]/)
    .filter((part) => !allows(part) || refuses(part))
    .join('，');
  return (
    (STATUTORY_CATEGORY.test(before) || STATUTORY_CATEGORY.test(after)) &&
    !/所有|任何|一切|全部|其他|其它|其余|除(?!非)|以外|之外|包括|也|同样|不例外|一样|亦|(?<!不)适用|干货|零食|日用|坚果|茶叶|逾期|超时|超过|过期|\b(?:all|any(?! (?:returns?|refunds?|exchanges?) (?:of|on|for)\b)|every|other|including|also|even)\b/.test(
      refusing,
    ) &&
    !ORDINARY_GOODS.test(refusing) &&
    !OTHER_GOODS.test(refusing) &&
    !DOMAIN_GOODS.test(refusing) &&
    !SALE.test(refusing)
  );
}

/** The outer box or wrapping of sealed goods ("外包装", "外盒", "塑封", "the box", "cellophane"), not their seal. */
const OUTER_BOX =
  /外包装|外盒|外层|包装盒|纸盒|塑封|外箱|外包(?!括)|\bouter (?:box|packaging|carton|wrap(?:ping)?)\b|\bthe (?:product |gift )?box\b|cellophane|shrink[- ]?wrap/;
const OUTER_BOX_ALL = new RegExp(OUTER_BOX.source, 'g');
/** Such a box opened ("外包装拆开", "外盒拆封后", "the box has been opened"), not kept whole ("外包装完好即可"). */
const OUTER_BOX_OPENED = new RegExp(
  `(?:${OUTER_BOX.source})[^,;。]{0,6}(?:拆|开|撕|打开|破)|\\b(?:opened|unsealed|removed|torn)\\b[^.;]{0,20}(?:${OUTER_BOX.source})|(?:${OUTER_BOX.source})[^.;]{0,20}\\b(?:opened|unsealed|removed|torn)\\b`,
);
/** The outer packaging of any sealed goods opened ("食品外包装拆开后不予退货", "outer packaging has been opened"). */
const OUTER_PACKAGING_OPENED =
  /(?:外包装|外盒|外箱|外袋|外纸箱|礼盒外|外层包装|快递箱|快递盒|快递袋|运输箱)[^,;。]{0,6}(?:拆|开|撕|打开|破)|\bouter (?:box|packaging|carton)\b[^.;]{0,20}\b(?:opened|unsealed|removed|torn)\b/;
/** Cosmetics and personal care, whose box or cellophane is wrapping over the seal (a tea's 塑封 is its seal). */
const COSMETICS =
  /化妆品|护肤|彩妆|美妆|口红|唇膏|香水|面膜|精华|洗发水|沐浴露|个护|cosmetic|skincare|make-?up|lipstick|perfume|fragrance|beauty|personal care|toiletr/;
/** The goods' own one-time seal ("瓶口封膜", "密封", "safety seal"). */
const INNER_SEAL = /瓶口|封膜|封口|封条|密封|内封|内包装|\bseals?\b/;

const scopeOf = rememberedPerPolicy(scopeOfUncached);
/** Testing or trying as a member of an English list of grounds ("…used, tested, or installed"). */
const TRIAL_MEMBER_EN =
  /(?:,|\bor\b|\band\b)\s+(?:(?:been|have been|has been) )?(?:tested|tried(?: on| out)?|trialled)\b/;
/** Sale goods as a member of an English list of grounds ("…, or sale items", "…or are on sale"). */
const SALE_MEMBER_EN =
  /(?:\bor\b|\band\b|,)\s+(?:(?:are|is|were|was|have been|has been) )?(?:(?:any|all) )?(?:(?:items?|products?|goods) (?:that (?:are|were) |which (?:are|were) )?)?(?:on sale|(?:(?:clearance|final|end-of-season|seasonal) )?(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods|merchandise)|(?:purchased|bought) (?:on sale|at a discount))\b/;
/** Sale goods listed beside the goods a period qualifies, after them (Chinese and English) or before them (English); see `scopeOfUncached`. */
function saleListedBesidePeriod(text: string): boolean {
  const period = AFTER_PERIOD.exec(text);
  if (period === null) return false;
  const after = text.slice(period.index + period[0].length);
  const later = /^[^.;]*?(?:,\s*|\s)(?:or|and)\s+([^.;]*)/.exec(after);
  // (a member, no sentence of its own: "…, and sale items can be exchanged" grants)
  if (later && SALE.test(later[1] ?? '') && !/\b(?:can|may|will|are|is|be|must)\b/.test(later[1] ?? '')) return true;
  // "超过7天或特价商品不予退货": the sale goods after 或 are refused outright.
  const laterZh = /^(?:的|之)?(?:商品|产品)?(?:或者|或|以及|及|、)([^,;。]{0,12})/.exec(after);
  if (laterZh && SALE.test(laterZh[1] ?? '') && !/可以?|能|支持|接受/.test(laterZh[1] ?? '')) return true;
  if (!/[a-z]{2}/.test(text)) return false;
  const members = text.slice(0, period.index).split(/,|\bor\b|\band\b/);
  const last = members.pop() ?? '';
  return (
    members.length > 0 &&
    /\b(?:items?|products?|goods|merchandise|orders?|purchases?)\b/.test(last) &&
    // (goods at their full price, which `SALE` reads as a sale refused beside them, are not sale goods here)
    !SALE.test(last.replace(/\b(?:regular|full)[- ]price[ds]?\b/g, ' ')) &&
    members.some((member) => SALE.test(member))
  );
}
/** Goods refused only for failing the criteria stated above ("Items that do not meet the above conditions cannot be returned"). */
const CRITERIA_UNMET_EN =
  /^(?:any |all )?(?:items?|products?|goods|returns?|merchandise|orders?)\s+(?:that |which )?(?:are )?(?:not meeting|do(?:es)? not meet|fail(?:s|ing)? to meet|not complying with|(?:do(?:es)? )?not comply(?:ing)? with)\s+(?:all |any )?(?:of )?(?:the |these |those |our )?(?:above|aforementioned|stated|listed|preceding)?\s*(?:return )?(?:criteria|conditions|requirements)(?: (?:above|listed above|stated above|set out above))?\s+(?:will|shall|may|can|cannot|can ?not|are|is)\b(?:(?!\b(?:and|or|nor|as well as|but)\b(?! non-?(?:refundable|returnable)\b)(?=[^,;]*\b(?:for|on|of)\b[^,;]*\b(?:items?|products?|goods|orders?|purchases?|merchandise)\b|[^,;]*\b(?:items?|products?|goods|orders?|purchases?|merchandise)\b[^,;]*\b(?:are|is|will|cannot|can ?not|may|must)\b))[^,;])*$/;
function scopeOfUncached(given: string): RefusalScope {
  // A list item naming goods by what they are not ("非定制商品") names the other goods.
  const raw = /非|除|以外|之外/.test(given) ? given.replace(NEGATED_CATEGORY, '其余商品') : given;
  const stripped = raw.replace(EXAMPLES, ' ');
  // The goods named outside the brackets decide ("服装（包括定制款）售出后不退换": clothing); the examples count only
  // where nothing else is named.
  const text =
    STATUTORY_CATEGORY.test(stripped) ||
    SEAL_CATEGORY.test(stripped) ||
    ORDINARY_GOODS.test(stripped) ||
    OTHER_GOODS.test(stripped) ||
    DOMAIN_GOODS.test(stripped)
      ? stripped
      : raw;
  // "Items not meeting the above criteria will be considered ineligible for a return": the criteria stated before, and
  // nothing else, refused (their own void parts are judged where stated), as "不符合以上条件的商品不予退货" is read.
  if (CRITERIA_UNMET_EN.test(text)) return 'lawful';
  if (CATCH_ALL.test(text)) return 'everything';
  // "Returns are not accepted for items on sale, promotional offers, or regular-priced items outside the 7-day period",
  // "…for items outside the 7-day period, or for sale items": the period qualifies its own goods; the sale goods listed
  // beside them are refused outright.
  const afterWindow = afterWindowOnly(text) && !saleListedBesidePeriod(text);
  // "…on the basis of change of mind after the 7-day period": in English the refusal starts when the window ends (a Chinese
  // "如不想要了，…逾期不予处理" is read with its own reasons below), where every part that refuses the consumer's own reason
  // names the period ("No returns for change of mind, and no refunds for faulty items after 7 days" refuses the first
  // outright) and the period is not counted from before delivery ("after the 7-day period from dispatch").
  if (afterWindow && !/[\u4e00-\u9fff]/.test(text) && englishRefusalAfterWindow(text)) return 'time';
  // "We do not accept change-of-mind returns on lipstick once its seal has been broken": the sealed goods' own seal.
  if (sealedGoodsOwnSealEn(text)) return 'lawful';
  // "对于形状、颜色等不满意的,自收到货之日起超过七天的,无法办理退换货": the buyer's own reasons refused only after seven days or more
  // from receipt, every refusing part past the window: the window's end, judged by the period rules.
  if (afterWindow && OWN_REASON_REFUSED.test(text) && /[\u4e00-\u9fff]/.test(text) && fullWindowBefore(text))
    return 'time';
  if (OWN_REASON_REFUSED.test(text) && !perishablesRefusedAtDelivery(text) && !statutoryGoodsRefusedForOwnReasons(text))
    return 'everything';
  if (afterWindow) return 'time';
  // "寄回途中丢失的商品，本店不予退款": the consumer's own return parcel lost or damaged, the only ground named.
  if (RETURN_PARCEL_DAMAGE.test(text) && !NOT_QUALITY.test(text) && !NO_REASON.test(text) && !SALE.test(text))
    return 'lawful';
  // "法律明确规定不适用七天无理由退货的商品", "其他依法不办理退货的": what the law itself excludes, when nothing else is named
  // beside it ("依法不办理退货的商品及清仓商品" names clearance goods too; "国家规定特价商品不予退换" names sale goods).
  if (
    (LAW_EXCLUDES.test(text) || /法定除外/.test(text)) &&
    (!/及|以及|和|、|包括|[:：]/.test(text) || (CONFIRMED.test(text) && !FAKE_CONFIRMATION.test(text))) &&
    !SALE.test(text) &&
    !OPENED.test(text) &&
    !NOT_QUALITY.test(text) &&
    !NATURE_CATEGORY.test(text) &&
    !TRIAL.test(text) &&
    !/已使用|使用过/.test(text)
  )
    return 'lawful';
  // "除天猫官方规定不支持7天无理由退换服务的类目商品外": goods a platform's own list excludes, by reference; whether they are the
  // law's categories or natures confirmed at purchase the text cannot show, so a person reviews it (RULES.md §5).
  if (
    PLATFORM_EXCLUDES.test(text) &&
    !/及|以及|和|、|包括|[:：]/.test(text) &&
    !SALE.test(text) &&
    !OPENED.test(text) &&
    !NOT_QUALITY.test(text)
  )
    return 'nature';
  // "顾客自行开箱产生的外观损坏": damage the opening caused is the ground, not the opening.
  if (CAUSED_BY_OPENING.test(text)) return 'lawful';
  // "退换货物不全或者外观受损", "货物不全": the goods sent back incomplete or damaged are not intact (NRR-MEASURES 8 ¶2).
  if (
    (RETURNED_NOT_INTACT.test(text) || RETURNED_INCOMPLETE_REFUSED.test(text)) &&
    !NOT_QUALITY.test(text) &&
    !SALE.test(text)
  )
    return 'lawful';
  if (OPENED.test(text)) {
    // Goods outside the seal and statutory categories named beside them ("opened cosmetics, electronics and
    // accessories") decide: the opening is refused for them.
    // A heading before a colon ('图书、音像类商品:') names where the item stands, not what it refuses.
    // An aside in brackets names no goods of its own, but a portion's weight stays ("碟装三个（每个30克）" is sauce, not dishes).
    const rest = text
      .slice(text.lastIndexOf(':') + 1)
      .replace(/[(（][^()（）]*[)）]/g, (aside) => (PORTION_WEIGHT.test(aside) ? aside : ' '))
      .replace(SEAL_WORDS, ' ')
      .replace(STATUTORY_WORDS, ' ');
    // "Opened cosmetics and clearance items cannot be returned": sale goods joined to the sealed ones are refused for the sale.
    if (
      SEAL_CATEGORY.test(text) &&
      /\b(?:and|or) (?:[a-z-]+ )?(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b/.test(
        rest,
      )
    )
      return 'sale';
    if (
      (SEAL_CATEGORY.test(text) || STATUTORY_CATEGORY.test(text)) &&
      (DOMAIN_GOODS.test(rest) ||
        OTHER_GOODS.test(rest) ||
        ORDINARY_GOODS.test(rest) ||
        // "咖啡机、咖啡豆拆封后不退": an appliance or utensil named beside the food; "酱油瓶装、酱料碟…": a sauce's dish, box or
        // bottle beside the bottled sauce.
        /[\u4e00-\u9fff](?:机(?!构)|锅|壶|勺|碗|桌|椅|柜)/.test(rest) ||
        SAUCE_WARE.test(rest) ||
        // "Opened cosmetics or opened items cannot be returned": other goods, opened too, joined to the sealed ones.
        /\b(?:and|or) (?:opened|unsealed|used|other|any|all) (?:[a-z-]+ )?(?:items?|products?|goods|merchandise)\b|\b(?:and|or) (?:opened|unsealed|used) [a-z-]+s\b/.test(
          rest,
        ) ||
        /\b(?:cosies|cozies|cosy|cozy|makers?|machines?|grinders?|mills?|kettles?|pots?|cups?|mugs?|tampers?|whisks?|presses|infusers?|strainers?|scoops?|caddies|canisters?)\b/.test(
          rest,
        ))
    )
      return 'opened';
    // "化妆品外包装拆开不予退货", "Skincare products cannot be returned once the box has been opened": a cosmetic's outer box
    // is not its one-time seal (NRR-MEASURES 9(1)), so opening it is no ground.
    if (
      ((COSMETICS.test(text) && OUTER_BOX_OPENED.test(text)) || OUTER_PACKAGING_OPENED.test(text)) &&
      !STATUTORY_CATEGORY.test(text) &&
      !INNER_SEAL.test(text.replace(OUTER_BOX_ALL, ' '))
    )
      return 'opened';
    if (SEAL_CATEGORY.test(text) || STATUTORY_CATEGORY.test(text)) return 'lawful';
    // "任何产品一经拆封…即成为按照商品性质不宜退货的产品": every good declared of such a nature is the opening refused.
    if (/(?:任何|所有|全部|一切)(?:的)?(?:产品|商品|货品)/.test(text)) return 'opened';
    // "若商品已拆封或启用…恕无法退货": the opening is refused beside the activation, so the opening decides.
    const openingOrActivation =
      /(?:拆封|拆开|开封|opened)[^,;。]{0,3}(?:或|或者|、|\/|\bor\b)[^,;。]{0,3}(?:激活|启用|activat)|(?:激活|启用)[^,;。]{0,3}(?:或|或者|、|\/)[^,;。]{0,3}(?:拆封|拆开|开封)/.test(
        text,
      );
    const natureText = text.replace(NEGATED_DEFECT, ' ');
    if (
      NATURE_CATEGORY.test(
        openingOrActivation ? natureText.replace(/激活|启用|activat(?:ed|ion)/g, ' ') : natureText,
      ) ||
      // Blind draws and lucky bags refused once opened: the opening is their trial, as a blind box's (RULES 3.3); refused
      // whole ("福袋一经售出恕不退换") they are ordinary goods.
      OPENED_SURPRISE.test(natureText)
    )
      return 'nature';
    return 'opened';
  }
  if (GIFT_MISSING.test(text)) return 'gift';
  if (TRIAL.test(text) && !LAWFUL_SCOPE.test(text)) return 'trial';
  if (RESALE.test(text)) return 'resale';
  // "Items that show signs of use or are on sale will not be accepted", "Items that have been used, or sale items, …": sale
  // goods listed beside a lawful ground are refused for the sale.
  if (SALE_MEMBER_EN.test(text) && SALE.test(text) && saleNotDisclosed(text)) return 'sale';
  // "Cameras, lenses, or accessories that have been used, tested, or installed": the test refused beside the use.
  if (TRIAL_MEMBER_EN.test(text) && !SEAL_CATEGORY.test(text) && !STATUTORY_CATEGORY.test(text)) return 'trial';
  if (LAWFUL_SCOPE.test(text)) return 'lawful';
  if (SALE.test(text) && saleNotDisclosed(text)) return 'sale';
  // "激活码一经发出不退", "演出票一经售出不退不换；如演出取消…全额退票": codes delivered online, and services whose refund is kept
  // where they are not provided, are no goods the right covers; a service refused whole ("本课程一经购买，不予退换") is not
  // read so (its refund when it is not provided is refused too).
  if (
    (CODES_DELIVERED.test(text) ||
      (SERVICES_OR_CODES.test(text) && /取消|延期|改期|停课|未开课|未能开课|cancel|postpon|reschedul/.test(text))) &&
    !namesOtherGoods(text)
  )
    return 'lawful';
  // "近视眼镜为按您的验光数据定制加工": goods made to the buyer's own data are made to order (CRPL 25 ¶1(1)).
  if (MADE_TO_BUYERS_DATA.test(text) && !/非定制|不是定制|非定做/.test(text)) return 'lawful';
  // "二手机以“瑕疵品”身份销售，…下单时需勾选确认": disclosed defects excluded with a confirmation (NRR-MEASURES 7(3), 20 ¶2).
  if (DISCLOSED_ANY.test(text) && CONFIRMED.test(text) && !FAKE_CONFIRMATION.test(text)) return 'nature';
  if (OTHER_GOODS.test(text.replace(MADE_TO_ORDER_GOODS, ' 定制 '))) return 'goods';
  // "非商品瑕疵" negates a defect: it names no disclosed-defect goods.
  const outsideStatute = text.replace(STATUTORY_WORDS, ' ').replace(NOT_DEFECT, ' ');
  // Ordinary goods named beside goods of an NRR-MEASURES 7 nature ("内衣、袜子、鞋子等不退换") decide: void.
  if (NATURE_CATEGORY.test(outsideStatute) && ORDINARY_GOODS.test(outsideStatute.replace(NATURE_WORDS, ' ')))
    return 'goods';
  if (sealGoodsOnly(text) && USED_UP.test(text)) return 'lawful';
  if (sealGoodsWhole(text) && !(CONFIRMED.test(text) && !FAKE_CONFIRMATION.test(text))) return 'goods';
  if (NATURE_CATEGORY.test(outsideStatute) || DISCLOSED.test(outsideStatute)) return 'nature';
  if (DOMAIN_GOODS.test(text)) return 'goods';
  // "图书音像商品一经售出…不退": books are no statutory category, whatever the audio-visual goods beside them are.
  if (/(?:图书|书籍)[、和及与/]?音像/.test(text) && !/下载|数字|拆封的音像|digital|download/.test(text)) return 'goods';
  // Ordinary goods listed beside the statutory ones ("生鲜食品及服装，恕不退换", "易于腐败之食品及服装"): those goods decide.
  if (STATUTORY_BESIDE_ORDINARY.test(text)) return 'goods';
  if (STATUTORY_CATEGORY.test(text)) return 'lawful';
  // "仅限质量问题退换", "only defective items may be returned": the no-reason right refused as a whole.
  if (QUALITY_ONLY.test(text)) return 'everything';
  if (QUALITY.test(text) && !NOT_QUALITY.test(text)) return 'quality';
  if (namesGoods(text)) return 'goods';
  return 'everything';
}
