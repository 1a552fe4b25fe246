import type { Parameter } from '../ruleset.js';

/**
 * The statutory numbers of the PRC pack, one place each. A ruleset carries its own copy; a law that
 * changes a number is a new ruleset with a new value here, never an edit of a released one.
 */
export interface CnParameters {
  /** CRPL 25 ¶1: the no-reason window, in days from the day after signing. */
  readonly noReasonDays: Parameter;
  /** CRPL 24 ¶1: the quality-return window, in days from the day after receipt. */
  readonly qualityDays: Parameter;
  /** CRPL 23 ¶3: the seller's burden of proof for durable goods, in months after receipt. */
  readonly durableProofMonths: Parameter;
  /** THREE-GUARANTEES 10: exchange or repair within these days of sale. */
  readonly threeGuaranteesExchangeDays: Parameter;
  /** THREE-GUARANTEES 11: the whole-machine 三包 period, in years after receipt. */
  readonly threeGuaranteesWholeMachineYears: Parameter;
  /** THREE-GUARANTEES 11: the longest main-component 三包 period, in years after receipt. */
  readonly threeGuaranteesMainComponentYears: Parameter;
  /** CIVIL-CODE 621 ¶2: the longest time to object to non-conforming goods, in years after receipt. */
  readonly objectionYears: Parameter;
  /** CRPL 25 ¶3, NRR-MEASURES 13: the refund, in days after the shop receives the returned goods. */
  readonly refundDays: Parameter;
}

const p = (
  value: number,
  unit: Parameter['unit'],
  effectiveFrom: string,
  source: string,
  description: string,
): Parameter => Object.freeze({ value, unit, effectiveFrom, source, description });

/** The values of the law baseline 2024-07-01 (unchanged since the 2013 CRPL revision and the Civil Code). */
export const CN_PARAMETERS_2024: CnParameters = Object.freeze({
  noReasonDays: p(7, 'days', '2014-03-15', 'CRPL 25 ¶1', 'no-reason return window'),
  qualityDays: p(7, 'days', '2014-03-15', 'CRPL 24 ¶1', 'return of non-conforming goods'),
  durableProofMonths: p(6, 'months', '2014-03-15', 'CRPL 23 ¶3', "seller's burden of proof for durable goods"),
  threeGuaranteesExchangeDays: p(15, 'days', '1995-08-25', 'THREE-GUARANTEES 10', 'exchange or repair after sale'),
  threeGuaranteesWholeMachineYears: p(1, 'years', '1995-08-25', 'THREE-GUARANTEES 11', 'whole-machine 三包 period'),
  threeGuaranteesMainComponentYears: p(
    3,
    'years',
    '1995-08-25',
    'THREE-GUARANTEES 11',
    'longest main-component 三包 period',
  ),
  objectionYears: p(2, 'years', '2021-01-01', 'CIVIL-CODE 621 ¶2', 'longest time to object to non-conformity'),
  refundDays: p(7, 'days', '2014-03-15', 'CRPL 25 ¶3, NRR-MEASURES 13', 'refund after the returned goods arrive'),
});
