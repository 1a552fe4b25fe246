/**
 * npm run lint-policy -- <file>: lints a shop's return policy from a file (or `-` for stdin) and
 * prints each void clause with its provisions, why it is void, and lawful wording. Exit code 1 when a
 * void clause is found, 2 on a usage or input error, 0 otherwise.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { LintedClause } from '#schemas/policy-lint.js';
import { MAX_POLICY_CHARS, PolicyLintRequestSchema } from '#schemas/policy-lint.js';
import { correctedPolicy, lintWithCurrentRuleset } from './index.js';

const HELP = `npm run lint-policy -- [options] <file | ->

Checks a published return / after-sales policy (Chinese, simplified or traditional, or English; up
to ${MAX_POLICY_CHARS.toLocaleString('en-US')} characters) against PRC consumer law, clause by clause.

  --json               print the API answer (contract 1.1, POST /v1/policies/lint) as JSON
  --lang zh|en         language of the report and of --corrected (default zh)
  --corrected          print the policy with every void clause replaced by its suggestion
  --days <n>           the no-reason return days the shop promises (policy.returnWindowDays)
  --covers-excluded    the promise covers statutorily excluded goods (policy.coversExcludedGoods)
  --all                list lawful clauses too
  --help               this text

Exit code: 1 when a void clause is found, 2 on a usage or input error, 0 otherwise.`;

function fail(message: string): never {
  process.stderr.write(`lint-policy: ${message}\n`);
  process.exit(2);
}

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') fail('--lang must be zh or en');
  if (positionals.length !== 1) fail(`name one file (or - for stdin)\n\n${HELP}`);
  const file = positionals[0] as string;
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  const policy: Record<string, unknown> = {};
  if (values.days !== undefined)
    policy.returnWindowDays = /^\d+$/.test(values.days) ? Number(values.days) : values.days;
  if (values['covers-excluded']) policy.coversExcludedGoods = true;
  const request = PolicyLintRequestSchema.safeParse({ text, ...(Object.keys(policy).length ? { policy } : {}) });
  if (!request.success)
    fail(request.error.issues.map((issue) => `${issue.path.join('.') || 'text'}: ${issue.message}`).join('; '));
  const result = lintWithCurrentRuleset(request.data.text, request.data.policy);
  const voidCount = result.clauses.filter((c) => c.verdict === 'void').length;
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (values.corrected) process.stdout.write(correctedPolicy(request.data.text, result, lang));
  else
    process.stdout.write(
      report(
        result.clauses,
        request.data.text,
        lang,
        values.all === true,
        `${result.rulesetVersion} / ${result.policyRevision}`,
      ),
    );
  return voidCount > 0 ? 1 : 0;
}

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  corrected: { type: 'boolean' },
  days: { type: 'string' },
  'covers-excluded': { type: 'boolean' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const WORDS = {
  zh: {
    void: '无效',
    review: '需人工审核',
    lawful: '未发现问题',
    line: '第{n}行',
    why: '理由',
    cite: '依据',
    fix: '建议改为',
    sum: '共 {n} 条：无效 {v} 条，需审核 {r} 条。规则库 {id}。',
  },
  en: {
    void: 'VOID',
    review: 'REVIEW',
    lawful: 'lawful',
    line: 'line {n}',
    why: 'Why',
    cite: 'Provisions',
    fix: 'Suggested wording',
    sum: '{n} clauses: {v} void, {r} to review. Ruleset {id}.',
  },
} as const;

function report(clauses: readonly LintedClause[], text: string, lang: 'zh' | 'en', all: boolean, id: string): string {
  const w = WORDS[lang];
  const out: string[] = [];
  for (const clause of clauses) {
    if (clause.verdict === 'lawful' && !all) continue;
    const line = text.slice(0, clause.start).split('\n').length;
    out.push(
      `[${w[clause.verdict]}] ${w.line.replace('{n}', String(line))} (${clause.start}–${clause.end}): ${clause.text}`,
    );
    if (clause.verdict === 'lawful') continue;
    if (clause.issues.length) out.push(`  issues: ${clause.issues.join(', ')}`);
    out.push(`  ${w.why}: ${clause.message[lang]}`);
    const cites = clause.citations.map(
      (c) => `${c.instrument} ${c.article}${c.paragraph ? `(${c.paragraph})` : ''}${c.item ? `[${c.item}]` : ''}`,
    );
    out.push(`  ${w.cite}: ${cites.join('; ')}`);
    out.push(`  ${w.fix}: ${clause.suggestion[lang]}`);
    out.push('');
  }
  const count = (v: string) => clauses.filter((c) => c.verdict === v).length;
  out.push(
    w.sum
      .replace('{n}', String(clauses.length))
      .replace('{v}', String(count('void')))
      .replace('{r}', String(count('review')))
      .replace('{id}', id),
  );
  return `${out.join('\n')}\n`;
}

process.exitCode = main(process.argv.slice(2));
