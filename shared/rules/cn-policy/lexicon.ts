/**
 * The PRC policy pack's reading of clause text: which words refuse a return, which name a lawful
 * scope, which name the statutory categories and the NRR-MEASURES 7 natures. Every pattern reads the
 * clause's reading form (simplified, half-width, lower case; see `normaliseClause`).
 *
 * @law NRR-MEASURES 6
 * 第六条 下列商品不适用七日无理由退货规定：
 * （一）消费者定作的商品；
 * （二）鲜活易腐的商品；
 * （三）在线下载或者消费者拆封的音像制品、计算机软件等数字化商品；
 * （四）交付的报纸、期刊。
 * @endlaw
 * @law NRR-MEASURES 7
 * 第七条 下列性质的商品经消费者在购买时确认，可以不适用七日无理由退货规定：
 * （一）拆封后易影响人身安全或者生命健康的商品，或者拆封后易导致商品品质发生改变的商品；
 * （二）一经激活或者试用后价值贬损较大的商品；
 * （三）销售时已明示的临近保质期的商品、有瑕疵的商品。
 * @endlaw
 * @law NRR-MEASURES 9
 * 第九条 对超出查验和确认商品品质、功能需要而使用商品，导致商品价值贬损较大的，视为商品不完好。具体判定标准如下：
 * （一）食品（含保健食品）、化妆品、医疗器械、计生用品：必要的一次性密封包装被损坏；
 * （二）电子电器类：进行未经授权的维修、改动，破坏、涂改强制性产品认证标志、指示标贴、机器序列号等，有难以恢复原状的外观类使用痕迹，或者产生激活、授权信息、不合理的个人使用数据留存等数据类使用痕迹；
 * （三）服装、鞋帽、箱包、玩具、家纺、家居类：商标标识被摘、标识被剪，商品受污、受损。
 * @endlaw
 *
 * Interpretation:
 * - (RULES.md §5)
 * - A clause is read as an ordinary consumer reads it (CIVIL-CODE 498): a refusal is a negation that
 *   governs a return verb ("不予退货", "恕不退换", "不支持七天无理由退货"), not a negation anywhere near one
 *   ("不满意可以退货", "拆封不影响退货" are lawful).
 * - A refusal is lawful when its scope is one the law gives the shop: the statutory categories
 *   (CRPL 25 ¶1), intactness as NRR-MEASURES 8–9 define it, goods not sold by the shop, time after the
 *   window. It is void when its scope is the sale, the opening, the trial, or nothing at all.
 */

import { matchesOf } from '#shared/policy-lint/matches.js';
import { rememberedPerPolicy } from '#shared/policy-lint/memo.js';
import { chineseNumber, type Duration, readDurations } from '#shared/policy-lint/numbers.js';
import { startingWhereItCan } from '#shared/policy-lint/starts.js';
import type { ClauseReading } from '#shared/policy-lint/types.js';

const NEG =
  '(?:很难|难以|恕难|没办法|没法|无从|不设|不获|不准(?!确|可|包|的|时)|不|无法|不能|不可|不得|不予|恕不|概不|谢绝|拒绝|拒|一律不|均不|都不|不再|亦不|也不|将不|则不|不会)';
const FILLER =
  '(?:取消(?:订单)?[、或及和](?=退货|退换|换货)|予以|予|给予|给|能够|能|可以|可|以|办理|受理|提供|支持|申请|负责|接受|享受|享有|适用|允许|进行|为您|给您|帮您|向您|做|作|任何|形式|七天|7天|七日|7日|无理由|再|包|会|的|无条件|作|参加|参与|开通|理由的|消费者|买家|产品|商品|货品)';
/** A negation governing a return verb: "不予退货", "恕不退换", "不支持7天无理由退货", "谢绝退换". */
const REFUSE_ZH = new RegExp(`${NEG}${FILLER}{0,4}(?:退|换货|调换|退换|更换)`);
/**
 * "本商品不支持7天无理由", "特价商品不享受七天无理由服务哦": the right named without a return verb after it, refused for goods.
 * Not denied, asked or conditioned ("本店没有不支持…的商品", "如商品不支持…", "不设…限制"), nor said of gifts, shipping or
 * coupons, which are no goods bought ("赠品不支持7天无理由"; "优惠券购买的商品" are goods).
 */
const REFUSE_NO_REASON_BARE =
  /(?:不支持|不享受|不享有|不适用|不提供|不参与|不参加)(?:个人消费者的|消费者的)?(?:七|7)\s*(?:天|日)无理由(?:保障|服务|政策|售后|退换货?服务)*(?:了)?(?:哦|呢|哈|啊|呀|啦|噢|~|～)*(?=\s*(?:$|[,;。.!?(（|]))/;
/**
 * Words right before the right that deny, ask or condition it ("本店没有不支持…", "如商品不支持…", "哪些商品不支持…"); a
 * condition that names the goods ("若您购买的是清仓商品则不支持…") refuses them.
 */
const BARE_DENIED =
  /(?:(?:没有|并无|本店无|我们无|不存在|不会(?:出现)?|无一)(?:任何|哪件|哪个|哪款|一件|一款)?(?:商品|产品)?|不会(?:因为?|由于)[^,;。]{0,10}而|不会以[^,;。]{0,8}(?:理由|为由)|(?:如果|假如|(?<!例)(?:如|若))(?:该|此|本|所购|您购买的|您所购的)?(?:商品|产品|订单)?|(?:是否|哪些|哪类|哪种|(?<!为)什么)(?:商品|产品|情况下|情况)?)\s*$/;
/** Gifts, shipping or coupons named as what is refused ("赠品为非卖品，不支持…", "运费险：不支持…"), not as payment. */
const BARE_GIFT = /赠品|赠送|小样|运费险|运费|邮费|优惠券|积分|红包|礼品卡|代金券/;
const BARE_GIFT_AS_PAYMENT =
  /(?:赠品|运费险|运费|邮费|优惠券|积分|红包|礼品卡|代金券)[^,;。]{0,6}(?:购买|抵扣|支付|兑换|抵用)|(?:使用|用)(?:了)?(?:优惠券|积分|红包|礼品卡|代金券)|(?:赠品|赠送|运费险|运费|邮费|优惠券|积分|红包|礼品卡|代金券)[^。]*(?:商品|产品|订单)/;
/** Goods beside or carrying the gift ("特价商品和赠品", "含赠品的套装"): goods refused. */
const BARE_GIFT_WITH_GOODS =
  /特价|清仓|促销|折扣|秒杀|款(?!式)|套装|礼盒|(?:和|及|与|、)(?:赠品|运费险)|(?:含|带|附)(?:有)?赠品/;
/** A part whose topic is the gift itself ("赠品为非卖品", "所有赠品均为非卖品", "赠品不单独销售", "小样为赠品", "运费险："). */
const GIFT_TOPIC =
  /(?:赠品|小样|赠送的?(?:礼品|小样)|运费险|优惠券|积分|红包|礼品卡|代金券)(?:均|都|本身)?(?:为|是|属于|系|不单独|一经|:)|(?:为|是|属于)(?:赠品|赠送品)\s*[,;]?\s*$|^\s*(?:所有|全部|一切|本店|店铺)?(?:的)?\s*[(（]?\s*(?:赠品|小样|运费险)\s*[,;]?\s*$/;
/**
 * The words of a question that names no goods or condition ("问：为什么有些商品…", "Q1：为什么我买的东西…", "为什么商品详情页显示…"):
 * what is left once they are removed is what the question refuses ("为什么本店商品均…", "为什么拆了包装…", "为什么口红…").
 */
const QUESTION_GENERIC_ALL =
  /[\s:：?？,，、()（）【】[\]&]|\d+[.、]|请问|常见问题|faq|q&a|q\d*|售后|说明|须知|问答|答疑|小贴士|温馨|提示|注意事项|注意|问题|问|答|为什么|有的|有些|一些|一件|这件|这个|这款|某件|某个|此类|这类|您|你|我|收到|拍下|购买|买|会有|会|被|部分|某些|个别|该|这些|此|商品|产品|东西|订单|宝贝|详情页|页面|页|上|里|写着|写了|写|显示|标注|标明|及|有|的/gi;
/** Labels around a gift note or a bracket ("温馨提示", "注意事项", "说明", "关于"), and the spacing between them. */
const LABEL_WORDS = /温馨|提示|注意事项|注意|说明|须知|备注|关于|及|[\s,;:：]/g;
/** The part before names the gift as its topic, not goods with a gift in brackets ("面膜（赠品均为非卖品），"). */
function giftTopic(previous: string): boolean {
  const outside = previous.replace(/[(（][^)）]*[)）]/g, ' ');
  // A label outside the bracket ("【温馨提示】", "注意", "赠品说明", "关于赠品", "…：") leaves the bracket as what is said.
  const label = outside
    .replace(/【[^】]*】|\[[^\]]*\]|^[^,;。]{0,14}[:：]/g, '')
    .replace(LABEL_WORDS, '')
    .replace(/赠品/g, '');
  // Nothing but labels and the gift word outside ("赠品说明（均为非卖品），"): the gift is the topic.
  if (!label && /赠品|小样/.test(outside)) return true;
  const said = label ? outside : previous;
  return (
    GIFT_TOPIC.test(said) &&
    !/商品|款(?!式)|套装|礼盒|订单|运费由|运费(?:买家|卖家)|邮费|不提供|没有|不送|不赠/.test(said)
  );
}
/** A page's notice offered as the only step ("若商品不支持7天无理由，详情页会标注"). */
const PAGE_NOTICE =
  /(?:详情页|页面|商品页)[^,;。]{0,6}(?:标注|标明|注明|说明|提示|告知)|客服[^,;。]{0,6}(?:告知|通知|说明|提示)/;

/** The right named with its return verb ("不支持7天无理由退货"): refused, unless denied, asked or said of gifts. */
const REFUSE_NO_REASON_SPOKEN =
  /(?:不支持|不享受|不享有|不适用|不提供|不参与|不参加)(?:个人消费者的|消费者的)?(?:七|7)\s*(?:天|日)无理由(?:退货|退换货?|退款)(?:服务|政策|保障)?/;

function refusesBare(text: string): boolean {
  // Both readings need the words "无理由": most clauses are passed over without running either pattern.
  const match = text.includes('无理由') ? REFUSE_NO_REASON_BARE.exec(text) : null;
  return match !== null && bareRefuses(text, match);
}

/**
 * Where the part of `text` that ends at `end` begins: just after the last of `marks` before it, or 0. A backward scan,
 * linear; the regex search it replaces (`[^,;。]*$`) is quadratic on a long part that ends in a mark.
 *
 * @example partBegins('特价商品,不退不换', 9) // 5
 */
export function partBegins(text: string, end: number, marks = ',;。'): number {
  for (let at = end - 1; at >= 0; at--) if (marks.includes(text[at] as string)) return at + 1;
  return 0;
}

/**
 * The part that ends at `end` with its comma or semicolon ("赠品为非卖品，"), or only the spacing after a full stop, a
 * question or an exclamation mark. A backward scan: the regex it replaces (`[^,;。!?]*[,;]?\s*$`) is quadratic when the
 * text ends in such a mark.
 */
function partBefore(text: string, end: number): string {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1] as string)) at--;
  if (at > 0 && (text[at - 1] === ',' || text[at - 1] === ';')) at--;
  return text.slice(partBegins(text, at, ',;。!?'), end);
}

/** Whether the right named at `match` is refused: not denied, asked or conditioned, and said of goods, not gifts. */
function bareRefuses(text: string, match: RegExpExecArray): boolean {
  const partStart = partBegins(text, match.index, ',;。!?');
  const before = text.slice(partStart, match.index);
  // A question ("哪些商品…？", "为什么…？") and what follows its question mark on the same text, if anything.
  const rest = text.slice(match.index);
  const asked = /(?:是否|哪些|哪类|哪种|什么)/.test(before) && rest.includes('?');
  const answer = asked ? rest.replace(/^[^?]*\?/, '').trim() : '';
  // Unanswered, naming nothing but generic words before the right: the right itself asked about ("不支持7天无理由？本店全部
  // 支持"), or "为什么不支持7天无理由退货？" asked alone, whose answer, a clause of its own, says what is refused.
  if (
    !answer &&
    (/^\s*\?/.test(text.slice(match.index + match[0].length)) || (asked && /为什么/.test(before))) &&
    !before.replace(QUESTION_GENERIC_ALL, '')
  )
    return false;
  // A question answered with statutory goods only ("为什么…？因为该商品是定制商品", "哪些商品…？定制商品、生鲜食品"): every
  // goods word in the answer is one of the statutory categories.
  if (
    answer &&
    STATUTORY_CATEGORY.test(answer) &&
    !answer
      .replace(STATUTORY_CATEGORY_ALL, '')
      .replace(
        /[、,;，；。.!！?\s:：()（）\d]|因为|是|该|此|这些|有些|部分|商品|产品|类|等|及|和|与|以及|答|都|均|且|属于|包括|例如|如|根据|依据|依照|按照|法律|法规|规定|依法|消费者权益保护法|第[一二三四五六七八九十百零]+条|消费者|的|不适用|不支持|无理由|退货|七天|天/g,
        '',
      )
  )
    return false;
  if (BARE_DENIED.test(before)) {
    // A question read with its answer ("哪些商品不支持7天无理由退货？特价商品、清仓商品", the answer judged under the question)
    // refuses what the answer names; the question alone refuses nothing.
    if (answer) return true;
    return /(?:如|若)/.test(before) && PAGE_NOTICE.test(text) && !CONFIRMED.test(text);
  }
  // What is refused: the words before it in its part, or a gift named just before as what it is ("赠品为非卖品，不支持…",
  // "运费险：不支持…"); a part about who pays the shipping or what is given ("运费由买家承担，", "本店商品均赠送运费险，") is not.
  const previous = partBefore(text, partStart);
  const subject = before.trim() ? before : giftTopic(previous) ? previous : '';
  // Goods named outside a bracketed gift note ("面膜（赠品为非卖品）：不支持…"): the goods are refused.
  const outside = subject.replace(/[(（][^)）]*[)）]/g, ' ');
  if (
    subject === before &&
    !BARE_GIFT.test(outside) &&
    outside.replace(/【[^】]*】|\[[^\]]*\]/g, '').replace(LABEL_WORDS, '')
  )
    return true;
  return !(BARE_GIFT.test(subject) && !BARE_GIFT_AS_PAYMENT.test(subject) && !BARE_GIFT_WITH_GOODS.test(subject));
}
/**
 * A negation with the goods as its object before the return ("不支持特价商品退货", "不接受定制商品的退换货", "谢绝跨境商品退货"),
 * or the goods left out of the right ("无理由退货不包括特价商品"): not
 * a way of sending the goods back, a cost, a part or a way of paying the refund ("不接受到付退货", "不支持门店退货", "配件不支持单独
 * 退货", "不支持现金退款"), nor a longer period ("不支持30天退换货").
 */
const REFUSE_OBJECT_ZH =
  /(?:无法|不能|不予|恕不)为(?!您)(?!(?:赠品|赠送|余额|现金|发票|运费险|运费|邮费)(?:单独|另行|分开)?(?:办理|受理))[^,;。不]{1,12}?(?:办理|受理)(?:七天|7天)?(?:无理由)?(?:退货|退换货?|退款)|(?:无理由|退货|退换货?)(?:服务|政策|保障)?(?:范围)?(?:不包括|不包含|不含|不涵盖)(?![^,;。]{0,4}(?:运费|邮费|费用|节假日|周末|签收当|当天|当日|收货当))|(?:不支持|不接受|不受理|不办理|不(?:再)?(?:为您|给您|向您)?提供|恕不接受|恕不受理|拒绝|谢绝|(?:无法|不能)(?:为您|为)?(?:办理|受理|提供))(?!(?:收货后|未退货|不退货|未寄回|不寄回)?(?:仅退款|只退款)|(?:部分|单独|单个|单件|拆单|合并|空包|无单号|现金|余额|极速|闪电|先行|信用卡|赠品|赠送|恶意|在线|线上|网上|邮寄|快递|物流|(?<!货)到付)(?:商品|产品|订单)?(?:的)?(?:七天|7天)?(?:无理由)?(?:退货|退款|退换))(?:(?!平邮|门店|线下|专柜|实体|门市|取货点|自提|上门|运费|邮费|重复|先退款|发票|危险|易燃|(?:1\d|[2-9]\d)\s*天)(?:[^,;。不]|不(?=合适|合身|喜欢|满意|想要|需要))){1,16}?(?:的)?(?:七天|7天|七日|7日)?(?:无理由)?(?:退货|退换货?|退款)(?:申请|服务)?/;
/**
 * "不予受理/不予处理/不予办理" where the clause is about returns. "(?=负责|承担)" asks for the verb before the lookbehinds
 * that qualify it: they are read only where it stands ("不" × 300 read them at every character: 75–225 µs a clause).
 */
const REFUSE_HANDLE_ZH =
  /(?<!(?<!签收|签收了|收到|收到了|交|交给|交付|已交|寄出|发出|交由)(?:平台|主播|快递|物流|厂家|厂商)(?:这边|那边|方面|将|则|均|也|就)?)(?:不予|不能|不再|不可|无法|不给)(?:进行|享受)?售后(?:了|哦|呢|啦|的)*(?=\s*(?:[,;。!~～]|$))|(?:不予|不获|不会|不|无法|不能|不可|不再|一律不|概不|恕不)(?:受理|处理|办理|(?=负责|承担)(?:(?<!(?:运费|邮费|快递费|运输费|费用)(?:均|都|则|将|也)?(?:由)?(?:本店|我们|我司|本公司|商家|卖家|店铺|平台|买家|顾客|客户|消费者|您)?(?:均|都|则|将|也)?(?:不予|不获|不会|不|无法|不能|不可|不再|一律不|概不|恕不))|(?<=(?:所有|任何|全部|一切|一律|概)[^,;。]{0,20}|(?:不论|无论|不管)[^。]{0,20})(?<!(?:运费|邮费|快递费|运输费|寄回费用|来回费用|往返费用)[^,;。]{0,12})(?<!(?:无理由|非质量|非商品质量|个人原因|主观原因|不喜欢|不想要)[^,;。]{0,24})(?!(?:负责|承担)[^。]{0,4}(?:质量问题|质量原因)[^。]{0,6}(?:除外|本店承担|由本店|我们承担|卖家承担|商家承担))|(?=(?:负责|承担)[^。]{0,12}(?:包括|包含|含|也|即使|即便)[^。]{0,4}质量))(?:负责|承担)(?![^,;。]{0,4}(?:运费|邮费|快递费|费用|来回|往返|寄回|退回|运输费)(?![^,;。]{0,6}(?:货款|退款|价款|款项|商品款|退换|退货))))|(?:有权|将|会|一律|均)(?<!(?:(?<![非不])恶意[^。]{0,12}|不|绝不|并不|从不)(?:有权|将|会|一律|均))(?:予以)?拒绝(?:受理|处理|办理)?(?=\s*(?:[,;。]|$))/;
/**
 * The shipping granted, not the return, after "only defects … 才/方" ("只有质量问题才由卖家承担退货运费", "…才退运费", "…才予报销运费",
 * "…，卖家才出运费"): who pays the fee, which is lawful.
 */
const FEE_GRANTED =
  '(?:(?:由)?(?:本店|卖家|商家|店铺|店家|我们|我司|本公司|厂家)?(?:才|方)?(?:给|予)?(?:退|报销|承担|补|包|免|支付|出)(?:还|回)?)?(?:来回|往返|退回|寄回|退货|退换货?)?(?:的)?(?:运费|邮费|快递费)';
/** The same after the defect itself, with its return or goods between ("只有质量问题的退货，卖家才承担运费", "仅质量问题退货由商家承担运费"). */
const DEFECT_FEE_GRANTED = `(?:(?:的)?(?:退货|退换货?|商品)(?:的)?[,，]?|的)?(?:才|方)?${FEE_GRANTED}`;
/**
 * Refusals in Chinese idiom: refunds kept for rare cases ("退款仅在极少数情况下办理"), a return refused for a reason ("不得因个人
 * 原因要求退货", "不因个人因素（不喜欢、不符预期等）办理退换货"), a consumer said to have no right to ask ("顾客无权以…要求退货"), a case outside the returns ("不属于退换货
 * 范围"; not outside the defect's returns, "不属于瑕疵退换货范围", which says what a defect is), every sale said final ("所有銷售均為最終
 * 銷售", as "All sales are final").
 */
const REFUSE_IDIOM_ZH = new RegExp(
  String.raw`(?:退款|退货|退换货?)(?:只|仅)(?:在|于)(?:极少数|极个别|少数|个别|特殊|特定)(?:的)?(?:情况|情形|案例)(?:下)?(?:才)?(?:办理|提供|受理|给予|进行|处理|接受)|(?:只|仅)(?:在|于)(?:极少数|极个别|少数|个别|特殊|特定)(?:的)?(?:情况|情形|案例)(?:下)?[^,;。]{0,16}?(?:才)(?:会|可|能)?(?:予以|给予|办理|提供|受理|进行)?(?:退款|退货|退换货?)|(?:不得|不能|不可|不予|恕不|概不|不)(?:再)?(?:因|由于|基于)[^,;。拒]{1,16}?(?:原因|因素)(?:[(（][^()（）]{0,30}[)）])?(?:而)?(?:要求|申请|办理)?(?:退货|退换货?|退款)|(?:不|不予|无法|不能|恕不|概不)(?:接受|受理|办理|支持)(?:任何)?(?:(?:购物|购买|收货|签收|下单)(?:后|之后))?(?:因|由于|以|为)[^。]{0,40}(?<!无)(?:原因|理由|为由)(?:的|而)?(?:提出的)?(?:作|做|进行|申请|办理)?(?:退|换)|(?:不|不予|无法|不能|恕不|概不)(?:接受|受理)(?:任何)?(?:以|因)[^。]{0,60}(?:退货|退换货?|退款)(?:或(?:退货|退换货?|退款))?(?:的)?(?:理由|原因)|(?:顾客|客户|买家|消费者|您|用户|会员)(?:均|都|一律)?无权(?:以|因|基于)[^。要申]{0,40}(?:要求|申请)(?:退货|退换货?|退款|退回(?:产品|商品|货品)?|换货)(?!运费|邮费|差价|至|到)|(?:不可|不能|不得|不予)(?:按照|依照|根据)[^,;。]{0,12}(?:申请)?退(?:货|换|款)|(?:以下|下列)情况(?:均)?视为(?:影响二次销售|不完好|商品不完好|非完好)|不得以[^。]{0,30}(?:原因|理由|为由)[^。]{0,6}(?:要求|申请)?(?:退|换)|(?:很难|难以|不能|不可)(?:作为|算作|成为)[^,;。]{0,6}(?:退换货?|退货|退款)(?:的)?(?:依据|理由|原因)|(?:以下|下列|如下|下述)(?:的)?(?:商品|产品|货品|情况|情形)?(?:除外|不在此列|例外)|(?:无法|不|不能|不予)(?:支持|提供|办理|受理)(?:任何)?非[^,;。]{0,8}(?:质量问题|质量原因|故障)(?:的)?(?:退|换)|(?:退款|退货|退换货?)(?:服务)?(?:只|仅)(?:限于|限|适用于)(?![^。]{0,12}(?:质量|瑕疵|故障|破损|损坏|原路|原支付|原付款|原账户|原帐户|银行|账户|帐户))|(?:不予|不|恕不|概不|无法|不能|一律不)(?:予以)?(?:返还|退回)(?:货款|款项|价款|全款|购物款)|(?<!前,?)(?:货款|价款|全款|购物款|商品款|退款)(?:均|一律|都|将|概)?(?:(?:不予|不|恕不|概不|无法|不能)(?:予以)?(?:返还|退回)(?!原|到原|至原)|不给(?:退|返还|退还)?(?=[,;。!]|$))|(?<!(?:如果|若|假如|万一|一旦|如|当)(?:您|买家)?(?:的)?)(?:退货|退换货?|退款|售后)(?:的)?(?:申请)?(?:将|会)?(?:被|予以|一律|均|都)?(?:驳回|拒绝)(?!的(?:情况|情形)|(?:时|后|的话|的)[^。]{0,12}(?:申诉|投诉|介入|仲裁|12315))|(?:退货|退换货?|退款|售后)(?:的)?申请,\s*(?:本店|我们|商家|卖家|平台|我司)(?:将|会)?(?:一律|均|都|概)?(?:予以)?(?:驳回|拒绝)(?=\s*(?:[。!;]|$))|(?:视为|视作|即为|当作)(?:您|买家|顾客)?(?:自动|主动)?放弃(?:退货|退换货?|退款|售后)(?:的)?(?:权利|权益|资格)?|(?:退货|退换货?|退款)(?:的)?(?:申请)?(?:将|会)?不(?:被|予)(?:受理|通过|处理|办理|接受)|不(?:在|属于)[^,;。]{0,10}售后(?:服务)?(?:的)?(?:范围|之列|保障)|不(?:提供|享受|享有|支持)(?:任何)?售后(?:服务|保障)?|无售后|售后无(?:保障|服务)|不(?:享有|享受)[^,;。]{0,6}退[^,;。]{0,4}(?:权利|权益|资格)|不(?:享有|享受|提供|支持)[^,;。]{1,6}(?:及|和|与|、|以及)(?:七天|7天)?(?:无理由)?(?:退换货?|退货)(?:服务)?(?![^,;。]{0,2}(?:运费|邮费|费用|时效))|(?:失去|丧失|取消)[^,;。]{0,6}退[^,;。]{0,4}(?:资格|权利|权益)|(?:不(?:能|可)?(?:作为|算作|构成|视为)(?:退换货|退货|退换|退款)(?:的)?(?:理由|原因|依据)|(?:仅|只|只有|仅限|限于)[^,;。]{0,6}(?<!无|非|没有|不是|并非)质量问题(?!${DEFECT_FEE_GRANTED})[^,;。]{0,8}(?:才|方)?(?:可以|能|可)?(?:退|换|办理)|质量问题(?:方可|才可|才能|才予|才)(?!${FEE_GRANTED})(?:办理)?退|不(?:在|属于)(?![^,;。]{0,4}(?:瑕疵|质量问题|质量原因))[^,;。]{0,10}(?:无理由|退货|退换货?)(?:的)?(?:范围|服务|之列)|(?:无理由退货|无理由退换|退换货|退货|退换|退款)(?:服务|申请)?(?:均|一律|都)?(?:不适用|不支持|不予|不可|不能)|(?:拒绝|谢绝|概不|恕不|一律不)(?!(?:承担|负担|支付|报销|补贴)(?:任何)?(?:的)?(?:来回|往返)?(?:的)?(?:退货|退换货?|寄回|退回)?(?:的)?(?:运费|邮费|快递费))[^,;。]{0,6}退(?:货|换|款)|概不退换|不退不换|售出不退|售出概不|一经售出|不退换|只换不退|不可退|非质量问题不|无质量问题不|(?<!(?:请|您|可|可以|选择|需|需要|当场|直接|有权|予以|自身|个人|进行)[^,;。]{0,10}|先|或|与|和|后|无故|恶意|验货|验收|验货\/|验收\/|拦截、|(?<=(?:^|[、,.:;\s\d)）]|买家|顾客|客户|您|消费者|签收|拒收|验收)(?:部分|全部))|购买的[^,;。]{0,8})拒收(?!入库|或(?:签收|签字|收货|验收)|前|之前|(?:所)?(?:产生|造成|导致|引起|带来)的|(?:的)?(?:情况)?(?:除外|例外))(?!(?:与否)?(?:均|都|可)?由(?:您|买家|顾客|客户|消费者)(?:自行|自己)?(?:决定|选择|确认|判断))(?!政策|流程|规则|业务|(?:的)?订单\s*:|\s*:(?<!(?:本店|我们|商家|卖家|我司|一律|均|都|全部)拒收\s*:))(?!(?:后|以后|之后|的(?:订单|商品|包裹))[^。]{0,48}(?:全额)?(?:退款|退还(?:货款|款项|全款)))|否则[^,;。]{0,12}(?:拒收|拒签|不予签收)|(?:退|换)[^()。]{0,12}\([^()]{0,14}(?:不支持|不适用|不参与|不可|不能|不予|不享受)\)|一经签收.{0,6}(?:不|无法)|恕不退)|对(?:于)?[^,;。]{0,12}?(?:退货|退换货?|退款)(?:申请)?[,]?(?:本店|卖家|商家)?(?:有权|保留)[^,;。]{0,4}(?:拒绝|不予受理)|(?:退货|退换货?|退款)(?:也|亦|同样|均|都)(?:不支持|不接受|不受理|不予办理|不予受理)|(?:所有|全部|一切|本店)(?:的)?(?:销售|商品|订单|售出商品)(?:均|皆|都|一律)?(?:为|是|属于?|视为)最终销售`,
);
/**
 * The no-reason return suspended, stopped or withdrawn ("暂停无理由退货", "大促期间停止受理七天无理由退换", "取消全店七天无理由退货"),
 * before or after the right ("七天无理由退货服务暂停", "七天无理由退货，即日起暂停", "七天无理由退货服务本店可随时取消"); not said
 * not to be ("不会/从未暂停无理由退货", "本店不会因任何原因暂停…"), which a promise not to promise undoes ("不保证不暂停…"); not
 * something else suspended in the return's time ("暂停发货期间可无理由退货") or beside it ("暂停无理由退货运费补贴"), not one
 * lifted ("…暂停已解除", "…现已恢复"), nor an application the buyer withdraws ("买家可随时取消无理由退货申请").
 */
export function noReasonSuspended(text: string): boolean {
  if (!/无理由|退货|退换|退款|售后/.test(text)) return false;
  // "七天无理由退货将于活动结束后恢复", "…待疫情结束后恢复", "…暂停还未恢复", "…恢复时间另行通知": to be restored, so suspended now.
  if (TO_BE_RESTORED.test(text)) return true;
  // "七天无理由退货活动已结束": the right called a campaign that is over.
  if (CAMPAIGN_ENDED.test(text)) return true;
  for (const verb of matchesOf(SUSPENSION_VERB, text)) {
    // Forty characters either side: every reading below looks at most that far (a long clause of verbs stays linear).
    const at = verb.index ?? 0;
    const after = text.slice(at + verb[0].length, at + verb[0].length + SUSPENSION_REACH);
    const before = text.slice(Math.max(0, at - SUSPENSION_REACH), at);
    // Lifted, after or before the verb ("…暂停已解除", "…已于3月1日恢复", "…已解除暂停", "…暂停措施已撤销").
    if (SUSPENSION_LIFTED.test(after) || /(?:已|已经)(?:经)?(?:解除|取消|撤销|结束)(?:了)?$/.test(before)) continue;
    const named = SUSPENDED_AFTER.exec(after) ?? applicationNamedBefore(after, before);
    const rest = after.slice(named?.[0].length ?? 0);
    const sentence = before.split(/[;。]/).pop() ?? '';
    // Returns ended on a condition ("若审核不通过，则终止退换货") are a return refused for a reason, not the right suspended;
    // a return that lapses or a refund not yet due is neither.
    if (
      named !== null &&
      !named[0].includes('无理由') &&
      (RETURN_CONDITION.test(sentence) ||
        RETURN_LAPSE.test(sentence) ||
        REFUND_NOT_YET_DUE.test(before.split(/[,;。]/).pop() ?? '') ||
        // "…等原因产生的退款": returns named with what causes them, not the right.
        (/原因[^,;。的]{0,4}的/.test(named[0]) &&
          !/个人|主观|拍错|买错|不喜欢|不想要|不合适|非质量|无理由/.test(named[0])))
    )
      continue;
    // "给差评的不再提供售后": a penalty for some buyers, read as one (`other_void`); "本店不再提供售后服务" is the right withdrawn.
    if (
      named !== null &&
      verb[0].startsWith('不再') &&
      /售后/.test(named[0]) &&
      /(?:差评|投诉|恶意)[^,;。]{0,6}(?:的|者)|若|如果|一旦/.test(before) &&
      // "如果您已拆封，本店不再提供售后服务": the opening, no conduct, ends the after-sales service.
      !/(?:若|如果|一旦)[^,;。]{0,6}(?:拆封|开封|拆开|打开)/.test(before)
    )
      continue;
    // "不会暂停（特殊情况除外）": a suspension kept for the cases excepted.
    const keptFor = /^(?:退货|退换货?|退款)?(?:服务)?[(（,]?(?:特殊情况|不可抗力|特殊原因)[^)）,;。]{0,6}除外/.test(
      rest,
    );
    if (named !== null) {
      if ((keptFor || !suspensionNegated(before)) && !buyersWithdrawal(verb[0], before, after, rest)) return true;
      continue;
    }
    // After the right, in its sentence: the verb with no object of its own, not across a negation, an application or a buyer
    // who may act ("买家申请无理由退货后可以取消", "无理由退货，买家可取消").
    // The nearest: a return service leading the verb's own part ("…，退货服务同步暂停"), else the right in the sentence.
    const right = SERVICE_LEADS_PART.exec(before) ?? RIGHT_BEFORE.exec(before);
    if (right === null || !SUSPENSION_ENDS.test(after)) continue;
    // A service joined to the right is suspended with it ("七天无理由退货及运费险服务暂停").
    const gap = before
      .slice(right.index + right[0].length)
      .replace(/^(?:及|和|与|、|以及|跟)(?:[^,;。]{1,8}?服务|[^,;。]{1,8}$)/, '');
    if (
      GAP_UNDOES.test(gap) ||
      // "…，如有不适请停止使用": the goods' use stopped, unless the right itself leads the verb ("…服务暂停使用").
      (after.startsWith('使用') && gap.replace(/^(?:服务|功能|通道|业务)/, '').replace(USE_GAP_TIME, '') !== '') ||
      // "七天无理由退货订单若被取消": an order the buyer cancels.
      (/订单/.test(gap) && /取消|撤销/.test(verb[0])) ||
      // "逾期未寄回，退货通道关闭": the buyer's own return lapsed.
      (/关闭|取消|撤销|终止/.test(verb[0]) && BUYER_LAPSE.test(sentence)) ||
      (!keptFor && suspensionNegated(before)) ||
      // "请于春节前申请七天无理由退货，春节期间暂停": a deadline before the suspension, not an application withdrawn.
      (/(?:申请|提交|发起)$/.test(before.slice(0, right.index)) &&
        !/(?:请|须|需|应|务必)(?:您)?(?:于|在)[^,;。]{1,12}(?:前|之前|以前|内|之内|以内)(?:申请|提交|发起)$/.test(
          before.slice(0, right.index),
        ))
    )
      continue;
    return true;
  }
  return false;
}
const SUSPENSION_REACH = 40;
const SUSPENSION_VERB =
  /暂停|停止|关闭|暂不|终止|中止|停办|暂缓|停用|下线|取消|撤销|不再(?:为您|向您|给您)?(?:提供|支持|受理|办理|开放)|(?:维护|升级)中(?![^;。]{0,12}(?:客服|人工|仍可|照常|正常|不影响|可通过|(?<!不|暂不)可以|可在(?![^,;。]{0,12}(?:(?:结束|完成|恢复|完毕|过|[天日周月号]|节|假)(?:之|以)?后|之后|以后))|(?<!不|暂不)支持(?![^,;。]{0,4}(?:质量|故障|瑕疵)(?![^,;。]{0,8}无理由))))/g;
/** The right named right after the verb, with what it covers between ("取消全店七天无理由退货", "取消了买家的七天无理由退货权利"). */
const SUSPENDED_AFTER =
  /^(?:了)?(?:受理|办理|提供|支持|开放|接受)?(?:(?:(?!订单)[^,;。及和与、跟]){1,6}?(?:及|和|与|、|以及|跟)){0,4}(?:全店|本店|所有|一切|全部|部分|任何){0,2}(?:(?:(?!期间|时|订单)[^,;。的]){1,10}的)?(?:商品|产品)?(?:(?:买家|顾客|您)的?|其)?(?:的)?(?:(?:七天|7天|七日|7日)?无理由(?!(?:退货|退换货?|退款)?(?:的)?(?:运费|包邮|上门|免费|极速|先行|邮费|补贴|险|入口))|(?:个人原因|主观原因|非质量问题|非质量原因)?(?:退货退款|退货|退换货?|退款|售后)(?:服务|申请)?(?=[,;。)）(（]|$))/;
/**
 * Lifted or restored after the verb ("…暂停已解除", "…现已重新开通"); not a suspension to be lifted later ("…活动结束后恢复",
 * "…（2月10日恢复）", "…直至另行通知恢复"), which is one.
 */
const SUSPENSION_LIFTED =
  /^[^,;。(（]{0,16}(?:已|已经)(?:经)?(?:于[^,;。]{1,12}?)?(?:全面|全部|正式)?(?:恢复|解除|结束|重新(?:开通|开放|上线|启用))|^[^;。(（]{0,4},(?:现|目前)?(?:已|已经)(?:经)?(?:于[^,;。]{1,12}?)?(?:全面|全部|正式)?(?:恢复|解除|重新(?:开通|开放|上线|启用))(?!快递|物流|发货|配送|(?!(?:原来|原有|正常|七天|7天|七日|7日|以往|往常)的(?:服务|政策|退货|退换|售后|无理由|七天|7天))[^,;。]{0,4}的)|^[^,;。(（]{0,16}(?:暂停|通知|公告|措施|安排|规定|决定|做法)(?:的)?["”」』]?(?:的)?(?:规定|安排|通知|决定)?(?:已|已经)(?:经)?(?:撤销|撤回|作废|取消|结束|废止|失效)/;
/** After a service's name, a desk, line or note of it, not the right ("售后服务热线", "售后服务邮箱", "退款服务:"). */
const NOT_THE_SERVICE = '(?!热线|专线|时间|电话|中心|人员|邮箱|qq|微信|在线|客服|部(?!分)|窗口|网点|说明|正常)';
/** The right before the verb in its sentence, at most twenty-four characters before it ("…，2024年12月20日至2025年1月5日暂停"). */
const RIGHT_BEFORE = new RegExp(
  `(?:(?:七天|7天|七日|7日)?无理由(?:退货|退换货?|退款)?(?:服务|业务|功能|通道|权利|政策)?|(?:个人原因|主观原因|非质量问题|非质量原因)(?:的)?(?:退货|退换货?|退款)(?:服务|业务)?|(?:本店|全店)(?:的)?(?:售后|退货|退换货?|退款)服务${NOT_THE_SERVICE}|(?<=^|[,;])(?:售后|退货|退换货?|退款)服务${NOT_THE_SERVICE}|(?<=^|[,;]|期间)(?:售后|退货|退换货?|退款)(?:系统|通道|功能|入口)|(?<=期间|节假日|假期|春节|国庆|五一|十一|双十一|双11|大促|年底|年终)(?:退货|退换货?)$)(?=[^;。]{0,24}$)(?![^;。]*无理由)`,
);
/** A return or after-sales service leading the verb's own part ("售后服务暂停中", "…，退货服务同步暂停"). */
const SERVICE_LEADS_PART = new RegExp(
  `(?<=^|[,;])(?:本店|全店)?(?:的)?(?:售后|退货|退换货?|退款)服务${NOT_THE_SERVICE}(?=[^,;。]{0,24}$)`,
);
/** The verb after the right with no object of its own: the sentence part ends, or 了, 服务, 的权利 or a particle. */
const SUSPENSION_ENDS =
  /^(?:受理|办理|开放|提供|支持|执行|使用)?(?:(?:该项|该|此项|这项|本)服务)?(?:了|啦|哦|中|的服务|的权利|的权力|之权利|期间)?(?:(?:一|两|三|\d+)个?(?:天|日|周|月)|一段时间|(?:至|到|直至)[^,;。]{1,10})?(?:哦|呢|啊|哈|的)?(?:[,;。!！)）(（]|$)/;
/** Between the right and the verb: a lifting, an application, a service or end of term, or the buyer who may act (a negation is `suspensionNegated`'s). */
const GAP_UNDOES =
  /恢复|(?<!(?:请|须|需|应)(?:在|于)[^,;。]{1,12}(?:内|前|之前|以内))申请|暂停|停止|中止|终止|到期|期满|届满|逾期|过期|超时|包邮|运费|邮费|险|极速|上门|取件|补贴|免费|先行|(?:优惠券|积分|赠品|礼品|红包|送完)(?![^,;。]{0,6}期间)|(?<!(?:遇|于|在|逢|遇到|赶上|适逢)[^,;。]{0,8})(?:活动|优惠|满减|促销)$|(?:热线|专线|客服|快递|物流|发货|银行|原路)(?!(?:停运|停发|停止|暂停|高峰|繁忙|爆仓|放假|休息|系统维护|维护)?(?:期间|时期|高峰))|由(?:买家|顾客|客户|消费者|您|用户)|(?:买家|顾客|客户|消费者|您|用户)[^,;。]{0,3}(?:可|能|自行)|自行|[;。]/;
/**
 * The verb said not to happen: a negation right before it, with an adverb or a second verb between ("不会随意暂停", "不会暂停或者
 * 取消"), or 不会/从未/绝不 with up to fourteen characters between, thirty in 因为…而 ("不会因任何原因暂停", "不会在节假日暂停"); not when a promise is
 * refused before the negation ("不保证不暂停", "不承诺不会取消").
 */
function suspensionNegated(before: string): boolean {
  const negation = SUSPENSION_NEGATION.exec(before);
  // "不得不(临时)暂停", "不能不取消", "迫不得已暂停": two negations, a suspension.
  const part = before.split(/[,;。]/).pop() ?? '';
  // "不用担心节假日暂停": said not to happen.
  if (/(?:不用|无需|不必|无须)担心/.test(part)) return true;
  if (negation === null || /(?:不得|不能|不可)不|不得已/.test(part)) return false;
  // "非必要不暂停", "如无特殊情况，不会暂停", "除非…，否则不会暂停", "原则上不暂停": a suspension kept for the cases named; not
  // "特殊情况也不会暂停", a promise that covers them.
  const sentence = before.split(/[;。]/).pop() ?? '';
  if (
    SUSPENSION_KEPT_FOR.test(sentence) &&
    !/(?:任何|即使|即便|哪怕|就算)[^,;。]{0,6}特殊情况|特殊情况(?:下)?[^,;。]{0,4}(?:也|都)/.test(sentence)
  )
    return false;
  return !/(?:不|无法|不能|未)(?:保证|承诺|确保|担保)/.test(part);
}
const SUSPENSION_NEGATION =
  /(?:(?:不会|不|不得|不能|无权|禁止|不可|从未|从不|没有|没|未|并未|不曾|绝不|决不|无需|无须|不必|不用)(?:随意|轻易|擅自|会|再|单方面|无故|暂时|保留)?|(?:不会|绝不会|决不会|不得|无权|从未|从不|并未|不曾|绝不|决不|承诺不|保证不|不因|永不)(?:(?!本店|我们|商家|卖家|平台|店铺|发货|延误|卖|售)[^,;。]){1,14}?|(?:不会|绝不会|决不会|从不|绝不|决不|永不)(?:因为|因|由于)(?:(?!本店|我们|商家|卖家|平台|店铺)[^,;。]){1,30}?而)(?:(?:暂停|停止|取消|关闭|终止|中止|撤销)(?:或者|或|和|及|、))?$/;
/**
 * 取消/撤销 the buyer's own application: the application named after the right ("取消无理由退货申请", "已取消的无理由退货申请可重新提交"),
 * "…即可" after it, 如需/若/主动/申请 before it, or the buyer named within four characters before it with no shop between or
 * before ("买家可取消…"; not "本店对买家取消…", "告知买家：本店取消…").
 */
function buyersWithdrawal(verb: string, before: string, after: string, rest: string): boolean {
  const sentence = before.split(/[;。]/).pop() ?? '';
  // "买家超时未寄回的，本店将终止退货", "若您未在规定时间内寄回，本店将取消退货申请": the buyer's own failure ends one return.
  if (BUYERS_FAILURE.test(sentence)) return true;
  if (verb !== '取消' && verb !== '撤销' && verb !== '关闭') return false;
  // "买家取消无理由退货后，本店将关闭退货申请", "本店可应买家要求取消…", "经买家同意…": the buyer's own act, consent or request
  // ends one return.
  if (BUYERS_OWN_STEP.test(sentence)) return true;
  if (verb === '关闭') return false;
  // "审核不通过的，本店将取消七天无理由退货申请": an application that failed its check.
  if (/^(?:退货|退换货?|退款)?(?:的)?申请/.test(rest) && RETURN_CONDITION.test(sentence)) return true;
  // "客服可以直接取消买家的…申请", "系统自动取消退货申请": the shop acts on the buyer's application.
  const shopActs = SHOP_ACTS.test(before.split(/[,;。]/).pop() ?? '');
  if (
    !shopActs &&
    (/^(?:退货|退换货?|退款)?(?:的)?申请(?!通道|入口|功能|渠道|页面|按钮)/.test(rest) ||
      /^[^,;。]{0,8}即可/.test(rest) ||
      // "取消无理由退货请联系客服": how the buyer withdraws (not "…请各位买家谅解", "…可能给您带来不便").
      /^(?:退货|退换货?|退款)?(?:的话)?(?:请|需|须|可)(?!能|各位|谅解|您谅解|亲谅解)/.test(rest))
  )
    return true;
  if (/(?:如需|若|如|申请)$/.test(before) || (/订单$/.test(before) && /^无理由退款/.test(after))) return true;
  // "买家可以联系客服取消退款": the buyer acts through the shop's staff.
  if (/(?:您|买家|顾客|客户|消费者)(?:可以|可|能|需|须|请)?(?:联系|找|通过)[^,;。]{0,6}$/.test(before)) return true;
  // "在商家收货前可以取消无理由退货": the buyer may withdraw, unless the shop is who may ("本店可视情况随时取消…", "…无理由退货服务").
  if (/(?<!即)(?:可以|可|随时|主动|自行)$/.test(before) && !shopActs && !SERVICE_AFTER.test(rest)) return true;
  const buyer = /(?:您|买家|顾客|客户|消费者)[^,;。:：]{0,4}$/.exec(before);
  return (
    buyer !== null &&
    !shopActs &&
    // "新用户取消七天无理由退货", "非会员买家取消…": a class of buyers losing the right.
    !/(?:新|老|非会员|会员|部分)$/.test(before.slice(0, buyer.index)) &&
    !SERVICE_AFTER.test(rest) &&
    !/(?:对|为|向|给|针对)(?:所有|全体|各位|广大)?$/.test(before.slice(0, buyer.index)) &&
    !SHOP_WORD.test(
      before
        .slice(0, buyer.index)
        .split(/[,;。]/)
        .pop() ?? '',
    ) &&
    !SHOP_WORD.test(buyer[0])
  );
}
/** The right to be restored, so suspended now ("…将于活动结束后恢复", "…待疫情结束后恢复", "…暂停还未恢复", "…恢复时间另行通知"). */
const TO_BE_RESTORED =
  /无理由(?:退货|退换货?|退款)?(?:服务|功能|业务|通道)?(?:暂停)?(?:措施)?(?:(?:将|会|待|预计)[^,;。]{0,12}(?:恢复|重新(?:开放|开通))(?!为|成|到|至|您|优惠券|积分)|(?:尚未|还未|暂不)(?:解除|恢复)|恢复时间(?:另行通知|待定))/;
/** The right called a campaign that has ended ("七天无理由退货活动已结束"; not "满减活动已结束"). */
const CAMPAIGN_ENDED =
  /(?<!(?:1\d|[2-9]\d|十[一二三四五六七八九]?|[二三]十)\s*(?:天|日))无理由(?:退货|退换货?|退款)(?:(?:服务)?(?:活动|优惠|服务)(?:现)?(?:已|已经)?(?:结束|截止|下线)(?!(?:后|之后|以后)(?![^,;。]{0,4}(?:不再|不会|停止|取消|终止))|前|之前|时(?!间))|(?:的)?(?:规定|政策)(?:现)?(?:已|已经)(?:经)?(?:废止|废除|作废|取消|终止)(?!的|之|一说|说法|传言|消息))/;
/** The buyer's application named before the verb and taken up by 该/此 after it ("买家申请退货后，卖家可随时取消该申请"). */
function applicationNamedBefore(after: string, before: string): RegExpExecArray | null {
  const application = /^(?:该|此|这个|这一)(?:退货|退款|退换货?)?申请/.exec(after);
  return application && /退货|退款|退换/.test(before.split(/[;。]/).pop() ?? '') ? application : null;
}
/** Words that keep a suspension for the cases they name ("非必要不暂停", "如无特殊情况…", "原则上不暂停"). */
const SUSPENSION_KEPT_FOR = /非必要|特殊情况|原则上|一般情况|正常情况|一般不|通常不|否则/;
/** The buyer's own act, consent or request before the shop ends a return ("买家取消…后", "应买家要求"); a failure is `BUYERS_FAILURE`'s. */
const BUYERS_OWN_STEP =
  /经(?:买家|您|顾客)(?:的)?同意|(?:买家|您|顾客)同意后|(?:买家|您|顾客)[^,;。]{0,8}(?:取消|撤销)[^,;。]{0,12}后|应(?:买家|您|顾客)(?:的)?(?:要求|申请|请求)/;
/** Words of a time or a manner between the right and "暂停使用" ("七天无理由退货功能春节期间暂停使用"): the right's use still. */
const USE_GAP_TIME =
  /春节|节假日|国庆|双十一|大促|疫情|期间|即日起|将|已|现|暂时|目前|从|自|至|到|\d+月\d+日|\d+日|[,\s]/g;
/** The buyer's failure to send the goods back or fill in the return ("买家超时未寄回的", "若您没有按时寄回"). */
const BUYERS_FAILURE =
  /(?:超时|逾期)(?:未|没有)|(?:未|没有)(?:在[^,;。]{0,10}内|按时|及时|按规定)?(?:寄回|退回|发回|寄出|填写|提交|上传)/;
/** Words that name the shop (a shop named before the buyer makes 取消 the shop's: "本店对买家取消…"). */
const SHOP_WORD = /本店|我们|商家|卖家|平台|店铺|店主/;
/** A service, policy or right after the verb's object ("取消无理由退货服务"): the shop's to withdraw, not the buyer's. */
const SERVICE_AFTER = /^(?:退货|退换货?|退款)?(?:服务|政策|权利|功能)/;
/**
 * A failed condition or the buyer's own choice before ending a return ("若审核不通过，则终止退换货", "若您选择退款并退回商品，…撤销售后
 * 服务"): one return ended for a reason, not the right suspended.
 */
const RETURN_CONDITION =
  /不通过|未通过|没有通过|没通过|不符合|未按|逾期未|(?:若|如果|一旦)(?:您|买家|顾客)?(?:选择|申请|要求)|(?:若|如果|一旦)[^,;。]{0,12}(?:不完好|不齐全|不合格|有损|损坏)/;
/** The buyer's step missed or withdrawn before the return closes ("逾期未寄回", "超时未填写单号", "买家撤销申请后"). */
const BUYER_LAPSE =
  /(?<!避免|防止|以免)(?:逾期|超时)(?:未|不)|未(?:寄回|寄出|填写|发货|退回|提交|上传)|(?:买家|您|顾客)[^,;。]{0,4}(?:撤销|撤回|取消)/;
/** A return that lapses on the buyer's failure ("买家7天内未寄回的，系统自动取消退货"). */
const RETURN_LAPSE = /(?:未(?!恢复|开通|开放|复工|正常)|没有|超时|逾期)[^;。]{0,24}自动|^(?:系统)?自动$/;
/** A refund not yet due, a step before it ("检测完成前暂不退款", "寄回前暂不退款"; not "目前", "2月10日之前"). */
const REFUND_NOT_YET_DUE = /(?:完成|收到|寄回|签收|退回|到达|入库|检测|审核|确认)[^,;。]{0,4}(?:前|之前|以前)/;
/** Such a refund withheld until the step ("寄回前暂不退款", "检测完成前不予退款"): its timing, no refusal of it. */
const REFUND_AWAITS_STEP = new RegExp(
  `${REFUND_NOT_YET_DUE.source},?(?:本店|我们)?(?:将)?[^,;。]{0,2}(?:暂不|暂时不|暂无法|不会|不予|不)(?:予以|办理|进行|安排)?退款`,
  'g',
);
/**
 * The shop as who acts in a part ("本店可视情况随时…", "老板可以…", "客服可以…"), not as a time or a party to the buyer's step
 * ("在商家收货前…", "商家同意退货后…").
 */
const SHOP_ACTS =
  /(?<!联系|找|咨询|通过)(?:本店|我们|商家|卖家|平台|店铺|店主|店家|老板|掌柜|客服|商城|系统)(?!收货|确认|同意|发货|签收|审核|收到)/;
/** A Latin word of two letters or more: the cheap test before the English patterns. */
const LATIN_WORD = /[a-z]{2}/;
/**
 * The law's own saving said of the sentence's refusal: "except where the law provides otherwise", "unless required by law",
 * "except as permitted by law", "法律另有规定的除外", "法定解除情形除外". The law's words follow the "except" at once: "except
 * in store credit, as permitted by law" excepts store credit, and "法律规定的无理由退货除外" only the no-reason return.
 */
const LAW_EXCEPT = String.raw`\b(?:except|unless|save)\b,?\s*(?:(?:where|as|to the extent|insofar as|in so far as|if|when)\s+)?(?:(?:otherwise\s+)?(?:required|provided|permitted|mandated|allowed)\s+(?:by|under)\s+(?:(?:the|applicable|local|mandatory|consumer|protection)\s+)*(?:laws?|statute|legislation)|(?:(?:the|applicable|local|mandatory|consumer|protection)\s+)*(?:laws?|statute|legislation)\s+(?:provides?|requires?|permits?|says?|allows?|states?)(?:\s+otherwise)?|(?:legally|statutorily)\s+(?:required|obliged))|法律(?:法规)?(?:另有)?规定(?:(?!无理由|商品|产品|七天|7天)[^,;。]){0,6}除外|法定(?:解除|退货|退换|条件|情形|权利)[^,;。]{0,10}除外|依法[^,;。]{0,8}除外`;
/**
 * The statutory rights said to be kept ("This does not affect your statutory rights", "in addition to your statutory rights"),
 * not named to be taken away ("your statutory rights are excluded").
 */
const STATUTORY_RIGHTS_KEPT = String.raw`\b(?:(?:does|do|will|shall|would)\s+not|doesn'?t|don'?t|won'?t|nothing\b[^.]{0,40}?)\s*(?:affect|limit|exclude|reduce|prejudice|restrict|take\s+away|remove|waive|override)\w*\b[^.]{0,40}\bstatutory\s+rights\b|\bstatutory\s+rights(?:\s+as\s+a\s+consumer|\s+under\s+(?:the\s+|applicable\s+|consumer\s+|protection\s+){0,3}(?:laws?|legislation))?,?\s+(?:which\s+)?(?:(?:are|remain)\s+(?:not\s+affected|unaffected|preserved|reserved|intact)|(?:still\s+|continue\s+to\s+|will\s+(?:still\s+)?|also\s+)?apply)\b|\b(?:in\s+addition\s+to|without\s+prejudice\s+to)\s+(?:your\s+|any\s+)?statutory\s+rights\b`;
const LAW_EXCEPT_ONE = new RegExp(LAW_EXCEPT);
const STATUTORY_RIGHTS_KEPT_ONE = new RegExp(STATUTORY_RIGHTS_KEPT);
/** The law's saving in `sentence`, or the statutory rights kept anywhere in `line` (a sentence of its own). */
export function lawSaved(sentence: string, line = sentence): boolean {
  return LAW_EXCEPT_ONE.test(sentence) || STATUTORY_RIGHTS_KEPT_ONE.test(line);
}
/** A state of returned goods named after them ("items in used condition"), which the law lets a shop refuse. */
const ITEM_STATE_EN = '(?:worn|used|scratched|damaged|soiled|stained|washed|altered|broken|dirty|second-hand)';
/**
 * What spares "sales are final": a period or payment after it ("final after the 7-day return period"), the law's own
 * returns ("unless required by law") or the consumer's return condition after "unless"; not the shop's approval, a seal
 * or a defect ("unless approved by us", "unless unopened", "unless faulty").
 */
const SALES_FINAL_SPARED = String.raw`(?![^.;]{0,50}\b(?:unless|except)\b[^.;]{0,30}\b(?:required|provided|permitted) by (?:applicable )?law\b)(?:(?=[^.;]{0,80}\b(?:approved|approval|authori[sz]ed|authori[sz]ation|discretion)\b)|(?![^.;]{0,50}\b(?:after|once|until|when|within|days?|payment|cleared|captured|period|window)\b))(?![^.;]{0,50}\bunless\b(?=[^.;]{0,60}\b(?:you return|returned|return (?:it|them|the item)|sent back|within \d+|original condition|return policy|required by law|the law requires|by law|statutory)\b)(?![^.;]{0,60}\b(?:unopened|sealed|seal|unsealed|tried|worn|approved|authori[sz]ed|discretion|agree|agreed|permission|consent|faulty|defective|defects?|faults?|damaged|broken|not as described|wrong items?)\b))`;
/** An item found not eligible is sent back to the consumer ("if it is not eligible, we will send it back to you"): no refusal. */
const NOT_SENT_BACK = String.raw`(?![^.;]{0,40}\b(?:send|sent|ship|shipped|mail|mailed|return|returned)\s+(?:it\s+|them\s+|the\s+(?:items?|goods|products?|parcel|package)\s+)?back\s+to\s+you\b)`;
const REFUSE_EN = new RegExp(
  String.raw`\b(?:(?:are|is|am) not (?:required|obliged|obligated|liable)|(?:do|does) not have|(?:don'?t|doesn'?t) have) to (?:provide|give|offer|accept|issue|make|process) (?:a |any )?(?:refunds?|returns?|exchanges?)\b|\b(?:is|are) not (?:acceptable|permitted|allowed) for (?:a |any )?refunds?\b[^.;]{0,60}\b(?:if|when|because|for) (?:you )?(?:change|changed|have changed) (?:your )?mind\b|\b(?:returns?|refunds?)\b[^.;]{0,120}\bmust (?:be )?(?:for|have|state|give) (?:a |an )?(?:justifiable|justified|valid|good|legitimate|acceptable) reasons?\b|\b(?:will|shall|may|must) decline (?:a |any |the |your )?(?:returns?|refunds?|exchanges?)\b|\b(?:(?:are|is|am) unable to|cannot|can ?not|can't|will not|won't|do not|don't|does not|doesn't) accept (?:an? |the |any )?(?:items?|products?|goods|merchandise)\b(?= once (?:(?:it|they) (?:has|have|is|are) (?:been )?)?(?:opened|unsealed|used|worn|washed|unpacked|unboxed|tried(?: on)?|tested)\b)|\b(?:do not|dont|does not|doesnt|will not|wont|cannot|cant|can not) (?:refund|exchange|accept returns?|authori[sz]e returns?|approve returns?|allow returns?|offer returns?)(?: or (?:refund|exchange))? (?:(?:items?|products?|goods|orders?|purchases?) )?(?:due to|for|because of|on the basis of) (?:a |your |the )?(?:change of mind|changed? (?:your |their )?mind)\b|\b(?:refunds?|returns?|exchanges?)(?: or (?:refunds?|returns?|exchanges?))? (?:for|due to|because of) (?:a )?change of mind (?:will|are|is) not (?:be )?(?:available|accepted|offered|possible|given|provided)\b|\brefunds? (?:are|is|will) not (?:be )?(?:issued|given|offered|provided|granted|made) (?:for|due to|because of|on the basis of) (?=[^.;]{0,12}\b(?:change of mind|changed? (?:your |their )?mind|(?:buyer|customer)s? remorse|no reason|personal reasons?|dislike|no longer (?:want|need))\b)|\b(?:do not|dont|does not|doesnt|will not|wont|cannot|cant|can not|are unable to|unable to|unlikely to|(?:will not|wont|cannot|cant|may not) be able to) (?:offer|give|issue|provide|accept|process|handle|carry out|entertain) (?:you )?(?:a |any )?(?:full (?=refunds? or (?:an? )?(?:exchanges?|replacements?)\b))?(?:refunds?|returns?|exchanges?)(?:(?:,\s*(?:refunds?|returns?|exchanges?|replacements?))*,? (?:or|and) (?:a |an )?(?:refunds?|returns?|exchanges?|replacements?|store credits?))?(?=\s*(?:[.;,]|$|(?:after|once|if|for|on|beyond|past|outside)\b))(?![^.;]{0,80}(?:${LAW_EXCEPT})|[^.]{0,160}(?:${STATUTORY_RIGHTS_KEPT}))|\b(?:(?:are|is) not entitled to|(?:will not|wont) be (?:entitled|liable) (?:to|for)) (?:a |any )?(?:returns?|refunds?|exchanges?)\b(?! (?:of|for) (?:the |any |your )?(?:costs?|shipping|postage|delivery|fees?)\b)(?![^.;]{0,80}\b(?:until (?:an? |the )?(?:investigation|claim|courier|carrier)|until (?:the |your )?(?:returned )?(?:item|goods|parcel|return) (?:reaches|arrives|is received|has been received|has arrived|has reached|is back(?! in (?:stock|production|season|fashion|store)\b| on (?:sale|the shelf|shelves)\b| available)|is inspected|has been inspected)(?![^.;]{0,60}\b(?:resold|re-sold|restocked|re-?stocked)\b|[^.;,]{0,60}\b(?:sold|(?:payment|paid|reimburs\w*|credited) (?:by|from) (?:the |our |its )?(?:manufacturer|supplier|maker|brand|vendor|courier|carrier|insurer)s?)\b)|until we (?:have )?(?:received|inspected|checked|investigated|assessed|examined|tested)|before (?:we (?:have )?(?:received|inspected|checked)|the (?:returned )?(?:item|goods|parcel) (?:reaches|arrives|is received|has been received))|(?:unless|except) (?:as |where )?(?:required|provided|permitted) by law|on (?:the|its|their) way back|in return transit|(?:courier|carrier|service) (?:that )?(?:you|they|the customer) (?:chose|choose|selected|booked)|of (?:your|their) (?:own )?choosing|(?:your|their) own (?:courier|carrier)|(?:courier|carrier) of (?:your|their) (?:own )?choice)\b)(?!(?: or (?:an? )?(?:return|refund|exchange)s?)?,?\s*(?:if|once|when|after) (?:you have |you've |the (?:item|product|goods?) (?:has|have) been |it has been |they have been |items have been )?(?:tried (?:on )?(?:it|them|the items?|the products?)?(?: on)? and )*(?:removed (?:the |its |their )?(?:tags|labels)|worn|washed|used|soiled|stained|damaged|altered)(?: (?:it|them|the items?|the products?|the goods))?(?: outdoors| outside)?(?: (?:and|or) (?:removed (?:the |its |their )?(?:tags|labels)|worn|washed|used|soiled|stained|damaged|altered)(?: (?:it|them|the items?|the products?|the goods))?(?: outdoors| outside)?| and tried (?:on )?(?:it|them|the items?|the products?)?(?: on)?)*\s*(?:[.;]|$))|\bnothing (?:can|may|will|shall) be (?:returned|refunded|exchanged)\b|\bthe following (?:conditions|cases|items|situations|reasons|products)\b[^.;]{0,30}\b(?:are|is) not entitled to (?:a |any )?(?:returns?|refunds?|exchanges?)\b|\b(?:do not|dont|does not|doesnt|will not|wont|cannot|cant|can not) (?:offer |give |issue |provide |make )?(?:a |any )?refunds? (?:(?:for|on|if|when|should)\b|(?:or (?:an? )?(?:exchanges?|replacements?) )?(?:as|because|since) (?=[^.;]{0,50}\b(?:(?:bought|purchased|sold) on sale|on sale|clearance|discounted|opened|unsealed|change of mind|changed? (?:your |their )?mind|no longer (?:re-?)?(?:sellable|saleable))\b))(?! (?:the |any |your )?(?:original |return |outbound )?(?:shipping|postage|delivery|fees?|costs?|charges?|handling|duties|taxes))|\b(?:unable|not able) to (?:offer|give|issue|provide|process|accept) (?:you )?(?:a |any )?(?:refunds?|returns?|exchanges?)\b|\breserves? the right (?:to not|not to) (?:process|accept|issue|offer|give|provide) (?:a |any )?(?:refunds?|returns?|exchanges?)|\b(?:refunds?|returns?|exchanges?)(?:\s*\/\s*(?:refunds?|returns?|exchanges?))+ (?:are|is|will be|shall be) (?:also )?not (?:issued|given|offered|provided|made|granted|accepted|processed)\b|\b(?:customers?|you|buyers?) (?:cannot|cant|can not|may not) (?:refund|return|exchange)(?:\s*\/\s*(?:refund|return|exchange))*\b|\b(?:do not|dont|does not|doesnt|will not|wont|cannot|cant) accept (?:any )?(?:[a-z]+-)+[a-z]+ (?:returns?|refunds?|exchanges?)\b|\ball sales (?:be|are to be|should be) (?:treated|considered|regarded) as final\b|\bsales (?:are|is) final\b(?<!\bno (?:all )?(?:[a-z]+ )?sales (?:are|is) final)${SALES_FINAL_SPARED}|\b(?:returns?|refunds?|exchanges?|(?:return|refund|exchange) polic(?:y|ies)|this policy|our policy)\b (?:do|does|dont|doesnt|do not|does not|will not|wont) (?:not )?(?:apply to|cover|extend to)\b(?![^.;]{0,60}\b(?:wear|tear|misuse|abuse|accidents?|negligence|caused by|damaged? by|modifications?|improper)\b)(?![^.;]{0,25}\b(?:other retailers?|third[- ]party|in-?store|retail stores?|physical stores?|other (?:stores|sellers|websites)|marketplace|warranty|shipping|postage|delivery costs?)\b)|\b(?:we|the (?:shop|store|seller)) (?:refuse|decline|reject)s? (?:all |any )?(?:returns?|refunds?|exchanges?)\b|(?:cannot|can'?t|can not|will not|won'?t|wont|may not) (?:get|receive|obtain) (?:a |any |your )?(?:refund|return|exchange|money back)\b(?! (?:until|before|prior to))|\b(?:items?|products?|goods|merchandise|orders?|purchases?|sets?|cards?)\b[^.;]{0,20}\b(?:are|is) (?:also )?excluded\b(?! from [^.;]{0,30}\b(?:shipping|delivery|promotions?|discounts?|offers?|coupons?|codes?|sales?|prices?|points|rewards?|vouchers?)\b)|(?:except(?:ing)?|excluding|with the exception of)(?: for)? (?:the following|those listed below|the items? (?:listed )?below)|without (?:any )?(?:return|refund|exchange) (?:privileges?|rights?|options?)|(?:return|refund|exchange) (?:privileges?|rights?|policy|policies) (?:do|does) not (?:apply|extend)|(?:returns?|refunds?|exchanges?)[^.;]{0,40}will not be (?:honou?red|processed|granted)|(?:do|does|will) not qualify for (?:a |any )?(?:returns?|refunds?|exchanges?)|(?:cannot|can'?t|can not|will not|won'?t|may not|must not) be (?:sent|shipped|mailed|posted) back|(?:will not|won'?t|do not|don'?t|does not|doesn'?t|cannot|can'?t) (?:take|accept) (?:them |it |these |those )?back|(?:returns?|refunds?|exchanges?)[^.;]{0,40}will be (?:refused|rejected|declined|denied|cancell?ed (?=if|when|once|where|should))|\bsold as final\b|\b(?:returns?|returning|exchanges?|exchanging)(?: (?:and|or) (?:returns?|returning|exchanges?|exchanging))? (?:is|are) not always possible\b|\bno (?!returned\b)(?:[a-z-]+ ){0,3}(?:items?|products?|goods|merchandise|orders?|purchases?)(?: (?!can\b|may\b|will\b|shall\b)[a-z-]+){0,5} (?:can|may|will|shall) be (?:returned|refunded)\b|(?:do not|don'?t|does not|doesn'?t) do (?:any )?(?:returns?|refunds?|exchanges?)|\b(?:do not|dont|does not|doesnt) have (?:a |any )?(?:refunds?|returns?)(?: (?:or|and|&) [^.;]{0,30}?)? polic(?:y|ies)\b|(?:refunds?|returns?|exchanges?|credits?) (?:will|can|may|shall) not be (?:given|issued|offered|provided|made|granted|accepted|processed|honou?red)|(?:unable|not able) to (?:refund(?! (?:the |any |your )?(?:original |return |outbound )?(?:shipping|postage|delivery|freight)(?: costs?| fees?| charges?)?\b)(?! (?:the |any |your )?(?:original )?(?:transaction|payment processing|processing|card|bank|merchant)(?: fees?)?(?:\s*\/\s*(?:transaction|payment processing|processing|card|bank|merchant) fees?)? fees?\b)|accept returns?|exchange|take back)|(?:excluded|exempt) from (?:our |the |any )?(?:returns?|refunds?|exchanges?)(?: policy)?|(?:return|refund|exchange)s? policy (?:does not|doesn'?t|will not) (?:apply|extend) to|\bineligible for (?:a |any )?(?:returns?|refunds?|exchanges?)|not covered by (?:our|the|this) (?:returns?|refunds?|exchanges?)`,
);
/**
 * The rest of `REFUSE_EN`, "No goods shall be accepted for returns", "Refunds are not applicable for accessories",
 * "Refunds are only issued in rare circumstances", "…are not valid for exchange or refund", "Invalid Scenarios for Returns",
 * "The following are excluded", the sale said final once the purchase is made ("once you've made your purchase the sale is final"),
 * "…are not able to be returned" and goods named as not accepted back ("we will not accept wax or wicks back"; not once used). One pattern of more than 20 KiB of source is compiled by V8 without its optimisations
 * (`kRegExpTooLargeToOptimize`): one branch more took `REFUSE_EN` to 20,481 characters and made it 30 times slower (0.3 →
 * 8.9 ms over the bench policy's clauses). `test/policy-lint/pattern-size.test.ts` keeps every pattern the lint runs under
 * that size.
 */
const REFUSE_EN_MORE = new RegExp(
  String.raw`\b(?:will not|won'?t|do not|don'?t|cannot|can'?t|(?:are|is) unable to) (?:accept|take) (?!(?:it|them|this|these|that|those)\b)[a-z][^.;]{0,200}? back\b(?!\s+(?:to|from|in|into|on|at|with)\b)(?![^.;]{0,40}\b(?:once|if|when|after) (?:they|it) (?:have|has) been (?:used|burned|burnt|lit|worn|washed|assembled|installed|altered|damaged|soiled)\b)|\b(?:are|is) not able to be (?:returned|refunded|exchanged)\b|\bonce (?:you(?:'?ve|’ve| have)? )?(?:made|placed|completed|paid for) (?:your|the|an?) (?:purchase|order)s?,? (?:the|your|this) sale is final\b|\bonce (?:your |the )?(?:order|purchase|payment) (?:is|has been) (?:placed|made|completed|confirmed|submitted),? (?:the|your|this) sale is final\b|\b(?:the|your) sale is final once (?:you(?:'?ve|’ve| have)? )?(?:payment|the order|your order|(?:made|placed|completed) (?:your|the|an?) (?:purchase|order))\b|\b(?:the following|these)(?: items| products| goods)? (?:are|is) excluded\b(?! from (?:this|the|our) (?:exclusion|fee|charge))|\b(?:invalid|ineligible|unacceptable) (?:reasons?|scenarios?|cases?|grounds?|situations?) (?:for|of) (?:an? )?(?:returns?|refunds?|exchanges?)\b|\b(?:are|is) not valid for (?:an? )?(?:exchanges?|refunds?|returns?)(?: (?:or|and|\/) (?:an? )?(?:exchanges?|refunds?|returns?))?\b|\b(?:refunds?|returns?)(?: (?:and|or|&) (?:refunds?|returns?|exchanges?))? (?:are|is|will be) only (?:issued|given|offered|granted|provided|made|accepted|possible) (?:in|under) (?:rare|exceptional|special|limited|very few) (?:circumstances|cases|situations|instances)\b|\b(?:refunds?|returns?)(?: (?:and|or|&) (?:refunds?|returns?|exchanges?))? (?:are|is) not applicable (?:for|to|on)\b(?![^.;]{0,30}\b(?:shipping|postage|delivery|fees?|costs?|charges?)\b)|\bchange of mind\b[^.;]{0,60}\b(?:does not|doesn'?t|will not|won'?t|shall not) entitle\b[^.;]{0,30}\b(?:refunds?|returns?)\b|\baccept returns?\b[^.;]{0,40}\bnot (?:for|due to|because of|on the basis of) (?:a |your )?changes? of mind\b|\b(?:returns?|refunds?)(?: (?:and|or|&) (?:returns?|refunds?|exchanges?))? (?:are|is|will be) not (?:normally |usually |generally |typically )?(?:provided|given|offered|accepted|available|issued)\b[^.;]{0,10}\b(?:where|when|if|because) (?:you|the customer|customers) (?:have |has )?(?:simply |just )?(?:changed?|change) (?:your|their|his or her) mind\b|\b(?:will not|won'?t|do not|don'?t|cannot|can ?not|can't)\s+(?:refund|replace|exchange)(?:,? (?:or|and) (?:refund|replace|exchange))+\s+(?:any |the |your )?(?:products?|items?|goods|orders?|purchases?)\b(?=[^.;]{0,30}\bif (?:the |your |an? )?(?:products?|items?|goods|it|they) (?:is|are) not (?:defective|faulty|damaged)\b)|\b(?:return )?(?:authori[sz]ations?|approvals?)\b(?:,? which)?[^.;]{0,12}?\b(?:is|are|will be) (?:only (?:given|granted|issued|provided)|(?:given|granted|issued|provided) only) (?:for|to|when|if) (?:the |your )?(?:(?:items?|products?|goods|orders?|returns?) )?(?:(?:that|which) (?:are|is|were|was) |with (?:a )?)?(?:defective|faulty|damaged|quality (?:problems?|issues?)|(?:manufacturing )?defects?)\b|\bno (?:goods|items|products|merchandise) (?:shall|will|can|may) be (?:accepted|taken back) (?:for|as) (?:returns?|refunds?|exchanges?)\b|(?:^|[.;]\s*)(?:the )?(?:excluded|exempt) (?:products|items|goods|merchandise)(?: (?:are|include))?\s*:|\b(?:items?|products?|goods|merchandise|purchases?|orders?)\s+(?:may|do|does|will|shall)\s+not\s+qualify\b(?!\s+for\s+(?:(?:a|the)\s+)?(?:free|discounts?|promotions?|rewards?|points|shipping|delivery))|\b(?:will not|won't|wont|do not|don't|dont|cannot|can't|cant)\s+(?:accept returns?|allow returns?|refund|exchange)(?:\s+or\s+(?:refund|exchange))?\b(?:(?!\b(?:shipping|postage|delivery|fees?|costs?|charges?)\b)[^.;]){0,30}\b(?:if|where|when) you (?:have )?(?:simply |just )?(?:change|changed|have changed) your mind\b|\b(?:(?:have|has)\s+no\s+obligation|(?:are|is|am)\s+(?:under\s+no\s+obligation|not\s+(?:required|obliged|obligated)))\s+to\b[^.;]{0,40}\b(?:on the basis(?: that)?|because|if|when|where)\s+(?:you|the customer|the buyer)\s+(?:have\s+|has\s+|simply\s+|just\s+)?(?:changed?|changes?)\s+(?:your|their|his or her)\s+mind\b|\b(?:customers?|buyers?|purchasers?|consumers?|you)\s+(?:are|is|will|shall)\s+not\s+(?:be\s+)?(?:allowed|permitted|entitled)\s+to\s+(?:return|refund|exchange|request\s+(?:a\s+)?(?:return|refund|exchange))\b|forfeits? (?:the |any |your )?(?:right|eligibility) (?:to|for) (?:a |any )?(?:returns?|refunds?)|(?:(?:are|is|will|can|may) never|never)\s+(?:be\s+)?(?:returnable|returned|accepted for returns?)|under no circumstances? (?:can|will|may|are|is|do|does|shall)\b[^.;]{0,40}\b(?:returned|refunded|accepted|returnable|exchanged)|(?:cannot|can'?t|can not|will not|won'?t|may not|are not|is not|not)\s+(?:be\s+)?(?:returned|refunded(?!\s+(?:for\s+)?(?:the\s+|any\s+|your\s+|their\s+)?(?:original\s+|outbound\s+|initial\s+|return\s+)?(?:shipping|postage|delivery|freight|fees?|costs?|charges?)\b(?!\s+(?:damage\w*|loss|lost|issues?|problems?|errors?|delays?|mistakes?)\b)(?![^.;]{0,20}\b(?:or|and)\b[^.;]{0,20}\b(?:price|purchase|amount|refunds?)\b))|exchanged|returnable|refundable|accepted for returns?|eligible for (?:a\s+)?(?:(?:change[- ]of[- ]mind|no[- ]reason)\s+)?(?:returns?|refunds?|exchanges?)${NOT_SENT_BACK})|\bno\s+(?:returns?|refunds?|exchanges?)\b(?!\s+(?:shipping|postage|fees?|costs?|charges?|labels?|freight|delivery|handling)\b)|(?:do|does|will)\s+not\s+(?:accept|offer|issue|provide|give)\s+(?:any\s+)?(?:returns?|refunds?|exchanges?)|(?:do|does|will|can)\s*(?:not|n'?t)\s+(?:support|offer|provide|accept|allow)\s+(?:any\s+)?(?:the\s+)?(?:7|seven)[- ]days?\s+(?:no[- ]reasons?\s+|no[- ]questions?[- ]asked\s+|change[- ]of[- ]mind\s+)?(?:returns?|refunds?)|(?:do|does|will|can)\s*(?:not|n'?t)\s+support\s+(?:any\s+)?(?:no[- ]reasons?\s+)?(?:returns?|refunds?)(?=\s*(?:[.;!]|$))|\b(?:do not|dont|does not|doesnt|will not|wont|cannot|cant|can not)\s+(?:offer|provide|support|allow|give|accept)\s+(?:any\s+)?(?:no[- ]reasons?|no[- ]questions?[- ]asked|change[- ]of[- ]mind)\s+(?:returns?|refunds?)(?=\s*(?:[.;,!]|$|(?:after|once|if|for|on|to|beyond|past|outside)\b))(?![^.;]{0,80}(?:${LAW_EXCEPT}))|\b(?:no[- ]reasons?|no[- ]questions?[- ]asked|change[- ]of[- ]mind)\s+(?:returns?|refunds?)\s+(?:are|is)\s+not\s+(?:supported|offered|provided|available|accepted|allowed|permitted)(?=\s*(?:[.;,!]|$))(?![^.;]{0,80}(?:${LAW_EXCEPT}))|(?:^|[.;:!]\s*)(?:exchanges?\s+(?:and|or|&)\s+)?(?:partial\s+returns?|returns?|refunds?)(?:\s+(?:and|or|&)\s+(?:returns?|refunds?|exchanges?))?\s+(?:are|is)\s+not\s+supported(?=\s*(?:[.;!,]|$)|\s+(?:after|once|if|when)\b|\s+unless\b(?=[^.;]{0,40}\b(?:defect\w*|faulty|damaged|broken|wrong)\b)|\s+(?:for|on)\s+(?!(?:the\s+|any\s+|your\s+)?(?:(?:original|outbound|return|international|overseas|shipping)\s+)?(?:shipping|postage|delivery|freight|fees?|costs?|charges?|taxes|duties|customs|gift ?wrap(?:ping)?|wrapping|insurance|labels?|packaging)(?:\s+(?:costs?|fees?|charges?|duties|taxes))?(?:\s*(?:,|or|and|&)\s*(?:(?:original|outbound|return|international|overseas|shipping)\s+)?(?:shipping|postage|delivery|freight|fees?|costs?|charges?|taxes|duties|customs|gift ?wrap(?:ping)?|wrapping|insurance|labels?|packaging)(?:\s+(?:costs?|fees?|charges?|duties|taxes))?)*(?=\s*(?:[.;,!]|$)|\s+(?:incurred|paid|charged|already|purchased|services?|at checkout|on import|by you|you (?:have )?paid|unless|except)\b|\s+(?:of|on|for|including|if|when)\b(?![^.;]{0,40}\b(?<!\bnon-|\bnot |n'?t |\bwithout (?:any )?|\bno )(?:defect\w*|faulty|damaged(?! by (?:you|the customer|customers|the buyer|misuse|accident))|broken|wrong items?)\b)|\s*\((?![^)]*\b(?:opened|torn|damaged|used|worn|unsealed|broken)\b))))(?![^.;]{0,80}(?:${LAW_EXCEPT}))|(?:will not|won'?t|does not|doesn'?t) (?:grant|entitle) you (?:to )?(?:a |any )?(?:refunds?|returns?)|(?<!\bnot )non-?returnable|(?<!\bnot )non-?refundable|final\s+sale(?!\s+polic(?:y|ies))|all\s+sales?\s+(?:are\s+)?final\b${SALES_FINAL_SPARED}|(?:all\s+)?sales?\s+(?:on|of)\s+[^.;]{1,40}?\s+(?:are|is)\s+(?:considered\s+)?final\b|not\s+(?:be\s+)?accepted|not\s+eligible${NOT_SENT_BACK}|\bno\s+(?!(?:[a-z-]+\s+){0,2}(?:fees?|charges?|costs?|shipping|postage|hassle)\b)(?:[a-z-]+\s+){1,3}returns?\b|(?:returns?|refunds?|exchanges?)(?:(?!(?<=\bexchanges?\b[^.]{0,30})\b(?:if|when|unless|should|once|where) (?:the |your |an? |that |this )?(?:items?|products?|goods|sizes?|colou?rs?|styles?|models?|variants?)\b)[^.]){0,30}(?:are|is)\s+not\s+(?:permitted|allowed|accepted|possible|available|offered|an\s+option(?!\s+for\s+(?:you|the\s+customer)))(?!\s+(?:for|on)\s+(?:the\s+|any\s+|your\s+)?(?:(?:original\s+|outbound\s+|initial\s+|return\s+)?(?:shipping|postage|delivery|freight)(?:\s+(?:costs?|fees?|charges?))?|fees?|costs?|charges?|taxes|duties|customs(?:\s+(?:duties|fees|charges))?)(?=\s*(?:[.;,!]|$)))|(?:returns?|refunds?)\s+(?:are\s+)?(?:accepted|offered|given)\s+only\s+(?:for|on|if)\s+(?:faulty|defective|damaged)|(?:cannot|can'?t|can not|do not|don'?t|does not|will not|won'?t|unable to|are unable to|not able to)\s+(?:accept|offer|issue|give|provide|process|take)\s+(?:any\s+|(?<=(?:accept|take)\s+)(?:a|the|your|this|that|such)\s+(?=return\b(?!\s+(?:shipping|label|postage|fees?|costs?|address|form|request|until|before|unless|prior))))?(?:returns?|refunds?|exchanges?)|not\s+be\s+offered\s+(?:a\s+|any\s+)?(?:returns?|refunds?|exchanges?)|\bno\s+refunds?\b|only (?:accepts?|authori[sz]es?|approves?) returns? (?:of|for|on) (?:defective|damaged|faulty)|returns? (?:are )?(?:only )?accepted only (?:for|on|if)|(?:items?|products?|purchases?|orders?|goods|merchandise|markdowns?|clearance)\s+(?:are|is)\s+(?:considered\s+)?final\b|change of mind (?:is|are) not|not subject to (?:a |any )?(?:refunds?|(?:returns?|exchanges?)(?:,? (?:or |and )?(?:a |an )?(?:returns?|refunds?|exchanges?))*(?! (?:shipping|postage|fees?|costs?|charges?|labels?|policy|window|period)\b))|(?:cannot|can'?t|can not|will not|won'?t|may not)\s+be\s+[a-z]+ed\s+or\s+(?:returned|refunded|exchanged)|(?:cannot|can'?t|can not|will not|won'?t|may not)\s+be\s+[a-z]+ed,\s*(?:returned|refunded)(?:,\s*[a-z]+ed)*,?\s+(?:or|and)\s+[a-z]+ed\b|only (?:full|regular)[- ]?price(?:d)? (?:items?|merchandise|products?|goods) (?:may|can|are|will)|not\s+(?:a\s+)?(?:valid\s+)?(?:reason|grounds?) for (?:a\s+)?(?:returns?|refunds?)|(?:not liking|disliking|dislike of|(?:a )?change of mind|changing (?:your|ones) mind|no longer (?:wanting|needing))\b[^.;]{0,40}\b(?:is|are) not (?:a |an )?(?:valid|acceptable|good|legitimate|sufficient) (?:reason|grounds?)\b|(?<!\b(?:not|no|never|dont|doesnt|without)\s+)(?<!\bexchanges?\s+)(?:\bthere must be|\bmust (?:have|give|provide|state)|\brequires?|\bonly (?:accepted |given |issued |granted )?(?:with|for)) (?:a |an )?(?:valid|good|legitimate|acceptable|justified|sufficient) reason\b(?<=\b(?:returns?|refunds?)\b(?:(?!\b(?:but|warranty|repairs?)\b)[^.;]){0,80})|(?<!\bno\s+)\b(?:valid|good|legitimate|acceptable|justified|sufficient) reasons? (?:is|are|must be) (?:required|needed|necessary)\b(?=(?:(?!\b(?:but|warranty|repairs?)\b)[^.;]){0,40}\b(?:returns?|refunds?)\b)|(?:returns?|refunds?|exchanges?)\s+(?:(?:are\s+|is\s+)?not|(?:will|shall)\s+not\s+be)\s+(?:permitted|allowed|accepted|possible|available|offered|an\s+option(?!\s+for\s+(?:you|the\s+customer)))(?!\s+(?:for|on)\s+(?:the\s+|any\s+|your\s+)?(?:(?:original\s+|outbound\s+|initial\s+|return\s+)?(?:shipping|postage|delivery|freight)(?:\s+(?:costs?|fees?|charges?))?|fees?|costs?|charges?|taxes|duties|customs(?:\s+(?:duties|fees|charges))?)(?=\s*(?:[.;,!]|$)))|(?:do|does|will|can)\s*(?:not|n't)\s+(?:accept|take\s+back)\s+(?:any\s+)?(?:products?|items?|goods|merchandise)\b(?!\s+in (?:an? )?(?:${ITEM_STATE_EN},? (?:or|and) )?${ITEM_STATE_EN} (?:condition|state)\b(?![^.;]{0,60}\b(?:tried|try|trying|opened|unsealed|unboxed|inspected)\b))|\bnot\s+accepting\s+(?:any\s+)?(?:[a-z-]+\s+){0,6}?(?:returns?|refunds?|exchanges?)\b(?![^.;]{0,30}\b(?:(?:bought|purchased|made|placed|ordered)\s+(?:before|prior)|only refunds?|after the \d+[- ]day|outside (?:of )?(?:the |our )?(?:\d+[- ]day |return |store |business |opening )?(?:window|period|hours|opening hours|business hours|online portal|country|uk|us|usa|eu|europe|australia|new zealand|canada|china|mainland|hong kong|taiwan|singapore|japan)(?![^.;]{0,30}\b(?:or|and) (?:on |any|anywhere|sale|items|opened))|beyond (?:the|our)|that are not in (?:their )?original|from (?:customers )?outside)\b)`,
);

/** A refund waiting for the goods to arrive ("if we do not receive the item, we cannot process a refund or exchange"). */
const NOT_RECEIVED_NO_REFUND_EN =
  /\bif we (?:do not|dont|never|cannot|have not|havent) (?:re(?:ceive|cieve|iceve)|get)\b[^.;]{0,40}?,?\s*(?:then )?we (?:cannot|will not|are unable to|are not able to) (?:process|issue|give|offer|provide|make) (?:a |any |the |your )?(?:refunds?|exchanges?|credit)(?: or (?:an? )?(?:refunds?|exchanges?|credit))?\b/g;
/**
 * A return granted only for a defect: the no-reason right refused as a whole ("只有在商品存在质量问题时，才能
 * 申请退换货", "退换货的前提是商品存在质量问题", "returns are accepted for defective products only", "authorization is only
 * given for defective items", "I can only offer returns for faulty items", "Refunds are only provided in the case of a
 * confirmed fault", "Returns are only accepted in cases of factory defects"); not the defect negated ("只有无质量问题的退货，运费由买家承担" names the returns whose shipping the
 * buyer pays) nor only its shipping named ("只有质量问题的退货，运费由本店承担"). `REFUSE_IDIOM_ZH` reads "只有…质量问题…退" the same way.
 */
export const QUALITY_ONLY = new RegExp(
  String.raw`\b(?:(?:replacements?|exchanges?) (?:and|or|&) )?(?:returns?|refunds?)(?: (?:and|or|&) (?:replacements?|returns?|refunds?|exchanges?))? (?:(?:are|is) (?:limited|restricted) to|(?:apply|applies) only to) (?:(?:items?|goods|products?) with )?(?:(?:a |any )?manufactur(?:er|ers|ing)(?:'s|’s)? )?(?:defects?|faults?|defective (?:items?|goods|products?))\b|(?<!\b(?:no[- ]reason|change[- ]of[- ]mind)\b[^.]{0,100}|\b(?:after that|thereafter|afterwards|after this|after (?:the|this) (?:period|window))\b[^.;]{0,10})\bwe only (?:replace|exchange|refund)(?:,? (?:(?:or|and) )?(?:replace|exchange|refund))* (?:products?|items?|goods|orders?) (?:that|which) (?:(?:have been|has been|are|were|was|is) (?:received |delivered )?|arrived? )(?:broken|damaged|defective|faulty)\b|\b(?:we )?only accept (?:returns?|refunds?|exchanges?)(?: (?:or|and) (?:returns?|refunds?|exchanges?))? (?:for|on|of) (?:items?|products?|goods|orders?) (?:that are|which are|that were|which were) (?:defective|damaged|faulty)\b|\b(?:return )?(?:authori[sz]ations?|approvals?)\b(?:,? which)?[^.;]{0,12}?\b(?:is|are|will be) (?:only (?:given|granted|issued|provided)|(?:given|granted|issued|provided) only) (?:for|to|when|if) (?:the |your )?(?:(?:items?|products?|goods|orders?|returns?) )?(?:(?:that|which) (?:are|is|were|was) |with (?:a )?)?(?:defective|faulty|damaged|quality (?:problems?|issues?)|(?:manufacturing )?defects?)\b|\b(?:exchanges? (?:and|or|&) )?(?:returns?|refunds?)(?: (?:and|or|&) (?:returns?|refunds?|exchanges?))?(?: services?| polic(?:y|ies))? (?:is|are) only (?:applicable|available|valid|offered|provided) (?:to|for) (?:the )?(?:(?:products?|items?|goods|orders?) (?:related to|with|having|that (?:have|has)) (?:a )?(?:quality (?:problems?|issues?|defects?)|(?:manufacturing )?defects?|faults?)|(?:defective|faulty|damaged) (?:products?|items?|goods|orders?))\b|\b(?:returns?|refunds?)(?: (?:are|is|will be|can be))? only (?:processed|accepted|given|issued|granted|offered|made) (?:based on|for|in (?:the )?case of|due to|on the basis of) (?:fulfil?l?ment|shipping|order|packing|our) (?:errors?|mistakes?)\b|\b(?:returns?|refunds?)\b[^.;]{0,20}\bonly\b[^.;]{0,20}\b(?:if|when)\b[^.;]{0,30}\b(?:do(?:es)? not|don'?t|doesn'?t|did not|didn'?t|fails? to) (?:reach|arrive)\b[^.;]{0,20}\bin (?:perfect|good|pristine|working) (?:condition|order)\b|\b(?:returns?|refunds?)(?: (?:are|is|will be|can be))? (?:only (?:accepted|given|issued|processed|offered|provided|made|possible|available)|(?:accepted|given|issued|processed|offered|provided|made|possible|available) only) in (?:the )?cases? of (?:a |an )?(?:confirmed |proven |genuine )?(?:(?:factory|manufactur\w*|product|quality) )?(?:defects?|faults?|defective (?:items?|products?|goods))\b|\bonly (?:damaged|defective|faulty)(?: or (?:damaged|defective|faulty))? (?:items?|products?|goods|merchandise) (?:are|is) (?:subject|eligible|entitled) (?:for|to) (?:a |any )?(?:refunds?|returns?|exchanges?)|\b(?:returns?|refunds?|exchanges?) (?:are |is )?only (?:accepted|possible|allowed|available|offered|granted) (?:when|if|where) (?:the |your )?(?:items?|products?|goods|orders?)(?: received)? (?:significantly |materially |substantially )?(?:differs?|are different|is different|do not match|does not match|arrives? damaged|(?:are|is) (?:damaged|defective|faulty))|\b(?:has|have|with) no (?:defects?|faults?)\b[^.;]{0,40}\b(?:cannot|can ?not|can't|will not|won't|may not)\b[^.;]{0,20}\b(?:returns?|refunds?|exchanges?)\b(?! (?:the |your |any )?(?:original |return |outbound )?(?:shipping|postage|delivery|fees?|costs?|charges?))|\bif and only if (?:the )?(?:products?|items?|goods) (?:is |are |has |have )?(?:defect|damage|faulty|broken)|(?:returns?|refunds?|exchanges?\b(?!\s*:))[^.;]{0,20}\bonly\b[^.;]{0,40}\bif\b[^.;]{0,30}(?<!\bnot\s)\b(?:damaged|defective|faulty)(?!\s+(?:by|due|through))|(?:may|can) (?:(?:only )?be returned only|only be returned) (?:if|when|for)(?![^.;]{0,30}\b(?:not|havent|hasnt|have not|has not|never|arent|isnt|are not|is not|wasnt|werent)\b)[^.;]{0,80}(?<!\bnot\s)\b(?:damaged|defective|faulty|incorrect)(?!\s+(?:by|due|through))|(?:仅限于?|只限于?)[^;。]{0,10}(?:过期|瑕疵|质量问题|故障|破损|错发|配送错误)[^;。]{0,16}(?:可|才|方)(?:以)?(?:办理|申请)?(?:退|换)|(?:returns?|refunds?|exchanges?\b(?!\s*:))[^.;]{0,20}\bonly\b[^.;]{0,20}\b(?:if|when|for)\b[^.;]{0,20}(?:defective|damaged|faulty|(?<=\bfor (?:(?:a |any )?(?:manufactur(?:er|ers|ing)(?:'s|’s)? )?))(?<!\bexchanges?\b[^.;]{0,60})defects?\b)(?!\s+(?:by|due|through))|(?:仅|只|只有|仅限|限于)[^,;。]{0,6}商品(?:本身)?(?:出现|存在|有|发生)?(?:的)?问题|商品(?:本身)?(?:出现|存在|有|发生)?(?:的)?问题(?:才|方)(?:能|可|给|予|会)?|(?:returns?|refunds?|exchanges?)\s+(?:are\s+|is\s+)?(?:only|solely|limited to|restricted to|accepted only|available only)\s+(?:(?:for|to|on|if|when)\s+)?(?:the\s+|your\s+)?(?:(?:items?|products?|goods|merchandise|orders?)\s+)?(?:(?:that|which)\s+)?(?:(?:is|are|arrive[sd]?|were|was)\s+)?(?:damaged|defective|faulty)(?!\s+(?:by|due|through))|only (?:damaged|defective|faulty)(?: or (?:damaged|defective|faulty))? (?:items?|products?|goods|merchandise) (?:may|can|will|are)|\bonly accept (?:returns?|exchanges?|refunds?)\b[^.;]{0,40}\bif (?:the |your )?(?:items?|products?|goods|order|it)\b[^.;]{0,20}\b(?:is|are|was|were) (?:functionally |genuinely |truly )?(?:defective|faulty)\b|\bonly accept returns? (?:because of|for|due to|on the basis of) (?:these|the following|the below) reasons\b|(?:only|solely) accepts? returns? (?:if|when) (?:the |your )?(?:items?|products?|goods|order|it) (?:(?:is|are|arrives?|was|were) (?:damaged|defective|faulty)|(?:has|have) (?:a |an )?(?:manufacturing |genuine )?(?:fault|defect)(?![^.;]{0,80}\b(?:or|and)\b[^.;]{0,60}\bwithin (?:\d+|seven|fourteen|thirty) days))|^unless (?:the |your )?(?:items?|products?|goods|order|it) (?:is|are|arrives?|was|were) (?:faulty|damaged|defective)[^.;]{0,4},? (?:we )?(?:cannot|can'?t|do not|don'?t|will not|won'?t|are unable to)|(?:only|solely) accepts? returns? (?:of|for|on) (?:(?:items?|products?|goods|orders?|merchandise)(?: that (?:are|is|arrive|arrived|were|was))? )?(?:damaged|defective|faulty)(?! (?:by|due|through))|(?:accept|take) returns? only (?:of|for|on|if) (?:(?:items?|products?|goods|orders?|merchandise)(?: that (?:are|is|arrive|arrived|were|was))? )?(?:damaged|defective|faulty)(?! (?:by|due|through))|(?:仅|只|只有|仅限|限于|仅在|只在|仅对|只对|仅针对|只针对|仅受理|只受理|仅接受|只接受|仅提供|只提供|仅办理|只办理)[^;。]{0,14}(?:质量问题|质量原因|质量瑕疵|瑕疵|故障)[^;。]{0,16}(?:才|方)(?:能|可|可以|予|会)?(?!${FEE_GRANTED})|(?:仅|只|唯)有?(?:无|没有)(?:质量问题|质量原因)(?:的)?(?:商品|产品|货品|订单)?(?:才|方)?(?:可以|能|可|支持|接受|允许)(?:申请|办理)?(?:退|换)|(?:仅|只|只有|仅限|限于)[^,;。]{0,6}(?<!无|非|没有|不是|并非)质量问题(?!${DEFECT_FEE_GRANTED})|(?:仅|只)(?:对|针对|受理|接受|提供|办理|支持)[^,;。]{0,12}质量问题|质量问题(?:方可|才可|才能|才予|才)(?!${FEE_GRANTED})|前提(?:是|为)[^;。]{0,12}(?:质量问题|质量原因|存在瑕疵)|以[^;。]{0,10}(?:质量问题|质量原因)为(?:前提|条件)|only accepts? returns? (?:of|for|on) (?:defective|damaged|faulty)|accepted only (?:for|on|if) (?:faulty|defective|damaged)|(?:returns?|refunds?|exchanges?)\s+(?:are\s+|is\s+)?(?:only\s+)?(?:accepted|offered|given|allowed|available|possible|issued)\s+(?:only\s+)?(?:for|on|if|when)\s+(?:the\s+)?(?:items?\s+|products?\s+|goods\s+|merchandise\s+)?(?:(?:is|are)\s+)?(?:faulty|defective|damaged|wrong|incorrect)(?!\s+(?:by|due|through))|(?:faulty|defective|damaged)\s+(?:items?|products?|goods|merchandise)\s+only|only\s+(?:faulty|defective|damaged)(?:,?\s+(?:or\s+|and\s+)?(?:faulty|defective|damaged|wrong|incorrect))*\s+(?:items?|products?|goods|merchandise)(?:\s+delivered)?\s+(?:can|may|will|are)\s+(?:be\s+)?(?:returned|refunded|accepted|eligible|exchanged)|\b(?:can|will|do|may) only (?:offer|accept|provide|give|issue|process|take) (?:returns?|refunds?|exchanges?)(?:,? (?:or|and) (?:returns?|refunds?|exchanges?))? (?:for|on|of) (?:the |your )?(?:faulty|defective|damaged)(?: or (?:faulty|defective|damaged))?\b(?! (?:by|due|through))(?![^.;]{0,40}\b(?:after|beyond|outside) (?:the |this |that |your )?(?:\d+|seven|fourteen|thirty)[- ]day)|\b(?:returns?|refunds?|exchanges?) (?:are|is|will be) only (?:provided|given|offered|issued|accepted|available|possible|made) in (?:the )?cases? of (?:a |an )?(?:confirmed |proven |verified |genuine )?(?:faults?|defects?)\b|\b(?:returns?|refunds?|exchanges?) (?:are|is|will be) (?:provided|given|offered|issued|accepted|available|possible|made) only in (?:the )?cases? of (?:a |an )?(?:confirmed |proven |verified |genuine |manufacturing |factory )?(?:faults?|defects?|(?:damaged|defective|faulty)(?: or (?:damaged|defective|faulty))? (?:items?|products?|goods))\b|\bonly (?:accept|take|process|issue|offer|give) (?:returns?|refunds?|exchanges?) in (?:the )?cases? of (?:a |an )?(?:confirmed |manufacturing |factory )?(?:faults?|defects?)\b`,
);

/** Buyers a grant may name: members of a kind, old or new customers, registered users. */
const BUYER_GROUP =
  '(?:(?:plus|vip|付费|高级|超级|黄金|钻石)?会员|vip|(?:老|新)(?:买家|客户|顾客|用户)|实名(?:认证)?(?:用户|买家)|注册(?:用户|买家))';
/**
 * The no-reason return granted only to some buyers ("仅会员可享受7天无理由退货", "7天无理由退货服务只对会员开放", "Only members may
 * return items"): refused to every other buyer (CRPL 25). A longer period or a shipping perk for them ("仅会员可享受15天无理由
 * 退货", "仅会员可享受免费退货运费", "Only members can return items within 30 days") is a promise beyond the law.
 */
/** The no-reason return named by its noun ("7天无理由退货", "退换货", "退款"). */
const NO_REASON_RETURN = '(?:(?:七|7)\\s*(?:天|日))?(?:无理由)?(?:退货|退换货?|退款)';
/** No perk on top of the return after it ("…退货运费险", "…退款极速到账", "…退货上门取件"): a limit, not a perk. */
const NO_PERK = '(?![^,;。]{0,4}(?:运费|邮费|险|包邮|免邮|极速|快速|优先|加急|到账|上门|取件|免费|无忧|专属|客服|秒))';
const MEMBERS_ONLY_ZH = new RegExp(
  `${BUYER_GROUP}(?:用户|顾客|客户|买家)?才(?:能|可以|可|能够)?(?:享受|享有|申请|办理|支持)?${NO_REASON_RETURN}${NO_PERK}|(?:订单|商品|购物|消费)?(?:金额)?满\\s*\\d+\\s*(?:元|件)(?:的)?(?:订单|商品)?(?:才|方可)(?:能|可以|可)?(?:享受|享有|申请|办理|支持)?${NO_REASON_RETURN}${NO_PERK}|(?:仅|只有|只|仅限|只限)(?:本店|店铺)?(?:的)?${BUYER_GROUP}(?:用户|顾客|客户|买家)?(?:才)?(?:可以|可|能|能够|有权|方可)?(?:享受|享有|申请|办理|支持)?${NO_REASON_RETURN}(?:服务|政策|保障)?${NO_PERK}|(?:(?:七|7)\\s*(?:天|日))?无理由(?:退货|退换货?|退款)(?:服务|政策)?(?:仅|只)(?:对|向|针对|面向)(?:本店)?${BUYER_GROUP}(?:开放|提供)`,
);
const MEMBERS_ONLY_EN =
  /\b(?:returns?|refunds?) (?:are |is )?only (?:accepted|available|allowed|offered|possible) (?:on|for) orders? (?:of|over|above|totall?ing) \$?\d|\bonly customers with an? (?:account|membership|store account)\b[^.;]{0,20}\b(?:can|may) (?:return|send back|request (?:a )?(?:return|refund)|get (?:a )?refund)\b|\bonly (?:refund|accept returns (?:of|for|on)) orders? (?:that (?:are|were) )?cancell?ed before (?:dispatch|shipping|shipment)\b|\bonly (?:our )?(?:(?:registered|club|vip|loyalty|premium|paid) )?(?:members|vips?|account holders|registered (?:customers|users))\b[^.;]{0,20}\b(?:can|may|are (?:eligible|entitled|allowed))\b[^.;]{0,10}\b(?:return|refund)|(?<!free )\b(?:returns?|refunds?)\b[^.;]{0,20}\b(?:(?:available|open|offered|limited|restricted) to (?:our )?(?:(?:registered|club|vip|loyalty|premium|paid) )?members\b|for (?:our )?members only\b)/;
/** A perk on top of the return in English ("free of charge", "without paying return shipping", "with free pickup"). */
const PERK_EN =
  /\bfree\b|\bwithout (?:paying|charge|cost)|pick-?up|shipping|postage|priority|express|instant|faster|expedited|prepaid/;
/** The buyers' words, the cheap test before the patterns. */
const MEMBER_WORDS =
  /会员|vip|客户|顾客|用户|买家|满\s*\d|members?|account|registered|orders? (?:of|over|above|totall?ing) \$?\d|cancell?ed before/;
/** A period of more than seven days in the text ("15天", "30 days"): a promise beyond the law, whoever it is for. */
const LONGER_PERIOD = /(?<![月\d])(?:[89]|[1-9]\d+)\s*(?:天|日|days?)|(?:十|十五|三十|廿)\s*(?:天|日)/;

/** The no-reason return granted only to some buyers, within no period longer than the law's. */
export function membersOnly(text: string): boolean {
  if (!MEMBER_WORDS.test(text)) return false;
  if (LONGER_PERIOD.test(text)) return false;
  if (MEMBERS_ONLY_ZH.test(text)) return true;
  const en = MEMBERS_ONLY_EN.exec(text);
  if (!en) return false;
  // The perk read around the limit itself ("Prepaid returns are only…", "…items free of charge"), not a cost of
  // another part ("…, and the buyer pays return shipping").
  const around = `${text.slice(Math.max(0, en.index - 20), en.index)}${en[0]}${text.slice(en.index + en[0].length).split(/[,;.]|\band\b/)[0]}`;
  return !PERK_EN.test(around);
}

/**
 * A lead-in that lists the conditions of a return ("满足以下条件可以办理退换货：", "returns are accepted if:"):
 * an item of that list naming a defect makes the defect a condition of every return.
 */
export const CONDITIONS_LEAD =
  /(?:满足|符合|具备|具有)(?:以下|下列|如下|下述|上述)?(?:全部|所有)?(?:的)?(?:条件|要求)(?!之一)[^;。]{0,16}(?:可以|可|方可|才能|才可|才可以|能)?(?:办理|申请|享受)?(?:退|换)|(?:退|换)[^;。]{0,8}(?:须|需|必须|应当)?(?:满足|符合|具备)(?:以下|下列|如下)(?:全部|所有)?(?:条件|要求)(?!之一)|(?:returns?|refunds?) (?:are|will be) (?:only )?accepted (?:only )?(?:if|when|provided)(?: that)?(?: all of the following)?:?$|to be eligible for a (?:return|refund)|(?:只|仅)(?:在|于)?(?:以下|下列|如下)条件(?:下)?(?:接受|受理|办理|支持)(?:退|换)|(?:只|仅)(?:接受|受理|办理|支持)(?:以下|下列|如下)条件(?:下)?的?(?:退|换)/;

/** Words that grant a return: "支持七天无理由退货", "可退货", "包退", "you may return". */
const ALLOW =
  /(?:支持|可以|可|能|允许|接受|享受|享有|提供|包|办理|申请)(?:办理|申请|享受)?(?:7天|七天|7日|七日|\d+天|\d+日)?(?:无理由|无条件)?(?:退|换)|无理由退|\b(?:may|can)\s+(?:be\s+)?return|eligible for (?:a )?(?:return|refund)|accept(?:s|ed)? returns?/;

/** A person other than the shop who does not handle after-sales ("主播不处理售后问题", "快递员不负责退货"). */
const OTHER_PERSON_DECLINES =
  /(?:主播|场控|助播|快递员|配送员|司机|安装师傅|师傅)(?:们)?(?:均|都|一律)?(?:不|无法|不能|不会)(?:负责|处理|受理|办理)(?:任何)?(?:售后|退换货?|退货|退款)?(?:问题|事宜|事项)?/g;
/** A refund refused after dispatch (a cancellation) where the same text lets the buyer return the goods on receipt. */
const CANCELLATION_ONLY =
  /(?:订单)?(?:发货后|已发货(?:的)?(?:订单)?)[^,;。]{0,4}(?:不支持|不能|无法|不可|不予)(?:申请)?(?:退款|取消)(?=[^。]*(?:收货后|收到(?:货|商品)后|签收后)[^。]{0,8}(?:申请|可|办理)?退)/g;

/**
 * A way of handing goods back declined, not the return: "不再受理会员自行到门店进行退货" leaves the distance-sale
 * return by post (CRPL 25) where it was.
 */
const IN_STORE_HANDOVER =
  /(?:不再|不予|不|无法|不能|不可|恕不|暂不|停止)(?:受理|接受|提供|支持|办理)[^,;。]{0,8}(?:到|在|至|去|前往)(?:门店|实体店|专柜|线下(?:门店|店铺)?)(?:进行|办理)?(?:退货|退换货?|退款)(?:服务)?|\b(?:can ?not|cant|do not|dont|will not|wont|are unable to|unable to)\s+(?:accept|take|process)\s+(?:any )?(?:returns?|exchanges?)(?: or (?:returns?|exchanges?))?\s+(?:in person|in[- ]store|at (?:our|the) (?:store|shop|showroom|office|studio))\b(?!\s*(?:or|and)\b)/g;

/**
 * Handling declined for a reason that is no refusal of the return: a duplicate application, chat hours, an order
 * already cancelled or refunded, an application the consumer let lapse, a passing outage or a delay.
 */
const NO_REFUSAL_OF_RETURN =
  /重复(?:提交|申请)|请勿重复|(?:客服|人工)[^,;。]{0,8}(?:不再|停止|无法)(?:处理|回复)[^,;。]{0,4}(?:消息|咨询)|(?:订单取消|取消订单|退款完成|退款成功|交易关闭|申请(?:已)?关闭|系统自动关闭)(?:后|的)?[^。]{0,16}(?:不再|不予)(?:处理|受理)|(?:超时|逾期)未(?:寄回|寄出|发货|退回)[^。]{0,20}(?:关闭|取消)|顺延|不再承担[^,;。]{0,6}(?:运费|邮费)|下班后[^,;。]{0,4}(?:不再|停止)处理|非(?:服务|工作)时间[^,;。]{0,6}(?:来信|消息|留言|咨询)|(?:不再|停止)处理(?:来信|消息|留言)/;

/** "We cannot / do not refund … items" refuses the refund, … */
const REFUND_REFUSED_EN =
  /(?:cannot|can'?t|can not|will not|won'?t|do not|don'?t|does not|doesn'?t)\s+(?:(?:return|exchange|replace)\s+or\s+)?refund(?:\s+or\s+(?:exchange|return|replace))?\s+(?:any\s+)?(?:(?:sale|clearance|opened|used|discounted|final[- ]sale|faulty|defective)\s+)?(?:items?|products?|orders?|purchases?|goods|merchandise)\b/;
/**
 * … unless what it names is how the money goes back, goods the shop did not sell, a step before the refund or goods not
 * intact ("via PayPal", "purchased from other retailers", "until the item is returned", "not in their original
 * condition") and nothing in the sentence names a ground the law does not give the shop (a sale, the opening, a change of
 * mind, every case).
 */
const REFUND_EXEMPT_EN =
  /\b(?:until (?:we (?:receive|have received|get)|the (?:item|items|goods|parcel|return|returned goods|products?|returns?)\b|they (?:are|have)|it (?:is|has)|you (?:return|send|have returned))|before (?:we|they|it)|that (?:show|have been inspected|were never|was never|arrive)|which (?:show|arrive)|shipped to (?:a |the )?(?:wrong|incorrect|another|different)|returned to (?:us|the wrong)|(?:purchased|bought|ordered) (?:from|at (?:other|another)|through|via|elsewhere|directly)|from (?:other|another|third|unauthori)|elsewhere|placed in our|in our (?:retail|physical)|lost in|with missing|received as|as (?:a )?gifts?|not purchased|via|through|in cash|into|directly to|to (?:a |an |your |the )?(?:different|third|bank|original|another)|by (?:cheque|check|wire|bank)|not on our|(?:that are |are )?not in (?:their |the |its )?(?:original|same|new|resalable|unused)|dirty|smell|worn|washed)\b/;
const REFUND_VOID_GROUND_EN =
  /\b(?:(?<!point of |whether or not on )sale(?! elsewhere)|clearance|promotion|promo|discount(?:ed)?|coupon|opened|seal|(?:changed?|change) (?:your |their )?mind|change of mind|remorse|no longer want|no fault|any (?:circumstances|channel|method)|or otherwise|once (?:delivered|shipped|they have)|after (?:delivery|they have been delivered)|(?:once|after|when) (?:they|it|items?|goods) (?:are|is|have been|has been) delivered|for any (?:other )?reason|never|swimwear|underwear|(?<!beyond )trying on|worn for|instagram|subscription|defects?|faulty|original packaging)\b/;
/** Goods the shop did not sell ("purchased from other retailers", "through our marketplace partners", "bought elsewhere"). */
const REFUND_NOT_OURS_EN =
  /\b(?:(?:purchased|bought|ordered) (?:from|at) (?:other|another (?!of our)|third|unauthori)|from (?:other|another|third[- ]party|unauthori[sz]ed) (?:retailers?|stores?|sellers?|websites?|dealers?|apps?)|marketplace partners?|(?<!even if |even when )(?:purchased|bought|ordered)(?: \w+){0,2} elsewhere|placed through (?:third|a third|our marketplace)|until (?:they|it) (?:are|is|have been|has been) (?:returned|received)(?! in))\b/;

/**
 * "We cannot / do not refund … items": a refusal of the refund, unless it names only goods the shop did not sell (in the
 * same part of the sentence as any void ground, "…from other retailers, including sale items"), or names how the money
 * goes back, a step before the refund or goods not intact and no void ground at all. Each part joined by "or", "and",
 * "nor" or a semicolon is read on its own ("…from other retailers or items on sale" refuses the shop's sale items).
 */
function refundRefusedEn(text: string): boolean {
  if (!REFUND_REFUSED_EN.test(text)) return false;
  if (!REFUND_EXEMPT_EN.test(text) && !REFUND_NOT_OURS_EN.test(text)) return true;
  return text
    .split(
      /;|,?\s+(?:or|and|nor)\s+(?=(?:any|all|items?|goods|products?|orders?|our|ours|on sale|sale|opened|here|in store|from our|you no longer|if you)\b)|,\s*nor\s+/,
    )
    .some((part) => REFUND_VOID_GROUND_EN.test(part) && !REFUND_NOT_OURS_EN.test(part));
}

/** A refund cut short ("不予全额退款", "无法全额退还"). */
const REFUND_CUT_SHORT = /(?:不予|不支持|不能|不|无法)全额退(?:款|还)/;

/** A "why", "which" or "what" question asked alone ("为什么不能退货？", "哪些商品不支持退货？", "Why was my return rejected?"): it asks
 * about a refusal, says none. */
const WHY_ASKED = /为什么|为何|哪些|哪类|哪种|什么|\bwhy\b/;
/** The words of such a question that only name the refusal asked about. */
const WHY_REFUSAL_WORDS =
  /为什么|为何|不能|不可以?|无法|不支持|不予|不给|不享受|不适用|享受|享有|适用|参与|拒绝|驳回|被|退货|退换货?|退款|申请|售后|退|换|了|吗|呢|哪些|哪类|哪种|什么|情况下?|情形|(?:七|7)天|无理由|\b(?:can'?t|cannot|can not|not|return(?:ed|s)?|refund(?:ed|s)?|rejected|declined|denied|was|were|is|are|my|i|why|this|the|an?|item|order|request)\b/gi;

/**
 * A list said to affect the return ("下列情形将可能影响您的退货权益："): an ordinary reader (CIVIL-CODE 498) reads each item as a
 * ground the shop may refuse the return on; not the refund's timing ("以下情况会影响退款时效").
 */
const LEAD_MAY_AFFECT =
  /(?:以下|下列|如下)(?:几种)?(?:情形|情况|行为|状况)[^。:]{0,8}?(?:将|会|均|都)?(?:可能)?(?:会)?影响(?:到)?(?:您|买家|顾客|客户)?(?:的)?(?:退货|退换货?)(?:权益|权利|资格)?\s*[:]?\s*$/;
/** A list of the cases a return application fails ("售后服务申请不通过的情形：", "退货审核不予通过的情况："). */
const APPLICATION_FAILS =
  '(?:(?:售后|退货|退换货?|退款)(?:服务)?(?:的)?(?:申请)?(?:审核)?(?:不(?:予|能)?通过|不予受理|被驳回|被拒绝?)(?:的)?(?:情形|情况)|(?:以下|下列)(?:情形|情况)[^:]{0,6}(?:售后|退货|退换货?|退款)(?:服务)?(?:申请)?(?:审核)?(?:不(?:予|能)?通过|不予受理|将被驳回|被驳回))';
const LEAD_APPLICATION_FAILS = new RegExp(String.raw`${APPLICATION_FAILS}\s*[:]?\s*$`);
/**
 * Such a lead-in read with an item after it (the item's reading text): after a colon, or joined to the item where the
 * heading has none ("售后服务申请不通过的情形" over "错订、误订"); not a sentence going on ("…的情况下，…", "…的情况，可申诉").
 */
const APPLICATION_FAILS_LIST = new RegExp(
  String.raw`${APPLICATION_FAILS}\s*(?::|(?=[^,;:。!?]{1,30}(?:[。;]|$))(?![^。]*(?:联系|通知|请|怎么|如何|很|将|会|可以|可)))`,
);
/**
 * Whether a lead-in refuses for the items under it: a question over them ("为什么不能退货？\n商品已拆封") refuses what they
 * name, as the statement it asks about would; asked alone it refuses nothing (`refuses`).
 *
 * @example refusesAsLead('为什么不能退货?') // true, where refuses('为什么不能退货?') is false
 */
export function refusesAsLead(lead: string): boolean {
  const asked = lead.replace(/[?？]\s*$/, '');
  return refuses(asked) || LEAD_MAY_AFFECT.test(asked) || LEAD_APPLICATION_FAILS.test(asked);
}

/**
 * A return asked for, then a bare no in the next part ("没有质量问题要求退(换)货的，本公司一律不支持！"): the request is what is
 * refused, its verb left out.
 */
const REQUEST_NOT_SUPPORTED =
  /(?:要求|申请|办理)(?:退|换)[^,;。]{0,8}的,(?![^,;。]{0,10}(?:运费|邮费|理赔|险|发票|赠品|到付|积分|优惠券|红包|差价))[^,;。]{0,10}?(?:一律|均|都|概|也|将|则)?不(?:予)?(?:支持|接受)(?:哦|呢|的|啦)?\s*[!。]?\s*(?:[,;。]|$)/;
/** A bare no ending a part ("…不支持", "…不可以哦"), the verb of the grant before it left out. */
const BARE_NO = String.raw`(?:不支持|不享受|不享有|不适用|不参与|不参加|不可以|不能|不可|不行|不提供)(?:哦|呢|哈|啊|~|～)?\s*[。.!]?\s*`;
/** A part ending in a bare no after a comma: the cheap test before the parts are read. */
const ELIDED_END = new RegExp(`[,;][^,;。]{1,24}${BARE_NO}(?:[,;。]|$)`);
/** The same in Chinese ("退货须符合以上全部条件，否则不予受理"). */
const CONDITIONS_REFERRED_ZH =
  /^\s*(?:\d+[.、]\s*)?(?:退货|退换货?|退款)(?:申请)?(?:须|需|必须|应|应当)(?:同时)?(?:符合|满足)(?:以上|上述|前述|上列)(?:全部|所有)?(?:的)?(?:条件|要求)[,，]?\s*(?:否则|不然)(?:一律|均|将)?(?:不予|恕不|不)(?:受理|办理|退货|退款|退换)\s*[。.!]?\s*$/;
/** The cost of a delivery service not refunded ("We are unable to refund the cost of Special Delivery"). */
const COST_OF_DELIVERY_NOT_REFUNDED_EN =
  /\b(?:cannot|can'?t|can not|(?:are |is )?unable to|will not|won'?t|do not|don'?t) refund (?:the |any )?(?:costs?|price|charges?|fees?) of (?:the |your |any )?(?:[a-z-]+ ){0,2}(?:shipping|postage|delivery|courier|insurance|gift wrap(?:ping)?)\b/g;
/** A lead-in of what is not refunded over a cost ("what is not refunded: original shipping costs for …"). */
const COST_LISTED_NOT_REFUNDED_EN =
  /\b(?:what is |what's |items? |things )?(?:not refunded|non-?refundable)\s*:\s*(?:the |any |all )?(?:original |outbound |initial |return )?(?:shipping|postage|delivery|handling|freight)(?: (?:costs?|fees?|charges?))?\b[^.;]*/g;
/** A refusal of returns that do not meet the conditions stated elsewhere ("…unless they meet all the above requirements"). */
const CONDITIONS_REFERRED_EN =
  /^\s*(?:\d+[.)]\s*)?(?:any |all )?(?:returns?|refunds?|exchanges?|items?|products?|goods)\b[^.;]{0,30}\bunless (?:they|it|the (?:items?|returns?|products?|goods)) (?:meets?|satisf(?:y|ies)|compl(?:y|ies) with|fulfil+s?) (?:all (?:of )?)?(?:the |these |those )?(?:above|preceding|foregoing|aforementioned|stated|listed) (?:requirements|conditions|criteria)\s*[.!]?\s*$/;
/** The conditions stated elsewhere, unmet, before a refusal ("If the product does not meet the listed criteria, we…"). */
const CONDITIONS_UNMET_EN =
  /^\s*(?:\d+[.)]\s*)?(?:any |all )?(?:returns?|items?|products?|goods)\b(?: (?:that|which))? (?:do|does) not meet (?:our|the|this) (?:returns? |refund )?polic(?:y|ies)\b[^.;]{0,40}[.!]?\s*$|(?:^|[.;:]\s*|\s)(?:if|where|when|should) (?:the |your |an? |any )?(?:items?|returns?|products?|goods|orders?|it|they) (?:does|do) not meet (?:all (?:of )?|any (?:of )?)?(?:the |these |those |our )?(?:above|preceding|foregoing|aforementioned|stated|listed|return|refund) (?:requirements|conditions|criteria)\b(?![^.;]*\b(?:defect\w*|faulty|damaged|broken|even if|even when)\b)[^.;]{0,80}[.!]?\s*$/;
/** The longest text read for a grant then an elided refusal. */
export const ELIDED_READ = 300;
/** The most parts such a sentence is split into (longer ones are no grant beside a refusal). */
export const ELIDED_PARTS = 12;
/**
 * A part that refuses with the verb of a grant before it, its object left out ("…支持7天无理由退货，特价商品不支持", "…可以
 * 退换，定制类不可以"): said of goods, not of a gift, shipping or a fee.
 */
const ELIDED_REFUSAL = new RegExp(
  String.raw`^\s*(?:但|但是|而|只有|仅有|唯有)?\s*([^,;。]{1,16}?)(?:均|都|则|一律|就)?${BARE_NO}$`,
);

/**
 * Such a refusal in `part`, spelt out ("特价商品不支持" -> "特价商品不退货"): a subject naming goods (not a gift, shipping, a
 * fee or an invoice), then the bare no; undefined when `part` is none.
 */
export function elidedRefusal(part: string): string | undefined {
  const subject = ELIDED_REFUSAL.exec(part)?.[1];
  if (subject !== undefined && NON_MEMBER.test(subject)) return `${subject}不支持无理由退货`;
  return subject !== undefined &&
    /商品|产品|款|类|货|品|定制|生鲜|内衣|特价|清仓|促销/.test(subject) &&
    !/赠品|运费|邮费|发票|手续费|运费险|积分|优惠券|红包/.test(subject)
    ? `${subject}不退货`
    : undefined;
}

/** Buyers left out of a grant to others ("非会员", "普通用户"): an elided refusal of theirs refuses them the return. */
const NON_MEMBER = /非(?:plus|vip|付费)?会员|非vip|普通(?:会员|用户|买家|顾客|客户)|未注册|新(?:用户|买家|顾客|客户)/;

/** A sentence that grants a return in one part and refuses goods in a later one with the grant's verb left out. */
function grantThenElidedRefusal(text: string): boolean {
  // Such a sentence is short; a long text is not split on every reading of it.
  if (text.length > ELIDED_READ || !ELIDED_END.test(text) || !ALLOW.test(text)) return false;
  const parts = text.split(/[,;。]/);
  if (parts.length > ELIDED_PARTS) return false;
  return parts.some(
    (part, index) =>
      index > 0 && elidedRefusal(part) !== undefined && parts.slice(0, index).some((before) => ALLOW.test(before)),
  );
}

/**
 * A return defined as malicious: "X视为恶意退货", "恶意退货包括：X", "恶意退货（如X）", "X is deemed malicious", "malicious returns
 * (e.g. X)", "malicious returns, including X"; the capture is X (for the Chinese "视为", up to 60 characters before it, across
 * commas; for the English, up to 100).
 */
const MALICIOUS_DEFINED =
  /([^;。]{0,60}?)(?:均|一律|也|都|即|将|会)?(?:视为|属于|认定为|即为|算作|算是|按)[^,;。]{0,6}恶意|恶意(?:的)?(?:退货|退款|退换货?|售后)(?:行为)?(?:包括|是指|指的是|指|,(?:包括|例如|比如|诸如|如(?=[^,;。]{0,12}(?:不喜欢|不合适|不想要|拍错|买错|就退|试穿|拆封|拆开|无理由|无故|个人原因退|反悔|无(?:任何)?质量问题(?:就)?退|调包|掉包|空盒|空包|空箱|石头|砖|假货|以次充好|剪标|剪吊牌))(?![^;。]{0,40}(?:运费|邮费|换货))(?![^,;。]{0,30}(?:(?:(?<!申)请(?!勿|谨慎|慎|不要|别)|可以?|可在|欢迎|收到后|签收后)[^,;。]{0,16}(?:申请|退回|寄回|退货|退换|联系|保证|保持|取消|修改|告知|咨询|发回|走(?:七天|7天)?无理由)|包退|包换))(?![^,;。退拒]{0,12},(?:(?<!申)请(?!勿|谨慎|慎|不要|别)|可以?|可在|欢迎|收到后|签收后)[^,;。]{0,16}(?:申请|退回|寄回|退货|退换|联系|保证|保持|取消|修改|告知|咨询|发回|走(?:七天|7天)?无理由))))[:]?([^。]{0,40})|恶意(?:的)?(?:退货|退款|退换货?)[(（](?:如|例如|比如|包括)?([^()（）]{1,40})[)）]|([^.;]{0,100}?)\b(?:(?:is|are|will be|shall be|may be)?\s*(?:deemed|considered|treated as|regarded as|counts? as|classed as|classified as)\b[^.;]{0,6}|(?:is|are) )\b(?:an? )?(?:malicious|abusive|fraudulent|abuse|fraud|bad[- ]faith)|\b(?:malicious|abusive|fraudulent|bad[- ]faith) (?:returns?|refunds?|claims?)(?: (?:include|includes|mean|means)\b([^.;]{0,60})| ?\((?:e\.?g\.?,?|such as|including|like)? ?([^()]{1,80})\)|[^.;]{0,40}?,? (?:\b(?:including|such as|like)\b|\be\.g\.|\beg\b),? ([^.;]{1,80}))/g;
/** Fraud, not an ordinary return: a swapped, fake or different item, an empty parcel, a deliberate act, gain from the rules. */
const FRAUD =
  /调包|掉包|以次充好|假货|假冒|仿品|空包|空盒|空箱|伪造|虚假|欺诈|诈骗|骗取|牟利|漏洞|(?:退回|寄回|返回)(?:的)?(?:商品|货品|物品)?(?:与|和)[^,;。]{0,12}(?:不一致|不符)|非本店(?:售出|出售|销售)?的?商品|(?:故意|蓄意|恶意)(?:损坏|破坏|弄坏|损毁)|故意|蓄意|(?:损坏|摔坏|弄坏)后(?:退回|寄回|退货)|被调换|调换(?:了)?(?:配件|零件|部件|商品|货品|物品)|冒充|(?:换成|用|以)其他(?:商品|货品|物品)|石头|砖|\b(?:different|another|wrong) (?:item|product)|\bempty[- ](?:box|package|parcel|carton|bottle|container|case)e?s?\b|\bempty packaging\b|\b(?:is|was|are|were) empty\b|\bswap|\bswitch|counterfeit|\bfake|\bfraud|\bforg|not the (?:same|original)|not the (?:item|product|goods|one)s? (?:we|that we) (?:shipped|sent)|\bstolen|\bfalse|deliberate|intentional|on purpose|\byou (?:broke|damaged|destroyed)\b|replica|knock-?off/;
/** A grant in the words before a definition ("拆封商品7天内可退，…", "Opened items may be returned within 7 days, but …"). */
const GRANT_BEFORE =
  /可退|可以退|可申请退|支持(?:7天|七天)?(?:无理由)?退|^\s*(?:七天|7天)无理由退(?:货|换)|\b(?:may|can) be returned\b/;
/** The words after the last part that grants ("七天内可退货,但拆封后退货的," → "但拆封后退货的,"). */
function afterGrant(defined: string): string {
  const parts = defined.split(',');
  let last = -1;
  parts.forEach((part, index) => {
    if (GRANT_BEFORE.test(part)) last = index;
  });
  return parts.slice(last + 1).join(',');
}
/** Damage the consumer caused, called malicious ("人为损坏的商品视为恶意退货"): a lawful ground, refused as such. */
const CONSUMER_FAULT =
  /人为损坏|人为原因|使用不当|无故拒收|恶意拒收|剪标|剪吊牌|吊牌(?:已)?(?:剪|摘)|\bdamaged by (?:you|the customer|misuse)\b/;
/** A defect named in a definition of malice ("收到商品与描述不符…视为恶意退货"): never fraud. */
const DEFECT_NAMED = /质量|瑕疵|故障|描述不符|与描述|不符合约定|次品|\bdefect|\bfaulty\b|not as described/;
const FRAUD_ALL = new RegExp(FRAUD.source, 'g');
/** Returns called malicious for their number ("频繁退货", "一个月内退货超过两次"): a penalty, read as one (`other_void`). */
const FREQUENT =
  /频繁|多次|次数|\d\s*次|[两二三四五]次|frequent|excessive|too many|more than (?:\d+|one|two|three) (?:returns?|times)/;
/** An ordinary return's ground or condition named in a definition (opened, tried on, used, disliked, bought in error). */
const ORDINARY_RETURN =
  /拆|开封|封口|封膜|试用|试穿|穿过|穿着|使用|用过|不想|不喜欢|买错|拍错|反悔|尺码|\b(?:opened|unsealed|used|worn|tried|changed|mind)\b/;
/** The words that name malice: the cheap test before the readings of malicious returns. */
export const MALICE = /恶意|malicious|abus|fraud|bad[- ]faith/;
/** A definition said not to be made ("我们不会将拆封视为恶意退货", "opening an item is not considered abuse"). */
const DEFINITION_DENIED =
  /(?:不会[将把][^,;。]{0,20}|不[将把][^,;。]{0,20}|并不|绝不|不会|并非|不是|不)\s*$|\b(?:never|not|will not|wont|are not|is not)\s*$/;
/** The words of a definition that say nothing of what is defined: the refusal, the return, the malice itself. */
const DEFINITION_FRAME =
  /拒绝|谢绝|不接受|不支持|恶意|退货|退款|退换货?|售后|申请|行为|但不限于|经核实|经查实|经确认|核实|的|将|会|被|一律|均|都|也|本店|我们|对于?|[\s,:、()]|\b(?:we|but|refuse[sd]?|reject(?:ed)?|declined?|do|does|not|accept(?:ed)?|malicious|fraudulent|abusive|returns?|refunds?|items?|orders?|claims?|requests?|any|all|the|those|such|which|that|are|is|will|be|a|an)\b/g;

/**
 * What the text defines as malicious: an ordinary return (opened, tried on, disliked, bought in error: "拆封即视为恶意退货",
 * "恶意退货包括：拆封、使用过的商品", "any return of opened goods is deemed malicious"), only returns in number ("频繁退货视为恶意"),
 * only fraud ("调包商品视为恶意退货", "returning a different item is considered fraud"), or nothing.
 */
function maliciousDefinition(text: string): 'ordinary' | 'frequent' | 'fraud' | undefined {
  if (!MALICE.test(text)) return undefined;
  let kind: 'frequent' | 'fraud' | undefined;
  for (const match of matchesOf(MALICIOUS_DEFINED, text)) {
    const defined = match.slice(1).find((group) => group !== undefined) ?? '';
    // "Returns deemed malicious will be refused": the returns so deemed, defined as nothing; "我们不会将拆封视为恶意退货":
    // a definition denied.
    if (!defined.replace(DEFINITION_FRAME, '') || DEFINITION_DENIED.test(defined)) continue;
    // A grant before the definition ("拆封商品7天内可退，经核实属于恶意退货的…") is no part of it.
    const own = GRANT_BEFORE.test(defined) ? afterGrant(defined) : defined;
    if (!own.replace(DEFINITION_FRAME, '')) continue;
    const rest = own.replace(FRAUD_ALL, ' ');
    // An ordinary ground beside fraud ("请勿调包，拆封后退货的视为恶意退货", "opened items or empty boxes") keeps it ordinary; a
    // defect called malicious ("收到商品与描述不符申请退货的视为恶意退货") is a defect's return refused.
    if ((FRAUD.test(own) || CONSUMER_FAULT.test(own)) && !ORDINARY_RETURN.test(rest) && !DEFECT_NAMED.test(rest))
      kind ??= 'fraud';
    else if (FREQUENT.test(own) && !ORDINARY_RETURN.test(rest)) kind = 'frequent';
    else return 'ordinary';
  }
  return kind;
}
/** The refusal of malicious returns in Chinese, before its noun ("拒绝恶意", "谢绝任何恶意的"). */
const REFUSE_MALICE_ZH = '(?:拒绝|谢绝|不接受|不支持)(?:任何)?恶意(?:的)?';
/** The words for malice before a return in English. */
const MALICE_EN = '(?:malicious|fraudulent|abusive|bad[- ]faith)';
/**
 * Malicious or fraudulent returns refused ("拒绝恶意退货", "恶意退货将被拒绝", "对于恶意退货，本店有权拒绝", "Fraudulent returns
 * will be refused", "Returns deemed malicious will be refused"), and no other returns with them ("We do not accept
 * fraudulent returns or returns of opened items", "拒绝恶意退货和无理由退货"). `withoutMaliciousRefused` decides whether the
 * definition around them lets them go.
 */
const MALICIOUS_REFUSED = new RegExp(
  String.raw`(?:${REFUSE_MALICE_ZH}(?:差评|评价|投诉|刷单)|(?:拒绝|谢绝)(?:职业)?打假)(?:[和及、与]|以及)(?:恶意)?(?:退货|退款|退换货?)(?![和及或、与]|以及)|${REFUSE_MALICE_ZH}(?:退货|退款|退换货?|售后)(?:申请)?(?![和及或、与]|以及)|(?:对于?)?(?<![非不])恶意(?:的)?(?:退货|退款|退换货?|售后)(?:申请|行为)?(?:的)?(?:\([^()]{0,40}\))?[,]?(?:本店)?(?:将|会)?(?:被|予以|一律|均|都|有权)?(?:拒绝|驳回|拒收|拒签|不予(?:受理|处理|办理|支持|通过)|不受理)|\b(?:refuse|reject|decline)s? (?:to accept )?(?:any |all )?${MALICE_EN} (?:returns?|refunds?|claims?)\b(?: requests?)?(?!,? (?:or|and) )|\b(?:do not|dont|will not|wont|cannot|can not|does not|doesnt) (?:accept|process|honou?r|tolerate) (?:any )?${MALICE_EN} (?:returns?|refunds?|claims?)\b(?: requests?)?(?!,? (?:or|and) )|\b${MALICE_EN} (?:returns?|refunds?|claims?)(?: requests?)?(?: ?\([^()]{0,80}\)|,(?:\be\.g\.|[^.;]){1,80},)? (?:will|may|shall|can|are|is)(?: not be (?:accepted|processed|honou?red|approved)| (?:be )?(?:refused|rejected|declined|denied))|\b(?:returns?|refunds?|claims?)(?: requests?)? (?:deemed|considered|found to be|that (?:are|is)) (?:to be )?(?:malicious|fraudulent|abusive)\b[^.;]{0,10}\b(?:will|may|shall) (?:be )?(?:refused|rejected|declined|denied)|(?:被)?(?:视为|认定为)恶意(?:的)?(?:退货|退款)(?:申请)?(?:将|会)?(?:被)?(?:拒绝|驳回)|\breserve the right to refuse (?:any )?returns? (?:that show signs of|suspected of|involving) (?:fraud|abuse)\b|\b(?:malicious|fraudulent|abusive) returns? (?:and|or) (?:counterfeit|fraudulent|empty-box|swapped|fake) (?:returns?|claims?|items?) (?:will|may|shall) (?:not be (?:accepted|processed)|be (?:refused|rejected|declined))`,
  'g',
);
const MALICIOUS_REFUSED_ONE = new RegExp(MALICIOUS_REFUSED.source);
/**
 * Malicious returns refused with other things ("拒绝恶意退货和调包退货", "…和无理由退货", "We refuse malicious returns and
 * empty-box returns"), the things captured.
 */
const MALICE_COORDINATED = new RegExp(
  String.raw`${REFUSE_MALICE_ZH}(?:退货|退款|退换货?)((?:(?:[和及或、与]|以及)[^,;。和及或、与]{1,16}){1,4})|\b(?:refuse|reject|decline|(?:do not|dont|will not|wont|cannot|can not) accept)s? (?:any |all )?${MALICE_EN} (?:returns?|refunds?|claims?)((?:(?:,? (?:and|or)|,) (?!all other|other|any other|so |but |as |please |because |since |which |that )(?:[a-z-]+ ){0,3}(?:returns?|refunds?|claims?|items?|products?|goods|merchandise|requests?|packages?|boxes|box|orders?|purchases?)\b[^.;,]{0,40}){1,3})`,
  'g',
); /** What may be refused beside malicious returns as fraud too: a swap, an empty parcel, false claims, bad-faith reviews. */
const FRAUD_LIKE =
  /恶意|差评|无故拒收|职业|骗|以假|\bdeliberately (?:damaged|broken)\b|\b(?:stones?|rocks?|bricks?|stolen|swapped|tampered|suspicious|other brands?|counterfeit|fake)\b/;
/** The refusal of malicious returns with other things: gone when all of them are fraud, else read without the malice. */
function coordinatedRefusal(match: string, zh?: string, en?: string): string {
  const things = (zh ?? en ?? '').split(/[和及或、与]|以及|,? (?:and|or) |, /).filter((thing) => thing.trim());
  if (
    things.every(
      (thing) => (FRAUD.test(thing) || FRAUD_LIKE.test(thing)) && !ORDINARY_RETURN.test(thing.replace(FRAUD_ALL, ' ')),
    )
  )
    return ' ';
  return match.replace(/恶意(?:的)?|\b(?:malicious|fraudulent|abusive|bad[- ]faith) /, '');
}
/** Fraud's own refusal in English ("…, the return counts as fraud and will be refused"). */
const FRAUD_REFUSED_EN =
  /(\b(?:fraud|fraudulent|abuse|abusive|malicious)\b)[^.;]{0,10}\band (?:will|may|shall) be (?:refused|rejected|declined|denied)\b/g;
/** Goods sent back to an address other than the shop's return address, and what is said of them. */
const WRONG_ADDRESS_EN =
  /\b(?:items?|returns?|parcels?|packages?|goods|products?)\b[^.;,]{0,20}\b(?:sent|returned|shipped|mailed|posted) (?:back )?to (?:any |an? |the )?(?:other|another|different|wrong|incorrect|unauthori[sz]ed) address(?:es)?\b[^.;,]*/g;
/**
 * A channel the shop does not take requests by ("Return applications by phone will not be accepted", "电话申请退货恕不受理"):
 * the request is made another way, no return refused.
 */
const CHANNEL_NOT_TAKEN =
  /\b(?:returns?|refunds?|exchanges?|requests?|applications?|claims?|orders?)\b(?: (?:requests?|applications?|claims?))? (?:made |submitted |sent |received |placed )?(?:by|via|over|through) (?:the )?(?:(?:tele)?phone(?: calls?)?|calls?|sms|text(?: messages?)?|whatsapp|wechat|social media|facebook|instagram|direct messages?|dms?|e-?mail)\b (?:will not|won'?t|cannot|can ?not|are not|is not|shall not) (?:be )?(?:accepted|processed|handled|entertained)\b|\b(?:phone|telephone|e-?mail|whatsapp|sms) (?:orders?|requests?|applications?|returns?) (?:will not|won'?t|cannot|can ?not|are not|is not) (?:be )?(?:accepted|processed|handled|entertained)\b|\b(?:are|is|am) unable to (?:accept|process) (?:return |refund |exchange )?(?:requests?|applications?|claims?) (?:by|via|over|through) (?:(?:tele)?phone|calls?|sms|text(?: messages?)?|whatsapp|wechat|social media|e-?mail)\b|(?:电话|短信|微信|私信|留言)(?:申请|提出|要求)?(?:的)?(?:退货|退款|退换货?|换货|售后)(?:申请)?(?:一律|均)?(?:恕不|不予|不|概不)(?:受理|接受|处理)/g;
/** The consumer's own wrong address and what it costs ("客户有责任确保填写地址的准确性，如有误寄本店恕不负责"). */
const WRONG_ADDRESS_ZH =
  /(?:如有|若有|如|若|因)(?:地址[^,;。]{0,6})?(?:误寄|错寄|寄错|送错)[^,;。]{0,4}(?:本店|我们|本公司|我司)?(?:恕不|概不|不予|不)(?:负责|承担)/g;
/** A part that only refuses, naming nothing ("本店不予退款"). */
const BARE_REFUSAL_PART =
  /^\s*(?:本店|我们)?(?:将|会)?(?:一律|均|都)?(?:(?:不予|拒绝|不支持|不接受)(?:退款|退货|退换货?|受理|处理)|拒收|拒绝签收|不退(?:不换)?|不予退还|不退款)\s*[,;。]?\s*$/;
/** Bare refusals after a definition by fraud ("调包商品视为恶意退货，本店不予退款"): said of it. Not one before it ("本店不予退货，…"). */
function withoutRefusalAfterFraud(text: string): string {
  let defined = false;
  return text
    .split(/(?<=[,;])/)
    .map((part) => {
      if (defined && BARE_REFUSAL_PART.test(part)) return ' ';
      // The malice named, or (its refusal read away) the fraud it names ("拒绝恶意退货，如调包、寄空盒的，一律拒收").
      if (/恶意/.test(part) || FRAUD.test(part) || CONSUMER_FAULT.test(part)) defined = true;
      return part;
    })
    .join('');
}

/**
 * `text` without the refusals of malicious returns in it, unless an ordinary return or returns in number are deemed
 * malicious; with a definition by fraud, a bare refusal beside it goes too ("调包商品视为恶意退货，本店不予退款").
 */
export function withoutMaliciousRefused(text: string, defined = maliciousDefinition(text)): string {
  if (defined === 'ordinary' || defined === 'frequent' || !MALICE.test(text)) return text;
  // Other returns refused with them ("We do not accept fraudulent returns or returns of opened items", "拒绝恶意退货和无理由退货"):
  // the refusal is read without the malice.
  const stripped = text.replace(MALICE_COORDINATED, coordinatedRefusal).replace(MALICIOUS_REFUSED, ' ');
  return defined === 'fraud' ? withoutRefusalAfterFraud(stripped).replace(FRAUD_REFUSED_EN, '$1') : stripped;
}

/** A window of seven days or more counted from signing ("签收后7天内", "签收次日起7日内", "签收后一周内", "7个工作日内"). */
const LAWFUL_WINDOW_ASKED =
  /(?:(?:签收|收货|收到(?:商品|货)?)(?:次日|之日|后|起)*)?\s*(?:[7-9]|[1-9]\d|七|八|九|十[一二三四五六七八九]?|二十|三十|一周|两周)\s*(?:个)?(?:工作日|自然日|天|日|周)?(?:内|之内|以内)/;
/** The refusal after a deadline ("逾期不予处理", "超时不予受理"). */
const AFTER_DEADLINE_REFUSED =
  /(?:逾期|超时|超过期限|过期|超过(?:\d+|[七八九十])\s*(?:天|日)(?:后)?)(?:则|将|的|后)?(?:不予|不再|恕不|将不予)(?:处理|受理)/g;

/**
 * A refusal that only enforces the condition before it ("Please include all accessories, otherwise we will not accept the
 * return", the condition read from the sentence before when the refusal stands alone): lawful where the condition is
 * one the law allows (tags, accessories, a window of seven days or more, a receipt, a food or cosmetic seal) and names
 * nothing it does not (packaging, unopened goods, trying on, gifts, a carrier or label, defects, a shorter time). A seal
 * demanded of other goods than food or cosmetics is not read as such a condition (open: "keep the seal intact" alone).
 */
const CONSEQUENCE_EN =
  /^(.{1,300}?)(?:\s*[,(;]\s*(?:otherwise|if not|failing (?:which|that|this)|or else)|\s+(?:otherwise|or else))\b,?\s/;
const LAWFUL_CONDITION_EN =
  /\b(?:tags?|accessor(?:y|ies)|parts|components|pieces|manuals?|notify us|email us|let us know|within (?:7|seven|[89]|1\d|[2-9]\d) (?:calendar |working |business )?days|within (?:one|a|two|1|2) weeks?|serial (?:numbers?|labels?)|imei|brand labels?|labels? (?:attached|intact)|third[- ]party repairs?|repaired by (?:a )?third[- ]party|clean|undamaged|not damaged|unused|unworn|unwashed|contact(?:ing)? (?:us|our (?:customer service|support|team))|(?:original|saleable|resaleable|resalable) condition|receipts?|proof of purchase|order numbers?|return (?:forms?|numbers?|authori[sz]ation))\b/;
const UNLAWFUL_CONDITION_EN =
  /\b(?:unopened|packag\w*|(?:original|shoe|outer|product) box(?:es)?|box(?:es)? (?:must be |is |are )?(?:undamaged|intact|unopened|sealed)|tried|try|film|gifts?|labels? (?:we|you) provide|prepaid|courier|carrier|faulty|defective|within [1-6] (?:calendar |business |working )?days|hours?|free)\b/;
/** The Chinese form: "请在签收后7天内申请退货，否则恕不受理", "请保持吊牌完好。否则不予退货". */
const CONSEQUENCE_ZH = /^(.{1,200}?)[,;。]\s*(?:否则|不然)[,]?/;
const LAWFUL_CONDITION_ZH =
  /(?:签收|收货|收到)[^,;。]{0,6}(?:(?:[7-9]|[1-9]\d|七|十五|三十)\s*(?:个)?(?:天|日|工作日|自然日)|一周|两周)|(?:于|在)(?:[7-9]|[1-9]\d|七|十五|三十)\s*(?:个)?(?:天|日|工作日|自然日)(?:内|之内|以内)|吊牌|配件|附件|说明书|保修卡|商标|完好|齐全|联系客服|退货单|订单号|确认后(?:再)?(?:寄出|寄回|退回|发回)/;
const UNLAWFUL_CONDITION_ZH =
  /拆封|拆开|未开封|塑封|密封|封口|封条|封膜|包装|试穿|试用|赠品|快递|物流|质量|瑕疵|故障|(?<!\d)[1-6]\s*(?:天|日)|小时|发货|付款/;
/** Goods whose one-time seal NRR-MEASURES 9(1) makes the test of intactness, and the seal's words. */
const SEAL_ZH = /密封|封口|封条|塑封|封膜/;
const SEAL_WORDS_ZH = /(?:一次性)?(?:独立)?(?:(?:密封|封口|封条|塑封|封膜)(?:包装)?|(?<!外)包装)/g;
const SEAL_DEMAND_FILLER =
  /须|需|必须|应当|应|要|请|保持|确保|保证|的|其|商品|产品|类|一次性|完好|完整|无损|未拆封|未开封|未拆|未破损|未破坏|不得破损|无破损|原|状态|[、和及与/\s]/g;
function enforcesLawfulConditionZh(text: string): boolean {
  const match = CONSEQUENCE_ZH.exec(text);
  if (!match) return false;
  const condition = match[1] as string;
  // "化妆品须保持密封，否则不予退货": the seal of goods NRR-MEASURES 9(1) names is intactness for them.
  const sealOfGoods =
    SEAL_CATEGORY.test(condition) &&
    SEAL_ZH.test(condition) &&
    !/除[^,;。]{0,12}外|以外|之外|食品级/.test(condition) &&
    // Nothing but the sealed goods, their seal and the words of a demand ("食品外箱须…", "食品及餐具须…" name more).
    condition
      .replace(/^[\s\S]*(?:条件|须知|说明|要求|注意|规则|政策|事项|提示|备注|注)[^:\n]{0,6}[:\n]/, '')
      .replace(/^\s*(?:\d+|[一二三四五六七八九十]+)[、.)]\s*/, '')
      .replace(SEALED_GOODS_NAMED_ZH, '')
      .replace(SEAL_WORDS_ZH, '')
      .replace(SEAL_DEMAND_FILLER, '') === '';
  return (
    (LAWFUL_CONDITION_ZH.test(condition) || sealOfGoods) &&
    !UNLAWFUL_CONDITION_ZH.test(sealOfGoods ? condition.replace(SEAL_WORDS_ZH, ' ') : condition) &&
    // A refusal of its own before the consequence is read as one.
    !/不在[^,;。]{0,10}范围|不支持|不予|不退|不可退|不接受|不受理|无法退|不能退/.test(condition) &&
    !/质量|瑕疵|故障|任何/.test(text.slice(match[0].length))
  );
}
function enforcesLawfulCondition(text: string): boolean {
  const match = CONSEQUENCE_EN.exec(text);
  if (!match) return false;
  const condition = match[1] as string;
  const sealOfFood = /\b(?:food|cosmetics?|medical|supplements?|health)\b/.test(condition) && /\bseal/.test(condition);
  // A refusal of its own before the consequence is read as one.
  if (
    /\b(?:cannot|can'?t|not (?:be )?(?:accepted|returned|refunded|eligible)|non-?(?:returnable|refundable)|no returns?|final sale)\b/.test(
      condition,
    )
  )
    return false;
  return (
    (LAWFUL_CONDITION_EN.test(condition) || sealOfFood) &&
    !UNLAWFUL_CONDITION_EN.test(sealOfFood ? condition.replace(/\bseals?\b|\bsealed\b/g, ' ') : condition)
  );
}

/**
 * The buyer who keeps the goods, offered something for it or not refunded ("买家不退货的，本店可补偿…", "如您不退回商品，可给予…",
 * "买家不退货的，不予退款").
 */
const BUYER_KEEPS_GOODS =
  /(?:(?:买家|顾客|客户|消费者|您|如|若|如果)(?:选择|愿意|同意|可选择|可以选择)?|可选择|可以选择)(?:不(?:退货|(?:退回|寄回|退还)(?:商品|货物)?(?![^,;。]{0,4}(?:赠品|礼品|发票|包装|配件|附件|吊牌|说明书|保修卡|运费|差价)))|(?:保留|留下)(?:商品|货物))(?:的|时)?(?:(?=[,]?[^,;。]{0,8}(?:补偿|补贴|赔偿|给予|赠送|优惠券|红包|(?<!不|不予)(?:返还|退还)(?=[^,;。]{0,6}(?:\d+(?:\.\d+)?%|[一二三四五六七八九两]成|部分|一半))))|[,]?(?:(?!或|及|且|和|拆|损|使用|用过)[^,;。]){0,8}?(?:不予|不|无法|不能)(?:退款|退还货款))/g;
/**
 * True when the clause refuses a return (or its lead-in does, for a list item): the centre of most
 * void clauses, and of many lawful ones.
 */
/** The parts a repair replaced, kept by the repairer ("拆换下来的零件将不退还", "Replaced parts will not be returned"). */
const REPLACED_PARTS_KEPT =
  /(?:拆换|更换|替换|换|拆)(?:下来|下)的(?:旧)?(?:零件|配件|部件|零配件)[^,;。]{0,6}?(?:将|均|一律|概)?(?:不(?:予)?(?:退还|返还|归还|退回|寄回)|归[^,;。]{0,8}所有(?:\s*[,，]?\s*(?:将|均|一律|概)?不(?:予)?(?:退还|返还|归还|退回|寄回))?)|旧(?:零件|配件|部件|件)[^,;。]{0,4}?(?:将|均|一律|概)?不(?:予)?(?:退还|返还|归还|退回|寄回)|\b(?:replaced|old|defective|faulty) parts (?:will|shall) not be returned(?: to you)?\b/g;

export function refuses(raw: string): boolean {
  return refusesRemembered(raw);
}
const refusesRemembered = rememberedPerPolicy(refusesUncached);

function refusesUncached(raw: string): boolean {
  // "售后服务申请不通过的情形：…": the cases listed under it are refused.
  // Not a procedure after it ("退款申请被拒绝的情况：可联系平台客服申诉").
  const failed = APPLICATION_FAILS_LIST.exec(raw);
  if (failed && !/^\s*(?:可|请|您可|如|联系|申诉|重新|补充)/.test(raw.slice(failed.index + failed[0].length)))
    return true;
  if (/otherwise|if not|failing|or else/.test(raw) && enforcesLawfulCondition(raw)) return false;
  // "Returns will not be accepted unless they meet all the above requirements": the conditions stated elsewhere enforced, each
  // judged where it stands.
  if (/\bunless\b/.test(raw) && CONDITIONS_REFERRED_EN.test(raw)) return false;
  // "If the product does not meet the listed criteria, we reserve the right not to issue a refund": the same, as a condition.
  if (/\bnot meet\b/.test(raw) && CONDITIONS_UNMET_EN.test(raw)) return false;
  if (/否则|不然/.test(raw) && CONDITIONS_REFERRED_ZH.test(raw)) return false;
  if (/否则|不然/.test(raw) && enforcesLawfulConditionZh(raw)) return false;
  // "Which items cannot be returned?" asked alone: its answer, a clause of its own, says what is refused.
  if (
    /^(?:q\d*:\s*)?(?:which|what) (?:items?|products?|goods|orders?|purchases?|cannot|can not|is not|isnt|are not|arent)\b[^?]*\?\s*$/.test(
      raw,
    )
  )
    return false;
  // Asked alone: one question mark, at the end (tested by position, so the reading stays linear on long texts).
  const mark = raw.indexOf('?');
  if (
    mark >= 0 &&
    mark === raw.trimEnd().length - 1 &&
    WHY_ASKED.test(raw) &&
    !raw.replace(WHY_REFUSAL_WORDS, '').replace(QUESTION_GENERIC_ALL, '')
  )
    return false;
  // Refusals of refusals ("卖家不得拒绝退货", "约定不支持七天无理由退货的行为无效") and money that is not
  // the price ("手续费不予退还", "优惠券不予返还") are not refusals of the return.
  if (OVERRULED.test(raw) || PROMISED.test(raw)) return false;
  let text = raw.replace(NOT_THE_PRICE, ' ').replace(CANCELLATION_ONLY, ' ').replace(IN_STORE_HANDOVER, ' ');
  // "若更换零件，拆换下来的零件将不退还": the old parts a repair takes out stay with the repairer, no return refused.
  if (/零件|配件|部件|旧件|parts/.test(text)) text = text.replace(REPLACED_PARTS_KEPT, ' ');
  // "也请您放心的签收…(不必拒收)": the parcel's refusal advised against, nothing refused.
  // …nor the consumer's own refusal at delivery ("若为有理由拒收…", "客户拒收交易的货物"): the consumer refuses, not the shop.
  if (text.includes('拒收'))
    text = text
      .replace(/(?:不必|无需|无须|不用|不需要?|请勿|不要|切勿)拒收/g, ' ')
      // Read as the return it is, so that what the shop refuses of it is still read ("买家拒收的订单，本店不予受理").
      .replace(
        /(?:(?:客户|买家|顾客|消费者|您|收件人)(?:的)?)?(?:有理由|无理由)拒收|(?:客户|买家|顾客|消费者|收件人)拒收/g,
        '退货',
      );
  // "退货退款请联系店铺客服，主播不处理售后问题": someone else than the shop declines, and the shop's service is named.
  if (/主播|场控|助播|快递员|配送员|司机|安装师傅|师傅/.test(text) && /联系[^,;。]{0,6}客服/.test(text))
    text = text.replace(OTHER_PERSON_DECLINES, ' ');
  if (/invoice|receipt|shipping|postage|delivery|wrap/.test(text))
    text = text.replace(NOT_THE_GOODS_EN, ' ').replace(COST_OF_DELIVERY_NOT_REFUNDED_EN, ' ');
  // "What Is Not Refunded:" over "Original shipping costs for customer remorse returns": the cost kept, not the return.
  if (/shipping|postage|delivery|handling|freight/.test(text)) text = text.replace(COST_LISTED_NOT_REFUNDED_EN, ' ');
  // "Items sent to any other address will not be refunded": a return that never reaches the shop's address is no return refused.
  if (/address/.test(text)) text = text.replace(WRONG_ADDRESS_EN, ' ');
  // "We only accept returns from the original purchaser (…we cannot accept a return from your purchaser)": the right is the
  // buyer's own; someone the goods were sold on to has none against the shop.
  if (/\bfrom\b/.test(text)) text = text.replace(RETURNS_FROM_OTHERS_EN, ' ');
  // "We will not accept any return that is not authorized": the procedure refused, not the return; what follows is read.
  if (/authori[sz]ed/.test(text)) text = text.replace(UNAUTHORIZED_RETURN_EN, ' ');
  if (text.includes('地址')) text = text.replace(WRONG_ADDRESS_ZH, ' ');
  if (
    /phone|calls?\b|sms|text|whatsapp|wechat|social|facebook|instagram|messages?|dms?\b|mail|电话|短信|微信|私信|留言/.test(
      text,
    )
  )
    text = text.replace(CHANNEL_NOT_TAKEN, ' ');
  if (/费|发票/.test(text)) text = text.replace(FEES_NOT_REFUNDED_ZH, ' ');
  // "以信用卡付款的订单，恕不退现金": the card payment goes back to the card (NRR-MEASURES 14), no return refused.
  if (text.includes('现金') && /信用卡|刷卡|银行卡/.test(text))
    text = text.replace(/(?:恕不|概不|不予|不会|不)(?:退|退还|返还|退回)(?:现金|现款)/g, ' ');
  if (/赠|礼品/.test(text)) text = text.replace(GIFT_NOT_ALONE, ' ');
  // "此前“大促期间不支持无理由退货”的规定已废止": a rule said to be revoked refuses nothing.
  if (/废止|废除|作废|取消|撤销|失效/.test(text)) text = text.replace(RULE_REVOKED, ' ');
  // "本店不享有退换货的最终决定权": a right of the shop's own disclaimed refuses nothing.
  if (text.includes('权')) text = text.replace(SHOP_RIGHT_DISCLAIMED, ' ');
  // "退不退货由您决定", "本店不做任何退货限制", "不提供退换货上门取件服务": a question put, a limit or a pickup not made, no refusal.
  if (/退不退|换不换|限制|门槛|取件|取货|零件|配件|部件/.test(text)) text = text.replace(NOT_A_REFUSAL_ZH, ' ');
  // "退货请先行垫付运费，非质量问题不予报销": the shipping not repaid, no return refused.
  if (text.includes('报销')) text = text.replace(REIMBURSEMENT_REFUSED, ' ');
  // "买家不退货的，本店可补偿货款的10%": the buyer who keeps the goods is offered something, no return refused.
  if (/不退|不寄回|保留|留下/.test(text)) text = text.replace(BUYER_KEEPS_GOODS, ' ');
  // A refund without the goods sent back refused ("未退货仅退款的申请一律不予受理", "We do not issue refunds without the item being
  // returned"): the return itself is kept.
  if (/仅退款|只退款|without/.test(text)) text = text.replace(REFUND_ONLY_REFUSED, ' ');
  // "If we do not receive the item, we cannot process a refund": the refund waits for the goods, no return refused.
  if (/\bre(?:ceive|cieve|iceve)/.test(text)) text = text.replace(NOT_RECEIVED_NO_REFUND_EN, ' ');
  // "拒绝恶意退货", "Fraudulent returns will be refused": fraud refused, not the return.
  const defined = maliciousDefinition(text);
  text = withoutMaliciousRefused(text, defined);
  // "拆封即视为恶意退货", "Any return of opened goods is deemed malicious": the return itself refused. Frequent returns called
  // malicious ("如果您频繁退货可能会被视为恶意") are a penalty, read as one (`other_void`).
  if (defined === 'ordinary' || (defined === 'frequent' && MALICIOUS_REFUSED_ONE.test(text))) return true;
  if (text.includes('手续费')) text = text.replace(CARD_FEE_KEPT, ' ');
  if (text.includes('前')) text = text.replace(REFUND_AWAITS_STEP, ' ');
  // "本店没有任何商品不支持7天无理由退货", "赠品为非卖品，不支持7天无理由退货": that span refuses nothing; the rest is read on.
  const spoken = text.includes('无理由') ? REFUSE_NO_REASON_SPOKEN.exec(text) : null;
  if (spoken && !bareRefuses(text, spoken))
    text = `${text.slice(0, spoken.index)} ${text.slice(spoken.index + spoken[0].length)}`;
  // "Eligibility for Return: We do not accept intimate or sanitary goods", "We do not accept opened items": goods not accepted
  // (in a return policy, every clause is about returns).
  if (LATIN_WORD.test(text) && /\baccept\b/.test(text)) {
    const found = GOODS_NOT_ACCEPTED_EN.exec(text);
    // Goods in a state the law lets the shop refuse ("worn shoes", "scratched watches", "items in used condition") are no
    // refusal, unless opened too.
    const notAccepted =
      found === null
        ? undefined
        : `${found[0]}${/^\s*in (?:an? )?[a-z-]+(?:,? (?:or|and) [a-z-]+)? (?:condition|state)\b/.exec(text.slice(found.index + found[0].length))?.[0] ?? ''}`;
    const lawfulState =
      notAccepted !== undefined && GOODS_STATE_EN.test(notAccepted) && !/\b(?:opened|unsealed)\b/.test(notAccepted);
    if (notAccepted !== undefined && !lawfulState) return true;
  }
  // The English refusals are read only where there is English (most clauses are Chinese, and the pattern is long).
  if (
    REFUSE_ZH.test(text) ||
    REFUSE_IDIOM_ZH.test(text) ||
    (LATIN_WORD.test(text) && (REFUSE_EN.test(text) || REFUSE_EN_MORE.test(text))) ||
    REFUSE_OBJECT_ZH.test(text)
  )
    return true;
  if (refusesBare(text)) return true;
  if (REQUEST_NOT_SUPPORTED.test(text)) return true;
  if (noReasonSuspended(text)) return true;
  if (refundRefusedEn(text)) return true;
  // "特价商品不予全额退款": a refund cut short, unless by what the law lets the shop keep (coupons, shipping, bundles, goods
  // returned without their accessories), read part by part with the condition before it.
  if (
    REFUND_CUT_SHORT.test(text) &&
    text.split(/[,;，；。]/).some((part, index, parts) => {
      if (!REFUND_CUT_SHORT.test(part)) return false;
      const said = `${parts[index - 1] ?? ''}，${part}`;
      const kept =
        /满减|运费|邮费|优惠|手续费|赠品|信用卡|积分|按实际|首次发货|套装|组合|红包|礼券|(?:退回|缺|少|缺失|未退|不全|遗失|丢失|未附带|没有)[^,;。]{0,6}(?:原)?(?:配件|附件)|(?:配件|附件|说明书|保修卡)[^,;。]{0,8}(?:缺失|不全|未(?:寄回|退回|附带|随附|归还)|少了|遗失|丢失|(?<!未)损坏|缺少)/.test(
          said,
        );
      return !kept || /特价|促销|清仓|拆封|无理由|已使用|未使用|齐全/.test(said);
    })
  )
    return true;
  // "我们不提供现金退款" with no other way the money comes back refuses the refund itself.
  if (
    /(?:不提供|不支持|不接受|无法提供|不予)现金退款/.test(text) &&
    !/原路|原支付|银行|转账|账户|帐户|信用卡|支付宝|微信|购物卡|储值卡|余额|礼品卡|积分|代金券/.test(text)
  )
    return true;
  if (qualityOnly(text)) return true;
  if (membersOnly(text)) return true;
  if (grantThenElidedRefusal(text)) return true;
  if (REFUSE_HANDLE_ZH.test(text) && RETURN_TOPIC.test(text) && !NO_REFUSAL_OF_RETURN.test(text)) return true;
  // "如不想要了，本店不予处理": a change of mind is a return's ground, named without the word; a change before dispatch
  // ("拍错请在发货前联系客服修改") is an order's.
  if (!/不想要|不喜欢|拍错|买错/.test(text) || (/发货前/.test(text) && !/签收|收货|收到/.test(text))) return false;
  // "如不想要了，请在签收后7天内申请，逾期不予处理": asked within a window of seven days or more after signing, the refusal
  // after it refuses nothing the law gives; what the rest refuses is read ("…，特价商品不予处理").
  if (
    !LAWFUL_WINDOW_ASKED.test(text) ||
    /发货|出货|出库|寄出|发出|付款|支付|下单|订单|购买|拍下|成交/.test(text) ||
    /(?<!\d)(?:[1-6]|[一二两三四五六])\s*(?:天|日)(?:内|之内)|\d+\s*(?:个)?小时/.test(text)
  )
    return REFUSE_HANDLE_ZH.test(text) && !NO_REFUSAL_OF_RETURN.test(text);
  const rest = text.replace(AFTER_DEADLINE_REFUSED, ' ');
  // Sale or opened goods carved out of the window ("…，特价商品除外") are refused it.
  if (
    /(?:特价|促销|清仓|折扣|活动|秒杀|团购|直播|限时|特惠|福利|处理品|拆封|已拆|试穿|使用)[^,;。()（）]{0,8}(?:商品)?除外/.test(
      rest,
    )
  )
    return true;
  // What the law lets a shop refuse ("…，定制商品不予处理", "…，食品拆封后不予处理") refuses nothing it gives.
  const refused = REFUSE_HANDLE_ZH.exec(rest);
  return (
    refused !== null &&
    !NO_REFUSAL_OF_RETURN.test(rest) &&
    !/定制|定做|订制|生鲜|鲜活|易腐|鲜花|蛋糕|下载|软件|报纸|期刊|吊牌|(?:食品|化妆品|医疗器械|计生用品)[^,;。]{0,6}拆封/.test(
      rest.slice(Math.max(0, partBegins(rest, refused.index, ',;。')), refused.index),
    )
  );
}

/**
 * A promise to take returns back ("我们不会拒绝7天无理由退货", "本店没有不支持7天无理由退货的商品"), unless a later part of its
 * sentence refuses goods that are not statutory ones ("…，只有特价商品不予退货"): the promise overrules the refusal.
 */
const PROMISE_UNDONE =
  '(?![^。]*(?:但|除外|[,;](?![^,;。]*(?:不会|(?:只有|仅有|仅限)(?![^,;。()（）]{0,30}(?:特价|清仓|秒杀|促销|折扣|打折))[^。]{0,24}(?:定制|定做|定作|订制|鲜活|易腐|生鲜|数字|虚拟|下载|报纸|报刊|期刊|音像)))[^,;。]*?(?:不退|不换|恕不|不予|不支持|不接受|概不)))';
const PROMISED = new RegExp(
  String.raw`(?:不会|绝不|从不|决不|不得)(?:以|因)?(?:任何)?(?:理由|借口|原因)?拒绝(?:您|买家|消费者)?(?:的)?(?:合理|合法|正当|符合(?:规定|条件|法律规定))?(?:的)?(?:(?:七|7)\s*(?:天|日))?(?:无理由)?(?:退货|退换|退款)${PROMISE_UNDONE}|(?:没有|无|不存在)(?:任何)?(?:不支持|不享受|不适用)(?:七|7)\s*(?:天|日)无理由(?:退货|退换货?)?的(?:商品|产品|情况|情形)${PROMISE_UNDONE}`,
);
const OVERRULED =
  /不存在不退不换|暂时(?:无法|不能|不予)[^。]{0,16}(?:稍后|恢复后|请稍)|(?:如|若|如果)(?:您|买家)(?:无法|不能|不予)(?:办理|处理)[^。]{0,12}(?:协助|帮助|帮您|代为)|(?:拒绝|不予|不)重复退款|no returns? (?:is |are )?(?:required|needed|necessary)|(?:被)?(?:拒绝|驳回)[^。]{0,4}(?:可|可以|请|您可)[^。]{0,10}(?:重新|再次)(?:申请|提交)|(?:不得|禁止|无权|不可以|不能)(?:以[^,;。]{0,12}为由|以任何(?:理由|方式|借口)|无理由|无故|随意)?拒绝(?:退货|退换|办理|受理)|(?:不得|禁止|无权|不可以|不能)以任何(?:理由|方式|借口)拒绝(?:履行)?[^,;。]{0,10}(?:退货|退换货?|退款|售后)(?:服务)?(?:规则|条款|须知|政策|规定|服务|申请)|(?:的)?(?:行为|约定|条款|规定|做法)(?:均|一律)?(?:无效|违规|违法|不被允许)|(?:may|must|shall) not refuse/;
/** The card fee kept back ("使用信用卡支付产生的手续费，退款时不予退还"): a charge NRR-MEASURES 16 allows, no refusal. */
const CARD_FEE = '(?:信用卡|支付|刷卡|银行|分期|花呗)[^,;。]{0,8}手续费';
const CARD_FEE_KEPT = new RegExp(
  String.raw`${CARD_FEE}(?:[^,;。]{0,4}|(?:由|需|须)(?:您|买家|顾客|消费者)?(?:自行)?(?:向|与)?(?:银行|发卡行|支付机构|支付平台)?(?:支付|承担|收取|结算)(?:的)?)[,;]?\s*(?:在)?(?:退款|退货)?(?:时)?(?:将)?(?:不予|不|概不|恕不|无法)(?:退还|返还|退回)(?!货款|款项|价款|全款|购物款|商品款|商品)|(?:不予|不|概不|恕不|无法)(?:退还|返还|退回)(?:您)?(?:的)?${CARD_FEE}`,
);
const REFUND_ONLY_REFUSED =
  /(?<![及和与、]|以及|退货)(?:收货后|未退货的?|不退货的?|未寄回的?|不寄回的?)?(?:仅退款|只退款)(?:不退货|不寄回)?(?:的)?(?:申请)?(?:一律|均)?(?:不支持|不予受理|不予办理|不受理|将被拒绝|不予支持)|\b(?:do not|will not|cannot|can not) (?:issue|give|make|offer) (?:a |any )?refunds? without (?:the )?(?:items?|goods|products?|order)s? (?:being |first being )?returned\b/g;
/** Papers or charges, not goods, said not to be returned ("Invoices … cannot be returned", "Shipping fees cannot be refunded"). */
const NOT_THE_GOODS_EN =
  /(?:^|[.;:!]\s*|\bpolic(?:y|ies)\s+)(?:the |your |all |any |our )?(?:invoices?|receipts?|(?:original |outbound |return )?(?:shipping|postage|delivery)(?: (?:and|&) handling)?(?: fees?| costs?| charges?)|gift wrap(?:ping)?(?: fees?)?)\b(?:(?!\b(?:and|or)\s+(?:all\s+|any\s+|the\s+|our\s+)?(?:[a-z-]+\s+){0,2}(?:items?|products?|goods|merchandise|orders?|purchases?|gift cards?)\b|,\s*(?:all\s+|any\s+|the\s+|our\s+)?(?:[a-z-]+\s+){0,2}(?:items?|products?|goods|merchandise|orders?|purchases?|gift cards?)\b)[^.;]){0,60}\b(?:(?:cannot|can not|will not|may not|are not|is not) be (?:returned|refunded)|(?:are|is) not (?:returnable|refundable)(?: or (?:returnable|refundable))?|(?:are|is) not subject to (?:a |any )?refunds?|(?:are|is) non-?refundable)\b/;
/** A gift not returned on its own ("赠品为附赠，不单独退换", "赠品不可单独退货"): it goes back with the goods (NRR-MEASURES 12). */
export const GIFT_NOT_ALONE =
  /(?:赠品|礼品|赠送的?[^,;。]{1,6})(?:(?!丢|缺|遗失|未退|未寄|损|商品|主)[^;。]){0,8}?(?:不|不可|不能|无法|不予|不支持)(?:单独|另行|单个)(?:退换货?|退货|退款|退回|退)/g;
/**
 * A question the consumer settles or that is put aside ("退不退货由您决定", "不管退不退货…"; not "退不退货由本店决定", "…看老板心情",
 * the shop's say), no limit set ("不做任何退货限制"), no pickup offered ("不提供任何退换货上门取件服务"), no spare-parts service
 * ("所有產品不設更換零件服務").
 */
const NOT_A_REFUSAL_ZH =
  /(?<=(?:不管|无论|不论)[^,;。]{0,4})(?:退不退|换不换)|(?:退不退|换不换)(?=[^;。]{0,8}?(?:由|看|听|随)?(?:您|你|买家|顾客|消费者|客户|用户)(?:自己|自行|本人)?(?:来|可以|可)?(?:自主|的)?(?:决定|选择|说了算|做主|作主|定夺|意愿|拿主意|做决定))|(?:退不退|换不换)(?=[^;。]{0,12}?(?:请|麻烦|务必)(?:您|买家|顾客)?[^,;。]{0,8}(?:告知|告诉|反馈给?|通知)(?:客服|我们|本店|商家|卖家))|(?:不|没有|无)(?:做|设|设置|作)(?:任何)?(?:的)?(?:退货|退换货?|无理由)?(?:的)?(?:限制|门槛)|(?:不|暂不)(?:提供|支持)(?:任何)?(?:的)?(?:退货|退换货?|售后)?(?:的)?(?:上门取件|上门取货|上门收件|取件)(?:服务)?|(?:不设|不设有|不提供|没有|无)(?:任何)?(?:更换|替换)?(?:零件|配件|部件|零部件)(?:的)?(?:更换|替换|销售|购买)?服务(?![^,;。]{0,3}(?:及|和|与|、|以及|或)[^,;。]{0,8}(?:退|换))/g;
/** A return without the shop's authorisation refused ("We will not accept any return that is not authorized"). */
const UNAUTHORIZED_RETURN_EN =
  /\b(?:we )?(?:will not|won't|wont|do not|don't|dont|cannot|can't|cant) accept (?:any |a )?returns? (?:that (?:is|are|has|have) |which (?:is|are|has|have) )?not (?:been )?(?:pre-?)?authori[sz]ed\b/g;
/** Returns taken only from the buyer, not from anyone the goods were passed on to ("…from your purchaser", "…from third parties"). */
const RETURNS_FROM_OTHERS_EN =
  /\b(?:we )?only (?:accept|take|process) returns? from (?:the )?original (?:customers?|buyers?|purchasers?)\b|\b(?:cannot|can ?not|can't|will not|won't|do not|don't|dont) (?:accept|take|process) (?:a |any )?returns? from (?:your (?:customers?|buyers?|purchasers?)|third[- ]part(?:y|ies)|resellers?|anyone (?:else|other than the (?:original )?(?:customer|buyer|purchaser)))\b/g;
/** A state of the goods the law lets a shop refuse (worn, used, damaged: NRR-MEASURES 9). */
const GOODS_STATE_EN =
  /\b(?:worn|used|scratched|damaged|soiled|stained|washed|altered|broken|dirty|tampered|second-hand|secondhand)\b/;
/**
 * Goods named as not accepted ("We do not accept intimate or sanitary goods", "…electronics"), the goods right after the
 * verb, with no condition after them ("…without a receipt", "…unless…"); not a way of paying or sending ("…cash on
 * delivery") nor a place or way of handing them in ("…at our physical stores", "…for in-store drop-off", "…at our parcel
 * lockers"). Goods in a state the law allows ("worn shoes") are read out where the
 * match is used.
 */
const GOODS_NOT_ACCEPTED_EN =
  /\b(?:we )?(?:do not|don'?t|cannot|can ?not|will not|won'?t|does not|doesn'?t) accept (?:any )?(?!returns?\b|returned\b|exchanges?\b|responsibility\b|liability\b)(?:(?:types?|kinds?|sorts?|categories) of |(?!(?:for|of|to|in|on|from|with)\b)[a-z-]+(?:,? (?:or|and) |, | )){0,6}(?:goods|items|products|merchandise|materials|liquids|gases|garments|clothing|underwear|swimwear|cosmetics|electronics|appliances|shoes|footwear|jewell?ery|furniture|toys|books|bags|handbags|watches|eyewear|sunglasses)\b(?![^.;]{0,40}\b(?:without|unless|if|that|which|after|once(?! (?:(?:it|they) (?:is|are|has been|have been) )?(?:delivered|received|signed for)\b)|sent|shipped|by|via|through|cod|postage)\b)(?! (?:(?:at|in) (?:our |any |the )?(?:physical |retail |high street )?(?:stores?|shops?|branches|locations|outlets)\b(?! or online)|(?:at|in|for|through|via) (?:our |any |the |a )?(?:in-store |store |parcel |pick-?up |collection |drop-?off )?(?:drop-?offs?|drop offs?|lockers?|post offices?|drop-?off points?|collection points?|pick-?up points?|click[- ](?:and|&)[- ]collect|counters?)\b(?![^.;]{0,30}\b(?:or|nor)\b(?! (?:a |an |the )?(?:post offices?|couriers?|collection|drop-?off)\b))))/;
/** A decision or interpretation right of the shop's disclaimed ("本店不享有退换货的最终决定权", "我们并不保留…的解释权"). */
const SHOP_RIGHT_DISCLAIMED =
  /(?:不|并不|从不|绝不)(?:再)?(?:享有|拥有|具有|保留)[^,;。]{0,12}?(?:最终|最后|单方)?(?:的)?(?:决定|解释|处置|裁量|裁定)权/g;
/** A restriction said to be revoked ("…不支持无理由退货的规定已废止", "…暂停退货的安排已取消"; not "七天无理由退货的政策已取消"). */
export const RULE_REVOKED =
  /(?<=^|[,;。])(?=[^,;。]{0,30}?(?:不|暂停|停止|关闭|暂缓)[^,;。]{0,30}?["”」』]?的(?:规定|安排|政策|做法|条款|措施|通知|公告)(?:现)?(?:已|已经))[^,;。]{0,30}?["”」』]?的(?:规定|安排|政策|做法|条款|措施|通知|公告)(?:现)?(?:已|已经)(?:经)?(?:全面|正式)?(?:废止|废除|作废|取消|撤销|失效)/g;
/** The shipping not repaid ("不予报销", "运费不报销"): the consumer's cost, no return refused. */
const REIMBURSEMENT_REFUSED = /(?:不予|不|不能|无法|概不|恕不)(?:予以)?报销(?:运费|邮费|快递费)?/g;
/** Fees or invoices, not goods, said not to be refunded ("运费不可退", "运费、包装费不可退", "发票一经开具，不予退换", "已产生之服务费不予退还"). */
const FEES_NOT_REFUNDED_ZH =
  /(?:(?<=[之的])|(?<![\u4e00-\u9fff、及和与]))(?:已开具的)?(?:运费|邮费|快递费|包装费|礼盒费|发票|税费|(?:安装|维修|检测|技术)?服务费)(?:[、及和与](?:运费|邮费|快递费|包装费|礼盒费|发票|税费|(?:安装|维修|检测|技术)?服务费))*(?:一经开具[,]?)?(?:均|一律)?(?:不可|不能|不予|恕不|概不|不支持|不再)(?:退还|退回|退换|退)(?![货款])|(?:运费|邮费|快递费)(?:为|是|属于?|系)[^,;。]{0,12}(?:费用?|成本),\s*(?:均|一律)?(?:不可|不能|不予|恕不|概不|不再)(?:予以)?(?:退还|退回|返还)|(?:不可|不能|不予|恕不|概不|无法)(?:予以)?(?:退还|退回|返还)(?:已支付的|已付的?)?(?:手续费|服务费)(?![、及和与]|以及)/;
/**
 * The price paid, named beside a fee ("货款", "全款", "已付款项"); not the goods ("逾期商品和运费不退" is read by the period's
 * rules, where a refusal of goods named by their state would be read as a category excluded).
 */
const PRICE_NAMED =
  '(?:货款|商品款|价款|全款|款项|退款(?!手续费|运费|费)|已付款|已付(?:的)?金额|实付款|购物款|订单款|(?:商品|订单|支付|付款|购买|实付)(?:总)?(?:金额|价款|价格|费用|钱|额|价)|已支付(?:的)?(?:款项|金额|货款)|(?:订单|商品)(?:的)?(?:全款|钱)|货钱|本金|售价(?!差))';
/** A conjunction between a fee and the price. */
const FEE_AND_PRICE = '(?:[、及和与跟]|以及|连同)';
/** The price after a fee and its conjunction ("全部货款"), not the price excepted ("货款以外的其他费用"). */
const PRICE_AFTER_FEE = `(?:全部|所有|已付的?|剩余的?|相应的?|对应的?|您的?|买家的?)?${PRICE_NAMED}(?!以外|之外|外)`;
/** A fee refused with the price joined after it ("不退运费和货款", "不退还运费、货款"): the price refused too, no fee alone. */
const NOT_JOINED_TO_PRICE = String.raw`(?!\s*${FEE_AND_PRICE}\s*${PRICE_AFTER_FEE})`;
/**
 * Money that is not the price, said not to be refunded, struck out before a refusal is read: a fee, a coupon, a deposit,
 * taxes, store credit ("不退运费", "优惠券不予返还", "定金不退"); and a fee joined to the price, so that the price's own refusal
 * is read alone ("运费和货款不予退还" → "货款不予退还").
 */
const NOT_THE_PRICE = new RegExp(
  String.raw`(?:不予|不会|不|概不|恕不|无法)(?:退回|退还|返还)(?:当次|本次|该次|此次|订单)?(?:已)?(?:使用|抵扣|抵用|折抵)?(?:的|之)?(?:优惠(?!价)|折扣券|红利|点数|积分|优惠券|折价券|免运券|购物金)|(?:运费|邮费|快递费)(?:用)?\s*${FEE_AND_PRICE}(?=\s*${PRICE_AFTER_FEE})|\bno refunds? (?:of|for) (?:the )?(?:price )?difference\b|(?:差额|差价)(?:部分)?(?:将|会|均|一律)?(?:不设|不予|恕不|概不|无法|不)(?:予以)?(?:退款|退还|退回|返还|退)|\bno refunds? (?:are |is |will be )?(?:issued |given |made |offered )?(?:for|on) exchanges? (?:for|to|of) (?:a |an )?(?:lower|cheaper|less expensive)(?:[- ](?:value|valued|priced))? (?:items?|products?|goods)\b|\b(?:the )?(?:price )?difference (?:is|will be|will not be|won'?t be|cannot be|is not) (?:not )?(?:refunded|returned|refundable)\b|final sale discounts?[^.;]{0,40}(?:cannot|can'?t|not) be (?:retroactively )?applied|(?:折扣券|抵用券|满减券|代金券|优惠券|红包|礼券|积分(?!兑换|换购))[^,;。]{0,4}(?:不予|不可|不|无法|不能|概不|恕不)(?:予以)?(?:退还|返还|退回|退)|京豆(?:抵扣|抵用|支付)?(?:的)?(?:部分|金额)?[^,;。]{0,2}(?:不予|不可|不|无法|不能|概不|恕不)(?:予以)?(?:退还|返还|退回|退(?![货换]))|(?:无法|不能|不予|不再|不)(?:退回|退还|返还)(?:运费|邮费|快递费)(?:款项)?${NOT_JOINED_TO_PRICE}|(?:不再|不|不予)?(?:给予|提供|发放)(?:任何)?(?:的)?(?:退货|退换货?)(?:运费)?(?:补贴|补偿|返现|运费险)|(?<!(?<![非无没除于及因为何了])(?<!不是|并非|没有|并无)(?:质量问题|质量原因)(?:的)?(?:退货|退换货?)?)(?:不|不予|概不|恕不|不给)(?:给)?(?:退|返还|退还|补|承担|包)(?:还|回)?(?:来回|往返|寄回|退回|寄件|发货)?(?:的)?(?:快递|物流)?(?:差价|运费|邮费|快递费|物流费|手续费|积分|优惠券|税费|关税|税款)(?:用)?${NOT_JOINED_TO_PRICE}|(?:税费|关税|税款)[^;。]{0,10}(?:不予|不|恕不|概不)(?:退还|返还|退)|(?:定金|订金)[^;。]{0,10}(?:不予|不|恕不|概不)(?:退还|返还)|(?:定金|订金)(?:一律|均|概)?(?:不予|不|恕不|概不)退(?!货|换)|(?:refunds?|reimbursements?) of (?:the |your |any )?(?:return |original |outbound )?(?:postage|shipping|delivery)(?: costs?| fees?| charges?)?[^.;]{0,20}(?:is |are )?not (?:offered|given|provided|available|possible)|(?:no|not offer|not provide|not give|not issue)(?: a| any)? (?:refunds?|reimbursements?) (?:of|for) (?:the |your |any )?(?:return |original |outbound )?(?:postage|shipping|delivery|gift wrap(?:ping)?|wrapping|currency conversion|bank fees?|conversion fees?|repairs?|(?:customs )?duties|(?:late|delayed|missing)(?: or (?:late|delayed|missing))? refunds?)|(?:store credit|gift cards?|credits?|vouchers?) (?:cannot|can not|may not|will not) be (?:exchanged|redeemed|converted) for (?:a )?cash(?: refunds?)?|(?:以下|下列)?费用[^,;。]{0,4}(?:不予|不|概不|恕不)(?:退还|返还)|(?:优惠券|积分|礼券|礼品卡|红包)[^。]{0,30}(?:不能|无法|不予|不)(?:兑换成现金|办理现金退款|现金退款|折现)[^。]{0,12}|(?:shipping|postage|delivery|wrapping|upgrades?|fees?|charges?)[^.;]{0,12}(?:are |is )?never (?:be )?refund(?:ed|able)|(?:coupons?|credits?|points|vouchers?|gift wrap(?:ping)?|(?:sales )?tax(?:es)?|(?:customs )?duties|(?:return )?postage|shipping(?: costs?| fees?| charges?)?|delivery (?:fees?|charges?)|service (?:fees?|charges?)|fees?|charges?)\b[^.;]{0,40}?(?:are |is )?(?:non-?refundable|not (?:be )?refund(?:ed|able)|(?:will not|won'?t|cannot|can'?t) be refunded)|(?<!${PRICE_NAMED}\s*${FEE_AND_PRICE}\s*)(?:手续费|运费|邮费|快递费|物流费|(?:已产生的?|各项)服务费|优惠券|代金券|积分(?!兑换|换购)|礼券|红包|差价|售价差额|保价|coupons?|shipping(?: costs?| fees?)?|fees?)(?:(?!${PRICE_NAMED}|(?:购买|购得|下单|买)的)[^,;。]){0,12}(?:不予|不给|不|无法|不能|不可|不再|概不|恕不)(?:予以)?(?:退还|返还|退回|退|赔|出(?![现售货]))|(?<!(?<![非无没])(?:质量问题|质量原因)(?:的)?(?:退货|退换货?)?)(?:不|不予)包邮(?!商品|的商品)`,
  'g',
);

/** Money that is not the price said not to be refunded ("不退回当次已使用优惠", "运费不退"): no goods or return refused. */
export function refusesMoneyNotThePrice(text: string): boolean {
  return text.replace(NOT_THE_PRICE, ' ') !== text;
}

/**
 * The return itself is granted only for defects (not the shipping or another cost: "质量问题才由本店承担运费"
 * is about who pays, and lawful).
 */
export function qualityOnly(text: string): boolean {
  const match = QUALITY_ONLY.exec(text);
  if (!match) return false;
  // Twelve characters either side, and back to the start of a word cut there ("…exchangeable if and only if…").
  let from = Math.max(0, match.index - 12);
  while (from > 0 && /[a-z]/.test(text[from - 1] as string)) from--;
  const reach = text.slice(from, match.index + match[0].length + 12);
  return (
    /退|换|办理|受理|售后|return|refund|exchange|accept/.test(reach) &&
    !/运费|邮费|快递费|shipping|postage|\bcosts?\b|\bfees?\b|\blabels?\b|\bpick-?ups?\b/.test(reach) &&
    !NOT_QUALITY.test(text.replace(QUALITY_ONLY, ' '))
  );
}

/** A store balance the consumer may withdraw at will. */
const WITHDRAWABLE =
  /(?:余额|账户|帐户|钱包)[^。]{0,12}?(?<![不无没未否]|不予|是否)(?:可|可以|能|能够|允许|支持)(?:随时)?[^,;。不无没禁否]{0,14}?(?:提现|取现|转出)(?![^,;。]{0,3}(?:不行|不可以|不可|不能|不支持|不允许|无法))|\b(?:balance|credit|wallet|which|it)\b[^.]{0,40}?\b(?:can|may|are able to|will be able to)\b(?:(?!\b(?:not|never|cannot|cant|no longer|in no)\b|\bno\b(?! (?:extra |additional |hidden )?(?:fees?|charges?|costs?|minimum))|\bbut\b(?! also))[^.]){0,30}\b(?:withdraw|cash(?:ed)? (?:it )?out)(?! (?:your|the|a|this) (?:return|request|application|order))/;
const WITHDRAWABLE_ALL = new RegExp(WITHDRAWABLE.source, 'g');
/**
 * The refunded money or the reader as what is withdrawn ("所退款项可随时提现", "退款金额可随时申请提现", "您随时可以申请提现", "如需
 * 提现，可随时…", "You may withdraw the funds", "You can cash out at any time").
 */
const WITHDRAWAL_SAID =
  /(?:所退|退款|款项|这笔钱|该笔|资金|您)[^。]{0,8}?(?<![不无没未否]|不予|是否)(?:可|可以|能|能够)(?:随时)?[^,;。不无没禁否]{0,14}?(?:提现|取现)(?![^,;。]{0,3}(?:不行|不可以|不可|不能|不支持|不允许|无法))|如需提现[^。]{0,6}(?:可|可以)(?:随时)?|\b(?:the funds|funds|the money|your refund|you)\b[^.]{0,20}?\b(?:can|may|are able to)\b(?:(?!\b(?:not|never|cannot|cant|no longer)\b)[^.]){0,20}\b(?:withdraw (?:it|them|(?:the |your )?(?:funds|money|balance|credit|store credit|refund))\b|cash(?:ed)? (?:it )?out\b)/;
/** A withdrawal allowed only above a sum, not at will ("满100元可提现", "once your balance reaches $50"). */
const WITHDRAWAL_THRESHOLD =
  /(?:满|超过|达到|不低于)\s*\d+\s*元|\d+\s*元(?:以上|及以上)|\b(?:over|above|at least|minimum(?: of)?|reaches|exceeds) \$?\d/;
/** Money other than the refunded balance ("推广佣金可随时提现", "红包", "奖金账户", "Referral bonuses can be withdrawn"). */
const OTHER_MONEY_WITHDRAWN =
  /佣金|红包|奖金|积分|返现|收益|分红|奖励|\b(?:bonus(?:es)?|commissions?|referrals?|rewards?|points|cashback|earnings)\b/;

/** A sentence's end: a full stop after a word (not after "No." or a number), a question or exclamation mark, a line break. */
export const SENTENCE_END = /[。\n!?]|(?<=[a-z]{2})\.(?:\s|$)/;

/** Whether a sentence of `text` lets the refunded balance be withdrawn at will, not other money. */
function withdrawalIn(text: string): boolean {
  for (const sentence of text.split(SENTENCE_END)) {
    // Only above a sum ("余额满100元可提现", "withdrawals over $50") is not at will.
    if (!/提现|取现|转出|withdraw|cash/.test(sentence) || WITHDRAWAL_THRESHOLD.test(sentence)) continue;
    for (const match of matchesOf(WITHDRAWABLE_ALL, sentence)) {
      // Other money named in the words leading to it ("推广佣金将存入您的账户，账户余额可随时提现").
      const before = sentence.slice(Math.max(0, (match.index ?? 0) - 30), match.index);
      // Other money named in brackets is left out of the balance ("账户余额（不含红包）").
      if (!OTHER_MONEY_WITHDRAWN.test(`${before}${match[0]}`.replace(/[(（][^)）]*[)）]/g, ' '))) return true;
    }
    if (WITHDRAWAL_SAID.test(sentence) && !OTHER_MONEY_WITHDRAWN.test(sentence)) return true;
  }
  return false;
}

let seenPolicy: string | undefined;
let withdrawalOnPage = false;
/**
 * A balance the clause's line or another line of the page lets the consumer withdraw at will ("…退回您的余额；余额可随时
 * 提现", "退款统一退回至您的商城余额。\n余额可随时提现。"). The page's answer is kept for the policy's other clauses.
 */
export function withdrawable(reading: ClauseReading): boolean {
  if (withdrawalIn(reading.line)) return true;
  if (reading.policy !== seenPolicy) {
    seenPolicy = reading.policy;
    withdrawalOnPage = withdrawalIn(reading.policy);
  }
  return withdrawalOnPage;
}

/** The clause speaks of exchanges only ("恕不接受任何换货"): an exchange beyond the law, no return refused. */
export function onlyExchange(text: string, grantsAside = false): boolean {
  // With `grantsAside`, a no-reason return granted beside the exchange refused ("非质量问题不换，仅支持七天无理由退货")
  // is no return refused.
  const withoutBoth = text.replace(/退换货?/g, '').replace(grantsAside ? RETURN_GRANTED_BESIDE : /$^/, '');
  return /换货|换码|换尺码|换款|(?<![修只仅])不换(?!货)/.test(withoutBoth) && !/退|return|refund/.test(withoutBoth);
}
/** A return granted in so many words, not negated ("仅支持七天无理由退货", "可以退货"). */
const RETURN_GRANTED_BESIDE =
  /(?<![不无非]|无法|不能|不予|拒绝|谢绝|不再|不会|恕不)(?:仅|只)?(?:支持|可以?|接受|提供|享受|办理)(?:申请)?(?:七天|7天|七日|7日)?(?:无理由)?退(?:货|款)/g;

export function allows(text: string): boolean {
  return ALLOW.test(text);
}

/** The clause is about returns, refunds or exchanges at all. */
export const RETURN_TOPIC = /退|换|鉴赏期|犹豫期|return|refund|exchange|售后|after-sales/;

/** Sale, promotion or clearance goods ("特价", "清仓", "final sale" is a refusal idiom, not a scope). */
export const SALE =
  /特价|(?:用|使用)(?:了)?(?:优惠券|折扣券|代金券|满减券|抵用券)(?:购买|下单|购得)|非(?:正价|原价)|满(?:减|赠|返)(?=活动|商品|款|品)|会员(?:专享)?价|促销|打折|出清|折扣(?!券|网|店)|折后|清仓|秒杀|特惠|优惠(?:商品|价|活动)|活动(?:商品|款|价)|(?<!无理由(?:退货|退换货?|退款)?(?:服务)?)活动(?:期间)?|降价|处理品|福利(?:款|品|价)|断码|尾货|库存(?:商品|款)|甩卖|限时|团购|积分兑换|兑换商品|换购|markdowns?|拼团|抢购|清货|低价|特卖|折扣价|1元|一元|零元|\bsales?\b(?!\s+is\s+final\b)(?!\s+(?:receipts?|tax(?:es)?|invoices?|slips?|records?|teams?|representatives?|reps?|staff|associates?|departments?|contracts?|agreements?|terms|channels?|person(?:nel)?|support))|clearance|close-?out|discount|(?<!\bfree\s*\/\s*|\bfree (?:or|and) )promo(?!tional (?:items?|products?|gifts?|goods)\b[^.;]{0,30}\b(?:free of charge|for free|at no (?:cost|charge))\b)|markdown|outlet|reduced|(?:full|regular)[- ]?price(?:d)?/;

/** Opening the packaging ("拆封", "拆开", "开箱", "opened"), the act NRR-MEASURES 8 ¶3 protects. */
export const OPENED =
  /拆封|开启|开瓶|开罐|(?:未|没有|不得|勿|请勿)拆(?:除|开)?(?:原厂|原装|原)?(?:包装|外包装|包装袋|包装盒|外盒)(?![^,;。]{0,2}上)|已打开|被打开|拆盒|拆开|(?<!河南)开封(?![仓市])|启封|拆包(?!(?:全程)?(?:视频|录像|影片))|开箱(?!(?:全程)?(?:视频|录像|影片))|(?<=未|没有|不得|勿)拆箱|打开(?:过)?(?:了)?(?:外)?(?:包装|包裹|盒)|撕开|(?:揭开|揭掉|撕掉|撕破|拆除)(?<=(?:封膜|封口|封条|密封膜|内封|塑封膜|保护膜|密封包装)(?:一旦|一经|已|被|已被)?(?:揭开|揭掉|撕掉|撕破|拆除))|拆过|已拆|被拆|未拆封|未拆开|未开封|未开箱|塑封|\bopened\b|unopened|\bsealed\b|\bunsealed\b|seal(?:s)?\s+(?:is\s+|are\s+)?(?:broken|intact|unbroken|removed)|broken(?<!\b(?:arrives?|arrived|received?|delivered|comes?|came)\b[^.;]{0,20}broken) (?:safety |hygiene |factory |protective )?seals?|(?:密封膜|封膜|封口|封条|密封)(?:已)?(?:破损|损坏|撕开|打开|被撕)|original\s+(?:unopened\s+)?packaging\s+unopened|\b(?:been |was |were )?removed from (?:its |their |the )?(?:original |sealed |retail )?(?:packaging|package|box|wrapping)\b/;

/** What English names a trial period the shop promises by ("a 100-night risk-free trial", "home trial"): no trial of the goods. */
export const TRIAL_PERIOD_KIND_EN = '(?:home|sleep|risk-free|free|in-home)';
/** Trying the goods: reasonable trial never ends the right (NRR-MEASURES 8 ¶3). */
export const TRIAL = new RegExp(
  String.raw`试穿|试用(?!期)|试戴|试听|试装|试玩|上脚|上身|穿过|戴过|开机|通电|试过|tried[\s-]+on|been\s+tried|\b(?:have|has|had)\s+(?:[a-z]+(?:,\s*|\s+or\s+|\s+and\s+)){0,4}tried\b|worn\s+once|trial(?![- ]?periods?\b)(?<!(?:day|night|week|month|year)s?[- ](?:${TRIAL_PERIOD_KIND_EN} )?trial)(?<!\b${TRIAL_PERIOD_KIND_EN} trial)`,
);
/** The "second sale" standard, stricter than intactness. */
export const RESALE =
  /二次销售|二次出售|再次销售|重新销售|resal(?:e(?! (?:store|shop|business|retail|boutique))|able)|re-?sell(?:able)?|sellable|saleable|resale condition/;

/**
 * Scopes that make a refusal lawful: intactness as NRR-MEASURES 8–9 define it, misuse, goods not
 * sold by the shop, guarantee periods run out, procedure. Time limits are judged separately.
 */
const LAWFUL_SCOPE_WORDS =
  /^(?![\s\S]*(?:快递|物流|运输|运送|承运|仓储|仓库|库存|配送|途中|在途|发货|疫情|邮寄|寄送|快递员|配送员))[\s\S]*?(?:(?:上传|提供|发来|自备)(?:的)?[^,;。]{0,8}(?:照片|相片|图片|图像|素材|稿件|设计稿|设计文件)[^,;。]{0,10}(?:分辨率|像素|清晰度|精度)[^,;。]{0,4}(?:过低|太低|偏低|低|不足|不够|不高)|误用|疏忽|滥用|(?:没有|无|未(?:能)?提供|缺少|遗失|丢失)(?:有效)?(?:的)?(?:购买|购物)凭证|(?<!非因?|不是因为?|并非因?)(?:客户|顾客|买家|消费者|用户)(?:的)?(?:责任|过失|过错)[,，]?(?:而)?(?:造成|导致|引起|致使)|漂白|暴晒|未按(?:照)?[^,;。]{0,6}(?:说明|要求|标签|指示|方法)[^,;。]{0,4}(?:洗涤|清洗|水洗|洗)|(?:食物|液体|饮料|汤汁|油污)[^,;。]{0,6}(?:溅|洒|泼|渗|浸)|(?:存储|存放|暴露|放置|保存)(?:在|于)[^,;。]{0,16}(?:环境|条件|温度|湿度)|不可抗力(?:因素)?[^,;。]{0,4}(?:造成|导致|引起)(?:的)?[^,;。]{0,4}(?:损坏|损毁|破损))|(?:已|被)(?:被)?使用(?:过)?(?:或|、|及|和)(?:已)?(?:被)?(?:损坏|损毁|污损)|未经授权(?:的)?(?:退货|退回|寄回)|\b(?:goods|items?|products?|parcels?|returns?) (?:that|which) (?:do not|don'?t|never|fail to) (?:reach|arrive (?:back )?(?:at|with|to)) us\b|修改尺寸|改(?:过)?尺寸|\b(?:tampered(?: with)?|(?:containing|contains|filled with|full of|with) (?:rocks?|bricks?|stones?)|stolen (?:credit )?cards?|other brands?'? (?:products|items|goods)|another brand'?s? (?:products?|items?|goods)|(?:swapped|switched) (?:for|with) (?:a |an )?(?:different|cheaper|another|other|fake|counterfeit)(?! (?:sizes?|colou?rs?|styles?|models?|variants?|flavou?rs?|scents?))|(?:has|have|had) been (?:swapped|switched)(?! (?:on|off|over|for (?:a |an )?(?:different |another )?(?:sizes?|colou?rs?)))|swapped items?(?= (?:are|will be|is) (?:refused|rejected|not))|counterfeit (?:returns?|items? returned|products? returned|goods returned)|return (?:a |an )?counterfeit|counterfeit (?:items?|products?|goods) (?:returned )?(?:in place of|instead of))\b(?<!\b(?:except|excluding|other than|apart from|besides)(?: for)? (?:the |any )?\b(?:tampered(?: with)?|(?:containing|contains|filled with|full of|with) (?:rocks?|bricks?|stones?)|stolen (?:credit )?cards?|other brands?'? (?:products|items|goods)|another brand'?s? (?:products?|items?|goods)|(?:swapped|switched) (?:for|with) (?:a |an )?(?:different|cheaper|another|other|fake|counterfeit)(?! (?:sizes?|colou?rs?|styles?|models?|variants?|flavou?rs?|scents?))|(?:has|have|had) been (?:swapped|switched)(?! (?:on|off|over|for (?:a |an )?(?:different |another )?(?:sizes?|colou?rs?)))|swapped items?(?= (?:are|will be|is) (?:refused|rejected|not))|counterfeit (?:returns?|items? returned|products? returned|goods returned)|return (?:a |an )?counterfeit|counterfeit (?:items?|products?|goods) (?:returned )?(?:in place of|instead of))\b)(?![^.;]{0,40}\b(?:sale|clearance|discount(?:ed)?|opened|used|worn|final)\b)(?![^.;]*[.;]\s*[a-z])|\bexcept(?:ing)? (?:for )?swapped (?:items?|products?|goods)\b(?=[^.;]{0,40}\b(?:(?:can|may) be returned|are (?:returnable|accepted))\b)|被调换|(?:调包|掉包|以次充好|空盒|空包裹|空箱|石头|砖块|砖头|盗刷|盗用)(?<!(?:非|除|除了|礼品|包装|收纳|(?:运输|途中|快递|物流|配送|派送)[^,;。]{0,6}|(?:所有|全部|一律|概不|售出)[^。]{0,30}|(?:特价|促销|清仓|折扣|打折|活动|秒杀|团购|特惠|限时)[^;。]{0,24})(?:调包|掉包|以次充好|空盒|空包裹|空箱|石头|砖块|砖头|盗刷|盗用))(?!(?:的)?(?:商品|货品|产品)?(?:以外|之外|外))(?!摆件|工艺|饰品|盆景|画|礼盒)(?![^,;。]{0,16}(?:特价|促销|清仓|折扣|打折|活动|拆封|试穿|使用|不喜欢|不想要))(?![^。]{0,40}(?:售出|所有商品|全部商品|(?:其他|其它)商品(?![^,;。]{0,6}(?:支持|可|均可|享受|照常))|也不|同样不|(?:运输|途中|快递|物流)[^。]{0,10}(?:丢失|遗失|损坏|破损)))(?=[^。]{0,40}(?:不予|不退|拒|不支持|不接受|不受理|不处理|除外|不能退|不可退|无法退)|(?:的)?(?:商品|货品|订单|包裹)?\s*[;。]?\s*$)|\bdeliberately damaged\b|\bdamaged (?:on purpose|deliberately)\b|私自(?:拆机|拆卸|改装|维修|刷机)|自行(?:重新)?(?:拆卸|拆装|组装)|(?:\btampering (?:is |has been |was )?(?:detected|found|evident|discovered)\b|\b(?:evidence|signs?) of tampering\b)(?<!\b(?:tried|worn|opened|unsealed|tested|used)\b[^.;]{0,100})(?![^.;]{0,60}\b(?:tried|try|trial|worn|opened|unsealed|tested|used)\b)|\b(?:used|operated|installed) contrary to (?:the |their |its )?(?:instruction|user|owner)?'?s? ?(?:manuals?|instructions?|guides?)\b|\battempted (?:repairs?|parts? (?:exchanges?|replacements?|swaps?)|disassembly|modifications?)\b|\b(?:repaired|modified|serviced|altered|disassembled)(?: or (?:repaired|modified|serviced|altered|disassembled))? by (?:an? |any )?(?:unauthori[sz]ed|non-?authori[sz]ed) (?:persons?|people|individuals?|technicians?|repairers?|part(?:y|ies)|service (?:centres?|centers?|agents?|providers?)|workshops?)\b|拆卸(?:和|或|及|、)(?:自行)?(?:重新)?组装|未经授权(?:的)?(?:维修|修理|拆卸|拆机|改装)|使用非[^,;。]{1,16}(?:品牌|原装|原厂|官方)(?:的)?[^,;。]{0,8}(?:配件|零件|部件|刷头|充电器|耗材|滤芯|电池)|(?:经|由)第三方(?:加工|维修|改装|修理)|二次加工|(?:存放|存储|储存|保存)环境|更换(?:了|过)?配件|(?:顾客|买家|您|客户|消费者)(?:的)?(?:意外)?(?:失误|过失|疏忽)[^,;。]{0,6}(?:产生|造成|导致)(?:的)?(?:损坏|损毁|破损)|(?:先|事先|提前)[^。]{0,24}(?:提交|提出)[^。]{0,8}申请|拆动|非[^,;。]{0,12}(?:维修点|修理者|维修者)|(?:无法|不)提供数据(?:导出|恢复|备份)|due to (?:your|the customer'?s?|customer) (?:error|fault|negligence|misuse)|\bdue to(?<!\b(?:shipping|shipment|transit|carrier|courier|malfunction|malfunctions)\b[^.;]*due to) (?:design )?(?:errors?|flaws?|problems?|issues?) in the [^.;]{0,30}\b(?:files?|models?|designs?|artwork)\b[^.;]{0,20}\b(?:provided|supplied|submitted|uploaded|sent) by (?:you|the customer|the buyer)\b(?![^.;]*\b(?:or|and|nor)\b[^.;]{0,30}\b(?:due to|because of|caused by|for|from)\b)(?![^.;]*\b(?:shipping|shipment|transit|carrier|courier|malfunction|our (?:printing|printers?))\b)|\bif you (?:damage|break|alter|modify|misuse)\b(?! (?:the |your |an? |its |their )?(?:original |outer |retail )?(?:packaging|packages?|box(?:es)?|seals?|tags?|labels?|wrapping|shrink[- ]?wrap|cartons?)\b)|\b(?:return authori[sz]ation|rma)(?: \((?:rma|ra|return authori[sz]ation)\))?(?: number)? (?:must|is required|needs to)\b(?![^.;]{0,60}\bwithin \d+ (?:hours?|days?)\b)|\bwithout (?:an? |prior )?(?:authori[sz]ed |valid |approved )?(?:return authori[sz]ation|rma)\b|due to (?:the )?(?:buyer|customer|user|purchaser)s?'?s?'? (?:own )?(?:negligence|carelessness)(?![^.;]{0,30}(?:choos|order|select|size|colou?r|wrong))|improper (?:storage|use|handling|care)|(?:improper installation|incorrect (?:use|installation|handling))(?![^.;]{0,80}\b(?:deliver\w*|transit|couriers?|carriers?|shipping|shipment|postal)\b)(?<!\b(?:deliver\w*|transit|couriers?|carriers?|shipping|shipment|postal)\b[^.;]{0,80})|improperly (?:stored|used|installed|maintained|cared for)|(?<!(?:in transit|during (?:shipping|shipment|delivery|transit)|by the (?:carrier|courier))[^.;]{0,80})(?:improperly handled|mishandled|mishandling|improper handling) after (?:delivery|receipt)(?![^.;]{0,80}(?:in transit|during (?:shipping|shipment|delivery|transit)|by the (?:carrier|courier)))|(?:保存|保管|储存|存放)方式[^,;。]{0,6}(?:造成|导致)|(?:无法|不能|未能)(?:提供|出示)(?:任何)?(?:购买|购物)凭证|(?:轻微|轻度)[^。]{0,8}(?:损毁|破损|损坏)[^。]{0,10}不影响(?:其)?(?:正常)?使用|(?:零配件|自带配件|包装料)[^。]{0,16}(?:不予|不|不能)更换|非购(?:自|于|买自)|(?:个人|自身|您的?|买家|顾客)原因(?:导致|造成)[^,;。]{0,8}(?:超过保质期|过期|过保|损坏|变质)|(?:拍摄|灯光|显示器|屏幕|光线)[^。]{0,20}色差|(?:无法|不能|未能)(?:保证|保持)[^,;。]{0,10}完好|视为商品完好|(?:商品|货品|产品|物品)(?:已经?|本身)?(?:非|不|不再)(?:完整|完好)(?![^,;。]{0,2}(?:包装|外包装|原包装))|吊牌[^。]{0,10}(?:拆剪|剪掉|剪断|剪|摘|撕)|未事先(?:联系|申请|告知|沟通)|(?:未能|不|未)符合(?:以上|上述|本公司|本店|我们|我司|本网站)?(?:的)?(?:以上|上述)?(?:的)?(?:退换货?|退货|退款|售后)?(?:的)?(?:规条|条款|规定|条件|政策|要求|规则)|非(?!(?:正价|原价|全价|折扣价|优惠价|特价))[^,;。]{0,24}(?:出售|售出|销售)(?:的|之)?(?:商品|产品|货品|物品)|\b(?:items?|products?|goods|merchandise) (?:not|never) (?:sold|purchased|bought) (?:by|from) us\b|(?:并非|不是|非)(?:由)?(?:我们|我方|本店|本公司|我司|本网站|本平台)(?:所)?(?:提供|出售|售出|销售|制作|生产|出货)|(?:丢失|遗失|缺少|不能提供|无法提供|没有|无)[^,;。]{0,10}(?:三包凭证|保修卡|保修凭证)|(?:批号|型号|序列号|串号)[^,;。]{0,6}与(?:售出|出售|销售|购买)时不符|实物与订单(?:明细)?不符[^。]{0,4}[(（]除|(?:存储|存放|暴露|摔|跌落|挤压|浸泡|安装不当|操作不当|使用不当)[^。]{0,20}(?:导致|造成|致使)[^,;。]{0,4}(?:商品|产品)?(?:损坏|损毁|破损|故障)|依法(?:规定)?(?:无法|不能|不予|不可|不得)|^(?:\d+[、.])?赠品(?:本身)?(?:(?:非|无|没有)(?:商品)?质量问题(?:的)?,?)?(?:不支持|不予|不可|不能|不参与|不享受|无法|概不|恕不|不(?=退|换))(?:单独)?(?:(?:七|7)\s*(?:天|日))?(?:无理由)?(?:退|换)(?![^。]*[,;][^。]*(?:不予|不支持|不退|不换|恕不|概不|不接受|不能退|不可退))|非同(?:款|型号|价位?)[^,;。]{0,14}(?:换货|调换|更换)|(?:不可查询|无法查询|无法追踪|平邮)[^。]{0,20}(?:遗失|丢失|破损|误送)|人为|非正常|使用不当|保管不当|维护不当|保养不当|养护不当|不当使用|私自|擅自|未(?:按|依)(?:照)?(?:说明书|使用说明|产品说明|商品说明|说明|要求|正常方法|正确方法|正常方式|正确方式|规定|建议)[^,;。]{0,4}(?:使用|操作|安装|保养|贮存|储存|存放)|(?:食品|化妆品|医疗器械|计生用品|保健食品|保健品)[^,;。]{0,8}密封(?:包装)?(?:被|已)?(?:损坏|破坏|破损|拆开|打开)|依法(?:不应|不予|不得|不能|不可|不适用)|(?:法律|法规|国家)(?:法规)?(?:规定)?(?:不予|不能|不可|不适用|不应)|(?:法律|法规|国家)规定的?(?:不适用|不支持|除外|情形)|where (?:the )?law (?:does not|doesn'?t) (?:require|apply)|(?:逾期)?(?:未|没有|没)(?:能)?(?:按时|及时|如期|在规定时间内|(?:在|于)[^,;。]{0,12}内)?(?:(?:寄回|退回|寄出|发回)|收到(?:您|买家|顾客)?(?:退回|寄回|寄出))(?:的?(?:商品|货品|包裹|货物)|(?<=(?:在|于)[^,;。]{0,6}(?:\d+|[一二三四五六七八九十]+)\s*(?:个)?(?:工作)?(?:日|天)内(?:寄回|退回|寄出|发回))(?=(?:的|者)?\s*(?:[,;。]|$)))|not (?:been )?(?:received|returned|shipped back|sent back) (?:to us )?within|(?:个人|自身|自己|您|买家|顾客|客户|用户|消费者)(?<!(?:非因?|不是因为?|并非因?)(?:个人|自身|自己|您|买家|顾客|客户|用户|消费者))(?:的)?(?:使用|操作|保管|原因|行为)?(?:不当)?(?:所|而)?(?:造成|导致|引起|所致)(?:的)?(?:任何)?(?:商品)?(?:损坏|损毁|破损|损伤|故障|污损)|自行(?:维修|拆修|拆机|改装|修理)|改装|改动|污损|污渍|受污|脏污|弄脏|沾污|破损(?:.{0,4}(?:人为|由您|您造成))|刮花|划痕|磨损|洗涤(?![^,;。]{0,8}(?:褪色|掉色|退色))|洗濯|洗过(?![^,;。]{0,8}(?:褪色|掉色|退色))|水洗(?![^,;。]{0,8}(?:褪色|掉色|退色))|(?:没有|未)(?:通过)?[^,;。]{0,6}申请[^,;。]{0,8}(?:寄回|发送|寄出|退回)|(?:购买|下单)时(?:已)?(?:确认|勾选|同意)[^,;。]{0,10}不(?:宜|适用|支持)|下水(?![^,;。]{0,8}(?:褪色|掉色|退色))|洗涤过(?![^,;。]{0,8}(?:褪色|掉色|退色))|浸液|进水|吊牌.{0,3}(?:剪|摘|拆|撕|丢|缺|不全|损)|(?:缺少|缺失|遗失|丢失|少了)(?:了)?(?:商品)?(?:的)?(?:配件|附件)|(?:剪掉|剪去|剪断|剪下|剪除|拆除|拆掉|摘除|摘掉|撕掉|撕下)(?:了)?(?:商品|衣服|服装)?(?:的)?(?:吊牌|标签|商标|水洗标)|标签.{0,3}(?:剪|摘|撕|拆|损)|商标.{0,4}(?:摘|剪|撕|损)|标识.{0,3}(?:摘|剪|撕|涂改|损)|配件.{0,3}(?:不全|缺|不齐|丢)|附件.{0,3}(?:不全|缺|不齐|丢)|明显.{0,4}(?:使用|穿着)?痕迹|使用痕迹|穿着痕迹|序列号|串号|防伪|刮开|涂改|非本店|非本网|非本平台|(?<!(?:本店|我们|本公司|我司|本网站|本平台|本商城)(?:是|为|属于|并|并非)?)非官方|非我司|(?<!杜绝|绝无|没有|无|防止|谨防|打击|拒绝)(?<!(?:均|都|皆|全)?(?:为|是))(?:仿冒(?:品|商品|产品)|水货)|(?<!(?:本店|我们|本公司|我司|本网站|本平台|本商城)(?:是|为|属于|并)?)(?:非|未)(?:经)?(?:授权|官方|正规)(?:的)?(?:销售)?(?:通路|渠道)|非(?!(?:正价|原价|全价|折扣价|优惠价|特价)).{1,10}(?:出售|售出|销售|购买)(?:的|之)?(?:商品|产品|货品|物品)?(?=$|[,;。])|非(?!(?:正价|原价|全价|折扣价|优惠价|特价)).{1,10}(?:出售|售出|销售|购买)的|其他(?:店铺|渠道)|三包(?:有效)?期|保修期|质保期|未经联系|未联系|事先未|未经同意.{0,4}寄回|未经[^,;。]{0,6}(?:同意|许可|确认|审核)[^,;。]{0,4}(?:擅自|自行|直接)?(?:寄回|退回|寄出|发回)|未申请|(?:您|买家|顾客|客户|消费者|买方)(?:自己|自行)?[^,;。]{0,2}(?:填写|提供|留)(?:的)?(?:收货|收件)?(?:地址|电话|联系方式)(?:错误|有误|不详|不全|不准确|不完整)(?![^。]*(?:不退不换|一律|无理由))|拒收到付|到付(?!款)|(?<!\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b[^.;]*)\b(?:shipped|sent|returned|mailed|posted) (?:by |via )?(?:c\.?o\.?d\.?|cash on delivery|freight collect|collect|postage due|carriage forward)\b(?![^.;]*\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b)|平邮(?!(?:的|发货的?|配送的?)?订单)|\bdamaged by\b|\bdue to (?:an? )?(?:incorrect|wrong|invalid|inaccurate|incomplete) (?:shipping |delivery |mailing )?address(?:es)?\b(?![^.;]{0,30}\b(?:or|and)\b[^.;]{0,20}\b(?:courier|carrier|shipping|postal|delivery|transit)\b)|(?<!\b(?:sale|clearance|discounted|promotional|defective|faulty|damaged|broken|opened|unsealed)(?:,? (?:or|and) |, |\s*\/\s*))\b(?:used|worn) items?\b|(?:^|:\s*)(?:[-–•*]\s*)?used (?:[a-z-]+ ){0,2}(?:[a-z-]+ware|items?|products?|goods|tools?|accessories|equipment|[a-z-]+s)(?: (?:or|and) (?:[a-z-]+ ){0,2}[a-z-]+)?\s*[.;]?$|\bonce (?:(?:it|they) (?:is|are|has been|have been) )?(?:used|worn)\b(?![^.;]{0,30}\b(?:try|tried|trying|inspect|check|test|examin))|^(?![\s\S]*(?:tried|try|unbox|opened|seal))[\s\S]*signs? of (?:heavy |excessive |obvious |visible |significant )?(?:use|wear|being worn)(?![^.;]{0,60}\bincluding (?:the |any )?(?:defective|faulty|damaged)\b)|\b(?:normal |general |everyday |ordinary |usual |fair )?wear(?: and | & )tear\b(?![^.;]{0,60}\b(?:defect\w*|faulty|fault|manufactur\w*)\b)|(?:须|需|必须|应)?保持(?:商品|吊牌|标签|商标|配件)?(?:完好|完整)[^。]{0,8}否则|不符合(?:无理由)?(?:退换货?|退货)(?:的)?(?:政策|规定|条件)|超出[^。]{0,40}法(?:律)?(?:规定)?(?:的)?(?:范围)?(?:之外|以外)|\bshows? (?:the item|the product|it|them) (?:to be |as )?(?:worn|used|washed)\b|(?:have|has) been (?:worn|used)\b(?!,? (?:or|and) (?:been )?(?:opened|unsealed|unboxed|unwrapped)\b)|^(?:商品)?(?:已|已经)(?:使用|用过)$|misuse|abuse|worn (?:outdoors|outside)\b|tags? (?:have been |has been |are |is )?(?:removed|cut|detached|torn)|(?:removed|cut off|detached|missing) tags?|without (?:the |their |its |original )*tags|washed|altered|stained|not purchased from|\b(?:free gifts?|gifts? with purchase|gwp|(?:provided|given|supplied) free of charge|free\s*\/\s*promotional (?:items?|products?|goods))\b(?![^.]{0,30}(?:missing|not returned|lost))|without (?:a |the |an |your |any )?(?:original )?(?:sales )?(?:receipt|proof of purchase|record of (?:the )?sale)|no (?:receipt|proof of purchase|record of (?:the )?sale)|with [^.;]{0,40}(?:damage|writing|highlighting|stains?)|highlighting/;

/**
 * A return number or authorization asked for, or one that has expired ("Shipments under expired RMA# will be refused"):
 * procedure, lawful on its own.
 */
const RETURN_NUMBER_ASKED =
  /without (?:a |an )?(?:valid )?(?:ra|rma)(?: number)?\b|without (?:an? |the |our )?(?:[a-z]+ ){1,3}(?:issued |provided |assigned )(?:ra|rma|return authori[sz]ation)(?: number)?\b|without (?:a |an |the )?(?:valid )?return (?:number|authori[sz]ation)|without (?:first )?(?:requesting|contacting|asking|an? (?:rma|return authori[sz]ation)|(?:submitting|filing|making|lodging|raising|placing) (?:a |an )?(?:return |refund )?(?:request|application)|(?:getting|obtaining|receiving|securing) (?:our |prior )?(?:approval|authori[sz]ation|permission|consent))|without (?:a |an )?(?:return|refund) request|without (?:prior |our |an? |the )?(?:written |express )?(?:authori[sz]ation|approval|permission|consent|an? rma)(?! (?:from|of|by) (?:the |a |an )?(?:manufacturer|maker|brand|supplier|distributor|third[- ]part)\w*)|未经(?:事先|本店|我们|客服|商家|卖家)?(?:的)?(?:书面)?(?:同意|批准|许可|确认)[^;。]{0,12}(?:均|一律)?(?:不得|不可|不能)(?:擅自)?(?:退回|寄回|退货)|unauthori[sz]ed (?:returns?|shipments?|packages?|parcels?)|\bexpired (?:ra|rma|return authori[sz]ation)s?\b|\b(?:ra|rma|return authori[sz]ation)(?: number| ?#)? (?:has|have) expired\b/;

/**
 * Another ground refused in the same clause (sale items, swimwear, defects, store credit), not one excepted, explained
 * or listed as included ("except for defective items", "because parcels are often lost or damaged"): beside it the
 * return number is no longer the only ground.
 */
const OTHER_GROUND =
  /(?<!(?:except|unless|because|applies to|often|including)[^.;]{0,24})(?:\bsale\b|clearance|final sale|swim|underwear|lingerie|defect|faulty|damaged|broken|store credit|credit only|voucher|hygien|earring|pierc|perishable|custom(?!ers?)|personali|exchange only|only (?:be )?exchanged)/;

/**
 * Damage to the consumer's own return parcel ("退回途中因包装不当造成的损坏", "退货商品因未使用原厂包装而产生的毁损", "any damage
 * to the item due to insufficient packing"): the consumer's risk, not the shop's delivery.
 */
export const RETURN_PARCEL_DAMAGE =
  /\bdamage\w*\b(?![^.;]{0,80}\b(?:by us|our (?:packing|packaging)|by the (?:carrier|courier|seller|shop)|to you|in transit to)\b)[^.;]{0,40}\b(?:due to|caused by|because of|resulting from) (?:insufficient|inadequate|improper|poor) (?:packing|packaging)\b|(?:退回|寄回|退货|返回|寄还|返还)(?:的)?(?:商品)?(?:的)?(?:在)?(?:途中|过程中|运输(?:途中|过程中)?)[^,;。]{0,12}(?:损坏|破损|损毁|丢失|遗失)|(?:退回|寄回|退货|寄还)(?:的)?(?:商品)?[^,;。]{0,6}(?:因|由于)(?:未使用|没有使用|未用|未以)?(?:原厂|原)?(?:包装|包材|纸箱)(?:不当|不良|不足|不妥)?(?:而)?(?:产生|造成|导致)(?:的)?(?:任何)?(?:毁损|损坏|破损|损毁)|(?:未使用|没有使用|未用|未以)(?:原厂|原)?(?:包装|包材)(?:而)?(?:寄回|退回)[,，]?(?:在)?(?:运送|运输|寄送)[^,;。]{0,3}(?:产生|造成|导致)(?:的)?(?:商品)?(?:毁损|损坏|破损|损毁)|\b(?:poorly|badly|inadequately|improperly) packaged returns?\b[^.;]{0,30}\b(?:arrive|arrives|arriving|are received|received)\b[^.;]{0,10}\bdamaged\b/;

/** What the law itself excludes, by reference ("法律明确规定不适用七天无理由退货的商品", "其他依法不办理退货的"). */
export const LAW_EXCLUDES =
  /(?:依法|依照法律|根据法律|按照法律|依据法律(?:规定)?|法律(?:法规)?(?:明确)?规定|国家(?:法律|相关)?(?:法规)?规定)(?:规定|明确|的|或|平台|相关|法规|所|之)*(?:不适用|不支持|不予|不办理|不能|不可|无需|不宜|不退)/;

/** A prize won in a draw ("抽奖礼品"): not goods the consumer bought, so no no-reason return to refuse. */
const PRIZE = /抽奖(?:礼品|赠品|奖品|商品)|中奖(?:礼品|商品)|(?<!兑换的?)奖品/;

/** NRR-MEASURES 9 ¶1's own test: use beyond what inspection needs that lowers the value much ("超出查验需要使用…贬损较大"). */
const INTACTNESS_TEST =
  /(?:超出(?:正常)?(?:查验|检查|验货)[^,;。]{0,16}(?:需要|所需|必要|范围)|(?<!激活|试用)(?:使用|穿着|佩戴))[^。]{0,20}?(?:(?:价值)?(?:明显|较大|严重)贬损|贬损(?:较大|明显|严重))|\bbeyond (?:what is (?:needed|necessary) to inspect|(?:the )?(?:needs? of )?inspection)\b[^.;]{0,60}\b(?:significant|substantial|considerable|major)(?:ly)? (?:loss|lost|reduc|diminish)|\bbeyond (?:what is (?:needed|necessary) to inspect|(?:the )?(?:needs? of )?inspection)\b[^.;]{0,60}\blost (?:significant|substantial|considerable) value/;
/**
 * Intactness named by its parts (NRR-MEASURES 8 ¶2): accessories, manuals or warranty cards missing ("商品配件、说明书、保修卡
 * 缺失的", "商品或配件不完整"), or books written in ("教辅书籍写画后") — goods not intact, not a ground of the shop's own.
 */
const INTACTNESS_PARTS =
  /(?<![、,和及与或/])(?:商品|货品|产品)(?:本身)?(?:及其|及|和|与|或|、|\/)(?:充电器|数据线|电源线|遥控器|配件|附件|说明书|保修卡)(?:等)?(?:缺失|不全|不齐全|不完整|遗失|丢失|缺少)|(?<![、,和及与或/]|[、,和及与或/]商品)(?:充电器|数据线|电源线|遥控器|配件|附件|说明书|保修卡|商标|标识)(?:[、,和及与或/](?:商品)?(?:充电器|数据线|电源线|遥控器|配件|附件|说明书|保修卡|商标|标识))*(?:等)?(?:缺失|不全|不齐全|不完整|遗失|丢失|缺少|未(?:一并)?(?:退回|寄回))|(?:书籍|图书|教辅|课本|练习册|绘本|本子|笔记本(?!电脑|本电脑))[^,;。屏]{0,8}(?:写画|涂写|涂画|书写|涂鸦|批注|划线)/;
/** The same in English, of the goods sent back ("items returned without all accessories", "returns with missing parts"). */
const INTACTNESS_PARTS_EN =
  /\bnot (?:sent|returned|shipped) back (?:in full|complete)\b|\breturn(?:s|ed)?\b[^.;]{0,30}\b(?:missing |without (?:(?:all|the|its|any|their) )*(?:of (?:the |its |their )?)?)(?:accessories|parts|components|manuals?|tags|labels)\b/;
/**
 * What makes missing parts no intactness question: packaging, gifts, an invoice or a defect named beside them, or parts
 * missing on delivery (the shop's own breach, RULES §2 `missing_parts`), not from the goods sent back.
 */
const INTACTNESS_PARTS_ASIDE =
  /包装|赠品|发票|质量|瑕疵|故障|屏幕|坏点|\b(?:defect\w*|faulty|damaged|damage|broken|in transit|on (?:arrival|delivery)|(?:delivered|arrived|arrives?|received) (?:with|without|missing)|claims?)\b/;
/**
 * Use far beyond inspection named by its traces ("已在野外使用（有泥土、草屑）", "轮胎已装车行驶", "自行加装内存", "已贴在手机上的
 * 钢化膜", "產品沾有其他成分(例如粉妝)", "Bikes that have been ridden outdoors"): goods not intact (NRR-MEASURES 9 ¶1, 9(2)), a condition the law allows.
 */
const USED_BEYOND_INSPECTION =
  /已在(?:野外|户外)使用|(?:沾有|沾染|沾上|沾到|沾了)(?:其他|其它|别的)?(?:成分|物质|污渍|污垢|异味|香水|粉妆|彩妆|化妆品|油渍|汗渍|粉底|口红)|(?:有|沾有|带有)(?:泥土|泥沙|草屑|油污)|已?装车(?:行驶|使用)|已行驶|已骑行|骑行过|(?:自行|私自)(?:加装|更换|升级)(?:了)?(?:内存|硬盘|零件|配件|部件)|已(?:贴|粘)(?:在|到|上)(?:手机|屏幕|设备|机身)?(?:上)?的?(?:钢化膜|贴膜|保护膜|手机膜)|证书(?:编号)?[^,;。]{0,8}(?:腰码|钢印|编号)[^,;。]{0,6}不(?:一致|符)|\b(?:have|has) been ridden (?:outdoors|outside|on (?:roads?|trails?))\b|\bridden outdoors\b|\bsmell(?:s|ing)? (?:strongly )?(?:of|like) (?:smoke|cigarettes?|tobacco|perfume|cologne|pets?|animals?|sweat|body odou?r|deodorant)\b|\b(?:smoke|cigarette|tobacco|pet|perfume|body) (?:odou?rs?|smells?)\b/;
/**
 * Goods named by a state the law lets a shop refuse, in English ("Dirty, worn, or scuffed shoes", "used or customer-damaged
 * merchandise", "Products used beyond testing", "equipment in used condition", "used mugs or cups"): goods not intact
 * (NRR-MEASURES 9 ¶1), not a class of goods excluded.
 */
const GOODS_IN_STATE_EN =
  /(?<!\b(?:sale|clearance|discounted|promotional|reduced|markdown|final[- ]sale|defective|faulty|damaged|broken|opened|unsealed|special[- ]order|custom(?:ised|ized)?|personali[sz]ed)(?:,? (?:or|and) |, |\s*\/\s*))(?:\b(?:dirty|worn|used|scuffed|soiled|stained|washed|second-?hand|customer-damaged)(?:,? (?:or|and) |, )(?:(?:dirty|worn|used|scuffed|soiled|stained|washed|second-?hand|customer-damaged)(?:,? (?:or|and) |, ))*(?:dirty|worn|used|scuffed|soiled|stained|washed|second-?hand|customer-damaged) (?:items?|goods|products?|merchandise|shoes|footwear|boots|clothing|garments|apparel|equipment)\b|\b(?:dirty|worn|scuffed|soiled|stained|customer-damaged) (?:items?|goods|products?|merchandise|shoes|footwear|boots|clothing|garments|apparel|equipment)\b|\bused (?:merchandise|shoes|footwear|boots|clothing|garments|apparel|parts|mugs|cups|drinkware|tableware)\b(?: (?:or|and) (?:mugs|cups|glasses|bottles))?|\b(?:returned|(?:items?|goods|products?|equipment|gear|merchandise)) in (?:an? )?(?:damaged|used|worn|dirty|soiled|stained)(?:,? (?:or|and) (?:damaged|used|worn|dirty|soiled|stained))* (?:condition|state)\b(?![^.;]{0,60}\b(?:tried|trying|try|trial|tested|testing|opened|unboxed|inspect\w*)\b)|(?<!\b(?:packaging|packages?|box(?:es)?|wrapping)\b[^.;]{0,30})\bnot in (?:(?:its|their|the) )?(?:new|original|perfect|resal(?:e|able)|saleable|sellable|brand[- ]new|mint) condition\b(?![^.;]{0,30}\b(?:due to|because of|caused by|owing to|as a result of) (?:an? |the |any )?(?:defects?|faults?|manufactur\w*)\b)|\bmissing parts (?:for reasons |that are )?not due to (?:our|the seller'?s?|the shop'?s?) (?:error|fault|mistake)\b|\bused beyond (?:(?:what is )?(?:needed|necessary|required) (?:for|to) )?(?:testing|test|trial|trying|inspection|inspect|examination)\b)(?![^.;]*\b(?:sale|clearance|discount(?:ed)?|promotional|reduced|markdown|final[- ]sale|shipping|postage)\b)/;
const LAWFUL_SCOPE_NAMED = new RegExp(
  `${LAWFUL_SCOPE_WORDS.source}|${PRIZE.source}|${INTACTNESS_TEST.source}|${USED_BEYOND_INSPECTION.source}|${GOODS_IN_STATE_EN.source}`,
);
/**
 * A scope the law leaves alone: its words, a prize, or the number of returns asked where no other ground stands in the
 * text. Tested as two patterns and one look for another ground: one pattern with the look inside (an unbounded
 * lookbehind and lookahead at every position) took 25 s on 20,000 characters of "un".
 */
/**
 * English procedure and the consumer's own acts, kept apart from `LAWFUL_SCOPE_WORDS` (whose lazy scan tries every branch
 * at every position): freight-collect, COD or postage-due parcels refused ("Freight collect shipments will not be accepted"),
 * unless sale goods are refused with them; parts or accessories not meant for the goods installed ("Installation of
 * components … not originally intended for or compatible with the bicycle"); returns not authorised before they are sent
 * ("We cannot accept returns that have not been previously authorized", "…cannot return the item … until the refund or
 * return has been processed", "No returns will be accepted unless a Return Authorisation number has been issued"); a fault
 * the consumer caused ("…if the item is faulty and you caused the fault"); a list of used goods ("Used wheels, bearings,
 * grip tape, and trucks"); and advice under a list ("If you are unsure whether your item qualifies, feel free to contact
 * us").
 */
const LAWFUL_ACT_EN =
  /\b(?:freight[- ]collect|postage[- ]due|carriage[- ]forward|cash[- ]on[- ]delivery|c\.o\.d\.|cod) (?:shipments?|returns?|parcels?|packages?)\b(?<!\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b[^.;]*)(?![^.;]*\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b)|\b(?:installation|installing|fitting|use|using) of (?:[a-z-]+,? (?:or |and )?){0,4}(?:not (?:originally )?(?:intended|designed|approved|compatible)|incompatible|non-?(?:compatible|approved|genuine))\b|\b(?:that|which) (?:have|has) not been (?:previously |pre-?|prior )?(?:authori[sz]ed|approved)\b(?<!\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b[^.;]*)(?![^.;]*\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b)(?![\s\S]*\b(?:only|solely|exclusively)\b[\s\S]*\b(?:defect\w*|fault\w*|damaged|broken)\b)|\b(?:returns?|items?|products?|goods|parcels?|packages?) (?:that (?:are|were) )?not (?:previously |pre-?)?(?:authori[sz]ed|approved)\b(?<!\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b[^.;]*)(?![^.;]*\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b)(?![\s\S]*\b(?:only|solely|exclusively)\b[\s\S]*\b(?:defect\w*|fault\w*|damaged|broken)\b)|\bunless (?:a |an |the |your )?[\"“”]?(?:return authori[sz]ation|rma|ra)[\"“”]?(?: \((?:rma|ra)\))?(?: number| no\.?)? (?:has been|have been|is|was) (?:issued|obtained|given|provided|granted)\b(?<!\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b[^.;]*)(?![^.;]*\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b)|\b(?:you|the (?:customer|buyer|consumer)) (?:have |has )?caused (?:the |this |that |any )?(?:fault|damage|defect|problem|breakage)s?\b|\buntil (?:(?:the|your|a|an) )?(?:(?:refund|return|exchange|rma|return authori[sz]ation)s?(?: (?:or|and) (?:refund|return|exchange)s?)?(?: request)? (?:has|have|is|are) been (?:processed|approved|authori[sz]ed|issued|confirmed|accepted)|you (?:have )?(?:been issued|received|obtained|been given)(?: with)? (?:(?:a|an|your) )?(?:return|rma|authori[sz]ation))\b(?<!\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b[^.;]*)(?![^.;]*\b(?:sale|clearance|discounted|promotional|reduced) (?:items?|products?|goods)\b)|(?:^|:\s*)(?:[-–•*]\s*)?used (?![^.;]*\b(?:defect\w*|fault\w*|damaged|broken|new|unused|sale|clearance)\b)(?:[a-z-]+ ){0,2}[a-z-]+s(?:, (?:[a-z-]+ ){0,2}[a-z-]+)+,? (?:and|or) (?:[a-z-]+ ){0,2}[a-z-]+\s*[.;]?$|^\s*(?:if you (?:are|'re) (?:unsure|not sure|uncertain) (?:whether|if)|if in doubt)\b(?![^.;]*\b(?:not|no|cannot|never|non-?returnable|final)\b)/;
/**
 * Grounds of the consumer's own or outside the goods' conformity, in English items of a list ("Products without adequate proof
 * of purchase", "If you do not have proof of purchase", "Lost or stolen items", "Products that have exceeded their warranty period", "Repairs conducted by third
 * parties", "Damage caused by external factors", "Items not in the condition they were received in"): proof of the sale
 * (THREE-GUARANTEES 8), goods that cannot come back, the guarantee run out (CIVIL-CODE 621 ¶2), the goods altered or harmed
 * after delivery (NRR-MEASURES 9).
 */
const LAWFUL_GROUND_EN =
  /\b(?:do not|don'?t|cannot|can'?t|are unable to|unable to) (?:have|provide|show|produce|present) (?:a |the |your |any |valid |original |adequate )*(?:proof of purchase|receipts?|invoices?)\b|\bnot in the (?:same )?condition(?: (?:they|it) (?:were|was) (?:received|sold|delivered|sent)(?: in)?| (?:received|sold|delivered|sent))?(?=\s*(?:[,.;]|$|(?:they|it|then|we|are|is|will|cannot|can|may|must|shall|wont|won't)\b))|\bwithout (?:an? )?(?:adequate |valid |sufficient |original |proper )?(?:proof of purchase|receipts?|invoices?)\b|\b(?:lost|stolen)(?: or (?:lost|stolen))? (?:items?|products?|goods|orders?)\b(?! (?:in|during) (?:transit|shipping|delivery|the post|the mail))|\b(?:exceeded|past|beyond|outside) (?:their |the |its )?(?:warranty|guarantee)(?: periods?)?\b|\b(?:repairs?|modifications?|alterations?) (?:conducted|carried out|done|performed|made) by (?:a |any )?third[- ]part(?:y|ies)\b|\bdamage (?:caused )?by external (?:factors|causes|forces)\b(?![^.;]*\b(?:courier|carrier|delivery|transit|shipping|parcels?|post(?:al)?)\b)|\b(?:not )?(?:among|on|in|one of|part of) (?:the |our )?(?:list of )?non-?returnable (?:items|products|goods)\b|\blisted (?:below|above) as (?:non-?returnable|not returnable)\b/;
export const LAWFUL_SCOPE = {
  test: (text: string): boolean =>
    LAWFUL_SCOPE_NAMED.test(text) ||
    LAWFUL_ACT_EN.test(text) ||
    LAWFUL_GROUND_EN.test(text) ||
    ((INTACTNESS_PARTS.test(text) || INTACTNESS_PARTS_EN.test(text)) && !INTACTNESS_PARTS_ASIDE.test(text)) ||
    (RETURN_NUMBER_ASKED.test(text) && !OTHER_GROUND.test(text)),
};

/**
 * Services and digital value sold or delivered online, not goods the no-reason right covers (CRPL 25 ¶1 sells goods; ¶1(3)
 * excludes what is delivered online): tickets, courses, memberships, top-ups, codes and keys.
 */
export const SERVICES_OR_CODES =
  /演出票|电影票|门票|景区票|机票|火车票|车票|船票|球票|(?:event|concert|movie|cinema|theatre|theater|match|show) tickets?|在线课程|网课|网络课程|直播课|online courses?|游戏充值|充值卡|点卡|话费充值|兑换码|激活码|licen[cs]e keys?|activation (?:codes?|keys?)|gift card codes?|non-?physical services?|maintenance plans?|service plans?/;
/** Codes and top-ups delivered online (CRPL 25 ¶1(3)): no return once delivered. */
export const CODES_DELIVERED =
  /游戏充值|充值卡|点卡|话费充值|兑换码|激活码|licen[cs]e keys?|activation (?:codes?|keys?)|gift card codes?/;

/** The statutory categories of CRPL 25 ¶1 and NRR-MEASURES 6: lawful exclusions without confirmation. */
export const STATUTORY_CATEGORY = startingWhereItCan(
  /audio or video media|audio-?visual|定制|定做|订制|订做|客制|量身|(?<!未|没有|没|不|无需|无须|无|非)刻字|(?<!支持|不提供|不能|无法|不可|不接受|不予|未|没有|可以|可|免费|提供)(?:(?:已经?|一经|按您的要求|按要求)改圈|改圈(?:后|的|商品|过))|个性化|私人订制|来图|鲜活|活鲜|冰鲜|易腐|易于腐败|保存期限较短|保质期较短|现制(?=饮品|饮料|奶茶|咖啡|果汁|食品)|现做(?=现卖|的?(?:糕点|饮品|食品|蛋糕|面包|小吃|餐))|冰淇淋(?!机)|冰激凌(?!机)|雪糕(?!机)|酸奶(?!机)|熟食(?!店|铺)|卤味(?!店|铺)|现烤|鲜榨(?!机|果汁机)|冷鲜|鲜切|鲜蛋|生鲜|鲜花|新鲜(?:玫瑰|花束)|收花人|绿植|花卉|蔬菜|蔬果|水果|水产|肉类|鲜肉|海鲜(?!酱|味|粉|汁|调料|锅|店|馆)|冷冻|冷藏|活体|鲜奶|蛋糕|数字化|在线下载|下载|虚拟|礼品卡|购物卡|储值卡|音像|影音(?:制品|商品|类|光盘|作品|资料)|光盘|光碟|影碟|唱片|定作|订单制作|按单制作|镌刻|刻印|印名|印字(?=(?:的)?(?:商品|类|定制))|(?<=刻字[、和及])印字|(?<=要求)印字|按(?:(?:客户|顾客|买家|您)(?:的)?(?:要求|尺寸)|要求尺寸)(?:的)?(?:尺寸)?(?:制作|生产|加工|裁剪)|量体(?:定制|裁衣|定做)|短保|计算机软件|电脑软件|软件|游戏(?:软件|点卡|光盘)|点卡|游戏卡带|游戏卡(?!牌|套|通|片|包|册|贴|盒|组|砖|桌|垫)|充值卡|充值类|流量包|(?<!溯|防伪|追溯)源码|源代码|电子版|网盘|数字藏品|(?:在线|线上)(?:交付|充值)|数位内容|数字内容|一经提供即(?:为)?完成|激活码|激活信息|cdkey|cd-key|卡密|(?<!使用|用|凭|通过|含|附赠|附带)兑换码(?![^,;。]{0,4}(?:兑换|领取)(?:到)?的|的(?:礼盒|商品|实物))|话费|电子(?:卡|券|凭证|书)|虚拟(?:商品|物品|卡)|报纸|期刊|杂志|\bdvds?\b|\bcds?\b|blu-?rays?|vinyl|(?<=\b(?:opened|unsealed|used|played)(?: or (?:used|opened|played|unsealed))? )records\b|video games?|(?<!\bnon-?)\bcustom(?:-made|i[sz](?:ed|ation|able))?\b|personali[sz]ed|made[- ]to[- ]order|made[- ]to[- ]measure|cut[- ]to[- ](?:size|length|order|measure)|\bcut (?:lengths?|goods|fabrics?|yardage)\b|bespoke|monogrammed|licen[cs]e keys?|product keys?|engraved|(?<!\bnot |\bnever |nt )made to (?:your |the customer'?s? )?(?:measurements?|specifications?|order|size)|live (?:seafood|fish|crabs?|lobsters?|shellfish|oysters?|animals?|plants?|corals?|shrimps?|insects?)|\blivestock\b|(?<!\bnot (?:been )?|\bnever (?:been )?|\bor )resized(?= (?:rings?|bands?|jewel(?:le)?ry|items?|pieces?)\b)|\b(?:rings?|bands?|jewel(?:le)?ry|items?) (?:that|which) (?:have|has) been resized|fresh (?:seafood|fish|meat|fruits?|vegetables|produce|flowers|food)|perishable(?! (?:electronic|electrical|computer|tech|hardware|components?|parts?|spares?|accessories)\b)|liable to (?:deteriorate|spoil|perish)(?: or expire)? (?:rapidly|quickly)|(?:goods|items|products|food) (?:that|which) (?:spoil|perish|deteriorate)s? (?:rapidly|quickly)|fresh\s+(?:food|flowers|produce)|(?<!(?:artificial|silk|dried|preserved|paper|soap|fake|faux|plastic|felt|wooden|crochet|knitted) )(?:flowers|plants)|(?:fresh|cut|live)\s+(?:roses?|bouquets?|blooms)|\broses?\s*\(fresh\)|digital(?! (?:cameras?|watch(?:es)?|thermometers?|scales?|pianos?|photo frames?|products? of the|devices?|appliances?|electronics?))|download|software|e-?books?|gift\s+cards?|newspapers?|magazines?(?! (?:racks?|holders?|stands?|files?|tables?|baskets?))|periodicals?/,
);
const STATUTORY_CATEGORY_ALL = new RegExp(STATUTORY_CATEGORY.source, 'g');

/** Materials of dishes and cups ("陶瓷酱料碟", "玻璃调味料瓶"): a sauce word after one names the ware. */
export const WARE_MATERIAL = '(?:陶瓷|瓷|玻璃|不锈钢|塑料|密胺|硅胶|木质|竹制|木制|竹子|木头)';
/**
 * A portion's weight in brackets after a count ("（每个25克）", "(30g/个)", "（净含量30克）"): the count is of portions of food.
 * A volume is the vessel's size ("（每个50ml）", "（50ml带盖）"), and a weight followed in its brackets by a material is the
 * vessel's ("（每个120克，陶瓷材质）", "（…，陶瓷制）", "（…，不锈钢304）"), not one that names the sauce's packing ("（每个30克，塑料碟装）",
 * "（…，塑料包装）", "（…，塑料材料包装）", "（…，食品级塑料碟）", "玻璃纸", any material in a packing label's value: "包装材质：陶瓷",
 * "包装材质为实木"; a vessel's material beside the label still counts). Wood and bamboo not in `WARE_MATERIAL` (木质, 竹制…)
 * count as a whole word or before a vessel ("实木", "榉木", "竹", "胡桃木托盘"), not as the start of a food, a flavour or
 * packing ("木耳", "木瓜味", "竹荪", "竹盐", "竹筒装", "实木礼盒"), nor as the wood a flavour is smoked with ("苹果木/山胡桃木烟熏");
 * "材料" is no material ("材料：大豆", "原材料").
 */
/** The packing named ("包装", "包装盒", "包材"). */
const PACKING = '(?:包装(?:盒|袋|瓶|罐|桶)?|包材)';
/** A label whose value is the packing's ("包装材质", "包装：", "瓶盖："). */
const PACKING_LABEL = '(?:包装(?:盒|袋|瓶|罐|桶)?(?:材质|材料)?|包材|瓶盖|盖子|内衬|封口|外盒|外箱)';
/**
 * Not in the value of a packing label ("包装材质：陶瓷", "包装材质为PE塑料", "包装盒材质：塑料", "包装：塑料", "包装材料：竹",
 * "包材：塑料", "瓶盖：塑料"), which ends at a comma, another label or a vessel up to twelve characters after 、 or / ("包装：玻璃、
 * 塑料" is all packing; in "包装：纸盒、碗：陶瓷", "包装：纸盒、胡桃木托盘" and "…、实木托" the vessel's material counts). A tray
 * insert, a base or a divider is packing, no vessel ("纸盒、塑料内托", "吸塑塑料托", "塑料底托", "塑料隔板/垫板/衬板", "纸浆托").
 * The label's value is read for up to 24 characters.
 */
const PACKING_LABEL_NOT_BEFORE = String.raw`(?<!${PACKING_LABEL}(?:[:：]|为|是)\s{0,2}(?:[^,，;；)）、/:：\s]|[、/](?![^,，;；)）、/]{0,12}(?:[:：]|[碗碟盘杯勺]|(?<!内|底|吸塑[^,，;；)）、/]{0,4}|纸|浆)托|(?<!隔|纸|泡沫|底|垫|衬)板))){0,24})(?<!包装(?:盒|袋|瓶|罐|桶)?(?:材质|材料)|包材)`;
/**
 * A portion's weight in brackets after a count ("（每个30克）"), unless a ware material follows within 28 characters outside a
 * packing label ("（每个120克，包装：纸盒、北美进口天然黑胡桃木实木托盘）": the tray is ware).
 */
export const PORTION_GRAMS = String.raw`\s*[(（]\s*(?:(?:每(?:个|杯|碟|份|盒|包|袋)|单个|净含量|净重)\s*)?(?:约\s*)?\d+(?:\.\d+)?\s*(?:克|g)(?![a-z])(?![^)）]{0,28}(?:(?<!${PACKING})材质|${PACKING_LABEL_NOT_BEFORE}(?:${WARE_MATERIAL}(?!纸)|(?:实木|原木|竹质|(?<![实原])木|竹)(?=材|[盘碗托板砧]|餐(?:板|盘|碟|具)|案板|菜(?:板|盘|碟)|[)）,，、;；/\s])(?![^)）,，;；]{0,8}熏)))(?!\s*(?:材料|材质)?(?:小)?(?:包装|袋装|碟装|杯装|盒装|瓶装|罐装|密封|(?<=塑料\s{0,2}(?:材料|材质)?(?:小)?)(?:碟|杯)|盒|袋|包|瓶|罐)))`;
/** A number of pieces before its unit ("10", "十"), after 碟装 or 杯装. */
const PIECES = String.raw`\s*(?:\d+|[一二两三四五六七八九十]+)\s*`;
/**
 * A count of pieces after 碟装 ("酱油碟装十只", "酱料碟装20个", "酱料碟装10个（每个50ml）"): dishes sold by the piece, not the
 * sauce they hold; a count of portions with their weight ("碟装三个（每个30克）") or of flavours ("碟装三个口味") is the sauce,
 * and a material named before it is the dish's ("陶瓷酱料碟装4个（每个120克）").
 */
export const DISHES_COUNTED = `${PIECES}(?:只|件|片|套|个(?!口味|种|味|${PORTION_GRAMS}))`;
/**
 * Cups counted after 杯装 as ware: by the piece ("酱汁杯装100只"), or disposable ("一次性酱汁杯装100个") with no portion's
 * weight (`PORTION_GRAMS`); "沙拉酱汁杯装6个" and "一次性酱汁杯装6个（每个25克）" are cups of sauce.
 */
export const CUPS_COUNTED = `${PIECES}(?:只|件|片|套)|(?<=一次性[^,;。]{0,6}杯装)${PIECES}个(?!${PORTION_GRAMS})`;
/**
 * Sauces and condiments, food whose seal is the intactness test (NRR-MEASURES 9(1)), not what holds, serves or applies them
 * ("酱油瓶", "酱料刷", "酱汁杯", "sauce dishes"); a container word before 装 names the food it holds ("酱油瓶装", "调味料盒装",
 * "果酱罐装"). One wording for `SEAL_CATEGORY` and the reading of sealed goods named as such (`SEAL_GOODS_NAMED`).
 */
export const SAUCES = String.raw`(?<!${WARE_MATERIAL})酱料(?!刷|盒(?!装(?!饰))|瓶(?!装(?!饰))|杯(?!装(?!饰|${CUPS_COUNTED}))|碟(?!装(?!饰|${DISHES_COUNTED}))|罐(?!装(?!饰)))|(?<!${WARE_MATERIAL})酱汁(?!壶|瓶(?!装(?!饰))|碟(?!装(?!饰|${DISHES_COUNTED}))|杯(?!装(?!饰|${CUPS_COUNTED})))|(?<!${WARE_MATERIAL})果酱(?!瓶(?!装(?!饰))|罐(?!装(?!饰))|刀)|(?:辣椒|番茄|海鲜|沙拉|芝麻|花生|豆瓣|甜面|黄豆|蒜蓉|牛肉|香菇|蘑菇|虾|蟹|鱼子|芥末|蛋黄)?(?<![果])酱(?!架|瓶(?!装(?!饰))|碟|罐(?!装(?!饰))|刷|紫|红|色|缸|料|汁|油)|(?<!${WARE_MATERIAL})蚝油(?!瓶(?!装(?!饰))|壶)|(?<!${WARE_MATERIAL})酱油(?!瓶(?!装(?!饰))|壶|碟(?!装(?!饰|${DISHES_COUNTED})))|(?<!${WARE_MATERIAL})调味(?:品|料)(?!收纳|盒(?!装(?!饰))|瓶(?!装(?!饰))|罐(?!装(?!饰))|架)|\bsauces?\b(?! (?:dish|dishes|bowls?|pans?|boats?|bottles?|jars?|pots?))|\bcondiments?\b(?! (?:holders?|sets?|jars?|bottles?|caddies|trays?))`;
const SEAL_GOODS_BEFORE_SAUCES =
  /contact lens|隐形眼镜|美瞳|食品|零食|月饼|糕点|饼干|糖果(?!色)|巧克力(?!色)|坚果(?!手机|\s*pro\b|\s*r\d)|罐头|方便面|粽子|蜂蜜(?!罐(?!装(?!饰))|瓶(?!装(?!饰))|勺|盒(?!装(?!饰)))|辅食(?!机|勺|剪|碗|盒|工具|餐具|锅|料理|棒)|咖啡(?!机|杯|壶|桌|色|厅|馆|店|勺|粉碎|磨)|血糖试纸|试纸(?!收纳|盒|夹)|(?<!皮具|皮革|地板|车漆|漆面|汽车|家具|皮鞋|木器|鞋)护理液(?!瓶)|饮料|酒/;
const SEAL_GOODS_AFTER_SAUCES =
  /茶叶|(?:花草|花果|袋泡|养生|凉|红|绿|乌龙|白|黑|普洱|奶)茶(?!具|器|杯|壶|盘|几|桌|台|道|艺|馆|楼|室|色|叶|机|刀|针|夹|匙|勺|铲|桶|锥)|茶(?:产品|商品|品(?!牌)|包(?!装(?:盒|礼盒|机)|夹)|饼(?!刀)|砖)|奶粉|保健食品|保健品|营养品|化妆品|护肤|彩妆|美妆|口红|香水|面膜|精华|医疗器械|医用(?:口罩|外科|防护|敷料)|计生|避孕|安全套|成人用品|情趣|adult products?|condoms?|sex toys?|food|\bhoney(?: jars?| pots?)?\b(?![- ](?:colou?r|dipper|bees?wax))|\b(?:tea|coffee) ?bags?\b|\b(?:tea|coffee)s?\b(?![- ](?:colou?r|light|scented|stain))(?! (?:and|&) (?:tea|coffee) )(?! (?:whisks?|tampers?|machines?|makers?|grinders?|mugs?|cups?|tables?|pots?|press(?:es)?|scoops?|filters?|drippers?|kettles?|trays?|caddies|caddy|strainers?|infusers?|sets?|towels?|lights?|shirts?|dress(?:es)?|brown|spoons?|accessories|equipment|ware|tools?|servers?|canisters?|tins?|stands?|holders?|bars?|shops?))|cosmetic|skincare|make-?up|perfume|fragrance|lipstick|lip ?gloss|mascara|medical device|toiletr|personal care|beauty|\bsupplements\b|\b(?:dietary|food|nutritional|health|sports?) supplement\b|\bsupplement (?:products?|bottles?|tubs?|capsules?|tablets?|powders?)\b|\bvitamins?\b|\bprotein powders?\b/;
/**
 * The categories whose own one-time seal is the intactness test (NRR-MEASURES 9(1)): food (and
 * health food), cosmetics, medical devices, family-planning goods.
 */
export const SEAL_CATEGORY = new RegExp(
  `${SEAL_GOODS_BEFORE_SAUCES.source}|${SAUCES}|${SEAL_GOODS_AFTER_SAUCES.source}`,
);
/** The sealed goods' names with their class words ("食品类商品", "奶粉", "宠物食品"), for the seal demanded of them. */
const SEALED_GOODS_NAMED_ZH = new RegExp(
  `(?:宠物|婴儿|儿童|进口)?(?:${SEAL_CATEGORY.source})(?:用品|品|套|豆|粉|液|片)?(?:类)?(?:商品|产品)?`,
  'g',
);

/**
 * Goods of an NRR-MEASURES 7 nature: unsealing affects health or quality (7(1)), activation or trial
 * loses value (7(2)), near-expiry or defects disclosed at sale (7(3)). Lawful exclusions only with a
 * confirmation at purchase (NRR-MEASURES 20 ¶2).
 */
/** Display and demonstration goods, or goods sold with a defect stated ("display units", "floor models", "with disclosed defects"). */
export const DISPLAY_GOODS_EN = String.raw`\b(?:ex-?|floor |in-store |shop )?display (?:units?|models?|items?|stock|pieces?)\b|\bex-display\b|\bfloor (?:models?|samples?|stock)\b|\bdemo(?:nstration)? (?:units?|models?|stock)\b|\b(?:with|having) (?:disclosed|known|noted|described|stated|listed) (?:defects?|faults?|flaws?|imperfections?|damage)\b`;
/**
 * Disclosed-defect goods named ("瑕疵品", "有瑕疵的商品"), not a defect as a condition ("商品如有瑕疵", "出现瑕疵的", "瑕疵问题")
 * nor one the shop redoes ("瑕疵品退货重印", "瑕疵品以重印处理"), nor the warranty against defects ("瑕疵担保"),
 * which is a quality return: one fragment for `NATURE_CATEGORY` and the scope's disclosed goods.
 */
export const DEFECT_AS_GOODS = `瑕疵(?<!(?:如遇|若遇|遇到|遇有|如有|若有|如果有|倘若有|假如有|一旦有|如|若|出现|发现|发现有|出现有|存在|因|由于|非|无|没有|不是|商品有|产品有|货品有|货物有|收到|收到了|收到的|本身|自身)瑕疵)(?!问题|担保|的?时)(?![^。]{0,12}(?:重印|补印|重做|重新制作|重制))`;
export const NATURE_CATEGORY = new RegExp(
  String.raw`易影响(?:人身安全|生命健康|人身健康|身体健康|健康|安全)|(?:拆封|开封)(?:后|即)?(?:会|将)?影响(?:到)?(?:人身安全|生命健康|人身健康|身体健康|健康|卫生安全|卫生|安全)|易导致(?:商品)?品质(?:发生)?(?:改变|变化)|hygien\w*(?: (?:&|and) bath)? (?:products?|items?|goods)|(?:for|on) (?:the )?skin use|skin-use|bath products?|(?:根据|按照|依|因)(?:商品)?性质[^,;。]{0,6}(?:不宜|不适合|不适用)|贴身|口罩|卫生用品|个人卫生|hygiene (?:products?|items?|goods)|face ?masks?|内衣|内裤|文胸|胸罩|睡衣|泳衣|泳装|袜|塑身|打底|undergarment|innerwear|personal care|beauty products?|cosmetics?|skincare|toiletr|卫生巾|纸尿裤|尿不湿|奶嘴|奶瓶|牙刷|隐形眼镜|美瞳|耳机|入耳|保健|食品|化妆品|护肤|个人护理|洗护|激活|已激活|一经激活|盲盒|手办|牙胶|入口类|临期|临近保质期|近效期|(?<!会员|优惠券|积分|红包|活动|账户|账号)即将(?:逾期|过期|到期)(?!后)|${DEFECT_AS_GOODS}|残次|次品|样品|展示品|展示机|样机|耳环|耳钉|耳饰|耳坠|underwear|intimate|lingerie|knickers|panties|\bbriefs\b|\bbras?\b|swimwear|earrings|pierc|socks|activated|blind box|near[- ]expiry|defect(?:ive)? (?:disclosed|items? sold as)|as[- ]is|${DISPLAY_GOODS_EN}`,
);

/** The clause shows a confirmation step at purchase (lawful exclusion of NRR-MEASURES 7 goods). */
export const CONFIRMED =
  /勾选[^。]{0,40}(?:后方可|方可|才能|才可)(?:购买|下单|付款|结算)|(?:单独|主动|明确)勾选|勾选(?:同意|确认)|(?:单独|主动|明确|逐一|另行)?(?:勾选|点击)?确认(?!收货|订单|签收|付款|地址|尺码|信息|无误)|经(?:您|买家|顾客|消费者|客户)(?:在?购买时)?(?:明确)?(?:确认|同意)|购买(?:时|前)(?:已)?(?:经)?(?:您)?(?:确认|勾选)|下单(?:时|前)(?:已)?(?:经)?(?:您)?(?:确认|勾选)|you (?:confirm|confirmed|acknowledge)|confirmed at (?:purchase|checkout)|tick(?:ed)? (?:the |a )?(?:separate |dedicated |specific )?(?:check ?)?box/;

/** The "confirmation" is only a notice or a pre-ticked box (CRPL-REG 19 ¶2, NRR-MEASURES 20 ¶2). */
export const FAKE_CONFIRMATION =
  /as (?:stated|noted|indicated|shown|marked|listed|described) (?:on|in) (?:the |our |each )?(?:product|item|listing)(?: page| description| listing)?|(?:stated|noted|indicated|marked|disclosed) (?:on|in) (?:the |each |its |their )?(?:product|item|listing)(?:\(s\)|s)? (?:page|description|listing)|慎拍|勿拍|慎买|谨慎(?:购买|下单|选购|拍下)|慎重(?:购买|下单)|请(?:您)?(?:知悉|悉知)|购买前请(?:注意|知悉)|by (?:purchasing|buying)|页面(?:已|上)?(?:明确|显著)?(?:提示|注明|标注|说明|告知)|(?:商品)?(?:页|详情页|页面)(?:上)?(?:已)?(?:明确|显著)?(?:标示|标明)|已(?:在|于)(?:商品)?(?:页面|详情页)(?:提示|注明|说明|告知)|详情页(?:已)?(?:注明|说明|提示)|(?<!不会|不|未|没有|不得)默认(?:勾选|同意|已)|系统(?:已|会|将)?(?:为您|自动)?(?:已)?(?:勾选|选中)|(?:自动|预先|提前)(?:为您)?勾选|(?<!不会|不|未|没有|不得)预设(?:为)?勾选|视为(?:您)?(?:已)?(?:同意|确认|知悉|接受)|即(?:表示|代表|视为)(?:您)?(?:已)?(?:同意|确认|接受|知悉)|下单即|购买即|付款即|拍下即|pre-?ticked|pre-?selected|by (?:placing|completing) (?:an|your|the) order,? you (?:agree|accept|are deemed|are considered|confirm|acknowledge)|(?:deemed|considered|taken) to have (?:confirmed|agreed|accepted|acknowledged)/;

/** Non-conforming goods: the quality regime of CRPL 24. */
export const QUALITY =
  /质量问题|品质问题|(?<!非|除非|不是|不属于|无|没有)(?:商品|产品|货品)本身(?:有|存在|出现)?(?:的)?问题|缺陷|质量原因|质量瑕疵|性能故障|故障|(?:品质|质量)不(?:合乎|符合|达到)(?:生产|国家|行业)?(?:标准|要求)|(?:破损|损坏)(?<!(?:封膜|密封膜|封口|封条|密封|塑封|封签|防伪贴|防伪标|拆封|拆开|开封|被拆|吊牌|标签)(?:破损|损坏))|(?:破损|损坏)(?<=(?:收到|收货|到货|签收|送达)[^。]{0,12}(?:破损|损坏))(?<!(?:拆封|拆开|开封|被拆)(?:破损|损坏))(?:(?<!(?:吊牌|标签|封膜|封口|封条|密封)(?:破损|损坏))|(?<=(?:(?:收到|到货|签收|送达)(?:商品|货物|包裹)?时|发现)[^。]{0,8}(?:破损|损坏)))|(?:破损|损坏)(?=漏|渗)|残缺|瑕疵|次品|错发|发错|漏发|少发|缺件|少件|错件|与描述不符|描述不符|与.{0,6}不符|不符合约定|做工问题|开线|掉色|褪色|过期(?![^,;。]{0,2}(?:将|则|后|不|未|视为|作废|失效|无效|自动|取消|关闭))|变质|坏果|烂果|腐烂|defect|faulty|(?<!\b(?:customer|buyer|user|consumer)[- ])damaged|broken(?! (?:safety |hygiene |factory |protective )?seals?\b)|broken(?<=\b(?:arrives?|arrived|received?|delivered)\b[^.;]{0,20}broken)|wrong item|\bincorrect (?:items?|products?)\b|not as described|missing (?:parts|items)|\bdoas?\b|dead[- ]on[- ]arrival|not working|does(?:n't| not) work|malfunction/;
/** The shop's sending faults: a wrong, missing or short item, or one not as described (not damage, which may be the buyer's). */
const WRONG_ITEM = '(?:错发|漏发|少发|发错|错漏|错件|缺件|少件|描述不符)';
/**
 * The shop's own faults as a ground of a return (wrong, missing or short shipments, goods not as described, damage not the
 * buyer's): named after a negated defect in `NOT_QUALITY` and after 其他 in the defect's shipping (quality.ts).
 */
export const SHOP_FAULT = `(?:${WRONG_ITEM}|(?<!人为|使用后|使用|自行|买家|顾客|您|客户|消费者)(?:破损|损坏))`;
/**
 * A quality word negated: "非质量问题", "无质量问题", "如无质量问题", "不是质量问题". The negation covers the shop's faults
 * joined to it ("非/无质量问题及错发漏发的退货": returns with neither, the stock phrase), but not a fault joined after the
 * defect's own noun phrase ("无质量问题的退货，以及错发漏发的退货", "无质量问题退货及错发漏发退货": the faults are charged, unless
 * negated just before them or the buyer's: "…及人为破损的退货", "…以及并未错发漏发的退货", "…及买家自行损坏的退货"; a
 * negation of another item does not reach them: "…及人为损坏或错发的退货"). "所有/只有/仅有/唯有无" is no 有无.
 * The defect and the shop's faults excepted together ("质量问题、错发漏发以外的退货", "质量问题及错发除外") are no quality ground.
 * 没, 没出现, 未出现, 未有 and 未发现 negate too ("经检测未发现质量问题的"), but not a defect not found at signing ("签收时未
 * 发现的质量问题": a hidden defect).
 */
export const NOT_QUALITY = new RegExp(
  String.raw`\b(?:reasons?|returns?|issues?) unrelated to (?:(?:a|the|any) )?(?:product |item )?(?:defects?|faults?|quality)\b|\bpersonal preferences?\b|(?:if|when|where) (?:the )?(?:seller|we|store|shop|merchant|company) (?:is|are|was|were) not at fault|unless (?:the )?(?:seller|we|store|shop|merchant|company) (?:is|are|was|were) at fault|(?:非|不是)(?:本店|卖家|商家|我们|我司)(?:的)?(?:责任|过错|原因)|质量(?:问题|原因)(?:的)?(?:除外|不在此限|例外)|(?:非因|不是因为|不是由于|并非因|非由于)[^,;。]{0,6}(?:质量|瑕疵|故障)(?:问题|原因|缺陷)?|(?:非|(?<!(?<!所|只|仅|唯)有)无|没有|不是|不属于|不涉及|除|不存在|并无|没(?:出现|发现(?!的))?|未(?:出现|有|发现(?!的)))(?:商品|产品|货品)?(?:本身)?(?:的)?(?:任何)?质量(?:问题|原因)(?!(?<!除[^,;。]{0,8})(?:的(?:商品|产品|货品)?(?:退货|退换货?|退款|订单)?|(?:商品|产品|货品)?(?:退货|退换货?|退款|订单))[,，]?(?:以及|及|和|与|、|或者|或|还有)[^,;。]{0,8}(?<!(?:非|无|没有|没|未|并未|不是|不属于|并非)(?:错发|漏发|发错|少发)?[、和及]?)${SHOP_FAULT})|除非[^,;。]{0,10}(?:质量问题|质量原因|损坏|损毁|破损|瑕疵|故障)|除(?:了)?[^,;。外]{1,14}(?:以及|及|和|与|、|或者|或)(?:商品|产品|货品)?(?:本身)?(?:的)?(?:质量|瑕疵|故障)(?:问题|原因)?(?:以外|之外|外)|unless (?:the )?(?:items?|products?|goods|merchandise|it) (?:is|are|was|were|arrives?|arrived) (?:damaged|defective|faulty)|(?:非|不是|不属于|除)(?:商品)?(?:本身)?(?:的)?(?:瑕疵|故障)|(?:除非|非|不是|不属于)(?:是)?(?:商品|产品|货品)本身(?:有|存在|出现)?(?:的)?问题|if (?:it is )?not (?:defective|damaged)|(?:is|are|was|were) not (?:defective|damaged|faulty)|\b(?:isnt|arent|wasnt|werent) (?:defective|damaged|faulty)\b|\b(?:items?|goods|products?) without (?:any )?(?:defects?|faults?)\b|(?<!\b(?:faulty|defective) (?:and|or|&) |\b(?:faulty|defective)\s*\/\s*)non[- ]?faulty|(?<!\b(?:faulty|defective) (?:and|or|&) |\b(?:faulty|defective)\s*\/\s*)non[- ]?defective|\b(?:has|have|with|there is|there are) no (?:defects?|faults?)\b|(?<!人为|运输|物流|快递)(?:商品|产品)?(?:瑕疵|故障)(?:品)?(?:的)?(?:除外|不在此限|例外)|change of mind|(?:customer|buyer)s? remorse|no longer (?:want|need)|unless[^.;]{0,40}(?:defective|damaged|faulty|wrong item|\bdefects?\b|\bdamage\b|\bfaults?\b)|except (?:for )?(?:defective|damaged|faulty)|other than (?:defective|damaged|faulty)|质量(?:问题|原因)(?:之|以)外|质量(?:问题|原因)(?:[、和及与或]|以及)${WRONG_ITEM}(?:货|商品)?(?:(?:[、和及与或]|以及)?${WRONG_ITEM}(?:货|商品)?){0,3}(?:的)?(?:商品|产品|退货|退换货?|原因|情况)?(?:的)?(?:(?:之|以)外|除外)`,
);

/** Returns for the buyer's own reasons: the no-reason regime. */
export const NO_REASON = startingWhereItCan(
  /(?:非因|并非因|不是因为)[^,;。]{0,12}(?:所列|所述|规定)(?:的)?(?:原因|情形|情况)|无理由|个人原因|主观原因|不喜欢|不想要|不合适|尺码|颜色|款式|改变主意|买家原因|顾客原因|客户原因|自身原因|(?<!(?:质量问题|瑕疵|故障|破损)[^;。]{0,12})(?:(?<!\d)\d+|[一二三四五六七八九十])\s*(?:天|日)(?:内)?无条件(?:退|换)|change of mind|changed your mind|(?:customer|buyer)s? remorse|no longer/,
);

/**
 * A sale in a shop, not at a distance ("门店购买的商品", "in-store purchases"): CRPL 25 gives the no-reason return
 * for distance sales only, so what a clause says of in-store sales alone limits no such right (CRPL 24 still does). Credit
 * "in store" ("Returns, Exchanges, and In Store Credit") is store credit, no sale in a shop.
 */
export function inStoreOnly(text: string): boolean {
  return (
    /门店|实体店|线下(?:门店|店|购买|购物|销售)|专柜(?:购买|购物)|到店(?:购买|购物)|in[- ]store (?:purchases?|sales?|exchanges?|returns?)|purchased (?:in|at) (?:our |the |one of our )?(?:physical |retail |brick[- ]and[- ]mortar )?(?:stores?|shops?|boutiques?)|(?:purchased|bought|made|paid for) in[- ]store|bought (?:in|at) (?:our |the |one of our )?(?:physical |retail |brick[- ]and[- ]mortar )?(?:stores?|shops?)|(?<![本猫宝东网舰铺])店内购买/.test(
      text,
    ) &&
    !/网上|网购|线上|官网|网店|网站|商城|小程序|\bapp\b|online|website|web ?shop|发货|配送|自提|送货|快递|邮寄|deliver|ship|pick ?up/.test(
      text,
    )
  );
}

/** Damage the consumer caused ("人为损坏", "使用不当", "个人原因", not "非人为"): no defect the law leaves with the shop. */
/** The words of the consumer's own damage, read by `CONSUMER_DAMAGE` and in lists of grounds. */
/**
 * A return parcel lost, up to the disclaimer that follows it ("对退货遗失的包裹概不负责", "退貨途中遺失的包裹，本店概不負責"): the
 * consumer carries the return shipment of a no-reason return (NRR-MEASURES 18).
 */
export const RETURN_LOSS_NAMED =
  '(?:退货|退回|寄回)(?:途中|过程中|时)?[^,;。]{0,6}(?:遗失|丢失)(?:的)?(?:包裹|商品|货品)?(?:,?(?:本店|我们|本公司|商家|卖家))?[^,;。]{0,4}';
/** The shop's own delivery named ("发货", "配送", "运输"): a loss on it is the shop's (ECL 20). */
export const OUTBOUND_WORDS = '发货|配送|寄送|运送|运输|送货|出货|派送';
export const CONSUMER_DAMAGE_WORDS =
  '(?:人为|使用不当|保管不当|操作不当|误用|滥用|个人原因|自身原因|(?:客户|顾客|买家|消费者|用户|您)(?:的)?(?:责任|过失|过错)(?=[,，]?(?:而)?(?:造成|导致|引起|致使|使))|未(?:按|依)(?:照)?(?:说明书|使用说明|说明|建议|要求|规定))';
export const CONSUMER_DAMAGE = new RegExp(`(?<!非)${CONSUMER_DAMAGE_WORDS}`);

/** Outside the law data (RULES.md §5): medicines, cross-border retail imports, business-only buyers. */
export const MEDICINE =
  /药品|处方药|非处方药|药房|\botc\b|药物|中成药|西药|医药|药膏|软膏|眼药水|滴眼液|medicine|medications?\b|pharmac|prescription|drugs?\b|\bointments?\b|\b(?:eye|ear|nasal) ?drops\b/;
export const CROSS_BORDER =
  /跨境|境外|海外(?:商家|采购|仓|发货|购买|代购|品牌|直购|直发|商品|会员|订单|买家|顾客|客户)|转运|国际(?:运费|物流|快递|运输)|overseas|海外直邮|保税|海淘|进口直邮|海外购|全球购|直邮(?<!(?:产地|国内|原产地|基地|果园|厂家|工厂|仓库)直邮)|(?:日本|韩国|美国|英国|法国|德国|澳洲|澳大利亚|新西兰|加拿大|意大利|泰国|欧洲|欧美|海外|国外|境外)[^,;。]{0,6}直邮|海关|关税|行邮税|综合税|进口税|进口环节税|自贸区|cross-?border|international (?:orders|shipping)|ships? from overseas|bonded warehouse|customs/;
/** A buying agent ("代购"): cross-border unless the page buys in a domestic market ("档口代购", "批发市场"). */
export function crossBorder(text: string): boolean {
  return CROSS_BORDER.test(text) || (/代购/.test(text) && !/档口|批发市场|国内代购|同城代购/.test(text));
}
/**
 * Buyers that are businesses: wholesale, dealers the shop supplies ("仅向授权经销商供货", "为代理商提供货源", "We only supply
 * authorised dealers"), not a shop that is a dealer or buys from one ("本店为Apple授权经销商", "我们是一家授权经销商", "货源来自
 * 品牌授权经销商").
 */
export const BUSINESS_ONLY =
  /^\s*(?:corporate|bulk|wholesale|trade)(?: (?:and|or|&) (?:corporate|bulk|wholesale|trade))? orders\b(?=[^.;:]{0,80}\b(?:non-?returnable|non-?refundable|cannot be (?:returned|refunded)|are final|not eligible))|企业采购|批发(?![^。]{0,12}(?:(?<!不|非|不做|不搞|不提供|不接受)零售|(?<!不对|不卖给|不向|不面向|不为)个人|(?<!不对|不卖给|不向|不面向|不为|个人)消费者))|\btrade (?:accounts?|customers) only\b|(?:经销商|代理商|分销商)(?=[^,;。]{0,4}(?:提供|供货|供应|批发|批量|开放))(?![^,;。]{0,8}(?:消费者|个人|零售|散客))(?<=(?:向|面向|为|给|对|针对)[^,;。]{0,8}(?:经销商|代理商|分销商))(?<!(?:同时|也|亦|个人|消费者|零售|买家|顾客)[^,;。]{0,10}(?:经销商|代理商|分销商))|(?:经销商|代理商|分销商)(?<=(?:供货|供应|批发|卖|售|出售)给[^,;。]{0,8}(?:经销商|代理商|分销商))|(?:经销商|代理商|分销商)(?<!(?:为|是|系|作为|来自|从|源自|授权|官方|正规|品牌)[^,;。]{0,12}(?:经销商|代理商|分销商))(?![^。]{0,16}(?:个人|消费者|零售|散客))|\b(?<!\balso )(?:only )?suppl(?:y|ies) (?:to )?(?:authori[sz]ed |registered |licensed )?(?:dealers|resellers|distributors|retailers)\b(?! and (?:consumers|customers|individuals|the public))(?![^.;]{0,30}\b(?:also|public|consumers|individuals)\b)|\b(?<!\balso )sells? (?:only )?to (?:authori[sz]ed |registered |licensed )?(?:dealers|resellers|distributors|retailers)(?: only)?\b(?! and (?:consumers|customers|individuals|the public))|对公|企业(?:客户|买家|会员)(?![^,;。]{0,2}除外)|b2b|business customers|trade customers(?! and (?:the public|consumers|individuals|retail customers))|wholesale(?![^.;]{0,40}\b(?:also\b|(?<!\b(?:not|never|dont) (?:sell|sells|selling) to )the public\b|retail customers\b))|business-to-business|(?:only sells?|sells? only) to businesses|sells? to businesses only/;

/** The lead-in and the clause together, as one reading. */
export function whole(reading: ClauseReading): string {
  return reading.text;
}

/** A gift missing, or not sent back: never a ground to refuse the return (NRR-MEASURES 12 ¶2). */
export const GIFT_MISSING =
  /赠品.{0,24}(?:缺失|遗失|丢失|未退回|未一并|未寄回|没有退回|不退回|不完整|不全|缺少|损坏|破损)|(?:缺少|缺失|遗失|丢失|未退回)(?:了)?(?:[^,;。赠]{0,10}、)?赠品|free gifts?.{0,30}(?:missing|not returned|lost)|(?:missing|without) (?:the )?(?:free )?gifts?/;

/** Goods outside every statutory category and NRR-MEASURES 7 nature that shops often exclude. */
export const OTHER_GOODS =
  /贵重|黄金|金银|限量|联名|珠宝|首饰|饰品|手表|眼镜|精密|大件|家具|高价值|奢侈品|二手|工艺品|皮革|裘|瑜伽服|家居服|包含且不仅仅包含|包括但不限于|不仅限于|jewel(?:le)?ry|watches|furniture|mattress|luxury|second-?hand|pre-?owned|hazardous|flammable|batteries|large items|bulky|limited[- ](?:quantity|edition|release) (?:products?|items?|goods|releases?|sneakers|shoes)/;

/** Product domains: they name where goods come from, not a class the shop excludes by itself. */
export const DOMAIN_GOODS = /家电(?!话)|电器|数码|手机|电脑|平板|相机|electronics|appliances|devices/;

/**
 * The clause speaks of the days a longer promise adds ("第8天至第15天", "8至30天退货…", "超过7天的，15天之内"): conditions
 * there are lawful (RULES.md §5: a promise may carry conditions only beyond the statutory days).
 */
export const BEYOND_STATUTORY_DAYS =
  /(?<![\d一二三四五六七八九十第.])(?:8|八)\s*(?:天|日)?\s*(?:至|到|-|~|—)\s*(?:\d+|[一二三四五六七八九十]+)\s*(?:天|日)(?:内|之内|以内)?(?:的)?(?:退货|退换|申请|可|仅|只)|(?:超过|超出|满)\s*(?:7|七)\s*(?:天|日)(?:的|后|以后|之后)|(?<![\d一二三四五六七八九十])(?:7|七)\s*(?:天|日)(?:后|以后|之后)(?:才)?(?:退回|寄回|退货|申请退|退换|(?:提出|提交)?申请(?:的|退货的?)|(?:的)?(?:退货)?(?:需|须|必须|应当?))|(?:after|beyond) (?:the first )?(?:7|seven) (?:calendar )?days|after day (?:7|seven)\b|第\s*(?:8|八|9|九|1\d|十[一二三四五六七八九]?|2\d|二十)\s*(?:(?:至|到|-|~|—)\s*(?:第)?\s*(?:\d+|[一二三四五六七八九十]+)\s*)?(?:天|日)|(?:超过|超出|满)\s*(?:7|七)\s*(?:天|日)(?:的|后|以后)?[^。;]{0,8}(?:\d{2}|十五|三十)\s*(?:天|日)(?:之内|以内|内)|(?:7|七)\s*(?:天|日)(?:后|以后|之后)[^。;]{0,8}(?:\d{2}|十五|三十)\s*(?:天|日)(?:之内|以内|内)|(?:days?|day) (?:8|eight)\b|(?<=\breturn(?:s|ed)?(?: (?:made|received|sent|requested|initiated|submitted|placed))? (?:(?:from|between|within) )?(?:day )?)(?:[89]|[1-9]\d)\s*(?:-|–|to|and)\s*\d{1,3} (?:calendar |business |working )?days?\b(?! (?:of|from|after) (?:the )?(?:order|purchase|payment|dispatch|shipment|shipping))|(?<=\breturns?(?: (?:made|received|sent|requested))? between (?:day )?)(?:7|seven)\s*(?:-|–|to|and)\s*\d{1,3} (?:calendar |business |working )?days?\b(?! (?:of|from|after) (?:the )?(?:order|purchase|payment|dispatch|shipment|shipping))|after (?:the first )?(?:7|seven) days|\b(?:after|beyond|later than|more than|past|older than) (?:the first )?(?:[7-9]|[1-9]\d{1,2}|seven|eight|nine|ten|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety) (?:calendar |business |working )?days\b(?! (?:of|from|after) (?:the )?(?:order|purchase|payment|dispatch|shipment|shipping))/;

/** A count written in Arabic or Chinese numerals ("15", "十五"); 0 when it is neither. */
export function countOf(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (chineseNumber(text) ?? 0);
}

/** The day counts a clause names ("30天", "十五天", "15 calendar days", "7个工作日"), in order, each range by its upper end. */
export function dayCounts(text: string): number[] {
  return readDurations(text)
    .filter((d) => d.unit === 'day' || d.unit === 'workday')
    .map((d) => d.value);
}

/** A day named by its ordinal, as the start of what follows ("第8天起", "第8天至第15天"). */
const ORDINAL_DAY_ON =
  /第\s*(\d{1,3}|[一二三四五六七八九]|十[一二三四五六七八九]?|[二三]十[一二三四五六七八九]?)\s*(?:天|日)(?=起|开始|以后|之后|后|至|到)/g;

/**
 * The days passed before each day named by its ordinal from the eighth on ("签收后第8天起…恕不受理": 7, the cut-off of
 * "签收7天后…"); an earlier day is left out ("第二天起算" starts a period, "第5天至…" runs inside the statutory seven).
 *
 * @example daysBeforeOrdinals('签收后第8天至第15天发现质量问题') // [7, 14]
 */
export function daysBeforeOrdinals(text: string): number[] {
  if (!text.includes('第')) return [];
  const days: number[] = [];
  for (const match of matchesOf(ORDINAL_DAY_ON, text)) {
    const numeral = match[1] as string;
    const day = /^\d+$/.test(numeral) ? Number(numeral) : (chineseNumber(numeral) ?? 0);
    if (day >= 8) days.push(day - 1);
  }
  return days;
}

/**
 * The days of every period in a text counted in days, weeks or months, a week or a month as its least days ("一个月" 28):
 * `dayCounts` where a cut-off may be stated in months ("收货超过一个月不予售后" as "…超过30天…"). `keep`, when given, leaves
 * out the periods it rejects.
 */
export function periodDays(text: string, keep: (duration: Duration) => boolean = () => true): number[] {
  return readDurations(text)
    .filter((d) => (d.unit === 'day' || d.unit === 'workday' || d.unit === 'week' || d.unit === 'month') && keep(d))
    .map((d) => (d.unit === 'day' || d.unit === 'workday' ? d.value : d.days));
}

/**
 * Goods of an ordinary kind made to the consumer's order ("定做的家具", "custom engraved jewelry"): the made-to-order
 * category (CRPL 25 ¶1(1)) decides, not the kind of goods.
 */
export const MADE_TO_ORDER_GOODS = new RegExp(
  String.raw`(?<!非|不是|无需|不|(?:尺寸|颜色|规格|款式|花色|参数|材质)[、和及与/])(?:定制|定做|订制|订做|客制|量身定做|刻字|个性化)(?:尺寸|颜色|规格|款式|花色|参数|材质)?(?:[、和及与/](?:定制|定做|订制|订做)?(?:尺寸|颜色|规格|款式|花色|参数|材质))*(?:的|款|版|类)?(?:${OTHER_GOODS.source})|(?:custom(?:-made|ized|ised)?|made[- ]to[- ]order|personali[sz]ed|engraved|monogrammed)(?:\s+(?:engraved|made|built|personali[sz]ed))?\s+(?:${OTHER_GOODS.source})`,
  'g',
);
