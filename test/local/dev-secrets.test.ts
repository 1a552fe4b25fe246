import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_DEFAULTS, loadDevConfig } from '#shared/local/dev-config.js';
import { startLocalService } from '#shared/local/runtime.js';
import { setLogLevel } from '#shared/log.js';

setLogLevel('error');

const SHOP_C_SECRET = 'whsec_c2hvcC1jLW93bi1zZWNyZXQtMDAwMDAwMDAwMA==';
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function deliver(url: string, secret: string, shopId: string, orderId: string) {
  const body = JSON.stringify({
    type: 'order.delivered',
    shopId,
    orderId,
    occurredAt: '2026-03-03T15:00:00+08:00',
    data: {},
  });
  const id = `msg_${shopId}_${orderId}`;
  return fetch(`${url}/v1/webhooks/order-events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, new Date(), body),
    },
    body,
  });
}

describe('DEV_SHOPS and DEV_STAFF_KEYS (contract 1.1, local run additions)', () => {
  it('parses shopId:key, shopId:key:whsec_… and name:key pairs', () => {
    const dev = loadDevConfig({
      DEV_SHOPS: `shop-b:rg_shop_b_key_1, shop-c:rg_shop_c_key_1:${SHOP_C_SECRET}`,
      DEV_STAFF_KEYS: 'alice:rg_staff_alice_1,bob:rg_staff_bob_123',
    });
    expect(dev.extraShops).toEqual([
      { shopId: 'shop-b', key: 'rg_shop_b_key_1' },
      { shopId: 'shop-c', key: 'rg_shop_c_key_1', webhookSecret: SHOP_C_SECRET },
    ]);
    expect(dev.extraStaff).toEqual([
      { name: 'alice', key: 'rg_staff_alice_1' },
      { name: 'bob', key: 'rg_staff_bob_123' },
    ]);
    expect(() => loadDevConfig({ DEV_SHOPS: 'shop-d:rg_shop_d_key_1:whsec_short' })).toThrow();
    expect(() => loadDevConfig({ DEV_STAFF_KEYS: 'carol' })).toThrow();
  });
});

describe('Each local shop has its own webhook secret, and a rotated one survives a restart', () => {
  it('one shop cannot post for another; secrets are per shop; rotation persists; config changes apply', async () => {
    // Prepare
    const dataDir = mkdtempSync(join(tmpdir(), 'rg-secrets-'));
    dirs.push(dataDir);
    const env = {
      DATA_DIR: dataDir,
      PORT: '0',
      DEV_SHOPS: `shop-b:rg_shop_b_key_1,shop-c:rg_shop_c_key_1:${SHOP_C_SECRET}`,
      DEV_STAFF_KEYS: 'alice:rg_staff_alice_1',
    };
    const first = await startLocalService(loadDevConfig(env), { runJobs: false, isolateStore: false });
    const secrets = Object.fromEntries(first.shops.map((s) => [s.shopId, s.webhookSecret]));
    try {
      // Assess: three different secrets, each as configured or generated
      expect(secrets['demo-shop']).toBe(DEV_DEFAULTS.DEV_WEBHOOK_SECRET);
      expect(secrets['shop-c']).toBe(SHOP_C_SECRET);
      expect(secrets['shop-b']).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
      expect(new Set(Object.values(secrets)).size).toBe(3);
      // demo-shop's secret cannot speak for shop-b; shop-b's own can
      expect((await deliver(first.url, DEV_DEFAULTS.DEV_WEBHOOK_SECRET, 'shop-b', 'O-1')).status).toBe(401);
      expect((await deliver(first.url, secrets['shop-b'] as string, 'shop-b', 'O-1')).status).toBe(200);
      // the extra staff key works
      const reviews = await fetch(`${first.url}/v1/reviews`, { headers: { authorization: 'Bearer rg_staff_alice_1' } });
      expect(reviews.status).toBe(200);
      // Act: rotate demo-shop's secret as the admin command does
      await first.services.shopSecrets.putWebhookSecret('demo-shop', 'whsec_cm90YXRlZC1zZWNyZXQtMDAwMDAwMDAwMDAwMA==');
    } finally {
      await first.close();
    }
    const second = await startLocalService(loadDevConfig(env), { runJobs: false, isolateStore: false });
    try {
      const after = Object.fromEntries(second.shops.map((s) => [s.shopId, s.webhookSecret]));
      expect(after['demo-shop']).toBe('whsec_cm90YXRlZC1zZWNyZXQtMDAwMDAwMDAwMDAwMA==');
      expect(after['shop-b']).toBe(secrets['shop-b']);
      expect((await deliver(second.url, DEV_DEFAULTS.DEV_WEBHOOK_SECRET, 'demo-shop', 'O-2')).status).toBe(401);
    } finally {
      await second.close();
    }
    // A changed configuration wins over the stored secret.
    const changed = 'whsec_bmV3LWNvbmZpZ3VyZWQtc2VjcmV0LTAwMDAwMA==';
    const third = await startLocalService(loadDevConfig({ ...env, DEV_WEBHOOK_SECRET: changed }), {
      runJobs: false,
      isolateStore: false,
    });
    try {
      expect(third.shops.find((s) => s.shopId === 'demo-shop')?.webhookSecret).toBe(changed);
    } finally {
      await third.close();
    }
  });
});
