import { readFile } from 'node:fs/promises';
import {
  describeFeedListError,
  type FeedConfig,
  FeedListSchema,
} from '../../lambdas/core/poll/feed-config.js';
import { UsageError } from './usage-error.js';

export async function readFeedList(file: string): Promise<FeedConfig[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `feeds file ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`feeds file ${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = FeedListSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`feeds file ${file}: ${describeFeedListError(parsed.error)}`);
  return parsed.data;
}
