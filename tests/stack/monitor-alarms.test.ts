import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { logicalId, synthStack } from './stack-fixture.js';

describe('MonitorAlarms', () => {
  it('alarms on the first message in each dead-letter queue', () => {
    const { stack, template } = synthStack();
    const queues = [
      stack.pipeline.feedDeadLetterQueue,
      stack.pipeline.schedulerFailureQueue,
      stack.notifier.deadLetterQueue,
    ];

    for (const queue of queues) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(queue), 'QueueName'] } }],
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
        TreatMissingData: 'notBreaching',
      });
    }
  });

  it('alarms on any failed invocation of each function', () => {
    const { stack, template } = synthStack();
    const functions = [stack.pipeline.scheduler, stack.pipeline.poller, stack.notifier.notifier];

    for (const { function: fn } of functions) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(fn) } }],
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
      });
    }
  });

  it('tells the operators topic, not the readers of the alert topic', () => {
    const { stack, template } = synthStack({ opsEmails: ['ops@example.com'] });
    const opsTopic = { Ref: logicalId(stack.alarms.opsTopic) };

    expect(stack.alarms.alarms).toHaveLength(6);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: [opsTopic] });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: opsTopic,
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
    template.hasResourceProperties('AWS::SNS::Topic', { DisplayName: 'Coalition Watch operations' });
    template.resourcePropertiesCountIs('AWS::SNS::Subscription', { TopicArn: Match.not(opsTopic) }, 0);
  });
});
