import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { guard } from './errors.js';
import { keys } from './keys.js';

/**
 * Whether the table answers: one `GetItem` of a fixed key that need not exist, an action every
 * function's role is granted (`DescribeTable` is granted to none). Throws `StoreUnavailableError`.
 *
 * @example await pingStore(services.db, services.tableName)
 */
export async function pingStore(db: DynamoDBDocumentClient, tableName: string): Promise<void> {
  await guard('GetItem', () => db.send(new GetCommand({ TableName: tableName, Key: keys.health() })));
}

/** What the local service's supervisor knows about its embedded store (`/healthz` detail). */
export interface StoreHealth {
  /** `up`: serving; `restarting`: the child died and is being started again; `down`: gave up or closed. */
  state: 'up' | 'restarting' | 'down';
  /** How many times the store was restarted since the service started. */
  restarts: number;
  /** When the state last changed (ISO). */
  since: string;
  /** How the last child process ended, when one did. */
  lastExit?: { code: number | null; signal: string | null; at: string };
}
