/**
 * Legal-day arithmetic for the service layer, in one place: every count of days the service shows or
 * judges (refund due days, days overdue, the queue's legal clock, reporting periods) goes through
 * here, so the flag, the queue and the console never disagree. (The rules engine has its own time
 * module, `shared/rules/time.ts`, and never reads the clock.)
 *
 * The legal calendar is China Standard Time (UTC+8 all year). A period counted in days excludes its
 * first day and ends at 24:00 of its last day (CIVIL-CODE 201 ¶1, 203 ¶2); a day is a calendar day,
 * never an elapsed 24-hour period.
 */
import { shanghaiDay } from './time.js';

const DAY_MS = 24 * 3600 * 1000;

/** The China Standard Time calendar day (`YYYY-MM-DD`) of an instant. */
export function legalDay(instant: Date | string): string {
  return shanghaiDay(instant);
}

/**
 * The calendar day `days` after (or before, when negative) `day`.
 *
 * @example addDays('2026-02-27', 2) // '2026-03-01'
 */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Calendar days from `fromDay` to `toDay` (negative when `toDay` is earlier).
 *
 * @example daysBetween('2026-03-10', '2026-03-13') // 3
 */
export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / DAY_MS);
}

/** The last instant of a China Standard Time day: `YYYY-MM-DDT23:59:59.999+08:00` (its 24:00). */
export function endOfLegalDay(day: string): string {
  return `${day}T23:59:59.999+08:00`;
}

/**
 * Calendar days (China Standard Time) from the due day to the day of `at`: 0 while `at` is on or
 * before the due day, 1 on the first day late — whatever the hour.
 *
 * @example daysOverdue('2026-03-10T23:59:59.999+08:00', '2026-03-13T09:00:00+08:00') // 3
 */
export function daysOverdue(dueAt: string, at: Date | string): number {
  return Math.max(0, daysBetween(legalDay(dueAt), legalDay(at)));
}
