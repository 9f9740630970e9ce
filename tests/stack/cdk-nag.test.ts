import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CfnQueue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { configureApp } from '../../lib/coalition-watch-app.js';
import { testApp } from './stack-fixture.js';

/** Every kind of resource the stack can make, subscriptions included. */
const FULL_CONTEXT = {
  alertEmails: ['all@example.com', { address: 'fr@example.com', countries: ['FR'] }],
  alertPhones: [{ number: '+447700900123', countries: ['GB'] }],
  opsEmails: ['ops@example.com'],
};

describe('cdk-nag AwsSolutions checks', () => {
  it('find nothing unacknowledged, error or warning, in the app bin/app.ts builds', () => {
    const app = testApp(FULL_CONTEXT);
    configureApp(app);

    const assembly = app.synth();

    const report = JSON.parse(readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'));
    const violations = report.pluginReports.flatMap(
      (plugin: { violations?: unknown[] }) => plugin.violations ?? [],
    );
    expect(violations).toEqual([]);
  });

  it('fail the synth on a finding nobody acknowledged, so the test above means something', () => {
    const app = testApp();
    const stack = configureApp(app);
    new CfnQueue(stack, 'UnencryptedQueue');

    const error = captureError(() => app.synth());

    expect(error).toContain('AwsSolutions-SQS3');
    expect(error).toContain('CoalitionWatch/UnencryptedQueue');
  });
});

function captureError(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    return String(error);
  }
  throw new Error('expected the synth to fail');
}
