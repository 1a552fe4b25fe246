import { decidingProvision } from '../cn/in-force.js';
import { cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { asked, askedWithin, cap, statedGround } from '../messages.js';
import type { Conclusion, Facts } from '../types.js';

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
      `${asked(f).zh}。商品由本店选择的快递公司运输，运输中的风险和责任依法由本店承担；商品在运输中损坏，本店不能以“运输损坏应由快递公司负责”为由拒绝，应当为您办理退货并承担退货运费，本店与快递公司之间的责任由本店自行处理。`,
      `${asked(f).en}. The goods travelled with a carrier the shop chose, and by law the shop bears the risk and responsibility of transport. They were damaged on the way, so the shop cannot refuse because the carrier is at fault; it must accept the return, pay the return shipping and settle with the carrier itself.`,
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
    `七日无理由退货无需说明理由，运输责任由谁承担也不影响您的退货权利。${askedWithin(f).zh}，本店不能以“运输损坏应由快递公司负责”为由拒绝，应当为您办理退货。`,
    `A no-reason return needs no reason, and who is responsible for transport does not affect your right to it. ${askedWithin(f).en}, so the shop cannot refuse because the carrier is at fault, and must accept the return.`,
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

/*
 * Revision r2 (RULES.md §2, "Revision r2" 8): the transit rows, judged before every other row of §2
 * for `damaged_in_transit`. Where the shop arranged the carrier, the carrier's fault is the shop's
 * risk: never a ground, inside the quality window or after it (a late report is a different ground,
 * `after_sales_period_expired`, which goes to REVIEW under CIVIL-CODE 620–621). Where the consumer
 * engaged another carrier than the one the shop offered ("另行选择"), the proviso puts the transit risk
 * on the consumer: the carrier's fault is a ground, on courier or photo evidence. The E-Commerce Law is
 * the deciding provision: orders placed before 2019-01-01 get REVIEW.
 */
const inQualityWindow = (f: Facts) => f.quality.state !== 'after';
const transitProof = (f: Facts) =>
  f.request.refusal.evidence.some((e) => e.type === 'courier_record' || e.type === 'photo');

const transitLate = conclude(
  'violated',
  (f) =>
    say(
      `商品由本店选择的快递公司运输，运输中的风险依法由本店承担，本店不能以“运输损坏应由快递公司负责”为由拒绝。${asked(f).zh}，已超过签收后七日；至于是否因通知过晚而不能退货，是另一个问题，需要另行审核。`,
      `The goods travelled with a carrier the shop chose, and by law the shop bears the transport risk, so it cannot refuse because the carrier is at fault. ${asked(f).en}, more than seven days after receipt; whether the damage was reported too late is a separate question that needs its own review.`,
    ),
  { actions: ['restate_reason'], alternatives: ['after_sales_period_expired'] },
);
const consumerCarrierAllowed = conclude('supports_refusal', () =>
  say(
    '您没有使用本店提供的快递，而是另行选择了承运人，依法运输中的风险由您承担；本店已提供快递记录或照片，证明损坏发生在商品交给承运人之后，因此本店可以不予退货。您可以向承运人要求赔偿。',
    'You engaged a carrier other than the one the shop offered, so by law the transport risk passed to you when the goods were handed to that carrier; the shop has courier records or photos showing the damage happened after that, so it may decline the return. You can claim compensation from the carrier.',
  ),
);
const consumerCarrierReview = conclude('needs_review', () =>
  say(
    '您另行选择了承运人，运输中的风险由您承担；但本店尚未提供快递记录或照片，证明损坏发生在商品交给承运人之后（此前发生的损坏仍由本店负责）。将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。',
    "You engaged your own carrier, so the transport risk is yours; but the shop has not yet shown with courier records or photos that the damage happened after the goods were handed to the carrier (damage before that is still the shop's responsibility). Compliance staff will review it before the shop answers you; until then your request is not refused.",
  ),
);
const consumerCarrierOther = conclude(
  'violated',
  (_f, reason) =>
    say(
      `您反映商品在运输中损坏。${statedGround(reason).zh}不适用于本案，本店不能以此拒绝您的申请。`,
      `You report that the goods were damaged in transit. ${cap(statedGround(reason).en)} does not apply here, so the shop cannot refuse on it.`,
    ),
  { actions: ['restate_reason'], alternatives: ['transit_damage_carrier_fault'] },
);

const shopCarrierInWindowTagged = conclude('violated', transit.message, {
  actions: ['accept_return', 'seller_pays_return_shipping'],
  tags: ['in-window'],
});

export const eclArt20R2 = defineRule({
  id: 'cn.ecl.art20',
  title: 'The seller bears the risk of transport (unless the consumer chose another carrier)',
  label: 'non-conforming.transit',
  regimes: ['transit'],
  outcomes: ['violated', 'supports_refusal', 'needs_review'],
  citations: [cite('ECL', 20), cite('CRPL', 24, 2).when('in-window')],
  interpretation: [
    'Judged before every other row of RULES.md §2 for `damaged_in_transit`; a row that does not match leaves the request to the other rows.',
    'Shop’s carrier (`consumerChoseCarrier` not true), `transit_damage_carrier_fault`: inside the quality window BLOCK with accept_return and seller_pays_return_shipping; after it BLOCK with restate_reason (alternative `after_sales_period_expired`, which gives REVIEW).',
    'Consumer’s own carrier: `transit_damage_carrier_fault` ALLOW with `courier_record` or `photo` evidence, else REVIEW; any other reason BLOCK with restate_reason (alternative `transit_damage_carrier_fault`).',
    'A request with `deliveredAt` null counts as inside the quality window. Orders placed before 2019-01-01: REVIEW (the E-Commerce Law was not in force).',
  ],
  effectiveFrom: '2014-03-15',
  reviewBefore: '2019-01-01',
  applies: (f, reason) =>
    f.kind === 'damaged_in_transit' &&
    (f.request.order.consumerChoseCarrier || reason === 'transit_damage_carrier_fault'),
  conclude: (f, reason) => {
    let conclusion: Conclusion;
    if (f.request.order.consumerChoseCarrier) {
      if (reason !== 'transit_damage_carrier_fault') conclusion = consumerCarrierOther;
      else conclusion = transitProof(f) ? consumerCarrierAllowed : consumerCarrierReview;
    } else conclusion = inQualityWindow(f) ? shopCarrierInWindowTagged : transitLate;
    return decidingProvision('ECL', f, conclusion);
  },
});

export const eclArt20NoReasonR2 = defineRule({
  id: 'cn.ecl.art20.no-reason',
  title: 'Transit damage is no ground to refuse a no-reason return',
  label: 'no-reason.transit',
  regimes: ['no-reason'],
  reasons: ['transit_damage_carrier_fault'],
  outcomes: ['violated', 'needs_review'],
  citations: [cite('ECL', 20), cite('CRPL', 25, 1)],
  interpretation: [
    'Orders placed before 2019-01-01: REVIEW (the E-Commerce Law, the deciding provision, was not in force).',
  ],
  applies: (f) => isOpen(f.window),
  conclude: (f) => decidingProvision('ECL', f, noReasonTransit),
});
