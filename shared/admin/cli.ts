/**
 * npm run admin -- <command> — operator tasks against the table (AWS credentials from the usual
 * chain, or DYNAMODB_ENDPOINT for a local store). Keys and secrets are generated here, printed once,
 * and stored hashed (keys) or encrypted at rest in the table (webhook secrets).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '#config/env.js';
import { createServices } from '#shared/services.js';

const HELP = `Refusal Guard admin

Usage:
  npm run admin -- add-shop  --shop <shopId> [--name <label>]   new shop key + webhook secret
  npm run admin -- add-key   --shop <shopId> [--name <label>]   another key for an existing shop
  npm run admin -- add-staff --name <person>                    a compliance-staff key
  npm run admin -- rotate-webhook-secret --shop <shopId>        a new whsec_ secret for the shop

Environment: TABLE_NAME (required), AWS_REGION, DYNAMODB_ENDPOINT (optional, e.g. the local store).
Each key or secret is printed once; only its SHA-256 hash (keys) is stored.`;

const newKey = (prefix: string) => `${prefix}_${randomBytes(24).toString('base64url')}`;
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

async function main(): Promise<number> {
  // Operators may run this on Node 20; the deployed functions run on Node 22.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { shop: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(HELP);
    return command ? 0 : 2;
  }
  const services = createServices(loadConfig(process.env));
  const shop = values.shop;
  const needShop = () => {
    if (!shop || !/^[A-Za-z0-9._:-]{1,64}$/.test(shop))
      throw new Error('--shop <shopId> is required (A–Z a–z 0–9 . _ : -)');
    return shop;
  };
  switch (command) {
    case 'add-shop': {
      const shopId = needShop();
      const key = newKey('rg_shop');
      const secret = newSecret();
      await services.principals.putKey(key, { role: 'shop', shopId, name: values.name ?? shopId });
      await services.shopSecrets.putWebhookSecret(shopId, secret);
      console.log(
        `shop ${shopId}\n  API key:        ${key}\n  webhook secret: ${secret}\nStore both now: they are not shown again.`,
      );
      return 0;
    }
    case 'add-key': {
      const shopId = needShop();
      const key = newKey('rg_shop');
      await services.principals.putKey(key, { role: 'shop', shopId, name: values.name ?? shopId });
      console.log(`shop ${shopId}\n  API key: ${key}`);
      return 0;
    }
    case 'add-staff': {
      if (!values.name) throw new Error('--name <person> is required: resolutions record it');
      const key = newKey('rg_staff');
      await services.principals.putKey(key, { role: 'staff', name: values.name });
      console.log(`staff ${values.name}\n  API key: ${key}`);
      return 0;
    }
    case 'rotate-webhook-secret': {
      const shopId = needShop();
      const secret = newSecret();
      await services.shopSecrets.putWebhookSecret(shopId, secret);
      console.log(`shop ${shopId}\n  webhook secret: ${secret}\nThe old secret stops working now.`);
      return 0;
    }
    default:
      console.error(`unknown command ${command}\n\n${HELP}`);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`admin: ${(error as Error).message}`);
    process.exit(1);
  },
);
