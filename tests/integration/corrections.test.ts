import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../bin/local/embedded-dynamo.js';
import { createMonitorStores } from '../../lambdas/adapters/monitor-stores.js';
import type { FeedItem } from '../../lambdas/core/ingest/feed-item.js';
import { corrects } from '../../lambdas/core/poll/correction.js';
import { processItem } from '../../lambdas/core/poll/process-item.js';
import type { Commitment } from '../../lambdas/core/taxonomy.js';
import { analyzeArticle } from '../../lambdas/core/understand/analyze-article.js';

let db: EmbeddedDynamo;
beforeAll(async () => {
  db = await startEmbeddedDynamo(undefined);
});
afterAll(async () => {
  await db.close();
});

// A wire story and the service's correction of it: the same words but for the stance.
const BACKGROUND = [
  'The ship would help escort merchant vessels to and from Ukrainian ports and protect mine-clearing operations once a ceasefire is agreed, the minister told the newspaper Aftenposten.',
  "Norway has become one of Ukraine's biggest donors through its multi-year Nansen support programme, which funds weapons purchases and civilian aid for the country at war.",
  'Naval operations in the Black Sea are complicated by the Montreux Convention, under which Turkey has barred the passage of warships through the Bosphorus and Dardanelles since the start of the war.',
  'Diplomats expect the coalition of the willing to settle the make-up of its maritime component at a meeting of defence ministers in Brussels later this month, officials said.',
].join('\n\n');
const PLEDGE = `OSLO - Norway will send a frigate to a future Black Sea maritime mission that European countries are preparing as part of security guarantees for Ukraine, Defence Minister Tore O. Sandvik said on Monday.\n\n${BACKGROUND}`;
const CORRECTION = `(Corrects paragraph 1 to show Norway is considering sending a frigate, not that it has pledged one)\n\nOSLO - Norway is considering sending a frigate to a future Black Sea maritime mission that European countries are preparing as part of security guarantees for Ukraine, Defence Minister Tore O. Sandvik said on Monday.\n\n${BACKGROUND}`;

function item(url: string, title: string, text: string, publishedAt: string): FeedItem {
  return {
    feed: 'wire',
    identity: `url:${url}`,
    url,
    canonicalUrl: url,
    title,
    publishedAt,
    publishedAtSource: 'feed',
    text,
  };
}

const depsOn = (store: EmbeddedDynamo) => ({
  ...createMonitorStores(store.client, store.tables),
  analyze: analyzeArticle,
  now: () => new Date(),
});
// One store for the first test: its one story is told once, corrected once, and re-posted.
const deps = () => depsOn(db);

describe('a correction of a known story', () => {
  it('is read as a new statement that changes the stance, and a re-post of either story is a copy', async () => {
    const story = await processItem(
      item(
        'https://wire.example/norway-frigate',
        'Norway pledges frigate to Black Sea mission',
        PLEDGE,
        '2025-10-06T11:00:00Z',
      ),
      deps(),
    );
    expect(story.status).toBe('new');
    expect(story.alerts.map((a) => [a.country, a.category, a.previous, a.current])).toEqual([
      ['NO', 'maritime', null, 'committed'],
    ]);

    const corrected = await processItem(
      item(
        'https://wire.example/norway-frigate-corrected',
        'CORRECTED-Norway weighing frigate for Black Sea mission',
        CORRECTION,
        '2025-10-07T09:30:00Z',
      ),
      deps(),
    );
    expect(corrected.status).toBe('new');
    expect(corrected.alerts.map((a) => [a.country, a.category, a.previous, a.current])).toEqual([
      ['NO', 'maritime', 'committed', 'considering'],
    ]);

    // A syndicated re-post of the pledge, later still, repeats the pledge: a copy, and no alert reverses the
    // correction.
    const repost = await processItem(
      item('https://aggregator.example/norway', 'Norway to send frigate', PLEDGE, '2025-10-08T08:00:00Z'),
      deps(),
    );
    expect(repost.status).toBe('duplicate');
    expect(repost.alerts).toEqual([]);
    const correctedRepost = await processItem(
      item(
        'https://aggregator.example/norway-2',
        'Norway weighs frigate',
        CORRECTION,
        '2025-10-08T09:00:00Z',
      ),
      deps(),
    );
    expect(correctedRepost).toMatchObject({
      status: 'duplicate',
      duplicateOf: 'https://wire.example/norway-frigate-corrected',
    });
  });
});

describe('a story and its correction in flight at the same moment', () => {
  it('are both statements: neither yields to the other as its copy', async () => {
    // A store of its own: this story shares its background with the one above.
    const own = await startEmbeddedDynamo(undefined);
    const ownDeps = () => depsOn(own);
    const background = BACKGROUND.replaceAll('Norway', 'Denmark').replaceAll('Nansen', 'Danish');
    const pledge = `COPENHAGEN - Denmark will send a minehunter to a future Black Sea maritime mission that European countries are preparing as part of security guarantees for Ukraine, Defence Minister Troels Lund Poulsen said on Monday.\n\n${background}`;
    const corrected = `COPENHAGEN - Denmark is considering sending a minehunter to a future Black Sea maritime mission that European countries are preparing as part of security guarantees for Ukraine, Defence Minister Troels Lund Poulsen said on Monday.\n\n${background}`;
    const results = await Promise.all([
      processItem(
        item('https://wire.example/denmark', 'Denmark pledges minehunter', pledge, '2025-10-06T11:00:00Z'),
        ownDeps(),
      ),
      processItem(
        item(
          'https://wire.example/denmark-corrected',
          'CORRECTED-Denmark weighs minehunter',
          corrected,
          '2025-10-07T09:30:00Z',
        ),
        ownDeps(),
      ),
    ]);
    await own.close();
    expect(results.map((r) => r.status)).toEqual(['new', 'new']);
    expect(results.map((r) => r.commitments.map((c) => `${c.country} ${c.category} ${c.stance}`))).toEqual([
      ['DK maritime committed'],
      ['DK maritime considering'],
    ]);
  });
});

describe('corrects', () => {
  const said = (country: string, category: string, stance: string, evidence: string) =>
    ({ country, category, stance, evidence }) as Commitment;
  const pledge = 'Norway will send a frigate to the Black Sea mission, the defence minister said on Monday.';
  const story = [
    said('NO', 'maritime', 'committed', pledge),
    said('DE', 'financing', 'willing', 'Berlin says Germany is prepared to expand its role in financing.'),
  ];

  it('is true when a sentence of the story is reworded to another stance for its pair', () => {
    const reworded =
      'Norway is considering sending a frigate to the Black Sea mission, the defence minister said on Monday.';
    expect(corrects([said('NO', 'maritime', 'considering', reworded)], story)).toBe(true);
  });

  it('is false for a copy that reads a pair differently from the same sentence or from a sentence of its own', () => {
    // The same sentence read with less context around it: the reading differs, the text does not.
    expect(corrects([said('NO', 'maritime', 'willing', pledge)], story)).toBe(false);
    // A summary's own sentence: another sentence, not the story's reworded.
    const summary =
      'According to the report, Poland and Romania are ruling out troops, while Berlin, reluctant to talk about boots on the ground, prefers to wait.';
    expect(corrects([said('DE', 'financing', 'reluctant', summary)], story)).toBe(false);
    // Same stance, a pair the story did not state, nothing stated at all, or a story stored before: no correction.
    expect(corrects([said('NO', 'maritime', 'committed', `${pledge} Updated.`)], story)).toBe(false);
    expect(corrects([said('DK', 'maritime', 'considering', pledge)], story)).toBe(false);
    expect(corrects([], story)).toBe(false);
    expect(corrects([said('NO', 'maritime', 'considering', pledge)], undefined)).toBe(false);
  });
});
