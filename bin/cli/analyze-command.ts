import { parseArgs } from 'node:util';
import { stripBoilerplate } from '../../lambdas/core/ingest/boilerplate.js';
import { analysisSettings } from './analysis.js';
import { type CliIO, writeLine } from './io.js';
import { readArticleFile } from './read-article-file.js';
import { UsageError } from './usage-error.js';

export const ANALYZE_USAGE = 'monitor analyze [--json] FILE...';

/** Reads each article file and says whether it is coalition-related and what it commits to. */
export async function analyzeCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError(`no article files given (usage: ${ANALYZE_USAGE})`);
  const { analyze } = analysisSettings(io);
  for (const file of positionals) {
    const { title, body } = await readArticleFile(file);
    const result = analyze(title, stripBoilerplate(body));
    if (values.json) {
      const commitments = result.commitments.map(({ country, category, stance, evidence }) => ({
        country,
        category,
        stance,
        evidence,
      }));
      writeLine(
        io.stdout,
        JSON.stringify({ file, relevant: result.relevant, score: result.score, commitments }),
      );
      continue;
    }
    writeLine(
      io.stdout,
      `${file}: ${result.relevant ? 'coalition-related' : 'not coalition-related'} (score ${result.score})`,
    );
    if (result.signals.length > 0) writeLine(io.stdout, `  signals: ${result.signals.join(', ')}`);
    for (const c of result.commitments) {
      writeLine(io.stdout, `  ${c.country} ${c.category} ${c.stance}: "${c.evidence}"`);
    }
    if (result.relevant && result.commitments.length === 0) writeLine(io.stdout, '  no commitments stated');
  }
  return 0;
}
