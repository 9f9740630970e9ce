// The SDK's Node-version notice is noise in a benchmark report.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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
const ANALYSIS_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const STORE_SIZES = (process.env.BENCH_STORE_SIZES ?? '100,1000').split(',').map(Number);

async function corpus(): Promise<{ title: string; body: string; original: string }[]> {
  const texts: { title: string; body: string }[] = [];
  for (const dir of [
    '../shared/eval/dev/articles',
    'tests/fixtures/eval/own/articles',
    'bin/demo/articles',
  ]) {
    let files: string[] = [];
    try {
      files = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
    } catch {
      continue;
    }
    for (const file of files) {
      const text = await readFile(path.join(dir, file), 'utf8');
      const [title = '', ...rest] = text.split('\n');
      texts.push({ title, body: rest.join('\n').trim() });
    }
  }
  // Pad each to about 5 KB with paragraphs of the others, so every article is of the size measured.
  const paragraphs = texts.flatMap((t) => t.body.split(/\n\s*\n/));
  return texts.map((t, i) => {
    let body = t.body;
    for (let j = i; body.length < 5000; j++) body += `\n\n${paragraphs[j % paragraphs.length]}`;
    return { title: t.title, body: body.slice(0, 5200), original: t.body };
  });
}

async function benchAnalysis(articles: { title: string; body: string }[]): Promise<void> {
  for (const a of articles) analyzeArticle(a.title, a.body); // warm up the JIT
  let count = 0;
  let bytes = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ANALYSIS_SECONDS * 1e9);
  while (process.hrtime.bigint() < deadline) {
    for (const a of articles) {
      analyzeArticle(a.title, stripBoilerplate(a.body));
      count++;
      bytes += a.body.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `analysis: ${(count / seconds).toFixed(0)} articles/s of ${(bytes / count / 1024).toFixed(1)} KB on one core ` +
      `(strip + relevance + extraction; floor 500/s)`,
  );
  const fpStart = process.hrtime.bigint();
  let fps = 0;
  while (Number(process.hrtime.bigint() - fpStart) < 1e9) {
    for (const a of articles) {
      fingerprint(a.body);
      fps++;
    }
  }
  console.log(`fingerprint: ${fps} articles/s`);
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

async function benchStoreCost(articles: { title: string; body: string; original: string }[]): Promise<void> {
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

const articles = await corpus();
console.log(`corpus: ${articles.length} articles`);
await benchAnalysis(articles);
await benchStoreCost(articles);
