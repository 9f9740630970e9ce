import type { Commitment } from '../taxonomy.js';
import { extractCommitments } from './extract-commitments.js';
import type { Gazetteer } from './gazetteer.js';
import { assessRelevance, type RelevanceOptions } from './relevance.js';

export interface ArticleAnalysis {
  relevant: boolean;
  score: number;
  /** Which relevance signals fired, so a reader can see why an article was kept or dropped. */
  signals: string[];
  commitments: Commitment[];
}

export interface AnalyzeOptions extends RelevanceOptions {
  /** Who can be named, and how. @default the shipped gazetteer */
  gazetteer?: Gazetteer;
}

/** Relevance first: commitments are read only from articles about the post-war arrangement for Ukraine. */
export function analyzeArticle(title: string, body: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const relevance = assessRelevance(title, body, options);
  const commitments = relevance.relevant ? extractCommitments(title, body, options.gazetteer) : [];
  return { ...relevance, commitments };
}

/** An analyzer with its configuration bound, as the poller and the CLI take it. */
export function createAnalyzer(options: AnalyzeOptions): (title: string, body: string) => ArticleAnalysis {
  return (title, body) => analyzeArticle(title, body, options);
}
