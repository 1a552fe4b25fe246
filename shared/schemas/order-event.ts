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
  shopId: ExternalIdSchema.describe('The shop (its webhook secret signs the event)'),
  orderId: ExternalIdSchema.describe('The order'),
  occurredAt: DateTimeSchema.describe('When it happened (with an offset; never in the future)'),
};

const SkuSchema = ExternalIdSchema.describe('The item (SKU) the event is about');

/** `data` of events about the whole order: `{}` or an optional `sku`. */
const OrderDataSchema = z
  .strictObject({ sku: SkuSchema.optional() })
  .default({})
  .describe('`{}`, or the item it is about');

export const OrderDeliveredEventSchema = z.strictObject({
  type: z.literal('order.delivered').describe('The event type'),
  ...envelope,
  data: OrderDataSchema,
});

export const ReturnRequestedEventSchema = z.strictObject({
  type: z.literal('return.requested').describe('The event type'),
  ...envelope,
  data: OrderDataSchema,
});

export const ReturnRefusedEventSchema = z.strictObject({
  type: z.literal('return.refused').describe('The event type'),
  ...envelope,
  data: z
    .strictObject({
      sku: SkuSchema,
      /** The check the shop ran before refusing, if it names one. */
      checkId: ExternalIdSchema.optional().describe('The check the shop ran before refusing, if it names one'),
    })
    .describe('The refused item'),
});

export const ReturnReceivedEventSchema = z.strictObject({
  type: z.literal('return.received').describe('The event type'),
  ...envelope,
  data: z.strictObject({ sku: SkuSchema }).describe('The item whose returned goods the shop received'),
});

export const RefundIssuedEventSchema = z.strictObject({
  type: z.literal('refund.issued').describe('The event type'),
  ...envelope,
  data: z
    .strictObject({
      sku: SkuSchema,
      amountFen: FenSchema.min(1, 'must be greater than 0').describe('The amount refunded, in fen (> 0)'),
    })
    .describe('The refunded item'),
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
  status: z.enum(['accepted', 'duplicate']).describe('`duplicate`: this webhook-id was seen before (no second effect)'),
  webhookId: z.string().describe('The `webhook-id` header'),
  type: z.enum(ORDER_EVENT_TYPES).optional().describe('The event type'),
  flags: z
    .array(
      z.object({
        flagId: z.string().describe('The flag’s id (use it like a checkId on the review routes)'),
        flag: z.string().describe('The kind of flag'),
        created: z.boolean().describe('false when the same flag was raised before'),
      }),
    )
    .optional()
    .describe('Review-queue flags this event raised'),
});
export type OrderEventReceipt = z.infer<typeof OrderEventReceiptSchema>;

/** The answer of POST /v1/reconciliation/run. */
export const SweepSummarySchema = z.object({
  scanned: z.number().int().describe('Refund obligations that had fallen due'),
  flagged: z.number().int().describe('New refund_overdue flags raised'),
  alreadyFlagged: z.number().int().describe('Obligations flagged before'),
  settledMeanwhile: z.number().int().describe('Obligations refunded while the sweep ran'),
  pages: z.number().int().describe('Pages read'),
  now: z.string().describe('The sweep’s "now", China Standard Time'),
  ms: z.number().describe('Duration in milliseconds'),
});
export type SweepSummary = z.infer<typeof SweepSummarySchema>;
