/**
 * Investigation (issue 10, finding 8): the embedded store's memory over repeated summary reads.
 * Seeds N checks over 30 days into an isolated on-disk store, then reads a 30-day period's checks R
 * times, day by day through the shop's `byShopDecided` shards as the console summary once read the
 * all-shops day index (full items via BatchGetItem; `MODE=projected`: the index's keys only),
 * printing the store process's RSS and heap.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { loadConfig } from '#config/env.js';
import { parsePeriod } from '#functions/review-decisions/console/summary.js';
import { startEmbeddedDynamo } from '#shared/local/embedded-dynamo.js';
import { setLogLevel } from '#shared/log.js';
import { createServices } from '#shared/services.js';
import { indexKeys, SHOP_SHARDS, timeSortRange } from '#store/keys.js';
import { ensureTable } from '#store/setup.js';
import { storeCheck } from '../reviews/support.js';

setLogLevel('error');
const N = Number(process.env.N ?? 3000);
const R = Number(process.env.R ?? 60);
const dir = mkdtempSync(join(tmpdir(), 'rg-mem-'));
const store = await startEmbeddedDynamo({ dataDir: dir, isolate: true });
const rss = () => {
  const status = readFileSync(`/proc/${store.pid?.()}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024);
};
const services = createServices(loadConfig({ TABLE_NAME: 'mem', DYNAMODB_ENDPOINT: store.endpoint }));
await ensureTable(services.db, 'mem');
console.log(`store pid ${store.pid?.()} rss ${rss()} MiB before seeding`);
for (let i = 0; i < N; i++) {
  const day = String(1 + (i % 30)).padStart(2, '0');
  await storeCheck(services, {
    shopId: 'shop-a',
    verdict: i % 3 ? 'BLOCK' : 'ALLOW',
    decidedAt: `2026-11-${day}T10:00:00+08:00`,
  });
}
console.log(`seeded ${N}: rss ${rss()} MiB`);
const period = parsePeriod({ from: '2026-11-01', to: '2026-11-30' }, new Date());
if (!period) throw new Error('no period');
// MODE=projected: the shards' keys only (small answers, same iteration); otherwise whole checks.
const readPeriod = async (projectedOnly: boolean) => {
  let count = 0;
  for (const day of period.days) {
    if (!projectedOnly) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await services.checks.pageByDecidedDay(day, { limit: 100, startKey, shopId: 'shop-a' });
        count += page.items.length;
        startKey = page.next;
      } while (startKey);
      continue;
    }
    const range = timeSortRange(day, day);
    for (let shard = 0; shard < SHOP_SHARDS; shard++) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await services.db.send(
          new QueryCommand({
            TableName: 'mem',
            IndexName: 'byShopDecided',
            KeyConditionExpression: 'gsi6pk = :pk AND tsk BETWEEN :from AND :to',
            ExpressionAttributeValues: {
              ':pk': indexKeys.decidedPartition('shop-a', shard),
              ':from': range.from,
              ':to': range.to,
            },
            ExclusiveStartKey: start,
          }),
        );
        count += page.Items?.length ?? 0;
        start = page.LastEvaluatedKey;
      } while (start);
    }
  }
  return { length: count };
};
for (let r = 1; r <= R; r++) {
  const rows = await readPeriod(process.env.MODE === 'projected');
  if (r % 10 === 0) {
    console.log(`read ${r} (${rows.length} rows): rss ${rss()} MiB`);
    process.kill(store.pid?.() as number, 'SIGUSR2');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
await new Promise((resolve) => setTimeout(resolve, 5000));
console.log(`5 s idle: rss ${rss()} MiB`);
services.db.destroy();
await store.close();
rmSync(dir, { recursive: true, force: true });
