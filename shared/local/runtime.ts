import { randomBytes } from 'node:crypto';
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
  /** The embedded store itself (its supervisor's health and process id), when embedded. */
  store?: EmbeddedDynamo | undefined;
  /** Every local shop with its key and the webhook secret in force. */
  shops: SeededShop[];
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
  let services: Services | undefined;
  if (!dev.dynamodbEndpoint)
    embedded = await startEmbeddedDynamo({
      dataDir: dev.dataDir,
      isolate: options.isolateStore ?? true,
      // After the supervisor restarted a dead store: make sure the table and the dev keys are there
      // (on disk they are; in memory the store came back empty).
      onRestart: async () => {
        if (!services) return;
        await ensureTable(services.db, services.tableName);
        await seedDevPrincipals(services, dev);
      },
    });
  const endpoint = dev.dynamodbEndpoint ?? (embedded as EmbeddedDynamo).endpoint;
  const config = loadConfig({
    ...process.env,
    TABLE_NAME: dev.tableName,
    DYNAMODB_ENDPOINT: endpoint,
    AWS_REGION: process.env.AWS_REGION ?? 'cn-north-1',
  });
  services = createServices(config, options.clock ? { clock: options.clock } : {});
  if (embedded?.health) services.storeHealth = embedded.health;
  await ensureTable(services.db, config.tableName);
  const calendar = calendarStatus(services.clock());
  if (calendar.warning) log.warn('holiday calendar ending', { ...calendar });
  const shops = await seedDevPrincipals(services, dev);

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
    store: embedded,
    shops,
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

/** A local shop as seeded: its key and the webhook secret in force (printed at start-up). */
export interface SeededShop {
  shopId: string;
  key: string;
  webhookSecret: string;
  secretOrigin: 'configured' | 'stored' | 'generated';
}

/**
 * Registers the DEV_* keys and each shop's own webhook secret (contract 1.1). Idempotent: restarts
 * put the same keys again, and keep a secret rotated with the admin command (`seedWebhookSecret`).
 * `DEV_WEBHOOK_SECRET` is `DEV_SHOP_ID`'s; a `DEV_SHOPS` entry's own secret is that shop's; other
 * shops get a generated secret, stored and printed.
 */
export async function seedDevPrincipals(services: Services, dev: DevConfig): Promise<SeededShop[]> {
  const shops = [{ shopId: dev.shopId, key: dev.shopKey, webhookSecret: dev.webhookSecret }, ...dev.extraShops];
  const seeded: SeededShop[] = [];
  for (const shop of shops) {
    await services.principals.putKey(shop.key, { role: 'shop', shopId: shop.shopId, name: `${shop.shopId} (dev)` });
    const { secret, origin } = await services.shopSecrets.seedWebhookSecret(
      shop.shopId,
      shop.webhookSecret,
      () => `whsec_${randomBytes(32).toString('base64')}`,
    );
    seeded.push({ shopId: shop.shopId, key: shop.key, webhookSecret: secret, secretOrigin: origin });
  }
  await services.principals.putKey(dev.staffKey, { role: 'staff', name: 'dev-staff' });
  for (const staff of dev.extraStaff) await services.principals.putKey(staff.key, { role: 'staff', name: staff.name });
  return seeded;
}
