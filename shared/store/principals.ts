import { createHash } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { guard } from './errors.js';
import { ENTITY, keys } from './keys.js';

/** Who is calling: a shop (acts for one shop only) or compliance staff (reads all, resolves). */
export type Principal =
  | { role: 'shop'; shopId: string; keyId: string; name: string }
  | { role: 'staff'; keyId: string; name: string };

/** A principal as registered, before the store derives its key id. */
export type NewPrincipal = { role: 'shop'; shopId: string; name: string } | { role: 'staff'; name: string };

/**
 * API keys are stored as SHA-256 hashes, never in plain text. Keys are long random strings, so a
 * fast hash is enough (no dictionary to defend against); the first 12 hex digits name the key in
 * audit records without revealing it.
 *
 * @example hashKey('rg_shop_…').slice(0, 12) // the keyId recorded beside a resolution
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export class PrincipalRepository {
  private readonly cache = new Map<string, { principal: Principal | undefined; until: number }>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** How long a looked-up key is trusted in this process; revocations take effect after it. */
    private readonly cacheMs = 30_000,
  ) {}

  /** Registers a key (idempotent: the same key for the same principal may be put again). */
  async putKey(key: string, principal: NewPrincipal): Promise<Principal> {
    const keyHash = hashKey(key);
    const stored = { ...principal, keyId: keyHash.slice(0, 12) } as Principal;
    await guard('PutItem', () =>
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.apiKey(keyHash), entity: ENTITY.apiKey, ...stored },
        }),
      ),
    );
    this.cache.delete(keyHash);
    return stored;
  }

  /** The principal a presented key belongs to, or undefined for an unknown key. */
  findByKey(key: string, now = Date.now()): Promise<Principal | undefined> {
    return this.findByKeyHash(hashKey(key), now);
  }

  /**
   * The principal of a key known only by its hash (a console session holds the hash, never the key),
   * so a revoked key ends its sessions within the cache time.
   */
  async findByKeyHash(keyHash: string, now = Date.now()): Promise<Principal | undefined> {
    const cached = this.cache.get(keyHash);
    if (cached && cached.until > now) return cached.principal;
    const { Item } = await guard('GetItem', () =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.apiKey(keyHash) })),
    );
    const principal: Principal | undefined =
      Item?.role === 'shop'
        ? { role: 'shop', shopId: String(Item.shopId), keyId: String(Item.keyId), name: String(Item.name ?? '') }
        : Item?.role === 'staff'
          ? { role: 'staff', keyId: String(Item.keyId), name: String(Item.name ?? '') }
          : undefined;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(keyHash, { principal, until: now + this.cacheMs });
    return principal;
  }
}

/**
 * Per-shop webhook signing secrets (Standard Webhooks `whsec_…`), kept in the encrypted table. A
 * secret read is trusted in this process for `cacheMs` (like an API key), so a shop's stream of events
 * costs no read per event; a rotation made elsewhere takes effect within that time (Standard Webhooks
 * senders sign with the new secret only after it was set, and may retry a 401).
 */
export class ShopSecretRepository {
  private readonly cache = new Map<string, { secret: string | undefined; until: number }>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly cacheMs = 30_000,
  ) {}

  /**
   * Sets the shop's secret (a new shop, or a rotation). An update, not a put: it keeps the record of
   * which configured secret seeded the shop, so a rotated secret survives a restart (`seedWebhookSecret`).
   */
  async putWebhookSecret(shopId: string, secret: string, at = new Date()): Promise<void> {
    this.cache.delete(shopId);
    await guard('UpdateItem', () =>
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.shopSecret(shopId),
          UpdateExpression: 'SET entity = :entity, shopId = :shop, secret = :secret, updatedAt = :at',
          ExpressionAttributeValues: {
            ':entity': ENTITY.shopSecret,
            ':shop': shopId,
            ':secret': secret,
            ':at': at.toISOString(),
          },
        }),
      ),
    );
  }

  async getWebhookSecret(shopId: string, now = Date.now()): Promise<string | undefined> {
    const cached = this.cache.get(shopId);
    if (cached && cached.until > now) return cached.secret;
    const { Item } = await guard('GetItem', () =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.shopSecret(shopId), ConsistentRead: true })),
    );
    const secret = typeof Item?.secret === 'string' ? Item.secret : undefined;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(shopId, { secret, until: now + this.cacheMs });
    return secret;
  }

  /**
   * The local service's start-up seeding (contract 1.1): returns the secret in force for the shop.
   * - `configured` given: stored unless the shop was already seeded with this same configured value
   *   (then the stored secret, perhaps rotated since, stays); a changed configuration wins.
   * - nothing configured: the stored secret, else a newly generated one, stored.
   */
  async seedWebhookSecret(
    shopId: string,
    configured: string | undefined,
    generate: () => string,
  ): Promise<{ secret: string; origin: 'configured' | 'stored' | 'generated' }> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.shopSecret(shopId), ConsistentRead: true })),
    );
    const stored = typeof Item?.secret === 'string' ? Item.secret : undefined;
    const seed = configured ? createHash('sha256').update(configured, 'utf8').digest('hex') : 'generated';
    if (stored && (!configured || Item?.seededFrom === seed)) return { secret: stored, origin: 'stored' };
    const secret = configured ?? generate();
    this.cache.delete(shopId);
    await guard('PutItem', () =>
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.shopSecret(shopId), entity: ENTITY.shopSecret, shopId, secret, seededFrom: seed },
        }),
      ),
    );
    return { secret, origin: configured ? 'configured' : 'generated' };
  }
}
