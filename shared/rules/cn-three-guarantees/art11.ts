import { cite, conclude, defineRule, say } from '../define.js';
import { asked } from '../messages.js';

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
      `该商品属于“三包”商品，在三包有效期内已修理${f.request.returnRequest.repairAttempts}次仍不能正常使用，本店应当为您免费调换同型号同规格的商品或者办理退货，不能拒绝。${asked(f).zh}。`,
      `This product is covered by the repair, replacement and return ("三包") rules and still does not work after ${f.request.returnRequest.repairAttempts} repairs within the guarantee period, so the shop must replace it free of charge with the same model or take it back; it cannot refuse. ${asked(f).en}.`,
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
