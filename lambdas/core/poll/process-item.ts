import { createHash } from 'node:crypto';
import { stripBoilerplate } from '../ingest/boilerplate.js';
import { rivalThatWins } from '../ingest/copy-race.js';
import type { FeedItem } from '../ingest/feed-item.js';
import { fingerprintText, isCopy, type TextFingerprint } from '../ingest/fingerprint.js';
import type {
  AlertOutbox,
  ArticleRef,
  ArticleStore,
  CommitmentStore,
  SeenRecord,
  StoredArticle,
} from '../ports.js';
import type { Alert } from '../state/alert.js';
import { applyCommitments } from '../state/apply-commitments.js';
import type { Commitment } from '../taxonomy.js';
import type { Analysis, Analyzer } from './analyzer.js';
import { corrects } from './correction.js';

export type ItemStatus = 'new' | 'duplicate' | 'irrelevant' | 'seen';

export interface ItemReport {
  feed: string;
  url: string | null;
  title: string;
  status: ItemStatus;
  duplicateOf: string | null;
  commitments: Commitment[];
  /** Alerts this item made owed (they go out through the outbox). */
  alerts: Alert[];
}

export interface ItemDeps {
  articles: ArticleStore;
  commitments: CommitmentStore;
  outbox: AlertOutbox;
  analyze: Analyzer;
  now: () => Date;
}

/**
 * One item through the stages: seen before? a copy of a known story? about the coalition? then store
 * it and apply what it states. The seen record is written last, so an item cut off half way is simply
 * processed again, and every step before it is idempotent.
 */
export async function processItem(item: FeedItem, deps: ItemDeps): Promise<ItemReport> {
  const report = { feed: item.feed, url: item.url, title: item.title, commitments: [], alerts: [] };
  const seen = await deps.articles.getSeen(item.identity);
  if (seen) return { ...report, status: 'seen', duplicateOf: seen.duplicateOf };

  const articleId = articleIdFor(item);
  const text = stripBoilerplate(item.text);
  const printed = fingerprintText(text);
  const originals = await findOriginals(printed, articleId, deps.articles);
  // A copy is read only to see whether it corrects its story, when what the story states was kept. A copy
  // of a correction copies the correction: it repeats what one of the stories it copies states.
  const analysis = originals.some((o) => o.stated?.length) ? deps.analyze(item.title, text) : undefined;
  const original = originals.find((o) => !(analysis?.relevant && corrects(analysis.commitments, o.stated)));
  if (original) {
    await markSeen(item, deps, 'duplicate', original.displayId, null);
    return { ...report, status: 'duplicate', duplicateOf: original.displayId };
  }
  // Not a copy, or a correction of one: a new statement, with its own alerts.
  return storeNew(item, printed, articleId, analysis ?? deps.analyze(item.title, text), deps, report);
}

async function storeNew(
  item: FeedItem,
  printed: TextFingerprint,
  articleId: string,
  analysis: Analysis,
  deps: ItemDeps,
  report: Omit<ItemReport, 'status' | 'duplicateOf'>,
): Promise<ItemReport> {
  const hashes = printed.hashes;
  if (!analysis.relevant) {
    await markSeen(item, deps, 'irrelevant', null, null);
    return { ...report, status: 'irrelevant', duplicateOf: null };
  }

  // Copies in flight at this moment are invisible to the read above; the claims decide between them.
  const self = {
    articleId,
    displayId: item.url ?? item.identity,
    fingerprint: hashes,
    stated: analysis.commitments,
  };
  const owners = await deps.articles.claimFingerprint(self);
  const rivalIds = [...new Set(owners.values())].filter((id) => id !== articleId);
  // Two copies in flight that differ in a stance are a story and its correction: both are statements.
  const rivals = (await deps.articles.getFingerprints(rivalIds)).filter(
    (r) => !corrects(analysis.commitments, r.stated),
  );
  const rival = rivalThatWins(self, printed, rivals, owners);
  if (rival) {
    const original = rival.copyOf ?? rival.displayId;
    await deps.articles.markCopy(articleId, original);
    await markSeen(item, deps, 'duplicate', original, null);
    return { ...report, status: 'duplicate', duplicateOf: original };
  }

  const article: StoredArticle = {
    sourceIdentity: item.identity,
    articleId,
    displayId: self.displayId,
    url: item.url,
    title: item.title,
    feed: item.feed,
    // The feed is the outlet as far as we know it; alerts name it beside the link.
    outlet: item.feed,
    publishedAt: item.publishedAt,
    publishedAtSource: item.publishedAtSource,
    relevant: true,
    score: analysis.score,
    commitments: analysis.commitments,
    fingerprint: hashes,
    storedAt: deps.now().toISOString(),
  };
  // The conditional write decides between two pollers holding the same story under one URL.
  if ((await deps.articles.putArticle(article)) === 'exists') {
    await markSeen(item, deps, 'duplicate', article.displayId, null);
    return { ...report, status: 'duplicate', duplicateOf: article.displayId };
  }
  const applied = await applyCommitments(analysis.commitments, article, deps);
  await markSeen(item, deps, 'new', null, articleId);
  return {
    ...report,
    status: 'new',
    duplicateOf: null,
    commitments: analysis.commitments,
    alerts: applied.flatMap((a) => (a.alert ? [a.alert] : [])),
  };
}

/** The known articles this text copies, most shared first; an article never copies itself (a retry). */
async function findOriginals(
  printed: TextFingerprint,
  articleId: string,
  store: ArticleStore,
): Promise<ArticleRef[]> {
  const candidates = await store.findCandidates(printed.hashes);
  return candidates.filter((c) => c.articleId !== articleId && isCopy(printed, c.fingerprint));
}

async function markSeen(
  item: FeedItem,
  deps: ItemDeps,
  status: SeenRecord['status'],
  duplicateOf: string | null,
  articleId: string | null,
): Promise<void> {
  await deps.articles.putSeen({
    identity: item.identity,
    feed: item.feed,
    url: item.url,
    status,
    duplicateOf,
    articleId,
    seenAt: deps.now().toISOString(),
  });
}

/** Copies under tracking variants of one URL share an id; an item without a URL is known by its identity. */
export function articleIdFor(item: Pick<FeedItem, 'canonicalUrl' | 'identity'>): string {
  return createHash('sha256')
    .update(item.canonicalUrl ?? item.identity)
    .digest('hex')
    .slice(0, 24);
}
