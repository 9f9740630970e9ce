import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { describeIssues, type EmailRecipient, EmailRecipientListSchema } from '../recipients.js';

export interface MonitorAlarmsProps {
  /**
   * Dead-letter queues by a readable name; one message in any of them is a failure to look at.
   * @default none
   */
  readonly deadLetterQueues?: Readonly<Record<string, IQueue>>;
  /** Functions by a readable name; one failed invocation is worth a look. @default none */
  readonly functions?: Readonly<Record<string, IFunction>>;
  /** Who is told when an alarm fires; `countries` does not apply to alarms. @default none */
  readonly emails?: readonly (EmailRecipient | string)[];
  /** How often each alarm looks. @default Duration.minutes(5) */
  readonly period?: Duration;
}

/**
 * Alarms go to an operators' topic of their own, not the alert topic: alert subscribers are readers who
 * chose countries, and an alarm (which has no `country`) would either be dropped by their filters or
 * reach readers who can do nothing about it.
 */
export class MonitorAlarms extends Construct {
  public readonly opsTopic: Topic;
  public readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitorAlarmsProps = {}) {
    super(scope, id);
    const emails = EmailRecipientListSchema.safeParse(props.emails ?? []);
    if (!emails.success) throw new Error(`MonitorAlarms: ${describeIssues(emails.error, 'emails')}`);
    const period = props.period ?? Duration.minutes(5);

    this.opsTopic = new Topic(this, 'OpsTopic', {
      displayName: 'Coalition Watch operations',
      enforceSSL: true,
    });
    Validations.of(this.opsTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'CloudWatch cannot publish to a topic under the AWS managed SNS key, and alarm notices hold only ' +
        'alarm names and states, nothing a customer managed key would be worth protecting.',
    });
    for (const recipient of emails.data)
      this.opsTopic.addSubscription(new EmailSubscription(recipient.address));

    const action = new SnsAction(this.opsTopic);
    const alarm = (alarmId: string, description: string, metric: Alarm['metric']) => {
      const created = new Alarm(this, alarmId, {
        alarmDescription: description,
        metric,
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        // No data means no messages and no invocations: nothing went wrong.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      this.alarms.push(created);
    };
    for (const [name, queue] of Object.entries(props.deadLetterQueues ?? {})) {
      alarm(
        `${name}Messages`,
        `Messages in the ${name} dead-letter queue`,
        queue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      );
    }
    for (const [name, fn] of Object.entries(props.functions ?? {})) {
      alarm(
        `${name}Errors`,
        `Failed invocations of the ${name} function`,
        fn.metricErrors({ period, statistic: 'Sum' }),
      );
    }
  }
}
