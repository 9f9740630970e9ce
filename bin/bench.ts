// The SDK's Node-version notice is noise in a benchmark report.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { build } from 'esbuild';
import { createMonitorStores } from '../lambdas/adapters/monitor-stores.js';
import { stripBoilerplate } from '../lambdas/core/ingest/boilerplate.js';
import { fingerprint } from '../lambdas/core/ingest/fingerprint.js';
import { processItem } from '../lambdas/core/poll/process-item.js';
import { analyzeArticle } from '../lambdas/core/understand/analyze-article.js';
import { startEmbeddedDynamo } from './local/embedded-dynamo.js';

/**
 * Speed and cost, measured rather than asserted in tests:
 * - analysis throughput on one core, articles of about 5 KB;
 * - DynamoDB requests per new item as the store grows (the cost of recognising copies must stay flat).
 */
const ANALYSIS_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const STORE_SIZES = (process.env.BENCH_STORE_SIZES ?? '100,1000')
  .split(',')
  .filter((size) => size.trim() !== '')
  .map(Number);
/** BENCH_BUILD=source: the modules from source instead of the shipped bundle (see where the build is chosen). */
const onlyBuild = process.env.BENCH_BUILD;
if (onlyBuild !== undefined && onlyBuild !== 'shipped' && onlyBuild !== 'source') {
  console.error(`bench: BENCH_BUILD must be "shipped" or "source", not "${onlyBuild}"`);
  process.exit(2);
}

interface BenchArticle {
  title: string;
  body: string;
  original: string;
}

/**
 * The labelled articles of some sets, each padded to about 5 KB with paragraphs of the others, so every
 * article is of the size measured.
 */
async function corpus(dirs: string[]): Promise<BenchArticle[]> {
  const texts: { title: string; body: string }[] = [];
  for (const dir of dirs) {
    let files: string[] = [];
    try {
      files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const text = await readFile(path.join(dir, file), 'utf8');
      const [title = '', ...rest] = text.split('\n');
      texts.push({ title, body: rest.join('\n').trim() });
    }
  }
  const paragraphs = texts.flatMap((t) => t.body.split(/\n\s*\n/));
  return texts.map((t, i) => {
    let body = t.body;
    for (let j = i; body.length < 5000; j++) body += `\n\n${paragraphs[j % paragraphs.length]}`;
    return { title: t.title, body: body.slice(0, 5200), original: t.body };
  });
}

/**
 * Two corpora, because what an article costs depends on how much of it states positions:
 * - news: full-length stories written as news (the seeds, the fresh held-out sets, the copies set), with
 *   their background, quotes and hard negatives, as a feed delivers them;
 * - dense: the short items of the own set run together, so that nearly every paragraph of a 5 KB article
 *   names countries and stances: the worst case.
 */
const CORPORA: Record<string, string[]> = {
  news: [
    'seeds',
    'tests/fixtures/eval/fresh-a/articles',
    'tests/fixtures/eval/fresh-b/articles',
    'tests/fixtures/eval/copies/articles',
  ],
  dense: ['../shared/eval/dev/articles', 'tests/fixtures/eval/own/articles', 'bin/demo/articles'],
};

/**
 * How long the calling thread has run on a core, in seconds, or undefined where the kernel does not say
 * (outside Linux). The machine is shared: wall-clock time counts the moments another tenant holds the core,
 * which swung the same code's rate by 40% between runs; the thread's own run time (Linux's schedstat, in
 * nanoseconds) counts only the work, and what the thread waited for a core is reported beside it.
 */
function threadClock(): { run: number; waited: number } | undefined {
  try {
    const [run = '', waited = ''] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ');
    return { run: Number(run) / 1e9, waited: Number(waited) / 1e9 };
  } catch {
    return undefined;
  }
}

interface Timed {
  wall: number;
  /** The analysing thread's own run time; undefined where it cannot be read. */
  run: number | undefined;
  waited: number | undefined;
}

function timed(run: () => void): Timed {
  const clock = threadClock();
  const start = process.hrtime.bigint();
  run();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const after = threadClock();
  return clock && after
    ? { wall, run: after.run - clock.run, waited: after.waited - clock.waited }
    : { wall, run: undefined, waited: undefined };
}

/** The median and best of rates. */
function medianAndBest(rates: number[]): { median: number; best: number } {
  const sorted = [...rates].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] as number,
    best: sorted[sorted.length - 1] as number,
  };
}

function roundsPerSecond(count: number, rounds: number, run: () => void): { median: number; best: number } {
  return medianAndBest(Array.from({ length: rounds }, () => count / timed(run).wall));
}

interface Analysis {
  stripBoilerplate: typeof stripBoilerplate;
  analyzeArticle: typeof analyzeArticle;
}

/**
 * The analysis as the poller Lambda runs it: the same modules bundled by esbuild into one minified ESM file, as
 * `MonitorFunction` bundles its handlers. Run from source, tsx's transform wraps every function made at run time
 * in a naming helper (its `keepNames`), a cost the shipped code does not pay; both are reported.
 */
async function shippedAnalysis(): Promise<Analysis> {
  const dir = await mkdtemp(path.join(tmpdir(), 'coalition-watch-bench-'));
  try {
    const outfile = path.join(dir, 'analysis.mjs');
    await build({
      stdin: {
        contents: [
          "export { stripBoilerplate } from './lambdas/core/ingest/boilerplate.js';",
          "export { analyzeArticle } from './lambdas/core/understand/analyze-article.js';",
        ].join('\n'),
        resolveDir: process.cwd(),
        sourcefile: 'bench-analysis.ts',
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node.split('.')[0]}`,
      outfile,
      logLevel: 'error',
    });
    return (await import(pathToFileURL(outfile).href)) as Analysis;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Articles analysed before the timed rounds. The engine compiles the analysis's hot paths over the first
 * thousand articles (rounds of the news corpus ran at 130, 290, 360, 460/s before settling near 650/s), and
 * goes on replacing some of that code for a while after: objects of one kind built in several shapes (a
 * mention before and after it is told whether it acts) send the compiled readers of a sentence back to
 * slower code ("wrong map") until they have met every shape, which on the dense corpus took some 2,500
 * articles. Timed from the start, the median mixed that warm-up into the steady rate; the first pass and the
 * whole warm-up are reported beside it, since a Lambda container that has just started pays them.
 */
const WARM_UP_ARTICLES = Number(process.env.BENCH_WARM_UP ?? 3000);

const perSecond = (count: number, seconds: number): string => `${(count / seconds).toFixed(0)}/s`;

/** One build's rate on one corpus, on one core: the floor is judged on the thread's own run time. */
function benchAnalysis(name: string, articles: BenchArticle[], build: string, analysis: Analysis): void {
  const analyse = () => {
    for (const a of articles) analysis.analyzeArticle(a.title, analysis.stripBoilerplate(a.body));
  };
  const cold = timed(analyse);
  const relevant = articles.filter(
    (a) => analysis.analyzeArticle(a.title, analysis.stripBoilerplate(a.body)).relevant,
  ).length;
  let warmUpArticles = 2 * articles.length;
  const warmUp = timed(() => {
    for (; warmUpArticles < WARM_UP_ARTICLES; warmUpArticles += articles.length) analyse();
  });
  // Each round is followed by the machine's reference round, so a slow round can be told from a slow machine.
  const reference = referenceWork(articles);
  reference();
  const rounds: Timed[] = [];
  const references: Timed[] = [];
  for (let round = 0; round < ANALYSIS_ROUNDS; round++) {
    rounds.push(timed(analyse));
    references.push(timed(reference));
  }
  const kb = articles.reduce((sum, a) => sum + a.body.length, 0) / articles.length / 1024;
  const wall = medianAndBest(rounds.map((r) => articles.length / r.wall));
  const ran = rounds.every((r) => r.run !== undefined)
    ? medianAndBest(rounds.map((r) => articles.length / (r.run as number)))
    : undefined;
  const judged = ran ?? wall;
  const waited = rounds.reduce((sum, r) => sum + (r.waited ?? 0), 0);
  const wallTotal = rounds.reduce((sum, r) => sum + r.wall, 0);
  console.log(
    `analysis, ${name}, ${build} (${articles.length} articles of ${kb.toFixed(1)} KB, ${relevant} relevant): ` +
      `median ${judged.median.toFixed(0)}/s, best ${judged.best.toFixed(0)}/s on one core` +
      (ran ? ' (its run time)' : ' (wall clock)') +
      `; floor 500/s: ${judged.median >= 500 ? 'met' : judged.best >= 500 ? 'met at best, not at median' : 'NOT met'}`,
  );
  console.log(
    `  wall clock: median ${wall.median.toFixed(0)}/s, best ${wall.best.toFixed(0)}/s` +
      (ran ? `; the thread waited for a core ${((100 * waited) / wallTotal).toFixed(0)}% of it` : '') +
      `; first pass, cold: ${perSecond(articles.length, cold.wall)}` +
      `; the rest of the warm-up, to ${warmUpArticles} articles: ${perSecond(warmUpArticles - 2 * articles.length, warmUp.wall)}` +
      ` (strip + relevance + extraction, ${ANALYSIS_ROUNDS} rounds after the warm-up)`,
  );
  console.log(`  ${machineSpeed(rounds, references, articles)}`);
}

/** Passes of the reference over the corpus, about a tenth of a second: the thread's run time counts kernel ticks. */
const REFERENCE_PASSES = 10;

/**
 * A fixed workload of the analysis's kind (lower-casing, regular expressions and splitting over the corpus's
 * text) that runs none of the analyser's code. The machine is shared, and a busy neighbour slowed both this and
 * the analysis by up to 40% for seconds at a time: beside each round it tells the reader which it was.
 */
function referenceWork(articles: BenchArticle[]): () => void {
  const texts = articles.map((a) => a.body);
  let sink = 0;
  return () => {
    for (let pass = 0; pass < REFERENCE_PASSES; pass++)
      for (const text of texts) {
        const lowered = text.toLowerCase();
        for (const match of lowered.matchAll(/\b(?:will|would|could|may) (?:not )?(\w+)/g))
          sink ^= match[1]?.length ?? 0;
        sink ^= lowered.split(/[^a-z]+/).length;
        sink ^= /\b(?:troops|soldiers|forces)\b[^.]*\bukrain/.test(lowered) ? 1 : 0;
      }
    if (sink === -1) console.log(sink);
  };
}

/**
 * The reference's speed (MB of text a second: comparable between runs, where the analysis's rate alone cannot
 * say whether the code or the machine changed) and the analysis's median over the rounds it ran at full speed.
 */
function machineSpeed(rounds: Timed[], references: Timed[], articles: BenchArticle[]): string {
  const megabytes = (REFERENCE_PASSES * articles.reduce((sum, a) => sum + a.body.length, 0)) / 1e6;
  const secondsOf = (t: Timed): number => t.run ?? t.wall;
  const rates = references.map((r) => megabytes / secondsOf(r));
  const { median, best } = medianAndBest(rates);
  const full = rounds.filter((_, i) => (rates[i] as number) >= 0.9 * best);
  const analysed = medianAndBest(full.map((r) => articles.length / secondsOf(r))).median;
  return (
    `machine: a fixed reference workload (none of the analyser's code) beside each round ran at median ` +
    `${median.toFixed(1)} MB/s, best ${best.toFixed(1)}, slowest ${Math.min(...rates).toFixed(1)}; the analysis's ` +
    `median over the ${full.length} rounds it ran within 10% of its best: ${analysed.toFixed(0)}/s`
  );
}

function benchFingerprint(articles: BenchArticle[]): void {
  const { median, best } = roundsPerSecond(articles.length, ANALYSIS_ROUNDS, () => {
    for (const a of articles) fingerprint(a.body);
  });
  console.log(`fingerprint: median ${median.toFixed(0)}/s, best ${best.toFixed(0)}/s`);
}

function countRequests(client: DynamoDBDocumentClient): Map<string, number> {
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      counts.set(context.commandName as string, (counts.get(context.commandName as string) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'benchRequestCounter' },
  );
  return counts;
}

async function benchStoreCost(articles: BenchArticle[]): Promise<void> {
  for (const size of STORE_SIZES) {
    const db = await startEmbeddedDynamo(undefined);
    const stores = createMonitorStores(db.client, db.tables);
    const deps = { ...stores, analyze: analyzeArticle, now: () => new Date() };
    // Fill the store with distinct articles: words of the corpus in a random order, so they share
    // vocabulary with the probes but no five-word run. Seeded, so every run stores the same texts.
    const words = articles
      .flatMap((a) => a.body.toLowerCase().split(/[^\p{L}]+/u))
      .filter((w) => w.length > 0);
    let seed = 42;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < size; i++) {
      const text = Array.from({ length: 700 }, () => words[Math.floor(random() * words.length)]).join(' ');
      await stores.articles.putArticle({
        sourceIdentity: `bench-${i}`,
        articleId: `bench-${i}`,
        displayId: `https://bench.example/${i}`,
        url: `https://bench.example/${i}`,
        title: `Bench ${i}`,
        feed: 'bench',
        publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
        relevant: true,
        score: 1,
        commitments: [],
        fingerprint: fingerprint(text),
        storedAt: new Date().toISOString(),
      });
    }
    const counts = countRequests(db.client);
    // Probes: twenty distinct stories, each made unique to 5 KB with words in a random order.
    const probe = articles.slice(0, 20).map((a) => {
      let body = a.original.slice(0, 2500);
      while (body.length < 5000) body += ` ${words[Math.floor(random() * words.length)]}`;
      return { title: a.title, body };
    });
    const statuses = new Map<string, number>();
    const started = process.hrtime.bigint();
    for (const [i, a] of probe.entries()) {
      const { status, duplicateOf } = await processItem(
        {
          feed: 'bench',
          identity: `probe-${i}`,
          url: `https://probe.example/${i}`,
          canonicalUrl: `https://probe.example/${i}`,
          title: a.title,
          publishedAt: '2026-01-01T00:00:00Z',
          publishedAtSource: 'feed',
          text: a.body,
        },
        deps,
      );
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (process.env.BENCH_DEBUG) console.log(i, status, duplicateOf);
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6 / probe.length;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const detail = [...counts]
      .map(([k, v]) => `${k.replace('Command', '')} ${(v / probe.length).toFixed(1)}`)
      .join(', ');
    console.log(
      `store of ${size} articles: ${(total / probe.length).toFixed(1)} DynamoDB requests per new 5 KB item (${detail}); ` +
        `${ms.toFixed(1)} ms per item against dynalite; probes: ${[...statuses].map(([k, v]) => `${v} ${k}`).join(', ')}`,
    );
    await db.close();
  }
}

const corpora = Object.fromEntries(
  await Promise.all(Object.entries(CORPORA).map(async ([name, dirs]) => [name, await corpus(dirs)] as const)),
);
/**
 * The shipped build by default: Lambda runs that one copy of the code, and a second copy alive in the same
 * process shares the engine's caches with it and ran up to a quarter slower. BENCH_BUILD=source measures the
 * modules from source under tsx instead.
 */
const [buildName, analysis]: [string, Analysis] =
  onlyBuild === 'source'
    ? ['from source under tsx', { stripBoilerplate, analyzeArticle }]
    : ['as shipped', await shippedAnalysis()];
for (const [name, articles] of Object.entries(corpora)) benchAnalysis(name, articles, buildName, analysis);
benchFingerprint(corpora.news ?? []);
await benchStoreCost(corpora.dense ?? []);
