import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SnsAlertPublisher, SnsPublishError } from '../../../lambdas/adapters/sns-alert-publisher.js';
import { alertFixture, positionFixture } from '../../support/alert-fixtures.js';

const TOPIC_ARN = 'arn:aws:sns:eu-west-1:123456789012:coalition-watch-alerts';

const alert = alertFixture({ alertId: 'a1b2' });

const maritime = positionFixture();

const snsMock = mockClient(SNSClient);

describe('SnsAlertPublisher', () => {
  beforeEach(() => {
    snsMock.reset();
  });

  it('publishes one JSON-structured message with subject and filterable attributes', async () => {
    // Arrange
    snsMock.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const publisher = new SnsAlertPublisher({ topicArn: TOPIC_ARN, client: new SNSClient({}) });

    // Act
    await publisher.publish(alert, { otherPositions: [maritime] });

    // Assert
    const calls = snsMock.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input).toEqual({
      TopicArn: TOPIC_ARN,
      MessageStructure: 'json',
      Message: expect.any(String),
      Subject: 'Germany: ground troops now reluctant (was willing)',
      MessageAttributes: {
        country: { DataType: 'String', StringValue: 'DE' },
        category: { DataType: 'String', StringValue: 'ground_troops' },
        stance: { DataType: 'String', StringValue: 'reluctant' },
        change: { DataType: 'String', StringValue: 'softer' },
      },
    });
    const message = JSON.parse(input?.Message ?? '');
    expect(Object.keys(message).sort()).toEqual(['default', 'email', 'sms']);
    expect(message.sms).toBe(
      'Coalition Watch: Germany ground troops willing->reluctant. ' +
        '"Berlin is reluctant to talk about German boots on the ground." https://example.com/de-troops',
    );
    expect(message.email).toContain('  - maritime: willing (since 1 September 2025)');
    expect(message.default).toContain('from willing to reluctant');
  });

  it('surfaces a failure that outlasted the SDK retries as a one-line SnsPublishError', async () => {
    // Arrange
    const throttled = Object.assign(new Error('Rate exceeded\nslow down'), {
      name: 'Throttling',
      $metadata: { attempts: 5 },
    });
    snsMock.on(PublishCommand).rejects(throttled);
    const publisher = new SnsAlertPublisher({ topicArn: TOPIC_ARN, client: new SNSClient({}) });

    // Act
    const failure = await publisher.publish(alert, { otherPositions: [] }).catch((error: unknown) => error);

    // Assert
    expect(failure).toBeInstanceOf(SnsPublishError);
    const error = failure as SnsPublishError;
    expect(error.name).toBe('SnsPublishError');
    expect(error.message).toBe(
      `could not publish alert a1b2 (DE ground_troops) to ${TOPIC_ARN} after 5 attempts: ` +
        'Throttling: Rate exceeded slow down',
    );
    expect(error.cause).toBe(throttled);
  });

  it('refuses a topic that is not an ARN', () => {
    expect(() => new SnsAlertPublisher({ topicArn: 'alerts' })).toThrow(SnsPublishError);
  });
});

/**
 * The SDK's own retry, exercised for real: aws-sdk-client-mock replaces `send` and so skips the retry
 * middleware, hence a client whose HTTP handler answers from a script instead of the network.
 */
describe('SnsAlertPublisher with the SDK retrying', () => {
  beforeAll(() => {
    snsMock.restore();
  });

  const xml = (statusCode: number, body: string) => ({
    response: { statusCode, headers: { 'content-type': 'text/xml' }, body: new TextEncoder().encode(body) },
  });
  const internalError = () =>
    xml(
      500,
      '<ErrorResponse><Error><Type>Receiver</Type><Code>InternalError</Code><Message>try again</Message>' +
        '</Error><RequestId>r-1</RequestId></ErrorResponse>',
    );
  const published = () =>
    xml(
      200,
      '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult>' +
        '<MessageId>m-2</MessageId></PublishResult><ResponseMetadata><RequestId>r-2</RequestId>' +
        '</ResponseMetadata></PublishResponse>',
    );

  function scriptedClient(answers: Array<() => ReturnType<typeof xml>>, maxAttempts: number) {
    const requests: string[] = [];
    const client = new SNSClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts,
      requestHandler: {
        handle: async (request: { body?: unknown }) => {
          requests.push(String(request.body));
          const answer = answers[Math.min(requests.length, answers.length) - 1];
          if (!answer) throw new Error('no scripted answer');
          return answer();
        },
      },
    });
    return { client, requests };
  }

  it('publishes once when a transient failure is followed by success', async () => {
    // Arrange
    const { client, requests } = scriptedClient([internalError, published], 5);
    const publisher = new SnsAlertPublisher({ topicArn: TOPIC_ARN, client });

    // Act
    await publisher.publish(alert, { otherPositions: [] });

    // Assert
    expect(requests).toHaveLength(2);
    expect(requests[1]).toContain('Action=Publish');
    expect(requests[1]).toContain('MessageStructure=json');
  });

  it('gives up after maxAttempts and says so', async () => {
    // Arrange
    const { client, requests } = scriptedClient([internalError], 2);
    const publisher = new SnsAlertPublisher({ topicArn: TOPIC_ARN, client });

    // Act
    const failure = await publisher.publish(alert, { otherPositions: [] }).catch((error: unknown) => error);

    // Assert
    expect(requests).toHaveLength(2);
    expect(failure).toBeInstanceOf(SnsPublishError);
    expect((failure as Error).message).toMatch(/after 2 attempts: InternalError\w*: try again$/);
  });
});
