/**
 * A pattern source matching exactly the given literal texts, their common openings factored out: "not yet",
 * "not been", "never" becomes "n(?:ot (?:yet|been)|ever)". V8 tries the branches of a flat alternation one
 * after the other at every position of the text, so a gate of a hundred words costs a hundred tries where few
 * share a first letter; factored, each position costs one step down a branch per letter that fits.
 *
 * Where one text begins another, the longer is tried first, as a list sorted longest first would be: a global
 * search finds the same texts at the same places as the flat alternation of the texts, longest first.
 */
export function literalAlternation(texts: readonly string[]): string {
  if (texts.length === 0) return '(?!)';
  const root: TrieNode = { next: new Map(), ends: false };
  for (const text of texts) {
    let node = root;
    for (const char of text) {
      let child = node.next.get(char);
      if (child === undefined) {
        child = { next: new Map(), ends: false };
        node.next.set(char, child);
      }
      node = child;
    }
    node.ends = true;
  }
  return sourceOf(root);
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: boolean;
}

// Only the syntax characters: under the u flag escaping any other ("\-") is an error.
const escaped = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** What follows `node`: its branches in one group, optional where a text ends at it (greedy: longest first). */
function sourceOf(node: TrieNode): string {
  const branches: string[] = [];
  for (const [char, child] of node.next) {
    // A chain of single children is written out as one run of letters.
    let run = escaped(char);
    let at = child;
    while (at.next.size === 1 && !at.ends) {
      const [nextChar, nextNode] = at.next.entries().next().value as [string, TrieNode];
      run += escaped(nextChar);
      at = nextNode;
    }
    branches.push(run + sourceOf(at));
  }
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !node.ends ? (branches[0] as string) : `(?:${branches.join('|')})`;
  return node.ends ? `${group}?` : group;
}
