import { describe, expect, it } from 'vitest';
import { scoreEval } from '../../../lambdas/core/understand/score-eval.js';

describe('scoreEval', () => {
  it('scores relevance and triples, listing each miss and extra by article', () => {
    const scores = scoreEval(
      [
        {
          id: 'a',
          relevant: true,
          commitments: [
            ['GB', 'air', 'willing'],
            ['FR', 'maritime', 'committed'],
          ],
        },
        { id: 'b', relevant: false, commitments: [] },
        { id: 'c', relevant: true, commitments: [['PL', 'logistics', 'willing']] },
      ],
      [
        {
          id: 'a',
          relevant: true,
          commitments: [
            ['GB', 'air', 'willing'],
            ['DE', 'air', 'willing'],
          ],
        },
        { id: 'b', relevant: true, commitments: [['IT', 'air', 'considering']] },
        { id: 'c', relevant: false, commitments: [] },
      ],
    );
    expect(scores.relevance).toMatchObject({
      precision: 0.5,
      recall: 0.5,
      falsePositives: 1,
      falseNegatives: 1,
    });
    expect(scores.extraction).toMatchObject({ correct: 1, predicted: 3, expected: 3 });
    expect(scores.extraction.f1).toBeCloseTo(1 / 3);
    expect(scores.misses).toEqual([
      { id: 'a', triple: ['FR', 'maritime', 'committed'] },
      { id: 'c', triple: ['PL', 'logistics', 'willing'] },
    ]);
    expect(scores.extras).toEqual([
      { id: 'a', triple: ['DE', 'air', 'willing'] },
      { id: 'b', triple: ['IT', 'air', 'considering'] },
    ]);
  });

  it('scores an empty prediction of an empty set as perfect', () => {
    const scores = scoreEval(
      [{ id: 'x', relevant: false, commitments: [] }],
      [{ id: 'x', relevant: false, commitments: [] }],
    );
    expect(scores.extraction.f1).toBe(1);
  });
});
