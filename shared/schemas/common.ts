import * as z from 'zod';

/**
 * An ISO-8601 date-time that carries an offset (`+08:00`, `-05:00` or `Z`) and names a real instant.
 * A local time without an offset is ambiguous for the legal calendar and is refused.
 *
 * @example DateTimeSchema.parse('2026-03-03T15:00:00+08:00')
 */
export const DateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
    'must be an ISO-8601 date-time with an offset, e.g. 2026-03-03T15:00:00+08:00',
  )
  .refine(isRealDateTime, 'is not a real calendar date and time')
  .meta({ format: 'date-time', example: '2026-03-03T15:00:00+08:00' });
export type DateTime = z.infer<typeof DateTimeSchema>;

/** Checks the calendar fields themselves (Date.parse would roll 2026-02-30 over to March). */
function isRealDateTime(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  if (offset && (Number(offset[2]) > 23 || Number(offset[3]) > 59)) return false;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth && Number.isFinite(Date.parse(value));
}

/**
 * Text a person reads (an id, a product name): 1 to `max` characters, no control characters and no
 * lone surrogate halves (they cannot be shown or stored as valid UTF-8).
 *
 * @example printableText(256).parse('纯棉T恤')
 */
export function printableText(max: number) {
  return (
    z
      .string()
      .min(1)
      .max(max)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse control characters
      .regex(/^[^\u0000-\u001f\u007f]+$/, 'must not contain control characters')
      .refine((value) => value.isWellFormed(), 'must be well-formed Unicode text')
  );
}

/**
 * Characters that show nothing: whitespace and separators, format characters (category Cf: U+200B–
 * U+200F, U+2060–U+2064, U+FEFF, U+00AD …), controls, and the fillers and blanks that render empty
 * (Hangul fillers, braille blank).
 */
const INVISIBLE = /[\s\p{Z}\p{Cf}\p{Cc}\u115f\u1160\u3164\uffa0\u2800]/gu;

/**
 * How many characters of a text a reader can see (code points, without the invisible ones).
 *
 * @example visibleLength('\u200b'.repeat(10)) // 0
 */
export function visibleLength(value: string): number {
  return [...value.replace(INVISIBLE, '')].length;
}

/** An identifier chosen by a caller: printable, bounded, no control characters. */
export const ExternalIdSchema = printableText(128);

/** The issue list of every 400 answer. */
export const ValidationIssueSchema = z.object({
  path: z.string().describe('The dotted path of the field (`item.category`); "" for the whole body'),
  message: z.string().describe('What is wrong'),
});
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;

export const ErrorBodySchema = z.object({
  error: z
    .string()
    .describe('A stable code: `invalid_request`, `unauthorized`, `forbidden`, `not_found`, `version_conflict` …'),
  issues: z.array(ValidationIssueSchema).optional().describe('With `invalid_request`: every problem'),
  message: z.string().optional().describe('A human-readable explanation'),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/**
 * Turns zod issues into the contract's `{ path, message }` list. The path is dotted, with array
 * indexes as segments (`item.gifts.0.name`); a problem with the whole body has the path `""`.
 *
 * An unknown field (strict objects) is one issue per field, `unrecognized field` at its own path.
 *
 * @example toIssues(result.error.issues) // [{ path: 'item.category', message: 'Invalid option: …' }]
 */
export function toIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue) => {
    // A strict object names each unknown field as its own issue, at the field's own path
    // (contract 1.1: `{"path":"returnRequest.condition.soiledOrDamagd","message":"unrecognized field"}`).
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: [...issue.path, key].map(String).join('.'),
        message: 'unrecognized field',
      }));
    return [{ path: issue.path.map(String).join('.'), message: issue.message }];
  });
}
