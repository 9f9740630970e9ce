import type { Position } from '../ports.js';
import type { Commitment } from '../taxonomy.js';

export interface ArticleFacts {
  articleId: string;
  url: string | null;
  title: string;
  publishedAt: string;
  outlet?: string | undefined;
}

/**
 * What one statement does to the stored position of its (country, category), by the rules of
 * TAXONOMY.md: later publication wins, an earlier-published article changes nothing, a restatement
 * is evidence and no alert, a first statement alerts with previous = null.
 */
export type PositionDecision =
  | { kind: 'first' }
  | { kind: 'change' }
  | { kind: 'restated' }
  | { kind: 'stale' }
  /** This very article already moved the pair (a retry after a crash): finish what it owed, nothing new. */
  | { kind: 'already_applied' };

export function decidePosition(
  current: Position | null,
  statement: Commitment,
  article: ArticleFacts,
): PositionDecision {
  if (current === null) return { kind: 'first' };
  if (current.articleId === article.articleId) {
    return current.stance === statement.stance ? { kind: 'already_applied' } : { kind: 'stale' };
  }
  if (!isLater(article, current)) return { kind: 'stale' };
  return current.stance === statement.stance ? { kind: 'restated' } : { kind: 'change' };
}

/**
 * Publication time decides; two articles published the same second are ordered by id so that
 * two pollers seeing them in opposite orders still end in the same state.
 */
function isLater(article: ArticleFacts, current: Position): boolean {
  const a = Date.parse(article.publishedAt);
  const c = Date.parse(current.publishedAt);
  if (a !== c) return a > c;
  return article.articleId > current.articleId;
}
