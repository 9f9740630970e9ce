import type { Category, CountryCode, Stance } from '../taxonomy.js';

export type Triple = [CountryCode, Category, Stance];

export interface LabelledArticle {
  id: string;
  relevant: boolean;
  commitments: Triple[];
}

export interface PredictedArticle {
  id: string;
  relevant: boolean;
  commitments: Triple[];
}

export interface TripleError {
  id: string;
  triple: Triple;
}

export interface EvalScores {
  articles: number;
  relevance: {
    precision: number;
    recall: number;
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
  };
  extraction: {
    precision: number;
    recall: number;
    f1: number;
    correct: number;
    predicted: number;
    expected: number;
  };
  misses: TripleError[];
  extras: TripleError[];
  /** Articles whose relevance was called wrong, by id. */
  relevanceErrors: { id: string; expected: boolean; predicted: boolean }[];
}

const ratio = (num: number, den: number): number => (den === 0 ? 1 : num / den);
const key = (t: Triple): string => t.join(':');

/**
 * Scores predictions against labels. Triples count over articles labelled relevant (a relevant article
 * predicted irrelevant loses all its triples); triples predicted for an article labelled irrelevant are extras.
 */
export function scoreEval(labels: LabelledArticle[], predictions: PredictedArticle[]): EvalScores {
  const byId = new Map(predictions.map((p) => [p.id, p]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  let predicted = 0;
  let expected = 0;
  const misses: TripleError[] = [];
  const extras: TripleError[] = [];
  const relevanceErrors: EvalScores['relevanceErrors'] = [];
  for (const label of labels) {
    const prediction = byId.get(label.id) ?? { id: label.id, relevant: false, commitments: [] };
    if (label.relevant && prediction.relevant) tp++;
    else if (!label.relevant && prediction.relevant) fp++;
    else if (label.relevant && !prediction.relevant) fn++;
    if (label.relevant !== prediction.relevant) {
      relevanceErrors.push({ id: label.id, expected: label.relevant, predicted: prediction.relevant });
    }
    const want = label.relevant
      ? new Map(label.commitments.map((t) => [key(t), t]))
      : new Map<string, Triple>();
    const got = new Map(prediction.commitments.map((t) => [key(t), t]));
    expected += want.size;
    predicted += got.size;
    for (const [k, t] of want) {
      if (got.has(k)) correct++;
      else misses.push({ id: label.id, triple: t });
    }
    for (const [k, t] of got) if (!want.has(k)) extras.push({ id: label.id, triple: t });
  }
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, expected);
  return {
    articles: labels.length,
    relevance: {
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
    },
    extraction: {
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      correct,
      predicted,
      expected,
    },
    misses,
    extras,
    relevanceErrors,
  };
}
