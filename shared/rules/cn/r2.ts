import { REFUSAL_REASONS, type RefusalReason, type RequiredAction } from '#schemas/check.js';
import { ALLOW, type Hit, inContractOrder, type Judge, REVIEW } from '../engine.js';
import type { Ruleset } from '../ruleset.js';
import type { Facts, Regime } from '../types.js';
import { CN_DECIDE_R2, defineCnRuleset, regimesConsultedR2 } from './pack.js';
import { CN_PARAMETERS_2024 } from './parameters.js';
import { R2_RULES } from './r2-rules.js';
import { summarize } from './summary.js';

/**
 * RULES.md "The principle" [r2]: `alternativeReasons` lists every reason that §1–§3 would ALLOW on the
 * same facts, plus `not_intact` where it would give REVIEW; a deciding row that names its alternatives is
 * followed as written.
 */
export function alternatives(
  f: Facts,
  stated: RefusalReason,
  rankOf: (reason: RefusalReason) => number,
  judge: Judge,
  named: ReadonlySet<RefusalReason>,
): RefusalReason[] {
  // A row that names its alternative (RULES.md §2's transit rows) is followed as written.
  if (named.size > 0) return REFUSAL_REASONS.filter((reason) => reason !== stated && named.has(reason));
  // Only a reason some consulted rule can ALLOW (or `not_intact`, listed on REVIEW) can be an alternative.
  const out: RefusalReason[] = [];
  for (const reason of candidatesFor(regimesConsultedR2(f), judge)) {
    if (reason === stated) continue;
    const rank = rankOf(reason);
    if (rank === ALLOW || (reason === 'not_intact' && rank === REVIEW)) out.push(reason);
  }
  return out;
}

/** Per set of consulted regimes (constant arrays), the candidate reasons in the contract's order. */
const CANDIDATES = new WeakMap<Judge, Map<readonly Regime[], readonly RefusalReason[]>>();
function candidatesFor(regimes: readonly Regime[], judge: Judge): readonly RefusalReason[] {
  let byRegimes = CANDIDATES.get(judge);
  if (!byRegimes) {
    byRegimes = new Map();
    CANDIDATES.set(judge, byRegimes);
  }
  let list = byRegimes.get(regimes);
  if (!list) {
    const allowed = new Set<RefusalReason>(['not_intact']);
    for (const regime of regimes) for (const reason of judge.canAllow(regime)) allowed.add(reason);
    list = REFUSAL_REASONS.filter((reason) => allowed.has(reason));
    byRegimes.set(regimes, list);
  }
  return list;
}

/**
 * A no-reason right decided the BLOCK: §3 (or an in-store promise judged by §3), including a promise
 * that judges a quality request after the seven days (RULES.md §2, last paragraph) — not §2's own
 * quality return.
 */
const noReasonDecided = (f: Facts, deciding: readonly Hit[]): boolean =>
  f.consumer && (f.kind === 'no_reason' || deciding.some((hit) => hit.regime === 'no-reason'));

/**
 * RULES.md "The principle" [r2]: a BLOCK holds `restate_reason` when the alternatives are not empty,
 * `accept_return` when they are, unless a row names other actions; §3 "Refund deadline" [r2]: a
 * no-reason BLOCK that requires the return, once the goods were delivered, also requires the refund
 * within seven days of the shop's receipt of the returned goods.
 */
export function blockActions(
  f: Facts,
  named: ReadonlySet<RequiredAction>,
  alternatives: readonly RefusalReason[],
  deciding: readonly Hit[],
): RequiredAction[] {
  const actions = new Set<RequiredAction>(named);
  if (actions.size === 0) actions.add(alternatives.length > 0 ? 'restate_reason' : 'accept_return');
  // Two questions that both BLOCK (§2 and a promise judged by §3) may name both: taking the goods back
  // answers the consumer; restating the reason would not.
  if (actions.has('accept_return')) actions.delete('restate_reason');
  // Delivered: signed for (distance sales), or handed over in the shop (R is the sale date there).
  const delivered = f.receiptDay !== null && (f.delivered !== null || !f.distance);
  if (actions.has('accept_return') && delivered && noReasonDecided(f, deciding))
    actions.add('refund_within_7_days_of_receipt');
  return inContractOrder(actions);
}

/** Ruleset `cn-2024-07-01.r2`: RULES.md revision r2, the current ruleset. */
export const CN_2024_07_01_R2: Ruleset = defineCnRuleset({
  id: 'cn-2024-07-01.r2',
  status: 'current',
  revision: 2,
  revises: 'cn-2024-07-01',
  lawBaseline: '2024-07-01',
  releasedAt: '2026-11-29',
  changes: [
    '`packaging_opened` is judged as stated: lawful only where the item’s own seal is the test of intactness (NRR-MEASURES 9(1)).',
    'One rule for every BLOCK: alternativeReasons lists every reason §1–§3 would ALLOW (and not_intact where it gives REVIEW); restate_reason when there is one, accept_return when there is none.',
    'Confirmed exclusions need their own trigger: an outer box is not a seal; a blind box’s seal is its trial.',
    'After the window a reason §3.2–§3.4 would ALLOW stays lawful; inside it, after_sales_period_expired is no ground.',
    'Before delivery: made-to-order, perishable and near-expiry/defect-disclosed exclusions give REVIEW (CIVIL-CODE 787); digital, periodical and unsealing/activation exclusions cannot apply yet.',
    'Scope rows apply in order; in-store promises keep the statutory exclusions unless they cover them, and cite only the promise provision.',
    'A business buyer with a covering shop promise gets REVIEW (CIVIL-CODE 509, 577).',
    'Transit damage: the transit rows come first; the consumer’s own carrier shifts the risk (ECL 20 proviso); a late report goes to REVIEW (CIVIL-CODE 620, 621).',
    '三包 two-repairs rule only within the 三包 period, with depreciation on a return; durable goods after day 7 get exchange or repair; after two years a refusal stands (CIVIL-CODE 621 ¶2).',
    'Periods in months and years count by CIVIL-CODE 202; calendar gaps matter only where an extension could reach the request.',
    'A deciding provision not yet in force at placedAt gives REVIEW.',
    'Condition flags a category’s row does not name give REVIEW.',
    'No-reason BLOCKs that require the return also require the refund within 7 days of the shop’s receipt; gift charges only at declared prices.',
    'One message for the consumer and one for the shop per decision (summary).',
  ],
  params: CN_PARAMETERS_2024,
  rules: R2_RULES,
  hooks: { decide: CN_DECIDE_R2, alternatives, blockActions, summarize },
});
