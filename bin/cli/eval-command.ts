import { parseArgs } from 'node:util';
import type { Analyzer } from '../../lambdas/core/poll/analyzer.js';
import type { EvalScores } from '../../lambdas/core/understand/score-eval.js';
import { readLabelledSet } from '../local/labelled-set.js';
import { replayTimeline } from '../local/replay-timeline.js';
import { scoreArticles } from '../local/score-articles.js';
import { type AlertScore, type DedupScore, scoreAlerts, scoreDedup } from '../local/score-replay.js';
import { analysisSettings } from './analysis.js';
import { type CliIO, writeLine } from './io.js';
import { PROJECT_PATHS } from './paths.js';
import { UsageError } from './usage-error.js';

export const EVAL_USAGE =
  'monitor eval [--json] [--no-replay] [--min-relevance-precision P] [--min-relevance-recall R] [--min-f1 F] [--min-alert-f1 A] [--min-dedup D] DIR...';

const FLOORS = {
  'min-relevance-precision': 'relevance precision',
  'min-relevance-recall': 'relevance recall',
  'min-f1': 'extraction F1',
  'min-alert-f1': 'alert F1',
  'min-dedup': 'dedup accuracy',
} as const;
type Floor = keyof typeof FLOORS;

interface SetReport {
  dir: string;
  extraction: EvalScores;
  dedup: DedupScore | null;
  alerts: AlertScore | null;
  replayErrors: string[];
}

/**
 * Scores labelled sets (shared/eval/README.md): relevance and extraction over each article, then,
 * with a timeline, the replay through the real poll against feeds on 127.0.0.1 and a fresh store:
 * copies recognised and alerts raised. Exit status 1 when a score is below a floor that was set.
 */
export async function evalCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      'no-replay': { type: 'boolean', default: false },
      ...Object.fromEntries(Object.keys(FLOORS).map((k) => [k, { type: 'string' as const }])),
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError(`no labelled set given (usage: ${EVAL_USAGE})`);
  const floors = new Map<Floor, number>();
  for (const name of Object.keys(FLOORS) as Floor[]) {
    const raw = (values as Record<string, unknown>)[name];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 1)
      throw new UsageError(`--${name} must be between 0 and 1`);
    floors.set(name, value);
  }

  const reports: SetReport[] = [];
  const { analyze } = analysisSettings(io);
  for (const dir of positionals) reports.push(await evaluateSet(dir, !values['no-replay'], analyze));

  const failures: string[] = [];
  for (const report of reports) {
    const measured: Record<Floor, number | null> = {
      'min-relevance-precision': report.extraction.relevance.precision,
      'min-relevance-recall': report.extraction.relevance.recall,
      'min-f1': report.extraction.extraction.f1,
      'min-alert-f1': report.alerts?.f1 ?? null,
      'min-dedup': report.dedup ? dedupAccuracy(report.dedup) : null,
    };
    for (const [floor, min] of floors) {
      const value = measured[floor];
      if (value !== null && value < min) {
        failures.push(`${report.dir}: ${FLOORS[floor]} ${value.toFixed(3)} is below ${min}`);
      }
    }
    if (report.replayErrors.length > 0)
      failures.push(`${report.dir}: replay feed errors: ${report.replayErrors[0]}`);
  }
  if (values.json) writeLine(io.stdout, JSON.stringify({ sets: reports, failures }));
  else for (const report of reports) printReport(report, io);
  for (const failure of failures) writeLine(io.stderr, `monitor: ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

async function evaluateSet(dir: string, replay: boolean, analyze: Analyzer): Promise<SetReport> {
  let set: Awaited<ReturnType<typeof readLabelledSet>>;
  try {
    set = await readLabelledSet(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${dir}: ${code === 'ENOENT' ? 'not a labelled set (no labels.json)' : (error as Error).message}`,
    );
  }
  const extraction = scoreArticles(set, analyze);
  if (!replay || !set.timeline) return { dir, extraction, dedup: null, alerts: null, replayErrors: [] };
  const replayed = await replayTimeline(set, { seedsDir: PROJECT_PATHS.seeds, analyze });
  return {
    dir,
    extraction,
    dedup: scoreDedup(set, replayed),
    alerts: scoreAlerts(set, replayed.alerts),
    replayErrors: replayed.errors,
  };
}

function dedupAccuracy(d: DedupScore): number {
  const total = d.copies + d.distinct;
  return total === 0 ? 1 : (d.copiesFlagged + d.distinct - d.distinctFlagged) / total;
}

const pct = (x: number) => x.toFixed(3);

function printReport(report: SetReport, io: CliIO): void {
  const { relevance, extraction } = report.extraction;
  writeLine(io.stdout, `== ${report.dir} (${report.extraction.articles} distinct articles)`);
  for (const r of report.extraction.relevanceErrors) {
    writeLine(io.stdout, `  relevance wrong: ${r.id} labelled ${r.expected ? 'relevant' : 'not relevant'}`);
  }
  for (const m of report.extraction.misses) writeLine(io.stdout, `  miss:  ${m.id} ${m.triple.join(' ')}`);
  for (const e of report.extraction.extras) writeLine(io.stdout, `  extra: ${e.id} ${e.triple.join(' ')}`);
  if (report.dedup) for (const m of report.dedup.mistakes) writeLine(io.stdout, `  dedup: ${m}`);
  if (report.alerts) {
    for (const m of report.alerts.missing) writeLine(io.stdout, `  alert missing: ${m}`);
    for (const e of report.alerts.extra) writeLine(io.stdout, `  alert extra:   ${e}`);
  }
  for (const e of report.replayErrors) writeLine(io.stdout, `  feed error: ${e}`);
  writeLine(
    io.stdout,
    `relevance: precision ${pct(relevance.precision)}, recall ${pct(relevance.recall)}; ` +
      `extraction: precision ${pct(extraction.precision)}, recall ${pct(extraction.recall)}, F1 ${pct(extraction.f1)} ` +
      `(${extraction.correct} of ${extraction.expected} expected, ${extraction.predicted} predicted)`,
  );
  if (report.dedup) {
    const d = report.dedup;
    writeLine(
      io.stdout,
      `dedup: ${d.copiesFlagged}/${d.copies} copies flagged as their seed, ${d.distinctFlagged}/${d.distinct} distinct articles wrongly flagged`,
    );
  }
  if (report.alerts) {
    const a = report.alerts;
    writeLine(
      io.stdout,
      `alerts: ${a.matched}/${a.expected} expected raised, ${a.actual - a.matched} extra; precision ${pct(a.precision)}, ` +
        `recall ${pct(a.recall)}, F1 ${pct(a.f1)}; previous stance right for ${a.previousRight}/${a.matched}`,
    );
  }
}
