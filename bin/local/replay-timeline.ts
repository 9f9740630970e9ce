import type { Analyzer } from '../../lambdas/core/poll/analyzer.js';
import type { ItemReport } from '../../lambdas/core/poll/process-item.js';
import type { Alert } from '../../lambdas/core/state/alert.js';
import type { LabelledSet } from './labelled-set.js';
import { LocalMonitor, type PollRound } from './local-monitor.js';
import { TimelineFeedServer } from './timeline-feed-server.js';

export interface Sighting extends ItemReport {
  articleId: string;
  poll: number;
}

export interface Replay {
  polls: PollRound[];
  /** Every item report that was not `seen`, with the set's article id it came from. */
  sightings: Sighting[];
  alerts: Alert[];
  /** Feed errors, which in a replay are always a fault. */
  errors: string[];
}

/**
 * Replays a set's timeline as feeds on 127.0.0.1 into a fresh in-memory store, poll by poll, through
 * the same LocalMonitor `monitor run` uses, collecting what was reported and every alert published.
 */
export async function replayTimeline(
  set: LabelledSet,
  options: { seedsDir: string; analyze: Analyzer },
): Promise<Replay> {
  const server = await TimelineFeedServer.start(set);
  const published: Alert[] = [];
  const monitor = await LocalMonitor.open({
    dbDir: undefined,
    seedsDir: options.seedsDir,
    analyze: options.analyze,
    publisher: { publish: async (alert) => void published.push(alert) },
    // One feed at a time, in the timeline's order, so a replay is repeatable.
    concurrency: 1,
  });
  const polls: PollRound[] = [];
  try {
    for (let i = 0; i < server.pollCount; i++) {
      server.advance();
      polls.push(await monitor.pollOnce(server.feeds()));
    }
  } finally {
    await monitor.close();
    await server.close();
  }
  const sightings = polls.flatMap((round, poll) =>
    round.feeds.flatMap((feed) =>
      feed.items
        .filter((item) => item.status !== 'seen')
        .map((item) => ({ ...item, poll: poll + 1, articleId: articleIdOfLink(item.url) })),
    ),
  );
  const errors = polls.flatMap((round) =>
    round.feeds.filter((f) => f.status === 'error').map((f) => `${f.name}: ${f.error}`),
  );
  return { polls, sightings, alerts: published, errors };
}

/** The timeline server's links end in the article id. */
function articleIdOfLink(url: string | null): string {
  return decodeURIComponent(url?.split('/').pop() ?? '');
}
