/**
 * Lists pointed back to ("…cannot be returned. This includes:", "以下商品不支持退货。包括："): when a lawful refusal
 * carries to the items listed after it, and when an item is only an instance of what it lawfully excludes. The
 * evaluator asks the pack; the readings are the PRC pack's (CRPL 25 ¶1, NRR-MEASURES 7–9).
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
    /custom|personali[sz]|engrav|monogram|embroider|printed with|tailor|cut to|made[- ]to|to measure|bespoke|定制|订制|定做|订做|刻字|印字|量身|尺寸制作|按您[^,;。]{0,6}(?:尺寸|要求)/,
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
