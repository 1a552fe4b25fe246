/**
 * Splitting a policy into clauses by sentence and list item, keeping offsets into the text as sent
 * (UTF-16 code units, as JavaScript strings index, so `text.slice(start, end)` is the clause).
 */

import { matchesOf } from './matches.js';
import { startingWhereItCan } from './starts.js';

/** One clause of a policy: `text` is exactly `policy.slice(start, end)`. */
export interface Clause {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The clause ends with a colon and introduces the list items that follow it. */
  readonly leadIn: boolean;
  /** The clause began with a list marker (`1.`, `1、`, `（一）`, `①`, `- ` …). */
  readonly listItem: boolean;
  /** The clause begins its own line (an unmarked list item stands on a line of its own). */
  readonly ownLine: boolean;
  /** The kind of its list marker ('' when it has none): a list's items share one kind, its sections another. */
  readonly marker: MarkerKind;
}

/** List marker kinds: "一、" `cn`, "1." / "1、" `number`, "（1）" / "(一)" `paren`, "- " / "●" `bullet`, and so on. */
export type MarkerKind = '' | 'cn' | 'number' | 'paren' | 'bullet' | 'circled' | 'article' | 'letter';

function markerKind(marker: string): MarkerKind {
  const m = marker.trim();
  if (/^[（(]/.test(m)) return 'paren';
  if (/^\d/.test(m)) return 'number';
  if (/^第/.test(m)) return 'article';
  if (/^[一二三四五六七八九十]/.test(m)) return 'cn';
  if (/^[\u2460-\u249b\u3251-\u325f]/.test(m)) return 'circled';
  if (/^[a-zA-Z]/.test(m)) return 'letter';
  return 'bullet';
}

/**
 * Sentence ends: Chinese and English full stops, question and exclamation marks, semicolons; as UTF-16 code units (the
 * text is read by code unit: a character read as a string is a new string for every Chinese character).
 */
const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';', '｡', '．'].map((mark) => mark.charCodeAt(0)));
const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;
/** Closing marks that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '】', '》', '〕']);

const CN_NUMERAL = '[一二三四五六七八九十]{1,3}';
/**
 * A list marker at the start of a clause: "1." "1、" "1)" "1）" "（一）" "(1)" "一、" "①" "第一条"
 * "- " "• " "a)".
 */
const MARKER = startingWhereItCan(
  new RegExp(
    [
      String.raw`[-*•·●○■□◆◇▪►▶✓✔]\s*`,
      String.raw`\d{1,3}\s*[.、．:：)）](?![\d])\s*`,
      // "2.7日内…": the item's number run into a period that follows it (no policy counts 2.7 days).
      String.raw`[1-9]\d?[.．](?=\d{1,2}\s*(?:个)?(?:天|日|小时|工作日))`,
      String.raw`[（(]\s*(?:\d{1,3}|${CN_NUMERAL}|[a-zA-Z])\s*[)）]\s*`,
      String.raw`${CN_NUMERAL}\s*[、.．]\s*`,
      String.raw`[\u2460-\u2473\u2474-\u2487\u2488-\u249b\u3251-\u325f]\s*`,
      String.raw`第[一二三四五六七八九十百\d]{1,4}[条款项章节]\s*`,
      String.raw`[a-zA-Z][.)）]\s+`,
      String.raw`[A-Z]\s*[：:、]\s*(?=[\u4e00-\u9fff])`,
    ]
      .map((alternative) => `(?:${alternative})`)
      .join('|'),
    'y',
  ),
);

/**
 * A list marker in the middle of a line, after whitespace or punctuation: a clause starts there. A number ending its
 * sentence ("the delivery day counts as day 1.") marks nothing, and neither does a numbered heading at the end of a path of
 * headings in English ("RETURNS & REFUNDS POLICY / 6. FAULTY OR INCORRECT ITEMS"): the path is one line.
 */
const INLINE_MARKER = new RegExp(
  String.raw`(?<=[\s:：,，])(?!(?<=[\/—>›»][^\S\n\r]+)\d{1,2}[.)][^\S\n\r]*[A-Za-z])(?:(?<!\b(?:day|days|no|number|item|step|page|version|chapter|option|level|size|tier)\s)\d{1,2}[、.．)）](?![\d])(?=[^\S\n\r]*[^\s])|[（(](?:\d{1,2}|${CN_NUMERAL})[)）](?!\s*(?:days?|weeks?|months?|hours?|years?|business|working|calendar|天|日|个|小时|周|月|年))|${CN_NUMERAL}、|[\u2460-\u2473\u2474-\u2487\u2488-\u249b]|第[一二三四五六七八九十\d]{1,3}条)`,
  'g',
);

const PATH_NUMBER = /\s[/—>›»]\s+\d{1,3}$/;
const ABBREVIATIONS = /(?:^|[^a-z])(?:e\.g|i\.e|etc|no|vs|approx|incl|mr|mrs|ms|dr|st|co|ltd|inc)$/i;

function strippedStart(text: string, from: number, to: number): { at: number; listItem: boolean; marker: MarkerKind } {
  let at = from;
  let listItem = false;
  let marker: MarkerKind = '';
  for (;;) {
    while (at < to && /\s/.test(text[at] as string)) at++;
    MARKER.lastIndex = at;
    const match = MARKER.exec(text);
    // The spacing after a mark may run past a sentence end's cut ("？1. 定制商品": the cut falls after "1.").
    if (!match || match[0].length === 0 || at + match[0].trimEnd().length > to) break;
    // A bare number followed by a unit is content ("3天内…"), not a marker: the marker needs its mark.
    if (!listItem) marker = markerKind(match[0]);
    at = Math.min(at + match[0].length, to);
    listItem = true;
  }
  return { at, listItem, marker };
}

/**
 * The clauses of a policy, in order. Boundaries: line breaks, sentence ends (。！？!?；; and an
 * English full stop followed by a space), and list markers at a line start or after whitespace or a
 * colon. Leading markers and surrounding whitespace are not part of a clause; the sentence end is.
 *
 * @example splitClauses('1、特价商品不退换；2、运费自理。').map((c) => c.text) // ['特价商品不退换；', '运费自理。']
 */
export function splitClauses(text: string): Clause[] {
  const cuts = new Set<number>([0, text.length]);
  // Where the current line begins, kept as the text is read (a walk back per sentence would be quadratic on one long line).
  let lineBegin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || code === CR) lineBegin = i + 1;
    if (code === LF || code === CR || code === 0x2028 || code === 0x2029) {
      if (softWrap(text, i)) continue;
      cuts.add(i);
      cuts.add(i + 1);
      continue;
    }
    let end = -1;
    if (TERMINATORS.has(code)) end = i + 1;
    else if (code === DOT && (i + 1 === text.length || /\s/.test(text[i + 1] as string))) {
      const before = text.slice(Math.max(0, i - 8), i);
      if (
        !(i - lineBegin <= 40 && /^\s*(?:\d{1,3}|[a-zA-Z])$/.test(text.slice(lineBegin, i))) &&
        !ABBREVIATIONS.test(before) &&
        // The number of a heading ending a path of headings ("Refund Policy / 3. Exceptions") ends no sentence.
        !(PATH_NUMBER.test(before) && /^\s+[A-Za-z]/.test(text.slice(i + 1, i + 4)))
      )
        end = i + 1;
    }
    if (end < 0) continue;
    while (end < text.length && CLOSERS.has(text[end] as string)) end++;
    cuts.add(end);
  }
  for (const match of matchesOf(INLINE_MARKER, text)) cuts.add(match.index ?? 0);
  const points = [...cuts].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  // A mark cut off from its item by a sentence end's cut ("哪些商品不支持退货？1. 定制商品。"): the item on its line keeps it.
  let mark: { kind: MarkerKind; ownLine: boolean; at: number } | undefined;
  // The start of the line of the clause being built, kept as the clauses advance (`at` only grows).
  let clauseLine = 0;
  let scanned = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k] as number;
    const to = points[k + 1] as number;
    const previous = clauses[clauses.length - 1];
    const answer = bareNumberAnswer(text, from, to, previous);
    if (answer) {
      clauses.push(answer);
      continue;
    }
    const { at, listItem, marker } = strippedStart(text, from, to);
    while (scanned < at) {
      const code = text.charCodeAt(scanned++);
      if (code === LF || code === CR) clauseLine = scanned;
    }
    const ownLine = /^[\s\u2028\u2029]*$/.test(text.slice(Math.min(clauseLine, from), from)) || from === 0;
    let end = to;
    while (end > at && /\s/.test(text[end - 1] as string)) end--;
    // Punctuation or a lone marker is not a clause; a lone marker passes to the item after it on its line.
    if (end <= at || !/[\p{L}\p{N}]/u.test(text.slice(at, end))) {
      if (listItem && end <= at) mark = { kind: marker, ownLine, at: from };
      continue;
    }
    const marked = mark !== undefined && !listItem && !/[\n\r]/.test(text.slice(mark.at, from)) ? mark : undefined;
    mark = undefined;
    const body = text.slice(at, end);
    clauses.push({
      text: body,
      start: at,
      end,
      // "Faulty items:-": a colon and a dash announce as a colon does.
      leadIn: /[:：](?:\s*[-–—])?$/.test(body),
      ownLine: marked ? marked.ownLine : ownLine,
      listItem: listItem || marked !== undefined,
      marker: marked ? marked.kind : marker,
    });
  }
  // A sentence announcing the list under it ("以下狀況亦不接受瑕疵退換貨。" over "(1)超過七天鑑賞期。") introduces its items as a
  // colon does.
  for (let k = 0; k + 1 < clauses.length; k++) {
    const clause = clauses[k] as Clause;
    const next = clauses[k + 1] as Clause;
    if (
      !clause.leadIn &&
      next.ownLine &&
      // Ending in a semicolon, it announces the line under it as a colon would.
      (next.listItem || bareEnglishItem(clause, next) || /[;；]$/.test(clause.text)) &&
      ANNOUNCES_LIST.test(clause.text)
    )
      clauses[k] = { ...clause, leadIn: true };
  }
  return clauses;
}

/**
 * A sentence that ends in a full stop (or a semicolon) and announces the cases or goods that follow ("以下狀況亦不接受瑕疵退換貨。", "但有下列情形則不
 * 得辦理退換。", "若您購買的為下方所列商品一經拆封…即無法退換貨。", "The following items cannot be returned."): the announcing word names cases or goods, is no measure ("15岁以下",
 * "100元以下") and points to no explanation ("详见以下说明"); a list of exceptions ("…，下列情况除外。", "下方所列商品以外之商品…") is no such list (Taiwan's
 * "通訊交易解除權合理例外情事適用準則" names a rule, no exception).
 */
const ANNOUNCES_LIST =
  /^(?![^。.．]*(?:除外|(?:以下|下列|下方|下面|如下|下述)[^。.．]{0,12}(?:以外|之外)|除了?[^。.．]{0,8}(?:以下|下列|下方|下面|如下|下述)[^。.．]{0,12}外|例外(?!情事)|\bexcept\b|(?<!\bno |\bwithout )\bexceptions?\b))(?:[^。.．]*(?<![\d零一二三四五六七八九十百千万元岁歲])(?:以下|下列|如下|下述|(?:下方|下面|以下|下列)所?列(?:出|舉|举)?(?:之|的)?)(?:的)?(?:几种|幾種|各种|各種|任何|任一)?(?:情况|情況|情形|状况|狀況|商品|产品|產品|货品|貨品|品项|品項|类别|類別|条件|條件|原因|理由)|[^.]*\bthe following (?:items|products|goods|cases|circumstances|situations|conditions|criteria|reasons)\b)[^。.．]{0,60}[。.．;；]$/i;

/**
 * An unmarked short line under an English announcing sentence ("The following items are non-returnable." over "Hair
 * accessories"): an item, as a marked one is; a sentence of its own ends in a stop.
 */
function bareEnglishItem(clause: Clause, next: Clause): boolean {
  return /\bthe following\b/i.test(clause.text) && next.text.length <= 60 && !/[。.．!！?？;；:：]\s*$/.test(next.text);
}

/** A run of spacing around a line break shorter than this may still be a wrap. */
const WRAP_SPACING = 256;

/**
 * A line break inside a sentence (text wrapped in the page's source): the line before ends with a comma,
 * or an English line ends mid-sentence and the next begins in lower case; the next line is no list item.
 */
function softWrap(text: string, at: number): boolean {
  // Spacing around a wrap is short: a longer run is a break (and each break of a long run is not scanned over it all).
  let before = at - 1;
  while (
    before >= 0 &&
    at - before <= WRAP_SPACING &&
    (text[before] === ' ' || text[before] === '\t' || text[before] === '\r')
  )
    before--;
  let after = at + 1;
  while (after < text.length && after - at <= WRAP_SPACING && /[ \t\r]/.test(text[after] as string)) after++;
  if (at - before > WRAP_SPACING || after - at > WRAP_SPACING) return false;
  if (before < 0 || after >= text.length || text[after] === '\n') return false;
  const last = text[before] as string;
  const next = text[after] as string;
  MARKER.lastIndex = after;
  if (MARKER.test(text)) return false;
  if (last === ',' || last === '，' || last === '、') return true;
  return /[a-z]/.test(next) && /[A-Za-z0-9)]/.test(last);
}

/** Nothing but spacing up to the line's end (sticky: read in place, not on a copy of the rest of the text). */
const LINE_REST_BLANK = /[^\S\n\r]*(?:[\n\r]|$)/y;

/**
 * A bare number answering the question before it on the same line ("How many days can I return an item? 3."): a
 * clause of its own, not a list item's lone mark.
 */
function bareNumberAnswer(text: string, from: number, to: number, previous: Clause | undefined): Clause | undefined {
  // A bare number is short; a long segment is none (and its spacing is not backtracked over).
  if (!previous || to - from > 12 || !/[?？]$/.test(previous.text) || /[\n\r]/.test(text.slice(previous.end, from)))
    return undefined;
  const match = /^(\s*)(\d{1,3}\s*[.．。]?)\s*$/.exec(text.slice(from, to));
  // A number with more on its line is the mark of an item there ("哪些商品不支持退货？1. 定制商品。").
  LINE_REST_BLANK.lastIndex = to;
  if (!match || !LINE_REST_BLANK.test(text)) return undefined;
  const start = from + (match[1] as string).length;
  const body = match[2] as string;
  return { text: body, start, end: start + body.length, leadIn: false, ownLine: false, listItem: false, marker: '' };
}
