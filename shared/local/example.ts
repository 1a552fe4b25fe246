import type { CheckRequestInput } from '#schemas/check.js';

/**
 * The worked example the project shows everywhere (start-up banner, README, benchmark, tests): a
 * T-shirt returned on day 3 of the no-reason window, refused because its bag was opened — a BLOCK.
 *
 * @example JSON.stringify({ ...EXAMPLE_CHECK_REQUEST, requestId: 'readme-1' })
 */
export const EXAMPLE_CHECK_REQUEST = {
  requestId: 'readme-1',
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
  refusal: { reason: 'packaging_opened', evidence: [{ type: 'photo', ref: 's3://bucket/1.jpg' }] },
} as const satisfies CheckRequestInput;
