/**
 * Builds the rest-day calendar data (`data.ts`) from its two sources: the vendored `chinese-days`
 * package and `arrangements.json`, the State Council arrangements added by hand for years the package
 * does not have yet. Pure: `generate.ts` reads the files and writes the module.
 */
import * as z from 'zod';

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** One year's arrangement as the State Council publishes it (国务院办公厅关于…年部分节假日安排的通知). */
export const ArrangementSchema = z.strictObject({
  /** The notice transcribed, e.g. `国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号）`. */
  notice: z.string().min(10),
  /** Public-holiday rest days, including weekdays off in lieu (调休), `MM-DD`. */
  holidays: z.array(z.string().regex(MONTH_DAY, 'must be MM-DD')).min(1),
  /** Make-up working days (调休上班) on a Saturday or Sunday, `MM-DD`. */
  workdays: z.array(z.string().regex(MONTH_DAY, 'must be MM-DD')),
});
export type Arrangement = z.infer<typeof ArrangementSchema>;

export const ArrangementsFileSchema = z.strictObject({
  about: z.string(),
  years: z.record(z.string().regex(/^20\d\d$/, 'must be a year 20YY'), ArrangementSchema),
});
export type ArrangementsFile = z.infer<typeof ArrangementsFileSchema>;

export interface CalendarTables {
  source: string;
  firstYear: number;
  lastYear: number;
  /** Days as `YYYY-MM-DD`, sorted. */
  holidays: string[];
  workdays: string[];
}

/** A problem with the data, named so a person can fix it (`2027: 02-30 is not a real date`). */
export class CalendarDataError extends Error {
  override readonly name = 'CalendarDataError';
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isReal = (date: string) => new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

/**
 * Merges the package's days from `firstYear` on with the hand-added years (a hand-added year replaces
 * the package's), and checks what a transcription error would break: real dates, no day both a rest
 * day and a working day, make-up working days on weekends only, and no year missing in between.
 *
 * @example buildCalendar({ package: { name: 'chinese-days@1.5.7', holidays, workdays }, arrangements, firstYear: 2014 }).lastYear
 */
export function buildCalendar(input: {
  package: { name: string; holidays: readonly string[]; workdays: readonly string[] };
  arrangements: ArrangementsFile;
  firstYear: number;
}): CalendarTables {
  const manualYears = Object.keys(input.arrangements.years).map(Number).sort();
  const keep = (days: readonly string[]) =>
    days.filter((day) => Number(day.slice(0, 4)) >= input.firstYear && !manualYears.includes(Number(day.slice(0, 4))));
  const holidays = new Set(keep(input.package.holidays));
  const workdays = new Set(keep(input.package.workdays));
  const problems: string[] = [];
  for (const year of manualYears) {
    const arrangement = input.arrangements.years[String(year)] as Arrangement;
    for (const [list, target] of [
      [arrangement.holidays, holidays],
      [arrangement.workdays, workdays],
    ] as const) {
      for (const monthDay of list) {
        const date = `${year}-${monthDay}`;
        if (!isReal(date)) problems.push(`${year}: ${monthDay} is not a real date`);
        else target.add(date);
      }
    }
    for (const monthDay of arrangement.workdays) {
      const date = `${year}-${monthDay}`;
      if (isReal(date) && weekday(date) !== 0 && weekday(date) !== 6)
        problems.push(`${year}: make-up working day ${monthDay} is not a Saturday or Sunday`);
    }
  }
  for (const day of holidays) if (workdays.has(day)) problems.push(`${day} is both a rest day and a working day`);
  const years = new Set([...holidays].map((day) => Number(day.slice(0, 4))));
  const lastYear = Math.max(...years);
  for (let year = input.firstYear; year <= lastYear; year++)
    if (!years.has(year)) problems.push(`${year} has no arrangement: the calendar must not have a gap`);
  if (problems.length > 0) throw new CalendarDataError(problems.join('\n'));
  return {
    source: manualYears.length
      ? `${input.package.name} + arrangements.json (${manualYears.join(', ')})`
      : input.package.name,
    firstYear: input.firstYear,
    lastYear,
    holidays: [...holidays].sort(),
    workdays: [...workdays].sort(),
  };
}
