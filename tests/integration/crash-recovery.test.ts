import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>wire</title><link>http://w</link><description>d</description>
<item><title>Norway to send minehunters to Ukraine reassurance force</title><link>https://wire.example/no-minehunters</link>
<pubDate>Fri, 10 Oct 2025 10:00:00 GMT</pubDate>
<description>OSLO — Norway will deploy two minehunters to clear the sea lanes off Odesa as part of the multinational reassurance force for Ukraine once a ceasefire holds, the Norwegian defence ministry said on Friday.</description></item>
</channel></rss>`;

let server: Server;
let feedUrl: string;
beforeAll(async () => {
  server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function runWorker(
  dbDir: string,
  delivered: string,
  mode: 'kill' | 'ok',
  minutesLater: number,
): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        'tests/support/crash-worker.ts',
        dbDir,
        feedUrl,
        delivered,
        mode,
        String(minutesLater),
      ],
      { timeout: 60_000 },
    );
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

describe('a monitor killed between recording an alert and publishing it', () => {
  it('publishes the alert once after the restart, and never again', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'cw-crash-'));
    const db = path.join(work, 'db');
    const delivered = path.join(work, 'delivered.jsonl');

    // Killed inside publish, the claim it took may or may not have reached SNS; the alert waits for
    // the claim's lease (2 minutes) to run out, then goes out once.
    const killed = await runWorker(db, delivered, 'kill', 0);
    const withinLease = await runWorker(db, delivered, 'ok', 1);
    const deliveredWithinLease = await readFile(delivered, 'utf8').catch(() => '');
    const afterLease = await runWorker(db, delivered, 'ok', 3);
    const later = await runWorker(db, delivered, 'ok', 20);

    expect(killed.signal).toBe('SIGKILL');
    expect([withinLease.code, afterLease.code, later.code]).toEqual([0, 0, 0]);
    expect(deliveredWithinLease).toBe('');
    const lines = (await readFile(delivered, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({ country: 'NO', category: 'maritime', previous: null, current: 'committed' }),
    ]);
  }, 120_000);
});
