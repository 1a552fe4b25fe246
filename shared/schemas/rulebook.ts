/**
 * The published rulebook as JSON (`GET /rules…` with `Accept: application/json`): the same data the
 * pages show, for shops that show it in their own tools. Generated from the ruleset objects.
 */
import * as z from 'zod';
import { CitationSchema, OUTCOMES, REFUSAL_REASONS, REQUIRED_ACTIONS, VERDICTS } from './check.js';

const TextSchema = z.object({ zh: z.string().describe('Chinese'), en: z.string().describe('English') });

export const RuleCitationSchema = CitationSchema.extend({
  effectiveFrom: z.string().describe('First order date (placedAt, China Standard Time) this applies to'),
  effectiveTo: z.string().optional().describe('Last order date this applies to, if it stops'),
  tag: z.string().optional().describe('Cited only when the conclusion names this tag'),
});

export const PublishedScenarioSchema = z.object({
  name: z.string().describe('The scenario, in one sentence'),
  /** The scenario file in the repository. */
  file: z.string().describe('The scenario file in the repository'),
  provision: z.string().describe('The provision the scenario file is about'),
  facts: z
    .object({ zh: z.array(z.string()).describe('Chinese'), en: z.array(z.string()).describe('English') })
    .describe('The facts in plain words, per language'),
  expect: z
    .object({ verdict: z.enum(VERDICTS).describe('The verdict the law gives') })
    .loose()
    .describe('The answer the law gives (verdict, and actions or alternatives where the rulebook settles them)'),
  why: z.string().optional().describe('The legal reasoning behind the expected answer'),
  openQuestion: z.string().optional().describe('Where the rulebook is unclear: the answer chosen and why'),
  r2Change: z.number().int().optional().describe('The revision-r2 change (1–15) this scenario pins'),
  /** Every rule whose finding the ruleset gives for these facts. */
  ruleIds: z.array(z.string()).describe('Every rule whose finding the ruleset gives for these facts'),
});
export type PublishedScenarioJson = z.infer<typeof PublishedScenarioSchema>;

export const PublishedRuleSchema = z.object({
  id: z.string().describe('Stable legal-address id'),
  title: z.string().describe('Title'),
  label: z.string().describe('The question label the rule shares with its exceptions'),
  question: TextSchema.describe('The question the rule decides, in plain words'),
  regimes: z.array(z.string()).describe('The questions (regimes) the rule answers'),
  reasons: z
    .array(z.enum(REFUSAL_REASONS))
    .optional()
    .describe('The stated refusal reasons it judges (all when absent)'),
  outcomes: z.array(z.enum(OUTCOMES)).describe('The outcomes it can conclude'),
  effectiveFrom: z.string().describe('First order date (placedAt, China Standard Time) this applies to'),
  effectiveTo: z.string().optional().describe('Last order date this applies to, if it stops'),
  reviewBefore: z
    .string()
    .optional()
    .describe('Orders placed before this date get REVIEW from this rule (its deciding provision was not yet in force)'),
  citations: z.array(RuleCitationSchema).describe('Every provision it may cite, verbatim, with its dates'),
  versions: z
    .array(
      z.object({
        effectiveFrom: z.string().describe('First order date of the version'),
        effectiveTo: z.string().optional().describe('Last order date of the version, if it stops'),
        citations: z.array(RuleCitationSchema).describe('The provisions cited for orders in this span'),
      }),
    )
    .describe('The citations by span of order dates: no gaps, no overlaps'),
  interpretation: z.array(z.string()).describe('The readings and simplifications the rule makes'),
  /** The rules this one is an exception to. */
  exception: z.array(z.string()).describe('The rules this one is an exception to'),
  /** The rules that are exceptions to this one. */
  exceptionsToIt: z.array(z.string()).describe('The rules that are exceptions to this one'),
  scenarios: z.array(PublishedScenarioSchema).describe('The legal scenarios that pin the rule'),
  href: z.string().describe('The page of this item'),
});
export type PublishedRuleJson = z.infer<typeof PublishedRuleSchema>;

export const RulesetSummarySchema = z.object({
  id: z.string().describe('Stable legal-address id'),
  jurisdiction: z.string().describe('The jurisdiction of the ruleset'),
  status: z.enum(['current', 'retired', 'candidate']).describe('current, retired or candidate'),
  lawBaseline: z.string().describe('The law the ruleset reads, as of this date'),
  releasedAt: z.string().describe('Release date'),
  revises: z.string().optional().describe('The ruleset this one revises'),
  changes: z.array(z.string()).describe('What changed from the ruleset it revises'),
  ruleCount: z.number().int().describe('Number of rules'),
  href: z.string().describe('The page of this item'),
  /** The diff from the ruleset it revises. */
  diffHref: z.string().optional().describe('The diff from the ruleset it revises'),
});

export const RulebookIndexSchema = z.object({
  current: z.string().describe('The id of the current ruleset'),
  rulesets: z.array(RulesetSummarySchema).describe('Every released ruleset, the current one first'),
  /** The current ruleset's rules by question. */
  groups: z
    .array(
      z.object({
        regime: z.string().describe('The question (regime)'),
        name: TextSchema.describe('The question, in plain words'),
        rules: z
          .array(
            z.object({
              id: z.string().describe('Stable legal-address id'),
              title: z.string().describe('Title'),
              question: TextSchema.describe('The question the rule decides, in plain words'),
              href: z.string().describe('The rule page'),
            }),
          )
          .describe('The rules'),
      }),
    )
    .describe("The current ruleset's rules by question"),
});
export type RulebookIndex = z.infer<typeof RulebookIndexSchema>;

export const PublishedRulesetSchema = RulesetSummarySchema.extend({
  parameters: z
    .record(
      z.string(),
      z.object({
        value: z.number().describe('The number'),
        unit: z.enum(['days', 'months', 'years']).describe('days, months or years'),
        effectiveFrom: z.string().describe('First order date (placedAt, China Standard Time) this applies to'),
        source: z.string().describe('The provision that fixes it'),
        description: z.string().describe('What it is'),
      }),
    )
    .describe('The dated statutory numbers the ruleset reads'),
  calendar: z
    .object({
      source: z.string().describe('Where the data comes from'),
      firstYear: z.number().int().describe('First year covered'),
      lastYear: z.number().int().describe('Last year covered'),
    })
    .describe('The rest-day calendar the ruleset counts periods with'),
  rules: z.array(PublishedRuleSchema).describe('The rules'),
});
export type PublishedRulesetJson = z.infer<typeof PublishedRulesetSchema>;

export const PublishedRuleResponseSchema = z.object({
  rulesetId: z.string().describe('The ruleset'),
  rule: PublishedRuleSchema.describe('The rule'),
});

const RuleRefSchema = z.object({
  id: z.string().describe('Stable legal-address id'),
  title: z.string().describe('Title'),
});
const ActionsSchema = z.object({
  requiredActions: z.array(z.enum(REQUIRED_ACTIONS)).describe('Required actions'),
  alternativeReasons: z.array(z.enum(REFUSAL_REASONS)).describe('Lawful alternative reasons'),
});

export const RulesetDiffSchema = z.object({
  from: z.string().describe('The earlier ruleset'),
  to: z.string().describe('The later ruleset'),
  added: z.array(RuleRefSchema).describe('Rules the later ruleset adds'),
  removed: z.array(RuleRefSchema).describe('Rules the later ruleset removes'),
  changed: z
    .array(
      z.object({
        id: z.string().describe('Stable legal-address id'),
        title: z.string().describe('Title'),
        fields: z
          .array(
            z.object({
              field: z.string().describe('The field'),
              before: z.unknown().describe('Before'),
              after: z.unknown().describe('After'),
            }),
          )
          .describe('The fields that changed, before and after'),
      }),
    )
    .describe('Rules whose definition changed'),
  unchanged: z.number().int().describe('Number of rules unchanged'),
  changes: z.array(z.string()).describe('What changed from the ruleset it revises'),
  scenarioCount: z.number().int().describe('Number of scenarios compared'),
  scenarioChanges: z
    .array(
      z.object({
        name: z.string().describe('The scenario, in one sentence'),
        file: z.string().describe('The scenario file in the repository'),
        expected: z.enum(VERDICTS).describe('The verdict the scenario expects'),
        before: z.enum(VERDICTS).describe('Before'),
        after: z.enum(VERDICTS).describe('After'),
        r2Change: z.number().int().optional().describe('The revision-r2 change (1–15) this scenario pins'),
      }),
    )
    .describe('Scenarios whose verdict differs between the two rulesets'),
  /** Scenarios with the same verdict under both, but other required actions or lawful alternatives. */
  actionChanges: z
    .array(
      z.object({
        name: z.string().describe('The scenario, in one sentence'),
        file: z.string().describe('The scenario file in the repository'),
        verdict: z.enum(VERDICTS).describe('The verdict'),
        before: ActionsSchema.describe('Under the earlier ruleset'),
        after: ActionsSchema.describe('Under the later ruleset'),
        r2Change: z.number().int().optional().describe('The revision-r2 change (1–15) this scenario pins'),
      }),
    )
    .describe('Scenarios with the same verdict but other required actions or alternatives'),
});
export type RulesetDiffJson = z.infer<typeof RulesetDiffSchema>;

/** The query of every rulebook page: the language, optional. */
export const RulebookQuerySchema = z.object({
  lang: z.enum(['zh', 'en']).optional().describe('Page language (zh or en); by default from Accept-Language'),
});

const IdSchema = z.string().min(1).max(200);
export const RulesetParamsSchema = z.object({ rulesetId: IdSchema });
export const RuleParamsSchema = z.object({ rulesetId: IdSchema, ruleId: IdSchema });
export const DiffParamsSchema = z.object({ from: IdSchema, to: IdSchema });
