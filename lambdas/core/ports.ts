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
  lastFailureAt?: string | undefined;
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
  /** The feed item identity (or seed id) that produced it: a retry of the same item recognises its own write. */
  sourceIdentity: string;
  /** Stable id: the seed's file name without `.txt`, else a hash of the canonical URL (or identity). */
  articleId: string;
  /** What `duplicateOf` reports for copies of it: the seed id for seeds, else the article's URL. */
  displayId: string;
  url: string | null;
  title: string;
  feed: string;
  outlet?: string | undefined;
  publishedAt: string;
  /** 'fetch_time' when the feed gave no usable date (missing, unreadable or in the future). */
  publishedAtSource?: 'feed' | 'fetch_time' | undefined;
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
  /** Set when this text lost a copy race: the display id of the story it copies. */
  copyOf?: string | undefined;
  /**
   * What the story states, each with its sentence, so a copy that rewords one to another stance is read as a
   * correction (see poll/correction.ts); undefined on records written before it was kept.
   */
  stated?: Commitment[] | undefined;
}

export interface ArticleStore {
  getFeedState(name: string): Promise<FeedState | null>;
  putFeedState(state: FeedState): Promise<void>;
  getSeen(identity: string): Promise<SeenRecord | null>;
  putSeen(record: SeenRecord): Promise<void>;
  /** Articles sharing at least one fingerprint hash with `fingerprint`: one Query per hash, no Scan. */
  findCandidates(fingerprint: readonly string[]): Promise<ArticleRef[]>;
  /**
   * Claims each fingerprint hash for `ref` with a conditional write (first writer owns a hash for
   * good) after publishing `ref`'s fingerprint where rivals can read it. Returns the owner of every
   * hash: `ref.articleId` where the claim succeeded (or was ours already), the rival's id elsewhere.
   */
  claimFingerprint(ref: ArticleRef): Promise<Map<string, string>>;
  /** Fingerprints published by `claimFingerprint`, for the given article ids (missing ids left out). */
  getFingerprints(articleIds: readonly string[]): Promise<ArticleRef[]>;
  /** Records that a claimant lost its race to `original`, so later rivals are sent to the original. */
  markCopy(articleId: string, original: string): Promise<void>;
  /** Conditional create: 'exists' when another writer stored this article id first. */
  putArticle(article: StoredArticle): Promise<'created' | 'exists'>;
  isBaselineLoaded(): Promise<boolean>;
  markBaselineLoaded(at: Date, seedIds: string[]): Promise<void>;
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
  /** When the pair took its current stance (restatements keep it). */
  since: string;
  /** The stance before the last change, and the alert that change owed. */
  previousStance: Stance | null;
  alertId: string | null;
}

export interface CommitmentStore {
  getPosition(country: CountryCode, category: Category): Promise<Position | null>;
  getPositions(country: CountryCode): Promise<Position[]>;
  /**
   * Writes `next` only if the stored version is still `expectedVersion` (0: none stored).
   * 'conflict' means another writer got there first: read again and re-decide.
   */
  putPosition(next: Position, expectedVersion: number): Promise<'ok' | 'conflict'>;
  /** Adds the change to the pair's history; idempotent on the alert id. */
  recordChange(change: Alert): Promise<void>;
  /** The changes of one country, oldest first, optionally of one category. */
  history(country: CountryCode, category?: Category): Promise<Alert[]>;
  /** Every current position: the matrix of countries by categories. */
  allPositions(): Promise<Position[]>;
}

export interface AlertOutbox {
  /** Records the alert as pending; idempotent on `alert.alertId` (an alert already sent stays sent). */
  record(alert: Alert): Promise<void>;
  /** Alerts not yet published, oldest first (including claims whose lease ran out). */
  pending(limit: number): Promise<Alert[]>;
  /**
   * Takes the alert for publishing until `leaseUntil`: false when it is published already or another
   * notifier holds an unexpired claim, so two notifiers never send the same alert at once.
   */
  claim(alertId: string, now: Date, leaseUntil: Date): Promise<boolean>;
  markPublished(alertId: string, publishedAt: Date): Promise<void>;
}

export interface AlertPublisher {
  publish(alert: Alert, context: { otherPositions: Position[] }): Promise<void>;
}
