import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../lambdas/core/ingest/decode.js';
import { FeedItemSchema } from '../../../lambdas/core/ingest/feed-item.js';
import { FeedParseError, parseFeed } from '../../../lambdas/core/ingest/parse-feed.js';

const FETCHED_AT = new Date('2025-11-01T00:00:00Z');
const fixture = (name: string): string =>
  decodeFeedBytes(readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url)), null);

async function parseError(xml: string): Promise<FeedParseError> {
  const error = await parseFeed(xml, 'wire', FETCHED_AT).catch((e: unknown) => e);
  if (!(error instanceof FeedParseError)) throw new Error(`expected a FeedParseError, got ${String(error)}`);
  return error;
}

describe('parseFeed', () => {
  it('reads RSS 2.0: longest content as plain text, HTML-free title, guid identity, canonical URL', async () => {
    // Act
    const items = await parseFeed(fixture('rss2.xml'), 'wire', FETCHED_AT);

    // Assert
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual({
      feed: 'wire',
      identity: 'guid:wire:wire-2025-10-02-0001',
      url: 'https://news.example.com/europe/portugal-frigate?utm_source=rss&utm_medium=feed',
      canonicalUrl: 'https://news.example.com/europe/portugal-frigate',
      title: 'Portugal to send frigate to Black Sea & mission',
      publishedAt: '2025-10-02T10:00:00.000Z',
      publishedAtSource: 'feed',
      text:
        'LISBON — Portugal will send a frigate to the Black Sea maritime mission, Defense Minister Nuno Melo said on Thursday.' +
        '\n\nMelo said the ship would escort merchant vessels and take part in mine clearance.',
    });
    expect(items[1]?.title).toBe('Czech government considers troops');
    expect(items[1]?.text).toBe(
      'PRAGUE — The Czech government is considering sending a contingent.\n\nSlovakia said no.',
    );
    expect(items[1]?.publishedAt).toBe('2025-10-08T12:00:00.000Z');
  });

  it('reads RSS 1.0 (RDF) with dc:date and identifies an item without guid by its URL', async () => {
    const items = await parseFeed(fixture('rss1.rdf'), 'rdf-desk', FETCHED_AT);

    expect(items).toEqual([
      {
        feed: 'rdf-desk',
        identity: 'url:https://rdf.example.org/ireland-demining',
        url: 'https://rdf.example.org/ireland-demining',
        canonicalUrl: 'https://rdf.example.org/ireland-demining',
        title: 'Ireland rules out troops but will fund demining',
        publishedAt: '2025-10-06T08:30:00.000Z',
        publishedAtSource: 'feed',
        text: 'DUBLIN — Ireland will not send troops to Ukraine, Tánaiste Simon Harris said.',
      },
    ]);
  });

  it('reads Atom 1.0: alternate link, published before updated, content over summary', async () => {
    const items = await parseFeed(fixture('atom.xml'), 'atom', FETCHED_AT);

    expect(items.map((i) => i.identity)).toEqual([
      'guid:atom:tag:atom.example.net,2025:nz-training',
      'guid:atom:tag:atom.example.net,2025:greece-naval',
      'guid:atom:tag:atom.example.net,2025:broken-date',
    ]);
    expect(items[0]?.url).toBe('https://atom.example.net/nz-training');
    expect(items[0]?.title).toBe('New Zealand commits training team & advisers');
    expect(items[0]?.publishedAt).toBe('2025-10-09T08:00:00.000Z');
    expect(items[0]?.text).toContain('\n\nThe team will work in the United Kingdom.');
    expect(items[1]?.publishedAt).toBe('2025-10-10T07:15:00.000Z');
    expect(items[1]?.text).toBe(
      'ATHENS — Greece is reluctant to deploy soldiers but is open to a naval role.',
    );
  });

  it('keeps the other entries when one Atom date cannot be parsed, dating that entry at fetch time', async () => {
    const items = await parseFeed(fixture('atom.xml'), 'atom', FETCHED_AT);

    expect(items[2]).toMatchObject({
      publishedAt: FETCHED_AT.toISOString(),
      publishedAtSource: 'fetch_time',
    });
  });

  it('reads RSS 0.91 in ISO-8859-1', async () => {
    const items = await parseFeed(fixture('rss091.xml'), 'old', FETCHED_AT);

    expect(items).toHaveLength(1);
    expect(items[0]?.text).toBe(
      'TALLINN - Estonia will contribute a company of soldiers to the reassurance force, the minister said in a café.',
    );
    expect(items[0]?.canonicalUrl).toBe('https://oldschool.example.com/estonia.html');
  });

  it('reads an <rss> root without a version as RSS 2.0', async () => {
    const xml =
      '<rss><channel><title>t</title><item><title>Kyiv talks</title><link>https://a.example/1</link></item></channel></rss>';

    const items = await parseFeed(xml, 'noversion', FETCHED_AT);

    expect(items.map((i) => i.title)).toEqual(['Kyiv talks']);
  });

  it('adds the URL to a guid the feed reuses for different links, and drops an item listed twice', async () => {
    const items = await parseFeed(fixture('guid-reuse.xml'), 'reuse', FETCHED_AT);

    expect(items.map((i) => i.identity)).toEqual([
      'guid:reuse:article#url:https://reuse.example.com/croatia',
      'guid:reuse:article#url:https://reuse.example.com/bulgaria',
      'guid:reuse:stable-1',
    ]);
  });

  it('handles missing links and dates, future and unreadable dates, and skips empty items', async () => {
    const items = await parseFeed(fixture('missing-fields.xml'), 'sloppy', FETCHED_AT);

    expect(items.map((i) => i.title)).toEqual([
      'No link, no date, no guid',
      'Dated in the future',
      'Unreadable date',
      '',
    ]);
    const [noLink, future, unreadable, untitled] = items;
    expect(noLink?.url).toBeNull();
    expect(noLink?.canonicalUrl).toBeNull();
    expect(noLink?.identity).toMatch(/^hash:[0-9a-f]{64}$/);
    expect(noLink).toMatchObject({ publishedAt: FETCHED_AT.toISOString(), publishedAtSource: 'fetch_time' });
    expect(future).toMatchObject({ publishedAt: FETCHED_AT.toISOString(), publishedAtSource: 'fetch_time' });
    expect(unreadable).toMatchObject({ publishedAtSource: 'fetch_time' });
    // A relative link is resolved against the channel's link.
    expect(unreadable?.url).toBe('https://sloppy.example.com/relative/unreadable-date');
    expect(untitled?.text).toBe('An item with text but no title.');
  });

  it('accepts a date a little ahead of our clock (clock skew) but not one far ahead', async () => {
    const rss = (date: string) =>
      `<rss version="2.0"><channel><title>t</title><item><title>x</title><pubDate>${date}</pubDate></item></channel></rss>`;

    const [skewed] = await parseFeed(rss('Sat, 01 Nov 2025 00:04:00 GMT'), 'f', FETCHED_AT);
    const [ahead] = await parseFeed(rss('Sat, 01 Nov 2025 00:06:00 GMT'), 'f', FETCHED_AT);

    expect(skewed).toMatchObject({ publishedAt: '2025-11-01T00:04:00.000Z', publishedAtSource: 'feed' });
    expect(ahead).toMatchObject({ publishedAt: FETCHED_AT.toISOString(), publishedAtSource: 'fetch_time' });
  });

  it('gives the same URL identity to an item in two feeds, but guid identities per feed', async () => {
    const xml = fixture('rss1.rdf');

    const [a] = await parseFeed(xml, 'feed-a', FETCHED_AT);
    const [b] = await parseFeed(xml, 'feed-b', FETCHED_AT);
    const [guidA] = await parseFeed(fixture('rss2.xml'), 'feed-a', FETCHED_AT);
    const [guidB] = await parseFeed(fixture('rss2.xml'), 'feed-b', FETCHED_AT);

    expect(a?.identity).toBe(b?.identity);
    expect(guidA?.identity).not.toBe(guidB?.identity);
  });

  it('produces items that satisfy the FeedItem schema', async () => {
    const items = await parseFeed(fixture('missing-fields.xml'), 'sloppy', FETCHED_AT);

    for (const item of items) expect(FeedItemSchema.safeParse(item).success).toBe(true);
  });

  it('throws a one-line FeedParseError with the position for malformed XML', async () => {
    const error = await parseError(
      '<?xml version="1.0"?>\n<rss version="2.0">\n<channel></item></channel></rss>',
    );

    expect(error.name).toBe('FeedParseError');
    expect(error.message).toBe('not a feed: rss-parser: Unexpected close tag at line 3, column 16');
  });

  it.each([
    [
      'an HTML page',
      '<html><head><title>Moved</title></head><body>gone</body></html>',
      /root element <html>/,
    ],
    ['another XML document', '<?xml version="1.0"?><note><to>x</to></note>', /root element <note>/],
    ['plain text', 'Service temporarily unavailable', /Non-whitespace before first tag/],
    ['an empty body', '', /Unable to parse XML/],
    ['a truncated feed', '<rss version="2.0"><channel><item><title>a</title>', /not a feed/],
  ])('throws a one-line FeedParseError for %s', async (_name, xml, pattern) => {
    const error = await parseError(xml);

    expect(error.message).toMatch(/^not a feed: /);
    expect(error.message).toMatch(pattern);
    expect(error.message).not.toContain('\n');
  });
});

describe('parseFeed identities', () => {
  it('hashes a pathologically long guid so the identity stays a usable store key', async () => {
    const guid = 'x'.repeat(3000);
    const xml = `<rss version="2.0"><channel><title>t</title><item><title>a</title><guid>${guid}</guid></item></channel></rss>`;

    const [item] = await parseFeed(xml, 'long', FETCHED_AT);

    expect(item?.identity).toMatch(/^guid:sha256:[0-9a-f]{64}$/);
  });
});
