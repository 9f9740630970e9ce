import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AlertOutbox } from '../core/ports.js';
import { type Alert, AlertSchema } from '../core/state/alert.js';
import { isConditionalCheckFailed } from './dynamo-client.js';
import { queryAll } from './dynamo-query.js';

/**
 * Alerts owed, one item each, keyed by the deterministic alert id. While unpublished an alert sits in
 * the sparse gsi1 partition PENDING; publishing removes it from there.
 */
export class DynamoAlertOutbox implements AlertOutbox {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(alert: Alert): Promise<void> {
    const createdAt = this.now().toISOString();
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...alertKey(alert.alertId),
            alert,
            status: 'pending',
            createdAt,
            gsi1pk: 'PENDING',
            gsi1sk: `${createdAt}#${alert.alertId}`,
          },
          // A re-run must never turn a sent alert back into a pending one.
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async pending(limit: number): Promise<Alert[]> {
    const items = await queryAll(
      this.client,
      {
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pending',
        ExpressionAttributeValues: { ':pending': 'PENDING' },
      },
      limit,
    );
    return items.map((item) => AlertSchema.parse(item.alert));
  }

  async claim(alertId: string, now: Date, leaseUntil: Date): Promise<boolean> {
    try {
      // Timeline this protects: notifier A claims, publishes, dies before marking; B may take over
      // only once A's lease has run out, so a live A is never doubled.
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: alertKey(alertId),
          UpdateExpression: 'SET #status = :publishing, leaseUntil = :lease',
          ConditionExpression:
            'attribute_exists(pk) AND (#status = :pending OR (#status = :publishing AND leaseUntil < :now))',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':publishing': 'publishing',
            ':pending': 'pending',
            ':lease': leaseUntil.toISOString(),
            ':now': now.toISOString(),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async markPublished(alertId: string, publishedAt: Date): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: alertKey(alertId),
        UpdateExpression: 'SET #status = :published, sentAt = :at REMOVE gsi1pk, gsi1sk, leaseUntil',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':published': 'published', ':at': publishedAt.toISOString() },
      }),
    );
  }
}

const alertKey = (alertId: string) => ({ pk: `ALERT#${alertId}`, sk: 'ALERT' });
