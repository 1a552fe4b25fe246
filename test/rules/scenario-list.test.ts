import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_FILE_DATA } from '#rules/scenario-files.js';
import { SCENARIO_BASE_FILES, scenarioBases, scenarioFiles } from '#rules/scenarios.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const RULES = join(ROOT, 'shared/rules');

describe('The static list of scenario files (shared/rules/scenario-files.ts)', () => {
  it('names every art*.scenarios.json beside the article modules, and nothing else', () => {
    // Prepare
    const onDisk = readdirSync(RULES)
      .filter((dir) => dir.startsWith('cn-'))
      .flatMap((dir) =>
        readdirSync(join(RULES, dir))
          .filter((name) => name.endsWith('.scenarios.json'))
          .map((name) => `shared/rules/${dir}/${name}`),
      )
      .sort();
    // Act
    const listed = SCENARIO_FILE_DATA.map(([file]) => file).sort();
    // Assess
    expect(listed).toEqual(onDisk);
  });

  it('names every scenario-bases*.json, and no base is defined twice', () => {
    const onDisk = readdirSync(RULES)
      .filter((name) => /^scenario-bases(-\d+)?\.json$/.test(name))
      .map((name) => `shared/rules/${name}`)
      .sort();
    expect(SCENARIO_BASE_FILES.map(([file]) => file).sort()).toEqual(onDisk);
    const count = SCENARIO_BASE_FILES.reduce((n, [, named]) => n + Object.keys(named).length, 0);
    expect(Object.keys(scenarioBases())).toHaveLength(count);
  });

  it('validates every listed file against the scenario schema', () => {
    expect(scenarioFiles().length).toBe(SCENARIO_FILE_DATA.length);
    expect(scenarioFiles().every((f) => f.cases.length > 0)).toBe(true);
  });
});
