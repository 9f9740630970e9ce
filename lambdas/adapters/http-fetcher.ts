import { STATUS_CODES } from 'node:http';
import { decodeFeedBytes } from '../core/ingest/decode.js';
import { FetchError } from '../core/ingest/errors.js';
import type { FeedFetcher, FeedValidators, FetchResult } from '../core/ports.js';

export { FetchError } from '../core/ingest/errors.js';

export interface HttpFetcherOptions {
  /** Whole request, redirects and body included. @default 10000 */
  timeoutMs: number;
  /** Decoded body size at which the read stops (a feed that large is broken or hostile). @default 5 MB */
  maxBytes: number;
  /** @default 5 */
  maxRedirects: number;
  /** @default 'coalition-watch/0.1 (+https://github.com/coalition-watch)' */
  userAgent: string;
}

export const DEFAULT_FETCHER_OPTIONS: HttpFetcherOptions = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'coalition-watch/0.1 (+https://github.com/coalition-watch)',
};

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/**
 * Conditional GET of a feed with global `fetch`. Redirects are followed by hand so that each hop is
 * counted and checked for an http(s) scheme; the body is read chunk by chunk against the size cap
 * (after decompression, which fetch does for gzip, deflate and br); one timeout covers it all.
 */
export class HttpFeedFetcher implements FeedFetcher {
  private readonly options: HttpFetcherOptions;

  constructor(options: Partial<HttpFetcherOptions> = {}) {
    this.options = { ...DEFAULT_FETCHER_OPTIONS, ...options };
  }

  async fetch(url: string, validators: FeedValidators): Promise<FetchResult> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      const response = await this.followRedirects(httpUrl(url), validators, signal);
      if (response.status === 304) {
        await discard(response);
        return { status: 'not_modified' };
      }
      if (response.status !== 200) {
        await discard(response);
        throw httpError(response);
      }
      const bytes = await readCapped(response, this.options.maxBytes);
      return {
        status: 'ok',
        body: decodeFeedBytes(bytes, response.headers.get('content-type')),
        etag: response.headers.get('etag') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined,
      };
    } catch (error) {
      throw asFetchError(error, url, this.options.timeoutMs);
    }
  }

  private async followRedirects(
    start: URL,
    validators: FeedValidators,
    signal: AbortSignal,
  ): Promise<Response> {
    let target = start;
    for (let hops = 0; ; hops++) {
      const response = await fetch(target, { headers: this.headers(validators), redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || response.status === 304 || !location)
        return response;
      await discard(response);
      if (hops >= this.options.maxRedirects) {
        throw new FetchError(
          `too many redirects (more than ${this.options.maxRedirects})`,
          'too_many_redirects',
        );
      }
      target = httpUrl(location, target);
    }
  }

  private headers(validators: FeedValidators): Record<string, string> {
    const headers: Record<string, string> = { 'User-Agent': this.options.userAgent, Accept: ACCEPT };
    if (validators.etag) headers['If-None-Match'] = validators.etag;
    if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
    return headers;
  }
}

/** An absolute http(s) URL, `raw` resolved against `base` (a redirect's Location may be relative). */
function httpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError(`invalid URL: ${raw}`, 'bad_scheme');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const where = base ? `redirect to ${url.protocol} URL` : `${url.protocol} URL`;
    throw new FetchError(`unsupported scheme: ${where} (only http and https)`, 'bad_scheme');
  }
  return url;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await discard(response);
    throw tooLarge(maxBytes);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Cancelling closes the connection: a server streaming forever stops costing us anything.
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): FetchError {
  return new FetchError(`response larger than ${maxBytes} bytes`, 'too_large');
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}

function httpError(response: Response): FetchError {
  const reason = response.statusText || STATUS_CODES[response.status] || 'unknown status';
  const retryAfterSeconds =
    response.status === 429 || response.status === 503
      ? parseRetryAfter(response.headers.get('retry-after'), new Date())
      : undefined;
  return new FetchError(`HTTP ${response.status} ${reason}`, 'http', {
    status: response.status,
    retryAfterSeconds,
  });
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Network failures come from undici as "fetch failed" with the real reason in `cause`. */
const NETWORK_CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_HEADERS_OVERFLOW: 'response headers too large',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
};

function asFetchError(error: unknown, url: string, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new FetchError(`timed out after ${timeoutMs} ms`, 'timeout', { cause: error });
  }
  const cause = rootCause(error);
  const code = (cause as { code?: unknown } | null)?.code;
  const host = hostOf(url);
  const reason =
    typeof code === 'string' && NETWORK_CAUSES[code]
      ? NETWORK_CAUSES[code]
      : `network error: ${firstLine(cause instanceof Error ? cause.message : String(cause))}`;
  return new FetchError(`${reason}${host ? ` (${host})` : ''}`, 'network', { cause: error });
}

/** The innermost error with a code; an AggregateError (one per address tried) gives its first. */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof AggregateError && current.errors.length > 0) current = current.errors[0];
    const next = (current as { cause?: unknown } | null)?.cause;
    if ((current as { code?: unknown } | null)?.code || next === undefined) return current;
    current = next;
  }
  return current;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() || 'unknown error';
}
