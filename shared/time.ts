/**
 * Clock-free date helpers for the service layer (the rules engine has its own, and never reads the
 * clock). The legal calendar is China Standard Time, UTC+8 all year.
 */
const CST_OFFSET_MS = 8 * 3600 * 1000;

/**
 * Formats an instant in China Standard Time with milliseconds and the `+08:00` offset.
 *
 * @example toShanghaiIso(new Date('2026-03-09T12:00:01.123Z')) // '2026-03-09T20:00:01.123+08:00'
 */
export function toShanghaiIso(instant: Date): string {
  return `${new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}

/** The China Standard Time calendar day of an instant, `YYYY-MM-DD`. */
export function shanghaiDay(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** A sortable UTC form of any ISO instant, for index sort keys (`2026-03-09T12:00:01.123Z`). */
export function sortableUtc(instant: Date | string): string {
  return (typeof instant === 'string' ? new Date(Date.parse(instant)) : instant).toISOString();
}

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
