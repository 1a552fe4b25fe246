/**
 * Replays: what a ruleset would have decided on the checks stored for a period, on the facts stored
 * with each check (its request, and the delivery time recorded from the order system that the
 * decision used). Stored decisions are only read, never written.
 *
 * A replay is background work sized for a million checks: a job item holds the position (the day and
 * the shop, shard and `byShopDecided` key to continue from) and the counters; a worker reads one index page,
 * writes that page's changed checks as their own items, then saves position and counters in one
 * update conditional on the position it started from. A worker that dies between the two (a Lambda
 * timeout) leaves the position where it was: the next worker re-runs that page, rewrites the same
 * items (same keys, same content) and counts it once.
 */
import { ulid } from 'ulid';
import type { Ruleset } from '#rules/index.js';
import { RULESETS } from '#rules/index.js';
import type { Outcome, Verdict } from '#schemas/check.js';
import type { ReplayItem, ReplayRequest } from '#schemas/replay.js';
import { log } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { sortableUtc, toShanghaiIso } from '#shared/time.js';
import type { CheckRecord } from '#store/checks.js';
import { StoreUnavailableError } from '#store/errors.js';
import { parsePosition, type ReplayPosition, type ReplayRecord } from '#store/replays.js';

/** Checks read per index page (one progress save per page). */
export const REPLAY_PAGE_SIZE = 100;
/** How long a worker holds a job without saving progress before another may take it over. */
export const REPLAY_LEASE_MS = 120_000;
/** Changed-check writes in flight at once while a page is saved. */
const WRITE_CONCURRENCY = 8;

/** The outcome whose findings decide each verdict (the engine ranks outcomes; these are the deciding ones). */
const DECIDING_OUTCOME: Readonly<Record<Verdict, Outcome>> = {
  ALLOW: 'supports_refusal',
  BLOCK: 'violated',
  REVIEW: 'needs_review',
};

/**
 * The rule ids of the findings whose outcome decided the verdict, in finding order, each once.
 *
 * @example decidingRules('BLOCK', [{ ruleId: 'a', outcome: 'violated' }, { ruleId: 'b', outcome: 'satisfied' }]) // ['a']
 */
export function decidingRules(verdict: Verdict, findings: readonly { ruleId: string; outcome: Outcome }[]): string[] {
  const outcome = DECIDING_OUTCOME[verdict];
  return [...new Set(findings.filter((f) => f.outcome === outcome).map((f) => f.ruleId))];
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
};

/**
 * Re-decides one stored check under `ruleset`; the result when its verdict, required actions or
 * deciding rules differ from the stored decision, else undefined.
 *
 * @example replayCheck(record, RULESETS.get('cn-2024-07-01'), record.recordedDeliveredAt ?? null)?.replayedVerdict
 */
export function replayCheck(
  record: CheckRecord,
  ruleset: Ruleset,
  recordedDeliveredAt: string | null,
): ReplayItem | undefined {
  const decision = ruleset.evaluate(record.request, { recordedDeliveredAt });
  const storedDecidingRules = decidingRules(record.verdict, record.findings);
  const replayedDecidingRules = decidingRules(decision.verdict, decision.findings);
  if (
    decision.verdict === record.verdict &&
    sameSet(decision.requiredActions, record.requiredActions) &&
    sameSet(replayedDecidingRules, storedDecidingRules)
  )
    return undefined;
  return {
    checkId: record.checkId,
    shopId: record.shopId,
    orderId: record.orderId,
    decidedAt: record.decidedAt,
    storedRulesetVersion: record.rulesetVersion,
    storedVerdict: record.verdict,
    replayedVerdict: decision.verdict,
    storedDecidingRules,
    replayedDecidingRules,
    storedRequiredActions: record.requiredActions,
    replayedRequiredActions: decision.requiredActions,
  };
}

/** The key a changed check counts under in `transitions`. */
export const transitionOf = (item: ReplayItem) => `${item.storedVerdict}→${item.replayedVerdict}`;

/**
 * Creates a replay job (status `running`, positioned at the first day of the period). The work is
 * done by `workReplay`, in the background.
 *
 * @example const job = await startReplay(services, { rulesetVersion: 'cn-2024-07-01', from: '2026-11-01', to: '2026-11-30' }, 'staff (key1)')
 */
export async function startReplay(
  services: Services,
  request: ReplayRequest,
  createdBy: string,
): Promise<ReplayRecord> {
  RULESETS.get(request.rulesetVersion); // UnknownRulesetError before anything is stored
  const now = services.clock();
  const at = toShanghaiIso(now);
  const record: ReplayRecord = {
    replayId: ulid(now.getTime()),
    status: 'running',
    rulesetVersion: request.rulesetVersion,
    from: request.from,
    to: request.to,
    shopId: request.shopId ?? null,
    createdAt: at,
    createdBy,
    updatedAt: at,
    completedAt: null,
    position: JSON.stringify({ day: request.from }),
    pages: 0,
    scanned: 0,
    changed: 0,
    transitions: {},
  };
  await services.replays.create(record);
  log.info('replay started', {
    replayId: record.replayId,
    rulesetVersion: record.rulesetVersion,
    from: record.from,
    to: record.to,
    shopId: record.shopId,
  });
  return record;
}

/** The day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The delivery time an older check (stored before checks kept it) was decided with: the earliest
 * `order.delivered` event the service had received by the decision. One timeline query per such check.
 */
async function deliveredAtAsOf(services: Services, record: CheckRecord): Promise<string | null> {
  const decided = Date.parse(record.decidedAt);
  let earliest: string | null = null;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await services.orders.listEvents(record.shopId, record.orderId, { limit: 100, startKey });
    for (const event of page.items) {
      if (event.type !== 'order.delivered' || Date.parse(event.receivedAt) > decided) continue;
      if (earliest === null || Date.parse(event.occurredAt) < Date.parse(earliest)) earliest = event.occurredAt;
    }
    startKey = page.next;
  } while (startKey);
  return earliest;
}

export interface WorkOptions {
  /** Who works (a Lambda request id, `local`, `cli` …): the job's lease names it. */
  owner: string;
  /** Asked before each page: true stops the worker (its time budget is spent); the job stays running. */
  shouldStop?: () => boolean;
  pageSize?: number;
  /** Called after each saved page with the job as saved. */
  onProgress?: (job: ReplayRecord) => void;
}

export interface WorkResult {
  replayId: string;
  /** Pages this worker saved. */
  pages: number;
  /** `running` when it stopped early or lost the job to another worker. */
  status: ReplayRecord['status'];
}

/**
 * Works one replay page by page until it is done, `shouldStop` says so, or another worker holds it.
 * Safe to call concurrently and after a crash: see the module comment.
 */
export async function workReplay(services: Services, replayId: string, options: WorkOptions): Promise<WorkResult> {
  const pageSize = options.pageSize ?? REPLAY_PAGE_SIZE;
  let pages = 0;
  const leaseUntil = () => services.clock().getTime() + REPLAY_LEASE_MS;
  if (!(await services.replays.claim(replayId, options.owner, services.clock().getTime(), leaseUntil()))) {
    const job = await services.replays.get(replayId);
    return { replayId, pages, status: job?.status ?? 'failed' };
  }
  for (;;) {
    const job = await services.replays.get(replayId);
    if (job?.status !== 'running' || job.leaseOwner !== options.owner)
      return { replayId, pages, status: job?.status ?? 'failed' };
    if (options.shouldStop?.()) {
      await services.replays.release(replayId, options.owner);
      return { replayId, pages, status: job.status };
    }
    const ruleset = RULESETS.find(job.rulesetVersion);
    if (!ruleset) {
      await services.replays.fail(replayId, `unknown ruleset ${job.rulesetVersion}`, toShanghaiIso(services.clock()));
      return { replayId, pages, status: 'failed' };
    }
    const position = parsePosition(job.position) as ReplayPosition;
    let page: Awaited<ReturnType<typeof services.checks.pageByDecidedDay>>;
    const changed: { item: ReplayItem; decidedUtc: string }[] = [];
    try {
      page = await services.checks.pageByDecidedDay(position.day, {
        limit: pageSize,
        startKey: position.startKey,
        shopId: job.shopId ?? undefined,
      });
      for (const record of page.items) {
        const recorded =
          record.recordedDeliveredAt === undefined
            ? await deliveredAtAsOf(services, record)
            : record.recordedDeliveredAt;
        const item = replayCheck(record, ruleset, recorded);
        if (item) changed.push({ item, decidedUtc: sortableUtc(record.decidedAt) });
      }
    } catch (error) {
      // A store that does not answer is retried by the next run; anything else (a stored check that
      // cannot be read or re-decided) would fail the same way every time: the replay fails, saying where.
      if (error instanceof StoreUnavailableError) throw error;
      const reason = `a check decided on ${position.day} could not be replayed: ${(error as Error)?.message ?? String(error)}`;
      log.error('replay failed', { replayId, error });
      await services.replays.fail(replayId, reason, toShanghaiIso(services.clock()));
      return { replayId, pages, status: 'failed' };
    }
    for (let i = 0; i < changed.length; i += WRITE_CONCURRENCY) {
      await Promise.all(
        changed
          .slice(i, i + WRITE_CONCURRENCY)
          .map(({ item, decidedUtc }) => services.replays.putItem(replayId, job.createdAt, decidedUtc, item)),
      );
    }

    const transitions = { ...job.transitions };
    for (const { item } of changed) transitions[transitionOf(item)] = (transitions[transitionOf(item)] ?? 0) + 1;
    const next: ReplayPosition | null = page.next
      ? { day: position.day, startKey: page.next }
      : position.day < job.to
        ? { day: nextDay(position.day) }
        : null;
    const saved = await services.replays.saveProgress(
      replayId,
      options.owner,
      job.position,
      {
        position: next,
        pages: job.pages + 1,
        scanned: job.scanned + page.items.length,
        changed: job.changed + changed.length,
        transitions,
        updatedAt: toShanghaiIso(services.clock()),
      },
      leaseUntil(),
    );
    if (!saved) continue; // someone else moved the job on: re-read, and stop if it is no longer ours
    pages += 1;
    if (options.onProgress) {
      const after = await services.replays.get(replayId);
      if (after) options.onProgress(after);
    }
    if (!next) {
      log.info('replay done', {
        replayId,
        scanned: job.scanned + page.items.length,
        changed: job.changed + changed.length,
      });
      return { replayId, pages, status: 'done' };
    }
  }
}

/**
 * The worker: takes the running replays (oldest first) and works each until `shouldStop` says the
 * time budget is spent. What is left waits for the next invocation, which resumes from the saved
 * positions. A failure of one replay is logged and leaves it for the next run.
 *
 * @example await runPendingReplays(services, { owner: context.awsRequestId, shouldStop: () => context.getRemainingTimeInMillis() < 60_000 })
 */
export async function runPendingReplays(services: Services, options: WorkOptions): Promise<{ replays: WorkResult[] }> {
  const results: WorkResult[] = [];
  for (const replayId of await services.replays.pending()) {
    if (options.shouldStop?.()) break;
    try {
      results.push(await workReplay(services, replayId, options));
    } catch (error) {
      log.error('replay page failed; the next run resumes it', { replayId, error });
    }
  }
  return { replays: results };
}
