import { ErrorBodySchema } from '#schemas/common.js';
import {
  PublishedRuleResponseSchema,
  PublishedRulesetSchema,
  RulebookIndexSchema,
  RulebookQuerySchema,
  RulesetDiffSchema,
} from '#schemas/rulebook.js';
import type { RouteSpec } from './routes.js';

const invalid = { 400: { description: 'Invalid `lang`', schema: ErrorBodySchema } };
const notFound = { 404: { description: 'No such ruleset or rule', schema: ErrorBodySchema } };
const common = { fn: 'publishRulebook', tag: 'rulebook', auth: 'none', api: true, query: RulebookQuerySchema } as const;

/** The published rulebook (functions/publish-rulebook): HTML by default, JSON with `Accept: application/json`. */
export const RULEBOOK_ROUTES = [
  {
    ...common,
    key: 'GET /rules',
    summary:
      'The released rulesets, the current one first, its rules by question (HTML, or JSON with Accept: application/json)',
    responses: { 200: { description: 'The rulebook index', schema: RulebookIndexSchema }, ...invalid },
  },
  {
    ...common,
    key: 'GET /rules/{rulesetId}',
    summary: 'Every rule of a ruleset: question, verbatim articles, interpretation, exceptions, dates, scenarios',
    responses: { 200: { description: 'The ruleset', schema: PublishedRulesetSchema }, ...invalid, ...notFound },
  },
  {
    ...common,
    key: 'GET /rules/{rulesetId}/{ruleId}',
    summary: 'One rule with every scenario that pins it',
    responses: { 200: { description: 'The rule', schema: PublishedRuleResponseSchema }, ...invalid, ...notFound },
  },
  {
    ...common,
    key: 'GET /rules/diff/{from}/{to}',
    summary: 'What changed between two rulesets: rules added, changed, removed, and scenarios whose verdict changes',
    responses: { 200: { description: 'The difference', schema: RulesetDiffSchema }, ...invalid, ...notFound },
  },
] as const satisfies readonly RouteSpec[];
