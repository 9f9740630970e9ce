import { parseArgs } from 'node:util';
import { ConsoleAlertPublisher } from '../../lambdas/adapters/console-alert-publisher.js';
import type { FeedConfig } from '../../lambdas/core/poll/feed-config.js';
import type { FeedReport } from '../../lambdas/core/poll/poll-feed.js';
import { alertRecord } from '../../lambdas/core/state/alert.js';
import { LocalMonitor, type PollRound } from '../local/local-monitor.js';
import { analysisSettings } from './analysis.js';
import { type CliIO, writeLine } from './io.js';
import { DEFAULT_DB_DIR, PROJECT_PATHS } from './paths.js';
import { readFeedList } from './read-feeds.js';
import { UsageError } from './usage-error.js';

export const RUN_USAGE =
  'monitor run [--once] [--feeds FILE] [--db DIR] [--alerts-out FILE] [--json] [--interval MINUTES]';

/**
 * Polls every feed into the embedded store, once or on an interval until stopped. Exit status 1 when
 * any feed failed (the others are polled and stored all the same).
 */
export async function runCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      once: { type: 'boolean', default: false },
      feeds: { type: 'string' },
      db: { type: 'string', default: DEFAULT_DB_DIR },
      'alerts-out': { type: 'string' },
      json: { type: 'boolean', default: false },
      interval: { type: 'string', default: '15' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}" (usage: ${RUN_USAGE})`);
  const intervalMinutes = Number(values.interval);
  if (!Number.isFinite(intervalMinutes) || intervalMinutes <= 0) {
    throw new UsageError(`--interval must be a positive number of minutes, not "${values.interval}"`);
  }
  const feeds = await readFeedList(values.feeds ?? PROJECT_PATHS.defaultFeeds);
  const { analyze } = analysisSettings(io);
  const human = !values.json;
  const monitor = await LocalMonitor.open({
    dbDir: values.db,
    seedsDir: PROJECT_PATHS.seeds,
    analyze,
    publisher: new ConsoleAlertPublisher({
      ...(human ? { out: io.stdout } : { out: null }),
      ...(values['alerts-out'] ? { alertsOutPath: values['alerts-out'] } : {}),
    }),
    onFeed: human ? (report) => writeLine(io.stderr, describeFeed(report)) : undefined,
  });
  try {
    if (values.once) return exitStatus(report(await pollRound(monitor, feeds, human, io), values.json, io));
    return await pollForever(monitor, feeds, intervalMinutes, values.json, io);
  } finally {
    await monitor.close();
  }
}

async function pollRound(monitor: LocalMonitor, feeds: FeedConfig[], human: boolean, io: CliIO) {
  const baseline = await monitor.loadBaseline();
  if (human && baseline.loaded) {
    writeLine(
      io.stderr,
      `Loaded the seed baseline: ${baseline.articles} articles, ${baseline.positions} positions.`,
    );
  }
  if (human) writeLine(io.stderr, `Polling ${feeds.length} feed${feeds.length === 1 ? '' : 's'}...`);
  return monitor.pollOnce(feeds);
}

async function pollForever(
  monitor: LocalMonitor,
  feeds: FeedConfig[],
  intervalMinutes: number,
  json: boolean,
  io: CliIO,
): Promise<number> {
  let stopped = false;
  let wake: () => void = () => {};
  const stop = () => {
    stopped = true;
    wake();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let failed = false;
  while (!stopped) {
    failed = exitStatus(report(await pollRound(monitor, feeds, !json, io), json, io)) !== 0;
    if (stopped) break;
    if (!json) writeLine(io.stderr, `Next poll in ${intervalMinutes} min (Ctrl-C to stop).`);
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, intervalMinutes * 60_000).unref();
    });
  }
  return failed ? 1 : 0;
}

function report(round: PollRound, json: boolean, io: CliIO): PollRound {
  if (json) {
    writeLine(
      io.stdout,
      JSON.stringify({
        feeds: round.feeds.map((f) => ({
          name: f.name,
          status: f.status,
          ...(f.error ? { error: f.error } : {}),
        })),
        items: round.feeds.flatMap((f) =>
          f.items.map((i) => ({
            feed: i.feed,
            url: i.url,
            title: i.title,
            status: i.status,
            duplicateOf: i.duplicateOf,
          })),
        ),
        alerts: round.alerts.map(alertRecord),
      }),
    );
    return round;
  }
  const items = round.feeds.flatMap((f) => f.items);
  const count = (status: string) => items.filter((i) => i.status === status).length;
  const failed = round.feeds.filter((f) => f.status === 'error');
  writeLine(
    io.stdout,
    `Summary: ${round.feeds.length} feeds (${round.feeds.length - failed.length} ok, ${failed.length} failed); ` +
      `${items.length} items: ${count('new')} new, ${count('duplicate')} duplicates, ` +
      `${count('irrelevant')} not about the coalition, ${count('seen')} seen before; ${round.alerts.length} alerts.`,
  );
  for (const item of items.filter((i) => i.status === 'duplicate')) {
    writeLine(io.stdout, `  duplicate: "${item.title}" is a copy of ${item.duplicateOf}`);
  }
  for (const item of items.filter((i) => i.status === 'new')) {
    writeLine(io.stdout, `  new: "${item.title}" (${item.feed})`);
    for (const c of item.commitments) writeLine(io.stdout, `      ${c.country} ${c.category}: ${c.stance}`);
  }
  // Each failure's reason was printed as its feed finished; the summary only names them.
  if (failed.length > 0) writeLine(io.stdout, `  could not poll: ${failed.map((f) => f.name).join(', ')}`);
  return round;
}

function describeFeed(report: FeedReport): string {
  if (report.status === 'error') return `  ✗ ${report.name}: ${report.error}`;
  if (report.status === 'not_modified') return `  ✓ ${report.name}: not modified since last poll`;
  const fresh = report.items.filter((i) => i.status !== 'seen').length;
  return `  ✓ ${report.name}: ${report.items.length} items, ${fresh} not seen before`;
}

function exitStatus(round: PollRound): number {
  return round.feeds.some((f) => f.status === 'error') ? 1 : 0;
}
