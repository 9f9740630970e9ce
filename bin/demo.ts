// The SDK's Node-version notice is for the developers who upgrade the SDK, not for people watching a demo.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './cli/main.js';
import { readLabelledSet } from './local/labelled-set.js';
import { TimelineFeedServer } from './local/timeline-feed-server.js';

/**
 * The whole flow offline: feeds written for the demo are replayed from 127.0.0.1 into a fresh
 * embedded store, poll by poll, through the same `monitor run` a user runs.
 */
const demoSet = fileURLToPath(new URL('./demo/', import.meta.url));
const set = await readLabelledSet(demoSet);
const server = await TimelineFeedServer.start(set);
const work = await mkdtemp(path.join(tmpdir(), 'coalition-watch-demo-'));
const feedsFile = path.join(work, 'feeds.json');
const alertsOut = path.join(work, 'alerts.jsonl');
await writeFile(feedsFile, JSON.stringify(server.feeds()));

let status = 0;
try {
  process.stdout.write(
    `Demo: ${server.pollCount} polls of ${server.feeds().length} feeds served from ${server.baseUrl}\n`,
  );
  for (let poll = 1; poll <= server.pollCount; poll++) {
    server.advance();
    process.stdout.write(`\n=== Poll ${poll} ===\n`);
    const io = { stdout: process.stdout, stderr: process.stderr };
    status ||= await main(
      ['run', '--once', '--feeds', feedsFile, '--db', path.join(work, 'db'), '--alerts-out', alertsOut],
      io,
    );
  }
  process.stdout.write(`\nAlerts as JSON lines are in ${alertsOut}\n`);
} finally {
  await server.close();
}
process.exitCode = status;
