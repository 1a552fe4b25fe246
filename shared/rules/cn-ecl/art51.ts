import { cite, conclude, defineRule, say } from '../define.js';
import { cstMinute, dayOf, enDate, zhDate } from '../time.js';

/** `2026年3月30日 10:00` / `30 March 2026, 10:00` (China Standard Time), from `cstMinute`'s `2026-03-30 10:00`. */
function minuteText(instantMs: number): { zh: string; en: string } {
  const text = cstMinute(instantMs);
  const [date = '', time = ''] = text.split(' ');
  const day = dayOf(date);
  if (!Number.isFinite(day)) return { zh: text, en: text };
  return { zh: `${zhDate(day)} ${time}`, en: `${enDate(day)}, ${time}` };
}

/**
 * @law ECL 51
 * 第五十一条 合同标的为交付商品并采用快递物流方式交付的，收货人签收时间为交付时间。合同标的为提供服务的，生成的电子凭证或者实物凭证中载明的时间为交付时间；前述凭证没有载明时间或者载明时间与实际提供服务时间不一致的，实际提供服务的时间为交付时间。
 * 合同标的为采用在线传输方式交付的，合同标的进入对方当事人指定的特定系统并且能够检索识别的时间为交付时间。
 * 合同当事人对交付方式、交付时间另有约定的，从其约定。
 * @endlaw
 *
 * Interpretation:
 * - The signing time is the delivery time (¶1). A delivery time recorded from the order system's
 *   webhook wins over `order.deliveredAt` in the request (RULES.md "Time"); when both exist and name
 *   different instants, a `satisfied` finding says which one was used.
 * - Facts that contradict each other — delivered before the order was placed, or a return requested
 *   before the order was placed — cannot be judged safely: REVIEW.
 */
const conflict = conclude('satisfied', (f) =>
  say(
    `订单系统记录的签收时间为${minuteText(f.recordedDelivered ?? 0).zh}（北京时间），与申请中填写的${minuteText(f.requestDelivered ?? 0).zh}不一致；退货期限按订单系统记录的签收时间计算。`,
    `The order system recorded the signing time as ${minuteText(f.recordedDelivered ?? 0).en} (China Standard Time), not ${minuteText(f.requestDelivered ?? 0).en} as given in the request; the return periods are counted from the recorded time.`,
  ),
);

export const eclArt51DeliveryTime = defineRule({
  id: 'cn.ecl.art51.delivery-time',
  title: 'The recorded signing time is the delivery time',
  label: 'notice.delivery-time',
  regimes: ['notice'],
  outcomes: ['satisfied'],
  citations: [cite('ECL', 51, 1)],
  interpretation: [
    'The signing time is the delivery time (¶1). A delivery time recorded from the order system’s webhook wins over `order.deliveredAt` in the request; when both exist and differ, this finding says which one was used. It informs and never decides.',
  ],
  applies: (f) => f.deliveryConflict,
  conclude: () => conflict,
});

const inconsistent = conclude('needs_review', (f) =>
  say(
    f.delivered !== null && f.delivered < f.placed
      ? `记录的签收时间（${minuteText(f.delivered).zh}）早于下单时间（${minuteText(f.placed).zh}），时间信息相互矛盾，将由合规人员核实后答复您，在此之前本店不会拒绝您的退货申请。`
      : `退货申请时间早于下单时间，或时间信息无法识别，将由合规人员核实后答复您，在此之前本店不会拒绝您的退货申请。`,
    f.delivered !== null && f.delivered < f.placed
      ? `The recorded signing time (${minuteText(f.delivered).en}) is earlier than the order time (${minuteText(f.placed).en}). The dates contradict each other, so compliance staff will check them before the shop answers you; until then your request is not refused.`
      : 'The return request is dated before the order was placed, or a date cannot be read, so compliance staff will check the dates before the shop answers you; until then your request is not refused.',
  ),
);

export const eclArt51Chronology = defineRule({
  id: 'cn.ecl.art51.chronology',
  title: 'Contradictory times (delivery or request before the order) are reviewed',
  label: 'precondition.chronology',
  regimes: ['precondition'],
  outcomes: ['needs_review'],
  citations: [cite('ECL', 51, 1)],
  interpretation: [
    'Times that contradict each other — delivered before the order was placed, a return requested before the order, or a time that cannot be read — cannot be judged safely: REVIEW, whatever the stated reason.',
  ],
  applies: (f) =>
    Number.isNaN(f.placed) ||
    Number.isNaN(f.requested) ||
    f.requested < f.placed ||
    (f.delivered !== null && (Number.isNaN(f.delivered) || f.delivered < f.placed)),
  conclude: () => inconsistent,
});
