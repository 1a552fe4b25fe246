import { mapLimit } from '#shared/concurrency.js';
import { log } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { sortableUtc, toShanghaiIso } from '#shared/time.js';
import type { RefundDueRecord } from '#store/orders.js';
import { raiseRefundOverdue } from './refunds.js';

export interface SweepOptions {
  /** When "now" is (default: the services' clock). */
  now?: Date;
  /** Items per page of the `byRefundDue` index (default 100). */
  pageSize?: number;
  /** Obligations worked at once within a page (default 16). */
  concurrency?: number;
}

export interface SweepSummary {
  /** Overdue obligations read from the index. */
  scanned: number;
  /** `refund_overdue` flags raised by this run. */
  flagged: number;
  /** Obligations whose flag already existed (a crashed or concurrent run): only marked. */
  alreadyFlagged: number;
  /** Obligations settled (or claimed by another run) between the read and the claim. */
  settledMeanwhile: number;
  pages: number;
  /** The instant the run judged against (China Standard Time). */
  now: string;
  ms: number;
}

/**
 * The overdue-refund sweep: every obligation whose due time (`return.received` + 7 days, CRPL 25 ¶3,
 * NRR-MEASURES 13) has passed with no `refund.issued` gets one `refund_overdue` flag.
 *
 * It pages through the sparse, sharded `byRefundDue` index (`gsi5sk < now`, all shards merged), one
 * page in memory at a time, any number of orders, working up to `concurrency` obligations at once.
 * Each costs a consistent read and two writes (the flag, and the mark that takes the item out of the
 * index). Flagged items leave the index, so a second run finds nothing; a refund recorded before the
 * read wins. Runs hourly in AWS
 * (EventBridge), every minute in the local service, and on POST /v1/reconciliation/run.
 *
 * @example const summary = await runOverdueSweep(services, { pageSize: 25 })
 */
export async function runOverdueSweep(services: Services, options: SweepOptions = {}): Promise<SweepSummary> {
  const started = performance.now();
  const now = options.now ?? services.clock();
  const nowUtc = sortableUtc(now);
  const pageSize = options.pageSize ?? 100;
  const summary: SweepSummary = {
    scanned: 0,
    flagged: 0,
    alreadyFlagged: 0,
    settledMeanwhile: 0,
    pages: 0,
    now: toShanghaiIso(now),
    ms: 0,
  };
  let startKey: Record<string, unknown> | undefined;
  const concurrency = options.concurrency ?? 16;
  const work = async (listed: RefundDueRecord) => {
    summary.scanned += 1;
    // The index lags its items: a refund (or another run's flag) recorded since wins. A read, not a
    // claim write: the flag's deterministic id already makes concurrent runs raise it once.
    const due = await services.orders.stillOverdue(listed.shopId, listed.orderId, listed.sku);
    if (!due) {
      summary.settledMeanwhile += 1;
      return;
    }
    if (!due.receivedAt || !due.dueAt) return;
    const raised = await raiseRefundOverdue(services, { ...due, receivedAt: due.receivedAt, dueAt: due.dueAt }, now);
    if (raised.created) summary.flagged += 1;
    else summary.alreadyFlagged += 1;
  };
  do {
    const page = await services.orders.pageOverdueRefunds(nowUtc, { limit: pageSize, startKey });
    summary.pages += 1;
    await mapLimit(page.items, concurrency, work);
    if (page.items.length > 0)
      log.info('overdue sweep page', { page: summary.pages, items: page.items.length, scanned: summary.scanned });
    startKey = page.next;
  } while (startKey);
  summary.ms = Math.round((performance.now() - started) * 10) / 10;
  log.debug('overdue sweep finished', { ...summary });
  return summary;
}
