/**
 * The PRC pack: how the questions of RULES.md §1–§3 combine for one request, which reasons a BLOCK
 * lists as alternatives, the deadlines an answer states, and the ruleset builder. The rules themselves
 * live in the instrument folders (`cn-crpl/`, `cn-nrr-measures/` …), one module per article.
 */
import type { CheckRequest, Finding, RefusalReason, RequiredAction } from '#schemas/check.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, CALENDAR_SOURCE } from '../calendar/index.js';
import { crplRegArt12InStoreR2, inStorePromiseConclusion } from '../cn-crpl-reg/art12.js';
import { type CompiledRule, ruleDefinition } from '../define.js';
import { ALLOW, createEvaluator, type EngineSpec, type Hit, inContractOrder, type Judge, RANK } from '../engine.js';
import { deriveFacts } from '../facts.js';
import { buildCitation, SOURCE_SHA256 } from '../law/index.js';
import { isWindowReason } from '../messages.js';
import { parseCitationRef } from '../refs.js';
import type { Decision, EvaluationContext, Ruleset, RulesetInfo } from '../ruleset.js';
import { endOfDay } from '../time.js';
import type { Facts, Regime } from '../types.js';
import type { CnParameters } from './parameters.js';

export const CN_REGIMES: readonly Regime[] = [
  'precondition',
  'scope',
  'transit',
  'three-guarantees',
  'non-conforming',
  'no-reason',
  'notice',
];

/** The regime whose ALLOW an ALLOW of `decide` needs (the stricter-of combinations never loosen it). */
function allowingRegime(f: Facts): Regime {
  if (!f.consumer) return 'scope';
  if (f.kind === 'no_reason') return f.distance ? 'no-reason' : 'scope';
  return 'non-conforming';
}

/** Which regimes judge the request (RULES.md §1–§3), and how their results combine. */
function decide(f: Facts, reason: RefusalReason, judge: Judge, out: Hit[] | null): number {
  if (!f.consumer) return judge.judge('scope', f, reason, out);
  if (!f.distance) {
    return f.kind === 'no_reason'
      ? judge.judge('scope', f, reason, out)
      : judge.stricter(f, reason, 'non-conforming', 'scope', out);
  }
  if (f.kind === 'no_reason') return judge.judge('no-reason', f, reason, out);
  // §2, last paragraph: after the quality window but inside a promised no-reason window, §3 judges
  // the request as well, and the stricter result stands.
  const window = f.window;
  if (
    f.quality.state === 'after' &&
    f.promiseDays > f.params.noReasonDays.value &&
    window !== null &&
    (window.state === 'inside' || window.state === 'unknown')
  ) {
    return judge.stricter(f, reason, 'non-conforming', 'no-reason', out);
  }
  return judge.judge('non-conforming', f, reason, out);
}

/**
 * r2's combination (RULES.md "Revision r2" 4, 6, 8, 9): scope rows in order, an in-store promise
 * judged by §3, §2's transit rows first and then its 三包 rows, and after the no-reason window a
 * stated reason that §3.2–§3.4 would ALLOW stays lawful.
 */
function decideR2(f: Facts, reason: RefusalReason, judge: Judge, out: Hit[] | null): number {
  if (!f.consumer) return judge.judge('scope', f, reason, out);
  if (!f.distance) {
    if (f.kind !== 'no_reason') return stricterOf(f, reason, judge, out, nonConformingR2, scopeR2);
    return f.promiseCovers ? inStorePromise(f, reason, judge, out) : judge.judge('scope', f, reason, out);
  }
  if (f.kind === 'no_reason') return noReasonR2(f, reason, judge, out);
  const window = f.window;
  if (
    f.quality.state === 'after' &&
    f.promiseDays > f.params.noReasonDays.value &&
    window !== null &&
    (window.state === 'inside' || window.state === 'unknown')
  ) {
    return stricterOf(f, reason, judge, out, nonConformingR2, noReasonR2);
  }
  return nonConformingR2(f, reason, judge, out);
}

type Question = (f: Facts, reason: RefusalReason, judge: Judge, out: Hit[] | null) => number;

/** §1's scope rows, as a question. */
const scopeR2: Question = (f, reason, judge, out) => judge.judge('scope', f, reason, out);

/** Two questions judge; the stricter result stands (BLOCK > REVIEW > ALLOW), equal results merge. */
function stricterOf(
  f: Facts,
  reason: RefusalReason,
  judge: Judge,
  out: Hit[] | null,
  a: Question,
  b: Question,
): number {
  const hitsA: Hit[] | null = out ? [] : null;
  const hitsB: Hit[] | null = out ? [] : null;
  const rankA = a(f, reason, judge, hitsA);
  const rankB = b(f, reason, judge, hitsB);
  const rank = Math.max(rankA, rankB);
  if (out && hitsA && hitsB) {
    if (rankA === rank) out.push(...hitsA);
    if (rankB === rank) out.push(...hitsB);
  }
  return rank;
}

/** §2 [r2]: the transit rows first (for damaged_in_transit), then the 三包 rows, then the others. */
function nonConformingR2(f: Facts, reason: RefusalReason, judge: Judge, out: Hit[] | null): number {
  return (
    firstDeciding('transit', f, reason, judge, out) ||
    firstDeciding('three-guarantees', f, reason, judge, out) ||
    judge.judge('non-conforming', f, reason, out)
  );
}

/** Judges one group of rows; their findings are kept only when they decide (rank > 0), else 0. */
function firstDeciding(regime: Regime, f: Facts, reason: RefusalReason, judge: Judge, out: Hit[] | null): number {
  if (out === null) return judge.judge(regime, f, reason, null);
  const hits: Hit[] = [];
  const rank = judge.judge(regime, f, reason, hits);
  if (rank > 0) for (const hit of hits) out.push(hit);
  return rank;
}

/** The same facts with the request inside the window (one copy per evaluation, however many reasons ask). */
const INSIDE = new WeakMap<Facts, Facts>();
function insideWindow(f: Facts, window: NonNullable<Facts['window']>): Facts {
  let inside = INSIDE.get(f);
  if (!inside) {
    inside = { ...f, window: { ...window, state: 'inside', inExtension: false } };
    INSIDE.set(f, inside);
  }
  return inside;
}

/** §3.1 [r2]: after the window, a reason §3.2–§3.4 would ALLOW stays lawful (the stated reason is judged). */
function noReasonR2(f: Facts, reason: RefusalReason, judge: Judge, out: Hit[] | null): number {
  const window = f.window;
  if (window !== null && (window.state === 'after' || window.state === 'unknown') && !isWindowReason(reason)) {
    const inside = insideWindow(f, window);
    // Only the rank is asked (alternatives): no findings to collect.
    if (out === null) {
      if (judge.judge('no-reason', inside, reason, null) === ALLOW) return ALLOW;
    } else {
      const hits: Hit[] = [];
      if (judge.judge('no-reason', inside, reason, hits) === ALLOW) {
        for (const hit of hits) if (hit.conclusion.outcome === 'supports_refusal') out.push(hit);
        return ALLOW;
      }
    }
  }
  return judge.judge('no-reason', f, reason, out);
}

const OUTCOME_OF_RANK = [undefined, 'supports_refusal', 'needs_review', 'violated'] as const;

/** §1 [r2]: an in-store promise that covers the request is judged by §3 and cites only the promise. */
function inStorePromise(f: Facts, reason: RefusalReason, judge: Judge, out: Hit[] | null): number {
  const hits: Hit[] = [];
  const rank = noReasonR2(f, reason, judge, out ? hits : null);
  const outcome = OUTCOME_OF_RANK[rank];
  if (out && outcome) {
    const deciding = hits.filter((h) => RANK[h.conclusion.outcome] === rank).map((h) => h.conclusion);
    out.push({
      rule: crplRegArt12InStoreR2,
      conclusion: inStorePromiseConclusion(outcome, deciding, f, reason),
      regime: 'scope',
    });
  }
  return rank;
}

/** r1: the reasons some rule of the allowing regime would ALLOW on the same facts. */
function alternativesR1(
  f: Facts,
  stated: RefusalReason,
  rankOf: (reason: RefusalReason) => number,
  judge: Judge,
): RefusalReason[] {
  return judge.canAllow(allowingRegime(f)).filter((reason) => reason !== stated && rankOf(reason) === 1);
}

/**
 * r1: a rulebook row that names its actions is followed as written; otherwise the principle: restate
 * the reason when another would be lawful, else accept the return.
 */
function blockActionsR1(
  _f: Facts,
  named: ReadonlySet<RequiredAction>,
  alternatives: readonly RefusalReason[],
): RequiredAction[] {
  const actions = new Set(named);
  if (!actions.has('accept_return')) actions.add(alternatives.length > 0 ? 'restate_reason' : 'accept_return');
  return inContractOrder(actions);
}

function deadlines(f: Facts): Decision['deadlines'] {
  const out: Decision['deadlines'] = {};
  if (f.receiptDay !== null && Number.isFinite(f.receiptDay)) {
    const window = f.window ?? f.quality;
    out.returnWindowEndsAt = endOfDay(window.end ?? window.last);
    if (f.kind !== 'no_reason') out.qualityWindowEndsAt = endOfDay(f.quality.end ?? f.quality.last);
  }
  return out;
}

const UNDECIDED: Finding = Object.freeze({
  ruleId: 'cn.rulebook.undecided',
  outcome: 'needs_review',
  citations: [],
  message: {
    zh: '根据现有信息，您的退货申请需要由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。',
    en: 'From the information available, your return request needs to be reviewed by compliance staff before the shop answers you; until then your request is not refused.',
  },
});

const ENGINE_ERROR: Finding = Object.freeze({
  ruleId: 'cn.rulebook.engine-error',
  outcome: 'needs_review',
  citations: [],
  message: {
    zh: '您的退货申请将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。',
    en: 'Compliance staff will review your return request before the shop answers you; until then your request is not refused.',
  },
});

/** The regimes r2's `decide` may consult for these facts: only their rules can ALLOW another reason. */
export function regimesConsultedR2(f: Facts): readonly Regime[] {
  if (!f.consumer) return CONSULTED.business;
  if (!f.distance) return f.kind === 'no_reason' ? CONSULTED.inStore : CONSULTED.inStoreQuality;
  return f.kind === 'no_reason' ? CONSULTED.noReason : CONSULTED.quality;
}
const CONSULTED = {
  business: ['scope'],
  inStore: ['scope', 'no-reason'],
  inStoreQuality: ['transit', 'three-guarantees', 'non-conforming', 'scope'],
  noReason: ['no-reason'],
  quality: ['transit', 'three-guarantees', 'non-conforming', 'no-reason'],
} as const satisfies Record<string, readonly Regime[]>;

/** The combination logic of revision r2, for `defineCnRuleset({ hooks: { decide: CN_DECIDE_R2 } })`. */
export const CN_DECIDE_R2: EngineSpec['decide'] = decideR2;

/** What a revision of the PRC pack changes in the combination logic. */
export interface CnRevisionHooks {
  decide?: EngineSpec['decide'];
  alternatives?: EngineSpec['alternatives'];
  blockActions?: EngineSpec['blockActions'];
  summarize?: EngineSpec['summarize'];
}

export interface CnRulesetSpec extends Omit<RulesetInfo, 'jurisdiction'> {
  readonly revision: 1 | 2;
  readonly params: CnParameters;
  readonly rules: readonly CompiledRule[];
  readonly hooks?: CnRevisionHooks;
}

/**
 * Builds a ruleset of the PRC pack: its evaluator, its law snapshot (the verbatim texts its citations
 * resolve to), its calendar and its parameters. Adding a revision is a call of this function with the
 * revision's rules and hooks, and a line in `registry.ts`: no edit to the engine.
 *
 * @example const r2 = defineCnRuleset({ id: 'cn-2024-07-01.r2', revision: 2, rules, params, … })
 */
export function defineCnRuleset(spec: CnRulesetSpec): Ruleset {
  const factsOptions = Object.freeze({ params: spec.params, revision: spec.revision });
  const evaluator = createEvaluator({
    rulesetId: spec.id,
    rules: spec.rules,
    regimes: CN_REGIMES,
    preconditions: ['precondition'],
    notices: ['notice'],
    deriveFacts: (request, recorded) => deriveFacts(request, recorded, factsOptions),
    decide: spec.hooks?.decide ?? decide,
    alternatives: spec.hooks?.alternatives ?? alternativesR1,
    blockActions: spec.hooks?.blockActions ?? blockActionsR1,
    deadlines,
    undecided: UNDECIDED,
    ...(spec.hooks?.summarize ? { summarize: spec.hooks.summarize } : {}),
  });
  const evaluate = (request: CheckRequest, context: EvaluationContext = {}): Decision => {
    try {
      return evaluator(request, context.recordedDeliveredAt);
    } catch {
      return {
        verdict: 'REVIEW',
        findings: [ENGINE_ERROR],
        requiredActions: ['hold_until_review'],
        alternativeReasons: [],
        deadlines: {},
        rulesetVersion: spec.id,
      };
    }
  };
  return Object.freeze({
    id: spec.id,
    jurisdiction: 'CN',
    status: spec.status,
    lawBaseline: spec.lawBaseline,
    releasedAt: spec.releasedAt,
    changes: Object.freeze([...spec.changes]),
    ...(spec.revises ? { revises: spec.revises } : {}),
    parameters: spec.params as unknown as Ruleset['parameters'],
    law: Object.freeze({
      sourceDigest: SOURCE_SHA256,
      resolve: (ref: string) => {
        const parsed = parseCitationRef(ref);
        return parsed ? buildCitation(parsed.instrument, parsed.article, parsed.paragraph, parsed.item) : undefined;
      },
    }),
    calendar: Object.freeze({ source: CALENDAR_SOURCE, firstYear: CALENDAR_FIRST_YEAR, lastYear: CALENDAR_LAST_YEAR }),
    rules: Object.freeze(spec.rules.map(ruleDefinition)),
    evaluate,
  });
}
