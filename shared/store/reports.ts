import { createHash } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  type QueryCommandOutput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Verdict } from '#schemas/check.js';
import { mapLimit } from '#shared/concurrency.js';
import { shanghaiDay } from '#shared/time.js';
import { guard } from './errors.js';
import { ENTITY, SHOP_SHARDS, shardOf } from './keys.js';
import { RETENTION_SECONDS } from './table.js';

/*
 * Per-shop DAILY AGGREGATES: the figures behind GET /v1/reports/summary and the console's summary,
 * kept as counters so a report costs O(days × shards), never O(checks).
 *
 * | item           | pk                                   | sk                 |
 * | ---            | ---                                  | ---                |
 * | reportDay      | REPORT#SHOP#<shop>#<shard>           | <YYYY-MM-DD>       |
 * | reportShopDay  | REPORT#SHOPS#<registry shard>        | <YYYY-MM-DD>#<shop>|
 *
 * - `reportDay` holds flat numeric counters (`ALLOW`, `BLOCK`, `REVIEW`, `overridden`,
 *   `r:<rule code>`, `flag:<kind>`, `resolved`, `resolveSeconds`, `reviewer:<who>:resolved` …),
 *   changed only by atomic `ADD` updates. One shop's counters are spread over `REPORT_SHARDS` items
 *   per day by a hash of the counted item's id, so the largest shop (20 % of 10,000 checks/s, i.e.
 *   2,000 counts/s) puts 500 writes/s on each: under a partition's 1,000 WCU/s.
 * - `reportShopDay` registers that a shop has figures on a day, so an all-shops report can find the
 *   shops without a scan. It is written only when a shop's shard item for a day is first created (at
 *   most `REPORT_SHARDS` times per shop and day) and spread over `REGISTRY_SHARDS` partitions by shop.
 *   No partition is shared by all shops.
 *
 * Exactness without transactions: every count is made by the caller that WON the conditional write it
 * counts (the first put of a check or flag; the conditional update of a resolution), so a replayed
 * request or a lost race never counts twice. The days are China Standard Time calendar days of the
 * counted item's creation (a check's `decidedAt`, a flag's `createdAt`); a resolution moves the
 * counters of the day its item was created.
 */

/** Shards of one shop's daily counters (see above: 2,000 counts/s → 500 writes/s per item). */
export const REPORT_SHARDS = SHOP_SHARDS;
/** Partitions of the shop-day registry (written at most REPORT_SHARDS times per shop and day). */
export const REGISTRY_SHARDS = 16;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const reportKeys = {
  day: (shopId: string, shard: number, day: string) => ({ pk: `REPORT#SHOP#${shopId}#${shard}`, sk: day }),
  dayPartition: (shopId: string, shard: number) => `REPORT#SHOP#${shopId}#${shard}`,
  shopDay: (shopId: string, day: string) => ({
    pk: `REPORT#SHOPS#${shardOf(shopId, REGISTRY_SHARDS)}`,
    sk: `${day}#${shopId}`,
  }),
  registryPartition: (shard: number) => `REPORT#SHOPS#${shard}`,
} as const;

/** The short code a rule is counted under (see `counter.rule`). */
export function ruleCode(ruleId: string): string {
  return createHash('sha256').update(ruleId, 'utf8').digest('base64url').slice(0, 8);
}

/** The counter item a count of item `id` (a check or flag), made at `at`, lands on. */
export function reportCounterKey(shopId: string, at: string, id: string) {
  return reportKeys.day(shopId, shardOf(id, REPORT_SHARDS), shanghaiDay(at));
}

/** Counter deltas, by attribute name. */
export type Counters = Record<string, number>;

export const counter = {
  verdict: (verdict: Verdict) => verdict,
  overridden: 'overridden',
  /** A rule by a short code (`r:` + 8 characters of its id's SHA-256): a shard-day item stays under 1 KB. */
  rule: (ruleId: string) => `r:${ruleCode(ruleId)}`,
  flag: (kind: string) => `flag:${kind}`,
  resolved: 'resolved',
  resolveSeconds: 'resolveSeconds',
  reviewerResolved: (who: string) => `${REVIEWER_PREFIX}${who}:resolved`,
  reviewerOverridden: (who: string) => `${REVIEWER_PREFIX}${who}:overridden`,
} as const;

const REVIEWER_PREFIX = 'reviewer:';
/** The sort-key suffix of a shard-day's reviewer figures (`<day>#staff`, beside `<day>`). */
const STAFF_SUFFIX = '#staff';

/** One shop's (or all shops') figures for a period, as the contract's reports endpoint answers. */
export interface ReportSummary {
  from: string;
  to: string;
  shopId: string | null;
  checks: { ALLOW: number; BLOCK: number; REVIEW: number; total: number };
  overridden: number;
  blocksByRule: { ruleId: string; count: number }[];
  flags: Record<string, number>;
  byDay: { date: string; ALLOW: number; BLOCK: number; REVIEW: number; flags: number; overridden: number }[];
  byShop: { shopId: string; ALLOW: number; BLOCK: number; REVIEW: number; flags: number; overridden: number }[];
  byReviewer: { reviewer: string; resolved: number; overridden: number; overrideRate: number }[];
  resolution: { resolved: number; averageHours: number | null };
}

/** Every calendar day from `from` to `to`, both inclusive (`YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const out: string[] = [];
  for (let ms = start; ms <= end; ms += 24 * 3600 * 1000) out.push(new Date(ms).toISOString().slice(0, 10));
  return out;
}

/**
 * The daily aggregates: atomic counter updates on write, a summary read on demand.
 *
 * @example await reports.add('demo-shop', check.decidedAt, check.checkId, { BLOCK: 1, [counter.rule('cn.x')]: 1 })
 */
export class ReportRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Adds `deltas` to the shop's counters of the day `at` falls on, in ONE atomic `ADD` update (the
   * shard chosen by `id`). Registers the shop for that day when the shard item is new.
   */
  async add(shopId: string, at: string, id: string, deltas: Counters): Promise<void> {
    const entries = Object.entries(deltas).filter(([, value]) => value !== 0 && Number.isFinite(value));
    // Reviewers' figures (many names, resolutions only) live on their own item, so the item every
    // check counts on stays small: one write unit per count.
    const staff = entries.filter(([name]) => name.startsWith(REVIEWER_PREFIX));
    const main = entries.filter(([name]) => !name.startsWith(REVIEWER_PREFIX));
    const key = reportCounterKey(shopId, at, id);
    if (main.length > 0) await this.addTo(key, shopId, at, main, true);
    if (staff.length > 0) await this.addTo({ pk: key.pk, sk: `${key.sk}${STAFF_SUFFIX}` }, shopId, at, staff, false);
  }

  private async addTo(
    key: { pk: string; sk: string },
    shopId: string,
    at: string,
    entries: [string, number][],
    registers: boolean,
  ): Promise<void> {
    const day = shanghaiDay(at);
    const names: Record<string, string> = {
      '#entity': 'entity',
      '#shop': 'shopId',
      '#day': 'day',
      '#exp': 'expiresAt',
    };
    const values: Record<string, unknown> = {
      ':entity': ENTITY.reportDay,
      ':shop': shopId,
      ':day': day,
      ':exp': Math.floor(Date.parse(`${day}T00:00:00+08:00`) / 1000) + RETENTION_SECONDS,
    };
    const adds = entries.map(([name, value], i) => {
      names[`#c${i}`] = name;
      values[`:c${i}`] = value;
      return `#c${i} :c${i}`;
    });
    const { Attributes } = await guard('UpdateItem', () =>
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: `SET #entity = :entity, #shop = :shop, #day = :day, #exp = if_not_exists(#exp, :exp) ADD ${adds.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'UPDATED_OLD',
        }),
      ),
    );
    // UPDATED_OLD carries the old value of `entity` unless the item did not exist before this update.
    if (registers && Attributes?.entity === undefined) await this.register(shopId, day);
  }

  private async register(shopId: string, day: string): Promise<void> {
    await guard('PutItem', () =>
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...reportKeys.shopDay(shopId, day),
            entity: ENTITY.reportShopDay,
            shopId,
            day,
            expiresAt: Math.floor(Date.parse(`${day}T00:00:00+08:00`) / 1000) + RETENTION_SECONDS,
          },
        }),
      ),
    );
  }

  /** The shops with figures in the period (one query per registry shard, all pages). */
  async shopsIn(from: string, to: string): Promise<string[]> {
    const shops = new Set<string>();
    await mapLimit(
      Array.from({ length: REGISTRY_SHARDS }, (_, i) => i),
      REGISTRY_SHARDS,
      async (shard) => {
        for await (const item of this.query(reportKeys.registryPartition(shard), from, `${to}#\uffff`))
          if (typeof item.shopId === 'string') shops.add(item.shopId);
      },
    );
    return [...shops].sort();
  }

  /** One shop's counters per day in the period (shards summed). */
  async shopDays(shopId: string, from: string, to: string): Promise<Map<string, Counters>> {
    const byDay = new Map<string, Counters>();
    await mapLimit(
      Array.from({ length: REPORT_SHARDS }, (_, i) => i),
      REPORT_SHARDS,
      async (shard) => {
        for await (const item of this.query(reportKeys.dayPartition(shopId, shard), from, `${to}\uffff`)) {
          const day = String(item.sk).slice(0, 10);
          const into = byDay.get(day) ?? {};
          for (const [name, value] of Object.entries(item))
            if (typeof value === 'number' && name !== 'expiresAt') into[name] = (into[name] ?? 0) + value;
          byDay.set(day, into);
        }
      },
    );
    return byDay;
  }

  private async *query(pk: string, from: string, to: string): AsyncGenerator<Record<string, unknown>> {
    let start: Record<string, unknown> | undefined;
    do {
      const page: QueryCommandOutput = await guard('Query', () =>
        this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
            ExpressionAttributeValues: { ':pk': pk, ':from': from, ':to': to },
            ExclusiveStartKey: start,
          }),
        ),
      );
      for (const item of page.Items ?? []) yield item;
      start = page.LastEvaluatedKey;
    } while (start);
  }

  /**
   * The summary of one shop, or of every shop with figures, for `from`..`to` (China Standard Time
   * days, inclusive). Reads `REPORT_SHARDS` partitions per shop (and the registry for all shops).
   */
  async summary(
    query: { from: string; to: string; shopId?: string | undefined },
    /** Every rule id that may have been counted (all released rulesets'), to name the rule codes. */
    ruleIds: Iterable<string> = [],
  ): Promise<ReportSummary> {
    if (!DAY.test(query.from) || !DAY.test(query.to)) throw new Error('from/to must be YYYY-MM-DD');
    const shops = query.shopId ? [query.shopId] : await this.shopsIn(query.from, query.to);
    const perShop = await mapLimit(shops, 16, (shopId) => this.shopDays(shopId, query.from, query.to));
    const names = new Map([...ruleIds].map((ruleId) => [ruleCode(ruleId), ruleId]));
    const summary = summarize(query, shops, perShop);
    for (const row of summary.blocksByRule) row.ruleId = names.get(row.ruleId) ?? row.ruleId;
    summary.blocksByRule.sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
    return summary;
  }
}

function sumCounters(into: Counters, from: Counters): Counters {
  for (const [name, value] of Object.entries(from)) into[name] = (into[name] ?? 0) + value;
  return into;
}

function flagTotal(counters: Counters): number {
  return Object.entries(counters).reduce((sum, [name, value]) => (name.startsWith('flag:') ? sum + value : sum), 0);
}

/** Folds per-shop, per-day counters into the contract's summary (plus per shop, reviewer, time to resolve). */
export function summarize(
  query: { from: string; to: string; shopId?: string | undefined },
  shops: readonly string[],
  perShop: readonly Map<string, Counters>[],
): ReportSummary {
  const days = daysBetween(query.from, query.to);
  const total: Counters = {};
  const dayTotals = new Map<string, Counters>(days.map((day) => [day, {}]));
  const byShop: ReportSummary['byShop'] = [];
  perShop.forEach((shopDays, i) => {
    const shopTotal: Counters = {};
    for (const [day, counters] of shopDays) {
      sumCounters(shopTotal, counters);
      sumCounters(dayTotals.get(day) ?? {}, counters);
    }
    sumCounters(total, shopTotal);
    byShop.push({
      shopId: shops[i] as string,
      ALLOW: shopTotal.ALLOW ?? 0,
      BLOCK: shopTotal.BLOCK ?? 0,
      REVIEW: shopTotal.REVIEW ?? 0,
      flags: flagTotal(shopTotal),
      overridden: shopTotal.overridden ?? 0,
    });
  });
  const pick = (prefix: string) =>
    Object.entries(total)
      .filter(([name, value]) => name.startsWith(prefix) && value > 0)
      .map(([name, value]) => [name.slice(prefix.length), value] as const);
  const reviewers = new Map<string, { resolved: number; overridden: number }>();
  for (const [name, value] of pick('reviewer:')) {
    const cut = name.lastIndexOf(':');
    const who = name.slice(0, cut);
    const entry = reviewers.get(who) ?? { resolved: 0, overridden: 0 };
    if (name.slice(cut + 1) === 'resolved') entry.resolved += value;
    if (name.slice(cut + 1) === 'overridden') entry.overridden += value;
    reviewers.set(who, entry);
  }
  const checks = { ALLOW: total.ALLOW ?? 0, BLOCK: total.BLOCK ?? 0, REVIEW: total.REVIEW ?? 0, total: 0 };
  checks.total = checks.ALLOW + checks.BLOCK + checks.REVIEW;
  const resolved = total.resolved ?? 0;
  return {
    from: query.from,
    to: query.to,
    shopId: query.shopId ?? null,
    checks,
    overridden: total.overridden ?? 0,
    blocksByRule: pick('r:')
      .map(([ruleId, count]) => ({ ruleId, count }))
      .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId)),
    flags: Object.fromEntries(pick('flag:').sort(([a], [b]) => a.localeCompare(b))),
    byDay: days.map((date) => {
      const c = dayTotals.get(date) ?? {};
      return {
        date,
        ALLOW: c.ALLOW ?? 0,
        BLOCK: c.BLOCK ?? 0,
        REVIEW: c.REVIEW ?? 0,
        flags: flagTotal(c),
        overridden: c.overridden ?? 0,
      };
    }),
    byShop: byShop.sort((a, b) => b.BLOCK + b.REVIEW - (a.BLOCK + a.REVIEW) || a.shopId.localeCompare(b.shopId)),
    byReviewer: [...reviewers.entries()]
      .map(([reviewer, r]) => ({
        reviewer,
        resolved: r.resolved,
        overridden: r.overridden,
        overrideRate: r.resolved ? Math.round((r.overridden / r.resolved) * 1000) / 1000 : 0,
      }))
      .sort((a, b) => b.resolved - a.resolved || a.reviewer.localeCompare(b.reviewer)),
    resolution: {
      resolved,
      averageHours: resolved ? Math.round(((total.resolveSeconds ?? 0) / resolved / 3600) * 10) / 10 : null,
    },
  };
}
