import { App } from 'aws-cdk-lib';
import { configureApp } from '../lib/coalition-watch-app.js';
import { ContextError } from '../lib/monitor-context.js';

try {
  configureApp(new App());
} catch (error) {
  // A bad `-c` value is the user's to fix: say which, without a stack trace to read through.
  if (!(error instanceof ContextError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
