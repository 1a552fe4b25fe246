import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { RouteKey } from '../functions.js';

/**
 * One JSON object per request. No headers, no bodies, no query strings: the access log never holds
 * an API key, a webhook signature or an order's personal data.
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  integrationStatus: '$context.integrationStatus',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
} as const;

export interface PublicApiRoutes {
  /** The function (normally its `live` alias) that answers these routes. */
  readonly handler: IFunction;
  readonly routes: readonly RouteKey[];
}

export interface PublicApiProps {
  readonly routes: Readonly<Record<string, PublicApiRoutes>>;
  readonly rateLimit: number;
  readonly burstLimit: number;
  readonly logRetention: RetentionDays;
}

/**
 * The public HTTP API (API Gateway v2): one explicit route per contract path, no `$default`
 * catch-all, a throttled `$default` stage and JSON access logs.
 *
 * @example new PublicApi(stack, 'Api', { routes: { checks: { handler, routes: ['POST /v1/checks'] } }, rateLimit: 50, burstLimit: 100, logRetention });
 */
export class PublicApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: PublicApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Refusal Guard public API v1, review console and order-event webhooks',
      // The stage is declared below, with throttling and access logs.
      createDefaultStage: false,
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const seen = new Set<string>();
    for (const [name, { handler, routes }] of Object.entries(props.routes)) {
      const integration = new HttpLambdaIntegration(`${name}Integration`, handler);
      for (const routeKey of routes) {
        if (seen.has(routeKey)) throw new Error(`route ${routeKey} is declared twice`);
        seen.add(routeKey);
        const [method, routePath] = routeKey.split(' ') as [keyof typeof HttpMethod, string];
        this.httpApi.addRoutes({ path: routePath, methods: [HttpMethod[method]], integration });
      }
    }

    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Authentication is part of the API contract and lives in the functions: `/v1` routes take ' +
        '`Authorization: Bearer <key>` checked against hashed keys in the table (shop vs staff roles, ' +
        'per-shop data scoping that an API Gateway authorizer cannot express); the webhook route is ' +
        'authenticated by its Standard Webhooks HMAC signature; `/console` by its own sign-in session; ' +
        '`/healthz`, `/openapi.json` and `/docs` are public by design.',
    });
  }

  /** The stage URL (`https://{apiId}.execute-api.{region}.{domain}/`). */
  get url(): string {
    return this.stage.url;
  }
}
