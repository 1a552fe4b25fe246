/**
 * The legal scenarios of the current reading, as data: named base requests (`scenario-bases.json`)
 * and, beside each article module, `art*.scenarios.json` files of small patches over a base with the
 * answer RULES.md gives. The scenario tests run them; the published rulebook shows them under the
 * rules they pin. Both read them from here, so there is one copy.
 */
import * as z from 'zod';
import {
  type CheckRequest,
  CheckRequestSchema,
  INSTRUMENTS,
  REFUSAL_REASONS,
  REQUIRED_ACTIONS,
  VERDICTS,
} from '#schemas/check.js';
import bases from './scenario-bases.json' with { type: 'json' };
import bases2 from './scenario-bases-2.json' with { type: 'json' };
import { SCENARIO_FILE_DATA } from './scenario-files.js';

export const ExpectSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  requiredActions: z.array(z.enum(REQUIRED_ACTIONS)).optional(),
  alternativeReasons: z.array(z.enum(REFUSAL_REASONS)).optional(),
  ruleIds: z.array(z.string().min(1)).optional(),
  citesOneOf: z.array(z.tuple([z.enum(INSTRUMENTS), z.number().int()])).optional(),
  citesNone: z
    .array(z.union([z.tuple([z.enum(INSTRUMENTS)]), z.tuple([z.enum(INSTRUMENTS), z.number().int()])]))
    .optional(),
  returnWindowEndsAt: z.string().optional(),
  qualityWindowEndsAt: z.string().optional(),
});
export type Expect = z.infer<typeof ExpectSchema>;

/** One case of a scenario file beside an article module: a sentence, a patch over a named base request, the answer. */
export const ScenarioCaseSchema = z.strictObject({
  name: z.string().min(1),
  base: z.string().min(1),
  patch: z.record(z.string(), z.unknown()).default({}),
  context: z.strictObject({ recordedDeliveredAt: z.string().nullable().optional() }).optional(),
  expect: ExpectSchema,
  /** The r2 change (RULES.md "Revision r2" 1–15) this case pins: r1 answers it differently. */
  r2Change: z.number().int().min(1).max(15).optional(),
  why: z.string().optional(),
  /** RULES.md is unclear here: the answer chosen and why. */
  openQuestion: z.string().optional(),
});
export type ScenarioCase = z.infer<typeof ScenarioCaseSchema>;

export const ScenarioFileSchema = z.strictObject({
  provision: z.string().min(1),
  cases: z.array(ScenarioCaseSchema).min(1),
});
export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;

/** A scenario file with the path it was read from (relative to the repository root). */
export interface LoadedScenarioFile extends ScenarioFile {
  readonly file: string;
}

/** The ruleset the scenario files were written for. */
export const SCENARIO_RULESET = 'cn-2024-07-01.r2';

/**
 * A deep merge: objects merge, arrays and scalars replace, `null` sets null.
 *
 * @example applyPatch({ a: { b: 1, c: 2 } }, { a: { c: 3 } }) // { a: { b: 1, c: 3 } }
 */
export function applyPatch(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) out[key] = applyPatch(out[key], value);
  return out;
}

/** The files of named base requests (`scenario-bases*.json`); a test keeps this list complete. */
export const SCENARIO_BASE_FILES: readonly (readonly [string, Record<string, unknown>])[] = [
  ['shared/rules/scenario-bases.json', bases],
  ['shared/rules/scenario-bases-2.json', bases2],
];

let allBases: Readonly<Record<string, unknown>> | undefined;

/** The named base requests of every base file, as written (not validated: a base may be incomplete until patched). */
export function scenarioBases(): Readonly<Record<string, unknown>> {
  if (allBases) return allBases;
  const merged: Record<string, unknown> = {};
  for (const [file, named] of SCENARIO_BASE_FILES)
    for (const [key, value] of Object.entries(named)) {
      if (key in merged) throw new Error(`scenario base ${key} is defined twice (again in ${file})`);
      merged[key] = value;
    }
  allBases = Object.freeze(merged);
  return allBases;
}

/** A scenario file that does not match `ScenarioFileSchema`: the message names the file and the field. */
export class InvalidScenarioFileError extends Error {
  override readonly name = 'InvalidScenarioFileError';
  constructor(
    readonly file: string,
    cause: z.ZodError,
  ) {
    super(`${file}: ${z.prettifyError(cause)}`, { cause });
  }
}

let loaded: readonly LoadedScenarioFile[] | undefined;

/** Every scenario file, validated once (throws `InvalidScenarioFileError` naming the file's bad field). */
export function scenarioFiles(): readonly LoadedScenarioFile[] {
  loaded ??= SCENARIO_FILE_DATA.map(([file, data]) => {
    const parsed = ScenarioFileSchema.safeParse(data);
    if (!parsed.success) throw new InvalidScenarioFileError(file, parsed.error);
    return Object.freeze({ file, ...parsed.data });
  });
  return loaded;
}

/** The full, validated check request of a case: its base with its patch applied. */
export function scenarioRequest(scenario: ScenarioCase): CheckRequest {
  return CheckRequestSchema.parse(applyPatch(scenarioBases()[scenario.base], scenario.patch));
}
