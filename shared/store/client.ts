import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '#config/env.js';

export interface StoreClientOptions {
  region: string;
  endpoint?: string | undefined;
  /** Per-attempt timeout; a store that does not answer in time is "unavailable" (503), not a hang. */
  requestTimeoutMs?: number;
  maxAttempts?: number;
}

/**
 * A DynamoDB document client. Locally it points at the embedded server with dummy credentials;
 * in Lambda it uses the function's role.
 *
 * @example const db = createDocumentClient({ region: 'cn-north-1', endpoint: 'http://127.0.0.1:8000' })
 */
export function createDocumentClient(options: StoreClientOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: options.region,
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? 5_000,
      connectionTimeout: Math.min(options.requestTimeoutMs ?? 5_000, 1_000),
      // Without this the SDK only logs a warning and keeps waiting on a store that stopped
      // answering: the caller must get a 503 it can retry, not a hung request.
      throwOnRequestTimeout: true,
    },
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          credentials: {
            accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'local',
            secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
          },
        }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

/**
 * In AWS a DynamoDB call answers in milliseconds: 2 s per attempt, 3 attempts, fits inside the
 * functions' 10 s timeout, so a stuck store still yields our 503. A local endpoint (the embedded
 * store on a busy laptop or CI machine) gets 5 s per attempt.
 */
export function documentClientFromConfig(config: Config): DynamoDBDocumentClient {
  return createDocumentClient({
    region: config.region,
    endpoint: config.dynamodbEndpoint,
    requestTimeoutMs: config.dynamodbEndpoint ? 5_000 : 2_000,
  });
}
