import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadConfig } from '#config/env.js';
import { calendarStatus } from '#shared/calendar-status.js';
import { log } from '#shared/log.js';
import { createServices, type Services } from '#shared/services.js';
import type { Clock } from '#shared/time.js';
import { ensureTable } from '#store/setup.js';
import { createLocalApp, LOCAL_JOBS } from './compose.js';
import type { DevConfig } from './dev-config.js';
import { type EmbeddedDynamo, startEmbeddedDynamo } from './embedded-dynamo.js';

export interface LocalService {
  url: string;
  services: Services;
  /** The embedded store's endpoint (or the external one named by DYNAMODB_ENDPOINT). */
  dynamodbEndpoint: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Starts the whole API locally: the embedded DynamoDB-compatible server (unless an endpoint is
 * given), the table, the dev keys and secret, the HTTP server, and the scheduled jobs.
 *
 * @example const service = await startLocalService(loadDevConfig({ DATA_DIR: ':memory:', PORT: '0' }))
 */
export async function startLocalService(
  dev: DevConfig,
  options: {
    runJobs?: boolean;
    /** Run the embedded store in its own process (default): the HTTP server keeps its core. */
    isolateStore?: boolean;
    clock?: Clock;
  } = {},
): Promise<LocalService> {
  let embedded: EmbeddedDynamo | undefined;
  if (!dev.dynamodbEndpoint)
    embedded = await startEmbeddedDynamo({ dataDir: dev.dataDir, isolate: options.isolateStore ?? true });
  const endpoint = dev.dynamodbEndpoint ?? (embedded as EmbeddedDynamo).endpoint;
  const config = loadConfig({
    ...process.env,
    TABLE_NAME: dev.tableName,
    DYNAMODB_ENDPOINT: endpoint,
    AWS_REGION: process.env.AWS_REGION ?? 'cn-north-1',
  });
  const services = createServices(config, options.clock ? { clock: options.clock } : {});
  await ensureTable(services.db, config.tableName);
  const calendar = calendarStatus(services.clock());
  if (calendar.warning) log.warn('holiday calendar ending', { ...calendar });
  await seedDevPrincipals(services, dev);

  const app = createLocalApp(services);
  const server = serve({ fetch: app.fetch, port: dev.port, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) resolve();
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;

  const timers =
    (options.runJobs ?? true)
      ? LOCAL_JOBS.map((job) =>
          setInterval(() => {
            job
              .run(services)
              // A job that had nothing to do returns undefined and logs nothing.
              .then((result) => result !== undefined && log.info('job finished', { job: job.name, result }))
              .catch((error) => log.error('job failed', { job: job.name, error }));
          }, job.everyMs).unref(),
        )
      : [];

  return {
    url: `http://127.0.0.1:${port}`,
    services,
    dynamodbEndpoint: endpoint,
    embedded: Boolean(embedded),
    async close() {
      for (const timer of timers) clearInterval(timer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      services.db.destroy();
      await embedded?.close();
    },
  };
}

/** Registers the DEV_* keys and webhook secret (idempotent: restarts put the same items again). */
export async function seedDevPrincipals(services: Services, dev: DevConfig): Promise<void> {
  const shops = [{ shopId: dev.shopId, key: dev.shopKey }, ...dev.extraShops];
  for (const shop of shops) {
    await services.principals.putKey(shop.key, { role: 'shop', shopId: shop.shopId, name: `${shop.shopId} (dev)` });
    await services.shopSecrets.putWebhookSecret(shop.shopId, dev.webhookSecret);
  }
  await services.principals.putKey(dev.staffKey, { role: 'staff', name: 'dev-staff' });
  for (const staff of dev.extraStaff) await services.principals.putKey(staff.key, { role: 'staff', name: staff.name });
}
