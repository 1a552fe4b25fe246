import type { Context } from 'hono';
import type * as z from 'zod';
import { toIssues } from '#schemas/common.js';
import { ValidationError } from './errors.js';

/** Request bodies above this are refused before parsing (the contract's 64 KiB). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads, size-checks, parses and validates a JSON body. Every failure is a `ValidationError`
 * (400 with the contract's issue list): over 64 KiB, not UTF-8 JSON, or not matching the schema.
 *
 * @example const request = await readJson(c, CheckRequestSchema)
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  return parseWith(schema, parseJsonBytes(await readBodyBytes(c)));
}

/**
 * The raw body, refused (400) over 64 KiB before or while reading it. For routes that must see the
 * exact bytes, such as a signature check, before validating.
 */
export async function readBodyBytes(c: Context): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
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

function tooLarge(): ValidationError {
  return new ValidationError([{ path: '', message: `body is larger than ${MAX_BODY_BYTES} bytes (64 KiB)` }]);
}
