import { citationRef, evaluate, resolveCitation } from '#rules/index.js';
import type { CheckRequest, CheckResponse, Finding, StoredCheck, Summary, Verdict } from '#schemas/check.js';
import { canonicalJson, sha256Base64Url } from '#shared/canonical.js';
import { log } from '#shared/log.js';
import { flagFactsChangedAfterBlock } from '#shared/reconciliation/fact-shopping.js';
import type { Services } from '#shared/services.js';
import { toShanghaiIso } from '#shared/time.js';
import type { CheckRecord, StoredFinding } from '#store/checks.js';
import { checkIdFor } from '#store/keys.js';

export interface DecideResult {
  created: boolean;
  record: CheckRecord;
}

/**
 * Decides a shop's proposed refusal and stores the decision before anyone sees it. A request id the
 * shop already used with the same body returns the stored decision (`created: false`); with another
 * body it is an `IdempotencyConflictError` (raised by the store). If the store cannot confirm the write, the caller gets a
 * `StoreUnavailableError` and may retry: the retry decides again and stores at most one decision.
 *
 * @example const { created, record } = await decideCheck(services, 'demo-shop', request)
 */
export async function decideCheck(services: Services, shopId: string, request: CheckRequest): Promise<DecideResult> {
  // No read before the write: the conditional put itself detects a replay or a conflict (and then
  // reads the stored decision back), so a new check costs one read (the order's recorded delivery)
  // and one write.
  const recordedDeliveredAt = await services.orders.recordedDeliveredAt(shopId, request.order.orderId);
  const record = newCheckRecord(shopId, request, recordedDeliveredAt ?? null, services.clock());
  const outcome = await services.checks.create(record);
  // Fact shopping (contract 1.1): an ALLOW on new facts after an open BLOCK for the same item is
  // flagged for review; also on a replay, so a flag lost to a failure after the write is raised then.
  await flagFactsChangedAfterBlock(services, outcome.record);
  return outcome;
}

/**
 * The record of a new decision on a request (pure: the engine, the id, the hash), as `decideCheck`
 * stores it.
 *
 * @example const record = newCheckRecord('demo-shop', request, null, new Date())
 */
export function newCheckRecord(
  shopId: string,
  request: CheckRequest,
  recordedDeliveredAt: string | null,
  now: Date,
): CheckRecord {
  const decision = evaluate(request, { recordedDeliveredAt });
  const record: CheckRecord = {
    checkId: checkIdFor(shopId, request.requestId),
    shopId,
    requestId: request.requestId,
    orderId: request.order.orderId,
    sku: request.item.sku,
    requestHash: sha256Base64Url(canonicalJson(request)),
    request,
    verdict: decision.verdict,
    findings: decision.findings.map(compactFinding),
    requiredActions: decision.requiredActions,
    alternativeReasons: decision.alternativeReasons,
    deadlines: decision.deadlines,
    rulesetVersion: decision.rulesetVersion,
    recordedDeliveredAt,
    decidedAt: toShanghaiIso(now),
    review: initialReview(decision.verdict),
  };
  // The texts are not stored (they are rendered on read); this record renders from the decision at hand.
  TEXTS.set(record, { messages: decision.findings.map((f) => f.message), summary: decision.summary });
  return record;
}

/** A new decision's review state: BLOCK and REVIEW wait for staff, ALLOW needs none. */
function initialReview(verdict: Verdict): CheckRecord['review'] {
  return { status: verdict === 'ALLOW' ? 'none' : 'open', version: 1, history: [] };
}

function compactFinding(finding: Finding): StoredFinding {
  return { ruleId: finding.ruleId, outcome: finding.outcome, citations: finding.citations.map(citationRef) };
}

type Message = { zh: string; en: string };

/** The texts of a decision: each finding's message and the summary. */
interface Texts {
  messages: Message[];
  summary: Summary | undefined;
}

const TEXTS = new WeakMap<CheckRecord, Texts>();

/** Shown, and logged as an error, if a stored decision can no longer be re-rendered by its ruleset. */
const UNRENDERABLE: Message = {
  zh: '（此条说明无法由作出决定的规则集重新生成；结论与法条引用以存储为准。）',
  en: '(This explanation could not be rebuilt from the ruleset that made the decision; the stored outcome and citations stand.)',
};

/**
 * A stored decision's texts, rendered on read: its ruleset re-decides the stored request on the
 * stored recorded delivery time, which gives the same findings (released rulesets never change; the
 * r1 and r2 snapshot tests pin every byte) and so the same messages and summary. Checks stored with
 * their texts inline keep those. A re-decision that disagrees with the stored findings is logged and
 * its texts are not used.
 */
function textsOf(record: CheckRecord): Texts {
  const cached = TEXTS.get(record);
  if (cached) return cached;
  let texts: Texts;
  if (record.findings.every((f) => f.message))
    texts = { messages: record.findings.map((f) => f.message as Message), summary: record.summary };
  else {
    let decision: ReturnType<typeof evaluate> | undefined;
    try {
      decision = evaluate(
        record.request,
        { recordedDeliveredAt: record.recordedDeliveredAt ?? null },
        record.rulesetVersion,
      );
    } catch (error) {
      log.error('stored decision could not be re-decided', { checkId: record.checkId, error });
    }
    const agrees =
      decision !== undefined &&
      decision.verdict === record.verdict &&
      decision.findings.length === record.findings.length &&
      decision.findings.every(
        (f, i) => f.ruleId === record.findings[i]?.ruleId && f.outcome === record.findings[i]?.outcome,
      );
    if (decision && agrees) texts = { messages: decision.findings.map((f) => f.message), summary: decision.summary };
    else {
      if (decision)
        log.error('stored decision re-decides differently; its texts are not rebuilt', { checkId: record.checkId });
      texts = { messages: record.findings.map((f) => f.message ?? UNRENDERABLE), summary: record.summary };
    }
  }
  TEXTS.set(record, texts);
  return texts;
}

/**
 * The answer of POST /v1/checks, first time and on every replay: the decision as it was stored, with
 * the review state it was created with, always in the same key order, so a replay is byte-identical
 * to the first answer even after staff resolved the check (GET /v1/checks/{id} shows the current
 * state and history). Citation texts are rebuilt from the decision's ruleset version.
 */
export function renderDecision(record: CheckRecord): CheckResponse {
  const initial = { ...record, review: initialReview(record.verdict) };
  TEXTS.set(initial, textsOf(record));
  return renderCheck(initial);
}

/** The contract's body for a stored decision in its current review state, in a fixed key order. */
export function renderCheck(record: CheckRecord): CheckResponse {
  const texts = textsOf(record);
  return {
    checkId: record.checkId,
    verdict: record.verdict,
    findings: record.findings.map((finding, i) => ({
      ruleId: finding.ruleId,
      outcome: finding.outcome,
      citations: finding.citations.flatMap((ref) => {
        const citation = resolveCitation(record.rulesetVersion, ref);
        return citation ? [citation] : [];
      }),
      message: texts.messages[i] ?? UNRENDERABLE,
    })),
    requiredActions: record.requiredActions,
    alternativeReasons: record.alternativeReasons,
    deadlines: record.deadlines,
    rulesetVersion: record.rulesetVersion,
    decidedAt: record.decidedAt,
    review: {
      status: record.review.status,
      version: record.review.version,
      ...(record.review.finalVerdict ? { finalVerdict: record.review.finalVerdict } : {}),
      ...(record.review.pendingOverride
        ? {
            pendingOverride: {
              proposedBy: record.review.pendingOverride.proposedBy,
              proposedAt: record.review.pendingOverride.proposedAt,
              justification: record.review.pendingOverride.justification,
            },
          }
        : {}),
    },
    ...(texts.summary ? { summary: texts.summary } : {}),
  };
}

/** The body of GET /v1/checks/{id}: the decision, the shop, the request, and the review history. */
export function renderStoredCheck(record: CheckRecord): StoredCheck {
  const body = renderCheck(record);
  return {
    ...body,
    review: { ...body.review, history: record.review.history },
    shopId: record.shopId,
    request: record.request,
  };
}
