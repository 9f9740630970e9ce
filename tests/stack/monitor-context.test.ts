import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import defaultFeeds from '../../lambdas/config/feeds.json' with { type: 'json' };
import { CONTEXT_KEYS, ContextError, readMonitorContext } from '../../lib/monitor-context.js';
import { testApp } from './stack-fixture.js';

const read = (context: Record<string, unknown>) => readMonitorContext(testApp(context).node);

describe('readMonitorContext', () => {
  it('defaults to a 15 minute schedule, no subscribers, the configured feeds and retained data', () => {
    const config = read({});

    expect(config.scheduleRate).toBe(15);
    expect(config.alertEmails).toEqual([]);
    expect(config.alertPhones).toEqual([]);
    expect(config.opsEmails).toEqual([]);
    expect(config.retainData).toBe(true);
    expect(config.feeds.map((feed) => feed.name)).toEqual(defaultFeeds.map((feed) => feed.name));
  });

  it('parses the strings `-c key=value` gives: JSON, plain lists, numbers and booleans', () => {
    const config = read({
      scheduleRate: '30',
      retainData: 'false',
      alertEmails: '["a@example.com", {"address": "b@example.com", "countries": ["gb", "FR"]}]',
      alertPhones: '+447700900123, +33612345678',
      feeds: '[{"name": "one", "url": "https://example.com/rss"}]',
    });

    expect(config.scheduleRate).toBe(30);
    expect(config.retainData).toBe(false);
    expect(config.alertEmails).toEqual([
      { address: 'a@example.com' },
      { address: 'b@example.com', countries: ['GB', 'FR'] },
    ]);
    expect(config.alertPhones).toEqual([{ number: '+447700900123' }, { number: '+33612345678' }]);
    expect(config.feeds).toEqual([{ name: 'one', url: 'https://example.com/rss', enabled: true }]);
  });

  it.each([
    [
      { alertPhones: [{ number: '07700 900123' }] },
      /alertPhones\[0\]\.number: must be an E\.164 phone number/,
    ],
    [{ alertPhones: ['+44'] }, /alertPhones\[0\]\.number: must be an E\.164/],
    [
      { alertEmails: ['not-an-email'] },
      /alertEmails\[0\]\.address: must be an email address \(got "not-an-email"\)/,
    ],
    [
      { alertEmails: [{ address: 'a@example.com', countries: ['Britain'] }] },
      /alertEmails\[0\]\.countries\[0\]/,
    ],
    [{ alertEmails: ['a@example.com', 'A@example.com'] }, /alertEmails\[1\]: duplicate email address/],
    [{ alertEmails: '[{"address": ' }, /alertEmails: is not valid JSON/],
    [{ feeds: [{ name: 'x', url: 'ftp://example.com/feed' }] }, /feeds\[0\]\.url: must be an http\(s\) URL/],
    [{ feeds: [{ name: '', url: 'https://example.com/feed' }] }, /feeds\[0\]\.name: a feed needs a name/],
    [
      {
        feeds: [
          { name: 'x', url: 'https://a.example/' },
          { name: 'x', url: 'https://b.example/' },
        ],
      },
      /feeds\[1\]\.name: duplicate feed name "x"/,
    ],
    [{ scheduleRate: 'often' }, /scheduleRate: must be a whole number of minutes/],
    [{ scheduleRate: 0 }, /scheduleRate: must be a whole number of minutes/],
    [{ retainData: 'maybe' }, /retainData: must be true or false/],
  ])('rejects %j naming the key at fault', (context, message) => {
    expect(() => read(context)).toThrow(ContextError);
    expect(() => read(context)).toThrow(message);
  });

  it('is left out of cdk.json, whose context the CLI would put above cdk.context.json', () => {
    const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'));

    expect(cdkJson.app).toBe('npx tsx bin/app.ts');
    for (const key of CONTEXT_KEYS) expect(cdkJson.context).not.toHaveProperty(key);
  });
});
