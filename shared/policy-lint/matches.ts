/**
 * Every match of a global pattern in a text, in order: what `[...text.matchAll(pattern)]` gives. `matchAll` copies the
 * pattern on every call, and V8 runs the copy's first search uncompiled: for the clause rules' large patterns that cost
 * several times the search itself (other_void's pattern over 664 clauses: 11 ms by `matchAll`, 2 ms by `exec`). This
 * runs the pattern itself from the text's start and leaves its `lastIndex` at 0; the matches are collected before any
 * is used, so a caller's loop cannot disturb the search.
 *
 * @example matchesOf(/\d+/g, '3天或72小时').map((m) => m[0]) // ['3', '72']
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: /${pattern.source.slice(0, 40)}…/`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match moves on by one character (one code point under the u or v flag), as matchAll does.
    if (match[0] === '') {
      const at = pattern.lastIndex;
      const wide =
        (pattern.unicode || pattern.unicodeSets) &&
        /[\ud800-\udbff]/.test(text[at] ?? '') &&
        /[\udc00-\udfff]/.test(text[at + 1] ?? '');
      pattern.lastIndex = at + (wide ? 2 : 1);
    }
  }
  pattern.lastIndex = 0;
  return found;
}
