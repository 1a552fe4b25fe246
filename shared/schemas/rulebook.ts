/**
 * The published rulebook as JSON (`GET /rules…` with `Accept: application/json`): the same data the
 * pages show, for shops that show it in their own tools. Generated from the ruleset objects.
 */
import * as z from 'zod';
import { CitationSchema, OUTCOMES, REFUSAL_REASONS, REQUIRED_ACTIONS, VERDICTS } from './check.js';

const TextSchema = z.object({ zh: z.string(), en: z.string() });

export const RuleCitationSchema = CitationSchema.extend({
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
  tag: z.string().optional(),
});

export const PublishedScenarioSchema = z.object({
  name: z.string(),
  /** The scenario file in the repository. */
  file: z.string(),
  provision: z.string(),
  facts: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  expect: z.object({ verdict: z.enum(VERDICTS) }).loose(),
  why: z.string().optional(),
  openQuestion: z.string().optional(),
  r2Change: z.number().int().optional(),
  /** Every rule whose finding the ruleset gives for these facts. */
  ruleIds: z.array(z.string()),
});
export type PublishedScenarioJson = z.infer<typeof PublishedScenarioSchema>;

export const PublishedRuleSchema = z.object({
  id: z.string(),
  title: z.string(),
  label: z.string(),
  question: TextSchema,
  regimes: z.array(z.string()),
  reasons: z.array(z.enum(REFUSAL_REASONS)).optional(),
  outcomes: z.array(z.enum(OUTCOMES)),
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
  reviewBefore: z.string().optional(),
  citations: z.array(RuleCitationSchema),
  versions: z.array(
    z.object({ effectiveFrom: z.string(), effectiveTo: z.string().optional(), citations: z.array(RuleCitationSchema) }),
  ),
  interpretation: z.array(z.string()),
  /** The rules this one is an exception to. */
  exception: z.array(z.string()),
  /** The rules that are exceptions to this one. */
  exceptionsToIt: z.array(z.string()),
  scenarios: z.array(PublishedScenarioSchema),
  href: z.string(),
});
export type PublishedRuleJson = z.infer<typeof PublishedRuleSchema>;

export const RulesetSummarySchema = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  status: z.enum(['current', 'retired', 'candidate']),
  lawBaseline: z.string(),
  releasedAt: z.string(),
  revises: z.string().optional(),
  changes: z.array(z.string()),
  ruleCount: z.number().int(),
  href: z.string(),
  /** The diff from the ruleset it revises. */
  diffHref: z.string().optional(),
});

export const RulebookIndexSchema = z.object({
  current: z.string(),
  rulesets: z.array(RulesetSummarySchema),
  /** The current ruleset's rules by question. */
  groups: z.array(
    z.object({
      regime: z.string(),
      name: TextSchema,
      rules: z.array(z.object({ id: z.string(), title: z.string(), question: TextSchema, href: z.string() })),
    }),
  ),
});
export type RulebookIndex = z.infer<typeof RulebookIndexSchema>;

export const PublishedRulesetSchema = RulesetSummarySchema.extend({
  parameters: z.record(
    z.string(),
    z.object({
      value: z.number(),
      unit: z.enum(['days', 'months', 'years']),
      effectiveFrom: z.string(),
      source: z.string(),
      description: z.string(),
    }),
  ),
  calendar: z.object({ source: z.string(), firstYear: z.number().int(), lastYear: z.number().int() }),
  rules: z.array(PublishedRuleSchema),
});
export type PublishedRulesetJson = z.infer<typeof PublishedRulesetSchema>;

export const PublishedRuleResponseSchema = z.object({ rulesetId: z.string(), rule: PublishedRuleSchema });

export const RulesetDiffSchema = z.object({
  from: z.string(),
  to: z.string(),
  added: z.array(z.object({ id: z.string(), title: z.string() })),
  removed: z.array(z.object({ id: z.string(), title: z.string() })),
  changed: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    }),
  ),
  unchanged: z.number().int(),
  changes: z.array(z.string()),
  scenarioCount: z.number().int(),
  scenarioChanges: z.array(
    z.object({
      name: z.string(),
      file: z.string(),
      expected: z.enum(VERDICTS),
      before: z.enum(VERDICTS),
      after: z.enum(VERDICTS),
      r2Change: z.number().int().optional(),
    }),
  ),
  /** Scenarios with the same verdict under both, but other required actions or lawful alternatives. */
  actionChanges: z.array(
    z.object({
      name: z.string(),
      file: z.string(),
      verdict: z.enum(VERDICTS),
      before: z.object({
        requiredActions: z.array(z.enum(REQUIRED_ACTIONS)),
        alternativeReasons: z.array(z.enum(REFUSAL_REASONS)),
      }),
      after: z.object({
        requiredActions: z.array(z.enum(REQUIRED_ACTIONS)),
        alternativeReasons: z.array(z.enum(REFUSAL_REASONS)),
      }),
      r2Change: z.number().int().optional(),
    }),
  ),
});
export type RulesetDiffJson = z.infer<typeof RulesetDiffSchema>;

/** The query of every rulebook page: the language, optional. */
export const RulebookQuerySchema = z.object({ lang: z.enum(['zh', 'en']).optional() });

const IdSchema = z.string().min(1).max(200);
export const RulesetParamsSchema = z.object({ rulesetId: IdSchema });
export const RuleParamsSchema = z.object({ rulesetId: IdSchema, ruleId: IdSchema });
export const DiffParamsSchema = z.object({ from: IdSchema, to: IdSchema });
