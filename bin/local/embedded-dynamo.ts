import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { createDocumentClient } from '../../lambdas/adapters/dynamo-client.js';
import type { TableNames } from '../../lambdas/adapters/monitor-stores.js';
import { TABLES, type TableDefinition } from '../../lambdas/adapters/table-definitions.js';

export interface EmbeddedDynamo {
  client: DynamoDBDocumentClient;
  tables: TableNames;
  endpoint: string;
  close(): Promise<void>;
}

export const LOCAL_TABLE_NAMES: TableNames = {
  articles: 'coalition-watch-articles',
  commitments: 'coalition-watch-commitments',
  alerts: 'coalition-watch-alerts',
};

/**
 * dynalite in this process, listening on 127.0.0.1 only, keeping its data in `dir` (in memory when
 * `dir` is undefined), with the same tables, keys and indexes as the stack.
 */
export async function startEmbeddedDynamo(dir: string | undefined): Promise<EmbeddedDynamo> {
  const server = dynalite({
    ...(dir ? { path: dir } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createDocumentClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
  });
  const close = async () => {
    client.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  try {
    for (const table of TABLES) await ensureTable(client, table, tableNameOf(table));
  } catch (error) {
    await close();
    throw error;
  }
  return { client, tables: LOCAL_TABLE_NAMES, endpoint, close };
}

function tableNameOf(table: TableDefinition): string {
  const key = table.id.toLowerCase() as keyof TableNames;
  return LOCAL_TABLE_NAMES[key];
}

async function ensureTable(client: DynamoDBClient, table: TableDefinition, name: string): Promise<void> {
  const attributes = new Map<string, 'S' | 'N'>();
  for (const key of [
    table.partitionKey,
    table.sortKey,
    ...table.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ]) {
    attributes.set(key.name, key.type);
  }
  try {
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
          AttributeName,
          AttributeType,
        })),
        KeySchema: [
          { AttributeName: table.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: table.sortKey.name, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: table.indexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ResourceInUseException')) throw error;
  }
  // dynalite, like DynamoDB, creates tables asynchronously.
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`local table ${name} did not become ACTIVE`);
}
