/**
 * Lists pointed back to ("…cannot be returned. This includes:", "以下商品不支持退货。包括："): when a lawful refusal
 * carries to the items listed after it, and when an item is only an instance of what it lawfully excludes.
 *
 * @law NRR-MEASURES 6
 * 第六条 下列商品不适用七日无理由退货规定：
 * （一）消费者定作的商品；
 * （二）鲜活易腐的商品；
 * （三）在线下载或者消费者拆封的音像制品、计算机软件等数字化商品；
 * （四）交付的报纸、期刊。
 * @endlaw
 * @law NRR-MEASURES 7
 * 第七条 下列性质的商品经消费者在购买时确认，可以不适用七日无理由退货规定：
 * （一）拆封后易影响人身安全或者生命健康的商品，或者拆封后易导致商品品质发生改变的商品；
 * （二）一经激活或者试用后价值贬损较大的商品；
 * （三）销售时已明示的临近保质期的商品、有瑕疵的商品。
 * @endlaw
 *
 * Interpretation:
 * - A refusal of the statutory categories (NRR-MEASURES 6) or of goods not intact is lawful; the goods a lead-in
 *   lists under it are lawful as its instances: anything under a condition of the goods ("used items"), goods of the
 *   same kind under a category ("custom orders": "rugs cut to size", not "furniture").
 * - An item with a void ground of its own (sale, opening, trial, a gift) stays void; goods of an NRR-MEASURES 7
 *   nature listed under another category stay `review`.
 * - A refusal under a condition of its own (after a time, without a receipt, unless intact) covers its items
 *   without refusing them; the evaluator carries only refusals with no condition.
 */
import { NEGATION } from '#shared/policy-lint/evaluate.js';
import type { PolicyIssue } from '#shared/policy-lint/types.js';

/**
 * A refusal with a condition of its own (a time, a missing RMA or receipt, damage, intactness, costs, the refund's
 * timing): the items a lead-in lists after it fall under the condition, they are not refused.
 */
const CONDITIONED =
  /超过|逾期|之后|以后|否则|完好|费用|运费|\d+\s*(?:days?|天|日|小时)|\b(?:after|within|without|unless|damaged|if|shipping)\b|refunds? (?:are|is)? ?process|we process/;

/**
 * Issues an item takes only for being goods a refusal names: under a lawful refusal it points back to ("Used items
 * cannot be returned. This includes: shoes") the item is an instance of the lawful exclusion, not goods excluded
 * anew; an item naming a void ground of its own (sale, opening, trial, a gift) stays void.
 */
const GOODS_ONLY_ISSUES: ReadonlySet<PolicyIssue> = new Set(['excluded_without_confirmation', 'no_returns_at_all']);

/**
 * Whether a listed item can be an instance of what a lawful refusal excludes: anything, where the refusal is a
 * condition of the goods ("used", "opened", "已使用"); goods of the same kind, where it is a category ("custom",
 * "perishable", "音像制品和软件": "rugs cut to size", "电脑软件" are; "furniture", "蓝牙耳机", "内衣" are not).
 */
const CONDITION_LEAD =
  /\b(?:used|worn|washed|damaged|opened|unsealed|activated)\b|已使用|使用过|洗涤|下水|损坏|拆封|激活|吊牌/;
const CATEGORY_ITEMS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /custom|personali[sz]ed|made[- ]to|bespoke|定制|订制|定做|订做|刻字/,
    /custom|(?<!non-?)personali[sz]|engrav|monogram|embroidered with (?:your|a|the|names?|initials)|custom embroider|printed with (?:your|a name|names?|initials|(?:a |your )?photos?)|tailor[- ]made|tailored to (?:you|your)|cut to (?:your )?(?:size|length|measure)|made[- ]to|bespoke|定制|订制|定做|订做|刻字|印字|量身(?:定制|定做|订做|裁剪|制作|打造)|尺寸制作|按(?:您|客户|顾客)(?:的|提供的)?(?:要求(?:的)?)?(?:尺寸|尺码|图片|图案|设计)(?:定制|制作|加工|生产|订做|定做|刻|印)/,
  ],
  [
    /音像|软件|光盘|数字|digital|software|download|media/,
    /\bcd|dvd|blu-?ray|光盘|唱片|软件|software|games?|游戏|download|电子书|e-?books?|激活码|codes?|音像|vinyl|records?/,
  ],
  [
    /perishable|fresh|生鲜|鲜活|易腐/,
    /fruit|vegetable|meat|fish|seafood|flowers?|bread|cake|dairy|milk|水果|蔬菜|肉|海鲜|水产|鲜花|蛋糕|面包|奶|生鲜|鲜活/,
  ],
];

function instanceOf(item: string, lead: string): boolean {
  const categories = CATEGORY_ITEMS.filter(([category]) => category.test(lead));
  if (categories.length > 0) return categories.some(([, items]) => items.test(item));
  return CONDITION_LEAD.test(lead);
}

/** A lawful refusal with no condition of its own carries to its items ("Personalized items cannot be returned."). */
export function refusesUnconditionally(reading: string): boolean {
  return (NEGATION.test(reading) || /cannot|can't|cant\b/.test(reading)) && !CONDITIONED.test(reading);
}

/** An item whose only issues are being goods the refusal names, and which can be one of those goods. */
export function instanceOfLawful(item: string, refusal: string, issues: readonly PolicyIssue[]): boolean {
  return issues.every((issue) => GOODS_ONLY_ISSUES.has(issue)) && instanceOf(item, refusal);
}
