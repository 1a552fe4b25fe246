import { IN_WINDOW_CONCLUSIONS, inWindowVariant, qualityWindowText } from '../cn-crpl/art24.js';
import { cite, conclude, defineRule, say } from '../define.js';
import { NO_REASON_EXCLUSION_REASONS, REASON_TEXT } from '../messages.js';
import type { Conclusion, Facts } from '../types.js';

/**
 * @law NRR-MEASURES 35
 * 第三十五条 网络商品销售者提供的商品不符合质量要求，消费者要求退货的，适用《消费者权益保护法》第二十四条以及其他相关规定。
 * @endlaw
 *
 * Interpretation:
 * - Returns of non-conforming goods follow CRPL 24, so the no-reason exclusions — custom-made,
 *   perishable, digital, periodicals, confirmed non-returnable, and intactness (including missing
 *   gifts or accessories) — are no ground for refusing them inside the quality window.
 */
function exclusionNoGround(base: Conclusion): Conclusion {
  return conclude(
    'violated',
    (facts: Facts, reason) =>
      say(
        `${REASON_TEXT[reason].zh}只影响七日无理由退货，不能用来拒绝质量问题退货。您${qualityWindowText(facts).zh}，本店应当为您办理退货，并承担退货运费等必要费用。`,
        `The reason the shop gave (${REASON_TEXT[reason].en}) can only rule out a no-reason return; it is no ground for refusing the return of goods that do not conform. ${qualityWindowText(facts).en}, so the shop must accept the return and pay the return shipping and other necessary costs.`,
      ),
    { actions: base.actions ?? [], tags: base.tags ?? [] },
  );
}
/** One conclusion per tag combination of cn.crpl.art24.para1. */
const BLOCKED = IN_WINDOW_CONCLUSIONS.map(exclusionNoGround);

export const nrrArt35 = defineRule({
  id: 'cn.nrr-measures.art35',
  title: 'Non-conforming goods follow CRPL 24: no-reason exclusions are no ground',
  label: 'non-conforming.in-window',
  exception: ['cn.crpl.art24.para1'],
  regimes: ['non-conforming'],
  reasons: [...NO_REASON_EXCLUSION_REASONS],
  outcomes: ['violated'],
  citations: [
    cite('NRR-MEASURES', 35),
    cite('CRPL', 24, 1),
    cite('CRPL', 24, 2),
    cite('ECL', 20).when('transit'),
    cite('CIVIL-CODE', 203, 1).when('extension'),
  ],
  interpretation: [
    'Returns of non-conforming goods follow CRPL 24, so the no-reason exclusions — made to order, perishable, digital, periodicals, confirmed non-returnable, not intact, packaging opened, gifts or accessories missing — are no ground for refusing them inside the quality window: BLOCK.',
  ],
  applies: (f) => f.quality.state === 'inside' || f.quality.state === 'not_begun',
  conclude: (f) => BLOCKED[inWindowVariant(f)] as Conclusion,
});
