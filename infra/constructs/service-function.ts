import path from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alias, Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ENV } from '#config/env.js';
import { TABLE } from '#store/table.js';
import type { FunctionSpec, TableAction } from '../functions.js';

/** ESM bundles have no `require`; a CommonJS dependency that calls it needs one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);";

/**
 * The exec wrapper of a function with V8 options (`FunctionSpec.v8Options`): copied beside the bundle, run by Lambda
 * (`AWS_LAMBDA_EXEC_WRAPPER`) with the runtime's command line, it adds the options of `V8_OPTIONS`.
 */
export const V8_OPTIONS_WRAPPER = { source: 'infra/assets/v8-options.sh', file: 'v8-options.sh' } as const;

export interface ServiceFunctionProps {
  readonly spec: FunctionSpec;
  /** Absolute path of the project root (holds `package-lock.json` and `tsconfig.json`). */
  readonly projectRoot: string;
  readonly table: ITable;
  /** The function's environment; must not contain `DYNAMODB_ENDPOINT` (production talks to DynamoDB). */
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetention: RetentionDays;
  readonly alarmTopic: ITopic;
}

/**
 * One Lambda function of the service: its own role with exactly the table actions its spec lists, its
 * own log group, a minified ESM bundle with source maps, a `live` alias that the API and the schedule
 * invoke (roll back by pointing it at an earlier version), and alarms on errors and throttles.
 *
 * @example new ServiceFunction(stack, 'CheckRefusals', { spec: FUNCTIONS.checkRefusals, projectRoot, table, environment, logRetention, alarmTopic });
 */
export class ServiceFunction extends Construct {
  readonly function: NodejsFunction;
  /** What callers invoke: the `live` alias of the current version. */
  readonly live: Alias;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    const { spec, table } = props;
    if (ENV.dynamodbEndpoint in props.environment) {
      throw new Error(`${id}: ${ENV.dynamodbEndpoint} must not be set in a deployed function`);
    }

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description:
        spec.tableActions.length > 0
          ? `Execution role of ${id}: its own log group and ${spec.tableActions.join(', ')} on the table.`
          : `Execution role of ${id}: its own log group, no table access.`,
      // Instead of the AWS managed AWSLambdaBasicExecutionRole (logs:* on every log group), write
      // only to this function's own log group.
      inlinePolicies: {
        logs: new PolicyDocument({
          statements: [
            new PolicyStatement({
              effect: Effect.ALLOW,
              actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              resources: [this.logGroup.logGroupArn],
            }),
          ],
        }),
        // A function that lists no table action (the rulebook) gets no table statement at all.
        ...(spec.tableActions.length > 0
          ? {
              table: new PolicyDocument({
                statements: tableStatements(table, spec.tableActions, spec.writeKeyPrefixes),
              }),
            }
          : {}),
      },
    });

    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(props.projectRoot, spec.entry),
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: path.join(props.projectRoot, 'package-lock.json'),
      description: spec.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMiB,
      timeout: Duration.seconds(spec.timeoutSeconds),
      ...(spec.reservedConcurrency === undefined ? {} : { reservedConcurrentExecutions: spec.reservedConcurrency }),
      role: this.role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        ...props.environment,
        ...(spec.v8Options
          ? { AWS_LAMBDA_EXEC_WRAPPER: `/var/task/${V8_OPTIONS_WRAPPER.file}`, V8_OPTIONS: spec.v8Options.join(' ') }
          : {}),
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        minify: true,
        // Statute texts and messages are Chinese: UTF-8 output is half the size of \u escapes.
        charset: Charset.UTF8,
        sourceMap: true,
        sourcesContent: false,
        // The AWS SDK is bundled, tree-shaken, rather than imported from the runtime's copy: a cold
        // start then loads one file instead of the runtime's whole client (`npm run bench` prints both).
        externalModules: [],
        banner: ESM_REQUIRE_BANNER,
        tsconfig: path.join(props.projectRoot, 'tsconfig.json'),
        ...(spec.v8Options
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                // Executable in the package: the zip keeps each file's mode.
                afterBundling: (inputDir: string, outputDir: string) => [
                  `cp "${path.join(inputDir, V8_OPTIONS_WRAPPER.source)}" "${path.join(outputDir, V8_OPTIONS_WRAPPER.file)}"`,
                  `chmod 755 "${path.join(outputDir, V8_OPTIONS_WRAPPER.file)}"`,
                ],
              },
            }
          : {}),
      },
    });

    this.live = new Alias(this, 'Live', {
      aliasName: 'live',
      version: this.function.currentVersion,
    });

    const alarm = (alarmId: string, what: string, metric: ReturnType<NodejsFunction['metricErrors']>): Alarm => {
      const created = new Alarm(this, alarmId, {
        alarmDescription: `${id}: ${what} in the last 5 minutes.`,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(new SnsAction(props.alarmTopic));
      created.addOkAction(new SnsAction(props.alarmTopic));
      return created;
    };
    alarm(
      'ErrorsAlarm',
      'one or more invocations failed',
      this.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
    );
    alarm(
      'ThrottlesAlarm',
      'one or more invocations were throttled',
      this.function.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
    );

    Validations.of(this).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Only the statement Lambda adds for active X-Ray tracing (xray:PutTraceSegments, ' +
          'xray:PutTelemetryRecords): these actions support no resource-level permissions, so AWS ' +
          'requires Resource "*". The DynamoDB and logs statements name their resources exactly.',
      },
      {
        id: 'AwsSolutions-L1',
        reason:
          'nodejs22.x is deliberate: it is the runtime the project builds and tests against ' +
          '(STACK.md; esbuild target node22) and is supported by Lambda until 2027. Moving to a newer ' +
          'runtime is a tested change (runtime, esbuild target), not something to take by default.',
      },
    );
  }
}

/**
 * The DynamoDB statements for a function: the listed item actions on the table itself, and `Query`
 * (the only one of them that reads an index) on each index the store declares, by name. No wildcard.
 * With `writeKeyPrefixes`, `PutItem` and `UpdateItem` get a statement of their own, limited to items
 * whose partition key starts with one of the prefixes (`dynamodb:LeadingKeys`).
 */
export function tableStatements(
  table: ITable,
  actions: readonly TableAction[],
  writeKeyPrefixes?: readonly string[],
): PolicyStatement[] {
  const writes: readonly TableAction[] = ['dynamodb:PutItem', 'dynamodb:UpdateItem'];
  const limited = writeKeyPrefixes ? actions.filter((action) => writes.includes(action)) : [];
  const free = actions.filter((action) => !limited.includes(action));
  const statements = [new PolicyStatement({ effect: Effect.ALLOW, actions: [...free], resources: [table.tableArn] })];
  if (limited.length > 0)
    statements.push(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...limited],
        resources: [table.tableArn],
        conditions: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': (writeKeyPrefixes ?? []).map((prefix) => `${prefix}*`),
          },
        },
      }),
    );
  if (actions.includes('dynamodb:Query')) {
    statements.push(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['dynamodb:Query'],
        resources: Object.keys(TABLE.indexes).map((indexName) => `${table.tableArn}/index/${indexName}`),
      }),
    );
  }
  return statements;
}
