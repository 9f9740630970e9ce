import { Alias, type IAlias } from 'aws-cdk-lib/aws-kms';
import { SubscriptionFilter, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, SmsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import {
  describeIssues,
  type EmailRecipient,
  EmailRecipientListSchema,
  type PhoneRecipient,
  PhoneRecipientListSchema,
} from '../recipients.js';

export interface AlertTopicProps {
  /** Email subscribers; each must confirm the subscription from the email SNS sends. @default none */
  readonly emails?: readonly (EmailRecipient | string)[];
  /** SMS subscribers (E.164); the account must be out of the SNS SMS sandbox to reach them. @default none */
  readonly phones?: readonly (PhoneRecipient | string)[];
  /** @default 'Coalition Watch alerts' */
  readonly displayName?: string;
}

/**
 * The topic alerts are published to, encrypted with the AWS managed SNS key and reachable only over
 * TLS. A subscriber with `countries` gets only alerts whose `country` message attribute is one of them.
 */
export class AlertTopic extends Construct {
  public readonly topic: Topic;
  public readonly masterKey: IAlias;

  constructor(scope: Construct, id: string, props: AlertTopicProps = {}) {
    super(scope, id);
    const emails = EmailRecipientListSchema.safeParse(props.emails ?? []);
    if (!emails.success) throw new Error(`AlertTopic: ${describeIssues(emails.error, 'emails')}`);
    const phones = PhoneRecipientListSchema.safeParse(props.phones ?? []);
    if (!phones.success) throw new Error(`AlertTopic: ${describeIssues(phones.error, 'phones')}`);

    this.masterKey = Alias.fromAliasName(this, 'AwsManagedKey', 'alias/aws/sns');
    this.topic = new Topic(this, 'Topic', {
      displayName: props.displayName ?? 'Coalition Watch alerts',
      enforceSSL: true,
      masterKey: this.masterKey,
    });
    for (const recipient of emails.data) {
      this.topic.addSubscription(
        new EmailSubscription(recipient.address, { filterPolicy: countryFilter(recipient.countries) }),
      );
    }
    for (const recipient of phones.data) {
      this.topic.addSubscription(
        new SmsSubscription(recipient.number, { filterPolicy: countryFilter(recipient.countries) }),
      );
    }
  }
}

const countryFilter = (countries: readonly string[] | undefined) =>
  countries ? { country: SubscriptionFilter.stringFilter({ allowlist: [...countries] }) } : undefined;
