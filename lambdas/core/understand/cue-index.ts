/**
 * Runs many word-list patterns over a text quickly. A pattern is tried only at the start of a word whose first
 * letters can begin one of its alternatives, so a sentence costs a few map lookups per word instead of every
 * alternative of every pattern at every word.
 */

export interface CueHit<T> {
  start: number;
  end: number;
  payload: T;
  /** Position of the pattern in the list: earlier patterns are the more specific. */
  rank: number;
}

interface Entry<T> {
  sticky: RegExp;
  payload: T;
  rank: number;
}

const PREFIX_LENGTH = 8;
/** Openings shorter than this are read on into what follows them (see the constructor). */
const SHORT_OPENING = 4;

/** Splits a pattern source at its top-level "|". */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** The group that opens at `open`, as its body and the index just past its ")". */
function groupAt(source: string, open: number): { body: string; end: number } {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) {
      const body = source.slice(open + 1, i).replace(/^\?(?::|=|!|<=|<!)/, '');
      return { body, end: i + 1 };
    }
  }
  return { body: '', end: source.length };
}

const ESCAPED_LITERAL = /[$./"'\-€£]/;

/**
 * The literal texts an alternative can start with (up to PREFIX_LENGTH characters), or undefined when it can
 * start with anything (a class, an optional part): such a pattern is tried at every word. `deep` reads on into
 * a group after the first letters ("will(?: not| never)" opens with "will not" or "will never").
 */
function prefixesOf(alternative: string, deep = false, limit = PREFIX_LENGTH): string[] | undefined {
  let literal = '';
  for (let i = 0; i < alternative.length && literal.length < limit; i++) {
    const char = alternative[i] ?? '';
    const next = alternative[i + 1] ?? '';
    if (char === '\\') {
      if (next === 'd' && literal.length === 0) return [...'0123456789'];
      if (!ESCAPED_LITERAL.test(next)) break;
      if ('?*{'.includes(alternative[i + 2] ?? '')) break;
      literal += next;
      i++;
      continue;
    }
    if (char === '(') {
      if (alternative.startsWith('(?<=', i) || alternative.startsWith('(?<!', i)) {
        // A lookbehind takes no characters: the opening is what follows it.
        i = groupAt(alternative, i).end - 1;
        continue;
      }
      if (alternative.startsWith('(?=', i) || alternative.startsWith('(?!', i)) break;
      if (literal.length > 0) {
        if (!deep) break;
        // Read only as far as the opening can go, which keeps the many optional groups from multiplying.
        const further = prefixesOf(alternative.slice(i), true, limit - literal.length);
        return further ? [...new Set(further.map((p) => literal + p))] : [literal];
      }
      const group = groupAt(alternative, i);
      const after = alternative[group.end] ?? '';
      if (after === '*' || after === '{') return undefined;
      const rest = alternative.slice(group.end + (after === '?' ? 1 : 0));
      // An optional opening group: the alternative starts with the group or with what follows it.
      const expansions = topLevelAlternatives(group.body).map((a) => a + rest);
      if (after === '?') expansions.push(rest);
      const inner = expansions.map((a) => prefixesOf(a, deep, limit));
      if (inner.some((p) => p === undefined)) return undefined;
      return deep ? [...new Set(inner.flat() as string[])] : (inner.flat() as string[]);
    }
    if ('[.?*+{|)^$'.includes(char)) break;
    if ('?*{'.includes(next)) break;
    literal += char;
  }
  return literal.length > 0 ? [literal] : undefined;
}

/**
 * The longer openings, beginning with `prefix`, that the alternatives opening with `prefix` can start with; none
 * begins with another, so a word meets at most one of them.
 */
function deeperOpenings(prefix: string, alternatives: string[]): string[] {
  const openings = new Set<string>();
  for (const alternative of alternatives) {
    const deeper = (prefixesOf(alternative, true) ?? [prefix]).filter(
      (opening) => opening.startsWith(prefix) || prefix.startsWith(opening),
    );
    // An alternative whose deeper openings cannot be told keeps the one it has.
    if (deeper.length === 0) openings.add(prefix);
    for (const opening of deeper) openings.add(opening.startsWith(prefix) ? opening : prefix);
  }
  const all = [...openings];
  return all.filter(
    (opening) => !all.some((other) => other.length < opening.length && opening.startsWith(other)),
  );
}

/** Strips the word boundaries w() puts around a list: "\b(?:a|b)\b" -> "a|b". */
function innerSource(re: RegExp): string {
  const match = /^\\b\(\?:([\s\S]*)\)\\b$/.exec(re.source);
  return match?.[1] ?? re.source;
}

interface TrieNode<T> {
  entries: Entry<T>[];
  next: Map<number, TrieNode<T>>;
}

const newNode = <T>(): TrieNode<T> => ({ entries: [], next: new Map() });

/**
 * The trie compiled to a flat table: for state s and an ASCII code c, ASCII_NEXT[s * 128 + c] is the next state
 * plus one (0: none). One typed-array read per character is what keeps the walk cheap; the few openings that
 * are not ASCII ("€") go through a map.
 */
interface CompiledTrie<T> {
  asciiNext: Int32Array;
  otherNext: Map<number, number>[];
  entries: Entry<T>[][];
}

function insert<T>(root: TrieNode<T>, prefix: string, entry: Entry<T>): void {
  let node = root;
  for (let i = 0; i < prefix.length; i++) {
    const code = prefix.charCodeAt(i);
    let next = node.next.get(code);
    if (!next) {
      next = newNode<T>();
      node.next.set(code, next);
    }
    node = next;
  }
  node.entries.push(entry);
}

function compile<T>(root: TrieNode<T>): CompiledTrie<T> {
  const nodes: TrieNode<T>[] = [root];
  for (let i = 0; i < nodes.length; i++)
    for (const next of (nodes[i] as TrieNode<T>).next.values()) nodes.push(next);
  const index = new Map(nodes.map((node, i) => [node, i]));
  const asciiNext = new Int32Array(nodes.length * 128);
  const otherNext = nodes.map(() => new Map<number, number>());
  nodes.forEach((node, i) => {
    for (const [code, next] of node.next) {
      const state = index.get(next) as number;
      if (code < 128) asciiNext[i * 128 + code] = state + 1;
      else otherNext[i]?.set(code, state);
    }
  });
  return { asciiNext, otherNext, entries: nodes.map((node) => node.entries) };
}

export class CueIndex<T> {
  private readonly always: Entry<T>[] = [];
  private readonly patternCount: number;
  private readonly trie: CompiledTrie<T>;

  constructor(patterns: { re: RegExp; payload: T }[]) {
    this.patternCount = patterns.length;
    // Openings as a trie of character codes, built here and then compiled to the table the scan reads.
    const root = newNode<T>();
    patterns.forEach(({ re, payload }, rank) => {
      const flags = `${re.flags.replace(/[gy]/g, '')}y`;
      // One sticky pattern per opening, holding only the alternatives that can start there.
      const byOpening = new Map<string, string[]>();
      for (const alternative of topLevelAlternatives(innerSource(re))) {
        for (const prefix of prefixesOf(alternative) ?? ['']) {
          byOpening.set(prefix, [...(byOpening.get(prefix) ?? []), alternative]);
        }
      }
      const openings = [...byOpening.keys()];
      for (const [prefix, alternatives] of byOpening) {
        const entry: Entry<T> = {
          sticky: new RegExp(`(?:${alternatives.join('|')})\\b`, flags),
          payload,
          rank,
        };
        // A short opening ("to", "is") is met at many words: such an entry is tried further down the trie, where
        // the words after it are known. Only when no longer opening of the same pattern could be tried before it
        // there: of a pattern's openings met at one word, the shorter is tried first, and which of them matches
        // first decides the hit.
        const stays =
          prefix.length >= SHORT_OPENING ||
          openings.some((other) => other.length > prefix.length && other.startsWith(prefix));
        for (const opening of stays ? [prefix] : deeperOpenings(prefix, alternatives)) {
          if (opening === '') this.always.push(entry);
          else insert(root, opening, entry);
        }
      }
    });
    this.trie = compile(root);
  }

  /** The state after `code` from `state`, or -1. */
  private step(state: number, code: number): number {
    if (code < 128) return (this.trie.asciiNext[state * 128 + code] as number) - 1;
    return this.trie.otherNext[state]?.get(code) ?? -1;
  }

  /** Every match starting at a word start in [from, to), ending by `to`; a pattern's matches do not overlap. */
  find(text: string, from = 0, to = text.length): CueHit<T>[] {
    const hits: CueHit<T>[] = [];
    const busyUntil = new Array<number>(this.patternCount).fill(-1);
    // Read once here rather than through `this` at every character of the walk.
    const { asciiNext, entries: entriesAt } = this.trie;
    const always = this.always;
    // Cues start a word: visit the first character of each space-separated token, past any opening quote
    // or bracket. Jumping from space to space keeps the scan native and cheap.
    for (let at = from; at < to; at = nextToken(text, at, to)) {
      while (at < to && !isCueStart(text.charCodeAt(at))) at++;
      if (at >= to || text.charCodeAt(at) === 32 || isWordCode(text.charCodeAt(at - 1))) continue;
      if (always.length > 0) tryEntries(always, text, at, to, busyUntil, hits);
      let code = text.charCodeAt(at);
      let state = code < 128 ? (asciiNext[code] as number) - 1 : this.step(0, code);
      for (let depth = 1; depth <= PREFIX_LENGTH && state >= 0; depth++) {
        const entries = entriesAt[state] as Entry<T>[];
        if (entries.length > 0) tryEntries(entries, text, at, to, busyUntil, hits);
        if (depth < PREFIX_LENGTH) {
          code = text.charCodeAt(at + depth);
          state = code < 128 ? (asciiNext[state * 128 + code] as number) - 1 : this.step(state, code);
        }
      }
    }
    // Found in order of start already; only hits sharing a start can be out of rank order.
    return inOrder(hits) ? hits : hits.sort(byStartThenRank);
  }
}

const byStartThenRank = <T>(a: CueHit<T>, b: CueHit<T>): number => a.start - b.start || a.rank - b.rank;

function inOrder<T>(hits: CueHit<T>[]): boolean {
  for (let i = 1; i < hits.length; i++) {
    if (byStartThenRank(hits[i - 1] as CueHit<T>, hits[i] as CueHit<T>) > 0) return false;
  }
  return true;
}

/** Tries the entries at `at`, skipping a pattern whose last match has not ended yet. */
function tryEntries<T>(
  entries: Entry<T>[],
  text: string,
  at: number,
  to: number,
  busyUntil: number[],
  hits: CueHit<T>[],
): void {
  for (const entry of entries) {
    if ((busyUntil[entry.rank] ?? -1) > at) continue;
    // test() over exec(): a sticky match ends at lastIndex, and no match array is built per try.
    entry.sticky.lastIndex = at;
    if (!entry.sticky.test(text)) continue;
    const end = entry.sticky.lastIndex;
    if (end === at || end > to) continue;
    busyUntil[entry.rank] = end;
    hits.push({ start: at, end, payload: entry.payload, rank: entry.rank });
  }
}

// Cues begin with a letter, a digit or a currency sign; quotes, brackets and the like before them are skipped.
function isCueStart(code: number): boolean {
  return isWordCode(code) || code === 36 || code === 8364 || code === 163;
}

function nextToken(text: string, at: number, to: number): number {
  const space = text.indexOf(' ', at + 1);
  return space === -1 || space >= to ? to : space + 1;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code > 191
  );
}
