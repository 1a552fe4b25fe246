import type { RefusalReason } from '#schemas/check.js';
import { BEFORE_CRPL_REG, cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { asked, askedWithin, daysEn, windowName, windowUntil } from '../messages.js';
import type { Conclusion, Facts } from '../types.js';

/**
 * @law CRPL-REG 12
 * 第十二条 经营者以商业宣传、产品推荐、实物展示或者通知、声明、店堂告示等方式提供商品或者服务，对商品或者服务的数量、质量、价格、售后服务、责任承担等作出承诺的，应当向购买商品或者接受服务的消费者履行其所承诺的内容。
 * @endlaw
 *
 * @law CRPL 16
 * 第十六条 经营者向消费者提供商品或者服务，应当依照本法和其他有关法律、法规的规定履行义务。
 * 经营者和消费者有约定的，应当按照约定履行义务，但双方的约定不得违背法律、法规的规定。
 * 经营者向消费者提供商品或者服务，应当恪守社会公德，诚信经营，保障消费者的合法权益；不得设定不公平、不合理的交易条件，不得强制交易。
 * @endlaw
 *
 * Interpretation:
 * - A promised no-reason window (`shopPolicy.returnWindowDays`) binds the shop. For orders placed
 *   before 2024-07-01 the older equivalent is cited: CRPL 16 ¶2 (agreements bind).
 * - Distance sales: a promise longer than seven days replaces seven (NRR-MEASURES 5 encourages it);
 *   a shorter promise leaves the statutory seven days.
 * - In store: any promise of at least one day creates a window of that length, counted like the
 *   statutory one (from the day after receipt, holiday extension included); a request inside it may
 *   not be refused on any ground (RULES.md §1). Goods not yet delivered: the window has not begun,
 *   so the request is inside it.
 * - A promise that covers statutorily excluded goods (`coversExcludedGoods`) does not say whether it
 *   also overrides a specific exclusion the consumer confirmed at purchase: REVIEW.
 */
const promiseBinds = conclude('violated', (f) =>
  say(
    `${asked(f).zh}，已超过法定七日，但仍在${windowName(f).zh}内${windowUntil(f).zh}。本店作出的承诺应当履行，不能以“已超过退货期限”为由拒绝，应当为您办理退货。`,
    `${asked(f).en}. That is after the statutory seven days but within ${windowName(f).en}${windowUntil(f).en}. The shop must keep its promise, so it cannot refuse because the return period has expired and must accept the return.`,
  ),
);

export const crplRegArt12 = defineRule({
  id: 'cn.crpl-reg.art12',
  title: 'A promised longer return window binds the shop',
  label: 'no-reason.window',
  exception: ['cn.nrr-measures.art10'],
  regimes: ['no-reason'],
  reasons: ['return_window_expired', 'after_sales_period_expired'],
  outcomes: ['violated'],
  citations: [cite('CRPL-REG', 12), cite('CRPL', 16, 2).until(BEFORE_CRPL_REG), cite('NRR-MEASURES', 5)],
  interpretation: [
    'A promised no-reason window longer than seven days (`shopPolicy.returnWindowDays`) binds the shop: a request after day 7 but inside the promise may not be refused as late. For orders placed before 2024-07-01 the older equivalent, CRPL 16 ¶2 (agreements bind), is cited.',
  ],
  applies: (f) => f.inPromiseDays,
  conclude: () => promiseBinds,
});

const inStorePromise = (tags: string[]) =>
  conclude(
    'violated',
    (f) =>
      say(
        `您在门店购买，本店承诺${f.windowDays}日内可无理由退货。${f.receiptDay === null ? '商品尚未交付，承诺的退货期尚未开始计算' : `${asked(f).zh}，仍在承诺期内${windowUntil(f).zh}`}。本店作出的承诺应当履行，不能拒绝您的退货申请。`,
        `You bought in the store and the shop promised no-reason returns within ${daysEn(f.windowDays)}. ${f.receiptDay === null ? 'The goods have not been handed over yet, so the promised period has not even begun' : `${asked(f).en}, within the promised period${windowUntil(f).en}`}. The shop must keep its promise and cannot refuse your return.`,
      ),
    { tags },
  );
const inStorePlain = inStorePromise([]);
const inStoreExtended = inStorePromise(['extension']);

export const crplRegArt12InStore = defineRule({
  id: 'cn.crpl-reg.art12.in-store',
  title: 'In store: a promised return window binds the shop',
  label: 'scope.in-store',
  exception: ['cn.crpl.art25.para1.in-store'],
  regimes: ['scope'],
  outcomes: ['violated'],
  citations: [
    cite('CRPL-REG', 12),
    cite('CRPL', 16, 2).until(BEFORE_CRPL_REG),
    cite('CIVIL-CODE', 203, 1).when('extension'),
  ],
  applies: (f) => f.consumer && !f.distance && isOpen(f.window),
  conclude: (f) => (f.window?.inExtension ? inStoreExtended : inStorePlain),
});

const promiseVsConfirmation = conclude('needs_review', (f) =>
  say(
    `${askedWithin(f).zh}。您购买时确认过该商品不适用无理由退货，但本店另有承诺：依法不适用无理由退货的商品也可以退货。该承诺是否涵盖本商品需要人工判断，将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。`,
    `${askedWithin(f).en}. You confirmed at purchase that the item is not returnable, but the shop also promised to take back even goods the law excludes. Whether that promise covers this item needs a person's judgment, so compliance staff will review it before the shop answers you; until then your request is not refused.`,
  ),
);

export const crplRegArt12PromiseVsConfirmation = defineRule({
  id: 'cn.crpl-reg.art12.promise-vs-confirmation',
  title: 'A promise covering excluded goods against an exclusion confirmed at purchase: review',
  label: 'no-reason.confirmed-exclusion',
  exception: ['cn.crpl.art25.para2'],
  regimes: ['no-reason'],
  reasons: ['confirmed_non_returnable'],
  outcomes: ['needs_review'],
  citations: [cite('CRPL-REG', 12), cite('CRPL', 16, 2).until(BEFORE_CRPL_REG), cite('CRPL', 25, 2)],
  interpretation: [
    'A promise that covers statutorily excluded goods (`coversExcludedGoods`) does not say whether it also overrides an exclusion the consumer validly confirmed at purchase: the two conflict, so REVIEW.',
  ],
  applies: (f) => isOpen(f.window) && f.confirmation.valid && f.request.order.shopPolicy?.coversExcludedGoods === true,
  conclude: () => promiseVsConfirmation,
});

/**
 * Revision r2 (RULES.md §1, "Revision r2" 6): an in-store sale has no statutory no-reason right; a
 * shop promise that covers the request creates one, and §3's tests are its content — including the
 * statutory exclusions, unless the promise also covers excluded goods. The pack judges the request by
 * §3 and reports the result through this rule, which cites only the promise provision: CRPL 25, the
 * NRR-MEASURES and PENALTY-MEASURES 9 govern distance sales, not shops. The rule never applies by
 * itself (`applies` is false): `cn/pack.ts` builds its conclusion from §3's answer.
 */
export const crplRegArt12InStoreR2 = defineRule({
  id: 'cn.crpl-reg.art12.in-store',
  title: 'In store: a promised return window binds the shop, with the content of the no-reason rules',
  label: 'scope.in-store',
  exception: ['cn.crpl.art25.para1.in-store'],
  regimes: ['scope'],
  outcomes: ['supports_refusal', 'needs_review', 'violated'],
  citations: [cite('CRPL-REG', 12), cite('CRPL', 16, 2).until(BEFORE_CRPL_REG)],
  interpretation: [
    'R is the delivery date, or the date of `placedAt` when there is none.',
    'The verdict, required actions and message are those §3 gives a distance sale with the same promise; the statutory exclusions hold unless `shopPolicy.coversExcludedGoods`.',
  ],
  applies: () => false,
  conclude: () => {
    throw new Error('cn.crpl-reg.art12.in-store is concluded by the pack');
  },
});

/** The in-store promise's conclusion for §3's answer, with §3's deciding message and actions. */
export function inStorePromiseConclusion(
  outcome: 'supports_refusal' | 'needs_review' | 'violated',
  deciding: readonly Conclusion[],
  f: Facts,
  reason: RefusalReason,
): Conclusion {
  const actions = [...new Set(deciding.flatMap((c) => c.actions ?? []))];
  const alternatives = [...new Set(deciding.flatMap((c) => c.alternatives ?? []))];
  const messages = deciding.map((c) => c.message(f, reason));
  return conclude(
    outcome,
    () =>
      say(
        `您在门店购买，本店承诺${f.windowDays}日内可无理由退货，这一承诺按照无理由退货的法定规则履行。${messages.map((m) => m.zh).join('')}`,
        `You bought in the store, and the shop promised no-reason returns within ${daysEn(f.windowDays)}; that promise is kept on the same terms as statutory no-reason returns. ${messages.map((m) => m.en).join(' ')}`,
      ),
    { actions, alternatives },
  );
}
