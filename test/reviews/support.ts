import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { CheckRequestSchema, type Verdict } from '#schemas/check.js';
import type { Services } from '#shared/services.js';
import { sortableUtc } from '#shared/time.js';
import type { CheckRecord } from '#store/checks.js';
import { indexKeys, keys, reviewIndexKeys } from '#store/keys.js';
import { checkRequest } from '../support/requests.js';

let counter = 0;

/**
 * Stores a check decision directly (the engine is not under test here), with the same item shape
 * as `CheckRepository.create` writes.
 */
export async function storeCheck(
  services: Services,
  options: { shopId: string; verdict: Verdict; decidedAt: string; orderId?: string; checkId?: string },
): Promise<CheckRecord> {
  counter += 1;
  const checkId = options.checkId ?? `01TESTCHECK${String(counter).padStart(6, '0')}`;
  const orderId = options.orderId ?? `O-${counter}`;
  const request = CheckRequestSchema.parse(checkRequest({ requestId: `R-${checkId}`, order: { orderId } }));
  const violated = options.verdict === 'BLOCK';
  const record: CheckRecord = {
    checkId,
    shopId: options.shopId,
    requestId: request.requestId,
    orderId,
    sku: request.item.sku,
    requestHash: `hash-${checkId}`,
    request,
    verdict: options.verdict,
    findings: [
      {
        ruleId: 'cn.nrr-measures.art7',
        outcome: 'satisfied',
        citations: [],
        message: { zh: '适用七日无理由退货。', en: 'The seven-day right applies.' },
      },
      {
        ruleId: violated
          ? 'cn.nrr-measures.art8.para3'
          : options.verdict === 'REVIEW'
            ? 'cn.nrr-measures.art8.evidence'
            : 'cn.crpl.art25.para1.item2',
        outcome: violated ? 'violated' : options.verdict === 'REVIEW' ? 'needs_review' : 'supports_refusal',
        citations: [],
        message: { zh: '测试发现。', en: 'A test finding.' },
      },
    ],
    requiredActions: violated ? ['accept_return'] : [],
    alternativeReasons: [],
    deadlines: { returnWindowEndsAt: '2026-04-09T23:59:59.999+08:00' },
    rulesetVersion: 'cn-2024-07-01',
    decidedAt: options.decidedAt,
    review: { status: options.verdict === 'ALLOW' ? 'none' : 'open', version: 1, history: [] },
  };
  await services.checks.create(record);
  return record;
}

/** Inserts a reconciliation flag with the exact item shape the order-events function writes. */
export async function storeFlag(
  services: Services,
  options: {
    flagId: string;
    flag: 'unchecked_refusal' | 'refusal_against_block' | 'refund_overdue';
    shopId: string;
    createdAt: string;
    checkId?: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await services.db.send(
    new PutCommand({
      TableName: services.tableName,
      Item: {
        ...keys.flag(options.flagId),
        entity: 'flag',
        flagId: options.flagId,
        flag: options.flag,
        shopId: options.shopId,
        orderId: 'O-FLAG-1',
        sku: 'TS-1',
        ...(options.checkId ? { checkId: options.checkId } : {}),
        createdAt: options.createdAt,
        details: options.details ?? {},
        message: { zh: '收货后 7 日内未退款。', en: 'No refund within 7 days of receiving the goods.' },
        review: { status: 'open', version: 1, history: [] },
        ...indexKeys.byOrder(options.shopId, 'O-FLAG-1', 'FLAG', sortableUtc(options.createdAt), options.flagId),
        ...reviewIndexKeys('open', options.shopId, sortableUtc(options.createdAt), options.flagId),
        expiresAt: Math.floor(Date.parse(options.createdAt) / 1000) + 10_000_000,
      },
    }),
  );
}
