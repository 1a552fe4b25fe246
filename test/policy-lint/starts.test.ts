import { describe, expect, it } from 'vitest';
import * as lexicon from '#rules/cn-policy/lexicon.js';
import { matchesOf } from '#shared/policy-lint/matches.js';
import { firstCharacters, startingWhereItCan } from '#shared/policy-lint/starts.js';
import { loadCorpus, loadSeventhKey, loadTenthKey, loadTwentiethKey } from './corpus.js';

describe('firstCharacters', () => {
  it('reads the characters a match can start with, past look-arounds, word boundaries and optional parts', () => {
    expect(firstCharacters('abc|d[ef]|(?:x|y)?z')).toBe('adxyz');
    expect(firstCharacters(String.raw`(?<!不)质量问题|\bfoo`)).toBe('质f');
    expect(firstCharacters('(?=x)(?<!y)ab|c{0,2}d')).toBe('acd');
    expect(firstCharacters('(?<name>满|不)\\d+')).toBe('满不');
    expect(firstCharacters(String.raw`\u4e00x|\p{L}`, 'u')).toBe(String.raw`\u4e00\p{L}`);
  });

  it('keeps a class body whole, with a "-" at either end made a character, not a range', () => {
    expect(firstCharacters('[-x]a|[y-]|b')).toBe(String.raw`\-xy\-b`);
    expect(firstCharacters('[a-c]|[\\]]')).toBe('a-c\\]');
  });

  it('gives up where a match can start anywhere: an empty match, ".", a negated class, a back-reference, the v flag', () => {
    for (const source of ['a?', 'a|', '(?:x)*', '.b', '[^a]b', '(a)\\1|b', '(?<x>a)\\k<x>', '(?=a)']) {
      expect(firstCharacters(source), source).toBeNull();
    }
    expect(firstCharacters('[a]', 'v')).toBeNull();
  });

  it('answers null, and returns, on what it cannot read (a back-reference first looped for ever)', () => {
    for (const source of ['(a)\\1|b', '(?i:a)b', '(?<x', '[a', '(a', 'a)', '\\u{1F600']) {
      expect(firstCharacters(source), source).toBeNull();
    }
  });
});

describe('startingWhereItCan', () => {
  it('puts the look-ahead before the pattern and keeps its flags and groups', () => {
    const pattern = startingWhereItCan(/(?<!不)(质量)问题|\bliability/gi);
    expect(pattern.source).toBe(String.raw`(?=[质l])(?:(?<!不)(质量)问题|\bliability)`);
    expect(pattern.flags).toBe('gi');
    expect('LIABILITY'.match(pattern)).toEqual(['LIABILITY']);
    expect(startingWhereItCan(/a?/)).toEqual(/a?/);
  });

  it('finds the same matches as the pattern without it, at the same places, on every labelled clause', () => {
    const texts = [loadCorpus(), loadSeventhKey(), loadTenthKey(), loadTwentiethKey()].flatMap((set) =>
      set.map((c) => c.text),
    );
    const patterns = [
      ...Object.values(lexicon).filter((value): value is RegExp => value instanceof RegExp),
      /[-x]a|[y-]|b/,
      /(?:所有|任何)[^,;。]{0,12}运费|(?<=运费)[^,;。]{0,8}自理|\b(?:our )?liability\b/i,
    ].map((pattern) => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));
    let compared = 0;
    const found = (re: RegExp) =>
      texts.map((text) =>
        matchesOf(re, text)
          .map((m) => [m.index, ...m].join('\u0000'))
          .join('\u0001'),
      );
    for (const pattern of patterns) {
      const fast = startingWhereItCan(pattern);
      if (fast === pattern) continue;
      compared++;
      const expected = found(pattern);
      const differing = found(fast).flatMap((matches, i) => (matches === expected[i] ? [] : [texts[i]]));
      expect(differing, pattern.source.slice(0, 60)).toEqual([]);
    }
    expect(compared).toBeGreaterThan(20);
  });
});
