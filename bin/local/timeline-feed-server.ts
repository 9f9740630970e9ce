import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FeedConfig } from '../../lambdas/core/poll/feed-config.js';
import type { LabelledSet } from './labelled-set.js';

/**
 * Replays a labelled set's timeline as RSS 2.0 feeds on 127.0.0.1: after `advance()` to poll N, each
 * feed serves the articles listed for it in polls 1..N (feeds keep earlier items, as real feeds do),
 * each under a link unique to that feed. ETags make a repeated poll a 304.
 */
export class TimelineFeedServer {
  private poll = 0;
  private constructor(
    private readonly server: Server,
    private readonly set: LabelledSet,
    readonly baseUrl: string,
  ) {}

  static async start(set: LabelledSet): Promise<TimelineFeedServer> {
    if (!set.timeline) throw new Error(`${set.dir}: no timeline.json to replay`);
    let instance: TimelineFeedServer | undefined;
    const server = createServer((req, res) =>
      instance?.respond(req.url ?? '/', req.headers['if-none-match'], res),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    instance = new TimelineFeedServer(server, set, `http://127.0.0.1:${port}`);
    return instance;
  }

  get pollCount(): number {
    return this.set.timeline?.polls.length ?? 0;
  }

  /** Every feed named anywhere in the timeline, so a feed appearing in a later poll is polled from the start. */
  feeds(): FeedConfig[] {
    const names = new Set((this.set.timeline?.polls ?? []).flatMap((poll) => Object.keys(poll)));
    return [...names].map((name) => ({ name, url: `${this.baseUrl}/feeds/${encodeURIComponent(name)}.xml` }));
  }

  advance(): void {
    if (this.poll >= this.pollCount) throw new Error('the timeline has no more polls');
    this.poll++;
  }

  /** The link an article gets on a feed; tests and eval map item URLs back to article ids with it. */
  linkFor(feed: string, id: string): string {
    return `${this.baseUrl}/articles/${encodeURIComponent(feed)}/${encodeURIComponent(id)}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private respond(
    url: string,
    ifNoneMatch: string | undefined,
    res: import('node:http').ServerResponse,
  ): void {
    const match = /^\/feeds\/([^/]+)\.xml$/.exec(url);
    if (!match?.[1]) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = this.rss(decodeURIComponent(match[1]));
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (ifNoneMatch === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
  }

  private rss(feed: string): string {
    const polls = (this.set.timeline?.polls ?? []).slice(0, this.poll);
    const ids = [...new Set(polls.flatMap((poll) => poll[feed] ?? []))];
    const items = ids.map((id) => {
      const article = this.set.articles.get(id);
      if (!article) return '';
      const link = this.linkFor(feed, id);
      // A line break inside a paragraph ("RELATED" over a list of headlines, a newsletter's bullets) is kept as
      // a publisher's page keeps it, as a <br>: in markup a bare newline is only a space.
      const html = article.body
        .split(/\n\s*\n/)
        .map((p) => `<p>${p.trim().split('\n').map(escapeXml).join('<br/>')}</p>`)
        .join('');
      return [
        '<item>',
        `<title>${escapeXml(article.label.title || article.title)}</title>`,
        `<link>${escapeXml(link)}</link>`,
        `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
        `<pubDate>${new Date(article.label.published).toUTCString()}</pubDate>`,
        `<description>${escapeXml(html)}</description>`,
        '</item>',
      ].join('');
    });
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeXml(feed)}</title><link>${this.baseUrl}</link><description>Replayed timeline</description>${items.join('')}</channel></rss>`;
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
