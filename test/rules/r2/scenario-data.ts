import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ScenarioCase, scenarioBases, scenarioFiles } from '#rules/scenarios.js';

export type { Expect, ScenarioCase } from '#rules/scenarios.js';
export { applyPatch, ExpectSchema, ScenarioCaseSchema, ScenarioFileSchema } from '#rules/scenarios.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const RULES_DIR = join(root, 'shared/rules');

/** The named base requests (shared/rules/scenario-bases.json). */
export function loadBases(): Record<string, unknown> {
  return { ...scenarioBases() };
}

/** Every `art*.scenarios.json` beside the article modules, validated (read through `#rules/scenarios.js`). */
export function loadScenarioCases(): { file: string; provision: string; cases: ScenarioCase[] }[] {
  return scenarioFiles().map((f) => ({ file: f.file, provision: f.provision, cases: [...f.cases] }));
}
