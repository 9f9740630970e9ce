import type { Commitment } from '../taxonomy.js';
import { extractCommitments } from './extract-commitments.js';
import { assessRelevance, type RelevanceOptions } from './relevance.js';

export interface ArticleAnalysis {
  relevant: boolean;
  score: number;
  /** Which relevance signals fired, so a reader can see why an article was kept or dropped. */
  signals: string[];
  commitments: Commitment[];
}

export type AnalyzeOptions = RelevanceOptions;

/** Relevance first: commitments are read only from articles about the post-war arrangement for Ukraine. */
export function analyzeArticle(title: string, body: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const relevance = assessRelevance(title, body, options);
  const commitments = relevance.relevant ? extractCommitments(title, body) : [];
  return { ...relevance, commitments };
}
