/**
 * Readings remembered for the length of one policy. The clause rules read the same text through the same functions
 * many times over (a clause alone and under its lead-in, its parts once per rule that splits it, the same list item
 * under two headings), and those functions are pure: what they answer depends on the text alone. Each remembers its
 * answers until the next policy begins (`forgetReadings`, called by the lint before it reads a policy), so a policy
 * is never read faster because an earlier one held the same words, and memory stays that of one policy.
 */

const memos: Map<string, unknown>[] = [];

/** The most answers one function keeps; past this (a pathological text) it starts again rather than grow. */
const MAX_REMEMBERED = 8192;

/**
 * `read`, remembering its answer for each text until `forgetReadings`. Only for a function whose answer depends on
 * its text argument alone.
 *
 * @example const refuses = rememberedPerPolicy(refusesUncached);
 */
export function rememberedPerPolicy<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  memos.push(known as Map<string, unknown>);
  return function remembered(text: string): T {
    const answer = known.get(text);
    if (answer !== undefined || known.has(text)) return answer as T;
    if (known.size >= MAX_REMEMBERED) known.clear();
    const read_ = read(text);
    known.set(text, read_);
    return read_;
  };
}

/** Forgets every remembered answer: the lint calls it before each policy. */
export function forgetReadings(): void {
  for (const known of memos) known.clear();
}
