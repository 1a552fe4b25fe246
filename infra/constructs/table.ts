import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE } from '#store/table.js';

/**
 * The service's single DynamoDB table, declared from `shared/store/table.ts` so the deployed key
 * schema, TTL attribute and indexes are exactly the ones the store queries.
 *
 * It holds the evidence (decisions, order events, reviews) that ECL art. 31 and OT-MEASURES art. 31
 * require to be kept for three years, and the secrets (API-key hashes, webhook secrets). Hence:
 * - deletion protection plus `RETAIN`: neither a mistaken `cdk destroy` nor a replacement drops it;
 * - point-in-time recovery: a bad deploy or a bad write can be undone to the second (35 days);
 * - encryption with the AWS managed KMS key (`aws/dynamodb`): KMS-backed, every use logged in
 *   CloudTrail, no key to rotate or pay for, and, above all, no customer key whose scheduled deletion
 *   would make three years of evidence unreadable. Choose a customer managed key only when a regulator
 *   or customer asks for key-policy control; that is a one-line change here (`CUSTOMER_MANAGED`).
 *
 * @example const { table } = new DecisionTable(stack, 'Table');
 */
export class DecisionTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: TABLE.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      encryption: TableEncryption.AWS_MANAGED,
    });
    for (const [indexName, index] of Object.entries(TABLE.indexes)) {
      const { projection } = index;
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        // Only what each index's query reads (see shared/store/ACCESS-PATTERNS.md).
        ...(projection.type === 'INCLUDE'
          ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...projection.attributes] }
          : { projectionType: ProjectionType.KEYS_ONLY }),
      });
    }
  }
}
