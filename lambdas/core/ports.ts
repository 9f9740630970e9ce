/**
 * The interfaces the core needs from the outside world. Adapters in `lambdas/adapters/`
 * implement them against HTTP, DynamoDB and SNS; tests use the same adapters against
 * 127.0.0.1 servers and dynalite, or small in-memory twins.
 */
import type { Alert } from './state/alert.js';
import type { Category, Commitment, CountryCode, Stance } from './taxonomy.js';

/** Validators from the last successful fetch, sent back as a conditional GET. */
export interface FeedValidators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type FetchResult =
  | { status: 'not_modified' }
  | { status: 'ok'; body: string; etag?: string | undefined; lastModified?: string | undefined };

export interface FeedFetcher {
  /** Throws a `FetchError` (one-line message) for anything that is not a usable 200 or a 304. */
  fetch(url: string, validators: FeedValidators): Promise<FetchResult>;
}

export interface FeedState {
  name: string;
  url: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
  lastSuccessAt?: string | undefined;
  lastError?: string | undefined;
  consecutiveFailures: number;
  /** ISO time before which the feed is not polled again (backoff, Retry-After). */
  nextAttemptAt?: string | undefined;
}

/** What was decided the first time an item identity was processed. */
export interface SeenRecord {
  identity: string;
  feed: string;
  url: string | null;
  status: 'new' | 'duplicate' | 'irrelevant';
  duplicateOf: string | null;
  articleId: string | null;
  seenAt: string;
}

export interface StoredArticle {
  /** Stable id: the seed's file name without `.txt`, else a hash of the canonical URL (or identity). */
  articleId: string;
  /** What `duplicateOf` reports for copies of it: the seed id for seeds, else the article's URL. */
  displayId: string;
  url: string | null;
  title: string;
  feed: string;
  outlet?: string | undefined;
  publishedAt: string;
  relevant: boolean;
  score: number;
  commitments: Commitment[];
  /** Sampled shingle hashes of the cleaned text (see ingest/fingerprint.ts). */
  fingerprint: string[];
  storedAt: string;
}

export interface ArticleRef {
  articleId: string;
  displayId: string;
  fingerprint: string[];
}

export interface ArticleStore {
  getFeedState(name: string): Promise<FeedState | null>;
  putFeedState(state: FeedState): Promise<void>;
  getSeen(identity: string): Promise<SeenRecord | null>;
  putSeen(record: SeenRecord): Promise<void>;
  /** Articles sharing at least one fingerprint hash with `fingerprint`: one Query per hash, no Scan. */
  findCandidates(fingerprint: readonly string[]): Promise<ArticleRef[]>;
  /** Conditional create: 'exists' when another writer stored this article id first. */
  putArticle(article: StoredArticle): Promise<'created' | 'exists'>;
}

/** The stored position of one country on one category. */
export interface Position {
  country: CountryCode;
  category: Category;
  stance: Stance;
  evidence: string;
  articleId: string;
  articleUrl: string | null;
  title: string;
  publishedAt: string;
  /** Optimistic-locking counter: a write succeeds only against the version it read. */
  version: number;
  since: string;
}

export interface CommitmentStore {
  getPosition(country: CountryCode, category: Category): Promise<Position | null>;
  getPositions(country: CountryCode): Promise<Position[]>;
  /**
   * Writes `next` only if the stored version is still `expectedVersion` (0: none stored).
   * 'conflict' means another writer got there first: read again and re-decide.
   */
  putPosition(next: Position, expectedVersion: number, change: Alert | null): Promise<'ok' | 'conflict'>;
}

export interface AlertOutbox {
  /** Records the alert as pending; idempotent on `alert.alertId`. */
  record(alert: Alert): Promise<void>;
  pending(limit: number): Promise<Alert[]>;
  markPublished(alertId: string, publishedAt: string): Promise<void>;
}

export interface AlertPublisher {
  publish(alert: Alert, context: { otherPositions: Position[] }): Promise<void>;
}
