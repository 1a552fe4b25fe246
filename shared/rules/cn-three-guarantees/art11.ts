import { cite, conclude, defineRule, say } from '../define.js';
import { asked, askedOn, timesEn } from '../messages.js';

/**
 * @law THREE-GUARANTEES 11
 * 第十一条 在三包有效期内，修理两次，仍不能正常使用的产品，凭修理者提供的修理记录和证明，由销售者负责为消费者免费调换同型号同规格的产品或者按本规定第十三条的规定退货，然后依法向生产者、供货者追偿或者按购销合同办理。
 * @endlaw
 *
 * Interpretation:
 * - PARTIAL TEXT [P]: the 1995 rules are quoted from consistent secondary reprints, not the gazette.
 * - A product covered by 三包 (`item.threeGuarantees`) that still fails after two repairs
 *   (`returnRequest.repairAttempts` ≥ 2) must be exchanged or returned (art. 13) free of charge: after
 *   the quality window, any refusal is BLOCK. `threeGuarantees` is read as "covered, within the 三包
 *   validity period", since the product catalogue and its periods are not in the law data.
 */
const blocked = conclude(
  'violated',
  (f) =>
    say(
      `${asked(f).zh}。该商品属于“三包”商品，在三包有效期内已修理${f.request.returnRequest.repairAttempts}次仍不能正常使用，本店应当为您免费调换同型号同规格的商品或者办理退货，不能拒绝。`,
      `${asked(f).en}. This product is covered by the "three guarantees" rules on repair, replacement and return, and it still does not work after being repaired ${timesEn(f.request.returnRequest.repairAttempts)} within the guarantee period, so the shop must replace it free of charge with the same model or take it back; it cannot refuse.`,
    ),
  { actions: ['accept_return'] },
);

export const threeGuaranteesArt11 = defineRule({
  id: 'cn.three-guarantees.art11',
  title: 'Two failed repairs within the 三包 period: free exchange or return',
  label: 'non-conforming.after-window',
  exception: [
    'cn.crpl.art24.para1.rescission',
    'cn.crpl.art24.para1.exchange-or-repair',
    'cn.crpl.art24.para1.no-ground',
    'cn.crpl.art23.para3',
    'cn.civil-code.art203.para1.calendar-gap',
  ],
  regimes: ['non-conforming'],
  outcomes: ['violated'],
  citations: [cite('THREE-GUARANTEES', 11)],
  applies: (f) =>
    (f.quality.state === 'after' || f.quality.state === 'unknown') &&
    f.request.item.threeGuarantees &&
    f.request.returnRequest.repairAttempts >= 2,
  conclude: () => blocked,
});

/**
 * @law THREE-GUARANTEES 13
 * 第十三条 在三包有效期内，符合换货条件的，销售者因无同型号同规格产品，消费者不愿调换其他型号、规格产品而要求退货的，销售者应当予以退货；有同型号同规格产品，消费者不愿调换而要求退货的，销售者应当予以退货，对已使用过的商品按本规定收取折旧费。
 * 折旧费计算自开具发票之日起至退货之日止，其中应当扣除修理占用和待修的时间。
 * @endlaw
 *
 * Revision r2 (RULES.md §2, "Revision r2" 9): the two-repairs rule holds only "在三包有效期内". Within
 * the whole-machine period (one year from receipt, by CIVIL-CODE 202/203): BLOCK — the shop must take
 * the goods back (or give a free exchange, the consumer's choice), and may charge depreciation on a
 * return of used goods (art. 13). Between one and three years only the 三包 period of the failed main
 * component, which differs by product, can say: REVIEW. After three years the row no longer applies.
 * Judged after the transit rows and before every other row of §2, whatever the stated reason.
 */
const inPeriod = conclude(
  'violated',
  (f) =>
    say(
      `${asked(f).zh}。该商品属于“三包”商品，在三包有效期内已修理${f.request.returnRequest.repairAttempts}次仍不能正常使用，您可以选择免费调换同型号同规格的商品，也可以选择退货，本店不能拒绝；选择退货的，本店可以依照规定收取折旧费。`,
      `${asked(f).en}. This product is covered by the "three guarantees" rules on repair, replacement and return, and it still does not work after being repaired ${timesEn(f.request.returnRequest.repairAttempts)} within the guarantee period, so you may choose either a free exchange for the same model or a return, and the shop cannot refuse. If you choose a return, the shop may charge depreciation as the rules allow.`,
    ),
  { actions: ['accept_return', 'may_charge_depreciation'] },
);
const componentPeriod = conclude('needs_review', (f) =>
  say(
    `该商品属于“三包”商品，已修理${f.request.returnRequest.repairAttempts}次，但您${askedOn(f).zh}时，整机一年的三包有效期已过；是否仍在出现故障的主要部件的三包有效期内，取决于该产品的具体规定，将由合规人员审核后答复您，在此之前本店不会拒绝您的申请。`,
    `This product is covered by the "three guarantees" rules and has been repaired ${timesEn(f.request.returnRequest.repairAttempts)}, but you ${askedOn(f).en}, after the one-year guarantee period for the whole product had ended. Whether the guarantee period of the failed main component still runs depends on the rules for that product, so compliance staff will review it before the shop answers you; until then your request is not refused.`,
  ),
);

const inPeriodTagged = conclude('violated', inPeriod.message, {
  actions: ['accept_return', 'may_charge_depreciation'],
  tags: ['return'],
});

export const threeGuaranteesArt11R2 = defineRule({
  id: 'cn.three-guarantees.art11',
  title: 'Two failed repairs within the 三包 period: free exchange or return (depreciation may be charged)',
  label: 'non-conforming.three-guarantees',
  regimes: ['three-guarantees'],
  outcomes: ['violated', 'needs_review'],
  citations: [cite('THREE-GUARANTEES', 11), cite('THREE-GUARANTEES', 13).when('return')],
  interpretation: [
    'Applies after the quality window to `item.threeGuarantees` with `returnRequest.repairAttempts` ≥ 2, whatever the stated reason.',
    'Within one year of receipt (the whole-machine period): BLOCK with accept_return and may_charge_depreciation. More than one and at most three years: REVIEW. More than three years: not applicable.',
    'A period end the holiday calendar cannot settle counts as unknown: REVIEW.',
  ],
  applies: (f) => {
    const periods = f.threeGuaranteesPeriods;
    return (
      periods !== null &&
      f.quality.state !== 'inside' &&
      f.quality.state !== 'not_begun' &&
      periods.mainComponent?.state !== 'after'
    );
  },
  conclude: (f) => {
    const whole = f.threeGuaranteesPeriods?.wholeMachine;
    return whole?.state === 'inside' ? inPeriodTagged : componentPeriod;
  },
});
