import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CategorySchema, CountryCodeSchema, StanceSchema } from '../../lambdas/core/taxonomy.js';

/** A labelled set in the format of shared/eval/README.md: articles, labels.json, timeline.json. */
const LabelSchema = z.object({
  title: z.string(),
  published: z.iso.datetime({ offset: true }),
  relevant: z.boolean(),
  commitments: z.array(z.tuple([CountryCodeSchema, CategorySchema, StanceSchema])),
  duplicateOf: z.string().nullable(),
});
const TimelineSchema = z.object({
  polls: z.array(z.record(z.string(), z.array(z.string()))),
  alerts: z.array(z.tuple([CountryCodeSchema, CategorySchema, StanceSchema.nullable(), StanceSchema])),
});

export type ArticleLabel = z.infer<typeof LabelSchema>;
export type Timeline = z.infer<typeof TimelineSchema>;

export interface LabelledArticle {
  id: string;
  label: ArticleLabel;
  title: string;
  body: string;
}

export interface LabelledSet {
  dir: string;
  articles: Map<string, LabelledArticle>;
  timeline: Timeline | null;
}

export async function readLabelledSet(dir: string): Promise<LabelledSet> {
  const labels = z.record(z.string(), LabelSchema).parse(await readJson(path.join(dir, 'labels.json')));
  const articles = new Map<string, LabelledArticle>();
  for (const [id, label] of Object.entries(labels)) {
    const text = (await readFile(path.join(dir, 'articles', `${id}.txt`), 'utf8')).replace(/\r\n?/g, '\n');
    const newline = text.indexOf('\n');
    articles.set(id, {
      id,
      label,
      title: (newline === -1 ? text : text.slice(0, newline)).trim(),
      body: newline === -1 ? '' : text.slice(newline + 1).trim(),
    });
  }
  let timeline: Timeline | null = null;
  try {
    timeline = TimelineSchema.parse(await readJson(path.join(dir, 'timeline.json')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (timeline) {
    for (const poll of timeline.polls) {
      for (const ids of Object.values(poll)) {
        const unknown = ids.find((id) => !articles.has(id));
        if (unknown) throw new Error(`${dir}/timeline.json: article "${unknown}" has no label`);
      }
    }
  }
  return { dir, articles, timeline };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`${file}: not valid JSON (${error.message})`);
    throw error;
  }
}
