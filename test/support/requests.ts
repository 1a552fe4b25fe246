import type { CheckRequestInput } from '#schemas/check.js';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/**
 * A valid check request (the contract's T-shirt example: opened bag, day 3, BLOCK), with overrides.
 *
 * @example checkRequest({ requestId: 'r-2', refusal: { reason: 'perishable' } })
 */
export function checkRequest(overrides: DeepPartial<CheckRequestInput> = {}): CheckRequestInput {
  const base: CheckRequestInput = {
    requestId: 'R-20260405-0001',
    order: {
      orderId: 'O-1001',
      salesChannel: 'online',
      buyerType: 'consumer',
      placedAt: '2026-04-01T09:00:00+08:00',
      deliveredAt: '2026-04-02T18:20:00+08:00',
    },
    item: {
      sku: 'TS-1',
      name: '纯棉T恤',
      category: 'apparel',
      priceFen: 7900,
      quantity: 1,
      customMade: false,
      perishable: false,
      digital: null,
      nonReturnable: null,
      gifts: [],
    },
    returnRequest: {
      requestedAt: '2026-04-05T11:00:00+08:00',
      kind: 'no_reason',
      condition: { packagingOpened: true },
    },
    refusal: { reason: 'packaging_opened', evidence: [{ type: 'photo', ref: 's3://ex/1.jpg' }] },
  };
  return merge(base, overrides) as CheckRequestInput;
}

function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) out[key] = merge(out[key], value);
  return out;
}
