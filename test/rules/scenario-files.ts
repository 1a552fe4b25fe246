import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { ExpectSchema } from '#rules/scenarios.js';

/** The shape of a legal scenario file: validated before any scenario runs. */
export const ScenarioSchema = z.strictObject({
  name: z.string().min(1),
  request: z.unknown(),
  context: z.strictObject({ recordedDeliveredAt: z.string().nullable().optional() }).optional(),
  expect: ExpectSchema,
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export const ScenarioFileSchema = z.array(ScenarioSchema).min(1);

const dir = join(dirname(fileURLToPath(import.meta.url)), 'r1', 'corpus');

/**
 * Every scenario file of the r1 corpus (`test/rules/r1/corpus`), sorted by name, each validated (throws on a file
 * that does not match). The legal tests and the engine benchmark read the corpus through this.
 */
export function loadScenarioFiles(): { file: string; scenarios: Scenario[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, scenarios: ScenarioFileSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))) }));
}
