/**
 * The embedded store in a process of its own (forked by `startEmbeddedDynamo({ isolate: true })`),
 * so the local service's HTTP work and the store's LevelDB work run on different cores. It speaks
 * to its parent over IPC: it reports its port once listening, closes gracefully on 'close', and
 * exits by itself when the parent goes away.
 */
import type { AddressInfo } from 'node:net';
import { createDynalite } from './embedded-dynamo.js';

const [dataDir = ':memory:', port = '0'] = process.argv.slice(2);
const server = createDynalite(dataDir);

let closing = false;
function close(): void {
  if (closing) return;
  closing = true;
  server.close(() => process.exit(0));
  server.closeIdleConnections?.();
}

server.once('error', (error) => {
  process.send?.({ error: (error as Error).message });
  process.exit(1);
});
server.listen(Number(port), '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on('message', (message) => {
  if (message === 'close') close();
});
process.on('disconnect', close);
// `kill -USR2 <pid>`: the store's memory on stderr (README, "The embedded store's memory").
process.on('SIGUSR2', () => {
  const mib = (n: number) => Math.round(n / 1048576);
  const m = process.memoryUsage();
  process.stderr.write(
    `embedded store memory: rss ${mib(m.rss)} MiB, heap ${mib(m.heapUsed)}/${mib(m.heapTotal)} MiB, external ${mib(m.external)} MiB, arrayBuffers ${mib(m.arrayBuffers)} MiB\n`,
  );
});
process.on('SIGTERM', close);
process.on('SIGINT', () => {
  // The parent handles Ctrl+C and closes us in order; ignore the terminal's signal to the group.
});
