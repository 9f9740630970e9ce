import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalMonitor } from '../../bin/local/local-monitor.js';
import { analyzeArticle } from '../../lambdas/core/understand/analyze-article.js';

const expected = JSON.parse(await readFile('../shared/eval/seed-baseline.json', 'utf8')) as {
  baseline: Record<string, Record<string, string>>;
};

describe('the seed baseline', () => {
  let monitor: LocalMonitor;
  beforeAll(async () => {
    monitor = await LocalMonitor.open({
      dbDir: undefined,
      seedsDir: 'seeds',
      analyze: analyzeArticle,
      publisher: { publish: async () => {} },
    });
  });
  afterAll(async () => {
    await monitor.close();
  });

  it('loads once, and a second load does nothing', async () => {
    const first = await monitor.loadBaseline();
    const second = await monitor.loadBaseline();

    expect(first).toMatchObject({ loaded: true, articles: 5 });
    expect(second).toEqual({ loaded: false, articles: 0, positions: 0 });
  });

  it('leaves the positions of seed-baseline.json, later seeds winning', async () => {
    const positions = await monitor.stores.commitments.allPositions();
    const actual: Record<string, Record<string, string>> = {};
    for (const p of positions) actual[p.country] = { ...actual[p.country], [p.category]: p.stance };

    expect(actual).toEqual(expected.baseline);
  });

  it('queues no alert for the baseline: it is where watching starts', async () => {
    expect(await monitor.stores.outbox.pending(10)).toEqual([]);
  });

  it('stores each seed with its fingerprint, so copies can be found', async () => {
    const seed = await monitor.stores.articles.getArticle('001_90c92375e4738d72');
    expect(seed).toMatchObject({ displayId: '001_90c92375e4738d72', outlet: 'Politico', feed: 'seed' });
    expect(seed?.fingerprint.length).toBeGreaterThan(10);
    const candidates = await monitor.stores.articles.findCandidates(seed?.fingerprint.slice(0, 5) ?? []);
    expect(candidates.map((c) => c.articleId)).toContain('001_90c92375e4738d72');
  });
});
