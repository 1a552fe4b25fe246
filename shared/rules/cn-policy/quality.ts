/**
 * Returns of non-conforming goods (CRPL 24) and the burden of proof (CRPL 23 ¶3):
 * `quality_return_shipping_on_consumer`, `quality_returns_refused`, `exchange_only`,
 * `burden_of_proof_on_consumer`.
 *
 * @law CRPL 24
 * 第二十四条 经营者提供的商品或者服务不符合质量要求的，消费者可以依照国家规定、当事人约定退货，或者要求经营者履行更换、修理等义务。没有国家规定和当事人约定的，消费者可以自收到商品之日起七日内退货；七日后符合法定解除合同条件的，消费者可以及时退货，不符合法定解除合同条件的，可以要求经营者履行更换、修理等义务。
 * 依照前款规定进行退货、更换、修理的，经营者应当承担运输等必要费用。
 * @endlaw
 *
 * Interpretation:
 * - Return shipping of non-conforming goods is the shop's (¶2); the consumer paying the shipping of a
 *   no-reason return is lawful (CRPL 25 ¶3, NRR-MEASURES 18). "退货运费由买家承担" without a scope has
 *   a reading that is lawful (no-reason returns), so it is lawful (CIVIL-CODE 498); "所有/无论何种原因"
 *   and an express quality scope are void.
 * - Within 7 days of receipt the consumer of non-conforming goods chooses a return; "质量问题只换不退",
 *   "只修不退" and "不支持换货" narrow that choice and are void. After the statutory days, or within a
 *   promise's extra days, an exchange-only term is lawful.
 * - A test report or an authority's certificate demanded of the consumer shifts the burden the law
 *   puts on the shop (CRPL 23 ¶3); asking for photos or a description is lawful, and so is the shop's own
 *   staff examining the goods.
 * - A cut-off for every reason that ends exchanges too ("超过15天不允许退换货", "no refunds or exchanges after
 *   30 days") ends the exchange and repair CRPL 24 gives for defects after the first seven days: void.
 *   A cut-off of the no-reason return alone ("超过7天不支持无理由退货") is lawful.
 */

import { gateOf } from '#shared/policy-lint/gates.js';
import { matchesOf } from '#shared/policy-lint/matches.js';
import { type Duration, readDurations } from '#shared/policy-lint/numbers.js';
import { startingWhereItCan } from '#shared/policy-lint/starts.js';
import type { ClauseReading, ClauseRule, RuleFinding } from '#shared/policy-lint/types.js';
import { cites } from './citations.js';
import {
  BEYOND_STATUTORY_DAYS,
  CONSUMER_DAMAGE,
  CONSUMER_DAMAGE_WORDS,
  dayCounts,
  daysBeforeOrdinals,
  LAWFUL_SCOPE,
  lawSaved,
  NO_REASON,
  NOT_QUALITY,
  partBegins,
  periodDays,
  QUALITY,
  qualityOnly,
  RETURN_PARCEL_DAMAGE,
  refuses,
  refusesAsLead,
  SALE,
  SHOP_FAULT,
  withdrawable,
} from './lexicon.js';
import {
  afterWindowOnly,
  GOODS_BELOW,
  grantsListedGrounds,
  OWN_DAMAGE,
  outsideGate,
  REFUSED_EXCEPT_LEAD,
  refusalScope,
} from './reading.js';

const SHIPPING =
  /运费|上门取件(?=[^;。]{0,14}费)|邮费|不包邮|快递费|物流费|寄回费用|来回费用|往返费用|退(?:换)?货(?:的)?费用|邮资|shipping|postage|freight|delivery (?:fee|cost|charge)|\b(?:costs?|expenses?) of (?:returning|sending (?:it|them|the (?:item|goods|product)s?) back)\b|\b(?:returned|sent back) at (?:the )?(?:customers?|buyers?|purchasers?|your|their) (?:own )?(?:cost|expense)|(?<!\b(?:otherwise|if not|change of mind|changed? your mind)\b[^.;]{0,120})\b(?:return|send) (?:it|them|the (?:items?|goods|products?))(?: back)?(?: to us)? at (?:the )?(?:customers?|buyers?|purchasers?|your|their) (?:own )?(?:cost|expense)|\breturns? (?:are|is|will be|shall be|must be) (?:made )?at (?:the )?(?:customers?|buyers?|purchasers?|your|their) (?:own )?(?:cost|expense)/;
/** A defect named as the ground of a return. */
const DEFECT = '(?:质量问题|质量原因)';
/**
 * A defect named before the shipping and not excepted: not after 非/无/除了/不包括 (with 因 between: "除了因质量问题"; 有无
 * names every case), nor followed by 以外/之外/除外 or by 外 before a return, 的, 其他 or a comma ("质量问题以外的退货", "质量问题外的",
 * "质量问题外退货"; not "质量问题外包装", "外观", "外地").
 */
const DEFECT_NOT_EXCEPTED = `(?<!(?:非|(?<!(?<!所|只|仅|唯)有)无|没有|不是|并非|除|除了|除开|除去|不包括|不包含|不含)(?:因|由于|属于)?)${DEFECT}(?!(?:的)?(?:商品|产品|退货|退换货?|原因|情况)?(?:的)?(?:以外|之外|除外|外(?=[退换的,，、;；其]|运费)))`;
/** "除了质量问题(外)，": the defect after "besides", up to the part that says whether it is counted in or left out. */
const DEFECT_BESIDES = `(?:除了|除开|除去)(?:因|由于|属于)?${DEFECT}[^,;。]{0,4},?`;
/** "除了质量问题，还有…", "除了质量问题，另外…": the defect counted with others, not excepted. */
const DEFECT_INCLUDED = `${DEFECT_BESIDES}(?:还(?:有|包括)|另外(?!的))`;
/**
 * Words between the defect and the shipping that name other returns ("质量问题包退，其他/别的/另外的退货运费…", "其他退货如需寄回",
 * "其他非错发的退货", "其他未错发的退货"; not "其他如错发漏发", the shop's own faults named within four characters) or grant the defect's shipping ("本店承担运费"); not 其他 added to the defect ("质量问题或其他原因",
 * "质量问题，以及其他…", "质量问题、发错货等其他…", "…，还有其他") nor the shop bearing another cost ("本店承担维修费用").
 */
const OTHER_RETURNS_NAMED = `(?<!${DEFECT},?(?:[^,;。]{0,8}(?:或者|或|还是|等|及|和|与|跟|、|以及)|[^;。]{0,4}还(?:有|包括)))(?:其他|其它|其余|(?<!个)别的|另外的)(?![^,;。]{0,4}(?<!非|无|未|没有|不是|并非)${SHOP_FAULT})|本店承担(?=(?:来回|往返|退货)?(?:的)?(?:运费|邮费|快递费)|[,;。]|$)`;
/** The defect said to be charged too ("…，质量问题也不例外", "质量问题退货同样由买家承担"). */
const DEFECT_ALSO = /(?:质量问题|质量原因)(?:退货)?[^,;。]{0,8}(?:也|同样|均)(?:不例外|不承担|由买家|由顾客)/;
/** The defect joined to another ground of return, before or after it, or said to be charged too. */
const DEFECT_JOINED = new RegExp(
  `(?:(?<!涉|以)(?:或|和|及|与|跟|、|还是)|以及)(?:因|涉及)?(?:质量问题|质量原因)(?:退货)?(?![^,;。]{0,12}(?:无|非|不是|不属于|没有|并非)(?:质量问题|质量原因))|(?:质量问题|质量原因)(?:或|和|及|与|跟|、|以及|还是)(?:因)?(?:个人原因|其他原因|其它原因|自身原因|买家原因|主观原因|无理由)|${DEFECT_ALSO.source}`,
);
/** The shop declining shipping, and its refusal. */
const SHOP_DECLINES_SHIPPING = '(?:运费|邮费|快递费)[^,;。]{0,6}(?:本店|卖家|商家|我们|我司|本公司|店铺)';
const DECLINES = '(?:不|不会|不予)(?:承担|负担|支付)';
/**
 * The defect's shipping declined without 一律/概 ("质量问题退货运费本店不承担", "如有质量问题，退货运费本店不承担"); and "besides
 * the defect, also" ("除了质量问题(外)，错发漏发的退货运费本店也不承担"), in the refusal's own part and not of other returns
 * ("除了质量问题，其他退货运费本店也不承担" lawful).
 */
const DEFECT_SHIPPING_DECLINED = `(?<=(?:${DEFECT_NOT_EXCEPTED}|${DEFECT_INCLUDED})(?:(?!${OTHER_RETURNS_NAMED})[^;。]){0,16})${SHOP_DECLINES_SHIPPING}(?:均|都|也)?${DECLINES}|(?<=${DEFECT_BESIDES}(?:(?!${OTHER_RETURNS_NAMED})[^,;。]){0,12})${SHOP_DECLINES_SHIPPING}也${DECLINES}`;
/**
 * The shop refusing the shipping before 也是 ("本店不会报销运费，错发漏发也是", "老板不出运费，…也一样", "退货运费不由本店承担，…也是"):
 * the fault's shipping refused with it.
 */
const SHOP_REFUSES_FEE =
  '(?:(?<!(?:地区|偏远|新疆|西藏|港澳台|海外|国外|境外)[^,;。]{0,4})不包(?:来回|往返|退货|寄回|退回)?(?:的)?(?:运费|邮费|快递费)|(?:不需要|不需|无需|不用|无须|不必)(?:由)?(?:本店|卖家|商家|我们|我司|本公司|店铺)(?:来)?(?:承担|负担|支付|出)|(?:本店|卖家|商家|我们|我司|店铺|店家|店主|老板|掌柜|小店|工厂|厂家|商城)(?:均|都|也|一律|概)?(?:不会|不予|不|概不|一律不)(?:报销|承担|负担|支付|出|退还|退|包)(?:来回|往返)?(?:的)?(?:运费|邮费|快递费)|(?:运费|邮费|快递费)[^,，;；。]{0,4}?(?:不再|不)由(?:本店|卖家|商家|我们|我司|店铺|店家|店主|老板)(?:来)?(?:承担|负担|支付|出))';
/** The fee named first and the shop refusing it ("退货运费本店不承担，错发漏发也是一样"): a charge only before 也是. */
const FEE_SHOP_REFUSED =
  '(?:运费|邮费|快递费)(?:本店|卖家|商家|我们|我司|店铺|店家|店主|老板|掌柜)(?:均|都|也|一律|概)?(?:不会|不予|不|概不|一律不)(?:承担|负担|支付|出|报销|包)(?=[,，;；。]|$)';
const ON_CONSUMER = startingWhereItCan(
  new RegExp(
    String.raw`(?<=(?<!(?:非|无|没有|不是|并非|除|除了|不属于|不存在)(?:因|由于|属于)?)(?:质量问题|质量原因)(?:(?!质量|包邮|其他|其它|其余|外|个人|非|否则)[^,;。]){0,8}(?:,(?:(?!质量|包邮|其他|其它|其余|外|个人|非|否则|拍错|买错|无理由|不想要|不喜欢|免)[^,;。]){0,6})?)不包邮|${SHOP_REFUSES_FEE}|${FEE_SHOP_REFUSED}(?=(?:(?!除外|例外)[^。;；]){0,40}(?:也是|也一样|同上|亦同|也不例外|同样如此|亦然|同理|照样))|(?:(?:所有|任何|一切|全部)[^,;。]{0,12}|(?:不论|无论|不管)[^;。]{0,16})(?:运费|邮费|快递费)[^,;。]{0,6}(?:本店|卖家|商家|我们|我司|本公司|店铺)(?:均|都|一律|概|也)?(?:不|不会|不予|概不|一律不)(?:承担|负担|支付)|(?:运费|邮费|快递费)[^,;。]{0,6}(?:本店|卖家|商家|我们|我司|本公司|店铺)(?:均|都|也)?(?:一律|概)(?:不|不予)(?:承担|负担|支付)|${DEFECT_SHIPPING_DECLINED}|(?:一律|概)不(?:承担|负担|支付)(?:任何)?(?:的)?(?:来回|往返)?(?:的)?(?:退货|退换货?|寄回|退回)?(?:的)?(?:运费|邮费|快递费)|各(?:自)?(?:承担|负担|支付|付)(?:一半|单程|50%)?|双方自行(?:承担|负担|支付)|上门取件(?:的)?费(?:用)?(?:(?!不|免|无需|无须)[^,;。]){0,6}(?:收取|另收|加收|自理|自付)|上门取件(?![^,;。]{0,10}(?:不|免|无需|无须))[^,;。]{0,8}(?:,)?(?:将|需|会)?(?:酌情)?(?:收取|另收|加收)[^,;。]{0,6}费|(?<!无|不|免|无须|不必)(?:须|需|要|将|会)(?:向(?:您|买家))?收取(?:来回|往返|退货|寄回)?(?:运费|邮费|快递费)|(?:运费|邮费|快递费)(?:需|须|请|要)?自行(?:承担|负担|支付)|请(?:您)?自行(?:承担|负担|支付|垫付(?!(?:(?!不|无法|没有)[^,;。]){0,8}(?:报销|补偿|返还|退还|承担)))|(?:承担|负担|支付)(?:一半|单程)|(?:一半|单程)运费|运费(?:平摊|分摊|均摊|各半)|(?:买家|买方|顾客|客户|消费者|您|用户)(?:需|须|应|要|需要)(?:先行|先|自行)(?:承担|负担|支付)|(?:customers?|buyers?|you)\s+(?:is\s+|are\s+|will be\s+)?responsible for (?:all |any |the )?(?:return )?(?:shipping|postage)|(?:do not|don'?t|will not|won'?t|cannot|can'?t|does not|doesn'?t) (?:refund|reimburse|cover|pay for|pay) (?:the |any |return |original |outbound )*(?:shipping|postage)|(?:由|需|需要|应由|均由|全部由|一律由|须由)?(?<!(?:不需要|不需|无需|不用|无须|不必|不要|不会让|不让)(?:由)?|帮|替|(?:本店|店铺|店家|平台|商城|厂家)[^,;。]{0,4}(?<!调整|转|改|变|更|定|视)为|(?:会|愿意|主动|免费)为)(?:买家|买方|顾客|客户|消费者|(?<!(?<!均|都|皆|全部|一律)为)您|用户|会员)(?:也|亦|都|均|同样)?(?:需要|需|须|应|要|必须|应当|得|来)?(?:(?:先行|先)(?!垫付)|自行|部分|一部分)?(?:承担|负担|支付|自付|自理|负责|(?<!(?:给|免|帮|替|为)(?:买家|买方|顾客|客户|消费者|您|用户|会员))(?:付费(?![^,;。]{0,4}(?:寄回|寄出|邮寄|寄送))|付(?:来回|往返)?(?:的)?(?:运费|邮费|快递费))|垫付(?!(?:(?!不|无法|没有)[^。]){0,8}(?:报销|补偿|返还|退还|承担)))|不予(?:报销|补偿|返还)(?:运费|邮费)?|(?:运费|邮费|快递费)(?!险)(?:(?!买家|顾客|客户|消费者|您|亲)[^,;。]){0,6}?(?:不予以?|不给|无法|不能|不作|不提供|不再|不可|不)(?:报销|补偿|补贴|赔付|支付|退还|返还|退回|退(?![货换款])|补(?![发货寄])|赔|包(?![退换括含])|管(?!是|远近|多少|多远|几)|出(?![现售])|负责)|(?:运费|邮费|快递费)(?!险)(?:的)?(?:不予以?|无法|不能)(?:承担|负担)|(?:运费|邮费|快递费)(?:均|都|也)?(?:不再|不)由(?:本店|卖家|商家|我们|我司|本公司|店铺|店主|老板)(?:来)?(?:承担|负担|支付|出)|(?<!无理由[^,;。]{0,8})(?:不再|不可|不|无法|概不|不给|不予)(?:退还|返还|报销|补偿|退回|退)(?:来回|往返|寄回|退回)?(?:的)?(?:您的?|买家的?)?(?:运费|邮费|快递费)|(?:本店|卖家|商家|我们|我司|本公司)(?:均|都|一律|概|也)?(?:不|不会|不予)(?:为|给|替)?(?:您|买家|顾客)?(?:承担|负担|支付|负责|出)(?:任何)?(?:来回|往返|退货|寄回|退回)?(?:的)?(?:运费|邮费|快递费)|(?:退还|返还|报销|补偿|承担)[^,;。]{0,6}(?:部分|一半|\d+(?:\.\d+)?\s*%|百分之[一二三四五六七八九十]+|首重)(?:的)?(?:运费|邮费|快递费)|(?:运费|邮费|快递费)的(?:一半|部分|\d+(?:\.\d+)?\s*%|百分之)|(?:运费|邮费)(?:券|补贴)|(?:优惠券|代金券|积分|礼品卡|余额)(?:的)?形式(?:返还|退还|补偿|报销)(?:运费|邮费)|自理|自付|自负|(?:customers?|buyers?|purchasers?|you)(?:\s+(?:is|are|will be|must|will|always))?(?:\s+also(?:\s+be)?)?\s+(?:responsible|liable|pays?|paying|bears?)|at (?:the )?(?:customer'?s|buyer'?s|your|their|his|her) (?:own )?(?:cost|expense)|at (?:its |their |your )?own (?:cost|expense)|(?:are|is) (?:always )?(?:the )?(?:customer|buyer|purchaser)'?s'? (?:sole |own )?responsibility|(?:the )?(?:sole )?responsibility of the (?:customer|buyer|purchaser)|(?:paid|borne|shouldered) by (?:the )?(?:customer|buyer|purchaser|you)|\bwe (?:will )?(?:charge|bill)(?<!\b(?:no|not|non)[- ]?(?:defects?|defective|faulty)\b[^.;]{0,60}\bwe (?:will )?(?:charge|bill)) (?:you )?(?:for )?(?:the )?(?:return )?(?:shipping|postage)\b(?![^.;]{0,60}(?:\b(?:if|when|unless|only|but|not|no|non|except|excluding)\b(?<!\beven (?:if|when))|[-–]))|\brefunds? (?:are|is) not (?:supported|available|offered|given|issued|provided|possible) (?:for|on) (?:the |any |your )?(?:return )?(?:shipping|postage|delivery)\b|non-?refundable|(?:is|are) not (?:be )?refund(?:ed|able)|(?:运费|邮费|快递费)(?!险)[^,;。]{0,10}(?:均|都|一律|概)?(?:不予|不|不会|恕不)(?:退还|返还|退回)|\b(?:shipping|postage|delivery|freight)(?: (?:charges?|costs?|fees?))? (?:will be|are|is|shall be) deducted from (?:the |your |any |all )?(?:refunds?|exchanges?)\b|(?:will not|cannot) be refunded|(?<!\bno )\breturn (?:shipping|postage) (?:fee|charge|cost)s? (?:of \$?\d+(?:\.\d+)? )?(?:(?:will be|is|are|shall be) (?:applied|charged|deducted)|appl(?:y|ies)\b)|(?<=(?:退货|退换货?|退回|寄回)[^,;。]{0,6})(?<![非无不免])(?:均|都|一律)?(?:需|须|需要|必须)(?:自行)?(?:支付|承担|负担|自付)(?:来回|往返|退货|寄回|退回)?(?:的)?(?:运费|邮费|快递费)`,
  ),
);
/**
 * The part of the sentence (split at while, whereas, but) in which the shipping is kept: "damaged while in transit" and
 * "…, but less the original shipping" do not split it.
 */
const PART_SPLIT =
  /\b(?:while|whereas|but)\b(?! (?:in transit|in use|being|less|minus|excluding|not including|after deducting|rare|uncommon|unlikely)\b)/g;
function shippingKeptPart(sentence: string, match: RegExpExecArray): string {
  const at = match.index + match[0].search(/less|minus|excluding|not including|after deducting/);
  const splits = matchesOf(PART_SPLIT, sentence).map((m) => m.index ?? 0);
  const start = Math.max(...splits.filter((index) => index < at), 0);
  const end = Math.min(...splits.filter((index) => index > at), sentence.length);
  return sentence.slice(start, end);
}
/** The part in which the shipping is kept names other returns than the defect's. */
function otherReturnsPart(part: string): boolean {
  return /other (?:returns?|reasons?|items?)|change[- ]of[- ]mind|unwanted|no[- ]reason/.test(part);
}
/** A defect's refund cut by the shipping ("return it for a full refund (less shipping)"). */
const LESS_SHIPPING =
  /(?:refund|refunded)[^.;]{0,40}\(?(?:less|minus|excluding|not including|after deducting) (?:the |any |all )?(?:original |return |outbound )?(?:shipping|postage|delivery (?:charge|fee|cost)s?)/;
const SHIPPING_CAP =
  /(?:本店|我们|卖家|商家|我司)(?:可以|仅|只)?(?:承担|报销|补贴)\d+(?:元|块)(?:钱)?(?:以内|\/单)?(?:的)?运费/;
/**
 * The defect's shipping excepted in a part of its own, after or before the shipping ("退货运费本店一律不承担，质量问题除外",
 * "除质量问题外，退货运费本店一律不承担", "除了质量问题，运费一律不退"; not "besides" with 也 after it). A part that says more than the exception ("质量问题除外的其他…") is no exception.
 */
const DEFECT_EXCEPTED_ZH =
  /[,;]\s*(?:但)?(?:因)?(?:商品)?(?=[^,;。]{0,16}(?:质量|瑕疵|故障))(?:(?:质量问题|质量原因|质量瑕疵|瑕疵|故障|错发|漏发|发错|少发|错漏)[、和及或]?){1,4}(?:的)?(?:情况)?(?:退换货?|退货|拒收)?(?:的)?(?:情况)?(?:运费)?(?:除外|(?<!不)例外|属于例外(?:情况)?)\s*(?=[,;。.]|$)|^\s*除(?:了|开|去)?(?:因)?(?:商品)?(?:质量问题|质量原因)(?:的)?(?:退换货?|退货)?(?:(?:以)?外|之外)?\s*[,;](?![^,;。]{0,16}(?:也|还|另外|同样))|^\s*除非(?:退货|退换货?)?(?:是)?(?:由于|因为|因)?(?:我们|本店|卖家|商家|我方|我司|本公司)(?:的)?(?:错误|原因|过错|失误|责任)(?:所)?(?:造成|导致|引起)?(?:的)?(?:退货|退换货?)?\s*[,;]\s*否则/;
const DEFECT_EXCEPTED_ZH_ALL = new RegExp(DEFECT_EXCEPTED_ZH.source, 'g');
/**
 * The no-reason return granted and ended ("支持七天无理由退货、…", "支持七天无理由退货 退货运费…" with the space dropped): a grant, not
 * a kind of return that narrows the charge after it. Run on into the charge ("支持七天无理由退货运费本店概不承担") it may also be
 * read as naming the no-reason return's shipping, the reading less favourable to the shop, so it is kept.
 */
const GRANT_RUN_IN =
  /(?:支持|享受|享有|提供|均可|均支持|可以?)(?:\s*(?:七|7)\s*(?:天|日))?(?:无理由)?退(?:换)?货(?:退款)?(?:服务)?(?=[、,]|\/(?!换货|退款|退换)|退(?:换)?货|$)/g;
/** Free shipping named in Chinese ("包邮", "免运费", "免邮"), and the return-shipping insurance ("运费险") that pays for it. */
const FREE_SHIPPING_ZH = /包邮|免运费|免邮|运费险/;
/**
 * An order left under a money threshold by the return ("退货后订单金额不足99元的，…"): the free shipping of a conditional offer
 * lost (NRR-MEASURES 18 ¶2), named by its threshold.
 */
/** An amount the order falls below ("不足99元", "低于￥100", "未满两件"), ending the amount. */
const BELOW_THRESHOLD = String.raw`(?:不足|低于|少于|未满|未达到?|不满)\s*(?:[¥￥]\s*)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:元|块|件)?(?=的|元|块|件|[,;。]|$)`;
const ORDER_BELOW_AFTER_RETURN = new RegExp(`(?:退货|退款|退回)后[^,;。]{0,10}${BELOW_THRESHOLD}`);
/** The free shipping lost by the return ("…无法满足包邮条件的", "非包邮商品", "退货后订单不足99元的"). */
const FREE_SHIPPING_LOST = new RegExp(
  `包邮条件|(?:未|非|不|没有|无|取消|失去)[^,;。]{0,6}(?:包邮|免运费|免邮)|${BELOW_THRESHOLD}`,
);
const ALL_RETURNS =
  /\balways\b|(?<!非)统一(?:由|都|均)|(?<![非不也])都由(?=[^,;。]{0,4}(?:买家|顾客|客户|消费者|您))|under any circumstances?\b(?<!\bchange[- ]of[- ]mind\b[^.;]{0,60}under any circumstances?)|in (?:all|every|any) cases?|no matter (?:what|the reason)|without exception|所有|一切|任何|无论(?:何种|什么|是否)?(?:原因|情况)?|不论(?:何种|什么)?(?:原因)?|全部退货|一律|概(?=(?:不|由)[^,;。]{0,6}(?:承担|负担|负责|支付|报销|补贴|赔付|退还|买家|顾客|客户|消费者|您))|均由|regardless|any reason|all returns|every return|(?:^|[.;:]\s*)any returns?\b(?! (?:not|that (?:is|are) not|which (?:is|are) not|of (?:a |an )?non))|(?:of|for|on) (?:any|every) returns?\b(?! (?:not|that (?:is|are) not|which (?:is|are) not|of (?:a |an )?non))|\ball (?:(?:return|exchange)(?:\s*\/\s*(?:return|exchange|cancellation))* |cancellation\s*\/\s*(?:return|exchange) )?(?:shipping|postage|freight|delivery)|\bany (?:return )?(?:shipping|postage) (?:costs?|fees?|charges?)|\bany return (?:shipping|postage)\b(?! (?:costs? |fees? |charges? )?(?:(?:on|for|of|in) (?:a |all |any |your )?(?:(?:7|seven|14|fourteen|30|thirty)[- ]days? |no-reason |change[- ]of[- ]mind |non-defective |non-faulty |unwanted )|(?:if|when|once|where|after) (?:i|you|they|the customer|customers) (?:simply |just )?changes? (?:my |your |their )?minds?|(?:when|if) returning (?:an? |your )?(?:unwanted|non-defective|non-faulty) items?))|\b(?:to|from|on|for) (?:any|every|each|all) (?:(?:items?|products?) returned|refunds?|exchanges?)\b(?![^.;]{0,30}\bchange[- ]of[- ]mind\b)(?<!\bchange[- ]of[- ]mind\b[^.;]{0,60})|\breturn (?:shipping|postage)(?:(?!window|period|policy|guarantee|rates?)(?:[^.;]|\.(?=\d))){0,60}\b(?:appl(?:y|ies|ied)|charged|added) to (?:any|every|each|all) (?:items?|products?)\b|\breturn (?:shipping|postage)(?: costs?| fees?| charges?)? on (?:all|every|each|any) (?:items?|products?)\b/;

/** A defect or the shop's error excepted in English ("except where the item arrived damaged", "unless we made an error"). */
const DEFECT_EXCEPTED =
  /\b(?:except|unless|other than|apart from|excluding)\b[^.;]{0,40}(?:\bdefect|\bfault|damaged|broken|wrong item|incorrect item|our (?:error|mistake|fault)|we (?:made|make) (?:an? )?(?:error|mistake))/;

const DEFECT_SHIPPING_BORNE =
  /(?:faulty|defective|damaged)[^.;]{0,40}\b(?:refunded in full|(?:returned|replaced|exchanged) free of charge|at our (?:cost|expense))|\b(?:cover|pay for|pay)\b[^.;]{0,20}return (?:shipping|postage) (?:for|on) (?:defective|faulty|damaged)/;

/**
 * The shop named as bearing the cost between the buyer's charge and 也是 ("质量问题由本店/掌柜/品牌方承担运费", "质量问题包邮",
 * "免运费"), not named as refusing it ("平台不提供运费险", "商城不报销", "不能包邮", "取消包邮").
 */
const SHOP_BEARS =
  '(?<!不由|不是由|并非由|非由)(?:(?:本店|卖家|商家|我们|我司|(?<!快递|物流|保险|运输)公司|店铺|店家|商城|我方|平台)|(?:咱们|掌柜|厂家|商店|小店|卖方|品牌方?|旗舰店|店主|老板|商户|店长|工厂|专卖店|网店|销售方|经营者|供应商)(?=[^,，;；。]{0,4}(?:承担|负担|负责|出|付|包|报销|全包|买单)))(?![^,，;；。]{0,4}(?:不(?!会让|让|用)|无(?!条件|需|须)|没|拒))|(?<!不|不能|不予|没有|不再|取消|非|无|无法|不支持|不提供|不可|没法)(?:包邮|免运费|免邮)|运费全免|运费全包|(?<!不|不予|无法|不能|不会|不给|不会给)(?:退还|报销|全额退)(?:来回|往返)?运费|运费包退|(?<!不接受|不支持|拒收|拒绝|禁止|不可|不能|不)(?:运费)?(?:可)?到付|(?:不用|无需|无须|不需要)(?:买家|顾客|您)?(?:承担|付|支付)';
/** The buyer charged: "买家承担", "顾客需先行垫付", "运费自理". */
const BUYER_PAYS =
  '(?:(?:买家|顾客|客户|消费者|您)(?:需要|需|须|应|要|来)?(?:先行|先|自行)?(?:承担|负担|支付|垫付|负责(?=[,，;；。]|$))|(?:运费|邮费)[^,，;；。]{0,4}(?:自理|自付|自负))';
/**
 * The shop's sending faults `SHOP_FAULT_CHARGED` reads as charged (narrower than lexicon.ts's `SHOP_FAULT` on purpose: 错件,
 * 缺件, 少件 and damage are read by other rules).
 */
const CHARGED_FAULT = '(?:错发|漏发|发错|少发|错漏|描述不符)';
/**
 * A fault that leads its part ("错发款式，运费由买家承担", "如发错颜色，…") or is named as an example of the other cases ("其他情况
 * 如错发漏发，运费由买家承担", "其他情况例如：错发、漏发等，…"): its part is the charge's ground, read across one comma.
 */
const FAULT_LEADS = `(?:^|[,，;；。:：])\\s*(?:如|若|如果|因)?(?:是)?(?:(?:拍错|买错|选错|下错)[^,，;；。、]{0,4}[、和及或])?${CHARGED_FAULT}|(?:其他|其它|其余)(?:情况|情形|原因)?[^,，;；。]{0,3}(?:如|例如|比如|包括|像)[:：]?[^,，;；。]{0,8}${CHARGED_FAULT}`;
/**
 * The shop's own faults charged to the consumer in one part of a sentence ("其他情况如错发漏发运费由买家承担", or "…运费由买家承担，
 * 错发漏发也是" after the buyer's charge, not negated and with no shop named between: "质量问题由本店/我方/店家承担运费，错发漏发也是"
 * and "质量问题包邮，…也是" are lawful; an exception after the fault is 以外, 之外 or 外 before 的 or a stop, not 外套), not
 * excepted or negated before them ("非错发漏发…", "未错发", "除错发漏发外…") nor caused by the buyer ("因买家地址填写错误导致
 * 错发的运费由买家承担").
 */
const SHOP_FAULT_CHARGED = new RegExp(
  String.raw`(?<!(?:非|无|未|没有|没|不是|并非)(?:质量问题|质量原因)?(?:及|或|和|、|以及)?(?:错发|漏发|发错|少发|错漏)?[、和及]?|(?:除|除了|不属于|不包括|不含)[^,，;；。]{0,12})(?<!(?:买家|顾客|客户|消费者|您|个人)[^,，;；。]{0,12}(?:导致|造成|引起)[^,，;；。]{0,2})${CHARGED_FAULT}(?![^,，;；。]{0,8}(?:以外|之外|(?<!例)外(?=的|[,，;；。]|$)))(?:[^,，;；。]{0,12}${BUYER_PAYS}|(?<=${FAULT_LEADS})(?:(?!请|联系|申请|补发|也|同样|亦|由|本店|我们|我司|商家|卖家|承担|负责|包)[^,，;；。]){0,8}[,，](?:(?:拍错|买错|选错|下错|个人原因|不喜欢|不想要)[^,，;；。]{0,6}[,，])?(?!(?:但|而)?(?:其他|其它|其余|别的|另外|无理由|个人原因|非质量|拍错|买错|选错|下错|自身原因|买家原因|不喜欢|不想要))[^,，;；。]{0,8}${BUYER_PAYS}|[^,，;；。]{0,4}(?<=(?:(?<!无需|不需|不用|无须|不由|免|不会让|不让)(?:买家|顾客|客户|消费者|您)[^,，;；。]{0,6}(?:承担|负担|支付|垫付|自理|自付)|(?:运费|邮费)[^,，;；。]{0,4}(?:自理|自付|自负)|${SHOP_REFUSES_FEE}|${FEE_SHOP_REFUSED})(?:(?!${SHOP_BEARS}|除外|(?<!不)例外)[^。;；]){0,40})(?:也是一样|也是|也一样|同样如此|亦然|同理|也如此|一样|亦同|同上|照样|也不例外|也这样|也是如此|也照此执行)(?=\s*(?:[。;；]|$)))`,
);
/** The shop's own fault named as the ground of a return ("由于产品本身存在的问题或者我们的失误造成的退换货"). */
const OUR_FAULT =
  /(?<!非|非因|不是)(?:产品|商品)(?:本身)?(?:存在)?的?问题(?:造成|导致|引起)|(?<!非|非因|不是|不是因为|除|除了|除因|除了因)(?:我们|本店|我司|我方|卖家|商家)(?:的)?(?:失误|过错|错误)(?:造成|导致|引起)|(?<!非|不是|并非|除|除了)(?:因|由于)(?:为)?(?:我们|本店|我司|我方|卖家|商家|店铺|本公司)(?:的)?(?:原因|过错|失误|错误|责任)/;
/** The shop's own error named as the ground ("If the return is due to our error"), not excepted from it. */
const OUR_FAULT_EN =
  /(?<!\bnot |\bunless |\bexcept |\bother than )\b(?:due to|because of|caused by|the result of|resulting from) (?:an? )?(?:our|the (?:seller|shop|store)'?s?) (?:own )?(?:error|mistake|fault)\b|(?<!\bnot |\bunless |\bexcept )\b(?:if|when|where) (?:an? )?(?:error|mistake) (?:was|is|has been) made (?:on our part|by us)\b/;
/** A part that charges the shipping of the shop's own error: the fault in it or in the part before, nothing else. */
const faultNamed = (part: string): boolean => OUR_FAULT.test(part) || OUR_FAULT_EN.test(part);
function ourFaultCharged(text: string): boolean {
  const parts = text.split(/[,;，；。]|\.(?:\s|$)/);
  return parts.some((part, index) => {
    if (
      !ON_CONSUMER.test(part) ||
      /非|其他|其它|其余|无需|无须|不用|不必|不由|不需|免|\bother\b|\bnot\b|\bunless\b|\bexcept/.test(part)
    )
      return false;
    const before = parts[index - 1] ?? '';
    if (!SHIPPING.test(`${before}${part}`)) return false;
    if (faultNamed(part)) return true;
    return (
      faultNamed(before) &&
      !/原因|reason|error|fault|mistake/.test(part) &&
      !/(?:卖家|本店|我们|商家|我方|我司|本公司)(?:承担|负担|支付|负责)|\bwe (?:will )?(?:pay|cover)/.test(before)
    );
  });
}

/**
 * Every part that charges the shipping names the buyer's own ground and no defect ("漏发的我们补寄，拍错的运费买家承担": the
 * wrong order is the buyer's).
 */
function onlyBuyersGroundCharged(text: string): boolean {
  const charged = text.split(/[,;，；。]/).filter((part) => ON_CONSUMER.test(part));
  return charged.length > 0 && charged.every((part) => BUYERS_GROUND.test(part) && !QUALITY.test(part));
}
const BUYERS_GROUND = /拍错|买错|选错|下错|个人原因|买家原因|自身原因|主观原因/;

/**
 * The shop or someone for it bearing the shipping ("本店承担运费", "由厂家负责", "老板出运费", "运费全包", "包来回运费", "才退运费"),
 * not named as not bearing it ("不由本店承担"), nor bearing a repair's cost ("维修费用由本店承担").
 */
const SHOP_BEARS_SHIPPING =
  /(?<!不|无法|不能|不会|不予|不给)(?:(?:运费|邮费)(?:全包|包退|全免)|(?:本店|卖家|商家|我们)(?:来回|往返)?包邮|包(?:来回|往返)?(?:运费|邮费)|(?:才|会)(?:给)?退(?:还)?(?:来回|往返)?(?:运费|邮费))|(?<!不由|不再由|不会由|并非由|不是由|不需要由|不需由|无需由|不用由|不需要|不需|无需|不用|无须|不必)(?<!(?:维修|修理|检测|配件|零件|人工|材料|工时)(?:的)?(?:费用|费)(?:均|全部|一律|都)?(?:由)?)(?:本店|卖家|商家|我们|我司|平台|公司|厂家|厂商|店家|品牌方|老板|店主|we|our)\s*(?:将|会|will\s+)?(?:承担|负担|支付|负责(?=[^,;。]{0,4}(?:运费|邮费|快递费)|[,;。]|$)|(?:来)?出(?=[^,;。]{0,2}(?:运费|邮费|快递费)|[,;。]|$)|pay|cover|(?:补偿|报销|退还)[^,;。]{0,4}(?:运费|邮费|快递费|寄回费用))|(?<!不接受|不接收|不收|不支持|拒收|拒绝|谢绝|禁止|不可|不能|不)(?:(?:可|请|支持|接受|可以)(?:使用|选择|采用|发)?(?:运费|邮费)?|运费|邮费)到付(?![^,;。]{0,3}(?:拒收|不收|不接受|谢绝|不予))/;
/** The defect's shipping refused after it in its sentence ("质量问题我们负责，运费不退", "…，质量问题退回运费本店不退"). */
const DEFECT_FEE_REFUSED =
  /质量(?:问题|原因)(?:(?!其他|其它|其余|非质量|否则|以外|之外)[^。;；]){0,20}(?:运费|邮费|快递费)[^,;。]{0,6}(?:不予|不|无法|概不|恕不)(?:退|报销|承担|补|负担)/;

const DEFECT_SHIPPING_FINDING: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '商品存在质量问题而退货、更换、修理的，运输等必要费用由经营者承担；让消费者承担这类运费的条款无效。',
    en: 'For returns, exchanges or repairs of non-conforming goods, the shop bears shipping and other necessary costs; a term putting that shipping on the consumer is void.',
  },
  suggestion: {
    zh: '因质量问题、错发、漏发或运输破损退换货的，往返运费由本店承担；七日无理由退货的退回运费由您承担（另有约定的除外）。',
    en: 'For returns or exchanges because of defects, a wrong or missing item or transit damage, we pay shipping both ways; for no-reason returns you pay the return shipping unless agreed otherwise.',
  },
};

/**
 * The defect's shipping borne by the shop, except for kinds of goods, orders, places or customers ("质量问题退货运费由卖家
 * 承担，偏远地区除外", "…，大件商品除外", "We pay return shipping for defective items, not for international orders"): for
 * those the consumer pays the defect's shipping (CRPL 24 ¶2). The consumer's own damage, mistake or change of mind
 * excepted ("人为损坏除外", "not orders placed by mistake") is no defect.
 */
const DEFECT_BORNE_ZH =
  /(?:质量问题|质量原因|瑕疵|故障|破损|错发|漏发|发错)[^。;；]{0,24}(?:运费|邮费|快递费)[^。;；,，]{0,8}(?:均|全部|全额)?(?:由)?(?:卖家|本店|我们|商家|我司|本公司|店铺|我方)(?:全额|全部)?(?:承担|负担|支付|报销)/;
/** Places and bulky goods a shop may try to leave out of the defect's shipping ("偏远地区", "大件商品"). */
const REMOTE_OR_BULKY = '偏远|新疆|西藏|青海|内蒙|港澳台|海外|国外|境外|大件|超重|超大|家具|家电';
const KINDS_EXCEPTED_ZH = new RegExp(
  String.raw`^[^。;；]{0,4}[,，(（]\s*(?:但)?([^,，。;；()（）]{0,14}(?:${REMOTE_OR_BULKY}|特价|促销|清仓|定制|订单金额|\d+元以下|以下的订单|优惠券|(?:\d+|七|十五|十|三十)天(?:后|以后|之后)|(?:签收|收货|到货|送达|开箱|拆箱)时|运输(?:途中|中|过程)|物流(?:原因|公司|途中|运输)|快递(?:员|公司|小哥|途中|运输))[^,，。;；()（）]{0,8})除外`,
);
/** Kinds of goods or places charged part of the defect's shipping right after the shop bears it ("，超重商品需买家补差价"). */
const KINDS_CHARGED_ZH = new RegExp(
  String.raw`^[^。;；]{0,4}[,，]\s*(?:但)?[^,，。;；]{0,8}(?:${REMOTE_OR_BULKY})[^,，。;；]{0,8}(?:需|须|由|要)(?:买家|顾客|客户|您|消费者)?(?:自行)?(?:补|承担|支付|补交|补缴|另付|加收)`,
);
/** Words that name the buyer, and words that name someone else (the carrier, a fitter, the shop and its staff). */
const BUYER_ACTOR =
  /买家|顾客|客户|您|自己|本人|(?:家里人|家人|小孩子|小孩|孩子|宝宝|宠物)(?!(?:的)?[^,，。咬抓啃弄损摔玩涂画撕用拿骑坐不造使在]{0,4}?(?:家具|玩具|用品|食品|零食|自行车|推车|座椅|床|衣|服|鞋|餐|碗|窝|笼|箱|包|商品|产品|玩偶|沙发|桌|椅|柜|机|器|车|类))(?=[^,，。]{0,6}(?:咬|抓|啃|弄|损|摔|玩坏|涂|画|撕|造成|使用))|使用者|用户|消费者|买方/g;
const OTHER_ACTOR =
  /配送员|快递公司|快递员|快递|物流|承运人|运输|安装师傅|师傅|第三方|他人|仓库|本店|门店|客服|商家|卖家|我们|店员|平台/g;
const ACT =
  /擅自|私自|(?<!可|以|能|够|便于|方便)自行(?!车)|填错|选错|量错|买错|拍错|弄错|错拍|下错|保管不善|个人保管|过失|故意|误操作|操作失误|不当|未按|拆修|改装|改动|改造|弄坏|弄脏|咬坏|抓坏|啃咬|啃坏|撕坏|划伤|涂鸦|玩坏|(?<!(?:需|需要|须|可|易|便于)[^,，。]{0,5})拆(?:卸|装)|摔|损坏|造成|维修|修理|使用(?=导致|造成|后损坏)/;
/** Acts that are the buyer's only with the buyer named. */
const WEAK_ACT = /^(?:摔|损坏|造成|维修|修理|使用)$/;
/**
 * The exception names the buyer's own act ("人为损坏的…除外", "因买家擅自拆卸…导致损坏的除外", "擅自拆卸的大件家具除外"), not someone
 * else's ("因快递员摔坏的", "快递员未经本店同意擅自拆装…", "客服在商家页面填错…", "在仓库保管不善…") nor a kind of goods or place: the
 * actor named nearest before the act decides, and an act with no actor named is the buyer's. "未经…同意" and "在…页面" name no
 * actor; "非本店安装人员" is the buyer's side.
 */
/** "快递员自己": 自己 right after someone else names that one. */
const OTHER_ACTOR_SELF = new RegExp(`(${OTHER_ACTOR.source})自己`, 'g');
function buyerOwnAct(given: string): boolean {
  // "未经本店授权的第三方", "非指定第三方": a repairer the shop did not authorise is the buyer's side.
  const exception = given.replace(
    /未经[^,，。]{0,6}?(?:授权|认可)(?:的)?|非(?:本店|官方|厂家)?(?:授权|指定)(?:的)?/g,
    '非授权',
  );
  if (
    /人为|个人原因|非质量|(?:因|由于)(?:买家|顾客|客户)(?:的)?(?:原因|个人原因|责任|过错)|(?:买家|顾客|客户)(?:原因|自身原因|个人原因|责任)|(?:错误|非正常|违规|超负荷|不正确|不合理|不规范)使用|不按(?:照)?说明书|(?<!授权的?|指定的?)(?:非官方|非授权|第三方|外面|找人|私自|自行(?!车))[^,，。]{0,6}(?:维修|修理|拆修)/.test(
      exception,
    )
  )
    return true;
  // Water let in by the buyer's use ("进水的手机除外"), not in transit, storage or by a bad seal.
  if (
    /进水|浸水|泡水|受潮/.test(exception) &&
    !/运输|途中|快递|物流|发货|出厂|仓储|仓库|库存|密封|包装/.test(exception)
  )
    return true;
  // A place named, not an act ("买家所在偏远地区", "因顾客所在地偏远导致破损").
  if (
    /偏远|所在地|地区|地址(?!填错|写错)/.test(exception) &&
    !/(?:买家|顾客|客户|您)[^,，。]{0,4}(?:填错|写错)地址/.test(exception)
  )
    return false;
  const text = exception
    .replace(/未经[^,，。]{0,8}?(?:同意|允许|许可)/g, ' ')
    .replace(
      /在[^,，。]{0,6}?(?:页面|网页|官网|快递柜)(?:下单|购买)?|在(?:本店|我们)?(?:本店|平台|商城|网站|店铺)(?=下单|购买|拍|选|买|付款)/g,
      ' ',
    )
    .replace(/非(?:本店|商家|我们|店铺|官方)(?:的)?(?:安装|维修)?(?:人员|维修点|网点)/g, '买家')
    // A fitter or repairer the buyer brought ("请他人…", "找师傅拆修", "经第三方维修"), not one the shop hired ("本店请师傅").
    .replace(
      /(?<!本店|商家|卖家|我们|平台|门店|店铺)(?:请|找|委托)(?:的)?(?:他人|别人|师傅|第三方|物流|快递)|经(?:由)?(?:第三方|他人|别人|非官方|非本店)(?=[^,，。]{0,4}(?:维修|修理|拆修|拆装|拆卸|改装))/g,
      '买家',
    )
    // "快递员自己摔坏": 自己 after someone else names that one.
    .replace(OTHER_ACTOR_SELF, '$1');
  const act = ACT.exec(text);
  if (act === null) return false;
  const before = text.slice(0, act.index);
  // Actors are found in the whole text (a lookahead may see the act) but only before the act count.
  const last = (pattern: RegExp) =>
    Math.max(
      -1,
      ...matchesOf(pattern, text)
        .map((m) => m.index ?? -1)
        .filter((index) => index < act.index),
    );
  const buyer = last(BUYER_ACTOR);
  const other = last(OTHER_ACTOR);
  // An act that is only the buyer's when the buyer is named ("自己造成损坏", "因顾客使用导致损坏", "顾客摔坏"): damage, a fall or a
  // repair with no one named may be the carrier's, the shop's or the goods' own ("到货时损坏", "需返厂维修", "易摔碎").
  // A fall after receipt, or a careless one with no one else named, is the buyer's ("收货后摔坏", "不慎摔坏"); damage found
  // after receipt is not ("签收后发现损坏", "收到后开箱即损坏").
  // Careless damage with no one else named is the buyer's too ("不慎损坏", "使用不慎造成损坏", "孩子不小心摔坏").
  if (
    other < 0 &&
    ((/^摔/.test(act[0]) || /跌落|掉落|摔/.test(text.slice(act.index - 2, act.index + 2))) &&
    /(?:收货|签收|收到)(?:后|之后)(?![^,，。]*(?:发现|开箱))/.test(before)
      ? true
      : (/不慎|不小心|粗心|疏忽/.test(before) && !/发货|出厂|出库|打包|包装时|运输|配送/.test(before)) ||
        (act[0] === '摔' && /不慎$/.test(before)))
  )
    return true;
  if (WEAK_ACT.test(act[0])) return buyer >= 0 && buyer >= other;
  return buyer >= other;
}
const DEFECT_BORNE_EN =
  /\b(?:we (?:will |shall )?(?:pay|cover|refund|provide)|(?:is|are) (?:covered|paid|refunded) by us|free of charge|at our (?:cost|expense)|(?:is|are) free)\b/;
/**
 * The consumer's own side named after "not"/"except" in English ("except items damaged by misuse", "not for change of mind",
 * "not the customer's"): no kind of goods excepted from the defect's shipping.
 */
const CONSUMER_SIDE_EN = String.raw`mistake|\bby (?:the )?(?:customer|buyer|you)\b|misuse|change of mind|changed (?:your|their) minds?|elsewhere|wrong size|dislike|(?:don't|do not|no longer) (?:like|want|need)|(?:customer|buyer|your)'?s? (?:own )?(?:cost|expense|fault)|unwanted|incorrectly|in error|(?:didn'?t|did not|does not|doesn'?t|do not|don'?t) fit|(?:change|choice) of (?:size|colou?r)|wrong (?:size|colou?r)|size or colou?r|colou?r or size|size exchanges?|exchanged? for (?:a )?different (?:size|colou?r)|(?:dropped|damaged|broken) after (?:delivery|receipt)|proof of purchase|receipts?\b|unauthori[sz]ed|not authori[sz]ed`;
const NOT_CONSUMER_SIDE_EN = String.raw`(?![^.;,]{0,40}(?:${CONSUMER_SIDE_EN})|(?:the |your )?(?:customer|buyer|purchaser)s?'?s?\s*(?:[.,;)]|$))`;
const KINDS_EXCEPTED_EN = new RegExp(
  String.raw`(?:,\s*(?:but )?(?:not|never|except(?:ing)?|excluding)|\s(?:except(?:ing)?|excluding))(?: for| on| when| if)? (?:the |any |your )?${NOT_CONSUMER_SIDE_EN}(?:[\w£$¥.-]+ ){0,2}(?:items?|products?|goods|orders?|customers?|purchases?|parcels?|shipments?|appliances?|furniture|electronics|ordered|bought|purchased|reported|(?:remote|rural|outlying|overseas|international|offshore) (?:areas?|regions?|locations?|addresses|islands?|destinations?)|islands?)\b`,
);
/** The same, anywhere in a sentence of the line: kinds of goods left out of the defect's shipping borne elsewhere. */
const KINDS_NAMED_EN = new RegExp(
  String.raw`(?<!whether or |even if )\b(?:not|never|except(?:ing)?|excluding|but not)(?: for| on| when| if)? (?:the |any |your )?${NOT_CONSUMER_SIDE_EN}(?:[\w£$¥.-]+ ){0,2}(?:items?|products?|goods|orders?|customers?|buyers?|purchases?|parcels?|shipments?|appliances?|furniture|electronics|ordered|bought|purchased|returned|reported|shipped)\b`,
);
const OTHER_EXCEPTED_ZH = /^[^。;；]{0,4}[,，(（]\s*(?:但)?([^,，。;；()（）]{1,24})除外/;
/** An exception that ends in goods ("易碎商品", "宝宝推车", "孩子衣服", "宠物饮水机损坏的"). */
const EXCEPTED_GOODS_END =
  /(?:商品|产品|货品|用品|物品|座椅|推车|床|衣服|衣物|鞋|家具|家电|电器|玩具|配件|饰品|器|机|桌|椅|柜|灯|车)(?:类)?(?:损坏|破损|摔坏)?(?:的)?$/;
/** An exception for goods without a defect or past the guarantee: no defect's shipping to bear. */
const NO_DEFECT_EXCEPTED =
  /非质量|无质量问题|不属于质量问题|不是质量问题|经检测(?:无|正常|合格)|过保|保修期(?:外|已过|过后)|三包期(?:外|已过)|人为/;
const OTHER_ACTOR_NAMED = new RegExp(OTHER_ACTOR.source);
function defectBorneExceptKinds(text: string): boolean {
  const zh = DEFECT_BORNE_ZH.exec(text);
  if (zh && !/包邮|发货/.test(text.slice(0, zh.index + zh[0].length))) {
    const rest = text.slice(zh.index + zh[0].length);
    const excepted = KINDS_EXCEPTED_ZH.exec(rest);
    if (excepted && !buyerOwnAct(excepted[1] ?? '')) return true;
    // "…运费由本店承担，超重商品需买家补差价": kinds of goods or places charged a part of the defect's shipping.
    if (KINDS_CHARGED_ZH.test(rest)) return true;
    // Any other exception that names goods ("易碎商品除外", "儿童座椅除外"), the shop's or the carrier's side ("快递不慎损坏的",
    // "商家发货时不慎损坏的") or damage found on receipt ("收到后发现损坏的"), and not the buyer's own act nor goods without a
    // defect ("经检测无质量问题的除外").
    const other = OTHER_EXCEPTED_ZH.exec(rest)?.[1];
    if (
      other &&
      !buyerOwnAct(other) &&
      !NO_DEFECT_EXCEPTED.test(other) &&
      (EXCEPTED_GOODS_END.test(other) ||
        OTHER_ACTOR_NAMED.test(other) ||
        /发现|发货(?:时|前)|出厂|仓储|密封不良|包装不良|瑕疵|缺失|缺件|少件|漏件/.test(other) ||
        (/(?:授权|指定|官方)[^,，。]{0,6}(?:维修|修理)/.test(other) && !/非|未经|未/.test(other)))
    )
      return true;
  }
  return text.split(/\.(?:\s|$)|;/).some(
    (sentence) =>
      ((DEFECT_BORNE_EN.test(sentence) &&
        /\breturn (?:shipping|postage|labels?)\b|\bshipping (?:costs? )?(?:for|on) returns?\b|\breturned (?:to us )?at our (?:cost|expense)\b/.test(
          sentence,
        ) &&
        /\b(?:defective|faulty|damaged|wrong|incorrect)\b/.test(sentence)) ||
        // "Free return shipping for all orders": defective goods among them.
        /\bfree return (?:shipping|postage|labels?) (?:on|for) (?:all|every|any)\b/.test(sentence)) &&
      KINDS_EXCEPTED_EN.test(sentence),
  );
}

/** The shop paying the return shipping back ("we will reimburse the shipping cost", "we refund the postage"). */
const SHIPPING_REIMBURSED_EN =
  /\bwe\s+(?:will\s+)?(?:also\s+)?(?:reimburse|refund)\s+(?:you\s+)?(?:for\s+)?(?:(?:the|your|this|all|any|reasonable|full)\s+)*(?:cost of\s+(?:the\s+)?)?(?:(?:return|full)\s+)*(?:(?:shipping|postage)(?:\s+costs?)?|return costs?)\b(?![^.;]{0,40}\b(?:change[- ]of[- ]mind|non-?defective|unwanted|no[- ]reason)\b)|\bwe\s+(?:will\s+)?(?:also\s+)?(?:reimburse\s+(?:you\s+for\s+)?(?:it|this|that)\b|refund\s+it\b(?!\s+(?:less|minus|excluding|without|except)))/;
/**
 * The shop paying the return shipping back in a sentence of the clause, no other returns named before it ("Unwanted
 * items: we refund the shipping" speaks of those).
 */
function shippingReimbursed(text: string): boolean {
  return text.split(/\.(?:\s|$)|;/).some((sentence) => {
    const match = SHIPPING_REIMBURSED_EN.exec(sentence);
    return (
      match !== null &&
      !/change[- ]of[- ]mind|non-?defective|unwanted|no[- ]reason/.test(sentence.slice(0, match.index))
    );
  });
}
/** The shop paying the shipping back in Chinese ("我们将退还您支付的退货运费", "本店收到退货后退还来回运费", "本店核实后补偿运费"). */
const SHIPPING_REIMBURSED_ZH =
  /(?<!(?:不|无法|没有|优惠券|赠品|积分|红包|礼品)[^,;。]{0,8})(?<!退款(?!时)[^,;。]{0,8})(?:连同|与|和)货款(?:一起|一并)(?:退还|返还|退回)|(?<!(?:货款|退款|款项|价款)[^,;。]{0,4})(?:本店|我们|商家|卖家)(?:(?!不|无法|没有|拒绝)[^,;。]){0,6}(?:全额)?报销(?=[,;。!]|$|哈|哦|呢|啊)|(?:收到|收货|签收)[^,;。]{0,6}(?:后)?(?:给您|为您)?(?:全额)?报销(?:运费)?(?=[,;。!]|$|哈|哦|呢|啊)|(?:本店|我们|商家|卖家)(?:(?!不|无法|没有|拒绝)[^,;。]){0,10}(?:退还|补偿|报销|返还)(?:(?!金额|不含|不包括|扣除|不退|一半|部分|首重|\d|百分之)[^,;。]){0,10}(?:运费|邮费|快递费)(?!不退|除外|的?(?:一半|部分|\d|百分之)|券|补贴)|(?:本店|我们)(?:(?!不|无法)[^,;。]){0,6}(?:将|会)(?:运费|邮费)(?:退还|返还)|(?:本店|我们)(?:(?!不|无法)[^,;。]){0,8}(?:您|买家)(?:垫付|先行支付|先付|支付)的(?:运费|邮费|快递费)[^,;。]{0,4}(?:一起|一并)?(?:寄给|退给|返给|转给)/;
/** A part of the shipping, or shipping repaid in kind: half, a part, the first weight, a percentage, a coupon. */
const PARTIAL_SHIPPING =
  /一半|(?<!其余|其他|其它|剩余)部分(?:运费|邮费)|(?<!含|包括|包含)首重(?![和及与+]续重)|(?:(?<!\d)(?!100)\d{1,2}\s*%|百分之[一二三四五六七八九十]+)(?:的)?(?:运费|邮费)|(?:运费|邮费)的(?!100)\d{1,2}(?:\.\d+)?\s*%|(?<!(?:送|赠)[^,;。]{0,6})(?:运费|邮费)(?:券|补贴)|(?:优惠券|代金券|现金券|红包|积分|礼品卡|购物金|(?:店铺|账户)?余额)(?:的)?形式|\bhalf (?:of )?(?:the |your )?(?:return )?(?:shipping|postage)|\bpart of (?:the |your )?(?:return )?(?:shipping|postage)|(?<!\d)(?!100)\d{1,2}% of (?:the |your )?(?:return )?(?:shipping|postage)|\bshipping (?:coupon|voucher|credit)|\bcoupon to cover/;
/** The consumer paying first ("…paid by you first. We refund it after inspection."): "it" is the shipping. */
const PAID_FIRST_REIMBURSED_EN = /\bfirst\b[^;]{0,40}\bwe\s+(?:will\s+)?(?:reimburse|refund)\s+(?:it|this|that)\b/;

/**
 * The warranty period running, in English ("within the warranty period", "during the 1-year warranty", "under warranty",
 * "Warranty claims: …").
 */
const WARRANTY_RUNNING_EN =
  /\b(?:within|during|under|in)\s+(?:the\s+|our\s+|its\s+)?(?:(?:\d+|one|two|three)[- ](?:year|month)s?\s+)?(?:warranty|guarantee)(?:\s+period)?\b|\bwarranty (?:claims?|repairs?|returns?)\b/;
/**
 * What leaves an English warranty's or repair's shipping with the consumer lawfully: their own damage, a paid repair, the
 * warranty ended, other returns, the shipping repaid, or no fault found.
 */
const OWN_OR_ENDED_EN =
  /\b(?:misuse|abuse|accident\w*|improper|negligen\w*|user damage|damage(?:d)? (?:caused )?by (?:you|the (?:customer|buyer|user))|not covered|excluded|paid repairs?|chargeable|out[- ]of[- ]warranty|outside (?:the |of )?(?:the )?warranty|expired|after the warranty|no[- ]reason|change of mind|unwanted|refund\w*|reimburs\w*|unless|no (?:fault|defect)s?|not (?:faulty|defective)|(?:fault|defect)s? (?:is |are )?not (?:found|confirmed))\b/;
/** The consumer's own damage named in English ("damaged by misuse, drops or liquid", "damaged by the customer"): no defect. */
const CONSUMER_DAMAGE_NAMED_EN =
  /\bdamaged (?:by|through|due to|from|because of|as a result of) (?:the )?(?:misuse|abuse|accidents?|accidental \w+|drops?|dropping|liquids?|water|improper (?:use|handling|installation)|incorrect (?:use|usage|handling|installation)|(?:normal |general |ordinary )?wear (?:and|&) tear|negligence|you|(?:the )?(?:customer|buyer|user)s?)\b(?![^.;:]{0,6}\b(?:or|and)\b\s+(?:in transit|during|in shipping|on (?:the way|delivery)|by (?:the )?(?:courier|carrier|post|shipping company)|when (?:delivered|shipped)))/g;
/** The consumer's own damage named ("人为损坏", "使用不当造成的损坏"; not "非人为损坏", a defect): no defect of the goods. */
const CONSUMER_DAMAGE_NAMED = new RegExp(
  `(?<!非|非因|不属于|不属|不是|并非|排除)${OWN_DAMAGE}(?:原因|因素)?(?:造成|导致|引起|所致)?(?:的)?(?:商品|产品|货品)?(?:破损|损坏|损毁)`,
  'g',
);
/**
 * Not after a denial of the buyer's accident ("非买家不慎", "不是由于使用不小心", "排除自己的不慎"): read before each accident.
 */
const ACCIDENT_NOT_DENIED =
  '(?<!(?:非|非因|不是|并非|不属于|排除)(?:由于|因为|因)?(?:使用|自己|买家|用户|顾客|客户|消费者|您|亲)?(?:自己)?(?:的)?)';
/** Damage by an accident of the user's ("使用不慎造成损坏", "不小心进水导致损坏"), not denied. */
const ACCIDENT_DAMAGE = new RegExp(
  `${ACCIDENT_NOT_DENIED}(?:使用|自己|买家|用户|顾客|客户|消费者|您|亲)?(?:不慎|不小心)[^,，;；。]{0,6}?(?:造成|导致|引起|所致)(?:的)?(?:商品|产品)?(?:损坏|破损|损毁|故障)`,
  'g',
);
/**
 * The warranty period running ("保修期内", "保修期限内", "保固期内"), with the rest of its sentence; not one ended or denied
 * ("保修期外", "过保", "不在保修期内").
 */
const UNDER_WARRANTY = /(?<![不非过超出]|不在|不属于|不处于)((?:保修|保固)(?:期|期限)(?:内|之内|以内))([^;。]*)/g;
/**
 * A warranty of a stated length granted ("一年内免费保修", "免费保修一年", "质保两年", "享受12个月保修"), with the rest of its
 * sentence: the time inside it, as `UNDER_WARRANTY`; not one denied or ended ("不保修", "一年保修期外", "过保").
 */
const WARRANTY_GRANTED =
  /(?<![不非无过超出])((?:(?:\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?:年|月)(?:内|之内|以内)?(?:的)?(?:免费)?(?:保修|保固|质保)(?!期(?:外|满|过|后|以外|之外))|(?:免费)?(?:保修|保固|质保)(?:期)?(?:为)?\s*(?:\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?:年|月)(?![内后外以之])))([^;。]*)/g;
/** The warranty's end named in its sentence ("保修期外", "过保", "超出保修期"): the charge may be for that time. */
const WARRANTY_ENDED =
  /(?:保修|保固|质保)(?:期)?(?:外|满|过后|以外|之外|结束|到期)|过保|(?:超出|超过|过了?)(?:保修|保固|质保|[^,，;。]{0,4}(?:年|月))|(?:年|月)(?:后|以后|之后)|(?:到期|期满|届满)(?:后|以后|之后)?/;
/**
 * Whether the sentence after a granted warranty names its end. A time counted in it that is shorter than the warranty
 * ("保修一年，一个月后的维修运费由买家承担") is still inside it: only a time as long or longer, or the end named in words, ends it.
 */
function warrantyEnded(period: string, rest: string): boolean {
  if (!WARRANTY_ENDED.test(rest)) return false;
  const granted = months(readDurations(period)[0]);
  if (granted === undefined) return true;
  const withoutShorter = rest.replace(LATER_TIME, (time: string) => {
    const counted = months(readDurations(time)[0]);
    return counted !== undefined && counted < granted ? ' ' : time;
  });
  return WARRANTY_ENDED.test(withoutShorter);
}
/** A duration in months or years, counted in months ("一年" 12); undefined for any other unit. */
function months(duration: Duration | undefined): number | undefined {
  if (duration?.unit === 'year') return duration.value * 12;
  return duration?.unit === 'month' ? duration.value : undefined;
}
/** A time counted in months or years, and after it ("一个月后", "6个月以后"). */
const LATER_TIME = /(?:\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?:年|月)(?:后|以后|之后)/g;
/**
 * A ground of the buyer's own where the warranty's sentence states the charge ("保修期内人为损坏的", "…，若经检测为人为损坏，…"):
 * no defect's repair. An aside after the charge ("…由买家承担，人为损坏另收维修费") is no condition of it.
 */
const BUYERS_OWN_GROUND =
  /人为|不当|误用|滥用|(?<!非|不是|并非|不属于)(?:买家|用户|顾客|客户|您|亲|消费者|使用者)(?:自己|自身)?(?:的)?(?:不慎|不小心)|自然磨损|非质量|个人原因|自身原因|不在保修范围|不属于保修范围|保修范围(?:之|以)?外|不保修|(?:买家|用户|顾客|客户|您|消费者)(?:需|须|应|要)?(?:自行)?(?:承担|负担|支付)(?:维修|修理)(?:的)?(?:费用|费)|(?:维修|修理)(?:的)?(?:费用|费)(?:需|须|应|要)?由(?:买家|用户|顾客|客户|您|消费者)(?:自行)?(?:承担|负担|支付)/;
/**
 * An accident ("不慎", "不小心", "进水", "摔坏") not denied, where no one else is named in the warranty's condition ("如因物流不小心
 * 摔坏", "客服不小心登记错型号" name someone else): the buyer's own.
 */
const ACCIDENT = new RegExp(
  `${ACCIDENT_NOT_DENIED}(?:(?:自己|使用)?(?:不慎|不小心)|进水|受潮|摔坏|摔落|跌落|摔碎|摔裂|压坏)`,
);
function buyersOwnGround(condition: string): boolean {
  return BUYERS_OWN_GROUND.test(condition) || (ACCIDENT.test(condition) && !OTHER_ACTOR_NAMED.test(condition));
}
/**
 * A paid repair or service named as such ("有偿", "收费的维修", "付费维修", "维修需收费", "如需收费", "产生维修费用的"): a charge word
 * beside the repair, not any charge ("按快递公司收费标准", "收费问题请咨询客服").
 */
const PAID_REPAIR =
  /有偿|非免费(?:维修|修理|服务)|(?:收费|付费)(?:的)?(?:维修|修理|服务|保修)|(?:维修|修理|服务)[^,，]{0,4}(?:收费|付费)(?!问题|标准|详情|事宜|明细|说明)|(?:需要|需|要|须)(?:收费|付费|支付维修费|收取维修费)(?!的?$)|(?:如果|如|若)[^,，]{0,10}产生[^,，]{0,6}费|产生(?:维修)?费用?的/;
/**
 * What names no paid repair under the warranty, blanked before `PAID_REPAIR` is read: a charge its negation governs
 * ("不收费", "无需额外付费", "不另收费", "零收费", "不会产生维修费用", "不收取任何费用"), the buyer paying to post the goods
 * ("付费寄回"), and the service after the warranty ("超出保修期提供收费服务").
 */
const NO_PAID_REPAIR =
  /(?:不|无|免|零|没有|毋)(?:需要|需|须|用|必|会|另外|另行|另|额外|再|向[^,，]{0,6}){0,3}(?:收取?|支?付)(?:任何)?(?:维修)?(?:费用|费)?|(?:不|没有|无)(?:会)?(?:产生|收取)?(?:任何)?(?:维修)?费用|(?:不属于|不是|并非|除)(?:收费|付费)(?:维修|修理|服务)?(?:范围|项目)?|付费(?:寄回|寄出|邮寄|寄送)|(?:超出|超过|过了?)保修期[^,，]*|上门[^,，]{0,4}(?:收费|付费)|[^,，]*由(?:本店|商家|卖家|我们|我司|厂家|店铺)(?:来)?(?:承担|负担|支付|负责)/g;
/**
 * The warranty sentence up to the shipping charged, without asides in brackets: its parts before the charge and the charge's
 * own part up to the shipping's word ("有偿服务的来回运费…" names a paid service; "…的运费需买家付费" is the charge).
 */
function warrantyCondition(rest: string): string {
  const parts = rest.replace(/[(（][^()（）]*[)）]/g, ' ').split(/[,，]/);
  const charged = parts.findIndex((part) => SHIPPING.test(part));
  if (charged < 0) return parts.join('，');
  const charge = parts[charged] as string;
  return [...parts.slice(0, charged), charge.slice(0, charge.search(SHIPPING))].join('，');
}
/** A ground of the buyer's own, or a paid repair, in the warranty's condition. */
function paidOrBuyersOwn(condition: string): boolean {
  // "保修期内免费维修，亲不小心摔坏的除外，…": a ground excepted from the free repair is no condition of the charge.
  const said = condition
    .split('，')
    .filter((part) => !/(?:除外|例外)\s*$/.test(part))
    .join('，');
  return buyersOwnGround(said) || PAID_REPAIR.test(said.replace(NO_PAID_REPAIR, ' '));
}
/** The defect excepted in the warranty's sentence ("（非人为损坏除外）", "质量问题除外"): the charge leaves it with the shop. */
const DEFECT_EXCEPTED_IN_WARRANTY = /(?:非人为|质量问题|质量原因|瑕疵|故障)[^,;。()（）]{0,8}(?:除外|例外)/;

/** Defects other than those the shop pays for, their shipping charged ("其他瑕疵运费由买家承担", "轻微瑕疵的来回运费由顾客自理"). */
const OTHER_DEFECTS_CHARGED =
  /(?:其他|其它|其余|一般|轻微|细微|小)(?:的)?(?:瑕疵|质量问题|故障|缺陷)(?:的)?(?:退换货?|退货|换货)?(?:的)?(?:来回|往返|退回|寄回)?(?:运费|邮费)[^。;,]{0,4}(?:由|需|须)?(?:买家|顾客|客户|消费者|您)(?:自行)?(?:承担|支付|自理|自付)/;

/** The return shipping kept from the refund ("运费从退款中扣除", "到付运费将在退款中扣除", "退款时扣除来回运费"). */
const SHIPPING_DEDUCTED_ZH =
  /(?:运费|邮费|快递费|到付(?:运费|费用|邮费))(?:也|亦|同样|都)?(?:将|会|需|须|均|一律)?(?:从|在)(?:退款|货款)(?:金额)?(?:中|里)?(?:扣除|扣减|扣)|(?<!不|无需|无须|不会)(?:退款|货款)(?:时)?(?:将|会|需|须)?(?:扣除|扣减|扣)(?:来回|往返|退货|寄回|退回)?(?:的)?(?:运费|邮费|快递费|到付(?:运费|费用)?)/;
/** The warranty said not to include the shipping ("保修服务不包括期间产生的往返运费", "质保不含来回运费"). */
const WARRANTY_WITHOUT_SHIPPING =
  /(?:保修|保固|质保|三包)(?:服务)?(?:范围)?(?:不包括|不包含|不含|不承担|不负责)[^,;。]{0,12}(?:往返|来回|寄回|寄修|返修|双向)?(?:的)?运费/;
/** A heading naming the warranty, not its end ("保固 / 送修辦法", "保修说明"; not "保修期外"). */
const WARRANTY_HEADING = /^[^,;。:]{0,12}(?:保修|保固|质保)(?!期(?:外|满|已过))[^,;。:]{0,12}$/;

/**
 * The shop paying return shipping only for its own error ("We will only pay the return shipping costs if you received an
 * incorrect item"): a defect's shipping is left on the consumer (CRPL 24 ¶2), where the sentence names no defect.
 */
const SHIPPING_PAID_ONLY_FOR_ERROR_EN =
  /\bonly (?:pay|cover|refund|reimburse) (?:for )?(?:the )?return (?:shipping|postage|freight)(?: costs?| fees?| charges?)? (?:if|when|where|in case)\b[^.;]{0,80}\b(?:our (?:error|mistake|fault)|incorrect|wrong)\b/;

/** Shipping repaid only in the shop's coupons or credit ("…以无门槛券形式返还", "…將以優惠券方式補償"). */
const SHIPPING_REPAID_IN_CREDIT_ZH =
  /(?:运费|邮费|快递费)[^。]{0,30}(?:以|用)(?:无门槛)?(?:优惠券|代金券|购物金|积分|券|礼券|购物券)(?:的)?(?:形式|方式)?(?:返还|补偿|退还|报销|返)/;

export const qualityReturnShippingOnConsumer: ClauseRule = {
  id: 'cn.policy.quality-return-shipping-on-consumer',
  issue: 'quality_return_shipping_on_consumer',
  citations: cites(['CRPL', 24, 2]),
  judge(reading: ClauseReading) {
    if (!SHIPPING.test(reading.text)) return undefined;
    // The shipping of a defective return or an exchange paid back only in the shop's coupons or credit ("运费在寄回时先行垫付，换货
    // 完成后以无门槛券形式返还", "質量問題退貨之運費，將以優惠券方式補償"): the transport cost stays the consumer's in money (CRPL 24 ¶2).
    if (SHIPPING_REPAID_IN_CREDIT_ZH.test(reading.text) && (QUALITY.test(reading.text) || /换货/.test(reading.text)))
      return DEFECT_SHIPPING_FINDING;
    if (
      SHIPPING_PAID_ONLY_FOR_ERROR_EN.test(reading.text) &&
      !/\b(?:defect\w*|fault\w*|damaged|broken|not working)\b/.test(reading.text)
    )
      return DEFECT_SHIPPING_FINDING;
    // "…as items lost or damaged in transit back to us are the customer's responsibility": the consumer's own return parcel,
    // no defect of the goods.
    if (
      RETURN_PARCEL_HARM_EN.test(reading.text) &&
      !/\b(?:defect\w*|fault\w*|wrong|incorrect|not as described)\b/.test(reading.text)
    )
      return undefined;
    // "保修服務不包括期間產生的往返物流費用": the warranty's repairs (the defect's remedy, CRPL 24 ¶1) without their shipping, where
    // no ground of the consumer's own or time after the warranty is named.
    if (
      WARRANTY_WITHOUT_SHIPPING.test(reading.text) &&
      !buyersOwnGround(reading.text) &&
      !REPAIR_CHARGE_LAWFUL.test(reading.text)
    )
      return DEFECT_SHIPPING_FINDING;
    // "人为损坏的维修，来回运费由买家承担": the consumer's own damage is the buyer's ground, not the damage `QUALITY` names.
    // "因使用不慎造成损坏的", "由于不小心进水导致损坏的": an accident, no one else named, is the buyer's own damage too.
    const named = /人为|不当|误用|滥用/.test(reading.text)
      ? reading.text.replace(CONSUMER_DAMAGE_NAMED, '人为原因')
      : /\bdamaged\b/.test(reading.text)
        ? reading.text.replace(CONSUMER_DAMAGE_NAMED_EN, 'harmed by misuse')
        : reading.text;
    const own =
      /不慎|不小心/.test(named) && !OTHER_ACTOR_NAMED.test(reading.text)
        ? named.replace(ACCIDENT_DAMAGE, '人为原因')
        : named;
    // "保修期内，来回运费由买家承担": repairs under the warranty are the defect's remedy (CRPL 24 ¶1, "当事人约定"), where the part
    // names no ground of the buyer's own.
    const underWarranty = (all: string, period: string, rest: string): string =>
      paidOrBuyersOwn(warrantyCondition(rest)) || DEFECT_EXCEPTED_IN_WARRANTY.test(rest)
        ? all
        : `${period}质量问题${rest}`;
    // "一年内免费保修，寄修产生的运费由顾客负担": a warranty granted for a stated time is the time inside it, unless its end is
    // named in the sentence (the charge may then be for repairs after it).
    // Under a warranty's heading ("保固 / 送修辦法"), sending the goods for repair is the warranty's repair: the part names
    // the defect as `UNDER_WARRANTY` does ("保修期内…").
    const warrantyRepair =
      WARRANTY_HEADING.test(reading.lead) &&
      /送修|寄修|返修|维修/.test(reading.own) &&
      !/保(?:修|固)?期(?:外|满|已过|过后)|过保|超过保|人为|不当|误用|滥用|非保|不属于保|不在保|(?:保修|保固|质保)范围(?:之|以)?外/.test(
        own,
      );
    const text = warrantyRepair
      ? own.replace(reading.lead, `${reading.lead}质量问题`)
      : /保修|保固|质保/.test(own)
        ? own.replace(UNDER_WARRANTY, underWarranty).replace(WARRANTY_GRANTED, (all, period: string, rest: string) =>
            // Returns named beside it ("7天无理由退换货，一年保修，退换货运费由买家承担") may be the no-reason ones.
            warrantyEnded(period, rest) || /退货|退换|退款/.test(rest) || /无理由/.test(own)
              ? all
              : underWarranty(all, period, rest),
          )
        : own;
    if (defectBorneExceptKinds(text)) return DEFECT_SHIPPING_FINDING;
    // The shop pays, but only up to a cap ("承担的运费金额同购买时支付的运费相同"): the rest falls on the consumer.
    const freeOnce = /(?:只|仅)(?:可以|能|可)?免费(?:享受)?(?:退换货|退换|退货|换货)(?:服务)?(?:一|1)次/.test(text);
    // The defect (or the shop's own fault) named, and no other ground beside it.
    const defectNamed =
      (QUALITY.test(text) || OUR_FAULT.test(text) || OUR_FAULT_EN.test(text)) && !NOT_QUALITY.test(text);
    const capped =
      freeOnce ||
      // "若因商品严重瑕疵…，由卖家负担运费": the shop pays only for serious defects, the others' shipping falls on the consumer.
      (SHOP_BEARS_SHIPPING.test(text) &&
        SERIOUS_DEFECT_ONLY.test(text) &&
        !/瑕疵|质量问题|质量原因|故障|缺陷|破损|损坏|defect|fault|damage/.test(
          text.replace(SERIOUS_DEFECT_ALL, ' '),
        )) ||
      (defectNamed &&
        (/(?:最高|最多(?:报销|承担|补贴)|不超过|以[^,;。]{0,10}为限|金额(?:同|与)[^,;。]{0,16}相同|限额|上限|封顶|up to \$?\d|capped|\bup to (?:the |our |your )?(?:original |outbound |initial )?(?:cost|price|amount|value) of (?:the |our |your )?(?:original |outbound |initial )?(?:sending|shipping|posting|delivering|delivery|postage|dispatch)|\bno more than (?:the |our )?(?:original |outbound )?(?:shipping|postage|delivery) (?:cost|charge|fee))/.test(
          text,
        ) ||
          // A part of the defect's shipping repaid ("本店承担一半运费", "退还首重运费", "以优惠券形式返还运费", "we refund half of the
          // return postage"), in a part of the sentence that names no other returns.
          text
            .split(/[,;。]/)
            .some((part) => PARTIAL_SHIPPING.test(part) && !/无理由|非质量|个人原因|其他原因|其它原因/.test(part)))) ||
      // The shop's own share of a defect return's freight ("质量问题退货，我们承担10元以内的运费"), the defect named anywhere
      // before the cap in its sentence; a share of no-reason freight beside the shop paying all of a defect's is no cap.
      (!/运费全额由本店|全部来回运费/.test(text) &&
        text.split(/[,;，；]/).some((part, index, parts) => {
          // No other-reason or no-reason return named in the cap's own part, or in the part before it when the defect is
          // not named in the cap's own part.
          if (!SHIPPING_CAP.test(part)) return false;
          const said = parts.slice(0, index + 1).join('，');
          return (
            (QUALITY.test(said) || OUR_FAULT.test(said)) &&
            !NOT_QUALITY.test(said) &&
            !/(?:其他|其它|其余)(?:原因|情况)|无理由|非质量/.test(
              QUALITY.test(part) ? part : `${parts[index - 1] ?? ''}${part}`,
            )
          );
        }));
    // The shipping kept from a defect's refund, in the sentence that names the defect, not a change of mind's beside it.
    const lessShipping = text.split(/\.(?:\s|$)|;/).some((sentence) => {
      const match = LESS_SHIPPING.exec(sentence);
      if (match === null) return false;
      // The shipping kept in the part of the sentence that names other returns ("…, while other returns are refunded less
      // shipping") is theirs; the defect must be named in the shipping's own part ("…, but damaged items get a full refund").
      const part = shippingKeptPart(sentence, match);
      return (
        !otherReturnsPart(part) &&
        /\bdefect|\bfault|\bdamaged\b(?! by (?:misuse|you|the customer|customers?|accident|improper))|\bbroken\b/.test(
          part,
        ) &&
        !/if you (?:choose|opt|prefer) to|optional|by express/.test(sentence)
      );
    });
    // "质量问题退回的运费从退款中扣除", "…运费到付，到付运费从退款中扣除": a defect's shipping kept from its refund.
    const lessShippingZh =
      defectNamed &&
      SHIPPING_DEDUCTED_ZH.test(text) &&
      !/无理由|非质量|个人原因|(?:其他|其它|其余)(?:原因|情况)|买家原因|拍错|不喜欢|不想要|不成立|不属实|检测(?:合格|正常)|经检测(?:无|没有|不存在)/.test(
        text,
      );
    if (!capped && !ON_CONSUMER.test(text) && !lessShipping && !lessShippingZh) return undefined;
    // "退换货运费由消费者自行承担（瑕疵品及寄错商品除外）": the defect's shipping excepted in brackets.
    if (
      !capped &&
      (/[(（](?![^()（）]{0,12}(?:\d+|[一二三四五六七八九十])\s*(?:天|日))[^()（）]{0,20}(?:瑕疵|质量问题|质量原因|非人为损坏|非人为原因)[^()（）]{0,12}除外[)）]/.test(
        text,
      ) ||
        /[,，]\s*(?:但)?不包括(?:因)?(?:质量问题|质量原因)(?:的)?(?:退换货?)?\s*[。]?$/.test(text) ||
        DEFECT_EXCEPTED_ZH.test(text)) &&
      // "因我方原因退货的，运费由买家承担，质量问题除外": the shop's own fault charged is no defect carved out (the fault
      // excepted, "除非退货是由于我们的错误造成的，否则…", is).
      !OUR_FAULT.test(text.replace(DEFECT_EXCEPTED_ZH_ALL, ' ')) &&
      !QUALITY.test(
        text.replace(/[(（][^()（）]*[)）]|[,，]\s*(?:但)?不包括[^,，。]*$/g, ' ').replace(DEFECT_EXCEPTED_ZH_ALL, ' '),
      )
    )
      return undefined;
    // The consumer pays first and the shop pays it back, on the line ("…at the buyer's expense; we will reimburse the
    // shipping cost once received").
    if (!capped && (shippingReimbursed(reading.line) || PAID_FIRST_REIMBURSED_EN.test(reading.line))) return undefined;
    // "质量问题运费买家先行垫付，我们将退还您支付的退货运费": the shop pays the shipping back, where that is not only a
    // no-reason return's ("仅无理由退货本店报销运费，…").
    if (
      !capped &&
      text.split(/[,;。]/).some((part) => SHIPPING_REIMBURSED_ZH.test(part) && !/无理由|非质量|仅|只/.test(part))
    )
      return undefined;
    // "…from every refund, except where the item arrived damaged", "You pay return shipping, unless we made an error":
    // the defect's shipping excepted from what the consumer pays.
    if (
      !capped &&
      DEFECT_EXCEPTED.test(text) &&
      // "…, even if damaged", "whether or not the item is faulty", "defective items are no exception" charge the defect too.
      !/\b(?:even|including|incl\.?) (?:if |when |for |on )?(?:it is |they are |the item is )?(?:defective|faulty|damaged)|whether or not[^.;]{0,24}(?:defective|faulty|damaged)|(?:defective|faulty|damaged) (?:items?|goods|products?) are no exception/.test(
        text,
      )
    )
      return undefined;
    // The lost free shipping of a conditional offer (NRR-MEASURES 18 ¶2) is the consumer's: in Chinese, where the charge's own
    // part names the free shipping ("包邮商品退货需买家承担运费") and not only a part beside it ("全部商品包邮，退货运费一律由买家承担":
    // the return's own shipping).
    if (
      !capped &&
      (FREE_SHIPPING_ZH.test(text) || /free shipping/.test(text) || ORDER_BELOW_AFTER_RETURN.test(text)) &&
      !(QUALITY.test(text) && !NOT_QUALITY.test(text))
    ) {
      // The charge's part, with the part before it where that states the free shipping lost ("…无法满足包邮条件的，由买家承担
      // 所有邮费", "非商家包邮商品，所有物流费用均由买家承担").
      const parts = text.split(/[,;。]/);
      const charged = parts.flatMap((part, index) =>
        ON_CONSUMER.test(part)
          ? [
              {
                part,
                freeShipping:
                  FREE_SHIPPING_LOST.test(part) ||
                  FREE_SHIPPING_LOST.test(parts[index - 1] ?? '') ||
                  (FREE_SHIPPING_ZH.test(part) && !ALL_RETURNS.test(part)),
              },
            ]
          : [],
      );
      if (
        !/[\u4e00-\u9fff]/.test(text) ||
        charged.some((charge) => charge.freeShipping) ||
        !charged.some((charge) => ALL_RETURNS.test(charge.part))
      )
        return undefined;
    }
    if (
      !capped &&
      (SHOP_BEARS_SHIPPING.test(text) ||
        /unless[^.]{0,40}(?:our (?:part|error|fault|mistake)|defective|incorrect|damaged|faulty)/.test(text)) &&
      (QUALITY.test(text) || /unless/.test(text))
    ) {
      // "质量问题运费由本店承担" — only void when the consumer is also charged for the quality case, or for the shop's
      // own faults ("…，其他情况如错发漏发运费由买家承担").
      if (
        !lessShippingZh &&
        !SHOP_FAULT_CHARGED.test(text) &&
        !/质量(?:问题|原因)(?:(?!其他|其它|其余|非质量|否则|人为|个人原因|买家原因|自身原因)[^。;；]){0,20}(?:(?:买家|顾客|客户|消费者|您)(?:需|须|应|要)?(?:先行|先|自行)?(?:承担|负担|支付|垫付)|(?:运费|邮费)[^。;；,]{0,4}(?:自理|自付|自负))/.test(
          text,
        ) &&
        // "质量问题我们负责，运费不退", "新客首单运费全免，质量问题退回运费本店不退": the defect's shipping refused after it.
        !DEFECT_FEE_REFUSED.test(text) &&
        // "严重瑕疵由卖家承担运费，其他瑕疵运费由买家承担": the other defects' shipping charged beside the ones the shop pays.
        !OTHER_DEFECTS_CHARGED.test(text) &&
        // "…we cover 100% of return shipping within 7 days; after that, shipping for repairs is at your cost".
        !/\b(?:repairs?|replacements?|after (?:that|this|\d+ days|seven days))\b[^.;]{0,50}\b(?:at your (?:own )?(?:cost|expense)|paid by you|(?:is |are )?your responsibility|(?:is |are )?on you|you pay)\b/.test(
          text,
        )
      )
        return undefined;
    }
    const qualityScope =
      capped ||
      lessShippingZh ||
      // The shop's faults charged after the buyer's shipping ("无质量问题的退货，运费由买家承担，错发漏发也是").
      (SHOP_FAULT_CHARGED.test(text) && ON_CONSUMER.test(text)) ||
      // A part of the sentence of its own on defects' shipping ("质量问题以外…，质量问题的退货运费也由买家承担").
      // The defect may name itself in the part before the charge where another part negates one ("验货时没发现质量问题的，之后
      // 出现质量问题，退货运费由买家承担").
      text.split(/[,;，；]/).some((part, index, parts) => {
        if (!SHIPPING.test(part) || !ON_CONSUMER.test(part)) return false;
        const own = QUALITY.test(part) ? part : (parts[index - 1] ?? '');
        return (
          QUALITY.test(own) &&
          !NOT_QUALITY.test(own) &&
          !NO_REASON.test(own) &&
          !LAWFUL_SCOPE.test(own) &&
          (own === part ||
            (!SHIPPING.test(own) &&
              !/其他|其它|其余|以外|之外|除|承担|负责|包|报销|证明|错发|漏发|损坏/.test(own) &&
              !NO_REASON.test(part) &&
              !/原因|其他|其它|其余/.test(part)))
        );
      }) ||
      (QUALITY.test(text) && !NOT_QUALITY.test(text) && !NO_REASON.test(text) && !onlyBuyersGroundCharged(text)) ||
      // "因我方原因退货的，运费由买家承担", "If the return is due to our error, return shipping is at the buyer's expense".
      ourFaultCharged(text) ||
      // "Shipping for repairs / replacements is paid by you": the defect's remedies named by their own words.
      (/\b(?:shipping|postage|freight)\b(?: (?:both|each) ways?| to and from us| there and back)?[^.;]{0,10}\b(?:for|on|of) (?:warranty )?(?:repairs?|replacements?)\b|\b(?:repairs?|replacements?)\b[^.;]{0,10}\b(?:shipping|postage|freight)\b/.test(
        text,
      ) &&
        !OWN_OR_ENDED_EN.test(text)) ||
      // "Within the warranty period, shipping both ways is paid by the customer": the warranty's repairs are the defect's
      // remedy, where its sentence names no ground of the buyer's own nor a paid repair.
      text
        .split(/\.(?:\s|$)/)
        .some(
          (sentence) =>
            WARRANTY_RUNNING_EN.test(sentence) && ON_CONSUMER.test(sentence) && !OWN_OR_ENDED_EN.test(sentence),
        ) ||
      // The defect joined to another ground ("个人原因或质量问题退货，本店均不承担运费", "质量问题以及个人原因退货…", "个人原因和质量问题
      // 都可以退货，运费买家承担", "…，质量问题也不例外"), unless the charge names its own returns ("支持七天无理由退货以及质量问题退换，
      // 无理由退货运费由买家承担": the returns offered, and the no-reason return's shipping charged).
      (DEFECT_JOINED.test(text) &&
        (DEFECT_ALSO.test(text) ||
          !text
            .split(/[,;。]/)
            .some(
              (part) =>
                ON_CONSUMER.test(part) && (NOT_QUALITY.test(part) || (NO_REASON.test(part) && !QUALITY.test(part))),
            ))) ||
      /(?:even|including|incl\.?) (?:for |on )?(?:defective|faulty|damaged|warranty)|\bwhether (?:for|it is|it's) [^.;]{0,40}\b(?:warranty|defective|faulty)\b|(?:包括|包含|含|即使|即便)[^,;。]{0,4}质量问题/.test(
        text,
      );
    // A delivery the customer refused is a return of their own choosing.
    const refusedByBuyer =
      /refus(?:ed|es|e) by (?:the )?(?:customer|buyer|recipient)|(?:customer|buyer) refuses? (?:the )?(?:shipment|delivery|package|order)/.test(
        text,
      );
    // Every return's shipping on the consumer: said of the whole text, or in the shipping's own part where another part
    // grants the no-reason return ("支持七天无理由退货，退货运费本店概不承担": the grant beside it narrows nothing).
    const allReturns =
      !refusedByBuyer &&
      ((ALL_RETURNS.test(text) && !NO_REASON.test(text) && !NOT_QUALITY.test(text)) ||
        // Not where the text names returns other than the defect's ("非质量问题…") or carves a defect out ("…，除非商品有损毁")
        // anywhere (`NOT_QUALITY` reads both): the whole-text reading above decides those.
        (!NOT_QUALITY.test(text) &&
          text.split(/[,;。]/).some((part, index, parts) => {
            // Where the part starts: each separator is one character.
            const at = parts.slice(0, index).reduce((sum, earlier) => sum + earlier.length + 1, 0);
            if (!SHIPPING.test(part)) return false;
            // The part before is the shipping's own condition when it is one ("不论何种原因，…", "非质量问题退货，运费…", "因个人原因
            // 退货的，…"), or speaks of the shipping too; not when it grants the return ("支持七天无理由退货，…", "所有商品七天无理由退货，…").
            const before = parts[index - 1] ?? '';
            const condition =
              /^(?:不论|无论|不管)/.test(before) ||
              SHIPPING.test(before) ||
              ((NO_REASON.test(before) || /\bchange-of-mind\b/.test(before) || NOT_QUALITY.test(before)) &&
                !/支持|可以|可(?!能)|享受|享有|提供|接受|办理|允许/.test(before) &&
                !/^(?:所有|全部|一切|任何|本店|我们|我司|本公司)/.test(before));
            const own = condition ? `${before},${part}` : part;
            if (!ON_CONSUMER.test(own)) return false;
            // The sentence opened by a no-reason condition ("如果不喜欢，可退换，但买家必须承担所有的运费"): its shipping is
            // that return's.
            const opening = text.slice(Math.max(text.lastIndexOf('。', at), text.lastIndexOf(';', at)) + 1, at);
            const opened = /^\s*(?:[^。;,]{0,10},)?(?:如果|假如|若|要是)([^。;]{0,30})$/.exec(opening)?.[1] ?? '';
            // Not where the shipping's own words reach every return ("任何情况下运费都由买家承担", "包括质量问题的运费").
            const sentenceRest = text.slice(at).split(/[。;]/)[0] ?? '';
            if (
              NO_REASON.test(opened) &&
              !(QUALITY.test(opened) && !NOT_QUALITY.test(opened)) &&
              !/任何|无论|不论|不管|一律|质量|故障|瑕疵/.test(sentenceRest)
            )
              return false;
            // A grant run into the part ("支持七天无理由退货、退货运费本店概不承担", a space or a line dropped) narrows nothing either.
            const narrowing = own.replace(GRANT_RUN_IN, ' ');
            return ALL_RETURNS.test(own) && !NO_REASON.test(narrowing) && !LAWFUL_SCOPE.test(own);
          })));
    if (!qualityScope && !allReturns) return undefined;
    // "所有货品均可于收货后7天内退货，运费由顾客支付；瑕疵货品之运费由本公司支付": the defect's shipping borne by the shop in
    // another sentence of the line.
    if (
      !qualityScope &&
      reading.line.split(/[;；。]/).some((sentence) => {
        const borne = DEFECT_BORNE_ZH.exec(sentence);
        return (
          borne !== null &&
          !/不|除外/.test(borne[0]) &&
          !/仅限|只限|仅|只|会员|首单|以内|之前|前/.test(sentence) &&
          !sentence.includes(text.trim())
        );
      })
    )
      return undefined;
    // Every return charged, with the defect's shipping borne by the shop in another sentence of the line ("A return
    // shipping fee applies to all items. Faulty items are refunded in full including shipping.").
    if (
      !qualityScope &&
      reading.line.split(/\.(?:\s|$)|;/).some(
        (sentence) =>
          DEFECT_SHIPPING_BORNE.test(sentence) &&
          // Not denied, cut again or limited ("…are not refunded in full", "…minus the return shipping", "only … if
          // reported within 48 hours"), nor the consumer's own damage ("damaged by misuse").
          !/\b(?:not|never|cannot|can't|won't) (?:be )?(?:refunded|returned|exchanged|replaced|covered|reimbursed)\b|\b(?:minus|less|deduct(?:ed|ing)?|excluding) (?:the |an? )?(?:return |original |outbound )?(?:shipping|postage|fee|delivery|cost|\d+%|handling|restocking)|\bonly (?:be )?(?:refunded|returned|replaced|if|when|within|in|on|for)\b|^\s*only\b|\b(?:delivery|receipt|purchase|uk|us|eu) only\b|(?<!\b(?:not|never|except(?:ing)?|excluding|but not)(?: for| on)? (?:the )?)\b(?:items?|goods|products?) damaged (?:by|through) (?:misuse|the customer|you|accident)|(?<!whether or |even if )\b(?:except(?:ing)?|excluding|but not|not|never)(?: for| on)? (?:the )?(?:(?:on )?(?:sale|clearance|promotion\w*|discounted|custom(?:ised|ized|-made)?\b|personali[sz]ed|final|bulky|international|oversized|gift cards?)|(?:return |original |outbound )?(?:shipping|postage|delivery))|\b(?:sale|clearance|custom|bulky|international|oversized|personali[sz]ed) (?:items? |goods |orders? )?excluded|\b(?:return |original |outbound )?(?:postage|shipping|delivery(?: fee)?) excluded|\bnot including (?:the )?(?:return |original |outbound )?(?:shipping|postage|delivery)|(?:postage|shipping)[^.;]{0,12}\bnot (?:refundable|reimbursed|covered|included)|\b[1-9]\d*\s*%[^.;]{0,10}\bdeducted|\bdeduct\w* [1-9]\d*\s*%|(?:cannot|can't|won't|will not|do not|don't) (?:refund|reimburse|cover|pay (?:for )?(?:the )?(?:return )?(?:shipping|postage))\b|(?:shipping|postage|fee)[^.;]{0,10}\bdeducted\b(?! earlier| before)|\bdeducted from (?:your|the) refund|\b(?:are|is) (?:your|the customer'?s) responsibility\b/.test(
            sentence,
          ) &&
          !KINDS_NAMED_EN.test(sentence),
      )
    )
      return undefined;
    return DEFECT_SHIPPING_FINDING;
  },
};

const EXCHANGE_ONLY =
  /\b(?:unhappy|not happy|dissatisfied|not satisfied)\b[^.;]{0,60}\b(?:exchange|return) (?:it|them|the (?:items?|products?|goods))(?: or (?:receive|get|choose) (?:a |an )?(?:store credit|credit note|gift card|voucher)s?)\b(?![^.;]{0,40}\b(?:or|and) (?:a )?(?:full )?refund)|\b(?:there is |there are )?(?:never|no) (?:a )?refunds?,? (?:only|just) (?:an? )?(?:store credit|credit note|exchanges?|gift cards?|vouchers?)\b|\b(?:can|may|will) either (?:exchange|swap) [^.;]{0,40}\bor (?:be given|receive|get|choose) (?:a |an )?(?:store credit|credit note|voucher|gift card)s?\b(?![^.;]*\brefund)|\bliability (?:is|shall be|will be) limited to (?:either )?(?:repair(?:ing)?|replac(?:ing|ement))\b(?:[^.;]{0,20}\b(?:or|and) (?:repair(?:ing)?|replac(?:ing|ement)))?(?![^.;]*\brefund)|\brefunds?\b[^.;]{0,30}\b(?:will|shall) (?:occur|happen|take place|be (?:made|given|issued|provided|processed|paid)) (?:only )?(?:as|in|via) (?:an? |your )?"?(?:store credits?|credit notes?|store vouchers?)\b(?![^.;]{0,40}\bor (?:a |an |your )?(?:original|cash|card|bank|refund|full refund))|\b(?:cannot|do not|dont|will not|no) (?:offer |give |issue |provide )?cash refunds?\b[^.;]{0,12}\b(?:but|however|only)\b[^.;]{0,40}\b(?:exchanges?|store credits?|credit notes?|vouchers?)\b(?![^.;]{0,60}\b(?:card|original (?:payment|method)|bank|account)\b)|\b(?:sole|only|entire) (?:obligation|responsibility|liability|remedy) (?:is|shall be|will be) (?:to )?(?:either )?(?:repair(?:ing)?|replac(?:ing|ement))\b(?:[^.;]{0,40}\b(?:or|and) (?:repair(?:ing)?|replac(?:ing|ement)))?(?![^.;]*\brefund)|唯一(?:的)?(?:责任|义务)(?:是|为|在于|仅为|仅限于?)[^。]{0,40}(?:维修|修理|更换|换货)(?![^。]*(?:退款|退货|退还))|(?<!\bonly )\b(?:defective|faulty) (?:items?|goods|products?|merchandise) (?:will|shall) be exchanged\b(?![^.;]*\brefund)|\b(?:product |item )?(?:replacement|exchange) or (?:store |account )?credit (?:is |are |will be )?(?:given|issued|offered|provided)\b(?![^.;]*\brefund)|\b(?:can|may|will) only be (?:returned|accepted|taken back) for (?:an? )?(?:exchange|store credit|credit notes?|gift cards?|vouchers?)(?:,? (?:or|and) (?:an? )?(?:exchange|store credit|credit notes?|gift cards?|vouchers?|replacement))?\b(?![^.;]{0,40}\brefund)|\b(?:unhappy|not happy|dissatisfied|not satisfied)\b[^.;]{0,60}\b(?:exchange|return) (?:it|them|the (?:items?|products?|goods))\b[^.;]{0,60}\bfor (?:a |an )?(?:store credit|credit note|gift card|voucher)s?\b(?![^.;]{0,40}\b(?:or|and) (?:a )?(?:full )?refund)|\b(?<!\b(?:may|might|can|could) )arrange (?:a |for )?(?:repair|replacement)s? (?:or|and) (?:a )?(?:repair|replacement)s?\b(?<!\brefund[^.;]{0,80})(?![^.;]*\brefund)|\brefund\b[^.;]{0,40}\b(?:on ?to|onto) (?:a |an |your )?(?:gift card|store credit|voucher|credit note)s?\b|(?:尺码|尺寸|码数|大小)(?:不合适?|不合|不符|不对)[^。]{0,4}(?:仅|只)?限(?:同款)?(?:更)?换(?:尺码|尺寸|码|大小)|\b(?:we|i) only (?:process|offer|do|provide|give|issue|accept) (?:an? )?exchanges?(?:,? (?:and )?(?:not|no) refunds?\b|\s*(?:[.;]|$))|\b(?<!\b(?:may|might|can|could) )(?:offer|provide|give|issue)(?: you)? (?:a |an )?(?:repair|replacement|exchange)s?,? (?:(?:a |an )?(?:repair|replacement|exchange)s?,? )?(?:or|and) (?:a |an )?(?:store credit|credit note|voucher|gift card)s?\b(?<!\brefund[^.;]{0,80})(?![^.;]*\brefund)|\b(?<!\b(?:may|might|can|could) )(?:offer|provide|give|issue)(?: you)? (?:a |an )?(?:store credit|credit note|voucher|gift card)s?,? (?:(?:a |an )?(?:repair|replace(?:ment)?|exchange)s?,? )?(?:or|and) (?:a |an )?(?:repair|replace(?:ment)?|exchange)s?\b(?<!\brefund[^.;]{0,80})(?![^.;]*\brefund)|\brefunds?\b[^.;]{0,80}\b(?:(?:are|is|will be) )?(?:only (?:offered|given|issued|provided|made|available|possible)|(?:offered|given|issued|provided|made|available|possible) only) (?:if|when|where|in case) (?:the |your )?(?:(?:items?|products?|goods|replacements?|exchanges?) )?(?:(?:is|are) )?(?:out[- ]of[- ]stock|unavailable|sold out|not (?:available|in stock))\b|\breturns? (?:accepted (?:are|will be) )?(?:in exchange )?for (?:a |an )?(?:online |in-store )?(?:store credits?|credit notes?|store vouchers?)\b(?! (?:or|and) (?:a |an )?(?:full )?refund)|\b(?:faulty|defective) (?:items?|goods|products?|merchandise) (?:must|can only|may only|will only) be exchanged\b(?![^.;]{0,40}\b(?:or|and) (?:(?:a |the )?(?:full )?refund(?:ed|s)?|returned)\b)|(?:质量|品质)(?:上)?(?:的)?问题[^。]{0,16}(?:须|需|必须)(?:于|在)[^,;。]{0,16}(?:内|之内|以内)(?:进行|办理|申请)?换货(?![^。]{0,12}(?:退货|退款|退换))|\bonly (?:a )?(?:store credits?|credit notes?) (?:will|can|would) be (?:provided|offered|given|issued)(?: (?:for|on) (?:all |any )?(?:returned (?:items?|goods|products?|merchandise)|returns?))?\s*(?:[.!]|$)|(?:\bonly (?:a )?replacements? (?:will|can|would) be (?:provided|offered|given|issued|sent|made)\b|\b(?:for any reason|(?:not|un)satisfied)\b[^.;]{0,80}\b(?:return|send) (?:it|them|the (?:item|product|goods)s?|your (?:item|purchase|order)s?)? ?(?:back )?for (?:a |an )?(?:replacement|exchange)\b|\b(?:will|would) (?:only )?provide (?:a )?replacement (?:of|for) the returned (?:items?|products?|goods)\b)(?![^.]*\b(?:refunds?|refunded|money back|store credit|ask|asks|asked|request|requests|requested|choose|chooses|chosen|opt|opts|prefer|prefers|otherwise|instead)\b)|\b(?:the )?(?:rest|remainder|remaining amount|cash (?:part|portion|payment)s?|card payments?)\b[^.;]{0,20}\b(?:is|are|will be) (?:refunded|returned|issued|paid|credited) (?:as|in|to|into|with) (?:a |an |your )?(?:store credit|account credit|credit note|voucher|gift card|(?:store |account )?balance)s?\b|(?:退货|退款|退换货?)(?:后)?(?:均|一律)?(?:只|仅)(?:能|可|可以)?(?:换取|兑换|转为|换成|退至|退到|退回至)(?:等值|等额|同等价值)?(?:的)?(?:本店|店铺|商城)?(?:余额|积分|购物金|代金券|礼品卡|购物卡|优惠券|储值金?)(?![^,;。]{0,8}(?:或|或者)[^,;。]{0,8}(?:退款|原路|现金))|(?:所有|全部)?退款(?:将|均|一律)?(?:只|仅)?以(?:本店)?(?:礼券|购物券|代金券|优惠券|积分|京豆|余额|购物卡|礼品卡)(?:的)?形式(?:发放|返还|退还|退回|支付)(?<!(?:积分|京豆|优惠券|礼品卡|余额|购物卡|代金券)(?:抵扣|抵用|支付|付款)[^。]{0,24})|\brefunded (?:as|in|with) (?:a )?(?:store credit|credit note|voucher|gift card)s? only\b(?<!\b(?:paid (?:for )?(?:with|by|using|via) (?:a |an |your )?(?:gift cards?|store credits?|vouchers?|credit notes?)|gift card purchases?)[^.;]{0,80})|\b(?:returned|refunded|returnable|refundable)\b(?<!\bpaid (?:with|by|using|via) (?:a |an |your )?(?:gift cards?|store credits?|vouchers?|credit notes?)[^.;]{0,30}(?:returned|refunded|returnable|refundable))[^.;]{0,12}\bonly (?:for|as|in|with) (?:a )?(?:store credit|credit note|voucher|gift card)s?\b|不(?:提供|支持)现金退款[^。]{0,20}(?:退回至|退至|退到|返还至|兑换|转为|以)[^,;。]{0,10}(?:余额|积分|代金券|购物卡|储值卡|会员卡|礼品卡|优惠券)|(?:can|may|will) only refund (?:you )?(?:with|in|as|via|by) (?:a |an )?(?:store credits?|credit notes?|gift cards?|vouchers?)|(?:are|is) only (?:available|eligible|offered|accepted) (?:for )?(?:returns? )?(?:as |for )?(?:a |an )?(?:store credit|credit note|gift card|voucher|exchange)(?! or (?:a |an )?(?:full )?refund)|(?:can|may|will) only (?:get|receive|be given|be offered|be issued|be refunded (?:in|as|with)) (?:a |an )?(?:store credit|credit note|gift card|voucher|exchange)|(?:qualify|qualifies|are eligible|is eligible|be eligible|are entitled|is entitled) (?:only )?for (?:a |an )?(?:store credit|credit note|gift card|voucher)(?! or (?:a |an )?(?:full )?refund)|(?:will|shall) (?:only )?(?:receive|get|be given|be issued) (?:a |an )?(?:store credit|credit note|voucher)(?! or (?:a |an )?(?:full )?refund)|(?:returned|refunded|exchanged) (?:only )?for (?:a |an )?(?:store credit|credit note|gift card|voucher)|(?:质量问题|瑕疵|故障)(?:(?!退货|退款)[^。]){0,30}(?:7|七)(?:天|日)(?:内|之内|以内)(?:(?!退货|退款|后)[^。]){0,24}(?:为您|给您)?(?:换货|更换|调换)(?:或|或者|、)(?:维修|修理)(?![^。]*(?:退货|退款|退回货款))|\b(?:defective|faulty)\b[^.;]{0,60}\b(?:must|should|will|can|may) be (?:returned|sent back)\b[^.;]{0,40}\bfor (?:a )?(?:replacement|repair)(?: or (?:a )?(?:replacement|repair))?\b(?![^.;]*\b(?:refunds?|refunded|money back)\b)|(?:只|仅)(?:支持|提供|接受|限|可|能|可以|能够)?(?:更换|调换|换)(?:同款|同价|同类|其他|等价|尺码|颜色|码)|(?:只|仅)(?:能|可|可以|会)?(?:退|返还|返|以|退还|退回)[^,;。]{0,6}(?:积分|购物卡|购物金|会员金|余额|代金券|优惠券|礼品卡|储值卡)|(?:只|仅)(?:支持|提供|接受|限|负责|给予|办理)[^,;。退]{0,6}换货|只换不退|只能换货|只可换货|仅(?:支持|提供|接受|限|可|能)?(?:调)?换货|可换不可退|不退只换|仅换不退|只换货|只接受换货|只提供换货|只支持换货|只做换货|只予换货|换货不退货|只修不退|(?<!(?:人为|使用不当|保管不当|误用|滥用|非质量问题|非质量|过保|保修期外|保修期后|三包期外|三包期后)[^。，,]{0,8})只修不换|只保修|仅(?:提供|支持)?(?:保修|维修)|只能维修|only (?:be )?(?:exchanged|swapped)|exchanges? only(?! (?:after|once|upon|when|if|where|provided|as long as|on receipt)\b)|only (?:for )?(?:an )?exchange|store credit only|\brefund(?:ed|s)?\b[^.;]{0,30}\b(?:only )?(?:in|as|via|through|by) (?:point credits?|points|credit points|account credits?|reward points)\b|\bonly points? refunds?\b|\bpoints? refunds? (?:will be|is|are) (?:provided|given|issued)\b|\bfor (?:a |an )?(?:store credit|credit note|gift card|voucher) only\b|only (?:offer|provide|issue|give) (?:an )?(?:exchange|store credit|repair)|for (?:an )?exchange or store credit|\brefunds?(?<!\b(?:paid|purchased|bought|made) (?:with|by|using) (?:a |an )?(?:gift cards?|store credit|vouchers?|points)\b[^.;]*)(?: (?:of|for) [^.;]{0,30}?)? (?:will|shall) (?:only )?be (?:(?:made|given|issued|provided|processed) )?(?:only )?(?:(?:in|as|via|using|with|through|in the form of) )?(?:a |an )?(?:store credit|credit notes?|gift cards?|vouchers?)\b(?![^.;]{0,12}\bor\b[^.;]{0,30}(?:original|cash|card|bank|payment|refund))|\binstead,? (?:you|customers?|the customer|buyers?|the buyer) (?:will|shall|would) (?:receive|get|be (?:given|issued|offered)) (?:a |an )?(?:digital |electronic |e-)?(?:vouchers?|store credits?|credit notes?|gift cards?)\b|(?:all )?returns? (?:are|will be) (?:only )?refunded (?:only )?(?:via|as|in|with|through|in the form of) (?:a |an )?(?:store credit|credit note|gift card|voucher)(?![^.;]{0,12}\bor\b[^.;]{0,30}(?:original|cash|card|bank|payment|refund))|defective (?:items?|products?|goods|merchandise) (?:must|will|can|may|should) (?:only )?be returned for (?:an? )?(?:exchange|replacement)(?! or (?:a )?(?:full )?refund)|\bexchange (?:it )?or (?:provide|issue|offer|give) (?:you )?(?:a |an )?store credit|exchanged for the same item only|(?<!\bfor )repair(?:ed)? only|(?:issue|offer|give|provide)s?\s+(?:only\s+)?store credit|refunds? (?:are |is |will be )?(?:only )?(?:issued|given|provided|made|offered|processed) (?:only )?(?:in the form of|as|in|via) (?:a |an )?(?:store credit|credit note|gift card|voucher)(?![^.;]{0,20}\b(?:if|when|where) (?:you (?:originally )?paid|(?:it|the (?:original )?(?:order|purchase)) was paid) (?:with|by|using|via) (?:a |an |your )?(?:store credit|credit note|gift cards?|vouchers?))(?![^.]{0,60}\b(?:can|may|are able to)\b(?:(?!\b(?:not|never|cannot|cant|no longer|in no)\b|\bno\b(?! (?:extra |additional |hidden )?(?:fees?|charges?|costs?|minimum))|\bbut\b(?! also))[^.]){0,30}\b(?:withdraw|cash(?:ed)? (?:it )?out))|no cash (?:or (?:card|credit card|bank) )?refunds?|\b(?:do not|don'?t|cannot|can ?not|can'?t|will not|won'?t) (?:offer|give|issue|provide|make|facilitate|do) cash refunds?\b|(?:do not|don't|cannot|can't|will not|won't) (?:offer|give|issue|provide|make) cash or (?:card|credit card|bank) refunds?|store credit or (?:an )?exchange|(?:store )?credit or (?:an )?exchange (?:may|will|can|shall) be (?:issued|given|offered|provided)|\(no refunds?\)|no refunds?,? (?:only )?exchanges?|(?:退款|款项|货款),?(?:(?!或|还是|而是|不(?:会|得|能|予|可|再)?(?:转|存|以|作为|换成|折算))[^,;。]){0,8}(?:以|为|转为|转成|转入|存入|作为|换成|折算为|折算成)(?:本店|店铺|商城|网站|官网|平台|会员|您的){0,2}(?:的)?(?:购物卡|店铺余额|余额|积分|代金券|优惠券|礼品卡|储值卡|购物券|购物金)(?<!(?<!含|包含)(?:积分|优惠券|礼品卡|余额|购物卡|代金券|红包|礼券|购物券)(?:抵扣|抵用|支付|付款)(?:的)?(?:部分|金额)(?:(?!不予|不退|不返|不再|扣除|作废)[^。]){0,40})(?![^。]{0,20}(?:或|也可|亦可)[^。]{0,10}(?:原路|原支付|原付款|原账户|原帐户|银行|支付宝|微信|现金))|仅(?:以|可)(?:购物卡|余额|积分|代金券)(?:形式)?退|(?:may|can) (?:only )?be exchanged(?: for [^.;]{0,30})? only|(?:may|can) only be exchanged|(?<!no )(?:only )?store credit (?:will be|is|can be) (?:issued|given|offered|applied)(?! (?:only )?to the (?:original )?(?:customer|purchaser|buyer|account holder)\b)|refunds? (?:are|will be) (?:issued|given) (?:as|in) store credit(?![^.;]{0,20}\b(?:if|when|where) (?:you (?:originally )?paid|(?:it|the (?:original )?(?:order|purchase)) was paid) (?:with|by|using|via) (?:a |an |your )?(?:store credit|credit note|gift cards?|vouchers?))(?![^.]{0,60}\b(?:can|may|are able to)\b(?:(?!\b(?:not|never|cannot|cant|no longer|in no)\b|\bno\b(?! (?:extra |additional |hidden )?(?:fees?|charges?|costs?|minimum))|\bbut\b(?! also))[^.]){0,30}\b(?:withdraw|cash(?:ed)? (?:it )?out))|\brefunds?\b(?:(?!\b(?:or|unless|if you (?:prefer|wish|request))\b)[^.;]){0,90}?\b(?:will be|is|are)\b[^.;]{0,30}?\bin the form of (?:an? |your )?(?:[a-z-]+ ){0,3}?(?:e-?gift cards?|gift cards?|store credits?|vouchers?|credit notes?)\b(?![^.;]{0,40}\bor (?:a |an |your )?(?:original|cash|card|bank|refund|full refund))(?<!\b(?:paid|purchased|bought) (?:with|by|using|via) (?:a |an |your )?(?:e-?gift cards?|gift cards?|store credits?|vouchers?)[^.;]{0,80})|\b(?:we (?:will |shall )?(?:only )?refund|refunds? (?:are|is|will be) (?:only )?(?:paid|made|issued|given|processed|provided))\b(?:(?!\b(?:or|unless|if you (?:prefer|wish|request)|difference|plus|bonus|extra|additional|in addition|to (?:your|the) (?:card|original|bank|payment|credit card))\b)[^.;]){0,40}?\b(?:in|as|with|via|into) (?:a |an |your )?(?:(?:store|shop|account) credits?|(?:store |shop )?vouchers?|credit notes?|e-?gift cards?|gift cards?)\b(?![^.;]{0,40}\bor (?:to |into |back to )?(?:a |an |your |the )?(?:original|cash|card|bank|refund|full refund))(?![^.;]{0,20}\b(?:if|when|where) (?:you (?:originally )?paid|(?:it|the (?:original )?(?:order|purchase)) was paid) (?:with|by|using|via)\b)(?![^.;]{0,30}\b(?:paid|purchased|bought) (?:with|by|using|via) (?:a |an |your )?(?:vouchers?|store credits?|gift cards?|credit notes?|e-?gift cards?)\b)(?<!\b(?:paid|purchased|bought) (?:with|by|using|via) (?:a |an |your )?(?:e-?gift cards?|gift cards?|store credits?|vouchers?)[^.;]{0,80})|\b(?:all )?(?:returns?|refunds?) (?:will|shall) (?:only )?be credited (?:only )?(?:as|in) (?:a )?(?:store credit|credit notes?|vouchers?|gift cards?)\b(?![^.;]{0,40}\b(?:if|when|where) you (?:prefer|choose|ask|request|wish)\b)/;
const RETURN_REFUSED_BUT_EXCHANGE =
  /(?:不|无法|不能|不予|不支持|不接受|不提供)(?:办理|支持)?退(?:货|款)?.{0,16}(?<![不无])(?:可以?|可|能|支持|提供|做|办理|联系).{0,8}(?:(?<!退)换货|更换|调换|维修)/;

/**
 * A defect the shop answers with a replacement and nothing else ("如有瑕疵…我们会为您更换新品",
 * "请将商品寄回，平台将尽快给您重新发货", "收到商品如有破损，我们将为您补发同款商品", a wrong item: "We will exchange the product for the
 * correct item", "We can offer a replacement item if…", "you are entitled to a replacement", "Faulty products are always
 * replaced"): within the first seven days CRPL 24 gives the consumer a return.
 */
const DEFECT_REPLACED =
  /\b(?:we will|we'?ll) (?:be happy to |gladly )?either [^.;]{0,80}\bor (?:quickly |simply )?replace (?:it|them|the item|your item)\b|(?:为您|给您)?(?:寄出|补发|补寄)(?:替换品|更换品|新品)|(?<=(?:破损|损坏|瑕疵|质量问题|故障)[^。]{0,20})(?:为您|给您)?(?:补发|补寄|重发)同款(?:商品|产品)?|(?:we will|we'?ll) (?:happily |gladly |promptly |quickly )?(?:replace (?:it|them)\b|send (?:you )?a (?:free )?replacement\b)|(?:(?:本店|本公司|我们|商家|卖家|我司)(?:会|将)?保证(?:更换|换货|调换)|(?<![如若果假倘])(?:需|须|必须|只能|仅能|一律)(?:办理|申请)?换货(?!或|、|和|及|\/|者|的|时|请)|(?:we will|we'?ll|we) (?:have )?new (?:merchandise|items?|products?|goods) (?:sent|shipped) (?:out )?|(?:we will|we'?ll|we) (?:send|ship) (?:out )?(?:you )?new (?:merchandise|items?|products?|goods)\b|(?:we will|we'?ll) arrange (?:for )?(?:the )?collection and (?:a )?replacement\b|更换新品|更换新商品|新品(?:更换|替换|调换)|换新|换一个新的|重新发货|重新寄出|(?:本店|平台|商家|卖家|(?<!(?:可|可以|请|如需)(?:联系)?)客服)(?:会|将)?(?:尽快|尽速|立即|马上|立刻)?为您(?:办理|安排)?(?:更换|换货|调换)|(?:we will|we'll|we) (?:send|ship) (?:you )?(?:a (?:free )?replacement|replacements?\b|replacement\(s\))|\b(?:defective|faulty|damaged) (?:products?|items?|goods|units?) (?:are|is) always replaced\b|\b(?:if|when|should)\b[^.;]{0,12}\b(?:rec(?:ei|ie)ve|get)\b[^.;]{0,8}\b(?:faulty|defective|damaged)\b[^.;]{0,20}\b(?:we(?: will| are happy to| would be happy to| can)?|we'?ll(?: be happy to)?) offer (?:you )?an exchange\b(?![^.;]{0,40}\b(?:or|and)\b[^.;]{0,20}\brefund)|(?:we will|we'?ll|we(?: can| could| may)?) (?:offer|provide|issue) (?:you )?a (?:free )?replacement\b|\b(?:we )?(?:can|will|may) replace (?:it |them )?(?:if|when|should) (?:it is |they are |the (?:items?|products?|goods) (?:is|are) )?(?:defective|faulty|damaged)\b|(?<!\b(?:whether|if) )\byou (?:are|will be) entitled to a (?:free )?replacement\b(?![^.;]{0,40}\b(?:or|and)\b[^.;]{0,20}\brefund)|(?:we will|we'?ll|we) (?:send|ship) (?:you )?the same (?:item|product) to replace\b|(?:we will|we'?ll|we) repair (?:it|them|the (?:items?|products?)) or (?:issue|send|provide|offer) (?:you )?a (?:free )?replacement\b|\ba (?:free )?replacement (?:item )?will be (?:sent|shipped|issued|provided)\b|(?:we will|we'?ll|we) only (?:send|ship) (?:you )?a (?:free )?replacement(?![^.;]{0,60}\b(?:address|after|once|when|until|as soon as|if|upon)\b)|(?:we will|we'?ll|we) (?:cover|pay for|pay|arrange)[^.;]{0,30}? and (?:send|ship) (?:you )?a (?:free )?replacement|will be replaced|\bwill exchange (?:the|your|it|them)(?: (?:products?|items?|orders?|goods))? for the correct\b|\bwill exchange (?:the|your) (?:defective|faulty|damaged|broken) (?:products?|items?|goods|units?)\b(?![^.;]{0,40}\b(?:or|and) (?:a |give you a |offer (?:you )?a )?refund)|\bwill (?:send|ship) (?:you )?the correct (?:items?|products?|goods|size|one)\b|\b(?:defective|damaged(?! (?:by|through|due to) (?:the )?(?:customer|you|misuse|accident))|faulty|broken)\b[^.;]{0,30}\b(?:(?:are|is|can|will|may) only (?:be )?exchanged|(?:are|is|can be|will be|may be) exchanged only)\b(?! or (?:a |an )?(?:full )?refund)|(?:we will|we'll|we) (?:gladly |happily )?replace (?:a |the |any |your |all )?(?:defective|damaged|faulty|broken)(?! (?:parts?|components?)\b)|(?:we will|we'll|we) (?:gladly |happily )?replace (?:your|the) (?:item|product|order|goods)s? (?:if|when) (?:it is|it's|they are|they're) (?:defective|damaged|faulty|broken)|(?:we will|we'll) (?:look to |aim to |then )?(?:exchange and replace|replace and exchange|exchange or replace|replace) (?:your|the) (?:damaged |faulty |defective |broken )?(?:items?|products?|goods)\b(?! (?:if|when|once|after|upon|or refund|or issue)\b)(?<=\b(?:damaged|faulty|defective|broken)\b[^.;]{0,80})|\bfor (?:defective|damaged|faulty|broken) (?:items?|products?|goods|orders?),? (?:we )?(?:offer|provide|give|issue) (?:you )?(?:a |an )?(?:free |complimentary )?(?:replacement|exchange)(?: or (?:a |an )?(?:store credit|credit|voucher|repair))?\b(?! or (?:a |an )?(?:full )?refund))/;

/** A heading that only names a section of returns ("Refunds", "Returns & Exchanges", "Refund Policy"). */
const BARE_TITLE_EN = /^(?:(?:returns?|refunds?|exchanges?|cancellations?|polic(?:y|ies)|and|&|\/|,|-)\s*)+$/;

/** A refund or money back refused ("no money back", "we do not offer refunds"): no return offered. */
const REFUND_REFUSED =
  /\b(?:no|not|never|dont|do not|does not|will not|cannot|can'?t|won'?t|unable to)\b[^.;]{0,16}(?:refunds?|money back)/g;

/** A warranty's time in Chinese: its first year, a year or months ("第一年", "一年内", "12个月内", "保修期内"). */
const WARRANTY_TIME_ZH =
  /第一年|首年|(?:[一二两三1-3])年(?:内|之内|以内)|(?:\d{1,2}|[一二三六十]{1,2})个月(?:内|之内|以内)|(?:保修|保固|质保)期(?:内|间)/;
/**
 * "During the warranty period, faulty products will be replaced": a promise over the warranty, on top of the law's
 * return, unless money back is refused beside it ("we do not give money back", "replaced only") or the replacement
 * is what the first days or a delivery get ("within 7 days of delivery", "damaged in transit").
 */
function warrantyPromise(text: string, line: () => string): boolean {
  // "第一年:如有功能性故障,可更換新品或對應零件", "一年内出现质量问题可更换新品": the same promise in Chinese, over a year or months, where
  // no return is refused and the replacement is not the only way ("只换不退", "仅换货").
  if (WARRANTY_TIME_ZH.test(text) && !/只|仅|不退|不予退|不支持退|不能退|无法退|不可退|不接受退/.test(line()))
    return true;
  return (
    /(?:during|within) the (?:[\w-]+ ){0,2}warranty/.test(text) &&
    !/replaced only(?! if| when| after| once| provided)|only (?:be )?replaced(?! if| when| after| once)|(?:faulty|defective|broken|damaged|fail(?:s|ed)?) within (?:\d+|seven) days|within (?:\d+|seven) days of (?:delivery|receipt|purchase|arrival)|(?:damaged|broken|faulty) (?:in|during) (?:transit|delivery|shipping)|(?:in|during) transit|arriv(?:e|es|ed) (?:damaged|defective|faulty|broken)|on (?:delivery|arrival)/.test(
      text,
    ) &&
    !MONEY_BACK_REFUSED.test(line())
  );
}
/** Goods short-shipped ("漏发", "缺件", "少发配件"): delivered incompletely, not defective; read with what sits beside it. */
const SHORT_SHIPPED = '漏发|少发|缺件|少件|缺少(?:配件)?|少发配件';
const SHORT_SHIPPED_OR_MISSING_EN = new RegExp(`${SHORT_SHIPPED}|missing (?:parts|items)`, 'g');
const SHORT_SHIPPED_OR_WRONG = new RegExp(`${SHORT_SHIPPED}|错发|发错`, 'g');

/** Money back refused as such ("we do not give money back", "with no money back"), not a fee or a case kept back. */
const MONEY_BACK_REFUSED =
  /(?:do not|don't|dont|never|will not|won't|wont|cannot|can't) (?:give|offer|provide|issue|pay) (?:any )?(?:money back|refunds?)\b(?! (?:on|for) )|no money back|not (?:be )?refunded\b(?! (?:on|for) )|no refunds? (?:are|will be) (?:given|issued|offered)(?! (?:on|for) )/;

function defectOnlyReplaced(reading: ClauseReading): boolean {
  // Under a heading that only names the section ("Refunds", "Returns & Exchanges"), the heading's word offers no refund.
  const bare = BARE_TITLE_EN.test(reading.lead.trim());
  const text = bare ? reading.own : reading.text;
  const line = () => (bare ? reading.line.replace(reading.lead, ' ') : reading.line);
  return (
    DEFECT_REPLACED.test(text) &&
    // Goods never delivered ("漏发、少发…重新发货") are delivered, not exchanged; a return offered elsewhere on the
    // line ("…更换新品；不想换货的可办理退货退款") keeps it; days 8 and after are CRPL 24's exchange.
    !/from day (?:8|eight)|after (?:the first )?(?:7|seven) days|\b(?:parts?|components?)\b[^.;]{0,30}(?:be )?replaced/.test(
      text,
    ) &&
    !warrantyPromise(text, line) &&
    QUALITY.test(text.replace(SHORT_SHIPPED_OR_MISSING_EN, ' ')) &&
    !/退货|退款|refund|money back|return (?:it|the item) for/.test(
      line()
        .replace(/(?:非质量问题|无理由|change of mind)[^;。]*/g, ' ')
        .replace(REFUND_REFUSED, ' '),
    ) &&
    !/(?:^|[^\d])(?:8|八)\s*[-~至到]\s*\d+\s*(?:天|日)|第\s*(?:8|八)\s*(?:天|日)/.test(text) &&
    !NOT_QUALITY.test(text) &&
    !/退(?!回商品|回货品|回给|回至|回到|回本|回仓)|refund|return|维修|修理|保修|三包|质保/.test(
      text
        .replace(/寄回|退回(?:的)?(?:商品|货品)/g, ' ')
        // The goods sent back for the replacement ("upon return of the defective item", "we'll cover return shipping", "Once we
        // have received the returning merchandise").
        .replace(
          /\b(?:upon|after|on) (?:the )?return of (?:the |your )?(?:defective |faulty |damaged |broken )?(?:items?|products?|goods|units?)\b|\b(?:faulty|defective|damaged) (?:goods |items? |products? )?returns? (?:is|are) accepted\b|\breturn (?:shipping|postage|label)s?\b|\b(?:received|receive|receipt of) (?:the |your )?return(?:ed|ing) (?:merchandise|items?|products?|goods|units?)\b/g,
          ' ',
        )
        // A heading naming the policy ("RETURN POLICY", "退换货政策") offers no return.
        .replace(
          /\b(?:returns?|refunds?)(?: (?:and|&) (?:returns?|refunds?|exchanges?))? polic(?:y|ies)\b|退换货?(?:政策|须知|说明)/g,
          ' ',
        )
        .replace(REFUND_REFUSED, ' '),
    ) &&
    !afterWindowOnly(text)
  );
}

/**
 * Periods named, each under a year, weeks and months counted as their days ("收货超过一个月不予售后" as "…超过30天…"); not a
 * shelf life ("2个月即将过期", "保质期3个月"), which is no cut-off.
 */
function periodsUnderAYear(text: string): boolean {
  const shelfLife = /过期|到期|保质期|有效期|shelf life|expir/;
  const days = periodDays(text, (d) => !shelfLife.test(text.slice(Math.max(0, d.start - 6), d.end + 6)));
  return days.length > 0 && Math.max(...days) < 365;
}

/**
 * An item naming days 8 and after from the goods' receipt, and no time within the first seven, under a lead-in that gives
 * an exchange ("簽收後第8天至第15天發現貨品有質量問題" under "以下情況不予退貨，只可換貨："): CRPL 24 and 三包 give an exchange then,
 * not a return.
 */
function fromDayEight(reading: ClauseReading): boolean {
  const own = reading.own;
  return (
    /(?:签收|收货|收到|到货)[^,;。]{0,4}(?:第\s*(?:8|八)\s*(?:天|日)\s*(?:至|到|-|~)|(?:8|八)\s*(?:天|日)?\s*[-~至到]\s*\d+\s*(?:天|日))/.test(
      own,
    ) &&
    !/(?:^|[^\d])[1-7一二三四五六七]\s*(?:天|日)(?:内|之内|以内)/.test(own) &&
    /(?:只可|可以?|仅可|只能|可申请|可办理)(?:换货|更换|调换)/.test(reading.lead) &&
    !/只换不退|不予换货|不支持换货|只修|仅(?:修|维修)/.test(reading.text)
  );
}

/** Days after the law's seven ("between 7 and 14 days of receiving", "after 7 days and within 14 days"). */
const BEYOND_SEVEN_DAYS_EN =
  /\b(?:between|from) (?:day )?(?:7|seven|8|eight)(?:th)? (?:and|to|-|–) ?(?:\d+|fourteen|thirty) days?\b|\bafter ?(?:7|seven) ?days?,? (?:and|but) (?:within|up to|before|no later than) (?:\d+|fourteen|thirty) days?\b/;
/** The consumer's consent or choice named ("如您同意", "您可选择", "if you prefer"). */
const CONSENTED =
  /(?:如果|假如|若是|如|若|经|征得|在)(?:您|买家|顾客|客户)?(?:的)?同意(?![^,;。]{0,6}(?:下单|购买|拍下|付款|本规则|条款))|(?:您|买家|顾客)(?:也)?可(?:以)?(?:自行)?选择|\b(?:if you (?:agree|prefer|choose)(?! to (?:our|the|these) (?:terms|policy|conditions))|with your (?:consent|agreement)|at your (?:option|choice))\b(?![^.;]{0,40}\b(?:checkout|at purchase|when (?:you )?order))/;
/**
 * A defective item replaced, refunded only when none is in stock ("…我们会重新配送新的产品给您，如果店铺没有库存，那么做退款处理"):
 * the consumer's choice of a return within the seven days (CRPL 24 ¶1) is the shop's.
 */
const REFUND_ONLY_OUT_OF_STOCK =
  /(?:重新(?:发货|配送|发出|寄出)|补发|换新|更换(?:新品|新的)?|(?:安排|办理)换货)[^。]{0,40}(?:(?:没有|无|缺)(?:库存|存货|货)|缺货|库存不足|无法(?:补发|更换|换货))[^。]{0,16}(?:退款|退货)/;
/** A refund given only when no replacement can be ("A refund is only given if a replacement is out of stock"): an exchange first. */
const REFUND_ONLY_IF_NO_REPLACEMENT_EN =
  /\brefunds?\b[^.;]{0,40}\bonly (?:be )?(?:given |issued |allowed |offered |made |available |applicable )?(?:if|when|where)\b[^.;]{0,20}\b(?:replacements?|(?:the )?items?(?: returned)?)\b[^.;]{0,10}\b(?:is|are) (?:already )?(?:no longer available|not available|unavailable|out of stock|no longer in stock|not in stock)\b/;

/** Refunds granted, in no other form ("refunds are available within 7 days", not "…available as store credit"). */
const REFUND_GRANTED_EN =
  /(?<!\b(?:no|not|non)\s)\brefunds? (?:are|is|will be) (?:available|offered|given|issued)\b(?! (?:only|as|in the form of|in store credit|via store credit)\b)(?![^.;]*\b(?:store credit|credit notes?|vouchers?|gift cards?|only|faulty|defective|damaged)\b)/;
/** A part that starts after the days named before it ("…; after that we can offer store credit"). */
const AFTER_THAT_EN = /(?:^|[,;.]\s*)(?:after that|after this(?: period)?|thereafter|beyond that|after which)\b/;

/** Credit the consumer asks for ("If you would like store credit for your return, …"). */
const CREDIT_CHOSEN_EN =
  /\bif you (?:(?:would|'d) (?:like|prefer)|want|wish|prefer|choose|opt for|elect)(?: to (?:receive|get|have|take))? (?:an? )?(?:store credit|credit note|gift card|voucher|exchange)/;
/** A fee waived for credit ("There is no restocking fee for items returned for store credit"). */
const FEE_WAIVED_FOR_CREDIT_EN =
  /\b(?:no |without (?:a |any )?|free of )(?:restocking|handling|return|processing) fees? (?:is |are |will be )?(?:charged |applied |applies |apply )?(?:for|on) (?:items? |goods |products? |orders? )?(?:returned )?for (?:an? )?(?:store credit|credit note|gift card|voucher|exchange)/;

/**
 * Only an exchange for quality problems in Chinese, the exchange named last ("质量问题只提供更换", "我们仅对有瑕疵的酒品作出特殊的
 * 更换处理", "我们仅对质量问题商品提供换货服务", a print redone: "如有印刷质量问题仅可重印"): within seven days the consumer may return them (CRPL 24 ¶1). (An exchange
 * promised within days without "only", "如属质量问题十五天内包换", may sit beside the return: two readings, the lawful one kept.)
 */
const EXCHANGE_ONLY_FOR_DEFECTS_ZH =
  /(?:只|仅)(?:能|可|可以)?(?:对[^,;。]{0,16})?(?:支持|提供|接受|负责|给予|办理|作出|做出|进行|做)?(?:[^,;。]{0,16}(?:的|之))?(?:商品|货品|产品)?(?:更换|换货|调换|重印|补印|重做|重新制作)(?:服务|处理)?(?=[,;。]|$)/;
/** A return or refund granted anywhere on a Chinese line ("七天内包退", "可退货", "质量问题七天内可退货"), not refused. */
const RETURN_GRANTED_ZH =
  /包退|可退|(?<!不|不予|不可|不能|无法|恕不|不支持|不接受|不提供|不办理)(?:退货|退款|退还货款)/;
/**
 * Goods the shop cannot exchange given an alternative or credit instead ("If the item is not in stock, we will offer an
 * alternative or store credit"), and a wrong or defective item given days for an exchange alone ("Incorrect item delivered:
 * Up to 7 days for exchange with the correct item"): no refund where the law gives one (CRPL 24 ¶1).
 */
const NO_REFUND_FOR_DEFECTS_EN =
  /\b(?:offer|provide|give|issue)(?: you)? (?:an? )?alternative(?: (?:items?|products?))? or (?:a |an )?(?:store credit|credit note|voucher)\b(?![^.;]*\brefund)|\b(?:incorrect|wrong|defective|faulty|damaged) items?(?: (?:delivered|received|sent))?\s*:\s*(?:up to |within )?\d+ days?(?: (?:from|of|after) (?:delivery|receipt))? for (?:an? )?(?:exchange|replacement)\b(?![^.;]*\brefund)/;
/**
 * Only a replacement offered for goods that arrive damaged or defective ("Only replacements are available for damaged or
 * manufacturing defective products", "We only offer replacements for defective products"): within seven days the consumer
 * may return them (CRPL 24 ¶1).
 */
const REPLACEMENT_ONLY_FOR_DEFECTS_EN =
  /\bonly (?:an? )?(?:replacements?|exchanges?) (?:are|is|will be) (?:available|offered|provided|given|possible)\b[^.;]{0,12}\bfor (?:[a-z]+ )?(?:(?:or|and) )?(?:[a-z]+ )?(?:damaged|defective|faulty|broken)\b|\b(?:we )?only (?:offer|provide|give|issue) (?:an? )?(?:replacements?|exchanges?) for (?:[a-z]+ )?(?:(?:or|and) )?(?:[a-z]+ )?(?:damaged|defective|faulty|broken)\b/;

/** Cash refunds refused in English ("No cash refunds", "We do not offer / facilitate cash refunds"), as `EXCHANGE_ONLY` reads them. */
const NO_CASH_REFUNDS_EN =
  /\bno cash refunds?\b|\b(?:do not|don'?t|cannot|can ?not|can'?t|will not|won'?t) (?:offer|give|issue|provide|make|facilitate|do) cash refunds?\b/;

/** The words of the grounds above, one of which every finding needs: a clause naming none returns at once. */
const EXCHANGE_WORDS = gateOf(
  EXCHANGE_ONLY,
  RETURN_REFUSED_BUT_EXCHANGE,
  DEFECT_REPLACED,
  REFUND_ONLY_OUT_OF_STOCK,
  REFUND_ONLY_IF_NO_REPLACEMENT_EN,
  REPLACEMENT_ONLY_FOR_DEFECTS_EN,
  NO_REFUND_FOR_DEFECTS_EN,
  EXCHANGE_ONLY_FOR_DEFECTS_ZH,
);

export const exchangeOnly: ClauseRule = {
  id: 'cn.policy.exchange-only',
  issue: 'exchange_only',
  citations: cites(['CRPL', 24, 1], ['CRPL', 25, 1]),
  judge(reading) {
    const text = reading.text;
    if (!EXCHANGE_WORDS.test(text)) return undefined;
    if (
      !EXCHANGE_ONLY.test(text) &&
      !REPLACEMENT_ONLY_FOR_DEFECTS_EN.test(text) &&
      !NO_REFUND_FOR_DEFECTS_EN.test(text) &&
      !(
        EXCHANGE_ONLY_FOR_DEFECTS_ZH.test(text) &&
        QUALITY.test(text) &&
        !NOT_QUALITY.test(text) &&
        !RETURN_GRANTED_ZH.test(reading.line)
      ) &&
      !RETURN_REFUSED_BUT_EXCHANGE.test(text) &&
      !defectOnlyReplaced(reading) &&
      !REFUND_ONLY_IF_NO_REPLACEMENT_EN.test(text) &&
      !(
        REFUND_ONLY_OUT_OF_STOCK.test(text) &&
        QUALITY.test(text.replace(SHORT_SHIPPED_OR_WRONG, ' ')) &&
        !/(?<!才|方|只|仅|则)(?:可|可以|您可)(?:以)?(?:选择)?(?:申请)?(?:退货|退款)/.test(text)
      )
    )
      return undefined;
    if (defectRemedyKept(text)) return undefined;
    if (fromDayEight(reading)) return undefined;
    // Credit or an exchange for the days after the law's seven ("store credit for change of mind items between 7 and 14 days
    // of receiving your product"): the shop's own addition.
    if (BEYOND_SEVEN_DAYS_EN.test(reading.own)) return undefined;
    // "No cash refunds will apply on items purchased using a debit/credit card", "Approved refunds are processed back to the
    // original payment method (no cash refunds)": the payment goes back by its own route (NRR-MEASURES 14), where no credit
    // or exchange is named instead on the line.
    if (
      NO_CASH_REFUNDS_EN.test(text) &&
      /\b(?:paid|purchased|bought|made) (?:with|by|using|on) (?:a |your )?(?:credit|debit|bank)(?:\/(?:credit|debit))? ?cards?\b|\bcard (?:payments?|purchases?)\b|\b(?:back )?to (?:the |your )?original (?:form of |method of )?payment(?: method)?\b|\bto the (?:same )?(?:card|account|payment method) (?:you )?(?:paid|used|purchased|bought)\b|\bto (?:the |your )?original (?:credit |debit |bank )?(?:card|account)\b/.test(
        reading.line,
      ) &&
      !/\bcredit (?:notes?|vouchers?)\b|\bstore credit\b|\bexchanges? only\b|\bonly (?:an? )?exchanges?\b|\bvouchers?\b/.test(
        reading.line,
      )
    )
      return undefined;
    // "If you paid with points, the points will be refunded as point credits": the payment's own route (NRR-MEASURES 14),
    // where no other payment is refunded in credit ("…; the rest is refunded as store credit").
    if (
      /\b(?:paid (?:with|by|using) (?:points|a gift card|gift cards?|store credit)|points? (?:credits? )?(?:used|redeemed)|gift card payments?)\b/.test(
        text,
      ) &&
      /\b(?:points?|gift cards?|store credit)\b[^.;]{0,60}\b(?:refunded|returned|credited|restored|reinstated)\b[^.;]{0,12}\b(?:as|in|to|into|onto) (?:the |your |a |an )?(?:points?|point credits?|gift cards?|original gift card|store credit|account credits?)\b/.test(
        text,
      ) &&
      !/\b(?:cash|cards?|card payments?|credit cards?|debit cards?|paypal|bank|rest|remainder|remaining|balance|other (?:payments?|refunds?)|all other)\b(?![^.;]{0,30}\b(?:original|same) (?:payment|method|card|account)\b)[^.;]{0,40}\b(?:store credit|account credit|credit only|vouchers?|gift cards?|balance)\b/.test(
        text
          .replace(/\bgift card payments?\b/g, 'giftcardpayment')
          .replace(/\bpaid (?:with|by|using) (?:a )?gift cards?\b/g, 'paidgc'),
      )
    )
      return undefined;
    // "If you would like store credit for your return, …", "There is no restocking fee for items returned for store credit":
    // credit the consumer may ask for, or a fee waived for it, where no refund is refused and no credit is the only way.
    if (
      (CREDIT_CHOSEN_EN.test(text) || FEE_WAIVED_FOR_CREDIT_EN.test(text)) &&
      !/\bonly\b|\bno refunds?\b|\bnon-?refundable\b|\brefunds? (?:are|is|will) not\b/.test(text)
    )
      return undefined;
    // "如您同意，退款可转为店铺余额并额外赠送5%": another way of refunding with the consumer's consent (NRR-MEASURES 14).
    if (CONSENTED.test(text) && !/(?:只|仅)(?:能|可)?(?:以|退|换)|\bonly\b/.test(text)) return undefined;
    // Repair of damage the consumer caused ("摔坏、进水的商品只提供维修", "For water damage we offer repair only") is no defect's
    // remedy cut down, where no other part of the clause limits the remedy ("本店商品只换不退，人为损坏的仅提供付费维修").
    if (
      CONSUMER_CAUSED.test(text) &&
      /维修|修理|\brepair/.test(text) &&
      !/质量|故障|瑕疵|defect|faulty/.test(text) &&
      text.split(/[,;。]/).every((part) => CONSUMER_CAUSED.test(part) || !REMEDY_LIMITED.test(part))
    )
      return undefined;
    // "使用购物卡支付的部分，退款将以购物卡形式返还": money paid by card goes back to the card, its own route (NRR-MEASURES 14).
    if (
      /(?:购物卡|礼品卡|储值卡|余额|代金券|优惠券|购物券|抵用券|购物金|京豆)(?:支付|付款|购买)(?:的)?(?:部分|金额|款项|订单|商品)/.test(
        text,
      ) &&
      !/(?:只|仅)(?:能|可)?(?:以|退)/.test(text)
    )
      return undefined;
    // "Refunds are issued as store credit. You can withdraw your store credit at any time.": a balance the consumer may
    // withdraw at will, on the line or the page, is money back.
    if (
      /\bcredit\b|\bbalance\b|\bwallet\b|余额|钱包/.test(text) &&
      !/换货|exchange/.test(text) &&
      withdrawable(reading)
    )
      return undefined;
    // "You can opt for a store credit instead of a refund": the consumer's own choice, the refund kept.
    if (
      /\b(?:you (?:can|may) (?:opt|choose|elect)|at your (?:option|choice|request)|if you prefer|you have the option)\b/.test(
        text,
      ) &&
      /\binstead of (?:a |the )?(?:full )?refund|\bor (?:a |the )?(?:full )?refund/.test(text)
    )
      return undefined;
    // "a full refund, credit or exchange will be issued at your choice": the refund is among what is offered.
    if (
      /credit or (?:an )?exchange/.test(text) &&
      /\brefund/.test(
        text.replace(
          /refund(?:ed)? (?:of )?(?:the |your )?(?:original |return )?(?:shipping|postage|delivery)(?: fees?| costs?| charges?)?(?!(?: and|\s*\+| plus) (?:the )?(?:price|item|goods|purchase|product))/g,
          ' ',
        ),
      ) &&
      !/no refunds?|not (?:be )?(?:a |an )?(?:cash )?refund|non-?refundable|refunds? (?:are|is|will) not/.test(text)
    )
      return undefined;
    // "…exchange or a refund", "returned for a refund", "换货或退款": a refund among the remedies (not a heading's "Eligibility
    // for Refund").
    if (
      /(?<!no returns |not |no |\beligib(?:le|ility) f)or (?:a )?(?:cash |full )?refund|(?<!不支持退货|不可退货|不能退货|不予退货)或(?:全额)?退款/.test(
        text,
      )
    )
      return undefined;
    // "换货仅支持调换同款尺码": what an exchange may be, not an exchange in place of a return.
    if (
      /换货(?:仅|只)(?:支持|能|可|限)|换货[^,;。]{0,4}(?:只能|仅能|只可|仅可|仅限|只限)(?:更换|调换|换)(?:为)?同(?:款|型号|规格|价|色)|exchanges? (?:are|is) (?:only )?(?:limited|available) (?:to|for) (?:the )?same/.test(
        text,
      ) &&
      !/退货|退款|return|refund/.test(text.replace(/退换货?/g, ''))
    )
      return undefined;
    if (
      /without (?:a |the |an |original )?(?:receipt|proof of purchase)|no receipt|无(?:购物)?(?:凭证|小票)/.test(text)
    )
      return undefined;
    if (LAWFUL_SCOPE.test(text) && !QUALITY.test(text)) return undefined;
    if (BEYOND_STATUTORY_DAYS.test(text) && !QUALITY.test(text)) return undefined;
    if (afterWindowOnly(text) && !/(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:天|日)内.{0,8}(?:只|仅)/.test(text)) {
      // "超过7天只换不退" / "7天后质量问题可换货或维修" follow CRPL 24 after the statutory days ("超过一个月…" too).
      const days = periodDays(text);
      if (days.length > 0 && Math.min(...days) >= 7) return undefined;
    }
    // "We only offer exchanges for a different size or colour; refunds are available within 7 days": the refund granted on
    // the line.
    if (REFUND_GRANTED_EN.test(reading.line)) return undefined;
    // "Returns are accepted within 30 days for a full refund; after that we can offer store credit": the credit after the
    // days named before, seven or more.
    const afterThat = AFTER_THAT_EN.test(text) ? AFTER_THAT_EN.exec(reading.line) : null;
    if (afterThat && !QUALITY.test(text)) {
      const before = reading.line.slice(0, afterThat.index);
      const days = periodDays(before);
      if (days.length > 0 && Math.min(...days) >= 7 && !EXCHANGE_ONLY.test(before)) return undefined;
    }
    const scope = refusalScope(reading);
    if (scope === 'lawful' && !QUALITY.test(text)) return undefined;
    return {
      verdict: 'void',
      message: {
        zh: '消费者有权在七日内无理由退货，商品有质量问题的，七日内可以选择退货；只允许换货（或只修不退）的条款排除了法定的退货权，该内容无效。',
        en: 'Consumers may return goods without reason within seven days, and may choose a return for non-conforming goods within seven days; a term allowing only an exchange (or only a repair) excludes the statutory right to return and is void.',
      },
      suggestion: {
        zh: '自签收次日起7日内，您可选择退货或换货；商品有质量问题的，7日内可退货，7日后可依法要求更换或修理。',
        en: 'Within 7 days from the day after signing you may choose a return or an exchange; for non-conforming goods you may return them within 7 days and ask for an exchange or repair after that, as the law provides.',
      },
    };
  },
};

/** The consumer's own return parcel lost or damaged on its way back ("items lost or damaged in transit back to us"). */
const RETURN_PARCEL_HARM_EN =
  /\b(?:lost|damaged|broken)(?: (?:or|and) (?:lost|damaged|broken|stolen))? (?:in transit |in the post |during (?:shipping|transit) )?(?:back to us|on (?:the|its|their|your) way back(?: to us)?)\b|\b(?:damaged|broken)\b[^.;]{0,12}\b(?:due to|because of|as a result of|caused by) (?:improper|inadequate|insufficient|poor) (?:packing|packaging)\b|\b(?:damaged|broken)\b[^.;]{0,30}\bnot (?:packed|packaged) (?:securely|properly|adequately|correctly)\b/;
/** The returned goods harmed on their way back ("Returned items damaged in transit…", "returned parcels that are lost…"). */
const RETURNED_PARCEL_HARMED_EN =
  /\breturn(?:ed|ing)? (?:items?|goods|parcels?|products?|packages?|orders?|shipments?) (?:that (?:are|get) |which (?:are|get) )?(?:lost|damaged|broken)\b/;
/** Only an obvious or serious defect given a return ("仅明显瑕疵可退换", "只有严重质量问题才可退货"). */
const DEFECT_NARROWED_ZH =
  /(?:仅|只|只有|仅限|限于)(?:商品)?(?:有|存在|出现)?(?:明显|严重|重大)(?:的)?(?:瑕疵|质量问题|缺陷|故障)[^,;。]{0,6}(?:才)?(?:可|能|可以|方可|予以)?(?:办理|申请)?退/;
/** A lead-in granting returns in the cases listed ("下列情况可接受退换货：", "以下情况可以退货："). */
const RETURN_GRANTED_LEAD_ZH =
  /(?:以下|下列|如下)(?:情况|情形)[^,;。:]{0,6}(?:可|可以|方可|才可|能)(?:接受|申请|办理)?退/;
/** Such a case narrowed to an obvious or large defect or difference ("明显瑕疵、破损", "与商品描述差异大"). */
const DEFECT_NARROWED_ITEM_ZH =
  /^\s*(?:\d+[.、]\s*)?(?:商品|产品|货品)?(?:本身)?(?:存在|有|出现)?(?:明显|严重|重大)(?:的)?(?:瑕疵|质量问题|缺陷|故障)|(?:与|和)(?:商品)?(?:描述|图片|网页)[^,;。]{0,4}(?:差异|差别|不符)(?:很|较|过|非常|明显)?大|(?:差异|差别)(?:明显|巨大|较大|很大)/;
/** The same lead-in in English ("You can choose between a refund, repair, exchange or gift voucher, where goods are:"). */
const RETURN_GRANTED_LEAD_EN =
  /\b(?:refunds?|returns?)\b[^.;:]{0,60}\b(?:where|when|if) (?:the )?(?:goods|items?|products?) (?:are|is)\b[^.;:]{0,10}:?\s*$|\b(?:refunds?|returns?) (?:are|is|will be) (?:only )?(?:accepted|given|offered|available|issued) (?:for|where|when|if|in)\b[^.;:]{0,30}:\s*$/;
/** Such a case narrowed to a major fault or a large difference ("Faulty (Irreparable…/Major Fault)", "Significantly different to…"). */
const DEFECT_NARROWED_ITEM_EN =
  /\bmajor (?:fault|failure|defect|problem)s?\b|\birreparable\b|\b(?:significantly|substantially|materially|considerably|very|markedly) different\b/;
/** The consumer's use or wear said to be no fault ("…subject to general wear and tear, will not be accepted as faulty"). */
const WEAR_NOT_A_FAULT_EN =
  /^(?![^.;]*\b(?:and|or) (?:any )?(?:other|manufactur\w*|genuine) (?:faults?|defects?)\b)[^.;]*\b(?:wear(?: and | & )tear|normal (?:use|wear)|misuse|abuse|accidental damage|incorrect (?:use|usage|handling))\b[^.;]{0,60}\b(?:not|never) (?:be )?(?:accepted|considered|treated|classed|classified|regarded|deemed) (?:as|to be) (?:faulty|defective|(?:a )?(?:fault|defect)s?)\b/;
/** An item naming damage in the delivery ("运送时造成的挤压变形", "物流途中损坏"). */
const TRANSIT_DAMAGE_ITEM_ZH =
  /^\s*(?:\d+[.、)]\s*)?(?:商品)?(?:在)?(?:运送|运输|物流|快递|配送)(?:时|途中|过程中|原因)[^,;。]{0,6}?(?:造成|导致|引起|所致)?(?:的)?(?:挤压|变形|损坏|破损|损毁|压坏|压损|刮花)/;
/** Goods dead or damaged on arrival ("arrives dead", "dead on arrival", "到货死亡"). */
const ARRIVED_DEFECTIVE =
  /\b(?:arrives?|arrived|arriving)\s+(?:dead|deceased|damaged|broken|defective|faulty|crushed|spoiled|rotten)\b(?:(?!\b(?:unless|except|but|if)\b)[^.;]){0,30}\b(?:will not|won't|cannot|can't|are not|is not|not|no|never)\b[^.;]{0,20}\b(?:be )?(?:refunded|replaced|returned|accepted|honou?red|covered|eligible|refundable|returnable)\b|\bdead on arrival\b(?:(?!\b(?:unless|except|but|if)\b)[^.;]){0,30}\b(?:will not|won't|cannot|can't|are not|is not|not|no|never)\b[^.;]{0,20}\b(?:be )?(?:refunded|replaced|returned|accepted|honou?red|covered|eligible)\b|\b(?:no|not|never)\b[^.;]{0,20}\b(?:refunds?|returns?|replacements?|refunded|replaced)\b[^.;]{0,30}\b(?:even if|even when|if|when) (?:it|they|the [a-z]+) (?:arrives?|arrived) (?:dead|damaged|broken|defective|faulty|spoiled|rotten)\b|(?<!除(?:了)?[^,;。]{0,8})(?:到货|送达|收货|签收)(?:时)?(?:已)?(?:死亡|死掉|已死|腐烂|变质|破损|损坏)(?!外|以外|之外|除外|的?除外)[^,;。]{0,4}?(?:的)?(?:均|也|一律)?(?:不退|不换|不予|恕不|概不|不支持|无法)/;
/** Goods dead on arrival refused where the carrier was late ("NO DOA will be honoured due to … late receiving the shipment from the courier"). */
const DOA_CARRIER_REFUSED_EN =
  /\b(?:no|not)\b[^.;]{0,20}\b(?:doa|dead on arrival)\b[^.;]{0,40}\b(?:honou?red|accepted|refunded|covered|made)\b[^.;]{0,80}\b(?:delay\w*|late|courier|carrier|shipping company)\b|\b(?:doa|dead on arrival)\b[^.;]{0,40}\b(?:due to|caused by|because of)\b[^.;]{0,30}\b(?:delay\w*|late (?:delivery|arrival)|courier|carrier|shipping company)\b[^.;]{0,40}\b(?:not|no|never)\b[^.;]{0,20}\b(?:honou?red|accepted|refunded|covered)\b/;
/** A defect or a wrong item, the shop's own breach, disclaimed ("如有质量问题，本店恕不负责", "发错货本店恕不负责"). */
const DEFECT_DISCLAIMED_ZH =
  /(?:^|[,;。])\s*(?:如有|若有|如果有|如|若|如果)?(?:商品|产品|货品)?(?:出现|存在|有)?(?:质量问题|质量原因|发错货?|错发|漏发|少发|瑕疵)(?:的)?[,]?\s*(?:本店|我们|卖家|商家|本公司|我司)?(?:均|一律)?(?:恕不|概不|不予|不)负责/;
/** Damage in the shop's delivery refused ("物流原因造成的损坏不予退货", "运输途中造成的破损不予退换"). */
const TRANSIT_DAMAGE_REFUSED_ZH =
  /(?:物流|运输|快递|配送|运送)(?:原因|途中|过程中)(?:所)?(?:造成|导致|引起)(?:的)?(?:损坏|破损|损毁)(?:的)?(?:商品)?(?:[^,;。]{0,2}|\s*,\s*)(?:均|一律)?(?:不予|不|恕不|概不)(?:退|换|受理|办理)/;
/**
 * Transit damage sent to the carrier or left uncompensated ("运输途中造成的破损，请买家自行联系快递公司索赔", "…本公司会协助客人向
 * 物流公司追讨，但不会赔偿", "Transit damage claims must be made with the carrier", "If an item is damaged during the shipping process,
 * please contact the carrier", "It is your responsibility … to file a claim with the carrier if your order is missing or
 * damaged", "If you received your order damaged, please contact the shipment carrier to file a claim", "any claims for loss or
 * damage in transit should be directed to the carrier", "If you receive a damaged
 * order, please contact USPS to file a claim", "如收到商品破损，请联系快递公司
 * 索赔"): the risk is the shop's until delivery
 * (ECL 20), unless the consumer chose the carrier.
 */
const TRANSIT_TO_CARRIER =
  /(?<!\breturn\w*\b[^.;]{0,60})\b(?:any )?claims? for (?:loss or damage|damage or loss|damage|loss|breakage)(?: (?:or|and) (?:damage|loss|breakage))? (?:in|during) (?:transit|shipping|delivery)\b[^.;]{0,20}\b(?:should|must|shall|need to|will need to) be (?:directed|made|lodged|filed|addressed|referred|submitted|taken up) (?:directly )?(?:to|with) (?:the )?(?:carrier|courier|shipping company|post office|postal service|usps|fedex|ups|dhl)\b|\breceived(?<!\breturn\w*\b[^.;]{0,40}received) (?:your |the )?(?:order|parcel|package|shipment|items?|goods|merchandise) (?:damaged|broken)\b(?![^.;]{0,40}\bwe (?:will |shall |can |may )?(?:file|make|lodge|contact)\b)[^.;]{0,30}\b(?:please )?contact (?:the )?(?:shipment |shipping |delivery )?(?:carrier|courier|shipping company|post office|postal service)\b|(?:\breceived? an? (?:damaged|broken) (?:order|parcel|package|shipment|item|product)|\b(?:order|parcel|package|shipment|item|product)s? (?:arrives?|arrived|is|are) (?:damaged|broken))\b(?<!\breturn\w*\b[^.;]{0,40})[^.;]{0,20}\b(?:please )?contact (?:the )?(?:usps|fedex|ups|dhl|carrier|courier|shipping company|post office|postal service) (?:to )?(?:file|make|lodge) (?:a )?claim\b|(?<!\breturn\w*\b[^.;]{0,40})\b(?:damaged (?:in|during) (?:shipping|transit|delivery)|damage caused by the (?:courier|carrier|shipping company|postal service))\b[^.;]{0,30}\b(?:must|should|need to|will need to) be claimed\b[^.;]{0,20}\b(?:with|from) (?:the )?(?:usps|fedex|ups|dhl|carrier|courier|shipping company|post office|postal service)\b|(?<!\breturn\w*\b[^.;]{0,60})\bplease (?:file|make|lodge) (?:any |a |your )?(?:damage |transit |shipping )?claims? (?:directly )?with (?:the )?(?:usps|fedex|ups|dhl|carrier|courier|shipping company|post office|postal service)\b|(?:收到|签收|收货)(?:的)?(?:商品|货品|货物|包裹)?[^,;。]{0,6}(?:破损|损坏|损毁|压坏)[^。]{0,6}?(?:请|需|须)(?:您|买家|顾客|客户)?(?:直接)?(?:联系|找|向)(?:快递|物流|承运)(?:公司|方|商)?[^。]{0,4}(?:索赔|理赔)|(?<!\breturn\w*\b[^.;]{0,40})\b(?:arrives?|arrived|is|are)\s+(?:missing or damaged|damaged or missing|damaged|missing)\b(?![^.;]{0,40}\bwe (?:will |shall |can |may )?(?:file|make|lodge)\b)[^.;]{0,40}\b(?:file|make|lodge) a claim with (?:the )?(?:carrier|courier|shipping company|freight (?:carrier|company))\b|(?<!\breturn\w*\b[^.;]{0,40}|\bwe (?:will |shall |can |may )?)\b(?:file|make|lodge) a claim with (?:the )?(?:carrier|courier|shipping company|freight (?:carrier|company))\b[^.;]{0,40}\bif (?:your|the) (?:order|parcel|package|shipment|items?|merchandise) (?:is|are|arrives?) (?:missing or damaged|damaged or missing|damaged|missing|lost)\b|\b(?:damaged|lost|broken)\b[^.;]{0,30}\b(?:in transit|during (?:the )?(?:shipping|shipment|delivery|transit)(?: process)?)\b[^.;]{0,20}\b(?:please )?(?:contact|file a claim with|make a claim with|lodge a claim with|claim (?:from|with)) (?:the )?(?:carrier|courier|shipping company|usps|fedex|dhl|post office|postal service)\b|(?:运输|运送|配送|物流|快递)(?:途中|过程中|期间)?[^,;。]{0,6}(?:破损|损坏|损毁|丢失|遗失|压坏)[^。]{0,12}?(?:请|需|须|由)?(?:您|买家|顾客|客户)?(?:自行|自己)(?:直接)?(?:与|和|向|联系|找)(?:快递|物流|承运)(?:公司|方|商)?[^。]{0,8}(?:协商|索赔|理赔|交涉)|(?:收到|签收|收货)[^,;。]{0,8}(?:破损|损坏|损毁|压坏)[^。]{0,12}?(?:请|需|须|由)?(?:您|买家|顾客|客户)?(?<!(?:本店|我们|我方|商家|卖家|店家|本公司|我司|店铺|平台|仓库|客服)(?:将|会|负责)?)(?:自行|自己)(?:直接)?(?:与|和|向|联系|找)(?:快递|物流|承运)(?:公司|方|商)?[^。]{0,8}(?:协商|索赔|理赔|交涉)|(?:运输|运送|配送|物流|快递)(?:途中|过程中|期间|中)[^,;。]{0,10}(?:丢件|丢失|遗失|破损|损坏)[^,;。]{0,6}由(?:快递|物流|承运)(?:公司|方|商)?(?:负责)?(?:理赔|赔偿|承担)|\b(?:(?:shipping|transit|delivery) damage|damage caused by the (?:carrier|courier|shipping company))\b[^.;]{0,10}\b(?:is|are) the (?:responsibility|liability) of the (?:carrier|courier|shipping company)\b|\b(?:damage|loss)\b[^.;]{0,20}\b(?:during|in) (?:shipping|shipment|transit|delivery)\b[^.;]{0,20}\b(?:is|are) (?:the )?(?:carrier|courier|shipping company|postal service)s? (?:responsibility|liability)\b|\bnot (?:be )?responsible for (?:any )?(?:damage|loss)[^.;]{0,15}\b(?:during|in) (?:shipping|shipment|transit|delivery)\b|(?:运输|运送|配送|物流|快递)(?<!(?:退回|寄回|退货|返回|自选|自行选择)(?:运输|运送|配送|物流|快递))(?:途中|过程中|期间|中)[^。]{0,30}(?:破损|损坏|损毁|丢失|遗失|压坏)[^。]{0,30}(?:但|本店|本公司|我们|商家)(?:将|会)?(?:不会|不予|概不|不)(?:赔偿|负责|承担|负(?:任何)?(?:赔偿|损害赔偿)(?:之)?责任)|(?:本店|本公司|我们|商家|卖家)(?:将|会)?(?:不会|不予|概不|恕不|不)(?:负责|承担|赔偿)[^,;。]{0,6}(?<!退回|寄回|退货)(?:运送|运输|配送|寄送|快递)(?:途中|过程中|期间)[^。]{0,8}(?:遗失|丢失|损坏|破损|损毁)(?![^。]{0,10}(?:除外|不在此限|例外))|(?:运送|运输|配送)(?:过程|途中)[^。]{0,60}?(?:宅配|物流|快递)(?:均|概|恕)?不负(?:任何)?(?:赔偿|损害赔偿)(?:之)?责任|(?:运输|运送|配送|物流|快递)(?<!(?:退回|寄回|退货|返回|自选|自行选择)(?:运输|运送|配送|物流|快递))(?:途中|过程中|期间|中)?[^,;。]{0,10}(?:破损|损坏|损毁|丢失|遗失|压坏)[^。]{0,20}?(?:请|自行|需|须|由)(?:您|买家|顾客|客户)?(?:自行)?(?:直接)?(?:向|联系|找)(?:快递|物流|承运)(?:公司|方|商)?(?:[^。]{0,6}(?:索赔|理赔|协商|处理|赔偿)|\s*(?:[。.!]\s*)?$)|\b(?:transit|shipping|freight|delivery|carrier) damage\b[^.;]{0,40}\b(?:with|to|against) the (?:carrier|courier|shipping company|freight company|postal service)\b|\b(?:damaged|broken)\b[^.;]{0,30}\b(?:in transit|during (?:shipping|shipment|delivery|transit))\b[^.;]{0,40}\b(?:file (?:a )?claim with|contact|notify)\b[^.;]{0,10}\b(?:the )?(?:carrier|courier|shipping company|postal service)\b/;
/**
 * Damage to the goods in transit refused as an after-sales matter ("酒水在运输途中可能会有少量渗漏，不作为售后处理"): the
 * goods are the shop’s risk until handed over (ECL 20), and damaged goods are non-conforming
 * (CRPL 24). Outer packaging creased on the way is not the goods.
 */
const TRANSIT_DAMAGE_REFUSED =
  /(?:damaged|lost|broken)[^.;]{0,30}\b(?:in transit|during (?:the )?(?:shipping|shipment|delivery|transit)(?: process)?)[^.;]{0,20}\b(?:the )?(?:shipping company|carrier|courier|postal service|post office)\s+(?:is|are|will be)\s+(?:solely |fully )?(?:responsible|liable)|(?:运输|运送|配送|物流|快递)(?:途中|过程中|期间|中)?[^。]{0,20}(?:渗漏|漏液|漏酒|洒漏|破损|损坏|磨损|变形|碎裂)[^。]{0,14}(?:不作为|不属于|不予|不在|不接受|不受理|不提供)[^。]{0,6}(?:售后|质量问题|退换|退货|处理|受理|赔偿)|(?:运输|运送|配送|派送|物流|快递)(?:途中|过程中|期间|中)?[^。]{0,40}(?:损伤|损坏|破损|压坏|磕碰|碰伤)[^,;。]{0,12}?(?:的情况|情形)?(?:均|都)?(?:是)?(?:属|属于|为|视为)(?:于)?正常(?:现象|情况|损耗)|(?:运输|运送|配送|派送|物流|快递)(?:途中|过程|期间)?[^。]{0,40}(?:刮痕|划痕|擦痕|刮伤|擦伤|磨损|凹痕|凹凸|掉漆|损伤|损坏|破损|压坏|磕碰|碰伤)[^。]{0,16}?(?:非|不属于|不算|不视为)(?:商品)?(?:瑕疵|质量问题)(?:的)?(?:范围|之列)?|\b(?:scratch(?:es)?|dents?|damage|breakage)\b[^.;]{0,40}\b(?:during|in) (?:shipping|shipment|transit|delivery)\b[^.;]{0,20}\b(?:is|are) (?:considered|deemed|regarded as) (?:normal|acceptable)\b/;
/**
 * Damage on the shop's delivery listed under a refusing lead-in ("以下情况不予办理退货：由于运输过程中的不可抗拒因素，商品
 * 出现轻微破损"); the consumer's own return parcel ("退回途中的损坏") is not the shop's delivery.
 */
const TRANSIT_DAMAGE_LISTED =
  /(?:运输|运送|配送|物流|快递)(?:途中|过程中|期间|中)?[^。]{0,20}(?:渗漏|漏液|破损|损坏|磨损|变形|碎裂)/;
function transitDamageListedAsRefused(reading: ClauseReading): boolean {
  return (
    reading.lead !== '' &&
    refusesAsLead(reading.lead) &&
    TRANSIT_DAMAGE_LISTED.test(reading.own) &&
    !/退回|寄回|退货|返回|返还|寄还/.test(reading.own) &&
    // Damage the buyer caused on the way, or a remedy granted for it ("我们将为您补发"), is no refusal of the shop's risk.
    !CONSUMER_DAMAGE.test(reading.own) &&
    !/(?:买家|您|消费者)(?:的)?(?:原因|责任|过错)|补发|重发|为您|退换/.test(reading.own)
  );
}

/**
 * Repair offered after a period named before it ("商品签收15天后，…只提供维修服务", "质保期满后…", "After one month, we only
 * offer repairs", THREE-GUARANTEES 10), read in the words before the repair only ("…只提供维修服务，…一年后不再保修" is
 * repair only).
 */
function repairAfterPeriod(text: string, durations: readonly { start: number; days: number }[]): boolean {
  const at = REPAIR_ONLY.exec(text)?.index ?? text.length;
  const before = text.slice(0, at);
  return (
    (afterWindowOnly(before) && durations.some((duration) => duration.start < at && duration.days >= 15)) ||
    /\bafter (?:one|two|three|six|\d+) (?:months?|years?)\b|(?:[一二三四五六七八九十两]+|\d+)\s*个?(?:月|年)(?:后|以后|之后)/.test(
      before,
    )
  );
}

/** The words any of the remedy readings below needs: the cheap test before them. */
const REMEDY_WORDS = /修|三包|自行|负责|责任|repair|warranty|defect|faulty|responsib/;
/** Repair the only remedy ("只修不换不退", "只提供维修服务", "Repair only", "will be repaired, not replaced or refunded"). */
const REPAIR_ONLY =
  /只修不(?:换|退)|(?:只|仅)(?:提供|支持|负责|给予|能|可)?(?:免费)?(?:维修|修理)(?:服务)?(?![^,;。]{0,2}(?:站|点|中心|网点|地址|电话))(?:哦|呢|哈)?(?=\s*(?:[,;。!~]|$))|\brepair only\b(?<!\bfor repair only)|\bwill (?:only )?be repaired,? (?:and )?not (?:be )?(?:replaced|refunded)|\b(?:we )?only (?:offer|provide) repairs?\b(?! (?:after|beyond|outside|once))/;
/**
 * Repair put before the return or exchange the law gives at once ("质量问题先维修，无法维修的再退换货", "a refund is only given
 * where no repair is possible"): within the statutory days the consumer may return non-conforming goods without a repair
 * first (CRPL 24, THREE-GUARANTEES 11).
 */
const REPAIR_FIRST =
  /(?:先|优先|首先)[^,;。]{0,6}?(?:维修|修理|返修|检修)[^。]{0,24}(?:无法|不能|不可|修不好|维修不好|未能)(?:维修|修复|修理|修好)?[^。]{0,10}(?:再|才|方可|方能)(?:予以|给予|为您|给您|给你|给|办理|可以?|能)?(?:退|换|更换)|\b(?:refunds?|replacements?|returns?)\b[^.;]{0,40}\bonly (?:be )?(?:(?:given|issued|offered|made|available|provided|possible) )?(?:where|when|if|once|after) (?:no repair is possible|(?:a |the )?repairs? (?:is|are) (?:not possible|impossible|unsuccessful)|(?:a |the )?repairs? (?:fails?|failed|has failed|does not work)|(?:it|the item|the product|they|the goods) (?:cannot|can'?t|could not) be repaired)\b/;
/**
 * The statutory days' refund kept on the line beside a repair first ("Within 7 days … can be refunded; after that, …", "…, or
 * where you ask within 7 days", "7天内可直接退货"); not an exchange alone in those days ("7天内可换货").
 */
const STATUTORY_DAYS_KEPT =
  /\b(?:within|in the first) (?:7|seven) days\b[^.;]{0,60}\b(?:refund(?:s|ed)?|returned)\b|\b(?:refund(?:s|ed)?|returned)\b[^.;]{0,80}\b(?:within|in the first) (?:7|seven) days\b|(?:7|七)\s*(?:天|日)(?:内|以内)[^。]{0,10}(?:可|直接|支持)(?:以)?退/;
/** The warranty ended by opening the box ("Warranty is void if the product box has been opened"): opening ends no right. */
const WARRANTY_VOID_OPENED =
  /\bwarranty (?:is |will be |becomes )?(?:void|voided|invalid|invalidated)\b[^.;]{0,10}\bif\b[^.;]{0,30}\b(?:box|package|packaging|seal)\b[^.;]{0,20}\b(?:opened|unsealed|removed|broken)\b|\bopening (?:the )?(?:box|package|packaging|product|seal)\b[^.;]{0,10}\bvoids? (?:the |your )?warranty\b/;
/**
 * The 三包 regime refused for all goods ("本店商品不参加三包"), not the regulation's own list ("属下列情形不实行三包：…") or goods
 * it does not cover ("手机外壳，饰品，赠品等不享受三包服务").
 */
const GUARANTEES_REFUSED =
  /^\s*(?:本店|我们|本公司|店铺|本网站)?(?:的)?(?:所有|全部|一切)?(?:的)?(?:商品|产品)?(?:均|一律|都|概)?(?:不参加|不参与|不享受|不实行|不提供|不执行)(?:国家)?三包/;
/**
 * The shop disclaiming in English ("We are not responsible for any…", "were" being "we're" read without its apostrophe, "We do
 * not cover…").
 */
const SHOP_NOT_RESPONSIBLE_EN = String.raw`(?:(?:\bwe are|(?<![a-z] )\bwere|\b(?:the )?(?:store|shop|seller|company) is) not (?:responsible|liable) for|(?:\bwe|\bthe (?:store|shop|seller|company)) (?:do|does|will) not cover) (?:any )?`;
/**
 * Defects disowned after a number of days ("After 7 days, defective items are no longer our responsibility"), or outright ("We
 * are not responsible for product defects, because we do not manufacture the products we carry").
 */
const DEFECTS_DISOWNED = new RegExp(
  String.raw`(?:本店|我们|卖家|商家|本公司|我司)(?:均|概|将)?(?:不再|不)(?:对|为)(?:商品|产品)?(?:的)?(?<![非无不没])(?:瑕疵|质量问题|缺陷|生产缺陷|故障)(?:承担|负)(?:任何)?(?:的)?责任|(?<![非无不没])(?:生产缺陷|质量缺陷|质量问题|瑕疵|故障)[,，]?(?:本店|我们|卖家|商家|本公司)(?:将)?(?:不再|概不|不)(?:负责|承担责任)(?![^。]{0,12}除外)|\b(?:product |manufacturing |manufacturer'?s? )?(?:defects?|faults?) (?:are|is|will be) not (?:covered|our responsibility) (?:once|after) (?:the |your )?(?:items?|goods|products?|orders?|parcels?|package) (?:has|have|is|are) (?:been )?(?:delivered|received|signed for)\b|\b(?:after|beyond) (?:\d+|seven|three|five) days?\b[^.;]{0,40}\b(?:defective|faulty|defects?)\b[^.;]{0,30}\b(?:no longer|not) (?:our )?(?:responsibility|responsible)|\bnot responsible for (?:any )?(?:defects?|faults?)\b[^.;]{0,20}\b(?:reported|found|discovered|notified) (?:after|more than|beyond)(?!\s+(?:(?:two|three|four|five|[2-9]) years|(?:2[4-9]|[3-9]\d) months))|\b(?:not (?:responsible|liable) for|(?:do|does|will) not cover) (?:any )?(?:product |manufacturing |manufacturer'?s? )?(?:defects?|faults?) (?:(?:after|beyond|more than) (?:\d+|seven|three|five|fifteen|thirty) (?:calendar |working |business )?days?|(?:once|after) (?:the |your )?(?:items?|goods|products?|orders?|parcels?|package) (?:has|have|is|are) (?:been )?(?:delivered|received|signed for)|after (?:delivery|receipt|signing))\b(?![^.;]{0,40}\b(?:caused|resulting|due|arising|misuse|dropp\w*|drops?|spill\w*|water|liquids?|impacts?|falls?|abuse|neglect\w*|negligen\w*|improper\w*|mishandl\w*|wear|accident\w*|by (?:you|the customer|customers|the buyer|misuse|accident))\b)|${SHOP_NOT_RESPONSIBLE_EN}(?:minor |small |slight )?cosmetic (?:defects?|flaws?|imperfections?|blemishes)\b(?![^.;]{0,40}\b(?:caused|by|after|in|on|disclosed|described|listed|noted|stated|shown|mentioned|declared|before)\b)|(?:如有|若有|出现)(?:任何)?(?:质量)?问题[,，]?(?:请)?(?:您)?(?:需)?(?:概)?(?:由)?(?:买家|顾客|客户|消费者|您)?(?:需)?自行(?:处理|解决|负责|联系(?:厂家|厂商|品牌))|${SHOP_NOT_RESPONSIBLE_EN}(?:product |manufacturing |manufacturer'?s? )?(?:defects?|faults?)\b(?![^.;]{0,40}\b(?:caused|resulting|due|by|after|beyond|from|arising|that|which|reported|found|discovered|notified|unless|except|if|when|once|outside|past|in (?:(?:the |any )?(?:items?|products?|goods) (?:that )?(?:you|have|has|were|was)(?! (?:(?:have|had|were|was) )?(?:bought|purchased|ordered|received|got)\b)|the (?:product |item )?(?:description|listing|photos?))|on (?:the )?(?:product |item )?(?:page|description|listing|photos?)|disclosed|described|listed|noted|stated|shown|mentioned|declared|before|modified|altered)\b)`,
);
/**
 * The return of defective goods made to depend on their not having been used ("…can be replaced, or returned for a full
 * refund … provided that the item hasn't been used"): a defect often shows only in use, and CRPL 24 asks no such thing. Not
 * use beyond what finding the defect needs ("…not been used beyond testing").
 */
const DEFECT_RETURN_IF_UNUSED_EN =
  /\b(?:defective|faulty|damaged|broken)\b(?:(?!,? (?:and|but|while|whereas)\b)[^.;]){0,120}\b(?:returned|returnable|refunded|refund|replaced|exchanged)\b(?:(?!,? (?:and|but|while|whereas)\b(?! only (?:if|when|provided)\b))[^.;]){0,80}\b(?:provided|providing|as long as|only if|on condition|if)\b(?: that)? (?:the (?:items?|products?|goods)|it|they) (?:(?:hasnt|havent|has not|have not|wasnt|werent|was not|were not|is not|are not) (?:been )?used|(?:is|are|remains?|remain) unused)\b(?![^.;]{0,30}\b(?:beyond|more than|except|other than|apart from)\b)/;
/** Faults of the goods declared no quality problem ("轻微瑕疵不属于质量问题", "细微划痕…不算质量问题"). */
const DEFECT_DEFINED_AWAY =
  /(?:瑕疵|划痕|刮痕|擦痕|线头|异味|噪音|异响|脱线|开线|起球|掉色|褪色|破洞)[^。]{0,16}(?:不属于|不算|不视为|不作为|并非|不是)(?:商品)?(?:的)?(?:质量问题|瑕疵品|次品|质量瑕疵)|(?:划痕|刮痕|擦痕|磕碰|磕伤|磨损|掉漆|瑕疵)[^,;。]{0,8}(?:但|并)?不影响(?:正常)?使用/;
/** The part of `text` around `at` (split at , ; 。). */
function partAround(text: string, at: number): string {
  const end = text.slice(at).search(/[,;。]/);
  return text.slice(partBegins(text, at), end < 0 ? text.length : at + end);
}
/**
 * One remedy made the only one for goods not as described or defective ("对您唯一的补救措施是在没有使用的情况下退回该商品",
 * "your sole remedy is replacement"): the consumer's choice of return, exchange or repair narrowed (CRPL 24).
 */
const SOLE_REMEDY =
  /(?<!(?:不是|并非|并不是|不再是)(?:您|你)?(?:的)?)(?:唯一|仅有)(?:的)?(?:补救|救济)(?:措施|方式|办法|途径)(?<=(?:描述不|不符|质量|瑕疵|缺陷|故障|不同|有问题|保修|保固|质保)[^。]{0,40})|(?<!\bnot (?:your |the |an? |our )?)\b(?:sole|only|exclusive) remed(?:y|ies)\b(?:(?<=\b(?<!\bnot an? |non-?)(?:defect\w*|faulty|not as described|differs?|different|non-?conform\w*|warrant(?:y|ies))\b[^.;]{0,60})|(?=[^.;]{0,40}\b(?<!\bnot an? |non-?)(?:defect\w*|faulty|not as described)\b))/;
/**
 * A sole remedy that narrows the consumer's choice: named sole (`SOLE_REMEDY`), and not where refund, replacement and repair
 * are all named as the remedy in its sentence, before or after the words naming it sole ("your sole remedies are refund,
 * replacement or repair, at your choice", "退货、换货、维修任您选择，此为唯一补救措施"), none of them refused or made
 * conditional there ("…须经本店同意", "not a refund", "subject to our approval", "at our option"). Words that refuse or
 * condition something else in the sentence ("at no cost to you", "不另收费", "人为损坏除外") narrow no remedy.
 */
function soleRemedyNarrows(text: string): boolean {
  const sole = SOLE_REMEDY.exec(text);
  if (sole === null) return false;
  // The sentence around it: a full stop ends one only before a space or the end, and not in "i.e." or "e.g.".
  const masked = text.replace(/\b(?:i\.e|e\.g|etc|incl|approx)\./g, (abbreviation) => abbreviation.replace(/\./g, ' '));
  // A heading before a colon ("Our refund policy: …") is no remedy named.
  const from = Math.max(
    ...[';', '。', '；', ':', '：'].map((stop) => masked.lastIndexOf(stop, sole.index)),
    masked.slice(0, sole.index).search(/\.\s[^.]*$/),
  );
  const rest = masked.slice(sole.index);
  const end = rest.search(/[;。；]|\.(?=\s|$)/);
  const sentence = masked.slice(from + 1, end < 0 ? undefined : sole.index + end);
  const allNamed =
    !REMEDY_REFUSED_OR_CONDITIONED.test(sentence) &&
    /\brefunds?\b|退货|退款/.test(sentence) &&
    /\b(?:replace(?:ments?|d|s)?|replacing|exchanges?)\b(?! parts?\b)|换货|更换(?!零件|配件)/.test(sentence) &&
    /\brepairs?\b|维修|修理/.test(sentence);
  return !allNamed;
}
/**
 * A remedy refused or made conditional on the shop ("not a refund", "退货须经本店同意", "subject to our approval"); not a
 * condition of another remedy ("不能维修的直接退款").
 */
const REMEDY_REFUSED_OR_CONDITIONED =
  /\b(?:not|no|never|without|rather than|except|excluding|instead of)\s+(?:an? |any |the |a full |full )?(?:refunds?|replacements?|repairs?|returns?)\b(?! (?:shipping|postage|freight|carriage|delivery|fees?|costs?|charges?|labels?)\b)(?:(?! is possible| can be)|(?<=\b(?:refunds?|replacements?|exchanges?) (?:only )?(?:where|when|if) no repairs?))|\b(?:refunds?|replacements?|repairs?|returns?)\b[^.;]{0,30}\b(?:are|is) (?:excluded|not (?:available|offered|provided|possible))\b|\b(?:subject to (?:our |the (?:store|shop|company)'?s? )?(?:approval|discretion|consent|decision)|at (?:our|the (?:store|shop|company)'?s?) (?:sole )?(?:option|discretion|choice)|if we (?:agree|approve)|with our (?:approval|consent))\b|不(?:予|提供|能|可|支持|包括)?(?:退货|退款|换货|更换|维修|修理)(?![的时者])|(?:退货|退款|换货|更换|维修|修理)[^,;。]{0,8}(?:须经|需经|需|须|经)(?:本店|我们|商家|卖家|本公司|我司)?(?:的)?(?:同意|审核|批准|确认)|(?:由|以)(?:本店|我们|商家|卖家|本公司|我司)(?:决定|选择)|(?:退货|退款|换货|更换|维修|修理)(?:除外|不在此限)/;
/** The defect's remedy refused in words ("质量问题也不退", "质量问题本店概不负责", "任何问题均不予退货"). */
const ONE_EXCHANGE_ONLY =
  /(?:每(?:张|个|笔)?(?:订单|商品|件)|每件(?:货品|商品|产品)|所有(?:产品|商品|货品)|每次购买)[^,;。]{0,6}(?:只|仅)(?:可|能)?(?:(?:进行|办理|享受)?(?:一|1)次(?:换货|更换|退换)|(?:换|更换|换货)(?:一|1)次)|\b(?:a )?one[- ]time exchange (?:is )?(?:permitted|allowed|only)\b|\bonly one exchange (?:is )?(?:permitted|allowed|per)\b|\bexchanges? (?:are |is )?limited to one\b/;
const QUALITY_ALSO_REFUSED = startingWhereItCan(
  /\bif the (?:problem|fault|defect|failure|issue) is not (?:a )?(?:major|serious|significant)(?: (?:one|failure|fault|problem))?\b(?![^.;]{0,50}\b(?:free of charge|at no (?:extra )?(?:cost|charge)|for free)\b)(?!(?![^.;]{0,60}\b(?:not|never)\b[^.;]{0,20}\brefund)[^.;]{0,80}\b(?:or|and) (?:(?:we )?(?:will |can |may )?(?:issue|give|offer|provide|make|grant) )?(?:you )?(?:a |an )?(?:full )?refund(?:s|ed)?\b(?! (?:of )?(?:the |your )?(?:return |original |outbound )?(?:postage|shipping|delivery|fees?|costs?|carriage)))[^.;]{0,40}\b(?:repair|fix)|(?:包括|包含)(?:本公司|本店|我们|我司)?(?:的)?(?:产品|商品)(?:之|的)?(?:质量)?问题[^。]{0,40}(?:有权)?(?:拒绝|不予|不接受)(?:任何)?(?:退款|退货|退换)|(?=(?:请|须|需|可)?(?:自行|直接)?(?:联系|找|咨询|送修|寄往|寄至|送至|送到))(?<!(?:超过|超出|过了)(?:三包|保修|质保)期[^。]{0,12}|过保[^。]{0,12}|三包期(?:外|后|满)[^。]{0,12}|人为(?:(?!质量|故障|其他|其它|其余|以外|之外|非人为|一切问题|所有问题|任何问题|不(?:予)?(?:退|换)|不支持(?:退|换)|(?:不予|不)(?:保修|维修|受理|负责|处理)[^。]{0,8}(?:出现|遇到|发生|有|任何|如有)问题)[^。]){0,16}|使用不当(?:(?!质量|故障|其他|其它|其余|以外|之外|非人为|一切问题|所有问题|任何问题|不(?:予)?(?:退|换)|不支持(?:退|换)|(?:不予|不)(?:保修|维修|受理|负责|处理)[^。]{0,8}(?:出现|遇到|发生|有|任何|如有)问题)[^。]){0,16})(?:请|须|需|可)?(?:(?:自行|直接)?(?:联系|找|咨询|送修|寄往|寄至|送至|送到))(?:当地)?(?:厂家|厂商|品牌方|品牌官方|官方售后|生产厂家|厂家售后)[^。]{0,16}(?:本店|我们|商家|卖家|本公司|我司)(?:将)?(?:不再|不|概不|恕不)(?:负责|承担|受理|处理)|(?=(?:请|须|需|可)?(?:自行|直接)?(?:联系|找|咨询|送修|寄往|寄至|送至|送到))(?:请|须|需|可)?(?:(?:自行|直接)?(?:联系|找|咨询|送修|寄往|寄至|送至|送到))(?:当地)?(?:厂家|厂商|品牌方|品牌官方|官方售后|生产厂家|厂家售后)[^。]{0,16}(?:本店|我们|商家|卖家|本公司|我司)(?:将)?(?:不再|不|概不|恕不)(?:负责|承担|受理|处理)(?=[^。]{0,30}(?:其他|其它|其余|非人为|质量|故障|保修期内|问题)[^。]{0,12}(?:请|须|需|可)?(?:也|亦)?(?:请|须|需|可)?(?:自行|直接)?(?:联系|找|咨询|送修|寄往|寄至|送至|送到)(?:当地)?(?:厂家|厂商|品牌方|品牌官方|官方售后|生产厂家|厂家售后))|\bnot (?:to )?(?:entertain|accept|process|handle)\b[^.;]{0,12}\b(?:any )?(?:complaints?|claims?)\b[^.;]{0,30}\bafter (?:\d+|seven|the) (?:days?|grace)|无论(?:维|修|修理|维修)?(?:了)?几次[^。]{0,10}(?:都|均|也)?(?:不能|不可|不予|不支持|无法)(?:换|退)|\bwe only (?:handle|accept|deal with|process|cover|look at) (?:problems|issues|faults|claims|defects)[^.;]{0,30}\b(?:in|within) the first (?:\d+|seven|fourteen|thirty) days\b|\b(?:unable to|cannot|can'?t|will not|won'?t) (?:assist|help) with (?:faulty|defective|broken) (?:items?|goods|products?|watches|devices)\b|(?<!非|无|没有|没|不属于|不是|除|如非|若非)(?:质量问题|质量原因|质量瑕疵)(?!以外|之外|外)[^,;。]{0,4}(?:也|亦|同样|均|都|一律)(?:不|不予|不能|无法|概不)(?:退|换|受理|处理|负责)|(?<!非|无|没有|没|不属于|不是|除|如非|若非)(?:质量问题|质量原因)(?!以外|之外|外)(?:[^,;。]{0,8}|[^,;。]{0,4},)(?<!买家|顾客|客户|消费者|您)(?:本店|我们|商家)?(?:概不|不)(?:负责|承担)|(?:不|不予|不可|不能|无法|拒绝|不接受|不支持)(?:予)?(?:退换货?|退货|退款|退|换)[^。]{0,8}[,(（]?(?:包括|包含|含|连同)(?:商品)?(?:质量问题|质量原因)(?!以外|之外|外)|(?:不|不予|不可|不能|无法|拒绝|不接受|不支持)(?:予)?(?:退换货?|退货|退款|退|换)[^。]{0,8}[,]?(?<!非|无|没有|不属于|不是|除)(?:质量问题|质量原因|瑕疵|故障)(?!以外|之外|外)(?:的商品)?(?:也|亦|均|都)(?:不例外|一样|同样|如此)|任何问题(?:均|都|一律|也)?(?:不予|不能|不|概不)(?:退货|退换|退款)|\b(?:cannot|can'?t|do not|don'?t|will not|won'?t) accept (?:any )?(?:faulty|defective) (?:returns?|items?|goods|products?)\b(?![^.;]{0,40}\b(?:without|unless|once)\b|[^.;]{0,60}\bwarranty\b)|\b(?:cannot|can'?t|will not|won'?t) accept the return,? even (?:if|for|when) (?:the item is |it is |they are )?(?:faulty|defective)\b|\b(?:no refunds?|not (?:be )?(?:refunded|accepted|returned))\b[^.;]{0,30}\beven (?:for|if|when) (?:the item is |it is |they are )?(?:defective|faulty)(?: goods| items| products)?\b(?<!\b(?:shipping|postage|fees?|costs?|charges?)\b[^.;]{0,90})|\b(?:(?:are|is) (?:a )?final sale|non-?refundable|non-?returnable)[^.;]{0,20}\b(?:including|even) (?:the |if )?(?:defective|faulty|damaged(?! (?:by|through|due to|from|packaging|boxes?|during use)\b))(?: ones| items| goods)?\b|\b(?:cannot|can not|will not|may not|are not|is not) be (?:returned|refunded|exchanged)[^.;]{0,30}\bincluding (?:for )?(?:defects?|defective|faulty|damaged)/,
);
/**
 * An English refusal said to reach faulty goods too ("You are not entitled to a return for fresh seafood, even if it arrives
 * spoiled", "…, including faulty ones", "whether for change of mind or for faulty goods", "for defective items, whether worn
 * or not"): the defect's remedy refused whatever else the clause names (CRPL 24).
 */
const FAULTY_ALSO_REFUSED_EN =
  /\b(?:not entitled to (?:a |any )?(?:returns?|refunds?|exchanges?|replacements?)|(?:can'?t|cannot|can not|do not|don'?t|will not|won'?t) (?:offer|give|issue|provide|accept)(?: you)? (?:a |any )?(?:refunds?|returns?|exchanges?)|(?:cannot|can'?t|can not|will not|won'?t|may not) be (?:returned|refunded|exchanged)|(?:are|is) (?:not returnable|not refundable|non-?returnable|non-?refundable|final sale))\b[^.;]{0,80}?(?:\b(?:even if|even when|even though|including|whether)\b(?:(?!\b(?:except|unless|other than|apart from)\b)[^.;]){0,50}?(?:\b(?:faulty|defective|spoiled|spoilt|rotten|expired|dead|wilted|withered)\b(?! (?:after|over) (?:a |an |one |two |three |several |a few |\d+ )?(?:weeks?|months?)\b| in (?:your|the) vase)|\bdi(?:e|es|ed)\b(?!-)(?! (?:(?:(?:after |over )?(?:a |an |one |several |a few |some |many |\d+ |two |three |four |six )?(?:weeks?|months?|years?|seasons?)|(?:within |in )(?:(?:a |an |one |several |a few |some |many |\d+ |two |three |four |six )?(?:months?|years?|seasons?)|(?:several |a few |some |many |\d+ |two |three |four |six )?weeks))\b(?![^.;]{0,40}\bor (?:in transit|on arrival|before|during|in the post))|(?:from|due to|because of|through) (?:lack of|neglect|improper|poor|over-?watering|under-?watering|your|the customer'?s?|incorrect|insufficient)|(?:later |afterwards |eventually )?(?:in|under) (?:your|the customer'?s?|the buyer'?s?|their) (?:own )?care))|(?<!\b(?:customer|you|buyer|they|user)(?: has| have| had)? |\bseals? (?:has |have |is |are |was |were )?(?:been )?)\b(?:damaged|broken)\b(?! (?:through|by|due to|from|during use|in use|packaging|packages?|boxes?|seals?|lids?|caps?)\b))|(?<!\b(?:except|unless|but|other than|apart from)\s+)\bif (?:it|they|the (?:item|goods|product)s?) (?:is|are|arrives?|arrived|was|were) (?:faulty|defective|spoiled|spoilt|rotten|dead|wilted|withered)\b|\b(?:faulty|defective|damaged)\b[^.;]{0,20}\bwhether (?:worn|used|opened) or not\b)(?<!\b(?:(?:(?:shipping|postage|delivery|handling|return)\s+)?(?:costs?|fees?|charges?)|shipping|postage)\s+(?:are|is|will be)\b[^.;]{0,160})(?![^.;]{0,40}\b(?:they|it|these|those|ones|items|goods|products|we)\b(?:(?!\b(?:not|never|no longer|cannot|dont|doesnt|didnt|isnt|arent|wasnt|werent|wouldnt|neither|nor)\b)[^.;]){0,12}\b(?:refunded|replaced|repaired|exchanged|refund|replace|repair|exchange|accepted)\b(?! (?:only )?(?:the |your )?(?:original )?(?:delivery|shipping|postage|fees?|costs?)\b))/;
/** A remedy limited for all goods ("只换不退", "不支持退货", "仅提供维修服务", "exchange only"). */
const REMEDY_LIMITED =
  /只换|仅换|不退|不支持退|不能退|无法退|(?:只|仅)(?:提供|支持)?(?:维修|修理)|\bno refunds?\b|\bexchanges? only\b|\bonly (?:be )?exchanged\b|\brepairs? only\b/;
/** Live goods: plants, flowers, fish and animals. */
const LIVE_GOODS_EN =
  '(?:(?:live |living |potted |fresh |cut )?(?:plants?|flowers?|bouquets?|blooms?|succulents?|cact(?:i|us|uses)|seedlings?|saplings?|trees?|shrubs?|bulbs?|orchids?|roses?|fish|shrimps?|snails?|corals?|pets?|animals?|birds?|reptiles?|insects?|livestock))';
/** Dying or wilting said of live goods ("wilt", "die", "arrive dead"). */
const DYING_EN =
  '(?:wilts?|wilted|withers?|withered|dies?|died|(?:arrives?|arrived|are|is) (?:dead|wilted|withered))(?: or (?:wilts?|wilted|withers?|withered|dies?|died|dead))?';
/** …on arrival, in the post or within a week of delivery: a defect the goods came with (CRPL 24), not the buyer's care. */
const ON_ARRIVAL_EN =
  '(?:on (?:arrival|delivery|receipt)|upon (?:arrival|delivery|receipt)|in (?:transit|the post)|(?:within|in) (?:the first |a |one |two |three |[1-7] |24 |48 |72 |a few )?(?:hours?|days?|week)(?: (?:of|after|from) (?:delivery|arrival|receipt))?|(?:hours|a day|one day|[1-3] days?|two days) after (?:delivery|arrival|receipt)|the (?:same|first) day)';
/**
 * English live goods that die or wilt on arrival or within days refused their refund ("Plants that wilt within a day of
 * delivery cannot be refunded", "We do not refund plants that die hours after delivery", "No refunds on fish that die within
 * a day"): the defect's remedy refused (CRPL 24), whatever else the clause names; a refund or replacement granted for them
 * between the goods and the refusal, or for them anywhere on the clause's line (`liveRemedyGranted`), refuses nothing.
 */
const LIVE_DEFECT_REFUSED_EN = new RegExp(
  `\\b${LIVE_GOODS_EN} (?:that |which )?${DYING_EN} ${ON_ARRIVAL_EN}\\b(?:(?!\\b(?:refunded|replaced|refund|replace|replacement)\\b)[^.;]){0,40}?\\b(?:(?:cannot|can'?t|can not|will not|won'?t|may not) be (?:refunded|returned|replaced|exchanged)|(?:are|is) (?:not (?:refundable|returnable|covered|eligible)|non-?refundable|non-?returnable|excluded)|no refunds?)\\b|\\b(?:we (?:do not|don'?t|cannot|can'?t|will not|won'?t) (?:refund|replace|cover|accept returns? (?:of|for|on))|no refunds? (?:on|for)|(?:cannot|can'?t) (?:be )?refund(?:ed)?(?: for)?)\\b[^.;]{0,20}?\\b${LIVE_GOODS_EN} (?:that |which )${DYING_EN} ${ON_ARRIVAL_EN}\\b`,
);
/**
 * A refund or replacement granted for the live goods themselves on the clause's line ("…cannot be returned; we will refund you
 * in full", "they will be replaced", "直接全额退款"), not for something else ("we will replace damaged pots", "only the shipping
 * fee will be refunded") and not negated ("no partial or full refund will be given", "we will neither refund…", "不会为您补发").
 */
const LIVE_REMEDY_EN =
  /\b(?:we(?: will| shall| can)?|well) (?:(?:happily|gladly|then|also|always|instead) )?(?:refund|replace|reimburse)s? (?:you|them|it|your (?:money|order|purchase)|the (?:full )?(?:price|cost|amount))\b(?! only\b)|\b(?:they|it|these|those|the (?:plants?|flowers?|fish|animals?|livestock)) (?:will|can|shall) be (?:fully )?(?:refunded|replaced)\b|\bno (?:refund )?(?:request|claim|return) (?:is )?(?:needed|required|necessary)\b/g;
const LIVE_REMEDY_ZH = /(?:直接|为您|给您)(?:全额)?(?:退款|补发|重发)|全额退款/g;
function liveRemedyGranted(line: string): boolean {
  for (const pattern of [LIVE_REMEDY_EN, LIVE_REMEDY_ZH])
    for (const match of matchesOf(pattern, line)) {
      const before = line.slice(Math.max(0, match.index - 40), match.index);
      if (/[\u4e00-\u9fff]/.test(match[0])) {
        // In Chinese a negation in the few words before the grant ("也不会再为您补发", "也无法获得全额退款", "不提供全额退款"), not
        // one of returning the goods or of liking them ("不退回商品直接全额退款", "不满意可直接全额退款").
        if (
          /(?:不|无法|没有?|未)(?!退回|寄回|返还|需|用|必|满意|喜欢|合适)[^,;。]{0,4}$/.test(before) ||
          // …or refused right after it ("直接退款也不行").
          /^[^,;。]{0,2}(?:也)?(?:不行|不可以|不可能|不支持|没有)/.test(line.slice(match.index + match[0].length))
        )
          continue;
        return true;
      }
      // In English the sentence before it ("under no circumstances will we refund you"; not "no worries, we will…"), for the
      // live goods, not for other items ("For other items we refund you", "damaged pots: we replace them"; not "arrives dead in
      // its pot" or "any other animal").
      const sentence = before.split(/[.;!?]/).pop() ?? '';
      // The negation in its own part of the sentence ("We do not replace plants…, we refund them in full" grants the refund).
      if (
        /\b(?:not|never|neither|nor|cannot|won'?t|wont)\b|\bno\b(?! (?:worries|problem|hassle|questions))/.test(
          sentence.split(',').pop() ?? '',
        ) ||
        /\bother (?:items?|products?|goods|orders?|purchases?|things)\b|\bfor (?:all )?others?\b|\bnon-?(?:live|plant)|(?<!\bin (?:its|their|the|a) )\bpots?\b|\btools?\b|\baccessor/.test(
          sentence,
        )
      )
        continue;
      return true;
    }
  return false;
}
/** Chinese live goods dead on the day they arrive refused ("活体到货当天死亡不予退款"): the defect's remedy refused (CRPL 24). */
const LIVE_DEFECT_REFUSED_ZH =
  /(?:活体|植物|绿植|花卉|鲜花|宠物|活鱼|观赏鱼|鱼苗|水产|活虾|活蟹)[^,;。]{0,6}(?:到货|签收|收货|收到)(?:的)?(?:当天|当日|时|后(?:24|48)小时内)(?:即|就|已)?(?:死亡|枯萎|凋谢|死)(?:的)?[,]?[^,;。]{0,6}?(?:不予|不|恕不|概不|无法)(?:退|赔|补|换)/;
/**
 * A defect listed beside the consumer's own damage and refused with it ("质量问题及人为损坏的商品，均不予退换", "人为损坏、以及商品
 * 本身质量问题，均不予退换"): the defect is a ground of its own, not caused by the consumer (a defect the damage caused, "人为损坏
 * 导致的质量问题", is no list, nor are the effects of one cause, "因使用不当导致出现故障或质量问题的"), so its remedy is refused
 * (CRPL 24). Negated defects ("非质量问题及人为损坏") are no defect.
 */
const LISTED_DEFECT =
  '(?:(?:商品|产品|货品)(?:本身)?(?:的)?)?(?:质量问题|质量原因|质量瑕疵|瑕疵|性能故障)(?:的)?(?:商品|产品|货品)?';
const LIST_JOIN = ',?(?:以及|及|和|与|、|或者|或)';
const CAUSES = '导致|造成|引起|产生|致使';
const LIST_REFUSED =
  ',?(?:本店|我们|商家|卖家)?(?:均|一律|都|皆|亦|也|概|统统|全部)?(?:不予|不|概不|恕不|不能|无法|不支持|不接受|不提供)(?:予以|负责)?(?:退换|退货|退款|退|换|办理退|受理)';
const DEFECT_LISTED_WITH_OWN_DAMAGE = new RegExp(
  `(?<![非无没不除致成起生现的])${LISTED_DEFECT}${LIST_JOIN}(?:其他|其它)?${CONSUMER_DAMAGE_WORDS}[^,;。]{0,16}?${LIST_REFUSED}|${CONSUMER_DAMAGE_WORDS}(?:(?!${CAUSES})[^,;。]){0,16}?${LIST_JOIN}${LISTED_DEFECT}${LIST_REFUSED}|${CONSUMER_DAMAGE_WORDS}[^,;。]{0,16}?(?:${CAUSES})[^,;。]{0,16}?(?:,(?:以及|及|和|与|还有)(?:其他|其它)?|(?:以及|及|和|与|、|或者|或)(?=(?:商品|产品|货品)本身))${LISTED_DEFECT}${LIST_REFUSED}`,
);
/** The same in English ("Items that are defective or damaged by misuse cannot be returned"). */
const DEFECT_LISTED_WITH_OWN_DAMAGE_EN =
  /\b(?:defective|faulty)\b(?: (?:items?|goods|products?))?,? (?:or|and) (?:(?:items?|goods|products?) )?(?:damaged|broken) (?:by|through|due to) (?:misuse|abuse|accidents?|the customer|you|improper use)\b[^.;]{0,30}\b(?:cannot|can'?t|will not|won'?t|may not|are not|is not) (?:be )?(?:returned|refunded|exchanged|accepted|eligible)\b/;
/** Damage the consumer caused ("人为损坏", "使用不当", "洗涤后"). */
const CONSUMER_CAUSED =
  /人为|使用不当|自身原因|个人原因|保管不当|洗涤|水洗|穿着|佩戴|误用|自行(?:拆|修|改|维修|拆卸|拆装|改装|安装)|未经(?:专业|授权|厂家|官方)?(?:人员|师傅)?(?:安装|拆装|改装)|私自(?:安装|拆装|改装)|(?:摔坏|摔落|跌落|进水|浸水|泡水)(?<!(?:快递|运输|物流|途中|配送|发货)[^,;。]{0,4}(?:摔坏|摔落|跌落|进水|浸水|泡水))|\b(?:accidental|water|liquid|physical|drop) damage\b|\bmisuse\b/;
const CONSUMER_CAUSED_FAULT = new RegExp(
  `(?:${CONSUMER_CAUSED.source})[^,;。]{0,12}(?:导致|造成|引起|产生)(?:(?:商品|产品)?(?:出现|发生)(?:的)?)?(?:的)?(?:质量问题|故障|损坏|损毁|破损|问题)`,
);
/** The shop choosing the remedy for the goods ("处理方式由本店决定", "退换方式由本店决定", "由本店决定退货、换货或维修"). */
const SHOP_PICKS_REMEDY =
  /(?:处理方式|处理方案|解决方式|解决方案|退换方式|退换货方式|售后方式|售后方案)[^。]{0,24}?由(?:本店|我们|商家|卖家|本公司|我司|店铺)(?:最终)?(?:决定|确定|选择)|(?:由|以)(?:本店|我们|商家|卖家|本公司|我司)[^,;。]{0,8}(?:决定|选择)(?:为您|以|采用|采取)?(?:退货|退款|换货|维修|更换|修理)(?:、|或|还是)/;
/** The remedy picked by the case ("视具体情况给予换货、维修或退款", "根据情况决定换货或退款"). */
const SHOP_PICKS_BY_CASE =
  /(?:视|根据|依据?|按)(?:具体|实际)?情况(?:而定)?[,]?(?:本店|我们|商家|卖家)?(?:将|会)?(?:给予|决定|提供|安排|办理|为您)?(?:换货|维修|退款|退货|更换|修理)(?:、|或者|或|还是|和|及)(?:换货|维修|退款|退货|更换|修理)/;
/**
 * The shop choosing among the remedies for faulty goods in English ("we will repair, replace or refund in our discretion",
 * "repair or replace the item as we see fit"): the remedy is the consumer's to choose (CRPL 24). Read only where a defect is named
 * (`DEFECT_NAMED_EN`) in it or just before it, not elsewhere in the clause ("Refund or exchange after the 30-day period is at
 * our discretion, and defective items are always refunded in full"), and the discretion is not negated.
 */
const REMEDY_EN = '(?:repair(?:ed|s)?|replace(?:d|ment|s)?|refund(?:ed|s)?|exchange(?:d|s)?)';
/** A remedy in a list of them, with its article or kind ("a replacement", "store credit", "full refund"). */
const REMEDY_ITEM_EN = `(?:(?:an?|the|a full|full|free) )?(?:${REMEDY_EN}|store credit)`;
const SHOP_PICKS_REMEDY_EN = new RegExp(
  `\\b${REMEDY_ITEM_EN}(?:,? (?:or|and) (?:we (?:will |may |can )?)?${REMEDY_ITEM_EN}|, ${REMEDY_ITEM_EN}){1,3}\\b[^.;]{0,40}?(?<!\\bnot )\\b(?:(?:at|in) (?:our|the (?:store|shop|seller|company|retailer)'?s?) (?:sole |absolute |own |reasonable )?(?:discretion|option|choice|election)|as we (?:see fit|deem (?:appropriate|fit|necessary|suitable)|think (?:fit|appropriate)|consider (?:appropriate|fit|necessary|suitable|best))|depending on (?:stock |product )?availability|depending on the (?:case|situation|circumstances)(?! and (?:on )?(?:your|the (?:customer|buyer)'?s?) (?:preference|choice|wish(?:es)?))|on a case[- ]by[- ]case basis)|\\b(?:at|in) our (?:sole |absolute |own )?(?:discretion|option|election),? (?:we )?(?:will |may )?${REMEDY_EN}(?:,? (?:or|and) ${REMEDY_EN}|, ${REMEDY_EN}){1,3}\\b`,
);
const DEFECT_NAMED_EN =
  /\b(?<!\bnon-|\bnot )(?:defect(?:s|ive)?|faulty|faults?|damaged|broken|not as described|doa|dead[- ]on[- ]arrival|malfunction\w*|breach(?:es)? of (?:the |such |this |our |any )?(?:warranty|guarantee))\b/;
/**
 * Goods the shop's own notes take out of defect returns ("注意事项中约定不适合商品质量问题退换的商品除外"), or a defect the
 * shop can fix refused its return ("可以排除的故障…不予退换货"): CRPL 24 gives the return in the first seven days
 * whatever the goods and whether the fault can be fixed.
 */
const QUALITY_RETURN_EXCLUDED =
  /(?:约定|注明|标注|说明|规定)[^。]{0,8}(?:不适合|不适用|不支持|不参与|不享受)[^。]{0,6}(?:质量问题|三包)(?:的)?(?:退换|退货|售后)?[^。]{0,6}(?:的)?(?:商品|产品)?除外|(?:可以|能够|可|能)(?:排除|解决|修复)的故障[^。]{0,30}不予(?:退换|退货|换货)/;

const finding: RuleFinding = {
  verdict: 'void',
  message: {
    zh: '商品不符合质量要求的，消费者可自收到商品之日起七日内退货，七日后可依法退货或要求更换、修理；限制或拒绝这些权利的条款无效。',
    en: 'For non-conforming goods the consumer may return them within seven days of receipt, and afterwards return them or ask for an exchange or repair as the law provides; a term refusing or narrowing this is void.',
  },
  suggestion: {
    zh: '商品存在质量问题的，您可自收到商品之日起7日内退货；7日后符合法定解除合同条件的可以退货，否则可要求更换或修理，运费由本店承担。',
    en: 'If the goods are defective you may return them within 7 days of receipt; afterwards you may return them where the law allows rescission, or ask for an exchange or repair, at our shipping cost.',
  },
};

const QUALITY_NARROWED =
  /(?:瑕疵品?|质量问题|次品)(?:需|须|必须|应)(?:为|是|属于?)(?:明显|严重|重大)(?!(?:的)?(?:照片|图片(?![与和跟][^,;。]{0,4}(?:不符|不一致|不同))|实物图|对比图|图示|图标|图文|图像|图例|视频|证据|凭证|标示|标记|标识|标注|标出|瑕疵照片|瑕疵图片))|(?:瑕疵品?|质量问题|次品)(?:需|须|必须|应)有(?:明显|严重|重大)(?!(?:的)?(?:照片|图片(?![与和跟][^,;。]{0,4}(?:不符|不一致|不同))|实物图|对比图|图示|图标|图文|图像|图例|视频|证据|凭证|标示|标记|标识|标注|标出|说明(?!书|不符|有误|不一致|与实物|和实物|与商品|和商品)|描述(?!不符|错误|偏差|不一致|有误|不准确)|瑕疵照片|瑕疵图片))|(?:repair(?:ed)?|replace(?:d|ment)?|refund(?:ed)?)(?:,)? or (?:repair(?:ed)?|replace(?:d|ment)?|refund(?:ed)?) at (?:our|the (?:store|company|seller)'?s) (?:sole |own )?(?:discretion|option)|(?:维修|换货|更换|退货)(?:或|还是|或者)(?:维修|换货|更换|退货)由(?:本店|我们|商家|卖家|本公司)(?:决定|选择)|(?:换货后|已换货(?:的)?(?:商品)?|换回的商品|更换后的商品)[^。]{0,8}(?:不|不再|不予|无法|不能)(?:支持|接受|办理|享受|再)?(?:退|退货|退款|退换)|(?:after (?:an |the )?exchange(?: is made| has been made)?|exchanged items?)[^.;]{0,40}(?:not (?:qualify|eligible)|no(?:t| longer)? (?:be )?refund|non-?refundable|cannot be (?:returned|refunded))|(?:sold )?(?:as[- ]is )?with(?:out| no) (?:any )?warrant(?:y|ies)|\bno warranty\b|质量问题(?:的)?(?:界定|认定|定义|范围)(?:为|是|仅限|只限)|质量问题(?:仅|只)(?:指|限|包括)|质量问题.{0,10}(?:不支持|不予|不提供|不接受|不办理|不能|无法)(?:退货|换货|退换|更换|调换)|(?:不支持|不予|不提供)换货|只修不退|只保修不退|质量问题.{0,6}(?:只|仅)(?:负责|提供)?(?:修|维修|保修)|(?:defective|faulty).{0,30}(?:repair only|only (?:be )?repaired|not (?:be )?(?:refunded|returned))/;

/** The shop defines what counts as a defect ("质量问题的界定为货品破损或残缺"). */
const QUALITY_DEFINED = /质量问题(?:的)?(?:界定|认定|定义|范围)(?:为|是|仅限|只限)|质量问题(?:仅|只)(?:指|限|包括)/;

/** A defect qualified as serious or major: "严重损毁", "重大瑕疵", "与描述有重大出入", "severe damage". */
const SERIOUS_DEFECT =
  /(?:严重|重大|明显重大)(?:的)?(?:商品|产品)?(?:瑕疵|损毁|损坏|破损|出入|不符|质量问题|故障|缺陷)|(?:与|和)[^,;。]{0,10}(?:严重|重大)(?:不符|出入)|\b(?:severe|serious|major|significant|large|big|huge|substantial) (?:damage|defects?|faults?)\b/;
/** A defect qualified as serious ("严重瑕疵", "serious defects"), not a serious mismatch with the description. */
const SERIOUS_DEFECT_ONLY =
  /(?:严重|重大)(?:的)?(?:瑕疵|质量问题|故障|缺陷|破损|损坏|损毁)|\b(?:severe|serious|major|significant|large|big|huge|substantial) (?:defects?|faults?|damage)\b/;
/** Every serious qualifier blanked (a serious mismatch too), to see whether a plain defect is named beside it. */
const SERIOUS_DEFECT_ALL = new RegExp(SERIOUS_DEFECT.source, 'g');

/** Defect returns expressly kept beside a refusal. */
/** A return refused after what is kept ("仍可申请售后，但不支持退货退款，只能换货"): the kept remedy is an exchange. */
const RETURN_REFUSED_AFTER =
  /只换不退|只能换货|仅换不退|仅支持换货|exchanges? only|(?:仍|依然|同样|也)(?:可|可以|支持|享有|享受)(?:申请)?(?:售后|三包)[^。]{0,12}(?:但|但是)[^。]{0,12}(?:不支持|不予|恕不|不能|无法|不可|不接受)(?:办理)?(?:退货|退款)(?!到|至)/;
/** An exchange the consumer may choose instead of the refund offered ("不退款仅换货的产品可咨询客服提前补发"). */
const CHOSEN_EXCHANGE =
  /(?:补发|换货|重发)或退款(?!券)|退款(?!券)或(?:补发|换货|重发)|(?:如|若)?(?:不需要|无需|不)退款(?:而)?(?:仅|只)(?:退)?换(?:货)?[^,;。]{0,6}(?:可|可以)/;
function chosenExchange(text: string): boolean {
  const rest = text.replace(/(?:不需要|无需|不)退款(?:而)?(?:仅|只)(?:退)?换/g, ' ');
  return (
    CHOSEN_EXCHANGE.test(text) &&
    !/(?:不予|不支持|不接受|不提供|不能|无法|不可)(?:办理)?退(?:货|款)|只换不退|仅换不退|不退不换|视情况|由[^,;。]{0,6}决定|(?:质量问题|瑕疵|故障)[^,;。]{0,4}只换/.test(
      rest,
    )
  );
}
/** The clause keeps the defect returns (a kept remedy not followed by a refused return). */
function defectRemedyKept(text: string): boolean {
  return QUALITY_KEPT.test(text) && !RETURN_REFUSED_AFTER.test(text);
}
const QUALITY_KEPT =
  /(?:不包括|不含|不包含)(?:因)?(?:质量问题|质量原因)(?:的商品)?[,;]?\s*(?:质量问题|质量原因)?(?:的)?(?:退换货?)?(?:将|会|请)?(?:按|依|依照|按照)(?:国家)?(?:三包|相关规定|法律规定|法律|国家规定)|(?:不包括|不含|不包含)(?:因)?(?:质量问题|质量原因)(?:的商品)?[,;]?\s*(?:质量问题|质量原因)?(?:的)?(?:由|请)(?:本店|我们|客服)?(?:负责|联系(?:本店)?客服|承担)|(?=不包括|不含|不包含)(?<=(?:不退|不换|不可退换|不予退换|无法退换|不能退换|不支持|不予|无法|不可|不能)[^;。]{0,20}|(?:无理由|(?:七天|7天|七日|7日)退换)[^,;。]{0,20})(?:不包括|不含|不包含)(?:因)?(?:质量问题|质量原因|瑕疵|故障)(?![^,;。]{0,6}(?:以外|之外|外的))(?![^。]{0,24}(?:联系|找|寄往|送至|前往)[^。]{0,6}(?:厂家|厂商|品牌|售后|生产商|制造商))|(?:质量问题|质量原因|瑕疵|故障)[^。]{0,12}(?:仍|依然|仍然|同样|也|均)(?:可|可以|能|支持|享有|享受|办理|提供)[^。,;]{0,6}(?:退货|退款|退换|三包|售后)|(?:仍|依然|仍然|同样)(?:可|可以|支持|享有|享受|提供)[^。]{0,8}(?:质量问题|三包)|\b(?:defective|faulty|damaged)[^.;]{0,30}(?:can|may) still be (?:returned|refunded)/;
/** A refusal of the no-reason return only: the defect regime is untouched by it. */
const NO_REASON_ONLY =
  /(?:不支持|不适用|不享受|不享有|不提供|不予|无法|不能|不可|不参与)(?:办理)?(?:七天|7天|七日|7日)?(?:无理由|无条件)(?:退|换)/;

const NEGATED_DEFECT_WORD = /(?:未|无|没有|不得有|不能有)(?:任何)?(?:损坏|破损|瑕疵|故障|残缺)/g;

/** A refusal that names every reason or circumstance ("任何情况下", "无论任何原因", "under any circumstances", "no exceptions"). */
const ANY_REASON =
  /任何(?:情况|情形|原因|理由)|\b(?:do not|don'?t|will not|won'?t|cannot|can'?t) accept any (?:returns?|refunds?|exchanges?)\b|(?:不|无法|不能|不予|恕不|概不)(?:做|提供|接受|办理|受理|支持|适用)任何(?:形式的)?(?:退换货?|退货|退款)|(?:无论|不论|不管)(?:任何|何种|什么)?(?:原因|情况|理由)|(?:under|in) any circumstances?|for any reason|no matter (?:what|the reason)|regardless of (?:the )?reason|without exceptions?|\(?no exceptions?\)?(?! (?:to|for|apply|are made|will be made)\b)|under no circumstances?|even if (?:it is |they are |the item is )?(?:defective|damaged|faulty)|即使(?:有|存在|出现)?(?:瑕疵|质量问题|故障)|(?:如有|有|存在)(?:瑕疵|质量问题|故障)(?:亦|也)/;

/**
 * A defect named ("质量问题", "瑕疵", "故障", "defective"); not `QUALITY`, which also names damage ("损坏", "破损") the consumer may
 * have caused.
 */
const DEFECT_NAMED =
  /质量问题|质量原因|(?<![无非没])瑕疵|缺陷|(?<![无非没])故障|\b(?:defect(?:s|ive)?|faulty|malfunction(?:s|ing)?)\b/;
/** The repair's cost put on the consumer ("维修费用由买家承担", "维修须由买家付费", "repairs are charged to the customer"). */
const REPAIR_CHARGED =
  /(?:维修|修理)(?:的)?(?:费用|费)(?:需|须|应|将)?(?:由)?(?:买家|您)(?:自行)?(?:承担|支付|负责|自理)|(?:维修|修理)(?:需|须|要)?(?:由)?(?:买家|您)(?:自行)?(?:付费|承担费用|支付费用)|(?:维修|修理)(?:需|须|要|将)(?:另行|额外)?收费|(?:买家|您)(?:需|须|应)?(?:自行)?(?:承担|支付)(?:维修|修理)(?:的)?(?:费用|费)|\brepairs?(?: costs?| fees?| charges?)?(?: (?:of|for|to) [^.;,]{1,30}?)? (?:are|is|will be|shall be) (?:(?:charged|billed|invoiced) to (?:the )?(?:customer|buyer|you)\b|(?:done |carried out |made )?at (?:the (?:customer|buyer)'?s?|your) (?:own )?(?:expense|cost)\b)|\b(?:the )?(?:customer|buyer|you)(?: will| shall| must)? (?:pay|bear|cover|be (?:charged|billed|responsible)) (?:for )?(?:the |all |any )?(?:cost of )?(?:the )?repairs?\b/;
const REPAIR_CHARGED_ALL = new RegExp(REPAIR_CHARGED.source, 'g');
/** A case excepted from what the clause says ("人为损坏除外", "…, except for damage caused by misuse"). */
const GROUND_EXCEPTED = /[^,;。]{0,16}(?:除外|例外)|,? except(?:ing)? (?:for )?[^.;]*/g;
/** What makes a repair charge lawful: the consumer's own ground, the warranty ended or not covering, no defect, the shop's choice. */
const REPAIR_CHARGE_LAWFUL =
  /保修期(?:外|满|已过|过后|以外)|(?:超出|超过|过了)(?:免费)?(?:保修|质保|三包)期|过保|(?:不在|不属于?)(?:保修|质保|保固)(?:的)?范围|(?:保修|质保|保固)范围(?:之|以)?外|非质量|(?:质量问题|质量原因|瑕疵|故障|缺陷)[^,;。]{0,6}(?:除外|例外)|\b(?:out of warranty|outside (?:the |our )?warranty|after (?:the )?warranty|not covered by|expired)\b|\bexcept(?:ing)? (?:for )?(?:(?:the |any )?(?:defect\w*|faulty|faults?|manufactur\w*))|由(?:本店|商家|卖家|我们|我司|厂家)(?:承担|负担|支付|负责)|\b(?:we|the (?:store|shop|seller))(?: will)? (?:pay|bear|cover)\b/;
function defectRepairCharged(text: string): boolean {
  return (
    REPAIR_CHARGED.test(text) &&
    DEFECT_NAMED.test(text) &&
    !NOT_QUALITY.test(text) &&
    !REPAIR_CHARGE_LAWFUL.test(text) &&
    // (the charge itself is no ground of the consumer's: `BUYERS_OWN_GROUND` reads it as one in a warranty's condition; nor is
    // a ground excepted from the charge, "…由买家承担，人为损坏除外", "…, except for damage caused by misuse")
    !buyersOwnGround(text.replace(REPAIR_CHARGED_ALL, ' ').replace(GROUND_EXCEPTED, ' '))
  );
}

/** The time inside a warranty or 三包 period ("保修期内", "一年质保期内"). */
const WARRANTY_IN = /(?:三包|保修|质保)期内/;

/** The time after a warranty or 三包 period ("保修期外", "三包期满后", "过保"). */
const WARRANTY_OVER =
  /(?:三包|保修|质保)期(?:外|后|以外|之外|满(?!前|之前)|过后|已过|已满)|超过(?:三包|保修|质保)期|超出(?:三包|保修|质保)期|过(?:了)?(?:三包|保修|质保)期|过保|(?<=(?:三包|保修|质保)[^。]{0,12})过期(?:后|以后)/;

/**
 * Whether the defects the part sends to the maker include those inside the warranty: faults after it may go to the maker
 * (CIVIL-CODE 621 ¶2). The part's own words decide ("保修期内质量问题请联系厂家售后（过保需付费）": inside, the aside on
 * fees after it aside), then the condition just before it, then an end of the warranty named earlier in the sentence.
 */
function sentToMakerInsideWarranty(parts: readonly string[], index: number): boolean {
  // An aside on fees after the warranty ("（过保需付费）") does not end it; "（保修期外）" does.
  const part = withoutFeeAsides(parts[index] ?? '');
  if (WARRANTY_IN.test(part)) return true;
  if (WARRANTY_OVER.test(part)) return false;
  // "保修期内免费维修，过期后质量问题请联系厂家售后": the warranty named before, its end in this part.
  if (/^(?:过期|期满|到期)(?:后|以后)/.test(part) && /三包|保修|质保/.test(parts[index - 1] ?? '')) return false;
  if (WARRANTY_IN.test(parts[index - 1] ?? '')) return true;
  return !WARRANTY_OVER.test(withoutFeeAsides(parts.slice(0, index + 1).join('，')));
}

/**
 * The text without its bracketed asides on fees ("（过保需付费）"): each bracket read to the next bracket, once. The regex
 * it replaces (`[(（][^()（）]*(?:费|收取)[^()（）]*[)）]`) backtracked over every 费 after an unclosed bracket.
 */
function withoutFeeAsides(text: string): string {
  let out = '';
  let kept = 0;
  // The last opening bracket with no bracket after it yet.
  let open = -1;
  for (let at = 0; at < text.length; at++) {
    const char = text[at] as string;
    if (char === '(' || char === '（') open = at;
    else if (char === ')' || char === '）') {
      if (open >= 0 && /费|收取/.test(text.slice(open + 1, at))) {
        out += text.slice(kept, open);
        kept = at + 1;
      }
      open = -1;
    }
  }
  return out + text.slice(kept);
}

/** Two repairs counted after damage the consumer caused or an own repair: no 三包 return (THREE-GUARANTEES 11). */
const REPAIRS_AFTER_OWN_DAMAGE = new RegExp(
  `(?:${CONSUMER_DAMAGE.source}|意外|(?:自行|私自)(?:拆|修))[^。]{0,20}(?:修理|维修|返修)(?:过)?(?:两|二|2)次`,
);

/** Transit damage carved out of what the clause grants or disclaims ("运输破损除外", "快递途中造成的损坏不在保障范围"). */
const TRANSIT_CARVED_OUT =
  /(?:运输|物流|快递|运送|配送)(?:途中|过程中)?(?:造成的?)?(?:破损|损坏|损毁)(?:的)?(?:商品)?(?:除外|不在此列|不在(?:保障|售后)?范围)/;

/** The consumer's own damage left out ("无人为损坏", "非因人为原因", "排除人为因素"). */
const NEGATED_CONSUMER_DAMAGE = new RegExp(
  `(?:无|没有|不是|非因|排除|除)[^,;，；]{0,4}(?:${CONSUMER_DAMAGE.source})|(?:${CONSUMER_DAMAGE.source})[^,;，；()（）]{0,4}(?:以外|之外|除外)`,
);

/** A sentence part that says something of returns or defects (not "如有", "但" or "签收前请验货"). */
const SAYS_OF_RETURNS = /质量|问题|负责|退|换|承担|运费|赔|保修|质保|售后|损坏|破损/;

/**
 * A transit carve-out read with the nearest part before it that says something of returns or defects: after a disclaimer
 * of non-quality cases or of the consumer's own damage ("非质量问题本店不负责，如有运输途中造成的破损除外", "除质量问题
 * 外本店不负责，…", "人为损坏不退不换，…") it keeps transit damage with the shop; after a defect remedy ("质量问题请联系
 * 客服，运输破损除外") it narrows the remedy.
 */
function transitCarvedFromDisclaimer(text: string): boolean {
  const carve = TRANSIT_CARVED_OUT.exec(text);
  if (!carve) return false;
  const sentence = text.slice(0, carve.index).split(/[。.]/).pop() ?? '';
  const parts = sentence.replace(/[(（]\s*$/, '').split(/[,;，；]/);
  // Goods listed with the transit damage in the carve-out ("人为损坏、物流破损的商品除外") are carved out with it.
  if (/[、及和与或]\s*(?:快递|物流)?\s*$/.test(parts.at(-1) ?? '')) parts.pop();
  let at = parts.length - 1;
  // Skipped: parts that say nothing of returns, and other carve-outs of the same remedy ("…（人为损坏除外），运输破损除外").
  while (at >= 0 && (!SAYS_OF_RETURNS.test(parts[at] ?? '') || /除外\s*$/.test(parts[at] ?? ''))) at--;
  if (at < 0) return false;
  // A disclaimer whose condition is the part before it ("除质量问题外，本店不负责", "如因非质量问题退货，运费由买家承担").
  const said = /质量/.test(parts[at] ?? '') ? (parts[at] ?? '') : `${parts[at - 1] ?? ''}，${parts[at]}`;
  if (NOT_QUALITY.test(said) || /除(?:了)?(?:商品)?质量(?:问题|原因)(?:以)?外/.test(said)) return true;
  // The consumer's own damage disclaimed ("人为损坏不退不换", "因人为原因导致的质量问题，本店不予退换"), not a defect remedy
  // that leaves it out ("无人为损坏的质量问题7天包退", "除人为损坏外，商品问题一律包退", "质量问题包退换（人为损坏除外）").
  return CONSUMER_DAMAGE.test(said) && !NEGATED_CONSUMER_DAMAGE.test(said);
}

/**
 * The warranty denied ("不提供保修", "不保固", "均不在保固范围", "不负瑕疵担保责任", "not covered by the warranty", "no warranty"); not the free
 * warranty only ("恕不提供免费保修": a paid repair is offered), nor its period, card or slip.
 */
const WARRANTY_DENIED =
  /(?:不提供|不予|不享受|不享有|不做|不作|无|没有|不)(?:任何)?(?:的)?(?:保修|保固|质保|质量保证)(?!期|卡|单|证|凭证|书|登记|条款|政策|说明|范围内|期限)|(?:不|概不|恕不|均不)(?:负|承担|负担)(?:任何)?(?:的)?(?:瑕疵|质量)担保(?:责任)?|不在(?:保修|保固|质保)(?:的)?范围|不属于?(?:保修|保固|质保)(?:的)?范围|(?:保修|保固|质保)范围(?:之|以)?外|\bnot covered by (?:the|any|our|a) (?:warranty|guarantee)\b|\bno warranty\b|\bwithout (?:any )?warranty\b|\bwarranty does not (?:cover|apply to)\b/;
/**
 * The implied warranties disclaimed ("…makes no express warranties of any kind and disclaims any implied warranties, including the
 * implied warranty of fitness for a particular purpose and the implied warranty of merchantability"): the quality the seller
 * must guarantee (CRPL 23 ¶1) and its remedies (CRPL 24) excluded by a format term (CRPL 26 ¶2); not where the law's own
 * rights are kept ("to the extent permitted by law", "Nothing in this disclaimer limits…").
 */
const IMPLIED_WARRANTY_DISCLAIMED_EN =
  /(?:\b(?:disclaims?|excludes?) (?:any and all |all |any )?(?:(?:other|express)(?:,| and| or) )*(?:implied|statutory) (?:warrant(?:y|ies)|conditions)\b|\b(?:makes?|gives?|offers?|provides?) no (?:warrant(?:y|ies)|guarantees?|representations or warranties)(?: of any kind)?,? (?:(?:either )?express(?:ed)? or implied|implied or express)\b|\b(?:all |any )?implied warrant(?:y|ies) (?:are|is) (?:hereby )?(?:disclaimed|excluded)\b|(?:不提供|不作|不负|不承担)(?:任何)?(?:明示或(?:默示|暗示)|默示)(?:的|之)?(?:担保|保证)|(?:不|概不|恕不|均不)(?:负|承担|负担)(?:任何)?(?:的)?(?:质量|品质)保证(?:责任)?)(?<!\b(?:extent|permitted|allowed)\b[^.;]{0,60})(?![^.;]{0,80}\b(?:to the (?:maximum |fullest )?extent (?:permitted|allowed)|where (?:permitted|allowed) by law)\b)/;
/**
 * A difference from the description remedied only when it is significant ("The product is significantly different from the
 * description on our website", "The item's condition is significantly worse than described"): any goods that do not conform
 * to the description are non-conforming (CRPL 23 ¶2, 24); a threshold narrows the remedy. Not a definition of a major failure
 * beside the other remedies ("A major problem is when the item: - Is significantly different from the sample").
 */
const SIGNIFICANT_DIFFERENCE_EN = /\b(?:significantly|substantially) (?:different|worse) (?:from|than|to)\b/;
/**
 * What makes a warranty denied lawful or no one's goods: a ground of the consumer's or of time (damage, misuse, the period
 * ended, wear, a cause named), a list referred to ("以下情况", a heading "不保修范围"), a free warranty only, gifts, packaging or
 * papers.
 */
const WARRANTY_DENIAL_GROUND =
  /人为|不当|不善|损坏|损毁|破损|损伤|损耗|耗损|烧毁|烧坏|非原装|进水|受潮|摔|跌落|挤压|拆(?:机|修|卸|装)|私拆|改装|改动|改造|私自|自行(?=[^,，。]{0,3}(?:拆|改|修|安装|更改|刷机|处理))|擅自|未经|误用|滥用|疏忽|磨损|老化|自然|不可抗力|意外|事故|灾害|过期|超过|超出|过了|到期|期满|期外|逾期|过保|(?:规定|范围|三包)(?:之|以)?外|外观|划痕|划伤|污|水垢|保养|清洁|免费|运输|状态|(?:以下|下列|如下|下述|上述|以上|前述)(?:的)?(?:情况|情形|原因|条件|几种|各项|所列情况|内容|项目|事项|行为)|[:：]\s*$|赠品|赠送|礼品|包材|包装|说明书|发票|(?:不属于?|不在)(?:保修|保固|质保)(?:的)?范围(?:内|之内)?的(?:商品|配件|部件|情况)?[^。]{0,30}(?:可|也可|仍可|亦可)(?:提供|享受|获得)|(?<!质量问题|质量|缺陷|瑕疵|故障)(?:引起|造成|导致|所致)|范围\s*\n|\b(?:misuse|abuse|accident\w*|damage\w*|wear|worn|tear|dropped|liquid|water|improper|negligen\w*|unauthori[sz]ed|modif\w*|expired|after|past|beyond|(?:following|below|above) (?:cases|conditions|situations|circumstances)|free|gifts?|packaging|incompatible|not (?:originally )?(?:intended|designed|compatible) (?:for|with))\b/;
/** Goods named: the warranty denied for goods themselves, a kind or all of them. */
const GOODS_NAMED =
  /配件|商品|产品|货品|特价|清仓|促销|出清|折扣|消耗品|耗材|电池|衣物|服装|本店|所有|全部|\b(?:items?|products?|goods|accessor(?:y|ies)|sale|clearance|discounted|markdown|batter(?:y|ies))\b/;
/**
 * Every problem named, a defect among them ("签收7天后商品出现任何问题均不受理", "60天后，我们将不再解决任何问题"): after a cut-off,
 * the defect's handling refused with the rest.
 */
const ANY_PROBLEM = /(?:任何|所有|一切)(?:的)?(?:问题|售后)/;
/** …with their handling refused in so many words ("均不受理", "不再解决", "概不负责"). */
const ANY_PROBLEM_REFUSED =
  /(?:不再|不予|概不|恕不|一律不|均不|都不|将不)(?:解决|负责|处理|受理)|不受理|不处理|无法(?:受理|处理|解决)/;
/** The handling itself refused ("不予受理", "均不处理", "不再解决", "概不负责", "无法受理"), not a return or an application. */
const HANDLING_REFUSED =
  /(?:不予|一律不|概不|恕不|不再)(?:处理|受理|售后)|不受理|不处理|(?:不再|不予|概不|恕不|一律不|均不|都不|将不)(?:解决|负责)|无法(?:受理|处理|解决)/;

/**
 * The words of every finding below that `refusalScope` does not give (a refusal scoped to defects, or a cut-off in
 * time): a defect, a repair or the 三包, a remedy narrowed, transit damage. The two-repair and 三包 findings need 修 or
 * 三包 (`REMEDY_WORDS`), an exchange refused for defects a defect word (`QUALITY`). A clause naming none, with neither
 * scope, returns at once.
 */
/**
 * Defects sent to the maker in English ("For any manufacturing defects … please contact the manufacturer directly", "…your
 * item would be covered through the manufacturer's warranty, not us", "For DOA/Non-working/damaged products, customers will
 * need to create a ticket with the respective manufacturer", "Defective items must be returned to the manufacturer", "If there is
 * a manufacture defect the item must be returned to the manufacture", "The manufacture will assess the claim and, at their sole
 * discretion, will repair or replace the item",
 * "Replacements will only be given after receiving the approval from the manufacturer", "…no longer accepted for return or refund and
 * shall be covered under suppliers or manufacturer's warranty", "If there is a fault with the item this will be covered under the
 * manufacturer's warranty", "If a product is faulty … customers should proceed to make a claim against the warranty", "We do
 * not provide or assist in warranty claims", "…any claims for defective items are with the manufacturer", "At the manufacturer's
 * sole discretion the item will be repaired or replaced", "Some toy suppliers have their own return/repair policy and you'll
 * need to contact them for service", "…all warranties are provided solely by the manufacturers"): the seller's own duty for non-conforming goods (CRPL
 * 24, 40) sent away, as "质量问题请联系厂家售后" is read.
 */
/** The shop keeping a part of the after-sales beside the maker ("也可联系本店", "本店负责七天内退换货", "我们会协助"). */
const SHOP_KEEPS_PART_ZH =
  /也可|亦可|可以选择|或者?(?:联系)?本店|或(?:由)?我们|本店(?:负责|协助|承担)|我们(?:负责|协助|会)/;
/** The seller's own duty for defects kept ("This does not affect your rights against us as the seller", "we remain responsible"). */
const SELLER_DUTY_KEPT_EN =
  /\b(?:does not|doesn'?t|will not|won'?t) affect (?:your|the (?:customer|buyer)'?s?) rights against us\b|\b(?:we|who|the (?:seller|shop|store)) (?:remains?|stays?|(?:are|is) still) responsible\b/;
/** A defect's remedy kept beside a cut-off ("defective items are repaired or replaced under warranty"). */
const DEFECT_REMEDY_KEPT_EN =
  /\b(?:defective|faulty) (?:items?|goods|products?) (?:are|will be|can be|may be|remain) (?:still )?(?:repaired|replaced|exchanged|covered)\b|\b(?:repaired|replaced) under (?:the |our |its )?warranty\b/;
const MAKER_REFERRED_EN =
  /\b(?:the )?manufactur(?:e|er)s? will (?:assess|evaluate|inspect|review|examine|decide on) (?:the |your |each )?(?:claim|item|product|fault|defect)s?\b[^.;]{0,40}\bat (?:their|its|the manufacturer'?s?) (?:sole |own )?discretion\b|\b(?:if|where|when|should)\b[^.;]{0,20}\b(?:there is |there's )?(?:a |an |any )?manufactur(?:e|er|ers|ing)(?:'s|’s)? (?:defects?|faults?)\b[^.;]{0,30}\b(?:must|should|will need to|need to|has to|have to) be (?:returned|sent) (?:directly )?to (?:the |its )?manufactur(?:e|er)s?\b|\b(?:all )?warrant(?:y|ies) (?:are|is) (?:provided|offered|given|handled|honou?red) (?:(?:solely|only|exclusively) by (?:the )?(?:manufacturers?|makers?|brands?|suppliers?)\b|by (?:the )?(?:manufacturers?|makers?|brands?|suppliers?),? (?:and )?not (?:by )?us\b)|\b(?:some |certain |many |our )?(?:suppliers?|manufacturers?|makers?|brands?) (?:have|has) (?:their|its) own (?:returns?|repair|warranty)(?:\s*(?:\/|and|or)\s*(?:returns?|repair|warranty))* polic(?:y|ies)\b[^.;]{0,60}\b(?:contact|reach out to|get in touch with) (?:them|the (?:suppliers?|manufacturers?|makers?|brands?))\b|\b(?:any )?(?:defects?|faults?|faulty (?:items?|goods|products?)|defective (?:items?|goods|products?))\b[^.;]{0,30}\b(?:should|must|will need to|need to|are to) be (?:taken up|raised|dealt with|handled|resolved|pursued) (?:directly )?with (?:the )?(?:manufacturers?|makers?|brands?)\b|\b(?:if|where|should)\b[^.;]{0,40}\b(?:faults?|faulty|defects?|defective|malfunction\w*)\b[^.;]{0,40}\b(?:will|shall) be (?:covered|handled|dealt with) (?:under|by|through) (?:the )?(?:manufacturers?|makers?|suppliers?)(?:'s|’s|s')? warrant(?:y|ies)\b|\b(?:covered|handled|serviced) (?:only )?(?:under|by|through) (?:the )?(?:suppliers?|manufacturers?|makers?)(?:'s|’s|s')? warrant(?:y|ies) only\b|\bonly (?:be )?(?:covered|handled|serviced) (?:under|by|through) (?:the )?(?:suppliers?|manufacturers?|makers?)(?:'s|’s|s')? warrant(?:y|ies)\b|\b(?:no longer|not) (?:be )?accepted for (?:return|refund)s?\b[^.;]{0,40}\b(?:shall|will|must) be (?:covered|handled) (?:under|by) (?:the )?(?:suppliers?|manufacturers?|makers?)(?:'s|’s|s')?(?: or (?:the )?(?:suppliers?|manufacturers?|makers?)(?:'s|’s|s')?)? warrant(?:y|ies)\b|\b(?:covered|handled|serviced) (?:through|by|under) the (?:manufacturer|maker)s? warranty,? not (?:by )?us\b|\b(?:for|with|if|should)\b[^.;]{0,60}\b(?:defects?|defective|faulty|faults?|malfunction\w*|doa|non-working)\b[^.;]{0,80}\b(?:please |(?:you|customers?|buyers?) (?:will )?(?:must|will need to|need to|should|will have to|have to) )(?:contact|return (?:it|them|the (?:items?|products?)) to|send (?:it|them) to|(?:create|raise|open|file|submit) an? (?:ticket|claim|case|request) with) (?:the |its |their |the respective )?(?:manufacturer|maker)s?\b|\b(?:defective|faulty|doa|non-working) (?:items?|products?|goods|units?)\b[^.;]{0,20}\b(?:must|should|will need to|need to|have to) be (?:returned|sent) (?:directly )?to (?:the |its |their |the respective )?(?:manufacturer|maker)s?\b|\b(?:replacements?|refunds?|repairs?)(?: (?:for|of) (?:the )?(?:defective|faulty|damaged|non-working) (?:items?|products?|goods|units?))? (?:will |can |shall |are |is )?(?:only )?(?:be )?(?:given|issued|provided|made|processed|approved) (?:only )?(?:after|upon|once|with|subject to) (?:receiving |obtaining )?(?:the )?(?:approval|authori[sz]ation|confirmation|consent) (?:from|of|by) (?:the |its |their |the respective )?(?:manufacturer|maker|brand|supplier)s?\b|\b(?:if|where|should)\b[^.;]{0,40}\b(?:faults?|faulty|defects?|defective|malfunction\w*)\b[^.;]{0,60}\b(?:should|must|will need to|need to|are to|have to) (?:proceed to )?(?:make|file|lodge|submit) (?:a )?claims? (?:against|under|with) (?:the )?(?:manufacturers?|makers?)?(?:'s|’s|s')? ?warrant(?:y|ies)\b|\b(?:do not|dont|will not|wont|cannot|cant) (?:provide|assist|help|handle|process|deal with)(?: (?:or|and) (?:provide|assist|help|handle|process))?(?: (?:in|with))? (?:any )?warranty claims?\b|\b(?:items?|products?|goods)\b[^.;]{0,20}\b(?:may|will|might) (?:must|need to) be (?:sent|returned|shipped) (?:directly )?to (?:the )?(?:manufacturer|maker|distributor)s?\b(?<=\b(?:warranty|warranties|defects?|defective|faulty|faults?)\b[^.;]{0,120})|\bclaims? (?:for|on|regarding|about) (?:any )?(?:defective|faulty)[^.;]{0,20}\b(?:are|is|lie|lies) (?:solely )?with (?:the )?(?:manufacturer|maker)s?\b|\bat (?:the )?(?:manufacturer|maker)s?(?:'s|’s|s')? (?:sole |absolute |own )?discretion\b[^.;]{0,60}\b(?:repaired|replaced|repair|replace)\b|\b(?:repaired|replaced|repair|replace)\b[^.;]{0,60}\bat (?:the )?(?:manufacturer|maker)s?(?:'s|’s|s')? (?:sole |absolute |own )?discretion\b|\b(?:warranty|guarantee)\b[^.;]{0,40}\b(?:(?:are|is) )?(?:entirely|solely|fully|wholly) (?:depends?|depending|relies|rely|based) (?:up)?on (?:the )?(?:brand(?: owner)?s?|manufacturers?|makers?|distributors?|suppliers?)\b|\b(?:items?|products?|goods)\b[^.;]{0,40}\b(?:warrant\w*|guarantee)\b[^.;]{0,20}\b(?:must|will|shall|should) be (?:(?:handled|processed|dealt with|claimed|serviced) (?:directly )?(?:through|with|by)|(?:returned|sent) (?:directly )?to) (?:the )?manufactur\w*/;
const QUALITY_REFUSAL_WORDS = gateOf(
  QUALITY,
  ANY_PROBLEM,
  WARRANTY_DENIED,
  IMPLIED_WARRANTY_DISCLAIMED_EN,
  SIGNIFICANT_DIFFERENCE_EN,
  REMEDY_WORDS,
  ONE_EXCHANGE_ONLY,
  LIVE_DEFECT_REFUSED_EN,
  LIVE_DEFECT_REFUSED_ZH,
  QUALITY_ALSO_REFUSED,
  FAULTY_ALSO_REFUSED_EN,
  ANY_REASON,
  TRANSIT_DAMAGE_REFUSED,
  TRANSIT_TO_CARRIER,
  TRANSIT_DAMAGE_LISTED,
  QUALITY_RETURN_EXCLUDED,
  DEFECT_DEFINED_AWAY,
  SHOP_PICKS_REMEDY,
  SHOP_PICKS_BY_CASE,
  QUALITY_NARROWED,
  SERIOUS_DEFECT,
  SOLE_REMEDY,
  MAKER_REFERRED_EN,
);

export const qualityReturnsRefused: ClauseRule = {
  id: 'cn.policy.quality-returns-refused',
  issue: 'quality_returns_refused',
  citations: cites(['CRPL', 24, 1], ['CRPL', 23, 3], ['THREE-GUARANTEES', 11]),
  judge(reading) {
    const text = reading.text;
    if (outsideGate(reading, QUALITY_REFUSAL_WORDS, 'quality', 'time') && !TRANSIT_DAMAGE_REFUSED_ZH.test(text))
      return undefined;
    // The cases kept under a lead-in refusing every return but them ("除以下情况外，一律不接受退货：" + "商品在运输途中损坏").
    if (reading.lead && REFUSED_EXCEPT_LEAD.test(reading.lead.trim())) return undefined;
    // The cases granted under a lead-in that grants returns only in them ("Refunds are only issued for:" + "Damaged or defective
    // items"): a ground granted, not refused (what the lead-in closes is read on the lead-in).
    if (reading.lead && grantsListedGrounds(reading.lead) && !refuses(reading.own)) return undefined;
    // "保修期内的质量问题，维修费用由买家承担", "一年以內的瑕疵…維修須由客戶付費", "Repairs of defective items are charged to the
    // customer": the defect's repair charged to the consumer (CRPL 24 ¶2, THREE-GUARANTEES), where the clause names no ground
    // of the consumer's own and no time after the warranty.
    if (defectRepairCharged(text)) return finding;
    // "Items deemed to be subject to general wear and tear, will not be accepted as faulty": use named as no fault, no fault refused.
    if (WEAR_NOT_A_FAULT_EN.test(text)) return undefined;
    // "七天无理由退货运费由买家承担，质量问题除外", "…，错发漏发除外": an exception from a shipping charge, no return refused
    // (whether the charge is void is the shipping rule's to say).
    if (
      (DEFECT_EXCEPTED_ZH.test(text) ||
        /[,;](?:(?:错发|漏发|发错|少发|错漏)[、和及或]?){1,4}(?:的)?(?:除外|例外)\s*[。]?$/.test(text)) &&
      !refuses(text) &&
      text.split(/[,;。]/).some((part) => SHIPPING.test(part) && ON_CONSUMER.test(part))
    )
      return undefined;
    // "但质量问题仍可退货", "如果存在质量问题，我们仍然支持退换货服务": the clause keeps the defect returns; "补发或退款…
    // 不退款仅换货的可咨询客服提前补发": the consumer who chooses an exchange gets it sooner.
    if (defectRemedyKept(text) || chosenExchange(text)) return undefined;
    // "配件类属消耗性商品，恕不提供保修", "特价商品不保修", "Accessories are not covered by any warranty": goods left without the
    // defect's remedy (CRPL 24), where no ground of the consumer's or of time is named.
    if (WARRANTY_DENIED.test(text) && GOODS_NAMED.test(text) && !WARRANTY_DENIAL_GROUND.test(text)) return finding;
    if (
      SIGNIFICANT_DIFFERENCE_EN.test(text) &&
      !/\bmajor (?:problems?|failures?)\b|\bnot (?:be )?(?:significantly|substantially)\b|\bany difference\b/.test(
        `${reading.line} ${text}`,
      )
    )
      return finding;
    // "…disclaims any implied warranties, including the implied warranty of merchantability": the quality the law gives excluded,
    // where the clause keeps no right of the law's ("except as required by law").
    if (
      IMPLIED_WARRANTY_DISCLAIMED_EN.test(text) &&
      !/\b(?:nothing in|does not (?:affect|limit|exclude)|statutory rights|(?:required|provided) by (?:applicable )?law)\b|法律(?:另有)?规定|依法|三包|法律(?:所)?(?:允许|许可|准许)/i.test(
        text,
      )
    )
      return finding;
    // Damage to the consumer's own return parcel ("退回途中因包装不当造成的损坏") is theirs, not a defect.
    // So is "Returned items damaged in transit will not be refunded" or "…lost or damaged on the way back to us".
    if (
      (RETURN_PARCEL_DAMAGE.test(reading.own) ||
        RETURN_PARCEL_HARM_EN.test(reading.own) ||
        RETURNED_PARCEL_HARMED_EN.test(reading.own)) &&
      !/质量|故障|瑕疵|缺陷|\bdefect|\bfault/.test(reading.own)
    )
      return undefined;
    // "热水器未经专业人员安装导致的故障": a fault the consumer's own act caused, named as such, is no defect of the goods.
    if (
      CONSUMER_CAUSED_FAULT.test(reading.own) &&
      !TRANSIT_DAMAGE_REFUSED_ZH.test(reading.own) &&
      // Read without the caused fault itself ("因个人原因或保管不当导致出现的质量问题" names one cause, not a defect beside it).
      !/质量问题|瑕疵|也|均|都|一律|除外|不是|并非|非因|非人为|运输|快递|物流|途中|配送|或|及|、|其他|其它|其余|以外|之外|出现问题|如有问题|任何问题|except|unless|transit/.test(
        reading.own.replace(CONSUMER_CAUSED_FAULT, ' '),
      )
    )
      return undefined;
    // "定制商品出现质量问题也不退换", "赠品有质量问题本店不负责", "超出7天后，任何问题均不予退货": the defect's remedy refused
    // in so many words, whatever the goods.
    // "每張訂單只可進行一次換貨", "A one-time exchange is permitted per purchase": a replacement that is again defective refused
    // its remedy (CRPL 24), where no refund is offered beside it and the exchange is not a change of size or colour.
    if (soleRemedyNarrows(text)) return finding;
    if (DEFECT_RETURN_IF_UNUSED_EN.test(text)) return finding;
    if (
      ONE_EXCHANGE_ONLY.test(text) &&
      !/refund|退款|退货|退貨|尺寸|尺码|颜色|免费|size|colou?r|fit\b|\bfree\b|additional|further/.test(reading.line) &&
      // "每件货品只可换一次，品质问题除外": the defect's remedy is left out of the limit.
      !/(?:质量|品质|瑕疵|故障)(?:上)?(?:问题)?(?:的)?(?:除外|例外|不在此限|不受此限)|\b(?:except|unless|other than)\b[^.;]{0,20}\b(?:faulty|defective|damaged|defects?|faults?)\b/.test(
        text,
      )
    )
      return finding;
    // "人为损坏以外的问题请联系厂家，本店不负责": everything but the consumer's own damage sent away; each reading is tried.
    // Live goods refused are spared by a remedy granted for them on the line, read once for both languages.
    const liveEn = LIVE_DEFECT_REFUSED_EN.exec(text);
    const liveZh = LIVE_DEFECT_REFUSED_ZH.exec(text);
    const liveSpared = (liveEn !== null || liveZh !== null) && liveRemedyGranted(reading.line);
    for (const alsoRefused of [
      QUALITY_ALSO_REFUSED.exec(text),
      FAULTY_ALSO_REFUSED_EN.exec(text),
      liveSpared ? null : liveEn,
      liveSpared ? null : liveZh,
    ])
      if (
        alsoRefused &&
        !CONSUMER_CAUSED.test(
          partAround(text, alsoRefused.index).replace(/(?:人为|使用不当)[^,;。]{0,6}(?:以外|之外)/g, ' '),
        )
      )
        return finding;
    if (
      (DEFECT_LISTED_WITH_OWN_DAMAGE.test(text) || DEFECT_LISTED_WITH_OWN_DAMAGE_EN.test(text)) &&
      !/过保|保修期外|超过保修|超出保修|保修期(?:已)?(?:满|过)|质保期(?:已)?(?:满|过|外)|三包(?:有效)?期(?:已)?(?:满|过|外)|超(?:过|出)三包/.test(
        text,
      )
    )
      return finding;
    // "如有质量问题，本店恕不负责", "发错货本店恕不负责": the shop disclaims its own breach.
    if (DEFECT_DISCLAIMED_ZH.test(text)) return finding;
    // "仅明显瑕疵可退换", "下列情况可接受退换货：明显瑕疵、破损 / 与商品描述差异大", "…a refund…, where goods are: / Faulty (Major
    // Fault)": the defect the law gives a return for narrowed to an obvious, major or large one (CRPL 23 ¶3, 24).
    if (
      DEFECT_NARROWED_ZH.test(text) ||
      (RETURN_GRANTED_LEAD_ZH.test(reading.lead) && DEFECT_NARROWED_ITEM_ZH.test(reading.own)) ||
      (RETURN_GRANTED_LEAD_EN.test(reading.lead) && DEFECT_NARROWED_ITEM_EN.test(reading.own))
    )
      return finding;
    // "No DOA claim shall be made or honoured if DOA was due to a delay of the shipping couriers": goods dead on arrival after the
    // shop's carrier was late are the shop's risk until delivery (ECL 20).
    if (DOA_CARRIER_REFUSED_EN.test(text)) return finding;
    // "Livestock that arrives dead will not be refunded", "活体到货死亡不退不换": goods dead or damaged on arrival are non-conforming
    // whatever their kind; their statutory exclusion reaches only the no-reason return (CRPL 24, 25 ¶1).
    if (ARRIVED_DEFECTIVE.test(text) && refuses(text)) return finding;
    // "恕不接受以下情形作瑕疵退货：\n運送時造成的擠壓變形": damage in the shop's delivery listed under a lead-in that refuses
    // (`refusesAsLead`, ending in a colon) (ECL 20).
    if (
      /:\s*$/.test(reading.lead) &&
      refusesAsLead(reading.lead) &&
      TRANSIT_DAMAGE_ITEM_ZH.test(reading.own) &&
      !/(?:自行|自选|自己)(?:选择|安排|寄|找)|买家(?:指定|选择)(?:的)?(?:快递|物流)|退回|寄回|返回|(?:买家|顾客|客户|消费者|您|个人|自身|自己)(?:的)?原因|人为/.test(
        reading.own,
      )
    )
      return finding;
    // "因买家自身原因或物流原因造成的损坏不予退货": the delivery's damage refused beside the consumer's own, which the shop bears
    // (ECL 20); not the consumer's own return parcel.
    if (
      TRANSIT_DAMAGE_REFUSED_ZH.test(text) &&
      !RETURN_PARCEL_DAMAGE.test(text) &&
      !/退回|寄回|退货途中|返回途中/.test(text)
    )
      return finding;
    const scope = refusalScope(reading);
    // "定制商品任何情况下都不退换", "may not be returned under any circumstances": the refusal names every reason, so
    // the ordinary reader (CIVIL-CODE 498) reads the defect return refused too, even for goods the no-reason right
    // does not reach. So does a lead-in refusing the goods listed below it so ("The following items are non-returnable under
    // any circumstances:", "以下商品在任何情况下均不予退换:"), whatever goods it lists.
    if (
      ANY_REASON.test(text) &&
      refuses(text) &&
      (scope === 'lawful' ||
        scope === 'nature' ||
        scope === 'goods' ||
        (scope === 'none' && /[:：]\s*$/.test(reading.own) && GOODS_BELOW.test(reading.own))) &&
      !NOT_QUALITY.test(text) &&
      !LAWFUL_SCOPE.test(text) &&
      // (an exception named, not "no exceptions")
      !/除外|\bexcept\b|unless|(?<!\bno |\bwithout )exceptions?\b/.test(text) &&
      !(
        (NO_REASON.test(text) || /七天|7天|7日|七日|change[- ]of[- ]mind/.test(text)) &&
        !/(?:不支持|不予|不接受|不提供|不能|无法)[^，,。；;]{0,20}(?:及|和|与|或|、)(?:质量问题|瑕疵|故障)(?:的)?(?:退换|退货)|也不(?:接受|提供|办理|支持|做)任何(?:退款|退货|退换)|(?:even if|including) (?:it is |they are |the item is )?(?:defective|faulty|damaged)/.test(
          text,
        )
      )
    )
      return finding;
    if (
      (TRANSIT_DAMAGE_REFUSED.test(text) ||
        (/索赔|理赔|追讨|赔偿|负责|联系(?:快递|物流|承运)|(?:与|和)(?:快递|物流|承运)[^。]{0,8}协商|carrier|courier|shipping company|postal|responsib|usps|fedex|dhl/.test(
          text,
        ) &&
          TRANSIT_TO_CARRIER.test(text)) ||
        transitDamageListedAsRefused(reading)) &&
      !/包装|外箱|纸箱|外盒|褶皱|压痕|\b(?:outer (?:box|carton)|(?:outer |retail )?packaging|shipping (?:box|carton))\b/.test(
        text,
      ) &&
      // The shop paying first ("…由快递公司负责赔偿，本店先行赔付").
      !/(?<!不|不提供|无|不会|不予)先行(?:赔付|赔偿|垫付)|本店(?:负责)?赔付|我们(?:会)?(?:先)?(?:赔付|赔偿)|we (?:will )?(?:refund|replace|compensate)(?![^.;]{0,30}\b(?:only|once|after|when|if)\b)/.test(
        text,
      ) &&
      // A carrier the consumer chose carries its own risk ("如您自选快递，…请联系快递公司索赔").
      !/自选|自行选择|您选择的|(?:选择)?自提|(?:指定|选用|使用)(?:其他|其它|别的)(?:快递|物流)|\b(?:your own (?:carrier|courier)|you choose|of your choice)\b/.test(
        text,
      ) &&
      // The consumer's own return parcel ("退货时建议保价，运输途中丢失…", "If your return parcel is damaged in transit").
      !/退货时|(?:退回|寄回|返回)(?:的)?(?:途中|过程中|时)|退件|\breturn (?:parcel|shipment|package)s?\b|\breturning\b|\bsend(?:ing)? (?:it |them |the items? )?back\b/.test(
        text,
      ) &&
      !(
        /可(?:以)?(?:申请)?(?:退|换|补发)|(?:直接|为您|我们|本店)[^,;。]{0,4}(?:补发|退款|退换|重发)|由本店负责|本店负责|我们负责/.test(
          text,
        ) &&
        !/向快递|联系快递|需由买家|另付|需另|自行/.test(
          text.replace(/(?:无需|不需|无须|不用)您?(?:另付|自行|向快递)?/g, ' '),
        )
      )
    )
      return finding;
    if (QUALITY_RETURN_EXCLUDED.test(text) && !/非质量/.test(text)) return finding;
    // "轻微瑕疵不属于质量问题，不予退换", "轻微划痕不影响使用，不属于质量问题，不予退换": a non-conformity defined away and refused,
    // where the consumer caused none of it (CRPL 24; the no-reason return needs no defect at all).
    if (DEFECT_DEFINED_AWAY.test(text) && refuses(text) && !CONSUMER_CAUSED.test(text)) return finding;
    // "保修期内只修不换不退", "Repair only: defective products will be repaired, not replaced or refunded", "本店商品不参加三包",
    // "After 7 days, defective items are no longer our responsibility", "如有问题请您自行处理": the consumer's choice of a
    // return, an exchange or a repair (CRPL 24, THREE-GUARANTEES 11) cut down, where the consumer caused nothing.
    if (
      REMEDY_WORDS.test(text) &&
      (((REPAIR_ONLY.test(text) ||
        (REPAIR_FIRST.test(text) &&
          !afterWindowOnly(text) &&
          !STATUTORY_DAYS_KEPT.test(reading.line) &&
          // The repair the consumer chose ("如您选择维修，先维修…").
          !/(?:您|买家|顾客|消费者)(?:可以?)?选择(?:了)?(?:维修|修理)/.test(text))) &&
        // Repair after the 三包's fifteen days or after the warranty ("商品签收15天后，…只提供维修服务", "质保期满后只提供维修服务",
        // "After one month, we only offer repairs", THREE-GUARANTEES 10), and a return offered elsewhere ("售后服务中心只负责维修，
        // 退换货请联系购买店铺"), are the regulation's own.
        !repairAfterPeriod(text, reading.durations) &&
        !/(?:退换货?|退货|退款)[^。]{0,6}(?:请|可|联系)/.test(text)) ||
        (GUARANTEES_REFUSED.test(reading.own) &&
          !/三包(?:以外|之外|的?情形|的?情况|范围)|(?:情形|情况|下列|以下)[^:：]{0,6}[:：]/.test(reading.own)) ||
        DEFECTS_DISOWNED.test(text) ||
        WARRANTY_VOID_OPENED.test(text)) &&
      !CONSUMER_CAUSED.test(text) &&
      !/过保|保修期外|超过保修|超出保修|保修期(?:已)?(?:满|过)|质保期(?:已)?(?:满|过|外)|三包(?:有效)?期(?:已)?(?:满|过|外)|超(?:过|出)三包|after the warranty|warranty (?:expires|has expired|ends)|out of warranty|expired warranty/.test(
        text,
      )
    )
      return finding;
    // "质量问题的处理方式（退货、换货或维修）由本店决定", "退换方式由本店决定": the remedy is the consumer's to choose (CRPL 24).
    if (SHOP_PICKS_REMEDY.test(text) && !/取件|寄回|快递|物流|邮寄|上门|自送|到店/.test(text)) return finding;
    // "质量问题商品，视具体情况给予换货、维修或退款", "本店将根据情况决定换货或退款": the shop picks the defect's remedy case by case.
    if (SHOP_PICKS_BY_CASE.test(text) && QUALITY.test(text) && !NOT_QUALITY.test(text)) return finding;
    const picked = SHOP_PICKS_REMEDY_EN.exec(text);
    // The defect named just before the remedies or right after them, in the same sentence ("we will, at our sole option,
    // repair or replace any defective parts").
    const pickedEnd = picked ? picked.index + picked[0].length : 0;
    if (
      picked &&
      DEFECT_NAMED_EN.test(
        `${text.slice(Math.max(0, picked.index - 80), pickedEnd)} ${text.slice(pickedEnd, pickedEnd + 30).split(/[.;]/)[0]}`,
      )
    )
      return finding;
    // "质量问题包退换，运输破损除外": transit damage is the shop's (ECL 20), and no less a defect for coming on the way.
    if (
      QUALITY.test(text) &&
      // A disclaimer of the consumer's own damage that carves transit damage out of it grants, not narrows.
      !(/概不负责|不负责|不予保修|不承担/.test(text) && CONSUMER_DAMAGE.test(text)) &&
      // A carve-out of a non-quality disclaimer ("非质量问题本店不负责，运输过程中造成的损坏除外") keeps transit with the shop.
      !transitCarvedFromDisclaimer(text) &&
      TRANSIT_CARVED_OUT.test(text)
    )
      return finding;
    // "质量问题需自行联系厂家售后": the seller's own duty for non-conforming goods (CRPL 24) sent to the maker.
    if (
      text.split(/[,;，；]/).some((part, index, parts) => {
        // The part that sends to the maker, with the condition just before it ("若有质量问题，需要自行联系厂家售后").
        const said = `${parts[index - 1] ?? ''}，${part}`;
        // The defect is named in this part or in the condition before it.
        const defect = QUALITY.test(part) ? part : said;
        return (
          /(?:需要?|须|必须|请|只能|仅能)(?:您)?(?:自行|直接)?(?:联系|联络|找|寄往|寄至|送至|前往)(?:当地)?(?:厂家|厂商|原厂|品牌方?|生产商|制造商)(?:的)?(?:官方)?(?:售后|维修|客服|处理|保修|保固)/.test(
            part,
          ) &&
          QUALITY.test(defect) &&
          !NOT_QUALITY.test(defect) &&
          !CONSUMER_DAMAGE.test(defect) &&
          sentToMakerInsideWarranty(parts, index)
        );
      }) &&
      !SHOP_KEEPS_PART_ZH.test(text)
    )
      return finding;
    // "部分商品由厂家负责售后，请直接联系厂家处理退换货": returns and after-sales as a whole sent to the maker, the defect's among them.
    if (
      /(?:由|归)(?:厂家|厂商|原厂|品牌方?|生产商|制造商)(?:直接)?(?:负责|提供|处理|承担)(?:售后|退换货?|保修|保固)|(?:保修|保固|质保)(?:皆|均|都|一律)?由(?:原厂|厂家|厂商|品牌方?|制造商|生产商)(?:提供|负责)[^。]{0,12}(?:本店|本公司|我们|我司)(?:不负|不承担|不提供)|(?:联系|联络|找)(?:厂家|厂商|原厂|品牌方?|生产商|制造商)(?:直接)?(?:处理|办理)(?:退换货?|退货|售后)/.test(
        text,
      ) &&
      !NOT_QUALITY.test(text) &&
      !CONSUMER_DAMAGE.test(text) &&
      !SHOP_KEEPS_PART_ZH.test(text)
    )
      return finding;
    // "For any manufacturing defects … please contact the manufacturer directly": the same in English.
    if (
      MAKER_REFERRED_EN.test(text) &&
      // "…This does not affect your rights against us as the seller": the seller's own duty kept beside it.
      !SELLER_DUTY_KEPT_EN.test(reading.line) &&
      !/\b(?:or (?:contact |with )?us|we (?:will|can|may|are happy to) (?:help|assist|handle|also|liaise)|alternatively|out of warranty|after (?:the )?warranty)\b/.test(
        text,
      ) &&
      !NOT_QUALITY.test(text)
    )
      return finding;
    // "维修两次仍无法正常使用的，不予以退货": the return or exchange 三包 gives after two failed repairs refused
    // (THREE-GUARANTEES 11).
    if (
      /(?:(?:修理|维修|返修)(?:过)?(?:两|二|2)次|(?:两|二|2)次(?:修理|维修|返修))[^。]{0,10}(?:仍|还|依然)(?:有|出现|存在|不能|无法|未能)[^。;；]{0,14}(?:不予以?|不支持|不接受|不提供|不|无法|不能|拒绝|有权拒绝)(?:办理|受理)?(?:退|换|更换)/.test(
        text,
      ) &&
      // Inside the 三包 period only, and for defects, not damage from use (THREE-GUARANTEES 11; CIVIL-CODE 621 ¶2).
      !/(?:三包|保修|质保)期(?:外|后|以外|之外|满(?!前|之前))|超过(?:三包|保修|质保)期|过(?:了)?(?:三包|保修|质保)期/.test(
        text,
      ) &&
      !REPAIRS_AFTER_OWN_DAMAGE.test(text)
    )
      return finding;
    // "修理三次仍不能正常使用的，可调换": 三包 gives the exchange or return after two failed repairs (THREE-GUARANTEES
    // 11); a third one asked for narrows it, whatever the 三包 period around it.
    if (
      /(?:修理|维修|返修)(?:过)?(?:满)?(?:三|3|四|4|五|5)次(?!以内|之内|内)[^。]{0,90}(?:仍|还|依然)(?:有|出现|存在|不能|无法|未能|未|不)|(?:修理|维修|返修)(?:满)?(?:三|3|四|4|五|5)次(?:后)?(?:才|方)可|(?:repaired|repairs?) (?:three|3|four|4) times[^.]{0,40}still/.test(
        text,
      ) &&
      // The line is read only once a third repair is named (reading it is not free): the law's remedy after two
      // repairs given beside it ("予以退货", "有权要求退货", "为您办理退换"), not refused ("不予以退货", "不予办理"); a
      // payment on top ("另赔偿10元") excuses nothing, and a trade-in offered after a third repair is no remedy withheld,
      // unless the return waits for it.
      !/(?:两|二|2)次[^。]{0,10}(?:仍|还)(?:有|出现|存在|不能|无法)[^。]{0,14}(?:(?<!不)可|方可|即可|按|(?<!不)予以|有权(?:要求|申请|选择)|(?<!不予|不|无法|不能|不可)办理|为您(?:办理)?)[^。]{0,10}(?:退(?!款说明)|(?<!更)换(?!配件|零件|购)|更换(?!配件|零件))/.test(
        `${text}。${reading.line}`,
      ) &&
      !(
        /以旧换新|换购/.test(text) &&
        !/(?:方可|才可|才能|才)(?:以)?(?:办理|申请)?(?:退|换)|(?:方可|才可|才能)[^,;。]{0,8}(?:退货|退款|退换|换货)/.test(
          text,
        )
      )
    )
      return finding;
    // "暂不提供换货，只提供退货服务": an exchange withheld where the return is kept narrows no defect remedy.
    const returnKept =
      /(?:只|仅)(?:提供|支持|接受|办理)(?:退货|退款)|(?:先|请)?(?:申请)?退货后?(?:再)?重新下单/.test(text) ||
      // An exchange refused for the buyer's own reasons ("个人原因…恕不提供换货") narrows no defect remedy.
      /个人原因|不喜欢|买错|拍错|订购错误|尺码不合/.test(text);
    // "商品有瑕疵，可于七天内申请退货（恕不接受换货服务）": the exchange after day 7 refused for defects.
    const exchangeRefusedForDefects =
      /(?:不接受|恕不接受)换货/.test(text) &&
      /瑕疵|质量问题|故障|破损/.test(text) &&
      !/维修|修理|补发|重发|退款/.test(text);
    const narrowed =
      (QUALITY_NARROWED.test(text) || exchangeRefusedForDefects) &&
      !(returnKept && /(?:不支持|不予|不提供)换货/.test(text)) &&
      (!NOT_QUALITY.test(text) || QUALITY_DEFINED.test(text)) &&
      !LAWFUL_SCOPE.test(text);
    // "商品未使用、未损坏": a defect negated is intactness asked for, not a defect made the ground.
    const qualityClause =
      QUALITY.test(text.replace(NEGATED_DEFECT_WORD, ' ')) && !NOT_QUALITY.test(text) && !NO_REASON.test(text);
    const conditioned =
      qualityClause &&
      /(?:包装|外包装|原包装)(?:完好|完整|齐全|无损|未拆)|未(?:经)?使用|二次销售|吊牌(?:完好|齐全)/.test(text) &&
      /情况下|前提下|方可|才可|才能|须|需|必须|应当|条件/.test(text);
    // Days named by their ordinal count as the days before them ("签收后第8天起…": 7).
    const ordinalDays = daysBeforeOrdinals(text);
    const days = [...dayCounts(text), ...ordinalDays];
    // A cut-off of defect returns: after CRPL 24's seven days the consumer still returns where the contract can be
    // rescinded, and exchanges and repairs run on, so a cut-off at seven days that names the defect itself ("签收超过7天后，
    // 质量问题商品不予退款", "faulty items will not be refunded once 7 days have passed") refuses both. At seven days, damage
    // in transit reported on receipt ("运送过程有瑕疵或损坏…请于7日内提出", the transit word beside the damage) and damage beside
    // the return window ("7天内可退货，逾期不予受理，人为损坏本店不负责") are the report's and the window's own periods.
    const cutOff =
      scope === 'time' &&
      qualityClause &&
      days.length > 0 &&
      // The law's own saving ("法律另有规定的除外", "except where the law provides otherwise") keeps the defect's remedy.
      !lawSaved(text) &&
      (Math.min(...days) !== 7 ||
        /换|修|售后|exchange|repair/.test(text) ||
        // At seven days: defects named as refused, not as the only returns kept ("签收7天后只有质量问题才能退货") nor as
        // absent ("no defect"), and not damage in transit reported on receipt.
        (/质量|瑕疵|故障|缺陷|faulty|defect/.test(text) &&
          !qualityOnly(text) &&
          !/无质量问题|非质量问题|\b(?:has|have|with|if there (?:is|are)) no (?:defects?|faults?)\b/.test(text) &&
          !/(?:运送|运输|配送|物流|快递)(?:过程|途中)?[^。,;]{0,6}(?:有)?(?:瑕疵|损坏|破损)|damaged (?:in transit|during (?:shipping|delivery))|transit damage/.test(
            text,
          ))) &&
      // "…一般质量问题可以换货或维修": the exchange and repair are granted after the cut-off.
      // "…，只可换货": an exchange is what is kept after the cut-off.
      !/(?<![不无])可以?(?:申请)?(?:换货|维修|更换|修理)|(?:换货|维修)(?:服务)?(?:仍)?(?<!不)可/.test(text) &&
      Math.max(...days) < 365 &&
      !/三包|保修|质保|warranty/.test(text);
    // "超过15天不予退换货", "no refunds or exchanges after 30 days": a cut-off for every reason also ends the
    // exchange and repair CRPL 24 gives for defects after the first seven days (and 三包's 15-day exchange).
    const generalCutOff =
      scope === 'time' &&
      // "…This does not affect your statutory rights", "except where the law provides otherwise": the law's remedies kept.
      !lawSaved(text, reading.line) &&
      // A cut-off of change-of-mind returns alone ("…for change-of-mind returns after 7 days", "不满意的，签收超过七天不予退换")
      // keeps the defect's remedy.
      !(/change[- ]of[- ]mind|不满意|不喜欢|不想要|个人原因|主观原因|拍错|买错/.test(text) && !QUALITY.test(text)) &&
      // "超过15天仅换不退": the exchange runs on after the cut-off.
      !/(?:仅|只)换不退|(?:仅|只)(?:支持|提供|可|能)?(?:申请)?(?:换货|维修|更换|保修)|可(?:申请)?(?:换货|维修)/.test(
        text,
      ) &&
      /换|售后|exchange|replace|after-sales/.test(text) &&
      // "…，法律规定的无理由退货除外": the no-reason return excepted is no cut-off of no-reason returns alone.
      !NO_REASON.test(text.replace(/(?:法律|依法|法定)[^,;。]{0,12}除外/g, ' ')) &&
      !NOT_QUALITY.test(text) &&
      !/三包|保修|质保|维修|修理|warranty|repair/.test(text) &&
      // "…; defective items are repaired or replaced under warranty": the defect's remedy kept in the sentence's next part.
      !DEFECT_REMEDY_KEPT_EN.test(reading.line) &&
      !periodNamedOnly(text) &&
      periodsUnderAYear(text);
    // "只有严重损毁才可换货", "(only) 与描述有重大出入": the defect remedy kept for serious defects only (CRPL 24 covers
    // every non-conformity).
    const seriousOnly =
      SERIOUS_DEFECT.test(reading.own) &&
      (/只有|只(?!需|要|须)|仅(?!需|须)|才|方可|除非|除(?:了)?[^,;。]{0,8}(?:严重|重大)[^,;。]{0,8}(?:以外|之外|外)|以下情况|下列情况|下列情形|以下情形|如下情况|following|only|\bunless\b/.test(
        `${reading.lead}${reading.own}`,
      ) ||
        // "…可以为您办理退换货。条件如下：严重质量问题": the conditions of every return, not of a perk or of day 8 on.
        (/(?:条件如下|如下条件|以下条件|下列条件)[:：]?[^。]{0,12}(?:严重|重大)/.test(reading.own) &&
          !/之一|享受|免费|优先|运费险|理赔|超过|以后|之后|天后|日后/.test(reading.own)) ||
        (/条件如下|如下条件|以下条件|下列条件/.test(reading.lead) &&
          (/退换|退货|办理/.test(reading.lead) ||
            /^(?:条件如下|如下条件|以下条件|下列条件)[:：]?$/.test(reading.lead)) &&
          !/之一|享受|免费|优先|运费险|理赔|超过|以后|之后|天后|日后/.test(reading.lead))) &&
      // "比如出现以下情况：…严重破损": examples, not the only defects that count.
      !/比如|例如|诸如|such as|for example|e\.g\./.test(reading.lead) &&
      // "签收7天后…严重质量问题方可退货，一般质量问题可以换货或维修": CRPL 24's own structure after day 7.
      !(
        /(?:7|七)\s*(?:天|日)(?:后|以后|之后)[^。]{0,20}(?:严重|重大)/.test(text) &&
        /(?:一般|其他|其它|普通|其余|非严重)[^。]{0,10}(?:可以?|可|提供|享受|支持)?(?:申请)?(?:换货|维修|更换|修理)/.test(
          text,
        )
      ) &&
      !LAWFUL_SCOPE.test(reading.own);
    if (seriousOnly) return finding;
    // "整点降价的商品不享受三包政策": the 三包 regime taken from sale goods.
    const saleWithoutGuarantees =
      /(?:不享受|不享有|不适用|不实行|不提供)[^,;。]{0,4}三包/.test(text) && SALE.test(text);
    if (saleWithoutGuarantees) return finding;
    // Items under a refusal of the no-reason return only ("以下商品不支持无理由退换货：已使用或损坏的商品") take no
    // defect return.
    if (scope === 'quality' && reading.lead && NO_REASON_ONLY.test(reading.lead) && !narrowed && !conditioned)
      return undefined;
    // A defect listed under a lead-in that closes the grounds to its items ("只接受下列情況之退換貨申請：" + "品質問題"): a
    // ground granted (the lead-in, read with its items, refuses the rest).
    if (
      scope === 'quality' &&
      reading.lead &&
      grantsListedGrounds(reading.lead) &&
      !narrowed &&
      !conditioned &&
      !cutOff
    )
      return undefined;
    // "超出7天的商品，如有质量问题一律不予处理", "签收7天后出现质量问题不予受理": all handling of a defect refused after day 7, where
    // CRPL 24 still gives an exchange or a repair and CIVIL-CODE 621 two years to claim (a warranty period may end it).
    if (
      (QUALITY.test(text) || (ANY_PROBLEM.test(text) && ANY_PROBLEM_REFUSED.test(text))) &&
      !NOT_QUALITY.test(text) &&
      !CONSUMER_CAUSED.test(text) &&
      // "签收后第8天至第15天发现质量问题，恕不受理": days from the eighth on, as after a window.
      (afterWindowOnly(text) || ordinalDays.length > 0) &&
      HANDLING_REFUSED.test(text) &&
      // What is refused is the handling itself, not a return or a no-reason application, and no remedy is kept beside it.
      !/退货|退款|申请退|无理由|仍可|仍然可以|可以?(?:维修|换货|更换|修理|保修)|保修|质保|保质|三包|warranty|guarantee/.test(
        text,
      ) &&
      days.length > 0 &&
      Math.min(...days) >= 7 &&
      Math.max(...days) < 730
    )
      return finding;
    if (scope !== 'quality' && !narrowed && !conditioned && !cutOff && !generalCutOff) return undefined;
    if (conditioned || cutOff || generalCutOff) return finding;
    if (afterWindowOnly(text)) {
      if (days.length > 0 && Math.min(...days) >= 7 && !/不支持换货|只修|仅(?:修|维修)/.test(text)) return undefined;
    }
    // A return refused from day 8 where an exchange is given ("以下情況不予退貨，只可換貨：" + "第8天至第15天…").
    if (fromDayEight(reading)) return undefined;
    // "「非」瑕疵品範圍：不當洗滌方式後脫落、褪色": harm the consumer caused, listed as no defect, is none.
    if (NON_DEFECT_LEAD.test(reading.lead) && CONSUMER_CAUSED.test(reading.own)) return undefined;
    return finding;
  },
};

/** A lead-in listing what is no defect ("「非」瑕疵品范围", "以下情况不属于质量问题："). */
const NON_DEFECT_LEAD =
  /非瑕疵|非质量问题|不属于(?:质量问题|瑕疵)|不视为(?:质量问题|瑕疵)|\bnot (?:considered )?(?:as )?(?:a )?defects?\b/;

/**
 * The shop's own finding made the test of a defect ("是否属于质量问题由本店最终判定", "质量问题最终由本店认定"), or the consumer
 * made to prove it ("买家需自行证明商品存在质量问题", "you must prove the product is defective").
 */
const PROOF_ASSIGNED =
  /质量问题[^,;。]{0,6}由(?:本店|我们|商家|卖家|本公司|我司)(?:的)?(?:最终)?(?:判定|认定|判断)|由(?:本店|我们|商家|卖家|本公司|我司)(?:最终)?(?:判定|认定|判断)(?:是否)?(?:属于|为|是)?质量问题|(?:需|须|必须|应|要)(?:自行)?(?:证明|举证)(?:商品)?(?:确实)?(?:存在|有|属于|为)?(?:质量问题|瑕疵|故障|缺陷)|\b(?:must|need to|are required to) prove (?:that )?(?:the |your )?(?:product|item|goods)s? (?:is |are )?(?:defective|faulty)\b|\bprove (?:that )?(?:the )?(?:defect|damage|fault|problem) (?:was|is) not caused by\b/;
const CONSUMER_PROVES_NOT_CAUSED =
  /(?:需|须|要|应)(?:由)?(?:您|买家|顾客|消费者|客户)(?:自行)?(?:证明|举证)[^,;。]{0,12}(?:非人为|不是人为|并非人为|非使用不当|存在质量问题|是质量问题|属于质量问题)/;
const PROOF_DEMANDED = startingWhereItCan(
  /(?:[(（]有|需要?有?|须有?|要求|必须有?|提供|出具|凭)(?:相关)?(?:政府|国家|质监|工商|市场监管)(?:相关)?(?:部门|机构)(?:提供|出具)?的?(?:书面|数面)?(?:鉴定|检测|检验)|(?:售后服务中心|维修中心|检测中心|厂家|厂商)[^,;。]{0,6}(?:开具|出具)的?(?:检测|鉴定|检验)(?:报告|单据|证明)|请(?:您)?出具(?:书面)?(?:鉴定|检测|检验)|(?:(?:(?<!本店|商家|卖家|我们|我司|本公司|店铺)(?:请|需要?|须|要求|应|必须)|(?:请|需要?|须|要求|应|必须)(?=您|买家|顾客|消费者|客户))(?:您|买家|顾客|消费者|客户)?|(?:您|买家|顾客|消费者|客户)(?:应|须|需要?|必须))(?:先|自行)?(?:提供|出具|提交|出示)[^,;。]{0,16}(?:书面鉴定|鉴定书|鉴定证明|鉴定意见)|(?:检测|检验|鉴定|质检)(?:机构|部门|中心)(?:的|出具的?)?(?:报告|证明)|(?:自行|需|须|请)[^,;。]{0,4}送检|(?:自行|需|须|请)[^,;。]{0,4}送(?:至|到|往|去)[^,;。]{0,12}(?:检测|质检|鉴定|检验)(?:机构|部门|中心|站)|(?:买家|顾客|消费者|您|客户)[^,;。]{0,6}(?:提供|出具)[^,;。]{0,4}证据[^,;。]{0,4}证明|(?:由|需|须)(?:买家|顾客|消费者|您|客户)(?:自行)?举证|(?:customers?|buyers?|you|purchasers?) (?:must|shall|will need to|need to|are required to|is required to) (?:prove|demonstrate|establish)|(?:report|certificate|confirmation|letter|statement) from (?:an? |the )?(?:authori[sz]ed |independent |certified |third[- ]party |manufacturer'?s? )?(?:repair (?:centre|center|shop)|service (?:centre|center)|technician|engineer|laborator(?:y|ies)|lab|expert)|(?:凭|持|附|附上|提供|出具|提交|出示|须有|需有)[^,;。]{0,16}(?:检测|检验|鉴定|质检|维修(?:中心|站|点)|售后(?:中心|网点|服务中心))(?:的)?(?:报告|证明|单据|单|结果|凭证|证书)|(?:提供|出具|提交|出示)[^,;。]{0,6}(?:质量问题|故障|瑕疵|缺陷|质量)(?:的)?(?:相关)?(?:书面)?(?:证明|凭证|鉴定)(?!.{0,4}(?:照片|图片|视频))|(?:须|需|必须|应)?经(?:由)?[^,;。]{0,16}(?:厂家|厂商|生产厂|品牌方|维修中心|维修站|特约|检测机构|检测中心|质检部门|质检机构|第三方)[^,;。]{0,12}(?:检测|鉴定|检验)(?:确认|认定)?[^,;。]{0,8}(?:后|方可|才|才能|才可)|(?:您|买家|顾客|消费者|客户)?(?:需|须|应|请)?(?:自行)?(?:到|去|送至|送到|送往)[^,;。]{0,14}(?:维修|网点|检测中心|检测机构|售后服务中心|售后网点)[^,;。]{0,6}(?:检测|鉴定)|proof that (?:the )?(?:item|product|goods|it)?\s*(?:is|are|was|were) (?:defective|faulty|damaged)|(?:提供|出具|提交|附上?|出示)(?:由)?(?:相关|有效)?(?:的)?(?:第三方|权威|专业|国家|官方|法定|质检|质量检测|检测|检验|鉴定)?(?:机构|部门)?(?:出具的?)?(?:质检|检测|检验|鉴定|质量)(?:报告|证明|结果|书)|(?:质检|检测|鉴定)(?:报告|证明)(?:为准|方可|才|后方|才能|才可)|(?:买家|顾客|消费者|您)(?:需|须|应)?(?:承担|负责)举证|举证责任(?:由|在)(?:买家|顾客|消费者|您)|能提供质量问题的证明|提供质量问题(?:的)?证明|以本(?:店|公司|司)(?:的)?(?:检测|鉴定|判定)(?:结果)?为准|以(?:厂家|厂商|品牌方|品牌|官方|售后|检测中心)(?:的)?(?:检测|鉴定|判定)(?:结果|报告)?为准|(?:test|inspection|lab|laboratory|technician'?s?|service cent(?:er|re)'?s?) (?:report|certificate)|(?:lab|laboratory|manufacturer|technician)s?\s+(?:confirms?|verif(?:y|ies)|certif(?:y|ies)|approv(?:es|al))|manufacturer'?s? (?:approval|confirmation|verification)|beyond (?:any |reasonable )?doubt|(?:须|需|必须|要|应)经(?:由)?[^,;。]{0,10}(?:厂家|厂商|生产厂|品牌方|维修中心|维修站|特约|检测机构|检测中心|质检部门|质检机构|第三方)[^,;。]{0,8}(?:检测|鉴定|检验|确认|认定)|proof (?:of|that) (?:the )?(?:defect|fault)|burden of proof/,
);

const SHOP_APPRAISES =
  /(?:维修中心|售后中心|检测中心|售后服务中心)(?:检测|检验|鉴定)|(?:售后|本店|我们|我司|本公司|商家|卖家|店铺)(?:的)?(?:鉴定|检测|技术|维修|工作|服务)?人员[^,;。]{0,6}(?:鉴定|检测|检验|确认)|经(?:本店|我们|我司|本公司|售后)[^,;。]{0,6}(?:鉴定|检测|检验)|(?:本店|我们|我司|本公司|平台|商家|卖家)(?:将|会|可|负责|免费)*(?:为|向|给)[^,;。]{0,8}(?:出具|开具)(?:质检|检测|检验|鉴定)(?:报告|证明|结果)/;
const CONSUMER_PRODUCES =
  /(?<![为给替帮])(?:您|买家|顾客|消费者|客户)[^,;。]{0,8}(?:提供|出具|提交|出示|自行|送)|(?:提供|提交|出示|附上)[^,;。]{0,12}(?:报告|证明)/;
const PROOF_REASONABLE = /照片|图片|视频|拍照|截图|photo|picture|video|三包凭证|维修记录|修理记录/;
const PROOF_STRONG =
  /检测报告|鉴定报告|检验报告|质检报告|权威|第三方|厂家|厂商|laboratory|\blab\b|manufacturer|beyond (?:any |reasonable )?doubt/;

/** Goods CRPL 23 ¶3 names or resembles (机动车、计算机、电视机、电冰箱、空调器、洗衣机等耐用商品), and decoration. */
const DURABLE_GOODS =
  /机动车|汽车|电动车|摩托|计算机|电脑|笔记本|平板|手机|电视|冰箱|冰柜|空调|洗衣机|热水器|油烟机|燃气灶|洗碗机|烘干机|微波炉|家电|电器|数码|相机|摄像|音响|投影|家具|装修|装饰|(?:料理|榨汁|咖啡|破壁|豆浆|面包|扫地|吸尘|洗地|吹风|剃须|净化|加湿|除湿|按摩|打印|游戏|复印|扫描)(?:机|器)|显示器|路由器|投影仪|电子(?:产品|商品)|音箱|printers?|monitors?|consoles?|(?:衣|酒|鞋|书|橱|储物|机)柜|床垫|沙发|durable|appliance|computer|laptop|macbook|chromebook|phone|television|\btv\b|fridge|refrigerator|washing machine|furniture|electronics?|processors?|blenders?|machines?|mattress/;
/** Goods that are not durable: consumables, clothing, books. */
const NON_DURABLE_GOODS =
  /化妆品|美妆|护肤|彩妆|洗化|个护|个人护理|洗护|食品|零食|生鲜|保健品|保健食品|茶叶|酒(?!店|柜|红)|服装|服饰|衣物|衣服|鞋(?!柜)|袜|内衣|图书|书籍|\bcosmetics?\b|\bskincare\b|\bfood\b|\bclothing\b|\bapparel\b|\bshoes\b|\bbooks?\b/;

/** "购买6个月后", "超过六个月的", "after six months": the time after CRPL 23 ¶3's six months. */
const AFTER_SIX_MONTHS =
  /(?<![未不])(?:超过|超出|满|逾)\s*(?:(?:6|六)\s*(?:个)?月|半年)|(?<!(?:保修|质保|保质|三包)(?:期)?(?:为|是|在)?\s*)(?:(?:6|六)\s*个月|半年)(?:以)?(?:后|之后|以上)|(?:after|beyond|more than|over) (?:6|six) months/;
/** The proof demanded for the time after the six months only ("购买6个月后出现质量问题需提供检测报告"). */
const AFTER_SIX_MONTHS_DEMAND = new RegExp(
  `(?:${AFTER_SIX_MONTHS.source})[^。]{0,60}(?:检测|鉴定|检验|举证|报告|证明|proof|report|certif)|(?:检测|鉴定|检验|举证|报告|证明|proof|report|certif)[^。]{0,30}[(（][^)）]{0,12}(?:${AFTER_SIX_MONTHS.source})`,
);
/** Within CRPL 23 ¶3's six months ("半年内", "未满6个月"): a clause that also speaks of them is judged on them. */
const WITHIN_SIX_MONTHS =
  /(?:6|六)\s*(?:个)?月(?:以|之)?内|半年(?:以|之)?内|(?:未|不)满\s*(?:(?:6|六)\s*(?:个)?月|半年)|within (?:6|six) months/;

/**
 * An unboxing video made the condition of any claim ("需提供完整开箱视频，否则不予受理", "影片需提供原档开箱影片，…皆不在受理
 * 范围", "claims without an unboxing video will not be accepted"): a video can be made only when the parcel is opened,
 * so a defect found later, or by a consumer who did not film, is refused whatever the goods show (CRPL 23 ¶3, 24). A
 * video asked for or advised ("建议拍摄开箱视频", "拍摄开箱视频需显示包裹未拆封状态") refuses nothing.
 */
const UNBOXING_VIDEO = /(?:开箱|拆箱|拆包|开包)(?:全程)?(?:视频|录像|影片)|unboxing (?:video|footage)/;
const WITHOUT_IT_REFUSED =
  /否则|不予|不受理|不在(?:受理|售后)|无法(?:受理|处理|办理|售后)|不能(?:受理|处理|办理|售后)|恕不|概不|一律不|不接受|不支持|才(?:能|可|予)|方(?:可|能|予)|(?:will not|won'?t|shall not) be (?:accepted|honou?red|processed|entertained|considered|handled)|cannot be (?:accepted|processed|entertained|considered)|(?:cannot|can'?t|unable to|will not|won'?t) (?:process|accept|honou?r)|only (?:be )?(?:accepted|processed|honou?red|considered)|not (?:be )?eligible|no (?:claims?|refunds?|returns?)|(?:claims?|returns?) without/;
const UNBOXING_CITES = cites(['CRPL', 23, 3], ['CRPL', 24, 1], ['CRPL', 26, 2], ['CRPL', 26, 3]);
/** Photos accepted only beside the video or for other cases ("as supporting evidence only", "for change-of-mind returns"). */
const NOT_INSTEAD_OF_VIDEO =
  '(?! (?:as (?:supporting|additional)|only (?:together|alongside|in addition|as|with the video|for)|in addition to (?:the |a )?video(?! or)|together with the video|for (?:change|no-reason|missing|minor|exchanges|returns|other)))';
/**
 * The video asked only where the consumer has one ("if you have the footage", "where possible"), or photos accepted
 * without it ("photos are also accepted", "claims without one will still be reviewed").
 */
const EN_VIDEO_IF_AVAILABLE = new RegExp(
  `unboxing (?:videos?|footage)(?:(?!filmed|recorded|shot|take|continuous|uncut)[^.;,()]){0,60}?\\)?,? \\(?(?<!\\beven )(?:if|when|whenever|where|wherever) (?:(?:possible|available|at all possible)(?!,? (?:photos?|pictures?))|you (?:have|'ve) (?:one|it|them|some|any(?: footage| videos?| recording)?(?! \\w)|(?:video )?footage|video|the (?:footage|video|recording)|an? (?:unboxing )?(?:video|recording|camera)|access to (?:one|a camera)|such a video|recorded (?:one|it|the unboxing)|filmed (?:one|it|the unboxing)|taken one|made one|got one)\\b|you (?:recorded|filmed|took|made))|\\bphotos? (?:are|is) (?:also )?(?:accepted|fine|ok)\\b${NOT_INSTEAD_OF_VIDEO}|\\bif you (?:do not|don't|cannot|can't) (?:have|provide|send) (?:one|it|a video|the video)[^.;]{0,40}\\bphotos?|\\bwithout (?:one|it|a video|the video)[^.;]{0,30}\\b(?:still|also) (?:be )?(?:reviewed|accepted|considered|processed)`,
);
/** Photos or other evidence offered instead of the video ("or a photo of the damage", "and/or photos"), not a threat ("or they will be declined"). */
const EN_PHOTOS_INSTEAD =
  /unboxing (?:videos?|footage)\)?,? (?:and\/or|or),? (?!they\b|we\b|it\b|(?:the |your )?(?:claims?|parcels?|refunds?|returns?|orders?|packages?|items?) (?:will|may|shall) (?:be )?(?:returned|denied|declined|rejected|refused|not)\b)[^.;]{0,40}?\b(?:photos?|pictures?|images?|evidence)\b|unboxing (?:videos?|footage),? (?:photos?|pictures?|images?),? or |(?:photos?|pictures?|images?) (?:or|and\/or) (?:an? )?(?:full )?unboxing|\brequired for (?:all |any |every )?(?:damage |damaged items? |defect )?claims?,? or (?:clear )?(?:photos?|pictures?)/;
const EN_PHOTOS_REJECTED =
  /\bnot (?:just |only )?(?:photos?|pictures?|images?)(?: or [a-z]+)?\s*(?:[.;,]|$)|even if you have (?:photos?|pictures?|images?)|(?:photos?|pictures?|images?)(?: alone)?(?: (?:or|and) [a-z ]{1,20}?)? (?:are|is) not (?:evidence |proof )?(?:enough|sufficient|accepted)|(?<!blurry |stock |internet |unclear |low-quality |edited )(?:photos?|pictures?|images?)(?: alone)? (?:cannot|can't|will not|won't|may not) be (?:used|accepted|considered)|(?:photos?|pictures?|images?)(?: alone)? (?:are|is) never (?:accepted|considered|enough)|required too|also required/;

/** Photos accepted in another sentence of the clause's line. */
const PHOTOS_ACCEPTED_ON_LINE = new RegExp(
  `\\bif you (?:do not|don't|cannot|can't) have (?:one|it|a video|the video)[^.;]{0,40}\\bphotos?|\\bphotos? (?:are|is) (?:also )?accepted\\b${NOT_INSTEAD_OF_VIDEO}`,
);

/**
 * Photos offered as an alternative to the video in the video's own part of the sentence or a part after it that offers
 * them ("或照片", "/照片", "开箱视频、照片等凭证", "…，或提供清晰照片", "（或照片）"), not photos rejected in another part
 * ("只接受开箱视频，不认照片、截图"), to be shown in the video ("（需含…照片）") or attached beside it ("附开箱视频、照片").
 */
function photosOffered(sentence: string): boolean {
  // Brackets that offer photos ("（或照片）") are read; those that ask for more in the video ("（需含…照片）") are not.
  const parts = sentence.replace(/[(（](?![或或者])[^()（）]*[)）]/g, ' ').split(/[,;，；]/);
  const at = parts.findIndex((part) => UNBOXING_VIDEO.test(part));
  const own = parts[at] ?? '';
  return (
    /(?:或|或者|\/)[^,;，；。]{0,8}(?:照片|图片|截图)/.test(own) ||
    (!/(?:有|附|附带|提供|带|含)[^,;，；]{0,6}(?:开箱|拆箱|拆包)/.test(own) &&
      /、[^,;，；。]{0,8}(?:照片|图片|截图)/.test(own)) ||
    // A part after it offering photos instead ("…，或提供清晰照片", "…，没有视频可用照片").
    parts
      .slice(at + 1)
      .some((part) => /^\s*(?:或|或者|也可|亦可|或可|没有视频可|无视频可)[^,;，；。]{0,10}(?:照片|图片)/.test(part))
  );
}

function unboxingVideoRequired(text: string): boolean {
  if (!UNBOXING_VIDEO.test(text)) return false;
  const sentence = text.split(/[。!！?？]|\.(?:\s|$)/).find((part) => UNBOXING_VIDEO.test(part)) ?? text;
  // The video said not to be needed, only a help, or a claim handled without it.
  if (
    /不影响|也会|也可|仍会|仍可|照常|仅作参考|仅供参考|即使没有|没有[^,;，；]{0,6}也|not required|optional|even without/.test(
      // Photos said to be optional beside the video ("…an unboxing video, photos are optional") leave the video asked.
      sentence.replace(
        /(?:photos?|pictures?|images?|照片|图片)[^,;，；.]{0,12}(?:optional|not required|可选|非必须|可不提供)/g,
        ' ',
      ),
    )
  )
    return false;
  if (/[a-z]{3}/.test(sentence)) {
    const demanded =
      /(?:claims?|returns?|requests?|refunds?)[^.;]{0,20}(?:must|need to|are required to|is required to) (?:include|come with|be accompanied by)[^.;]{0,20}unboxing|(?:claims?|returns?|requests?|refunds?)[^.;]{0,30}\brequires? (?:an? |the )?(?:complete |full |continuous |uncut )?unboxing (?:videos?|footage)|unboxing (?:videos?|footage) (?:is|are) (?:required|mandatory|needed) for (?:all |any |every )?(?:damage |damaged items? |defect )?claims?/.test(
        sentence,
      ) ||
      (/without (?:an? |the |this |that |such |your )?unboxing|(?:don'?t|do not|cannot|can'?t|fail to) (?:have|provide|send|record|show)[^.;]{0,20}unboxing|no unboxing|(?:must|need to|are required to|is required to|have to) (?:include|provide|send|submit|show|come with|be accompanied by)[^.;]{0,20}unboxing|only (?:be )?(?:accepted|processed|honou?red|considered) (?:with|if)[^.;]{0,20}unboxing/.test(
        sentence,
      ) &&
        WITHOUT_IT_REFUSED.test(sentence));
    // The video asked only where the consumer has one ("…an unboxing video (if possible)", "…if you have recorded one"),
    // or photos offered instead of it and not rejected ("…an unboxing video or a photo of the damage").
    return (
      demanded &&
      !EN_VIDEO_IF_AVAILABLE.test(sentence) &&
      !(EN_PHOTOS_INSTEAD.test(sentence) && !EN_PHOTOS_REJECTED.test(sentence))
    );
  }
  // Claims taken only with the video ("仅接受有开箱视频的售后申请", "售后只认开箱视频"), not a rule on the video's form
  // or channel ("开箱视频只接受60秒以内的完整视频", "只接受微信发送的开箱视频") or the video beside photos.
  if (
    /(?:只|仅)(?:接受|受理|支持|认|凭|处理)(?:(?:有|附|附带|提供|带|含)[^,;，；]{0,6})?(?:开箱|拆箱|拆包)(?:全程)?(?:视频|录像|影片)/.test(
      sentence,
    ) &&
    !photosOffered(sentence)
  )
    return true;
  // The refusal said of the video itself: in the part that names it, or in the parts after it that speak of it
  // ("否则不予受理", "若无影片，恕不受理", "快转或剪辑的影片皆不在受理范围").
  const parts = sentence.split(/[,;，；]/);
  const at = parts.findIndex((part) => UNBOXING_VIDEO.test(part));
  const own = parts[at] ?? '';
  const videoAt = own.search(UNBOXING_VIDEO);
  if (/建议|推荐|最好|以便|方便|有助|可以|可(?!以)/.test(own.slice(0, videoAt))) return false;
  const said = [own];
  for (let index = at + 1; index < parts.length; index++) {
    const part = parts[index] ?? '';
    const condition = /^\s*(?:否则|若无|如无|若没有|如没有|没有|无|若未|如未|未提供|不提供|未拍摄|没拍)/.test(part);
    // Photos said to be optional between ("…，照片可选，否则不予受理") leave the video asked.
    if (/^\s*(?:照片|图片)[^,;，；]{0,6}(?:可选|可不提供|非必须|选填)\s*$/.test(part)) continue;
    if (
      !condition &&
      !/视频|影片|录像/.test(part) &&
      // "未提供完整开箱视频的，一律不受理…": the part after a video not provided is its consequence.
      !/^\s*(?:若无|如无|若没有|如没有|没有|若未|如未|未提供|未能提供|不能提供|无法提供|没有提供|未拍摄|未录制|没拍)/.test(
        parts[index - 1] ?? '',
      )
    )
      break;
    said.push(part);
  }
  return WITHOUT_IT_REFUSED.test(said.join('，')) && !photosOffered(sentence);
}

const PROOF_NAMED = /证明|举证|判定|认定|判断|prove/;
/** The words every finding below needs: a clause naming no video, report, proof or test returns at once. */
const PROOF_WORDS = gateOf(UNBOXING_VIDEO, PROOF_DEMANDED, PROOF_NAMED, CONSUMER_PROVES_NOT_CAUSED);

export const burdenOfProofOnConsumer: ClauseRule = {
  id: 'cn.policy.burden-of-proof-on-consumer',
  issue: 'burden_of_proof_on_consumer',
  citations: cites(['CRPL', 23, 3]),
  judge(reading) {
    const text = reading.text;
    if (!PROOF_WORDS.test(text)) return undefined;
    if (
      unboxingVideoRequired(text) &&
      // Photos accepted in another sentence of the line ("…. If you don't have one, photos are accepted.").
      !(/[a-z]{3}/.test(text) && PHOTOS_ACCEPTED_ON_LINE.test(reading.line))
    )
      return {
        verdict: 'void',
        message: {
          zh: '开箱视频只能在拆开包裹时拍摄；以提供开箱视频作为受理的条件，拒绝了事后发现或未录像时的质量问题，把证明瑕疵的负担加给了消费者，该内容无效。',
          en: 'An unboxing video can only be made when the parcel is opened; making it the condition of any claim refuses defects found later or by consumers who did not film, and puts the proof of the defect on the consumer, so it is void.',
        },
        suggestion: {
          zh: '如商品有破损或质量问题，请联系我们并尽量提供照片或视频（如有开箱视频更便于核实）；没有开箱视频的，我们同样依法受理并核实。',
          en: 'If the goods are damaged or defective, contact us with photos or a video if you can (an unboxing video helps us check); claims without one are still accepted and checked as the law requires.',
        },
        citations: UNBOXING_CITES,
      };
    // "无需您自行提供检测报告", "you do not need to provide a test report": the demand denied.
    const demanded = text.replace(
      /(?:无需|无须|不需要?|不用|不必|免于)(?:您|买家|顾客|客户)?(?:自行|另行)?(?:提供|出具|证明|举证)[^,;。但而需须]{0,12}|\b(?:do not|don't|will not|won't|never) (?:need to|have to|be asked to|ask you to) (?:provide|prove|supply|obtain)(?:(?!\bbut\b)[^.;,]){0,30}/g,
      ' ',
    );
    if (
      !PROOF_DEMANDED.test(demanded) &&
      !(PROOF_NAMED.test(demanded) && PROOF_ASSIGNED.test(demanded)) &&
      // "签收6个月内出现故障需由您证明非人为损坏，否则按人为损坏处理": the consumer made to prove the fault is not theirs.
      !CONSUMER_PROVES_NOT_CAUSED.test(demanded)
    )
      return undefined;
    // "The buyer has the burden of proof that the right of withdrawal has been exercised": proof of the consumer's own notice,
    // not of a defect.
    if (
      /\bburden of proof\b[^.;]{0,20}\bthat (?:the |a |their |his |her |your )?(?:right of withdrawal|withdrawal|cancell?ation|return request|notice)\b[^.;]{0,20}\b(?:has been|was|were|is) (?:exercised|given|sent|made|submitted)\b/.test(
        text,
      ) &&
      !/\b(?:defect|fault|damage|quality)/.test(text)
    )
      return undefined;
    // CRPL 23 ¶3 puts the proof on the shop for durable goods and decoration services only: a clause whose goods
    // are all of other kinds ("洗化美妆、个人护理用品类商品…请出具书面鉴定") moves no burden the law gives the shop.
    if (NON_DURABLE_GOODS.test(text) && !DURABLE_GOODS.test(text) && !/除外|except/.test(text)) return undefined;
    // It does so for defects found within six months of receipt: a demand made only after them is not void.
    if (AFTER_SIX_MONTHS_DEMAND.test(text) && !WITHIN_SIX_MONTHS.test(text)) return undefined;
    // The shop's own staff examine the goods and write the report: the shop carries the proof, as it should.
    if (
      SHOP_APPRAISES.test(text) &&
      !CONSUMER_PRODUCES.test(text) &&
      !/为准|厂家|厂商|第三方|权威|检测机构|质检部门|当地|质量检测|质检中心|质监|技术监督|(?:请|需|须|自行)[^,;。]{0,4}送(?:到|至|往|去)/.test(
        text,
      )
    )
      return undefined;
    // The shop arranges the test itself ("本店会安排送至厂家检测中心检测"): the shop carries the proof.
    if (
      /(?:本店|我们|我司|商家|卖家|本公司|本网站)(?:会|将|负责|可)?(?:为您)?(?:统一)?(?:安排[^,;。]{0,16}|(?:送|寄)(?:往|至|到|去)?(?:厂家|厂商|当地)?[^,;。货出]{0,10})(?:检测|鉴定|检验)/.test(
        text,
      ) &&
      !CONSUMER_PRODUCES.test(text)
    )
      return undefined;
    // Photos or a video are what a shop may reasonably ask; the 三包 repair records are the regulation's own.
    if (PROOF_REASONABLE.test(text) && !PROOF_STRONG.test(text)) return undefined;
    return {
      verdict: 'void',
      message: {
        zh: '耐用商品自接受商品之日起六个月内发现瑕疵发生争议的，由经营者承担有关瑕疵的举证责任；要求消费者出具检测报告或质量证明的条款加重了消费者责任，该内容无效。',
        en: 'For durable goods, a dispute about a defect found within six months of receipt puts the burden of proof on the shop; a term demanding a test report or proof of the defect from the consumer is void.',
      },
      suggestion: {
        zh: '如您发现质量问题，请向我们描述问题并提供照片或视频以便核实；需要检测的，由本店负责安排，相关费用由本店承担。',
        en: 'If you find a defect, please describe it and send photos or a video so we can check; where testing is needed we arrange and pay for it.',
      },
    };
  },
};

/**
 * The cut-off names the return period it ends ("已超过退换货期限（7天）", "超过7天退换期", "超过七天犹豫期"): read for the
 * consumer (CIVIL-CODE 498), the period ended is the no-reason one, after which the clause refuses nothing CRPL 24
 * gives for defects; refusing them all ("无法接受任何退换货", "一律不予") is the other reading, and void. A "鉴赏期" is
 * not one of these: named for inspecting the goods, its end reads as the end of defect claims too.
 */
const PERIOD_NAMED =
  /(?:超过|超出|逾|过了|已过)[^,;。]{0,12}(?:(?:退换货?|退货|换货|无理由退换?货?|犹豫)期|(?:退换货?|退货|换货)(?:时间|时限))/;
/** Every return refused after it, or after-sales, repairs, handling or compensation with them (CRPL 24 runs on). */
const EVERY_RETURN =
  /任何|一律|所有|全部|一概|概不|无论|不论|包括质量|含质量|(?:不|不再|恕不|不予|无法|不能)(?:接受|受理|提供|处理|办理)?[^,;。]{0,4}(?:售后|维修|保修|修理|赔偿)|不修|不予处理|any\b|all\b/;
function periodNamedOnly(text: string): boolean {
  return PERIOD_NAMED.test(text) && !EVERY_RETURN.test(text);
}
