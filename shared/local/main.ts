import { parseArgs } from 'node:util';
import * as z from 'zod';
import { calendarStatus } from '#shared/calendar-status.js';
import { DEV_DEFAULTS, loadDevConfig } from './dev-config.js';
import { EXAMPLE_CHECK_REQUEST } from './example.js';
import { startLocalService } from './runtime.js';

const HELP = `Refusal Guard — local service

Usage: npm start [-- --help]

Runs the whole API on http://127.0.0.1:$PORT with an embedded DynamoDB-compatible store
(dynalite). No cloud account and no other process needed.

Environment (defaults in brackets):
  PORT                 HTTP port [${DEV_DEFAULTS.PORT}]
  DATA_DIR             where the embedded store keeps its files [${DEV_DEFAULTS.DATA_DIR}];
                       ':memory:' keeps nothing on disk
  DYNAMODB_ENDPOINT    use this DynamoDB endpoint instead of the embedded store
  TABLE_NAME           the table [${DEV_DEFAULTS.TABLE_NAME}]; created if missing
  DEV_SHOP_ID          the local shop [${DEV_DEFAULTS.DEV_SHOP_ID}]
  DEV_SHOP_KEY         that shop's API key [${DEV_DEFAULTS.DEV_SHOP_KEY}]
  DEV_STAFF_KEY        a compliance-staff key [${DEV_DEFAULTS.DEV_STAFF_KEY}]
  DEV_WEBHOOK_SECRET   DEV_SHOP_ID's order-system signing secret, whsec_ form
                       [${DEV_DEFAULTS.DEV_WEBHOOK_SECRET}]; a secret rotated with
                       npm run admin -- rotate-webhook-secret survives restarts
  DEV_SHOPS            more shops: shopId:key[:whsec_…],… (each shop has its own webhook
                       secret; without one it is generated, stored and printed)
  DEV_STAFF_KEYS       more staff: name:key,name:key
  LOG_LEVEL            debug | info | warn | error [info]

The default keys are for local use only. Contract: see README.md.
`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  let dev: ReturnType<typeof loadDevConfig>;
  try {
    dev = loadDevConfig(process.env);
  } catch (error) {
    const issues = error instanceof z.ZodError ? error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`) : [];
    process.stderr.write(
      `Invalid local configuration:\n${issues.join('\n') || String(error)}\nSee npm start -- --help\n`,
    );
    process.exitCode = 2;
    return;
  }
  const service = await startLocalService(dev);
  const example = JSON.stringify(EXAMPLE_CHECK_REQUEST);
  const calendar = calendarStatus(service.services.clock());
  process.stdout.write(`
Refusal Guard is running at ${service.url}
  store:        ${service.embedded ? `embedded dynalite (${dev.dataDir === ':memory:' ? 'in memory' : `data in ${dev.dataDir}`})` : service.dynamodbEndpoint}, table ${dev.tableName}
${service.shops.map((s) => `  shop:         ${s.shopId}   key: ${s.key}\n                webhook secret: ${s.webhookSecret} (${s.secretOrigin})\n`).join('')}  staff key:    ${dev.staffKey}   (dev-staff)
${dev.extraStaff.map((s) => `  staff key:    ${s.key}   (${s.name})\n`).join('')}  API docs:     ${service.url}/docs   (OpenAPI: ${service.url}/openapi.json)
  console:      ${service.url}/console
  holiday calendar: through ${calendar.lastDay}${calendar.warning ? `\n  WARNING: ${calendar.warning}` : ''}

Try a check:
curl -s -X POST ${service.url}/v1/checks \\
  -H 'Authorization: Bearer ${dev.shopKey}' -H 'Content-Type: application/json' \\
  -d '${example}'

Press Ctrl+C to stop.
`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping…\n`);
    service.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`Refusal Guard could not start: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
