import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ALERTS_TABLE, COMMITMENTS_TABLE } from '../../lambdas/adapters/table-definitions.js';
import { deadLetterQueue } from './dead-letter-queue.js';
import { grantPublishTo, grantTableTo } from './grants.js';
import { MonitorFunction } from './monitor-function.js';

export interface AlertNotifierProps {
  /** The alert outbox; it must stream new images. */
  readonly alerts: ITable;
  /** Read for the country's other positions, quoted in each alert. */
  readonly commitments: ITable;
  readonly topic: ITopic;
  /** @default 10 */
  readonly batchSize?: number;
  /**
   * Retries of a failing batch (halved each time) before its position goes to the dead-letter queue.
   * @default 3
   */
  readonly retryAttempts?: number;
  /**
   * How often the notifier also sweeps the outbox for alerts still owed: one whose notifier died
   * mid-publish is not streamed again, and goes out on the first sweep after its claim runs out.
   * @default Duration.minutes(15)
   */
  readonly sweepRate?: Duration;
}

/**
 * Publishes each alert the poller records: the Alerts table streams new images to the notifier, which
 * sees only entries still `pending`, and a batch that keeps failing is bisected down to the bad record.
 */
export class AlertNotifier extends Construct {
  public readonly notifier: MonitorFunction;
  /** Where the stream positions of records that failed every retry are sent. */
  public readonly deadLetterQueue: Queue;
  /** The schedule that drains the outbox of alerts the stream could not deliver. */
  public readonly sweep: Rule;

  constructor(scope: Construct, id: string, props: AlertNotifierProps) {
    super(scope, id);
    const batchSize = props.batchSize ?? 10;
    const retryAttempts = props.retryAttempts ?? 3;
    if (!props.alerts.tableStreamArn) throw new Error('AlertNotifier: the alerts table has no stream');
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000)
      throw new Error(`AlertNotifier: batchSize must be 1 to 1000, not ${batchSize}`);
    if (!Number.isInteger(retryAttempts) || retryAttempts < 0 || retryAttempts > 10000)
      throw new Error(`AlertNotifier: retryAttempts must be 0 to 10000, not ${retryAttempts}`);

    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue');

    this.notifier = new MonitorFunction(this, 'Notifier', {
      handler: 'notify-alerts',
      timeout: Duration.minutes(1),
    });
    const fn = this.notifier.function;
    grantTableTo(fn, props.commitments, COMMITMENTS_TABLE, 'read');
    grantTableTo(fn, props.alerts, ALERTS_TABLE, 'readWrite');
    grantPublishTo(fn, props.topic, 'ALERT_TOPIC_ARN');
    this.sweep = new Rule(this, 'Sweep', {
      description: 'Sends alerts still owed after a notifier died mid-publish',
      schedule: Schedule.rate(props.sweepRate ?? Duration.minutes(15)),
      targets: [
        new LambdaFunction(fn, { event: RuleTargetInput.fromObject({ sweep: true }), retryAttempts: 2 }),
      ],
    });
    fn.addEventSource(
      new DynamoEventSource(props.alerts, {
        // From the oldest record kept, so a mapping created after the first alerts still sends them.
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize,
        bisectBatchOnError: true,
        retryAttempts,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
        // Publishing rewrites the entry as `published`; only entries still owed are worth an invocation.
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.or('INSERT', 'MODIFY'),
            dynamodb: { NewImage: { status: { S: FilterRule.isEqual('pending') } } },
          }),
        ],
      }),
    );
  }
}
