import * as z from 'zod';

/**
 * The local service's settings, from the environment, with defaults that work out of the box. The
 * default keys and secret are for a developer's machine only: they are printed at start-up.
 */
export const DEV_DEFAULTS = {
  PORT: '3000',
  DATA_DIR: '.data',
  TABLE_NAME: 'refusal-guard',
  DEV_SHOP_ID: 'demo-shop',
  DEV_SHOP_KEY: 'rg_shop_demo_local_key',
  DEV_STAFF_KEY: 'rg_staff_demo_local_key',
  DEV_WEBHOOK_SECRET: 'whsec_cmVmdXNhbC1ndWFyZC1sb2NhbC1kZXYtc2VjcmV0LTMy',
} as const;

const KeySchema = z.string().regex(/^\S{8,512}$/, 'must be 8–512 characters without spaces');
const ShopIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/, 'must be 1–64 characters of A–Z a–z 0–9 . _ : -');

const WebhookSecretSchema = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, 'must be a Standard Webhooks secret: whsec_<base64>');

export const DevConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535),
  dataDir: z.string().min(1),
  tableName: z.string().min(3).max(255),
  dynamodbEndpoint: z.url().optional(),
  shopId: ShopIdSchema,
  shopKey: KeySchema,
  staffKey: KeySchema,
  webhookSecret: WebhookSecretSchema,
  extraShops: z.array(
    z.object({ shopId: ShopIdSchema, key: KeySchema, webhookSecret: WebhookSecretSchema.optional() }),
  ),
  /** More local staff (contract 1.1: the second pair of eyes needs two staff members). */
  extraStaff: z.array(
    z.object({
      name: z.string().regex(/^[^\s:,]{1,64}$/, 'must be 1–64 characters without spaces, ":" or ","'),
      key: KeySchema,
    }),
  ),
});
export type DevConfig = z.infer<typeof DevConfigSchema>;

/**
 * @example loadDevConfig({ DEV_SHOPS: 'shop-b:key-b-123456,shop-c:key-c-123456:whsec_…' }).extraShops.length // 2
 * @example loadDevConfig({ DEV_STAFF_KEYS: 'li-wei:rg_staff_li_wei_key' }).extraStaff[0]?.name // 'li-wei'
 */
export function loadDevConfig(env: Record<string, string | undefined>): DevConfig {
  const pick = (name: keyof typeof DEV_DEFAULTS) => (env[name] ? env[name] : DEV_DEFAULTS[name]);
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
  // `shopId:key` or `shopId:key:whsec_…` (contract 1.1: a shop's own webhook secret).
  const extraShops = list(env.DEV_SHOPS).map((entry) => {
    const secretAt = entry.indexOf(':whsec_');
    const webhookSecret = secretAt < 0 ? undefined : entry.slice(secretAt + 1);
    const pair = secretAt < 0 ? entry : entry.slice(0, secretAt);
    const at = pair.indexOf(':');
    const shop = at < 0 ? { shopId: pair, key: '' } : { shopId: pair.slice(0, at), key: pair.slice(at + 1) };
    return webhookSecret ? { ...shop, webhookSecret } : shop;
  });
  // `name:key` pairs: more local staff (the second pair of eyes needs two).
  const extraStaff = list(env.DEV_STAFF_KEYS).map((entry) => {
    const at = entry.indexOf(':');
    return at < 0 ? { name: entry, key: '' } : { name: entry.slice(0, at), key: entry.slice(at + 1) };
  });
  return DevConfigSchema.parse({
    port: pick('PORT'),
    dataDir: pick('DATA_DIR'),
    tableName: pick('TABLE_NAME'),
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    shopId: pick('DEV_SHOP_ID'),
    shopKey: pick('DEV_SHOP_KEY'),
    staffKey: pick('DEV_STAFF_KEY'),
    webhookSecret: pick('DEV_WEBHOOK_SECRET'),
    extraShops,
    extraStaff,
  });
}
