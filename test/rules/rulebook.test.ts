import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citationRef, RULEBOOK, RULESET_VERSION, resolveCitation } from '#rules/index.js';
import { allArticles, articleText, buildCitation, INSTRUMENTS as LAW, lawArticle } from '#rules/law/index.js';
import { articleModules, syncSource } from '#rules/law/sync-comments.js';
import { INSTRUMENTS } from '#schemas/check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const textsPath = resolve(root, '../shared/law/texts.md');

/** Dates to probe: every boundary of every rule version and instrument, plus 1st of each month 2014–2030. */
const DATES: string[] = (() => {
  const dates = new Set<string>();
  for (let y = 2013; y <= 2030; y++) for (let m = 1; m <= 12; m++) dates.add(`${y}-${String(m).padStart(2, '0')}-01`);
  for (const rule of RULEBOOK) {
    for (const v of rule.versions) {
      dates.add(v.effectiveFrom);
      if (v.effectiveTo) dates.add(v.effectiveTo);
    }
  }
  for (const i of Object.values(LAW)) dates.add(i.effectiveFrom);
  return [...dates].filter((d) => d >= '2014-01-01' && d <= '2030-01-01').sort();
})();

const inForce = (from: string, to: string | undefined, date: string) => from <= date && (!to || date <= to);

describe('Rulebook: structure', () => {
  it('every rule has a unique id that is a dotted legal address', () => {
    const ids = RULEBOOK.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^cn\.[a-z0-9-]+(\.[a-z0-9-]+)+$|^cn\.[a-z0-9-]+\.art\d+$/);
  });

  it('every rule has a title, a label, at least one regime and outcome', () => {
    for (const rule of RULEBOOK) {
      expect(rule.title.length, rule.id).toBeGreaterThan(0);
      expect(rule.label.length, rule.id).toBeGreaterThan(0);
      expect(rule.regimes.length, rule.id).toBeGreaterThan(0);
      expect(rule.outcomes.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('every exception names an existing rule that answers the same question (shares a regime)', () => {
    const byId = new Map(RULEBOOK.map((r) => [r.id, r]));
    for (const rule of RULEBOOK) {
      for (const target of rule.exception) {
        const overridden = byId.get(target);
        expect(overridden, `${rule.id} overrides unknown ${target}`).toBeDefined();
        expect(target).not.toBe(rule.id);
        expect(
          rule.regimes.some((r) => overridden?.regimes.includes(r)),
          `${rule.id} → ${target}`,
        ).toBe(true);
      }
    }
  });

  it('every citation is complete: known instrument, integer article, title, non-empty text, dates', () => {
    for (const rule of RULEBOOK) {
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const c of rule.citations) {
        expect(INSTRUMENTS).toContain(c.instrument);
        expect(Number.isInteger(c.article)).toBe(true);
        if (c.paragraph !== undefined) expect(Number.isInteger(c.paragraph)).toBe(true);
        if (c.item !== undefined) expect(c.paragraph, `${rule.id}: an item needs its paragraph`).toBeDefined();
        expect(c.title).toBe(LAW[c.instrument].title);
        expect(c.text.length).toBeGreaterThan(0);
        expect(
          c.effectiveFrom >= LAW[c.instrument].effectiveFrom,
          `${rule.id} cites ${c.instrument} before it was in force`,
        ).toBe(true);
      }
    }
  });

  it("every citation's text equals the project's law data verbatim", () => {
    for (const rule of RULEBOOK) {
      for (const c of rule.citations) {
        const article = lawArticle(c.instrument, c.article);
        expect(article, `${rule.id}: ${c.instrument} ${c.article}`).toBeDefined();
        if (article) expect(c.text).toBe(articleText(article));
      }
    }
  });

  it('for every probe date, each rule has exactly one version in force within its span, none outside', () => {
    for (const rule of RULEBOOK) {
      for (const date of DATES) {
        const count = rule.versions.filter((v) => inForce(v.effectiveFrom, v.effectiveTo, date)).length;
        const expected = inForce(rule.effectiveFrom, rule.effectiveTo, date) ? 1 : 0;
        expect(count, `${rule.id} on ${date}`).toBe(expected);
      }
    }
  });

  it('versions of a rule follow each other without gap or overlap', () => {
    for (const rule of RULEBOOK) {
      expect(rule.versions[0]?.effectiveFrom).toBe(rule.effectiveFrom);
      for (let i = 1; i < rule.versions.length; i++) {
        const previous = rule.versions[i - 1];
        const next = new Date(`${previous?.effectiveTo}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(rule.versions[i]?.effectiveFrom, rule.id).toBe(next.toISOString().slice(0, 10));
      }
      expect(rule.versions.at(-1)?.effectiveTo).toBe(rule.effectiveTo);
    }
  });

  it('a rule that can ALLOW or BLOCK cites at least one provision in force on every date of its span', () => {
    for (const rule of RULEBOOK) {
      if (!rule.outcomes.some((o) => o === 'supports_refusal' || o === 'violated')) continue;
      for (const version of rule.versions) {
        // Before its deciding provision was in force the rule concludes REVIEW and cites nothing.
        if (rule.reviewBefore && (version.effectiveTo ?? '9999-12-31') < rule.reviewBefore) continue;
        const untagged = version.citations.filter((c) => !c.tag);
        expect(untagged.length, `${rule.id} from ${version.effectiveFrom}`).toBeGreaterThan(0);
      }
    }
  });

  it('a version cites exactly the provisions in force on its first day', () => {
    for (const rule of RULEBOOK) {
      for (const version of rule.versions) {
        for (const c of version.citations) {
          expect(
            inForce(c.effectiveFrom, c.effectiveTo, version.effectiveFrom),
            `${rule.id} ${c.instrument} ${c.article}`,
          ).toBe(true);
          expect(c.effectiveFrom >= LAW[c.instrument].effectiveFrom).toBe(true);
        }
      }
    }
  });
});

describe('Citations: compact references', () => {
  it('citationRef → resolveCitation rebuilds every citation byte-identically', () => {
    for (const rule of RULEBOOK) {
      for (const c of rule.citations) {
        const wire = buildCitation(c.instrument, c.article, c.paragraph, c.item);
        const ref = citationRef(c);
        expect(ref).toMatch(/^[A-Z0-9-]+:\d+(:\d+(:\d+)?)?$/);
        expect(JSON.stringify(resolveCitation(RULESET_VERSION, ref))).toBe(JSON.stringify(wire));
      }
    }
  });

  it('uses the documented compact form', () => {
    const citation = resolveCitation(RULESET_VERSION, 'NRR-MEASURES:8:3');
    expect(citation && citationRef(citation)).toBe('NRR-MEASURES:8:3');
    expect(citation?.text.startsWith('第八条 消费者退回的商品应当完好。')).toBe(true);
  });

  it('answers undefined for an unknown ruleset, instrument, article, paragraph or item', () => {
    expect(resolveCitation('cn-1999-01-01', 'CRPL:25')).toBeUndefined();
    expect(resolveCitation(RULESET_VERSION, 'XYZ:25')).toBeUndefined();
    expect(resolveCitation(RULESET_VERSION, 'CRPL:999')).toBeUndefined();
    expect(resolveCitation(RULESET_VERSION, 'CRPL:25:9')).toBeUndefined();
    expect(resolveCitation(RULESET_VERSION, 'CRPL:25:1:9')).toBeUndefined();
    expect(resolveCitation(RULESET_VERSION, 'CRPL:25:x')).toBeUndefined();
    expect(resolveCitation(RULESET_VERSION, 'CRPL')).toBeUndefined();
    expect(resolveCitation(RULESET_VERSION, 'CRPL:25:1:1:1')).toBeUndefined();
  });
});

describe('Law data', () => {
  it('every article module quotes its articles verbatim from the law data, then interprets them', () => {
    const modules = articleModules(resolve(root, 'shared/rules'));
    expect(modules.length).toBeGreaterThan(15);
    for (const file of modules) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).toMatch(/ \* @law [A-Z0-9-]+ \d+\n/);
      expect(source, file).toContain('Interpretation:');
      expect(syncSource(source) === source, `${file}: run npx tsx shared/rules/law/sync-comments.ts`).toBe(true);
    }
  });

  it('THREE-GUARANTEES is marked partial [P]', () => {
    expect(LAW['THREE-GUARANTEES'].confidence).toBe('P');
  });

  const normalise = (text: string) =>
    text
      .replace(/:/g, '：')
      .replace(/;/g, '；')
      .replace(/,/g, '，')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/\?/g, '？')
      .replace(/!/g, '！');

  it.skipIf(!existsSync(textsPath))('equals ../shared/law/texts.md verbatim (punctuation normalised)', () => {
    const texts = normalise(readFileSync(textsPath, 'utf8'));
    const articles = allArticles();
    for (const { instrument, article } of articles) {
      const lines = articleText(article).split('\n');
      const quoted = `> ${lines.join('\n>\n> ')}\n`;
      expect(texts.includes(normalise(quoted)), `${instrument} ${article.number} differs from texts.md`).toBe(true);
    }
    // The data ships every article texts.md quotes (generate.ts), and every article a rule cites is in it.
    const shipped = new Set(articles.map(({ instrument, article }) => `${instrument} ${article.number}`));
    for (const file of articleModules(resolve(root, 'shared/rules'))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/cite\(\s*'([A-Z0-9-]+)',\s*(\d+)/g)) expect(shipped).toContain(`${m[1]} ${m[2]}`);
      for (const m of code.matchAll(/@law ([A-Z0-9-]+) (\d+)/g)) expect(shipped).toContain(`${m[1]} ${m[2]}`);
    }
    const quotedInTexts = [...readFileSync(textsPath, 'utf8').matchAll(/^> 第[零一二三四五六七八九十百千]+条 /gm)]
      .length;
    expect(articles.length).toBeLessThanOrEqual(quotedInTexts);
  });

  it('never quotes text marked UNVERIFIED', () => {
    const all = allArticles()
      .map(({ article }) => articleText(article))
      .join('\n');
    expect(all).not.toContain('属下列情况之一者，不实行三包');
    expect(all).not.toContain('UNVERIFIED');
  });
});

describe('Purity', () => {
  it('nothing in shared/rules reads the clock or does I/O at evaluation time', () => {
    const modules = [
      ...articleModules(resolve(root, 'shared/rules')),
      ...[
        'engine.ts',
        'facts.ts',
        'time.ts',
        'define.ts',
        'messages.ts',
        'index.ts',
        'ruleset.ts',
        'registry.ts',
        'refs.ts',
        ...readdirSync(join(root, 'shared/rules/cn')).map((f) => `cn/${f}`),
        'calendar/index.ts',
        'law/index.ts',
      ].map((f) => join(root, 'shared/rules', f)),
    ];
    for (const file of modules) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now|Math\.random|node:fs|process\.env/);
    }
  });
});
