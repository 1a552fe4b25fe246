import { log } from '#shared/log.js';
import { runOverdueSweep, type SweepSummary } from '#shared/reconciliation/sweep.js';
import { servicesFromEnv } from '#shared/services.js';

/** Created once per container, failing fast when the environment is incomplete. */
const services = servicesFromEnv();

/**
 * The scheduled overdue-refund sweep (EventBridge, hourly): flags every refund not issued within
 * seven days of the returned goods' receipt (CRPL 25 ¶3, NRR-MEASURES 13). Idempotent: overlapping
 * or repeated runs raise each flag once.
 */
export const handler = async (): Promise<SweepSummary> => {
  const summary = await runOverdueSweep(services);
  log.info('overdue-refund sweep', { ...summary });
  return summary;
};
