/**
 * npm run bench:replay — replay throughput on the embedded store (a benchmark: it prints figures and
 * asserts nothing). Seeds N checks over a few days, decided by the current ruleset (r2), then replays
 * them under r1 with the service's code, page by page, and prints checks/s, pages, the share that
 * changed, the heap before and at its peak (a replay holds one page, not the period), and what a million
 * checks would take in 14-minute worker runs at this rate.
 */
import { parseArgs } from 'node:util';
import { monotonicFactory } from 'ulid';
import { citationRef, evaluate } from '#rules/index.js';
import { type CheckRequest, CheckRequestSchema } from '#schemas/check.js';
import { canonicalJson, sha256Hex } from '#shared/canonical.js';
import { startEmbeddedDynamo } from '#shared/local/embedded-dynamo.js';
import { setLogLevel } from '#shared/log.js';
import { startReplay, workReplay } from '#shared/replays/replay.js';
import { createServices } from '#shared/services.js';
import { toShanghaiIso } from '#shared/time.js';
import type { CheckRecord } from '#store/checks.js';
import { ensureTable } from '#store/setup.js';
import { checkRequest } from '../support/requests.js';

const { values } = parseArgs({
  options: { checks: { type: 'string', default: '3000' }, days: { type: 'string', default: '5' } },
});
const total = Math.max(1, Number(values.checks));
const days = Math.max(1, Number(values.days));
setLogLevel('error');
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mib = () => process.memoryUsage().heapUsed / 2 ** 20;

// Facts r1 and r2 answer alike and differently (see test/replays/replays.test.ts for the law).
const VARIANTS: CheckRequest[] = [
  checkRequest({ returnRequest: { condition: { packagingOpened: true, tagsRemoved: true } } }),
  checkRequest({ refusal: { reason: 'return_window_expired' } }),
  checkRequest({ item: { category: 'food', name: '鲜牛奶', perishable: true }, refusal: { reason: 'perishable' } }),
  checkRequest({ refusal: { reason: 'abusive_return' } }),
  checkRequest({ item: { customMade: true }, refusal: { reason: 'custom_made' } }),
].map((r) => CheckRequestSchema.parse(r));

const server = await startEmbeddedDynamo({ dataDir: ':memory:', isolate: true });
const services = createServices({
  tableName: 'bench-replay',
  dynamodbEndpoint: server.endpoint,
  region: 'cn-north-1',
  logLevel: 'error',
  sessionTtlSeconds: 3600,
});
await ensureTable(services.db, 'bench-replay');

const nextId = monotonicFactory();
const seedStarted = performance.now();
const start = Date.parse('2026-11-01T08:00:00+08:00');
const spacing = (days * 86_400_000 - 3_600_000) / total;
for (let i = 0; i < total; i += 16) {
  await Promise.all(
    Array.from({ length: Math.min(16, total - i) }, (_, k) => {
      const n = i + k;
      const request = { ...(VARIANTS[n % VARIANTS.length] as CheckRequest), requestId: `bench-${n}` };
      const decision = evaluate(request, { recordedDeliveredAt: null });
      const at = new Date(start + n * spacing);
      const record: CheckRecord = {
        checkId: nextId(at.getTime()),
        shopId: `shop-${n % 7}`,
        requestId: request.requestId,
        orderId: request.order.orderId,
        sku: request.item.sku,
        requestHash: sha256Hex(canonicalJson(request)),
        request,
        verdict: decision.verdict,
        findings: decision.findings.map((f) => ({ ...f, citations: f.citations.map(citationRef) })),
        requiredActions: decision.requiredActions,
        alternativeReasons: decision.alternativeReasons,
        deadlines: decision.deadlines,
        rulesetVersion: decision.rulesetVersion,
        recordedDeliveredAt: null,
        decidedAt: toShanghaiIso(at),
        review: { status: decision.verdict === 'ALLOW' ? 'none' : 'open', version: 1, history: [] },
      };
      return services.checks.create(record);
    }),
  );
}
const seedSeconds = (performance.now() - seedStarted) / 1000;

globalThis.gc?.();
const heapBefore = mib();
let heapPeak = heapBefore;
const to = new Date(start + days * 86_400_000).toISOString().slice(0, 10);
const job = await startReplay(services, { rulesetVersion: 'cn-2024-07-01', from: '2026-11-01', to }, 'bench');
const started = performance.now();
await workReplay(services, job.replayId, {
  owner: 'bench',
  onProgress: () => {
    heapPeak = Math.max(heapPeak, mib());
  },
});
const seconds = (performance.now() - started) / 1000;
const done = await services.replays.get(job.replayId);
const rate = (done?.scanned ?? 0) / seconds;

console.log(`Replay benchmark — ${new Date().toISOString()}, Node ${process.version}`);
console.log(
  `seeded ${fmt(total)} checks over ${days} day(s) in ${fmt(seedSeconds, 1)} s (embedded dynalite, own process)`,
);
console.log(
  `replayed under cn-2024-07-01: ${fmt(done?.scanned ?? 0)} scanned, ${fmt(done?.changed ?? 0)} changed, ${fmt(done?.pages ?? 0)} pages in ${fmt(seconds, 1)} s = ${fmt(rate)} checks/s`,
);
console.log(`transitions: ${JSON.stringify(done?.transitions)}`);
console.log(`heap: ${fmt(heapBefore, 1)} MiB before, ${fmt(heapPeak, 1)} MiB peak while replaying`);
console.log(
  `1,000,000 checks at this rate: ${fmt(1_000_000 / rate / 60, 1)} min, ${fmt(Math.ceil(1_000_000 / rate / 840))} worker run(s) of 14 min`,
);
services.db.destroy();
await server.close();
