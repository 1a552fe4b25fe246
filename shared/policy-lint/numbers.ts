/**
 * Reading numbers and durations in policy text: "3天内", "72小时", "15个工作日", "七日", "满168小时",
 * "5-7 business days", "两周", "十五日". Jurisdiction-free: the clause rules compare what is read here
 * with what their law gives.
 */

import { matchesOf } from './matches.js';

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a Chinese numeral of up to four digits ("七", "十五", "二十四", "一百六十八", "两").
 * Undefined for anything else.
 *
 * @example chineseNumber('一百六十八') // 168
 */
export function chineseNumber(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const char of text) {
    if (char in DIGIT) {
      digit = DIGIT[char] as number;
      seen = true;
    } else {
      const unit = UNIT[char] as number;
      total += (seen ? digit : 1) * unit;
      digit = 0;
      seen = false;
    }
  }
  return total + digit;
}

export type DurationUnit = 'hour' | 'day' | 'workday' | 'week' | 'month' | 'year';

/** One duration read from a text. `value` is the upper end of a range ("5-7个工作日" → 7). */
export interface Duration {
  readonly value: number;
  readonly min: number;
  readonly unit: DurationUnit;
  /** The least number of calendar days the duration can span (a working day counts as one day). */
  readonly days: number;
  /** Offsets of the match in the text it was read from. */
  readonly start: number;
  readonly end: number;
}

const UNIT_WORDS: [RegExp, DurationUnit][] = [
  [/^(个)?(工作日|工作天|working days?|business days?|workdays?)/, 'workday'],
  [/^(个)?(小时|钟头|时(?=内|之内|以内)|hours?|hrs?|h)(?![a-z])/, 'hour'],
  [/^(个)?(自然日|日历日|天|日|calendar days?|days?)(?![a-z])/, 'day'],
  [/^(个)?(周|星期|礼拜|weeks?)(?![a-z])/, 'week'],
  [/^(个)?(月|months?)(?![a-z])/, 'month'],
  [/^(个)?(年|years?)(?![a-z])/, 'year'],
];

const NUMBER =
  /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(?:\s*(?:-|~|～|至|到|—|–|to)\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+))?\s*/g;

function numberValue(text: string): number | undefined {
  if (/^\d/.test(text)) return Number(text);
  return chineseNumber(text);
}

const DAYS_PER: Record<DurationUnit, number> = { hour: 1 / 24, day: 1, workday: 1, week: 7, month: 28, year: 365 };

/**
 * Every duration in a text, in order. Reads Arabic and Chinese numerals, ranges, and the English and
 * Chinese units of time; "半个月" and "半天" count as half units.
 *
 * @example readDurations('收到退货后5-7个工作日内退款')[0] // { value: 7, min: 5, unit: 'workday', … }
 */
export function readDurations(text: string): Duration[] {
  const found: Duration[] = [];
  for (const match of matchesOf(NUMBER, text)) {
    const first = match[1] as string;
    // "第一个工作日", "第8天": an ordinal names a day, it measures no period.
    // "最后一日", "每一天", "同一日": a determiner names a day, not a length.
    const start0 = match.index ?? 0;
    // "订单3天内可以退货": 单 ending a noun (订单, 账单, 运单) is no determiner; the period after it is read.
    if (
      text[start0 - 1] === '第' ||
      /(?:最后|每|同|某|这|那|(?<![订账帐清下运保菜买名表货退])单|任)$/.test(
        text.slice(Math.max(0, start0 - 2), start0),
      )
    )
      continue;
    // "顺延至下一个工作日", "次一工作日": the next day named, no period measured.
    if (first === '一' && /(?:下|次|上)$/.test(text.slice(Math.max(0, start0 - 1), start0))) continue;
    // "签收当日为周六日的", "星期五": a weekday's numeral names a day of the week, it measures no period.
    if (/^[一二三四五六]$/.test(first) && /(?:周|星期|礼拜)$/.test(text.slice(Math.max(0, start0 - 2), start0)))
      continue;
    // "7天猶豫期包含六日例假日": Saturdays and Sundays (六日) named with the rest days, no period of six days.
    if (
      first === '六' &&
      /^日(?:及|和|与|、)?(?:例假日|假日|休息日|节假日|国定假日|公休日)/.test(text.slice(start0 + 1))
    )
      continue;
    // "…预计会在D+2日前往取货": a day counted on from a named one (D, T) for the shop's pickup or dispatch, a date, not a
    // period ("到货日D+3日前提出" is the consumer's window).
    if (
      /(?<![a-z])[dtn]\s*\+\s*$/i.test(text.slice(Math.max(0, start0 - 5), start0)) &&
      /^\s*(?:日|天)?[^,;。，；]{0,6}(?:前往|上门|安排)?(?:取货|取件|收件|揽收|发货|发出|寄出|发走|出货|出库|送达|配送|到府)/.test(
        text.slice(start0 + match[0].length),
      )
    )
      continue;
    // "PChome24h購物", "7x24h": digits glued to a Latin letter are part of a name, not a period.
    if (/[a-z]/i.test(text[start0 - 1] ?? '') && /^\d/.test(first)) continue;
    // "一经售出", "一次性": a Chinese numeral counts only when a unit follows directly.
    // "3-day return policy", "a 72-hour window": an English compound joins number and unit with a hyphen.
    const after = text.slice((match.index ?? 0) + match[0].length);
    const hyphen = /^-(?=[a-z])/.test(after) ? 1 : 0;
    const rest = after.slice(hyphen);
    const unit = UNIT_WORDS.find(([pattern]) => pattern.test(rest));
    if (!unit) continue;
    const unitMatch = unit[0].exec(rest) as RegExpExecArray;
    const low = numberValue(first);
    const high = match[2] !== undefined ? numberValue(match[2]) : low;
    if (low === undefined || high === undefined) continue;
    const start = match.index ?? 0;
    const end = start + match[0].length + hyphen + unitMatch[0].length;
    // "0 to 7 days", "0-7天": a range from nothing runs to its upper end.
    const least = low === 0 ? high : low;
    found.push({ value: high, min: least, unit: unit[1], days: least * DAYS_PER[unit[1]], start, end });
  }
  for (const match of matchesOf(/半(个)?(月|天|日)/g, text)) {
    const unit: DurationUnit = match[2] === '月' ? 'month' : 'day';
    const start = match.index ?? 0;
    found.push({ value: 0.5, min: 0.5, unit, days: 0.5 * DAYS_PER[unit], start, end: start + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The event a period is counted from, when the text names one. */
export type Anchor = 'receipt' | 'dispatch' | 'payment' | 'order' | 'invoice' | 'request' | 'return_received';

const ANCHORS: [RegExp, Anchor][] = [
  [
    /(收到|签收|收货|到货|妥投|received|receipt|delivery|delivered)[^,;。]{0,6}(退回|退货|退换货?|返回|寄回)[^,;。]{0,3}(商品|货品|包裹)?|(?:退货|退回|退换货?)(?:的)?(?:商品|货品|包裹)?(?:收到|签收)(?:后|之后)/,
    'return_received',
  ],
  [
    // Not the order or its payment ("the date we receive your order", "我们收到您的订单之日起"): those start the order's days.
    /(仓库|我们|我司|本店|商家|卖家|服务中心|售后中心|物流中心|售后部|we)[^,;。]{0,4}(收到|签收|receive)(?![ds]?\s+(?:your\s+|the\s+)?(?:order|payment)\b|(?:您|你|买家|顾客)?(?:的)?(?:订单|付款|款项|货款))/,
    'return_received',
  ],
  [/(发货|出货|出库|寄出|发出|揽收)(?:之日|日期|日起|当日|当天|后|起|时起)|shipment|dispatch/, 'dispatch'],
  [
    /(付款|支付|下单|成交|拍下)(?:之日|日期|日起|当日|当天|后|起|时起|成功)|(?:自|从)[^,;。\d]{0,6}(?:付款|支付|下单|拍下)|[(（](?:实际)?(?:付款|支付|下单)日|(?:以|按)(?:照)?(?:(?!而非|而不是|并非|不是|非)[^,;。\d以按]){0,6}(?:付款|支付|下单)日(?![^,;。]{0,6}(?:依次|分批|排序|排单|先后|顺序|发货|发出|生产))|payment/,
    'payment',
  ],
  [
    /(订单|订购|购买|售出|购物)(?<!(?<!(?:我们|本公司|公司|商家|本店|店铺|卖家|我司|我方|本网站|平台|商店)\s*)(?:收到|签收)(?:您的|你的|的)?订单)(?:之日|日期|日起|当日|当天|后|起|时起|生成)|订单(?:成立|提交)(?:之日|日期|日起|当日|当天|时起|起)|订单(?:成立|提交)后[,]?\s*$|(?<!签收所?|收到所?)(?:购买|订购)(?![^,;。]{0,4}(?:或|时|确认|签收|收货|到货|收到|收件|交货|发货|交付))[^,;。\d时]{1,4}(?:后|之后)(?:的)?|purchase|\bwe receive[ds]?\s+(?:your\s+|the\s+)?order\b/,
    'order',
  ],
  [/(发票|开票)(?:之日|日期|日起|当日|当天|后|起)|invoice/, 'invoice'],
  [/(签收|收货|收到|收件|到货|妥投|received|receipt|delivery|delivered)/, 'receipt'],
  [/(申请|提出|request)/, 'request'],
];

const NUMERAL = /[\d一二两三四五六七八九十]/;
const WITHIN_AFTER = /^\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:天|日|小时)\s*(?:内|之内)/;
/** An event word ending the text before a duration ("货到付款" is a way of paying, not when). */
const BARE_EVENT = /(发货|出货|出库|寄出|发出|揽收|(?<!货到|到付)付款|支付|下单|拍下|成交|购买|订购)\s*$/;
/**
 * The shop's own dispatch promise before the days, up to four characters between its time and the dispatch ("当天发货7天…",
 * "当天下午发货7天…", "48小时内安排发货7天…", "48小时内快递发货7天…", "极速顺丰发货7天…"): no start of the return's days. A
 * carrier or stock word alone ("顺丰发货7天内可退货", "现货商品发货7天内可退货") is no promise of a time, nor a carrier's service
 * named by its time ("次日达快递发货…") or an order's time ("当天拍下发货…"): there the dispatch starts the days.
 */
const SHOPS_OWN_DISPATCH =
  /(?:当天|当日|次日|隔日|极速|快速|闪电|立即|马上|及时|\d+\s*(?:小时|天)(?:内|之内))(?:(?!退|换|下单|下订单|拍下|购买|订购|付款|支付|审核|达|到)[^,;。]){0,4}(?:发货|发出|出库|出货)\s*$/;
const BARE_EVENTS: Record<string, Anchor> = {
  发货: 'dispatch',
  出货: 'dispatch',
  出库: 'dispatch',
  寄出: 'dispatch',
  发出: 'dispatch',
  揽收: 'dispatch',
  付款: 'payment',
  支付: 'payment',
  下单: 'payment',
  拍下: 'payment',
  成交: 'payment',
  购买: 'order',
  订购: 'order',
};
/** Days read as "within" or "after" ("7天内", "七天后"): `WITHIN_AFTER` with the days after an event too. */
const WITHIN_OR_AFTER = /^\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:天|日|小时)\s*(?:内|之内|后|以后|之后)/;
/**
 * The days' own part names the return ("…7天内可以无理由退货", "…七天后的退货要求") or its refund ("发货7天内可申请退款"); a refund
 * for an order never sent or received is read first, by `DELIVERY_AFTER`.
 */
const RETURN_AFTER = /^[^,;。]{0,14}?(?:无理由|退货|退换|可退|可以退|包退|包换|不退|退回|退款|申请(?:退|售后))/;
/**
 * …or a delivery, an unshipped or undelivered order or a cancellation ("发货7天内到货", "下单7天内未发货可申请退款",
 * "付款7天内未收货可申请退款", "下单7天内仍未出库…", "付款7天内没发出…").
 */
const DELIVERY_AFTER =
  /^[^,;。]{0,8}?(?:未(?:发货|发出|寄出|出库|出货|收货|收到|到货|签收|送达|揽收)|没(?:有)?(?:收货|收到|到货|发货|发出|寄出|出库)|到货|发货|签收|收到|取消|送达)/;
/**
 * …or something else than the return given or done in the days' own part ("…，付款7天内可申请开具发票", "付款7天内可领取赠品",
 * "付款7天内可修改收货地址", "发货7天内可查询物流"): what may be done then, other than returning, is no return's window. Only
 * such acts named ("可联系客服改地址", "可免费更换颜色"): "可申请", "可联系客服", "寄回至我司地址" or "填写快递单号" after a return
 * named before are the return's own steps.
 */
const OTHER_THAN_RETURN_AFTER =
  /^[^,;。]{0,14}?(?:(?:开具|补开|申请|索取|领取|开)发票|发票(?:申请|开具)|开票|赠品|礼品|优惠券|价保|保价|差价|积分|返现|红包|(?:修改|更改|变更|更换|改)(?:收货|收件|配送)?(?:地址|信息|人)|(?:免费)?(?:更换|调换|修改|更改|改)(?:颜色|尺码|尺寸|规格|款式|型号)|(?:查询|查看|跟踪|追踪)(?:物流|快递)|(?:修改|更改|取消)订单|(?:申请)?延长收货)/;
/**
 * True when the text right after a period names another act than returning done in it ("内可申请开具发票", "内可修改收货地址"):
 * `OTHER_THAN_RETURN_AFTER`, for the clause rules.
 *
 * @example otherActAfter('内可申请开具发票') // true
 */
export function otherActAfter(after: string): boolean {
  return OTHER_THAN_RETURN_AFTER.test(after);
}
const EARLIER_DURATION = /(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:工作日|天|日|小时|周|月)(?:内|后|之内)?/g;

const ANCHORS_GLOBAL: [RegExp, Anchor][] = ANCHORS.map(([pattern, anchor]) => [
  new RegExp(pattern.source, 'g'),
  anchor,
]);

/**
 * The event named just before a duration ("自发货之日起7天" → dispatch): the nearest anchor word in the
 * `reach` characters before `position`, looking no further back than the previous duration or clause
 * punctuation.
 *
 * @example anchorBefore('自发货之日起7天内', 6) // 'dispatch'
 */
export function anchorBefore(text: string, position: number, reach = 16): Anchor | undefined {
  const window = text.slice(Math.max(0, position - reach), position);
  // No further back than the previous duration ("在付款日24小时内发货，支持7天…": the 7 days are not counted from payment).
  let afterDuration = window;
  if (NUMERAL.test(window)) {
    EARLIER_DURATION.lastIndex = 0;
    for (let match = EARLIER_DURATION.exec(window); match; match = EARLIER_DURATION.exec(window))
      afterDuration = window.slice(match.index + match[0].length);
  }
  const piece = afterDuration.split(/[;；。]/).pop() ?? '';
  // "付款日7天内" names the payment day as the start of a period within it, not "付款日7天后系统自动确认收货".
  if (/(?:付款|支付|下单)日(?:后)?\s*$/.test(piece) && WITHIN_AFTER.test(text.slice(position))) return 'payment';
  // "发货7天内可退", "付款七天后不退": the event itself just before the days it starts, not the object of an earlier time
  // ("48小时内发货7天…" is cut at the 48 hours and names no start of the 7 days).
  const bare = BARE_EVENT.exec(piece);
  const after = bare ? text.slice(position) : '';
  if (
    bare &&
    // The event right after an earlier time is that time's object ("48小时内发货7天…").
    !(afterDuration !== window && /^\s*$/.test(piece.slice(0, bare.index))) &&
    // Read on the whole window: the promise's own time is the earlier duration cut off above ("48小时内安排发货7天…").
    !SHOPS_OWN_DISPATCH.test(window.split(/[;。]/).pop() ?? '') &&
    WITHIN_OR_AFTER.test(after) &&
    !DELIVERY_AFTER.test(after) &&
    // The days' own part names the return, or the return is named before them and the days' part names nothing else
    // ("支持七天无理由退货，期限为发货7天内"; not "…，付款7天内可申请开具发票"). The text is read after NFKC, so "，" is ",".
    (RETURN_AFTER.test(after) ||
      (/退货|退换|无理由|售后/.test(text.slice(0, position)) && !OTHER_THAN_RETURN_AFTER.test(after)))
  )
    return BARE_EVENTS[bare[1] as keyof typeof BARE_EVENTS];
  let best: { at: number; anchor: Anchor } | undefined;
  for (const [global, anchor] of ANCHORS_GLOBAL) {
    for (const match of matchesOf(global, piece)) {
      const at = (match.index ?? 0) + match[0].length;
      // return_received is more specific than receipt: prefer it at equal distance.
      if (!best || at > best.at || (at === best.at && anchor === 'return_received')) best = { at, anchor };
    }
  }
  return best?.anchor;
}
