/**
 * The words a pattern cannot match without, read from its source, and the gates built from them.
 *
 * Most clause rules find something only when the clause names what they are about: a gift, a test report, a fee. Each
 * rule runs dozens of patterns on every clause; a gate, one alternation of the words its findings cannot do without,
 * lets a rule return at once on the clauses that name none of them (most clauses, for most rules). The words are read
 * from the rule's own patterns, not written beside them, so a pattern changed is a gate changed.
 *
 * `wordsNeeded(/退(?:货|款)|refund/)` is `["refund", "退款", "退货"]`: every match of the pattern contains one of them.
 * The reading is sound, never complete: where it cannot tell (a class of many characters, a part that may match nothing,
 * a back-reference, the v flag), it keeps fewer constraints, or answers `null` (any text may match).
 */

/** What a part of a pattern matches, as far as it can be told. */
interface Reading {
  /** Every string the part can match, when they are few and fixed ("退|换" → 退, 换); else null. */
  readonly exact: ReadonlySet<string> | null;
  /** Words one of which every match of the part contains, or its look-arounds need beside it; null: none known. */
  readonly needs: ReadonlySet<string> | null;
}

/** The most strings an exact reading keeps before it is given up (a cross product of alternatives grows fast). */
const MAX_EXACT = 256;
/** The most characters of a class read as its exact strings ("[退换]"); a larger class reads as any character. */
const MAX_CLASS = 16;

/** Thrown where the source is read no further: the pattern's words are then unknown. */
class Unreadable extends Error {}

/**
 * Words on almost every line of a return policy: a requirement of one of them lets almost every clause through, so a
 * part of the pattern that needs rarer words is the better gate. (Any requirement is sound; this only chooses.)
 */
const COMMON = new Set(
  (
    '退货 退款 退回 退换 退换货 换货 退 换 商品 产品 不 可 可以 的 买家 本店 您 申请 收到 签收 收货 天 日 内 后 请 需 须 支持 ' +
    '处理 承担 支付 费用 运费 7 七 return returns refund refunds item items product products goods the you we will be not ' +
    'within days day must'
  ).split(' '),
);

/** The most telling of two requirements: one without common words, then one whose shortest word is longer, then fewer words. */
function better(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  const rank = (words: ReadonlySet<string>): number[] => [
    [...words].some((word) => COMMON.has(word.trim())) ? 0 : 1,
    Math.min(...[...words].map((word) => word.length)),
    -words.size,
  ];
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] as number) > (rb[i] as number) ? a : b;
  return a;
}

/** A requirement of words, or null when one of them is empty (a match may then contain nothing). */
function required(words: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (words === null || words.size === 0) return null;
  for (const word of words) if (word === '') return null;
  return words;
}

/**
 * The words every match of `pattern` contains one of, fewest and longest that can be told; `null` when any text may
 * match as far as can be told.
 *
 * @example wordsNeeded(/(?<!不)退(?:货|款)|\brefund/) // ['退货', '退款', 'refund']
 */
export function wordsNeeded(pattern: RegExp): string[] | null {
  if (pattern.flags.includes('v')) return null;
  const source = pattern.source;
  const unicode = pattern.flags.includes('u');
  let at = 0;

  const disjunction = (): Reading => {
    let exact: Set<string> | null = new Set();
    let needs: Set<string> | null = new Set();
    for (;;) {
      const branch = alternative();
      if (exact !== null && branch.exact !== null) for (const s of branch.exact) exact.add(s);
      else exact = null;
      if (exact !== null && exact.size > MAX_EXACT) exact = null;
      const branchNeeds = required(branch.needs);
      if (needs !== null && branchNeeds !== null) for (const w of branchNeeds) needs.add(w);
      else needs = null;
      if (source[at] !== '|') return { exact, needs };
      at++;
    }
  };

  const alternative = (): Reading => {
    // The exact strings of the terms read so far since the last break, each once, side by side.
    let run: Set<string> | null = new Set(['']);
    let whole = true;
    let best: ReadonlySet<string> | null = null;
    const close = (): void => {
      best = better(best, required(run));
      run = new Set(['']);
    };
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const before = at;
      const { reading, kind, min, max } = term();
      if (at <= before) throw new Unreadable();
      if (kind === 'assertion') continue;
      if (kind === 'look-ahead' || kind === 'look-behind') {
        // The text must hold what a positive look-around needs, though the match does not.
        best = better(best, required(reading.needs));
        continue;
      }
      if (reading.exact !== null && min === 1 && max === 1 && run !== null) {
        const next = new Set<string>();
        for (const a of run) for (const b of reading.exact) next.add(a + b);
        if (next.size <= MAX_EXACT) {
          run = next;
          continue;
        }
      }
      whole = false;
      close();
      if (min >= 1) best = better(best, required(reading.exact ?? reading.needs));
    }
    const exact = whole ? run : null;
    close();
    return { exact, needs: best };
  };

  /** Reads a quantifier, if one follows: its least and most repetitions. */
  const quantifier = (): [min: number, max: number] => {
    const c = source[at];
    let bounds: [number, number] = [1, 1];
    if (c === '*') bounds = [0, Number.POSITIVE_INFINITY];
    else if (c === '+') bounds = [1, Number.POSITIVE_INFINITY];
    else if (c === '?') bounds = [0, 1];
    else if (c === '{') {
      const counted = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 24));
      if (!counted) return bounds;
      const min = Number(counted[1]);
      const max = counted[2] === undefined ? min : counted[3] ? Number(counted[3]) : Number.POSITIVE_INFINITY;
      at += counted[0].length;
      if (source[at] === '?') at++;
      return [min, max];
    } else return bounds;
    at++;
    if (source[at] === '?') at++;
    return bounds;
  };

  const closeGroup = (): void => {
    if (source[at] !== ')') throw new Unreadable();
    at++;
  };

  type Kind = 'assertion' | 'look-ahead' | 'look-behind' | 'consuming';
  const ANY: Reading = { exact: null, needs: null };
  const one = (character: string): Reading => ({ exact: new Set([character]), needs: new Set([character]) });

  /** An escape's character outside a class, or null for a class escape (\d, \w, \p{…}) or a back-reference. */
  const escaped = (): string | null => {
    const e = source[at + 1] as string;
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (/[dDwWsS]/.test(e)) {
      at += 2;
      return null;
    }
    if (e === 'p' || e === 'P') {
      if (!unicode || source[at + 2] !== '{') throw new Unreadable();
      at = source.indexOf('}', at) + 1;
      return null;
    }
    // A back-reference matches what its group did; "\01" is a legacy octal escape.
    if (/[1-9k]/.test(e) || (e === '0' && /\d/.test(source[at + 2] ?? ''))) throw new Unreadable();
    if (controls[e] !== undefined) {
      at += 2;
      return controls[e];
    }
    if (e === 'x' && /^[\da-fA-F]{2}$/.test(source.slice(at + 2, at + 4))) {
      at += 4;
      return String.fromCharCode(Number.parseInt(source.slice(at - 2, at), 16));
    }
    if (e === 'u' && source[at + 2] === '{' && unicode) {
      const end = source.indexOf('}', at);
      const code = Number.parseInt(source.slice(at + 3, end), 16);
      at = end + 1;
      return String.fromCodePoint(code);
    }
    if (e === 'u' && /^[\da-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) {
      at += 6;
      return String.fromCharCode(Number.parseInt(source.slice(at - 4, at), 16));
    }
    if (e === 'c' || e === 'u' || e === 'x' || /[a-zA-Z]/.test(e)) throw new Unreadable();
    at += 2;
    return e;
  };

  const characterClass = (): Reading => {
    at++;
    const negated = source[at] === '^';
    if (negated) at++;
    const members = new Set<string>();
    let known = !negated;
    while (source[at] !== ']') {
      if (at >= source.length) throw new Unreadable();
      let member: string | null;
      if (source[at] === '\\') {
        if (source[at + 1] === 'b') {
          at += 2;
          member = '\b';
        } else if (source[at + 1] === '-') {
          at += 2;
          member = '-';
        } else member = escaped();
      } else {
        member = String.fromCodePoint(source.codePointAt(at) as number);
        at += member.length;
      }
      // A range ("a-z", "\u4e00-\u9fff") is many characters: the class is read as any.
      if (source[at] === '-' && source[at + 1] !== ']') known = false;
      if (member === null) known = false;
      else members.add(member);
    }
    at++;
    if (!known || members.size === 0 || members.size > MAX_CLASS) return ANY;
    return { exact: members, needs: members };
  };

  const term = (): { reading: Reading; kind: Kind; min: number; max: number } => {
    const c = source[at] as string;
    if (c === '^' || c === '$') {
      at++;
      return { reading: ANY, kind: 'assertion', min: 1, max: 1 };
    }
    if (c === '\\' && (source[at + 1] === 'b' || source[at + 1] === 'B')) {
      at += 2;
      return { reading: ANY, kind: 'assertion', min: 1, max: 1 };
    }
    const look = /^\(\?(<?)([=!])/.exec(source.slice(at, at + 4));
    if (look) {
      at += look[0].length;
      const inner = disjunction();
      closeGroup();
      const [min] = quantifier();
      // A negative look-around, or one that may be skipped ("(?=…)?"), needs nothing of the text.
      if (look[2] === '!' || min === 0) return { reading: ANY, kind: 'assertion', min: 1, max: 1 };
      return { reading: inner, kind: look[1] ? 'look-behind' : 'look-ahead', min: 1, max: 1 };
    }
    let reading: Reading;
    if (c === '(') {
      if (source[at + 1] === '?') {
        if (source[at + 2] === ':') at += 3;
        else if (source[at + 2] === '<') at = source.indexOf('>', at) + 1;
        else throw new Unreadable();
      } else at++;
      reading = disjunction();
      closeGroup();
    } else if (c === '[') reading = characterClass();
    else if (c === '\\') {
      const character = escaped();
      reading = character === null ? ANY : one(character);
    } else if (c === '.') {
      at++;
      reading = ANY;
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(at, at + 24))) throw new Unreadable();
    else {
      const character = String.fromCodePoint(source.codePointAt(at) as number);
      at += character.length;
      if (/[*+?]/.test(character)) throw new Unreadable();
      reading = one(character);
    }
    const [min, max] = quantifier();
    return { reading, kind: 'consuming', min, max };
  };

  try {
    const whole = disjunction();
    if (at !== source.length) return null;
    const needs = required(whole.needs);
    if (needs === null) return null;
    // A word containing another adds nothing: the text holds the shorter one whenever it holds the longer.
    const words = [...needs].sort((a, b) => a.length - b.length);
    const kept = words.filter((word, index) => !words.slice(0, index).some((shorter) => word.includes(shorter)));
    return kept.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

/** A word as a pattern matching it literally; with the u flag "-" is no escape outside a class, and needs none. */
const escapeWord = (word: string, unicode: boolean): string =>
  word.replace(unicode ? /[\\^$.*+?()[\]{}|/]/g : /[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** Spaces and clause punctuation: the rules join and cut texts at them ("a part, the part before", a span blanked). */
const SEPARATORS = /[\s,;。，；:：!?！？、]+/;

/**
 * One pattern that matches wherever any of `patterns` can: the words they need, as one alternation (case-folded if
 * any of them is, the Unicode way if any of them folds so). Each word is cut to its longest run without spaces or clause
 * punctuation ("free gift" → "gift"), so the gate still holds for a text the rule tests after blanking a span or joining
 * parts with them. Throws where a pattern's words cannot be told: such a pattern cannot gate a rule.
 *
 * @example gateOf(/赠品.{0,24}缺失/, /\bgifts?\b/i).test('赠品遗失') // true
 */
export function gateOf(...patterns: readonly RegExp[]): RegExp {
  const words = new Set<string>();
  for (const pattern of patterns) {
    const needed = wordsNeeded(pattern);
    if (needed === null) throw new Error(`no words can be told for /${pattern.source.slice(0, 60)}…/`);
    for (const word of needed) {
      const run = word.split(SEPARATORS).reduce((a, b) => (b.length > a.length ? b : a), '');
      if (run === '') throw new Error(`/${pattern.source.slice(0, 60)}…/ needs only punctuation`);
      words.add(run);
    }
  }
  const sorted = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const kept = sorted.filter((word) => !sorted.some((other) => other !== word && word.includes(other)));
  const folded = patterns.some((pattern) => pattern.flags.includes('i'));
  // With i and u a pattern folds case the Unicode way ("ſ" is "s", "K" the Kelvin sign is "k"): so must the gate.
  const unicode = patterns.some((pattern) => pattern.flags.includes('i') && /[uv]/.test(pattern.flags));
  return new RegExp(kept.map((word) => escapeWord(word, unicode)).join('|'), folded ? (unicode ? 'iu' : 'i') : '');
}

/** A replacement as `String.prototype.replace` takes it: a global pattern and its replacement string or function. */
export type Replacement = readonly [RegExp, string | ((...args: never[]) => string)];

/** The longest text read for its keys; every pattern runs on a longer one (the whole policy, read once). */
const REREAD_MAX = 1000;

/**
 * `list.reduce((out, [pattern, by]) => out.replace(pattern, by), text)`, with each replacement skipped where the text
 * cannot hold a match: none of its pattern's needed words (`wordsNeeded`) is in it. A clause matches few of a long list
 * (the synonyms: about 2 of 97 patterns on a Chinese clause), and each `replace` that finds nothing still costs a search
 * of the clause; one pass over the clause's characters tells which patterns may match.
 *
 * Each needed word is looked up by its last two characters (its only character when it has one): a text holding the
 * word holds them, so a pattern whose keys are all absent cannot match, and skipping it changes nothing. (A key is a
 * cheap test, not the word: a pattern it lets through may still find nothing.) A pattern whose words cannot be told, or
 * that ignores case, always runs. A replacement that changes the text may bring in words ("宝贝" → "商品"): the text is
 * read again for the patterns after it. A long text (the whole policy, read once) names most patterns' words somewhere,
 * and reading it after each change would cost more than the searches saved: every pattern runs on it, as before.
 *
 * @example inOrder([[/负担/g, '承担'], [/诠释/g, '解释']])('运费由买家负担') // '运费由买家承担' (the second pattern not run)
 */
export function inOrder(list: readonly Replacement[]): (text: string) => string {
  // The patterns one of whose words is a character alone, by that character; those one of whose words ends with two
  // characters, by the two (the first's code, then the second's).
  const alone = new Map<number, number[]>();
  const pairs = new Map<number, Map<number, number[]>>();
  // The characters that are a key or begin one: most characters of a clause are neither, and are passed over at once.
  const keyed = new Uint8Array(0x10000);
  const always: number[] = [];
  const add = (patterns: number[], index: number): void => {
    if (!patterns.includes(index)) patterns.push(index);
  };
  list.forEach(([pattern], index) => {
    const words = pattern.flags.includes('i') ? null : wordsNeeded(pattern);
    if (words === null) {
      always.push(index);
      return;
    }
    for (const word of words) {
      const last = word.charCodeAt(word.length - 1);
      if (word.length === 1) {
        const patterns = alone.get(last) ?? [];
        alone.set(last, patterns);
        add(patterns, index);
        keyed[last] = 1;
        continue;
      }
      const first = word.charCodeAt(word.length - 2);
      const after = pairs.get(first) ?? new Map<number, number[]>();
      pairs.set(first, after);
      const patterns = after.get(last) ?? [];
      after.set(last, patterns);
      add(patterns, index);
      keyed[first] = 1;
    }
  });
  /** Marks in `may` the patterns the text may match. */
  const read = (text: string, may: Uint8Array): void => {
    may.fill(0);
    for (const index of always) may[index] = 1;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (keyed[code] === 0) continue;
      const single = alone.get(code);
      if (single !== undefined) for (const index of single) may[index] = 1;
      const paired = pairs.get(code)?.get(text.charCodeAt(at + 1));
      if (paired !== undefined) for (const index of paired) may[index] = 1;
    }
  };
  return (text: string): string => {
    const may = new Uint8Array(list.length);
    // A long text names the words of most patterns somewhere: all run, unread.
    if (text.length <= REREAD_MAX) read(text, may);
    else may.fill(1);
    let out = text;
    for (let index = 0; index < list.length; index++) {
      if (may[index] === 0) continue;
      const [pattern, by] = list[index] as Replacement;
      const next = out.replace(pattern, by as string);
      if (next === out) continue;
      out = next;
      if (out.length <= REREAD_MAX) read(out, may);
      else may.fill(1);
    }
    return out;
  };
}
