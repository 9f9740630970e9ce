import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli/main.js';
import { startEmbeddedDynamo } from '../../bin/local/embedded-dynamo.js';
import { createMonitorStores } from '../../lambdas/adapters/monitor-stores.js';
import { applyCommitments } from '../../lambdas/core/state/apply-commitments.js';
import { captureIO } from '../support/capture-io.js';

let dbDir: string;

beforeAll(async () => {
  dbDir = path.join(await mkdtemp(path.join(tmpdir(), 'cw-query-')), 'db');
  const db = await startEmbeddedDynamo(dbDir);
  const stores = createMonitorStores(db.client, db.tables);
  const article = (id: string, publishedAt: string, country: string) => ({
    sourceIdentity: id,
    articleId: id,
    displayId: `https://news.example/${id}`,
    url: `https://news.example/${id}`,
    title: `Story ${id}`,
    feed: 'wire',
    publishedAt,
    relevant: true,
    score: 5,
    commitments: [{ country, category: 'ground_troops' as const, stance: 'willing' as const, evidence: 'e' }],
    fingerprint: [],
    storedAt: publishedAt,
  });
  const steps = [
    { a: article('a1', '2025-10-01T00:00:00Z', 'DE'), stance: 'reluctant' as const },
    { a: article('a2', '2025-10-10T00:00:00Z', 'DE'), stance: 'considering' as const },
    { a: article('a3', '2025-10-20T00:00:00Z', 'PL'), stance: 'ruled_out' as const },
  ];
  for (const { a, stance } of steps) {
    await stores.articles.putArticle(a);
    const country = a.commitments[0]?.country as string;
    await applyCommitments(
      [{ country, category: 'ground_troops', stance, evidence: `${country} is ${stance}.` }],
      a,
      stores,
    );
  }
  await stores.articles.putFeedState({
    name: 'wire',
    url: 'https://news.example/feed',
    consecutiveFailures: 2,
    lastError: 'HTTP 503',
  });
  await db.close();
});

async function query(...args: string[]) {
  const io = captureIO();
  const code = await main(['query', ...args, '--db', dbDir], io);
  return { code, out: io.out(), err: io.err() };
}

describe('monitor query', () => {
  it('gives one country its positions with evidence and since when', async () => {
    const { code, out } = await query('commitments', '--country', 'de', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      expect.objectContaining({
        country: 'DE',
        category: 'ground_troops',
        stance: 'considering',
        since: '2025-10-10T00:00:00Z',
        evidence: 'DE is considering.',
      }),
    ]);
  });

  it('prints the matrix of countries by categories for a person', async () => {
    const { out } = await query('commitments');
    expect(out).toMatch(/^DE\s+consid\./m);
    expect(out).toMatch(/^PL\s+NO/m);
  });

  it('gives the history of changes, oldest first', async () => {
    const { out } = await query('history', '--country', 'DE', '--category', 'ground_troops', '--json');
    expect(
      JSON.parse(out).map((c: { previous: string | null; current: string }) => [c.previous, c.current]),
    ).toEqual([
      [null, 'reluctant'],
      ['reluctant', 'considering'],
    ]);
  });

  it('lists stored articles newest first, by country and since a date', async () => {
    const all = JSON.parse((await query('articles', '--json')).out);
    const poland = JSON.parse((await query('articles', '--country', 'PL', '--json')).out);
    const recent = JSON.parse(
      (await query('articles', '--since', '2025-10-05', '--limit', '1', '--json')).out,
    );
    expect(all.map((a: { articleId: string }) => a.articleId)).toEqual(['a3', 'a2', 'a1']);
    expect(poland.map((a: { articleId: string }) => a.articleId)).toEqual(['a3']);
    expect(recent.map((a: { articleId: string }) => a.articleId)).toEqual(['a3']);
  });

  it("reports each feed's health", async () => {
    const { out } = await query('feeds');
    expect(out).toContain('wire: 2 failures (HTTP 503)');
  });

  it('rejects an unknown country or category with the valid ones', async () => {
    const country = await query('commitments', '--country', 'XX');
    const category = await query('history', '--country', 'DE', '--category', 'navy');
    expect(country.code).toBe(2);
    expect(country.err).toMatch(/^monitor: unknown country code "XX" \(known: .*\bDE\b.*\)\n$/);
    expect(country.err).not.toMatch(/\bUA\b|\bRU\b/);
    expect(category.err).toMatch(
      /^monitor: unknown category "navy" \(known: ground_troops, air, .*participation\)\n$/,
    );
  });
});
