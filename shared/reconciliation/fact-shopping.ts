import type { CheckRequest } from '#schemas/check.js';
import type { Services } from '#shared/services.js';
import type { CheckRecord } from '#store/checks.js';
import type { CheckSummary } from '#store/orders.js';
import { factsChangedAfterBlockMessage } from './messages.js';
import type { RaisedFlag } from './refunds.js';

/** At most this many changed fact paths are named on a flag. */
const MAX_CHANGED = 50;

/**
 * The fact paths on which two check requests differ (`returnRequest.condition.soiledOrDamaged`,
 * `item.gifts.0.name` …), the request id aside; sorted, at most 50.
 *
 * @example changedFacts(a, { ...a, order: { ...a.order, deliveredAt: null } }) // ['order.deliveredAt']
 */
export function changedFacts(before: CheckRequest, after: CheckRequest): string[] {
  const left = flatten({ ...before, requestId: undefined });
  const right = flatten({ ...after, requestId: undefined });
  const paths = new Set([...left.keys(), ...right.keys()]);
  return [...paths]
    .filter((path) => left.get(path) !== right.get(path))
    .sort()
    .slice(0, MAX_CHANGED);
}

function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) out.set(prefix, Array.isArray(value) ? '[]' : '{}');
    for (const [key, child] of entries) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== undefined) out.set(prefix, JSON.stringify(value));
  return out;
}

/**
 * Fact shopping (contract 1.1, `facts_changed_after_block`): a check for the same shop, order and
 * SKU that comes out ALLOW on facts that differ from an earlier check that is still an open BLOCK.
 * Raises one flag per (BLOCK, ALLOW) pair, naming both checks and the facts that changed; the
 * earlier BLOCK stays open, untouched. Deterministic flag ids: a replayed check raises nothing new.
 */
/** At most this many open BLOCKs of one item are compared with a new ALLOW (the newest). */
const MAX_OPEN_BLOCKS = 50;

export async function flagFactsChangedAfterBlock(services: Services, allow: CheckRecord): Promise<RaisedFlag[]> {
  if (allow.verdict !== 'ALLOW') return [];
  // The item's BLOCKs still in force and not closed by staff: one key condition on its order's entries.
  const openBlocks: CheckSummary[] = (
    await services.orders.itemChecks(allow.shopId, allow.orderId, allow.sku, 'BLOCK', MAX_OPEN_BLOCKS)
  ).filter((check) => check.checkId !== allow.checkId && check.reviewStatus === 'open');
  const raised: RaisedFlag[] = [];
  for (const block of openBlocks) {
    const earlier = await services.checks.get(block.checkId);
    if (!earlier) continue;
    const changed = changedFacts(earlier.request, allow.request);
    if (changed.length === 0) continue;
    const { created, flagId } = await services.flags.raise(
      {
        flag: 'facts_changed_after_block',
        shopId: allow.shopId,
        orderId: allow.orderId,
        sku: allow.sku,
        discriminator: `${block.checkId}>${allow.checkId}`,
        checkId: block.checkId,
        details: {
          blockCheckId: block.checkId,
          blockDecidedAt: block.decidedAt,
          allowCheckId: allow.checkId,
          allowDecidedAt: allow.decidedAt,
          changed,
        },
        message: factsChangedAfterBlockMessage({
          orderId: allow.orderId,
          sku: allow.sku,
          blockCheckId: block.checkId,
          allowCheckId: allow.checkId,
          changed,
        }),
      },
      services.clock(),
    );
    raised.push({ flagId, flag: 'facts_changed_after_block', created });
  }
  return raised;
}
