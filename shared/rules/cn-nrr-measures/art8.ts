import { cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { askedWithin, REASON_TEXT, reasonEn } from '../messages.js';
import type { Conclusion, Facts } from '../types.js';

/**
 * @law NRR-MEASURES 8
 * 第八条 消费者退回的商品应当完好。
 * 商品能够保持原有品质、功能，商品本身、配件、商标标识齐全的，视为商品完好。
 * 消费者基于查验需要而打开商品包装，或者为确认商品的品质、功能而进行合理的调试不影响商品的完好。
 * @endlaw
 *
 * Interpretation:
 * - The base rule of intactness (RULES.md §3.4): goods are intact unless the facts show otherwise.
 *   Opening the packaging to inspect, or reasonable trial, never makes goods non-intact (¶3); refusing
 *   because of it is the listed violation of PENALTY-MEASURES 9(3) and NRR-MEASURES 31(1) and, from
 *   their dates in force, contrary to CRPL-REG 19 ¶3 and SPC-ONLINE-1 3. So `not_intact` and
 *   `packaging_opened` are BLOCK unless an exception of NRR-MEASURES 8 ¶2 or 9 applies.
 * - Missing accessories (¶2, "配件 … 齐全") make the goods not intact in every category, and are the
 *   lawful ground of a `gift_or_accessory_missing` refusal too.
 * - Evidence rule: a refusal that rests on goods being not intact needs the seller's proof — a
 *   `photo`, `video` or `inspection_report` in `refusal.evidence`; without one the verdict is REVIEW,
 *   never ALLOW (cn.nrr-measures.art8.evidence).
 * - `packaging_opened` whose facts show non-intact goods is judged like `not_intact` (RULES.md §3.4).
 */
const intactOpened = conclude(
  'violated',
  (f, reason) =>
    say(
      `为查验而打开商品包装，或为确认商品品质、功能而合理调试，不影响商品完好；根据现有情况，商品本身、配件、商标标识齐全，未见不完好的情形。本店不能以${REASON_TEXT[reason].zh}为由拒绝。${askedWithin(f).zh}，本店应当为您办理退货。`,
      `Goods opened for inspection, or tried reasonably to check their quality and function, still count as intact, and nothing shows that the goods, their accessories or their labels are incomplete. The shop cannot refuse on the ground that ${reasonEn(reason)}. ${askedWithin(f).en}, and the shop must accept the return.`,
    ),
  { tags: ['opened'] },
);
const intact = conclude('violated', (f, reason) =>
  say(
    `根据现有情况，商品本身、配件、商标标识齐全，仅拆封查验或合理调试不影响商品完好，本店不能以${REASON_TEXT[reason].zh}为由拒绝。${askedWithin(f).zh}，本店应当为您办理退货。`,
    `Nothing shows that the goods, their accessories or their labels are incomplete, and goods opened for inspection or tried reasonably still count as intact, so the shop cannot refuse on the ground that ${reasonEn(reason)}. ${askedWithin(f).en}, and the shop must accept the return.`,
  ),
);

/** The rule of ¶3; r1 and r2 differ only in how they answer `packaging_opened` (and r2's title and notes). */
const para3Rule = (opened: Conclusion, title: string, interpretation: readonly string[] = []) =>
  defineRule({
    id: 'cn.nrr-measures.art8.para3',
    title,
    label: 'no-reason.intactness',
    regimes: ['no-reason'],
    reasons: ['not_intact', 'packaging_opened'],
    outcomes: ['violated'],
    citations: [
      cite('NRR-MEASURES', 8, 3),
      cite('PENALTY-MEASURES', 9, 1, 3),
      cite('CRPL-REG', 19, 3),
      cite('SPC-ONLINE-1', 3),
      cite('NRR-MEASURES', 31, 1, 1).when('opened'),
      cite('CRPL', 25, 1),
    ],
    interpretation,
    applies: (f) => isOpen(f.window),
    conclude: (_f, reason) => (reason === 'packaging_opened' ? opened : intact),
  });

export const nrrArt8Para3 = para3Rule(
  intactOpened,
  'Opening to inspect or reasonable trial does not affect intactness',
);
const accessories = conclude('supports_refusal', (f) =>
  say(
    `退回的商品缺少配件（${f.request.returnRequest.condition.accessoriesMissing.join('、')}），商品本身、配件应当齐全才视为完好，本店可以不予无理由退货；如您补齐配件后再退回，本店可以重新受理。`,
    `The goods came back without ${f.request.returnRequest.condition.accessoriesMissing.length === 1 ? 'this accessory' : 'these accessories'}: ${f.request.returnRequest.condition.accessoriesMissing.join(', ')}. Goods count as intact only when the item and all its accessories are complete, so the shop may decline the no-reason return; if you send the goods back again with the missing accessories, the shop can process the return again.`,
  ),
);

type Para2Reasons = readonly ('not_intact' | 'packaging_opened' | 'gift_or_accessory_missing')[];
const para2Rule = (reasons: Para2Reasons) =>
  defineRule({
    id: 'cn.nrr-measures.art8.para2',
    title: 'Goods are intact only with the item, its accessories and labels complete',
    label: 'no-reason.intactness',
    exception: [
      'cn.nrr-measures.art8.para3',
      'cn.nrr-measures.art9.para1',
      'cn.nrr-measures.art9.para1.item2.activation',
      'cn.nrr-measures.art12',
    ],
    regimes: ['no-reason'],
    reasons,
    outcomes: ['supports_refusal'],
    citations: [cite('NRR-MEASURES', 8, 2), cite('NRR-MEASURES', 12, 1), cite('CRPL', 25, 3), cite('CRPL-REG', 19, 3)],
    interpretation: [
      'Goods are intact only with the item, its accessories and labels complete (¶2): missing accessories make the goods not intact in every category, and are the lawful ground of a refusal for a missing gift or accessory, given the seller’s proof.',
    ],
    applies: (f) => isOpen(f.window) && f.intactness.accessoriesMissing,
    conclude: () => accessories,
  });

export const nrrArt8Para2 = para2Rule(['not_intact', 'packaging_opened', 'gift_or_accessory_missing']);

const noProof = conclude('needs_review', (f) =>
  say(
    `${askedWithin(f).zh}。本店认为退回的商品不完好，但尚未提供照片、视频或检测报告等证据。商品是否完好应由本店举证，在合规人员核实证据之前，本店不会拒绝您的退货申请。`,
    `${askedWithin(f).en}. The shop considers the returned goods not intact but has not provided evidence such as photos, video or an inspection report. It is for the shop to prove this, so until compliance staff have checked the evidence, your return request is not refused.`,
  ),
);

export const nrrArt8Evidence = defineRule({
  id: 'cn.nrr-measures.art8.evidence',
  title: 'A refusal for non-intact goods needs the seller’s proof (photo, video or inspection report)',
  label: 'no-reason.intactness',
  exception: [
    'cn.nrr-measures.art8.para2',
    'cn.nrr-measures.art9.para1.item1',
    'cn.nrr-measures.art9.para1.item2',
    'cn.nrr-measures.art9.para1.item3',
  ],
  regimes: ['no-reason'],
  reasons: ['not_intact', 'packaging_opened', 'gift_or_accessory_missing'],
  outcomes: ['needs_review'],
  citations: [cite('CRPL', 25, 3), cite('NRR-MEASURES', 8, 1)],
  interpretation: ['Chat logs, courier records and "other" evidence do not prove the goods’ condition.'],
  applies: (f, reason) =>
    isOpen(f.window) &&
    !f.hasProof &&
    (reason === 'gift_or_accessory_missing' ? f.intactness.accessoriesMissing : f.intactness.definite),
  conclude: () => noProof,
});

/*
 * Revision r2 (RULES.md §3.4, "Revision r2" 1): `packaging_opened` is judged as stated. The opening is
 * what the law protects (NRR-MEASURES 8 ¶3, 31(1); PENALTY-MEASURES 9(3)), so refusing "because the
 * packaging was opened" is a violation whatever else the goods show — except where the item's own seal
 * is the test of intactness (NRR-MEASURES 9(1), cn.nrr-measures.art9.para1.item1, which overrides this
 * rule). Whether another ground would hold is for `alternativeReasons` (e.g. `not_intact`).
 */
const openedIsNoGround = conclude(
  'violated',
  (f) =>
    say(
      `拆开包装查验商品，是七日无理由退货中受法律保护的正常行为，不影响商品完好，本店不能以“包装已拆封”为由拒绝退货。${askedWithin(f).zh}。`,
      `The law expressly allows you to open the packaging to inspect the goods in a no-reason return, and opened goods still count as intact, so the shop cannot refuse because the packaging was opened. ${askedWithin(f).en}.`,
    ),
  { tags: ['opened'] },
);

export const nrrArt8Para3R2 = para3Rule(
  openedIsNoGround,
  'Opening to inspect or reasonable trial does not affect intactness; "packaging opened" is no ground',
  [
    '`not_intact`: BLOCK when nothing in the facts makes the goods non-intact (the exceptions of art. 8 ¶2 and art. 9 decide otherwise).',
    '`packaging_opened` (r2): BLOCK whatever else the goods show, since refusing for the opening is the listed violation (NRR-MEASURES 31(1), PENALTY-MEASURES 9(3)); only a broken seal of food, cosmetics, medical devices or family-planning goods (art. 9(1)) makes it a lawful ground.',
  ],
);

/** r2: `packaging_opened` is judged by ¶3 (and 9(1)); missing accessories answer `not_intact`. */
export const nrrArt8Para2R2 = para2Rule(['not_intact', 'gift_or_accessory_missing']);

/** Which test of intactness the shop would have to prove (for the citation of the evidence finding). */
function evidenceTest(f: Facts, reason: string): 'accessories' | 'item1' | 'item2' | 'item3' {
  if (reason === 'gift_or_accessory_missing' || (reason === 'not_intact' && f.intactness.accessoriesMissing))
    return 'accessories';
  if (f.intactness.sealBroken) return 'item1';
  return f.intactness.electronicsUsed ? 'item2' : 'item3';
}
const NO_PROOF_BY_TEST = {
  accessories: conclude('needs_review', noProof.message, { tags: ['accessories'] }),
  item1: conclude('needs_review', noProof.message, { tags: ['item1'] }),
  item2: conclude('needs_review', noProof.message, { tags: ['item2'] }),
  item3: conclude('needs_review', noProof.message, { tags: ['item3'] }),
} as const;

export const nrrArt8EvidenceR2 = defineRule({
  id: 'cn.nrr-measures.art8.evidence',
  title: 'A refusal for non-intact goods needs the seller’s proof (photo, video or inspection report)',
  label: 'no-reason.intactness',
  exception: [
    'cn.nrr-measures.art8.para2',
    'cn.nrr-measures.art9.para1.item1',
    'cn.nrr-measures.art9.para1.item2',
    'cn.nrr-measures.art9.para1.item3',
  ],
  regimes: ['no-reason'],
  reasons: ['not_intact', 'packaging_opened', 'gift_or_accessory_missing'],
  outcomes: ['needs_review'],
  citations: [
    cite('CRPL', 25, 3),
    cite('NRR-MEASURES', 8, 1),
    cite('NRR-MEASURES', 8, 2).when('accessories'),
    cite('NRR-MEASURES', 9, 1, 1).when('item1'),
    cite('NRR-MEASURES', 9, 1, 2).when('item2'),
    cite('NRR-MEASURES', 9, 1, 3).when('item3'),
  ],
  interpretation: [
    'Chat logs, courier records and "other" evidence do not prove the goods’ condition.',
    '`packaging_opened` (r2) needs proof only where it can be a ground at all: a broken seal of 9(1) goods.',
    'The finding also cites the test the shop would have to prove (art. 8 ¶2 for accessories, art. 9 item (1)–(3) by category).',
  ],
  applies: (f, reason) =>
    isOpen(f.window) &&
    !f.hasProof &&
    (reason === 'gift_or_accessory_missing'
      ? f.intactness.accessoriesMissing
      : reason === 'packaging_opened'
        ? f.intactness.sealBroken
        : f.intactness.definite),
  conclude: (f, reason) => NO_PROOF_BY_TEST[evidenceTest(f, reason)],
});
