import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, isBackingOff } from '../../../lambdas/core/poll/feed-backoff.js';
import type { FeedState } from '../../../lambdas/core/ports.js';

const now = new Date('2026-01-01T00:00:00Z');
const fresh: FeedState = { name: 'wire', url: 'https://example.com/feed', consecutiveFailures: 0 };
const policy = { baseDelayMs: 60_000, maxDelayMs: 3_600_000 };

describe('feed backoff', () => {
  it('retries a single failure at the next poll', () => {
    const state = afterFailure(fresh, 'HTTP 500', now, undefined, policy);
    expect(state.consecutiveFailures).toBe(1);
    expect(isBackingOff(state, now)).toBe(false);
  });

  it('doubles the wait with each further failure, up to the cap', () => {
    let state = fresh;
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      state = afterFailure(state, 'HTTP 500', now, undefined, policy);
      waits.push(state.nextAttemptAt ? Date.parse(state.nextAttemptAt) - now.getTime() : 0);
    }
    expect(waits).toEqual([0, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000]);
    expect(isBackingOff(state, now)).toBe(true);
    expect(isBackingOff(state, new Date(now.getTime() + 3_600_001))).toBe(false);
  });

  it('honours a Retry-After longer than the backoff', () => {
    const state = afterFailure(fresh, 'HTTP 429', now, 7200, policy);
    expect(state.nextAttemptAt).toBe('2026-01-01T02:00:00.000Z');
  });

  it('resets the count on recovery and keeps the new validators', () => {
    const failing = afterFailure(
      afterFailure(fresh, 'x', now, undefined, policy),
      'x',
      now,
      undefined,
      policy,
    );
    const recovered = afterSuccess(failing, now, { etag: '"v2"', lastModified: undefined });
    expect(recovered).toMatchObject({
      consecutiveFailures: 0,
      etag: '"v2"',
      lastSuccessAt: now.toISOString(),
    });
    expect(recovered.nextAttemptAt).toBeUndefined();
    expect(recovered.lastError).toBeUndefined();
  });
});
