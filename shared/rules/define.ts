import type { Citation, Instrument, Message, Outcome, RefusalReason } from '#schemas/check.js';
import { buildCitation, INSTRUMENTS } from './law/index.js';
import { dayOf } from './time.js';
import type { Conclusion, Facts, Regime, Rule, RuleCitation, RuleDefinition, RuleVersion } from './types.js';

/** The first day of the no-reason right (CRPL 2013 revision in force): the default start of every rule. */
export const RIGHT_IN_FORCE = '2014-03-15';
/** The day the Implementing Regulation took effect; older equivalents are cited until the day before. */
export const CRPL_REG_IN_FORCE = '2024-07-01';
export const BEFORE_CRPL_REG = '2024-06-30';

/** A provision a rule relies on, with optional dates and a tag (see `RuleCitation`). */
export class Cite {
  constructor(
    readonly instrument: Instrument,
    readonly article: number,
    readonly paragraph?: number,
    readonly item?: number,
    readonly fromDate?: string,
    readonly toDate?: string,
    readonly tagName?: string,
  ) {}
  /** Cite only for orders placed on or after `date` (besides the instrument's own date in force). */
  from(date: string): Cite {
    return new Cite(this.instrument, this.article, this.paragraph, this.item, date, this.toDate, this.tagName);
  }
  /** Cite only for orders placed on or before `date` (an older equivalent of a newer provision). */
  until(date: string): Cite {
    return new Cite(this.instrument, this.article, this.paragraph, this.item, this.fromDate, date, this.tagName);
  }
  /** Cite only when the conclusion names `tag`. */
  when(tag: string): Cite {
    return new Cite(this.instrument, this.article, this.paragraph, this.item, this.fromDate, this.toDate, tag);
  }
}

/**
 * A provision: instrument code, article (条), paragraph (款), item (项).
 *
 * @example cite('NRR-MEASURES', 8, 3) // 网络购买商品七日无理由退货暂行办法 第八条第三款
 */
export function cite(instrument: Instrument, article: number, paragraph?: number, item?: number): Cite {
  return new Cite(instrument, article, paragraph, item);
}

/** A finding's message, in Chinese and English. */
export function say(zh: string, en: string): Message {
  return { zh, en };
}

/** A conclusion with a fixed outcome, actions and tags, and a message written from the facts. */
export function conclude(
  outcome: Outcome,
  message: (facts: Facts, reason: RefusalReason) => Message,
  extra: Pick<Conclusion, 'actions' | 'tags' | 'alternatives'> = {},
): Conclusion {
  return Object.freeze({ outcome, message, ...extra });
}

/** What an article module writes for one rule. */
export interface RuleSpec {
  readonly id: string;
  readonly title: string;
  readonly label: string;
  readonly exception?: readonly string[];
  readonly regimes: readonly Regime[];
  readonly reasons?: readonly RefusalReason[];
  readonly outcomes: readonly Outcome[];
  readonly effectiveFrom?: string;
  readonly effectiveTo?: string;
  readonly citations: readonly Cite[];
  readonly interpretation?: readonly string[];
  readonly reviewBefore?: string;
  readonly applies: Rule['applies'];
  readonly conclude: Rule['conclude'];
}

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const previousDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** Runtime data of a rule, precomputed at load: day numbers and versions. */
export interface CompiledRule extends Rule {
  readonly fromDay: number;
  readonly toDay: number;
  readonly exceptionSet: ReadonlySet<string>;
  /** Versions with day numbers, for the lookup by `placedAt`. */
  readonly compiled: readonly {
    fromDay: number;
    toDay: number;
    cites: readonly { wire: Citation; tag: string | undefined }[];
    /** Every wire citation of the version, in order: what a finding cites when no citation is conditional. */
    wires: readonly Citation[];
    /** Some citation is conditional on a tag of the conclusion. */
    tagged: boolean;
  }[];
}

/**
 * Declares a rule. Throws at load when a citation names a provision missing from the law data, so a
 * broken rulebook never starts.
 */
export function defineRule(spec: RuleSpec): CompiledRule {
  const effectiveFrom = spec.effectiveFrom ?? RIGHT_IN_FORCE;
  const citations: RuleCitation[] = spec.citations.map((c) => {
    const base = buildCitation(c.instrument, c.article, c.paragraph, c.item);
    if (!base)
      throw new Error(`${spec.id}: ${c.instrument} ${c.article} ¶${c.paragraph} (${c.item}) is not in the law data`);
    const from = maxDate(INSTRUMENTS[c.instrument].effectiveFrom, c.fromDate ?? '0000-01-01');
    return Object.freeze({
      ...base,
      effectiveFrom: from,
      ...(c.toDate ? { effectiveTo: c.toDate } : {}),
      ...(c.tagName ? { tag: c.tagName } : {}),
    });
  });
  // Version boundaries: every day a citation starts or stops being cited, inside the rule's span.
  const end = spec.effectiveTo ?? '9999-12-31';
  const starts = new Set<string>([effectiveFrom]);
  for (const c of citations) {
    if (c.effectiveFrom > effectiveFrom && c.effectiveFrom <= end) starts.add(c.effectiveFrom);
    if (c.effectiveTo && c.effectiveTo >= effectiveFrom && c.effectiveTo < end) starts.add(nextDay(c.effectiveTo));
  }
  const sorted = [...starts].sort();
  const versions: RuleVersion[] = sorted.map((from, i) => {
    const next = sorted[i + 1];
    const to = next ? previousDay(next) : spec.effectiveTo;
    const inForce = citations.filter((c) => c.effectiveFrom <= from && (!c.effectiveTo || c.effectiveTo >= from));
    return Object.freeze({
      effectiveFrom: from,
      ...(to ? { effectiveTo: to } : {}),
      citations: Object.freeze(inForce),
    });
  });
  const rule: CompiledRule = {
    id: spec.id,
    title: spec.title,
    label: spec.label,
    exception: Object.freeze([...(spec.exception ?? [])]),
    regimes: spec.regimes,
    ...(spec.reasons ? { reasons: spec.reasons } : {}),
    outcomes: spec.outcomes,
    effectiveFrom,
    ...(spec.effectiveTo ? { effectiveTo: spec.effectiveTo } : {}),
    citations: Object.freeze(citations),
    versions: Object.freeze(versions),
    interpretation: Object.freeze([...(spec.interpretation ?? [])]),
    ...(spec.reviewBefore ? { reviewBefore: spec.reviewBefore } : {}),
    applies: spec.applies,
    conclude: spec.conclude,
    fromDay: dayOf(effectiveFrom),
    toDay: spec.effectiveTo ? dayOf(spec.effectiveTo) : Number.POSITIVE_INFINITY,
    exceptionSet: new Set(spec.exception ?? []),
    compiled: versions.map((v) => {
      const cites = v.citations.map((c) => ({
        wire: buildCitation(c.instrument, c.article, c.paragraph, c.item) as Citation,
        tag: c.tag,
      }));
      return {
        fromDay: dayOf(v.effectiveFrom),
        toDay: v.effectiveTo ? dayOf(v.effectiveTo) : Number.POSITIVE_INFINITY,
        cites,
        wires: cites.map((c) => c.wire),
        tagged: cites.some((c) => c.tag !== undefined),
      };
    }),
  };
  return Object.freeze(rule);
}

/** What the console, the published rulebook and the structural tests see of a rule (no functions). */
export function ruleDefinition(rule: CompiledRule): RuleDefinition {
  return Object.freeze({
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
    ...(rule.reviewBefore ? { reviewBefore: rule.reviewBefore } : {}),
  });
}
