import { z } from 'zod';

/**
 * The one type between the ingestion stages: every feed format becomes this.
 * `identity` decides "seen before"; `canonicalUrl` is what copies share across tracking variants.
 */
export const FeedItemSchema = z.object({
  feed: z.string().min(1),
  identity: z.string().min(1),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  title: z.string(),
  /** ISO 8601. When the feed gave none, or one in the future, the fetch time (see `publishedAtSource`). */
  publishedAt: z.string(),
  publishedAtSource: z.enum(['feed', 'fetch_time']),
  /** Plain text: HTML stripped, entities decoded, whitespace folded, paragraphs kept as blank-line breaks. */
  text: z.string(),
});
export type FeedItem = z.infer<typeof FeedItemSchema>;
