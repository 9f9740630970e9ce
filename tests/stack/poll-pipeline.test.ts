import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import defaultFeeds from '../../lambdas/config/feeds.json' with { type: 'json' };
import { environmentOf, logicalId, synthStack } from './stack-fixture.js';

describe('PollPipeline', () => {
  it('runs the scheduler every 15 minutes by default', () => {
    const { stack, template } = synthStack();

    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      Targets: [
        Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(stack.pipeline.scheduler.function), 'Arn'] } }),
      ],
    });
  });

  it('runs the scheduler at the scheduleRate of the context', () => {
    const { template } = synthStack({ scheduleRate: 5 });

    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(5 minutes)' });
  });

  it('queues feeds on an encrypted queue that dead-letters a feed after three receives', () => {
    const { stack, template } = synthStack();
    const { feedQueue, feedDeadLetterQueue } = stack.pipeline;

    const queues = template.toJSON().Resources;
    expect(queues[logicalId(feedQueue)].Properties).toEqual({
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 6 * 120,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(feedDeadLetterQueue), 'Arn'] },
        maxReceiveCount: 3,
      },
    });
    expect(queues[logicalId(feedDeadLetterQueue)].Properties).toMatchObject({ SqsManagedSseEnabled: true });
    template.resourcePropertiesCountIs(
      'AWS::SQS::QueuePolicy',
      {
        PolicyDocument: {
          Statement: [
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ],
        },
      },
      4,
    );
  });

  it('feeds the poller from the queue a few at a time, with partial batch responses', () => {
    const { stack, template } = synthStack();

    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.pipeline.feedQueue), 'Arn'] },
      FunctionName: { Ref: logicalId(stack.pipeline.poller.function) },
      BatchSize: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 4 },
    });
  });

  it('sends the scheduler runs that still fail after two retries to their own queue', () => {
    const { stack, template } = synthStack();

    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(stack.pipeline.scheduler.function) },
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: {
          Destination: { 'Fn::GetAtt': [logicalId(stack.pipeline.schedulerFailureQueue), 'Arn'] },
        },
      },
    });
  });

  it('gives the scheduler the feed list, disabled feeds kept, and the poller the seeds directory', () => {
    const { stack, template } = synthStack({
      feeds: [
        { name: 'on', url: 'https://example.com/on.xml' },
        { name: 'off', url: 'https://example.com/off.xml', enabled: false },
      ],
    });

    expect(
      JSON.parse(environmentOf(template, logicalId(stack.pipeline.scheduler.function)).FEEDS as string),
    ).toEqual([
      { name: 'on', url: 'https://example.com/on.xml', enabled: true },
      { name: 'off', url: 'https://example.com/off.xml', enabled: false },
    ]);
    expect(environmentOf(template, logicalId(stack.pipeline.poller.function)).SEEDS_DIR).toBe(
      '/var/task/seeds',
    );
  });

  it('uses lambdas/config/feeds.json when the context names no feeds', () => {
    const { stack, template } = synthStack();

    const feeds = JSON.parse(
      environmentOf(template, logicalId(stack.pipeline.scheduler.function)).FEEDS as string,
    );
    expect(feeds).toEqual(defaultFeeds.map((feed) => ({ ...feed, enabled: true })));
  });
});
