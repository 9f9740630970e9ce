import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AlertNotifier } from './constructs/alert-notifier.js';
import { AlertTopic } from './constructs/alert-topic.js';
import { MonitorAlarms } from './constructs/monitor-alarms.js';
import { MonitorTables } from './constructs/monitor-tables.js';
import { PollPipeline } from './constructs/poll-pipeline.js';
import type { MonitorContext } from './monitor-context.js';

export interface CoalitionWatchStackProps extends StackProps {
  /** The validated context: feeds, schedule, subscribers, retention. */
  readonly config: MonitorContext;
}

/** Polls the feeds, keeps what each country says it will contribute, and alerts when that changes. */
export class CoalitionWatchStack extends Stack {
  public readonly tables: MonitorTables;
  public readonly alertTopic: AlertTopic;
  public readonly pipeline: PollPipeline;
  public readonly notifier: AlertNotifier;
  public readonly alarms: MonitorAlarms;

  constructor(scope: Construct, id: string, props: CoalitionWatchStackProps) {
    super(scope, id, {
      description: "Coalition Watch: monitors governments' stated commitments to Ukraine's post-war security",
      ...props,
    });
    const { config } = props;

    this.tables = new MonitorTables(this, 'Tables', { retainData: config.retainData });
    this.alertTopic = new AlertTopic(this, 'Alerts', {
      emails: config.alertEmails,
      phones: config.alertPhones,
    });
    this.pipeline = new PollPipeline(this, 'Polling', {
      feeds: config.feeds,
      scheduleRate: Duration.minutes(config.scheduleRate),
      relevanceThreshold: config.relevanceThreshold,
      gazetteerExtension: config.gazetteerExtension,
      articles: this.tables.articles,
      commitments: this.tables.commitments,
      alerts: this.tables.alerts,
    });
    this.notifier = new AlertNotifier(this, 'Notifying', {
      alerts: this.tables.alerts,
      commitments: this.tables.commitments,
      topic: this.alertTopic.topic,
    });
    this.alarms = new MonitorAlarms(this, 'Alarms', {
      emails: config.opsEmails,
      deadLetterQueues: {
        Feed: this.pipeline.feedDeadLetterQueue,
        SchedulerFailure: this.pipeline.schedulerFailureQueue,
        Notifier: this.notifier.deadLetterQueue,
      },
      functions: {
        Scheduler: this.pipeline.scheduler.function,
        Poller: this.pipeline.poller.function,
        Notifier: this.notifier.notifier.function,
      },
    });

    for (const [name, table] of Object.entries(this.tables.byId)) {
      new CfnOutput(this, `${name}TableName`, { value: table.tableName });
    }
    new CfnOutput(this, 'AlertTopicArn', { value: this.alertTopic.topic.topicArn });
    new CfnOutput(this, 'OpsTopicArn', { value: this.alarms.opsTopic.topicArn });
    new CfnOutput(this, 'FeedQueueUrl', { value: this.pipeline.feedQueue.queueUrl });
  }
}
