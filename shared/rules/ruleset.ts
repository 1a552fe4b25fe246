/**
 * Rulesets, jurisdiction-free: what a released reading of the law is made of, and the registry that
 * holds every released one. A ruleset is immutable once released; a stored decision names the ruleset
 * that made it and is always shown with that ruleset's texts and messages.
 *
 * Nothing here knows a jurisdiction: a pack (e.g. `cn/`) builds its rulesets from its own rules, facts,
 * parameters, law snapshot and calendar, and registers them.
 */
import type {
  CheckRequest,
  Citation,
  Finding,
  RefusalReason,
  RequiredAction,
  Summary,
  Verdict,
} from '#schemas/check.js';
import type { RuleDefinition } from './types.js';

/** `current` decides new checks; `retired` is kept for stored decisions and replays; `candidate` is for replays only. */
export type RulesetStatus = 'current' | 'retired' | 'candidate';

/** A statutory number a ruleset reads (the 7 days, the six months …), with where it comes from. */
export interface Parameter {
  readonly value: number;
  readonly unit: 'days' | 'months' | 'years';
  /** First order date (`placedAt`) the value holds for. */
  readonly effectiveFrom: string;
  /** The provision that fixes it, e.g. `CRPL 25 ¶1`. */
  readonly source: string;
  readonly description: string;
}

/** The statute texts a ruleset quotes: a citation reference resolves to the same verbatim text forever. */
export interface LawSnapshot {
  /** sha256 of the reviewed texts the snapshot was generated from. */
  readonly sourceDigest: string;
  /** `NRR-MEASURES:8:3` → the wire citation, or undefined when the address does not exist. */
  resolve(ref: string): Citation | undefined;
}

/** The rest-day calendar a ruleset counts periods with. */
export interface CalendarInfo {
  readonly source: string;
  readonly firstYear: number;
  readonly lastYear: number;
}

export interface EvaluationContext {
  /** Delivery time recorded from the order system's webhook; wins over the request's. */
  recordedDeliveredAt?: string | null;
}

/** A ruleset's answer to one proposed refusal. */
export interface Decision {
  verdict: Verdict;
  /** Findings; citations carry the full verbatim article text. */
  findings: Finding[];
  requiredActions: RequiredAction[];
  alternativeReasons: RefusalReason[];
  /** e.g. `2026-03-10T23:59:59.999+08:00` */
  deadlines: { returnWindowEndsAt?: string; qualityWindowEndsAt?: string };
  rulesetVersion: string;
  /** One message for the consumer, one for the shop (absent in rulesets released before summaries existed). */
  summary?: Summary;
}

/** What `GET /v1/rulesets` lists. */
export interface RulesetInfo {
  readonly id: string;
  readonly jurisdiction: string;
  readonly status: RulesetStatus;
  /** The law the ruleset reads, as of this date. */
  readonly lawBaseline: string;
  readonly releasedAt: string;
  /** What changed from the ruleset it revises, one line each. */
  readonly changes: readonly string[];
  /** The ruleset this one revises, if any. */
  readonly revises?: string;
}

export interface Ruleset extends RulesetInfo {
  readonly parameters: Readonly<Record<string, Parameter>>;
  readonly law: LawSnapshot;
  readonly calendar: CalendarInfo;
  readonly rules: readonly RuleDefinition[];
  /** Judges a refusal. Pure and deterministic; never throws on a schema-valid request. */
  evaluate(request: CheckRequest, context?: EvaluationContext): Decision;
}

export class UnknownRulesetError extends Error {
  constructor(readonly rulesetId: string) {
    super(`unknown ruleset ${rulesetId}`);
    this.name = 'UnknownRulesetError';
  }
}

/**
 * Every released ruleset, by id. Exactly one is `current`. Registering is the only way in, and a
 * registered ruleset cannot be replaced.
 *
 * @example const registry = new RulesetRegistry([r1, r2]); registry.current().id === 'cn-2024-07-01.r2'
 */
export class RulesetRegistry {
  readonly #byId = new Map<string, Ruleset>();
  readonly #current: Ruleset;

  constructor(rulesets: readonly Ruleset[]) {
    for (const ruleset of rulesets) {
      if (this.#byId.has(ruleset.id)) throw new Error(`ruleset ${ruleset.id} registered twice`);
      if (ruleset.revises && !this.#byId.has(ruleset.revises))
        throw new Error(`ruleset ${ruleset.id} revises ${ruleset.revises}, which is not registered before it`);
      this.#byId.set(ruleset.id, Object.freeze(ruleset));
    }
    const current = rulesets.filter((r) => r.status === 'current');
    if (current.length !== 1) throw new Error(`exactly one current ruleset expected, found ${current.length}`);
    this.#current = current[0] as Ruleset;
  }

  current(): Ruleset {
    return this.#current;
  }

  /** The ruleset with this id, or undefined. */
  find(id: string): Ruleset | undefined {
    return this.#byId.get(id);
  }

  /** The ruleset with this id; throws `UnknownRulesetError` when none was released. */
  get(id: string): Ruleset {
    const ruleset = this.#byId.get(id);
    if (!ruleset) throw new UnknownRulesetError(id);
    return ruleset;
  }

  list(): readonly Ruleset[] {
    return [...this.#byId.values()];
  }
}
