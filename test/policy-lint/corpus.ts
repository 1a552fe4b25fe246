import { readdirSync, readFileSync } from 'node:fs';
import * as z from 'zod';
import { CN_POLICY_PACK } from '#rules/cn-policy/index.js';
import { ClauseVerdictSchema, PolicyIssueSchema } from '#schemas/policy-lint.js';
import { lintPolicy } from '#shared/policy-lint/evaluate.js';

/**
 * One labelled clause of the policy-lint corpus. Labels come from RULES.md §5 and the statutes,
 * never from the lint's output; `source` names where a real clause was published (repository and
 * path) or says that it is a boundary variant written for the corpus.
 */
export const CorpusClauseSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+-\d{3}$/),
  text: z.string().min(1).max(2000),
  source: z.string().min(3),
  origin: z.enum(['real', 'variant']),
  verdict: ClauseVerdictSchema,
  issues: z.array(PolicyIssueSchema),
  /** `heldout` clauses are never used to tune the rules; figures are reported for both splits. */
  split: z.enum(['tune', 'heldout']),
});
export type CorpusClause = z.infer<typeof CorpusClauseSchema>;

const DIR = new URL('./corpus/', import.meta.url);

/** Every corpus file, validated. */
export function loadCorpus(): CorpusClause[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => z.array(CorpusClauseSchema).parse(JSON.parse(readFileSync(new URL(name, DIR), 'utf8'))));
}

/** A labelled file beside this module, validated; empty when it is not in the checkout. */
function readLabels<T extends z.ZodType>(path: string, schema: T): z.infer<T>[] {
  try {
    return z.array(schema).parse(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The lead's independent answer key (RULES.md §5 labels with a `why`), split by source page. */
export const KeyClauseSchema = CorpusClauseSchema.extend({
  id: z.string().regex(/^ind-\d{3}$/),
  why: z.string(),
});

/** The independent key, validated; empty when the key is not in the checkout. */
export function loadIndependentKey(): z.infer<typeof KeyClauseSchema>[] {
  return readLabels('./heldout/independent.json', KeyClauseSchema);
}

/**
 * The second blind key (written by an engineer who never saw the lint): real clauses of 15 more pages,
 * split by page; a list item carries its heading as `context`.
 */
export const Key2ClauseSchema = CorpusClauseSchema.extend({
  id: z.string().regex(/^ind2-\d{3}$/),
  why: z.string(),
  context: z.string().optional(),
});
export type Key2Clause = z.infer<typeof Key2ClauseSchema>;

/** A later blind key's clause: the second key's shape, ids `k<n><writer>-<nnn>`. */
function blindKeySchema(n: number) {
  return Key2ClauseSchema.extend({ id: z.string().regex(new RegExp(`^k${n}[a-z]-\\d{3}$`)) });
}

/** The second blind key, validated; empty when it is not in the checkout. */
export function loadSecondKey(): Key2Clause[] {
  return readLabels('./heldout/independent-2.json', Key2ClauseSchema);
}

/**
 * The third blind key (three engineers who never saw the lint, 54 more pages, 2026-11-29): real clauses
 * only, split by page (a hash of the source decides the half), list items with their heading as `context`.
 */
export function loadThirdKey(): Key2Clause[] {
  return readLabels('./heldout/independent-3.json', blindKeySchema(3));
}

/**
 * The fourth blind key (three more engineers who never saw the lint, 68 more pages, 2026-11-29), scored
 * blind once and then used whole to tune on (`split` is `tune` throughout): the third key's held-out half
 * stays the estimate on unseen pages.
 */
export function loadFourthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-4.json', blindKeySchema(4));
}

/**
 * The fifth blind key (three more engineers, 32 more pages, 2026-11-29, scored blind at `cn-policy.12`),
 * split by page like the third: its held-out half is a second estimate on pages never read.
 */
export function loadFifthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-5.json', blindKeySchema(5));
}

/**
 * The sixth blind key (three more engineers, 23 more pages, 2026-11-29): scored blind at `cn-policy.18`
 * (0.557 / 0.447), then used whole for tuning like the fourth (`split` is `tune` throughout).
 */
export function loadSixthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-6.json', blindKeySchema(6));
}

/**
 * The seventh blind key (three more engineers, 49 more pages, 2026-11-29): scored blind at `cn-policy.22`
 * (0.632 / 0.587) and kept whole as held out (`split` is `heldout` throughout): never read, scored only as
 * numbers, the largest estimate on unseen pages.
 */
export function loadSeventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-7.json', blindKeySchema(7));
}

/**
 * The eighth blind key (three more engineers, 54 more pages, 2026-11-29): scored blind at `cn-policy.27`
 * (0.629 / 0.603), then used whole for tuning like the fourth and sixth (`split` is `tune` throughout); one
 * clause of a page the seventh key holds was dropped, so no page is in both.
 */
export function loadEighthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-8.json', blindKeySchema(8));
}

/**
 * The ninth blind key (three more engineers, 48 more pages, 2026-11-30): scored blind at `cn-policy.32`
 * (0.709 / 0.557), split by page like the third and fifth (a hash of the source decides the half): its held-out
 * half is never read.
 */
export function loadNinthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-9.json', blindKeySchema(9));
}

/**
 * The tenth blind key (three more engineers, 51 more pages, 2026-11-30: clothing and appliance shops, service
 * agreements and platform rules, traditional-Chinese and English shops; one page of demo text dropped before
 * scoring): scored blind at `cn-policy.41`, split by page (the first hex digit of a SHA-256 of the page decides
 * the half: 0–7 held out): its held-out half is never read.
 */
export function loadTenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-10.json', blindKeySchema(10));
}

/**
 * The eleventh blind key (three more engineers, 34 more pages, 2026-11-30: shops' own after-sales notices, FAQ and
 * help-centre answers, traditional-Chinese and English shops): scored blind at `cn-policy.48`, split by page like
 * the tenth (the first hex digit of a SHA-256 of the page decides the half: 0–7 held out): its held-out half is
 * never read.
 */
export function loadEleventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-11.json', blindKeySchema(11));
}

/**
 * The twelfth blind key (three more engineers, 58 more pages, 2026-11-30: shops' own notices, brands' after-sales
 * and 三包 pages, traditional-Chinese and English shops): scored blind at `cn-policy.53`, split by page (the first hex
 * digit of a SHA-256 of the source decides the half: 0–7 held out): its held-out half is never read.
 */
export function loadTwelfthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-12.json', blindKeySchema(12));
}

/**
 * The thirteenth blind key (three more engineers, 48 more pages, 2026-11-30: shop notices and the after-sales text shipped
 * in mall and mini-program projects, brands' pages for fresh food, jewellery, flowers and courses, traditional-Chinese and
 * English shops): scored blind at `cn-policy.59`, split by page like the twelfth (0–7 held out): its held-out half is
 * never read.
 */
export function loadThirteenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-13.json', blindKeySchema(13));
}

/**
 * The fourteenth blind key (three more engineers, 39 more pages, 2026-11-30: simplified-Chinese shop and mall after-sales
 * notices, brands' after-sales and 三包 pages, Taiwanese and English shops): scored blind at `cn-policy.69` and `.70`
 * (0.627 / 0.571 both), split by page like the twelfth (0–7 held out): its held-out half is never read.
 */
export function loadFourteenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-14.json', blindKeySchema(14));
}

/**
 * The fifteenth blind key (three more engineers, 53 more pages, 2026-11-30: simplified-Chinese shop and mall notices,
 * English shops' return pages, Taiwanese and Hong Kong shops and less-used categories): scored blind at `cn-policy.71`
 * (0.544 / 0.609; the same at `.72`), split by page like the twelfth (0–7 held out): its held-out half is never read.
 */
export function loadFifteenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-15.json', blindKeySchema(15));
}

/**
 * The sixteenth blind key (three more engineers, 46 more pages, 2026-11-30: simplified-Chinese shop, mall and
 * contract pages, English shops' return pages, Taiwanese and Hong Kong shops of tea, pets, eyewear and music): scored
 * blind at `cn-policy.80` (0.667 / 0.580; 0.669 / 0.574 at `.79`), split by page like the twelfth (0–7 held out): its
 * held-out half is never read. Clauses whose text an earlier set already holds, and two pages an earlier set used,
 * were left out before it was scored.
 */
export function loadSixteenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-16.json', blindKeySchema(16));
}

/**
 * The seventeenth blind key (three more engineers, 2026-12-01: simplified-Chinese shop and mall notices, English shops'
 * return pages, Taiwanese and Hong Kong shops, brands' 三包 pages and FAQ answers; written without the lint, with the
 * pages every earlier set used listed to avoid): scored blind at `cn-policy.159`, split by page like the twelfth (the
 * first hex digit of a SHA-256 of the source decides the half: 0–7 held out): its held-out half is never read.
 */
export function loadSeventeenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-17.json', blindKeySchema(17));
}

/**
 * The eighteenth blind key (three more engineers, 2026-12-01: simplified-Chinese shop, mall and brand pages, English shops'
 * return pages, Taiwanese and Hong Kong shops; written without the lint, with the pages every earlier set used listed to
 * avoid): scored blind at `cn-policy.167`, eight revisions after the seventeenth, split by page like the twelfth (the first
 * hex digit of a SHA-256 of the source decides the half: 0–7 held out): its held-out half is never read.
 */
export function loadEighteenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-18.json', blindKeySchema(18));
}

/**
 * The nineteenth blind key (three more engineers, 2026-12-01: simplified-Chinese shop and mall pages, English shops' return
 * pages in eight countries, Taiwanese, Hong Kong and Macau shops; written without the lint, with the pages every earlier set
 * used listed to avoid): scored blind at `cn-policy.169`, split by page like the twelfth (the first hex digit of a SHA-256
 * of the source decides the half: 0–7 held out): its held-out half is never read.
 */
export function loadNineteenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-19.json', blindKeySchema(19));
}

/**
 * The twentieth blind key (three more engineers, 2026-12-01: shops' own web pages rather than repositories, simplified-Chinese
 * shops and malls, English shops in nine countries, Hong Kong furniture and Taiwanese shops; written without the lint): scored
 * blind at `cn-policy.170`, split by page like the twelfth (the first hex digit of a SHA-256 of the source decides the half:
 * 0–7 held out): its held-out half is never read.
 */
export function loadTwentiethKey(): Key2Clause[] {
  return readLabels('./heldout/independent-20.json', blindKeySchema(20));
}

/**
 * The twenty-first blind key (one engineer, 2026-12-04: 25 pages not used before, ten English shops' return pages, five
 * Taiwanese and Hong Kong ones, ten mainland ones of which three are served in traditional characters; labelled from RULES.md
 * §5 and the statutes and hashed before the lint ran): scored blind at `cn-policy.213` (0.645 / 0.476 with headings), split
 * by page as its writer alternated them (not by hash): its held-out half is never read.
 */
export function loadTwentyFirstKey(): Key2Clause[] {
  return readLabels('./heldout/independent-21.json', blindKeySchema(21));
}

/**
 * The twenty-second blind key (one engineer, 2026-12-04: 27 pages not used before, 21 of them mainland simplified-Chinese shop
 * pages, five in traditional characters, one English; labelled from RULES.md §5 and the statutes and hashed before the lint
 * ran): scored blind at `cn-policy.215` (0.661 / 0.562 with headings), split by page as its writer balanced them (not by
 * hash): its held-out half is never read.
 */
export function loadTwentySecondKey(): Key2Clause[] {
  return readLabels('./heldout/independent-22.json', blindKeySchema(22));
}

/**
 * The twenty-third blind key (one engineer, 2026-12-04: 27 pages not used before, of kinds earlier keys used less: group
 * buying, second-hand, wholesale and consignment (business buyers), cross-border buying agents, custom furniture, jewellery,
 * glasses, cakes and gifts, warranty pages; 104 clauses mainland simplified Chinese, 91 from mainland pages a converter served
 * in traditional characters with pinyin left in, 44 from Hong Kong and Taiwan; only 21 void): scored blind at `cn-policy.217`,
 * split by page as its writer assigned them (not by hash): its held-out half is never read.
 */
export function loadTwentyThirdKey(): Key2Clause[] {
  return readLabels('./heldout/independent-23.json', blindKeySchema(23));
}

/**
 * The twenty-fourth blind key (one engineer, 2026-12-04: 28 pages not used before, ordinary mainland retail shops, fruit,
 * shoes, furniture, printing, appliances' warranty terms; 175 clauses simplified Chinese, 34 from mainland pages stored in
 * traditional characters): scored blind at `cn-policy.218`, split by page as its writer assigned them (not by hash): its
 * held-out half is never read.
 */
export function loadTwentyFourthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-24.json', blindKeySchema(24));
}

/**
 * The twenty-fifth blind key (one engineer, 2026-12-04: 18 pages not used before, mainland shops above all, 140 clauses
 * simplified Chinese): scored blind at `cn-policy.219` and added as a measurement only (no revision has read it), split by
 * page as its writer assigned them (not by hash).
 */
export function loadTwentyFifthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-25.json', blindKeySchema(25));
}

/**
 * The twenty-sixth blind key (one engineer, 2026-12-04: 18 pages not used before, 220 clauses, 9 simplified Chinese, 6
 * English, 3 traditional Chinese pages; two business-only sites labelled review throughout; 49 labels marked UNSURE):
 * scored blind at `cn-policy.221`, split by page as its writer assigned them (alternating, not by hash); `cn-policy.223`
 * read its tuning pages, never its held-out ones.
 */
export function loadTwentySixthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-26.json', blindKeySchema(26));
}

/**
 * The twenty-seventh blind key (one engineer, 2026-12-04: 18 pages not used before, 223 clauses, 8 simplified Chinese, 5
 * English, 5 traditional Chinese pages, nine of them search excerpts of a page's start; 62 labels marked UNSURE; hashed
 * before the lint ran): scored blind at `cn-policy.224` and added as a measurement only (no revision has read it), split by
 * page as its writer assigned them.
 */
export function loadTwentySeventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-27.json', blindKeySchema(27));
}

/**
 * The twenty-eighth blind key (one engineer, 2026-12-04: 18 pages not used before, 221 clauses, 7 simplified Chinese, 6
 * English, 5 traditional Chinese pages, all search excerpts of a page's start; 80 labels marked UNSURE; hashed before the
 * lint ran): scored blind at `cn-policy.227` and added as a measurement only (no revision has read it), split by page as
 * its writer assigned them.
 */
export function loadTwentyEighthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-28.json', blindKeySchema(28));
}

/**
 * The twenty-ninth blind key (one engineer, 2026-12-04: 18 pages not used before, 226 clauses, 4 simplified Chinese, 6
 * English, 8 traditional Chinese pages (four of them mainland shops' pages shown in traditional characters), all search
 * excerpts; 61 labels marked UNSURE; hashed before the lint ran): scored blind at `cn-policy.228` and added as a
 * measurement only (no revision has read it), split by page as its writer assigned them.
 */
export function loadTwentyNinthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-29.json', blindKeySchema(29));
}

/**
 * The thirtieth blind key (one engineer, 2026-12-04: 18 pages not used before, 224 clauses, 6 simplified Chinese, 6 English,
 * 6 traditional Chinese pages (Taiwan and Hong Kong shops), all search excerpts; 64 labels marked UNSURE; hashed before the
 * lint ran): scored blind at `cn-policy.230` and added as a measurement only (no revision has read it), split by page as its
 * writer assigned them.
 */
export function loadThirtiethKey(): Key2Clause[] {
  return readLabels('./heldout/independent-30.json', blindKeySchema(30));
}

/**
 * The thirty-first blind key (one engineer, 2026-12-04: 18 pages not used before, 204 clauses, 4 simplified Chinese, 6
 * traditional Chinese, 8 English pages (the simplified-Chinese pool of the search corpus nearly spent), all search excerpts;
 * 25 labels marked UNSURE; hashed before the lint ran): scored blind at `cn-policy.236` and added as a measurement only (no
 * revision has read it), split by page as its writer assigned them (a hash of the page's address: 135 tuning, 69 held out).
 */
export function loadThirtyFirstKey(): Key2Clause[] {
  return readLabels('./heldout/independent-31.json', blindKeySchema(31));
}

/**
 * The thirty-second blind key (one engineer, 2026-12-04: 17 pages not used before, 211 clauses, 2 simplified Chinese, 3
 * traditional Chinese, 12 English pages (three of them partly template text), all search excerpts; 32 labels marked UNSURE;
 * hashed before the lint ran): scored blind at `cn-policy.238` and added as a measurement only (no revision has read it),
 * split by page as its writer assigned them (a hash of the page's address: 129 tuning, 82 held out).
 */
export function loadThirtySecondKey(): Key2Clause[] {
  return readLabels('./heldout/independent-32.json', blindKeySchema(32));
}

/**
 * The thirty-third blind key (two engineers, 2026-12-05: 22 pages not used before, 227 clauses: 1 simplified Chinese (a shop
 * template's language file in a public repository), 10 traditional Chinese (Taiwan shops) and 11 English pages, search
 * excerpts; each half hashed before the lint ran): scored blind at `cn-policy.243`, split by page as its writers assigned
 * them (a hash of the page's address: 70 tuning, 157 held out).
 */
export function loadThirtyThirdKey(): Key2Clause[] {
  return readLabels('./heldout/independent-33.json', blindKeySchema(33));
}

/**
 * The thirty-fourth blind key (one engineer, 2026-12-05: 7 pages not used before, 96 clauses: 1 traditional Chinese (a
 * shop's translated template) and 6 English pages, search excerpts; no simplified-Chinese page left new in either corpus;
 * hashed before the lint ran): scored blind at `cn-policy.249` (and the same at `.247`), split by page as its writer
 * assigned them (a hash of the page's address: 50 tuning, 46 held out).
 */
export function loadThirtyFourthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-34.json', blindKeySchema(34));
}

/**
 * The thirty-fifth blind key (a second engineer writing beside the thirty-fourth's, 2026-12-05: 6 pages not used before,
 * 54 clauses: 2 help pages of a shop template in a public repository (JSP; its site-name expressions are rendered as
 * 本站), 2 product documentation files, a repository's bilingual refund policy (Chinese and English), 1 traditional-Chinese
 * shop page (search excerpt); hashed before the lint ran): scored blind at `cn-policy.250`, split by page as its writer assigned them (43 held out,
 * 11 tuning).
 */
export function loadThirtyFifthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-35.json', blindKeySchema(35));
}

/**
 * The thirty-sixth blind key (one engineer, 2026-12-05: 7 pages not used before, 124 clauses: 3 traditional-Chinese pages
 * of Taiwan shops in public repositories, 1 simplified-Chinese help page of a florist's demo (copied from a real notice),
 * 1 English shop page in a repository and 2 English search excerpts; hashed before the lint ran): scored blind at
 * `cn-policy.251`, split by page as its writer assigned them (65 tuning, 59 held out).
 */
export function loadThirtySixthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-36.json', blindKeySchema(36));
}

/**
 * The thirty-seventh blind key (the thirty-sixth's second writer, 2026-12-05: 9 pages not used before, 81 clauses, all
 * Chinese search excerpts: 5 traditional-Chinese pages (a Taiwan optician, three help pages of a flower and cake shop
 * copied onto other sites, a satnav seller's warranty), 1 more traditional and 3 simplified (a membership refund notice,
 * a hardware maker's after-sales promise, a gadget shop's warranty Q&A); ids renamed from the writer's k36a–k36i; hashed
 * before the lint ran): scored blind at `cn-policy.253`, split by page as its writer assigned them (57 tuning, 24 held out).
 */
export function loadThirtySeventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-37.json', blindKeySchema(37));
}

/**
 * The thirty-eighth blind key (two writers, 2026-12-05: 11 pages, 112 clauses): 4 traditional-Chinese pages (Taiwan pet,
 * bedding and mattress shops' policies, a florist's Q&A in a public repository), 2 simplified (a phone maker's after-sales
 * tab, a template shop's note), a Hong Kong jeweller's notice and 4 English pages. A twelfth page the first writer found
 * (59 clauses) was a page the sixth key had already used, under another search id: it is left out, and so are 4
 * clauses whose text an earlier key already holds (nothing blind in them). Hashed before the lint ran; scored blind at
 * `cn-policy.257`, split by page as its writers assigned them (52 tuning, 60 held out).
 */
export function loadThirtyEighthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-38.json', blindKeySchema(38));
}

/**
 * The thirty-ninth blind key (two writers, 2026-12-05: 9 pages, 136 clauses): 4 simplified-Chinese pages in public
 * repositories (a teapot shop's product tab, a pharmacy app's after-sales page, a jeweller's policy in a database dump, a
 * fashion shop's note) and 5 traditional-Chinese shops' pages (four print shops, a baby-goods shop). A tenth page the first
 * writer found (12 clauses) was one the sixth key had used, in another repository: it is left out, and so are 5 clauses
 * whose text an earlier key already holds (shared templates). Hashed before the lint ran; scored blind at
 * `cn-policy.259`, split by page as its writers assigned them (74 tuning, 62 held out).
 */
export function loadThirtyNinthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-39.json', blindKeySchema(39));
}

/**
 * The fortieth blind key (two writers, 2026-12-05: 10 pages, 124 clauses): 3 simplified-Chinese pages in public
 * repositories (a mall's purchase notice, a platform's user agreement in a database dump, a shop's help page) and 7
 * traditional-Chinese shops' pages (glasses, paper goods, stationery, art prints, a phone reseller's warranty, jewellery, a
 * saxophone shop). One clause an earlier key already holds (a template) is left out. Hashed before the lint ran; scored
 * blind at `cn-policy.266`, split by page as its writers assigned them (12 tuning, 112 held out).
 */
export function loadFortiethKey(): Key2Clause[] {
  return readLabels('./heldout/independent-40.json', blindKeySchema(40));
}

/**
 * The forty-first blind key (two writers, 2026-12-05: 14 pages, 131 clauses): 11 traditional-Chinese shops' pages (Hong
 * Kong and Taiwan: musical instruments, audio, coffee, camping gear, electric bikes, a bicycle maker, a crowdfunded
 * product) and 3 simplified-Chinese pages plus one of teapots in both scripts (a smart-board maker's warranty, a Tmall
 * after-sales page in a database dump, two online pharmacies' notices). Both writers found two of the pages (a music shop's,
 * a bicycle maker's): the first writer's copy is kept, and the two agreed on 14 of their 15 clauses. Hashed before the lint
 * ran; scored blind at `cn-policy.267`, split by page as its writers assigned them (67 tuning, 64 held out).
 */
export function loadFortyFirstKey(): Key2Clause[] {
  return readLabels('./heldout/independent-41.json', blindKeySchema(41));
}

/**
 * The forty-second blind key (two writers, 2026-12-05: 18 pages, 205 clauses): 8 English pages of small shops (tea shops in
 * the US and Hong Kong, bike shops in the UK and elsewhere), 2 simplified-Chinese pages in public repositories (a CNC
 * maker's guide to damaged parcels, a cosmetics mall's after-sales replies) and 8 Taiwan shops' pages (bedding, food,
 * general goods, fragile goods, sports shoes, shoes, mattresses, plant-extract food). Three clauses whose text an earlier key
 * already holds (templates) are left out. Hashed before the lint ran; scored blind at `cn-policy.270`, split by page as
 * its writers assigned them (95 tuning, 110 held out).
 */
export function loadFortySecondKey(): Key2Clause[] {
  return readLabels('./heldout/independent-42.json', blindKeySchema(42));
}

/** A text as two writers may have copied it: case, spaces, punctuation and symbols set aside. */
function sameTextKey(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}_]+/gu, '');
}

/** The shortest text, so compared, whose copies in two keys count as one text labelled twice. */
const SAME_TEXT_MIN = 6;

export interface SameTextAgreement {
  /** Texts that two or more keys hold. */
  texts: number;
  /** Pairs of their clauses that come from two different keys. */
  pairs: number;
  /** Of the void labels of either clause of a pair, the share the other clause's label agrees with (read both ways, so precision = recall). */
  agreement: number;
  /** The same over the pairs neither of whose writers marked the label UNSURE. */
  sureAgreement: number;
  /** Every clause of those texts, each once: what the lint is scored on beside the keys. */
  clauses: CorpusClause[];
}

/**
 * How far the keys agree with one another where two of their writers labelled the same text (a shop template, a
 * platform's wording copied by many shops): each pair of such clauses from two different keys is read both ways, one
 * label as the key and the other as the reader. This is the ceiling a lint that reads a clause with its heading can
 * reach against any one key on those texts, and where the writers disagree on the same words no reading of the words
 * can follow both.
 *
 * @example keysOnSameText([[a], [b]]) // a and b equal texts: 1 text, 1 pair, agreement 1 when both are void
 */
export function keysOnSameText(
  keys: readonly (readonly (CorpusClause & { why?: string | undefined })[])[],
): SameTextAgreement {
  const byText = new Map<string, { key: number; clause: CorpusClause & { why?: string | undefined } }[]>();
  keys.forEach((clauses, key) => {
    for (const clause of clauses) {
      const text = sameTextKey(clause.text);
      if ([...text].length < SAME_TEXT_MIN) continue;
      const copies = byText.get(text);
      if (copies) copies.push({ key, clause });
      else byText.set(text, [{ key, clause }]);
    }
  });
  let texts = 0;
  let pairs = 0;
  const tally = { all: { both: 0, one: 0 }, sure: { both: 0, one: 0 } };
  const clauses: CorpusClause[] = [];
  for (const copies of byText.values()) {
    if (new Set(copies.map((c) => c.key)).size < 2) continue;
    texts++;
    clauses.push(...copies.map((c) => c.clause));
    for (let i = 0; i < copies.length; i++)
      for (let j = i + 1; j < copies.length; j++) {
        const [a, b] = [copies[i], copies[j]] as [(typeof copies)[number], (typeof copies)[number]];
        if (a.key === b.key) continue;
        pairs++;
        const voids = Number(a.clause.verdict === 'void') + Number(b.clause.verdict === 'void');
        const sure = !a.clause.why?.includes('UNSURE') && !b.clause.why?.includes('UNSURE');
        for (const counts of sure ? [tally.all, tally.sure] : [tally.all]) {
          if (voids === 2) counts.both++;
          else if (voids === 1) counts.one++;
        }
      }
  }
  // Read both ways, a pair of void labels agrees twice and a pair with one void label disagrees once each way.
  const share = ({ both, one }: { both: number; one: number }) =>
    both + one === 0 ? 1 : (2 * both) / (2 * both + one);
  return { texts, pairs, agreement: share(tally.all), sureAgreement: share(tally.sure), clauses };
}

/**
 * The forty-third blind key (two writers, 2026-12-06: 19 pages, 255 clauses): 9 pages of shops in Hong Kong, the mainland
 * and English-speaking countries (herbal health products, an online bookstore, a fruit seller, cosmetics, stationery and
 * gifts, a children's clothing shop, tea, furniture, clothing) and 10 Taiwan shops' pages (books, jewellery, accessories,
 * fragrance, children's clothing, shoes, furniture, refurbished audio, a bookshop shipping to the mainland, health food).
 * Two clauses whose text an earlier key already holds (templates) are left out. Hashed before the lint ran; scored blind
 * at `cn-policy.271`, split by page as its writers assigned them (127 tuning, 128 held out).
 */
export function loadFortyThirdKey(): Key2Clause[] {
  return readLabels('./heldout/independent-43.json', blindKeySchema(43));
}

/**
 * The forty-fourth blind key (two writers, 2026-12-06: 18 pages, 243 clauses): 10 pages of shops in the mainland, Hong
 * Kong and English-speaking countries (auto and brake parts, car care, toys, LEGO, a florist, stained glass, a maker's
 * shop, orchids, sockets and switches) and 8 Taiwan shops' pages (coffee, handmade hair accessories, blown glass, leather
 * shoes, audio electronics, imported skincare and food, books, mattresses). Eight clauses whose text an earlier key
 * already holds (templates) are left out by the writers. Hashed before the lint ran (writer A ce60666c…, B 82d11429…);
 * scored blind at `cn-policy.275`, split by page as its writers assigned them (127 tuning, 116 held out).
 */
export function loadFortyFourthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-44.json', blindKeySchema(44));
}

/**
 * The forty-fifth blind key (two writers, 2026-12-06: 19 pages, 210 clauses): 9 pages of shops in Hong Kong and
 * English-speaking countries (ice cream, country homeware, tactical gear, fashion, children's goods, handmade cords,
 * shoes, hoodies, a lifestyle shop) and 10 Taiwan shops' pages (curtains and appliances, toys, model kits and blind boxes,
 * figure pre-orders, merchandise, handmade accessories, cleaning products, book group-buys, clothing, home appliances).
 * Thirty-two clauses whose text an earlier key already holds (templates, and a page used before under another address,
 * whose three other clauses went with it) are left out by the writers. Hashed before the lint ran (writer A d838abf6…, B 268029d6…); scored blind at
 * `cn-policy.277`, split by page as its writers assigned them (107 tuning, 103 held out).
 */
export function loadFortyFifthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-45.json', blindKeySchema(45));
}

/**
 * The forty-sixth blind key (two writers, 2026-12-06: 19 pages, 243 clauses): 9 pages of Hong Kong shops and small
 * English-language shops (two pet shops, sportswear, three 3D-print shops, a tea shop, a lifestyle shop, leather jackets) and
 * 10 Taiwan shops' pages (jewellery, mattresses, plumbing hardware, a bookstore, clothing and shoes, chilled food, tea,
 * strollers, luxury goods, handmade jewellery). One template clause already held by an earlier key is left out by its
 * writer. Hashed before the lint ran (writer A 85356169…, B 2d24825c…); scored blind at `cn-policy.283`, split by page as
 * its writers assigned them (124 tuning, 119 held out).
 */
export function loadFortySixthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-46.json', blindKeySchema(46));
}

/**
 * The forty-seventh blind key (two writers, 2026-12-06: 17 pages, 167 clauses): 9 pages of mainland, Hong Kong and
 * English-language shops (office furniture, a flower subscription, dried seafood, a general store, electronics, fitness
 * goods, laptop chargers, footwear, jewellery) and 8 Taiwan shops' pages (frozen pork chops, a grocery, a vision-training
 * device, and five iOPEN Mall shops whose excerpts give a few clauses each). One template clause already held by an earlier
 * key is left out by its writer. Hashed before the lint ran (writer A 22269bd1…, B 1984b08e…); scored blind at
 * `cn-policy.285`, split by page as its writers assigned them (84 tuning, 83 held out).
 */
export function loadFortySeventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-47.json', blindKeySchema(47));
}

/**
 * The forty-eighth blind key (three writers, 2026-12-06: 19 pages, 263 clauses): 8 small English-language shops' pages
 * (equestrian gifts, skincare, a plant nursery, packaged food, books, pet supplies, electronics, handmade accessories; the
 * UK, Australia, New Zealand, India, Canada, Malaysia), 8 Taiwan, Hong Kong and English pages of a second writer (DIY
 * electronics, general goods, design goods, a makers' marketplace, steel shelving, designer fashion, candles, a boutique)
 * and 3 mainland pages (a drop-shipping service for resellers, labelled review, a WeChat clothing shop, a bookstore: the
 * mainland pages the search finds are nearly all used by earlier keys). Four template clauses already held by earlier keys
 * are left out by their writers. Hashed before the lint ran (writer A ae584f76…, B 1cf15eea…, C cf3301bd…); scored blind
 * at `cn-policy.288`, split by page as its writers assigned them (135 tuning, 128 held out).
 */
export function loadFortyEighthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-48.json', blindKeySchema(48));
}

/**
 * The forty-ninth blind key (two writers, 2026-12-06: 19 pages, 243 clauses): 10 small English-language shops' pages of
 * other countries (handmade jewellery, beauty products, an Indian shop, pet supplies, furniture, a plant nursery, shoes,
 * collectible dolls, baking supplies; the UK, South Africa, India, Canada, the US, New Zealand, Kenya, Malaysia, Nigeria) and
 * 9 Taiwan and Hong Kong pages (two coffee roasters, a bookshop shipping from Korea, labelled review as a cross-border
 * import, home appliances, four pet shops, veterinary diets). Seven template clauses already held by earlier keys are left
 * out by their writers. Hashed before the lint ran (writer B ed3879f6…, C 315d7e71…); scored blind at `cn-policy.288` (the
 * same at `.289`, which did not read it), split by page as its writers assigned them (130 tuning, 113 held out).
 */
export function loadFortyNinthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-49.json', blindKeySchema(49));
}

/**
 * The fiftieth blind key (two writers, 2026-12-06: 19 pages, 261 clauses): 9 small English-language shops' pages of other
 * countries (handmade jewellery, pet goods, shoes, toys, tech accessories, natural health products, fashion, a plant nursery,
 * furniture; the UK, New Zealand, Kenya, India, South Africa, Singapore, Nigeria, the US, Canada) and 10 Taiwan and Hong Kong
 * pages (pet food, skincare, beauty accessories, household care, dried flowers, a bakery, pet supplies, Korean fashion, a
 * Shopline shop, cat grass). Six template clauses already held by earlier keys are left out by their writers. Hashed before
 * the lint ran (writer B 07a6af1d…, C 39c69ad5…); scored blind at `cn-policy.289` (the same at `.290`, which did not read it),
 * split by page as its writers assigned them (136 tuning, 125 held out).
 */
export function loadFiftiethKey(): Key2Clause[] {
  return readLabels('./heldout/independent-50.json', blindKeySchema(50));
}

/**
 * The fifty-first blind key (two writers, 2026-12-06: 19 pages, 266 clauses): 9 small English-language shops' pages of other
 * countries (irises, women's fashion, gadgets, furniture, a pharmacy, accessories, children's books, a general shop, jewellery;
 * the UK, Singapore, India, South Africa, Australia, Malaysia) and 10 Taiwan and Hong Kong pages (furniture, home appliances,
 * handmade soap, two bookshops, baby feeding products, gadgets, skincare, a store on a marketplace, a florist). No clause was
 * already held by an earlier key. Hashed before the lint ran (writer B aa3c37b7…, C 4cd33981…); scored blind at
 * `cn-policy.291`, split by page as its writers assigned them (141 tuning, 125 held out).
 */
export function loadFiftyFirstKey(): Key2Clause[] {
  return readLabels('./heldout/independent-51.json', blindKeySchema(51));
}

/**
 * The fifty-second blind key (three writers, 2026-12-06: 21 pages, 265 clauses): 7 Taiwan and Hong Kong pages (apparel, an
 * eyewear shop, pet appliances, two tea shops, an English Hong Kong shop; four of them giving a few clauses each) and 14 small
 * English-language shops' pages (pet supplies, pre-order clothing, electronics, toys, cosmetics, optics, plants, jewellery,
 * books, school shoes, general shops; the UAE, the US, Singapore, New Zealand, India, South Africa, the UK, Canada, Ireland,
 * Nigeria, Australia, Malaysia, Kenya). Ten template clauses an earlier key held were left out by the writers. Hashed before
 * the lint ran (writer B cead7722…, C 980f8039…, D 6a32586b…); scored blind at `cn-policy.293`, split by page as its writers
 * assigned them (134 tuning, 131 held out).
 */
export function loadFiftySecondKey(): Key2Clause[] {
  return readLabels('./heldout/independent-52.json', blindKeySchema(52));
}

/**
 * The fifty-third blind key (three writers, 2026-12-06: 26 pages, 362 clauses): 10 Hong Kong and Taiwan pages (nine of
 * jewellery or crystal shops, one of art and design goods; four of them in English) and 16 small English-language shops' pages
 * (handmade jewellery, pottery, body jewellery, medical supplies, clothing, a Gulf store, live plants, electronics, food, gifts,
 * moissanite, beauty; Canada, Australia, Nigeria, Kenya, Ireland, Ghana, New Zealand, Pakistan, the Philippines, Sri Lanka,
 * the UK, the US). Seven template clauses an earlier key held were left out by the writers. Hashed before the lint ran
 * (writer B 13a29a79…, C fb83dbdf…, D fd42119f…); writer D's pages u, v and w were renamed a, b and c after hashing, as
 * writer B had used those letters (no other change). Scored blind at `cn-policy.294`, split by page as its writers assigned
 * them (186 tuning, 176 held out).
 */
export function loadFiftyThirdKey(): Key2Clause[] {
  return readLabels('./heldout/independent-53.json', blindKeySchema(53));
}

/**
 * The fifty-fourth blind key (three writers, 2026-12-06: 22 pages, 288 clauses): 8 Chinese-language pages (Taiwan shops of
 * food gifts, clothing, board games and travel gear, two Hong Kong shops of video games and audio goods, a Macau trading-card
 * shop, and a Malaysian contact-lens shop's rules in simplified Chinese) and 14 small English-language shops' pages
 * (fair-trade gifts, accessories, jewellery, watches, fashion, general goods, clothing, pet supplies, phones, books,
 * aquarium goods; Canada, Ireland, Australia, Nigeria, Malaysia, Kenya, Pakistan, New Zealand, Singapore, Sri Lanka, Trinidad
 * and Tobago, the US). Twenty-eight template clauses an earlier key held were left out by the writers (and one page left with
 * too few clauses once they were). Hashed before the lint ran (writer B 2740c9fe…, C afadea2e…, D eb96807f…). Scored blind
 * at `cn-policy.296`, split by page as its writers assigned them (144 tuning, 144 held out).
 */
export function loadFiftyFourthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-54.json', blindKeySchema(54));
}

/**
 * The fifty-fifth blind key (three writers, 2026-12-06: 25 pages, 366 clauses): 10 Chinese-language pages (Taiwan shops of
 * clothing, organic skincare, snacks and food and an online shop; Hong Kong shops of health products and clothing) and 15
 * small English-language shops' pages of goods earlier keys had few of (hardware, garden tools and supplies, rural supplies,
 * pet food and supplies, bicycle parts, baby goods, children's clothing, fishing tackle, landscaping goods; Australia, Canada,
 * Ireland, Malaysia, Singapore, the UK, the US). Four template clauses an earlier key held were left out by the writers.
 * Hashed before the lint ran (writer B 4d475113…, C 64ea2014…, D 70756bae…). Scored blind at `cn-policy.297`, split by page as
 * its writers assigned them (182 tuning, 184 held out).
 */
export function loadFiftyFifthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-55.json', blindKeySchema(55));
}

/**
 * The fifty-sixth blind key (three writers, 2026-12-06: 23 pages, 343 clauses): 9 Chinese-language pages (Taiwan shops of
 * computers, frozen baby food, baby goods, home appliances and household goods; Hong Kong shops of general goods, kitchen
 * appliances and digital products; a baby-formula shop) and 14 small English-language shops' pages of goods earlier keys had
 * few of (olive oil and kitchenware, toys and games, cameras, computer and gaming gear, party supplies, books and stationery,
 * home goods, musical instruments, kitchens, collectibles, camping gear, a general store; Canada, Australia, Malaysia, the UAE,
 * Kenya, the US, the UK, Pakistan, the Philippines, New Zealand, Sri Lanka). Twelve template clauses an earlier key held were
 * left out by the writers. Hashed before the lint ran (writer B cc1550a5…, C ab7704fe…, D bc03e6cc…). Scored blind at
 * `cn-policy.298`, split by page as its writers assigned them (170 tuning, 173 held out).
 */
export function loadFiftySixthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-56.json', blindKeySchema(56));
}

/**
 * The fifty-seventh blind key (three writers, 2026-12-06: 23 pages, 268 clauses): 8 Chinese-language pages (Hong Kong shops of
 * car wheels, pet goods and baby goods, Taiwan online shops and a musical-instrument dealer's warranty, a Singapore shop's
 * page in simplified Chinese) and 15 small English-language shops' pages (stationery, computers and phones, books, musical
 * instruments, toys, party supplies, kitchenware, board games, outdoor gear, IT products, catering equipment; the UAE, Kenya,
 * Ireland, Australia, the UK, the US, New Zealand, Singapore, the Philippines). Forty-two template clauses an earlier key held
 * were left out by the writers. Hashed before the lint ran (writer B 306af9f2…, C fb0aa066…, D 967ed5f7…). Scored blind at
 * `cn-policy.299`, split by page as its writers assigned them (136 tuning, 132 held out).
 */
export function loadFiftySeventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-57.json', blindKeySchema(57));
}

/**
 * The fifty-eighth blind key (three writers, 2026-12-06: 23 pages, 295 clauses): 9 Chinese-language pages (Hong Kong shops of
 * mattresses, pillows and bedding, plants, fans and a Shopline shop; Taiwan shops of stationery, paper and pillows) and 14 small
 * English-language shops' pages (bedding and linen, lighting, bicycles, coffee equipment, baby goods, mattresses, scale models,
 * home textiles, quilting fabric; Canada, Australia, Kenya, Malaysia, the US and the UK). Two template clauses an earlier key
 * held were left out. Hashed before the lint ran (writer B ab92654c…, C 5eddb54f…, D e2940210…). Scored blind at
 * `cn-policy.300`, split by page as its writers assigned them (145 tuning, 150 held out).
 */
export function loadFiftyEighthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-58.json', blindKeySchema(58));
}

/**
 * The fifty-ninth blind key (three writers, 2026-12-06: 26 pages, 341 clauses): 10 Chinese-language pages (Hong Kong shops of
 * cameras, Japanese goods and pre-orders, household and eco goods; Taiwan shops of clocks, flowers and general goods) and 16 small
 * English-language shops' pages (magic tricks, sports nutrition, aquarium goods and livestock, candles, furniture and flooring,
 * yarn, eyewear and contact lenses, household consumables, games and puzzles, model kits; Canada, Ireland, Australia, New
 * Zealand, Malaysia, the UAE, the UK and the US). Six template clauses an earlier key held were left out. Hashed before the lint
 * ran (writer B add62b76…, C 33d084ed…, D 6a3dbedc…). Scored blind at `cn-policy.301`, split by page as its writers assigned them
 * (172 tuning, 169 held out).
 */
export function loadFiftyNinthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-59.json', blindKeySchema(59));
}

/**
 * The sixtieth blind key (three writers, 2026-12-06: 25 pages, 367 clauses): 9 Chinese-language pages (Hong Kong shops of
 * luggage, car parts, household and children's goods; Taiwan shops of water purifiers, golf apparel, small appliances, clothing
 * and a general shop) and 16 small English-language shops' pages (luggage, yoga gear, handmade soap, fishing tackle, drones,
 * mobility aids, sports goods and activewear; Canada, Australia, Ireland, New Zealand, the UK and the US). Thirty-nine template
 * clauses an earlier key held were left out. Hashed before the lint ran (writer B 4d960c89…, C f5388031…, D 1b6de8c5…). Scored
 * blind at `cn-policy.302`, split by page as its writers assigned them (182 tuning, 185 held out).
 */
export function loadSixtiethKey(): Key2Clause[] {
  return readLabels('./heldout/independent-60.json', blindKeySchema(60));
}

/**
 * The sixty-first blind key (three writers, 2026-12-06: 24 pages, 362 clauses): 10 Chinese-language pages (Hong Kong shops of
 * frozen food, gadgets and 3D printing, contact lenses, clothing, supplements, hair care, air conditioners and headphones; Taiwan
 * shops of tea ware and canned cat food) and 14 small English-language shops' pages (3D-printing filament, music and audio gear,
 * equestrian goods, perfume, party supplies and costumes, paint, gaming hardware, dancewear, headphones and hi-fi, hot sauce and
 * a general store; Australia, Canada, Ireland, Nigeria, the UAE, Malaysia, India, the UK, the US, Pakistan and New Zealand).
 * Eight template clauses an earlier key held were left out. Hashed before the lint ran (writer B d426bf30…, C 9c88eaa1…,
 * D c2189a4a…). Scored blind at `cn-policy.303`, split by page as its writers assigned them (187 tuning, 175 held out).
 */
export function loadSixtyFirstKey(): Key2Clause[] {
  return readLabels('./heldout/independent-61.json', blindKeySchema(61));
}

/**
 * The sixty-second blind key (three writers, 2026-12-06: 24 pages, 340 clauses): 9 Chinese-language pages (Hong Kong shops of
 * wine, sake, bakery goods, tea and bicycles; a Macau handmade-goods shop; Taiwan shops of mobility scooters, rollators and
 * printing) and 15 small English-language shops' pages (tea, chocolate, wigs, tyres, car parts, vitamins and supplements,
 * motorcycle gear, flowers, marine supplies, medical hosiery, sewing machines; Canada, Australia, Nigeria, the UAE, Qatar, the
 * UK, the US, New Zealand and Singapore). Eight template clauses an earlier key held were left out. Hashed before the lint ran
 * (writer B 4a586af0…, C 27e95f0d…, D dc5df859…). Scored blind at `cn-policy.304`, split by page as its writers assigned them
 * (166 tuning, 174 held out).
 */
export function loadSixtySecondKey(): Key2Clause[] {
  return readLabels('./heldout/independent-62.json', blindKeySchema(62));
}

/**
 * The sixty-third blind key (three writers, 2026-12-06: 23 pages, 338 clauses): 9 Chinese-language pages (Hong Kong shops of
 * projectors, women's shoes, lingerie, fashion, outdoor gear and pre-order shoes; Taiwan shops of swimwear and Thai imported
 * goods; a Malaysian clothing shop) and 14 small English-language shops' pages (refurbished laptops, security cameras, solar
 * power, board games, trampolines, nursery goods, phones and gadgets, cosplay costumes, CCTV, electronics, horse tack, anime
 * goods, phone accessories; Canada, Australia, Nigeria, Malaysia, the UAE, Uganda, Pakistan, Bangladesh, the US, Singapore,
 * Sri Lanka and the UK). Sixteen template clauses an earlier key held were left out. Hashed before the lint ran (writer B
 * f1d0f850…, C ceff3eb3…, D 9cfa287d…). Scored blind at `cn-policy.305`, split by page as its writers assigned them (170
 * tuning, 168 held out).
 */
export function loadSixtyThirdKey(): Key2Clause[] {
  return readLabels('./heldout/independent-63.json', blindKeySchema(63));
}

/**
 * The sixty-fourth blind key (three writers, 2026-12-06: 25 pages, 385 clauses): 7 Chinese-language pages (Hong Kong shops of
 * tarot cards, cosmetics and model kits; Taiwan shops of cleaning goods, bakery goods, air purifiers and handmade goods) and 18
 * English-language shops' pages (Hong Kong pet supplies, Pu'er tea and computer accessories; kitchen appliances, cookware,
 * e-scooters, desks, rugs, hearing devices, massage chairs, treadmills, cleaning supplies, umbrellas, towels, baby goods and
 * e-bikes; Australia, Canada, Ireland, Malaysia, India, Qatar, the US, Sri Lanka, the Philippines and the UK). Eight template
 * clauses an earlier key held were left out. Hashed before the lint ran (writer B 9ee30023…, C 40be2d1f…, D ac88a1f8…).
 * Scored blind at `cn-policy.306`, split by page as its writers assigned them (199 tuning, 186 held out).
 */
export function loadSixtyFourthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-64.json', blindKeySchema(64));
}

/**
 * The sixty-fifth blind key (three writers, 2026-12-06: 23 pages, 313 clauses): 8 Taiwan Chinese-language pages (diving and
 * scuba gear, pickleball paddles, essential oils, reptiles, pet goods and a general shop) and 15 small English-language shops'
 * pages (ceiling fans, drones, dash cams, water filters, electrical supplies, fishing tackle, motorcycle helmets, bathroom
 * supplies, garden buildings, pool and billiards supplies, archery, knives, GPS trackers; Australia, Canada, the UAE, Lebanon,
 * Ireland, the US, New Zealand and the UK). Thirty-six template clauses an earlier key held were left out. Hashed before the
 * lint ran (writer B beb583c3…, C fcbc5cfe…, D 855868c3…). Scored blind at `cn-policy.307`, split by page as its writers
 * assigned them (155 tuning, 158 held out).
 */
export function loadSixtyFifthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-65.json', blindKeySchema(65));
}

/**
 * The sixty-sixth blind key (three writers, 2026-12-06: 20 pages, 281 clauses): 5 Chinese-language pages (a Taiwan sofa shop,
 * a designer shop, a Hong Kong medical-beauty skincare shop, a pet-supplies shop and a Taiwan graphics-card distributor's
 * warranty) and 15 small English-language shops' pages (skincare, tea, running gear, children's probiotics, swimwear,
 * vitamins, beauty goods, a general shop, cosmetics, cricket gear, chess sets, yoga mats; Canada, Kenya, Ireland, Malaysia,
 * Australia, Ghana, the UAE, the US and the UK). Six template clauses an earlier key held were left out. Hashed before the
 * lint ran (writer B e7491ac4…, C ada401ad…, D 77a9dd78…). Scored blind at `cn-policy.308`, split by page as its writers
 * assigned them (142 tuning, 139 held out).
 */
export function loadSixtySixthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-66.json', blindKeySchema(66));
}

/**
 * The sixty-seventh blind key (three writers, 2026-12-06: 26 pages, 328 clauses): 10 Chinese-language pages (a Taiwan shop
 * whose goods the excerpt does not show, a mainland used-golf-club shop, cake, seaweed, frozen-food and fruit shops, a Taiwan
 * watch warranty, Hong Kong underwear and aquarium shops, a used-watch shop's Chinese page) and 16 small English-language shops' pages
 * (eyewear, cloth nappies, fountain pens, watches, vinyl and books, olive oil, handmade leather bags, camping and outdoor
 * gear, an import-shopping store, sunglasses and contact lenses; the US, New Zealand, the Philippines, Pakistan, the UK,
 * Malaysia, Canada, Australia and Kenya). Forty template clauses an earlier key held were left out (one page whole). Hashed
 * before the lint ran (writer B f761b047…, C 9b6c118c…, D ec3cb0d9…). Scored blind at `cn-policy.309`, split by page as its
 * writers assigned them (168 tuning, 160 held out).
 */
export function loadSixtySeventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-67.json', blindKeySchema(67));
}

/**
 * The sixty-eighth blind key (three writers, 2026-12-07: 20 pages, 304 clauses): 5 Chinese-language pages (a Beijing discount
 * department store's return policy kept in a public repository, a Taiwan security-camera maker's after-sales page, a mainland
 * security-camera shop template, a Shenzhen network-camera seller's listing and a mainland gate-motor maker's warranty) and 15
 * small English-language shops' pages (beekeeping, homebrew, beads, medical scrubs, beard care, tabletop miniatures, men's
 * grooming, hockey gear, air purifiers, massage devices, a general shop, groceries; the US, the UK, Australia, Ireland, Canada,
 * the UAE, Nigeria and Kenya). Twenty-seven template clauses an earlier key held were left out. Hashed before the lint ran
 * (writer B 84366972…, C ae7a51d2…, D 5a15ad87…). Scored blind at `cn-policy.310`, split by page as its writers assigned them
 * (162 tuning, 142 held out).
 */
export function loadSixtyEighthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-68.json', blindKeySchema(68));
}

/**
 * The sixty-ninth blind key (three writers, 2026-12-07: 24 pages, 330 clauses): 9 Chinese-language pages (Taiwan warranty pages
 * of a baby-carrier, a game-controller-accessory, a wristband and an air-purifier shop; Taiwan clothing, group-buy and food
 * shops' terms; a mainland orchid grower) and 15 small English-language shops' pages (designer handbags, vintage clothing,
 * maker electronics, cake decorating, amateur radio, telescopes and eyepieces, hydroponics, snowboards, skating gear, DIY
 * electronics; the US, the UK, Canada, Australia, Costa Rica, Nigeria and Finland). Six template clauses an earlier key held
 * were left out. Hashed before the lint ran (writer B 483b7f63…, C cba26f5e…, D eedbc764…). Scored blind at `cn-policy.311`,
 * split by page as its writers assigned them (165 tuning, 165 held out).
 */
export function loadSixtyNinthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-69.json', blindKeySchema(69));
}

/**
 * The seventieth blind key (three writers, 2026-12-07: 21 pages, 258 clauses): 6 Chinese-language pages (Taiwan general,
 * temple-goods, badminton, custom-goods and food shops; a mainland shop template's delivery help page) and 15 small
 * English-language shops' pages (candle and soap-making supplies, abayas and modest fashion, cross-stitch kits, crochet, linen
 * clothing, handmade soap, resin supplies and resin goods, general shops; Australia, Canada, the UAE, Nigeria, Sri Lanka, the US
 * and pages that name no country). Twenty-five template clauses an earlier key held were left out. Hashed before the lint ran
 * (writer B 55beea0c…, C ff82f662…, D 6e7c6d88…). Scored blind at `cn-policy.312`, split by page as its writers assigned them
 * (140 tuning, 118 held out).
 */
export function loadSeventiethKey(): Key2Clause[] {
  return readLabels('./heldout/independent-70.json', blindKeySchema(70));
}

/**
 * The seventy-first blind key (three writers, 2026-12-07: 25 pages, 301 clauses): 7 Chinese-language pages (Taiwan and Hong
 * Kong florists, a live-plant grower, a kitchenware, a fountain-pen and a stationery shop, an illustrated-books shop) and 18
 * small English-language shops' pages (bicycle parts, aquarium fish, vinyl records, board games, kitchen knives, fishing
 * tackle, wigs, party supplies, garden seeds, shoes, hobby paint, bead findings, phone cases, furniture and mattresses,
 * loose-leaf tea, art prints, pet food, housewares; the US, the UK, Australia and pages that name no country). Thirty-three
 * template clauses an earlier key held were left out. Hashed before the lint ran (writer B 6c641be4…, C 884b6831…,
 * D c365d4a9…). Scored blind at `cn-policy.312`, split by page as its writers assigned them (148 tuning, 153 held out).
 */
export function loadSeventyFirstKey(): Key2Clause[] {
  return readLabels('./heldout/independent-71.json', blindKeySchema(71));
}

/**
 * The seventy-second blind key (three writers, 2026-12-07: 23 pages, 292 clauses): 6 Taiwan Chinese-language pages (car
 * accessories and car electronics, bicycle warranty terms of two shops, tableware and home goods, handmade designer goods)
 * and 17 small English-language shops' pages (golf, climbing gear, sewing patterns, saddlery, coffee, brick minifigures,
 * instrument strings, sunglasses, 3D printers, prams, paddle boards, wallpaper, printer ink, bridal wear, hair-care tools,
 * baby carriers, gym equipment; Australia, the Czech Republic, the UK, the US, Canada, India, New Zealand and pages that name
 * no country). Template clauses an earlier key held were left out (writer B 2, C 31, D at least 10). Hashed before the lint
 * ran (writer B ba6f2aac…, C 62ea29f4…, D 797eb327…). Scored blind at `cn-policy.313`, split by page as its writers
 * assigned them (149 tuning, 143 held out).
 */
export function loadSeventySecondKey(): Key2Clause[] {
  return readLabels('./heldout/independent-72.json', blindKeySchema(72));
}

/**
 * The seventy-third blind key (three writers, 2026-12-07: 24 pages, 292 clauses): 7 Chinese-language pages (a mainland
 * gaming-keyboard maker's after-sales policy; Taiwan ergonomic-chair, printing, salon hair-care and skincare shops; Hong Kong
 * luggage and watch shops) and 17 small English-language shops' pages (horse rugs and horsewear, guitars and amps, film
 * cameras, scuba and spearfishing gear, pottery supplies, cheese and deli food, school uniforms, maternity wear, model
 * railways, beekeeping suits, fountain pens and ink, paintball gear; the UK, Hong Kong, Australia, Canada, the US, South
 * Africa and a page that names no country). Template clauses an earlier key held were left out (writer B at least 10, C 4, D 9).
 * Hashed before the lint ran (writer B 1d55a3f7…, C 500b9b7d…, D 41d57aa1…). Scored blind at `cn-policy.314`, split by page
 * as its writers assigned them (154 tuning, 138 held out).
 */
export function loadSeventyThirdKey(): Key2Clause[] {
  return readLabels('./heldout/independent-73.json', blindKeySchema(73));
}

/**
 * The seventy-fourth blind key (three writers, 2026-12-07: 20 pages, 241 clauses): 5 Chinese-language pages (a mainland drone
 * maker's after-sales policy and a sewing-machine warranty; Taiwan bag, scissors and motorcycle-gear shops) and 15 small
 * English-language shops' pages (ski equipment, aquarium plants, garden furniture, calligraphy stationery, cosplay wigs, dog
 * harnesses, Christmas decorations, dance shoes, homebrewing supplies, martial-arts gear, violins; Canada, Australia, the UK,
 * New Zealand and the US). Template clauses an earlier key held were left out (writer B 4, C 11, D 2 and a whole page).
 * Hashed before the lint ran (writer B 723a9496…, C 817dd57e…, D 6e488d7a…). Scored blind at `cn-policy.315`, split by page
 * as its writers assigned them (123 tuning, 118 held out).
 */
export function loadSeventyFourthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-74.json', blindKeySchema(74));
}

/**
 * The seventy-fifth blind key (three writers, 2026-12-07: 26 pages, 364 clauses): 8 Chinese-language pages (warranty and
 * after-sales pages of Taiwan mattress, luggage and bicycle sellers, a Hong Kong pram maker, a mainland bicycle brand and a
 * mainland digital-piano maker) and 18 small English-language shops' pages (bicycles, climbing gear, baby carriers, board
 * games, vinyl records, coffee equipment, lighting, fishing tackle, yarn, mattresses, perfume, swimwear, drones, school
 * uniforms, tyres, eyeglasses, musical instruments, office chairs; the US, Australia, India and shops of no stated country).
 * Clauses whose text an earlier set holds were left out (writer B 0, C 9, D 5). Hashed before the lint ran (writer B
 * e56f7252…, C a881bae4…, D c1a55d46…). Scored blind at `cn-policy.315`, split by page (the first hex digit of a SHA-256 of
 * the page's address: 0–7 held out; 140 tuning, 224 held out).
 */
export function loadSeventyFifthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-75.json', blindKeySchema(75));
}

/**
 * The seventy-sixth blind key (three writers, 2026-12-07: 25 pages, 327 clauses): 7 Chinese-language pages (a mainland
 * hearing-aid shop and a hearing-aid maker, Hong Kong and Taiwan water-heater warranties, Taiwan wedding-dress, fabric and
 * cloth-bag shops) and 18 small English-language shops' pages (art supplies, quilting fabric, camping gear, jewellery,
 * kitchenware, toys, pet supplies, seeds, guitar parts, phones, furniture, bridal gowns, supplements, car parts, solar
 * panels, children's clothing, books, watches; the US, the UK, Canada, Australia, Singapore, Kenya, South Africa, India and
 * the UAE). Clauses whose text an earlier set holds were left out (writer C 2, D 7). Hashed before the lint ran (writer B
 * 4aa126d4…, C bd4d24c2…, D 066f8f62…). Scored blind at `cn-policy.316`, split by page (the first hex digit of a SHA-256 of
 * the page's address: 0–7 held out; 148 tuning, 179 held out).
 */
export function loadSeventySixthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-76.json', blindKeySchema(76));
}

/**
 * The seventy-seventh blind key (three writers, 2026-12-07: 29 pages, 332 clauses): 11 Chinese-language pages (mainland and
 * Taiwan smart-lock, projector, dash-cam, e-reader, car-electronics and rebounder sellers' warranty and return pages, a
 * mainland live-crab seller) and 18 small English-language shops' pages (cycling apparel, candles, tea, stationery,
 * second-hand puzzles, boots, surf gear, cookware, brewing equipment, hair extensions, e-bikes, motorcycle parts, mobility
 * scooters, printers, lingerie, aquarium livestock, gaming PCs, kitchen appliances; New Zealand, Australia, the UK, the US,
 * India and the Philippines). Clauses whose text an earlier set holds were left out (writer C 7, D 2), and one clause a page
 * prints twice was kept once. Pages past the twenty-sixth share the letter z. Hashed before the lint ran (writer B 85da1fc3…,
 * C 72cb40a1…, D 4ff735c0…). Scored blind at `cn-policy.317`, split by page (the first hex digit of a SHA-256 of the page's
 * address: 0–7 held out; 153 tuning, 179 held out).
 */
export function loadSeventySeventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-77.json', blindKeySchema(77));
}

/**
 * The seventy-eighth blind key (three writers, 2026-12-07: 25 pages, 345 clauses): 7 Chinese-language pages of mainland
 * brands (hair dryers, electric scooters, engraving machines, water purifiers, handmade ceramics, lamps, balance vehicles;
 * no Taiwan or Hong Kong page was left unused) and 18 small English-language shops' pages (fountain pens, model trains,
 * pottery, yoga wear, hats, socks, guitars, climbing apparel, wine accessories, smartwatches, office furniture, wigs,
 * strollers, power banks, sneakers, medical supplies, camper-trailer parts, cosmetics; the US, the UK, Australia, Canada,
 * South Africa, India, Malaysia and Kenya). Clauses whose text an earlier set holds were left out (writer B 2, C 8, D 2).
 * Hashed before the lint ran (writer B 11eef6e3…, C 571b7058…, D 5fcc495e…). Scored blind at `cn-policy.318`, split by page
 * (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 154 tuning, 191 held out).
 */
export function loadSeventyEighthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-78.json', blindKeySchema(78));
}

/**
 * The seventy-ninth blind key (three writers, 2026-12-07: 27 pages, 355 clauses): 9 Chinese-language pages (Hong Kong and
 * Taiwan toothbrush, wine, disinfecting-water and herbal-soup shops, a Taiwan sofa maker and a DIY-furniture shop, mainland
 * solar-lamp warranties) and 18 small English-language shops' pages (nursing goods, leather goods, incense, kitchen knives,
 * cheese, bike lights, board shorts, mugs, embroidery kits, mattresses, air conditioners, treadmills, perfume, jewellery,
 * school supplies, laptops, home goods, security cameras; the US, the UK, Australia, South Africa, India and Kenya). Clauses
 * whose text an earlier set holds were left out (writer C 2, D 6), and one clause a page repeats was kept once. Hashed before
 * the lint ran (writer B b9a7ddff…, C 1acf705c…, D c3338453…). Scored blind at `cn-policy.318`, split by page (the first hex
 * digit of a SHA-256 of the page's address: 0–7 held out; 249 tuning, 106 held out).
 */
export function loadSeventyNinthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-79.json', blindKeySchema(79));
}

/**
 * The eightieth blind key (three writers, 2026-12-07: 26 pages, 297 clauses): 8 Chinese-language pages (mainland guitar,
 * water-purifier, faucet and sanitary-ware makers' warranty and after-sales pages, a mall checking goods on delivery, a
 * Taiwan smart-lock maker and watch shop) and 18 small English-language shops' pages (yarn, coffee, swimwear, saddles, kites,
 * ceramics, dog beds, terrariums, soap, solar equipment, sunglasses, computer hardware, baby goods, sewing machines, fitness
 * equipment, water filters, e-bikes; the US, the UK, Australia, Kenya, South Africa, Nigeria, the Philippines, India and the
 * UAE). Clauses whose text an earlier set holds were left out (writer C 3, D 2). Hashed before the lint ran (writer B
 * e16f043f…, C 50d4575e…, D 33e248d1…). Scored blind at `cn-policy.319`, split by page (the first hex digit of a SHA-256 of
 * the page's address: 0–7 held out; 115 tuning, 182 held out).
 */
export function loadEightiethKey(): Key2Clause[] {
  return readLabels('./heldout/independent-80.json', blindKeySchema(80));
}

/**
 * The eighty-first blind key (three writers, 2026-12-07: 25 pages, 311 clauses): 7 Chinese-language pages (Taiwan ink and
 * calligraphy, musical-instrument, hi-fi, shoe and jewellery shops' return and warranty pages, a mainland projector brand's
 * 三包 policy reposted on a forum, a Thai amulet shop's Taiwanese site) and 18 small English-language shops' pages (guitar
 * strings, wetsuits, hot sauce, fabric, jigsaw puzzles, cat collars, gardening tools, candles, leather wallets, generators,
 * electric scooters, gaming chairs, watches, laptops, drones, baby gear; the US, New Zealand, the UK, Australia, South
 * Africa, the Philippines, Kenya, India and the UAE). Clauses whose text an earlier set holds were left out (writer C 8, D
 * 12), and six clauses a page repeats were kept once. Hashed before the lint ran (writer B 45fd4c15…, C 2272ddbc…, D
 * 7974138f…). Scored blind at `cn-policy.320`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held
 * out; 172 tuning, 139 held out).
 */
export function loadEightyFirstKey(): Key2Clause[] {
  return readLabels('./heldout/independent-81.json', blindKeySchema(81));
}

/**
 * The eighty-second blind key (three writers, 2026-12-07: 23 pages, 306 clauses): 6 Chinese-language pages (Taiwan toy,
 * bedding, appliance and craft-supply shops' return pages, an air-purifier brand's Hong Kong and Chinese warranty pages) and
 * 17 small English-language shops' pages (honey, sheet music, board games, stationery, horse rugs, surfboards, maternity
 * wear, belts, beeswax skincare, phones, exercise bikes, water pumps, golf carts, contact lenses, cameras, headphones,
 * batteries; the UK, the US, Singapore, Australia, Kenya, South Africa, the Philippines, India and Nigeria). Clauses whose
 * text an earlier set holds were left out (writer C 1, D 11). Hashed before the lint ran (writer B 976a9917…, C 5988fb14…, D
 * b6da730e…). Scored blind at `cn-policy.320`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held
 * out; 96 tuning, 210 held out).
 */
export function loadEightySecondKey(): Key2Clause[] {
  return readLabels('./heldout/independent-82.json', blindKeySchema(82));
}

/**
 * The eighty-third blind key (three writers, 2026-12-07: 26 pages, 309 clauses): 8 Chinese-language pages (Taiwan furniture,
 * power-tool, shoe, music-box, e-bike and mattress shops' return and warranty pages, a Hong Kong monitor seller; one
 * warranty table given a line per row, its cells joined by " | ") and 18 small English-language shops' pages (vinyl
 * records, skateboards, olive oil, stationery, scarves, jam, ribbon, plant pots, art prints, solar products, treadmills,
 * hearing aids, projectors, treadmill parts, baby goods; Australia, the UK, New Zealand, Canada, the US, Kenya, South Africa
 * and the Philippines). Clauses whose text an earlier set holds were left out (writer C 12, D 2). Hashed before the lint ran
 * (writer B 2a0e94a3…, C b2a616a3…, D 7ba45e88…). Scored blind at `cn-policy.321`, split by page (the first hex digit of a
 * SHA-256 of the page's address: 0–7 held out; 130 tuning, 179 held out).
 */
export function loadEightyThirdKey(): Key2Clause[] {
  return readLabels('./heldout/independent-83.json', blindKeySchema(83));
}

/**
 * The eighty-fourth blind key (three writers, 2026-12-07: 22 pages, 262 clauses): 4 Chinese-language pages (a mainland
 * measuring-tool maker's shipping and returns page; Taiwan water-purifier warranty terms, a printer-ink seller and a tea
 * shop; writer B found few pages not used before) and 18 small English-language shops' pages (candles, yarn, board games,
 * surfboards, socks, bird feeders, picture mounts, jigsaw puzzles, maple syrup, laptops, phones, generators, sewing machines,
 * office chairs, computers, air conditioners, home appliances; the US, Singapore, the UK, Australia, Kenya, South Africa,
 * Canada, Malaysia, the Philippines, the UAE and India). Clauses whose text an earlier set holds were left out (writer C 20,
 * D 3). Hashed before the lint ran (writer B e6674a6d…, C cab6ebc9…, D 685d5f88…). Scored blind at `cn-policy.322`, split
 * by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 102 tuning, 160 held out).
 */
export function loadEightyFourthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-84.json', blindKeySchema(84));
}

/**
 * The eighty-fifth blind key (three writers, 2026-12-07: 19 pages, 224 clauses): 2 Chinese-language pages from public
 * repositories (a mainland watch shop's ten-day return page and a mainland general shop's return rules, 4 clauses: writer B
 * found nearly every Chinese page in the corpora already held, and left out 37 clauses held in other forms) and 17 small
 * English-language shops' pages (handmade jewellery, homebrew supplies, guitar pedals, vintage clothing, sheet music,
 * spices, dog toys, terrariums, CCTV, power tools, tyres, appliances, water heaters, smartphones, copiers; the UK, Canada,
 * the US, Australia, South Africa, Nigeria, the UAE and India). Clauses whose text an earlier set holds were left out
 * (writer C 24, D 6). Hashed before the lint ran (writer B f5bc7dc5…, C 5eb7a2c2…, D 5b279836…). Scored blind at
 * `cn-policy.323`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 102 tuning, 122 held
 * out).
 */
export function loadEightyFifthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-85.json', blindKeySchema(85));
}

/**
 * The eighty-sixth blind key (three writers, 2026-12-07: 27 pages, 375 clauses): 9 pages of Hong Kong, Singapore and Malaysia
 * shops (skincare and health foods in Chinese; watches, pet food, contact lenses, phones, kitchen-appliance warranties and
 * eyewear in English: Chinese pages not used before were scarce) and 18 small English-language shops' pages (bakeware,
 * cake-decorating supplies, fly fishing, bath bombs, bonsai, model rockets, archery, pottery, knitting patterns, vacuum
 * cleaners, dash cams, power inverters, batteries, solar inverters, water pumps, cellular routers; Australia, the US, the
 * UK, Canada, India, South Africa and the Philippines). Clauses whose text an earlier set holds were left out (writer B 6,
 * C 3, D 2). Hashed before the lint ran (writer B d8fc4bbf…, C d6c66a18…, D 44adcb29…). Scored blind at `cn-policy.324`,
 * split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 153 tuning, 222 held out).
 */
export function loadEightySixthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-86.json', blindKeySchema(86));
}

/**
 * The eighty-seventh blind key (three writers, 2026-12-07: 26 pages, 319 clauses): 8 pages of Singapore, Malaysia, Philippine
 * and Hong Kong shops (baby products, mattresses, computer parts, sports shoes, musical instruments, e-bikes; one in Chinese, a
 * Hong Kong bookshop: Chinese pages not used before were scarce) and 18 small English-language shops' pages (hot sauce,
 * embroidery supplies, climbing gear, vinyl decals, kids' clothing, beads, pet beds, woodworking tools, musical instruments,
 * refurbished laptops, blenders, network equipment, electronics, sound systems, phones; the US, New Zealand, Canada, the UK,
 * Kenya, India, the UAE and Sri Lanka). Clauses whose text an earlier set holds were left out (writer C 17, D 1). Hashed
 * before the lint ran (writer B 287bf68b…, C 829c23cc…, D 6b26e13b…). Scored blind at `cn-policy.325`, split by page (the
 * first hex digit of a SHA-256 of the page's address: 0–7 held out; 172 tuning, 147 held out).
 */
export function loadEightySeventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-87.json', blindKeySchema(87));
}

/**
 * The eighty-eighth blind key (three writers, 2026-12-07: 25 pages, 336 clauses): 8 pages of Hong Kong, Singapore, Malaysia,
 * Indonesia and Taiwan shops (perfume, printers, lighting, smart cookers, audio-visual goods, home electronics in English;
 * household appliances and beauty supplements in Chinese: Chinese pages not used before were scarce) and 17 small
 * English-language shops' pages (fountain pens, wool blankets, chess sets, lamps, kayaks, garden tools, soap, honey, custom
 * stickers, salon electricals, laptops, set-top boxes, UPS units, children's smartwatches, satellite equipment, water
 * monitors; the US, the UK, New Zealand, Australia, Pakistan, South Africa and Kenya). Clauses whose text an earlier set holds
 * were left out (writer B 1, C 20, D 8). Hashed before the lint ran (writer B a5153bd2…, C 4adbcf8b…, D 51d887df…). Scored
 * blind at `cn-policy.326`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 173 tuning,
 * 163 held out).
 */
export function loadEightyEighthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-88.json', blindKeySchema(88));
}

/**
 * The eighty-ninth blind key (three writers, 2026-12-07: 26 pages, 349 clauses): 9 pages of Hong Kong, Singapore and Malaysia
 * shops (three Hong Kong contact-lens shops in Chinese; office furniture, toys, aquarium supplies, keyboards and plants in
 * English) and 17 small English-language shops' pages (horse tack, saddles, tarot decks, succulents, aprons, backpacks,
 * scrunchies, paint brushes, phone accessories, electronics components, modems, robot vacuums, security cameras, power banks,
 * drones, sewing machines; the US, New Zealand, Australia, Canada, the UK, Pakistan, South Africa, Kenya, the Philippines and
 * the UAE). Clauses whose text an earlier set holds were left out (writer B 3, C 5, D 11). Hashed before the lint ran (writer B
 * 94c1df66…, C 5e041db6…, D dc50f451…). Scored blind at `cn-policy.327`, split by page (the first hex digit of a SHA-256 of the
 * page's address: 0–7 held out; 168 tuning, 181 held out).
 */
export function loadEightyNinthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-89.json', blindKeySchema(89));
}

/**
 * The ninetieth blind key (three writers, 2026-12-07: 26 pages, 340 clauses): 8 English-language pages of Hong Kong, Taiwan,
 * Singapore, Malaysia and Philippine shops (tea, mattresses, bicycles, camping gear, lighting, strollers, printer ink; no
 * Chinese page was left that no earlier key had used) and 18 small English-language shops' pages (candles, custom stickers,
 * leather wallets, model kits, hats, vinyl records, soap, bird feeders, moulding knives, computers, e-bikes, smartwatches,
 * gaming chairs, monitors, solar equipment, printer ink, shavers; the UK, Canada, the US, Pakistan, Australia, Nigeria and
 * South Africa). Clauses whose text an earlier set holds were left out (writer C 1, D 12). Hashed before the lint ran (writer
 * B cd8480d0…, C 2b591fe5…, D 740ed5d6…). Scored blind at `cn-policy.328`, split by page (the first hex digit of a SHA-256 of
 * the page's address: 0–7 held out; 159 tuning, 181 held out).
 */
export function loadNinetiethKey(): Key2Clause[] {
  return readLabels('./heldout/independent-90.json', blindKeySchema(90));
}

/**
 * The ninety-first blind key (three writers, 2026-12-07: 27 pages, 317 clauses): 9 pages of Chinese-language and Asian shops
 * (a mainland imported-goods site's policy in a public repository, a Taiwan health-food shop and a Taiwan seafood shop in
 * Chinese; Singapore and Malaysia massage-chair, electronics, farm-supply, game-controller and general shops in English;
 * Chinese pages not used before were scarce) and 18 small English-language shops' pages (quilting fabric, coffee beans, dog
 * collars, vintage earrings, planners, skateboards, climbing holds, canvas tents, engraved glasses, kitchen appliances, TVs,
 * electric scooters, treadmills, cameras, hair clippers, UPS units; the US, Australia, the UK, Nigeria and South Africa).
 * Clauses whose text an earlier set holds were left out (writer C 22, D 2; writer B dropped most of three repository pages).
 * Hashed before the lint ran (writer B cdf3f9a3…, C b1db8984…, D 9218a540…). Scored blind at `cn-policy.329`, split by page
 * (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 109 tuning, 208 held out).
 */
export function loadNinetyFirstKey(): Key2Clause[] {
  return readLabels('./heldout/independent-91.json', blindKeySchema(91));
}

/**
 * The ninety-second blind key (three writers, 2026-12-07: 25 pages, 327 clauses): 8 pages of Taiwan, Hong Kong, Singapore and
 * Philippine shops (jadeite, gold and pearl jewellery and a Hong Kong air-conditioner warranty in Chinese; furniture, sofas
 * and power tools in English) and 17 small English-language shops' pages (bonsai, kids' shoes, spices, vintage watches,
 * hammocks, fishing rods, perfume samples, helmets, fountain pens, phones, car batteries, robot lawnmowers, POS hardware,
 * water heaters, 3D-printing supplies, audio equipment; the US, Australia, the UK, Ireland, New Zealand, Nigeria, South
 * Africa, the Philippines and the UAE). Clauses whose text an earlier set holds were left out (writer C 2, D 2). Hashed
 * before the lint ran (writer B aeab33e5…, C a139b2d9…, D 3e47e09a…). Scored blind at `cn-policy.330`, split by page (the
 * first hex digit of a SHA-256 of the page's address: 0–7 held out; 197 tuning, 130 held out).
 */
export function loadNinetySecondKey(): Key2Clause[] {
  return readLabels('./heldout/independent-92.json', blindKeySchema(92));
}

/**
 * The ninety-third blind key (three writers, 2026-12-07: 26 pages, 337 clauses): 10 pages of mainland, Hong Kong, Taiwan,
 * Singapore and Malaysia shops (a smart-lock seller's service page, Canon Hong Kong's repair terms and an espresso-maker
 * shop's order terms in Chinese; wine, robot-vacuum, sports-nutrition and general shops in English) and 16 small
 * English-language shops' pages (seeds, essential oils, jigsaw puzzles, beard oil, cat toys, wedding dresses, kites, chess
 * sets, e-readers, CCTV, home appliances and TVs, smart-home devices, kitchen appliances, network switches, restored sewing
 * machines; the UK, the US, Canada, Bangladesh, Malaysia, South Africa and Kenya). Clauses whose text an earlier set holds
 * were left out (writer B 5, C at least 1, D 1). Hashed before the lint ran (writer B ab3d198a…, C a3aabfeb…, D 6225fc77…).
 * Scored blind at `cn-policy.331`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 133
 * tuning, 204 held out).
 */
export function loadNinetyThirdKey(): Key2Clause[] {
  return readLabels('./heldout/independent-93.json', blindKeySchema(93));
}

/**
 * The ninety-fourth blind key (three writers, 2026-12-07: 29 pages, 332 clauses): 11 pages of Taiwan, Malaysia, Thailand,
 * Philippine, Vietnam and Indonesia shops (children's clothing and two general shops in Chinese; a marketplace, instalment
 * electronics, cosmetics, appliances, sports equipment, clothing and general shops in English; four repository pages in
 * Chinese were left out whole, every clause already held) and 18 small English-language shops' pages (quilting fabric, bath
 * salts, maps, stationery, rugs, fly fishing, silk scarves, dog beds, pottery, voltage stabilizers, air purifiers, laptops,
 * electronics, two-way radios, e-scooters, PC parts, fans; the US, the UK, Ireland, India, South Africa, Pakistan and
 * Nigeria). Clauses whose text an earlier set holds were left out (writer C 2, D 8). Hashed before the lint ran (writer B
 * 406fda81…, C 1f30169b…, D 70e3702f…). Scored blind at `cn-policy.332`, split by page (the first hex digit of a SHA-256 of
 * the page's address: 0–7 held out; 133 tuning, 199 held out).
 */
export function loadNinetyFourthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-94.json', blindKeySchema(94));
}

/**
 * The ninety-fifth blind key (three writers, 2026-12-07: 27 pages, 322 clauses): 9 pages of Macau, Hong Kong, Philippine,
 * Malaysia and Singapore shops (a phone maker's warranty and a glasses-repair shop's refund terms in Chinese; a general
 * shop, music merchandise, bags, electronics, pet health and groceries in English; four repository pages in Chinese were
 * left out whole, every clause but two spacing variants already held) and 18 small English-language shops' pages (knitting
 * yarn, loose-leaf tea, soap, leather belts, vinyl decals, board games, children's shoes, picture frames, camping gear,
 * inverters, CCTV kits, water heaters, phone headsets, power banks, refurbished printers, power equipment; the US, the UK,
 * New Zealand, Malaysia, Sri Lanka and Kenya). Clauses whose text an earlier set holds were left out (writer B 15, C 2, D
 * 6). Hashed before the lint ran (writer B 2a5ce806…, C 33508a1c…, D 64fa31e8…). Scored blind at `cn-policy.333` and at
 * `cn-policy.334` (the same answers), split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out;
 * 195 tuning, 127 held out).
 */
export function loadNinetyFifthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-95.json', blindKeySchema(95));
}

/**
 * The ninety-sixth blind key (three writers, 2026-12-07: 27 pages, 381 clauses): 9 pages of Taiwan, Hong Kong, Malaysia,
 * India and Singapore shops (an air-conditioner maker's warranty, a printer-supplies shop and a game-controller warranty in
 * Chinese; games, air conditioners and their servicing, an air-conditioner warranty, footwear, camping mattresses and
 * bicycles in English; about thirty Chinese pages found were already used) and 18 small English-language shops' pages
 * (candles, wooden toys, garden seeds, dog harnesses, jewellery findings, hiking boots, art prints, bicycles, coffee grinders,
 * solar inverters, solar storage, laptops, generators, e-bikes, smartphones, TVs, refurbished computers; the US, the UK,
 * Canada, Australia, New Zealand, South Africa, Pakistan, India and Malaysia). Clauses whose text an earlier set holds were
 * left out (writer C 2, D 5; D also left out two clauses to keep to 130, so two pages are not whole). Hashed before the
 * lint ran (writer B 2ef01081…, C d32f9685…, D bd4809db…). Scored blind at `cn-policy.335`, split by page (the first hex
 * digit of a SHA-256 of the page's address: 0–7 held out; 210 tuning, 171 held out).
 */
export function loadNinetySixthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-96.json', blindKeySchema(96));
}

/**
 * The ninety-seventh blind key (three writers, 2026-12-07: 24 pages, 369 clauses): musical-instrument, drum and audio shops
 * (the US, the UK, Australia, India, Canada), home furnishings and appliances (the US, the UK, Malaysia; a Hong Kong
 * furniture shop in Chinese) and electronics, computer, camera, drone and phone shops (the US, Canada, Australia; a Taiwan
 * computer-hardware warranty in Chinese). The writers' briefs lacked their focus, so each chose one; writers B and D both
 * took one hi-fi shop's page, and writer D's copy was left out before scoring. Clauses whose text an earlier set holds were
 * left out (writer B 6, C 2, D 2). Hashed before the lint ran (writer B 69f4bd87…, C 134b2395…, D e61b9723…). Scored blind
 * at `cn-policy.336`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 112 tuning, 257
 * held out).
 */
export function loadNinetySeventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-97.json', blindKeySchema(97));
}

/**
 * The ninety-eighth blind key (three writers, 2026-12-07: 24 pages, 400 clauses): 8 pages of Taiwan, Singapore, Malaysia and
 * mainland shops (eggs, chilled food and coffee in Chinese; skincare, children's clothing, tea and teaware in English), 8
 * English pages of small shops of the UK, New Zealand, Canada, Australia and the US (craft supplies, pet supplies, garden and
 * plants, cosmetics, outdoor gear, shoes, toys, hockey goods) and 8 of shops of South Africa, the UAE, Kenya, the Netherlands,
 * Israel, Saudi Arabia, Germany and Brazil (car parts, watches, eyewear, bicycles, sports nutrition, toys, garden and home,
 * beachwear). Clauses whose text an earlier set holds were left out (writer B 3, C 1, D 3). Hashed before the lint ran
 * (writer B 2f192ffa…, C 9a60f658…, D 3ea061c0…). Scored blind at `cn-policy.337`, split by page (the first hex digit of a
 * SHA-256 of the page's address: 0–7 held out; 230 tuning, 170 held out).
 */
export function loadNinetyEighthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-98.json', blindKeySchema(98));
}

/**
 * The ninety-ninth blind key (three writers, 2026-12-07: 26 pages, 367 clauses): 5 Chinese pages of Taiwan, Macau and Hong
 * Kong shops (brushes and ink, supplements, fitness goods, books, card decks) and 4 English pages of shops of Pakistan, India,
 * Bangladesh and Indonesia (shoes, bedding, appliances, badminton goods); 9 English pages of small shops of the US, the UK,
 * Australia, Canada and New Zealand (lighting, eyewear, luggage, knives, fishing tackle, printing, 3D printers, vintage
 * clothing, swimwear); 8 of shops and marketplaces of Portugal, Tanzania, Saudi Arabia, Qatar, Turkey, France and Greece
 * (refurbished electronics, computers, medical supplies, mattresses, textiles, perfume, motorcycle gear, appliances). Clauses
 * whose text an earlier set holds were left out (writer C 16, D 2). Hashed before the lint ran (writer B 31a246aa…, C
 * bc25256b…, D 8a388389…). Scored blind at `cn-policy.338`, split by page (the first hex digit of a SHA-256 of the page's
 * address: 0–7 held out; 226 tuning, 141 held out).
 */
export function loadNinetyNinthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-99.json', blindKeySchema(99));
}

/**
 * The hundredth blind key (three writers, 2026-12-07: 26 pages, 361 clauses): 5 Chinese pages of Hong Kong and Taiwan shops
 * (flowers, a phone-case warranty, small appliances, jewellery, cleaning products; two on a mall host earlier keys used, at new
 * addresses) and 4 English pages of Japan, Korea and Singapore shops (jewellery, glasses, pet goods, outdoor gear); 9 English
 * pages of small shops of the US, Canada, the UK and New Zealand (candles, board games, art supplies, cycling apparel, wine
 * accessories, car mats, smart home devices, socks, musical merchandise); 8 of shops of Denmark, Malta, Norway, Mauritius,
 * Kuwait, Cyprus, Panama and Lebanon. Clauses whose text an earlier set holds were left out (writer C 15, D 14). Hashed
 * before the lint ran (writer B 65d16de1…, C 3166afb5…, D 36a6c78f…). Scored blind at `cn-policy.339`, split by page (the
 * first hex digit of a SHA-256 of the page's address: 0–7 held out; 194 tuning, 167 held out).
 */
export function loadHundredthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-100.json', blindKeySchema(100));
}

/**
 * The hundred-and-first blind key (three writers, 2026-12-07: 24 pages, 375 clauses): 6 Chinese pages of mainland, Hong Kong
 * and Taiwan shops (cameras and office goods on a marketplace, mattresses, furniture, office chairs, sportswear) and 3 English
 * pages of Malaysia and Philippine shops (mattresses, computers, second-hand luxury bags); 7 English pages of small shops of
 * the US, New Zealand, Ireland, the UK, Australia and Canada (e-bikes, watches, hair extensions, school uniforms, fabrics,
 * vacuum cleaners, gaming keyboards); 8 of shops of Trinidad and Tobago, Rwanda, Georgia, Guatemala, Barbados, Azerbaijan,
 * Zimbabwe and the Bahamas. Clauses whose text an earlier set holds were left out (writer C 7, D 6); writer C dropped two
 * whole pages to keep to 135 clauses. Hashed before the lint ran (writer B 633fd0bc…, C 23046755…, D 46b881b7…). Scored
 * blind at `cn-policy.340`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 219
 * tuning, 156 held out).
 */
export function loadHundredAndFirstKey(): Key2Clause[] {
  return readLabels('./heldout/independent-101.json', blindKeySchema(101));
}

/**
 * The hundred-and-second blind key (three writers, 2026-12-07: 26 pages, 345 clauses): 5 Chinese pages of Hong Kong and
 * Taiwan shops (tools and hardware, clothing and shoes twice, blind-box toys, handmade hats) and 4 English pages of shops of
 * Bangladesh, Sri Lanka, Nepal and Indonesia (guitars, tea, outdoor clothing, baby goods); 8 English pages of small shops of
 * the US, Canada, the UK, New Zealand, Australia and Ireland (pianos, telescopes, beekeeping, aquarium goods, lingerie,
 * costumes, baking supplies, party supplies); 9 of shops of Fiji, Mauritius, Jordan, Qatar, Bahrain, Jamaica, Oman and Kuwait.
 * Clauses whose text an earlier set holds were left out (writer B 1, C 15, D 21); writer D's last three pages were left out
 * to keep to 26 pages (one letter each in the ids). Hashed before the lint ran (writer B 2182cd7d…, C 1faa52e4…,
 * D ab52ee8a…). Scored blind at `cn-policy.341`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7
 * held out; 235 tuning, 110 held out).
 */
export function loadHundredAndSecondKey(): Key2Clause[] {
  return readLabels('./heldout/independent-102.json', blindKeySchema(102));
}

/**
 * The hundred-and-third blind key (three writers, 2026-12-07: 26 pages, 373 clauses): 5 Chinese pages of Taiwan and Hong
 * Kong shops (a lighting maker's warranty, card and sticker printing, car batteries and tyres, aromatherapy goods) and 5
 * English pages of shops of Korea, Thailand, Japan, the Philippines and Vietnam (cosmetics, pillows, watches, pet goods,
 * home decor); 9 English pages of small shops of the US, the UK, New Zealand and Australia (3D printers, skateboards,
 * riding gear, leathercraft, DJ gear, woodworking tools, yarn, RC cars, model trains); 7 of shops of the Maldives, Ghana
 * (one page from a public repository), Seychelles, the Cayman Islands, Nigeria and Brunei. Clauses whose text an earlier set
 * holds were left out (writer B 1, C 1, D 18). Hashed before the lint ran (writer B 3844d082…, C e2f3245c…, D 1d0880ba…).
 * Scored blind at `cn-policy.341`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out;
 * 154 tuning, 219 held out).
 */
export function loadHundredAndThirdKey(): Key2Clause[] {
  return readLabels('./heldout/independent-103.json', blindKeySchema(103));
}

/**
 * The hundred-and-fourth blind key (three writers, 2026-12-07: 26 pages, 375 clauses): 7 Chinese pages of Taiwan, Hong Kong
 * and mainland shops (adult toys twice, an eye hospital's optical shop, photo books, metal photo prints, cakes, flowers) and
 * 3 English pages of Hong Kong, Singapore and Malaysia shops (wine, hearing aids, massage chairs); 9 English pages of small
 * shops of the US, Canada, the UK, New Zealand and Australia (strollers, hot-tub parts, cloth nappies, records, comics, ski
 * and snowboard, surf, solar equipment, bridal veils); 7 of shops of Egypt, South Africa, Mexico, Italy, Bulgaria, Tunisia and
 * Czechia (two marketplaces, homeware, sportswear, car electronics, puppets). Clauses whose text an earlier set holds were
 * left out (writer B 4 and a whole repository page, C 3). Hashed before the lint ran (writer B 095f87de…, C 8c5c4f9d…,
 * D 43e97186…). Scored blind at `cn-policy.343`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7
 * held out; 196 tuning, 179 held out).
 */
export function loadHundredAndFourthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-104.json', blindKeySchema(104));
}

/**
 * The hundred-and-fifth blind key (three writers, 2026-12-07: 25 pages, 375 clauses): 3 Chinese pages of Taiwan shops (phone
 * repair, large appliances with installation, power banks) and 7 English pages of shops of India, Pakistan, Bangladesh, the
 * Philippines and Sri Lanka (water purifiers, office chairs, computers, kitchenware, iPhones, printer ink, appliances); 8
 * English pages of small shops of the US, the UK, New Zealand, Australia and Canada (trampolines, dancewear, greenhouses,
 * gym equipment, boat parts, lawn mowers, RV parts, utility knives); 7 of shops of Saudi Arabia, Brazil, Namibia, Ghana,
 * Turkey, Israel and the UAE. Clauses whose text an earlier set holds were left out (writer B 21 and a whole repository page,
 * C 2). Hashed before the lint ran (writer B 5aa54ac7…, C 0b631803…, D c27be7a0…). Scored blind at `cn-policy.343`, split by
 * page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 141 tuning, 234 held out).
 */
export function loadHundredAndFifthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-105.json', blindKeySchema(105));
}

/**
 * The hundred-and-sixth blind key (three writers, 2026-12-07: 26 pages, 373 clauses): 9 Chinese pages of mainland, Hong Kong
 * and Taiwan brands and shops (drones, smart watches twice, gaming controllers, robot vacuums, e-scooters on a reseller's
 * host, camera lenses, headphones, fitness bands) and an English page of a Hong Kong gadget shop; 9 English pages of small
 * shops of Canada, Australia, the US, the UK and New Zealand (board games, incense, candles, nail supplies, hair extensions,
 * a LEGO reseller, temporary tattoos, miniature paints, tarot decks); 7 of shops of Nepal, Uganda, Malta, Mauritius,
 * Lithuania, Brunei and Cyprus. Clauses whose text an earlier set holds were left out (writer B 6, C 5, D 9). Hashed before
 * the lint ran (writer B c1084468…, C 5d3f094a…, D f4432b46…). Scored blind at `cn-policy.345`, split by page (the first hex
 * digit of a SHA-256 of the page's address: 0–7 held out; 135 tuning, 238 held out).
 */
export function loadHundredAndSixthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-106.json', blindKeySchema(106));
}

/**
 * The hundred-and-seventh blind key (three writers, 2026-12-07: 26 pages, 360 clauses): 5 Chinese pages of Taiwan and mainland
 * shops (art and craft goods, lamps twice, a general shop's after-sales rules, baby clothes) and 5 English pages of Singapore,
 * Malaysia and Thailand shops (art supplies, baby clothes, shoes and bags, furniture, teaware); 9 English pages of small
 * shops of Australia, New Zealand, the UK, the US and Canada (cheese, bed linen, paint, homebrew supplies, rugs, cast iron,
 * live plants, tableware, spices); 7 of shops of Panama, Jamaica, Pakistan, Ghana, Kenya, the Bahamas and Sri Lanka.
 * Clauses whose text an earlier set holds were left out (writer B 7, C 1, D 2). Hashed before the lint ran (writer B
 * 4662f1c4…, C b9da53a0…, D 9e1f25dd…). Scored blind at `cn-policy.346`, split by page (the first hex digit of a SHA-256 of
 * the page's address: 0–7 held out; 225 tuning, 135 held out).
 */
export function loadHundredAndSeventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-107.json', blindKeySchema(107));
}

/**
 * The hundred-and-eighth blind key (three writers, 2026-12-07: 26 pages, 366 clauses): 7 Chinese pages of Taiwan and Hong Kong
 * shops (a PC-peripherals warranty, food and lifestyle goods, keto foods, umbrellas, beauty devices, swimwear, a sportswear
 * brand's return steps) and 3 English pages of Philippine, Hong Kong and Singapore shops (general goods, electronics); 9 English
 * pages of small shops of New Zealand, Australia, the US, the UK, Ireland and Canada (hobby supplies, outdoor and tactical gear,
 * gourmet food, yarn, craft goods, military surplus, discount electronics, computers, hand-crafted gifts); 7 of shops of the
 * UAE, India, Uganda, Brazil, Barbados, Cyprus and Bangladesh. Clauses whose text an earlier set holds were left out (writer
 * C 6, D 8; writer B found the stored Chinese pages nearly all used). Hashed before the lint ran (writer B a67a11dd…, C
 * abda899d…, D bb433149…). Scored blind at `cn-policy.347`, split by page (the first hex digit of a SHA-256 of the page's
 * address: 0–7 held out; 185 tuning, 181 held out).
 */
export function loadHundredAndEighthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-108.json', blindKeySchema(108));
}

/**
 * The hundred-and-ninth blind key (three writers, 2026-12-08: 26 pages, 367 clauses): 6 Chinese pages of mainland, Hong Kong and
 * Taiwan shops (a headphone warranty card, jewellery and watches sold in branches, candles, collagen drinks, fan merchandise, a
 * general shop's FAQ) and 4 English pages of Japan, Korea, Vietnam and Indonesia shops (beauty goods, general goods, a market
 * place); 9 English pages of small shops of the US, the UK, Australia, New Zealand, Canada and Ireland (farm and ranch
 * supplies, marine parts, medical supplies, office furniture, science kits, sewing machines, signage, party supplies, garden
 * machinery parts); 7 of shops of Zambia, Botswana, Oman, Sri Lanka, Fiji, Estonia and Belize. Clauses whose text an earlier
 * set holds were left out (writer B 1, C 4, D 7). Hashed before the lint ran (writer B a741b860…, C c7cc64bd…, D 8e3aaeae…).
 * Scored blind at `cn-policy.348`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 128
 * tuning, 239 held out).
 */
export function loadHundredAndNinthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-109.json', blindKeySchema(109));
}

/**
 * The hundred-and-tenth blind key (three writers, 2026-12-08: 26 pages, 354 clauses): 6 Chinese pages of Taiwan, Singapore and Hong
 * Kong shops (lifestyle goods, pre-order apparel, apparel, musical instruments and audio, bouquets, a shop's terms of use) and 4
 * English pages of Cambodia, Thailand and Myanmar shops (apparel, an online mall twice, automation parts); 9 English pages of
 * small shops of Canada, Australia, the US, the UK, New Zealand and Ireland (equestrian goods, timber, church supplies, aquarium
 * plants, electronic kits, vintage furniture, wool garments, handmade jewellery, pool and spa supplies); 7 of shops of Namibia,
 * Malawi, Jordan, Bahrain, Iceland, Guyana and Nepal. Clauses whose text an earlier set holds were left out (writer B 9, C 1,
 * D 4). Hashed before the lint ran (writer B 5f443aee…, C f0d74ac2…, D a44729c4…). Scored blind at `cn-policy.349`, split by
 * page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 199 tuning, 155 held out).
 */
export function loadHundredAndTenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-110.json', blindKeySchema(110));
}

/**
 * The hundred-and-eleventh blind key (three writers, 2026-12-08: 26 pages, 356 clauses): 6 Chinese pages of Taiwan and Hong Kong
 * shops (books, bags, an e-scooter home charger's warranty, a delivery page, terms of sale, chilled food) and 4 English pages of
 * Pakistan, Bangladesh and Sri Lanka shops (a marketplace, footwear, eyewear, printed apparel); 9 English pages of small shops
 * of Canada, the UK, the US, Australia, Ireland and New Zealand (knitting machines, fossils, stage supplies, hearing-aid
 * accessories, model ship kits, teaware, equestrian supplies, radio-control models, art glass); 7 of shops of Sierra Leone, the
 * Gambia, Lebanon, Kuwait, Luxembourg, Botswana and Nepal. Clauses whose text an earlier set holds were left out (writer C 11,
 * D 3). Hashed before the lint ran (writer B 4c8d8070…, C bc1db273…, D 0ca2f92a…). Scored blind at `cn-policy.350`, split by
 * page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 178 tuning, 178 held out).
 */
export function loadHundredAndEleventhKey(): Key2Clause[] {
  return readLabels('./heldout/independent-111.json', blindKeySchema(111));
}

/**
 * The hundred-and-twelfth blind key (three writers, 2026-12-08: 26 pages, 354 clauses): 7 Chinese pages of Hong Kong, Taiwan and
 * Japan shops (fashion accessories, farm food, bottled goods, merchandise cancellations, an electronics warranty, designer goods,
 * jewellery) and 3 English pages of Taiwan, Japan and Hong Kong shops (leather goods, consumer goods, skincare); 9 English pages
 * of small shops of the US, the UK, Australia, Canada, New Zealand and Ireland (binding supplies, leather repair kits,
 * telescopes, pottery supplies, boat parts, leather bags, printed goods, chess sets, fishing tackle); 7 of shops of Liberia,
 * Grenada, Uganda, Serbia, Fiji, Suriname and Qatar. Clauses whose text an earlier set holds were left out (writer B 3, C 8,
 * D 3). Hashed before the lint ran (writer B 4d0225b3…, C c4377a25…, D 198c3148…). Scored blind at `cn-policy.351`, split by
 * page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 227 tuning, 127 held out).
 */
export function loadHundredAndTwelfthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-112.json', blindKeySchema(112));
}

/**
 * The hundred-and-thirteenth blind key (three writers, 2026-12-08: 26 pages, 325 clauses): 6 Chinese pages of Taiwan and Hong Kong
 * shops (mattresses twice, general goods, outdoor gear in Chinese and English, a supermarket's cancellations, a tea page whose
 * writer doubts the host is a real shop) and 4 English pages of Vietnam, Hong Kong and Philippine shops (fabrics, western wear,
 * an online shop's terms, a marketplace); 9 English pages of small shops of the US, Ireland, Australia, Canada and the UK
 * (blacksmith supplies, bagpipes, antennas twice, dollhouse miniatures, saddles, paddling gear, map prints, kilts); 7 of shops of
 * Malta, Oman, Kuwait, the Bahamas, Estonia, Cyprus and the Maldives. Clauses whose text an earlier set holds were left out
 * (writer B 17, C 7, D 5; writer D stopped at 89 clauses). Hashed before the lint ran (writer B 21aa46de…, C 061e1359…, D
 * d3e9b6e6…). Scored blind at `cn-policy.353`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held
 * out; 219 tuning, 106 held out).
 */
export function loadHundredAndThirteenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-113.json', blindKeySchema(113));
}

/**
 * The hundred-and-fourteenth blind key (three writers, 2026-12-08: 26 pages, 358 clauses): 6 Chinese pages of mainland, Hong Kong
 * and Taiwan shops (a headphone maker's warranty, baby goods, essential oils, fresh fruit, shelf-stable food, phone cases) and 4
 * English pages of India and Thailand shops (general goods, farm and garden supplies, swimwear, pet supplies); 9 English pages of
 * small shops of the US, Canada, the UK, Ireland, Australia and New Zealand (reptiles, telescopes, quilting fabric, aquarium and
 * pond supplies, tachograph supplies, knitwear, harps, fly-fishing tackle, nursery plants); 7 of shops of Qatar, Bahrain, Fiji,
 * Namibia, Jamaica, Rwanda and Guyana. Clauses whose text an earlier set holds were left out (writer B 0, C 7, D 9; writer D
 * stopped at 98 clauses). Hashed before the lint ran (writer B 55bd0753…, C 5469bc48…, D 5bc5745c…). Scored blind at
 * `cn-policy.353`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7 held out; 166 tuning, 192 held
 * out).
 */
export function loadHundredAndFourteenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-114.json', blindKeySchema(114));
}

/**
 * The hundred-and-fifteenth blind key (three writers, 2026-12-08: 26 pages, 346 clauses): 6 Chinese pages of Taiwan and mainland
 * shops (baby goods, office supplies twice, chilled desserts, custom-printed desserts, a pet shop's text copied onto another
 * host) and 4 English pages of Malaysia, India and Hong Kong shops (general goods twice, apparel, clearance goods); 9 English
 * pages of small shops of the US, the UK, Canada and Australia and two whose country the page does not state (ukuleles, sailing
 * hardware, paddling gear, fencing supplies, lapidary goods, aquarium equipment, stained-glass supplies, anatomical models,
 * bonsai); 7 of shops of Tanzania, Lebanon, Oman, Cyprus, Kuwait, Ghana and Croatia. Clauses whose text an earlier set holds
 * were left out (writer B 9, C 2 and template sentences before writing, D 0). Hashed before the lint ran (writer B 56a766bc…,
 * C 79ad6807…, D f5073bed…). Scored blind at `cn-policy.354`, split by page (the first hex digit of a SHA-256 of the page's
 * address: 0–7 held out; 205 tuning, 141 held out).
 */
export function loadHundredAndFifteenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-115.json', blindKeySchema(115));
}

/**
 * The hundred-and-sixteenth blind key (three writers, 2026-12-08: 26 pages, 336 clauses): 5 Chinese pages of Hong Kong and Taiwan
 * shops (coffee, sportswear, baby goods, a general shop's ordering terms, pre-order grounding products) and 5 English pages of
 * Hong Kong, mainland, India and Thailand shops (general goods, pet products, women's clothing, health goods, Thai food); 9
 * English pages of small shops of the US, Australia, New Zealand, Canada, the UK and Ireland (sourdough cultures, beads, drone
 * parts, model rockets, mushroom-growing supplies, candle-making supplies, wooden toys, equestrian goods, a general shop); 7 of
 * shops of Ethiopia, Papua New Guinea, Qatar, the Bahamas, Zimbabwe, Greece and Pakistan. Clauses whose text an earlier set holds
 * were left out (writer B 1, and a page 7 of whose 11 clauses were held dropped whole; C 7; D 7; writer D stopped at 85 clauses). Hashed before the lint ran (writer B
 * 23d57759…, C 1c4f80ff…, D c8e60b37…). Scored blind at `cn-policy.355`, split by page (the first hex digit of a SHA-256 of the
 * page's address: 0–7 held out; 158 tuning, 178 held out).
 */
export function loadHundredAndSixteenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-116.json', blindKeySchema(116));
}

/**
 * The hundred-and-seventeenth blind key (three writers, 2026-12-08: 24 pages, 263 clauses): 3 Chinese pages of Taiwan shops (health
 * supplements, furniture, women's clothing) and 5 English pages of Malaysia, Singapore and (by its wording) mainland shops
 * (general goods twice, clothing, yoga wear, supplies); 9 English pages of small shops of Canada, the US, New Zealand, Ireland,
 * the UK and Australia (accordions, spinning wheels, ice-fishing gear, wetsuits, bird deterrents, grow lights, hydroponics,
 * rocks and lapidary tools, wild bird food); 7 of shops of Fiji, Nepal, Oman, Egypt, Trinidad and Tobago, Malta and Uganda.
 * Clauses whose text an earlier set holds were left out (writer B 15, C 13, D 7); each writer was given 25–30 minutes and
 * stopped short of the usual count (B 71, C 114, D 78 clauses). Hashed before the lint ran (writer B f7f10c77…, C b5abc956…,
 * D a7dfefba…). Scored blind at `cn-policy.356`, split by page (the first hex digit of a SHA-256 of the page's address: 0–7
 * held out; 133 tuning, 130 held out).
 */
export function loadHundredAndSeventeenthKey(): Key2Clause[] {
  return readLabels('./heldout/independent-117.json', blindKeySchema(117));
}

/** A blind key from the fifth on, as the corpus test checks it and the bench prints it. */
export interface LaterKey {
  /** Its ordinal ("eighty-ninth"). */
  readonly n: string;
  /** The number of its file, `heldout/independent-<file>.json`. */
  readonly file: number;
  /** How it is used whole, tuned on or held out; absent, it is split by page (0–7 held out). */
  readonly use?: 'tune' | 'heldout';
  /** The fewest clauses its file may hold: a check that it was read whole. */
  readonly min: number;
  /** The revision it was first scored at, blind, and its precision / recall then. */
  readonly blind?: string;
  readonly load: () => Key2Clause[];
}

/**
 * The blind keys from the fifth on, in order: the corpus test checks each (well formed, used as its loader's
 * docstring says, sharing no page with the keys before it), the bench prints each, and `loadEveryKey` reads them.
 */
export const LATER_KEYS: readonly LaterKey[] = [
  { n: 'fifth', file: 5, min: 350, load: loadFifthKey },
  { n: 'sixth', file: 6, use: 'tune', min: 400, blind: 'cn-policy.18: 0.557 / 0.447', load: loadSixthKey },
  { n: 'seventh', file: 7, use: 'heldout', min: 500, blind: 'cn-policy.22: 0.632 / 0.587', load: loadSeventhKey },
  { n: 'eighth', file: 8, use: 'tune', min: 600, blind: 'cn-policy.27: 0.629 / 0.603', load: loadEighthKey },
  { n: 'ninth', file: 9, min: 400, blind: 'cn-policy.32: 0.709 / 0.557', load: loadNinthKey },
  { n: 'tenth', file: 10, min: 500, blind: 'cn-policy.41: 0.761 / 0.663', load: loadTenthKey },
  { n: 'eleventh', file: 11, min: 350, blind: 'cn-policy.48: 0.663 / 0.568', load: loadEleventhKey },
  { n: 'twelfth', file: 12, min: 500, blind: 'cn-policy.53: 0.621 / 0.584', load: loadTwelfthKey },
  { n: 'thirteenth', file: 13, min: 700, blind: 'cn-policy.59: 0.622 / 0.583', load: loadThirteenthKey },
  { n: 'fourteenth', file: 14, min: 500, blind: 'cn-policy.69: 0.627 / 0.571', load: loadFourteenthKey },
  { n: 'fifteenth', file: 15, min: 500, blind: 'cn-policy.71: 0.544 / 0.609', load: loadFifteenthKey },
  { n: 'sixteenth', file: 16, min: 600, blind: 'cn-policy.80: 0.667 / 0.580', load: loadSixteenthKey },
  { n: 'seventeenth', file: 17, min: 550, blind: 'cn-policy.159: 0.711 / 0.552', load: loadSeventeenthKey },
  { n: 'eighteenth', file: 18, min: 550, blind: 'cn-policy.167: 0.705 / 0.406', load: loadEighteenthKey },
  { n: 'nineteenth', file: 19, min: 500, blind: 'cn-policy.169: 0.765 / 0.517', load: loadNineteenthKey },
  { n: 'twentieth', file: 20, min: 500, blind: 'cn-policy.170: 0.609 / 0.435', load: loadTwentiethKey },
  { n: 'twenty-first', file: 21, min: 250, blind: 'cn-policy.213: 0.645 / 0.476', load: loadTwentyFirstKey },
  { n: 'twenty-second', file: 22, min: 250, blind: 'cn-policy.215: 0.661 / 0.562', load: loadTwentySecondKey },
  { n: 'twenty-third', file: 23, min: 230, blind: 'cn-policy.217: 0.294 / 0.476', load: loadTwentyThirdKey },
  { n: 'twenty-fourth', file: 24, min: 200, blind: 'cn-policy.218: 0.432 / 0.516', load: loadTwentyFourthKey },
  { n: 'twenty-fifth', file: 25, min: 170, blind: 'cn-policy.219: 0.400 / 0.476', load: loadTwentyFifthKey },
  { n: 'twenty-sixth', file: 26, min: 210, blind: 'cn-policy.221: 0.640 / 0.653', load: loadTwentySixthKey },
  { n: 'twenty-seventh', file: 27, min: 215, blind: 'cn-policy.224: 0.703 / 0.600', load: loadTwentySeventhKey },
  { n: 'twenty-eighth', file: 28, min: 215, blind: 'cn-policy.227: 0.635 / 0.541', load: loadTwentyEighthKey },
  { n: 'twenty-ninth', file: 29, min: 215, blind: 'cn-policy.228: 0.682 / 0.608', load: loadTwentyNinthKey },
  { n: 'thirtieth', file: 30, min: 215, blind: 'cn-policy.230: 0.724 / 0.600', load: loadThirtiethKey },
  { n: 'thirty-first', file: 31, min: 200, blind: 'cn-policy.236: 0.515 / 0.362', load: loadThirtyFirstKey },
  { n: 'thirty-second', file: 32, min: 200, blind: 'cn-policy.238: 0.471 / 0.471', load: loadThirtySecondKey },
  { n: 'thirty-third', file: 33, min: 220, blind: 'cn-policy.243: 0.719 / 0.523', load: loadThirtyThirdKey },
  { n: 'thirty-fourth', file: 34, min: 90, blind: 'cn-policy.249: 0.739 / 0.486', load: loadThirtyFourthKey },
  { n: 'thirty-fifth', file: 35, min: 50, blind: 'cn-policy.250: 0.667 / 0.600', load: loadThirtyFifthKey },
  { n: 'thirty-sixth', file: 36, min: 120, blind: 'cn-policy.251: 0.652 / 0.750', load: loadThirtySixthKey },
  { n: 'thirty-seventh', file: 37, min: 80, blind: 'cn-policy.253: 0.421 / 0.381', load: loadThirtySeventhKey },
  { n: 'thirty-eighth', file: 38, min: 110, blind: 'cn-policy.257: 0.552 / 0.571', load: loadThirtyEighthKey },
  { n: 'thirty-ninth', file: 39, min: 130, blind: 'cn-policy.259: 0.636 / 0.412', load: loadThirtyNinthKey },
  { n: 'fortieth', file: 40, min: 120, blind: 'cn-policy.266: 0.594 / 0.559', load: loadFortiethKey },
  { n: 'forty-first', file: 41, min: 125, blind: 'cn-policy.267: 0.750 / 0.517', load: loadFortyFirstKey },
  { n: 'forty-second', file: 42, min: 200, blind: 'cn-policy.270: 0.719 / 0.719', load: loadFortySecondKey },
  { n: 'forty-third', file: 43, min: 250, blind: 'cn-policy.271: 0.683 / 0.439', load: loadFortyThirdKey },
  { n: 'forty-fourth', file: 44, min: 240, blind: 'cn-policy.275: 0.594 / 0.475', load: loadFortyFourthKey },
  { n: 'forty-fifth', file: 45, min: 200, blind: 'cn-policy.277: 0.667 / 0.564', load: loadFortyFifthKey },
  { n: 'forty-sixth', file: 46, min: 240, blind: 'cn-policy.283: 0.662 / 0.531', load: loadFortySixthKey },
  { n: 'forty-seventh', file: 47, min: 160, blind: 'cn-policy.285: 0.667 / 0.533', load: loadFortySeventhKey },
  { n: 'forty-eighth', file: 48, min: 250, blind: 'cn-policy.288: 0.723 / 0.522', load: loadFortyEighthKey },
  { n: 'forty-ninth', file: 49, min: 230, blind: 'cn-policy.288: 0.843 / 0.518', load: loadFortyNinthKey },
  { n: 'fiftieth', file: 50, min: 250, blind: 'cn-policy.289: 0.792 / 0.629', load: loadFiftiethKey },
  { n: 'fifty-first', file: 51, min: 250, blind: 'cn-policy.291: 0.710 / 0.463', load: loadFiftyFirstKey },
  { n: 'fifty-second', file: 52, min: 250, blind: 'cn-policy.293: 0.767 / 0.479', load: loadFiftySecondKey },
  { n: 'fifty-third', file: 53, min: 350, blind: 'cn-policy.294: 0.659 / 0.491', load: loadFiftyThirdKey },
  { n: 'fifty-fourth', file: 54, min: 280, blind: 'cn-policy.296: 0.831 / 0.535', load: loadFiftyFourthKey },
  { n: 'fifty-fifth', file: 55, min: 350, blind: 'cn-policy.297: 0.778 / 0.552', load: loadFiftyFifthKey },
  { n: 'fifty-sixth', file: 56, min: 330, blind: 'cn-policy.298: 0.758 / 0.532', load: loadFiftySixthKey },
  { n: 'fifty-seventh', file: 57, min: 260, blind: 'cn-policy.299: 0.763 / 0.433', load: loadFiftySeventhKey },
  { n: 'fifty-eighth', file: 58, min: 290, blind: 'cn-policy.300: 0.714 / 0.455', load: loadFiftyEighthKey },
  { n: 'fifty-ninth', file: 59, min: 330, blind: 'cn-policy.301: 0.765 / 0.468', load: loadFiftyNinthKey },
  { n: 'sixtieth', file: 60, min: 350, blind: 'cn-policy.302: 0.724 / 0.535', load: loadSixtiethKey },
  { n: 'sixty-first', file: 61, min: 350, blind: 'cn-policy.303: 0.695 / 0.537', load: loadSixtyFirstKey },
  { n: 'sixty-second', file: 62, min: 330, blind: 'cn-policy.304: 0.760 / 0.598', load: loadSixtySecondKey },
  { n: 'sixty-third', file: 63, min: 330, blind: 'cn-policy.305: 0.820 / 0.572', load: loadSixtyThirdKey },
  { n: 'sixty-fourth', file: 64, min: 370, blind: 'cn-policy.306: 0.679 / 0.574', load: loadSixtyFourthKey },
  { n: 'sixty-fifth', file: 65, min: 300, blind: 'cn-policy.307: 0.764 / 0.557', load: loadSixtyFifthKey },
  { n: 'sixty-sixth', file: 66, min: 270, blind: 'cn-policy.308: 0.662 / 0.534', load: loadSixtySixthKey },
  { n: 'sixty-seventh', file: 67, min: 310, blind: 'cn-policy.309: 0.716 / 0.553', load: loadSixtySeventhKey },
  { n: 'sixty-eighth', file: 68, min: 290, blind: 'cn-policy.310: 0.727 / 0.505', load: loadSixtyEighthKey },
  { n: 'sixty-ninth', file: 69, min: 310, blind: 'cn-policy.311: 0.780 / 0.393', load: loadSixtyNinthKey },
  { n: 'seventieth', file: 70, min: 240, blind: 'cn-policy.312: 0.800 / 0.527', load: loadSeventiethKey },
  { n: 'seventy-first', file: 71, min: 280, blind: 'cn-policy.312: 0.742 / 0.493', load: loadSeventyFirstKey },
  { n: 'seventy-second', file: 72, min: 270, blind: 'cn-policy.313: 0.753 / 0.660', load: loadSeventySecondKey },
  { n: 'seventy-third', file: 73, min: 270, blind: 'cn-policy.314: 0.621 / 0.608', load: loadSeventyThirdKey },
  { n: 'seventy-fourth', file: 74, min: 230, blind: 'cn-policy.315: 0.462 / 0.476', load: loadSeventyFourthKey },
  { n: 'seventy-fifth', file: 75, min: 350, blind: 'cn-policy.315: 0.643 / 0.469', load: loadSeventyFifthKey },
  { n: 'seventy-sixth', file: 76, min: 320, blind: 'cn-policy.316: 0.656 / 0.570', load: loadSeventySixthKey },
  { n: 'seventy-seventh', file: 77, min: 320, blind: 'cn-policy.317: 0.723 / 0.548', load: loadSeventySeventhKey },
  { n: 'seventy-eighth', file: 78, min: 330, blind: 'cn-policy.318: 0.667 / 0.605', load: loadSeventyEighthKey },
  { n: 'seventy-ninth', file: 79, min: 340, blind: 'cn-policy.318: 0.731 / 0.571', load: loadSeventyNinthKey },
  { n: 'eightieth', file: 80, min: 290, blind: 'cn-policy.319: 0.639 / 0.529', load: loadEightiethKey },
  { n: 'eighty-first', file: 81, min: 300, blind: 'cn-policy.320: 0.764 / 0.529', load: loadEightyFirstKey },
  { n: 'eighty-second', file: 82, min: 300, blind: 'cn-policy.320: 0.811 / 0.410', load: loadEightySecondKey },
  { n: 'eighty-third', file: 83, min: 300, blind: 'cn-policy.321: 0.795 / 0.432', load: loadEightyThirdKey },
  { n: 'eighty-fourth', file: 84, min: 250, blind: 'cn-policy.322: 0.603 / 0.477', load: loadEightyFourthKey },
  { n: 'eighty-fifth', file: 85, min: 220, blind: 'cn-policy.323: 0.839 / 0.547', load: loadEightyFifthKey },
  { n: 'eighty-sixth', file: 86, min: 350, blind: 'cn-policy.324: 0.758 / 0.463', load: loadEightySixthKey },
  { n: 'eighty-seventh', file: 87, min: 300, blind: 'cn-policy.325: 0.699 / 0.392', load: loadEightySeventhKey },
  { n: 'eighty-eighth', file: 88, min: 320, blind: 'cn-policy.326: 0.706 / 0.393', load: loadEightyEighthKey },
  { n: 'eighty-ninth', file: 89, min: 330, blind: 'cn-policy.327: 0.720 / 0.563', load: loadEightyNinthKey },
  { n: 'ninetieth', file: 90, min: 330, blind: 'cn-policy.328: 0.675 / 0.419', load: loadNinetiethKey },
  { n: 'ninety-first', file: 91, min: 300, blind: 'cn-policy.329: 0.631 / 0.525', load: loadNinetyFirstKey },
  { n: 'ninety-second', file: 92, min: 300, blind: 'cn-policy.330: 0.747 / 0.554', load: loadNinetySecondKey },
  { n: 'ninety-third', file: 93, min: 300, blind: 'cn-policy.331: 0.759 / 0.553', load: loadNinetyThirdKey },
  { n: 'ninety-fourth', file: 94, min: 300, blind: 'cn-policy.332: 0.656 / 0.504', load: loadNinetyFourthKey },
  { n: 'ninety-fifth', file: 95, min: 300, blind: 'cn-policy.333: 0.720 / 0.592', load: loadNinetyFifthKey },
  { n: 'ninety-sixth', file: 96, min: 350, blind: 'cn-policy.335: 0.685 / 0.492', load: loadNinetySixthKey },
  { n: 'ninety-seventh', file: 97, min: 350, blind: 'cn-policy.336: 0.731 / 0.637', load: loadNinetySeventhKey },
  { n: 'ninety-eighth', file: 98, min: 380, blind: 'cn-policy.337: 0.651 / 0.523', load: loadNinetyEighthKey },
  { n: 'ninety-ninth', file: 99, min: 350, blind: 'cn-policy.338: 0.744 / 0.485', load: loadNinetyNinthKey },
  { n: 'hundredth', file: 100, min: 350, blind: 'cn-policy.339: 0.704 / 0.538', load: loadHundredthKey },
  { n: 'hundred-and-first', file: 101, min: 350, blind: 'cn-policy.340: 0.670 / 0.522', load: loadHundredAndFirstKey },
  {
    n: 'hundred-and-second',
    file: 102,
    min: 340,
    blind: 'cn-policy.341: 0.756 / 0.520',
    load: loadHundredAndSecondKey,
  },
  {
    n: 'hundred-and-third',
    file: 103,
    min: 360,
    blind: 'cn-policy.341: 0.649 / 0.500',
    load: loadHundredAndThirdKey,
  },
  {
    n: 'hundred-and-fourth',
    file: 104,
    min: 360,
    blind: 'cn-policy.343: 0.645 / 0.402',
    load: loadHundredAndFourthKey,
  },
  {
    n: 'hundred-and-fifth',
    file: 105,
    min: 360,
    blind: 'cn-policy.343: 0.747 / 0.504',
    load: loadHundredAndFifthKey,
  },
  {
    n: 'hundred-and-sixth',
    file: 106,
    min: 360,
    blind: 'cn-policy.345: 0.651 / 0.446',
    load: loadHundredAndSixthKey,
  },
  {
    n: 'hundred-and-seventh',
    file: 107,
    min: 340,
    blind: 'cn-policy.346: 0.794 / 0.429',
    load: loadHundredAndSeventhKey,
  },
  {
    n: 'hundred-and-eighth',
    file: 108,
    min: 350,
    blind: 'cn-policy.347: 0.778 / 0.471',
    load: loadHundredAndEighthKey,
  },
  {
    n: 'hundred-and-ninth',
    file: 109,
    min: 350,
    blind: 'cn-policy.348: 0.690 / 0.496',
    load: loadHundredAndNinthKey,
  },
  {
    n: 'hundred-and-tenth',
    file: 110,
    min: 340,
    blind: 'cn-policy.349: 0.753 / 0.570',
    load: loadHundredAndTenthKey,
  },
  {
    n: 'hundred-and-eleventh',
    file: 111,
    min: 340,
    blind: 'cn-policy.350: 0.691 / 0.496',
    load: loadHundredAndEleventhKey,
  },
  {
    n: 'hundred-and-twelfth',
    file: 112,
    min: 340,
    blind: 'cn-policy.351: 0.674 / 0.547',
    load: loadHundredAndTwelfthKey,
  },
  {
    n: 'hundred-and-thirteenth',
    file: 113,
    min: 320,
    blind: 'cn-policy.353: 0.793 / 0.390',
    load: loadHundredAndThirteenthKey,
  },
  {
    n: 'hundred-and-fourteenth',
    file: 114,
    min: 350,
    blind: 'cn-policy.353: 0.846 / 0.568',
    load: loadHundredAndFourteenthKey,
  },
  {
    n: 'hundred-and-fifteenth',
    file: 115,
    min: 340,
    blind: 'cn-policy.354: 0.845 / 0.500',
    load: loadHundredAndFifteenthKey,
  },
  {
    n: 'hundred-and-sixteenth',
    file: 116,
    min: 330,
    blind: 'cn-policy.355: 0.767 / 0.459',
    load: loadHundredAndSixteenthKey,
  },
  {
    n: 'hundred-and-seventeenth',
    file: 117,
    min: 260,
    blind: 'cn-policy.356: 0.851 / 0.500',
    load: loadHundredAndSeventeenthKey,
  },
];

/** Every blind key, each as its loader gives it (empty where its file is not in the checkout). */
export function loadEveryKey(): (CorpusClause & { why?: string | undefined; context?: string | undefined })[][] {
  return [
    loadIndependentKey(),
    loadSecondKey(),
    loadThirdKey(),
    loadFourthKey(),
    ...LATER_KEYS.map((key) => key.load()),
  ];
}

/**
 * A second reader's labels of the third key's held-out half (written blind, from RULES.md §5 only, without
 * the key's labels or the lint): how far two careful readers agree is the ceiling any reading can reach.
 */
export const SecondReaderSchema = z.strictObject({
  id: z.string().regex(/^k3[a-z]-\d{3}$/),
  verdict: ClauseVerdictSchema,
  issues: z.array(PolicyIssueSchema),
  why: z.string(),
});

/** The second reader's labels, validated; empty when they are not in the checkout. */
export function loadSecondReader(): z.infer<typeof SecondReaderSchema>[] {
  return readLabels('./heldout/second-reader-3.json', SecondReaderSchema);
}

/**
 * The lint's answer for a clause read under its heading: the heading and the clause are linted as
 * one text (as a policy is), and the verdict is that of the clause's own part; without a heading, the
 * verdict of the whole entry. Void if any of its clauses is void, else review, else lawful.
 */
export function lintInContext(clause: CorpusClause & { context?: string | undefined }): Outcome {
  const prefix = clause.context ? `${clause.context}\n` : '';
  const result = lintPolicy(prefix + clause.text, undefined, CN_POLICY_PACK);
  const own = result.clauses.filter((c) => c.end > prefix.length);
  const verdicts = own.map((c) => c.verdict);
  const verdict = verdicts.includes('void') ? 'void' : verdicts.includes('review') ? 'review' : 'lawful';
  const issues = [...new Set(own.filter((c) => c.verdict === verdict).flatMap((c) => c.issues))];
  return { clause, verdict, issues };
}

export interface Outcome {
  clause: CorpusClause;
  verdict: 'void' | 'lawful' | 'review';
  issues: string[];
}

/** The lint's answer for a corpus entry (a key clause without heading): see `lintInContext`. */
export function lintEntry(clause: CorpusClause): Outcome {
  return lintInContext(clause);
}

export interface Figures {
  clauses: number;
  void: number;
  precision: number;
  recall: number;
  /** Of the void clauses found, the share whose issues include at least one expected issue. */
  issueAccuracy: number;
  /** The three-way verdict (void / lawful / review) equal to the label. */
  verdictAccuracy: number;
  misses: Outcome[];
}

/** Precision and recall of `void` detection, and issue-code accuracy, over a set of outcomes. */
export function figures(outcomes: readonly Outcome[]): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let issueHits = 0;
  let verdictHits = 0;
  const misses: Outcome[] = [];
  for (const outcome of outcomes) {
    const expectedVoid = outcome.clause.verdict === 'void';
    const foundVoid = outcome.verdict === 'void';
    if (outcome.verdict === outcome.clause.verdict) verdictHits++;
    else misses.push(outcome);
    if (expectedVoid && foundVoid) {
      tp++;
      if (outcome.clause.issues.some((issue) => outcome.issues.includes(issue))) issueHits++;
    } else if (foundVoid) fp++;
    else if (expectedVoid) fn++;
  }
  return {
    clauses: outcomes.length,
    void: tp + fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    issueAccuracy: tp === 0 ? 1 : issueHits / tp,
    verdictAccuracy: outcomes.length === 0 ? 1 : verdictHits / outcomes.length,
    misses,
  };
}

/** Precision and recall of one labelling's `void` against another's, over the ids both label. */
export function agreement(
  key: readonly { id: string; verdict: string }[],
  other: readonly { id: string; verdict: string }[],
): { clauses: number; precision: number; recall: number } {
  const want = new Map(key.map((c) => [c.id, c.verdict === 'void']));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let clauses = 0;
  for (const c of other) {
    const expected = want.get(c.id);
    if (expected === undefined) continue;
    clauses++;
    const found = c.verdict === 'void';
    if (expected && found) tp++;
    else if (found) fp++;
    else if (expected) fn++;
  }
  return { clauses, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
