import * as z from 'zod';

/**
 * The environment every function reads, validated once at module scope. The CDK stack imports the same
 * names (`ENV`) so the deployed environment and the code can never drift apart.
 */
export const ENV = {
  /** The single DynamoDB table. */
  tableName: 'TABLE_NAME',
  /** Optional: another DynamoDB endpoint (the embedded server locally, DynamoDB Local in tests). */
  dynamodbEndpoint: 'DYNAMODB_ENDPOINT',
  /** Region of the table; Lambda sets it. */
  region: 'AWS_REGION',
  /** `debug` | `info` | `warn` | `error`; default `info`. */
  logLevel: 'LOG_LEVEL',
  /** How long the console's sign-in session lives, in seconds. */
  sessionTtlSeconds: 'SESSION_TTL_SECONDS',
} as const;

export const ConfigSchema = z.object({
  tableName: z.string().min(3).max(255),
  dynamodbEndpoint: z.url().optional(),
  region: z.string().min(1).default('cn-north-1'),
  logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  sessionTtlSeconds: z.coerce
    .number()
    .int()
    .min(60)
    .max(86_400)
    .default(8 * 3600),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Raised at start-up when the environment is incomplete: a function must fail fast, not half-work. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates the configuration from an environment.
 *
 * @example const config = loadConfig(process.env); config.tableName // 'refusal-guard'
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw = Object.fromEntries(
    Object.entries(ENV).map(([key, name]) => [key, env[name] === '' ? undefined : env[name]]),
  );
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${ENV[issue.path[0] as keyof typeof ENV] ?? issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new ConfigError(`invalid environment: ${problems}`);
  }
  return parsed.data;
}
