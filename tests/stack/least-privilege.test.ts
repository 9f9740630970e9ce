import { Match } from 'aws-cdk-lib/assertions';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { describe, expect, it } from 'vitest';
import { actionsOf, environmentOf, logicalId, synthStack } from './stack-fixture.js';

const { stack, template } = synthStack();
const functions = {
  scheduler: stack.pipeline.scheduler.function,
  poller: stack.pipeline.poller.function,
  notifier: stack.notifier.notifier.function,
};
const resourceVariables = (fn: NodejsFunction) =>
  Object.keys(environmentOf(template, logicalId(fn)))
    .filter(
      (name) =>
        !['NODE_OPTIONS', 'SEEDS_DIR', 'FEEDS', 'RELEVANCE_THRESHOLD', 'GAZETTEER_EXTENSION'].includes(name),
    )
    .sort();
const actions = (fn: NodejsFunction) => actionsOf(template, logicalId(fn.role ?? fn));

describe('least privilege: each function is told about exactly what it may use', () => {
  it('runs every function on Node.js 22, ARM, traced, with its own log group kept a month', () => {
    for (const [name, fn] of Object.entries(functions)) {
      const resource = template.toJSON().Resources[logicalId(fn)];
      expect(resource.Properties, name).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
      });
      // Reserving concurrency would fail to deploy on accounts with the new-account limit of 10.
      expect(resource.Properties.ReservedConcurrentExecutions, name).toBeUndefined();
    }
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('sizes the functions for their work', () => {
    const properties = (fn: NodejsFunction) => template.toJSON().Resources[logicalId(fn)].Properties;

    expect(properties(functions.scheduler)).toMatchObject({ Timeout: 30 });
    expect(properties(functions.poller)).toMatchObject({ Timeout: 120, MemorySize: 512 });
    expect(properties(functions.notifier)).toMatchObject({ Timeout: 60 });
  });

  it('lets the scheduler send to the feed queue and read articles (feed backoff) only', () => {
    expect(resourceVariables(functions.scheduler)).toEqual(['ARTICLES_TABLE_NAME', 'FEED_QUEUE_URL']);
    expect(actions(functions.scheduler)).toContain('sqs:SendMessage');
    expect(actions(functions.scheduler)).toContain('dynamodb:Query');
    expect(actions(functions.scheduler)).not.toContain('dynamodb:PutItem');
    expect(actions(functions.scheduler)).not.toContain('sns:Publish');
  });

  it('lets the poller read and write the three tables, and publish nothing', () => {
    expect(resourceVariables(functions.poller)).toEqual([
      'ALERTS_TABLE_NAME',
      'ARTICLES_TABLE_NAME',
      'COMMITMENTS_TABLE_NAME',
    ]);
    expect(actions(functions.poller)).toContain('dynamodb:PutItem');
    expect(actions(functions.poller)).not.toContain('sns:Publish');
    expect(actions(functions.poller)).not.toContain('sqs:SendMessage');
  });

  it('lets the notifier publish, read commitments and update alerts, but not see articles', () => {
    expect(resourceVariables(functions.notifier)).toEqual([
      'ALERTS_TABLE_NAME',
      'ALERT_TOPIC_ARN',
      'COMMITMENTS_TABLE_NAME',
    ]);
    expect(actions(functions.notifier)).toContain('sns:Publish');
    expect(actions(functions.notifier)).toContain('dynamodb:UpdateItem');
    expect(JSON.stringify(actions(functions.notifier))).not.toContain(logicalId(stack.tables.articles));
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: logicalId(functions.notifier.role ?? functions.notifier) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: Match.arrayWith(['dynamodb:UpdateItem']),
            Resource: Match.arrayWith([{ 'Fn::GetAtt': [logicalId(stack.tables.alerts), 'Arn'] }]),
          }),
        ]),
      },
    });
  });

  it('names each table in the environment by the name of the table it granted', () => {
    const env = environmentOf(template, logicalId(functions.poller));

    expect(env.ARTICLES_TABLE_NAME).toEqual({ Ref: logicalId(stack.tables.articles) });
    expect(env.COMMITMENTS_TABLE_NAME).toEqual({ Ref: logicalId(stack.tables.commitments) });
    expect(env.ALERTS_TABLE_NAME).toEqual({ Ref: logicalId(stack.tables.alerts) });
  });
});
