/**
 * Refusal Guard's rules: PRC law on refusing a consumer's return, as code. Pure and deterministic — no
 * I/O, no clock; every date it needs is an input.
 *
 * Layout: `ruleset.ts` and `engine.ts` are jurisdiction-free (what a ruleset is, the registry, the
 * Catala-style evaluation of base rules and labelled exceptions); `cn/` is the PRC pack (parameters,
 * how its questions combine, its released rulesets r1 and r2); one folder per instrument
 * (`cn-crpl/`, `cn-nrr-measures/` …) holds one module per article, each quoting the article verbatim
 * above its rules; `law/` holds the statute texts as data, `calendar/` the official rest-day calendar;
 * `registry.ts` lists every released ruleset.
 */
import type { CheckRequest, Citation } from '#schemas/check.js';
import { RULESETS } from './registry.js';
import type { Decision, EvaluationContext } from './ruleset.js';
import type { RuleDefinition } from './types.js';

export { citationRef } from './refs.js';
export { RULESETS } from './registry.js';
export type { Decision, EvaluationContext, Ruleset, RulesetInfo } from './ruleset.js';
export { UnknownRulesetError } from './ruleset.js';
export type { RuleCitation, RuleDefinition, RuleVersion } from './types.js';

/** The ruleset new decisions are made with; stored with every decision. */
export const RULESET_VERSION: string = RULESETS.current().id;

/**
 * Judges a shop's proposed refusal, on its stated reason, against a ruleset (the current one unless
 * named). Never throws on a schema-valid request: anything unexpected fails closed as REVIEW. Throws
 * `UnknownRulesetError` for a ruleset id that was never released.
 *
 * @example
 * const decision = evaluate(CheckRequestSchema.parse(body), { recordedDeliveredAt: webhookTime });
 * if (decision.verdict === 'BLOCK') console.log(decision.requiredActions); // ['accept_return', …]
 */
export function evaluate(
  request: CheckRequest,
  context: EvaluationContext = {},
  rulesetId: string = RULESET_VERSION,
): Decision {
  return RULESETS.get(rulesetId).evaluate(request, context);
}

/**
 * Rebuilds the full citation (title + verbatim text) from a ref, with the law snapshot of the ruleset
 * that made the decision; undefined if the ruleset or the provision is unknown. The result serialises
 * byte-identically to the citation the engine emitted.
 *
 * @example resolveCitation('cn-2024-07-01', 'NRR-MEASURES:8:3')?.text.startsWith('第八条')
 */
export function resolveCitation(rulesetVersion: string, ref: string): Citation | undefined {
  return RULESETS.find(rulesetVersion)?.law.resolve(ref);
}

/** Every rule id of every released ruleset (to name the rules a report counted by code). */
export const ALL_RULE_IDS: readonly string[] = [
  ...new Set(RULESETS.list().flatMap((r) => r.rules.map((rule) => rule.id))),
];

/** The current ruleset's rules, for structural tests and the review console. */
export const RULEBOOK: readonly RuleDefinition[] = RULESETS.current().rules;
