/** What went wrong with a fetch, for backoff decisions and the feed's status line. */
export type FetchErrorKind =
  | 'http'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'bad_scheme'
  | 'network';

/**
 * A feed could not be fetched. The message is one line naming the cause ("HTTP 503 Service
 * Unavailable", "connection refused (127.0.0.1:8080)"); `retryAfterSeconds` carries the server's
 * Retry-After on 429 and 503 so the poller can wait as long as it was asked to.
 */
export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    message: string,
    kind: FetchErrorKind,
    details: { status?: number; retryAfterSeconds?: number | undefined; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = 'FetchError';
    this.kind = kind;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}
