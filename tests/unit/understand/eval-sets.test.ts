import { describe, expect, it } from 'vitest';
import { readLabelledSet } from '../../../bin/local/labelled-set.js';
import { scoreArticles } from '../../../bin/local/score-articles.js';
import { analyzeArticle } from '../../../lambdas/core/understand/analyze-article.js';

// The held-out set is scored by `monitor eval` and reported, never asserted: asserting it would invite
// tuning the rules to its sentences.
describe.each([
  ['dev', '../shared/eval/dev'],
  ['own', 'tests/fixtures/eval/own'],
])('labelled set %s', async (_name, dir) => {
  const scores = scoreArticles(await readLabelledSet(dir), analyzeArticle);

  it('calls relevance with precision and recall of at least 0.95', () => {
    expect(scores.relevance.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.relevance.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('extracts commitments with an F1 of at least 0.9', () => {
    expect(
      scores.extraction.f1,
      JSON.stringify({ misses: scores.misses, extras: scores.extras }),
    ).toBeGreaterThanOrEqual(0.9);
  });
});
