import { describe, expect, it } from 'vitest';
import type { LabelledSet } from '../../../bin/local/labelled-set.js';
import type { Replay, Sighting } from '../../../bin/local/replay-timeline.js';
import { scoreAlerts, scoreDedup } from '../../../bin/local/score-replay.js';
import type { Alert } from '../../../lambdas/core/state/alert.js';

const label = (duplicateOf: string | null) => ({
  title: 't',
  published: '2025-10-01T00:00:00Z',
  relevant: true,
  commitments: [],
  duplicateOf,
});
const set: LabelledSet = {
  dir: 'x',
  articles: new Map([
    ['copy', { id: 'copy', label: label('seed-a'), title: 't', body: '' }],
    ['wrongseed', { id: 'wrongseed', label: label('seed-a'), title: 't', body: '' }],
    ['fresh', { id: 'fresh', label: label(null), title: 't', body: '' }],
    ['twice', { id: 'twice', label: label(null), title: 't', body: '' }],
    ['falsecopy', { id: 'falsecopy', label: label(null), title: 't', body: '' }],
  ]),
  timeline: {
    polls: [],
    alerts: [
      ['DE', 'air', null, 'willing'],
      ['FR', 'maritime', 'willing', 'committed'],
      ['PL', 'logistics', null, 'willing'],
    ],
  },
};
const sighting = (
  articleId: string,
  url: string,
  status: Sighting['status'],
  duplicateOf: string | null,
): Sighting => ({
  articleId,
  url,
  status,
  duplicateOf,
  feed: 'f',
  title: 't',
  commitments: [],
  alerts: [],
  poll: 1,
});
const alert = (
  country: string,
  category: Alert['category'],
  previous: Alert['previous'],
  current: Alert['current'],
) =>
  ({
    alertId: `${country}${category}`,
    country,
    category,
    previous,
    current,
    evidence: 'e',
    articleUrl: null,
    title: 't',
    publishedAt: 'p',
  }) as Alert;

describe('replay scoring', () => {
  it('counts a copy right only when flagged as a copy of its own seed', () => {
    const replay: Replay = {
      polls: [],
      errors: [],
      alerts: [],
      sightings: [
        sighting('copy', 'u1', 'duplicate', 'seed-a'),
        sighting('wrongseed', 'u2', 'duplicate', 'seed-b'),
        sighting('fresh', 'u3', 'new', null),
        sighting('twice', 'u4', 'new', null),
        sighting('twice', 'u5', 'duplicate', 'u4'),
        sighting('falsecopy', 'u6', 'duplicate', 'seed-a'),
      ],
    };

    const score = scoreDedup(set, replay);

    expect(score).toMatchObject({ copies: 2, copiesFlagged: 1, distinct: 3, distinctFlagged: 1 });
    expect(score.mistakes).toEqual([
      'wrongseed: copy of seed-a reported duplicate of seed-b',
      'falsecopy: distinct article reported as a copy of seed-a',
    ]);
  });

  it('matches alerts on country, category and new stance, and checks the previous stance apart', () => {
    const score = scoreAlerts(set, [
      alert('DE', 'air', null, 'willing'),
      alert('FR', 'maritime', 'considering', 'committed'),
      alert('IT', 'air', null, 'committed'),
    ]);

    expect(score).toMatchObject({ expected: 3, actual: 3, matched: 2, previousRight: 1 });
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.missing).toEqual([
      'FR maritime willing -> committed (got previous considering)',
      'PL logistics null -> willing',
    ]);
    expect(score.extra).toEqual(['IT air null -> committed: "e"']);
  });
});
