import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { logicalId, synthStack } from './stack-fixture.js';

describe('AlertTopic', () => {
  it('encrypts the alert topic with the AWS managed SNS key and refuses plain HTTP', () => {
    const { stack, template } = synthStack();
    const topic = logicalId(stack.alertTopic.topic);

    const properties = template.toJSON().Resources[topic].Properties;
    expect(JSON.stringify(properties.KmsMasterKeyId)).toContain(':alias/aws/sns');
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topic }],
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ],
      },
    });
  });

  it('subscribes the emails and phones of the context, filtered by country where they chose some', () => {
    const { stack, template } = synthStack({
      alertEmails: ['all@example.com', { address: 'fr@example.com', countries: ['FR', 'DE'] }],
      alertPhones: [{ number: '+447700900123', countries: ['gb'] }, '+33612345678'],
    });
    const topic = { Ref: logicalId(stack.alertTopic.topic) };

    template.resourceCountIs('AWS::SNS::Subscription', 4);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: topic,
      Protocol: 'email',
      Endpoint: 'all@example.com',
      FilterPolicy: Match.absent(),
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: topic,
      Protocol: 'email',
      Endpoint: 'fr@example.com',
      FilterPolicy: { country: ['FR', 'DE'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: topic,
      Protocol: 'sms',
      Endpoint: '+447700900123',
      FilterPolicy: { country: ['GB'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: topic,
      Protocol: 'sms',
      Endpoint: '+33612345678',
      FilterPolicy: Match.absent(),
    });
  });

  it('subscribes nobody when the context names nobody', () => {
    const { template } = synthStack();

    template.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});

describe('AlertNotifier', () => {
  it('reads the Alerts stream in bisected batches of ten, sending what keeps failing to a queue', () => {
    const { stack, template } = synthStack();

    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.tables.alerts), 'StreamArn'] },
      FunctionName: { Ref: logicalId(stack.notifier.notifier.function) },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 10,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(stack.notifier.deadLetterQueue), 'Arn'] } },
      },
    });
  });

  it('lets through only inserted or modified alerts that are still pending', () => {
    const { template } = synthStack();

    const [mapping] = Object.values(
      template.findResources('AWS::Lambda::EventSourceMapping', {
        Properties: { StartingPosition: 'TRIM_HORIZON' },
      }),
    );
    const patterns = mapping?.Properties.FilterCriteria.Filters.map((f: { Pattern: string }) =>
      JSON.parse(f.Pattern),
    );
    expect(patterns).toEqual([
      { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { status: { S: ['pending'] } } } },
    ]);
  });

  it('sweeps the outbox on a schedule, for alerts whose notifier died mid-publish', () => {
    const { stack, template } = synthStack();

    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalId(stack.notifier.notifier.function), 'Arn'] },
          Input: JSON.stringify({ sweep: true }),
        }),
      ],
    });
  });
});
