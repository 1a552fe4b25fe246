import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const deployed = ['functions', 'shared'].flatMap((dir) => sources(join(ROOT, dir)));

describe('What the Lambda bundles may import', () => {
  it("imports zod as a namespace, so esbuild can drop the locales (named 'z' pulls in ~450 KB)", () => {
    const offenders = deployed.filter((file) =>
      /import\s*\{\s*z\b[^}]*\}\s*from\s*'zod'/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('never imports test code, the CDK or the local-only packages from deployed code', () => {
    const forbidden = /from\s*'(aws-cdk-lib[^']*|constructs|vitest|fast-check|playwright-core|autocannon|dynalite)'/;
    const offenders = deployed
      .filter((file) => !relative(ROOT, file).startsWith('shared/local/'))
      .filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
