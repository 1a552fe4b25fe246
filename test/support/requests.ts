import type { CheckRequestInput } from '#schemas/check.js';
import { EXAMPLE_CHECK_REQUEST } from '#shared/local/example.js';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/**
 * A valid check request (the project's T-shirt example: opened bag, day 3, BLOCK), with overrides.
 *
 * @example checkRequest({ requestId: 'r-2', refusal: { reason: 'perishable' } })
 */
export function checkRequest(overrides: DeepPartial<CheckRequestInput> = {}): CheckRequestInput {
  const base: CheckRequestInput = {
    ...EXAMPLE_CHECK_REQUEST,
    requestId: 'R-20260405-0001',
    item: { ...EXAMPLE_CHECK_REQUEST.item, gifts: [] },
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
