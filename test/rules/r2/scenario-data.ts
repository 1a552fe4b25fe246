import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { INSTRUMENTS, REFUSAL_REASONS, REQUIRED_ACTIONS, VERDICTS } from '#schemas/check.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const RULES_DIR = join(root, 'shared/rules');

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

/** A deep merge: objects merge, arrays and scalars replace, `null` sets null. */
export function applyPatch(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) out[key] = applyPatch(out[key], value);
  return out;
}

export function loadBases(): Record<string, unknown> {
  const bases: Record<string, unknown> = {};
  for (const name of readdirSync(RULES_DIR).filter((f) => /^scenario-bases(-\d+)?\.json$/.test(f))) {
    for (const [key, value] of Object.entries(JSON.parse(readFileSync(join(RULES_DIR, name), 'utf8')))) {
      if (key in bases) throw new Error(`scenario base ${key} is defined twice`);
      bases[key] = value;
    }
  }
  return bases;
}

/** Every `art*.scenarios.json` beside the article modules, validated. */
export function loadScenarioCases(): { file: string; provision: string; cases: ScenarioCase[] }[] {
  const out: { file: string; provision: string; cases: ScenarioCase[] }[] = [];
  for (const dir of readdirSync(RULES_DIR)
    .filter((d) => d.startsWith('cn-'))
    .sort()) {
    for (const name of readdirSync(join(RULES_DIR, dir))
      .filter((f) => f.endsWith('.scenarios.json'))
      .sort()) {
      const path = join(RULES_DIR, dir, name);
      const parsed = ScenarioFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      out.push({ file: relative(root, path), provision: parsed.provision, cases: parsed.cases });
    }
  }
  return out;
}
