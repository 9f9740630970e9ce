import { parseFeed } from '../ingest/parse-feed.js';
import type { FeedFetcher, FeedState } from '../ports.js';
import {
  afterFailure,
  afterSuccess,
  type BackoffPolicy,
  DEFAULT_BACKOFF,
  isBackingOff,
} from './feed-backoff.js';
import type { FeedConfig } from './feed-config.js';
import { type ItemDeps, type ItemReport, processItem } from './process-item.js';

export interface FeedReport {
  name: string;
  status: 'ok' | 'not_modified' | 'error';
  error?: string;
  items: ItemReport[];
}

export interface PollDeps extends ItemDeps {
  fetcher: FeedFetcher;
  backoff?: BackoffPolicy;
}

/**
 * One feed, stage by stage: conditional fetch, parse, then each item. A feed's own trouble (network,
 * HTTP status, not a feed) is recorded against the feed with backoff and reported, never thrown;
 * only a failure of our own storage throws, so the caller can retry the feed. The new validators
 * are saved after every item is processed, so an interrupted poll fetches the same items again.
 */
export async function pollFeed(feed: FeedConfig, deps: PollDeps): Promise<FeedReport> {
  const started = deps.now();
  const state: FeedState = (await deps.articles.getFeedState(feed.name)) ?? {
    name: feed.name,
    url: feed.url,
    consecutiveFailures: 0,
  };
  if (state.url !== feed.url) {
    // A feed moved to a new address: old validators describe another document.
    Object.assign(state, { url: feed.url, etag: undefined, lastModified: undefined });
  } else if (isBackingOff(state, started)) {
    return {
      name: feed.name,
      status: 'error',
      error: `not polled: ${state.consecutiveFailures} failures in a row (last: ${state.lastError}); next try after ${state.nextAttemptAt}`,
      items: [],
    };
  }

  let items: Awaited<ReturnType<typeof parseFeed>>;
  let validators: { etag?: string | undefined; lastModified?: string | undefined };
  try {
    const fetched = await deps.fetcher.fetch(feed.url, {
      etag: state.etag,
      lastModified: state.lastModified,
    });
    if (fetched.status === 'not_modified') {
      await deps.articles.putFeedState(afterSuccess(state, started, null));
      return { name: feed.name, status: 'not_modified', items: [] };
    }
    items = await parseFeed(fetched.body, feed.name, started);
    validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  } catch (error) {
    const message = oneLine(error);
    await deps.articles.putFeedState(
      afterFailure(state, message, started, retryAfterOf(error), deps.backoff ?? DEFAULT_BACKOFF),
    );
    return { name: feed.name, status: 'error', error: message, items: [] };
  }

  // Oldest first: feeds list the newest first, and a newer statement read before an older one would
  // make the older one stale, hiding a change that really happened in between.
  const byPublication = [...items].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  const reports: ItemReport[] = [];
  for (const item of byPublication) reports.push(await processItem(item, deps));
  await deps.articles.putFeedState(afterSuccess(state, started, validators));
  return { name: feed.name, status: 'ok', items: reports };
}

export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'unknown error';
}

function retryAfterOf(error: unknown): number | undefined {
  const value = (error as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
