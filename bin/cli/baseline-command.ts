import { parseArgs } from 'node:util';
import { LocalMonitor } from '../local/local-monitor.js';
import { analysisSettings } from './analysis.js';
import { type CliIO, writeLine } from './io.js';
import { DEFAULT_DB_DIR, PROJECT_PATHS } from './paths.js';
import { UsageError } from './usage-error.js';

export const BASELINE_USAGE = 'monitor baseline [--db DIR] [--json]';

export async function baselineCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: 'string', default: DEFAULT_DB_DIR }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}" (usage: ${BASELINE_USAGE})`);
  const { analyze } = analysisSettings(io);
  const monitor = await LocalMonitor.open({
    dbDir: values.db,
    seedsDir: PROJECT_PATHS.seeds,
    analyze,
    publisher: { publish: async () => {} },
  });
  try {
    const result = await monitor.loadBaseline();
    if (values.json) writeLine(io.stdout, JSON.stringify(result));
    else if (result.loaded)
      writeLine(io.stdout, `Loaded ${result.articles} seed articles and ${result.positions} positions.`);
    else writeLine(io.stdout, 'The seed baseline was already loaded; nothing to do.');
    return 0;
  } finally {
    await monitor.close();
  }
}
