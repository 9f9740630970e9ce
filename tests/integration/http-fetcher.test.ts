import { createServer, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError, HttpFeedFetcher, parseRetryAfter } from '../../lambdas/adapters/http-fetcher.js';

const FEED =
  '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Київ — Kyiv</title></channel></rss>';

const servers: Server[] = [];

/** A server on 127.0.0.1 with a random port; every request's headers are recorded. */
async function serve(handler: RequestListener): Promise<{ url: string; requests: IncomingHttpHeaders[] }> {
  const requests: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    requests.push(req.headers);
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests };
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

async function fetchError(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof FetchError)) throw new Error(`expected a FetchError, got ${String(error)}`);
  expect(error.name).toBe('FetchError');
  expect(error.message).not.toContain('\n');
  return error;
}

describe('HttpFeedFetcher', () => {
  it('returns the decoded body and the validators of a 200, sending our User-Agent', async () => {
    // Arrange
    const { url, requests } = await serve((_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/rss+xml; charset=utf-8',
        ETag: '"v1"',
        'Last-Modified': 'Wed, 01 Oct 2025 10:00:00 GMT',
      });
      res.end(`\n  ${FEED}`);
    });

    // Act
    const result = await new HttpFeedFetcher().fetch(`${url}/feed`, {});

    // Assert
    expect(result).toEqual({
      status: 'ok',
      body: FEED,
      etag: '"v1"',
      lastModified: 'Wed, 01 Oct 2025 10:00:00 GMT',
    });
    expect(requests[0]?.['user-agent']).toBe('coalition-watch/0.1 (+https://github.com/coalition-watch)');
    expect(requests[0]?.accept).toContain('application/rss+xml');
    expect(requests[0]?.['if-none-match']).toBeUndefined();
  });

  it('decodes with the charset of the Content-Type header', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/xml; charset=windows-1251' });
      res.end(Buffer.from([0x3c, 0x74, 0x3e, 0xca, 0xe8, 0xbf, 0xe2, 0x3c, 0x2f, 0x74, 0x3e]));
    });

    const result = await new HttpFeedFetcher().fetch(url, {});

    expect(result).toMatchObject({ status: 'ok', body: '<t>Київ</t>' });
  });

  it('sends the validators and reports 304 as not modified', async () => {
    const { url, requests } = await serve((req, res) => {
      const fresh = req.headers['if-none-match'] === '"v1"';
      res.writeHead(fresh ? 304 : 200);
      res.end(fresh ? undefined : FEED);
    });

    const result = await new HttpFeedFetcher().fetch(url, {
      etag: '"v1"',
      lastModified: 'Wed, 01 Oct 2025 10:00:00 GMT',
    });

    expect(result).toEqual({ status: 'not_modified' });
    expect(requests[0]?.['if-none-match']).toBe('"v1"');
    expect(requests[0]?.['if-modified-since']).toBe('Wed, 01 Oct 2025 10:00:00 GMT');
  });

  it('times out on a server that never answers', async () => {
    const { url } = await serve(() => {});
    const started = Date.now();

    const error = await fetchError(new HttpFeedFetcher({ timeoutMs: 300 }).fetch(url, {}));

    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('timed out after 300 ms');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('times out on a body that stalls after the headers (the timeout covers the body read)', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.write('<rss version="2.0"><channel>');
    });

    const error = await fetchError(new HttpFeedFetcher({ timeoutMs: 300 }).fetch(url, {}));

    expect(error.kind).toBe('timeout');
  });

  it('stops reading a body that never ends at the size cap and closes the connection', async () => {
    // Arrange: a server streaming 64 KB chunks for as long as the client reads.
    let written = 0;
    let closed = false;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.on('close', () => {
        closed = true;
      });
      const pump = (): void => {
        while (!closed && res.write(chunk)) written += chunk.length;
        if (!closed) res.once('drain', pump);
      };
      pump();
    });

    // Act
    const error = await fetchError(
      new HttpFeedFetcher({ maxBytes: 1024 * 1024, timeoutMs: 5_000 }).fetch(url, {}),
    );

    // Assert
    expect(error.kind).toBe('too_large');
    expect(error.message).toBe('response larger than 1048576 bytes');
    await expect.poll(() => closed, { timeout: 2_000 }).toBe(true);
    expect(written).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': String(10 * 1024 * 1024) });
      res.write('<rss>');
    });

    const error = await fetchError(new HttpFeedFetcher({ maxBytes: 1024 * 1024 }).fetch(url, {}));

    expect(error.kind).toBe('too_large');
  });

  it('follows up to five redirects with relative and absolute Locations', async () => {
    const { url, requests } = await serve((req, res) => {
      const hop = Number(req.url?.slice(1) || '0');
      if (hop < 5) {
        res.writeHead(hop % 2 ? 301 : 302, {
          Location:
            hop % 2 ? `/${hop + 1}` : `${req.headers.host ? `http://${req.headers.host}` : ''}/${hop + 1}`,
        });
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      res.end(FEED);
    });

    const result = await new HttpFeedFetcher().fetch(`${url}/0`, {});

    expect(result).toMatchObject({ status: 'ok', body: FEED });
    expect(requests).toHaveLength(6);
  });

  it('gives up on a redirect loop after five redirects', async () => {
    const { url, requests } = await serve((_req, res) => {
      res.writeHead(307, { Location: '/loop' });
      res.end();
    });

    const error = await fetchError(new HttpFeedFetcher().fetch(`${url}/loop`, {}));

    expect(error.kind).toBe('too_many_redirects');
    expect(error.message).toBe('too many redirects (more than 5)');
    expect(requests).toHaveLength(6);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(302, { Location: 'ftp://127.0.0.1/feed.xml' });
      res.end();
    });

    const error = await fetchError(new HttpFeedFetcher().fetch(url, {}));

    expect(error.kind).toBe('bad_scheme');
    expect(error.message).toBe('unsupported scheme: redirect to ftp: URL (only http and https)');
  });

  it.each([['file:///etc/passwd'], ['ftp://127.0.0.1/feed'], ['not a url']])(
    'refuses to fetch %s',
    async (target) => {
      const error = await fetchError(new HttpFeedFetcher().fetch(target, {}));

      expect(error.kind).toBe('bad_scheme');
    },
  );

  it('asks for and decompresses a gzip response', async () => {
    const { url, requests } = await serve((_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/rss+xml; charset=utf-8',
        'Content-Encoding': 'gzip',
      });
      res.end(gzipSync(Buffer.from(FEED)));
    });

    const result = await new HttpFeedFetcher().fetch(url, {});

    expect(result).toMatchObject({ status: 'ok', body: FEED });
    expect(requests[0]?.['accept-encoding']).toContain('gzip');
  });

  it('decompresses a brotli response from a server that sends one unasked', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Content-Encoding': 'br' });
      res.end(brotliCompressSync(Buffer.from(FEED)));
    });

    const result = await new HttpFeedFetcher().fetch(url, {});

    expect(result).toMatchObject({ status: 'ok', body: FEED });
  });

  it('applies the size cap to the decompressed body (a gzip bomb)', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, 'a')));
    });

    const error = await fetchError(new HttpFeedFetcher({ maxBytes: 1024 * 1024 }).fetch(url, {}));

    expect(error.kind).toBe('too_large');
  });

  it('reports 429 with the Retry-After seconds', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(429, { 'Retry-After': '120' });
      res.end('slow down');
    });

    const error = await fetchError(new HttpFeedFetcher().fetch(url, {}));

    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 120 });
    expect(error.message).toBe('HTTP 429 Too Many Requests');
  });

  it('reports 503 with a Retry-After given as an HTTP date', async () => {
    const retryAt = new Date(Date.now() + 90_000).toUTCString();
    const { url } = await serve((_req, res) => {
      res.writeHead(503, { 'Retry-After': retryAt });
      res.end();
    });

    const error = await fetchError(new HttpFeedFetcher().fetch(url, {}));

    expect(error.message).toBe('HTTP 503 Service Unavailable');
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(85);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(91);
  });

  it('reports other statuses without a retry hint', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(404, { 'Retry-After': '60' });
      res.end('not here');
    });

    const error = await fetchError(new HttpFeedFetcher().fetch(url, {}));

    expect(error).toMatchObject({ kind: 'http', status: 404, retryAfterSeconds: undefined });
    expect(error.message).toBe('HTTP 404 Not Found');
  });

  it('names a refused connection instead of "fetch failed"', async () => {
    // Arrange: a port that was just listening and is now closed.
    const { url } = await serve(() => {});
    const server = servers.pop();
    await new Promise<void>((resolve) => server?.close(() => resolve()));

    const error = await fetchError(new HttpFeedFetcher().fetch(url, {}));

    expect(error.kind).toBe('network');
    expect(error.message).toBe(`connection refused (${new URL(url).host})`);
  });

  it('names a connection the server drops', async () => {
    const { url } = await serve((req) => {
      req.socket.destroy();
    });

    const error = await fetchError(new HttpFeedFetcher().fetch(url, {}));

    expect(error.kind).toBe('network');
    expect(error.message).toMatch(
      /^(connection closed by the server|connection reset) \(127\.0\.0\.1:\d+\)$/,
    );
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2025-10-01T10:00:00Z');

  it.each([
    ['30', 30],
    [' 0 ', 0],
    ['Wed, 01 Oct 2025 10:02:00 GMT', 120],
    ['Wed, 01 Oct 2025 09:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('reads %s as %s seconds', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
