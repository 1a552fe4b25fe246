import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_DATA } from '#rules/calendar/data.js';
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  CALENDAR_SOURCE,
  isRestDay,
  periodEnd,
} from '#rules/calendar/index.js';
import { addMonths, cstDay, dayOf, endOfDay, isoDate, parseInstant } from '#rules/time.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rest = (date: string) => isRestDay(dayOf(date));

describe('Calendar: the vendored State Council rest-day calendar', () => {
  it('covers 2014 through 2026 and names its source', () => {
    expect(CALENDAR_FIRST_YEAR).toBe(2014);
    expect(CALENDAR_LAST_YEAR).toBeGreaterThanOrEqual(2026);
    expect(CALENDAR_SOURCE).toMatch(/^chinese-days@\d/);
  });

  it('has National Day 2025 as 1–8 Oct, with make-up working days 28 Sep and 11 Oct', () => {
    for (let d = 1; d <= 8; d++) expect(rest(`2025-10-0${d}`)).toBe(true);
    expect(rest('2025-09-28')).toBe(false);
    expect(rest('2025-10-11')).toBe(false);
    expect(rest('2025-10-09')).toBe(false);
  });

  it('has the official 2026 arrangement', () => {
    for (const d of [
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-02-15',
      '2026-02-23',
      '2026-04-06',
      '2026-05-05',
      '2026-06-19',
      '2026-09-25',
      '2026-10-07',
    ])
      expect(rest(d), d).toBe(true);
    for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
      expect(rest(d), d).toBe(false);
  });

  it('treats ordinary weekends as rest days and weekdays as working days', () => {
    expect(rest('2026-04-18')).toBe(true); // Saturday
    expect(rest('2026-04-19')).toBe(true); // Sunday
    expect(rest('2026-04-20')).toBe(false); // Monday
  });

  it('never treats an uncovered day as a working day', () => {
    expect(rest('2027-01-05')).toBeUndefined();
    expect(rest('2013-12-31')).toBeUndefined();
    expect(periodEnd(dayOf('2027-01-04'))).toBeUndefined();
  });

  it('moves a last day past the whole rest period (CIVIL-CODE 203 ¶1)', () => {
    expect(isoDate(periodEnd(dayOf('2025-10-01')) ?? 0)).toBe('2025-10-09');
    expect(isoDate(periodEnd(dayOf('2026-02-15')) ?? 0)).toBe('2026-02-24');
    expect(isoDate(periodEnd(dayOf('2025-09-28')) ?? 0)).toBe('2025-09-28');
    expect(isoDate(periodEnd(dayOf('2026-12-27')) ?? 0)).toBe('2026-12-28');
  });

  const packageJson = resolve(root, 'node_modules/chinese-days/dist/chinese-days.json');
  it.skipIf(!existsSync(packageJson))('matches the chinese-days data it was generated from', () => {
    const source = JSON.parse(readFileSync(packageJson, 'utf8')) as {
      holidays: Record<string, string>;
      workdays: Record<string, string>;
    };
    const flatten = (table: Readonly<Record<number, string>>) =>
      Object.entries(table)
        .flatMap(([y, list]) =>
          list
            .split(' ')
            .filter(Boolean)
            .map((md) => `${y}-${md}`),
        )
        .sort();
    const pick = (t: Record<string, string>) =>
      Object.keys(t)
        .filter((d) => d >= '2014')
        .sort();
    expect(flatten(CALENDAR_DATA.holidays)).toEqual(pick(source.holidays));
    expect(flatten(CALENDAR_DATA.workdays)).toEqual(pick(source.workdays));
  });
});

describe('Time: arithmetic parsing of ISO instants', () => {
  it('agrees with Date.parse on any valid instant and offset', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.constantFrom('min', 'sec', 'ms', 'z'),
        (date, offsetMinutes, precision) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString();
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const offset =
            precision === 'z'
              ? 'Z'
              : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const body =
            precision === 'min' ? local.slice(0, 16) : precision === 'sec' ? local.slice(0, 19) : local.slice(0, 23);
          const text = `${precision === 'z' ? date.toISOString().slice(0, 23) : body}${offset}`;
          expect(parseInstant(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads the legal date in China Standard Time whatever the offset', () => {
    expect(isoDate(cstDay(parseInstant('2026-04-09T16:00:00Z')))).toBe('2026-04-10');
    expect(isoDate(cstDay(parseInstant('2026-04-09T10:59:59-05:00')))).toBe('2026-04-09');
    expect(isoDate(cstDay(parseInstant('2026-04-09T23:59:59.999+08:00')))).toBe('2026-04-09');
    expect(endOfDay(dayOf('2026-03-10'))).toBe('2026-03-10T23:59:59.999+08:00');
  });

  it('rejects what is not an ISO instant with an offset', () => {
    expect(parseInstant('2026-04-09T10:00:00')).toBeNaN();
    expect(parseInstant('2026-04-09')).toBeNaN();
    expect(parseInstant('2026-04-09T10:00:00+0800')).toBeNaN();
  });

  it('counts six months to the same day, or the last day of a shorter month', () => {
    expect(isoDate(addMonths(dayOf('2025-08-31'), 6))).toBe('2026-02-28');
    expect(isoDate(addMonths(dayOf('2023-08-31'), 6))).toBe('2024-02-29');
    expect(isoDate(addMonths(dayOf('2026-01-15'), 6))).toBe('2026-07-15');
    expect(isoDate(addMonths(dayOf('2026-07-31'), 6))).toBe('2027-01-31');
  });
});
