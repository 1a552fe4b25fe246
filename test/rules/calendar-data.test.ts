import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type ArrangementsFile, buildCalendar, CalendarDataError } from '#rules/calendar/build.js';
import { CALENDAR_LAST_YEAR } from '#rules/calendar/index.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** A package snapshot that ends in 2026, like the vendored one. */
const PACKAGE = {
  name: 'chinese-days@test',
  holidays: ['2013-10-01', '2026-01-01', '2026-10-01', '2025-01-01'],
  workdays: ['2026-01-04', '2025-01-26'],
};
const arrangements = (years: ArrangementsFile['years']): ArrangementsFile => ({ about: 'test', years });

// An arrangement shaped like the State Council's notices. NOT the real 2027 arrangement (unpublished
// when this was written): test data only, never copied into arrangements.json.
const SAMPLE_YEAR = {
  notice: '样例：国务院办公厅关于某年部分节假日安排的通知（测试数据）',
  holidays: ['01-01', '10-01', '10-04'],
  workdays: ['09-26'], // a Sunday in 2027
};

describe('Calendar data: adding a year is a data change (arrangements.json, then npm run calendar)', () => {
  it('merges a hand-added year after the package years, and names it in the source', () => {
    const calendar = buildCalendar({
      package: PACKAGE,
      arrangements: arrangements({ 2027: SAMPLE_YEAR }),
      firstYear: 2025,
    });
    expect(calendar.lastYear).toBe(2027);
    expect(calendar.holidays).toEqual([
      '2025-01-01',
      '2026-01-01',
      '2026-10-01',
      '2027-01-01',
      '2027-10-01',
      '2027-10-04',
    ]);
    expect(calendar.workdays).toEqual(['2025-01-26', '2026-01-04', '2027-09-26']);
    expect(calendar.source).toBe('chinese-days@test + arrangements.json (2027)');
  });

  it('lets a hand-added year replace the same year of the package (a correction)', () => {
    const calendar = buildCalendar({
      package: PACKAGE,
      arrangements: arrangements({
        2026: { notice: 'correction of 2026 for the test', holidays: ['01-01'], workdays: [] },
      }),
      firstYear: 2025,
    });
    expect(calendar.holidays.filter((d) => d.startsWith('2026'))).toEqual(['2026-01-01']);
    expect(calendar.workdays.filter((d) => d.startsWith('2026'))).toEqual([]);
  });

  it.each([
    ['a date that does not exist', { ...SAMPLE_YEAR, holidays: ['02-30'] }, '2027: 02-30 is not a real date'],
    [
      'a make-up working day on a weekday',
      { ...SAMPLE_YEAR, workdays: ['09-27'] },
      '2027: make-up working day 09-27 is not a Saturday or Sunday',
    ],
    ['a day both rest and work', { ...SAMPLE_YEAR, workdays: ['10-03'], holidays: ['10-03'] }, 'both a rest day'],
  ])('refuses %s, naming it', (_name, year, message) => {
    expect(() =>
      buildCalendar({ package: PACKAGE, arrangements: arrangements({ 2027: year }), firstYear: 2025 }),
    ).toThrow(message);
  });

  it('refuses a gap: a year added beyond the next one', () => {
    expect(() =>
      buildCalendar({ package: PACKAGE, arrangements: arrangements({ 2028: SAMPLE_YEAR }), firstYear: 2025 }),
    ).toThrow(CalendarDataError);
  });

  it('has data.ts exactly as `npm run calendar` generates it from its sources', () => {
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'shared/rules/calendar/generate.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(`–${CALENDAR_LAST_YEAR}:`);
  });
});
