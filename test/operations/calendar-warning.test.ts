import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { CALENDAR_LAST_YEAR } from '#rules/calendar/index.js';
import { CALENDAR_WARNING_DAYS, calendarStatus } from '#shared/calendar-status.js';
import { loadDevConfig } from '#shared/local/dev-config.js';
import { startLocalService } from '#shared/local/runtime.js';
import { startTestStore, type TestStore } from '../support/store.js';

// The calendar's last day, and days counted back from it, so these tests keep their meaning after a
// year is added to the data.
const LAST_DAY = `${CALENDAR_LAST_YEAR}-12-31`;
const daysBefore = (days: number) => new Date(Date.parse(`${LAST_DAY}T12:00:00+08:00`) - days * 86_400_000);

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
});
afterAll(async () => store.close());

describe('The holiday calendar warns before it runs out', () => {
  it('counts the days left through the last covered day, in China Standard Time', () => {
    expect(calendarStatus(daysBefore(0))).toMatchObject({ lastDay: LAST_DAY, daysLeft: 1 });
    expect(calendarStatus(new Date(`${CALENDAR_LAST_YEAR}-11-29T12:00:00+08:00`)).daysLeft).toBe(33);
    // 2026-12-31T16:30Z is already 1 January in Shanghai: the calendar has ended there.
    const after = calendarStatus(new Date(`${CALENDAR_LAST_YEAR}-12-31T16:30:00Z`));
    expect(after.daysLeft).toBe(0);
    expect(after.warning).toContain(`ended on ${LAST_DAY}`);
  });

  it('warns from 60 days before the end, not earlier', () => {
    expect(calendarStatus(daysBefore(CALENDAR_WARNING_DAYS - 1)).warning).toContain(
      `ends on ${LAST_DAY}, in 60 day(s)`,
    );
    expect(calendarStatus(daysBefore(CALENDAR_WARNING_DAYS)).warning).toBeUndefined();
  });

  it('adds a calendar detail to /healthz, still answering status ok', async () => {
    const near = await store.freshTable({ clock: () => new Date(`${CALENDAR_LAST_YEAR}-11-29T10:00:00+08:00`) });
    const res = await createCheckApp(near).request('/healthz');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', calendar: { lastDay: LAST_DAY, daysLeft: 33 } });
    expect(body.calendar.warning).toContain(`REVIEW until the State Council's ${CALENDAR_LAST_YEAR + 1} arrangement`);

    const far = await store.freshTable({ clock: () => daysBefore(200) });
    const quiet = await (await createCheckApp(far).request('/healthz')).json();
    expect(quiet).toMatchObject({ status: 'ok', calendar: { lastDay: LAST_DAY, daysLeft: 201 } });
    expect(quiet.calendar).not.toHaveProperty('warning');
  });

  it('logs a warning line when the local service starts within 60 days of the end', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      const service = await startLocalService(loadDevConfig({ DATA_DIR: ':memory:', PORT: '0' }), {
        runJobs: false,
        isolateStore: false,
        clock: () => new Date(`${CALENDAR_LAST_YEAR}-11-29T10:00:00+08:00`),
      });
      await service.close();
    } finally {
      spy.mockRestore();
    }
    const warning = lines.map((line) => JSON.parse(line)).find((entry) => entry.message === 'holiday calendar ending');
    expect(warning).toMatchObject({ level: 'warn', lastDay: LAST_DAY, daysLeft: 33 });
  });
});
