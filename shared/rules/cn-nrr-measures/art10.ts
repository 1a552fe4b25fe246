import { cite, conclude, defineRule, say } from '../define.js';
import { asked, cap, isWindowReason, REASON_TEXT, reasonEn, received, windowName, windowUntil } from '../messages.js';
import { enDate, zhDate } from '../time.js';

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
    `${cap(received(f).zh)}，${windowName(f).zh}已于${zhDate(f.window?.end ?? f.window?.last ?? f.requestDay)}届满，${asked(f).zh}，已超过期限，本店可以不予无理由退货。如商品存在质量问题，您仍可要求更换或修理。`,
    `${cap(received(f).en)}, so ${windowName(f).en} ended on ${enDate(f.window?.end ?? f.window?.last ?? f.requestDay)}. ${asked(f).en}, after it had ended, so the shop may decline a no-reason return. If the goods are defective you can still ask for an exchange or repair.`,
  ),
);
const notBegun = conclude('violated', () =>
  say(
    '商品尚未签收，七日无理由退货期自签收次日才开始计算，不存在“已超过退货期限”的情况，本店不能以此为由拒绝退货。',
    'The goods had not been signed for when you asked, and the seven-day no-reason period only starts the day after signing, so it cannot have expired; the shop cannot refuse on that ground.',
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

export const nrrArt10 = defineRule({
  id: 'cn.nrr-measures.art10',
  title: 'The no-reason window: seven days (or the promised longer period) from the day after signing',
  label: 'no-reason.window',
  regimes: ['no-reason'],
  outcomes: ['supports_refusal', 'violated', 'satisfied'],
  citations: [cite('CRPL', 25, 1), cite('NRR-MEASURES', 10, 1), cite('NRR-MEASURES', 10, 2)],
  applies: (f) => f.window !== null && f.window.state !== 'unknown',
  conclude: (f, reason) => {
    const state = f.window?.state;
    if (state === 'after') return isWindowReason(reason) ? expiredAllowed : lateOtherReason;
    if (!isWindowReason(reason)) return inTime;
    return state === 'not_begun' ? notBegun : expiredBlocked;
  },
});
