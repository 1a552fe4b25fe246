import { describe, expect, it } from 'vitest';
import { matchesOf } from '#shared/policy-lint/matches.js';

describe('matchesOf', () => {
  it('gives what matchAll gives, empty matches and astral characters included', () => {
    const cases: [RegExp, string][] = [
      [/\d+/g, '3天或72小时，15个工作日'],
      [/(?:)/g, 'a𠀀b'],
      [/(?:)/gu, 'a𠀀b'],
      [/x*/g, 'xxaxb'],
      [/(?<=不)退/g, '不退不换，可退'],
      [/z/g, ''],
    ];
    for (const [pattern, text] of cases) {
      const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0], ...m.slice(1)]);
      expect(matchesOf(pattern, text).map((m) => [m.index, m[0], ...m.slice(1)])).toEqual(expected);
    }
  });

  it('starts at the text’s start whatever the pattern’s lastIndex, and leaves it at 0', () => {
    const pattern = /退/g;
    pattern.lastIndex = 3;
    expect(matchesOf(pattern, '退货退款').map((m) => m.index)).toEqual([0, 2]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern without the g flag (it would find one match for ever)', () => {
    expect(() => matchesOf(/退/, '退货')).toThrow(TypeError);
  });
});
