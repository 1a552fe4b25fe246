import { cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { askedWithin, cap, REASON_TEXT, refuseOn } from '../messages.js';
import { enDate, zhDate } from '../time.js';
import type { Facts } from '../types.js';

/**
 * @law CRPL 25
 * 第二十五条 经营者采用网络、电视、电话、邮购等方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由，但下列商品除外:
 * （一）消费者定作的；
 * （二）鲜活易腐的；
 * （三）在线下载或者消费者拆封的音像制品、计算机软件等数字化商品；
 * （四）交付的报纸、期刊。
 * 除前款所列商品外，其他根据商品性质并经消费者在购买时确认不宜退货的商品，不适用无理由退货。
 * 消费者退货的商品应当完好。经营者应当自收到退回商品之日起七日内返还消费者支付的商品价款。退回商品的运费由消费者承担；经营者和消费者另有约定的，按照约定。
 * @endlaw
 *
 * Interpretation:
 * - ¶1 gives the right to distance sales only ("网络、电视、电话、邮购等方式"); `tv`, `phone` and
 *   `mail_order` count as distance sales like `online` (NRR-MEASURES 36). An in-store sale has no
 *   statutory no-reason right; only a shop promise can give one (see cn.crpl-reg.art12.in-store).
 * - The right exists for orders placed on or after 2014-03-15, when the 2013 revision took effect.
 *   Earlier orders get REVIEW: the project holds no ruleset for them.
 * - ¶1 items (1)–(4) are four separate exclusion rules; each ALLOWs a refusal on its own ground only
 *   when the item's own facts show it (`customMade`, `perishable`, `digital` downloaded or unsealed,
 *   category `newspapers_periodicals`). A shop promise covering excluded goods overrides them
 *   (cn.spc-online-1.art2).
 * - No reason is needed for a no-reason return, so "the quality claim is unverified" is never a
 *   ground while the right plainly holds (cn.crpl.art25.para1.no-defect-needed). "Plainly holds"
 *   also requires that nothing suggests the goods are not intact; otherwise the row falls back to REVIEW.
 * - ¶2 (exclusion by confirmation at purchase) is a base rule that ALLOWs only when all four
 *   conditions of RULES.md §3.3 hold; each failed condition is its own exception, so the finding names
 *   exactly what is missing. "At purchase" means `confirmedAt` not after `placedAt`.
 * - A stated reason of `other` is never decided automatically (REVIEW).
 */
export const crplArt25TemporalScope = defineRule({
  id: 'cn.crpl.art25.temporal-scope',
  title: 'No ruleset in force: order placed before the 2013 revision of the CRPL took effect',
  label: 'law-in-force',
  regimes: ['precondition'],
  outcomes: ['needs_review'],
  effectiveFrom: '1900-01-01',
  effectiveTo: '2014-03-14',
  citations: [cite('CRPL', 25, 1)],
  interpretation: [
    'Only the no-reason right of CRPL 25 (from 2014-03-15) is modelled; earlier orders are left to people.',
    'Nothing is cited: no provision the project quotes was in force when the order was placed.',
  ],
  applies: () => true,
  conclude: () =>
    conclude('needs_review', (f) =>
      say(
        `该订单下单于${zhDate(f.placedDay)}，早于修订后的《消费者权益保护法》施行之日（2014年3月15日），当时法律尚无七日无理由退货的规定。您的申请将由合规人员按当时的法律审核后答复您，在此之前本店不会拒绝您的申请。`,
        `This order was placed on ${enDate(f.placedDay)}, before the revised Consumer Rights Protection Law took effect on 15 March 2014, when the law did not yet provide for seven-day no-reason returns. Compliance staff will review your request under the law of the time before the shop answers you; until then your request is not refused.`,
      ),
    ),
});

const inStoreAllowed = conclude('supports_refusal', () =>
  say(
    `您是在实体门店购买的商品，七日无理由退货仅适用于网络、电视、电话、邮购等远程销售方式，本店也未就此作出无理由退货承诺，因此本店可以不予无理由退货。如商品存在质量问题，您仍可依法要求退货、更换或修理。`,
    `You bought the goods in the store. Seven-day no-reason returns apply only to goods bought online, by TV, by telephone or by mail order, and the shop did not promise no-reason returns for this purchase, so it may decline a no-reason return. If the goods are defective, you can still ask for a return, exchange or repair as the law provides.`,
  ),
);

export const crplArt25Para1InStore = defineRule({
  id: 'cn.crpl.art25.para1.in-store',
  title: 'The no-reason right covers distance sales only',
  label: 'scope.in-store',
  regimes: ['scope'],
  outcomes: ['supports_refusal'],
  citations: [cite('CRPL', 25, 1), cite('NRR-MEASURES', 36)],
  interpretation: [
    'The statutory no-reason right covers distance sales only (online, TV, phone, mail order). A consumer who bought in store, with no shop promise covering the request, has no no-reason right: the refusal is lawful.',
  ],
  applies: (f) => f.consumer && !f.distance && f.kind === 'no_reason',
  conclude: () => inStoreAllowed,
});

const EXCLUSIONS = [
  {
    item: 1,
    interpretation:
      'Made to the consumer’s own specification (`customMade`): refusing a no-reason return is lawful. Choosing a standard size or colour is not custom-making; without the fact the refusal is BLOCK.',
    reason: 'custom_made',
    title: 'Excluded: goods made to the consumer’s specification (定作)',
    holds: (f: Facts) => f.request.item.customMade,
    zhYes: '该商品是按您的要求定作的商品',
    enYes: 'the item was made to your own specification',
    zhNo: '该商品并非按您的个人要求定作（标准尺码、颜色等选项不属于定作）',
    enNo: 'the item was not made to your own specification (choosing a standard size or colour is not custom-making)',
  },
  {
    item: 2,
    interpretation:
      'Fresh, live or perishable goods (`perishable`): refusing a no-reason return is lawful; otherwise the refusal on this ground is BLOCK.',
    reason: 'perishable',
    title: 'Excluded: fresh, live and perishable goods (鲜活易腐)',
    holds: (f: Facts) => f.request.item.perishable,
    zhYes: '该商品属于鲜活易腐商品',
    enYes: 'the item is fresh, live or perishable',
    zhNo: '该商品不属于鲜活易腐商品',
    enNo: 'the item is not fresh, live or perishable',
  },
  {
    item: 3,
    interpretation:
      'Digital goods (audio-visual media, software and the like) that were downloaded online or unsealed by the consumer: refusing is lawful; otherwise the refusal on this ground is BLOCK.',
    reason: 'digital_downloaded_or_unsealed',
    title: 'Excluded: digital goods downloaded online or unsealed by the consumer',
    holds: (f: Facts) =>
      f.request.item.digital !== null && (f.request.item.digital.downloaded || f.request.item.digital.unsealed),
    zhYes: '该数字化商品已在线下载或已由您拆封',
    enYes: 'the digital item has been downloaded or you unsealed it',
    zhNo: '该商品不是已下载或已拆封的音像制品、计算机软件等数字化商品',
    enNo: 'the item is not a digital product (audio-visual media, software and the like) that was downloaded or unsealed',
  },
  {
    item: 4,
    interpretation:
      'Newspapers and periodicals that have been delivered (category `newspapers_periodicals`): refusing is lawful; otherwise the refusal on this ground is BLOCK.',
    reason: 'newspaper_periodical',
    title: 'Excluded: newspapers and periodicals delivered',
    holds: (f: Facts) => f.category === 'newspapers_periodicals',
    zhYes: '该商品是已交付的报纸、期刊',
    enYes: 'the item is a newspaper or periodical that has been delivered',
    zhNo: '该商品不是报纸、期刊',
    enNo: 'the item is not a newspaper or periodical',
  },
] as const;

function exclusionRule(spec: (typeof EXCLUSIONS)[number]) {
  const allowed = conclude('supports_refusal', () =>
    say(
      `${spec.zhYes}，依法不适用七日无理由退货，本店可以不予无理由退货。如商品存在质量问题，您仍可要求退货、更换或修理。`,
      `${cap(spec.enYes)}, so by law it is not covered by seven-day no-reason returns and the shop may decline a no-reason return. If the item is defective, you can still ask for a return, exchange or repair.`,
    ),
  );
  const blocked = conclude('violated', (f) =>
    say(
      `${spec.zhNo}，本店不能${refuseOn(spec.reason).zh}退货。${askedWithin(f).zh}，本店应当为您办理退货。`,
      `${cap(spec.enNo)}, so the shop cannot ${refuseOn(spec.reason).en}. ${askedWithin(f).en}, and the shop must accept the return.`,
    ),
  );
  return defineRule({
    id: `cn.crpl.art25.para1.item${spec.item}`,
    title: spec.title,
    label: 'no-reason.statutory-exclusion',
    regimes: ['no-reason'],
    reasons: [spec.reason],
    outcomes: ['supports_refusal', 'violated'],
    citations: [cite('CRPL', 25, 1, spec.item), cite('NRR-MEASURES', 6, 1, spec.item)],
    interpretation: [spec.interpretation],
    applies: (f) => isOpen(f.window),
    conclude: (f) => (spec.holds(f) ? allowed : blocked),
  });
}

export const crplArt25Para1Item1 = exclusionRule(EXCLUSIONS[0]);
export const crplArt25Para1Item2 = exclusionRule(EXCLUSIONS[1]);
export const crplArt25Para1Item3 = exclusionRule(EXCLUSIONS[2]);
export const crplArt25Para1Item4 = exclusionRule(EXCLUSIONS[3]);

/** Whether the item's facts show the statutory exclusion named by `reason` (for cn.spc-online-1.art2). */
export function statutoryExclusionHolds(f: Facts, reason: string): boolean {
  const spec = EXCLUSIONS.find((e) => e.reason === reason);
  return spec ? spec.holds(f) : false;
}

/** The item is returnable without a reason, so an unverified defect is no ground: accept it. */
const mustAccept = (f: Facts) =>
  say(
    `七日无理由退货无需说明理由，也无需证明商品存在质量问题。${askedWithin(f).zh}，商品也不属于不适用无理由退货的范围，因此本店不能以${REASON_TEXT.quality_claim_unverified.zh}为由拒绝，应当为您办理退货。`,
    `A no-reason return needs no reason and no proof of a defect. ${askedWithin(f).en}, and the item is not excluded from no-reason returns, so the shop cannot refuse because the quality problem has not been verified, and must accept the return.`,
  );

/** No-reason regime (RULES.md §3.2): the row names no actions, so the engine's principle applies. */
const noDefectNeeded = conclude('violated', (f) =>
  f.noReasonRightHolds
    ? mustAccept(f)
    : say(
        `七日无理由退货无需说明理由，也无需证明商品存在质量问题，因此${REASON_TEXT.quality_claim_unverified.zh}不是拒绝退货的理由。${askedWithin(f).zh}。`,
        `A no-reason return needs no reason and no proof of a defect, so an unverified quality problem is no ground for refusing it. ${askedWithin(f).en}.`,
      ),
);
/** Non-conforming goods whose no-reason right also holds (RULES.md §2 names the action: accept_return). */
const noDefectNeededAccept = conclude('violated', mustAccept, { actions: ['accept_return'] });

export const crplArt25Para1NoDefectNeeded = defineRule({
  id: 'cn.crpl.art25.para1.no-defect-needed',
  title: 'A no-reason return needs no defect: "quality claim unverified" is no ground',
  label: 'no-reason.quality-claim',
  exception: ['cn.crpl.art24.para1'],
  regimes: ['no-reason', 'non-conforming'],
  reasons: ['quality_claim_unverified'],
  outcomes: ['violated'],
  citations: [cite('CRPL', 25, 1)],
  interpretation: [
    'For a non-conforming-goods request inside the quality window, the no-reason right must plainly hold (distance sale, consumer, inside its window, not excluded by law or confirmation, no sign that the goods are not intact); otherwise the defect dispute goes to REVIEW (cn.crpl.art24.para1.disputed-defect).',
  ],
  applies: (f, _reason, regime) =>
    regime === 'no-reason'
      ? isOpen(f.window)
      : (f.quality.state === 'inside' || f.quality.state === 'not_begun') && f.noReasonRightHolds,
  conclude: (_f, _reason, regime) => (regime === 'no-reason' ? noDefectNeeded : noDefectNeededAccept),
});

const unlisted = conclude('needs_review', (f) =>
  say(
    `${askedWithin(f).zh}。本店提出的拒绝理由不在法律列明的可以拒绝的情形之中，将由合规人员核实后答复您，在此之前本店不会拒绝您的退货申请。`,
    `${askedWithin(f).en}. The reason the shop gave for refusing is not one the law lists, so compliance staff will review it before the shop answers you; until then your return request is not refused.`,
  ),
);

export const crplArt25Para1UnlistedReason = defineRule({
  id: 'cn.crpl.art25.para1.unlisted-reason',
  title: 'A reason the law does not list is never decided automatically',
  label: 'no-reason.other',
  regimes: ['no-reason'],
  reasons: ['other'],
  outcomes: ['needs_review'],
  citations: [cite('CRPL', 25, 1)],
  interpretation: ['A stated reason of `other` is not one the law lists; it is never decided automatically: REVIEW.'],
  applies: (f) => isOpen(f.window),
  conclude: () => unlisted,
});

const NATURE_TAGS = {
  health_safety_after_unsealing: 'nature1',
  quality_change_after_unsealing: 'nature1',
  value_loss_on_activation_or_trial: 'nature2',
  near_expiry_disclosed: 'nature3',
  defect_disclosed: 'nature3',
  other: 'none',
} as const;

/** The NRR-MEASURES 7 item that matches the item's `nonReturnable.basis`, as a citation tag. */
export function natureTag(f: Facts): string {
  return NATURE_TAGS[f.request.item.nonReturnable?.basis ?? 'other'];
}

const NATURE_TEXT = {
  health_safety_after_unsealing: {
    zh: '拆封后易影响人身安全或者生命健康',
    en: 'unsealing may endanger health or safety',
  },
  quality_change_after_unsealing: { zh: '拆封后易导致商品品质发生改变', en: 'unsealing may change its quality' },
  value_loss_on_activation_or_trial: {
    zh: '一经激活或者试用后价值贬损较大',
    en: 'activation or trial greatly reduces its value',
  },
  near_expiry_disclosed: { zh: '销售时已明示临近保质期', en: 'its approaching expiry date was disclosed at sale' },
  defect_disclosed: { zh: '销售时已明示存在瑕疵', en: 'its defect was disclosed at sale' },
  other: { zh: '其他原因', en: 'another reason' },
} as const;

export function natureText(f: Facts): { zh: string; en: string } {
  return NATURE_TEXT[f.request.item.nonReturnable?.basis ?? 'other'];
}

const confirmationTags = (tag: string) => ({
  allowed: conclude(
    'supports_refusal',
    (f) =>
      say(
        `该商品${natureText(f).zh}，依法可以在购买时经确认不适用七日无理由退货；您在下单时已主动确认，且排除退货的条件已经满足，因此本店可以不予无理由退货。如商品存在质量问题，您仍可要求退货、更换或修理。`,
        `Because ${natureText(f).en}, the law allows this item to be excluded from no-reason returns if the buyer confirms it at purchase. You actively confirmed this when you ordered, and the condition for the exclusion is met, so the shop may decline a no-reason return. If the item is defective, you can still ask for a return, exchange or repair.`,
      ),
    { tags: [tag] },
  ),
  notMarked: conclude(
    'violated',
    (f) =>
      say(
        `该商品未被标注为不适用无理由退货，您购买时也未作任何确认，本店不能以${REASON_TEXT.confirmed_non_returnable.zh}为由拒绝退货。${askedWithin(f).zh}。`,
        `The item was never marked as excluded from no-reason returns and you confirmed nothing at purchase, so the shop cannot refuse on that ground. ${askedWithin(f).en}.`,
      ),
    { tags: [tag] },
  ),
});
const confirmationByTag = {
  nature1: confirmationTags('nature1'),
  nature2: confirmationTags('nature2'),
  nature3: confirmationTags('nature3'),
  none: confirmationTags('none'),
};

export const crplArt25Para2 = defineRule({
  id: 'cn.crpl.art25.para2',
  title: 'Exclusion by the consumer’s confirmation at purchase (all four conditions)',
  label: 'no-reason.confirmed-exclusion',
  regimes: ['no-reason'],
  reasons: ['confirmed_non_returnable'],
  outcomes: ['supports_refusal', 'violated'],
  citations: [
    cite('CRPL', 25, 2),
    cite('NRR-MEASURES', 7, 1, 1).when('nature1'),
    cite('NRR-MEASURES', 7, 1, 2).when('nature2'),
    cite('NRR-MEASURES', 7, 1, 3).when('nature3'),
    cite('NRR-MEASURES', 20, 2),
    cite('CRPL-REG', 19, 2),
  ],
  interpretation: [
    'ALLOW only when: the item is marked with a nature listed in NRR-MEASURES 7 (not `other`); the confirmation is `explicit`; `confirmedAt` is set and not after `placedAt`; and the nature came into play (unsealed for the two unsealing natures, activated or visibly used for the activation/trial nature; nothing more for disclosed near-expiry or defects).',
    'Each failed condition is an exception rule of its own (cn.crpl-reg.art19.para1, cn.crpl-reg.art19.para2, cn.nrr-measures.art20.para2, cn.crpl.art25.para2.at-purchase, cn.nrr-measures.art7).',
  ],
  applies: (f) => isOpen(f.window),
  conclude: (f) => {
    const byTag = confirmationByTag[natureTag(f) as keyof typeof confirmationByTag];
    return f.confirmation.valid ? byTag.allowed : byTag.notMarked;
  },
});

const notAtPurchase = conclude('violated', (f) => {
  const at = f.request.item.nonReturnable?.confirmedAt;
  return say(
    at
      ? `您是在下单之后才确认该商品不适用无理由退货的，而法律要求在购买时、在购买流程中确认，因此本店不能据此拒绝退货。${askedWithin(f).zh}。`
      : `本店没有您在购买时确认该商品不适用无理由退货的记录（未记录确认时间），因此不能据此拒绝退货。${askedWithin(f).zh}。`,
    at
      ? `You confirmed that the item is not returnable only after the order was placed, but the law requires that confirmation at purchase, in the ordering process, so the shop cannot rely on it. ${askedWithin(f).en}.`
      : `The shop has no record that you confirmed at purchase that the item is not returnable (no time of confirmation is recorded), so it cannot rely on such a confirmation. ${askedWithin(f).en}.`,
  );
});

export const crplArt25Para2AtPurchase = defineRule({
  id: 'cn.crpl.art25.para2.at-purchase',
  title: 'The confirmation must be given at purchase, in the purchase flow',
  label: 'no-reason.confirmed-exclusion',
  exception: ['cn.crpl.art25.para2'],
  regimes: ['no-reason'],
  reasons: ['confirmed_non_returnable'],
  outcomes: ['violated'],
  citations: [cite('CRPL', 25, 2), cite('NRR-MEASURES', 20, 2)],
  interpretation: ['A missing `confirmedAt`, or one later than `placedAt`, fails the condition.'],
  applies: (f) => isOpen(f.window) && f.confirmation.marked && !f.confirmation.atPurchase,
  conclude: () => notAtPurchase,
});
