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

export const ShopPolicySchema = z.object({
  returnWindowDays: z.number().int().min(0).max(3650).optional(),
  coversExcludedGoods: flag,
});

export const OrderSchema = z.object({
  orderId: ExternalIdSchema,
  salesChannel: z.enum(SALES_CHANNELS),
  buyerType: z.enum(BUYER_TYPES),
  placedAt: DateTimeSchema,
  deliveredAt: DateTimeSchema.nullable(),
  shopPolicy: ShopPolicySchema.optional(),
  consumerChoseCarrier: flag,
});

export const DigitalSchema = z.object({
  delivery: z.enum(['download', 'physical_media']),
  downloaded: z.boolean(),
  unsealed: z.boolean(),
});

export const NonReturnableSchema = z.object({
  basis: z.enum(NON_RETURNABLE_BASES),
  confirmation: z.enum(CONFIRMATIONS),
  confirmedAt: DateTimeSchema.nullable(),
});

/** A display name: printable text (no control characters), bounded. */
const NameSchema = printableText(256);

export const GiftSchema = z.object({
  name: NameSchema,
  declaredPriceFen: FenSchema.optional(),
});

export const ItemSchema = z.object({
  sku: ExternalIdSchema,
  name: NameSchema,
  category: z.enum(CATEGORIES),
  priceFen: FenSchema,
  quantity: z.number().int().min(1).max(1_000_000),
  customMade: z.boolean(),
  perishable: z.boolean(),
  digital: DigitalSchema.nullable(),
  nonReturnable: NonReturnableSchema.nullable(),
  durable: flag,
  threeGuarantees: flag,
  gifts: z.array(GiftSchema).max(50).default([]),
});

export const ConditionSchema = z.object({
  packagingOpened: flag,
  necessarySealBroken: flag,
  tagsRemoved: flag,
  soiledOrDamaged: flag,
  unauthorizedRepairOrModification: flag,
  markingsTampered: flag,
  obviousUseTraces: flag,
  activated: flag,
  accessoriesMissing: z.array(z.string().min(1).max(256)).max(50).default([]),
  giftsMissing: z.array(z.string().min(1).max(256)).max(50).default([]),
});

export const ReturnRequestSchema = z.object({
  requestedAt: DateTimeSchema,
  kind: z.enum(RETURN_KINDS),
  repairAttempts: z.number().int().min(0).max(1000).default(0),
  condition: ConditionSchema,
});

export const EvidenceSchema = z.object({
  type: z.enum(EVIDENCE_TYPES),
  ref: z.string().min(1).max(1024),
});

export const RefusalSchema = z.object({
  reason: z.enum(REFUSAL_REASONS),
  evidence: z.array(EvidenceSchema).max(50).default([]),
  note: z.string().max(4000).optional(),
});

/**
 * The body of POST /v1/checks: a shop's proposed refusal and the facts it rests on. Optional flags
 * and lists take their contract defaults here, so the rules engine always sees complete facts.
 *
 * @example CheckRequestSchema.parse(JSON.parse(body)).item.durable // false when absent
 */
export const CheckRequestSchema = z.object({
  requestId: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9._:-]+$/, 'must be 1–128 characters of A–Z, a–z, 0–9, ".", "_", ":" or "-"'),
  order: OrderSchema,
  item: ItemSchema,
  returnRequest: ReturnRequestSchema,
  refusal: RefusalSchema,
});
export type CheckRequest = z.infer<typeof CheckRequestSchema>;
/** What a caller may send: defaults not yet applied. */
export type CheckRequestInput = z.input<typeof CheckRequestSchema>;

export const CitationSchema = z.object({
  instrument: z.enum(INSTRUMENTS),
  article: z.number().int(),
  paragraph: z.number().int().optional(),
  item: z.number().int().optional(),
  title: z.string(),
  text: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const MessageSchema = z.object({ zh: z.string(), en: z.string() });
export type Message = z.infer<typeof MessageSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  outcome: z.enum(OUTCOMES),
  citations: z.array(CitationSchema),
  message: MessageSchema,
});
export type Finding = z.infer<typeof FindingSchema>;

export const DeadlinesSchema = z.object({
  returnWindowEndsAt: DateTimeSchema.optional(),
  qualityWindowEndsAt: DateTimeSchema.optional(),
});

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
  checkId: z.string(),
  verdict: z.enum(VERDICTS),
  findings: z.array(FindingSchema),
  requiredActions: z.array(z.enum(REQUIRED_ACTIONS)),
  alternativeReasons: z.array(z.enum(REFUSAL_REASONS)),
  deadlines: DeadlinesSchema,
  rulesetVersion: z.string(),
  decidedAt: z.string(),
  review: ReviewStateSchema,
});
export type CheckResponse = z.infer<typeof CheckResponseSchema>;

/** The answer of GET /v1/checks/{checkId}: the decision, the request it was made on, the history. */
export const StoredCheckSchema = CheckResponseSchema.extend({
  shopId: z.string(),
  request: CheckRequestSchema,
});
export type StoredCheck = z.infer<typeof StoredCheckSchema>;

export const CheckListQuerySchema = z.object({
  orderId: ExternalIdSchema,
  shopId: ExternalIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2048).optional(),
});
export type CheckListQuery = z.infer<typeof CheckListQuerySchema>;

export const CheckListSchema = z.object({
  items: z.array(StoredCheckSchema),
  cursor: z.string().nullable(),
});
