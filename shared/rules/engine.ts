import {
  type CheckRequest,
  type Finding,
  type Outcome,
  REFUSAL_REASONS,
  REQUIRED_ACTIONS,
  type RefusalReason,
  type RequiredAction,
  type Verdict,
} from '#schemas/check.js';
import type { CompiledRule } from './define.js';
import { deriveFacts } from './facts.js';
import { RULES } from './rulebook.js';
import { endOfDay } from './time.js';
import type { Conclusion, Facts, Regime } from './types.js';

/** How strict an outcome is: BLOCK > REVIEW > ALLOW; informative outcomes decide nothing. */
const RANK: Readonly<Record<Outcome, number>> = {
  not_applicable: 0,
  satisfied: 0,
  supports_refusal: 1,
  needs_review: 2,
  violated: 3,
};
const VERDICT_OF_RANK: readonly (Verdict | undefined)[] = [undefined, 'ALLOW', 'REVIEW', 'BLOCK'];
const ACTION_BIT = Object.fromEntries(REQUIRED_ACTIONS.map((a, i) => [a, 1 << i])) as Record<RequiredAction, number>;

/** The actions of a bit set, in the contract's order. */
function actionsOf(bits: number): RequiredAction[] {
  const out: RequiredAction[] = [];
  for (let i = 0; i < REQUIRED_ACTIONS.length; i++)
    if (bits & (1 << i)) out.push(REQUIRED_ACTIONS[i] as RequiredAction);
  return out;
}

interface Hit {
  readonly rule: CompiledRule;
  readonly conclusion: Conclusion;
}

const REGIMES: readonly Regime[] = ['precondition', 'scope', 'non-conforming', 'no-reason', 'notice'];

/** Rules by regime and stated reason, in rulebook order: the candidates of one question. */
const INDEX = Object.fromEntries(
  REGIMES.map((regime) => [
    regime,
    Object.fromEntries(
      REFUSAL_REASONS.map((reason) => [
        reason,
        RULES.filter((r) => r.regimes.includes(regime) && (!r.reasons || r.reasons.includes(reason))),
      ]),
    ),
  ]),
) as unknown as Record<Regime, Record<RefusalReason, readonly CompiledRule[]>>;

/** Per regime, the reasons some rule could ALLOW: the only candidates for `alternativeReasons`. */
const CAN_ALLOW = Object.fromEntries(
  REGIMES.map((regime) => [
    regime,
    REFUSAL_REASONS.filter((reason) => INDEX[regime][reason].some((r) => r.outcomes.includes('supports_refusal'))),
  ]),
) as unknown as Record<Regime, readonly RefusalReason[]>;

/** The regime whose ALLOW an ALLOW of `decide` needs (the stricter-of combinations never loosen it). */
function allowingRegime(f: Facts): Regime {
  if (!f.consumer) return 'scope';
  if (f.kind === 'no_reason') return f.distance ? 'no-reason' : 'scope';
  return 'non-conforming';
}

/** Scratch list of applicable rules; `judge` is synchronous and not re-entrant, so one list serves. */
const applicable: CompiledRule[] = [];

/**
 * Answers one question (regime) for one stated reason, Catala-style: collect the rules in force whose
 * condition holds, drop every rule that an applicable exception overrides, and conclude the rest.
 * Returns the strictest rank (0 none, 1 ALLOW, 2 REVIEW, 3 BLOCK); pushes the hits to `out` if given.
 */
function judge(regime: Regime, f: Facts, reason: RefusalReason, out: Hit[] | null): number {
  const candidates = INDEX[regime][reason];
  let n = 0;
  for (const rule of candidates) {
    if (f.placedDay >= rule.fromDay && f.placedDay <= rule.toDay && rule.applies(f, reason, regime)) {
      applicable[n++] = rule;
    }
  }
  let rank = 0;
  for (let i = 0; i < n; i++) {
    const rule = applicable[i] as CompiledRule;
    let overridden = false;
    for (let j = 0; j < n && !overridden; j++)
      overridden = j !== i && (applicable[j] as CompiledRule).exceptionSet.has(rule.id);
    if (overridden) continue;
    const conclusion = rule.conclude(f, reason, regime);
    const r = RANK[conclusion.outcome];
    if (r > rank) rank = r;
    out?.push({ rule, conclusion });
  }
  return rank;
}

/** §2 and §3 both judge: the stricter result stands (BLOCK > REVIEW > ALLOW); equal results merge. */
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

/** Which regimes judge the request (RULES.md §1–§3), and how their results combine. */
function decide(f: Facts, reason: RefusalReason, out: Hit[] | null): number {
  if (!f.consumer) return judge('scope', f, reason, out);
  if (!f.distance) {
    return f.kind === 'no_reason'
      ? judge('scope', f, reason, out)
      : stricter(f, reason, 'non-conforming', 'scope', out);
  }
  if (f.kind === 'no_reason') return judge('no-reason', f, reason, out);
  // §2, last paragraph: after the quality window but inside a promised no-reason window, §3 judges
  // the request as well, and the stricter result stands.
  const window = f.window;
  if (
    f.quality.state === 'after' &&
    f.promiseDays > 7 &&
    window !== null &&
    (window.state === 'inside' || window.state === 'unknown')
  ) {
    return stricter(f, reason, 'non-conforming', 'no-reason', out);
  }
  return judge('non-conforming', f, reason, out);
}

function cites(hit: Hit, f: Facts) {
  const version = hit.rule.compiled.find((v) => f.placedDay >= v.fromDay && f.placedDay <= v.toDay);
  if (!version) return [];
  const tags = hit.conclusion.tags;
  const out = [];
  for (const c of version.cites) if (c.tag === undefined || tags?.includes(c.tag)) out.push(c.wire);
  return out;
}

function render(hit: Hit, f: Facts, reason: RefusalReason): Finding {
  return {
    ruleId: hit.rule.id,
    outcome: hit.conclusion.outcome,
    citations: cites(hit, f),
    message: hit.conclusion.message(f, reason),
  };
}

export interface EngineDecision {
  verdict: Verdict;
  findings: Finding[];
  requiredActions: RequiredAction[];
  alternativeReasons: RefusalReason[];
  deadlines: { returnWindowEndsAt?: string; qualityWindowEndsAt?: string };
  rulesetVersion: string;
}

const undecided: Finding = {
  ruleId: 'cn.rulebook.undecided',
  outcome: 'needs_review',
  citations: [],
  message: {
    zh: '系统无法根据现有信息自动判断该拒绝是否合法，将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。',
    en: 'The service cannot decide this refusal automatically from the facts given, so compliance staff will review it before the shop answers you; until then your request is not refused.',
  },
};

/** Evaluates a refusal. Pure and deterministic; see `index.ts` for the public contract. */
export function run(
  request: CheckRequest,
  recordedDeliveredAt: string | null | undefined,
  rulesetVersion: string,
): EngineDecision {
  const f = deriveFacts(request, recordedDeliveredAt);
  const stated = request.refusal.reason;
  // Preconditions (law in force, consistent times) do not depend on the stated reason.
  const hits: Hit[] = [];
  const preconditionRank = judge('precondition', f, stated, hits);
  const rank = preconditionRank > 0 ? preconditionRank : decide(f, stated, hits);
  const verdict = VERDICT_OF_RANK[rank] ?? 'REVIEW';

  const findings: Finding[] = [];
  let actions = 0;
  for (const hit of hits) {
    if (rank > 0 && RANK[hit.conclusion.outcome] === rank) {
      findings.push(render(hit, f, stated));
      for (const a of hit.conclusion.actions ?? []) actions |= ACTION_BIT[a];
    }
  }
  if (rank === 0) findings.push(undecided);
  for (const hit of hits) if (RANK[hit.conclusion.outcome] === 0) findings.push(render(hit, f, stated));
  const notices: Hit[] = [];
  judge('notice', f, stated, notices);
  for (const hit of notices) findings.push(render(hit, f, stated));

  const alternativeReasons: RefusalReason[] = [];
  let requiredActions: RequiredAction[];
  if (verdict === 'BLOCK') {
    for (const reason of CAN_ALLOW[allowingRegime(f)]) {
      if (reason !== stated && decide(f, reason, null) === 1) alternativeReasons.push(reason);
    }
    // A rulebook row that names its actions (RULES.md §2: "BLOCK | accept_return, …") is followed as
    // written; otherwise the principle: restate the reason when another would be lawful, else accept.
    if (!(actions & ACTION_BIT.accept_return))
      actions |= ACTION_BIT[alternativeReasons.length > 0 ? 'restate_reason' : 'accept_return'];
    requiredActions = actionsOf(actions);
  } else if (verdict === 'REVIEW') {
    requiredActions = ['hold_until_review'];
  } else {
    requiredActions = actionsOf(actions);
  }

  const deadlines: EngineDecision['deadlines'] = {};
  if (f.receiptDay !== null && Number.isFinite(f.receiptDay)) {
    const window = f.window ?? f.quality;
    deadlines.returnWindowEndsAt = endOfDay(window.end ?? window.last);
    if (f.kind !== 'no_reason') deadlines.qualityWindowEndsAt = endOfDay(f.quality.end ?? f.quality.last);
  }
  return { verdict, findings, requiredActions, alternativeReasons, deadlines, rulesetVersion };
}
