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
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError([{ path: '', message: 'body is not valid UTF-8' }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ValidationError([{ path: '', message: `malformed JSON: ${(error as Error).message}` }]);
  }
  return parseWith(schema, value);
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
