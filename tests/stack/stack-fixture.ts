import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, type CfnElement, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { afterAll } from 'vitest';
import { CoalitionWatchStack } from '../../lib/coalition-watch-stack.js';
import { readMonitorContext } from '../../lib/monitor-context.js';

/** The feature flags of `cdk.json`, so a test synthesizes what `cdk synth` does. */
const CDK_JSON_CONTEXT: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'),
).context;

/** An app that skips bundling: the templates don't depend on it and esbuild would take seconds a test. */
export function testApp(context: Record<string, unknown> = {}): App {
  return new App({
    outdir: mkdtempSync(path.join(outdirs, 'app-')),
    context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [], ...context },
  });
}

// Each App writes a cloud assembly; left to itself it makes a new temporary directory per app and never
// removes it. The apps of a test file write under one directory, removed when the file is done.
const outdirs = mkdtempSync(path.join(tmpdir(), 'coalition-watch-stack-test-'));
afterAll(() => rmSync(outdirs, { recursive: true, force: true }));

export interface SynthesizedStack {
  stack: CoalitionWatchStack;
  template: Template;
}

const synthesized = new Map<string, SynthesizedStack>();

/** The stack for a context, synthesized once per context: the tests only read it. */
export function synthStack(context: Record<string, unknown> = {}): SynthesizedStack {
  const key = JSON.stringify(context);
  let result = synthesized.get(key);
  if (!result) {
    const app = testApp(context);
    const stack = new CoalitionWatchStack(app, 'Test', { config: readMonitorContext(app.node) });
    result = { stack, template: Template.fromStack(stack) };
    synthesized.set(key, result);
  }
  return result;
}

export function logicalId(construct: IConstruct): string {
  const stack = construct.node.scopes.find((scope): scope is Stack => 'templateOptions' in scope);
  if (!stack) throw new Error(`${construct.node.path} is not in a stack`);
  return stack.resolve(stack.getLogicalId(construct.node.defaultChild as CfnElement));
}

/** Every IAM action granted to a construct's role, e.g. a function's. */
export function actionsOf(template: Template, roleLogicalId: string): string[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(`"${roleLogicalId}"`))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
    .flatMap((statement: { Action: string | string[] }) => [statement.Action].flat());
}

export function environmentOf(template: Template, functionLogicalId: string): Record<string, unknown> {
  const fn = template.toJSON().Resources[functionLogicalId];
  return fn.Properties.Environment?.Variables ?? {};
}
