import type { Commitment } from '../taxonomy.js';

/** What the understanding stage says of one article; the poll depends on this shape only. */
export interface Analysis {
  relevant: boolean;
  score: number;
  commitments: Commitment[];
}

export type Analyzer = (title: string, body: string) => Analysis;
