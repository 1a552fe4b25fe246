import * as z from 'zod';
import { DateTimeSchema, ExternalIdSchema, printableText } from './common.js';

/*
 * The wire formats of POST /v1/checks and GET /v1/checks, exactly as ../shared/contract/api-v1.md
 * writes them. Enumerations are `as const` tuples so the rules engine and the OpenAPI document share
 * them with the validator.
 */

export const SALES_CHANNELS = ['online', 'tv', 'phone', 'mail_order', 'in_store'] as const;
export const BUYER_TYPES = ['consumer', 'business'] as const;
export const CATEGORIES = [
  'food',
  'cosmetics',
  'medical_device',
  'family_planning',
  'electronics',
  'apparel',
  'footwear_headwear',
  'luggage_bags',
  'toys',
  'home_textiles',
  'household',
  'jewelry',
  'gifts_crafts',
  'audio_video_media',
  'software',
  'books',
  'newspapers_periodicals',
  'other',
] as const;
export const NON_RETURNABLE_BASES = [
  'health_safety_after_unsealing',
  'quality_change_after_unsealing',
  'value_loss_on_activation_or_trial',
  'near_expiry_disclosed',
  'defect_disclosed',
  'other',
] as const;
export const CONFIRMATIONS = ['explicit', 'default_selected', 'none'] as const;
export const RETURN_KINDS = [
  'no_reason',
  'quality_defect',
  'not_as_described',
  'wrong_item',
  'damaged_in_transit',
  'missing_parts',
] as const;
export const REFUSAL_REASONS = [
  'return_window_expired',
  'custom_made',
  'perishable',
  'digital_downloaded_or_unsealed',
  'newspaper_periodical',
  'confirmed_non_returnable',
  'not_intact',
  'packaging_opened',
  'gift_or_accessory_missing',
  'promotional_or_clearance_item',
  'shop_policy_no_returns',
  'transit_damage_carrier_fault',
  'quality_claim_unverified',
  'abusive_return',
  'after_sales_period_expired',
  'other',
] as const;
export const EVIDENCE_TYPES = ['photo', 'video', 'inspection_report', 'chat_log', 'courier_record', 'other'] as const;
export const VERDICTS = ['ALLOW', 'BLOCK', 'REVIEW'] as const;
export const OUTCOMES = ['violated', 'supports_refusal', 'needs_review', 'satisfied', 'not_applicable'] as const;
export const REQUIRED_ACTIONS = [
  'accept_return',
  'refund_within_7_days_of_receipt',
  'seller_pays_return_shipping',
  'offer_exchange_or_repair',
  'may_charge_declared_gift_price',
  'restate_reason',
  'hold_until_review',
  'may_charge_depreciation',
] as const;
export const INSTRUMENTS = [
  'CRPL',
  'CRPL-REG',
  'NRR-MEASURES',
  'ECL',
  'CIVIL-CODE',
  'THREE-GUARANTEES',
  'OT-MEASURES',
  'PENALTY-MEASURES',
  'SPC-ONLINE-1',
] as const;
export const REVIEW_STATUSES = ['none', 'open', 'awaiting_second_approval', 'resolved'] as const;

export type SalesChannel = (typeof SALES_CHANNELS)[number];
export type BuyerType = (typeof BUYER_TYPES)[number];
export type Category = (typeof CATEGORIES)[number];
export type NonReturnableBasis = (typeof NON_RETURNABLE_BASES)[number];
export type Confirmation = (typeof CONFIRMATIONS)[number];
export type ReturnKind = (typeof RETURN_KINDS)[number];
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export type Verdict = (typeof VERDICTS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type RequiredAction = (typeof REQUIRED_ACTIONS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const flag = z.boolean().default(false);
const FenSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const ShopPolicySchema = z
  .strictObject({
    returnWindowDays: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe('A promised no-reason return window in days; the legal minimum still applies when it is shorter'),
    coversExcludedGoods: flag.describe('The promise also covers goods the law excludes (custom-made, perishable …)'),
  })
  .describe("The shop's own promises");

export const OrderSchema = z
  .strictObject({
    orderId: ExternalIdSchema.describe("The shop's order id"),
    salesChannel: z.enum(SALES_CHANNELS).describe('How the goods were sold; the no-reason right covers distance sales'),
    buyerType: z.enum(BUYER_TYPES).describe('`consumer` buys for daily life; `business` has no consumer rights'),
    placedAt: DateTimeSchema.describe('When the order was placed'),
    deliveredAt: DateTimeSchema.nullable().describe(
      'When the consumer signed for the goods (签收); null while not delivered. A delivery recorded from the order system’s webhook takes precedence',
    ),
    shopPolicy: ShopPolicySchema.optional(),
    consumerChoseCarrier: flag.describe('The consumer chose the carrier, not the shop (transport risk)'),
  })
  .describe('The order the goods came with');

export const DigitalSchema = z
  .strictObject({
    delivery: z.enum(['download', 'physical_media']).describe('Delivered as a download or on physical media'),
    downloaded: z.boolean().describe('The consumer downloaded it'),
    unsealed: z.boolean().describe('The consumer unsealed the physical media'),
  })
  .describe('Digital goods (audio-visual, software …); null for other goods');

export const NonReturnableSchema = z
  .strictObject({
    basis: z.enum(NON_RETURNABLE_BASES).describe('Why the shop marked the item as not eligible for no-reason returns'),
    confirmation: z
      .enum(CONFIRMATIONS)
      .describe('`explicit`: the consumer actively confirmed at purchase; `default_selected`: a pre-ticked box'),
    confirmedAt: DateTimeSchema.nullable().describe('When the consumer confirmed, if they did'),
  })
  .describe('The shop marked this item as not eligible for no-reason returns; null when not');

/** A display name: printable text (no control characters), bounded. */
const NameSchema = printableText(256);

export const GiftSchema = z.strictObject({
  name: NameSchema.describe('The gift'),
  declaredPriceFen: FenSchema.optional().describe('The price the shop declared for the gift beforehand, in fen'),
});

export const ItemSchema = z
  .strictObject({
    sku: ExternalIdSchema.describe("The shop's SKU"),
    name: NameSchema.describe('The product name as the consumer saw it'),
    category: z.enum(CATEGORIES).describe('Product category (decides which intactness tests apply)'),
    priceFen: FenSchema.describe('Unit price paid, in fen (1/100 yuan)'),
    quantity: z.number().int().min(1).max(1_000_000).describe('Units returned'),
    customMade: z.boolean().describe('Made to the consumer’s own specification (定作), not a standard option'),
    perishable: z.boolean().describe('Fresh, live or perishable goods (鲜活易腐)'),
    digital: DigitalSchema.nullable(),
    nonReturnable: NonReturnableSchema.nullable(),
    durable: flag.describe('A durable good (vehicle, computer, television, refrigerator, washing machine …)'),
    threeGuarantees: flag.describe('Covered by the national repair/replacement/return rules (三包)'),
    gifts: z.array(GiftSchema).max(50).default([]).describe('Gifts that came with the item'),
  })
  .describe('The item the consumer wants to return');

export const ConditionSchema = z
  .strictObject({
    packagingOpened: flag.describe('The packaging was opened'),
    necessarySealBroken: flag.describe('A seal needed for hygiene or safety was broken (food, cosmetics …)'),
    tagsRemoved: flag.describe('Tags were removed (apparel …)'),
    soiledOrDamaged: flag.describe('The goods are soiled or damaged'),
    unauthorizedRepairOrModification: flag.describe('Repaired or modified without authorisation (electronics)'),
    markingsTampered: flag.describe('Markings or serial numbers were tampered with (electronics)'),
    obviousUseTraces: flag.describe('Obvious traces of use'),
    activated: flag.describe('The device was activated'),
    accessoriesMissing: z
      .array(z.string().min(1).max(256))
      .max(50)
      .default([])
      .describe('Accessories that did not come back'),
    giftsMissing: z.array(z.string().min(1).max(256)).max(50).default([]).describe('Gifts that did not come back'),
  })
  .describe('The goods’ state as the shop found or was told it; booleans default to false, lists to []');

export const ReturnRequestSchema = z
  .strictObject({
    requestedAt: DateTimeSchema.describe('When the consumer asked to return the goods'),
    kind: z.enum(RETURN_KINDS).describe('What the consumer asked for: a no-reason return or a quality return'),
    repairAttempts: z.number().int().min(0).max(1000).default(0).describe('Failed repairs so far'),
    condition: ConditionSchema,
  })
  .describe("The consumer's return request");

export const EvidenceSchema = z.strictObject({
  type: z.enum(EVIDENCE_TYPES).describe('What kind of evidence'),
  ref: z
    .string()
    .min(1)
    .max(1024)
    .describe('A URI or id of the evidence; `https` links are shown as links (images as thumbnails) to staff'),
});

export const RefusalSchema = z
  .strictObject({
    reason: z.enum(REFUSAL_REASONS).describe('The ground the shop proposes for refusing'),
    evidence: z.array(EvidenceSchema).max(50).default([]).describe('Evidence the shop holds for its ground'),
    note: z.string().max(4000).optional().describe('Free text from the shop, shown to staff'),
  })
  .describe('The refusal the shop proposes');

/**
 * The body of POST /v1/checks: a shop's proposed refusal and the facts it rests on. Optional flags
 * and lists take their contract defaults here, so the rules engine always sees complete facts.
 *
 * @example CheckRequestSchema.parse(JSON.parse(body)).item.durable // false when absent
 */
export const CheckRequestSchema = z.strictObject({
  requestId: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9._:-]+$/, 'must be 1–128 characters of A–Z, a–z, 0–9, ".", "_", ":" or "-"')
    .describe('Your idempotency key, unique per shop: the same id with the same body returns the stored decision'),
  order: OrderSchema,
  item: ItemSchema,
  returnRequest: ReturnRequestSchema,
  refusal: RefusalSchema,
});
export type CheckRequest = z.infer<typeof CheckRequestSchema>;
/** What a caller may send: defaults not yet applied. */
export type CheckRequestInput = z.input<typeof CheckRequestSchema>;

export const CitationSchema = z.object({
  instrument: z.enum(INSTRUMENTS).describe('The legal instrument (`CRPL` = 消费者权益保护法 …)'),
  article: z.number().int().describe('Article (条)'),
  paragraph: z.number().int().optional().describe('Paragraph (款)'),
  item: z.number().int().optional().describe('Item (项)'),
  title: z.string().describe("The instrument's Chinese title"),
  text: z.string().describe("The article's verbatim Chinese text"),
});
export type Citation = z.infer<typeof CitationSchema>;

export const MessageSchema = z
  .object({ zh: z.string().describe('Chinese'), en: z.string().describe('English') })
  .describe('A sentence in Chinese and English');
export type Message = z.infer<typeof MessageSchema>;

export const FindingSchema = z.object({
  ruleId: z.string().describe('The rule, a stable legal address (`cn.nrr-measures.art8.para3`); see /rules'),
  outcome: z
    .enum(OUTCOMES)
    .describe('`violated` (the refusal breaks it), `supports_refusal`, `needs_review`, `satisfied`, `not_applicable`'),
  citations: z.array(CitationSchema).describe('The provisions the rule applies, with their texts'),
  message: MessageSchema,
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * One message for the consumer (what the shop's agent can send as it is: addressed to the consumer, no
 * codes, no instructions to the shop) and one for the shop (what to do, citing the deciding provision).
 */
export const SummarySchema = z
  .object({
    consumer: MessageSchema.describe('For the consumer, as it is: no codes, no instructions to the shop'),
    shop: MessageSchema.describe('For the shop: what to do, citing the deciding provision'),
  })
  .describe('One message for the consumer, one for the shop');
export type Summary = z.infer<typeof SummarySchema>;

export const DeadlinesSchema = z
  .object({
    returnWindowEndsAt: DateTimeSchema.optional().describe('End of the no-reason return window (China Standard Time)'),
    qualityWindowEndsAt: DateTimeSchema.optional().describe('End of the seven-day quality-return window'),
  })
  .describe('The legal deadlines the decision used');

/** What a history entry records: a one-step resolution, an override proposal, or the second staff member's answer. */
export const HISTORY_ACTIONS = ['uphold', 'override', 'approve', 'reject'] as const;

export const ResolutionSchema = z.object({
  action: z
    .enum(HISTORY_ACTIONS)
    .describe(
      '`uphold` or `override` (a staff resolution; an override of a BLOCK is only proposed), `approve` or `reject` (the second staff member on a proposed override)',
    ),
  justification: z.string().describe('Why, in the words of the staff member who recorded this entry'),
  resolvedBy: z.string().describe('Who recorded it: `<staff name> (<key id>)`'),
  resolvedAt: z.string().describe('When, China Standard Time'),
  verdict: z.enum(VERDICTS).describe('The verdict in force after this entry'),
  version: z.number().int().describe('The review version this entry produced'),
  status: z
    .enum(['open', 'awaiting_second_approval', 'resolved'])
    .optional()
    .describe('The review status after this entry'),
  proposedBy: z.string().optional().describe('On `approve` / `reject`: who proposed the override'),
});
export type Resolution = z.infer<typeof ResolutionSchema>;

export const PendingOverrideSchema = z.object({
  proposedBy: z.string().describe('The staff member who proposed turning the BLOCK into ALLOW'),
  proposedAt: z.string().describe('When, China Standard Time'),
  justification: z.string().describe("The proposer's justification"),
});

export const ReviewStateSchema = z.object({
  status: z
    .enum(REVIEW_STATUSES)
    .describe(
      '`none` (ALLOW, never reviewed), `open` (BLOCK or REVIEW awaiting staff), `awaiting_second_approval` (an override of a BLOCK proposed, waiting for a second staff member), `resolved`',
    ),
  version: z.number().int().min(1).describe('Quote it as `expectedVersion` when resolving'),
  finalVerdict: z.enum(VERDICTS).optional().describe('The verdict in force after the latest resolution'),
  pendingOverride: PendingOverrideSchema.optional().describe('Set while `awaiting_second_approval`'),
  history: z.array(ResolutionSchema).optional().describe('Every resolution, oldest first (GET only)'),
});

/** The answer of POST /v1/checks (201, or 200 on an idempotent replay). */
export const CheckResponseSchema = z.object({
  checkId: z.string().describe('The decision’s id'),
  verdict: z
    .enum(VERDICTS)
    .describe(
      '`ALLOW`: the refusal is lawful on these facts; `BLOCK`: it would break the law, do what `requiredActions` says; `REVIEW`: staff decide, hold the refusal',
    ),
  findings: z.array(FindingSchema).describe('Every rule that applied, with its outcome and citations'),
  requiredActions: z
    .array(z.enum(REQUIRED_ACTIONS))
    .describe('What the shop must do: instead of refusing (BLOCK), or alongside the refusal (ALLOW)'),
  alternativeReasons: z
    .array(z.enum(REFUSAL_REASONS))
    .describe('Reasons that would be a lawful ground on the same facts (empty when none would)'),
  deadlines: DeadlinesSchema,
  rulesetVersion: z.string().describe('The immutable ruleset that decided'),
  decidedAt: z.string().describe('When it was decided, China Standard Time'),
  review: ReviewStateSchema.describe('The staff review state'),
  summary: SummarySchema.optional(),
});
export type CheckResponse = z.infer<typeof CheckResponseSchema>;

/** The answer of GET /v1/checks/{checkId}: the decision, the request it was made on, the history. */
export const StoredCheckSchema = CheckResponseSchema.extend({
  shopId: z.string().describe('The shop that asked'),
  request: CheckRequestSchema.describe('The request the decision was made on'),
});
export type StoredCheck = z.infer<typeof StoredCheckSchema>;

export const CheckListQuerySchema = z.object({
  orderId: ExternalIdSchema.describe('The order'),
  shopId: ExternalIdSchema.optional().describe('Staff keys: the shop (required); shop keys: their own, or absent'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1–100'),
  cursor: z.string().max(2048).optional().describe('The `cursor` of the previous page'),
});
export type CheckListQuery = z.infer<typeof CheckListQuerySchema>;

export const CheckListSchema = z.object({
  items: z.array(StoredCheckSchema).describe('Checks, newest first'),
  cursor: z.string().nullable().describe('Pass it to get the next page; null on the last'),
});
