import { describe, expect, it } from 'vitest';
import { scoreEval } from '../../../lambdas/core/understand/score-eval.js';
import { loadEvalSet, predictSet } from '../../fixtures/eval/load-set.js';

// The held-out set is scored by tests/fixtures/eval/score.ts and reported, never asserted: asserting it
// would invite tuning the rules to its sentences.
describe.each([
  ['dev', '/work/shared/eval/dev'],
  ['own', 'tests/fixtures/eval/own'],
])('labelled set %s', (_name, dir) => {
  const articles = loadEvalSet(dir);
  const scores = scoreEval(articles, predictSet(articles));

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
