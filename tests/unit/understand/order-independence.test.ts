import { describe, expect, it } from 'vitest';
import { readLabelledSet } from '../../../bin/local/labelled-set.js';
import { extractCommitments } from '../../../lambdas/core/understand/extract-commitments.js';

// Regular expressions with the global flag keep state between calls; what one article says must never
// depend on which article was read before it.
describe('analysis', () => {
  it('reads every article the same whatever was read before it', async () => {
    const dirs = ['tests/fixtures/eval/own', 'tests/fixtures/eval/heldout', 'tests/fixtures/eval/copies'];
    const sets = await Promise.all(dirs.map(readLabelledSet));
    // Paragraph by paragraph, relevant or not: many more sentences than whole relevant articles give.
    const texts = sets.flatMap((set) =>
      [...set.articles.values()].flatMap((a) =>
        a.body
          .split(/\n\s*\n/)
          .map((paragraph, i) => ({ id: `${set.dir}/${a.id}#${i}`, title: a.title, body: paragraph })),
      ),
    );
    const read = (list: typeof texts) =>
      new Map(list.map((t) => [t.id, JSON.stringify(extractCommitments(t.title, t.body))]));

    const forwards = read(texts);
    const backwards = read([...texts].reverse());

    for (const [id, result] of forwards) expect(backwards.get(id), id).toBe(result);
  });
});
