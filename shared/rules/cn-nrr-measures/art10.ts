import type { RefusalReason } from '#schemas/check.js';
import { BEFORE_CRPL_REG, cite, conclude, defineRule, say } from '../define.js';
import {
  asked,
  askedOn,
  cap,
  isWindowReason,
  REASON_TEXT,
  reasonEn,
  received,
  statedGround,
  windowName,
  windowUntil,
} from '../messages.js';
import { enDate, zhDate } from '../time.js';
import type { Conclusion, Facts } from '../types.js';

/**
 * @law NRR-MEASURES 10
 * 第十条 选择无理由退货的消费者应当自收到商品之日起七日内向网络商品销售者发出退货通知。
 * 七日期间自消费者签收商品的次日开始起算。
 * @endlaw
 *
 * Interpretation:
 * - The window counts from the day after signing (¶2; CIVIL-CODE 201): days R+1 … R+N, N = 7 or a
 *   longer promise; the last day ends at 24:00 China Standard Time (CIVIL-CODE 203 ¶2) and moves
 *   past statutory rest days (CIVIL-CODE 203 ¶1, see cn.civil-code.art203.para1).
 * - The consumer's notice counts (¶1): the request is in time when `requestedAt` falls on or before
 *   the last day, whatever happens afterwards.
 * - Not yet delivered (or requested before signing): the period has not begun, so "the window has
 *   expired" is false (BLOCK) and other reasons are judged as inside the window.
 * - After the window, only `return_window_expired` and `after_sales_period_expired` are lawful
 *   grounds; any other stated reason is BLOCK with `restate_reason`. Inside it, both are BLOCK
 *   (RULES.md §3.2 lists no rule for `after_sales_period_expired`; it is judged like
 *   `return_window_expired`, its obvious twin).
 * - For any other reason inside the window this rule only records, as `satisfied`, that the request
 *   was in time; the reason's own rule decides.
 * - Before 2017-03-15 the measures were not in force: CRPL 25 ¶1 is cited alone.
 */
const expiredAllowed = conclude('supports_refusal', (f) =>
  say(
    `${received(f).zh}，${windowName(f).zh}已于${zhDate(f.window?.end ?? f.window?.last ?? f.requestDay)}届满，而您${askedOn(f).zh}时已超过期限，本店可以不予无理由退货。如商品存在质量问题，您仍可要求更换或修理。`,
    `${cap(received(f).en)}, so ${windowName(f).en} ended on ${enDate(f.window?.end ?? f.window?.last ?? f.requestDay)}. ${asked(f).en}, after it had ended, so the shop may decline a no-reason return. If the goods are defective, you can still ask for an exchange or repair.`,
  ),
);
const notBegun = conclude('violated', (f) =>
  say(
    `您提出退货时商品尚未签收，${windowName(f).zh}自签收次日才开始计算，不存在“已超过退货期限”的情况，本店不能以此为由拒绝退货。`,
    `The goods had not been signed for when you asked, and ${windowName(f).en} only starts the day after signing, so it cannot have expired; the shop cannot refuse on that ground.`,
  ),
);
const expiredBlocked = conclude('violated', (f, reason) =>
  say(
    `${asked(f).zh}，仍在${windowName(f).zh}内${windowUntil(f).zh}，本店不能以${REASON_TEXT[reason].zh}为由拒绝，应当为您办理退货。`,
    `${asked(f).en}, still within ${windowName(f).en}${windowUntil(f).en}, so the shop cannot refuse on the ground that ${reasonEn(reason)} and must accept the return.`,
  ),
);
const lateOtherReason = conclude('violated', (f, reason) =>
  say(
    `${asked(f).zh}，已超过${windowName(f).zh}（${zhDate(f.window?.end ?? f.window?.last ?? f.requestDay)}届满）。本店提出的${REASON_TEXT[reason].zh}并不是本案可以依据的拒绝理由；如拒绝，应当以“已超过退货期限”为由向您说明。`,
    `${asked(f).en}, after ${windowName(f).en} ended on ${enDate(f.window?.end ?? f.window?.last ?? f.requestDay)}. The shop's stated ground (${reasonEn(reason)}) is not the ground that applies here; a refusal has to say that the return period has expired.`,
  ),
);
const inTime = conclude('satisfied', (f) =>
  f.window?.state === 'not_begun'
    ? say(
        '您在签收商品前即提出退货，七日无理由退货期尚未开始计算，退货申请未超过期限。',
        'You asked to return the goods before signing for them; the seven-day period had not begun, so the request is in time.',
      )
    : say(
        `${asked(f).zh}，在${windowName(f).zh}内${windowUntil(f).zh}。`,
        `${asked(f).en}, within ${windowName(f).en}${windowUntil(f).en}.`,
      ),
);

/** The window rule; r2 words the late-other-reason and in-time findings differently. */
const windowRule = (late: Conclusion, inTimeFinding: Conclusion, interpretation: readonly string[] = []) =>
  defineRule({
    id: 'cn.nrr-measures.art10',
    title: 'The no-reason window: seven days (or the promised longer period) from the day after signing',
    label: 'no-reason.window',
    regimes: ['no-reason'],
    outcomes: ['supports_refusal', 'violated', 'satisfied'],
    citations: [cite('CRPL', 25, 1), cite('NRR-MEASURES', 10, 1), cite('NRR-MEASURES', 10, 2)],
    interpretation,
    applies: (f) => f.window !== null && f.window.state !== 'unknown',
    conclude: (f, reason) => {
      const state = f.window?.state;
      if (state === 'after') return isWindowReason(reason) ? expiredAllowed : late;
      if (!isWindowReason(reason)) return inTimeFinding;
      return state === 'not_begun' ? notBegun : expiredBlocked;
    },
  });

export const nrrArt10 = windowRule(lateOtherReason, inTime);

/*
 * Revision r2 (RULES.md §3.1, "Revision r2" 4): after the window, a stated reason that §3.2–§3.4 would
 * ALLOW stays lawful (the pack judges it as inside the window and lets its ALLOW stand); any other
 * stated reason is BLOCK with `restate_reason`, alternative `return_window_expired`. The message speaks
 * to the consumer only; what the shop must do is in the decision's summary.
 */
const lateOtherReasonR2 = conclude('violated', (f, reason) =>
  say(
    `${asked(f).zh}，已超过${windowName(f).zh}（${zhDate(f.window?.end ?? f.window?.last ?? f.requestDay)}届满），但${statedGround(reason).zh}并不成立，不能作为拒绝退货的理由。`,
    `${asked(f).en}, after ${windowName(f).en} ended on ${enDate(f.window?.end ?? f.window?.last ?? f.requestDay)}, but ${statedGround(reason).en} does not hold, so it cannot be the reason for refusing.`,
  ),
);

/** r2: a finding that does not decide is a note, not a second copy of the consumer message. */
const inTimeNote = conclude('satisfied', (f) =>
  f.window?.state === 'not_begun'
    ? say(
        `退货申请是在签收商品前提出的，当时${windowName(f).zh}尚未开始计算，申请没有超过期限。`,
        `The request was made before the goods were signed for, when ${windowName(f).en} had not yet begun, so it is in time.`,
      )
    : say(
        `退货申请于${zhDate(f.requestDay)}提出，在${windowName(f).zh}内${windowUntil(f).zh}。`,
        `The request was made on ${enDate(f.requestDay)}, within ${windowName(f).en}${windowUntil(f).en}.`,
      ),
);

export const nrrArt10R2 = windowRule(lateOtherReasonR2, inTimeNote, [
  'The window counts from the day after signing (¶2; CIVIL-CODE 201): days R+1 … R+N, N = 7 or a longer promise; the last day ends at 24:00 China Standard Time and moves past statutory rest days (CIVIL-CODE 203).',
  'The consumer’s notice counts (¶1): the request is in time when `requestedAt` falls on or before the last day.',
  'After the window: `return_window_expired` and `after_sales_period_expired` are lawful grounds; a reason §3.2–§3.4 would ALLOW stays lawful (r2); any other reason is BLOCK, restate as `return_window_expired`.',
  'Inside the window (or before it began): both window reasons are BLOCK.',
]);

/** The kind of goods a before-delivery review is about, named for the consumer. */
const BEFORE_DELIVERY_KIND: Partial<Record<RefusalReason, { zh: string; en: string }>> = {
  custom_made: { zh: '定作商品', en: 'made-to-order goods' },
  perishable: { zh: '鲜活易腐商品', en: 'perishable goods' },
  confirmed_non_returnable: {
    zh: '您购买时已确认不适用无理由退货的商品',
    en: 'goods you confirmed at purchase as not returnable',
  },
};
const beforeDeliveryKind = (reason: RefusalReason) =>
  BEFORE_DELIVERY_KIND[reason] ?? { zh: '这类商品', en: 'goods of this kind' };

/**
 * @law CIVIL-CODE 787
 * 第七百八十七条 定作人在承揽人完成工作前可以随时解除合同，造成承揽人损失的，应当赔偿损失。
 * @endlaw
 *
 * Revision r2 (RULES.md §3.1, "Revision r2" 5): before delivery the seven days have not begun. An
 * exclusion that rests on the goods' nature at delivery cannot be settled yet: made-to-order goods
 * (the consumer may still end the contract, answering for the seller's loss, CIVIL-CODE 787),
 * perishable goods, and goods confirmed as near-expiry or with a disclosed defect → REVIEW. Exclusions
 * that need something done to the goods — downloaded or unsealed digital goods, periodicals delivered,
 * an unsealing, activation or trial — cannot apply before delivery → BLOCK. A promise that covers
 * excluded goods makes every statutory exclusion BLOCK.
 */
const beforeDeliveryReview = conclude('needs_review', (f, reason) =>
  say(
    `${asked(f).zh}时，商品尚未签收。${beforeDeliveryKind(reason).zh}在交付前能否退货、您是否需要赔偿本店因此受到的损失，取决于具体情况，将由合规人员审核后答复您，在此之前本店不会拒绝您的申请。`,
    `${asked(f).en}, before they were signed for. Whether ${beforeDeliveryKind(reason).en} can be returned before delivery, and whether you would then have to make good the shop's loss, depends on the circumstances, so compliance staff will review it before the shop answers you; until then your request is not refused.`,
  ),
);
const beforeDeliveryBlocked = conclude('violated', (f, reason) =>
  say(
    `${asked(f).zh}时，商品尚未签收，${REASON_TEXT[reason].zh}这一理由所依据的情形（下载、拆封、交付或激活、试用）还没有发生，本店不能以此为由拒绝。`,
    `${asked(f).en}, before they were signed for, so what this ground requires (a download, an unsealing, the delivery itself, or an activation or trial) has not happened yet, and the shop cannot refuse on the ground that ${reasonEn(reason)}.`,
  ),
);
const beforeDeliveryPromised = conclude('violated', (f, reason) =>
  say(
    `${asked(f).zh}时，商品尚未签收，而且本店承诺依法不适用无理由退货的商品也可以退货，因此本店不能以${REASON_TEXT[reason].zh}为由拒绝。`,
    `${asked(f).en}, before they were signed for, and the shop promised to take back even goods the law excludes, so it cannot refuse on the ground that ${reasonEn(reason)}.`,
  ),
);

/** Which exclusions the facts show, and whether they can be settled before delivery. */
function beforeDeliveryOutcome(f: Facts, reason: RefusalReason): 'review' | 'block' | undefined {
  const item = f.request.item;
  switch (reason) {
    case 'custom_made':
      return item.customMade ? 'review' : undefined;
    case 'perishable':
      return item.perishable ? 'review' : undefined;
    case 'digital_downloaded_or_unsealed':
    case 'newspaper_periodical':
      return 'block';
    case 'confirmed_non_returnable': {
      const basis = item.nonReturnable?.basis;
      if (!f.confirmation.marked || basis === 'other' || !f.confirmation.explicit || !f.confirmation.atPurchase)
        return undefined; // the confirmation itself fails: the confirmation rules decide
      return basis === 'near_expiry_disclosed' || basis === 'defect_disclosed' ? 'review' : 'block';
    }
    default:
      return undefined;
  }
}

export const nrrArt10BeforeDeliveryR2 = defineRule({
  id: 'cn.nrr-measures.art10.before-delivery',
  title: 'Before delivery: exclusions that rest on the delivered goods cannot be settled yet',
  label: 'no-reason.before-delivery',
  exception: [
    'cn.crpl.art25.para1.item1',
    'cn.crpl.art25.para1.item2',
    'cn.crpl.art25.para1.item3',
    'cn.crpl.art25.para1.item4',
    'cn.crpl.art25.para2',
    'cn.nrr-measures.art7',
    'cn.spc-online-1.art2',
    'cn.crpl-reg.art12.promise-vs-confirmation',
  ],
  regimes: ['no-reason'],
  reasons: [
    'custom_made',
    'perishable',
    'digital_downloaded_or_unsealed',
    'newspaper_periodical',
    'confirmed_non_returnable',
  ],
  outcomes: ['needs_review', 'violated'],
  citations: [
    cite('NRR-MEASURES', 10, 2),
    cite('CRPL', 25, 1),
    // The exclusion at stake, and what settles it: the promise, or the law of made-to-order contracts.
    cite('NRR-MEASURES', 6, 1, 1).when('custom_made'),
    cite('NRR-MEASURES', 6, 1, 2).when('perishable'),
    cite('NRR-MEASURES', 6, 1, 3).when('digital_downloaded_or_unsealed'),
    cite('NRR-MEASURES', 6, 1, 4).when('newspaper_periodical'),
    cite('NRR-MEASURES', 7).when('confirmed_non_returnable'),
    cite('CIVIL-CODE', 787).when('made-to-order'),
    cite('SPC-ONLINE-1', 2).when('promise'),
    cite('CRPL-REG', 12).when('promise'),
    cite('CRPL', 16, 2).until(BEFORE_CRPL_REG).when('promise'),
  ],
  interpretation: [
    'Applies only while `deliveredAt` is null (no delivery recorded either).',
    '`custom_made` (when `item.customMade`), `perishable` (when `item.perishable`), and a valid confirmation on a near-expiry or disclosed-defect basis: REVIEW (CIVIL-CODE 787 cited for made-to-order goods, from 2021-01-01).',
    '`digital_downloaded_or_unsealed`, `newspaper_periodical`, and a confirmation on an unsealing, activation or trial basis: BLOCK.',
    'With `shopPolicy.coversExcludedGoods`, every statutory exclusion: BLOCK.',
  ],
  applies: (f, reason) => f.delivered === null && beforeDeliveryOutcome(f, reason) !== undefined,
  conclude: (f, reason) => {
    const covers = f.request.order.shopPolicy?.coversExcludedGoods === true;
    if (covers && reason !== 'confirmed_non_returnable') return beforeDeliveryConclusion('promised', reason);
    if (beforeDeliveryOutcome(f, reason) === 'block') return beforeDeliveryConclusion('blocked', reason);
    return beforeDeliveryConclusion('review', reason);
  },
});

/** One conclusion per outcome and stated reason, built once: the tags pick the citations. */
const BEFORE_DELIVERY = new Map<string, Conclusion>();
function beforeDeliveryConclusion(kind: 'promised' | 'blocked' | 'review', reason: RefusalReason): Conclusion {
  const key = `${kind}:${reason}`;
  let conclusion = BEFORE_DELIVERY.get(key);
  if (!conclusion) {
    const base = { promised: beforeDeliveryPromised, blocked: beforeDeliveryBlocked, review: beforeDeliveryReview }[
      kind
    ];
    const tags: string[] = [reason];
    if (kind === 'promised') tags.push('promise');
    if (kind === 'review' && reason === 'custom_made') tags.push('made-to-order');
    conclusion = conclude(base.outcome, base.message, { tags });
    BEFORE_DELIVERY.set(key, conclusion);
  }
  return conclusion;
}
