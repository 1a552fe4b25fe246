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

export function documentClientFromConfig(config: Config): DynamoDBDocumentClient {
  return createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint });
}
