import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { log } from '#shared/log.js';
import type { StoreHealth } from '#store/health.js';

/** Node options of the store's process (see README: the store's memory). */
const STORE_NODE_OPTIONS: string[] = (process.env.RG_STORE_NODE_OPTIONS ?? '').split(' ').filter(Boolean);

export interface EmbeddedDynamo {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  /** The supervisor's view (isolated store only): up, restarting or down, and how often restarted. */
  health?: () => StoreHealth;
  /** The store's process id (isolated store only), for operators and fault tests. */
  pid?: () => number | undefined;
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
  /** Isolated store: runs after each restart of a dead child (e.g. recreate the table in memory). */
  onRestart?: () => Promise<void>;
}): Promise<EmbeddedDynamo> {
  if (options.isolate) return startIsolated(options.dataDir, options.port ?? 0, options.onRestart);
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

/** Restart delays after the store's process dies: 0.25 s doubling to 10 s; reset after 60 s up. */
const BACKOFF_MS = { first: 250, max: 10_000, stableMs: 60_000 } as const;

/**
 * The store in a child process of its own, supervised: when the child dies unexpectedly it is
 * started again on the same port (the service's clients keep their endpoint) with backoff, and
 * `health()` says what is happening. LevelDB writes reach the operating system before the store
 * acknowledges them, so a killed child loses nothing acknowledged; with `:memory:` a restart starts
 * empty, and `onRestart` (the local service: table and dev keys) runs after each restart.
 */
async function startIsolated(dataDir: string, port: number, onRestart?: () => Promise<void>): Promise<EmbeddedDynamo> {
  let child: ChildProcess | undefined;
  let closing = false;
  let closed: Promise<void> | undefined;
  let delay: number = BACKOFF_MS.first;
  let upSince = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const health: StoreHealth = { state: 'up', restarts: 0, since: new Date().toISOString() };
  const setState = (state: StoreHealth['state']) => {
    if (health.state !== state) Object.assign(health, { state, since: new Date().toISOString() });
  };

  const spawnChild = (listenPort: number) =>
    new Promise<{ port: number; child: ChildProcess }>((resolve, reject) => {
      const forked = fork(new URL('./dynalite-process.ts', import.meta.url).pathname, [dataDir, String(listenPort)], {
        execArgv: ['--import', 'tsx', ...STORE_NODE_OPTIONS],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      forked.once('message', (message: { port?: number; error?: string }) =>
        message.port
          ? resolve({ port: message.port, child: forked })
          : reject(new Error(`embedded store: ${message.error}`)),
      );
      forked.once('exit', (code) => reject(new Error(`embedded store exited with code ${code}`)));
    });

  const watch = (current: ChildProcess, listenPort: number) => {
    current.once('exit', (code, signal) => {
      if (closing) return;
      health.lastExit = { code, signal, at: new Date().toISOString() };
      log.error('embedded store exited; restarting', { code, signal, inMs: delay });
      setState('restarting');
      if (Date.now() - upSince > BACKOFF_MS.stableMs) delay = BACKOFF_MS.first;
      const restart = () => {
        timer = undefined;
        if (closing) return;
        spawnChild(listenPort)
          .then(async (started) => {
            child = started.child;
            if (closing) {
              child.kill('SIGTERM');
              return;
            }
            watch(started.child, listenPort);
            await onRestart?.();
            health.restarts += 1;
            upSince = Date.now();
            setState('up');
            log.info('embedded store restarted', { restarts: health.restarts });
          })
          .catch((error: unknown) => {
            log.error('embedded store restart failed', { error, retryInMs: delay });
            delay = Math.min(delay * 2, BACKOFF_MS.max);
            timer = setTimeout(restart, delay);
          });
      };
      timer = setTimeout(restart, delay);
      delay = Math.min(delay * 2, BACKOFF_MS.max);
    });
  };

  const first = await spawnChild(port);
  child = first.child;
  watch(first.child, first.port);
  return {
    endpoint: `http://127.0.0.1:${first.port}`,
    health: () => ({ ...health, ...(health.lastExit ? { lastExit: { ...health.lastExit } } : {}) }),
    pid: () => child?.pid,
    close() {
      closed ??= (async () => {
        closing = true;
        if (timer) clearTimeout(timer);
        setState('down');
        const current = child;
        if (!current || current.exitCode !== null || current.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
        if (current.connected) current.send('close');
        else current.kill('SIGTERM');
        await exited;
      })();
      return closed;
    },
  };
}
