import { analysisSettings } from './analysis.js';
import { ANALYZE_USAGE, analyzeCommand } from './analyze-command.js';
import { BASELINE_USAGE, baselineCommand } from './baseline-command.js';
import { EVAL_USAGE, evalCommand } from './eval-command.js';
import type { CliIO } from './io.js';
import { QUERY_USAGE, queryCommand } from './query-command.js';
import { RUN_USAGE, runCommand } from './run-command.js';
import { UsageError } from './usage-error.js';

const COMMANDS: Record<
  string,
  { usage: string; summary: string; run: (args: string[], io: CliIO) => Promise<number> }
> = {
  run: { usage: RUN_USAGE, summary: 'poll the feeds into the local embedded store', run: runCommand },
  analyze: {
    usage: ANALYZE_USAGE,
    summary: 'say whether articles are coalition-related and what they commit to',
    run: analyzeCommand,
  },
  baseline: {
    usage: BASELINE_USAGE,
    summary: 'load the seed baseline into the local store (idempotent)',
    run: baselineCommand,
  },
  query: {
    usage: QUERY_USAGE,
    summary: 'what each country says today, its history, stored articles, feed health',
    run: (args, io) => queryCommand(args, io, new Set(analysisSettings(io).gazetteer.contributorCodes())),
  },
  eval: {
    usage: EVAL_USAGE,
    summary: 'score labelled sets: relevance, extraction, copies and alerts',
    run: evalCommand,
  },
};

const HELP = [
  "Coalition Watch: who says they will contribute what to Ukraine's post-war security.",
  '',
  'Usage: monitor <command> [options]',
  '',
  ...Object.entries(COMMANDS).map(([, c]) => `  ${c.usage}\n      ${c.summary}`),
  '',
  'Settings, from the environment:',
  '  RELEVANCE_THRESHOLD=N        score at which an article counts as coalition-related (default 3)',
  '  GAZETTEER_EXTENSION=FILE     JSON in the gazetteer format adding countries, names, office holders',
  '',
  'Run through npm: npm run --silent monitor -- <command> [options]',
].join('\n');

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(`${HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command)
      throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(`Usage: ${command.usage}\n`);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    io.stderr.write(`monitor: ${describeError(error)}\n`);
    return isUsageError(error) ? 2 : 1;
  }
}

function isUsageError(error: unknown): boolean {
  return (
    error instanceof UsageError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS') === true
  );
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // parseArgs explains how to pass a positional that starts with '-'; the first sentence is the news.
  const first = (message.split('\n')[0] ?? message).replace(/\. To specify a positional argument.*$/, '');
  return first;
}
