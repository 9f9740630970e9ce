import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../bin/local/embedded-dynamo.js';
import { createMonitorStores } from '../../lambdas/adapters/monitor-stores.js';
import { stripBoilerplate } from '../../lambdas/core/ingest/boilerplate.js';
import type { FeedItem } from '../../lambdas/core/ingest/feed-item.js';
import { processItem } from '../../lambdas/core/poll/process-item.js';

let db: EmbeddedDynamo;
beforeAll(async () => {
  db = await startEmbeddedDynamo(undefined);
});
afterAll(async () => {
  await db.close();
});

// What is decided here is copy or not; every text counts as coalition-related with no commitment.
const analyze = () => ({ relevant: true, score: 10, commitments: [] });

const SEEDS = [
  '000_d681286658581649',
  '001_90c92375e4738d72',
  '002_08c32f70dcbc9816',
  '003_9bd0a90cc6e64f8b',
  '004_2b18ecdce7cf2040',
];

function item(feed: string, url: string, title: string, text: string): FeedItem {
  return {
    feed,
    identity: `url:${url}`,
    url,
    canonicalUrl: url,
    title,
    publishedAt: '2025-10-01T00:00:00Z',
    publishedAtSource: 'feed',
    text,
  };
}

describe('two pollers with two copies of one new story at the same moment', () => {
  it('make exactly one of them new, whichever order their writes interleave in', async () => {
    const stores = createMonitorStores(db.client, db.tables);
    const deps = { ...stores, analyze, now: () => new Date() };
    for (const [round, seed] of SEEDS.entries()) {
      const full = stripBoilerplate(await readFile(`seeds/${seed}.txt`, 'utf8'));
      const paragraphs = full.split(/\n\s*\n|\n/).filter((p) => p.split(' ').length > 12);
      const excerpt = paragraphs.slice(1, 5).join('\n\n');
      const a = item('wire', `https://wire.example/${round}`, 'Original headline', full);
      const b = item('aggregator', `https://aggregator.example/story-${round}`, 'A new headline', excerpt);

      const results = await Promise.all(
        round % 2 === 0
          ? [processItem(a, deps), processItem(b, deps)]
          : [processItem(b, deps), processItem(a, deps)],
      );

      const statuses = results.map((r) => r.status).sort();
      expect(statuses, seed).toEqual(['duplicate', 'new']);
      const winner = results.find((r) => r.status === 'new');
      const loser = results.find((r) => r.status === 'duplicate');
      expect(loser?.duplicateOf, seed).toBe(winner?.url);
    }
  });

  it('sends a third copy to the winner, not to the copy that lost', async () => {
    // A store of its own: the first test already knows this story.
    const own = await startEmbeddedDynamo(undefined);
    const stores = createMonitorStores(own.client, own.tables);
    const deps = { ...stores, analyze, now: () => new Date() };
    const full = stripBoilerplate(await readFile(`seeds/${SEEDS[1]}.txt`, 'utf8'));
    const paragraphs = full.split('\n').filter((p) => p.split(' ').length > 12);
    const copies = [0, 1, 2].map((i) =>
      item(
        `feed${i}`,
        `https://site${i}.example/third`,
        `Headline ${i}`,
        paragraphs.slice(i, i + 6).join('\n\n'),
      ),
    );

    const racing = await Promise.all([
      processItem(copies[0] as FeedItem, deps),
      processItem(copies[1] as FeedItem, deps),
    ]);
    const third = await processItem(copies[2] as FeedItem, deps);

    const winner = racing.find((r) => r.status === 'new');
    expect(racing.map((r) => r.status).sort()).toEqual(['duplicate', 'new']);
    expect(third).toMatchObject({ status: 'duplicate', duplicateOf: winner?.url });
    await own.close();
  });
});
