import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

export interface EmbeddedDynamo {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  /** Graceful: flushes LevelDB; can take over a second. */
  close(): Promise<void>;
}

/**
 * Starts the embedded DynamoDB-compatible server (dynalite) on loopback. `dataDir` keeps the data on
 * disk across restarts; `':memory:'` keeps nothing.
 *
 * @example const db = await startEmbeddedDynamo({ dataDir: ':memory:' }); // db.endpoint
 */
export async function startEmbeddedDynamo(options: { dataDir: string; port?: number }): Promise<EmbeddedDynamo> {
  const inMemory = options.dataDir === ':memory:';
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  const server = dynalite({
    ...(inMemory ? {} : { path: options.dataDir }),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
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
