import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { ENV } from '#config/env.js';
import type { DeployConfig } from './config.js';
import { PublicApi, type PublicApiRoutes } from './constructs/api.js';
import { HourlySchedule } from './constructs/schedule.js';
import { ServiceFunction } from './constructs/service-function.js';
import { DecisionTable } from './constructs/table.js';
import { FUNCTIONS, type FunctionName, type FunctionSpec } from './functions.js';

/** The repository root: entries, `package-lock.json` and `tsconfig.json` are resolved from it. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface RefusalGuardStackProps extends StackProps {
  readonly config: DeployConfig;
}

/**
 * Everything Refusal Guard runs on: the single table, one function per entry in `infra/functions.ts`,
 * the HTTP API routing the contract's paths to them, the hourly sweep schedule and the alarms.
 *
 * @example new RefusalGuardStack(app, 'RefusalGuard', { config: readConfig(app), env: { region: 'cn-north-1' } });
 */
export class RefusalGuardStack extends Stack {
  readonly table: DecisionTable;
  readonly functions: Readonly<Record<FunctionName, ServiceFunction>>;
  readonly api: PublicApi;
  readonly alarmTopic: Topic;

  constructor(scope: Construct, id: string, props: RefusalGuardStackProps) {
    super(scope, id, props);
    const { config } = props;
    Tags.of(this).add('service', 'refusal-guard');

    this.table = new DecisionTable(this, 'Decisions');

    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: 'Refusal Guard alarms',
      enforceSSL: true,
    });
    if (config.alarmEmail !== undefined) {
      this.alarmTopic.addSubscription(new EmailSubscription(config.alarmEmail));
    }

    // Built from the names the code reads (shared/config/env.ts), never from string literals.
    // DYNAMODB_ENDPOINT is deliberately absent: deployed functions talk to DynamoDB itself.
    const environment: Record<string, string> = {
      [ENV.tableName]: this.table.table.tableName,
      [ENV.logLevel]: config.logLevel,
      [ENV.sessionTtlSeconds]: String(config.sessionTtlSeconds),
      NODE_OPTIONS: '--enable-source-maps',
    };

    const functions = {} as Record<FunctionName, ServiceFunction>;
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      functions[name] = new ServiceFunction(this, pascal(name), {
        spec: FUNCTIONS[name],
        projectRoot: PROJECT_ROOT,
        table: this.table.table,
        environment,
        logRetention: config.logRetentionDays,
        alarmTopic: this.alarmTopic,
      });
    }
    this.functions = functions;

    const routes: Record<string, PublicApiRoutes> = {};
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const spec = FUNCTIONS[name];
      if (spec.routes.length > 0) routes[name] = { handler: functions[name].live, routes: spec.routes };
    }
    this.api = new PublicApi(this, 'Api', {
      routes,
      rateLimit: config.apiRateLimit,
      burstLimit: config.apiBurstLimit,
      logRetention: config.logRetentionDays,
    });

    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const schedule: FunctionSpec['schedule'] = (FUNCTIONS[name] as FunctionSpec).schedule;
      if (schedule) {
        const every =
          'everyMinutes' in schedule ? `${schedule.everyMinutes} minute(s)` : `${schedule.everyHours} hour(s)`;
        new HourlySchedule(this, `${pascal(name)}Schedule`, {
          target: functions[name].live,
          ...schedule,
          description: `Invokes ${name} every ${every}.`,
        });
      }
    }

    const serverErrors = new Alarm(this, 'Api5xxAlarm', {
      alarmDescription: 'HTTP API: 5 or more 5xx answers in 5 minutes (function errors, timeouts, throttling).',
      metric: this.api.httpApi.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 5,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    serverErrors.addAlarmAction(new SnsAction(this.alarmTopic));

    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Base URL of the public API' });
    new CfnOutput(this, 'TableName', { value: this.table.table.tableName, description: 'The single DynamoDB table' });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn, description: 'Subscribe on-call here' });
  }
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
