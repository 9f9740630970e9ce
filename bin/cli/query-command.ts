import { parseArgs } from 'node:util';
import type { Position } from '../../lambdas/core/ports.js';
import { CATEGORIES, type Category, type STANCES } from '../../lambdas/core/taxonomy.js';
import { LocalMonitor } from '../local/local-monitor.js';
import { type CliIO, writeLine } from './io.js';
import { DEFAULT_DB_DIR, PROJECT_PATHS } from './paths.js';
import { UsageError } from './usage-error.js';

export const QUERY_USAGE =
  'monitor query commitments [--country CC] | history --country CC [--category C] | articles [--country CC] [--since DATE] [--limit N] | feeds   [--db DIR] [--json]';

const QUESTIONS = ['commitments', 'history', 'articles', 'feeds'] as const;

/** Answers the product's questions from the local store, each with Queries and GetItems only. */
export async function queryCommand(
  args: string[],
  io: CliIO,
  knownCountries: ReadonlySet<string>,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      country: { type: 'string' },
      category: { type: 'string' },
      since: { type: 'string' },
      limit: { type: 'string', default: '20' },
      db: { type: 'string', default: DEFAULT_DB_DIR },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const [question, ...extra] = positionals;
  if (!question || !(QUESTIONS as readonly string[]).includes(question) || extra.length > 0) {
    throw new UsageError(`query what? one of ${QUESTIONS.join(', ')} (usage: ${QUERY_USAGE})`);
  }
  const country = values.country?.toUpperCase();
  if (country !== undefined && !knownCountries.has(country)) {
    throw new UsageError(
      `unknown country code "${values.country}" (known: ${[...knownCountries].sort().join(', ')})`,
    );
  }
  const category = values.category as Category | undefined;
  if (category !== undefined && !(CATEGORIES as readonly string[]).includes(category)) {
    throw new UsageError(`unknown category "${category}" (known: ${CATEGORIES.join(', ')})`);
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit <= 0) throw new UsageError(`--limit must be a positive whole number`);
  if (values.since !== undefined && Number.isNaN(Date.parse(values.since))) {
    throw new UsageError(`--since must be a date such as 2025-10-01, not "${values.since}"`);
  }
  if (question === 'history' && !country) throw new UsageError('history needs --country CC');

  const monitor = await LocalMonitor.open({
    dbDir: values.db,
    seedsDir: PROJECT_PATHS.seeds,
    analyze: () => ({ relevant: false, score: 0, commitments: [] }),
    publisher: { publish: async () => {} },
  });
  try {
    const { articles, commitments } = monitor.stores;
    const emit = (json: unknown, human: () => void) =>
      values.json ? writeLine(io.stdout, JSON.stringify(json)) : human();
    switch (question) {
      case 'commitments': {
        const positions = country
          ? await commitments.getPositions(country)
          : await commitments.allPositions();
        emit(positions.map(publicPosition), () =>
          country ? printPositions(io, positions) : printMatrix(io, positions),
        );
        break;
      }
      case 'history': {
        const changes = await commitments.history(country as string, category);
        emit(changes, () => {
          if (changes.length === 0) writeLine(io.stdout, `No changes stored for ${country}.`);
          for (const c of changes) {
            writeLine(
              io.stdout,
              `${c.publishedAt}  ${c.category}: ${c.previous ?? '(none)'} -> ${c.current}`,
            );
            writeLine(
              io.stdout,
              `    "${c.evidence}" (${c.title}${c.articleUrl ? `, ${c.articleUrl}` : ''})`,
            );
          }
        });
        break;
      }
      case 'articles': {
        const list = await articles.listArticles({
          ...(country ? { country } : {}),
          ...(values.since ? { since: new Date(values.since).toISOString() } : {}),
          limit,
        });
        emit(list, () => {
          if (list.length === 0) writeLine(io.stdout, 'No stored articles match.');
          for (const a of list) {
            writeLine(io.stdout, `${a.publishedAt}  ${a.title}`);
            writeLine(io.stdout, `    ${a.url ?? `(seed, ${a.outlet ?? a.feed})`}`);
          }
        });
        break;
      }
      case 'feeds': {
        const feeds = await articles.listFeedStates();
        emit(feeds, () => {
          if (feeds.length === 0) writeLine(io.stdout, 'No feed polled yet.');
          for (const f of feeds) {
            const health =
              f.consecutiveFailures === 0 ? 'ok' : `${f.consecutiveFailures} failures (${f.lastError})`;
            writeLine(
              io.stdout,
              `${f.name}: ${health}; last success ${f.lastSuccessAt ?? 'never'}; next try ${f.nextAttemptAt ?? 'next poll'}`,
            );
          }
        });
        break;
      }
    }
    return 0;
  } finally {
    await monitor.close();
  }
}

function publicPosition(p: Position) {
  return {
    country: p.country,
    category: p.category,
    stance: p.stance,
    since: p.since,
    evidence: p.evidence,
    articleUrl: p.articleUrl,
    title: p.title,
    publishedAt: p.publishedAt,
  };
}

function printPositions(io: CliIO, positions: Position[]): void {
  if (positions.length === 0) writeLine(io.stdout, 'No positions stored.');
  for (const p of positions) {
    writeLine(io.stdout, `${p.category}: ${p.stance} since ${p.since.slice(0, 10)}`);
    writeLine(io.stdout, `    "${p.evidence}" (${p.title}, ${p.publishedAt.slice(0, 10)})`);
  }
}

const SHORT: Record<(typeof STANCES)[number], string> = {
  committed: 'COMMIT',
  willing: 'willing',
  considering: 'consid.',
  reluctant: 'reluct.',
  ruled_out: 'NO',
};

function printMatrix(io: CliIO, positions: Position[]): void {
  if (positions.length === 0) {
    writeLine(io.stdout, 'No positions stored.');
    return;
  }
  const byCountry = new Map<string, Map<string, string>>();
  for (const p of positions) {
    if (!byCountry.has(p.country)) byCountry.set(p.country, new Map());
    byCountry.get(p.country)?.set(p.category, SHORT[p.stance]);
  }
  const heads = CATEGORIES.map((c) => c.replace('_', ' ').slice(0, 8));
  writeLine(io.stdout, ['  ', ...heads.map((h) => h.padEnd(8))].join(' '));
  for (const [c, row] of [...byCountry].sort(([a], [b]) => a.localeCompare(b))) {
    writeLine(io.stdout, [c, ...CATEGORIES.map((cat) => (row.get(cat) ?? '·').padEnd(8))].join(' '));
  }
}
