import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { z } from 'zod';
import { DynamoAlertOutbox } from '../adapters/dynamo-alert-outbox.js';
import { createDocumentClient } from '../adapters/dynamo-client.js';
import { DynamoCommitmentStore } from '../adapters/dynamo-commitment-store.js';
import { SnsAlertPublisher } from '../adapters/sns-alert-publisher.js';
import { ALERTS_TABLE, COMMITMENTS_TABLE } from '../adapters/table-definitions.js';
import { AlertSchema } from '../core/state/alert.js';
import { deliverAlert, drainPendingAlerts } from '../core/state/deliver-alerts.js';
import { readEnv } from './handler-env.js';

const env = readEnv(
  z.object({
    [COMMITMENTS_TABLE.envVar]: z.string().min(1),
    [ALERTS_TABLE.envVar]: z.string().min(1),
    ALERT_TOPIC_ARN: z.string().startsWith('arn:'),
  }),
);
const logger = new Logger({ serviceName: 'coalition-watch-notifier' });
const client = createDocumentClient();
const deps = {
  outbox: new DynamoAlertOutbox(client, env[ALERTS_TABLE.envVar] as string),
  commitments: new DynamoCommitmentStore(client, env[COMMITMENTS_TABLE.envVar] as string),
  publisher: new SnsAlertPublisher({ topicArn: env.ALERT_TOPIC_ARN as string }),
  now: () => new Date(),
};
const processor = new BatchProcessor(EventType.DynamoDBStreams);

async function notifyRecord(record: DynamoDBRecord): Promise<void> {
  const image = record.dynamodb?.NewImage;
  if (!image) return;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item.status !== 'pending') return;
  const alert = AlertSchema.parse(item.alert);
  const outcome = await deliverAlert(alert, deps);
  logger.info('alert', { alertId: alert.alertId, country: alert.country, category: alert.category, outcome });
}

/**
 * Each new outbox entry arrives here from the stream once written; a failed publish is retried from
 * the stream. A scheduled sweep (`{"sweep": true}`) sends what is still owed, such as an alert whose
 * notifier died mid-publish, once that claim has run out.
 */
export const handler = async (event: DynamoDBStreamEvent | { sweep: true }) => {
  if ('sweep' in event) {
    const sent = await drainPendingAlerts(deps);
    logger.info('sweep', { sent: sent.length });
    return { batchItemFailures: [] };
  }
  return processPartialResponse(event, notifyRecord, processor);
};
