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
 * - The scope is read on the clause's whole line, however long (and its list lead-in), so "(B2B): …; no returns" is
 *   one scope. A scope never makes a lawful clause doubtful: it only turns void or doubtful ones into review.
 */
import type { ClauseReading, ScopeRule } from '#shared/policy-lint/types.js';
import { cites } from './citations.js';
import { BUSINESS_ONLY, crossBorder, MEDICINE } from './lexicon.js';

/**
 * A scope test on the clause's lead-in and its whole line, however long; the line's answer kept for the next clause of
 * the same line (one string per line), so a page pasted as one line is read once, not once per clause.
 */
function onLine(test: (text: string) => boolean): (reading: ClauseReading) => boolean {
  let seen: string | undefined;
  let answer = false;
  return (reading) => {
    if (reading.lead && test(reading.lead)) return true;
    const line = reading.wholeLine;
    if (line !== seen) {
      seen = line;
      answer = test(line);
    }
    return answer;
  };
}

export const CN_POLICY_SCOPES: readonly ScopeRule[] = [
  {
    id: 'cn.policy.scope.medicines',
    applies: onLine((line) => MEDICINE.test(line)),
    message: {
      zh: '药品的退换受药品管理规定约束，超出本规则库的法律数据，请人工审核。',
      en: 'Returns of medicines follow the pharmacy rules, which are outside this ruleset’s law data; a person must review this clause.',
    },
    citations: cites(['CRPL', 2]),
  },
  {
    id: 'cn.policy.scope.cross-border',
    applies: onLine(crossBorder),
    message: {
      zh: '跨境零售进口商品的退货可能受平台及海关规则约束，超出本规则库的法律数据，请人工审核。',
      en: 'Cross-border retail imports may follow the platform’s and customs rules, which are outside this ruleset’s law data; a person must review this clause.',
    },
    citations: cites(['CRPL', 2]),
  },
  {
    id: 'cn.policy.scope.business-buyers',
    applies: onLine((line) => BUSINESS_ONLY.test(line)),
    message: {
      zh: '仅面向企业或经营者的销售不受消费者权益保护规则调整，适用合同法律，请人工审核。',
      en: 'Sales only to businesses are outside the consumer rules and follow contract law; a person must review this clause.',
    },
    citations: cites(['CRPL', 2]),
  },
];
