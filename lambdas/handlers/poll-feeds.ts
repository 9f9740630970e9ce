import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { z } from 'zod';
import { analysisSettingsFromEnv } from '../adapters/analysis-settings.js';
import { createDocumentClient } from '../adapters/dynamo-client.js';
import { HttpFeedFetcher } from '../adapters/http-fetcher.js';
import { createMonitorStores } from '../adapters/monitor-stores.js';
import { readSeeds } from '../adapters/seed-files.js';
import { ALERTS_TABLE, ARTICLES_TABLE, COMMITMENTS_TABLE } from '../adapters/table-definitions.js';
import { FeedConfigSchema } from '../core/poll/feed-config.js';
import { loadBaseline } from '../core/poll/load-baseline.js';
import { pollFeed } from '../core/poll/poll-feed.js';
import { readEnv } from './handler-env.js';

const env = readEnv(
  z.object({
    [ARTICLES_TABLE.envVar]: z.string().min(1),
    [COMMITMENTS_TABLE.envVar]: z.string().min(1),
    [ALERTS_TABLE.envVar]: z.string().min(1),
    SEEDS_DIR: z.string().default('./seeds'),
  }),
);
const logger = new Logger({ serviceName: 'coalition-watch-poller' });
const stores = createMonitorStores(createDocumentClient(), {
  articles: env[ARTICLES_TABLE.envVar] as string,
  commitments: env[COMMITMENTS_TABLE.envVar] as string,
  alerts: env[ALERTS_TABLE.envVar] as string,
});
// RELEVANCE_THRESHOLD and GAZETTEER_EXTENSION, checked at cold start like the rest of the environment.
const { analyze } = analysisSettingsFromEnv(process.env);
const deps = { ...stores, fetcher: new HttpFeedFetcher(), analyze, now: () => new Date() };
const processor = new BatchProcessor(EventType.SQS);

// The first poll of a new deployment loads the seed baseline; later cold starts find it loaded.
let baselineReady: Promise<unknown> | undefined;
const ensureBaseline = () => {
  baselineReady ??= loadBaseline(() => readSeeds(env.SEEDS_DIR as string), deps).catch((error) => {
    baselineReady = undefined;
    throw error;
  });
  return baselineReady;
};

async function pollRecord(record: SQSRecord): Promise<void> {
  const feed = FeedConfigSchema.parse(JSON.parse(record.body));
  const report = await pollFeed(feed, deps);
  const items: Record<string, number> = {};
  for (const item of report.items) items[item.status] = (items[item.status] ?? 0) + 1;
  logger.info('feed polled', {
    feed: feed.name,
    status: report.status,
    error: report.error,
    items,
    alerts: report.items.reduce((n, item) => n + item.alerts.length, 0),
  });
}

/** Each SQS record is one feed; a record that throws is retried alone (partial batch response). */
export const handler = async (event: SQSEvent) => {
  await ensureBaseline();
  return processPartialResponse(event, pollRecord, processor);
};
