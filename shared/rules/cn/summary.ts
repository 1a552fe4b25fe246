import type { Summary } from '#schemas/check.js';
import type { Hit } from '../engine.js';
import type { Decision } from '../ruleset.js';
import type { Facts } from '../types.js';

/** Placeholder until the r2 summaries are written. */
export function summarize(
  _f: Facts,
  _decision: Omit<Decision, 'summary'>,
  _deciding: readonly Hit[],
): Summary | undefined {
  return undefined;
}
