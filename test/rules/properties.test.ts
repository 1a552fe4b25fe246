import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, RULEBOOK } from '#rules/index.js';
import { INSTRUMENTS as LAW } from '#rules/law/index.js';
import { cstDay, isoDate, parseInstant } from '#rules/time.js';
import {
  CATEGORIES,
  CheckRequestSchema,
  CONFIRMATIONS,
  EVIDENCE_TYPES,
  FindingSchema,
  NON_RETURNABLE_BASES,
  REFUSAL_REASONS,
  RETURN_KINDS,
  SALES_CHANNELS,
} from '#schemas/check.js';

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

const requestArb = fc
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

const ruleById = new Map(RULEBOOK.map((r) => [r.id, r]));

describe('Property: evaluate over the request schema', () => {
  it('never throws, is deterministic, and every verdict carries what the contract promises', () => {
    fc.assert(
      fc.property(requestArb, ({ request, recordedDeliveredAt }) => {
        const context = { recordedDeliveredAt };
        const decision = evaluate(request, context);
        expect(evaluate(request, context)).toEqual(decision);
        for (const finding of decision.findings) FindingSchema.parse(finding);
        expect(decision.findings.map((f) => f.ruleId)).not.toContain('cn.rulebook.undecided');
        expect(decision.findings.map((f) => f.ruleId)).not.toContain('cn.rulebook.engine-error');
        const withCitation = (outcome: string) =>
          decision.findings.some((f) => f.outcome === outcome && f.citations.length > 0);
        switch (decision.verdict) {
          case 'ALLOW':
            expect(withCitation('supports_refusal')).toBe(true);
            expect(decision.requiredActions).not.toContain('hold_until_review');
            break;
          case 'BLOCK': {
            expect(withCitation('violated')).toBe(true);
            expect(decision.requiredActions.length).toBeGreaterThan(0);
            // Exactly one of the two; restating needs a lawful alternative, and with none the shop
            // must accept. (A row that names accept_return keeps it even when alternatives exist.)
            const restate = decision.requiredActions.includes('restate_reason');
            expect(restate).toBe(!decision.requiredActions.includes('accept_return'));
            if (restate) expect(decision.alternativeReasons.length).toBeGreaterThan(0);
            if (decision.alternativeReasons.length === 0) expect(decision.requiredActions).toContain('accept_return');
            break;
          }
          case 'REVIEW':
            expect(decision.requiredActions).toEqual(['hold_until_review']);
            expect(decision.findings.some((f) => f.outcome === 'needs_review')).toBe(true);
            break;
        }
        expect(decision.alternativeReasons).not.toContain(request.refusal.reason);
        // Every citation belongs to the rule that made the finding and was in force at placedAt.
        const placedDate = isoDate(cstDay(parseInstant(request.order.placedAt)));
        for (const finding of decision.findings) {
          const rule = ruleById.get(finding.ruleId);
          expect(rule, finding.ruleId).toBeDefined();
          for (const c of finding.citations) {
            expect(
              LAW[c.instrument].effectiveFrom <= placedDate,
              `${finding.ruleId} cites ${c.instrument} for an order of ${placedDate}`,
            ).toBe(true);
            expect(
              rule?.citations.some(
                (rc) =>
                  rc.instrument === c.instrument &&
                  rc.article === c.article &&
                  rc.paragraph === c.paragraph &&
                  rc.item === c.item,
              ),
            ).toBe(true);
          }
        }
        // Stated deadlines are well-formed; a known delivery always yields returnWindowEndsAt.
        if (request.order.deliveredAt !== null || recordedDeliveredAt) {
          expect(decision.deadlines.returnWindowEndsAt).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\.999\+08:00$/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('fails closed: a not-intact refusal of a consumer’s distance purchase without proof is never ALLOW', () => {
    fc.assert(
      fc.property(requestArb, ({ request }) => {
        const r = structuredClone(request);
        r.order.buyerType = 'consumer';
        if (r.order.salesChannel === 'in_store') r.order.salesChannel = 'online';
        r.returnRequest.kind = 'no_reason';
        r.refusal.reason = 'not_intact';
        r.refusal.evidence = r.refusal.evidence.filter(
          (e) => !['photo', 'video', 'inspection_report'].includes(e.type),
        );
        expect(evaluate(r).verdict).not.toBe('ALLOW');
      }),
      { numRuns: 1000 },
    );
  });

  it('fails closed: an abuse claim is never ALLOW for a consumer’s distance purchase', () => {
    fc.assert(
      fc.property(requestArb, ({ request }) => {
        const r = structuredClone(request);
        r.order.buyerType = 'consumer';
        if (r.order.salesChannel === 'in_store') r.order.salesChannel = 'online';
        r.refusal.reason = 'abusive_return';
        expect(evaluate(r).verdict).not.toBe('ALLOW');
      }),
      { numRuns: 1000 },
    );
  });
});
