/**
 * What RULES.md §5 puts outside the law data: medicines (pharmacy rules), cross-border retail imports
 * (the platform's customs rules may differ), business-only buyers (no consumer, CRPL 2). A clause that
 * would otherwise be void there is `review`, never `void`.
 *
 * @law CRPL 2
 * 第二条 消费者为生活消费需要购买、使用商品或者接受服务，其权益受本法保护；本法未作规定的，受其他有关法律、法规保护。
 * @endlaw
 *
 * Interpretation:
 * - The scope is read on the clause's line (and its list lead-in), so "(B2B): …; no returns" is one scope; a statement
 *   about the whole shop ("本店为网上药房", "All our products are cross-border imports") reaches every clause. A scope
 *   never makes a lawful clause doubtful: it only turns void or doubtful ones into review.
 */

import { matchesOf } from '#shared/policy-lint/matches.js';
import type { ClauseReading, ScopeRule } from '#shared/policy-lint/types.js';
import { cites } from './citations.js';
import { BUSINESS_ONLY, crossBorder, MEDICINE } from './lexicon.js';

/**
 * A statement about the whole shop ("本店为网上药房", "本店所有商品均为跨境保税仓发货", "We sell only to businesses"): its scope
 * reaches every clause of the policy, on any line.
 */
const WHOLE_SHOP =
  /本店|本网站|本网|本平台|本商城|我们(?:是|为|只|仅)|我司|所有商品|全部商品|全店|店内商品|所售商品|\b(?:all (?:of )?our (?:products|items|goods)|all (?:products|items|goods)|our (?:products|items|goods) (?:all |are all |are )?(?:ship(?:ped)?|come|sent|dispatched) from|our (?:products|items|goods) are (?:all )?(?:cross-?border|imported|imports|shipped|sent|sourced|bonded|from overseas|overseas|medicines?|prescription|pharmac\w*|(?:sold )?(?:for|to) (?:businesses|trade))|we (?:are|only sell|sell only|only ship|ship only)|were a|this (?:store|shop|site) (?:is|sells|only))\b/;
/** A sentence's end for the scopes: a semicolon too, and a full stop only after three letters (not "U.S.", "Dr."). */
const SCOPE_SENTENCE_END = /[。!?;\n]|(?<=[a-z]{3})\.(?:\s|$)/;

/**
 * What makes the part of such a sentence that says the scope no statement that the whole shop is of it: only some goods
 * ("本店部分商品为海外直邮"), or goods excepted ("跨境商品除外"). A negation is read before the scope's words (`negatedBefore`).
 */
const SOME_GOODS = /除外|部分|有些|个别|某些|少量|\b(?:some|certain|several|a few)\b/;
/**
 * A negation of the shop's identity or trade before the scope's words ("本店从未销售跨境商品", "本店不再是跨境店铺", "本店谢绝
 * 批发", "we do not ship from overseas", "We are not a pharmacy"); a negation after them belongs to something else ("跨境直邮
 * 商品不支持无理由退货"), and "非处方药" is a medicine.
 */
const NEGATION =
  /不|没|无|未|(?<!为|是|除)非(?!处方)|暂停|停止|关闭|谢绝|拒绝|取消|\b(?:not|no|never|nor|without|(?:do|does|did|ca|could|would|should|must|need|might|ought|is|are|was|were|wo|sha|ai|have|has|had)nt)\b/g;
/** How far before the scope's words a negation is read: "we do not ship from" in English, "本店从未销售" in Chinese. */
const NEGATION_REACH = 24;
const NEGATION_REACH_ZH = 8;
/** Words of the return, its refund or its policy: a part with them negates the return, not the trade. */
const RETURN_WORDS =
  /退|换|赔|售后|\b(?:returns?|returned|returnable|refunds?|refunded|refundable|exchanges?|exchanged|accept(?:ed|s)?|policy|guarantee)\b/;
/** What ends the words read before the scope: a colon, a list mark or a closing bracket. */
const LIST_OR_HEADING_BEFORE = /^.*[:、)\]】》」◆●■□◇•·\u2460-\u24ff]/;
/** "We do not sell to private customers": a negation that says the shop sells only to businesses. */
const SELLS_ONLY_TO_BUSINESS = /\b(?:do|does) not sell to (?:individual|private|retail)\b/;

/**
 * Whether the first words of `part` that pass `test` are negated: a negation in the words before them (found by two
 * binary searches of O(log n) tests), or "-free" right after ("drug-free").
 */
function negatedBefore(part: string, test: (text: string) => boolean): boolean {
  // The shortest prefix that passes ends the scope's first words; the latest start that still passes begins them.
  let low = 1;
  let high = part.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(part.slice(0, middle))) high = middle;
    else low = middle + 1;
  }
  const end = high;
  low = 0;
  high = end - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (test(part.slice(middle, end))) low = middle;
    else high = middle - 1;
  }
  if (/^-?free\b/.test(part.slice(end))) return true;
  if (SELLS_ONLY_TO_BUSINESS.test(part)) return false;
  // The words just before them, back to a list mark, a bracket or a colon ("以下商品不支持退换：1、药品" negates no medicine),
  // read with them ("非处方药" is a medicine).
  const reach = /[\u4e00-\u9fff]/.test(part.slice(Math.max(0, low - 1), low)) ? NEGATION_REACH_ZH : NEGATION_REACH;
  const before = part.slice(Math.max(0, low - reach), end).replace(LIST_OR_HEADING_BEFORE, '');
  const negation = matchesOf(NEGATION, before).pop();
  if (!negation) return false;
  // "We do not sell medicines, and items cannot be returned", "We are not a pharmacy and…": the trade or the shop's identity
  // itself negated, whatever the part says of returns.
  if (
    /^\s*(?:(?:sell|stock|carry(?! out)|supply|deal in|offer|provide)\b(?!\s+(?:(?:any|a|an|free|the|our)\s+)*(?:returns?|refunds?|exchanges?)\b)|an?\s+(?:pharmac|drugstore|chemist|medic|cross-?border|overseas|international|wholesale|business|bonded))/.test(
      before.slice((negation.index ?? 0) + negation[0].length),
    )
  )
    return true;
  // A part about the return ("7天无理由退货不适用于跨境商品", "拒绝跨境商品退换", "Returns are not accepted for international
  // orders", "不影响二次销售…来回运费分销商承担") negates the return for those goods, not the shop's trade; nor does a negation
  // of a document ("不能提供聚创医药网网上交易凭证").
  return (
    !RETURN_WORDS.test(part) && !/凭证|发票|单据|证明|记录|小票|\b(?:receipts?|proof)\b/.test(part.slice(end, end + 10))
  );
}

/**
 * Whether `text` says the scope in a part of a sentence not negated before it, in a sentence that sends no goods abroad;
 * words of the scope read only across a sentence's parts are a mention all the same.
 */
function saysScope(text: string, test: (text: string) => boolean, wholeShop: boolean): boolean {
  let mentioned = false;
  for (const sentence of text.split(SCOPE_SENTENCE_END)) {
    if (!test(sentence)) continue;
    mentioned = true;
    // Goods sent abroad are no import ("We ship our products overseas").
    if (EXPORTS.test(sentence)) continue;
    let inPart = false;
    for (const part of sentence.split(',')) {
      if (!test(part)) continue;
      inPart = true;
      if (!negatedBefore(part, test) && !(wholeShop && SOME_GOODS.test(part))) return true;
    }
    if (!inPart) return true;
  }
  return !mentioned;
}

/** Goods sent abroad, not imported ("可以国际快递发往海外", "All our products can be shipped internationally"). */
const EXPORTS =
  /(?:发|寄|运|送)(?:往|到|至)(?:海外|国外|境外)|出口|\b(?:ship(?:ped|s)?|deliver(?:ed|s)?|send|sent|sold) (?:(?!from\b)\w+ ){0,2}(?:internationally|worldwide|abroad|overseas|to (?:other countries|\w+ countries|customers (?:overseas|abroad)))\b/;

let shopPolicy: string | undefined;
let shopSentences: readonly string[] = [];
/** The policy's sentences about the whole shop (not its exports), read once for the three scopes. */
function wholeShopSentences(policy: string): readonly string[] {
  if (policy !== shopPolicy) {
    shopPolicy = policy;
    shopSentences = policy
      .split(SCOPE_SENTENCE_END)
      .filter((sentence) => WHOLE_SHOP.test(sentence) && !EXPORTS.test(sentence));
  }
  return shopSentences;
}

/**
 * A scope test on the clause's line (on a line of a few thousand characters, the clauses around it) and on the
 * statements about the whole shop. The line's answer is kept for the next clause that reads the same line string, and
 * the policy's for the whole policy, so a page pasted as one line is read once per block, not once per clause.
 */
function scoped(test: (text: string) => boolean): (reading: ClauseReading) => boolean {
  let seenLine: string | undefined;
  let onLine = false;
  let seenPolicy: string | undefined;
  let onPage = false;
  return (reading) => {
    if (reading.line !== seenLine) {
      seenLine = reading.line;
      // A mention on the line reaches its clauses unless it is negated ("本店不是跨境店铺，特价商品不退不换").
      onLine = test(reading.line) && saysScope(reading.line, test, false);
    }
    if (onLine) return true;
    if (reading.policy !== seenPolicy) {
      seenPolicy = reading.policy;
      // Sentences end at a full stop after a word, not after "U.S." or "Dr."; the negation is read in the part that says
      // the scope ("本店不做批发", "均不含药物成分"), not in a refusal after it ("本店所有商品均为跨境直邮，不接受无理由退货").
      onPage = wholeShopSentences(reading.policy).some((sentence) => test(sentence) && saysScope(sentence, test, true));
    }
    return onPage;
  };
}

export const CN_POLICY_SCOPES: readonly ScopeRule[] = [
  {
    id: 'cn.policy.scope.medicines',
    applies: scoped((text) => MEDICINE.test(text)),
    message: {
      zh: '药品的退换受药品管理规定约束，超出本规则库的法律数据，请人工审核。',
      en: 'Returns of medicines follow the pharmacy rules, which are outside this ruleset’s law data; a person must review this clause.',
    },
    citations: cites(['CRPL', 2]),
  },
  {
    id: 'cn.policy.scope.cross-border',
    applies: scoped(crossBorder),
    message: {
      zh: '跨境零售进口商品的退货可能受平台及海关规则约束，超出本规则库的法律数据，请人工审核。',
      en: 'Cross-border retail imports may follow the platform’s and customs rules, which are outside this ruleset’s law data; a person must review this clause.',
    },
    citations: cites(['CRPL', 2]),
  },
  {
    id: 'cn.policy.scope.business-buyers',
    applies: scoped((text) => BUSINESS_ONLY.test(text)),
    message: {
      zh: '仅面向企业或经营者的销售不受消费者权益保护规则调整，适用合同法律，请人工审核。',
      en: 'Sales only to businesses are outside the consumer rules and follow contract law; a person must review this clause.',
    },
    citations: cites(['CRPL', 2]),
  },
];
