import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ALERTS_TABLE, ARTICLES_TABLE, COMMITMENTS_TABLE } from '../../lambdas/adapters/table-definitions.js';
import { type FeedConfig, FeedListSchema } from '../../lambdas/core/poll/feed-config.js';
import { describeIssues } from '../recipients.js';
import { deadLetterQueue } from './dead-letter-queue.js';
import { grantSendTo, grantTableTo } from './grants.js';
import { MonitorFunction } from './monitor-function.js';

export interface PollPipelineProps {
  /** The feeds the scheduler queues on every run; disabled ones stay listed but are not polled. */
  readonly feeds: readonly FeedConfig[];
  readonly articles: ITable;
  readonly commitments: ITable;
  readonly alerts: ITable;
  /** @default Duration.minutes(15) */
  readonly scheduleRate?: Duration;
  /**
   * Feeds one poller invocation takes; one each keeps a slow feed from eating another's time.
   * @default 1
   */
  readonly batchSize?: number;
  /** Pollers running at once, and so feeds fetched at once. @default 4 */
  readonly pollerConcurrency?: number;
  /** The relevance score at which an article is kept. @default the analyzer's default (3) */
  readonly relevanceThreshold?: number;
  /** Absolute path of a gazetteer extension (JSON), bundled with the poller. @default none */
  readonly gazetteerExtension?: string;
}

/** Where the poller finds the gazetteer extension bundled with it. */
const BUNDLED_GAZETTEER_EXTENSION = 'gazetteer-extension.json';

/** Lambda keeps the whole environment of a function under 4 KB; the rest of ours needs well under 1 KB. */
const MAX_FEEDS_JSON = 3000;
const POLLER_TIMEOUT = Duration.minutes(2);

/**
 * A rule fires the scheduler, which queues one message per enabled feed; the poller takes them from the
 * queue, so each feed is retried, and after three failures dead-lettered, on its own.
 */
export class PollPipeline extends Construct {
  public readonly rule: Rule;
  public readonly scheduler: MonitorFunction;
  public readonly poller: MonitorFunction;
  public readonly feedQueue: Queue;
  /** Feeds that failed three polls in a row. */
  public readonly feedDeadLetterQueue: Queue;
  /** Scheduler runs that failed after Lambda's own retries. */
  public readonly schedulerFailureQueue: Queue;

  constructor(scope: Construct, id: string, props: PollPipelineProps) {
    super(scope, id);
    const feedsJson = validate(props);
    const batchSize = props.batchSize ?? 1;
    const pollerConcurrency = props.pollerConcurrency ?? 4;

    this.feedDeadLetterQueue = deadLetterQueue(this, 'FeedDeadLetterQueue');
    this.schedulerFailureQueue = deadLetterQueue(this, 'SchedulerFailureQueue');
    this.feedQueue = new Queue(this, 'FeedQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Lambda's advice: six times the function timeout, so a retried batch is not received twice at once.
      visibilityTimeout: Duration.seconds(POLLER_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: { queue: this.feedDeadLetterQueue, maxReceiveCount: 3 },
    });

    this.scheduler = new MonitorFunction(this, 'Scheduler', {
      handler: 'schedule-feeds',
      timeout: Duration.seconds(30),
      onFailure: new SqsDestination(this.schedulerFailureQueue),
      retryAttempts: 2,
      environment: { FEEDS: feedsJson },
    });
    grantSendTo(this.scheduler.function, this.feedQueue, 'FEED_QUEUE_URL');
    grantTableTo(this.scheduler.function, props.articles, ARTICLES_TABLE, 'read');

    this.poller = new MonitorFunction(this, 'Poller', {
      handler: 'poll-feeds',
      timeout: POLLER_TIMEOUT,
      memorySize: 512,
      bundledDirs: ['seeds'],
      ...(props.gazetteerExtension
        ? { bundledFiles: { [BUNDLED_GAZETTEER_EXTENSION]: props.gazetteerExtension } }
        : {}),
      environment: {
        SEEDS_DIR: '/var/task/seeds',
        ...(props.relevanceThreshold === undefined
          ? {}
          : { RELEVANCE_THRESHOLD: String(props.relevanceThreshold) }),
        ...(props.gazetteerExtension
          ? { GAZETTEER_EXTENSION: `/var/task/${BUNDLED_GAZETTEER_EXTENSION}` }
          : {}),
      },
    });
    grantTableTo(this.poller.function, props.articles, ARTICLES_TABLE, 'readWrite');
    grantTableTo(this.poller.function, props.commitments, COMMITMENTS_TABLE, 'readWrite');
    grantTableTo(this.poller.function, props.alerts, ALERTS_TABLE, 'readWrite');
    this.poller.function.addEventSource(
      new SqsEventSource(this.feedQueue, {
        batchSize,
        reportBatchItemFailures: true,
        // Caps the pollers at work at once, without reserving account concurrency.
        maxConcurrency: pollerConcurrency,
      }),
    );

    this.rule = new Rule(this, 'Schedule', {
      description: 'Queues every enabled feed for polling',
      schedule: Schedule.rate(props.scheduleRate ?? Duration.minutes(15)),
      targets: [new LambdaFunction(this.scheduler.function, { retryAttempts: 2 })],
    });
  }
}

function validate(props: PollPipelineProps): string {
  const feeds = FeedListSchema.safeParse(props.feeds);
  if (!feeds.success) throw new Error(`PollPipeline: ${describeIssues(feeds.error, 'feeds')}`);
  if (!feeds.data.some((feed) => feed.enabled)) throw new Error('PollPipeline: no enabled feed to poll');
  const json = JSON.stringify(feeds.data);
  if (json.length > MAX_FEEDS_JSON)
    throw new Error(
      `PollPipeline: the feed list is ${json.length} characters as JSON, over ${MAX_FEEDS_JSON}`,
    );
  const batchSize = props.batchSize ?? 1;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10)
    throw new Error(`PollPipeline: batchSize must be 1 to 10, not ${batchSize}`);
  if ((props.pollerConcurrency ?? 4) < 2)
    throw new Error(
      'PollPipeline: pollerConcurrency must be at least 2, the least an SQS event source allows',
    );
  if (props.relevanceThreshold !== undefined && !Number.isFinite(props.relevanceThreshold))
    throw new Error('PollPipeline: relevanceThreshold must be a number');
  if (props.scheduleRate && props.scheduleRate.toSeconds() < 60)
    throw new Error('PollPipeline: scheduleRate must be at least one minute');
  return json;
}
