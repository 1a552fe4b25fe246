import type { Citation, Message } from '#schemas/check.js';
import type { ClauseVerdict, PolicyIssue } from '#schemas/policy-lint.js';
import type { Duration } from './numbers.js';

/** What a clause rule reads: the clause in reading form, with what the whole policy says around it. */
export interface ClauseReading {
  /** The clause in reading form (see `normaliseClause`), prefixed by its list lead-in when it has one. */
  readonly text: string;
  /** The clause alone in reading form, without the lead-in. */
  readonly own: string;
  /** The lead-in in reading form ("以下情况不予退货:"), or '' when the clause is not a list item under one. */
  readonly lead: string;
  /**
   * The line the clause stands in, with its lead-in, in reading form: rules read it. On a line longer than a few
   * thousand characters (a page pasted as one line), the clauses around the clause only.
   */
  readonly line: string;
  /** The whole policy in reading form (read once, on first use): statements about the whole shop are read in it. */
  readonly policy: string;
  /**
   * For a lead-in judged with its items (on its own period, or as a grant of the cases it lists): their text, joined by
   * "；", read only to tell what the period measures and which cases are granted.
   */
  readonly items?: string;
  /** The durations of `text`, with offsets into `text`. */
  readonly durations: readonly Duration[];
  /** The promise terms in force for the whole policy (request terms and promises the text makes). */
  readonly terms: PolicyContext;
}

/** The shop's own promises, from the request's `policy` and from the text itself. */
export interface PolicyContext {
  /** The longest no-reason return window the shop promises, in days (0 when none beyond the law). */
  readonly promisedDays: number;
  /** The shop's promise covers the statutorily excluded goods too. */
  readonly coversExcludedGoods: boolean;
}

/** What a clause rule finds: a void part, or a doubt that only a person can settle. */
export interface RuleFinding {
  readonly verdict: 'void' | 'review';
  /** Why the part is void (or why it needs review), in both languages. */
  readonly message: Message;
  /** Lawful wording that keeps what the shop may lawfully ask. */
  readonly suggestion: Message;
  /** The provisions of this finding when they differ from the rule's own (verbatim, from the law data). */
  readonly citations?: readonly Citation[];
}

/**
 * One clause rule of a ruleset's policy pack: the issue it finds, the provisions it cites (verbatim,
 * from the law data), and the judgement itself. Rules are pure functions of the reading.
 */
export interface ClauseRule {
  /** Stable address, e.g. `cn.policy.final-interpretation-right`. */
  readonly id: string;
  readonly issue: PolicyIssue;
  readonly citations: readonly Citation[];
  judge(reading: ClauseReading): RuleFinding | undefined;
}

/**
 * A condition that takes a clause outside the law data (medicines, cross-border imports, business
 * buyers): the clause is `review`, never `void`.
 */
export interface ScopeRule {
  readonly id: string;
  readonly applies: (reading: ClauseReading) => boolean;
  readonly message: Message;
  readonly citations: readonly Citation[];
}

/** A ruleset's policy pack: what the evaluator needs, nothing jurisdiction-specific in the evaluator. */
export interface PolicyPack {
  readonly rulesetVersion: string;
  /** The revision of the pack's reading (`cn-policy.N`): answers with the same revision are the same. */
  readonly revision: string;
  readonly rules: readonly ClauseRule[];
  /** The rules that judge a lead-in that names a period, on that period (its refusal is its items'). */
  readonly leadRules: readonly ClauseRule[];
  /** Called before each policy is read: a pack that remembers readings forgets them here. */
  readonly beginPolicy?: () => void;
  readonly scopes: readonly ScopeRule[];
  /** Reads the no-reason window the text itself promises ("15天无理由退货" → 15), or 0. */
  readonly promisedDays: (reading: string) => number;
  /** The message of a clause with nothing void in it. */
  readonly lawfulMessage: Message;
  /**
   * Whether a lawful refusal refuses with no condition of its own ("Personalized items cannot be returned"), so that a
   * lead-in pointing back to it ("This includes:") carries it to the items it lists.
   */
  readonly refusesUnconditionally: (reading: string) => boolean;
  /**
   * Whether a lead-in refuses every return but the cases it lists ("…are non-returnable except when:"), so that it is judged
   * by itself rather than through its items (which are the cases granted).
   */
  readonly refusesAllButItems?: (reading: string) => boolean;
  /**
   * Whether a lead-in grants returns in the cases it lists ("The ONLY valid reasons for returns:"), so that it is judged
   * with its items (`ClauseReading.items`): a list of faults alone refuses the no-reason return.
   */
  readonly grantsListedGrounds?: (reading: string) => boolean;
  /**
   * Whether a listed item, judged under a lawful refusal it points back to with these issues, is only an instance of
   * what the refusal lawfully excludes, and so not excluded anew.
   */
  readonly instanceOfLawful: (item: string, refusal: string, issues: readonly PolicyIssue[]) => boolean;
  /**
   * How an answer right after its question is read (both in reading form; `ownLine` when the answer begins a line of its
   * own), or undefined when the two are read apart: as `text` alone ("特价商品能退吗？" / "不能。" → "特价商品不能退"), or
   * `under` its question as an item under its heading. A question with a read answer is judged with it, not alone.
   * `previous` is the question and answer read just before, when this question follows them ("…谁出？本店不承担。" before
   * "质量问题呢？同样不承担").
   */
  readonly readAnswer: (
    question: string,
    answer: string,
    ownLine: boolean,
    previous?: AskedPair,
  ) => AnswerReading | undefined;
}

/** A question and the answer right after it, both in reading form. */
export interface AskedPair {
  readonly question: string;
  readonly answer: string;
}

/** An answer read as a text of its own, or under its question. */
export type AnswerReading =
  | { readonly text: string; readonly under?: undefined }
  | { readonly under: true; readonly text?: undefined };

export type { ClauseVerdict, PolicyIssue };
