import { cite, conclude, defineRule, say } from '../define.js';
import { asked, askedOn } from '../messages.js';
import { enDate, zhDate } from '../time.js';

/**
 * @law CRPL 23
 * 第二十三条 经营者应当保证在正常使用商品或者接受服务的情况下其提供的商品或者服务应当具有的质量、性能、用途和有效期限；但消费者在购买该商品或者接受该服务前已经知道其存在瑕疵，且存在该瑕疵不违反法律强制性规定的除外。
 * 经营者以广告、产品说明、实物样品或者其他方式表明商品或者服务的质量状况的，应当保证其提供的商品或者服务的实际质量与表明的质量状况相符。
 * 经营者提供的机动车、计算机、电视机、电冰箱、空调器、洗衣机等耐用商品或者装饰装修等服务，消费者自接受商品或者服务之日起六个月内发现瑕疵，发生争议的，由经营者承担有关瑕疵的举证责任。
 * @endlaw
 *
 * Interpretation:
 * - ¶3 reverses the burden of proof for durable goods (`item.durable`) for six months from receipt.
 *   "Within six months" runs until the same calendar day six months after the receipt day, or that
 *   month's last day when it has no such day (2025-08-31 → 2026-02-28), inclusive; no holiday
 *   extension is added, since this is a burden-of-proof period rather than a deadline for an act.
 * - The request date stands in for the day the consumer found the defect ("发现瑕疵").
 * - Only an `inspection_report` counts as the seller's proof; photos or chats do not discharge it.
 *   With a report, the dispute goes to REVIEW (cn.crpl.art24.para1.rescission).
 */
const blocked = conclude(
  'violated',
  (f) =>
    say(
      `该商品属于耐用商品，您${askedOn(f).zh}，仍在签收后六个月内（截至${zhDate(f.sixMonthsLast ?? f.requestDay)}），依法应由本店就有关瑕疵承担举证责任。本店没有提供检测报告，不能以“质量问题未经核实”为由拒绝，应当受理您的退货要求。`,
      `${asked(f).en}, within six months of receipt (until ${enDate(f.sixMonthsLast ?? f.requestDay)}). This is a durable good, so by law the shop bears the burden of proving there is no defect. The shop has no inspection report, so it cannot refuse because the quality problem has not been verified, and must accept your return request.`,
    ),
  { actions: ['accept_return'] },
);

export const crplArt23Para3 = defineRule({
  id: 'cn.crpl.art23.para3',
  title: 'Durable goods: the seller bears the burden of proof for six months',
  label: 'non-conforming.after-window',
  exception: ['cn.crpl.art24.para1.rescission'],
  regimes: ['non-conforming'],
  reasons: ['quality_claim_unverified'],
  outcomes: ['violated'],
  citations: [cite('CRPL', 23, 3)],
  applies: (f) => f.quality.state === 'after' && f.request.item.durable && f.withinSixMonths && !f.hasInspectionReport,
  conclude: () => blocked,
});

/*
 * Revision r2 (RULES.md §2, "Revision r2" 9-10): the six months end on the corresponding day of the
 * sixth month (CIVIL-CODE 202; the month's last day when it has none) and are extended over rest days
 * (CIVIL-CODE 203). After the seven days CRPL 24 gives exchange or repair (a return only where the
 * contract can be rescinded), so the BLOCK requires `offer_exchange_or_repair`, not the return.
 */
const blockedR2 = conclude(
  'violated',
  (f) => {
    const end = f.sixMonths?.end ?? f.sixMonths?.last ?? f.requestDay;
    return say(
      `该商品属于耐用商品，您${askedOn(f).zh}，仍在签收后六个月内（截至${zhDate(end)}），依法应由本店就有关瑕疵承担举证责任。本店没有提供检测报告，不能以“质量问题未经核实”为由拒绝；本店应当依法为您更换或修理，符合解除合同条件的，还应当为您办理退货。`,
      `${asked(f).en}, within six months of receipt (until ${enDate(end)}). This is a durable good, so by law the shop bears the burden of proving there is no defect. The shop has no inspection report, so it cannot refuse because the quality problem has not been verified; it must exchange or repair the goods, and take them back where the contract can be ended.`,
    );
  },
  { actions: ['offer_exchange_or_repair'] },
);

const sixMonthsGap = conclude(
  'needs_review',
  (f) =>
    say(
      `签收后六个月的期限原则上截至${zhDate(f.sixMonths?.last ?? f.requestDay)}；该日如为法定休假日，期限应当顺延，但本店目前还没有该年的国家法定节假日安排，无法确定您提出申请时是否已超过六个月。将由合规人员审核后答复您，在此之前本店不会拒绝您的申请。`,
      `The six months after receipt end on ${enDate(f.sixMonths?.last ?? f.requestDay)} unless that is a statutory rest day, in which case they are extended; but the shop does not yet have that year's official holiday calendar, so it cannot tell whether your request came within the six months. Compliance staff will review it before the shop answers you; until then your request is not refused.`,
    ),
  { tags: ['gap'] },
);

export const crplArt23Para3R2 = defineRule({
  id: 'cn.crpl.art23.para3',
  title: 'Durable goods: the seller bears the burden of proof for six months',
  label: 'non-conforming.after-window',
  exception: ['cn.crpl.art24.para1.rescission'],
  regimes: ['non-conforming'],
  reasons: ['quality_claim_unverified'],
  outcomes: ['violated', 'needs_review'],
  citations: [
    cite('CRPL', 23, 3),
    cite('CRPL', 24, 1),
    cite('CIVIL-CODE', 202),
    cite('CIVIL-CODE', 203, 1).when('gap'),
  ],
  interpretation: [
    'Applies after the quality window to `item.durable` when the request falls within six months of receipt (CIVIL-CODE 202, extended by 203; an end the calendar cannot settle counts as within) and the shop has no `inspection_report`.',
    'The request date stands in for the day the consumer found the defect ("发现瑕疵"); only an inspection report counts as the seller’s proof.',
  ],
  applies: (f) =>
    f.quality.state === 'after' &&
    f.request.item.durable &&
    f.sixMonths !== null &&
    f.sixMonths.state !== 'after' &&
    !f.hasInspectionReport,
  conclude: (f) => (f.sixMonths?.state === 'unknown' ? sixMonthsGap : blockedR2),
});
