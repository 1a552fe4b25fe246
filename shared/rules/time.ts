/**
 * Legal time, by arithmetic only (no Intl, no Date-string parsing in the hot path): instants as epoch
 * milliseconds, legal dates as day numbers in China Standard Time (UTC+8, no daylight saving), the
 * calendar every PRC period is counted in, whatever offset the caller sent.
 */

const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The calendar date of a day number, as [year, month, day]. */
export function civilFromDay(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;
const two = (text: string, at: number): number => digit(text, at) * 10 + digit(text, at + 1);

/**
 * Epoch milliseconds of an ISO-8601 date-time with an offset (the shape `DateTimeSchema` accepts:
 * `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)`); NaN for anything else.
 *
 * @example parseInstant('2026-03-03T15:00:00+08:00') === Date.UTC(2026, 2, 3, 7)
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (n < 17 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 84) return Number.NaN;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  let second = 0;
  let millis = 0;
  let at = 16;
  if (text.charCodeAt(at) === 58) {
    second = two(text, 17);
    at = 19;
    if (text.charCodeAt(at) === 46) {
      let scale = 100;
      at++;
      for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at)) {
        millis += (c - 48) * scale;
        scale /= 10;
      }
      millis = Math.floor(millis);
    }
  }
  let offsetMinutes = 0;
  if (text.charCodeAt(at) === 90) {
    if (at !== n - 1) return Number.NaN;
  } else {
    if (at !== n - 6) return Number.NaN;
    const sign = text.charCodeAt(at) === 45 ? -1 : text.charCodeAt(at) === 43 ? 1 : 0;
    if (sign === 0) return Number.NaN;
    offsetMinutes = sign * (two(text, at + 1) * 60 + two(text, at + 4));
  }
  const value =
    ((dayFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + millis;
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The China Standard Time calendar day (day number) of an instant. */
export function cstDay(instantMs: number): number {
  return Math.floor((instantMs + CST_OFFSET_MS) / DAY_MS);
}

/** Day number of a `YYYY-MM-DD` date (used for dates in force). */
export function dayOf(date: string): number {
  return dayFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/** `YYYY-MM-DD` of a day number. */
export function isoDate(dayNumber: number): string {
  const [y, m, d] = civilFromDay(dayNumber);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Formatted dates by day number: messages name the same few days over and over. Bounded. */
const ZH_DATES = new Map<number, string>();
const EN_DATES = new Map<number, string>();
const ENDS_OF_DAY = new Map<number, string>();
function remember(cache: Map<number, string>, dayNumber: number, text: string): string {
  if (cache.size > 20_000) cache.clear();
  cache.set(dayNumber, text);
  return text;
}

/** The last instant of a legal day, as the API states deadlines: `2026-03-10T23:59:59.999+08:00`. */
export function endOfDay(dayNumber: number): string {
  const cached = ENDS_OF_DAY.get(dayNumber);
  if (cached !== undefined) return cached;
  return remember(ENDS_OF_DAY, dayNumber, `${isoDate(dayNumber)}T23:59:59.999+08:00`);
}

/** `2026年4月5日` */
export function zhDate(dayNumber: number): string {
  const cached = ZH_DATES.get(dayNumber);
  if (cached !== undefined) return cached;
  const [y, m, d] = civilFromDay(dayNumber);
  return remember(ZH_DATES, dayNumber, `${y}年${m}月${d}日`);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `5 April 2026` */
export function enDate(dayNumber: number): string {
  const cached = EN_DATES.get(dayNumber);
  if (cached !== undefined) return cached;
  const [y, m, d] = civilFromDay(dayNumber);
  return remember(EN_DATES, dayNumber, `${d} ${MONTHS[m - 1]} ${y}`);
}

/** `2026-03-03 15:00` in China Standard Time, for messages that name a moment. */
export function cstMinute(instantMs: number): string {
  const local = instantMs + CST_OFFSET_MS;
  const dayNumber = Math.floor(local / DAY_MS);
  const minutes = Math.floor((local - dayNumber * DAY_MS) / 60_000);
  return `${isoDate(dayNumber)} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/**
 * The day six months after `dayNumber`: the same day of the month, or the month's last day when it
 * has none (the Civil Code's month counting; 2025-08-31 → 2026-02-28).
 */
export function addMonths(dayNumber: number, months: number): number {
  const [y, m, d] = civilFromDay(dayNumber);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = civilFromDay(dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1)[2];
  return dayFromCivil(year, month, Math.min(d, last));
}
