import { log } from '#shared/log.js';
import { runPendingReplays } from '#shared/replays/replay.js';
import { servicesFromEnv } from '#shared/services.js';

/** Created once per container, failing fast when the environment is incomplete. */
const services = servicesFromEnv();

/** Stop taking new pages when less than this is left of the invocation: a page must fit in it. */
export const SAFETY_MARGIN_MS = 60_000;

/** What the Lambda runtime passes that the worker reads. */
export interface WorkerContext {
  awsRequestId: string;
  getRemainingTimeInMillis(): number;
}

/**
 * The replay worker (EventBridge, every minute): works the running replays page by page until its
 * time is nearly spent, then leaves the rest to the next invocation, which resumes from the positions
 * saved after every page. A worker killed mid-page loses nothing: that page is re-run and counted once.
 */
export const handler = async (_event: unknown, context: WorkerContext) => {
  const result = await runPendingReplays(services, {
    owner: `lambda-${context.awsRequestId}`,
    shouldStop: () => context.getRemainingTimeInMillis() < SAFETY_MARGIN_MS,
  });
  if (result.replays.length > 0) log.info('replay worker', { ...result });
  return result;
};
