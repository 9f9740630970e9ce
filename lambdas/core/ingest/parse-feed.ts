import { createHash } from 'node:crypto';
import Parser from 'rss-parser';
import { canonicalUrl } from './canonical-url.js';
import { type FeedItem, FeedItemSchema } from './feed-item.js';
import { htmlToLine, htmlToText } from './html-text.js';

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

/** A feed date this far ahead of our clock is a publisher's mistake, not a schedule. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

type RawItem = Record<string, unknown>;

/**
 * Every format rss-parser knows (RSS 0.9x/2.0, RSS 1.0/RDF, Atom 1.0) becomes `FeedItem`s: plain
 * text and title, a publication time we can trust, and an identity that says "seen before".
 * Throws `FeedParseError` (one line) when the document is not a feed.
 */
export async function parseFeed(xml: string, feedName: string, fetchedAt: Date): Promise<FeedItem[]> {
  const feed = await parseDocument(xml);
  const rawItems = (feed.items ?? []) as RawItem[];
  const base = typeof feed.link === 'string' ? feed.link : undefined;
  const drafts = rawItems.map((raw) => draftOf(raw, base, fetchedAt)).filter((d) => d.title || d.text);
  const reused = reusedGuids(drafts);
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const draft of drafts) {
    const identity = identityOf(draft, feedName, reused);
    // The same entry listed twice in one document is one item.
    if (seen.has(identity)) continue;
    seen.add(identity);
    items.push(
      FeedItemSchema.parse({
        feed: feedName,
        identity,
        url: draft.url,
        canonicalUrl: draft.canonicalUrl,
        title: draft.title,
        publishedAt: draft.publishedAt,
        publishedAtSource: draft.publishedAtSource,
        text: draft.text,
      }),
    );
  }
  return items;
}

async function parseDocument(xml: string): Promise<Parser.Output<RawItem>> {
  // An <rss> root without a version is still RSS (UOL and others omit it); read it as 2.0.
  const parser = new Parser<RawItem, RawItem>({ defaultRSS: 2 });
  try {
    return await parser.parseString(withoutBadAtomDates(xml));
  } catch (error) {
    const root = rootElement(xml);
    const found = root && !['rss', 'rdf:RDF', 'feed'].includes(root) ? ` (root element <${root}>)` : '';
    throw new FeedParseError(`not a feed: rss-parser: ${describe(error)}${found}`);
  }
}

/**
 * rss-parser calls `toISOString()` on an Atom entry's published/updated date unguarded, so one
 * unparseable date would fail the whole feed. Blank such dates: the item falls back to fetch time.
 */
function withoutBadAtomDates(xml: string): string {
  return xml.replace(
    /<(published|updated)(\s[^>]*)?>([^<]*)<\/\1>/g,
    (all, tag: string, attrs: string | undefined, value: string) =>
      Number.isNaN(Date.parse(value.trim())) ? `<${tag}${attrs ?? ''}></${tag}>` : all,
  );
}

function rootElement(xml: string): string | null {
  return /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>))*\s*<([A-Za-z_][\w:.-]*)/.exec(xml)?.[1] ?? null;
}

/** sax reports "message\nLine: 2\nColumn: 16\nChar: >", with zero-based lines; make it one line. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [first, ...rest] = message.split('\n');
  const line = /Line: (\d+)/.exec(rest.join('\n'));
  const column = /Column: (\d+)/.exec(rest.join('\n'));
  const where = line ? ` at line ${Number(line[1]) + 1}${column ? `, column ${column[1]}` : ''}` : '';
  return `${(first ?? '').trim().replace(/\.$/, '') || 'unknown error'}${where}`;
}

interface Draft {
  guid: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  text: string;
  publishedAt: string;
  publishedAtSource: 'feed' | 'fetch_time';
  /** What tells items apart when nothing else does. */
  contentKey: string;
}

function draftOf(raw: RawItem, base: string | undefined, fetchedAt: Date): Draft {
  const url = absoluteUrl(stringOf(raw.link), base);
  const published = publishedOf(raw, fetchedAt);
  const title = htmlToLine(stringOf(raw.title) ?? '');
  const text = textOf(raw);
  return {
    guid: stringOf(raw.guid) ?? stringOf(raw.id),
    url,
    canonicalUrl: canonicalUrl(url),
    title,
    text,
    publishedAt: (published ?? fetchedAt).toISOString(),
    publishedAtSource: published ? 'feed' : 'fetch_time',
    contentKey: `hash:${sha256(`${title}\n${text}`)}`,
  };
}

/** Feeds put the article in different fields, often a teaser in one and the full text in another. */
function textOf(raw: RawItem): string {
  const itunes = raw.itunes as RawItem | undefined;
  const candidates = [raw['content:encoded'], raw.content, raw.summary, raw.contentSnippet, itunes?.summary];
  let best = '';
  for (const candidate of candidates) {
    const value = stringOf(candidate);
    if (!value) continue;
    const text = htmlToText(value);
    if (text.length > best.length) best = text;
  }
  return best;
}

function publishedOf(raw: RawItem, fetchedAt: Date): Date | null {
  for (const field of [raw.isoDate, raw.pubDate, raw['dc:date'], raw.date, raw.updated]) {
    const value = stringOf(field);
    if (!value) continue;
    const time = Date.parse(value);
    if (Number.isNaN(time)) continue;
    return time > fetchedAt.getTime() + FUTURE_TOLERANCE_MS ? null : new Date(time);
  }
  return null;
}

function absoluteUrl(link: string | null, base: string | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Guids this document gives to different articles (by link, else content): not an identity alone. */
function reusedGuids(drafts: readonly Draft[]): Set<string> {
  const links = new Map<string, Set<string>>();
  for (const draft of drafts) {
    if (!draft.guid) continue;
    const set = links.get(draft.guid) ?? new Set<string>();
    set.add(draft.canonicalUrl ?? draft.contentKey);
    links.set(draft.guid, set);
  }
  return new Set([...links].filter(([, set]) => set.size > 1).map(([guid]) => guid));
}

/**
 * Following miniflux: the guid when the feed gives a usable one, guid+url when the feed reuses a
 * guid, else the URL, else the content. Guids are only unique within a feed, so they carry the feed
 * name; URLs and content mean the same thing in every feed, so they do not.
 */
function identityOf(draft: Draft, feedName: string, reused: ReadonlySet<string>): string {
  const byUrl = draft.canonicalUrl ? `url:${draft.canonicalUrl}` : null;
  if (draft.guid && !reused.has(draft.guid)) return bounded(`guid:${feedName}:${draft.guid}`);
  if (draft.guid) return bounded(`guid:${feedName}:${draft.guid}#${byUrl ?? draft.contentKey}`);
  return byUrl ? bounded(byUrl) : draft.contentKey;
}

/** Identities are store keys (DynamoDB allows 2 KB): a pathological guid or URL is hashed instead. */
function bounded(identity: string): string {
  const kind = identity.slice(0, identity.indexOf(':'));
  return identity.length <= MAX_IDENTITY ? identity : `${kind}:sha256:${sha256(identity)}`;
}

const MAX_IDENTITY = 512;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** rss-parser passes through whatever xml2js built: a string, or an object when attributes came along. */
function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && typeof (value as { _?: unknown })._ === 'string') {
    return stringOf((value as { _: string })._);
  }
  return null;
}
