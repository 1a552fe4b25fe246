import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { guard } from './errors.js';
import { type Entity, indexKeys } from './keys.js';
import { TABLE } from './table.js';

/**
 * The item that carries this check or flag id, read consistently, or undefined (also when the id
 * belongs to another entity than `entities`). The `byId` index answers which key holds the id; the
 * item itself is then read from the table, so a just-written resolution is never missed.
 *
 * @example await getItemById(db, tableName, checkId, ['check'])
 */
export async function getItemById(
  db: DynamoDBDocumentClient,
  tableName: string,
  id: string,
  entities: readonly Entity[],
): Promise<Record<string, unknown> | undefined> {
  const { Items } = await guard('Query', () =>
    db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'byId',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE.indexes.byId.partitionKey },
        ExpressionAttributeValues: { ':pk': indexKeys.byId(id).gsi1pk },
        ProjectionExpression: 'pk, sk, entity',
        Limit: 1,
      }),
    ),
  );
  const hit = Items?.[0];
  if (!hit || !entities.includes(hit.entity as Entity)) return undefined;
  const { Item } = await guard('GetItem', () =>
    db.send(new GetCommand({ TableName: tableName, Key: { pk: hit.pk, sk: hit.sk }, ConsistentRead: true })),
  );
  return Item;
}
