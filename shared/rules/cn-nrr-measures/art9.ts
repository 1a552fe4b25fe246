import { cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { askedWithin } from '../messages.js';
import type { Facts } from '../types.js';

/**
 * @law NRR-MEASURES 9
 * 第九条 对超出查验和确认商品品质、功能需要而使用商品，导致商品价值贬损较大的，视为商品不完好。具体判定标准如下：
 * （一）食品（含保健食品）、化妆品、医疗器械、计生用品：必要的一次性密封包装被损坏；
 * （二）电子电器类：进行未经授权的维修、改动，破坏、涂改强制性产品认证标志、指示标贴、机器序列号等，有难以恢复原状的外观类使用痕迹，或者产生激活、授权信息、不合理的个人使用数据留存等数据类使用痕迹；
 * （三）服装、鞋帽、箱包、玩具、家纺、家居类：商标标识被摘、标识被剪，商品受污、受损。
 * @endlaw
 *
 * Interpretation:
 * - Items (1)–(3) are definite tests by category (RULES.md §3.4): a broken necessary one-off seal on
 *   food, cosmetics, medical devices and family-planning goods; unauthorised repair or modification,
 *   tampered markings or visible use traces on electronics; removed tags, soiling or damage on
 *   apparel, footwear and headwear, luggage, toys, home textiles and household goods. Each is an
 *   exception to the intactness base rule (cn.nrr-measures.art8.para3) that ALLOWs the refusal, given
 *   the seller's proof (cn.nrr-measures.art8.evidence).
 * - Electronics showing only activation: REVIEW. Item (2) names activation traces, but courts have
 *   held that activating to check function does not end the right where no exclusion was confirmed.
 * - Signs of use that the category's own item does not name (soiling or use traces on jewellery,
 *   books, software…, or e.g. use traces on apparel, tags removed from electronics) fall to the
 *   general test of ¶1 — use beyond inspection with a large loss of value — a judgment on evidence:
 *   REVIEW. A broken seal outside item (1)'s categories is packaging (NRR-MEASURES 8 ¶3).
 * - Before 2017-03-15 the measures were not in force: CRPL 25 ¶3 ("商品应当完好") is cited alone.
 */
type IntactnessReasons = readonly ('not_intact' | 'packaging_opened')[];
/** r1 judged `packaging_opened` like `not_intact`; r2 (RULES.md §3.4) only where the seal is the test (item 1). */
const R1_REASONS: IntactnessReasons = ['not_intact', 'packaging_opened'];
const R2_NOT_INTACT: IntactnessReasons = ['not_intact'];

function definite(
  item: 1 | 2 | 3,
  holds: (f: Facts) => boolean,
  zh: string,
  en: string,
  reasons: IntactnessReasons = R1_REASONS,
) {
  const allowed = conclude('supports_refusal', () =>
    say(
      `退回的商品${zh}，超出了查验和确认商品品质、功能的需要，导致商品价值贬损较大，视为商品不完好，本店可以不予无理由退货。`,
      `The returned goods ${en}. That goes beyond what inspecting or checking the goods needs and greatly reduces their value, so they count as not intact and the shop may decline the no-reason return.`,
    ),
  );
  return defineRule({
    id: `cn.nrr-measures.art9.para1.item${item}`,
    title: [
      'Food, cosmetics, medical devices, family planning: necessary seal broken',
      'Electronics: unauthorised repair, tampered markings, or use traces',
      'Apparel and similar goods: tags removed, soiled or damaged',
    ][item - 1] as string,
    label: 'no-reason.intactness',
    exception: [
      'cn.nrr-measures.art8.para3',
      'cn.nrr-measures.art9.para1',
      'cn.nrr-measures.art9.para1.item2.activation',
    ],
    regimes: ['no-reason'],
    reasons,
    outcomes: ['supports_refusal'],
    citations: [cite('NRR-MEASURES', 9, 1, item), cite('CRPL', 25, 3), cite('CRPL-REG', 19, 3)],
    interpretation: [
      [
        'Food, cosmetics, medical devices and family-planning goods whose necessary one-off seal was broken are not intact: the refusal is lawful, given the seller’s proof (photo, video or inspection report).',
        'Electronics repaired or modified without authorisation, with tampered markings, or with visible use traces are not intact: the refusal is lawful, given the seller’s proof.',
        'Apparel, footwear and headwear, luggage, toys, home textiles and household goods with tags removed, or soiled or damaged, are not intact: the refusal is lawful, given the seller’s proof.',
      ][item - 1] as string,
    ],
    applies: (f) => isOpen(f.window) && holds(f),
    conclude: () => allowed,
  });
}

export const nrrArt9Item1 = definite(
  1,
  (f) => f.intactness.sealBroken,
  '必要的一次性密封包装已被损坏',
  'have had their necessary one-off seal broken',
);
const ITEM2 = [
  2,
  (f: Facts) => f.intactness.electronicsUsed,
  '存在未经授权的维修、改动，强制性认证标志、序列号等被破坏或涂改，或有难以恢复原状的使用痕迹',
  'show unauthorised repair or modification, tampered certification marks, labels or serial numbers, or use traces that cannot be undone',
] as const;
const ITEM3 = [
  3,
  (f: Facts) => f.intactness.softGoodsUsed,
  '商标标识已被摘除或剪掉，或商品受污、受损',
  'have had their tags or labels removed or cut off, or are soiled or damaged',
] as const;
export const nrrArt9Item2 = definite(...ITEM2);
export const nrrArt9Item3 = definite(...ITEM3);
/** r2: items (2) and (3) judge `not_intact` only; refusing "because opened" is judged by art. 8 ¶3. */
export const nrrArt9Item2R2 = definite(...ITEM2, R2_NOT_INTACT);
export const nrrArt9Item3R2 = definite(...ITEM3, R2_NOT_INTACT);

const activation = conclude('needs_review', (f) =>
  say(
    `${askedWithin(f).zh}。退回的电子产品已被激活。激活痕迹可能影响商品完好，但为检查功能而激活，并不当然使您失去无理由退货的权利，需要结合证据判断，将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。`,
    `${askedWithin(f).en}. The returned device has been activated. Activation traces can affect whether goods count as intact, but activating a device to check that it works does not by itself take away your right to a no-reason return, so this needs a judgment on the evidence. Compliance staff will review it before the shop answers you, and until then your request is not refused.`,
  ),
);

const activationRule = (reasons: IntactnessReasons) =>
  defineRule({
    id: 'cn.nrr-measures.art9.para1.item2.activation',
    title: 'Electronics showing only activation: judged on evidence',
    label: 'no-reason.intactness',
    exception: ['cn.nrr-measures.art8.para3'],
    regimes: ['no-reason'],
    reasons,
    outcomes: ['needs_review'],
    citations: [cite('NRR-MEASURES', 9, 1, 2), cite('NRR-MEASURES', 8, 3), cite('CRPL', 25, 3)],
    interpretation: [
      'Electronics that show only activation traces: REVIEW. Item (2) names activation, but courts have held that activating to check function does not end the right where no exclusion was confirmed.',
    ],
    applies: (f) => isOpen(f.window) && f.intactness.activationOnly,
    conclude: () => activation,
  });
export const nrrArt9Activation = activationRule(R1_REASONS);
export const nrrArt9ActivationR2 = activationRule(R2_NOT_INTACT);

const general = conclude('needs_review', (f) =>
  say(
    `${askedWithin(f).zh}。退回的商品有使用痕迹或污损，是否超出查验需要并导致商品价值贬损较大，需要结合证据判断，将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。`,
    `${askedWithin(f).en}. The returned goods show signs of use or damage. Whether that goes beyond what inspection needs and greatly reduces their value needs a judgment on the evidence, so compliance staff will review it before the shop answers you; until then your request is not refused.`,
  ),
);

const generalRule = (reasons: IntactnessReasons) =>
  defineRule({
    id: 'cn.nrr-measures.art9.para1',
    title: 'The general test: use beyond inspection with a large loss of value',
    label: 'no-reason.intactness',
    exception: ['cn.nrr-measures.art8.para3'],
    regimes: ['no-reason'],
    reasons,
    outcomes: ['needs_review'],
    citations: [cite('NRR-MEASURES', 9, 1), cite('CRPL', 25, 3)],
    interpretation: [
      'Signs of use that the category’s own item of ¶1 does not name (for example soiling on jewellery or books, use traces on apparel, tags removed from electronics) fall to the general test — use beyond inspection with a large loss of value — which is judged on evidence: REVIEW.',
    ],
    applies: (f) => isOpen(f.window) && f.intactness.generalTest,
    conclude: () => general,
  });
export const nrrArt9Para1 = generalRule(R1_REASONS);
export const nrrArt9Para1R2 = generalRule(R2_NOT_INTACT);
