import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CommitmentStore, Position } from '../core/ports.js';
import type { Alert } from '../core/state/alert.js';
import type { Category, CountryCode } from '../core/taxonomy.js';
import { isConditionalCheckFailed } from './dynamo-client.js';
import { queryAll, withoutKeys } from './dynamo-query.js';

export class DynamoCommitmentStore implements CommitmentStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getPosition(country: CountryCode, category: Category): Promise<Position | null> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: positionKey(country, category),
        ConsistentRead: true,
      }),
    );
    return Item ? withoutKeys<Position>(Item) : null;
  }

  async getPositions(country: CountryCode): Promise<Position[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :current)',
      ExpressionAttributeValues: { ':pk': `COUNTRY#${country}`, ':current': 'CURRENT#' },
      ConsistentRead: true,
    });
    return items.map((item) => withoutKeys<Position>(item));
  }

  async allPositions(): Promise<Position[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :current',
      ExpressionAttributeValues: { ':current': 'CURRENT' },
    });
    return items.map((item) => withoutKeys<Position>(item));
  }

  async putPosition(next: Position, expectedVersion: number): Promise<'ok' | 'conflict'> {
    try {
      // Optimistic locking: of two pollers that read the same version, only the first write lands.
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...positionKey(next.country, next.category),
            gsi1pk: 'CURRENT',
            gsi1sk: `${next.country}#${next.category}`,
            ...next,
          },
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
      );
      return 'ok';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'conflict';
      throw error;
    }
  }

  async recordChange(change: Alert): Promise<void> {
    // The key includes the alert id, so writing the same change twice leaves one history entry.
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: `COUNTRY#${change.country}`,
          sk: `HISTORY#${change.category}#${change.publishedAt}#${change.alertId}`,
          ...change,
        },
      }),
    );
  }

  async history(country: CountryCode, category?: Category): Promise<Alert[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': `COUNTRY#${country}`,
        ':prefix': category ? `HISTORY#${category}#` : 'HISTORY#',
      },
    });
    return items
      .map((item) => withoutKeys<Alert>(item))
      .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  }
}

const positionKey = (country: string, category: string) => ({
  pk: `COUNTRY#${country}`,
  sk: `CURRENT#${category}`,
});
