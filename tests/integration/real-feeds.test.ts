import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFeedFetcher } from '../../lambdas/adapters/http-fetcher.js';
import { FeedItemSchema } from '../../lambdas/core/ingest/feed-item.js';
import { FeedParseError, parseFeed } from '../../lambdas/core/ingest/parse-feed.js';

/*
 * Every file of the two feed readers' test suites, served from 127.0.0.1 with and without a charset
 * in Content-Type, through the real fetcher and parser: each yields correctly decoded items or a
 * one-line FeedParseError (see ../shared/real-feeds/README.md).
 */

const ROOT = '../shared/real-feeds';
const FILES = ['rss-parser', 'miniflux'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((name) => name !== 'LICENSE')
    .map((name) => `${dir}/${name}`),
);

/** The files' real encodings (the bytes, whatever their prologs claim); the rest are UTF-8. */
const TRUE_CHARSET: Record<string, string> = {
  'rss-parser/encoding.rss': 'iso-8859-1',
  'rss-parser/uolNoticias.rss': 'iso-8859-1',
  'miniflux/encoding-iso-8859-1.xml': 'iso-8859-1',
  'miniflux/encoding-koi8r.xml': 'koi8-r',
  'miniflux/encoding-windows-1252.xml': 'windows-1252',
  'miniflux/parser-encoding_ISO-8859-1.xml': 'iso-8859-1',
  'miniflux/parser-encoding_WINDOWS-1251.xml': 'windows-1251',
  'miniflux/parser-no_encoding_ISO-8859-1.xml': 'iso-8859-1',
  'miniflux/xml-iso88591.xml': 'iso-8859-1',
  'miniflux/xml-iso88591_utf8_mismatch.xml': 'iso-8859-1',
  'miniflux/xml-koi8r.xml': 'koi8-r',
};

/** Not feeds at all: an HTML "moved" page and two plain XML notes. */
const NOT_FEEDS = new Set([
  'rss-parser/unrecognized.rss',
  'miniflux/xml-iso88591.xml',
  'miniflux/xml-iso88591_utf8_mismatch.xml',
]);

/** Strings that only come out right when the charset was: one per file with non-ASCII text. */
const KNOWN_TEXT: Record<string, string[]> = {
  'rss-parser/encoding.rss': ['Mãe de utente é a nova presidente da Raríssimas'],
  'rss-parser/uolNoticias.rss': ['simulações de 2º turno', 'Líder na pesquisa'],
  'miniflux/encoding-koi8r.xml': ['Первая новость', 'Привет мир! Ёжик, чай, Москва, Санкт-Петербург.'],
  'miniflux/xml-koi8r.xml': ['Первая новость', 'Привет мир!'],
  'miniflux/parser-encoding_WINDOWS-1251.xml': ['Цитата #17703', 'есть у кого жаба программер'],
  'miniflux/parser-encoding_ISO-8859-1.xml': ['Viele Spieler wünschen sich eine PC-Version'],
  'miniflux/parser-no_encoding_ISO-8859-1.xml': ["nombre d'études montrent", 'être à l'],
  'miniflux/encoding-utf8.xml': ['Café'],
  'miniflux/encoding-utf8-incorrect-prolog.xml': ['Café'],
  'miniflux/encoding-invalid-prolog.xml': ['Café'],
  'miniflux/parser-urdu_UTF8.xml': ['امریکی عسکری امداد'],
};

/** Files whose non-ASCII text is only in the channel (no items): checked on the fetched body. */
const KNOWN_BODY: Record<string, string[]> = {
  'miniflux/encoding-iso-8859-1.xml': ['<title>Café</title>', 'Présentation'],
  'miniflux/encoding-windows-1252.xml': ['Euro €'],
  'miniflux/encoding-windows-1252-incorrect-prolog.xml': ['Euro €'],
  'miniflux/xml-iso88591.xml': ['Anaïs', 'Jürgen'],
  'miniflux/xml-iso88591_utf8_mismatch.xml': ['Anaïs', 'Jürgen'],
};

/** Entries that carry neither a title nor any text, so the parser rightly skips them all. */
const NO_USABLE_ITEMS = new Set([
  'rss-parser/incomplete-fields.atom',
  'rss-parser/missing-fields.atom',
  'miniflux/encoding-iso-8859-1.xml',
  'miniflux/encoding-windows-1252.xml',
  'miniflux/encoding-windows-1252-incorrect-prolog.xml',
]);

// Latin-1 or UTF-8 read the wrong way round leaves these behind.
const MOJIBAKE = /\uFFFD|Ã[\u0080-\u00bf]|Ð[\u0080-\u00bf]|â€/;

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = url.pathname.slice(1);
    if (!FILES.includes(file)) {
      res.writeHead(404).end();
      return;
    }
    const charset = url.searchParams.get('charset');
    res.writeHead(200, {
      'Content-Type': charset ? `application/xml; charset=${charset}` : 'application/xml',
    });
    res.end(readFileSync(path.join(ROOT, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const fetcher = new HttpFeedFetcher();
const FETCHED_AT = new Date('2026-11-01T00:00:00Z');

describe.each([
  ['without a charset in Content-Type', (_file: string) => ''],
  ['with the true charset in Content-Type', (file: string) => `?charset=${TRUE_CHARSET[file] ?? 'utf-8'}`],
])('real feeds served %s', (_label, query) => {
  it.each(FILES)('%s', async (file) => {
    // Arrange / Act
    const fetched = await fetcher.fetch(`${baseUrl}/${file}${query(file)}`, {});
    if (fetched.status !== 'ok') throw new Error('expected a 200');
    const parsed = await parseFeed(fetched.body, 'real', FETCHED_AT).catch((error: unknown) => error);

    // Assert
    for (const text of KNOWN_BODY[file] ?? []) expect(fetched.body).toContain(text);
    if (NOT_FEEDS.has(file)) {
      expect(parsed).toBeInstanceOf(FeedParseError);
      expect((parsed as FeedParseError).message).toMatch(/^not a feed: [^\n]+$/);
      return;
    }
    if (!Array.isArray(parsed)) throw parsed;
    if (NO_USABLE_ITEMS.has(file)) {
      expect(parsed).toEqual([]);
      return;
    }
    expect(parsed.length).toBeGreaterThan(0);
    for (const item of parsed) {
      expect(FeedItemSchema.safeParse(item).success).toBe(true);
      expect(`${item.title}\n${item.text}`).not.toMatch(MOJIBAKE);
    }
    const allText = parsed.map((item) => `${item.title}\n${item.text}`).join('\n');
    for (const text of KNOWN_TEXT[file] ?? []) expect(allText).toContain(text);
  });
});

it('covers every file of the two directories', () => {
  expect(FILES).toHaveLength(49);
  for (const file of [...Object.keys(TRUE_CHARSET), ...Object.keys(KNOWN_TEXT), ...NOT_FEEDS]) {
    expect(FILES).toContain(file);
  }
});
