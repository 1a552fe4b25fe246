/**
 * The evaluation engine, jurisdiction-free: Catala-style base rules and labelled exceptions, grouped
 * by question (regime) and stated reason. A pack supplies its rules, its facts, and how its questions
 * combine (`EngineSpec`); the engine knows no law of its own.
 */
import {
  type CheckRequest,
  type Citation,
  type Finding,
  type Outcome,
  REFUSAL_REASONS,
  REQUIRED_ACTIONS,
  type RefusalReason,
  type RequiredAction,
  type Verdict,
} from '#schemas/check.js';
import type { CompiledRule } from './define.js';
import type { Decision } from './ruleset.js';
import type { Conclusion, Facts, Regime } from './types.js';

/** How strict an outcome is: BLOCK > REVIEW > ALLOW; informative outcomes decide nothing. */
export const RANK: Readonly<Record<Outcome, number>> = {
  not_applicable: 0,
  satisfied: 0,
  supports_refusal: 1,
  needs_review: 2,
  violated: 3,
};
/** Rank of an ALLOW, a REVIEW, a BLOCK. */
export const ALLOW = 1;
export const REVIEW = 2;
export const BLOCK = 3;
const NONE: ReadonlySet<RefusalReason> = new Set();
const VERDICT_OF_RANK: readonly (Verdict | undefined)[] = [undefined, 'ALLOW', 'REVIEW', 'BLOCK'];
const ACTION_BIT = Object.fromEntries(REQUIRED_ACTIONS.map((a, i) => [a, 1 << i])) as Record<RequiredAction, number>;

/** The actions of a bit set, in the contract's order. */
function actionsOf(bits: number): RequiredAction[] {
  const out: RequiredAction[] = [];
  for (let i = 0; i < REQUIRED_ACTIONS.length; i++)
    if (bits & (1 << i)) out.push(REQUIRED_ACTIONS[i] as RequiredAction);
  return out;
}

export interface Hit {
  readonly rule: CompiledRule;
  readonly conclusion: Conclusion;
  /** The question the rule answered (a rule may serve several). */
  readonly regime: Regime;
}

/** What the pack's combination logic may ask the engine. */
export interface Judge {
  /** Answers one question for one stated reason; returns the strictest rank (0 none … 3 BLOCK). */
  judge(regime: Regime, f: Facts, reason: RefusalReason, out: Hit[] | null): number;
  /** Two questions judge; the stricter result stands, equal results merge. */
  stricter(f: Facts, reason: RefusalReason, a: Regime, b: Regime, out: Hit[] | null): number;
  /** The reasons some rule of `regime` could ALLOW. */
  canAllow(regime: Regime): readonly RefusalReason[];
}

/** What a pack gives the engine to build one ruleset's evaluator. */
export interface EngineSpec {
  readonly rulesetId: string;
  readonly rules: readonly CompiledRule[];
  readonly regimes: readonly Regime[];
  /** The regimes whose rules run first, whatever the reason (e.g. law in force); their result, if any, decides. */
  readonly preconditions: readonly Regime[];
  /** Informative regimes: their findings are listed, they never decide. */
  readonly notices: readonly Regime[];
  deriveFacts(request: CheckRequest, recordedDeliveredAt: string | null | undefined): Facts;
  /** Which questions judge the request, and how their results combine; returns the rank. */
  decide(f: Facts, reason: RefusalReason, judge: Judge, out: Hit[] | null): number;
  /**
   * The reasons listed as alternatives of a BLOCK, given a way to decide another reason on the same
   * facts (returns its rank).
   */
  alternatives(
    f: Facts,
    stated: RefusalReason,
    rankOf: (reason: RefusalReason) => number,
    judge: Judge,
    named: ReadonlySet<RefusalReason>,
  ): RefusalReason[];
  /** The required actions of a BLOCK, from the actions its deciding rules named and the alternatives. */
  blockActions(
    f: Facts,
    named: ReadonlySet<RequiredAction>,
    alternatives: readonly RefusalReason[],
    deciding: readonly Hit[],
  ): RequiredAction[];
  deadlines(f: Facts): Decision['deadlines'];
  /** The finding listed when no rule decided (the answer is then REVIEW). */
  readonly undecided: Finding;
  /** Optional: the decision's summary, from the verdict and its deciding findings. */
  summarize?(f: Facts, decision: Omit<Decision, 'summary'>, deciding: readonly Hit[]): Decision['summary'];
}

/** One rule as the hot loop reads it: every entry has the same shape, so its loads are monomorphic. */
class Entry {
  constructor(
    readonly rule: CompiledRule,
    readonly fromDay: number,
    readonly toDay: number,
    readonly applies: CompiledRule['applies'],
    readonly conclude: CompiledRule['conclude'],
    /** Positions (in the slot) of the rules that override this one, or undefined when none can. */
    readonly overriddenBy: readonly number[] | undefined,
    /**
     * The rank of the one outcome the rule declares, or -1 when it declares several: a rank-only
     * question needs no conclusion from it (a rule concludes only what it declares: rulebook test).
     */
    readonly fixedRank: number,
  ) {}
}

/** The rules of one question for one stated reason, in the order findings are listed. */
type Slot = readonly Entry[];

/**
 * Builds one ruleset's evaluator from a pack's spec. Rules are indexed by regime and stated reason
 * once, at load.
 *
 * @example const evaluate = createEvaluator(spec); evaluate(request, null).verdict
 */
export function createEvaluator(spec: EngineSpec) {
  const index = new Map<Regime, Map<RefusalReason, Slot>>();
  for (const regime of spec.regimes) {
    const byReason = new Map<RefusalReason, Slot>();
    for (const reason of REFUSAL_REASONS) {
      const rules = spec.rules.filter((r) => r.regimes.includes(regime) && (!r.reasons || r.reasons.includes(reason)));
      const overriddenBy = rules.map((rule, i) => {
        const by = rules.flatMap((other, j) => (j !== i && other.exceptionSet.has(rule.id) ? [j] : []));
        return by.length > 0 ? by : undefined;
      });
      byReason.set(
        reason,
        rules.map(
          (r, i) =>
            new Entry(
              r,
              r.fromDay,
              r.toDay,
              r.applies,
              r.conclude,
              overriddenBy[i],
              r.outcomes.length === 1 ? RANK[r.outcomes[0] as Outcome] : -1,
            ),
        ),
      );
    }
    index.set(regime, byReason);
  }
  const allowing = new Map<Regime, readonly RefusalReason[]>();
  for (const regime of spec.regimes) {
    const byReason = index.get(regime) as Map<RefusalReason, Slot>;
    allowing.set(
      regime,
      REFUSAL_REASONS.filter((reason) =>
        byReason.get(reason)?.some((e) => e.rule.outcomes.includes('supports_refusal')),
      ),
    );
  }

  /** Scratch flags: which candidate applies. `judge` is synchronous and not re-entrant, so one array serves. */
  const applies: boolean[] = [];

  function judge(regime: Regime, f: Facts, reason: RefusalReason, out: Hit[] | null): number {
    const slot = index.get(regime)?.get(reason);
    if (slot === undefined) return 0;
    const n = slot.length;
    const day = f.placedDay;
    let any = false;
    for (let i = 0; i < n; i++) {
      const e = slot[i] as Entry;
      const a = day >= e.fromDay && day <= e.toDay && e.applies(f, reason, regime);
      // Rank only: an applicable rule that can only conclude BLOCK and that nothing overrides settles it.
      if (a && out === null && e.fixedRank === BLOCK && e.overriddenBy === undefined) return BLOCK;
      applies[i] = a;
      any ||= a;
    }
    if (!any) return 0;
    let rank = 0;
    for (let i = 0; i < n; i++) {
      if (!applies[i]) continue;
      const e = slot[i] as Entry;
      // Catala's exceptions: a rule yields to another applicable rule that names it as its exception.
      if (e.overriddenBy !== undefined && isOverridden(e.overriddenBy)) continue;
      if (out === null && e.fixedRank >= 0) {
        if (e.fixedRank > rank) rank = e.fixedRank;
        continue;
      }
      const conclusion = e.conclude(f, reason, regime);
      const r = RANK[conclusion.outcome];
      if (r > rank) rank = r;
      out?.push({ rule: e.rule, conclusion, regime });
    }
    return rank;
  }

  function isOverridden(by: readonly number[]): boolean {
    for (const j of by) if (applies[j]) return true;
    return false;
  }

  function stricter(f: Facts, reason: RefusalReason, a: Regime, b: Regime, out: Hit[] | null): number {
    const hitsA: Hit[] | null = out ? [] : null;
    const hitsB: Hit[] | null = out ? [] : null;
    const rankA = judge(a, f, reason, hitsA);
    const rankB = judge(b, f, reason, hitsB);
    const rank = Math.max(rankA, rankB);
    if (out && hitsA && hitsB) {
      if (rankA === rank) out.push(...hitsA);
      if (rankB === rank) out.push(...hitsB);
    }
    return rank;
  }

  const judgeApi: Judge = { judge, stricter, canAllow: (regime) => allowing.get(regime) ?? [] };

  function cites(hit: Hit, f: Facts): Citation[] {
    for (const version of hit.rule.compiled) {
      if (f.placedDay < version.fromDay || f.placedDay > version.toDay) continue;
      if (!version.tagged) return version.wires.slice();
      const tags = hit.conclusion.tags;
      const out: Citation[] = [];
      for (const c of version.cites) if (c.tag === undefined || tags?.includes(c.tag)) out.push(c.wire);
      return out;
    }
    return [];
  }

  function render(hit: Hit, f: Facts, reason: RefusalReason): Finding {
    return {
      ruleId: hit.rule.id,
      outcome: hit.conclusion.outcome,
      citations: cites(hit, f),
      message: hit.conclusion.message(f, reason),
    };
  }

  /** Precondition regimes first: their result, if any, decides whatever the reason. */
  function preconditions(f: Facts, reason: RefusalReason, out: Hit[] | null): number {
    let rank = 0;
    for (const regime of spec.preconditions) rank = Math.max(rank, judge(regime, f, reason, out));
    return rank;
  }

  /** The facts `rankOf` decides on: set before each call of `spec.alternatives` (one closure per evaluator, not per BLOCK). */
  let alternativeFacts: Facts;
  const rankOf = (reason: RefusalReason): number => spec.decide(alternativeFacts, reason, judgeApi, null);

  return function evaluate(request: CheckRequest, recordedDeliveredAt: string | null | undefined): Decision {
    const f = spec.deriveFacts(request, recordedDeliveredAt);
    const stated = request.refusal.reason;
    const hits: Hit[] = [];
    const preconditionRank = preconditions(f, stated, hits);
    const rank = preconditionRank > 0 ? preconditionRank : spec.decide(f, stated, judgeApi, hits);
    const verdict = VERDICT_OF_RANK[rank] ?? 'REVIEW';

    const findings: Finding[] = [];
    const deciding: Hit[] = [];
    let actions = 0;
    let namedAlternatives: Set<RefusalReason> | undefined;
    for (const hit of hits) {
      if (rank > 0 && RANK[hit.conclusion.outcome] === rank) {
        deciding.push(hit);
        findings.push(render(hit, f, stated));
        const named = hit.conclusion.actions;
        if (named) for (const a of named) actions |= ACTION_BIT[a];
        if (hit.conclusion.alternatives) {
          namedAlternatives ??= new Set();
          for (const r of hit.conclusion.alternatives) namedAlternatives.add(r);
        }
      }
    }
    if (rank === 0) findings.push(spec.undecided);
    for (const hit of hits) if (RANK[hit.conclusion.outcome] === 0) findings.push(render(hit, f, stated));
    for (const regime of spec.notices) {
      const notices: Hit[] = [];
      judge(regime, f, stated, notices);
      for (const hit of notices) findings.push(render(hit, f, stated));
    }

    let alternativeReasons: RefusalReason[] = [];
    let requiredActions: RequiredAction[];
    if (verdict === 'BLOCK') {
      alternativeFacts = f;
      alternativeReasons = spec.alternatives(f, stated, rankOf, judgeApi, namedAlternatives ?? NONE);
      requiredActions = spec.blockActions(f, new Set(actionsOf(actions)), alternativeReasons, deciding);
    } else if (verdict === 'REVIEW') {
      requiredActions = ['hold_until_review'];
    } else {
      requiredActions = actionsOf(actions);
    }

    const decision: Decision = {
      verdict,
      findings,
      requiredActions,
      alternativeReasons,
      deadlines: spec.deadlines(f),
      rulesetVersion: spec.rulesetId,
    };
    const summary = spec.summarize?.(f, decision, deciding);
    if (summary) decision.summary = summary;
    return decision;
  };
}

/** Sorts actions into the contract's order. */
export function inContractOrder(actions: Iterable<RequiredAction>): RequiredAction[] {
  let bits = 0;
  for (const a of actions) bits |= ACTION_BIT[a];
  return actionsOf(bits);
}
