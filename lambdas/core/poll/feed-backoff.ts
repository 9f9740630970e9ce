import type { FeedState } from '../ports.js';

export interface BackoffPolicy {
  /** Wait after the second failure in a row; doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** One schedule period: a single failure is retried at the next poll, repeated ones are spaced out. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseDelayMs: 15 * 60_000, maxDelayMs: 12 * 60 * 60_000 };

export function isBackingOff(state: FeedState | null, now: Date): boolean {
  return state?.nextAttemptAt !== undefined && Date.parse(state.nextAttemptAt) > now.getTime();
}

/** The state after a failed attempt: count it, and set the next try from the backoff and any Retry-After. */
export function afterFailure(
  state: FeedState,
  error: string,
  now: Date,
  retryAfterSeconds: number | undefined,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): FeedState {
  const failures = state.consecutiveFailures + 1;
  const backoffMs = failures <= 1 ? 0 : Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 2));
  const retryAfterMs = (retryAfterSeconds ?? 0) * 1000;
  const waitMs = Math.max(backoffMs, retryAfterMs);
  return {
    ...state,
    consecutiveFailures: failures,
    lastError: error,
    lastFailureAt: now.toISOString(),
    nextAttemptAt: waitMs > 0 ? new Date(now.getTime() + waitMs).toISOString() : undefined,
  };
}

export function afterSuccess(
  state: FeedState,
  now: Date,
  validators: { etag?: string | undefined; lastModified?: string | undefined } | null,
): FeedState {
  return {
    ...state,
    ...(validators ? { etag: validators.etag, lastModified: validators.lastModified } : {}),
    consecutiveFailures: 0,
    lastSuccessAt: now.toISOString(),
    lastError: undefined,
    nextAttemptAt: undefined,
  };
}
