import { decidingProvision } from '../cn/in-force.js';
import { cite, conclude, defineRule, say } from '../define.js';
import { askedOn, receivedAndAsked, WINDOW_REASONS } from '../messages.js';
import { enDate, zhDate } from '../time.js';

/**
 * @law CIVIL-CODE 620
 * 第六百二十条 买受人收到标的物时应当在约定的检验期限内检验。没有约定检验期限的，应当及时检验。
 * @endlaw
 *
 * @law CIVIL-CODE 621
 * 第六百二十一条 当事人约定检验期限的，买受人应当在检验期限内将标的物的数量或者质量不符合约定的情形通知出卖人。买受人怠于通知的，视为标的物的数量或者质量符合约定。
 * 当事人没有约定检验期限的，买受人应当在发现或者应当发现标的物的数量或者质量不符合约定的合理期限内通知出卖人。买受人在合理期限内未通知或者自收到标的物之日起二年内未通知出卖人的，视为标的物的数量或者质量符合约定；但是，对标的物有质量保证期的，适用质量保证期，不适用该二年的规定。
 * 出卖人知道或者应当知道提供的标的物不符合约定的，买受人不受前两款规定的通知时间的限制。
 * @endlaw
 *
 * Interpretation:
 * - Revision r2, RULES.md §2.
 * - Transit damage reported after the quality window, where the shop arranged the carrier, and the shop
 *   refuses because the after-sales period is over: visible damage must be notified within a reasonable
 *   time of inspection (620, 621 ¶1-2), which is a judgment on the facts: REVIEW.
 * - ¶2's outer limit: after two years from receipt (counted by CIVIL-CODE 202 and extended by 203), the
 *   goods are deemed conforming, so refusing because the period is over stands: ALLOW, with nothing
 *   more owed. The Civil Code is the deciding provision: orders placed before 2021-01-01 get REVIEW.
 */
const lateReport = conclude('needs_review', (f) =>
  say(
    `您反映商品在运输中损坏，并${askedOn(f).zh}，已超过签收后七日。明显的运输损坏应当在验货后的合理期限内通知本店，是否通知过晚需要结合证据判断，将由合规人员审核后答复您，在此之前本店不会拒绝您的申请。`,
    `You report that the goods were damaged in transit, and you ${askedOn(f).en}, more than seven days after receipt. Visible damage has to be reported within a reasonable time of inspecting the goods, and whether this report came too late needs a judgment on the evidence, so compliance staff will review it before the shop answers you. Until then your request is not refused.`,
  ),
);

export const civilCodeArt620TransitLateReport = defineRule({
  id: 'cn.civil-code.art620.transit-late-report',
  title: 'Transit damage reported after the quality window: was it reported in reasonable time?',
  label: 'non-conforming.transit',
  regimes: ['transit'],
  reasons: ['after_sales_period_expired'],
  outcomes: ['needs_review'],
  citations: [cite('CIVIL-CODE', 620), cite('CIVIL-CODE', 621)],
  interpretation: ['Only where the shop arranged the carrier (`consumerChoseCarrier` not true).'],
  applies: (f) =>
    f.kind === 'damaged_in_transit' && !f.request.order.consumerChoseCarrier && f.quality.state === 'after',
  conclude: () => lateReport,
});

const twoYears = conclude('supports_refusal', (f) =>
  say(
    `${receivedAndAsked(f).zh}，已超过签收后两年（截至${zhDate(f.objectionPeriod?.end ?? f.objectionPeriod?.last ?? f.requestDay)}）。签收后两年内未就质量提出异议的，商品视为符合约定，本店可以不予退货。`,
    `${receivedAndAsked(f).en}, more than two years after receipt (the period ended on ${enDate(f.objectionPeriod?.end ?? f.objectionPeriod?.last ?? f.requestDay)}). Where no objection to the quality is raised within two years of receipt, the goods are deemed to conform, so the shop may decline the return.`,
  ),
);

const calendarGap = conclude(
  'needs_review',
  (f) =>
    say(
      `签收后两年的期限原则上截至${zhDate(f.objectionPeriod?.last ?? f.requestDay)}；该日如为法定休假日，期限应当顺延，但本店目前还没有该年的国家法定节假日安排，无法确定您提出申请时是否已超过两年。将由合规人员审核后答复您，在此之前本店不会拒绝您的申请。`,
      `The two years after receipt end on ${enDate(f.objectionPeriod?.last ?? f.requestDay)} unless that is a statutory rest day, in which case they are extended; but the shop does not yet have that year's official holiday calendar, so it cannot tell whether your request came after the two years. Compliance staff will review it before the shop answers you; until then your request is not refused.`,
    ),
  { tags: ['gap'] },
);

export const civilCodeArt621Para2 = defineRule({
  id: 'cn.civil-code.art621.para2',
  title: 'Two years after receipt the goods are deemed conforming: a refusal for the expired period stands',
  label: 'non-conforming.after-window',
  exception: ['cn.crpl.art24.para1.exchange-or-repair'],
  regimes: ['non-conforming'],
  reasons: [...WINDOW_REASONS],
  outcomes: ['supports_refusal', 'needs_review'],
  citations: [cite('CIVIL-CODE', 621, 2), cite('CIVIL-CODE', 202), cite('CIVIL-CODE', 203, 1).when('gap')],
  reviewBefore: '2021-01-01',
  interpretation: [
    'Two years after receipt (counted by CIVIL-CODE 202, extended by 203) the goods are deemed conforming, so refusing because the period is over stands: ALLOW, nothing more owed. When the calendar cannot settle the end of the two years: REVIEW. Orders placed before 2021-01-01 get REVIEW (the Civil Code was not in force).',
  ],
  applies: (f) =>
    f.quality.state === 'after' && (f.objectionPeriod?.state === 'after' || f.objectionPeriod?.state === 'unknown'),
  conclude: (f) =>
    f.objectionPeriod?.state === 'unknown' ? calendarGap : decidingProvision('CIVIL-CODE', f, twoYears),
});
