import fc from 'fast-check';
import { parseInstant } from '#rules/time.js';
import {
  CATEGORIES,
  CheckRequestSchema,
  CONFIRMATIONS,
  EVIDENCE_TYPES,
  NON_RETURNABLE_BASES,
  REFUSAL_REASONS,
  RETURN_KINDS,
  SALES_CHANNELS,
} from '#schemas/check.js';

/** Arbitrary check requests over the whole request schema, for property tests and the r1 snapshot. */
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An ISO instant with an arbitrary offset, between 2013 and 2028 (covers every law-in-force date and the calendar gap). */
const instant = fc
  .record({
    ms: fc.integer({ min: Date.UTC(2013, 0, 1), max: Date.UTC(2028, 11, 31) }),
    offset: fc.constantFrom(0, 480, -300, 330, 600, -720, 840),
    z: fc.boolean(),
  })
  .map(({ ms, offset, z }) => {
    if (z && offset === 0) return new Date(ms).toISOString();
    const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  });

/** Requests near each other in time, so windows, boundaries and holidays are hit often. */
const timeline = fc
  .record({
    placed: instant,
    deliveryLagMinutes: fc.option(fc.integer({ min: -2 * 1440, max: 20 * 1440 }), { nil: null }),
    requestLagMinutes: fc.integer({ min: -3 * 1440, max: 200 * 1440 }),
    confirmLagMinutes: fc.option(fc.integer({ min: -60, max: 3 * 1440 }), { nil: null }),
    recordedLagMinutes: fc.option(fc.integer({ min: -1440, max: 10 * 1440 }), { nil: undefined }),
  })
  .map((t) => {
    const base = parseInstant(t.placed);
    const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
    const delivered = t.deliveryLagMinutes === null ? null : base + t.deliveryLagMinutes * 60_000;
    return {
      placedAt: t.placed,
      deliveredAt: delivered === null ? null : new Date(delivered).toISOString(),
      requestedAt: at((t.deliveryLagMinutes ?? 0) + t.requestLagMinutes),
      confirmedAt: t.confirmLagMinutes === null ? null : at(t.confirmLagMinutes),
      recordedDeliveredAt: t.recordedLagMinutes === undefined ? undefined : at(t.recordedLagMinutes),
    };
  });

export const requestArb = fc
  .record({
    t: timeline,
    salesChannel: fc.constantFrom(...SALES_CHANNELS),
    buyerType: fc.constantFrom('consumer', 'consumer', 'consumer', 'business'),
    shopPolicy: fc.option(
      fc.record({
        returnWindowDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        coversExcludedGoods: fc.boolean(),
      }),
      { nil: undefined },
    ),
    consumerChoseCarrier: fc.boolean(),
    category: fc.constantFrom(...CATEGORIES),
    customMade: fc.boolean(),
    perishable: fc.boolean(),
    digital: fc.option(
      fc.record({
        delivery: fc.constantFrom('download', 'physical_media'),
        downloaded: fc.boolean(),
        unsealed: fc.boolean(),
      }),
      { nil: null },
    ),
    nonReturnable: fc.option(
      fc.record({ basis: fc.constantFrom(...NON_RETURNABLE_BASES), confirmation: fc.constantFrom(...CONFIRMATIONS) }),
      { nil: null },
    ),
    durable: fc.boolean(),
    threeGuarantees: fc.boolean(),
    gifts: fc.array(
      fc.record({
        name: fc.constantFrom('A', 'B', 'C'),
        declaredPriceFen: fc.option(fc.nat(10_000), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    kind: fc.constantFrom(...RETURN_KINDS),
    repairAttempts: fc.integer({ min: 0, max: 4 }),
    flags: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    accessoriesMissing: fc.array(fc.constantFrom('charger', 'cable'), { maxLength: 2 }),
    giftsMissing: fc.array(fc.constantFrom('A', 'B', 'Z'), { maxLength: 2 }),
    reason: fc.constantFrom(...REFUSAL_REASONS),
    evidence: fc.array(fc.constantFrom(...EVIDENCE_TYPES), { maxLength: 3 }),
  })
  .map((r) => {
    const [
      packagingOpened,
      necessarySealBroken,
      tagsRemoved,
      soiledOrDamaged,
      unauthorizedRepairOrModification,
      markingsTampered,
      obviousUseTraces,
      activated,
    ] = r.flags;
    const input = {
      requestId: 'prop-1',
      order: {
        orderId: 'O-P',
        salesChannel: r.salesChannel,
        buyerType: r.buyerType,
        placedAt: r.t.placedAt,
        deliveredAt: r.t.deliveredAt,
        ...(r.shopPolicy ? { shopPolicy: r.shopPolicy } : {}),
        consumerChoseCarrier: r.consumerChoseCarrier,
      },
      item: {
        sku: 'S',
        name: 'item',
        category: r.category,
        priceFen: 100,
        quantity: 1,
        customMade: r.customMade,
        perishable: r.perishable,
        digital: r.digital,
        nonReturnable: r.nonReturnable ? { ...r.nonReturnable, confirmedAt: r.t.confirmedAt } : null,
        durable: r.durable,
        threeGuarantees: r.threeGuarantees,
        gifts: r.gifts,
      },
      returnRequest: {
        requestedAt: r.t.requestedAt,
        kind: r.kind,
        repairAttempts: r.repairAttempts,
        condition: {
          packagingOpened,
          necessarySealBroken,
          tagsRemoved,
          soiledOrDamaged,
          unauthorizedRepairOrModification,
          markingsTampered,
          obviousUseTraces,
          activated,
          accessoriesMissing: r.accessoriesMissing,
          giftsMissing: r.giftsMissing,
        },
      },
      refusal: { reason: r.reason, evidence: r.evidence.map((type, i) => ({ type, ref: `ev-${i}` })) },
    };
    return { request: CheckRequestSchema.parse(input), recordedDeliveredAt: r.t.recordedDeliveredAt };
  });
