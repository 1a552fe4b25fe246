import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGION, DeployConfigError, readConfig } from '../../infra/config.js';

// An App without `outdir` makes a temporary cdk.out of its own that nothing removes: these apps share one, removed after.
const outdir = mkdtempSync(path.join(tmpdir(), 'refusal-guard-config-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));
const app = (context: Record<string, unknown> = {}): App => new App({ outdir, context });

describe('Deployment configuration (CDK context)', () => {
  it('deploys to Beijing when neither context nor AWS_REGION names a region', () => {
    // Prepare, Act
    const config = readConfig(app(), {});
    // Assess
    expect(config).toEqual({
      region: DEFAULT_REGION,
      stackName: 'RefusalGuard',
      logLevel: 'info',
      sessionTtlSeconds: 28_800,
      apiRateLimit: 50,
      apiBurstLimit: 100,
      alarmEmail: undefined,
      logRetentionDays: RetentionDays.ONE_YEAR,
    });
    expect(DEFAULT_REGION).toBe('cn-north-1');
  });

  it('takes AWS_REGION over the default, and context `region` over both', () => {
    expect(readConfig(app(), { AWS_REGION: 'cn-northwest-1' }).region).toBe('cn-northwest-1');
    expect(readConfig(app({ region: 'ap-southeast-1' }), { AWS_REGION: 'cn-northwest-1' }).region).toBe(
      'ap-southeast-1',
    );
  });

  it('ignores CDK_DEFAULT_REGION, which the CLI overwrites', () => {
    expect(readConfig(app(), { CDK_DEFAULT_REGION: 'us-east-1' }).region).toBe(DEFAULT_REGION);
  });

  it('reads numbers given on the command line as strings (`-c apiRateLimit=20`)', () => {
    const config = readConfig(app({ apiRateLimit: '20', apiBurstLimit: '40', logRetentionDays: '1827' }), {});
    expect(config).toMatchObject({ apiRateLimit: 20, apiBurstLimit: 40, logRetentionDays: RetentionDays.FIVE_YEARS });
  });

  it.each([
    ['region', 'beijing'],
    ['logLevel', 'verbose'],
    ['apiRateLimit', '0'],
    ['apiBurstLimit', '1.5'],
    ['sessionTtlSeconds', '10'],
    ['logRetentionDays', '100'],
  ])('refuses an unusable %s (%s) instead of deploying a guess', (key, value) => {
    expect(() => readConfig(app({ [key]: value }), {})).toThrow(DeployConfigError);
  });
});
