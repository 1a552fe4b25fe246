import { cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { askedWithin } from '../messages.js';
import type { Facts } from '../types.js';

/**
 * @law NRR-MEASURES 12
 * 第十二条 消费者退货时应当将商品本身、配件及赠品一并退回。
 * 赠品包括赠送的实物、积分、代金券、优惠券等形式。如果赠品不能一并退回，经营者可以要求消费者按照事先标明的赠品价格支付赠品价款。
 * @endlaw
 *
 * Interpretation:
 * - A missing gift does not make the goods themselves non-intact: the return must be accepted (BLOCK)
 *   and, where every missing gift had a price declared beforehand (`item.gifts[].declaredPriceFen`,
 *   matched by name), the shop may charge those prices (`may_charge_declared_gift_price`, ¶2).
 * - Missing accessories are the exception (cn.nrr-measures.art8.para2). Nothing missing at all:
 *   the stated reason is simply false (BLOCK).
 */
const giftsMissingText = (names: readonly string[]) => names.join('、');
/** `The gift A did not` / `The gifts A and B did not`, for English sentences. */
const giftsEn = (names: readonly string[]) =>
  names.length === 1
    ? `The gift ${names[0]}`
    : `The gifts ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

const giftsOnlyCharge = conclude(
  'violated',
  (f) =>
    say(
      `退回时缺少赠品（${giftsMissingText(f.request.returnRequest.condition.giftsMissing)}），但商品本身及配件齐全，赠品未退回不影响退货。本店应当为您办理退货，并可以按事先标明的赠品价格从退款中扣除或要求您支付赠品价款。${askedWithin(f).zh}。`,
      `${giftsEn(f.request.returnRequest.condition.giftsMissing)} did not come back, but the goods and their accessories are complete, so a missing gift does not prevent the return. The shop must accept it and may charge the gift prices it declared beforehand. ${askedWithin(f).en}.`,
    ),
  { actions: ['may_charge_declared_gift_price'] },
);
const giftsOnly = conclude('violated', (f) =>
  say(
    `退回时缺少赠品（${giftsMissingText(f.request.returnRequest.condition.giftsMissing)}），但商品本身及配件齐全，赠品未退回不影响退货，本店应当为您办理退货；由于赠品价格未全部事先标明，本店不能要求您支付赠品价款。${askedWithin(f).zh}。`,
    `${giftsEn(f.request.returnRequest.condition.giftsMissing)} did not come back, but the goods and their accessories are complete, so the shop must accept the return; since not every gift's price was declared beforehand, the shop cannot charge you for them. ${askedWithin(f).en}.`,
  ),
);
const nothingMissing = conclude('violated', (f) =>
  say(
    `根据现有情况，退回的商品、配件和赠品均无缺失，本店不能以“赠品或配件缺失”为由拒绝。${askedWithin(f).zh}，本店应当为您办理退货。`,
    `Nothing shows that a gift or accessory is missing, so the shop cannot refuse on that ground. ${askedWithin(f).en}, and the shop must accept the return.`,
  ),
);

export const nrrArt12 = defineRule({
  id: 'cn.nrr-measures.art12',
  title: 'A missing gift is no ground; its declared price may be charged',
  label: 'no-reason.gifts',
  regimes: ['no-reason'],
  reasons: ['gift_or_accessory_missing'],
  outcomes: ['violated'],
  citations: [cite('NRR-MEASURES', 12, 2), cite('CRPL', 25, 1)],
  applies: (f) => isOpen(f.window),
  conclude: (f) =>
    f.request.returnRequest.condition.giftsMissing.length === 0
      ? nothingMissing
      : f.giftsChargeable
        ? giftsOnlyCharge
        : giftsOnly,
});

/*
 * Revision r2 (RULES.md §3.2, "Revision r2" 13): with only gifts missing the return is accepted, and the
 * shop may charge a missing gift only at the price it declared beforehand — so the charge is allowed
 * where at least one missing gift had a declared price, and is limited to those prices.
 */
const declaredOf = (f: Facts) =>
  f.request.returnRequest.condition.giftsMissing.filter((name) =>
    f.request.item.gifts.some((g) => g.name === name && g.declaredPriceFen !== undefined),
  );

const giftsOnlyChargeR2 = conclude(
  'violated',
  (f) => {
    const declared = declaredOf(f);
    const all = declared.length === f.request.returnRequest.condition.giftsMissing.length;
    return say(
      `${askedWithin(f).zh}。退回时缺少赠品（${giftsMissingText(f.request.returnRequest.condition.giftsMissing)}），但商品本身及配件齐全，赠品未退回不影响退货，本店应当为您办理退货。本店可以按事先标明的价格收取未退回赠品的价款${all ? '' : `（仅限已标明价格的${giftsMissingText(declared)}，未标明价格的赠品不收费）`}。`,
      `${askedWithin(f).en}. ${giftsEn(f.request.returnRequest.condition.giftsMissing)} did not come back, but the goods and their accessories are complete, so a missing gift does not prevent the return and the shop must accept it. The shop may charge for a missing gift only at the price it declared beforehand${all ? '' : ` (only for ${declared.join(', ')}; a gift without a declared price cannot be charged for)`}.`,
    );
  },
  { actions: ['accept_return', 'may_charge_declared_gift_price'] },
);
const giftsOnlyR2 = conclude(
  'violated',
  (f) =>
    say(
      `${askedWithin(f).zh}。退回时缺少赠品（${giftsMissingText(f.request.returnRequest.condition.giftsMissing)}），但商品本身及配件齐全，赠品未退回不影响退货，本店应当为您办理退货；由于事先没有标明赠品价格，本店不能要求您支付赠品价款。`,
      `${askedWithin(f).en}. ${giftsEn(f.request.returnRequest.condition.giftsMissing)} did not come back, but the goods and their accessories are complete, so the shop must accept the return; no price was declared beforehand for ${f.request.returnRequest.condition.giftsMissing.length === 1 ? 'the gift' : 'these gifts'}, so the shop cannot charge you for ${f.request.returnRequest.condition.giftsMissing.length === 1 ? 'it' : 'them'}.`,
    ),
  { actions: ['accept_return'] },
);

export const nrrArt12R2 = defineRule({
  id: 'cn.nrr-measures.art12',
  title: 'A missing gift is no ground; only a declared price may be charged',
  label: 'no-reason.gifts',
  regimes: ['no-reason'],
  reasons: ['gift_or_accessory_missing'],
  outcomes: ['violated'],
  citations: [cite('NRR-MEASURES', 12, 2), cite('CRPL', 25, 1)],
  interpretation: [
    'Only gifts missing: BLOCK with `accept_return`; `may_charge_declared_gift_price` where at least one missing gift had a `declaredPriceFen` (the charge is at most the declared prices of the missing gifts).',
    'Nothing missing at all: the stated ground is false (BLOCK). Missing accessories are the exception (cn.nrr-measures.art8.para2).',
  ],
  applies: (f) => isOpen(f.window),
  conclude: (f) =>
    f.request.returnRequest.condition.giftsMissing.length === 0
      ? nothingMissing
      : f.giftsChargeable
        ? giftsOnlyChargeR2
        : giftsOnlyR2,
});
