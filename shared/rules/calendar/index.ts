import { dayFromCivil } from '../time.js';
import { CALENDAR_DATA } from './data.js';

/**
 * The statutory rest-day calendar (CIVIL-CODE 203 ¶1 "法定休假日"): Saturdays and Sundays unless the
 * State Council made them make-up working days, and public-holiday rest days. Built once at module
 * load into a table indexed by day number, so a lookup is one array read.
 *
 * A day outside the covered years is never treated as a working day: every function here says
 * `undefined` (unknown) for it, and the engine turns an unknown deadline into REVIEW.
 */
export const CALENDAR_SOURCE = CALENDAR_DATA.source;
export const CALENDAR_FIRST_YEAR: number = CALENDAR_DATA.firstYear;
export const CALENDAR_LAST_YEAR: number = CALENDAR_DATA.lastYear;

const FIRST_DAY = dayFromCivil(CALENDAR_FIRST_YEAR, 1, 1);
const LAST_DAY = dayFromCivil(CALENDAR_LAST_YEAR, 12, 31);
const SIZE = LAST_DAY - FIRST_DAY + 1;

function daysOf(table: Readonly<Record<number, string>>): Set<number> {
  const days = new Set<number>();
  for (const [year, list] of Object.entries(table)) {
    for (const monthDay of list.split(' ').filter(Boolean)) {
      days.add(dayFromCivil(Number(year), Number(monthDay.slice(0, 2)), Number(monthDay.slice(3, 5))));
    }
  }
  return days;
}

const HOLIDAYS = daysOf(CALENDAR_DATA.holidays);
const WORKDAYS = daysOf(CALENDAR_DATA.workdays);

/** 1 where the day is a statutory rest day. */
const REST = new Uint8Array(SIZE);
/** For each covered day, the first working day on or after it; -1 when that lies beyond the data. */
const NEXT_WORKING = new Int32Array(SIZE);
{
  for (let i = 0; i < SIZE; i++) {
    const day = FIRST_DAY + i;
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    const weekend = weekday === 0 || weekday === 6;
    REST[i] = HOLIDAYS.has(day) || (weekend && !WORKDAYS.has(day)) ? 1 : 0;
  }
  let next = -1;
  for (let i = SIZE - 1; i >= 0; i--) {
    if (REST[i] === 0) next = FIRST_DAY + i;
    NEXT_WORKING[i] = next;
  }
}

/** Whether the calendar covers a day. */
export function covers(dayNumber: number): boolean {
  return dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY;
}

/** Whether a day is a statutory rest day; `undefined` when the calendar does not cover it. */
export function isRestDay(dayNumber: number): boolean | undefined {
  return covers(dayNumber) ? REST[dayNumber - FIRST_DAY] === 1 : undefined;
}

/**
 * The last day of a period whose nominal last day is `lastDay`, moved past a run of rest days to the
 * day after they end (CIVIL-CODE 203 ¶1). `undefined` when that needs a day the calendar lacks.
 *
 * @example periodEnd(dayOf('2025-10-01')) === dayOf('2025-10-09')
 */
export function periodEnd(lastDay: number): number | undefined {
  if (!covers(lastDay)) return undefined;
  const next = NEXT_WORKING[lastDay - FIRST_DAY] as number;
  return next < 0 ? undefined : next;
}

/**
 * Whether every day from `from` through `to` is a statutory rest day the data covers (r2 "Calendar
 * gaps": a request inside a rest run that reaches past the data is still in time).
 */
export function restThrough(from: number, to: number): boolean {
  if (to < from || !covers(from) || !covers(to)) return false;
  for (let day = from; day <= to; day++) if (REST[day - FIRST_DAY] !== 1) return false;
  return true;
}
