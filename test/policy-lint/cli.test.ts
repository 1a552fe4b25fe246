import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'lint-policy-'));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'shared/policy-lint/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run lint-policy', () => {
  it('prints each void clause with its provisions and suggestion, and exits 1', () => {
    const { code, out } = run([file('void.txt', '1. 特价商品不退不换。\n2. 支持七天无理由退货。\n')]);
    expect(code).toBe(1);
    expect(out).toContain('[无效] 第1行');
    expect(out).toContain('sale_items_excluded');
    expect(out).toContain('CRPL 26(3)');
    expect(out).not.toContain('支持七天无理由退货。\n  issues');
  });

  it('exits 0 for a lawful policy, read from stdin', () => {
    const { code, out } = run(['-'], '支持七天无理由退货。无理由退货运费由买家承担。');
    expect(code).toBe(0);
    expect(out).toMatch(/无效 0 条/);
  });

  it('answers the API shape with --json and English with --lang en', () => {
    const json = run(['--json', file('json.txt', 'All sales are final.')]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).clauses[0]).toMatchObject({ verdict: 'void', issues: ['no_returns_at_all'] });
    const en = run(['--lang', 'en', file('en.txt', '本店保留最终解释权。')]);
    expect(en.out).toContain('[VOID] line 1');
    expect(en.out).toContain('Suggested wording');
  });

  it('prints the corrected policy with --corrected, keeping list markers and lawful clauses', () => {
    const { out } = run([
      '--corrected',
      '--lang',
      'zh',
      file('fix.txt', '1. 支持七天无理由退货。\n2. 一经售出，概不退换。\n'),
    ]);
    expect(out.startsWith('1. 支持七天无理由退货。\n2. 自签收商品次日起7日内')).toBe(true);
  });

  it('exits 2 with a message on misuse (no file, a bad --lang, an unreadable file) and 0 for --help', () => {
    expect(run([]).code).toBe(2);
    expect(run(['--lang', 'fr', file('x.txt', 'x')]).err).toContain('--lang must be zh or en');
    expect(run([join(dir, 'missing.txt')]).err).toContain('cannot read');
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--json');
  });
});
