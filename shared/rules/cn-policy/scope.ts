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
import type { ClauseReading, ScopeRule } from '#shared/policy-lint/types.js';
import { cites } from './citations.js';
import { BUSINESS_ONLY, crossBorder, MEDICINE } from './lexicon.js';

/**
 * A statement about the whole shop ("本店为网上药房", "本店所有商品均为跨境保税仓发货", "We sell only to businesses"): its scope
 * reaches every clause of the policy, on any line.
 */
const WHOLE_SHOP =
  /本店|本网站|本网|本平台|本商城|我们(?:是|为|只|仅)|我司|所有商品|全部商品|全店|店内商品|所售商品|\b(?:all (?:of )?our (?:products|items|goods)|all (?:products|items|goods)|our (?:products|items|goods) (?:all |are all |are )?(?:ship(?:ped)?|come|sent|dispatched) from|we (?:are|only sell|sell only|only ship|ship only)|were a|this (?:store|shop|site) (?:is|sells|only))\b/;
/**
 * What makes the part of such a sentence that says the scope no statement that the whole shop is of it: the shop's
 * identity or trade negated ("本店不销售处方药", "本店不是药房", "We are not a pharmacy"), or only some goods ("本店部分商品为海外
 * 直邮"). A refusal in the sentence ("…跨境直邮商品不支持无理由退货") or a negation of something else ("非处方药", "无中间商")
 * negates no scope.
 */
const NOT_WHOLE_SHOP =
  /不(?:是|为|属于|销售|出售|售|卖|经营|提供|涉及|从事|做|接受|含|包含|代购|向|发|经过|经|走|支持(?:海外|跨境|国际))|无(?:海外|跨境|国际|境外)|除外|没有|并非|(?<!为|是)非(?!处方)|暂不|部分|有些|个别|某些|少量|\b(?:not an?|no longer|never|some|certain|several|a few)\b|\b(?:are not|is not|arent|isnt) (?:cross|import|overseas|shipped from|from overseas|a )|\b(?:do|does) not sell\b(?! to (?:individual|private|retail) )/;

/** Goods sent abroad, not imported ("可以国际快递发往海外", "All our products can be shipped internationally"). */
const EXPORTS =
  /(?:发|寄|运|送)(?:往|到|至)(?:海外|国外|境外)|出口|\b(?:ship(?:ped|s)?|deliver(?:ed|s)?|send|sent|sold) (?:(?!from\b)\w+ )?(?:internationally|worldwide|abroad|overseas|to (?:other countries|\w+ countries|customers (?:overseas|abroad)))\b/;

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
      onLine = test(reading.line);
    }
    if (onLine) return true;
    if (reading.policy !== seenPolicy) {
      seenPolicy = reading.policy;
      // Sentences end at a full stop after a word, not after "U.S." or "Dr."; the negation is read in the part that says
      // the scope ("本店不做批发", "均不含药物成分"), not in a refusal after it ("本店所有商品均为跨境直邮，不接受无理由退货").
      onPage = reading.policy
        .split(/[。!?;\n]|(?<=[a-z]{3})\.(?:\s|$)/)
        .some(
          (sentence) =>
            WHOLE_SHOP.test(sentence) &&
            !EXPORTS.test(sentence) &&
            test(sentence) &&
            sentence.split(',').some((part) => test(part) && !NOT_WHOLE_SHOP.test(part)),
        );
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
