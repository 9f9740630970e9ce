import { Logger } from '@aws-lambda-powertools/logger';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { z } from 'zod';
import { FeedListSchema } from '../core/poll/feed-config.js';
import { readEnv } from './handler-env.js';

const env = readEnv(
  z.object({
    FEED_QUEUE_URL: z.string().min(1),
    FEEDS: z.string().transform((text, ctx) => {
      const parsed = FeedListSchema.safeParse(JSON.parse(text));
      if (!parsed.success)
        ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'invalid' });
      return parsed.data ?? [];
    }),
  }),
);
const logger = new Logger({ serviceName: 'coalition-watch-scheduler' });
const sqs = new SQSClient({});

/** One message per enabled feed, so the poller retries (and dead-letters) each feed on its own. */
export const handler = async (): Promise<{ queued: number }> => {
  const feeds = env.FEEDS.filter((feed) => feed.enabled);
  for (let i = 0; i < feeds.length; i += 10) {
    const batch = feeds.slice(i, i + 10);
    const { Failed } = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: env.FEED_QUEUE_URL,
        Entries: batch.map((feed, j) => ({ Id: String(i + j), MessageBody: JSON.stringify(feed) })),
      }),
    );
    if (Failed && Failed.length > 0)
      throw new Error(`SQS refused ${Failed.length} feed messages: ${Failed[0]?.Message}`);
  }
  logger.info('feeds queued', { count: feeds.length });
  return { queued: feeds.length };
};
