import type { App } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/**
 * Deployment settings, read from CDK context (`cdk.json` or `-c key=value`) with safe defaults.
 *
 * | context key    | default                    | meaning                                              |
 * | -------------- | -------------------------- | ---------------------------------------------------- |
 * | `region`       | `$AWS_REGION`, else `cn-north-1` | region the stack is deployed to                 |
 * | `stackName`    | `RefusalGuard`             | CloudFormation stack name                            |
 * | `logLevel`     | `info`                     | `LOG_LEVEL` of every function                        |
 * | `sessionTtlSeconds` | `28800`               | `SESSION_TTL_SECONDS` (console sign-in lifetime)     |
 * | `apiRateLimit` | `50`                       | HTTP API stage steady-state requests per second      |
 * | `apiBurstLimit`| `100`                      | HTTP API stage burst                                 |
 * | `alarmEmail`   | none                       | e-mail subscribed to the alarm topic                 |
 * | `logRetentionDays` | `365`                  | retention of function and access logs                |
 */
export interface DeployConfig {
  readonly region: string;
  readonly stackName: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly sessionTtlSeconds: number;
  readonly apiRateLimit: number;
  readonly apiBurstLimit: number;
  readonly alarmEmail: string | undefined;
  readonly logRetentionDays: RetentionDays;
}

/**
 * The default region: Beijing. The service decides on Chinese consumers' orders, so personal
 * information stays in mainland China (PIPL art. 40) unless an operator deliberately chooses otherwise.
 */
export const DEFAULT_REGION = 'cn-north-1';

/** Raised when a context value is present but unusable: fail the synth, never deploy a guess. */
export class DeployConfigError extends Error {
  override readonly name = 'DeployConfigError';
}

/**
 * Reads the deployment settings from the app's context (and `AWS_REGION` for the region).
 *
 * @example const config = readConfig(new App({ context: { region: 'cn-northwest-1' } })); config.region // 'cn-northwest-1'
 */
export function readConfig(app: App, env: Record<string, string | undefined> = process.env): DeployConfig {
  const text = (key: string): string | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    if (value === undefined || value === null || value === '') return undefined;
    return String(value);
  };
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const raw = text(key);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new DeployConfigError(`context ${key}=${raw}: expected an integer from ${min} to ${max}`);
    }
    return value;
  };

  const retention = (days: number): RetentionDays => {
    const allowed = Object.values(RetentionDays).filter((value): value is RetentionDays => typeof value === 'number');
    const match = allowed.find((value) => value === days);
    if (match === undefined) {
      throw new DeployConfigError(
        `context logRetentionDays=${days}: CloudWatch Logs accepts only ${allowed.join(', ')}`,
      );
    }
    return match;
  };

  const region = text('region') ?? (env.AWS_REGION || undefined) ?? DEFAULT_REGION;
  if (!/^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(region)) {
    throw new DeployConfigError(`region ${region}: not an AWS region name`);
  }
  const logLevel = text('logLevel') ?? 'info';
  if (!(['debug', 'info', 'warn', 'error'] as const).some((level) => level === logLevel)) {
    throw new DeployConfigError(`context logLevel=${logLevel}: expected debug, info, warn or error`);
  }
  const apiRateLimit = int('apiRateLimit', 50, 1, 10_000);
  const apiBurstLimit = int('apiBurstLimit', 100, 1, 5_000);

  return {
    region,
    stackName: text('stackName') ?? 'RefusalGuard',
    logLevel: logLevel as DeployConfig['logLevel'],
    sessionTtlSeconds: int('sessionTtlSeconds', 8 * 3600, 60, 86_400),
    apiRateLimit,
    apiBurstLimit,
    alarmEmail: text('alarmEmail'),
    logRetentionDays: retention(int('logRetentionDays', 365, 1, 9999)),
  };
}
