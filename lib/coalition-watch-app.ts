import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CoalitionWatchStack } from './coalition-watch-stack.js';
import { readMonitorContext } from './monitor-context.js';

/**
 * Everything `bin/app.ts` does to an app, kept here so the tests synthesize exactly the same thing:
 * read the context once, add the stack, and check it with cdk-nag on every synth.
 */
export function configureApp(app: App): CoalitionWatchStack {
  const config = readMonitorContext(app.node);
  // Environment-agnostic: nothing is looked up, so the stack deploys to whichever account the CLI uses.
  const stack = new CoalitionWatchStack(app, 'CoalitionWatch', { config });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
