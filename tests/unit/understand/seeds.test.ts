import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lambdas/core/understand/analyze-article.js';

interface SeedBaseline {
  seeds: Record<string, { commitments: [string, string, string][] }>;
}

const SHARED = '../shared';
const baseline = JSON.parse(readFileSync(`${SHARED}/eval/seed-baseline.json`, 'utf8')) as SeedBaseline;

// The page junk after the story (related articles, widgets) is cut here by its heading, so this test does not
// depend on the ingest stage's boilerplate stripping.
const TAIL = /^(?:Try Our AI Features|Related (?:content|Articles)|Read more|Show More)\s*$/m;
const storyOf = (text: string): string => {
  const tail = TAIL.exec(text);
  return tail ? text.slice(0, tail.index) : text;
};

describe('the five seed articles', () => {
  it.each(Object.entries(baseline.seeds))('%s yields exactly its baseline commitments', (id, seed) => {
    const body = storyOf(readFileSync(`${SHARED}/seeds/${id}.txt`, 'utf8'));
    const analysis = analyzeArticle('', body);
    expect(analysis.relevant).toBe(true);
    const got = analysis.commitments.map((c) => `${c.country} ${c.category} ${c.stance}`).sort();
    expect(got).toEqual(seed.commitments.map((t) => t.join(' ')).sort());
    for (const c of analysis.commitments) expect(body).toContain(c.evidence);
  });
});
