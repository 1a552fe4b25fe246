import { describe, expect, it } from 'vitest';
import { CN_POLICY_REVISION } from '#rules/cn-policy/index.js';
import { lintWithCurrentRuleset } from '#shared/policy-lint/index.js';
import { pinnedTexts, pinOf, readPins } from './pins.js';

describe(`Policy pack revision ${CN_POLICY_REVISION} is frozen`, () => {
  it('names its revision in every answer', () => {
    expect(CN_POLICY_REVISION).toMatch(/^cn-policy\.\d+$/);
    expect(lintWithCurrentRuleset('本店保留最终解释权。').policyRevision).toBe(CN_POLICY_REVISION);
  });

  it('answers every pinned text byte for byte as when the revision was pinned', () => {
    // Prepare
    const pins = readPins(CN_POLICY_REVISION);
    expect(
      pins,
      `no pins for ${CN_POLICY_REVISION}: run npx tsx test/policy-lint/revision/pins.ts --write`,
    ).toBeDefined();
    // Act
    const texts = pinnedTexts();
    const unpinned: string[] = [];
    const changed: string[] = [];
    for (const text of texts) {
      const [key, digest] = pinOf(text);
      if (pins?.[key] === undefined) unpinned.push(text);
      else if (pins[key] !== digest) changed.push(text);
    }
    // Assess: a changed answer is a new revision (CHANGELOG); a new text is pinned with --write.
    expect(changed).toEqual([]);
    expect(unpinned).toEqual([]);
    expect(texts.length).toBeGreaterThan(2000);
    // Twenty thousand texts take about 20 s on two idle cores and 50 s on loaded ones: a behaviour test, given the time.
  }, 240_000);
});
