/**
 * Policy lint with the current ruleset's policy pack: what the HTTP function, the console page and the
 * CLI call. The judgement lives in the pack (`shared/rules/cn-policy`); this module only binds it.
 *
 * @example lintWithCurrentRuleset('本店保留最终解释权。').clauses[0].verdict // 'void'
 */
import { CN_POLICY_PACK } from '#rules/cn-policy/index.js';
import type { PolicyLintResponse, PolicyTerms } from '#schemas/policy-lint.js';
import { correctedPolicy, lintPolicy } from './evaluate.js';

export function lintWithCurrentRuleset(text: string, terms?: PolicyTerms): PolicyLintResponse {
  return lintPolicy(text, terms, CN_POLICY_PACK);
}

export { correctedPolicy };
