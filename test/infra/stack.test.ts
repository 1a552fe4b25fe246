import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '#config/env.js';
import { keys } from '#store/keys.js';
import { TABLE } from '#store/table.js';
import { V8_OPTIONS_WRAPPER } from '../../infra/constructs/service-function.js';
import { defineApp } from '../../infra/define-app.js';
import { FUNCTIONS, type FunctionName } from '../../infra/functions.js';
import { AwsSolutionsChecks } from '../../infra/nag.js';
import type { RefusalGuardStack } from '../../infra/stack.js';

// biome-ignore lint/suspicious/noExplicitAny: a synthesized CloudFormation template is untyped JSON.
type Json = Record<string, any>;

/** The value, or a failed test naming what was missing. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

/** The context `cdk synth` uses: a test's `new App()` does not read cdk.json by itself. */
const CDK_JSON = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  app: string;
  context: Record<string, unknown>;
};

const NAMES = Object.keys(FUNCTIONS) as FunctionName[];
const sorted = (values: Iterable<string>): string[] => [...values].sort();

let outdir: string;
let stack: RefusalGuardStack;
let template: Template;
let resources: Record<string, Json>;

/** The logical id CloudFormation gives a construct's resource. */
const logicalId = (construct: IConstruct): string =>
  stack.resolve(stack.getLogicalId(construct.node.defaultChild as CfnElement)) as string;

const ofType = (type: string): [string, Json][] =>
  Object.entries(resources).filter(([, resource]) => resource.Type === type);

/** Every policy statement that applies to a role: its inline policies and attached AWS::IAM::Policy. */
function statementsOfRole(roleId: string): Json[] {
  const role = resources[roleId];
  if (role === undefined) throw new Error(`no role ${roleId}`);
  const inline = (role.Properties.Policies ?? []).flatMap((policy: Json) => policy.PolicyDocument.Statement);
  const attached = ofType('AWS::IAM::Policy')
    .filter(([, policy]) => (policy.Properties.Roles as Json[]).some((ref) => ref.Ref === roleId))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as Json[]);
  return [...inline, ...attached];
}
const actionsOf = (statement: Json): string[] => [statement.Action].flat();

beforeAll(() => {
  // Prepare: the app exactly as `cdk synth` builds it (cdk.json context, cdk-nag plugin registered).
  outdir = mkdtempSync(path.join(tmpdir(), 'refusal-guard-cdk-'));
  const app = new App({ outdir, context: { ...CDK_JSON.context, region: 'cn-north-1' } });
  stack = defineApp(app);
  // Act: one synthesis (bundles the five functions with esbuild) shared by every test in this file.
  // With cdk-nag v3 an unacknowledged AwsSolutions finding makes this throw `ValidationFailed`.
  const assembly = app.synth();
  const artifact = assembly.getStackByName(stack.stackName);
  template = Template.fromJSON(artifact.template as Json);
  resources = (artifact.template as Json).Resources;
}, 180_000); // bundling five functions on a busy CI machine can outlast the default hook timeout

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('cdk.json', () => {
  it('runs the TypeScript app through tsx, with telemetry off', () => {
    expect(CDK_JSON.app).toBe('node --import tsx infra/app.ts');
    expect(CDK_JSON.context['cli-telemetry']).toBe(false);
  });

  it('carries the recommended feature flags of `cdk init` for aws-cdk-lib 2.276', () => {
    expect(CDK_JSON.context).toMatchObject({
      '@aws-cdk/aws-iam:minimizePolicies': true,
      '@aws-cdk/aws-lambda:useCdkManagedLogGroup': true,
      '@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages': true,
      '@aws-cdk/core:enablePartitionLiterals': true,
      '@aws-cdk/core:target-partitions': ['aws', 'aws-cn'],
      '@aws-cdk/core:validateAgainstDefaultRules': true,
    });
  });
});

describe('The stack', () => {
  it('deploys to the region it is given (context `region`), in the China partition here', () => {
    expect(stack.region).toBe('cn-north-1');
    expect(stack.terminationProtection).toBe(true);
  });
});

describe('The single table', () => {
  it('has the key schema, TTL attribute and billing mode of shared/store/table.ts', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('has exactly the six indexes the store queries, each projecting only what its query reads', () => {
    const [[, table]] = ofType('AWS::DynamoDB::Table') as [[string, Json]];
    const indexes = table.Properties.GlobalSecondaryIndexes as Json[];
    // Written out, not derived from TABLE: a projection change must be a visible change here too.
    const expected: Record<string, Json> = {
      byOrder: {
        ProjectionType: 'INCLUDE',
        NonKeyAttributes: ['entity', 'sku', 'inForce', 'reviewStatus', 'decidedAt', 'priceFen', 'quantity'],
      },
      byQueue: { ProjectionType: 'KEYS_ONLY' },
      byShopQueue: { ProjectionType: 'KEYS_ONLY' },
      byRefundDue: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['shopId', 'orderId', 'sku', 'receivedAt', 'dueAt'] },
      byShopDecided: { ProjectionType: 'KEYS_ONLY' },
      byPendingReplay: { ProjectionType: 'KEYS_ONLY' },
    };
    expect(sorted(indexes.map((index) => index.IndexName))).toEqual(sorted(Object.keys(expected)));
    expect(sorted(Object.keys(TABLE.indexes))).toEqual(sorted(Object.keys(expected)));
    for (const [indexName, keys] of Object.entries(TABLE.indexes)) {
      expect(indexes.find((index) => index.IndexName === indexName)).toEqual({
        IndexName: indexName,
        KeySchema: [
          { AttributeName: keys.partitionKey, KeyType: 'HASH' },
          { AttributeName: keys.sortKey, KeyType: 'RANGE' },
        ],
        Projection: expected[indexName],
      });
    }
    const definitions = table.Properties.AttributeDefinitions as Json[];
    expect(definitions.every((definition) => definition.AttributeType === 'S')).toBe(true);
    // pk, sk, and each index's keys once (the time-ordered indexes share `tsk`).
    expect(definitions).toHaveLength(
      2 + new Set(Object.values(TABLE.indexes).flatMap((i) => [i.partitionKey, i.sortKey])).size,
    );
    expect(definitions).toHaveLength(12);
  });

  it('is protected: point-in-time recovery, deletion protection, retained on delete and replace', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
    });
  });

  it('is encrypted at rest with the AWS managed KMS key (SSE enabled, no customer key)', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent() },
    });
    template.resourceCountIs('AWS::KMS::Key', 0);
  });
});

describe.each(NAMES)('Function %s', (name) => {
  const spec = FUNCTIONS[name];
  const properties = (): Json => must(resources[logicalId(stack.functions[name].function)], name).Properties;

  it('runs Node.js 22 on arm64 with the bundled `index.handler`', () => {
    expect(properties()).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: spec.memoryMiB,
      Timeout: spec.timeoutSeconds,
      TracingConfig: { Mode: 'Active' },
    });
  });

  it('gets its environment from the ENV names: the table, source maps, its V8 options, and no DynamoDB endpoint', () => {
    const variables = properties().Environment.Variables as Json;
    const v8Options: readonly string[] | undefined = (spec as { v8Options?: readonly string[] }).v8Options;
    expect(variables).toEqual({
      [ENV.tableName]: { Ref: logicalId(stack.table.table) },
      [ENV.logLevel]: 'info',
      [ENV.sessionTtlSeconds]: '28800',
      NODE_OPTIONS: '--enable-source-maps',
      // Options NODE_OPTIONS refuses go through the exec wrapper packaged beside the bundle.
      ...(v8Options
        ? { AWS_LAMBDA_EXEC_WRAPPER: `/var/task/${V8_OPTIONS_WRAPPER.file}`, V8_OPTIONS: v8Options.join(' ') }
        : {}),
    });
    expect(variables).not.toHaveProperty(ENV.dynamodbEndpoint);
  });

  it('may call exactly its listed DynamoDB actions, on the table and its named indexes only', () => {
    const roleId = logicalId(stack.functions[name].role);
    expect(properties().Role).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
    const statements = statementsOfRole(roleId);
    const dynamo = statements.filter((statement) => actionsOf(statement).some((a) => a.startsWith('dynamodb:')));
    const granted = new Set(dynamo.flatMap(actionsOf));
    expect(sorted(granted)).toEqual(sorted(spec.tableActions));
    if (spec.tableActions.length === 0) {
      // No table access at all: not even a statement naming the table.
      expect(JSON.stringify(statements)).not.toContain(logicalId(stack.table.table));
      return;
    }

    const tableArn = { 'Fn::GetAtt': [logicalId(stack.table.table), 'Arn'] };
    const onTable = dynamo.filter((statement) => JSON.stringify(statement.Resource) === JSON.stringify(tableArn));
    expect(sorted(onTable.flatMap(actionsOf))).toEqual(sorted(spec.tableActions));
    // Writes limited to key prefixes carry the condition; every other statement on the table has none.
    const prefixes: readonly string[] | undefined = (spec as { writeKeyPrefixes?: readonly string[] }).writeKeyPrefixes;
    for (const statement of onTable) {
      const writes = actionsOf(statement).some((a) => a === 'dynamodb:PutItem' || a === 'dynamodb:UpdateItem');
      if (prefixes && writes)
        expect(statement.Condition).toEqual({
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': prefixes.map((p) => `${p}*`) },
        });
      else expect(statement.Condition).toBeUndefined();
    }
    const onIndexes = dynamo.filter((statement) => !onTable.includes(statement));
    // Only a function that queries reaches the indexes (the policy lint only reads its caller's key).
    const queries = (spec.tableActions as readonly string[]).includes('dynamodb:Query');
    expect(onIndexes.flatMap(actionsOf)).toEqual(queries ? ['dynamodb:Query'] : []);
    expect(onIndexes.flatMap((statement) => statement.Resource)).toEqual(
      queries
        ? sorted(Object.keys(TABLE.indexes)).map((index) => ({ 'Fn::Join': ['', [tableArn, `/index/${index}`]] }))
        : [],
    );
    expect(statements.every((statement) => statement.Effect === 'Allow')).toBe(true);
  });

  it('writes to its own log group, kept for one year', () => {
    const logGroupId = logicalId(stack.functions[name].logGroup);
    expect(properties().LoggingConfig).toEqual({ LogGroup: { Ref: logGroupId } });
    expect(resources[logGroupId]).toMatchObject({ DeletionPolicy: 'Retain', Properties: { RetentionInDays: 365 } });
  });

  it('raises an alarm to the alarm topic on any error and on any throttle', () => {
    const functionRef = { Ref: logicalId(stack.functions[name].function) };
    for (const metricName of ['Errors', 'Throttles']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: metricName,
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: functionRef }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: logicalId(stack.alarmTopic) }],
      });
    }
  });

  it('is bundled as a minified ESM file with a source map, a require shim and the AWS SDK inside', () => {
    const asset = stack.functions[name].function.node.findChild('Code') as Asset;
    const dir = path.join(outdir, asset.assetPath);
    const wrapped = (spec as { v8Options?: readonly string[] }).v8Options !== undefined;
    expect(sorted(readdirSync(dir))).toEqual(
      sorted(['index.mjs', 'index.mjs.map', ...(wrapped ? [V8_OPTIONS_WRAPPER.file] : [])]),
    );
    const code = readFileSync(path.join(dir, 'index.mjs'), 'utf8');
    expect(code.startsWith("import { createRequire as __rgCreateRequire } from 'node:module';")).toBe(true);
    expect(code).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
    // The SDK is bundled (tree-shaken), never imported from the runtime's copy.
    expect(code).not.toMatch(/(from|import\()\s*["']@(aws-sdk|smithy)\//);
    expect(statSync(path.join(dir, 'index.mjs')).size).toBeLessThan(2_000_000);
  });
});

describe('V8 options through the exec wrapper', () => {
  it('gives the policy lint --no-regexp-tier-up (its patterns compiled once, straight to machine code)', () => {
    expect(FUNCTIONS.lintPolicies.v8Options).toEqual(['--no-regexp-tier-up']);
  });

  it('packages the wrapper executable, and the wrapper starts Node.js with the options V8_OPTIONS names', () => {
    // Prepare: the wrapper as packaged in the lint function's asset (the zip keeps each file's mode).
    const asset = stack.functions.lintPolicies.function.node.findChild('Code') as Asset;
    const wrapper = path.join(outdir, asset.assetPath, V8_OPTIONS_WRAPPER.file);
    expect(statSync(wrapper).mode & 0o111).toBe(0o111);
    // Act: run it as Lambda does, with a runtime's command line (the Node.js binary first, the entry last); Node.js
    // prints the options it was started with before its own two (-p and the expression).
    // In a folder holding a file a glob would expand to ("--title=ab" for "--title=a*").
    const cwd = mkdtempSync(path.join(tmpdir(), 'v8-options-'));
    writeFileSync(path.join(cwd, '--title=ab'), '');
    const run = (v8Options: string | undefined): string =>
      execFileSync(wrapper, [process.execPath, '-p', "process.execArgv.slice(0, -2).join(' ')"], {
        cwd,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ...(v8Options === undefined ? {} : { V8_OPTIONS: v8Options }) },
      }).trim();
    // Assess: Node.js starts with the options before its own arguments; without V8_OPTIONS, with none.
    expect(run('--no-regexp-tier-up')).toBe('--no-regexp-tier-up');
    expect(run('--no-regexp-tier-up --stack-size=900')).toBe('--no-regexp-tier-up --stack-size=900');
    expect(run(undefined)).toBe('');
    // Split into words, never expanded as file names; and no carriage return that would stop the script starting.
    expect(run('--stack-size=900 --title=a*')).toBe('--stack-size=900 --title=a*');
    rmSync(cwd, { recursive: true, force: true });
    expect(readFileSync(wrapper, 'utf8')).not.toContain('\r');
  });
});

describe('Reserved concurrency', () => {
  it('lets only one overdue-refund sweep run at a time', () => {
    expect(
      must(resources[logicalId(stack.functions.sweepOverdueRefunds.function)], 'sweep').Properties
        .ReservedConcurrentExecutions,
    ).toBe(1);
  });
});

describe('Least privilege across the stack', () => {
  it('lets the policy-lint function read API keys only: GetItem on the table, nothing else', () => {
    const statements = statementsOfRole(logicalId(stack.functions.lintPolicies.role));
    const dynamo = statements.filter((statement) => actionsOf(statement).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo.flatMap(actionsOf)).toEqual(['dynamodb:GetItem']);
    expect(FUNCTIONS.lintPolicies.routes).toEqual(['POST /v1/policies/lint']);
  });

  it('grants no DeleteItem, no Scan, no batch write or wildcard DynamoDB action anywhere', () => {
    const json = JSON.stringify(resources);
    for (const forbidden of [
      'dynamodb:DeleteItem',
      'dynamodb:Scan',
      'dynamodb:*',
      'dynamodb:BatchWrite',
      'dynamodb:DeleteTable',
    ]) {
      expect(json).not.toContain(forbidden);
    }
  });

  it('attaches no AWS managed policy (not even AWSLambdaBasicExecutionRole)', () => {
    for (const [, role] of ofType('AWS::IAM::Role')) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe('The HTTP API', () => {
  const expectedRoutes = NAMES.flatMap((name) => FUNCTIONS[name].routes.map((routeKey) => ({ name, routeKey })));

  it('has a route for every contract path and nothing else: no $default, no proxy', () => {
    const routeKeys = ofType('AWS::ApiGatewayV2::Route').map(([, route]) => route.Properties.RouteKey as string);
    expect(sorted(routeKeys)).toEqual(sorted(expectedRoutes.map((route) => route.routeKey)));
    expect(routeKeys).toContain('POST /v1/checks');
    expect(routeKeys).toContain('POST /v1/webhooks/order-events');
    expect(routeKeys).toContain('GET /console/summary.csv');
    expect(routeKeys).toContain('GET /rules/{rulesetId}/{ruleId}');
    expect(routeKeys.some((key) => key === '$default' || key.includes('proxy+') || key.startsWith('ANY'))).toBe(false);
  });

  it('sends each route to the live alias of the function that owns it', () => {
    const routes = ofType('AWS::ApiGatewayV2::Route');
    for (const { name, routeKey } of expectedRoutes) {
      const [, route] = must(
        routes.find(([, candidate]) => candidate.Properties.RouteKey === routeKey),
        routeKey,
      );
      const integrationId = route.Properties.Target['Fn::Join'][1][1].Ref as string;
      const integration = must(resources[integrationId], integrationId);
      expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
      expect(integration.Properties.IntegrationUri).toEqual({ Ref: logicalId(stack.functions[name].live) });
      expect(route.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
    }
  });

  it('has one auto-deployed $default stage with throttling and JSON access logs kept one year', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    const accessLogsId = logicalId(stack.api.accessLogs);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [accessLogsId, 'Arn'] }, Format: Match.anyValue() },
    });
    const [[, stage]] = ofType('AWS::ApiGatewayV2::Stage') as [[string, Json]];
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format as string) as Record<string, string>;
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
    });
    expect(JSON.stringify(format)).not.toMatch(/authorization|header|body|querystring/i);
    expect(must(resources[accessLogsId], 'access logs').Properties.RetentionInDays).toBe(365);
  });

  it('alarms on 5xx answers', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: '5xx',
      Namespace: 'AWS/ApiGateway',
      AlarmActions: [{ Ref: logicalId(stack.alarmTopic) }],
    });
  });
});

describe('The overdue-refund sweep schedule', () => {
  it('invokes the sweep live alias every hour, with retries', () => {
    const sweepAlias = { Ref: logicalId(stack.functions.sweepOverdueRefunds.live) };
    const rules = ofType('AWS::Events::Rule').filter(
      ([, rule]) => JSON.stringify(rule.Properties.Targets[0].Arn) === JSON.stringify(sweepAlias),
    );
    expect(rules).toHaveLength(1);
    expect(must(rules[0], 'rule')[1].Properties).toMatchObject({
      ScheduleExpression: 'rate(1 hour)',
      State: 'ENABLED',
      Targets: [{ Arn: sweepAlias, RetryPolicy: { MaximumRetryAttempts: 2 } }],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: sweepAlias,
      SourceArn: { 'Fn::GetAtt': [must(rules[0], 'rule')[0], 'Arn'] },
    });
  });

  it('is not reachable over HTTP', () => {
    const httpTargets = ofType('AWS::ApiGatewayV2::Integration').map(
      ([, integration]) => integration.Properties.IntegrationUri.Ref,
    );
    expect(httpTargets).not.toContain(logicalId(stack.functions.sweepOverdueRefunds.live));
    // One integration per HTTP function: every function but the sweep and the replay worker.
    expect(httpTargets).toHaveLength(NAMES.length - 2);
  });
});

describe('Replays: the HTTP function and the worker', () => {
  it('routes the ruleset list and the replay routes to the replays function', () => {
    expect(FUNCTIONS.runReplays.routes).toEqual(['GET /v1/rulesets', 'POST /v1/replays', 'GET /v1/replays/{replayId}']);
    expect(FUNCTIONS.runReplays.entry).toBe('functions/run-replays/index.ts');
  });

  it('invokes the worker live alias every minute, with retries, and never over HTTP', () => {
    const workerAlias = { Ref: logicalId(stack.functions.runReplaysWorker.live) };
    const rules = ofType('AWS::Events::Rule').filter(
      ([, rule]) => JSON.stringify(rule.Properties.Targets[0].Arn) === JSON.stringify(workerAlias),
    );
    expect(rules).toHaveLength(1);
    expect(must(rules[0], 'rule')[1].Properties).toMatchObject({
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Targets: [{ Arn: workerAlias, RetryPolicy: { MaximumRetryAttempts: 2 } }],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: workerAlias,
      SourceArn: { 'Fn::GetAtt': [must(rules[0], 'rule')[0], 'Arn'] },
    });
    const httpTargets = ofType('AWS::ApiGatewayV2::Integration').map(
      ([, integration]) => integration.Properties.IntegrationUri.Ref,
    );
    expect(httpTargets).not.toContain(logicalId(stack.functions.runReplaysWorker.live));
    // One integration per HTTP function: every function but the sweep and the replay worker.
    expect(httpTargets).toHaveLength(NAMES.length - 2);
    expect(ofType('AWS::Events::Rule')).toHaveLength(2);
  });

  it('gives the worker the longest Lambda timeout, and exactly the item actions a resumable job needs', () => {
    const worker = must(resources[logicalId(stack.functions.runReplaysWorker.function)], 'worker').Properties;
    expect(worker).toMatchObject({ Timeout: 900, MemorySize: 1024 });
    expect(sorted(FUNCTIONS.runReplaysWorker.tableActions)).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    // The HTTP side only records a job and reads it back: it never updates one.
    expect(FUNCTIONS.runReplays.tableActions).not.toContain('dynamodb:UpdateItem');
  });

  it('cannot write a stored decision: both replay functions write REPLAY# items only (IAM LeadingKeys)', () => {
    for (const name of ['runReplays', 'runReplaysWorker'] as const) {
      const statements = statementsOfRole(logicalId(stack.functions[name].role));
      const writing = statements.filter((statement) =>
        actionsOf(statement).some((a) => a === 'dynamodb:PutItem' || a === 'dynamodb:UpdateItem'),
      );
      expect(writing).toHaveLength(1);
      expect(writing[0]?.Condition).toEqual({
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['REPLAY#*'] },
      });
    }
    // The prefix is the one the store writes replays under.
    expect(keys.replay('x').pk.startsWith('REPLAY#')).toBe(true);
    expect(keys.replayItem('x', 't', 'c').pk.startsWith('REPLAY#')).toBe(true);
  });
});

describe('Secrets', () => {
  it('puts no key, secret or password in the template', () => {
    expect(JSON.stringify(resources)).not.toMatch(/whsec_|secret|password|apikey|api_key/i);
  });
});

describe('cdk-nag AwsSolutions checks', () => {
  it('find nothing unacknowledged: the synthesis above passed the validation plugin', () => {
    const report = JSON.parse(readFileSync(path.join(outdir, 'validation-report.json'), 'utf8')) as Json;
    const failures = (report.pluginReports as Json[]).filter((plugin) => plugin.conclusion !== 'success');
    expect(failures).toEqual([]);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
  });

  it('acknowledge only these findings, each with a written reason', () => {
    const acknowledged = new Map<string, string>();
    for (const construct of stack.node.findAll()) {
      for (const entry of construct.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
          acknowledged.set(id.replace(/^annotation::/i, ''), reason);
        }
      }
    }
    expect(sorted(acknowledged.keys())).toEqual([
      'AwsSolutions-APIG4',
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-L1',
    ]);
    for (const reason of acknowledged.values()) expect(reason.length).toBeGreaterThan(80);
  });

  it('is really active: an unprotected table fails the same synthesis', () => {
    // A control, so that "no findings" above cannot come from a plugin that never ran.
    const controlOut = mkdtempSync(path.join(tmpdir(), 'refusal-guard-nag-'));
    const app = new App({ outdir: controlOut, context: CDK_JSON.context });
    const control = new Stack(app, 'Control', { env: { region: 'cn-north-1' } });
    new Table(control, 'Unprotected', { partitionKey: { name: 'pk', type: AttributeType.STRING } });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-DDB3/);
    const report = readFileSync(path.join(controlOut, 'validation-report.json'), 'utf8');
    rmSync(controlOut, { recursive: true, force: true });
    expect(report).toContain('AwsSolutions-DDB3');
  });
});

describe('Offline synthesis', () => {
  it('left the bundles in the cloud assembly', () => {
    expect(existsSync(path.join(outdir, 'manifest.json'))).toBe(true);
  });
});
