import { stripBoilerplate } from '../ingest/boilerplate.js';
import { fingerprint } from '../ingest/fingerprint.js';
import type { AlertOutbox, ArticleStore, CommitmentStore } from '../ports.js';
import { applyCommitments } from '../state/apply-commitments.js';
import type { Analyzer } from './analyzer.js';

export interface SeedArticle {
  /** File name without `.txt`: what copies of it report as `duplicateOf`. */
  id: string;
  title: string;
  outlet: string;
  publishedAt: string;
  text: string;
}

export interface BaselineResult {
  loaded: boolean;
  articles: number;
  positions: number;
}

/** The baseline is where watching starts, not news: its positions are stored without alerting anyone. */
const silentOutbox: AlertOutbox = {
  record: async () => {},
  pending: async () => [],
  claim: async () => false,
  markPublished: async () => {},
};

/**
 * Stores the seed articles, fingerprints and all, and their commitments as the starting positions.
 * Idempotent: a second call does nothing, and a call cut off half way finishes on the next one.
 */
export async function loadBaseline(
  readSeeds: () => Promise<readonly SeedArticle[]>,
  deps: { articles: ArticleStore; commitments: CommitmentStore; analyze: Analyzer; now: () => Date },
): Promise<BaselineResult> {
  if (await deps.articles.isBaselineLoaded()) return { loaded: false, articles: 0, positions: 0 };
  // Read only now: every poll asks, and once loaded the seed files are never needed again.
  const seeds = await readSeeds();
  let positions = 0;
  const byPublication = [...seeds].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  for (const seed of byPublication) {
    const text = stripBoilerplate(seed.text);
    const analysis = deps.analyze(seed.title, text);
    const article = {
      sourceIdentity: `seed:${seed.id}`,
      articleId: seed.id,
      displayId: seed.id,
      url: null,
      title: seed.title,
      feed: 'seed',
      outlet: seed.outlet,
      publishedAt: seed.publishedAt,
      relevant: true,
      score: analysis.score,
      commitments: analysis.commitments,
      fingerprint: fingerprint(text),
      storedAt: deps.now().toISOString(),
    };
    // Seeds claim their hashes like any stored story, so a copy racing them always yields.
    await deps.articles.claimFingerprint({ ...article, stated: analysis.commitments });
    await deps.articles.putArticle(article);
    const applied = await applyCommitments(analysis.commitments, article, {
      commitments: deps.commitments,
      outbox: silentOutbox,
    });
    positions += applied.filter((a) => a.outcome === 'first' || a.outcome === 'change').length;
  }
  await deps.articles.markBaselineLoaded(
    deps.now(),
    byPublication.map((s) => s.id),
  );
  return { loaded: true, articles: seeds.length, positions };
}
