import { describe, expect, it } from 'vitest';
import { POLICY_ISSUES } from '#schemas/policy-lint.js';
import {
  agreement,
  figures,
  keysOnSameText,
  LATER_KEYS,
  lintEntry,
  lintInContext,
  loadCorpus,
  loadEveryKey,
  loadFourthKey,
  loadIndependentKey,
  loadSecondKey,
  loadSecondReader,
  loadThirdKey,
} from './corpus.js';

const corpus = loadCorpus();
const outcomes = corpus.map(lintEntry);

describe('The policy-lint corpus', () => {
  it('holds at least 150 labelled clauses, real and written, void and lawful, with a held-out split of about 30%', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
    expect(corpus.filter((c) => c.origin === 'real').length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((c) => c.verdict === 'void').length).toBeGreaterThan(50);
    expect(corpus.filter((c) => c.verdict === 'lawful').length).toBeGreaterThan(50);
    const heldOut = corpus.filter((c) => c.split === 'heldout').length / corpus.length;
    expect(heldOut).toBeGreaterThan(0.25);
    expect(heldOut).toBeLessThan(0.35);
  });

  it('labels every void clause with at least one issue code of the contract', () => {
    for (const clause of corpus.filter((c) => c.verdict === 'void')) {
      expect(clause.issues.length, clause.id).toBeGreaterThan(0);
      for (const issue of clause.issues) expect(POLICY_ISSUES).toContain(issue);
    }
  });

  for (const split of ['tune', 'heldout'] as const) {
    it(`finds void clauses with precision and recall of at least 0.9 on the ${split} split`, () => {
      const f = figures(outcomes.filter((o) => o.clause.split === split));
      expect(f.precision).toBeGreaterThanOrEqual(0.9);
      expect(f.recall).toBeGreaterThanOrEqual(0.9);
      // Issue codes are reported by the bench; on clauses never tuned on they are a figure, not a gate.
      if (split === 'tune') expect(f.issueAccuracy).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe("The lead's independent answer key (test/policy-lint/heldout/independent.json)", () => {
  it('finds void clauses with precision and recall of at least 0.9 on the split it gives to tune on', () => {
    const key = loadIndependentKey();
    if (key.length === 0) return; // not in this checkout
    const f = figures(key.filter((c) => c.split === 'tune').map(lintEntry));
    expect(f.precision).toBeGreaterThanOrEqual(0.9);
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
  });
});

/** A page is wholly in one half: a rule tuned on one half has never seen the other half's pages. */
/** A key's page: the search-file id where the source names one (several writers name the same page differently). */
function pageOf(source: string): string {
  return /id (\d+)/.exec(source)?.[1] ?? source;
}

function eachPageInOneHalf(key: readonly { source: string; split: string }[]): boolean {
  const splits = new Map<string, Set<string>>();
  for (const c of key) splits.set(c.source, (splits.get(c.source) ?? new Set()).add(c.split));
  return [...splits.values()].every((s) => s.size === 1);
}

describe('The second blind key (test/policy-lint/heldout/independent-2.json)', () => {
  it('is well formed: ids, labels from RULES.md §5 with a reason, real clauses with their source, split by page', () => {
    const key = loadSecondKey();
    expect(key.length).toBeGreaterThanOrEqual(150);
    expect(new Set(key.map((c) => c.id)).size).toBe(key.length);
    expect(key.filter((c) => c.origin === 'real').length).toBeGreaterThanOrEqual(130);
    expect(eachPageInOneHalf(key)).toBe(true);
  });

  it('on the pages it gives to tune on, finds void clauses with precision and recall of at least 0.9', () => {
    const f = figures(
      loadSecondKey()
        .filter((c) => c.split === 'tune')
        .map(lintInContext),
    );
    expect(f.precision).toBeGreaterThanOrEqual(0.9);
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('The third blind key (test/policy-lint/heldout/independent-3.json)', () => {
  it('is well formed: real clauses with their source and a reason, split by page', () => {
    const key = loadThirdKey();
    expect(key.length).toBeGreaterThanOrEqual(700);
    expect(new Set(key.map((c) => c.id)).size).toBe(key.length);
    expect(key.every((c) => c.origin === 'real' && c.why.length > 0)).toBe(true);
    expect(new Set(key.map((c) => c.source)).size).toBeGreaterThanOrEqual(50);
    expect(eachPageInOneHalf(key)).toBe(true);
  });
});

describe('The fourth blind key (test/policy-lint/heldout/independent-4.json)', () => {
  it('is well formed: real clauses with their source and a reason, ids unique, no clause of another key', () => {
    const key = loadFourthKey();
    expect(key.length).toBeGreaterThanOrEqual(700);
    expect(new Set(key.map((c) => c.id)).size).toBe(key.length);
    expect(key.every((c) => c.origin === 'real' && c.why.length > 0)).toBe(true);
    const third = new Set(loadThirdKey().map((c) => c.source));
    expect(key.filter((c) => third.has(c.source))).toEqual([]);
  });
});

describe("A second reader's labels of the third key's held-out half", () => {
  it('label every held-out clause once, and agree with the key well above chance but not perfectly', () => {
    const reader = loadSecondReader();
    const heldout = loadThirdKey().filter((c) => c.split === 'heldout');
    expect(reader.map((c) => c.id).sort()).toEqual(heldout.map((c) => c.id).sort());
    const figures = agreement(heldout, reader);
    // Two readers of RULES.md §5 (2026-11-29): precision 0.78, recall 0.92. Pinned loosely, as a record.
    expect(figures.precision).toBeGreaterThan(0.7);
    expect(figures.recall).toBeGreaterThan(0.85);
  });
});

describe('The keys against one another on the same text (keysOnSameText)', () => {
  const clause = (id: string, text: string, verdict: 'void' | 'lawful' | 'review', why = '') => ({
    id,
    text,
    source: 'boundary variant',
    origin: 'real' as const,
    verdict,
    issues: [],
    split: 'tune' as const,
    why,
  });

  it('pairs copies of one text from two keys (case, spaces and punctuation aside), never two of one key', () => {
    const same = keysOnSameText([
      [clause('a-001', '特价商品不退不换。', 'void'), clause('a-002', '特价商品 不退不换', 'void')],
      [clause('b-001', '特價商品不退不換', 'void'), clause('b-002', 'Sale items: final sale!', 'lawful')],
      [clause('c-001', 'sale items final sale', 'void', 'UNSURE: read for the consumer')],
    ]);
    // Traditional and simplified are two texts; the two copies of one key are no pair; "Sale items…" is one text.
    expect(same.texts).toBe(1);
    expect(same.pairs).toBe(1);
    // One void label of two: each way, one disagreement and no agreement.
    expect(same.agreement).toBe(0);
    // The only pair has an unsure writer: no sure pair, nothing to disagree on.
    expect(same.sureAgreement).toBe(1);
    expect(same.clauses.map((c) => c.id).sort()).toEqual(['b-002', 'c-001']);
  });

  it('reads each pair both ways: two void labels agree, one void label of two disagrees', () => {
    const same = keysOnSameText([
      [clause('a-001', '本店保留最终解释权', 'void'), clause('a-002', '请保留好原包装盒', 'lawful')],
      [clause('b-001', '本店保留最终解释权。', 'void'), clause('b-002', '请保留好原包装盒。', 'void')],
      [clause('c-001', '请保留好原包装盒', 'lawful')],
    ]);
    expect(same.texts).toBe(2);
    expect(same.pairs).toBe(4);
    // Void pairs: (a-001, b-001) both void: 2 agreements; (a-002, b-002) and (b-002, c-001): 1 disagreement each.
    expect(same.agreement).toBeCloseTo(2 / 4, 10);
  });

  it('leaves out texts too short to be one text copied (fewer than six characters once read so)', () => {
    expect(keysOnSameText([[clause('a-001', '不退。', 'void')], [clause('b-001', '不退', 'void')]]).texts).toBe(0);
  });

  it('reads every blind key in the checkout, and the keys disagree on some texts they share', () => {
    const keys = loadEveryKey();
    expect(keys.length).toBe(117);
    for (const key of keys) expect(key.length).toBeGreaterThan(0);
    const same = keysOnSameText(keys);
    expect(same.texts).toBeGreaterThan(100);
    // Recorded 2026-12-06 (283 texts, 618 pairs): 0.769. Pinned loosely, as a record that writers disagree.
    expect(same.agreement).toBeLessThan(0.9);
  });
});

/**
 * The blind keys from the fifth on (`LATER_KEYS` of `corpus.ts`): each well formed (real clauses, ids unique, a reason
 * each), used as its docstring in `corpus.ts` says (split by page, tuned on whole, or held out whole), and sharing no page
 * with the keys before it (from the eighth on, a page is its search-file id, as several writers name one page differently).
 */
for (const [index, { n, file, load, min, use = 'split' }] of LATER_KEYS.entries()) {
  // The keys before it: the third and fourth, and every later key above it in the table.
  const earlier = [loadThirdKey, loadFourthKey, ...LATER_KEYS.slice(0, index).map((key) => key.load)];
  describe(`The ${n} blind key (test/policy-lint/heldout/independent-${file}.json)`, () => {
    it(`is well formed, ${use === 'split' ? 'split by page' : `${use === 'tune' ? 'tuned on' : 'held out'} whole`}, and shares no page with the keys before it`, () => {
      const key = load();
      expect(key.length).toBeGreaterThanOrEqual(min);
      expect(new Set(key.map((c) => c.id)).size).toBe(key.length);
      expect(key.every((c) => c.origin === 'real' && c.why.length > 0)).toBe(true);
      if (use === 'split') expect(eachPageInOneHalf(key)).toBe(true);
      else expect(key.every((c) => c.split === use)).toBe(true);
      const page = file >= 8 ? (c: { source: string }) => pageOf(c.source) : (c: { source: string }) => c.source;
      const others = new Set(earlier.flatMap((loadEarlier) => loadEarlier().map(page)));
      expect(key.filter((c) => others.has(page(c)))).toEqual([]);
    });
  });
}
