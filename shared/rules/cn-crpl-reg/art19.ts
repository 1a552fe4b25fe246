import { BEFORE_CRPL_REG, cite, conclude, defineRule, say } from '../define.js';
import { isOpen } from '../facts.js';
import { askedWithin } from '../messages.js';

/**
 * @law CRPL-REG 19
 * 第十九条 经营者通过网络、电视、电话、邮购等方式销售商品的，应当遵守消费者权益保护法第二十五条规定，不得擅自扩大不适用无理由退货的商品范围。
 * 经营者应当以显著方式对不适用无理由退货的商品进行标注，提示消费者在购买时进行确认，不得将不适用无理由退货作为消费者默认同意的选项。未经消费者确认，经营者不得拒绝无理由退货。
 * 消费者退货的商品应当完好。消费者基于查验需要打开商品包装，或者为确认商品的品质和功能进行合理调试而不影响商品原有品质、功能和外观的，经营者应当予以退货。
 * 消费者无理由退货应当遵循诚实信用原则，不得利用无理由退货规则损害经营者和其他消费者的合法权益。
 * @endlaw
 *
 * Interpretation:
 * - ¶1: marking ordinary goods as non-returnable "for another reason" (`basis: other`) enlarges the
 *   excluded scope (NRR-MEASURES 30): the refusal is BLOCK.
 * - ¶2: a pre-ticked box or default option (`default_selected`) is no confirmation. For orders before
 *   2024-07-01 the same rule is cited from NRR-MEASURES 20 ¶2 ("显著的确认程序 … 如无确认 … 不得拒绝").
 * - ¶4: good faith binds the consumer too, but abuse is judged on evidence; a high return rate alone
 *   is not enough (北京互联网法院, 路某 case). An `abusive_return` refusal is always REVIEW.
 */
const otherBasis = conclude('violated', (f) =>
  say(
    `该商品不属于法律允许经确认不适用无理由退货的商品（拆封后易影响人身安全或品质、激活或试用后价值贬损较大、销售时已明示临近保质期或有瑕疵），本店将其标为“不支持无理由退货”，属于擅自扩大不适用无理由退货的商品范围，本店不能据此拒绝。${askedWithin(f).zh}。`,
    `The item is not of a kind the law allows to be excluded by confirmation (goods that are unsafe or change once unsealed, lose much of their value once activated or tried, or were sold with a disclosed approaching expiry date or defect). Marking it "not eligible for no-reason returns" unlawfully widens the range of excluded goods, so the shop cannot refuse on that ground. ${askedWithin(f).en}.`,
  ),
);

export const crplRegArt19Para1 = defineRule({
  id: 'cn.crpl-reg.art19.para1',
  title: 'No enlarging the goods excluded from no-reason returns',
  label: 'no-reason.confirmed-exclusion',
  exception: ['cn.crpl.art25.para2'],
  regimes: ['no-reason'],
  reasons: ['confirmed_non_returnable'],
  outcomes: ['violated'],
  citations: [cite('CRPL-REG', 19, 1), cite('NRR-MEASURES', 30), cite('NRR-MEASURES', 7), cite('CRPL', 25, 2)],
  interpretation: [
    'Marking ordinary goods as non-returnable “for another reason” (`basis: other`) enlarges the goods excluded from no-reason returns (NRR-MEASURES 30): a refusal resting on that confirmation is BLOCK.',
  ],
  applies: (f) => isOpen(f.window) && f.confirmation.marked && !f.confirmation.natureListed,
  conclude: () => otherBasis,
});

const defaultSelected = conclude('violated', (f) =>
  say(
    `“不支持无理由退货”是页面默认勾选的选项，并非您在购买时主动确认，依法不能视为您的确认，本店不能据此拒绝退货。${askedWithin(f).zh}，本店应当为您办理退货。`,
    `"Not eligible for no-reason returns" was an option ticked in advance, not something you actively confirmed at purchase, so by law it does not count as your confirmation and the shop cannot refuse on that ground. ${askedWithin(f).en}, and the shop must accept the return.`,
  ),
);

export const crplRegArt19Para2 = defineRule({
  id: 'cn.crpl-reg.art19.para2',
  title: 'A default-selected option is no confirmation',
  label: 'no-reason.confirmed-exclusion',
  exception: ['cn.crpl.art25.para2'],
  regimes: ['no-reason'],
  reasons: ['confirmed_non_returnable'],
  outcomes: ['violated'],
  citations: [cite('CRPL-REG', 19, 2), cite('NRR-MEASURES', 20, 2).until(BEFORE_CRPL_REG), cite('CRPL', 25, 2)],
  interpretation: [
    'A pre-ticked box or default option (`confirmation: default_selected`) is no confirmation: a refusal resting on it is BLOCK. For orders before 2024-07-01 the same rule is cited from NRR-MEASURES 20 ¶2.',
  ],
  applies: (f) =>
    isOpen(f.window) && f.confirmation.marked && f.request.item.nonReturnable?.confirmation === 'default_selected',
  conclude: () => defaultSelected,
});

const abuse = conclude('needs_review', (f) =>
  say(
    `${askedWithin(f).zh}。本店认为该退货可能违背诚实信用原则，但是否构成恶意退货必须依据具体证据判断，仅凭退货次数多不足以认定。您的申请将由合规人员审核后答复您，在此之前本店不会拒绝您的退货申请。`,
    `${askedWithin(f).en}. The shop believes the return may not be made in good faith, but abuse has to be shown by specific evidence; a high number of returns alone is not enough. Compliance staff will review your request before the shop answers you, and until then it is not refused.`,
  ),
);

export const crplRegArt19Para4 = defineRule({
  id: 'cn.crpl-reg.art19.para4',
  title: 'Abusive returns are judged on evidence, by people',
  label: 'no-reason.good-faith',
  regimes: ['no-reason'],
  reasons: ['abusive_return'],
  outcomes: ['needs_review'],
  citations: [cite('CRPL-REG', 19, 4), cite('CRPL', 4), cite('NRR-MEASURES', 4)],
  interpretation: [
    'Good faith binds the consumer too, but abuse is judged on evidence, and a high return rate alone is not enough: a refusal because the return is abusive is always REVIEW.',
  ],
  applies: (f) => isOpen(f.window),
  conclude: () => abuse,
});
