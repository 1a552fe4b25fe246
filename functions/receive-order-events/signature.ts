import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Standard Webhooks: a timestamp more than five minutes from now (either way) is refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/** Why a delivery's signature was not accepted (mapped to 401; the reason is logged, not returned). */
export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';
}

export interface WebhookHeaders {
  id: string;
  /** Unix seconds. */
  timestamp: number;
  /** The `webhook-timestamp` header text exactly as sent: what the signature covers. */
  timestampText: string;
  /** The `v1` signatures of the `webhook-signature` header (base64), in order; others ignored. */
  signatures: string[];
}

/**
 * Reads the three Standard Webhooks headers. Missing or malformed: `WebhookSignatureError`.
 *
 * @example readWebhookHeaders((name) => request.headers.get(name))
 */
export function readWebhookHeaders(header: (name: string) => string | undefined | null): WebhookHeaders {
  const id = header('webhook-id');
  const timestamp = header('webhook-timestamp');
  const signature = header('webhook-signature');
  if (!id || !timestamp || !signature)
    throw new WebhookSignatureError('missing webhook-id, webhook-timestamp or webhook-signature');
  if (!/^[\x21-\x7e]{1,256}$/.test(id)) throw new WebhookSignatureError('malformed webhook-id');
  // Plain digits only, no sign, no leading zero, no spaces: the signed text and the number agree.
  if (!/^[1-9]\d{0,11}$/.test(timestamp)) throw new WebhookSignatureError('malformed webhook-timestamp');
  const signatures = signature
    .split(' ')
    .filter(Boolean)
    .flatMap((entry) => {
      const comma = entry.indexOf(',');
      return comma > 0 && entry.slice(0, comma) === 'v1' ? [entry.slice(comma + 1)] : [];
    });
  if (signatures.length === 0) throw new WebhookSignatureError('no v1 signature in webhook-signature');
  return { id, timestamp: Number(timestamp), timestampText: timestamp, signatures };
}

/** Refuses a timestamp more than 5 minutes before or after `now` (replay protection). */
export function assertFreshTimestamp(timestamp: number, now: Date): void {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (nowSeconds - timestamp > WEBHOOK_TOLERANCE_SECONDS) throw new WebhookSignatureError('webhook-timestamp too old');
  if (timestamp - nowSeconds > WEBHOOK_TOLERANCE_SECONDS) throw new WebhookSignatureError('webhook-timestamp too new');
}

/** The HMAC key of a `whsec_<base64>` secret (the prefix is optional, as in the reference library). */
export function secretKey(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  if (key.length === 0) throw new WebhookSignatureError('the shop has no usable signing secret');
  return key;
}

/**
 * The `v1` signature of a message: base64 HMAC-SHA256 of `{id}.{timestamp}.{body}` (the raw body
 * bytes, exactly as received).
 *
 * @example sign('whsec_…', 'msg_1', 1767225600, Buffer.from('{}')) // 'v1,…'
 */
export function sign(secret: string, id: string, timestamp: number | string, body: Uint8Array): string {
  const mac = createHmac('sha256', secretKey(secret));
  mac.update(`${id}.${timestamp}.`, 'utf8');
  mac.update(body);
  return `v1,${mac.digest('base64')}`;
}

/**
 * Verifies a delivery: accepted when ANY of its `v1` signatures matches the secret (several may be
 * sent while a secret is rotated). Constant-time comparison. The timestamp is checked separately
 * (`assertFreshTimestamp`) against the service's clock, which the reference library cannot take.
 */
export function verifySignature(secret: string, headers: WebhookHeaders, body: Uint8Array): void {
  const expected = Buffer.from(sign(secret, headers.id, headers.timestampText, body).slice(3), 'utf8');
  let matched = false;
  for (const candidate of headers.signatures) {
    const given = Buffer.from(candidate, 'utf8');
    // Same length first (timingSafeEqual requires it); no early exit across candidates.
    if (given.length === expected.length && timingSafeEqual(given, expected)) matched = true;
  }
  if (!matched) throw new WebhookSignatureError('no signature matches');
}

/**
 * A random secret no shop has, used to verify deliveries for an unknown shop so that they take the
 * same work as a known shop's and fail the same way.
 */
export const UNKNOWN_SHOP_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
