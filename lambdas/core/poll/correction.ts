import type { Commitment } from '../taxonomy.js';

/**
 * Whether a text that copies a known story is a correction of it: it gives one of the story's (country,
 * category) pairs another stance, in a sentence that rewords the story's own sentence for it. A wire service
 * corrects a story by re-issuing it word for word but for the statement that was wrong ("Norway will send a
 * frigate" becomes "Norway is considering sending a frigate"). A trimmed copy or a summary can read a pair
 * differently without correcting anything: from the very same sentence, read with less context around it, or
 * from a sentence of its own ("According to the report, ... while Berlin, reluctant ..."); neither is a
 * correction. `stated` is what the story states; stories stored before it was kept have none.
 */
export function corrects(
  commitments: readonly Commitment[],
  stated: readonly Commitment[] | undefined,
): boolean {
  return commitments.some((c) =>
    (stated ?? []).some(
      (s) =>
        s.country === c.country &&
        s.category === c.category &&
        s.stance !== c.stance &&
        rewords(s.evidence, c.evidence),
    ),
  );
}

/** Share of their distinct words two sentences must have in common to be one sentence reworded. */
const REWORDED = 0.5;

/** Whether `after` is `before` with some words changed: not the same sentence, and not another one. */
function rewords(before: string, after: string): boolean {
  const a = wordsOf(before);
  const b = wordsOf(after);
  if (a.join(' ') === b.join(' ')) return false;
  const inA = new Set(a);
  const inB = new Set(b);
  const shared = [...inA].filter((word) => inB.has(word)).length;
  return shared / (inA.size + inB.size - shared) >= REWORDED;
}

const wordsOf = (sentence: string): string[] =>
  sentence
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
