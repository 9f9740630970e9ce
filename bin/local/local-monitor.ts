import { HttpFeedFetcher } from '../../lambdas/adapters/http-fetcher.js';
import { createMonitorStores, type MonitorStores } from '../../lambdas/adapters/monitor-stores.js';
import { readSeeds } from '../../lambdas/adapters/seed-files.js';
import type { Analyzer } from '../../lambdas/core/poll/analyzer.js';
import type { FeedConfig } from '../../lambdas/core/poll/feed-config.js';
import { type BaselineResult, loadBaseline } from '../../lambdas/core/poll/load-baseline.js';
import { type FeedReport, oneLine, pollFeed } from '../../lambdas/core/poll/poll-feed.js';
import type { AlertPublisher, FeedFetcher } from '../../lambdas/core/ports.js';
import type { Alert } from '../../lambdas/core/state/alert.js';
import { drainPendingAlerts } from '../../lambdas/core/state/deliver-alerts.js';
import { type EmbeddedDynamo, startEmbeddedDynamo } from './embedded-dynamo.js';

export interface LocalMonitorOptions {
  dbDir: string | undefined;
  seedsDir: string;
  analyze: Analyzer;
  publisher: AlertPublisher;
  fetcher?: FeedFetcher;
  now?: () => Date;
  /** Feeds polled at once; the rest wait their turn. */
  concurrency?: number;
  onFeed?: (report: FeedReport) => void;
}

export interface PollRound {
  feeds: FeedReport[];
  alerts: Alert[];
}

/**
 * The whole monitor in one process: dynalite for DynamoDB, the real HTTP fetcher, the same core as the
 * Lambdas, and the notifier's drain with a console publisher in place of SNS.
 */
export class LocalMonitor {
  readonly stores: MonitorStores;
  private readonly now: () => Date;

  private constructor(
    private readonly db: EmbeddedDynamo,
    private readonly options: LocalMonitorOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.stores = createMonitorStores(db.client, db.tables, this.now);
  }

  static async open(options: LocalMonitorOptions): Promise<LocalMonitor> {
    return new LocalMonitor(await startEmbeddedDynamo(options.dbDir), options);
  }

  async loadBaseline(): Promise<BaselineResult> {
    return loadBaseline(() => readSeeds(this.options.seedsDir), {
      ...this.stores,
      analyze: this.options.analyze,
      now: this.now,
    });
  }

  async pollOnce(feeds: readonly FeedConfig[]): Promise<PollRound> {
    // Watching starts from the seeds: a first poll never runs without them.
    await this.loadBaseline();
    const deps = {
      ...this.stores,
      fetcher: this.options.fetcher ?? new HttpFeedFetcher(),
      analyze: this.options.analyze,
      now: this.now,
    };
    const reports: FeedReport[] = new Array(feeds.length);
    let next = 0;
    const worker = async () => {
      while (next < feeds.length) {
        const index = next++;
        const feed = feeds[index] as FeedConfig;
        let report: FeedReport;
        try {
          report = await pollFeed(feed, deps);
        } catch (error) {
          // Our own storage failed for this feed; its validators were not advanced, so nothing is lost.
          report = { name: feed.name, status: 'error', error: `store: ${oneLine(error)}`, items: [] };
        }
        reports[index] = report;
        this.options.onFeed?.(report);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency ?? 4, feeds.length) }, worker));
    const alerts = await drainPendingAlerts({
      ...this.stores,
      publisher: this.options.publisher,
      now: this.now,
    });
    return { feeds: reports, alerts };
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
