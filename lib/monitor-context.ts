import path from 'node:path';
import type { Node } from 'constructs';
import { z } from 'zod';
import { readGazetteerExtension } from '../lambdas/adapters/analysis-settings.js';
import defaultFeeds from '../lambdas/config/feeds.json' with { type: 'json' };
import { FeedListSchema } from '../lambdas/core/poll/feed-config.js';
import { DEFAULT_RELEVANCE_THRESHOLD } from '../lambdas/core/understand/relevance.js';
import { describeIssues, EmailRecipientListSchema, PhoneRecipientListSchema } from './recipients.js';

export class ContextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContextError';
  }
}

/**
 * `-c key=value` on the command line always gives a string, while `cdk.context.json` and tests give
 * JSON values: a string that looks like JSON is parsed, any other string is a comma-separated list.
 */
const list = (value: unknown, ctx: z.RefinementCtx) => {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (!text.startsWith('[') && !text.startsWith('{'))
    return text === '' ? [] : text.split(',').map((s) => s.trim());
  try {
    return JSON.parse(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `is not valid JSON (${(error as Error).message})` });
    return z.NEVER;
  }
};

const MINUTES = { error: 'must be a whole number of minutes from 1 to 1440' };

// Defaults live here, not in cdk.json: the CLI lets cdk.json win over cdk.context.json, where each
// deployer keeps their own values (and their subscribers' addresses, which git ignores).
const ContextSchema = z.object({
  /** Minutes between two polls of every feed. */
  scheduleRate: z.coerce.number(MINUTES).int(MINUTES).min(1, MINUTES).max(1440, MINUTES).default(15),
  alertEmails: z.preprocess(list, EmailRecipientListSchema).default([]),
  alertPhones: z.preprocess(list, PhoneRecipientListSchema).default([]),
  /** Who hears about failures (dead letters, function errors); readers of alerts don't. */
  opsEmails: z.preprocess(list, EmailRecipientListSchema).default([]),
  /** The feeds to poll, instead of `lambdas/config/feeds.json`. */
  feeds: z.preprocess(list, FeedListSchema).default(() => FeedListSchema.parse(defaultFeeds)),
  /** The relevance score at or above which an article is kept. */
  relevanceThreshold: z.coerce
    .number({ error: 'must be a number' })
    .refine(Number.isFinite, { error: 'must be a number' })
    .default(DEFAULT_RELEVANCE_THRESHOLD),
  /**
   * A JSON file in the gazetteer's format adding countries, names or office holders, relative to the
   * project; checked here, at synth, so a bad file never reaches a deployed poller.
   */
  gazetteerExtension: z
    .string()
    .trim()
    .min(1, 'must name a file')
    .transform((file, ctx) => {
      const absolute = path.resolve(file);
      try {
        readGazetteerExtension(absolute);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
      return absolute;
    })
    .optional(),
  /** Keep the tables when the stack is deleted. */
  retainData: z.union([z.boolean(), z.stringbool()], { error: 'must be true or false' }).default(true),
});

export type MonitorContext = z.output<typeof ContextSchema>;
export const CONTEXT_KEYS = Object.keys(ContextSchema.shape) as (keyof MonitorContext)[];

/** Reads and validates every context key once, at synth, naming the key at fault. */
export function readMonitorContext(node: Node): MonitorContext {
  const raw: Record<string, unknown> = {};
  for (const key of CONTEXT_KEYS) {
    const value = node.tryGetContext(key);
    if (value !== undefined) raw[key] = value;
  }
  const parsed = ContextSchema.safeParse(raw);
  if (!parsed.success) throw new ContextError(`invalid context ${describeIssues(parsed.error)}`);
  return parsed.data;
}
