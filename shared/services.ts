import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Config, loadConfig } from '#config/env.js';
import { CheckRepository } from '#store/checks.js';
import { documentClientFromConfig } from '#store/client.js';
import { FlagRepository } from '#store/flags.js';
import type { StoreHealth } from '#store/health.js';
import { OrderStateRepository } from '#store/orders.js';
import { PrincipalRepository, ShopSecretRepository } from '#store/principals.js';
import { ReplayRepository } from '#store/replays.js';
import { ReportRepository } from '#store/reports.js';
import { ReviewRepository } from '#store/reviews.js';
import { AttemptThrottleRepository, ConsoleSessionRepository } from '#store/sessions.js';
import { type Clock, systemClock } from './time.js';

/**
 * Everything a function needs, created once per process. Lambda handlers build it from the
 * environment at module scope; tests and the local server build it around their own store.
 */
export interface Services {
  config: Config;
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
  checks: CheckRepository;
  principals: PrincipalRepository;
  shopSecrets: ShopSecretRepository;
  orders: OrderStateRepository;
  /** Review-queue flags raised by order-event reconciliation (raised once each, deterministic ids). */
  flags: FlagRepository;
  /** The review queue (checks and flags), resolutions, summaries and the console's secret. */
  reviews: ReviewRepository;
  /** Console sessions, revocable on the server (sign-out ends them everywhere). */
  sessions: ConsoleSessionRepository;
  /** Failed-attempt counters (the console's sign-in throttle). */
  throttles: AttemptThrottleRepository;
  /** The local service's view of its supervised embedded store (absent in AWS). */
  storeHealth?: () => StoreHealth;
  /** Per-shop daily aggregates behind GET /v1/reports/summary and the console's summary. */
  reports: ReportRepository;
  /** Replay jobs (a ruleset re-deciding a period's stored checks) and their changed checks. */
  replays: ReplayRepository;
}

/**
 * @example const services = createServices(loadConfig({ TABLE_NAME: 't', DYNAMODB_ENDPOINT: endpoint }))
 */
export function createServices(config: Config, options: { db?: DynamoDBDocumentClient; clock?: Clock } = {}): Services {
  const db = options.db ?? documentClientFromConfig(config);
  const tableName = config.tableName;
  const reports = new ReportRepository(db, tableName);
  return {
    config,
    db,
    tableName,
    clock: options.clock ?? systemClock,
    checks: new CheckRepository(db, tableName, reports),
    principals: new PrincipalRepository(db, tableName),
    shopSecrets: new ShopSecretRepository(db, tableName),
    orders: new OrderStateRepository(db, tableName),
    flags: new FlagRepository(db, tableName, reports),
    reviews: new ReviewRepository(db, tableName, reports),
    reports,
    sessions: new ConsoleSessionRepository(db, tableName),
    throttles: new AttemptThrottleRepository(db, tableName),
    replays: new ReplayRepository(db, tableName),
  };
}

/** The services of a Lambda function: configuration from its environment, failing fast when incomplete. */
export function servicesFromEnv(): Services {
  return createServices(loadConfig(process.env));
}
