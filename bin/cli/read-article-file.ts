import { readFile } from 'node:fs/promises';
import { UsageError } from './usage-error.js';

/** An article file as the labelled sets keep them: the title on the first line, a blank line, the body. */
export async function readArticleFile(file: string): Promise<{ title: string; body: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const newline = normalised.indexOf('\n');
  if (newline === -1) return { title: normalised.trim(), body: '' };
  return { title: normalised.slice(0, newline).trim(), body: normalised.slice(newline + 1).trim() };
}
