import { Stack } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { AlertNotifier } from '../../lib/constructs/alert-notifier.js';
import { AlertTopic } from '../../lib/constructs/alert-topic.js';
import { MonitorAlarms } from '../../lib/constructs/monitor-alarms.js';
import { MonitorTables } from '../../lib/constructs/monitor-tables.js';
import { PollPipeline } from '../../lib/constructs/poll-pipeline.js';
import { testApp } from './stack-fixture.js';

const newStack = () => new Stack(testApp(), 'Props');
const feeds = [{ name: 'one', url: 'https://example.com/feed.xml' }];

describe('construct props are validated when the construct is made', () => {
  it('AlertTopic rejects a phone number that is not E.164 and an address that is not email', () => {
    expect(() => new AlertTopic(newStack(), 'Topic', { phones: ['07700 900123'] })).toThrow(
      /AlertTopic: phones\[0\]\.number: must be an E\.164 phone number/,
    );
    expect(() => new AlertTopic(newStack(), 'Topic', { emails: [{ address: 'nobody' }] })).toThrow(
      /AlertTopic: emails\[0\]\.address: must be an email address/,
    );
  });

  it('MonitorAlarms rejects an operator address that is not email', () => {
    expect(() => new MonitorAlarms(newStack(), 'Alarms', { emails: ['ops'] })).toThrow(
      /MonitorAlarms: emails\[0\]\.address/,
    );
  });

  it('PollPipeline rejects a bad feed list, a list with nothing to poll, and a bad batch size', () => {
    const make = (props: Partial<ConstructorParameters<typeof PollPipeline>[2]>) => {
      const stack = newStack();
      const tables = new MonitorTables(stack, 'Tables');
      const { articles, commitments, alerts } = tables;
      return new PollPipeline(stack, 'Polling', { feeds, articles, commitments, alerts, ...props });
    };

    expect(() => make({ feeds: [{ name: 'x', url: 'file:///etc/passwd' }] })).toThrow(
      /PollPipeline: feeds\[0\]\.url: must be an http\(s\) URL/,
    );
    expect(() =>
      make({ feeds: [{ name: 'one', url: 'https://example.com/feed.xml', enabled: false }] }),
    ).toThrow(/no enabled feed/);
    expect(() => make({ batchSize: 0 })).toThrow(/batchSize must be 1 to 10/);
    expect(() => make({})).not.toThrow();
  });

  it('AlertNotifier rejects an alerts table without a stream', () => {
    const stack = newStack();
    const tables = new MonitorTables(stack, 'Tables');
    const topic = new AlertTopic(stack, 'Topic');

    expect(
      () =>
        new AlertNotifier(stack, 'Notifier', {
          alerts: tables.articles,
          commitments: tables.commitments,
          topic: topic.topic,
        }),
    ).toThrow(/the alerts table has no stream/);
  });
});
