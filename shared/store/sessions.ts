import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { guard, isConditionFailed } from './errors.js';
import { ENTITY, keys } from './keys.js';

/**
 * Console sessions on the server: a session exists from sign-in until it expires or is signed out.
 * The cookie only names it (signed); signing out revokes it here, so a copied cookie stops working
 * at once, on every Lambda instance.
 */
export class ConsoleSessionRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Records a new session for a key hash, ending at `expiresAtSeconds` (also the item's TTL). */
  async create(sessionId: string, keyHash: string, expiresAtSeconds: number): Promise<void> {
    await guard('PutItem', () =>
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.session(sessionId),
            entity: ENTITY.session,
            keyHash,
            exp: expiresAtSeconds,
            expiresAt: expiresAtSeconds,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  /** Whether the session exists for this key, has not ended and was not revoked. */
  async isActive(sessionId: string, keyHash: string, nowMs: number): Promise<boolean> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.session(sessionId), ConsistentRead: true })),
    );
    return (
      Item?.entity === ENTITY.session &&
      Item.keyHash === keyHash &&
      typeof Item.exp === 'number' &&
      Item.exp * 1000 > nowMs &&
      Item.revokedAt === undefined
    );
  }

  /** Ends a session (sign-out). Idempotent; an unknown session is left alone. */
  async revoke(sessionId: string, at: string): Promise<void> {
    try {
      await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.session(sessionId),
            UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':at': at },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }
}

/**
 * Failed attempts per client in a fixed window that opens at the first failure (the console's
 * sign-in throttle: 10 failures in 15 minutes, then 429 until the window passes). Kept in the table
 * so every Lambda instance sees the same count.
 */
export class AttemptThrottleRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The open window's failures and when it ends, or undefined when no window is open. */
  async window(
    what: string,
    clientHash: string,
    nowMs: number,
  ): Promise<{ failures: number; endsAtMs: number } | undefined> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(
        new GetCommand({ TableName: this.tableName, Key: keys.throttle(what, clientHash), ConsistentRead: true }),
      ),
    );
    if (typeof Item?.endsAtMs !== 'number' || Item.endsAtMs <= nowMs) return undefined;
    return { failures: Number(Item.failures ?? 0), endsAtMs: Item.endsAtMs };
  }

  /** Counts one failure: in the open window, or in a new one of `windowMs` from now. */
  async recordFailure(what: string, clientHash: string, nowMs: number, windowMs: number): Promise<void> {
    const Key = keys.throttle(what, clientHash);
    try {
      await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key,
            UpdateExpression: 'ADD failures :one',
            ConditionExpression: 'endsAtMs > :now',
            ExpressionAttributeValues: { ':one': 1, ':now': nowMs },
          }),
        ),
      );
      return;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
    const endsAtMs = nowMs + windowMs;
    await guard('PutItem', () =>
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...Key,
            entity: ENTITY.throttle,
            failures: 1,
            endsAtMs,
            expiresAt: Math.ceil(endsAtMs / 1000) + 3600,
          },
        }),
      ),
    );
  }
}
