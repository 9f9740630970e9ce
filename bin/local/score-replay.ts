import type { Alert } from '../../lambdas/core/state/alert.js';
import type { LabelledSet } from './labelled-set.js';
import type { Replay } from './replay-timeline.js';

export interface DedupScore {
  copies: number;
  copiesFlagged: number;
  distinct: number;
  distinctFlagged: number;
  /** One line per article judged wrongly. */
  mistakes: string[];
}

export interface AlertScore {
  expected: number;
  actual: number;
  /** Matching (country, category, new stance). */
  matched: number;
  /** Of the matched, how many also had the expected previous stance. */
  previousRight: number;
  precision: number;
  recall: number;
  f1: number;
  missing: string[];
  extra: string[];
}

export function scoreDedup(set: LabelledSet, replay: Replay): DedupScore {
  const score: DedupScore = { copies: 0, copiesFlagged: 0, distinct: 0, distinctFlagged: 0, mistakes: [] };
  const sightingsOf = (id: string) => replay.sightings.filter((s) => s.articleId === id);
  for (const [id, article] of set.articles) {
    const sightings = sightingsOf(id);
    if (sightings.length === 0) continue;
    if (article.label.duplicateOf) {
      score.copies++;
      const wrong = sightings.find(
        (s) => s.status !== 'duplicate' || s.duplicateOf !== article.label.duplicateOf,
      );
      if (wrong) {
        score.mistakes.push(
          `${id}: copy of ${article.label.duplicateOf} reported ${wrong.status}${wrong.duplicateOf ? ` of ${wrong.duplicateOf}` : ''}`,
        );
      } else score.copiesFlagged++;
      continue;
    }
    score.distinct++;
    // One story under two URLs is new once and then a copy of itself; a copy of anything else is a mistake.
    const ownUrls = new Set(sightings.map((s) => s.url));
    const wrong = sightings.find((s) => s.status === 'duplicate' && !ownUrls.has(s.duplicateOf));
    if (wrong) {
      score.distinctFlagged++;
      score.mistakes.push(`${id}: distinct article reported as a copy of ${wrong.duplicateOf}`);
    }
  }
  return score;
}

const key = (a: { country: string; category: string; current: string }) =>
  `${a.country} ${a.category} ${a.current}`;
const describe = (country: string, category: string, previous: string | null, current: string) =>
  `${country} ${category} ${previous ?? 'null'} -> ${current}`;

export function scoreAlerts(set: LabelledSet, published: Alert[]): AlertScore {
  const expected = (set.timeline?.alerts ?? []).map(([country, category, previous, current]) => ({
    country,
    category,
    previous,
    current,
  }));
  const unmatched = [...published];
  let matched = 0;
  let previousRight = 0;
  const missing: string[] = [];
  for (const want of expected) {
    const exact = unmatched.findIndex((a) => key(a) === key(want) && a.previous === want.previous);
    const index = exact !== -1 ? exact : unmatched.findIndex((a) => key(a) === key(want));
    if (index === -1) {
      missing.push(describe(want.country, want.category, want.previous, want.current));
      continue;
    }
    const [got] = unmatched.splice(index, 1);
    matched++;
    if (got?.previous === want.previous) previousRight++;
    else
      missing.push(
        `${describe(want.country, want.category, want.previous, want.current)} (got previous ${got?.previous ?? 'null'})`,
      );
  }
  const precision = published.length === 0 ? (expected.length === 0 ? 1 : 0) : matched / published.length;
  const recall = expected.length === 0 ? 1 : matched / expected.length;
  return {
    expected: expected.length,
    actual: published.length,
    matched,
    previousRight,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    missing,
    extra: unmatched.map((a) => `${describe(a.country, a.category, a.previous, a.current)}: "${a.evidence}"`),
  };
}
