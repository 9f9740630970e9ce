import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CategorySchema, CountryCodeSchema, STANCES, type Stance, StanceSchema } from '../taxonomy.js';

/** The `<alert>` shape of the README: what `--alerts-out` writes and what SNS carries. */
export const AlertSchema = z.object({
  alertId: z.string(),
  country: CountryCodeSchema,
  category: CategorySchema,
  previous: StanceSchema.nullable(),
  current: StanceSchema,
  evidence: z.string(),
  articleUrl: z.string().nullable(),
  title: z.string(),
  publishedAt: z.string(),
  outlet: z.string().optional(),
});
export type Alert = z.infer<typeof AlertSchema>;

export type ChangeKind = 'first' | 'firmer' | 'softer';

export function changeKind(previous: Stance | null, current: Stance): ChangeKind {
  if (previous === null) return 'first';
  return STANCES.indexOf(current) < STANCES.indexOf(previous) ? 'firmer' : 'softer';
}

/**
 * Deterministic: the same article moving the same pair from the same stance always yields the same id,
 * so a re-run, a Lambda retry or a restart after a crash cannot make a second alert.
 */
export function alertIdFor(parts: {
  country: string;
  category: string;
  previous: Stance | null;
  current: Stance;
  articleId: string;
}): string {
  const key = [parts.country, parts.category, parts.previous ?? '-', parts.current, parts.articleId].join(
    '|',
  );
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** The public `<alert>` shape (README): what `--alerts-out` lines and `run --json` carry, in this key order. */
export function alertRecord(alert: Alert) {
  return {
    country: alert.country,
    category: alert.category,
    previous: alert.previous,
    current: alert.current,
    evidence: alert.evidence,
    articleUrl: alert.articleUrl,
    title: alert.title,
    publishedAt: alert.publishedAt,
  };
}
