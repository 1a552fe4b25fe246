import { loadConfig } from '#config/env.js';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '#shared/local/embedded-dynamo.js';
import { createServices, type Services } from '#shared/services.js';
import type { Clock } from '#shared/time.js';
import { ensureTable } from '#store/setup.js';

export const SHOP_A = { shopId: 'shop-a', key: 'rg_test_shop_a_key' } as const;
export const SHOP_B = { shopId: 'shop-b', key: 'rg_test_shop_b_key' } as const;
export const STAFF = { key: 'rg_test_staff_key', name: 'test-staff' } as const;
export const WEBHOOK_SECRET = 'whsec_dGVzdC13ZWJob29rLXNlY3JldC0wMDAwMDAwMA==';

export interface TestStore {
  services: Services;
  endpoint: string;
  /** Services on a fresh table of the same server (isolates a test from its neighbours). */
  freshTable(options?: { clock?: Clock }): Promise<Services>;
  close(): Promise<void>;
}

let tableCounter = 0;

/**
 * An embedded DynamoDB-compatible server in memory with the real table, two shops, a staff key and
 * the shops' webhook secret — the same code paths as production, no SDK mocks.
 *
 * @example const store = await startTestStore(); … await store.close();
 */
export async function startTestStore(options: { clock?: Clock; isolate?: boolean } = {}): Promise<TestStore> {
  // `isolate`: the store in its own process (a second core for load-heavy tests such as the fuzzers).
  const server: EmbeddedDynamo = await startEmbeddedDynamo({ dataDir: ':memory:', isolate: options.isolate ?? false });
  const make = async (clock?: Clock) => {
    tableCounter += 1;
    const config = loadConfig({
      TABLE_NAME: `test-${process.pid}-${tableCounter}`,
      DYNAMODB_ENDPOINT: server.endpoint,
      AWS_REGION: 'cn-north-1',
      LOG_LEVEL: 'error',
    });
    const services = createServices(config, clock ? { clock } : {});
    await ensureTable(services.db, config.tableName);
    for (const shop of [SHOP_A, SHOP_B]) {
      await services.principals.putKey(shop.key, { role: 'shop', shopId: shop.shopId, name: shop.shopId });
      await services.shopSecrets.putWebhookSecret(shop.shopId, WEBHOOK_SECRET);
    }
    await services.principals.putKey(STAFF.key, { role: 'staff', name: STAFF.name });
    return services;
  };
  const services = await make(options.clock);
  const all: Services[] = [services];
  return {
    services,
    endpoint: server.endpoint,
    async freshTable(opts = {}) {
      const s = await make(opts.clock);
      all.push(s);
      return s;
    },
    async close() {
      for (const s of all) s.db.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await server.close();
    },
  };
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
export const jsonHeaders = (key: string) => ({ ...bearer(key), 'Content-Type': 'application/json' });
