/**
 * npm run bench — performance figures, printed side by side (a benchmark, not a test: nothing here
 * asserts a timing). Sections:
 *   engine   evaluations/s of the whole rulebook over the scenario corpus vs json-rules-engine
 *   e2e      POST /v1/checks through the local service at 16 in flight vs raw PutItem on the same store
 *   bundles  minified size and cold import time of each Lambda handler (AWS SDK external)
 *   lint     policy lint: precision/recall of void detection on the corpus (both splits) and the CPU
 *            time of linting a 20,000-character policy
 *   reports  GET /v1/reports/summary's read at 1k / 10k / 100k checks in a 30-day period
 *   store    what the store costs: WRU and stored bytes per check and per resolution (read back
 *            from the table), the partition model's busiest partitions, the overdue sweep's items/s,
 *            and the service's CPU per check against a bare GetItem + PutItem of the same item
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { evaluate } from '#rules/index.js';
import { type CheckRequest, CheckRequestSchema } from '#schemas/check.js';
import { DEV_DEFAULTS, loadDevConfig } from '#shared/local/dev-config.js';
import { EXAMPLE_CHECK_REQUEST } from '#shared/local/example.js';
import { startLocalService } from '#shared/local/runtime.js';
import { setLogLevel } from '#shared/log.js';
import { lintWithCurrentRuleset } from '#shared/policy-lint/index.js';
import { toSimplified } from '#shared/policy-lint/normalise.js';
import {
  agreement,
  figures,
  keysOnSameText,
  LATER_KEYS,
  type Figures as LintFigures,
  lintEntry,
  lintInContext,
  loadCorpus,
  loadEveryKey,
  loadFourthKey,
  loadIndependentKey,
  loadSecondKey,
  loadSecondReader,
  loadThirdKey,
  type Outcome,
} from '../policy-lint/corpus.js';
import { loadScenarioFiles } from '../rules/scenario-files.js';
import { type BaselineFacts, createJsonRulesEngine } from './json-rules-baseline.js';

const HELP = `npm run bench [-- options]

  --only <section>   engine | e2e | bundles | lint | reports | store (default: all six)
  --report-max <n>   the largest period for reports (default 100000 checks)
  --seconds <n>      duration of each throughput run (default 10)
  --help             this text

Prints figures; asserts nothing. Record them in README.md "Performance".`;

const ROOT = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    'report-max': { type: 'string', default: '100000' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const seconds = Math.max(1, Number(values.seconds));
const sections = values.only ? [values.only] : ['engine', 'e2e', 'bundles', 'lint', 'reports', 'store'];
setLogLevel('error');
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (line = '') => process.stdout.write(`${line}\n`);

log(`Refusal Guard benchmark — ${new Date().toISOString()}`);
log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}`,
);

/** Every scenario request of the legal corpus (the same files the legal tests validate). */
function loadScenarioRequests(): CheckRequest[] {
  return loadScenarioFiles().flatMap(({ scenarios }) => scenarios.map((s) => CheckRequestSchema.parse(s.request)));
}

function toBaselineFacts(request: CheckRequest): BaselineFacts {
  const day = (iso: string) => Math.floor((Date.parse(iso) + 8 * 3600_000) / 86_400_000);
  const delivered = request.order.deliveredAt ? day(request.order.deliveredAt) : Number.POSITIVE_INFINITY;
  return {
    kind: request.returnRequest.kind,
    reason: request.refusal.reason,
    daysLate: day(request.returnRequest.requestedAt) - (delivered + 7),
    customMade: request.item.customMade,
    perishable: request.item.perishable,
    digitalOpened: Boolean(request.item.digital && (request.item.digital.downloaded || request.item.digital.unsealed)),
    periodical: request.item.category === 'newspapers_periodicals',
  };
}

async function benchEngine(): Promise<void> {
  const corpus = loadScenarioRequests();
  log(`\n## engine — ${corpus.length} scenario requests`);
  // Warm up, then measure for a fixed time.
  const measure = (run: () => void, ms: number) => {
    const started = performance.now();
    let n = 0;
    while (performance.now() - started < ms) {
      for (let i = 0; i < 1000; i++) run();
      n += 1000;
    }
    return n / ((performance.now() - started) / 1000);
  };
  let i = 0;
  const ours = () => {
    evaluate(corpus[i++ % corpus.length] as CheckRequest);
  };
  measure(ours, 500);
  const oursRate = measure(ours, seconds * 1000);
  // The released r1 answers the same requests with less: no summary, fewer alternatives tried.
  let k1 = 0;
  const r1 = () => {
    evaluate(corpus[k1++ % corpus.length] as CheckRequest, {}, 'cn-2024-07-01');
  };
  measure(r1, 300);
  const r1Rate = measure(r1, Math.max(1000, (seconds * 1000) / 2));

  const engine = createJsonRulesEngine();
  const facts = corpus.map(toBaselineFacts);
  let j = 0;
  const theirsStarted = performance.now();
  let theirs = 0;
  while (performance.now() - theirsStarted < 300) {
    await engine.run({ ...facts[j++ % facts.length] });
  }
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    const batch = [];
    for (let k = 0; k < 100; k++) batch.push(engine.run({ ...facts[j++ % facts.length] }));
    await Promise.all(batch);
    theirs += 100;
  }
  const theirsRate = theirs / ((performance.now() - start) / 1000);
  log(
    `Refusal Guard rulebook r2 (every rule, with summary): ${fmt(oursRate)} evaluations/s  (${fmt(1e6 / oursRate, 2)} µs each)`,
  );
  log(
    `json-rules-engine (window + exclusions):   ${fmt(theirsRate)} evaluations/s  (${fmt(1e6 / theirsRate, 2)} µs each)`,
  );
  log(`ratio:                                     ${fmt(oursRate / theirsRate, 1)}×  (target ≥ 10×)`);
  log(
    `the same requests under r1 (cn-2024-07-01): ${fmt(r1Rate)} evaluations/s  (${fmt(1e6 / r1Rate, 2)} µs each, ${fmt(r1Rate / theirsRate, 1)}× json-rules-engine)`,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function benchEndToEnd(): Promise<void> {
  log(
    `\n## e2e — 16 requests in flight, ${seconds} s each: the local service (npm start) with its embedded dynalite in memory, in its own process; load from a worker thread`,
  );
  const service = await startLocalService(loadDevConfig({ DATA_DIR: ':memory:', PORT: '0', LOG_LEVEL: 'error' }), {
    runJobs: false,
  });
  try {
    // Raw PutItem floor on the same store, 16 in flight, items the size of a check.
    const { db, tableName } = service.services;
    const filler = 'x'.repeat(3000);
    let puts = 0;
    const putLatencies: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: 16 }, async (_, worker) => {
        while (performance.now() < deadline) {
          const t = performance.now();
          await db.send(
            new PutCommand({
              TableName: tableName,
              Item: { pk: `BENCH#${worker}#${puts}`, sk: 'X', entity: 'bench', body: filler },
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
          putLatencies.push(performance.now() - t);
          puts++;
        }
      }),
    );
    const putRate = puts / seconds;
    putLatencies.sort((a, b) => a - b);

    // The least store work a correct check needs: read the order's recorded delivery (a webhook's
    // time wins over the shop's), then one conditional put of a check-shaped item with its indexes.
    let pairs = 0;
    const pairDeadline = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: 16 }, async (_, worker) => {
        while (performance.now() < pairDeadline) {
          const n = pairs++;
          await db.send(
            new GetCommand({ TableName: tableName, Key: { pk: `ORDER#s#${n}`, sk: 'STATE' }, ConsistentRead: true }),
          );
          await db.send(
            new PutCommand({
              TableName: tableName,
              Item: {
                pk: `PAIR#${worker}#${n}`,
                sk: 'CHECK',
                entity: 'bench',
                body: filler,
                gsi2pk: 'ORDER#s#O',
                gsi2sk: `CHECK#${n}`,
                gsi3pk: `QUEUE#open#${n % 16}`,
                gsi4pk: `QUEUE#open#SHOP#s#${n % 4}`,
                gsi6pk: `DECIDED#s#${n % 4}`,
                tsk: `${n}`,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
        }
      }),
    );
    const pairRate = pairs / seconds;

    const { requestId: _unused, ...example } = EXAMPLE_CHECK_REQUEST;
    // The load generator runs in a worker thread of its own, and autocannon's idReplacement gives
    // every request a fresh requestId (each is a new decision, not a replay).
    const result = await autocannon({
      url: `${service.url}/v1/checks`,
      connections: 16,
      workers: 1,
      duration: seconds,
      method: 'POST',
      idReplacement: true,
      headers: { authorization: `Bearer ${DEV_DEFAULTS.DEV_SHOP_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ requestId: `bench-${process.pid}-[<id>]`, ...example }),
    });
    const ok = result['2xx'];
    const rate = ok / seconds;
    log(
      `raw PutItem (same store, 16 in flight):   ${fmt(putRate)} writes/s   p50 ${fmt(percentile(putLatencies, 50), 1)} ms  p99 ${fmt(percentile(putLatencies, 99), 1)} ms`,
    );
    log(
      `POST /v1/checks (end to end):             ${fmt(rate)} checks/s   p50 ${fmt(result.latency.p50, 1)} ms  p99 ${fmt(result.latency.p99, 1)} ms   (${fmt(ok)} × 2xx, ${fmt(result.non2xx)} other, ${result.errors} errors)`,
    );
    log(`GetItem + check-shaped PutItem (16):     ${fmt(pairRate)} pairs/s   (the store work one new check needs)`);
    log(`ratio to the raw PutItem floor:           ${fmt(rate / putRate, 2)}  (target ≥ 0.7)`);
    log(`ratio to the check's own store work:      ${fmt(rate / pairRate, 2)}`);
  } finally {
    // Let the last in-flight requests finish before the store goes away.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await service.close();
  }
}

async function benchBundles(): Promise<void> {
  log(
    '\n## bundles — esbuild as the CDK stack bundles them: minified UTF-8 ESM, node22, the AWS SDK bundled (tree-shaken); beside it the same handler with the SDK left to the runtime',
  );
  const outDir = join(ROOT, '.bench');
  mkdirSync(outDir, { recursive: true });
  const functionsDir = join(ROOT, 'functions');
  const coldImport = (code: string): number => {
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const out = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
        cwd: ROOT,
        env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'cn-north-1', LOG_LEVEL: 'error' },
        encoding: 'utf8',
      });
      const ms = Number(out.stdout.trim().split('\n').pop());
      if (Number.isFinite(ms)) times.push(ms);
    }
    times.sort((a, b) => a - b);
    return percentile(times, 50);
  };
  // The runtime's own copy of the SDK, as a handler with the SDK external would load it.
  const sdkMs = coldImport(
    "const t=performance.now();await import('@aws-sdk/client-dynamodb');await import('@aws-sdk/lib-dynamodb');console.log(performance.now()-t)",
  );
  log(`AWS SDK alone, the runtime's copy (client-dynamodb + lib-dynamodb): cold import median ${fmt(sdkMs, 1)} ms`);
  const bundle = async (name: string, sdk: 'bundled' | 'external') => {
    const outfile = join(outDir, `${name}.${sdk}.mjs`);
    await build({
      entryPoints: [join(functionsDir, name, 'index.ts')],
      bundle: true,
      minify: true,
      charset: 'utf8',
      platform: 'node',
      target: 'node22',
      format: 'esm',
      mainFields: ['module', 'main'],
      outfile,
      external: sdk === 'external' ? ['@aws-sdk/*', '@smithy/*'] : [],
      banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" },
      logLevel: 'silent',
    });
    const ms = coldImport(
      `const t=performance.now();await import(${JSON.stringify(outfile)});console.log(performance.now()-t)`,
    );
    return { kb: statSync(outfile).size / 1024, ms };
  };
  for (const name of readdirSync(functionsDir).sort()) {
    if (!statSync(join(functionsDir, name)).isDirectory()) continue;
    const shipped = await bundle(name, 'bundled');
    const external = await bundle(name, 'external');
    log(
      `${name.padEnd(24)} ${fmt(shipped.kb, 1).padStart(7)} KB  cold import median ${fmt(shipped.ms, 1).padStart(6)} ms   |  SDK from the runtime: ${fmt(external.kb, 1).padStart(6)} KB, ${fmt(external.ms, 1).padStart(6)} ms (of which our code ${fmt(Math.max(0, external.ms - sdkMs), 1)} ms)`,
    );
  }
  writeFileSync(join(outDir, 'README.txt'), 'Bundles built by npm run bench; safe to delete.\n');
}

/** A short policy with a void clause of each common kind, for the first-lint figures. */
const SHORT_POLICY =
  '七天无理由退货说明：\n1、特价商品不退不换。\n2、签收后24小时内未反馈视为无质量问题。\n3、退货须在3天内申请，运费由买家承担。\n4、本店保留最终解释权。\nReturns: opened items cannot be returned. Refunds are issued within 14 business days.\n';

/** Corpus figures and the CPU time of one 20,000-character policy (printed, never asserted). */
async function benchLint(): Promise<void> {
  log('\n## lint — policy lint (RULES.md §5) on the labelled corpus, and a 20,000-character policy');
  const corpus = loadCorpus();
  const outcomes = corpus.map(lintEntry);
  /** One line of figures after `prefix`. */
  const logFigures = (prefix: string, f: LintFigures) =>
    log(
      `${prefix} ${String(f.clauses).padStart(4)} clauses (${f.void} void)   precision ${fmt(f.precision, 3)}   recall ${fmt(f.recall, 3)}   issue-code accuracy ${fmt(f.issueAccuracy, 3)}   verdict accuracy ${fmt(f.verdictAccuracy, 3)}`,
    );
  /** A line for each half of a split set that has clauses. */
  const logSplits = (name: string, all: readonly Outcome[]) => {
    for (const split of ['tune', 'heldout'] as const) {
      const f = figures(all.filter((o) => o.clause.split === split));
      if (f.clauses > 0) logFigures(`${name}${split.padEnd(8)}`, f);
    }
  };
  logSplits('', outcomes);
  logSplits('independent key ', loadIndependentKey().map(lintEntry));
  logSplits('second key ', loadSecondKey().map(lintInContext));
  const key3 = loadThirdKey().map(lintInContext);
  logSplits('third key ', key3);
  // The ceiling: a second careful reader against the third key's held-out half, beside the lint on the same clauses.
  const heldout3 = key3.filter((o) => o.clause.split === 'heldout');
  const reader = agreement(
    heldout3.map((o) => o.clause),
    loadSecondReader(),
  );
  if (reader.clauses > 0) {
    const lint = agreement(
      heldout3.map((o) => o.clause),
      heldout3.map((o) => ({ id: o.clause.id, verdict: o.verdict })),
    );
    log(
      `third key held out, second reader vs key: ${reader.clauses} clauses   precision ${fmt(reader.precision, 3)}   recall ${fmt(reader.recall, 3)}   (the lint on the same clauses: ${fmt(lint.precision, 3)} / ${fmt(lint.recall, 3)})`,
    );
  }
  // The keys against one another: where two writers labelled the same text, how often they agree on void.
  const same = keysOnSameText(loadEveryKey());
  if (same.pairs > 0) {
    const lint = figures(same.clauses.map(lintInContext));
    log(
      `keys against one another on the same text: ${same.texts} texts in two or more keys, ${same.pairs} pairs of their clauses from two keys   void agreement ${fmt(same.agreement, 3)} (${fmt(same.sureAgreement, 3)} where neither writer was unsure)   (the lint on those ${same.clauses.length} clauses: ${fmt(lint.precision, 3)} / ${fmt(lint.recall, 3)})`,
    );
  }
  // The later blind keys: those split by page first, then those tuned on or held out whole.
  for (const { n, use, blind, load } of LATER_KEYS) {
    if (use === undefined) logSplits(`${n} key ${blind ? `(blind at ${blind}) ` : ''}`, load().map(lintInContext));
  }
  for (const { n, use, blind, load } of LATER_KEYS) {
    const whole = use === undefined ? undefined : figures(load().map(lintInContext));
    if (whole !== undefined && whole.clauses > 0) {
      logFigures(
        use === 'tune' ? `${n} key (blind at ${blind}; then tuned on)` : `${n} key, held out whole (blind at ${blind})`,
        whole,
      );
    }
  }
  const key4 = figures(loadFourthKey().map(lintInContext));
  if (key4.clauses > 0) logFigures('fourth key (tuned on)  ', key4);
  // A 20,000-character policy made of the corpus clauses, one per line, cycled; and one of its simplified Chinese clauses
  // only (a Chinese shop's page: more clauses to the character than the mixed corpus, and no OpenCC conversion).
  const policyOf = (clauses: readonly { text: string }[]): string => {
    let text = '';
    for (let i = 0; ; i++) {
      const clause = (clauses[i % clauses.length] as { text: string }).text;
      if (text.length + clause.length + 1 > 20_000) break;
      text += `${clause}\n`;
    }
    return text;
  };
  const text = policyOf(corpus);
  const chineseText = policyOf(
    corpus.filter(
      (c) => /[\u4e00-\u9fff]/.test(c.text) && !/[a-z]{3}/i.test(c.text) && toSimplified(c.text) === c.text,
    ),
  );
  /** CPU times of 35 lints after 5 that warm the JIT and OpenCC's tables, sorted; and the clause count. */
  const timeLints = (policy: string): { cpu: number[]; clauses: number } => {
    const cpu: number[] = [];
    let clauses = 0;
    for (let k = 0; k < 40; k++) {
      const before = process.cpuUsage();
      clauses = lintWithCurrentRuleset(policy).clauses.length;
      const used = process.cpuUsage(before);
      if (k >= 5) cpu.push((used.user + used.system) / 1000);
    }
    cpu.sort((a, b) => a - b);
    return { cpu, clauses };
  };
  const { cpu, clauses } = timeLints(text);
  const chinese = timeLints(chineseText);
  // The worst case found so far: one clause that is nothing but periods (every period is read in its context).
  const worst = '7天'.repeat(10_000);
  const before = process.cpuUsage();
  lintWithCurrentRuleset(worst);
  const used = process.cpuUsage(before);
  log(
    `20,000 characters of "7天" (10,000 periods in one clause): CPU ${fmt((used.user + used.system) / 1000, 0)} ms (18 s before periods were read in a window)`,
  );
  // A page pasted as one line: 4,000 sentences on one 20,000-character line (11–24 s when every clause read its whole
  // line, before lines were read in blocks, cn-policy.141).
  // And the worst inputs an adversarial review found (cn-policy.141): a long digit run, a lead-in of 10,000 characters
  // over 2,500 items (read whole with each item before long lead-ins were read by their first and last 150 characters), a long part
  // before a deferred refund (a quadratic search for the part's start).
  for (const [name, line] of [
    ['"退货须知。" × 4,000', '退货须知。'.repeat(4000)],
    ['"a? 1." × 4,000', 'a? 1.'.repeat(4000)],
    ['"1" × 20,000', '1'.repeat(20_000)],
    ['"1" × 10,000 + "：" over "- 定" × 2,500', `${'1'.repeat(10_000)}：\n${'- 定\n'.repeat(2_500)}`.slice(0, 20_000)],
    [
      '"不" × 10,000 + "：" over "- 定" × 2,500',
      `${'不'.repeat(10_000)}：\n${'- 定\n'.repeat(2_500)}`.slice(0, 20_000),
    ],
    [
      '"定" × 12,000 + "：" over a deferred refund × 500',
      `${'定'.repeat(12_000)}：\n${'- ，退款在售后期结束后办理\n'.repeat(500)}`,
    ],
    // A second adversarial review (cn-policy.144): 25 s, 3.8 s and 0.8 s before.
    ['"un" × 9,998 + "u但不退"', `${'un'.repeat(9_998)}u但不退`],
    ['"\\r" × 20,000', '\r'.repeat(20_000)],
    ['"商" × 19,989 + "﹖不支持7天无理由退货"', `${'商'.repeat(19_989)}﹖不支持7天无理由退货`],
    // A third adversarial review (cn-policy.145): 32 s and 11 s before.
    [
      '"质量问题请联系厂家售后（费…" × 323',
      `过保后，质量问题请联系厂家售后（${`${'费'.repeat(50)}，质量问题请联系厂家售后`.repeat(323)}`.slice(0, 20_000),
    ],
    [
      '"发货签字即视为无误，" × 2,000 after a return',
      `仓库收到退货，${'发货签字即视为无误，'.repeat(2_000)}`.slice(0, 20_000),
    ],
    // A fourth adversarial review (cn-policy.146): 5.2 s and 1.5 s before.
    ['"运费" + "，" × 19,998', `运费${'，'.repeat(19_998)}`],
    ['"频繁退货不会限制，" + "限制" × 9,995', `频繁退货不会限制，${'限制'.repeat(9_995)}`],
    // A review of cn-policy.198: each period split the whole text before it (1.7 s before).
    ['"七天，退货，" × 3,333', '七天，退货，'.repeat(3_334).slice(0, 20_000)],
  ] as const) {
    const start = process.cpuUsage();
    const answered = lintWithCurrentRuleset(line).clauses.length;
    const spent = process.cpuUsage(start);
    log(`${name} (${answered} clauses): CPU ${fmt((spent.user + spent.system) / 1000, 0)} ms`);
  }
  // The first lints of a fresh process (a new Lambda instance, each `npm run lint-policy`): each pattern the clause rules
  // run is compiled on its first use. With V8's defaults, twice (bytecode for its first run, machine code for the
  // next); with --no-regexp-tier-up, once (the lint function's V8 option, infra/functions.ts). Interleaved, 3 runs each.
  const policyFile = join(ROOT, '.bench', 'policy-20k.txt');
  const shortFile = join(ROOT, '.bench', 'policy-short.txt');
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(policyFile, text);
  writeFileSync(shortFile, SHORT_POLICY);
  const fresh = new Map<string, { first: number[]; second: number[] }>();
  for (let round = 0; round < 3; round++)
    for (const file of [shortFile, policyFile])
      for (const options of [[], ['--no-regexp-tier-up']]) {
        const out = spawnSync(
          process.execPath,
          [...options, '--import', 'tsx', join(ROOT, 'test', 'bench', 'first-lint.ts'), file],
          { cwd: ROOT, encoding: 'utf8' },
        );
        const key = `${file}|${options.join(' ')}`;
        const runs = fresh.get(key) ?? { first: [], second: [] };
        const { first, second } = JSON.parse(out.stdout) as { first: number; second: number };
        runs.first.push(first);
        runs.second.push(second);
        fresh.set(key, runs);
      }
  const median = (values: number[]): number =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    );
  for (const [file, name] of [
    [shortFile, `a short policy (${SHORT_POLICY.length} chars)`],
    [policyFile, 'the 20,000-char policy'],
  ] as const) {
    const byDefault = fresh.get(`${file}|`) ?? { first: [], second: [] };
    const once = fresh.get(`${file}|--no-regexp-tier-up`) ?? { first: [], second: [] };
    log(
      `first lint of a fresh process, ${name}: CPU median ${fmt(median(byDefault.first), 0)} ms with V8's defaults, ${fmt(median(once.first), 0)} ms with --no-regexp-tier-up (second lint ${fmt(median(byDefault.second), 0)} / ${fmt(median(once.second), 0)} ms)`,
    );
  }
  log(
    `20,000-char policy (${fmt(text.length)} chars, ${clauses} clauses): CPU median ${fmt(percentile(cpu, 50), 1)} ms, p90 ${fmt(percentile(cpu, 90), 1)} ms, best ${fmt(cpu[0] ?? 0, 1)} ms   (target < 50 ms)`,
  );
  log(
    `20,000-char policy, simplified Chinese clauses only (${fmt(chineseText.length)} chars, ${chinese.clauses} clauses): CPU median ${fmt(percentile(chinese.cpu, 50), 1)} ms, p90 ${fmt(percentile(chinese.cpu, 90), 1)} ms, best ${fmt(chinese.cpu[0] ?? 0, 1)} ms   (target < 50 ms)`,
  );
}

/**
 * The summary's cost against the number of checks in the period: the same counter updates the write
 * path makes (one atomic ADD per decided check, on its shop's shard of the day), 20 shops (one with 20 %
 * of the checks) over 30 days, then the all-shops and one-shop summaries timed (median of 5).
 */
async function benchReports(): Promise<void> {
  const { startEmbeddedDynamo } = await import('#shared/local/embedded-dynamo.js');
  const { loadConfig } = await import('#config/env.js');
  const { createServices } = await import('#shared/services.js');
  const { ensureTable } = await import('#store/setup.js');
  const { REPORT_SHARDS } = await import('#store/reports.js');
  log('\n## reports — GET /v1/reports/summary over 30 days, 20 shops, from the daily aggregates (embedded dynalite)');
  const store = await startEmbeddedDynamo({ dataDir: ':memory:', isolate: true });
  const services = createServices(
    loadConfig({ TABLE_NAME: 'bench-reports', DYNAMODB_ENDPOINT: store.endpoint, AWS_REGION: 'cn-north-1' }),
  );
  await ensureTable(services.db, 'bench-reports');
  const shops = Array.from({ length: 20 }, (_, i) => `shop-${String(i).padStart(2, '0')}`);
  const start = Date.parse('2026-11-01T12:00:00+08:00');
  const verdicts = ['ALLOW', 'ALLOW', 'BLOCK', 'REVIEW'] as const;
  let written = 0;
  const writeUpTo = async (target: number) => {
    const began = performance.now();
    const from = written;
    let next = written;
    const worker = async () => {
      while (next < target) {
        const n = next++;
        const shop = n % 5 === 0 ? (shops[0] as string) : (shops[1 + (n % 19)] as string);
        const verdict = verdicts[n % verdicts.length] as string;
        const at = new Date(start + (n % 30) * 86_400_000).toISOString();
        await services.reports.add(shop, at, `check-${n}`, {
          [verdict]: 1,
          ...(verdict === 'BLOCK' ? { [`rule:rule-${n % 7}`]: 1 } : {}),
        });
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    written = target;
    return (target - from) / ((performance.now() - began) / 1000);
  };
  const time = async (query: { from: string; to: string; shopId?: string }) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await services.reports.summary(query);
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[2] as number;
  };
  log('| checks in period | counter updates/s | all shops (ms, median of 5) | one shop (ms) | checks counted |');
  log('| ---: | ---: | ---: | ---: | ---: |');
  const max = Math.max(1_000, Number(values['report-max']));
  for (const size of [1_000, 10_000, 100_000].filter((n) => n <= max)) {
    const rate = await writeUpTo(size);
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const all = await time(period);
    const one = await time({ ...period, shopId: shops[0] as string });
    const counted = (await services.reports.summary(period)).checks.total;
    log(`| ${fmt(size)} | ${fmt(rate)} | ${fmt(all, 1)} | ${fmt(one, 1)} | ${fmt(counted)} |`);
  }
  log(
    `Reads per summary: ${REPORT_SHARDS} queries per shop (≤ 1 item per day each) + 16 registry queries; no decision is read.`,
  );
  services.db.destroy();
  await store.close();
}

/**
 * What the store costs (issue 9): (a) write units and stored bytes of new checks and resolutions,
 * from the items read back from the embedded store (mean over 20 varied scenario requests each, in
 * steady state: a shop's first count of the day left out); (b) the partition model's busiest
 * partitions; (c) the overdue sweep's items/s over 2,000 overdue obligations; (d) the service's CPU
 * per check (the embedded store in its own process, so only our side is counted) against a bare
 * GetItem + PutItem of the same item.
 */
async function benchStore(): Promise<void> {
  const { startEmbeddedDynamo } = await import('#shared/local/embedded-dynamo.js');
  const { loadConfig } = await import('#config/env.js');
  const { createServices } = await import('#shared/services.js');
  const { ensureTable } = await import('#store/setup.js');
  const { checkToItem } = await import('#store/checks.js');
  const { checkIdFor, keys } = await import('#store/keys.js');
  const { decideCheck } = await import('#shared/decisions/checks.js');
  const { runOverdueSweep } = await import('#shared/reconciliation/sweep.js');
  const { toShanghaiIso } = await import('#shared/time.js');
  const { measure, steadyState, sumCosts, sumStored } = await import('../support/measure.js');
  const { checkTemplates } = await import('../support/check-templates.js');
  const { buildPartitionModel, carriedRate, overLimit, peakPartitions, MODEL } = await import(
    '../support/partition-model.js'
  );
  log('\n## store — what the store costs (embedded dynalite in its own process; the cost model of #store/capacity)');
  const server = await startEmbeddedDynamo({ dataDir: ':memory:', isolate: true });
  const services = createServices(
    loadConfig({ TABLE_NAME: 'bench-store', DYNAMODB_ENDPOINT: server.endpoint, AWS_REGION: 'cn-north-1' }),
  );
  await ensureTable(services.db, 'bench-store');
  const shop = 'bench-shop';
  try {
    // (a) Write units and bytes, by verdict, over varied scenario requests (each on an order of its own).
    const corpus = loadScenarioRequests();
    const request = (i: number): CheckRequest => {
      const base = corpus[i % corpus.length] as CheckRequest;
      return { ...base, requestId: `bench-${i}`, order: { ...base.order, orderId: `BENCH-${i}` } };
    };
    for (let i = 0; i < 16; i++) await decideCheck(services, shop, request(100_000 + i)); // the day's counters
    type Figures = ReturnType<typeof steadyState>;
    const byKind: Record<'BLOCK' | 'ALLOW' | 'REVIEW' | 'uphold', Figures[]> = {
      BLOCK: [],
      ALLOW: [],
      REVIEW: [],
      uphold: [],
    };
    const blocks: { checkId: string }[] = [];
    for (let i = 0; i < corpus.length * 3 && (byKind.BLOCK.length < 20 || byKind.ALLOW.length < 20); i++) {
      const measured = await measure(services, () => decideCheck(services, shop, request(i)));
      const verdict = measured.result.record.verdict;
      if (byKind[verdict].length >= 20) continue;
      byKind[verdict].push(steadyState(measured));
      if (verdict === 'BLOCK') blocks.push(measured.result.record);
    }
    for (const block of blocks) {
      const measured = await measure(services, () =>
        services.reviews.resolve(block.checkId, {
          action: 'uphold',
          justification: 'Bench: upheld.',
          expectedVersion: 1,
          resolvedBy: 'bench-staff (key-bench)',
          resolvedAt: toShanghaiIso(new Date()),
        }),
      );
      byKind.uphold.push(steadyState(measured));
    }
    const perIndex = (record: Record<string, number>, n: number, digits: number) =>
      Object.entries(record)
        .filter(([, value]) => value > 0)
        .map(([name, value]) => `${name} ${fmt(value / n, digits)}`)
        .join(', ') || 'none';
    log(
      '| request | n | WRU mean (min–max) | WRU by table / index (mean) | bytes stored mean | bytes by table / index (mean) |',
    );
    log('| --- | ---: | ---: | --- | ---: | --- |');
    for (const [kind, all] of Object.entries(byKind)) {
      if (all.length === 0) continue;
      const wru = sumCosts(all.map((f) => f.wru));
      const stored = sumStored(all.map((f) => f.stored));
      const totals = all.map((f) => f.wru.total);
      const label = kind === 'uphold' ? 'resolution (uphold a BLOCK)' : `new ${kind} check`;
      log(
        `| ${label} | ${all.length} | ${fmt(wru.total / all.length, 1)} (${Math.min(...totals)}–${Math.max(...totals)}) | table ${fmt(wru.table / all.length, 1)}; ${perIndex(wru.indexes, all.length, 1)} | ${fmt(stored.total / all.length)} | table ${fmt(stored.table / all.length)}; ${perIndex(stored.indexes, all.length, 0)} |`,
      );
    }
    log('Targets (issue 9): ≤ 7 WRU per BLOCK, ≤ 5 per ALLOW, ≤ 6 KB (6,144 B) stored per BLOCK, ≤ 12 per resolution.');

    // (b) The partition model over the service's own check records.
    const templates = await checkTemplates(services, shop);
    for (const worstCase of [false, true]) {
      const model = buildPartitionModel(templates, { worstCase });
      const over = overLimit(model);
      log(
        `\npartition model — ${fmt(MODEL.shops)} shops, ${fmt(MODEL.checksPerSecond)} checks/s (largest shop 20 %), ${worstCase ? "the largest shop's checks all BLOCK" : '60 % ALLOW / 30 % BLOCK / 10 % REVIEW'}, ${fmt(model.requests.resolutions)} resolutions/s, ${fmt(Object.values(model.requests.events).reduce((a, b) => a + b, 0))} webhook events/s: ${fmt(model.wcu)} WCU/s, ${fmt(model.rcu)} RCU/s in all; ${over.length} partition(s) over 1,000 WCU/s or 3,000 RCU/s`,
      );
      log('| table / index | top partitions (WCU/s, RCU/s) |');
      log('| --- | --- |');
      for (const { index, partitions } of peakPartitions(model)) {
        const cells = partitions.map((p) => `${p.partition} (${fmt(p.wcu)}, ${fmt(p.rcu)})`).join('; ');
        log(`| ${index ?? 'table'} | ${cells || '—'} |`);
      }
      const carried = carriedRate(model);
      const where = (p: { index: string | null; partition: string } | undefined) =>
        p ? `${p.index ?? 'table'} ${p.partition}` : 'nothing';
      log(
        `carried at this mix and skew: ${fmt(carried.overall.checksPerSecond)} checks/s overall (first to saturate: ${where(carried.overall.limitedBy)}); the largest shop alone ${fmt(carried.largestShop.checksPerSecond)} checks/s (${where(carried.largestShop.limitedBy)})`,
      );
    }

    // (c) The overdue sweep over 2,000 overdue obligations.
    const overdue = 2_000;
    const received = toShanghaiIso(new Date(Date.now() - 20 * 86_400_000));
    const due = toShanghaiIso(new Date(Date.now() - 12 * 86_400_000));
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < overdue) {
          const n = next++;
          await services.orders.openRefundDue({
            shopId: `sweep-shop-${n % 50}`,
            orderId: `SWEEP-${n}`,
            sku: 'TS-1',
            receivedAt: received,
            dueAt: due,
            now: received,
          });
        }
      }),
    );
    const sweep = await runOverdueSweep(services, { now: new Date() });
    log(
      `\noverdue sweep: ${fmt(sweep.scanned)} overdue obligations, ${fmt(sweep.flagged)} flagged in ${fmt(sweep.ms / 1000, 2)} s: ${fmt(sweep.scanned / (sweep.ms / 1000))} items/s (${sweep.pages} pages)`,
    );

    // (d) CPU per check against a bare GetItem + PutItem of the same item.
    const n = 300;
    const cpuOf = async (work: (i: number) => Promise<unknown>, count: number) => {
      const before = process.cpuUsage();
      for (let i = 0; i < count; i++) await work(i);
      const used = process.cpuUsage(before);
      return (used.user + used.system) / count;
    };
    const cpuRequest = (i: number) => request(200_000 + i);
    await cpuOf((i) => decideCheck(services, shop, cpuRequest(n + i)), 50); // warm-up
    const records: Awaited<ReturnType<typeof decideCheck>>['record'][] = [];
    const serviceUs = await cpuOf(async (i) => {
      records.push((await decideCheck(services, shop, cpuRequest(i))).record);
    }, n);
    // The same items under fresh keys (a check is keyed by its id, derived from shop and request id).
    const items = records.map((record) =>
      checkToItem({
        ...record,
        requestId: `${record.requestId}-bare`,
        checkId: checkIdFor(shop, `${record.requestId}-bare`),
      }),
    );
    const bare = async (i: number) => {
      const record = records[i % records.length] as (typeof records)[number];
      await services.db.send(
        new GetCommand({
          TableName: services.tableName,
          Key: keys.orderState(shop, record.orderId),
          ConsistentRead: true,
        }),
      );
      await services.db.send(
        new PutCommand({
          TableName: services.tableName,
          Item: items[i % items.length],
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    };
    await cpuOf(async (i) => {
      await services.db.send(
        new PutCommand({ TableName: services.tableName, Item: { pk: `WARM#${i}`, sk: 'X', body: 'x'.repeat(3000) } }),
      );
    }, 50);
    const bareUs = await cpuOf(bare, n);
    log(
      `\nCPU per check (${n} sequential decideCheck, the store in its own process): ${fmt(serviceUs)} µs; a bare GetItem + PutItem of the same item: ${fmt(bareUs)} µs; ratio ${fmt(serviceUs / bareUs, 2)}×`,
    );
  } finally {
    services.db.destroy();
    await server.close();
  }
}

for (const section of sections) {
  if (section === 'reports') await benchReports();
  else if (section === 'engine') await benchEngine();
  else if (section === 'lint') await benchLint();
  else if (section === 'e2e') await benchEndToEnd();
  else if (section === 'bundles') await benchBundles();
  else if (section === 'store') await benchStore();
  else {
    console.error(`unknown section ${section}\n\n${HELP}`);
    process.exit(2);
  }
}
process.exit(0);
