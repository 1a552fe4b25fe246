import type { RefusalReason } from '#schemas/check.js';
import { cite, conclude, defineRule, say } from '../define.js';
import {
  asked,
  askedOn,
  cap,
  receivedAndAsked,
  refuseOn,
  statedGround,
  WINDOW_REASONS,
  windowUntil,
} from '../messages.js';
import { enDate, zhDate } from '../time.js';
import type { Conclusion, Facts } from '../types.js';

/**
 * @law CRPL 24
 * 第二十四条 经营者提供的商品或者服务不符合质量要求的，消费者可以依照国家规定、当事人约定退货，或者要求经营者履行更换、修理等义务。没有国家规定和当事人约定的，消费者可以自收到商品之日起七日内退货；七日后符合法定解除合同条件的，消费者可以及时退货，不符合法定解除合同条件的，可以要求经营者履行更换、修理等义务。
 * 依照前款规定进行退货、更换、修理的，经营者应当承担运输等必要费用。
 * @endlaw
 *
 * Interpretation:
 * - Non-conforming goods (`quality_defect`, `not_as_described`, `wrong_item`, `damaged_in_transit`,
 *   `missing_parts`) follow this article, not the no-reason regime (NRR-MEASURES 35). The engine
 *   takes the consumer's kind of claim as the claim to be answered; whether the defect exists is what
 *   the stated reason disputes.
 * - Quality window: R+1 … R+7 ("自收到商品之日起七日内"), counted like every day period (CIVIL-CODE
 *   201, 203): a last day that is a statutory rest day moves to the next working day. This extends
 *   the consumer's time, never the shop's, so it fails closed. A request made before receipt falls
 *   inside the window (it has not begun).
 * - Inside the window, the seller must take the goods back and bear the transport costs (¶2), so
 *   every stated reason is BLOCK except: abuse and unlisted reasons (REVIEW, judged on evidence), and
 *   "quality claim unverified" (BLOCK when the no-reason right plainly holds as well, otherwise REVIEW:
 *   the defect itself is disputed, evidence from both sides, CRPL-REG 47).
 * - After the window the consumer may return only where the statutory conditions for rescinding the
 *   contract are met (CIVIL-CODE 563), otherwise ask for exchange or repair: refusing the return
 *   because the period has passed is lawful on condition of offering exchange or repair. Disputes
 *   about the defect, abuse, unlisted reasons, and a wrong item (which may defeat the contract's
 *   purpose) go to REVIEW. Any other reason is not a ground: BLOCK, restate the reason.
 * - THREE-GUARANTEES 10 (exchange or repair within 15 days of sale) is cited beside the conditional
 *   ALLOW when the item is covered by 三包 and the request lies within 15 days after `placedAt`.
 */
const KIND_TEXT: Record<Facts['kind'], { zh: string; en: string }> = {
  no_reason: { zh: '无理由退货', en: 'no-reason return' },
  quality_defect: { zh: '商品存在质量问题', en: 'the goods are defective' },
  not_as_described: { zh: '商品与描述不符', en: 'the goods are not as described' },
  wrong_item: { zh: '收到的商品发错了', en: 'the wrong item was sent' },
  damaged_in_transit: { zh: '商品在运输中损坏', en: 'the goods were damaged in transit' },
  missing_parts: { zh: '商品缺少部件', en: 'parts of the goods are missing' },
};

/**
 * The request against the quality window, to follow "您反映…，" / "You report …. ":
 * `于2026年4月5日提出退货，在签收之日起七日内（截至2026年4月9日）` /
 * `You asked to return the goods on 5 April 2026, within seven days of receipt (until 9 April 2026)`;
 * before signing, that the goods had not been signed for.
 */
export function qualityWindowText(f: Facts): { zh: string; en: string } {
  if (f.quality.state === 'not_begun')
    return { zh: `${askedOn(f).zh}，当时商品尚未签收`, en: `${asked(f).en}, before they were signed for` };
  const until = windowUntil(f, f.quality);
  return {
    zh: `${askedOn(f).zh}，在签收之日起七日内${until.zh}`,
    en: `${asked(f).en}, within seven days of receipt${until.en}`,
  };
}

function inWindowBlocked(tags: string[]) {
  return conclude(
    'violated',
    (f: Facts, reason: RefusalReason) =>
      say(
        `您反映${KIND_TEXT[f.kind].zh}，并${qualityWindowText(f).zh}。商品不符合质量要求的，您可以在签收后七日内退货，本店不能${refuseOn(reason).zh}，应当为您办理退货，并承担退货运费等必要费用。`,
        `You report that ${KIND_TEXT[f.kind].en}. ${qualityWindowText(f).en}. Goods that do not conform may be returned within seven days of receipt, so the shop cannot ${refuseOn(reason).en}; it must accept the return and pay the return shipping and other necessary costs.`,
      ),
    { actions: ['accept_return', 'seller_pays_return_shipping'], tags },
  );
}
/** The four tag combinations: ECL 20 (transit, the shop's carrier) and CIVIL-CODE 203 (extended days). */
export const IN_WINDOW_CONCLUSIONS = [
  inWindowBlocked([]),
  inWindowBlocked(['transit']),
  inWindowBlocked(['extension']),
  inWindowBlocked(['transit', 'extension']),
] as const;

/** Index into the tag combinations for these facts. */
export function inWindowVariant(f: Facts): 0 | 1 | 2 | 3 {
  const transit = f.kind === 'damaged_in_transit' && !f.request.order.consumerChoseCarrier ? 1 : 0;
  const extension = f.quality.inExtension ? 2 : 0;
  return (transit + extension) as 0 | 1 | 2 | 3;
}

/** The in-window conclusion for these facts (shared objects, no allocation per evaluation). */
export function inWindowConclusion(f: Facts) {
  return IN_WINDOW_CONCLUSIONS[inWindowVariant(f)];
}

export const crplArt24Para1 = defineRule({
  id: 'cn.crpl.art24.para1',
  title: 'Non-conforming goods may be returned within seven days of receipt; the seller bears the costs',
  label: 'non-conforming.in-window',
  regimes: ['non-conforming'],
  outcomes: ['violated'],
  citations: [
    cite('CRPL', 24, 1),
    cite('CRPL', 24, 2),
    cite('ECL', 20).when('transit'),
    cite('CIVIL-CODE', 203, 1).when('extension'),
  ],
  interpretation: [
    'Non-conforming goods (defective, not as described, wrong item, damaged in transit, parts missing) may be returned within seven days of receipt, counted from the day after receipt with the holiday extension; a request before receipt is inside the window. The seller takes them back and bears the transport costs (¶2): refusing is BLOCK.',
  ],
  applies: (f) => f.quality.state === 'inside' || f.quality.state === 'not_begun',
  conclude: (f) => inWindowConclusion(f),
});

const judgment = conclude('needs_review', (f, reason) =>
  say(
    `您反映${KIND_TEXT[f.kind].zh}，并${qualityWindowText(f).zh}。${statedGround(reason).zh}需要根据证据判断，将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。`,
    `You report that ${KIND_TEXT[f.kind].en}. ${qualityWindowText(f).en}. Whether ${statedGround(reason).en} holds has to be judged on the evidence, so compliance staff will review it before the shop answers you; until then your request is not refused.`,
  ),
);

export const crplArt24Para1Judgment = defineRule({
  id: 'cn.crpl.art24.para1.judgment',
  title: 'Inside the quality window, abuse and unlisted reasons are judged by people',
  label: 'non-conforming.in-window',
  exception: ['cn.crpl.art24.para1'],
  regimes: ['non-conforming'],
  reasons: ['abusive_return', 'other'],
  outcomes: ['needs_review'],
  citations: [cite('CRPL', 24, 1)],
  interpretation: [
    'Inside the quality window, a refusal because the return is abusive, or for a reason the law does not list, is judged on evidence by people: REVIEW.',
  ],
  applies: (f) => f.quality.state === 'inside' || f.quality.state === 'not_begun',
  conclude: () => judgment,
});

const disputed = conclude('needs_review', (f) =>
  say(
    `您反映${KIND_TEXT[f.kind].zh}，并${qualityWindowText(f).zh}。本店对您反映的问题是否存在有异议，需要双方提供证据（必要时可协商委托检测），将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。`,
    `You report that ${KIND_TEXT[f.kind].en}. ${qualityWindowText(f).en}. The shop disputes the problem you report, so evidence from both sides is needed (if necessary, an inspection you both agree on); compliance staff will review it before the shop answers you, and until then your request is not refused.`,
  ),
);

export const crplArt24Para1DisputedDefect = defineRule({
  id: 'cn.crpl.art24.para1.disputed-defect',
  title: 'Inside the quality window, a disputed defect is decided on evidence',
  label: 'non-conforming.in-window',
  exception: ['cn.crpl.art24.para1'],
  regimes: ['non-conforming'],
  reasons: ['quality_claim_unverified'],
  outcomes: ['needs_review'],
  citations: [cite('CRPL', 24, 1), cite('CRPL-REG', 47, 1)],
  interpretation: [
    'Inside the quality window, “the quality problem has not been verified” disputes the defect itself: evidence from both sides is needed (CRPL-REG 47), so REVIEW — unless the no-reason right plainly holds as well, when no defect is needed and the base rule blocks the refusal.',
  ],
  applies: (f) => (f.quality.state === 'inside' || f.quality.state === 'not_begun') && !f.noReasonRightHolds,
  conclude: () => disputed,
});

const rescission = conclude('needs_review', (f, reason) =>
  say(
    f.kind === 'wrong_item'
      ? `${receivedAndAsked(f).zh}，已超过签收后七日。您反映本店发错了商品，能否退货取决于是否因此不能实现购买目的，将由合规人员审核后答复您，在此之前本店不会拒绝您的申请。`
      : `${receivedAndAsked(f).zh}，已超过签收后七日。七日后能否退货，取决于是否符合法定的解除合同条件；${statedGround(reason).zh}也需要根据证据判断，将由合规人员审核后答复您，在此之前本店不会拒绝您的申请。`,
    f.kind === 'wrong_item'
      ? `${receivedAndAsked(f).en}, more than seven days later. You report that the wrong item was sent; whether you may return it depends on whether it defeats the purpose of your purchase, so compliance staff will review it before the shop answers you. Until then your request is not refused.`
      : `${receivedAndAsked(f).en}, more than seven days later. After seven days, a return depends on whether the legal conditions for ending the contract are met, and whether ${statedGround(reason).en} holds has to be judged on the evidence, so compliance staff will review it before the shop answers you. Until then your request is not refused.`,
  ),
);

export const crplArt24Para1Rescission = defineRule({
  id: 'cn.crpl.art24.para1.rescission',
  title: 'After seven days, a return depends on the statutory grounds for rescission',
  label: 'non-conforming.after-window',
  exception: ['cn.crpl.art24.para1.exchange-or-repair', 'cn.crpl.art24.para1.no-ground'],
  regimes: ['non-conforming'],
  outcomes: ['needs_review'],
  citations: [cite('CRPL', 24, 1), cite('CIVIL-CODE', 563, 1)],
  interpretation: [
    'After the seven days a return depends on whether the statutory grounds for rescinding the contract are met (CIVIL-CODE 563). Disputes about the defect, abuse, unlisted reasons, and a wrong item (which may defeat the purpose of the purchase) are judged on the facts: REVIEW.',
  ],
  applies: (f, reason) =>
    f.quality.state === 'after' &&
    (f.kind === 'wrong_item' ||
      reason === 'quality_claim_unverified' ||
      reason === 'abusive_return' ||
      reason === 'other'),
  conclude: () => rescission,
});

const exchangeOrRepair = (tags: string[]) =>
  conclude(
    'supports_refusal',
    (f: Facts) =>
      say(
        `${receivedAndAsked(f).zh}，已超过签收后七日的退货期限（截至${zhDate(f.quality.end ?? f.quality.last)}）。本店可以不予退货，但商品如确有质量问题，本店将依法为您更换或修理，并承担运输等必要费用。`,
        `${receivedAndAsked(f).en}, after the seven-day return period ended on ${enDate(f.quality.end ?? f.quality.last)}. The shop may decline the return, but if the goods are indeed defective, it will exchange or repair them and pay the transport and other necessary costs.`,
      ),
    { actions: ['offer_exchange_or_repair'], tags },
  );
const exchangePlain = exchangeOrRepair([]);
const exchangeWithThreeGuarantees = exchangeOrRepair(['tg10']);

export const crplArt24Para1ExchangeOrRepair = defineRule({
  id: 'cn.crpl.art24.para1.exchange-or-repair',
  title: 'After seven days: return may be declined on condition of exchange or repair',
  label: 'non-conforming.after-window',
  regimes: ['non-conforming'],
  reasons: [...WINDOW_REASONS],
  outcomes: ['supports_refusal'],
  citations: [cite('CRPL', 24, 1), cite('THREE-GUARANTEES', 10).when('tg10')],
  interpretation: [
    'After the seven days the consumer may ask for exchange or repair; refusing the return because the period has passed is lawful on condition that the shop offers exchange or repair. THREE-GUARANTEES 10 is cited as well when the item is under 三包 and the request lies within 15 days of the sale.',
  ],
  applies: (f) => f.quality.state === 'after',
  conclude: (f) =>
    f.request.item.threeGuarantees && f.withinFifteenDaysOfSale ? exchangeWithThreeGuarantees : exchangePlain,
});

const noGround = conclude('violated', (f, reason) =>
  say(
    `${receivedAndAsked(f).zh}。${statedGround(reason).zh}不是拒绝质量问题退货的法定理由，本店不能以此拒绝；如需拒绝，应以法律认可的理由重新说明，并依法提供更换或修理。`,
    `${receivedAndAsked(f).en}. ${cap(statedGround(reason).en)} is not a lawful ground for refusing the return of goods that do not conform, so the shop cannot use it; it has to state a ground the law recognises and offer exchange or repair as the law requires.`,
  ),
);

const noGroundRule = (conclusion: Conclusion) =>
  defineRule({
    id: 'cn.crpl.art24.para1.no-ground',
    title: 'After seven days, reasons other than the expired period are no ground',
    label: 'non-conforming.after-window',
    regimes: ['non-conforming'],
    outcomes: ['violated'],
    citations: [cite('CRPL', 24, 1)],
    interpretation: [
      'After the seven days, only the expired period can be a ground (and then on condition of exchange or repair); any other stated reason is no ground for refusing: BLOCK, restate the reason.',
    ],
    applies: (f, reason) =>
      f.quality.state === 'after' && reason !== 'return_window_expired' && reason !== 'after_sales_period_expired',
    conclude: () => conclusion,
  });

export const crplArt24Para1NoGround = noGroundRule(noGround);
/** r2: the consumer's message says what the law gives; what the shop must do is in the summary. */
const noGroundR2 = conclude('violated', (f, reason) =>
  say(
    `${receivedAndAsked(f).zh}。${statedGround(reason).zh}不是拒绝质量问题退货的法定理由，本店不能以此拒绝；商品确有质量问题的，您可以要求更换或修理。`,
    `${receivedAndAsked(f).en}. ${cap(statedGround(reason).en)} is not a lawful ground for refusing the return of goods that do not conform, so the shop cannot refuse on it; if the goods are defective, you can ask for an exchange or repair.`,
  ),
);

export const crplArt24Para1NoGroundR2 = noGroundRule(noGroundR2);
