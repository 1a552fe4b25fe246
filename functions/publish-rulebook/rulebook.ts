/**
 * The published rulebook: what the pages and the JSON show, derived from the ruleset objects in the
 * registry and the scenario files beside the article modules, never from a second copy. Computed
 * once per ruleset (the scenarios are evaluated to find the rules they pin) and kept for the life of
 * the process.
 */
import { evaluate, RULESETS, type RuleCitation, type RuleDefinition, type Ruleset } from '#rules/index.js';
import { type Expect, SCENARIO_RULESET, scenarioFiles, scenarioRequest } from '#rules/scenarios.js';
import type { CheckRequest, RefusalReason, RequiredAction, Verdict } from '#schemas/check.js';
import { type Lang, QUESTIONS, REGIME_ORDER } from './i18n.js';

/** A scenario as published: its sentence, its facts, the answer RULES.md gives and the rules it pins. */
export interface PublishedScenario {
  readonly name: string;
  /** The scenario file it comes from, relative to the repository root. */
  readonly file: string;
  readonly provision: string;
  readonly request: CheckRequest;
  readonly recordedDeliveredAt?: string | null;
  readonly expect: Expect;
  readonly why?: string;
  readonly openQuestion?: string;
  readonly r2Change?: number;
  /** The rules whose findings the ruleset gives for these facts. */
  readonly ruleIds: readonly string[];
}

/** A rule as published: its definition, the question in plain words, both directions of its exceptions, its scenarios. */
export interface PublishedRule extends RuleDefinition {
  readonly question: Readonly<Record<Lang, string>>;
  /** The rules that name this one in their `exception` list. */
  readonly exceptionsToIt: readonly string[];
  readonly scenarios: readonly PublishedScenario[];
}

export interface RuleGroup {
  readonly regime: string;
  readonly rules: readonly PublishedRule[];
}

export interface PublishedRuleset {
  readonly id: string;
  readonly jurisdiction: string;
  readonly status: Ruleset['status'];
  readonly lawBaseline: string;
  readonly releasedAt: string;
  readonly revises?: string;
  readonly changes: readonly string[];
  readonly parameters: Ruleset['parameters'];
  readonly calendar: Ruleset['calendar'];
  /** Whether scenarios are published for this ruleset. */
  readonly hasScenarios: boolean;
  readonly rules: readonly PublishedRule[];
  readonly groups: readonly RuleGroup[];
}

/**
 * A field of a rule that differs between two rulesets. For `citations`, `before` lists the
 * provisions only the older rule cites and `after` those only the newer one cites.
 */
export type RuleField =
  | 'title'
  | 'label'
  | 'citations'
  | 'citationText'
  | 'interpretation'
  | 'outcomes'
  | 'reasons'
  | 'exception'
  | 'regimes'
  | 'dates'
  | 'reviewBefore';

export interface ChangedRule {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly { field: RuleField; before: unknown; after: unknown }[];
}

export interface ScenarioChange {
  readonly name: string;
  readonly file: string;
  readonly expected: Verdict;
  readonly before: Verdict;
  readonly after: Verdict;
  readonly r2Change?: number;
}

/** A scenario with the same verdict under both rulesets but other required actions or lawful alternatives. */
export interface ScenarioActionChange {
  readonly name: string;
  readonly file: string;
  readonly verdict: Verdict;
  readonly before: {
    readonly requiredActions: readonly RequiredAction[];
    readonly alternativeReasons: readonly RefusalReason[];
  };
  readonly after: {
    readonly requiredActions: readonly RequiredAction[];
    readonly alternativeReasons: readonly RefusalReason[];
  };
  readonly r2Change?: number;
}

export interface RulesetDiff {
  readonly from: string;
  readonly to: string;
  readonly added: readonly { id: string; title: string }[];
  readonly removed: readonly { id: string; title: string }[];
  readonly changed: readonly ChangedRule[];
  readonly unchanged: number;
  /** The `changes` list of the newer ruleset. */
  readonly changes: readonly string[];
  readonly scenarioCount: number;
  readonly scenarioChanges: readonly ScenarioChange[];
  /** Same verdict, other required actions or lawful alternatives. */
  readonly actionChanges: readonly ScenarioActionChange[];
}

const FALLBACK_QUESTION = (label: string) => ({ zh: label, en: label });

let scenarioCache:
  | readonly (PublishedScenario & { readonly context: { recordedDeliveredAt?: string | null } })[]
  | undefined;

/** Every scenario case, with its full request, evaluated under the ruleset it was written for. */
function allScenarios() {
  scenarioCache ??= scenarioFiles().flatMap((file) =>
    file.cases.map((c) => {
      const request = scenarioRequest(c);
      const context = c.context ?? {};
      const decision = evaluate(request, context, SCENARIO_RULESET);
      return Object.freeze({
        name: c.name,
        file: file.file,
        provision: file.provision,
        request,
        context,
        ...(c.context?.recordedDeliveredAt !== undefined ? { recordedDeliveredAt: c.context.recordedDeliveredAt } : {}),
        expect: c.expect,
        ...(c.why ? { why: c.why } : {}),
        ...(c.openQuestion ? { openQuestion: c.openQuestion } : {}),
        ...(c.r2Change !== undefined ? { r2Change: c.r2Change } : {}),
        ruleIds: [...new Set(decision.findings.map((f) => f.ruleId))],
      });
    }),
  );
  return scenarioCache;
}

/**
 * The question a rule is listed under, once: its regime; for a rule of several regimes, the regime
 * its label names (`no-reason.quality-claim`), else `across` (the calendar gap serves every period).
 */
function groupOf(rule: RuleDefinition): string {
  if (rule.regimes.length === 1) return rule.regimes[0] as string;
  const prefix = rule.label.split('.')[0] as string;
  return (rule.regimes as readonly string[]).includes(prefix) ? prefix : 'across';
}

const published = new Map<string, PublishedRuleset>();

/**
 * The published form of a released ruleset, or undefined for an unknown id.
 *
 * @example publishedRuleset('cn-2024-07-01.r2')?.groups[0]?.regime // 'precondition'
 */
export function publishedRuleset(id: string): PublishedRuleset | undefined {
  const cached = published.get(id);
  if (cached) return cached;
  const ruleset = RULESETS.find(id);
  if (!ruleset) return undefined;
  const hasScenarios = ruleset.id === SCENARIO_RULESET;
  const scenarios = hasScenarios ? allScenarios() : [];
  const rules: PublishedRule[] = ruleset.rules.map((rule) => ({
    ...rule,
    question: QUESTIONS[rule.label] ?? FALLBACK_QUESTION(rule.label),
    exceptionsToIt: ruleset.rules.filter((other) => other.exception.includes(rule.id)).map((other) => other.id),
    scenarios: scenarios
      .filter((s) => s.ruleIds.includes(rule.id))
      .map(({ context: _context, ...scenario }) => scenario),
  }));
  const groups: RuleGroup[] = [];
  for (const regime of [...REGIME_ORDER, ...new Set(rules.map(groupOf))]) {
    if (groups.some((g) => g.regime === regime)) continue;
    const inGroup = rules.filter((r) => groupOf(r) === regime);
    if (inGroup.length > 0) groups.push({ regime, rules: inGroup });
  }
  const result: PublishedRuleset = {
    id: ruleset.id,
    jurisdiction: ruleset.jurisdiction,
    status: ruleset.status,
    lawBaseline: ruleset.lawBaseline,
    releasedAt: ruleset.releasedAt,
    ...(ruleset.revises ? { revises: ruleset.revises } : {}),
    changes: ruleset.changes,
    parameters: ruleset.parameters,
    calendar: ruleset.calendar,
    hasScenarios,
    rules,
    groups,
  };
  published.set(id, result);
  return result;
}

/** Every released ruleset, the current one first, then the newest. */
export function publishedRulesets(): PublishedRuleset[] {
  const all = RULESETS.list().map((r) => publishedRuleset(r.id) as PublishedRuleset);
  return all.sort((a, b) =>
    a.status === 'current' ? -1 : b.status === 'current' ? 1 : b.releasedAt.localeCompare(a.releasedAt),
  );
}

/** A citation as a short address with its dates and tag, e.g. `CRPL 16 ¶2 (2014-03-15 – 2024-06-30)`. */
const citationKey = (c: RuleCitation) =>
  `${c.instrument} ${c.article}${c.paragraph ? ` ¶${c.paragraph}` : ''}${c.item ? ` (${c.item})` : ''}` +
  `${c.tag ? ` [${c.tag}]` : ''} (${c.effectiveFrom} – ${c.effectiveTo ?? '…'})`;

/** The fields of two versions of a rule that differ. */
function compareRule(before: RuleDefinition, after: RuleDefinition): ChangedRule['fields'] {
  const fields: { field: RuleField; before: unknown; after: unknown }[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const check = (field: RuleField, a: unknown, b: unknown) => {
    if (!same(a, b)) fields.push({ field, before: a, after: b });
  };
  check('title', before.title, after.title);
  check('label', before.label, after.label);
  check('regimes', before.regimes, after.regimes);
  // Citations: the addresses (with dates and tag) only one side cites, and the addresses whose verbatim text differs.
  const beforeKeys = before.citations.map(citationKey);
  const afterKeys = after.citations.map(citationKey);
  const removedCites = beforeKeys.filter((k) => !afterKeys.includes(k));
  const addedCites = afterKeys.filter((k) => !beforeKeys.includes(k));
  if (removedCites.length > 0 || addedCites.length > 0)
    fields.push({ field: 'citations', before: removedCites, after: addedCites });
  const textOf = (r: RuleDefinition, key: string) => r.citations.find((c) => citationKey(c) === key)?.text;
  const reworded = beforeKeys.filter((k) => afterKeys.includes(k) && textOf(before, k) !== textOf(after, k));
  if (reworded.length > 0)
    fields.push({
      field: 'citationText',
      before: reworded.map((k) => `${k}: ${textOf(before, k)}`),
      after: reworded.map((k) => `${k}: ${textOf(after, k)}`),
    });
  check('interpretation', before.interpretation, after.interpretation);
  check('outcomes', before.outcomes, after.outcomes);
  check('reasons', before.reasons ?? null, after.reasons ?? null);
  check('exception', before.exception, after.exception);
  check(
    'dates',
    { from: before.effectiveFrom, to: before.effectiveTo ?? null },
    { from: after.effectiveFrom, to: after.effectiveTo ?? null },
  );
  check('reviewBefore', before.reviewBefore ?? null, after.reviewBefore ?? null);
  return fields;
}

const diffs = new Map<string, RulesetDiff>();

/**
 * What changed from one ruleset to another: rules added, removed and changed, and which published
 * scenarios get another verdict (each evaluated under both). Undefined when either id is unknown.
 *
 * @example rulesetDiff('cn-2024-07-01', 'cn-2024-07-01.r2')?.added.map((r) => r.id)
 */
export function rulesetDiff(fromId: string, toId: string): RulesetDiff | undefined {
  const key = `${fromId}\n${toId}`;
  const cached = diffs.get(key);
  if (cached) return cached;
  const from = RULESETS.find(fromId);
  const to = RULESETS.find(toId);
  if (!from || !to) return undefined;
  const before = new Map(from.rules.map((r) => [r.id, r]));
  const after = new Map(to.rules.map((r) => [r.id, r]));
  const changed: ChangedRule[] = [];
  let unchanged = 0;
  for (const rule of to.rules) {
    const old = before.get(rule.id);
    if (!old) continue;
    const fields = compareRule(old, rule);
    if (fields.length > 0) changed.push({ id: rule.id, title: rule.title, fields });
    else unchanged++;
  }
  const scenarios = allScenarios();
  const scenarioChanges: ScenarioChange[] = [];
  const actionChanges: ScenarioActionChange[] = [];
  const sorted = <T extends string>(list: readonly T[]) => [...list].sort();
  for (const s of scenarios) {
    const a = evaluate(s.request, s.context, from.id);
    const b = evaluate(s.request, s.context, to.id);
    const r2Change = s.r2Change !== undefined ? { r2Change: s.r2Change } : {};
    if (a.verdict !== b.verdict)
      scenarioChanges.push({
        name: s.name,
        file: s.file,
        expected: s.expect.verdict,
        before: a.verdict,
        after: b.verdict,
        ...r2Change,
      });
    else {
      const before = { requiredActions: sorted(a.requiredActions), alternativeReasons: sorted(a.alternativeReasons) };
      const after = { requiredActions: sorted(b.requiredActions), alternativeReasons: sorted(b.alternativeReasons) };
      if (JSON.stringify(before) !== JSON.stringify(after))
        actionChanges.push({ name: s.name, file: s.file, verdict: b.verdict, before, after, ...r2Change });
    }
  }
  const result: RulesetDiff = {
    from: from.id,
    to: to.id,
    added: to.rules.filter((r) => !before.has(r.id)).map((r) => ({ id: r.id, title: r.title })),
    removed: from.rules.filter((r) => !after.has(r.id)).map((r) => ({ id: r.id, title: r.title })),
    changed,
    unchanged,
    changes: to.changes,
    scenarioCount: scenarios.length,
    scenarioChanges,
    actionChanges,
  };
  diffs.set(key, result);
  return result;
}
