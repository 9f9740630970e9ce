import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../../bin/local/embedded-dynamo.js';
import { createMonitorStores } from '../../../lambdas/adapters/monitor-stores.js';

const sns = mockClient(SNSClient);
let db: EmbeddedDynamo;
let feeds: Server;
let feedBase: string;

const ARTICLE = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>wire</title><link>http://w</link><description>d</description>
<item><title>Norway to send minehunters to Ukraine reassurance force</title><link>https://wire.example/no-minehunters</link>
<pubDate>Fri, 10 Oct 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;OSLO — Norway will deploy two minehunters to clear the sea lanes off Odesa as part of the multinational reassurance force for Ukraine once a ceasefire holds, the Norwegian defence ministry said on Friday.&lt;/p&gt;</description></item>
</channel></rss>`;

beforeAll(async () => {
  db = await startEmbeddedDynamo(undefined);
  feeds = createServer((req, res) => {
    if (req.url === '/wire.xml')
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(ARTICLE);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
  vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', db.endpoint);
  vi.stubEnv('AWS_REGION', 'eu-west-1');
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
  vi.stubEnv('ARTICLES_TABLE_NAME', db.tables.articles);
  vi.stubEnv('COMMITMENTS_TABLE_NAME', db.tables.commitments);
  vi.stubEnv('ALERTS_TABLE_NAME', db.tables.alerts);
  vi.stubEnv('ALERT_TOPIC_ARN', 'arn:aws:sns:eu-west-1:123456789012:alerts');
  vi.stubEnv('SEEDS_DIR', 'seeds');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => feeds.close(resolve));
  await db.close();
});
beforeEach(() => {
  sns.reset();
});

const sqsRecord = (messageId: string, body: string) =>
  ({
    messageId,
    body,
    eventSource: 'aws:sqs',
    attributes: {},
    messageAttributes: {},
  }) as SQSEvent['Records'][number];

describe('poll-feeds and notify-alerts handlers', () => {
  it('polls each feed of the batch, reporting only the bad record as failed', async () => {
    const { handler } = await import('../../../lambdas/handlers/poll-feeds.js');
    const event: SQSEvent = {
      Records: [
        sqsRecord('good', JSON.stringify({ name: 'wire', url: `${feedBase}/wire.xml` })),
        sqsRecord('bad', '{"name": "no url"}'),
      ],
    };

    const response = await handler(event);

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad' }] });
    const stores = createMonitorStores(db.client, db.tables);
    expect(await stores.articles.isBaselineLoaded()).toBe(true);
    expect(await stores.commitments.getPosition('NO', 'maritime')).toMatchObject({ stance: 'committed' });
    expect(
      (await stores.outbox.pending(10)).map((a) => [a.country, a.category, a.previous, a.current]),
    ).toEqual([['NO', 'maritime', null, 'committed']]);
  });

  it('publishes a pending alert from the stream once, however often the record is delivered', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm1' });
    const { handler } = await import('../../../lambdas/handlers/notify-alerts.js');
    const stores = createMonitorStores(db.client, db.tables);
    const [pending] = await stores.outbox.pending(10);
    expect(pending).toBeDefined();
    const image = marshall({
      pk: `ALERT#${pending?.alertId}`,
      sk: 'ALERT',
      status: 'pending',
      alert: pending,
    });
    const event = {
      Records: [
        { eventID: '1', eventName: 'INSERT', eventSource: 'aws:dynamodb', dynamodb: { NewImage: image } },
      ],
    } as unknown as DynamoDBStreamEvent;

    const first = await handler(event);
    const again = await handler(event);

    expect(first).toEqual({ batchItemFailures: [] });
    expect(again).toEqual({ batchItemFailures: [] });
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toMatchObject({
      TopicArn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
      MessageStructure: 'json',
      MessageAttributes: { country: { DataType: 'String', StringValue: 'NO' } },
    });
    expect(await stores.outbox.pending(10)).toEqual([]);
  });

  it('sends on a sweep what the stream left owed once its claim runs out, and nothing twice', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm2' });
    const { handler } = await import('../../../lambdas/handlers/notify-alerts.js');
    const stores = createMonitorStores(db.client, db.tables);
    const stranded = {
      alertId: 'stranded-1',
      country: 'NO',
      category: 'air' as const,
      previous: null,
      current: 'willing' as const,
      evidence: 'Norway could send jets.',
      articleUrl: null,
      title: 'Norway jets',
      publishedAt: '2025-10-11T00:00:00Z',
    };
    await stores.outbox.record(stranded);
    // A notifier claimed it long ago and died before marking it sent.
    await stores.outbox.claim(
      'stranded-1',
      new Date('2020-01-01T00:00:00Z'),
      new Date('2020-01-01T00:02:00Z'),
    );

    await handler({ sweep: true });
    await handler({ sweep: true });

    const published = sns
      .commandCalls(PublishCommand)
      .map((c) => c.args[0].input.MessageAttributes?.category?.StringValue);
    expect(published).toEqual(['air']);
    expect(await stores.outbox.pending(10)).toEqual([]);
  });
});
