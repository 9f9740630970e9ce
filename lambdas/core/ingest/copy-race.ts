import type { ArticleRef } from '../ports.js';
import { isCopy, type TextFingerprint } from './fingerprint.js';

/**
 * Two pollers may take two copies of one story at the same moment; neither finds the other among the
 * stored articles, so a read cannot decide. Conditional writes do: each claims every hash of its
 * fingerprint (the first writer owns a hash for good), and of two copies the winner is the owner of
 * the smallest hash they share that either of them owns. Both compute the same winner from the same
 * facts, and the loser always learns of the winner, because it failed to claim that very hash.
 * Only when every shared hash belongs to a third article is the tie broken by id.
 */
export function copyWinner(a: ArticleRef, b: ArticleRef, owners: ReadonlyMap<string, string>): string {
  const inB = new Set(b.fingerprint);
  const shared = a.fingerprint.filter((h) => inB.has(h)).sort();
  for (const hash of shared) {
    const owner = owners.get(hash);
    if (owner === a.articleId || owner === b.articleId) return owner;
  }
  return a.articleId < b.articleId ? a.articleId : b.articleId;
}

/** The rival this item yields to, if any: a copy that wins the race for the story. */
export function rivalThatWins(
  self: ArticleRef,
  selfText: TextFingerprint,
  rivals: readonly ArticleRef[],
  owners: ReadonlyMap<string, string>,
): ArticleRef | null {
  for (const rival of rivals) {
    if (rival.articleId === self.articleId) continue;
    if (isCopy(selfText, rival.fingerprint) && copyWinner(self, rival, owners) === rival.articleId) {
      return rival;
    }
  }
  return null;
}
