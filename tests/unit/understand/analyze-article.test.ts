import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lambdas/core/understand/analyze-article.js';

describe('analyzeArticle', () => {
  it('extracts commitments, with their evidence, from a relevant article', () => {
    const analysis = analyzeArticle(
      'Greece to send frigate to Black Sea mission',
      'ATHENS — Greece will send a frigate to the maritime component of the coalition of the willing, the defence minister said.',
    );
    expect(analysis.relevant).toBe(true);
    expect(analysis.commitments).toEqual([
      {
        country: 'GR',
        category: 'maritime',
        stance: 'committed',
        evidence:
          'ATHENS — Greece will send a frigate to the maritime component of the coalition of the willing, the defence minister said.',
      },
    ]);
  });

  it('reads no commitments from an irrelevant article', () => {
    const analysis = analyzeArticle(
      'Italy to send more troops to Kosovo',
      'Italy will send 200 more troops to the KFOR peacekeeping mission in Kosovo, the defence ministry said.',
    );
    expect(analysis).toMatchObject({ relevant: false, commitments: [] });
    expect(analysis.signals.length).toBeGreaterThan(0);
  });
});
