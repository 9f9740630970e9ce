import { stripBoilerplate } from '../../lambdas/core/ingest/boilerplate.js';
import type { Analyzer } from '../../lambdas/core/poll/analyzer.js';
import { type EvalScores, scoreEval, type Triple } from '../../lambdas/core/understand/score-eval.js';
import type { LabelledSet } from './labelled-set.js';

/**
 * Relevance and extraction over a set's distinct articles, read as the poll reads them (boilerplate
 * stripped). Copies are left out: they are recognised before anything reads them.
 */
export function scoreArticles(set: LabelledSet, analyze: Analyzer): EvalScores {
  const distinct = [...set.articles.values()].filter((a) => a.label.duplicateOf === null);
  const labels = distinct.map((a) => ({
    id: a.id,
    relevant: a.label.relevant,
    commitments: a.label.commitments,
  }));
  const predictions = distinct.map((a) => {
    const result = analyze(a.title, stripBoilerplate(a.body));
    return {
      id: a.id,
      relevant: result.relevant,
      commitments: result.commitments.map((c) => [c.country, c.category, c.stance] as Triple),
    };
  });
  return scoreEval(labels, predictions);
}
