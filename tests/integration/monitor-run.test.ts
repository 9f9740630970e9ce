import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli/main.js';
import { readLabelledSet } from '../../bin/local/labelled-set.js';
import { TimelineFeedServer } from '../../bin/local/timeline-feed-server.js';
import { ALERT_LINE_KEYS } from '../support/alert-fixtures.js';
import { captureIO } from '../support/capture-io.js';

interface RunReport {
  feeds: { name: string; status: string; error?: string }[];
  items: { feed: string; url: string; title: string; status: string; duplicateOf: string | null }[];
  alerts: { country: string; category: string; previous: string | null; current: string }[];
}

async function runOnce(args: string[]): Promise<{ code: number; report: RunReport; err: string }> {
  const io = captureIO();
  const code = await main(['run', '--once', '--json', ...args], io);
  return { code, report: JSON.parse(io.out()) as RunReport, err: io.err() };
}

const tempDir = () => mkdtemp(path.join(tmpdir(), 'cw-run-'));

describe('monitor run --once --json replaying the dev timeline from 127.0.0.1', async () => {
  const set = await readLabelledSet(path.resolve('../shared/eval/dev'));
  let server: TimelineFeedServer;
  let work: string;
  const polls: RunReport[] = [];

  beforeAll(async () => {
    server = await TimelineFeedServer.start(set);
    work = await tempDir();
    const feedsFile = path.join(work, 'feeds.json');
    await writeFile(feedsFile, JSON.stringify(server.feeds()));
    for (let i = 0; i < server.pollCount; i++) {
      server.advance();
      const { code, report } = await runOnce(['--feeds', feedsFile, '--db', path.join(work, 'db')]);
      expect(code).toBe(0);
      polls.push(report);
    }
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  const idOf = (url: string) => decodeURIComponent(url.split('/').pop() ?? '');

  it('flags every copy as a duplicate of the right seed, and no distinct article', () => {
    const sightings = polls.flatMap((poll) => poll.items).filter((item) => item.status !== 'seen');
    for (const [id, article] of set.articles) {
      const mine = sightings.filter((item) => idOf(item.url) === id);
      expect(mine.length, `${id} was never reported`).toBeGreaterThan(0);
      if (article.label.duplicateOf) {
        for (const item of mine) {
          expect(item, id).toMatchObject({ status: 'duplicate', duplicateOf: article.label.duplicateOf });
        }
        continue;
      }
      // One story under two URLs is new once and a copy of itself after; never a copy of anything else.
      const ownUrls = mine.map((item) => item.url);
      expect(
        mine.filter((item) => item.status !== 'duplicate'),
        id,
      ).toHaveLength(1);
      for (const item of mine.filter((i) => i.status === 'duplicate'))
        expect(ownUrls, id).toContain(item.duplicateOf);
    }
  });

  it('reports items served again in a later poll as seen, naming what they were', () => {
    const second = polls[1];
    const again = second?.items.filter((i) => i.status === 'seen') ?? [];
    expect(again.length).toBeGreaterThan(0);
    const copyOfSeed = again.find((i) => idOf(i.url) === 'v14');
    expect(copyOfSeed?.duplicateOf).toBe('000_d681286658581649');
  });

  it('stores relevant new items and skips irrelevant ones', () => {
    const statuses = new Map(
      polls
        .flatMap((p) => p.items)
        .filter((i) => i.status !== 'seen')
        .map((i) => [idOf(i.url), i.status]),
    );
    for (const [id, article] of set.articles) {
      if (article.label.duplicateOf) continue;
      // The cross-posted story (one article under two URLs) is new once and a duplicate of itself after.
      expect([article.label.relevant ? 'new' : 'irrelevant', 'duplicate']).toContain(statuses.get(id));
    }
  });
});

describe('monitor run with feeds that fail', () => {
  let good: Server;
  let goodUrl: string;
  let hits = 0;
  beforeAll(async () => {
    good = createServer((req, res) => {
      hits++;
      if (req.url === '/ok.xml') {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
        return void res.end(
          '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x</link><description>d</description>' +
            '<item><title>Prisoner exchange completed</title><link>http://127.0.0.1/a</link><pubDate>Mon, 06 Oct 2025 10:00:00 GMT</pubDate>' +
            '<description>Ukraine and Russia exchanged prisoners on Monday, officials said.</description></item></channel></rss>',
        );
      }
      if (req.url === '/busy.xml') return void res.writeHead(429, { 'retry-after': '3600' }).end('slow down');
      if (req.url === '/broken.xml')
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sorry');
      res.writeHead(500).end('boom');
    });
    await new Promise<void>((resolve) => good.listen(0, '127.0.0.1', resolve));
    goodUrl = `http://127.0.0.1:${(good.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => good.close(resolve));
  });
  afterEach(() => {
    hits = 0;
  });

  it('polls the good feed, reports each bad one in one line, and exits 1', async () => {
    const work = await tempDir();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const feedsFile = path.join(work, 'feeds.json');
    await writeFile(
      feedsFile,
      JSON.stringify([
        { name: 'server-error', url: `${goodUrl}/500.xml` },
        { name: 'not-a-feed', url: `${goodUrl}/broken.xml` },
        { name: 'unreachable', url: `http://127.0.0.1:${closedPort}/feed.xml` },
        { name: 'good', url: `${goodUrl}/ok.xml` },
      ]),
    );

    const first = await runOnce(['--feeds', feedsFile, '--db', path.join(work, 'db')]);
    const second = await runOnce(['--feeds', feedsFile, '--db', path.join(work, 'db')]);

    expect(first.code).toBe(1);
    const byName = new Map(first.report.feeds.map((f) => [f.name, f]));
    expect(byName.get('good')?.status).toBe('ok');
    for (const bad of ['server-error', 'not-a-feed', 'unreachable']) {
      expect(byName.get(bad)?.status, bad).toBe('error');
      expect(byName.get(bad)?.error, bad).toMatch(/^[^\n]+$/);
    }
    expect(byName.get('server-error')?.error).toMatch(/500/);
    expect(first.report.items).toEqual([
      expect.objectContaining({ feed: 'good', status: 'irrelevant', duplicateOf: null }),
    ]);
    expect(second.report.feeds.find((f) => f.name === 'good')?.status).toBe('not_modified');
  });

  it('honours Retry-After: the feed is not asked again before its time, and says why', async () => {
    const work = await tempDir();
    const feedsFile = path.join(work, 'feeds.json');
    await writeFile(feedsFile, JSON.stringify([{ name: 'busy', url: `${goodUrl}/busy.xml` }]));

    const first = await runOnce(['--feeds', feedsFile, '--db', path.join(work, 'db')]);
    const hitsAfterFirst = hits;
    const second = await runOnce(['--feeds', feedsFile, '--db', path.join(work, 'db')]);

    expect(first.report.feeds[0]).toMatchObject({ status: 'error', error: expect.stringMatching(/429/) });
    expect(second.report.feeds[0]).toMatchObject({
      status: 'error',
      error: expect.stringMatching(/^not polled: .*next try after/),
    });
    expect(hits).toBe(hitsAfterFirst);
  });

  it('writes nothing to the feeds and says which flag is wrong', async () => {
    const io = captureIO();
    const code = await main(['run', '--once', '--bogus'], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(/^monitor: Unknown option '--bogus'\n$/);
    expect(hits).toBe(0);
  });

  it('rejects a missing or malformed feeds file in one line', async () => {
    const work = await tempDir();
    const bad = path.join(work, 'feeds.json');
    await writeFile(bad, '[{"name": "x", "url": "gopher://old"}]');
    const missing = captureIO();
    const malformed = captureIO();
    const notJson = captureIO();
    await writeFile(path.join(work, 'broken.json'), '[{');

    expect(await main(['run', '--once', '--feeds', path.join(work, 'nope.json')], missing)).toBe(2);
    expect(await main(['run', '--once', '--feeds', bad], malformed)).toBe(2);
    expect(await main(['run', '--once', '--feeds', path.join(work, 'broken.json')], notJson)).toBe(2);
    expect(missing.err()).toBe(`monitor: feeds file ${path.join(work, 'nope.json')}: no such file\n`);
    expect(malformed.err()).toBe(`monitor: feeds file ${bad}: [0].url: must be an http(s) URL\n`);
    expect(notJson.err()).toMatch(/^monitor: feeds file .*broken\.json: not valid JSON \(.*\)\n$/);
  });

  it('appends alerts to --alerts-out as JSON lines', async () => {
    const work = await tempDir();
    const set = await readLabelledSet(path.resolve('bin/demo'));
    const server = await TimelineFeedServer.start(set);
    const feedsFile = path.join(work, 'feeds.json');
    await writeFile(feedsFile, JSON.stringify(server.feeds()));
    const out = path.join(work, 'alerts.jsonl');
    const reports: RunReport[] = [];
    try {
      for (let i = 0; i < server.pollCount; i++) {
        server.advance();
        reports.push(
          (await runOnce(['--feeds', feedsFile, '--db', path.join(work, 'db'), '--alerts-out', out])).report,
        );
      }
    } finally {
      await server.close();
    }
    const lines = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual(reports.flatMap((r) => r.alerts));
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(ALERT_LINE_KEYS);
    }
  });
});
