import { cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { askedWithin } from '../messages.js';

/**
 * @law NRR-MEASURES 20
 * 第二十条 网络商品销售者应当采取技术手段或者其他措施，对于本办法第六条规定的不适用七日无理由退货的商品进行明确标注。
 * 符合本办法第七条规定的商品，网络商品销售者应当在商品销售必经流程中设置显著的确认程序，供消费者对单次购买行为进行确认。如无确认，网络商品销售者不得拒绝七日无理由退货。
 * @endlaw
 *
 * Interpretation:
 * - ¶2: without the consumer's confirmation (`confirmation: none`) the seller may not refuse a
 *   no-reason return; refusing anyway is the listed violation of PENALTY-MEASURES 9(2) and
 *   NRR-MEASURES 31(1). From 2024-07-01 CRPL-REG 19 ¶2 says the same ("未经消费者确认 … 不得拒绝").
 * - Before 2017-03-15 only CRPL 25 ¶2 (and from 2015-03-15 PENALTY-MEASURES 9(2)) is cited.
 */
const unconfirmed = conclude('violated', (f) =>
  say(
    `本店虽将该商品标注为不适用无理由退货，但您在购买时并未确认；未经您确认，本店不得拒绝无理由退货。${askedWithin(f).zh}，本店应当为您办理退货。`,
    `The shop marked the item as excluded from no-reason returns, but you never confirmed that at purchase, and without your confirmation the shop may not refuse a no-reason return. ${askedWithin(f).en}, and the shop must accept the return.`,
  ),
);

export const nrrArt20Para2 = defineRule({
  id: 'cn.nrr-measures.art20.para2',
  title: 'No confirmation, no refusal',
  label: 'no-reason.confirmed-exclusion',
  exception: ['cn.crpl.art25.para2'],
  regimes: ['no-reason'],
  reasons: ['confirmed_non_returnable'],
  outcomes: ['violated'],
  citations: [
    cite('NRR-MEASURES', 20, 2),
    cite('NRR-MEASURES', 31, 1, 1),
    cite('PENALTY-MEASURES', 9, 1, 2),
    cite('CRPL-REG', 19, 2),
    cite('CRPL', 25, 2),
  ],
  interpretation: [
    'Without the consumer’s confirmation (`confirmation: none`) the seller may not refuse a no-reason return because the goods were marked non-returnable: BLOCK. Before 2017-03-15 only CRPL 25 ¶2 is cited.',
  ],
  applies: (f) => isOpen(f.window) && f.confirmation.marked && f.request.item.nonReturnable?.confirmation === 'none',
  conclude: () => unconfirmed,
});
