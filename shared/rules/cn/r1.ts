import type { Ruleset } from '../ruleset.js';
import { defineCnRuleset } from './pack.js';
import { CN_PARAMETERS_2024 } from './parameters.js';
import { R1_RULES } from './r1-rules.js';

/**
 * Ruleset `cn-2024-07-01`, revision r1: the rulebook as first released. Frozen: its answers over the
 * scenario corpus and 4,000 generated requests are pinned by `test/rules/r1/snapshot.test.ts`. Kept
 * for the decisions it made and for replays.
 */
export const CN_2024_07_01: Ruleset = defineCnRuleset({
  id: 'cn-2024-07-01',
  status: 'retired',
  revision: 1,
  lawBaseline: '2024-07-01',
  releasedAt: '2026-11-26',
  changes: ['First release: RULES.md revision r1 (the PRC law of refusing a consumer return, as of 2024-07-01).'],
  params: CN_PARAMETERS_2024,
  rules: R1_RULES,
});
