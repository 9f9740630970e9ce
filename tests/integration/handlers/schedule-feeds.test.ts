import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sqs = mockClient(SQSClient);

describe('schedule-feeds handler', () => {
  beforeEach(() => {
    sqs.reset();
    vi.resetModules();
  });

  async function loadHandler(feeds: unknown) {
    vi.stubEnv('FEED_QUEUE_URL', 'https://sqs.eu-west-1.amazonaws.com/123456789012/feeds');
    vi.stubEnv('FEEDS', JSON.stringify(feeds));
    return (await import('../../../lambdas/handlers/schedule-feeds.js')).handler;
  }

  it('sends one message per enabled feed, in batches SQS accepts', async () => {
    const feeds = Array.from({ length: 12 }, (_, i) => ({
      name: `f${i}`,
      url: `https://news.example/${i}.xml`,
    }));
    feeds.push({
      name: 'off',
      url: 'https://news.example/off.xml',
      enabled: false,
    } as (typeof feeds)[number]);
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    const handler = await loadHandler(feeds);

    const result = await handler();

    const calls = sqs.commandCalls(SendMessageBatchCommand);
    expect(calls.map((c) => c.args[0].input.Entries?.length)).toEqual([10, 2]);
    const bodies = calls
      .flatMap((c) => c.args[0].input.Entries ?? [])
      .map((e) => JSON.parse(e.MessageBody ?? ''));
    expect(bodies.map((b) => b.name)).toEqual(feeds.slice(0, 12).map((f) => f.name));
    expect(result).toEqual({ queued: 12 });
  });

  it('fails the invocation when SQS refuses a message, so the schedule retries', async () => {
    sqs
      .on(SendMessageBatchCommand)
      .resolves({ Failed: [{ Id: '0', SenderFault: false, Code: 'x', Message: 'throttled' }] });
    const handler = await loadHandler([{ name: 'a', url: 'https://news.example/a.xml' }]);

    await expect(handler()).rejects.toThrow(/SQS refused 1 feed messages: throttled/);
  });

  it('refuses to start with a malformed feed list', async () => {
    await expect(loadHandler([{ name: 'a', url: 'file:///etc/passwd' }])).rejects.toThrow(
      /environment variable FEEDS/,
    );
  });
});
