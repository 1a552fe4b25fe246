import * as z from 'zod';
import { DateTimeSchema, ExternalIdSchema } from './common.js';

/**
 * The events order systems send to POST /v1/webhooks/order-events (contract: "POST
 * /v1/webhooks/order-events"). Every event names its shop, its order and when it happened
 * (`occurredAt`, with an offset); `data` carries the item it is about.
 */
export const ORDER_EVENT_TYPES = [
  'order.delivered',
  'return.requested',
  'return.refused',
  'return.received',
  'refund.issued',
] as const;
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number];

const FenSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const envelope = {
  shopId: ExternalIdSchema,
  orderId: ExternalIdSchema,
  occurredAt: DateTimeSchema,
};

/** `data` of events about the whole order: `{}` or an optional `sku`. */
const OrderDataSchema = z.strictObject({ sku: ExternalIdSchema.optional() }).default({});

export const OrderDeliveredEventSchema = z.strictObject({
  type: z.literal('order.delivered'),
  ...envelope,
  data: OrderDataSchema,
});

export const ReturnRequestedEventSchema = z.strictObject({
  type: z.literal('return.requested'),
  ...envelope,
  data: OrderDataSchema,
});

export const ReturnRefusedEventSchema = z.strictObject({
  type: z.literal('return.refused'),
  ...envelope,
  data: z.strictObject({
    sku: ExternalIdSchema,
    /** The check the shop ran before refusing, if it names one. */
    checkId: ExternalIdSchema.optional(),
  }),
});

export const ReturnReceivedEventSchema = z.strictObject({
  type: z.literal('return.received'),
  ...envelope,
  data: z.strictObject({ sku: ExternalIdSchema }),
});

export const RefundIssuedEventSchema = z.strictObject({
  type: z.literal('refund.issued'),
  ...envelope,
  // Contract 1.1: a refund of nothing does not count as one.
  data: z.strictObject({ sku: ExternalIdSchema, amountFen: FenSchema.min(1, 'must be greater than 0') }),
});

/**
 * One order event, discriminated by `type`. Unknown types, missing `data.sku` where it is needed and
 * times without an offset are refused with the contract's 400 issue list.
 *
 * @example OrderEventSchema.parse({ type: 'order.delivered', shopId: 'demo-shop', orderId: 'O-1001',
 *   occurredAt: '2026-03-03T15:00:00+08:00', data: {} })
 */
export const OrderEventSchema = z.discriminatedUnion('type', [
  OrderDeliveredEventSchema,
  ReturnRequestedEventSchema,
  ReturnRefusedEventSchema,
  ReturnReceivedEventSchema,
  RefundIssuedEventSchema,
]);
export type OrderEvent = z.infer<typeof OrderEventSchema>;
export type OrderEventInput = z.input<typeof OrderEventSchema>;

/** What the receiver reads before it knows whose secret to verify with: just the shop. */
export const OrderEventShopSchema = z.object({ shopId: ExternalIdSchema });

/** The Standard Webhooks message id (`webhook-id`): printable, no spaces, bounded. */
export const WebhookIdSchema = z.string().regex(/^[\x21-\x7e]{1,256}$/);

/** The answer to a delivered event. */
export const OrderEventReceiptSchema = z.object({
  status: z.enum(['accepted', 'duplicate']),
  webhookId: z.string(),
  type: z.enum(ORDER_EVENT_TYPES).optional(),
  flags: z.array(z.object({ flagId: z.string(), flag: z.string(), created: z.boolean() })).optional(),
});
export type OrderEventReceipt = z.infer<typeof OrderEventReceiptSchema>;

/** The answer of POST /v1/reconciliation/run. */
export const SweepSummarySchema = z.object({
  scanned: z.number().int(),
  flagged: z.number().int(),
  alreadyFlagged: z.number().int(),
  settledMeanwhile: z.number().int(),
  pages: z.number().int(),
  now: z.string(),
  ms: z.number(),
});
export type SweepSummary = z.infer<typeof SweepSummarySchema>;
