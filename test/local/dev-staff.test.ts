import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDevConfig } from '#shared/local/dev-config.js';
import { seedDevPrincipals } from '#shared/local/runtime.js';
import { startTestStore, type TestStore } from '../support/store.js';

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
});
afterAll(async () => {
  await store?.close();
});

describe('DEV_STAFF_KEYS (contract 1.1 local run): more local staff for the second pair of eyes', () => {
  it('reads name:key pairs and registers each as a staff member', async () => {
    const dev = loadDevConfig({ DEV_STAFF_KEYS: ' li-wei:rg_staff_li_wei_key , zhao:rg_staff_zhao_key_1 ' });
    expect(dev.extraStaff).toEqual([
      { name: 'li-wei', key: 'rg_staff_li_wei_key' },
      { name: 'zhao', key: 'rg_staff_zhao_key_1' },
    ]);
    const services = await store.freshTable();
    await seedDevPrincipals(services, dev);
    expect(await services.principals.findByKey('rg_staff_li_wei_key')).toMatchObject({ role: 'staff', name: 'li-wei' });
    expect(await services.principals.findByKey('rg_staff_zhao_key_1')).toMatchObject({ role: 'staff', name: 'zhao' });
    expect(loadDevConfig({}).extraStaff).toEqual([]);
  });

  it('refuses a pair without a key or with a short key, naming the field', () => {
    for (const value of ['li-wei', 'li-wei:short', 'li wei:rg_staff_li_wei_key'])
      expect(() => loadDevConfig({ DEV_STAFF_KEYS: value }), value).toThrow(/extraStaff/);
  });
});
