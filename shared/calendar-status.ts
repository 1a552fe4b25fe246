import { RULESETS } from '#rules/index.js';
import type { CalendarInfo } from '#rules/ruleset.js';
import { shanghaiDay } from './time.js';

/** Warn when the holiday calendar ends within this many days. */
export const CALENDAR_WARNING_DAYS = 60;

export interface CalendarStatus {
  /** Where the rest-day data comes from. */
  source: string;
  /** The last day the calendar covers (`YYYY-12-31` of its last year). */
  lastDay: string;
  /** Days from today (China Standard Time) through `lastDay`; 0 or less once it has ended. */
  daysLeft: number;
  /** Set when `daysLeft` is at most `CALENDAR_WARNING_DAYS`: what happens, and what to do. */
  warning?: string;
}

/**
 * How long the current ruleset's holiday calendar lasts from `now`. Periods that need a day past its
 * end are answered REVIEW (the engine cannot tell whether a deadline moves), so an ending calendar
 * means more manual reviews: add the next year's State Council arrangement (README, "The holiday
 * calendar").
 *
 * @example calendarStatus(new Date('2026-11-29T12:00:00+08:00')).daysLeft // 33
 */
export function calendarStatus(now: Date, calendar: CalendarInfo = RULESETS.current().calendar): CalendarStatus {
  const lastDay = `${calendar.lastYear}-12-31`;
  const today = shanghaiDay(now);
  const daysLeft = Math.round((Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000) + 1;
  const status: CalendarStatus = { source: calendar.source, lastDay, daysLeft };
  if (daysLeft <= CALENDAR_WARNING_DAYS)
    status.warning =
      `${daysLeft > 0 ? `the holiday calendar ends on ${lastDay}, in ${daysLeft} day(s)` : `the holiday calendar ended on ${lastDay}`}: ` +
      `deadlines that reach ${calendar.lastYear + 1} are answered REVIEW until the State Council's ${calendar.lastYear + 1} ` +
      'arrangement is added (shared/rules/calendar/arrangements.json, then npm run calendar)';
  return status;
}
