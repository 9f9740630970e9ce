import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoAlertOutbox } from './dynamo-alert-outbox.js';
import { DynamoArticleStore } from './dynamo-article-store.js';
import { DynamoCommitmentStore } from './dynamo-commitment-store.js';

export interface TableNames {
  articles: string;
  commitments: string;
  alerts: string;
}

export interface MonitorStores {
  articles: DynamoArticleStore;
  commitments: DynamoCommitmentStore;
  outbox: DynamoAlertOutbox;
}

/** The three stores over one client: the same wiring in Lambda and in the local run. */
export function createMonitorStores(
  client: DynamoDBDocumentClient,
  tables: TableNames,
  now: () => Date = () => new Date(),
): MonitorStores {
  return {
    articles: new DynamoArticleStore(client, tables.articles),
    commitments: new DynamoCommitmentStore(client, tables.commitments),
    outbox: new DynamoAlertOutbox(client, tables.alerts, now),
  };
}
