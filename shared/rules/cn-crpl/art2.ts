import { cite, conclude, defineRule, say } from '../define.js';

/**
 * @law CRPL 2
 * 第二条 消费者为生活消费需要购买、使用商品或者接受服务，其权益受本法保护；本法未作规定的，受其他有关法律、法规保护。
 * @endlaw
 *
 * @law NRR-MEASURES 2
 * 第二条 消费者为生活消费需要通过网络购买商品，自收到商品之日起七日内依照《消费者权益保护法》第二十五条规定退货的，适用本办法。
 * @endlaw
 *
 * Interpretation:
 * - `buyerType: business` buys for business, not "为生活消费需要": no consumer right to a no-reason
 *   return, whatever the stated reason (RULES.md §1). A shop's return promise to a business buyer is
 *   a contract matter the engine does not judge.
 */
const allowed = conclude('supports_refusal', () =>
  say(
    '本单为企业采购，不属于为生活消费需要购买商品，不适用消费者七日无理由退货的规定，本店可以不予无理由退货；如商品存在质量问题，可依照合同约定处理。',
    'This purchase was made by a business, not by a consumer for personal use, so the consumer rules on seven-day no-reason returns do not apply and the shop may decline a no-reason return; any quality problem is handled under the contract.',
  ),
);

export const crplArt2 = defineRule({
  id: 'cn.crpl.art2',
  title: 'Business buyers have no consumer right to a no-reason return',
  label: 'scope.business',
  regimes: ['scope'],
  outcomes: ['supports_refusal'],
  citations: [cite('CRPL', 2), cite('NRR-MEASURES', 2)],
  interpretation: [
    '`buyerType: business` buys for its trade, not “为生活消费需要”: a no-reason return is outside the consumer rules, so refusing it is lawful whatever the stated reason (RULES.md §1).',
  ],
  applies: (f) => !f.consumer && f.kind === 'no_reason',
  conclude: () => allowed,
});

/**
 * @law CIVIL-CODE 509
 * 第五百零九条 当事人应当按照约定全面履行自己的义务。
 * 当事人应当遵循诚信原则，根据合同的性质、目的和交易习惯履行通知、协助、保密等义务。
 * 当事人在履行合同过程中，应当避免浪费资源、污染环境和破坏生态。
 * @endlaw
 *
 * @law CIVIL-CODE 577
 * 第五百七十七条 当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。
 * @endlaw
 *
 * Revision r2 (RULES.md §1, "Revision r2" 7): a business buyer has no consumer right, but a shop's
 * own no-reason promise that covers the request may bind it as a term of the contract. Whether it does
 * (the promise's wording, whom it addresses) is for people: REVIEW. Before 2021-01-01 the Civil Code was
 * not in force and only CRPL 2 is cited (the Contract Law then said the same).
 */
const businessPromise = conclude('needs_review', (f) =>
  say(
    `本单为企业采购，不适用消费者七日无理由退货的规定；但本店承诺了${f.promiseDays}日无理由退货，您在承诺期内提出申请，该承诺可能作为合同条款对本店有约束力，将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。`,
    `This purchase was made by a business, so the consumer rules on no-reason returns do not apply. But the shop promised ${f.promiseDays}-day no-reason returns and you asked within that period, so the promise may bind the shop as a term of the contract. Compliance staff will review it before the shop answers you; until then your request is not refused.`,
  ),
);

export const crplArt2PromiseR2 = defineRule({
  id: 'cn.crpl.art2.shop-promise',
  title: 'Business buyer inside a promised return window: the promise may bind as a contract term',
  label: 'scope.business',
  exception: ['cn.crpl.art2'],
  regimes: ['scope'],
  outcomes: ['needs_review'],
  citations: [cite('CRPL', 2), cite('CIVIL-CODE', 509), cite('CIVIL-CODE', 577)],
  interpretation: [
    '"Covers": `shopPolicy.returnWindowDays` ≥ 1 and `requestedAt` on or before the promise’s last day, counted like every day period (a request before delivery is covered).',
  ],
  applies: (f) => !f.consumer && f.kind === 'no_reason' && f.promiseCovers,
  conclude: () => businessPromise,
});
