/**
 * @law CIVIL-CODE 496
 * 第四百九十六条 格式条款是当事人为了重复使用而预先拟定，并在订立合同时未与对方协商的条款。
 * 采用格式条款订立合同的，提供格式条款的一方应当遵循公平原则确定当事人之间的权利和义务，并采取合理的方式提示对方注意免除或者减轻其责任等与对方有重大利害关系的条款，按照对方的要求，对该条款予以说明。提供格式条款的一方未履行提示或者说明义务，致使对方没有注意或者理解与其有重大利害关系的条款的，对方可以主张该条款不成为合同的内容。
 * @endlaw
 *
 * Interpretation:
 * - A published return or after-sales policy is a set of format terms; the pack judges it clause by clause (RULES.md §5).
 * - A promise the text makes ("15天无理由退货") binds the shop (CRPL-REG 12) and is the measure of every other window in the same policy.
 */
/**
 * The PRC policy pack of ruleset `cn-2024-07-01.r2` (RULES.md §5): the clause rules that judge a
 * shop's published return policy, and the scopes that send a clause to review.
 *
 * @example lintPolicy('特价商品不退不换。', {}, CN_POLICY_PACK).clauses[0].verdict // 'void'
 */

import { matchesOf } from '#shared/policy-lint/matches.js';
import { forgetReadings } from '#shared/policy-lint/memo.js';
import type { PolicyPack } from '#shared/policy-lint/types.js';
import { readAnswer } from './answers.js';
import { finalInterpretationRight, otherVoid } from './format-terms.js';
import { openedPackagingExcluded, tagsConditionOverreach } from './intactness.js';
import { countOf } from './lexicon.js';
import { instanceOfLawful, refusesUnconditionally } from './lists.js';
import { deductionsNotAllowed, giftChargedAtFullPrice } from './money.js';
import { inspectionNoticeTooShort, refundLaterThanLaw, windowShorterThanLaw } from './periods.js';
import {
  burdenOfProofOnConsumer,
  exchangeOnly,
  qualityReturnShippingOnConsumer,
  qualityReturnsRefused,
} from './quality.js';
import { grantsListedGrounds, REFUSED_EXCEPT_LEAD } from './reading.js';
import { excludedWithoutConfirmation, noReturnsAtAll, saleItemsExcluded } from './refusals.js';
import { CN_POLICY_SCOPES } from './scope.js';

/** The ruleset whose law and reading these clause rules implement; the answer's `rulesetVersion`. */
export const CN_POLICY_RULESET_ID = 'cn-2024-07-01.r2';

/**
 * The revision of the pack's reading: every answer names it (`policyRevision`). A released revision
 * never changes: any change in what the lint answers is a new revision with its CHANGELOG entry, and
 * `test/policy-lint/revision.test.ts` pins each revision's answers by digest.
 */
export const CN_POLICY_REVISION = 'cn-policy.356';

/** Every clause rule of the pack, in the order their issues are listed. */
export const CN_POLICY_RULES = Object.freeze([
  noReturnsAtAll,
  saleItemsExcluded,
  openedPackagingExcluded,
  windowShorterThanLaw,
  excludedWithoutConfirmation,
  qualityReturnShippingOnConsumer,
  qualityReturnsRefused,
  exchangeOnly,
  giftChargedAtFullPrice,
  refundLaterThanLaw,
  finalInterpretationRight,
  burdenOfProofOnConsumer,
  inspectionNoticeTooShort,
  deductionsNotAllowed,
  tagsConditionOverreach,
  otherVoid,
]);

export { CN_POLICY_SCOPES };

/** A no-reason promise longer than the law in the text itself: "15天无理由退货", "30-day returns". */
const PROMISE =
  /(\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:个)?(?:天|日|自然日)(?:内)?(?:无理由|无忧|包退|无条件|可退|退换|退货|内可(?:以)?(?:申请)?(?:无理由)?退|可申请(?:无理由)?退)|(?:支持|提供|享受|享有)(\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:天|日)(?!.{0,4}换货)|(\d{1,3})[- ]?days? (?:no[- ]questions?[- ]asked |hassle[- ]free |free )?(?:returns?|return policy|refund)|(?:within|up to) (\d{1,3}) days/g;

/** The longest no-reason window a clause promises, or 0 (shorter "windows" are judged, not promises). */
export function promisedDays(reading: string): number {
  let best = 0;
  for (const match of matchesOf(PROMISE, reading)) {
    const days = countOf(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
    if (
      days > 7 &&
      days <= 365 &&
      !/质量|defect|warranty|保修|质保|refund within/.test(
        reading.slice(match.index ?? 0, (match.index ?? 0) + match[0].length + 6),
      )
    )
      best = Math.max(best, days);
  }
  return best;
}

export const CN_POLICY_PACK: PolicyPack = {
  rulesetVersion: CN_POLICY_RULESET_ID,
  revision: CN_POLICY_REVISION,
  rules: CN_POLICY_RULES,
  leadRules: [windowShorterThanLaw, refundLaterThanLaw, inspectionNoticeTooShort],
  beginPolicy: forgetReadings,
  scopes: CN_POLICY_SCOPES,
  promisedDays,
  refusesUnconditionally,
  refusesAllButItems: (reading: string) => REFUSED_EXCEPT_LEAD.test(reading.trim()),
  grantsListedGrounds,
  instanceOfLawful,
  readAnswer,
  lawfulMessage: {
    zh: '未发现排除或限制消费者权利的内容。',
    en: 'Nothing here excludes or limits the consumer’s rights.',
  },
};
