import { statutoryExclusionHolds } from '../cn-crpl/art25.js';
import { BEFORE_CRPL_REG, cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { askedWithin, REASON_TEXT, reasonEn } from '../messages.js';

/**
 * @law SPC-ONLINE-1 2
 * 第二条 电子商务经营者就消费者权益保护法第二十五条第一款规定的四项除外商品做出七日内无理由退货承诺，消费者主张电子商务经营者应当遵守其承诺的，人民法院应予支持。
 * @endlaw
 *
 * Interpretation:
 * - Statutory exclusions yield to a promise: when the shop promised no-reason returns also for the
 *   goods CRPL 25 ¶1 excludes (`shopPolicy.coversExcludedGoods`), a refusal on one of those four
 *   grounds is BLOCK. Courts enforce such a promise (from 2022-03-15); the promise binds under
 *   CRPL-REG 12 (from 2024-07-01) and, before, CRPL 16 ¶2.
 * - The exception fires only when the item's facts show the exclusion; otherwise the base rule
 *   already blocks the refusal.
 */
const promised = conclude('violated', (f, reason) =>
  say(
    `本店已承诺依法不适用无理由退货的商品也可以七日无理由退货，该承诺应当履行，本店不能再以${REASON_TEXT[reason].zh}为由拒绝。${askedWithin(f).zh}，本店应当为您办理退货。`,
    `The shop promised seven-day no-reason returns even for goods the law excludes, and it must keep that promise, so it cannot refuse on the ground that ${reasonEn(reason)}. ${askedWithin(f).en}, and the shop must accept the return.`,
  ),
);

export const spcOnline1Art2 = defineRule({
  id: 'cn.spc-online-1.art2',
  title: 'A promise to take back statutorily excluded goods binds the shop',
  label: 'no-reason.statutory-exclusion',
  exception: [
    'cn.crpl.art25.para1.item1',
    'cn.crpl.art25.para1.item2',
    'cn.crpl.art25.para1.item3',
    'cn.crpl.art25.para1.item4',
  ],
  regimes: ['no-reason'],
  reasons: ['custom_made', 'perishable', 'digital_downloaded_or_unsealed', 'newspaper_periodical'],
  outcomes: ['violated'],
  citations: [
    cite('SPC-ONLINE-1', 2),
    cite('CRPL-REG', 12),
    cite('CRPL', 16, 2).until(BEFORE_CRPL_REG),
    cite('NRR-MEASURES', 5),
  ],
  interpretation: [
    'When the shop promised no-reason returns also for the goods CRPL 25 ¶1 excludes (`shopPolicy.coversExcludedGoods`), a refusal on one of those four grounds is BLOCK. It fires only where the item’s facts show the exclusion; otherwise the base rule already blocks the refusal.',
  ],
  applies: (f, reason) =>
    isOpen(f.window) && f.request.order.shopPolicy?.coversExcludedGoods === true && statutoryExclusionHolds(f, reason),
  conclude: () => promised,
});
