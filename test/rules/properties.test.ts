import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, RULEBOOK } from '#rules/index.js';
import { INSTRUMENTS as LAW } from '#rules/law/index.js';
import { cstDay, isoDate, parseInstant } from '#rules/time.js';
import { CheckRequestSchema, FindingSchema } from '#schemas/check.js';
import { requestArb } from './arbitraries.js';

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
            // r2: a row may name other actions (durable goods after day 7: offer_exchange_or_repair).
            const restate = decision.requiredActions.includes('restate_reason');
            const accept = decision.requiredActions.includes('accept_return');
            const rowNamed = decision.requiredActions.includes('offer_exchange_or_repair');
            if (!rowNamed) expect(restate).toBe(!accept);
            else expect(restate && accept).toBe(false);
            if (restate) expect(decision.alternativeReasons.length).toBeGreaterThan(0);
            if (decision.alternativeReasons.length === 0 && !rowNamed) expect(accept).toBe(true);
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

describe('Regression: two BLOCKs that name different actions', () => {
  it('never asks both to accept the return and to restate the reason (found by the property test, seed 689230265)', () => {
    // Prepare: the consumer's own carrier (§2 transit row: restate), inside a promised 30-day window (§3: accept).
    const request = CheckRequestSchema.parse({
      requestId: 'regression-1',
      order: {
        orderId: 'O-R',
        salesChannel: 'online',
        buyerType: 'consumer',
        placedAt: '2026-04-01T09:00:00+08:00',
        deliveredAt: '2026-04-02T18:00:00+08:00',
        shopPolicy: { returnWindowDays: 30 },
        consumerChoseCarrier: true,
      },
      item: {
        sku: 'S',
        name: 'vase',
        category: 'household',
        priceFen: 100,
        quantity: 1,
        customMade: false,
        perishable: false,
        digital: null,
        nonReturnable: null,
        gifts: [{ name: 'A' }],
      },
      returnRequest: {
        requestedAt: '2026-04-20T10:00:00+08:00',
        kind: 'damaged_in_transit',
        condition: { giftsMissing: ['A'] },
      },
      refusal: { reason: 'gift_or_accessory_missing', evidence: [] },
    });
    // Act
    const decision = evaluate(request);
    // Assess
    expect(decision.verdict).toBe('BLOCK');
    expect(
      decision.requiredActions.includes('accept_return') && decision.requiredActions.includes('restate_reason'),
    ).toBe(false);
  });
});
