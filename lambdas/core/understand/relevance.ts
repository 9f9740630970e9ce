export const DEFAULT_RELEVANCE_THRESHOLD = 3;

export interface RelevanceOptions {
  threshold?: number;
}

export interface Relevance {
  relevant: boolean;
  score: number;
  signals: string[];
}

export function assessRelevance(title: string, body: string, options: RelevanceOptions = {}): Relevance {
  const threshold = options.threshold ?? DEFAULT_RELEVANCE_THRESHOLD;
  const text = `${title}\n${body}`.toLowerCase();
  const signals: string[] = [];
  let score = 0;
  if (text.includes('coalition of the willing')) {
    score += 3;
    signals.push('coalition-of-the-willing');
  }
  if (text.includes('reassurance force')) {
    score += 3;
    signals.push('reassurance-force');
  }
  return { relevant: score >= threshold, score, signals };
}
