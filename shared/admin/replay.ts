/**
 * npm run replay -- --ruleset <id> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--shop <shopId>] — for
 * operators: runs a replay with the same code as the service (a job in the table, worked page by page,
 * resumable), printing progress and the summary. Against the local `.data` store by default.
 */
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { loadConfig } from '#config/env.js';
import { RULESETS } from '#rules/index.js';
import { ReplayRequestSchema } from '#schemas/replay.js';
import { DEV_DEFAULTS } from '#shared/local/dev-config.js';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '#shared/local/embedded-dynamo.js';
import { setLogLevel } from '#shared/log.js';
import { startReplay, workReplay } from '#shared/replays/replay.js';
import { createServices, type Services } from '#shared/services.js';
import { ensureTable } from '#store/setup.js';

const HELP = `Refusal Guard replay — what a ruleset would have decided on stored checks

Usage:
  npm run replay -- --ruleset <id> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--shop <shopId>]
  npm run replay -- --resume <replayId>
  npm run replay -- --list-rulesets

Options:
  --ruleset <id>       the ruleset to replay with (see --list-rulesets)
  --from, --to         the period: calendar days in China Standard Time, inclusive
  --shop <shopId>      only this shop's checks
  --resume <replayId>  continue a replay that was interrupted (Ctrl+C, a crash)
  --show <n>           how many changed checks to print [10]
  --page-size <n>      checks per page [100]
  --endpoint <url>     a DynamoDB endpoint (another local store, DynamoDB Local)
  --aws                the table in AWS (credentials from the usual chain; TABLE_NAME, AWS_REGION)
  -h, --help

Store: by default the embedded store in DATA_DIR [${DEV_DEFAULTS.DATA_DIR}], table TABLE_NAME [${DEV_DEFAULTS.TABLE_NAME}]
(stop \`npm start\` first: the embedded store is one process's at a time, or pass --endpoint).
Stored decisions are only read. The replay is kept in the table like one started with
POST /v1/replays, and GET /v1/replays/{replayId} shows it too.`;

const CountSchema = z.coerce.number().int().min(1).max(1000);

async function main(): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values } = parseArgs({
    options: {
      ruleset: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      shop: { type: 'string' },
      resume: { type: 'string' },
      show: { type: 'string', default: '10' },
      'page-size': { type: 'string', default: '100' },
      endpoint: { type: 'string' },
      aws: { type: 'boolean', default: false },
      'list-rulesets': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values['list-rulesets']) {
    for (const r of RULESETS.list())
      console.log(`${r.id}  ${r.status}  law as of ${r.lawBaseline}, released ${r.releasedAt}`);
    return 0;
  }
  const show = CountSchema.parse(values.show);
  const pageSize = CountSchema.parse(values['page-size']);
  let request: z.infer<typeof ReplayRequestSchema> | undefined;
  if (!values.resume) {
    const parsed = ReplayRequestSchema.safeParse({
      rulesetVersion: values.ruleset,
      from: values.from,
      to: values.to,
      ...(values.shop ? { shopId: values.shop } : {}),
    });
    if (!parsed.success) {
      const names: Record<string, string> = { rulesetVersion: '--ruleset', shopId: '--shop' };
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        console.error(`${names[field] ?? `--${field}`}: ${issue.message}`);
      }
      console.error('\nSee npm run replay -- --help');
      return 2;
    }
    request = parsed.data;
  }

  setLogLevel('warn');
  const store = await openStore({ endpoint: values.endpoint, aws: values.aws });
  try {
    return await run(store.services, { request, resume: values.resume, show, pageSize });
  } finally {
    store.services.db.destroy();
    await store.embedded?.close();
  }
}

async function openStore(options: {
  endpoint: string | undefined;
  aws: boolean;
}): Promise<{ services: Services; embedded?: EmbeddedDynamo }> {
  const tableName = process.env.TABLE_NAME || DEV_DEFAULTS.TABLE_NAME;
  if (options.aws) return { services: createServices(loadConfig({ ...process.env, DYNAMODB_ENDPOINT: undefined })) };
  const endpoint = options.endpoint ?? process.env.DYNAMODB_ENDPOINT;
  if (endpoint)
    return {
      services: createServices(loadConfig({ ...process.env, TABLE_NAME: tableName, DYNAMODB_ENDPOINT: endpoint })),
    };
  const dataDir = process.env.DATA_DIR || DEV_DEFAULTS.DATA_DIR;
  let embedded: EmbeddedDynamo;
  try {
    embedded = await startEmbeddedDynamo({ dataDir });
  } catch (error) {
    throw new Error(
      `cannot open the local store in ${dataDir} (${(error as Error).message}). Is \`npm start\` running? Stop it, or pass --endpoint.`,
    );
  }
  const services = createServices(
    loadConfig({ ...process.env, TABLE_NAME: tableName, DYNAMODB_ENDPOINT: embedded.endpoint }),
  );
  // A fresh local store has no table yet (`npm start` creates it the same way).
  await ensureTable(services.db, tableName);
  return { services, embedded };
}

async function run(
  services: Services,
  options: {
    request: z.infer<typeof ReplayRequestSchema> | undefined;
    resume: string | undefined;
    show: number;
    pageSize: number;
  },
): Promise<number> {
  let replayId: string;
  if (options.request) {
    const job = await startReplay(services, options.request, `cli (${process.env.USER ?? 'operator'})`);
    replayId = job.replayId;
    const shop = job.shopId ? `, shop ${job.shopId}` : '';
    console.log(`replay ${replayId}: ruleset ${job.rulesetVersion}, ${job.from} to ${job.to}${shop}`);
  } else {
    replayId = options.resume as string;
    const job = await services.replays.get(replayId);
    if (!job) {
      console.error(`no replay ${replayId}`);
      return 2;
    }
    console.log(`resuming replay ${replayId}: ruleset ${job.rulesetVersion}, ${job.from} to ${job.to}`);
  }

  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    console.log('\nstopping after this page…');
  };
  process.once('SIGINT', onSignal);
  const result = await workReplay(services, replayId, {
    owner: `cli-${process.pid}-${Date.now()}`,
    pageSize: options.pageSize,
    shouldStop: () => interrupted,
    onProgress: (job) => {
      const position = job.position ? (JSON.parse(job.position) as { day: string }).day : 'end';
      console.log(`  page ${job.pages}: at ${position}, scanned ${job.scanned}, changed ${job.changed}`);
    },
  });
  process.off('SIGINT', onSignal);

  const job = await services.replays.get(replayId);
  if (!job) return 1;
  if (result.status === 'running') {
    console.log(
      interrupted
        ? `interrupted: resume with npm run replay -- --resume ${replayId}`
        : `another worker holds this replay (the local service's or a Lambda's); see GET /v1/replays/${replayId}`,
    );
    return interrupted ? 130 : 0;
  }
  console.log(`\n${job.status}: ${job.pages} page(s), ${job.scanned} check(s) scanned, ${job.changed} would change`);
  if (job.error) console.log(`error: ${job.error}`);
  const transitions = Object.entries(job.transitions).sort(([a], [b]) => a.localeCompare(b));
  if (transitions.length > 0) {
    console.log('transitions (stored → replayed):');
    for (const [transition, count] of transitions) console.log(`  ${transition.padEnd(16)} ${count}`);
  }
  const { items } = await services.replays.listItems(replayId, { limit: options.show });
  if (items.length > 0) {
    console.log(`first ${items.length} changed check(s):`);
    for (const item of items) {
      const rules =
        item.storedDecidingRules.join(',') === item.replayedDecidingRules.join(',')
          ? item.storedDecidingRules.join(', ')
          : `${item.storedDecidingRules.join(', ')} → ${item.replayedDecidingRules.join(', ')}`;
      const actions =
        item.storedRequiredActions.join(',') === item.replayedRequiredActions.join(',')
          ? ''
          : `  actions [${item.storedRequiredActions.join(', ')}] → [${item.replayedRequiredActions.join(', ')}]`;
      console.log(
        `  ${item.checkId}  ${item.shopId}/${item.orderId}  ${item.storedVerdict} → ${item.replayedVerdict}  ${rules}${actions}`,
      );
    }
  }
  return job.status === 'done' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`replay: ${(error as Error).message}`);
    process.exit(1);
  },
);
