import type { Context } from 'hono';
import type * as z from 'zod';
import { toIssues } from '#schemas/common.js';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from './errors.js';

/** Request bodies above this are refused while they are read (the contract's 64 KiB). */
export const MAX_BODY_BYTES = 64 * 1024;

/** `application/json`, optionally with `charset=utf-8` (contract 1.1, "Strict requests"). */
const JSON_CONTENT_TYPE = /^application\/json\s*(;\s*charset\s*=\s*("utf-8"|utf-8)\s*)?$/i;

/**
 * Reads, size-checks, parses and validates a JSON body. A content type other than JSON is a
 * `UnsupportedMediaTypeError` (415); over 64 KiB, not UTF-8 JSON, or not matching the schema is a
 * `ValidationError` (400 with the contract's issue list).
 *
 * @example const request = await readJson(c, CheckRequestSchema)
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  assertJsonContentType(c);
  return parseWith(schema, parseJsonBytes(await readBodyBytes(c)));
}

/** Refuses (415) any content type but `application/json` with an optional UTF-8 charset. */
export function assertJsonContentType(c: Context): void {
  const type = c.req.header('content-type');
  if (!type || !JSON_CONTENT_TYPE.test(type.trim())) throw new UnsupportedMediaTypeError(type ?? '(none)');
}

/**
 * The raw body, refused over 64 KiB: at once when `Content-Length` says so, else while the stream is
 * read (a chunked body is cancelled at the first byte over the limit). No more than 64 KiB plus one
 * chunk is ever held, so a gigabyte of chunked garbage costs nothing. For routes that must see the
 * exact bytes, such as a signature check, before validating.
 */
export async function readBodyBytes(c: Context, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && (!/^\d{1,15}$/.test(declared.trim()) || Number(declared) > limit))
    throw new PayloadTooLargeError(limit);
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Stop reading: the rest of the body is never pulled in (the server then closes the connection).
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Strict UTF-8, then JSON; either failure is a 400 with the path `""`. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError([{ path: '', message: 'body is not valid UTF-8' }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError([{ path: '', message: `malformed JSON: ${(error as Error).message}` }]);
  }
}

/** Validates query parameters (each taken once; repeated parameters keep the first). */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  return parseWith(schema, c.req.query());
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(toIssues(result.error.issues));
  return result.data;
}
