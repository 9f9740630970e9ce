import { describe, expect, it } from 'vitest';
import type { Position } from '../../../lambdas/core/ports.js';
import { decidePosition } from '../../../lambdas/core/state/decide-position.js';
import type { Commitment } from '../../../lambdas/core/taxonomy.js';

const stored: Position = {
  country: 'DE',
  category: 'ground_troops',
  stance: 'reluctant',
  evidence: 'Berlin is reluctant to talk about German boots on the ground.',
  articleId: 'older',
  articleUrl: 'https://example.com/older',
  title: 'Older',
  publishedAt: '2025-09-04T18:00:00Z',
  version: 3,
  since: '2025-09-04T18:00:00Z',
  previousStance: null,
  alertId: 'a1',
};
const statement = (stance: Commitment['stance']): Commitment => ({
  country: 'DE',
  category: 'ground_troops',
  stance,
  evidence: 'Germany will send a brigade.',
});
const article = (articleId: string, publishedAt: string) => ({
  articleId,
  url: null,
  title: 't',
  publishedAt,
});

describe('decidePosition', () => {
  it('treats a first statement of a pair as first', () => {
    expect(decidePosition(null, statement('committed'), article('new', '2025-10-01T00:00:00Z')).kind).toBe(
      'first',
    );
  });

  it('lets a later article with another stance change the position', () => {
    expect(decidePosition(stored, statement('committed'), article('new', '2025-10-01T00:00:00Z')).kind).toBe(
      'change',
    );
  });

  it('ignores an article published before the stored evidence, whatever it says', () => {
    expect(decidePosition(stored, statement('committed'), article('late', '2025-09-01T00:00:00Z')).kind).toBe(
      'stale',
    );
  });

  it('calls the same stance from a later article a restatement', () => {
    expect(decidePosition(stored, statement('reluctant'), article('new', '2025-10-01T00:00:00Z')).kind).toBe(
      'restated',
    );
  });

  it('recognises its own earlier write as already applied', () => {
    expect(decidePosition(stored, statement('reluctant'), article('older', stored.publishedAt)).kind).toBe(
      'already_applied',
    );
  });

  it('orders two articles of the same second by id, so both orders of arrival agree', () => {
    const same = stored.publishedAt;
    expect(decidePosition(stored, statement('committed'), article('zzz', same)).kind).toBe('change');
    expect(decidePosition(stored, statement('committed'), article('aaa', same)).kind).toBe('stale');
  });
});
