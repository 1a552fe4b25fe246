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
    'This purchase was made by a business, not by a consumer for daily life, so the consumer rules on seven-day no-reason returns do not apply and the shop may decline a no-reason return; quality problems are handled under the contract.',
  ),
);

export const crplArt2 = defineRule({
  id: 'cn.crpl.art2',
  title: 'Business buyers have no consumer right to a no-reason return',
  label: 'scope.business',
  regimes: ['scope'],
  outcomes: ['supports_refusal'],
  citations: [cite('CRPL', 2), cite('NRR-MEASURES', 2)],
  applies: (f) => !f.consumer && f.kind === 'no_reason',
  conclude: () => allowed,
});
