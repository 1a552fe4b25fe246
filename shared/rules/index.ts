/**
 * Refusal Guard's rules engine for ruleset cn-2024-07-01: PRC law on refusing a consumer's return, as
 * code. Pure and deterministic — no I/O, no clock; every date it needs is an input.
 *
 * Layout: one folder per instrument (`cn-crpl/`, `cn-nrr-measures/` …), one module per article, each
 * quoting the article verbatim above its rules; `law/` holds the statute texts as data, `calendar/`
 * the official rest-day calendar, `engine.ts` the Catala-style evaluation (base rules and labelled
 * exceptions), `rulebook.ts` the list of rules.
 */
import {
  type CheckRequest,
  type Citation,
  type Finding,
  INSTRUMENTS,
  type Instrument,
  type RefusalReason,
  type RequiredAction,
  type Verdict,
} from '#schemas/check.js';
import { run } from './engine.js';
import { buildCitation } from './law/index.js';
import { RULES } from './rulebook.js';
import type { RuleDefinition } from './types.js';

export type { RuleCitation, RuleDefinition, RuleVersion } from './types.js';

/** The ruleset this engine implements; stored with every decision. */
export const RULESET_VERSION = 'cn-2024-07-01';

export interface EvaluationContext {
  /** Delivery time recorded from the order system's webhook; wins over request.order.deliveredAt (RULES.md "Time"). */
  recordedDeliveredAt?: string | null;
}

export interface Decision {
  verdict: Verdict;
  /** Findings; citations carry the full verbatim article text. */
  findings: Finding[];
  requiredActions: RequiredAction[];
  alternativeReasons: RefusalReason[];
  /** e.g. `2026-03-10T23:59:59.999+08:00` */
  deadlines: { returnWindowEndsAt?: string; qualityWindowEndsAt?: string };
  rulesetVersion: string;
}

/**
 * Judges a shop's proposed refusal, on its stated reason, against the rulebook. Never throws on a
 * schema-valid request: anything unexpected fails closed as REVIEW.
 *
 * @example
 * const decision = evaluate(CheckRequestSchema.parse(body), { recordedDeliveredAt: webhookTime });
 * if (decision.verdict === 'BLOCK') console.log(decision.requiredActions); // ['accept_return']
 */
export function evaluate(request: CheckRequest, context: EvaluationContext = {}): Decision {
  try {
    return run(request, context.recordedDeliveredAt, RULESET_VERSION);
  } catch {
    return {
      verdict: 'REVIEW',
      findings: [
        {
          ruleId: 'cn.rulebook.engine-error',
          outcome: 'needs_review',
          citations: [],
          message: {
            zh: '系统暂时无法自动判断该拒绝是否合法，将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。',
            en: 'The service could not decide this refusal automatically, so compliance staff will review it before the shop answers you; until then your request is not refused.',
          },
        },
      ],
      requiredActions: ['hold_until_review'],
      alternativeReasons: [],
      deadlines: {},
      rulesetVersion: RULESET_VERSION,
    };
  }
}

/**
 * Compact, stable reference for storage: `instrument:article[:paragraph[:item]]`.
 *
 * @example citationRef({ instrument: 'NRR-MEASURES', article: 8, paragraph: 3, title, text }) === 'NRR-MEASURES:8:3'
 */
export function citationRef(citation: Citation): string {
  let ref = `${citation.instrument}:${citation.article}`;
  if (citation.paragraph !== undefined) ref += `:${citation.paragraph}`;
  if (citation.item !== undefined) ref += `:${citation.item}`;
  return ref;
}

const INSTRUMENT_CODES: ReadonlySet<string> = new Set(INSTRUMENTS);
const INTEGER = /^[1-9][0-9]{0,3}$/;

/**
 * Rebuilds the full citation (title + verbatim text) from a ref, for a ruleset version; undefined if
 * the version or the provision is unknown. The result serialises byte-identically to the citation the
 * engine emitted.
 *
 * @example resolveCitation('cn-2024-07-01', 'NRR-MEASURES:8:3')?.text.startsWith('第八条')
 */
export function resolveCitation(rulesetVersion: string, ref: string): Citation | undefined {
  if (rulesetVersion !== RULESET_VERSION || typeof ref !== 'string') return undefined;
  const parts = ref.split(':');
  if (parts.length < 2 || parts.length > 4) return undefined;
  const [code, ...numbers] = parts as [string, ...string[]];
  if (!INSTRUMENT_CODES.has(code) || !numbers.every((n) => INTEGER.test(n))) return undefined;
  const [article, paragraph, item] = numbers.map(Number) as [number, number | undefined, number | undefined];
  return buildCitation(code as Instrument, article, paragraph, item);
}

/** All rules, for structural tests and the review console: id, title, citations, dates in force. */
export const RULEBOOK: readonly RuleDefinition[] = Object.freeze(
  RULES.map(
    (rule): RuleDefinition =>
      Object.freeze({
        id: rule.id,
        title: rule.title,
        label: rule.label,
        exception: rule.exception,
        regimes: rule.regimes,
        ...(rule.reasons ? { reasons: rule.reasons } : {}),
        outcomes: rule.outcomes,
        effectiveFrom: rule.effectiveFrom,
        ...(rule.effectiveTo ? { effectiveTo: rule.effectiveTo } : {}),
        citations: rule.citations,
        versions: rule.versions,
        interpretation: rule.interpretation,
      }),
  ),
);
