/**
 * The first lints of a fresh process, for `npm run bench`: lints the policy in the file named twice and prints the CPU
 * milliseconds of each as JSON (`{"first":…,"second":…}`), the modules imported before either. The bench runs it with
 * and without V8 options: the first lint of a process compiles every pattern the clause rules run.
 *
 * @example node --no-regexp-tier-up --import tsx test/bench/first-lint.ts policy.txt // {"first":171.2,"second":6.1}
 */
import { readFileSync } from 'node:fs';
import { lintWithCurrentRuleset } from '#shared/policy-lint/index.js';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: first-lint.ts <policy file>');
const text = readFileSync(file, 'utf8');
const lintCpu = (): number => {
  const before = process.cpuUsage();
  lintWithCurrentRuleset(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const first = lintCpu();
const second = lintCpu();
process.stdout.write(JSON.stringify({ first, second }));
