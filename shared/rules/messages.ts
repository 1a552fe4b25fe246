import type { Message, RefusalReason } from '#schemas/check.js';
import { enDate, zhDate } from './time.js';
import type { Facts, Period } from './types.js';

/** Reason groups of RULES.md. */
export const WINDOW_REASONS = [
  'return_window_expired',
  'after_sales_period_expired',
] as const satisfies readonly RefusalReason[];
export const STATUTORY_EXCLUSION_REASONS = [
  'custom_made',
  'perishable',
  'digital_downloaded_or_unsealed',
  'newspaper_periodical',
] as const satisfies readonly RefusalReason[];
/** The no-reason exclusions that are no ground for refusing non-conforming goods (NRR-MEASURES 35). */
export const NO_REASON_EXCLUSION_REASONS = [
  ...STATUTORY_EXCLUSION_REASONS,
  'confirmed_non_returnable',
  'not_intact',
  'packaging_opened',
  'gift_or_accessory_missing',
] as const satisfies readonly RefusalReason[];

export const isWindowReason = (reason: RefusalReason): boolean =>
  reason === 'return_window_expired' || reason === 'after_sales_period_expired';

/** How a customer-service agent names each stated reason to the consumer. */
export const REASON_TEXT: Readonly<Record<RefusalReason, Message>> = {
  return_window_expired: { zh: '“已超过退货期限”', en: '"the return period has expired"' },
  custom_made: { zh: '“定制商品”', en: '"the goods were made to order"' },
  perishable: { zh: '“鲜活易腐商品”', en: '"the goods are perishable"' },
  digital_downloaded_or_unsealed: {
    zh: '“数字化商品已下载或已拆封”',
    en: '"the digital goods were downloaded or unsealed"',
  },
  newspaper_periodical: { zh: '“报纸、期刊不退货”', en: '"newspapers and periodicals cannot be returned"' },
  confirmed_non_returnable: {
    zh: '“您购买时已确认该商品不适用无理由退货”',
    en: '"you confirmed at purchase that the item is not returnable"',
  },
  not_intact: { zh: '“商品不完好”', en: '"the goods are not intact"' },
  packaging_opened: { zh: '“包装已拆封”', en: '"the packaging was opened"' },
  gift_or_accessory_missing: { zh: '“赠品或配件缺失”', en: '"a gift or accessory is missing"' },
  promotional_or_clearance_item: {
    zh: '“促销、清仓商品不退不换”',
    en: '"promotional and clearance items cannot be returned"',
  },
  shop_policy_no_returns: { zh: '“本店规定不退货”', en: '"the shop does not take returns"' },
  transit_damage_carrier_fault: {
    zh: '“运输损坏应由快递公司负责”',
    en: '"transit damage is the carrier\'s responsibility"',
  },
  quality_claim_unverified: {
    zh: '“质量问题未经核实”',
    en: '"the quality problem has not been verified"',
  },
  abusive_return: { zh: '“恶意退货”', en: '"the return is abusive"' },
  after_sales_period_expired: { zh: '“已过售后期”', en: '"the after-sales period has expired"' },
  other: { zh: '其他理由', en: 'another reason' },
};

/** The last day of a period as far as it is known: the extended end, else the nominal last day. */
export function lastDayOf(period: Period): number {
  return period.end ?? period.last;
}

/**
 * Clauses that name one day, written once per day number: every request of a day names the same few
 * days. Bounded, like the formatted dates.
 */
function byDay(build: (dayNumber: number) => Message): (dayNumber: number) => Message {
  const written = new Map<number, Message>();
  return (dayNumber) => {
    let text = written.get(dayNumber);
    if (text === undefined) {
      if (written.size > 20_000) written.clear();
      text = Object.freeze(build(dayNumber));
      written.set(dayNumber, text);
    }
    return text;
  };
}

const ASKED = byDay((day) => ({
  zh: `您于${zhDate(day)}提出退货`,
  en: `You asked to return the goods on ${enDate(day)}`,
}));
const ASKED_ON = byDay((day) => ({
  zh: `于${zhDate(day)}提出退货`,
  en: `asked to return the goods on ${enDate(day)}`,
}));
const RECEIVED = byDay((day) => ({
  zh: `您于${zhDate(day)}签收商品`,
  en: `you signed for the goods on ${enDate(day)}`,
}));
const NOT_RECEIVED: Message = Object.freeze({ zh: '商品尚未签收', en: 'the goods have not been signed for yet' });

/** `您于2026年4月5日提出退货` / `You asked to return the goods on 5 April 2026`. */
export function asked(f: Facts): Message {
  return ASKED(f.requestDay);
}

/** `于2026年4月5日提出退货` / `asked to return the goods on 5 April 2026`, to follow a subject already named. */
export function askedOn(f: Facts): Message {
  return ASKED_ON(f.requestDay);
}

/**
 * The request and the return window in one clause: `您于2026年4月5日提出退货，在七日无理由退货期内（截至2026年4月9日）`,
 * or, when the goods had not been signed for yet, that the window had not begun.
 */
export function askedWithin(f: Facts): Message {
  const name = windowName(f);
  const when = asked(f);
  if (f.window?.state === 'not_begun')
    return {
      zh: `${when.zh}，当时商品尚未签收，${name.zh}尚未开始计算`,
      en: `${when.en}, before they were signed for, so ${name.en} had not yet begun`,
    };
  const until = windowUntil(f);
  return {
    zh: `${when.zh}，在${name.zh}内${until.zh}`,
    en: `${when.en}, within ${name.en}${until.en}`,
  };
}

/** Receipt and request in one clause: `您于2026年4月2日签收商品，并于2026年4月12日提出退货`. */
export function receivedAndAsked(f: Facts): Message {
  if (f.receiptDay === null)
    return {
      zh: `商品尚未签收，您${askedOn(f).zh}`,
      en: `The goods have not been signed for yet, and you ${askedOn(f).en}`,
    };
  return {
    zh: `您于${zhDate(f.receiptDay)}签收商品，并${askedOn(f).zh}`,
    en: `You signed for the goods on ${enDate(f.receiptDay)} and asked to return them on ${enDate(f.requestDay)}`,
  };
}

/** `1 day`, `17 days`. */
export function daysEn(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** `once`, `twice`, `3 times`. */
export function timesEn(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** One frozen text per reason, written once at load: messages name the same reasons over and over. */
const perReason = (text: (reason: RefusalReason) => Message): Readonly<Record<RefusalReason, Message>> =>
  Object.freeze(
    Object.fromEntries(
      (Object.keys(REASON_TEXT) as RefusalReason[]).map((reason) => [reason, Object.freeze(text(reason))]),
    ) as Record<RefusalReason, Message>,
  );

/** The stated reason in English, without quotation marks, to follow "on the ground that". */
const REASON_EN = perReason((reason) => ({ zh: '', en: REASON_TEXT[reason].en.replace(/"/g, '') }));

const STATED_GROUND = perReason((reason) =>
  reason === 'other'
    ? { zh: '本店提出的其他理由', en: 'the other reason the shop gave' }
    : { zh: `本店提出的${REASON_TEXT[reason].zh}`, en: `the reason the shop gave (${REASON_TEXT[reason].en})` },
);

/** The stated reason as the subject or object of a sentence: `本店提出的“定制商品”` / `the reason the shop gave ("…")`. */
export function statedGround(reason: RefusalReason): Message {
  return STATED_GROUND[reason];
}

const REFUSE_ON = perReason((reason) =>
  reason === 'other'
    ? { zh: '以其他理由拒绝', en: 'refuse on another ground' }
    : { zh: `以${REASON_TEXT[reason].zh}为由拒绝`, en: `refuse on the ground that ${reasonEn(reason)}` },
);

/** Refusing on the stated reason: `以“定制商品”为由拒绝` / `refuse on the ground that the goods were made to order`. */
export function refuseOn(reason: RefusalReason): Message {
  return REFUSE_ON[reason];
}

const SEVEN_DAYS: Message = Object.freeze({ zh: '七日无理由退货期', en: 'the seven-day no-reason return period' });
/** A promised window's name by its length in days (a few lengths recur; bounded by the schema's day limit). */
const PROMISED = new Map<number, Message>();

/** The return window's name: the statutory seven days or the shop's longer promise. */
export function windowName(f: Facts): Message {
  if (f.promiseDays > 7 || !f.distance) {
    let name = PROMISED.get(f.windowDays);
    if (name === undefined) {
      name = Object.freeze({
        zh: `本店承诺的${f.windowDays}日无理由退货期`,
        en: `the ${f.windowDays}-day no-reason return period the shop promised`,
      });
      if (PROMISED.size < 1000) PROMISED.set(f.windowDays, name);
    }
    return name;
  }
  return SEVEN_DAYS;
}

const NO_TEXT: Message = Object.freeze({ zh: '', en: '' });

/** `（截至2026年4月9日）`, with the holiday extension named when it applied. */
export function windowUntil(f: Facts, period: Period | null = f.window): Message {
  if (!period || Number.isNaN(period.last)) return NO_TEXT;
  // Written once per last day and extension (63: no extended end known); a longer extension is not cached.
  const extension = period.end === undefined ? 63 : period.end - period.last;
  if (extension < 0 || extension > 62) return until(period);
  const key = period.last * 64 + extension;
  let text = UNTIL.get(key);
  if (text === undefined) {
    if (UNTIL.size > 20_000) UNTIL.clear();
    text = Object.freeze(until(period));
    UNTIL.set(key, text);
  }
  return text;
}

const UNTIL = new Map<number, Message>();

function until(period: Period): Message {
  const end = lastDayOf(period);
  if (period.end !== undefined && period.end !== period.last) {
    return {
      zh: `（原应截至${zhDate(period.last)}，因该日为法定休假日，顺延至${zhDate(end)}）`,
      en: ` (it would have ended on ${enDate(period.last)}, a statutory rest day, so it runs until ${enDate(end)})`,
    };
  }
  return { zh: `（截至${zhDate(end)}）`, en: ` (until ${enDate(end)})` };
}

/** The receipt day, for messages: `您于2026年4月2日签收商品` / `you signed for the goods on 2 April 2026`. */
export function received(f: Facts): Message {
  return f.receiptDay === null ? NOT_RECEIVED : RECEIVED(f.receiptDay);
}

/** Upper-cases the first letter (for English sentences that start with a phrase). */
export function cap(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toUpperCase()}${text.slice(1)}`;
}

/** The stated reason in English, without quotation marks, to follow "on the ground that". */
export function reasonEn(reason: RefusalReason): string {
  return REASON_EN[reason].en;
}
