import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SeedArticle } from '../core/poll/load-baseline.js';

const SeedManifestSchema = z.object({
  seeds: z
    .array(
      z.object({
        id: z.string().regex(/^[\w-]+$/, 'a seed file name without .txt'),
        title: z.string().min(1),
        outlet: z.string().min(1),
        published: z.iso.datetime(),
      }),
    )
    .min(1),
});

export class SeedManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedManifestError';
  }
}

/** Reads `manifest.json` and each seed's text from a seeds directory, validated once. */
export async function readSeeds(dir: string): Promise<SeedArticle[]> {
  const manifestPath = path.join(dir, 'manifest.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (error) {
    throw new SeedManifestError(`${manifestPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = SeedManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedManifestError(`${manifestPath}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return Promise.all(
    parsed.data.seeds.map(async (seed) => ({
      id: seed.id,
      title: seed.title,
      outlet: seed.outlet,
      publishedAt: seed.published,
      text: await readFile(path.join(dir, `${seed.id}.txt`), 'utf8'),
    })),
  );
}
