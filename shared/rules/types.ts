import type {
  Category,
  CheckRequest,
  Citation,
  Message,
  Outcome,
  RefusalReason,
  RequiredAction,
  ReturnKind,
} from '#schemas/check.js';

import type { CnParameters } from './cn/parameters.js';

/**
 * The questions the engine asks, each answered by its own set of rules:
 * - `precondition`: can the facts be judged at all (law in force, consistent times)?
 * - `scope`: RULES.md §1 — business buyers and in-store sales.
 * - `non-conforming`: RULES.md §2 — returns of goods that do not conform (CRPL 24).
 * - `no-reason`: RULES.md §3 — the seven-day no-reason return of distance sales (CRPL 25).
 * - `notice`: findings that inform without deciding (e.g. which delivery time was used).
 */
export type Regime =
  | 'precondition'
  | 'scope'
  | 'non-conforming'
  | 'no-reason'
  | 'notice'
  /** r2: RULES.md §2's transit rows, judged first for `damaged_in_transit`. */
  | 'transit'
  /** r2: RULES.md §2's 三包 rows, judged next. */
  | 'three-guarantees';

/** A typed citation of a rule: the wire citation plus the days it may be cited for an order. */
export interface RuleCitation extends Citation {
  /** First order date (`placedAt`, China Standard Time) this provision is cited for. */
  readonly effectiveFrom: string;
  /** Last order date it is cited for (an older provision replaced by a newer one), if any. */
  readonly effectiveTo?: string;
  /** A conditional citation: cited only when the rule's conclusion names this tag. */
  readonly tag?: string;
}

/** One version of a rule: the span of order dates in which it cites the same provisions. */
export interface RuleVersion {
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly citations: readonly RuleCitation[];
}

/** What the review console and structural tests see of a rule. */
export interface RuleDefinition {
  /** Stable legal address, e.g. `cn.crpl.art25.para1.item1`; stored decisions reference it. */
  readonly id: string;
  readonly title: string;
  /** Catala-style label: the question the rule answers, shared by a base rule and its exceptions. */
  readonly label: string;
  /** Catala-style `exception`: the ids of the rules this one overrides when both apply. */
  readonly exception: readonly string[];
  readonly regimes: readonly Regime[];
  /** The stated refusal reasons the rule judges; all reasons when absent. */
  readonly reasons?: readonly RefusalReason[];
  /** The outcomes the rule can conclude. */
  readonly outcomes: readonly Outcome[];
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** Every provision the rule may cite, each with its own dates. */
  readonly citations: readonly RuleCitation[];
  /** The citations by span of order dates: no gaps, no overlaps. */
  readonly versions: readonly RuleVersion[];
  /** The readings and simplifications the rule makes. */
  readonly interpretation: readonly string[];
  /**
   * Orders placed before this date get REVIEW from this rule: its deciding provision was not yet in
   * force (RULES.md "The principle" [r2]), so it cites nothing there.
   */
  readonly reviewBefore?: string;
}

/** The dated window of a period counted in days from receipt (CIVIL-CODE 201, 203). */
export interface Period {
  /** Nominal last day (day number): receipt day + N. */
  readonly last: number;
  /** Last day after the holiday extension; undefined when the calendar does not cover it. */
  readonly end: number | undefined;
  /**
   * Where the request falls: `not_begun` (goods not yet received when asked), `inside`, `after`,
   * or `unknown` (after the nominal last day, but the extended end is unknown).
   */
  readonly state: 'not_begun' | 'inside' | 'after' | 'unknown';
  /** The request falls on days the holiday extension added. */
  readonly inExtension: boolean;
}

/** Everything the rules read, derived once per request (pure, no clock). */
export interface Facts {
  readonly request: CheckRequest;
  /** The ruleset's statutory numbers. */
  readonly params: CnParameters;
  /** The revision of the reading (1 = cn-2024-07-01, 2 = cn-2024-07-01.r2). */
  readonly revision: 1 | 2;
  readonly placed: number;
  readonly placedDay: number;
  readonly requested: number;
  readonly requestDay: number;
  /** The delivery instant used (the recorded webhook time wins), or null if not delivered. */
  readonly delivered: number | null;
  readonly receiptDay: number | null;
  /** Both a recorded and a requested delivery time exist and name different instants. */
  readonly deliveryConflict: boolean;
  readonly requestDelivered: number | null;
  readonly recordedDelivered: number | null;
  readonly consumer: boolean;
  readonly distance: boolean;
  readonly kind: ReturnKind;
  readonly category: Category;
  /** The promised no-reason window in days (0 when none was promised). */
  readonly promiseDays: number;
  /** Length of the return window: max(7, promise) for distance sales, the promise in store. */
  readonly windowDays: number;
  /** The no-reason (or, in store, promised) return window; null when there is none. */
  readonly window: Period | null;
  /** The request lies after R+7 but inside a longer promised window. */
  readonly inPromiseDays: boolean;
  /** The quality-return window, R+1 … R+7 (CRPL 24). */
  readonly quality: Period;
  /** Last day of the six months after receipt (CRPL 23 ¶3), nominal. */
  readonly sixMonthsLast: number | null;
  readonly withinSixMonths: boolean;
  /** The request lies within fifteen days of the sale (THREE-GUARANTEES 10). */
  readonly withinFifteenDaysOfSale: boolean;
  /** `refusal.evidence` holds a photo, video or inspection report. */
  readonly hasProof: boolean;
  readonly hasInspectionReport: boolean;
  readonly intactness: Intactness;
  readonly statutoryExclusion: boolean;
  readonly confirmation: ConfirmationCheck;
  /** The no-reason right plainly holds: distance sale, consumer, in its window, goods not excluded, intact. */
  readonly noReasonRightHolds: boolean;
  /** Every missing gift had a declared price (NRR-MEASURES 12 ¶2); r2: at least one had. */
  readonly giftsChargeable: boolean;
  /** r2 (§1): a shop promise covers the request (≥ 1 day, requested on or before its last day). */
  readonly promiseCovers: boolean;
  /** r2: the six months of CRPL 23 ¶3 (durable goods, non-conforming kinds), by CIVIL-CODE 202/203. */
  readonly sixMonths: Period | null;
  /** r2: the 三包 periods after two failed repairs: one year (whole machine), three years (longest main component). */
  readonly threeGuaranteesPeriods: { wholeMachine: Period | null; mainComponent: Period | null } | null;
  /** r2: the two years of CIVIL-CODE 621 ¶2 (non-conforming kinds). */
  readonly objectionPeriod: Period | null;
}

/** RULES.md §3.4 applied to the goods' condition. */
export interface Intactness {
  readonly accessoriesMissing: boolean;
  /** NRR-MEASURES 9(1): necessary one-off seal broken on food, cosmetics, medical devices, family planning. */
  readonly sealBroken: boolean;
  /** NRR-MEASURES 9(2): electronics repaired/modified, markings tampered, or visible use traces. */
  readonly electronicsUsed: boolean;
  /** NRR-MEASURES 9(3): apparel-like goods with tags removed, or soiled/damaged. */
  readonly softGoodsUsed: boolean;
  /** Electronics showing only activation traces (REVIEW). */
  readonly activationOnly: boolean;
  /** Signs of use the category's list does not name: the general test of NRR-MEASURES 9 ¶1 (REVIEW). */
  readonly generalTest: boolean;
  /** Any of the above: the goods are not plainly intact. */
  readonly anySign: boolean;
  /** A definite non-intact fact (accessories, seal, electronics, soft goods). */
  readonly definite: boolean;
}

/** RULES.md §3.3, the four conditions of a valid exclusion by confirmation. */
export interface ConfirmationCheck {
  readonly marked: boolean;
  readonly natureListed: boolean;
  readonly explicit: boolean;
  readonly atPurchase: boolean;
  readonly natureInPlay: boolean;
  readonly valid: boolean;
}

/** What one rule concludes on the facts. */
export interface Conclusion {
  readonly outcome: Outcome;
  /** Actions the rule adds (besides accept_return / restate_reason / hold_until_review, which the engine sets). */
  readonly actions?: readonly RequiredAction[];
  /** Turns on the rule's conditional citations with these tags. */
  readonly tags?: readonly string[];
  /** Alternatives a rulebook row names itself (e.g. a ground that gives REVIEW), beside the computed ones. */
  readonly alternatives?: readonly RefusalReason[];
  readonly message: (facts: Facts, reason: RefusalReason) => Message;
}

/** A rule: its definition plus the condition and conclusion. */
export interface Rule extends RuleDefinition {
  readonly applies: (facts: Facts, reason: RefusalReason, regime: Regime) => boolean;
  readonly conclude: (facts: Facts, reason: RefusalReason, regime: Regime) => Conclusion;
}
