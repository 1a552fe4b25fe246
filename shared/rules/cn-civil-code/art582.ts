import { cite, conclude, defineRule, say } from '../define.js';

/**
 * @law CIVIL-CODE 582
 * 第五百八十二条 履行不符合约定的，应当按照当事人的约定承担违约责任。对违约责任没有约定或者约定不明确，依据本法第五百一十条的规定仍不能确定的，受损害方根据标的的性质以及损失的大小，可以合理选择请求对方承担修理、重作、更换、退货、减少价款或者报酬等违约责任。
 * @endlaw
 *
 * Interpretation:
 * - A business buyer's claim about non-conforming goods is a contract matter, outside the consumer
 *   rules; the remedy depends on the contract and the facts: REVIEW. Before 2021-01-01 nothing is
 *   cited (the Civil Code was not in force).
 */
const review = conclude('needs_review', () =>
  say(
    '本单为企业采购，不适用消费者权益保护的规定；商品质量问题按照合同约定和《民法典》关于违约责任的规定处理，将由合规人员结合合同审核后答复您。',
    'This purchase was made by a business, so a claim about the goods is governed by the contract and the Civil Code rules on breach of contract, not by the consumer rules; compliance staff will review it against the contract before the shop answers you.',
  ),
);

export const civilCodeArt582 = defineRule({
  id: 'cn.civil-code.art582',
  title: 'Business buyers: non-conforming performance is a contract matter',
  label: 'scope.business',
  regimes: ['scope'],
  outcomes: ['needs_review'],
  citations: [cite('CIVIL-CODE', 582)],
  interpretation: [
    'A business buyer’s claim that the goods do not conform is a contract matter outside the consumer rules; the remedy depends on the contract and the facts: REVIEW. Before 2021-01-01 nothing is cited (the Civil Code was not in force).',
  ],
  applies: (f) => !f.consumer && f.kind !== 'no_reason',
  conclude: () => review,
});
