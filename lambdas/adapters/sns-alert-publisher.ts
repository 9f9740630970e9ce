import { type MessageAttributeValue, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { AlertPublisher, Position } from '../core/ports.js';
import type { Alert } from '../core/state/alert.js';
import { buildAlertMessage } from '../core/state/alert-message.js';

export interface SnsAlertPublisherOptions {
  readonly topicArn: string;
  /** @default a new SNSClient with `maxAttempts` */
  readonly client?: SNSClient;
  /** Attempts the SDK makes (with its own backoff) before giving up; ignored with an injected client. @default 5 */
  readonly maxAttempts?: number;
}

/** A publish that failed for good (after the SDK's retries): the alert stays pending in the outbox. */
export class SnsPublishError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SnsPublishError';
  }
}

/**
 * One SNS message per alert, with a body per protocol (email, sms, default) and attributes a
 * subscription can filter on. Standard topics don't deduplicate: at-most-once is the outbox's claim.
 */
export class SnsAlertPublisher implements AlertPublisher {
  private readonly topicArn: string;
  private readonly client: SNSClient;

  constructor(options: SnsAlertPublisherOptions) {
    if (!options.topicArn.startsWith('arn:')) {
      throw new SnsPublishError(`topicArn must be an SNS topic ARN, not "${options.topicArn}"`);
    }
    this.topicArn = options.topicArn;
    this.client = options.client ?? new SNSClient({ maxAttempts: options.maxAttempts ?? 5 });
  }

  async publish(alert: Alert, context: { otherPositions: Position[] }): Promise<void> {
    const message = buildAlertMessage(alert, context.otherPositions);
    const command = new PublishCommand({
      TopicArn: this.topicArn,
      MessageStructure: 'json',
      Message: JSON.stringify({ default: message.default, email: message.email, sms: message.sms }),
      Subject: message.subject,
      MessageAttributes: {
        country: stringAttribute(message.attributes.country),
        category: stringAttribute(message.attributes.category),
        stance: stringAttribute(message.attributes.stance),
        change: stringAttribute(message.attributes.change),
      },
    });
    try {
      await this.client.send(command);
    } catch (error) {
      throw new SnsPublishError(
        `could not publish alert ${alert.alertId} (${alert.country} ${alert.category}) to ${this.topicArn}` +
          `${attemptsOf(error)}: ${describe(error)}`,
        { cause: error },
      );
    }
  }
}

const stringAttribute = (value: string): MessageAttributeValue => ({
  DataType: 'String',
  StringValue: value,
});

function attemptsOf(error: unknown): string {
  const attempts = (error as { $metadata?: { attempts?: number } } | null)?.$metadata?.attempts;
  return attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').trim();
}
