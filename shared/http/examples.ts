import { citationRef, evaluate } from '#rules/index.js';
import { type CheckRequestInput, CheckRequestSchema, type CheckResponse, type Verdict } from '#schemas/check.js';
import { renderDecision } from '#shared/decisions/checks.js';

/**
 * The reference's worked examples, one per verdict (law/RULES.md §3.2): a T-shirt refused for its
 * opened bag on day 3 (BLOCK: opening to inspect does not affect intactness), fresh fruit refused as
 * perishable (ALLOW: excluded by CRPL 25 ¶1(2)), and an abuse claim (REVIEW: judged by people). The
 * answers are what the engine decides on these facts, with a fixed id and time.
 */
const BASE = {
  order: {
    orderId: 'O-1001',
    salesChannel: 'online',
    buyerType: 'consumer',
    placedAt: '2026-04-01T09:00:00+08:00',
    deliveredAt: '2026-04-02T18:20:00+08:00',
  },
  item: {
    sku: 'TS-1',
    name: '纯棉T恤',
    category: 'apparel',
    priceFen: 7900,
    quantity: 1,
    customMade: false,
    perishable: false,
    digital: null,
    nonReturnable: null,
  },
  returnRequest: { requestedAt: '2026-04-05T11:00:00+08:00', kind: 'no_reason', condition: { packagingOpened: true } },
} as const;

const REQUESTS: { verdict: Verdict; summary: string; request: CheckRequestInput }[] = [
  {
    verdict: 'BLOCK',
    summary: 'BLOCK: a T-shirt refused because its bag was opened (day 3 of the no-reason window)',
    request: {
      ...BASE,
      requestId: 'example-block-1',
      refusal: { reason: 'packaging_opened', evidence: [{ type: 'photo', ref: 'https://img.example.com/1.jpg' }] },
    },
  },
  {
    verdict: 'ALLOW',
    summary: 'ALLOW: fresh fruit refused as perishable goods',
    request: {
      ...BASE,
      requestId: 'example-allow-1',
      order: { ...BASE.order, orderId: 'O-1002' },
      item: { ...BASE.item, sku: 'FR-1', name: '新鲜荔枝 1kg', category: 'food', priceFen: 5900, perishable: true },
      returnRequest: { ...BASE.returnRequest, condition: {} },
      refusal: { reason: 'perishable' },
    },
  },
  {
    verdict: 'REVIEW',
    summary: 'REVIEW: a refusal that claims an abusive return (judged by staff on evidence)',
    request: {
      ...BASE,
      requestId: 'example-review-1',
      order: { ...BASE.order, orderId: 'O-1003' },
      returnRequest: { ...BASE.returnRequest, condition: {} },
      refusal: { reason: 'abusive_return', note: 'Sixth return this month' },
    },
  },
];

function answer(request: CheckRequestInput, n: number): CheckResponse {
  const parsed = CheckRequestSchema.parse(request);
  const decision = evaluate(parsed);
  return renderDecision({
    checkId: `01JQEXAMPLE00000000000000${n}`,
    shopId: 'demo-shop',
    requestId: parsed.requestId,
    orderId: parsed.order.orderId,
    sku: parsed.item.sku,
    requestHash: '',
    request: parsed,
    verdict: decision.verdict,
    findings: decision.findings.map((f) => ({ ...f, citations: f.citations.map(citationRef) })),
    requiredActions: decision.requiredActions,
    alternativeReasons: decision.alternativeReasons,
    deadlines: decision.deadlines,
    rulesetVersion: decision.rulesetVersion,
    decidedAt: '2026-04-05T11:00:01.123+08:00',
    review: { status: 'none', version: 1, history: [] },
  });
}

export interface CheckExample {
  verdict: Verdict;
  summary: string;
  request: CheckRequestInput;
  response: CheckResponse;
}

let built: CheckExample[] | undefined;

/** The examples, built on first use (the engine runs three times). */
export function checkExamples(): CheckExample[] {
  built ??= REQUESTS.map((example, i) => ({ ...example, response: answer(example.request, i + 1) }));
  return built;
}
