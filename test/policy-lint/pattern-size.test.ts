import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintWithCurrentRuleset } from '#shared/policy-lint/index.js';
import { loadCorpus, loadSeventhKey, loadTwentiethKey } from './corpus.js';

/**
 * V8 compiles a pattern of more than 20 KiB of source without its optimisations (`kRegExpTooLargeToOptimize` in V8's
 * regexp.h): measured on `REFUSE_EN` at `cn-policy.302`, one branch more (20,441 → 20,481 characters) made it 30 times slower
 * over the bench policy's clauses, and the whole lint 25% slower. A pattern that grows past the limit must be split.
 */
const V8_TOO_LARGE_TO_OPTIMIZE = 20 * 1024;

describe('The patterns the lint runs stay small enough for V8 to optimise them', () => {
  const sizes = new Map<string, number>();
  const exec = RegExp.prototype.exec;
  beforeAll(() => {
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      if (this.source.length > 4096) sizes.set(this.source, this.source.length);
      return exec.call(this, text);
    };
  });
  afterAll(() => {
    RegExp.prototype.exec = exec;
  });

  it(`reads real policies with no pattern of more than ${V8_TOO_LARGE_TO_OPTIMIZE} characters`, () => {
    for (const clause of [...loadCorpus(), ...loadSeventhKey(), ...loadTwentiethKey()])
      lintWithCurrentRuleset(clause.text);
    // The large patterns were run (the record works), and none is too large.
    expect(sizes.size).toBeGreaterThan(5);
    const tooLarge = [...sizes.entries()]
      .filter(([, size]) => size > V8_TOO_LARGE_TO_OPTIMIZE)
      .map(([source, size]) => `${size}: ${source.slice(0, 80)}…`);
    expect(tooLarge).toEqual([]);
  });
});
