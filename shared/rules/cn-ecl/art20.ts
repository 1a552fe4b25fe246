import { cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { asked, windowName, windowUntil } from '../messages.js';

/**
 * @law ECL 20
 * 第二十条 电子商务经营者应当按照承诺或者与消费者约定的方式、时限向消费者交付商品或者服务，并承担商品运输中的风险和责任。但是，消费者另行选择快递物流服务提供者的除外。
 * @endlaw
 *
 * Interpretation:
 * - The seller bears the risk of transport unless the consumer chose the carrier. Goods damaged in
 *   transit by a carrier the shop chose (`consumerChoseCarrier` not true) must be taken back at any
 *   time, whatever the quality window: "the carrier is at fault" is the shop's matter with its carrier.
 *   The ECL is in force from 2019-01-01; for older orders CRPL 24 alone decides.
 * - In a no-reason return the consumer needs no reason, so transit damage is never a ground to
 *   refuse it (cn.ecl.art20.no-reason).
 * - Where the consumer chose the carrier the proviso applies: ECL 20 is not cited and the CRPL 24 rows
 *   decide on their own terms.
 */
const transit = conclude(
  'violated',
  (f) =>
    say(
      `商品由本店选择的快递运输，运输中的风险和责任依法由本店承担。商品在运输中损坏，本店不能以“应由快递公司负责”为由拒绝，应当为您办理退货并承担退货运费；本店与快递公司之间的责任由本店另行处理。${asked(f).zh}。`,
      `The goods travelled with a carrier the shop chose, and by law the shop bears the risk and responsibility of transport. The goods were damaged on the way, so the shop cannot refuse because the carrier is at fault; it must accept the return and pay the return shipping, and settle with the carrier itself. ${asked(f).en}.`,
    ),
  { actions: ['accept_return', 'seller_pays_return_shipping'] },
);

export const eclArt20 = defineRule({
  id: 'cn.ecl.art20',
  title: 'The seller bears the risk of transport (unless the consumer chose the carrier)',
  label: 'non-conforming.transit',
  exception: ['cn.crpl.art24.para1', 'cn.crpl.art24.para1.no-ground', 'cn.civil-code.art203.para1.calendar-gap'],
  regimes: ['non-conforming'],
  reasons: ['transit_damage_carrier_fault'],
  outcomes: ['violated'],
  effectiveFrom: '2019-01-01',
  citations: [cite('ECL', 20), cite('CRPL', 24, 2)],
  applies: (f) => f.kind === 'damaged_in_transit' && !f.request.order.consumerChoseCarrier,
  conclude: () => transit,
});

const noReasonTransit = conclude('violated', (f) =>
  say(
    `七日无理由退货无需说明理由，运输责任由谁承担也不影响您的退货权利。${asked(f).zh}，在${windowName(f).zh}内${windowUntil(f).zh}，本店不能以“运输损坏应由快递公司负责”为由拒绝，应当为您办理退货。`,
    `A no-reason return needs no reason, and who is responsible for transport does not affect your right. ${asked(f).en}, within ${windowName(f).en}${windowUntil(f).en}, so the shop cannot refuse because the carrier is at fault and must accept the return.`,
  ),
);

export const eclArt20NoReason = defineRule({
  id: 'cn.ecl.art20.no-reason',
  title: 'Transit damage is no ground to refuse a no-reason return',
  label: 'no-reason.transit',
  regimes: ['no-reason'],
  reasons: ['transit_damage_carrier_fault'],
  outcomes: ['violated'],
  citations: [cite('ECL', 20), cite('CRPL', 25, 1)],
  applies: (f) => isOpen(f.window),
  conclude: () => noReasonTransit,
});
