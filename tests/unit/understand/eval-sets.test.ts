import { describe, expect, it } from 'vitest';
import { readLabelledSet } from '../../../bin/local/labelled-set.js';
import { scoreArticles } from '../../../bin/local/score-articles.js';
import { analyzeArticle } from '../../../lambdas/core/understand/analyze-article.js';

// The sets the rules were tuned on hold their scores: a rule that breaks what was right fails here. Sets not yet
// tuned on are scored by `monitor eval` and reported, never asserted.
describe.each([
  ['dev', '../shared/eval/dev', 0.9],
  ['own', 'tests/fixtures/eval/own', 0.9],
  ['heldout', 'tests/fixtures/eval/heldout', 0.9],
  ['copies', 'tests/fixtures/eval/copies', 0.9],
  ['fresh-a', 'tests/fixtures/eval/fresh-a', 0.9],
  ['fresh-b', 'tests/fixtures/eval/fresh-b', 0.9],
  ['fresh-c', 'tests/fixtures/eval/fresh-c', 0.9],
  ['tune-d', 'tests/fixtures/eval/tune-d', 0.9],
  ['tune-e', 'tests/fixtures/eval/tune-e', 0.9],
  ['tune-f', 'tests/fixtures/eval/tune-f', 0.9],
  ['fresh-d', 'tests/fixtures/eval/fresh-d', 0.9],
  ['fresh-e', 'tests/fixtures/eval/fresh-e', 0.9],
  ['fresh-f', 'tests/fixtures/eval/fresh-f', 0.9],
  // The sets tuned on last are not yet read as well; their floor is where they stand, so they cannot slip back.
  ['tune-g', 'tests/fixtures/eval/tune-g', 0.85],
  ['tune-h', 'tests/fixtures/eval/tune-h', 0.85],
  ['tune-i', 'tests/fixtures/eval/tune-i', 0.85],
  ['tune-j', 'tests/fixtures/eval/tune-j', 0.85],
  ['tune-k', 'tests/fixtures/eval/tune-k', 0.85],
  ['tune-l', 'tests/fixtures/eval/tune-l', 0.85],
  ['fresh-g', 'tests/fixtures/eval/fresh-g', 0.85],
  ['fresh-h', 'tests/fixtures/eval/fresh-h', 0.85],
  ['fresh-i', 'tests/fixtures/eval/fresh-i', 0.85],
  ['fresh-j', 'tests/fixtures/eval/fresh-j', 0.85],
  ['fresh-k', 'tests/fixtures/eval/fresh-k', 0.85],
  ['fresh-l', 'tests/fixtures/eval/fresh-l', 0.85],
  ['fresh-m', 'tests/fixtures/eval/fresh-m', 0.8],
  ['fresh-n', 'tests/fixtures/eval/fresh-n', 0.8],
  ['fresh-o', 'tests/fixtures/eval/fresh-o', 0.8],
  // Session 4: the tuning sets and the held-out sets once scored, held where they stand now.
  ['tune-m', 'tests/fixtures/eval/tune-m', 0.85],
  // One hard negative of 17 (a NATO mission story that quotes the coalition at length) is still called relevant.
  ['tune-n', 'tests/fixtures/eval/tune-n', 0.8, 0.94],
  ['tune-o', 'tests/fixtures/eval/tune-o', 0.85],
  ['tune-p', 'tests/fixtures/eval/tune-p', 0.85],
  ['tune-q', 'tests/fixtures/eval/tune-q', 0.85],
  ['tune-r', 'tests/fixtures/eval/tune-r', 0.85],
  ['tune-s', 'tests/fixtures/eval/tune-s', 0.85],
  // One hard negative of 17 (a fact-check of tanks shown "on their way to Ukraine") is still called relevant.
  ['tune-t', 'tests/fixtures/eval/tune-t', 0.85, 0.94],
  ['tune-u', 'tests/fixtures/eval/tune-u', 0.85],
  ['tune-v', 'tests/fixtures/eval/tune-v', 0.85],
  ['tune-w', 'tests/fixtures/eval/tune-w', 0.85],
  ['tune-x', 'tests/fixtures/eval/tune-x', 0.85],
  ['tune-y', 'tests/fixtures/eval/tune-y', 0.85],
  ['tune-z', 'tests/fixtures/eval/tune-z', 0.85],
  ['tune-za', 'tests/fixtures/eval/tune-za', 0.85],
  ['tune-zb', 'tests/fixtures/eval/tune-zb', 0.85],
  ['fresh-p', 'tests/fixtures/eval/fresh-p', 0.85],
  ['fresh-q', 'tests/fixtures/eval/fresh-q', 0.85],
  ['fresh-r', 'tests/fixtures/eval/fresh-r', 0.85],
  ['fresh-s', 'tests/fixtures/eval/fresh-s', 0.85],
  ['fresh-t', 'tests/fixtures/eval/fresh-t', 0.85],
  ['fresh-u', 'tests/fixtures/eval/fresh-u', 0.85],
  ['fresh-v', 'tests/fixtures/eval/fresh-v', 0.85],
  ['fresh-w', 'tests/fixtures/eval/fresh-w', 0.85],
  ['fresh-x', 'tests/fixtures/eval/fresh-x', 0.85],
  ['fresh-y', 'tests/fixtures/eval/fresh-y', 0.85],
  ['fresh-z', 'tests/fixtures/eval/fresh-z', 0.85],
  ['fresh-za', 'tests/fixtures/eval/fresh-za', 0.85],
  ['fresh-zb', 'tests/fixtures/eval/fresh-zb', 0.85],
  ['fresh-zc', 'tests/fixtures/eval/fresh-zc', 0.85],
  ['fresh-zd', 'tests/fixtures/eval/fresh-zd', 0.85],
  ['fresh-ze', 'tests/fixtures/eval/fresh-ze', 0.85],
  ['fresh-zf', 'tests/fixtures/eval/fresh-zf', 0.85],
  ['fresh-zg', 'tests/fixtures/eval/fresh-zg', 0.85],
  ['fresh-zh', 'tests/fixtures/eval/fresh-zh', 0.85],
  ['fresh-zi', 'tests/fixtures/eval/fresh-zi', 0.85],
  ['fresh-zj', 'tests/fixtures/eval/fresh-zj', 0.85],
  ['fresh-zk', 'tests/fixtures/eval/fresh-zk', 0.85],
  ['fresh-zl', 'tests/fixtures/eval/fresh-zl', 0.8],
  ['fresh-zm', 'tests/fixtures/eval/fresh-zm', 0.85],
  ['fresh-zn', 'tests/fixtures/eval/fresh-zn', 0.8],
  ['fresh-zo', 'tests/fixtures/eval/fresh-zo', 0.85],
  ['fresh-zp', 'tests/fixtures/eval/fresh-zp', 0.85],
  ['fresh-zq', 'tests/fixtures/eval/fresh-zq', 0.85],
  ['fresh-zr', 'tests/fixtures/eval/fresh-zr', 0.85],
  ['fresh-zs', 'tests/fixtures/eval/fresh-zs', 0.85],
  ['fresh-zt', 'tests/fixtures/eval/fresh-zt', 0.85],
  ['fresh-zu', 'tests/fixtures/eval/fresh-zu', 0.85],
  ['fresh-zv', 'tests/fixtures/eval/fresh-zv', 0.85],
  ['fresh-zw', 'tests/fixtures/eval/fresh-zw', 0.8],
  ['fresh-zx', 'tests/fixtures/eval/fresh-zx', 0.85],
  ['fresh-zy', 'tests/fixtures/eval/fresh-zy', 0.85],
  ['fresh-zz', 'tests/fixtures/eval/fresh-zz', 0.85],
  ['fresh-zza', 'tests/fixtures/eval/fresh-zza', 0.85, 0.94],
  ['fresh-zzb', 'tests/fixtures/eval/fresh-zzb', 0.85],
  ['fresh-zzc', 'tests/fixtures/eval/fresh-zzc', 0.85],
  ['fresh-zzd', 'tests/fixtures/eval/fresh-zzd', 0.8],
  ['fresh-zze', 'tests/fixtures/eval/fresh-zze', 0.85],
  ['fresh-zzf', 'tests/fixtures/eval/fresh-zzf', 0.85],
  ['fresh-zzg', 'tests/fixtures/eval/fresh-zzg', 0.85],
  ['fresh-zzh', 'tests/fixtures/eval/fresh-zzh', 0.8],
  ['fresh-zzi', 'tests/fixtures/eval/fresh-zzi', 0.85],
  ['fresh-zzj', 'tests/fixtures/eval/fresh-zzj', 0.85],
  ['fresh-zzk', 'tests/fixtures/eval/fresh-zzk', 0.85],
  ['fresh-zzl', 'tests/fixtures/eval/fresh-zzl', 0.85],
  ['fresh-zzm', 'tests/fixtures/eval/fresh-zzm', 0.85],
  ['fresh-zzn', 'tests/fixtures/eval/fresh-zzn', 0.85, 0.94],
  ['fresh-zzo', 'tests/fixtures/eval/fresh-zzo', 0.85],
  ['fresh-zzp', 'tests/fixtures/eval/fresh-zzp', 0.85],
  ['fresh-zzq', 'tests/fixtures/eval/fresh-zzq', 0.85],
  ['fresh-zzr', 'tests/fixtures/eval/fresh-zzr', 0.85],
  ['fresh-zzs', 'tests/fixtures/eval/fresh-zzs', 0.85],
  ['fresh-zzt', 'tests/fixtures/eval/fresh-zzt', 0.85],
  ['fresh-zzu', 'tests/fixtures/eval/fresh-zzu', 0.85],
] as const)('labelled set %s', async (_name, dir, minF1, minRelevance: number = 0.95) => {
  const scores = scoreArticles(await readLabelledSet(dir), analyzeArticle);

  it(`calls relevance with precision and recall of at least ${minRelevance}`, () => {
    expect(scores.relevance.precision).toBeGreaterThanOrEqual(minRelevance);
    expect(scores.relevance.recall).toBeGreaterThanOrEqual(minRelevance);
  });

  it(`extracts commitments with an F1 of at least ${minF1}`, () => {
    expect(
      scores.extraction.f1,
      JSON.stringify({ misses: scores.misses, extras: scores.extras }),
    ).toBeGreaterThanOrEqual(minF1);
  });
});
