import { z } from 'zod';

export const FeedConfigSchema = z.object({
  name: z.string().trim().min(1, 'a feed needs a name'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  /** A feed can be kept in the list but not polled. */
  enabled: z.boolean().default(true),
});

/** A feed list as users write it: names must be unique, because feed state is keyed by name. */
export const FeedListSchema = z.array(FeedConfigSchema).superRefine((feeds, ctx) => {
  const seen = new Set<string>();
  feeds.forEach((feed, index) => {
    if (seen.has(feed.name))
      ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate feed name "${feed.name}"` });
    seen.add(feed.name);
  });
});

export type FeedConfig = z.input<typeof FeedConfigSchema>;

/** One line naming where the list is wrong, e.g. `[2].url: must be an http(s) URL`. */
export function describeFeedListError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid feed list';
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `${where.replace(/^\./, '') || 'feed list'}: ${issue.message}`;
}
