import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import {
  joinedReadingForm,
  mayConvert,
  normaliseClause,
  readingForm,
  toSimplified,
} from '#shared/policy-lint/normalise.js';
import { chineseNumber, readDurations } from '#shared/policy-lint/numbers.js';
import { splitClauses } from '#shared/policy-lint/split.js';
import { loadCorpus } from './corpus.js';

describe('Clause splitter', () => {
  it('cuts at every list marker of the issue and keeps offsets into the text as sent', () => {
    // Prepare: one policy with 1. 1、 （一） ① "- " markers, line breaks and mixed punctuation.
    const text =
      '退换货须知\n1. 特价商品不退换。\n2、拆封不退；\n（一）运费自理！（二）最终解释权归本店\n① 十五天无理由 ②七天内退款\n- All sales are final. Refunds in 3 days.\r\n一、签收即视为合格';
    // Act
    const clauses = splitClauses(text);
    // Assess
    expect(clauses.map((c) => c.text)).toEqual([
      '退换货须知',
      '特价商品不退换。',
      '拆封不退；',
      '运费自理！',
      '最终解释权归本店',
      '十五天无理由',
      '七天内退款',
      'All sales are final.',
      'Refunds in 3 days.',
      '签收即视为合格',
    ]);
    for (const clause of clauses) expect(text.slice(clause.start, clause.end)).toBe(clause.text);
  });

  it('does not cut decimals, a number with its unit, or an English abbreviation', () => {
    const clauses = splitClauses('退款1.5天内到账。3天内联系客服，e.g. by phone.');
    expect(clauses.map((c) => c.text)).toEqual(['退款1.5天内到账。', '3天内联系客服，e.g. by phone.']);
  });

  it('keeps a path of English headings with a numbered last heading on one line ("Returns / 6. Faulty Items")', () => {
    const text =
      'RETURNS & REFUNDS POLICY / 6. FAULTY OR INCORRECT ITEMS\nRefund Policy / 3. Exceptions / Non-Returnable Items\nMicrophones';
    expect(splitClauses(text).map((c) => c.text)).toEqual([
      'RETURNS & REFUNDS POLICY / 6. FAULTY OR INCORRECT ITEMS',
      'Refund Policy / 3. Exceptions / Non-Returnable Items',
      'Microphones',
    ]);
    // A marker after a path's slash before Chinese text, or after a slash that ends no heading, still cuts.
    expect(splitClauses('退換貨政策 / 三、不受理退換貨之情形').map((c) => c.text)).toEqual([
      '退換貨政策 /',
      '不受理退換貨之情形',
    ]);
    expect(splitClauses('Returns: 1. Sale items. 2. Gift cards.').map((c) => c.text)).toEqual([
      'Returns:',
      'Sale items.',
      'Gift cards.',
    ]);
  });

  it('cuts full-width and half-width sentence ends alike, and keeps closing quotes with their sentence', () => {
    const text = '支持“七天无理由退货”。不支持换货;Thanks!';
    expect(splitClauses(text).map((c) => c.text)).toEqual(['支持“七天无理由退货”。', '不支持换货;', 'Thanks!']);
  });

  it('marks a clause ending in a colon as the lead-in of the list below it', () => {
    const [lead, item] = splitClauses('以下情况不予退货：\n1）人为损坏的商品');
    expect(lead?.leadIn).toBe(true);
    expect(item?.listItem).toBe(true);
  });

  it('keeps a sentence wrapped across lines in one clause, and still cuts before a list item', () => {
    // Prepare: a page's source wrapped mid-sentence after a comma and before a lower-case word.
    const text =
      'Products must be unused,\nin original packaging.\nItems must be\n  returned soon.\n商品须全新，\n否则不予退货。\n1、内衣';
    // Act
    const clauses = splitClauses(text);
    // Assess
    expect(clauses.map((c) => c.text)).toEqual([
      'Products must be unused,\nin original packaging.',
      'Items must be\n  returned soon.',
      '商品须全新，\n否则不予退货。',
      '内衣',
    ]);
    for (const clause of clauses) expect(text.slice(clause.start, clause.end)).toBe(clause.text);
  });

  it('reads letter markers before Chinese text, and does not cut a number written twice ("seven (7) days")', () => {
    expect(splitClauses('A：商品已拆封。B：吊牌已剪。').map((c) => c.text)).toEqual(['商品已拆封。', '吊牌已剪。']);
    // A letter and its full stop at a line's start is a mark, not a sentence (cn-policy.139).
    expect(splitClauses('A. 文创小物\nB. Pet supplies').map((c) => [c.text, c.marker])).toEqual([
      ['文创小物', 'letter'],
      ['Pet supplies', 'letter'],
    ]);
    // A bare number after a question on its line is the answer, not a lone mark.
    expect(splitClauses('How many days? 3.').map((c) => c.text)).toEqual(['How many days?', '3.']);
    // A mark cut off from its item by the sentence end after it keeps to its item (cn-policy.140; a clause "1." before).
    expect(splitClauses('哪些商品不支持退货？1. 定制商品。').map((c) => [c.text, c.listItem, c.marker])).toEqual([
      ['哪些商品不支持退货？', false, ''],
      ['定制商品。', true, 'number'],
    ]);
    expect(splitClauses('Returns within seven (7) days of delivery.').map((c) => c.text)).toEqual([
      'Returns within seven (7) days of delivery.',
    ]);
  });

  it('marks whether a clause begins its own line (an unmarked list item under a heading)', () => {
    const [heading, first, second] = splitClauses('Non-returnable items\nGift cards\nHats. Also socks.');
    expect(heading?.ownLine).toBe(true);
    expect(first?.ownLine).toBe(true);
    expect(second?.ownLine).toBe(true);
    expect(splitClauses('Hats. Also socks.')[1]?.ownLine).toBe(false);
  });

  it('answers no clause for an empty or punctuation-only text', () => {
    expect(splitClauses('   \n。；— ')).toEqual([]);
  });
});

describe('Number reader', () => {
  it.each([
    ['七', 7],
    ['十五', 15],
    ['二十四', 24],
    ['一百六十八', 168],
    ['两', 2],
  ])('reads the Chinese numeral %s as %d', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });

  it('reads the durations of the issue with their units', () => {
    const found = readDurations('3天内，72小时，15个工作日，满168小时，七日，5-7 business days，两周');
    expect(found.map((d) => [d.value, d.unit])).toEqual([
      [3, 'day'],
      [72, 'hour'],
      [15, 'workday'],
      [168, 'hour'],
      [7, 'day'],
      [7, 'workday'],
      [2, 'week'],
    ]);
    expect(found[5]?.min).toBe(5);
  });

  it('does not read a numeral that no unit follows ("一经售出", "一次性")', () => {
    expect(readDurations('一经售出，一次性密封包装')).toEqual([]);
  });
});

describe('Normalisation', () => {
  it('converts traditional to simplified Chinese with OpenCC, keeping the length', () => {
    const text = '特價商品恕不退換，本規則最終解釋權歸本店所有';
    expect(toSimplified(text)).toBe('特价商品恕不退换，本规则最终解释权归本店所有');
    expect(toSimplified(text).length).toBe(text.length);
  });

  it('reads Taiwan phrases in traditional text only: simplified text keeps its own words', () => {
    expect(toSimplified('本商品不支援退貨')).toBe('本商品不支持退货');
    // OpenCC's Taiwan phrase table maps "程序" to "进程"; a simplified policy's "小程序" must stay as written.
    expect(toSimplified('小程序内下单的商品，退货程序如下')).toBe('小程序内下单的商品，退货程序如下');
  });

  it('skips the tables only for text they would give back unchanged', () => {
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const convert = (text: string) => hk(tw(text));
    // Every key of every table of both conversions, and every piece of every corpus text: where converting changes
    // it, the quick test lets it through.
    type Chains = Record<string, Record<'normalizationChain' | 'conversionChain', readonly (readonly unknown[])[]>>;
    const configs = OpenCC.Locale.configs as unknown as Chains;
    const keys = new Set<string>();
    for (const name of ['tw2s', 'hk2s'])
      for (const group of [...(configs[name]?.normalizationChain ?? []), ...(configs[name]?.conversionChain ?? [])])
        for (const dict of group)
          for (const entry of typeof dict === 'string' ? dict.split('|') : (dict as string[][]).map((e) => e.join(' ')))
            keys.add(entry.split(' ')[0] as string);
    expect(keys.size).toBeGreaterThan(5_000);
    const pieces = [...keys, ...loadCorpus().flatMap((c) => c.text.split(/(?<=[。！？；;!?\n])/))];
    const missed = pieces.filter((piece) => convert(piece) !== piece && !mayConvert(piece));
    expect(missed).toEqual([]);
    // Simplified text passes without conversion; traditional does not.
    expect(mayConvert('特价商品恕不退换，本规则最终解释权归本店所有')).toBe(false);
    expect(mayConvert('特價商品')).toBe(true);
    expect(mayConvert('一坏')).toBe(true);
  });

  it('reads full-width digits and punctuation as half-width and drops decoration', () => {
    expect(normaliseClause('７天內 “無理由” 退貨；ＯＫ')).toBe('7天内无理由退货;ok');
  });

  it("joins a policy's reading form from its lines' forms as the whole text reads, the spaces dropped where it drops them", () => {
    expect(joinedReadingForm(['七天无理由退货', 'Returns accepted', '', '30 days', '(1) 赠品不退'])).toBe(
      '七天无理由退货returns accepted 30 days (1)赠品不退',
    );
    // The corpus as a policy of one clause a line, the lint's own case: equal to reading the whole text.
    const lines = loadCorpus()
      .slice(0, 400)
      .map((c) => toSimplified(c.text).replace(/[\r\n]+/g, ' '));
    expect(joinedReadingForm(lines)).toBe(readingForm(lines.join('\n')));
  });
});
