import type { Category, CheckRequest } from '#schemas/check.js';
import { periodEnd, restThrough } from './calendar/index.js';
import type { CnParameters } from './cn/parameters.js';
import { addMonths, cstDay, parseInstant } from './time.js';
import type { ConfirmationCheck, Facts, Intactness, Period } from './types.js';

/** r2: a period of `n` months from receipt (CIVIL-CODE 202, extended by 203); null where none is counted. */
function months(receiptDay: number | null, n: number, requestDay: number, beforeReceipt: boolean): Period | null {
  return receiptDay === null ? null : periodFrom(addMonths(receiptDay, n), requestDay, beforeReceipt, 2);
}

/**
 * The longest run of statutory rest days a period's end can be moved over, with a wide margin: the
 * longest ever published was the 2020 Spring Festival (10 days with the extraordinary extension).
 */
export const MAX_REST_RUN = 31;

/** How a ruleset of the PRC pack reads facts: its parameters and the revision of its reading. */
export interface FactsOptions {
  readonly params: CnParameters;
  /** 1 = cn-2024-07-01 as first released; 2 = revision r2 (RULES.md "Revision r2"). */
  readonly revision: 1 | 2;
}

/** NRR-MEASURES 9(1): food (incl. health food), cosmetics, medical devices, family-planning goods. */
const SEALED_CATEGORIES: ReadonlySet<Category> = new Set(['food', 'cosmetics', 'medical_device', 'family_planning']);
/** NRR-MEASURES 9(3): apparel, footwear and headwear, luggage, toys, home textiles, household goods. */
const SOFT_CATEGORIES: ReadonlySet<Category> = new Set([
  'apparel',
  'footwear_headwear',
  'luggage_bags',
  'toys',
  'home_textiles',
  'household',
]);
const PROOF_TYPES: ReadonlySet<string> = new Set(['photo', 'video', 'inspection_report']);

/**
 * A period of `days` days counted from receipt day `receipt`: it starts the next day (CIVIL-CODE
 * 201 ¶1, NRR-MEASURES 10 ¶2), its nominal last day is receipt + days, moved past statutory rest
 * days (CIVIL-CODE 203 ¶1), and it ends at 24:00 of that day (CIVIL-CODE 203 ¶2) — so a request
 * counts by its China Standard Time date.
 */
function period(
  receipt: number | null,
  days: number,
  requestDay: number,
  requestedBeforeReceipt: boolean,
  revision: 1 | 2 = 1,
): Period {
  if (receipt === null) return { last: Number.NaN, end: undefined, state: 'not_begun', inExtension: false };
  return periodFrom(receipt + days, requestDay, requestedBeforeReceipt, revision);
}

/**
 * A period whose nominal last day is `last`. r2 ("Calendar gaps"): when the extended end lies beyond
 * the calendar data, a request on a day the data shows to be inside the rest run is still in time.
 */
function periodFrom(last: number, requestDay: number, requestedBeforeReceipt: boolean, revision: 1 | 2): Period {
  const end = periodEnd(last);
  if (requestedBeforeReceipt) return { last, end, state: 'not_begun', inExtension: false };
  if (requestDay <= last) return { last, end, state: 'inside', inExtension: false };
  if (end === undefined) {
    if (revision >= 2) {
      if (restThrough(last, requestDay)) return { last, end, state: 'inside', inExtension: true };
      // A holiday extension can only lengthen a period by the rest run after its last day, and no
      // State Council arrangement has ever made one longer than MAX_REST_RUN days: a request later
      // than that is after the period whatever the missing data says (RULES.md "Calendar gaps").
      if (requestDay > last + MAX_REST_RUN) return { last, end, state: 'after', inExtension: false };
    }
    return { last, end, state: 'unknown', inExtension: false };
  }
  if (requestDay <= end) return { last, end, state: 'inside', inExtension: true };
  return { last, end, state: 'after', inExtension: false };
}

function intactness(request: CheckRequest, revision: 1 | 2): Intactness {
  const c = request.returnRequest.condition;
  const category = request.item.category;
  const sealed = SEALED_CATEGORIES.has(category);
  const soft = SOFT_CATEGORIES.has(category);
  const electronics = category === 'electronics';
  const accessoriesMissing = c.accessoriesMissing.length > 0;
  const sealBroken = sealed && c.necessarySealBroken;
  const electronicsUsed =
    electronics && (c.unauthorizedRepairOrModification || c.markingsTampered || c.obviousUseTraces);
  const softGoodsUsed = soft && (c.tagsRemoved || c.soiledOrDamaged);
  const activationOnly = electronics && c.activated && !electronicsUsed;
  // Signs of use that the category's own list does not name fall to the general test of 9 ¶1.
  // r2 (RULES.md §3.4): any flag the category's row does not name, including a broken seal outside 9(1).
  const generalTest =
    (!soft && (c.tagsRemoved || c.soiledOrDamaged)) ||
    (!electronics && (c.unauthorizedRepairOrModification || c.markingsTampered || c.obviousUseTraces || c.activated)) ||
    (revision >= 2 && !sealed && c.necessarySealBroken);
  const definite = accessoriesMissing || sealBroken || electronicsUsed || softGoodsUsed;
  return {
    accessoriesMissing,
    sealBroken,
    electronicsUsed,
    softGoodsUsed,
    activationOnly,
    generalTest,
    definite,
    anySign: definite || activationOnly || generalTest,
  };
}

/** No exclusion by confirmation was marked: one shared answer. */
const UNMARKED: ConfirmationCheck = Object.freeze({
  marked: false,
  natureListed: false,
  explicit: false,
  atPurchase: false,
  natureInPlay: false,
  valid: false,
});

function confirmation(request: CheckRequest, placed: number, revision: 1 | 2): ConfirmationCheck {
  const mark = request.item.nonReturnable;
  if (!mark) return UNMARKED;
  const c = request.returnRequest.condition;
  const confirmedAt = mark.confirmedAt === null ? Number.NaN : parseInstant(mark.confirmedAt);
  const natureListed = mark.basis !== 'other';
  const explicit = mark.confirmation === 'explicit';
  const atPurchase = confirmedAt <= placed; // NaN (absent or unreadable) compares false
  let natureInPlay: boolean;
  switch (mark.basis) {
    case 'health_safety_after_unsealing':
    case 'quality_change_after_unsealing':
      // r2 (RULES.md §3.3(4), "Terms"): the item's own seal; an outer box or carton is not unsealing.
      natureInPlay = revision >= 2 ? c.necessarySealBroken : c.necessarySealBroken || c.packagingOpened;
      break;
    case 'value_loss_on_activation_or_trial':
      // r2: breaking a seal that is itself the trial (a blind box) brings the nature into play too.
      natureInPlay = c.activated || c.obviousUseTraces || (revision >= 2 && c.necessarySealBroken);
      break;
    case 'near_expiry_disclosed':
    case 'defect_disclosed':
      natureInPlay = true;
      break;
    default:
      natureInPlay = false;
  }
  return {
    marked: true,
    natureListed,
    explicit,
    atPurchase,
    natureInPlay,
    valid: natureListed && explicit && atPurchase && natureInPlay,
  };
}

/**
 * Derives the facts every rule reads, once per request. The webhook-recorded delivery time wins over
 * the request's (RULES.md "Time"); all legal dates are China Standard Time calendar days.
 */
export function deriveFacts(
  request: CheckRequest,
  recordedDeliveredAt: string | null | undefined,
  options: FactsOptions,
): Facts {
  const { params, revision } = options;
  const noReasonDays = params.noReasonDays.value;
  const { order, item, returnRequest, refusal } = request;
  const placed = parseInstant(order.placedAt);
  const requested = parseInstant(returnRequest.requestedAt);
  const requestDelivered = order.deliveredAt ? parseInstant(order.deliveredAt) : null;
  const recordedParsed = recordedDeliveredAt ? parseInstant(recordedDeliveredAt) : Number.NaN;
  const recordedDelivered = Number.isNaN(recordedParsed) ? null : recordedParsed;
  const delivered = recordedDelivered ?? requestDelivered;
  const placedDay = cstDay(placed);
  const distance = order.salesChannel !== 'in_store';
  // r2 (RULES.md §1): in store, R is the delivery date or, when none, the date of the sale.
  const receiptDay = delivered !== null ? cstDay(delivered) : revision >= 2 && !distance ? placedDay : null;
  const requestDay = cstDay(requested);
  const consumer = order.buyerType === 'consumer';
  const promiseDays = order.shopPolicy?.returnWindowDays ?? 0;
  const windowDays = distance ? Math.max(noReasonDays, promiseDays) : promiseDays;
  const beforeReceipt = delivered !== null && requested < delivered;
  const window = windowDays > 0 ? period(receiptDay, windowDays, requestDay, beforeReceipt, revision) : null;
  const quality = period(receiptDay, params.qualityDays.value, requestDay, beforeReceipt, revision);
  // r2 (RULES.md "Time"): periods in months and years end on the corresponding day (CIVIL-CODE 202)
  // and are extended over rest days (CIVIL-CODE 203); computed only for the rows that read them.
  const monthsFrom = revision >= 2 && receiptDay !== null && returnRequest.kind !== 'no_reason' ? receiptDay : null;
  const promise =
    revision < 2 || promiseDays < 1
      ? null
      : promiseDays === windowDays
        ? window // the same days counted the same way
        : period(receiptDay, promiseDays, requestDay, beforeReceipt, revision);
  // Only the durable-goods rule reads the six months (CRPL 23 ¶3): skip the arithmetic otherwise.
  const sixMonthsLast =
    receiptDay === null || !item.durable || returnRequest.kind === 'no_reason'
      ? null
      : addMonths(receiptDay, params.durableProofMonths.value);
  let hasProof = false;
  let hasInspectionReport = false;
  for (const e of refusal.evidence) {
    if (PROOF_TYPES.has(e.type)) hasProof = true;
    if (e.type === 'inspection_report') hasInspectionReport = true;
  }
  const intact = intactness(request, revision);
  const confirm = confirmation(request, placed, revision);
  const digital = item.digital;
  const statutoryExclusion =
    item.customMade ||
    item.perishable ||
    (digital !== null && (digital.downloaded || digital.unsealed)) ||
    item.category === 'newspapers_periodicals';
  const covers = order.shopPolicy?.coversExcludedGoods === true;
  const windowOpen = window !== null && (window.state === 'inside' || window.state === 'not_begun');
  const missingGifts = returnRequest.condition.giftsMissing;
  return {
    request,
    params,
    revision,
    placed,
    placedDay,
    requested,
    requestDay,
    delivered,
    receiptDay,
    deliveryConflict: recordedDelivered !== null && requestDelivered !== null && recordedDelivered !== requestDelivered,
    requestDelivered,
    recordedDelivered,
    consumer,
    distance,
    kind: returnRequest.kind,
    category: item.category,
    promiseDays,
    windowDays,
    window,
    inPromiseDays:
      distance &&
      promiseDays > noReasonDays &&
      receiptDay !== null &&
      windowOpen &&
      !beforeReceipt &&
      requestDay > receiptDay + noReasonDays,
    quality,
    sixMonthsLast,
    withinSixMonths: sixMonthsLast !== null && requestDay <= sixMonthsLast,
    withinFifteenDaysOfSale: requestDay <= placedDay + params.threeGuaranteesExchangeDays.value,
    hasProof,
    hasInspectionReport,
    intactness: intact,
    statutoryExclusion,
    confirmation: confirm,
    noReasonRightHolds:
      consumer && distance && windowOpen && !(statutoryExclusion && !covers) && !confirm.valid && !intact.anySign,
    giftsChargeable: missingGifts.length > 0 && giftsChargeable(missingGifts, item.gifts, revision),
    promiseCovers: promise !== null && promise.state !== 'after',
    sixMonths: item.durable ? months(monthsFrom, params.durableProofMonths.value, requestDay, beforeReceipt) : null,
    threeGuaranteesPeriods:
      item.threeGuarantees && returnRequest.repairAttempts >= 2
        ? {
            wholeMachine: months(
              monthsFrom,
              12 * params.threeGuaranteesWholeMachineYears.value,
              requestDay,
              beforeReceipt,
            ),
            mainComponent: months(
              monthsFrom,
              12 * params.threeGuaranteesMainComponentYears.value,
              requestDay,
              beforeReceipt,
            ),
          }
        : null,
    objectionPeriod: months(monthsFrom, 12 * params.objectionYears.value, requestDay, beforeReceipt),
  };
}

/**
 * NRR-MEASURES 12 ¶2: every missing gift had a declared price; r2: at least one had.
 *
 * @example giftsChargeable(['mug'], [{ name: 'mug', declaredPriceFen: 1000 }], 2) // true
 */
function giftsChargeable(missing: readonly string[], gifts: CheckRequest['item']['gifts'], revision: 1 | 2): boolean {
  for (const name of missing) {
    let priced = false;
    for (const g of gifts) if (g.name === name && g.declaredPriceFen !== undefined) priced = true;
    if (revision >= 2 && priced) return true;
    if (revision < 2 && !priced) return false;
  }
  return revision < 2;
}

/** The request falls inside the period, or before it began (goods not yet received). */
export function isOpen(period: Period | null): boolean {
  return period !== null && (period.state === 'inside' || period.state === 'not_begun');
}
