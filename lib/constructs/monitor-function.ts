import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Architecture, type IDestination, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { nagPseudoParameters } from './nag-names.js';

/** The repository root: bundling runs from here, and handler entries and copied directories live under it. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface MonitorFunctionProps {
  /** The handler's file name under `lambdas/handlers/`, without `.ts`, e.g. `poll-feeds`. */
  readonly handler: string;
  /** @default Duration.seconds(30) */
  readonly timeout?: Duration;
  /** @default 256 */
  readonly memorySize?: number;
  /**
   * Reserved concurrency. Off by default: an account with the new-account limit of 10 concurrent
   * executions cannot reserve any, and the poller is already capped by its queue's maxConcurrency.
   * @default none reserved
   */
  readonly reservedConcurrency?: number;
  /** Repository directories copied into the bundle under the same name, e.g. `seeds`. @default none */
  readonly bundledDirs?: readonly string[];
  /** Files copied into the bundle: the name in the bundle to the absolute path of the file. @default none */
  readonly bundledFiles?: Readonly<Record<string, string>>;
  /** @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** Where failed asynchronous invocations go. @default none */
  readonly onFailure?: IDestination;
  /** Retries of a failed asynchronous invocation. @default 2 */
  readonly retryAttempts?: number;
  /** Configuration that names no AWS resource (grants set those). @default none */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * A handler from `lambdas/handlers/` bundled with the local esbuild as one ESM file for Node 22 on
 * ARM, traced, with its own log group kept one month.
 */
export class MonitorFunction extends Construct {
  public readonly function: NodejsFunction;
  public readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: MonitorFunctionProps) {
    super(scope, id);
    const entry = path.join(REPO_ROOT, 'lambdas', 'handlers', `${props.handler}.ts`);
    const bundledDirs = props.bundledDirs ?? [];
    const bundledFiles = Object.entries(props.bundledFiles ?? {});
    validate(entry, bundledDirs, props);

    // Logs are diagnostics, not the product's memory: they expire anyway, so they go with the stack.
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.function = new NodejsFunction(this, 'Function', {
      entry,
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(30),
      memorySize: props.memorySize ?? 256,
      reservedConcurrentExecutions: props.reservedConcurrency,
      tracing: Tracing.ACTIVE,
      logGroup: this.logGroup,
      onFailure: props.onFailure,
      retryAttempts: props.retryAttempts,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        // Some dependencies are CommonJS and call `require`, which an ES module doesn't have.
        banner: [
          "import { createRequire as __createRequire } from 'node:module';",
          'const require = __createRequire(import.meta.url);',
        ].join(' '),
        minify: true,
        sourceMap: true,
        logLevel: LogLevel.ERROR,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => [
            ...bundledDirs.map((dir) => `cp -R "${path.join(inputDir, dir)}" "${path.join(outputDir, dir)}"`),
            ...bundledFiles.map(([name, source]) => `cp "${source}" "${path.join(outputDir, name)}"`),
          ],
        },
      },
    });

    const { partition } = nagPseudoParameters(this);
    Validations.of(this).acknowledge(
      {
        id: `AwsSolutions-IAM4[Policy::arn:${partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]`,
        reason:
          'The AWS maintained basic execution policy allows CloudWatch Logs writes only ' +
          '(CreateLogGroup, CreateLogStream, PutLogEvents); a hand-copied version would drift from it.',
      },
      {
        id: 'AwsSolutions-L1',
        reason: 'Node.js 22 is pinned on purpose, so moving to a newer runtime (24) is a tested upgrade.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'X-Ray PutTraceSegments and PutTelemetryRecords, and DynamoDB ListStreams for a stream reader, ' +
          'allow no resource-level permission.',
      },
    );
  }
}

function validate(entry: string, bundledDirs: readonly string[], props: MonitorFunctionProps): void {
  if (!existsSync(entry)) throw new Error(`MonitorFunction: no handler ${props.handler} at ${entry}`);
  for (const dir of bundledDirs) {
    if (!existsSync(path.join(REPO_ROOT, dir)))
      throw new Error(`MonitorFunction: no directory ${dir} to bundle`);
  }
  for (const [name, source] of Object.entries(props.bundledFiles ?? {})) {
    if (!path.isAbsolute(source) || !existsSync(source))
      throw new Error(`MonitorFunction: no file ${source} to bundle as ${name}`);
    if (name.includes('/') || name.includes('"'))
      throw new Error(`MonitorFunction: bad bundled file name ${name}`);
  }
  if (props.timeout && props.timeout.toSeconds() > 900)
    throw new Error('MonitorFunction: timeout over 15 minutes');
  if (props.reservedConcurrency !== undefined && props.reservedConcurrency < 1)
    throw new Error('MonitorFunction: reservedConcurrency must be at least 1');
}
