import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createAnalyzer } from '../core/understand/analyze-article.js';
import { defaultGazetteer, extendGazetteer, type Gazetteer } from '../core/understand/gazetteer.js';
import { DEFAULT_RELEVANCE_THRESHOLD } from '../core/understand/relevance.js';

/** A setting that cannot be used: the message names the variable and what is wrong, on one line. */
export class AnalysisSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisSettingsError';
  }
}

const THRESHOLD = { error: 'RELEVANCE_THRESHOLD must be a number, such as 3' };

/**
 * How articles are read, from the environment, the same for the CLI and the poller:
 * - RELEVANCE_THRESHOLD: the score at or above which an article is kept (default 3);
 * - GAZETTEER_EXTENSION: a JSON file in the gazetteer's format, adding countries, names or office holders.
 */
const AnalysisEnvSchema = z.object({
  RELEVANCE_THRESHOLD: z
    .string()
    .trim()
    .regex(/^-?\d+(?:\.\d+)?$/, THRESHOLD)
    .transform(Number)
    .optional(),
  GAZETTEER_EXTENSION: z.string().trim().min(1, 'GAZETTEER_EXTENSION is empty').optional(),
});

export interface AnalysisSettings {
  threshold: number;
  gazetteer: Gazetteer;
  analyze: ReturnType<typeof createAnalyzer>;
}

/** Reads and checks the settings once, at start-up: a bad value stops the start with a one-line reason. */
export function analysisSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AnalysisSettings {
  const parsed = AnalysisEnvSchema.safeParse({
    RELEVANCE_THRESHOLD: env.RELEVANCE_THRESHOLD,
    GAZETTEER_EXTENSION: env.GAZETTEER_EXTENSION,
  });
  if (!parsed.success) throw new AnalysisSettingsError(parsed.error.issues[0]?.message ?? 'invalid setting');
  const threshold = parsed.data.RELEVANCE_THRESHOLD ?? DEFAULT_RELEVANCE_THRESHOLD;
  const file = parsed.data.GAZETTEER_EXTENSION;
  const gazetteer = file === undefined ? defaultGazetteer : readGazetteerExtension(file);
  return { threshold, gazetteer, analyze: createAnalyzer({ threshold, gazetteer }) };
}

/** The shipped gazetteer extended by a user's file; any problem with the file is named with the file. */
export function readGazetteerExtension(file: string): Gazetteer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AnalysisSettingsError(
      `gazetteer extension ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AnalysisSettingsError(`gazetteer extension ${file}: not JSON (${(error as Error).message})`);
  }
  try {
    return extendGazetteer(raw);
  } catch (error) {
    // The core's message already says it is about the extension and which field is at fault.
    throw new AnalysisSettingsError(`${file}: ${(error as Error).message}`);
  }
}
