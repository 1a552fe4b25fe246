import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

export interface EmbeddedDynamo {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  /** Graceful: flushes LevelDB; can take over a second. */
  close(): Promise<void>;
}

/**
 * A dynalite server (not yet listening) on `dataDir`, or in memory for `':memory:'`; tables become
 * ACTIVE at once. Used in this process and in the isolated child alike.
 */
export function createDynalite(dataDir: string): Server {
  const inMemory = dataDir === ':memory:';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  return dynalite({ ...(inMemory ? {} : { path: dataDir }), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
}

/**
 * Starts the embedded DynamoDB-compatible server (dynalite) on loopback. `dataDir` keeps the data on
 * disk across restarts; `':memory:'` keeps nothing.
 *
 * @example const db = await startEmbeddedDynamo({ dataDir: ':memory:' }); // db.endpoint
 */
export async function startEmbeddedDynamo(options: {
  dataDir: string;
  port?: number;
  /** Run the store in a child process (its own core); the local service does, tests need not. */
  isolate?: boolean;
}): Promise<EmbeddedDynamo> {
  if (options.isolate) return startIsolated(options.dataDir, options.port ?? 0);
  const server = createDynalite(options.dataDir);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close() {
      // Stop accepting, let in-flight operations finish, then dynalite closes LevelDB. Cutting live
      // connections here would leave operations running against a closed database.
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
      });
      return closing;
    },
  };
}

async function startIsolated(dataDir: string, port: number): Promise<EmbeddedDynamo> {
  const child = fork(new URL('./dynalite-process.ts', import.meta.url).pathname, [dataDir, String(port)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const listening = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port?: number; error?: string }) =>
      message.port ? resolve(message.port) : reject(new Error(`embedded store: ${message.error}`)),
    );
    child.once('exit', (code) => reject(new Error(`embedded store exited with code ${code}`)));
  });
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${listening}`,
    close() {
      closing ??= (async () => {
        if (child.connected) child.send('close');
        else child.kill('SIGTERM');
        await exited;
      })();
      return closing;
    },
  };
}
