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
  /**
   * Where the entry stands in the order entries are tried at one word: by the length of the opening it was
   * filed under, then as filed. Of a pattern's entries, the first that matches decides the hit.
   */
  order: number;
  /** The entry's alternatives as plain text, matched without the regular expression; undefined: not plain. */
  forms: Form[] | undefined;
}

/** A plain alternative: literal text, then perhaps a run of word characters ("\\w*", "\\w+"). */
interface Form {
  text: string;
  run: '' | '*' | '+';
}

/** Beyond this many forms an entry keeps its regular expression, which tells them apart faster. */
const MAX_FORMS = 16;

const PREFIX_LENGTH = 8;
/**
 * How far an entry's openings are read on for the trie (its leads): an entry is tried only where the word goes on
 * as one of its alternatives can, which spares the regular expression at most words that share a short opening.
 */
const LEAD_LENGTH = 12;
/** Room for the filing numbers of one opening length: more than the entries of all patterns. */
const ORDER_STEP = 1 << 20;
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
function prefixesOf(
  alternative: string,
  deep = false,
  limit = PREFIX_LENGTH,
  /** Whether the alternative's last character is read too (the openings leave it out). */
  readsLast = false,
): string[] | undefined {
  // A quantifier at `at` makes the character before it optional or repeated.
  const quantifierAt = (at: number): boolean =>
    '?*{'.includes(alternative[at] ?? '') && (!readsLast || at < alternative.length);
  let literal = '';
  for (let i = 0; i < alternative.length && literal.length < limit; i++) {
    const char = alternative[i] ?? '';
    const next = alternative[i + 1] ?? '';
    if (char === '\\') {
      if (next === 'd' && literal.length === 0) return [...'0123456789'];
      if (!ESCAPED_LITERAL.test(next)) break;
      if (quantifierAt(i + 2)) break;
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
        const further = prefixesOf(alternative.slice(i), true, limit - literal.length, readsLast);
        return further ? [...new Set(further.map((p) => literal + p))] : [literal];
      }
      const group = groupAt(alternative, i);
      const after = alternative[group.end] ?? '';
      if (after === '*' || after === '{') return undefined;
      const rest = alternative.slice(group.end + (after === '?' ? 1 : 0));
      // An optional opening group: the alternative starts with the group or with what follows it.
      const expansions = topLevelAlternatives(group.body).map((a) => a + rest);
      if (after === '?') expansions.push(rest);
      const inner = expansions.map((a) => prefixesOf(a, deep, limit, readsLast));
      if (inner.some((p) => p === undefined)) return undefined;
      return deep ? [...new Set(inner.flat() as string[])] : (inner.flat() as string[]);
    }
    if ('[.?*+{|)^$'.includes(char)) break;
    if (quantifierAt(i + 1)) break;
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

/**
 * The texts at least one of which every match of `alternatives` starts with where a word starts with `opening`;
 * just the opening when some alternative's reading stops at it. None begins with another.
 */
function leadsOf(alternatives: string[], opening: string, readings: Map<string, string[]>): string[] {
  const leads = new Set<string>();
  for (const alternative of alternatives) {
    // An alternative is filed under each of its openings: it is read once.
    let reading = readings.get(alternative);
    if (reading === undefined) {
      reading = prefixesOf(alternative, true, LEAD_LENGTH, true) ?? [''];
      readings.set(alternative, reading);
    }
    for (const lead of reading) {
      if (lead.startsWith(opening)) leads.add(lead);
      else if (opening.startsWith(lead)) return [opening];
    }
  }
  // Shortest first, a lead is kept unless a shorter one kept begins it.
  const shortest = new Set<string>();
  for (const lead of [...leads].sort((a, b) => a.length - b.length)) {
    let covered = false;
    for (let length = opening.length; length < lead.length && !covered; length++)
      covered = shortest.has(lead.slice(0, length));
    if (!covered) shortest.add(lead);
  }
  return shortest.size > 0 ? [...shortest] : [opening];
}

/**
 * The texts a sequence of literal characters, optional characters ("s?") and groups of such ("(?:s|ed)?")
 * matches, in the order a regular expression tries them (greedy: with an optional part before without it);
 * undefined for anything else. A final "\\w*" or "\\w+" is allowed when `runs` (at the top level only).
 */
function formsOf(source: string, runs: boolean): Form[] | undefined {
  let forms: Form[] = [{ text: '', run: '' }];
  for (let i = 0; i < source.length; ) {
    let options: string[];
    const char = source[i] ?? '';
    if (char === '\\') {
      const escaped = source[i + 1] ?? '';
      if (
        escaped === 'w' &&
        runs &&
        (source[i + 2] === '*' || source[i + 2] === '+') &&
        i + 3 === source.length
      )
        return forms.map((form) => ({ text: form.text, run: source[i + 2] as '*' | '+' }));
      if (!ESCAPED_LITERAL.test(escaped)) return undefined;
      options = [escaped];
      i += 2;
    } else if (char === '(') {
      if (!source.startsWith('(?:', i)) return undefined;
      const group = groupAt(source, i);
      const alternatives = topLevelAlternatives(group.body);
      if (alternatives.length > MAX_FORMS) return undefined;
      const inner = alternatives.map((alternative) => formsOf(alternative, false));
      if (inner.some((alternativeForms) => alternativeForms === undefined)) return undefined;
      options = (inner.flat() as Form[]).map((form) => form.text);
      i = group.end;
    } else if ('[]{}|?*+.^$)'.includes(char)) return undefined;
    else {
      options = [char];
      i++;
    }
    const quantifier = source[i] ?? '';
    if (quantifier === '?') {
      if ('?*+{'.includes(source[i + 1] ?? '!')) return undefined;
      options = [...options, ''];
      i++;
    } else if ('*+{'.includes(quantifier) && quantifier !== '') return undefined;
    if (options.length === 1) for (const form of forms) form.text += options[0];
    else
      forms = forms.flatMap((form) => options.map((option) => ({ text: form.text + option, run: form.run })));
    if (forms.length > MAX_FORMS) return undefined;
  }
  return forms;
}

/** The forms of an entry's alternatives, in order, when every one of them is plain. */
function entryForms(alternatives: string[], flags: string): Form[] | undefined {
  // Only the plain sticky flag: case folding or unicode mode would change what the texts match.
  if (flags !== 'y' || alternatives.length > MAX_FORMS) return undefined;
  const forms: Form[] = [];
  for (const alternative of alternatives) {
    const alternativeForms = formsOf(alternative, true);
    if (alternativeForms === undefined) return undefined;
    forms.push(...alternativeForms);
  }
  return forms.length <= MAX_FORMS && forms.every((form) => form.text !== '') ? forms : undefined;
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
 * The trie compiled to flat tables. The characters the leads use are numbered 1..width-1 (their class; 0: a
 * character no lead has), and for state s, next[s * width + class] is the next state plus one (0: none): one
 * typed-array read per character, in a table a third the size of one row per ASCII code. The entries of state s
 * are entries[entryFrom[s]] up to entries[entryFrom[s + 1]].
 */
interface CompiledTrie<T> {
  asciiClass: Uint8Array;
  /** The classes of the few characters above ASCII that openings use ("€"). */
  otherClass: Map<number, number>;
  width: number;
  /**
   * The states of the first levels, which have many children and are met at every word, as a table: a row per
   * state, a cell per character class, the next state plus one (0: none).
   */
  next: Uint16Array;
  /** How many states, from the root, the table holds. */
  tabled: number;
  /**
   * Every other state's children as a short list (most have one): the whole table, a row of 45 cells for each
   * of 12,000 states, was larger than a core's cache, and the walk's deeper steps missed it.
   */
  childFrom: Uint16Array;
  childClass: Uint8Array;
  childState: Uint16Array;
  entryFrom: Uint16Array;
  entries: Entry<T>[];
}

/** How deep the table reaches: the root and the two levels below it (the trie's nodes are numbered by level). */
const TABLED_DEPTH = 2;

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
  const asciiClass = new Uint8Array(128);
  const otherClass = new Map<number, number>();
  let width = 1;
  for (const node of nodes) {
    for (const code of node.next.keys()) {
      if (code < 128 && asciiClass[code] === 0) asciiClass[code] = width++;
      else if (code >= 128 && !otherClass.has(code)) otherClass.set(code, width++);
    }
  }
  if (nodes.length >= 0xffff) throw new Error(`cue trie of ${nodes.length} states: too many for its table`);
  // Nodes are listed level by level (above), so the first levels are the first states.
  const depth = new Map<TrieNode<T>, number>([[root, 0]]);
  for (const node of nodes)
    for (const child of node.next.values()) depth.set(child, (depth.get(node) ?? 0) + 1);
  const tabled = nodes.findIndex((node) => (depth.get(node) ?? 0) > TABLED_DEPTH);
  const tableRows = tabled < 0 ? nodes.length : tabled;
  const next = new Uint16Array(tableRows * width);
  const childFrom = new Uint16Array(nodes.length + 1);
  const childClass: number[] = [];
  const childState: number[] = [];
  const entryFrom = new Uint16Array(nodes.length + 1);
  const entries: Entry<T>[] = [];
  nodes.forEach((node, i) => {
    childFrom[i] = childClass.length;
    for (const [code, child] of node.next) {
      const charClass = code < 128 ? (asciiClass[code] as number) : (otherClass.get(code) as number);
      if (i < tableRows) next[i * width + charClass] = (index.get(child) as number) + 1;
      else {
        childClass.push(charClass);
        childState.push(index.get(child) as number);
      }
    }
    entryFrom[i] = entries.length;
    entries.push(...node.entries);
  });
  childFrom[nodes.length] = childClass.length;
  entryFrom[nodes.length] = entries.length;
  if (childClass.length >= 0xffff || entries.length >= 0xffff)
    throw new Error(
      `cue trie of ${childClass.length} edges, ${entries.length} entries: too many for its lists`,
    );
  return {
    asciiClass,
    otherClass,
    width,
    next,
    tabled: tableRows,
    childFrom,
    childClass: Uint8Array.from(childClass),
    childState: Uint16Array.from(childState),
    entryFrom,
    entries,
  };
}

export class CueIndex<T> {
  private readonly always: Entry<T>[] = [];
  /** Per pattern, where its last match ended: reset by each find, kept to spare an allocation per call. */
  private readonly busyUntil: Int32Array;
  private readonly trie: CompiledTrie<T>;
  /** The entries one walk meets, by their index in the trie's entries: kept to spare an allocation per word. */
  private readonly reached: Int32Array;

  constructor(patterns: { re: RegExp; payload: T }[]) {
    this.busyUntil = new Int32Array(patterns.length);
    // Openings as a trie of character codes, built here and then compiled to the table the scan reads.
    const root = newNode<T>();
    let filed = 0;
    const readings = new Map<string, string[]>();
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
        const sticky = new RegExp(`(?:${alternatives.join('|')})\\b`, flags);
        const forms = entryForms(alternatives, flags);
        // A short opening ("to", "is") is met at many words: such an entry is tried further down the trie, where
        // the words after it are known. Only when no longer opening of the same pattern could be tried before it
        // there: of a pattern's openings met at one word, the shorter is tried first, and which of them matches
        // first decides the hit.
        const stays =
          prefix.length >= SHORT_OPENING ||
          openings.some((other) => other.length > prefix.length && other.startsWith(prefix));
        for (const opening of stays ? [prefix] : deeperOpenings(prefix, alternatives)) {
          const order = opening.length * ORDER_STEP + filed++;
          const entry: Entry<T> = { sticky, payload, rank, order, forms };
          if (opening === '') this.always.push(entry);
          // Filed under its leads, the entry is met only where one of them is: it is tried in its place in
          // the order all the same (see find).
          else for (const lead of leadsOf(alternatives, opening, readings)) insert(root, lead, entry);
        }
      }
    });
    this.trie = compile(root);
    this.reached = new Int32Array(this.trie.entries.length);
  }

  /** Every match starting at a word start in [from, to), ending by `to`; a pattern's matches do not overlap. */
  find(text: string, from = 0, to = text.length): CueHit<T>[] {
    const hits: CueHit<T>[] = [];
    const busyUntil = this.busyUntil.fill(-1);
    const always = this.always;
    // Cues start a word: the walk starts at the first character after a space (or after `from`) that can begin
    // a cue, past any opening quote or bracket; the rest of the word is passed over in one search for the next
    // space, which is native and much faster than reading each of its characters here.
    for (let at = from; at < to; ) {
      if (!isCueStart(text.charCodeAt(at))) {
        at++;
        continue;
      }
      if (!isWordCode(text.charCodeAt(at - 1))) {
        for (const entry of always) tryEntry(entry, text, at, to, busyUntil, hits);
        this.walk(text, at, to, busyUntil, hits);
      }
      const space = text.indexOf(' ', at + 1);
      if (space < 0) break;
      at = space + 1;
    }
    // Found in order of start already; only hits sharing a start can be out of rank order.
    return inOrder(hits) ? hits : hits.sort(byStartThenRank);
  }

  /**
   * Follows the trie along the text at `at` and tries the entries of every lead it passes, in their order (the
   * walk meets them by the length of their lead instead).
   */
  private walk(text: string, at: number, to: number, busyUntil: Int32Array, hits: CueHit<T>[]): void {
    const {
      asciiClass,
      otherClass,
      width,
      next,
      tabled,
      childFrom,
      childClass,
      childState,
      entryFrom,
      entries,
    } = this.trie;
    const reached = this.reached;
    let count = 0;
    // Past the end of the text no lead goes on.
    const depthLimit = Math.min(LEAD_LENGTH, text.length - at);
    let state = 0;
    for (let depth = 0; depth < depthLimit; depth++) {
      const code = text.charCodeAt(at + depth);
      const charClass = code < 128 ? (asciiClass[code] as number) : (otherClass.get(code) ?? 0);
      if (charClass === 0) break;
      if (state < tabled) state = (next[state * width + charClass] as number) - 1;
      else {
        const end = childFrom[state + 1] as number;
        let child = childFrom[state] as number;
        while (child < end && childClass[child] !== charClass) child++;
        state = child < end ? (childState[child] as number) : -1;
      }
      if (state < 0) break;
      const last = entryFrom[state + 1] as number;
      for (let i = entryFrom[state] as number; i < last; i++) {
        // Insertion by order: a walk meets a handful of entries at most.
        const order = (entries[i] as Entry<T>).order;
        let j = count++;
        for (; j > 0 && (entries[reached[j - 1] as number] as Entry<T>).order > order; j--)
          reached[j] = reached[j - 1] as number;
        reached[j] = i;
      }
    }
    for (let k = 0; k < count; k++)
      tryEntry(entries[reached[k] as number] as Entry<T>, text, at, to, busyUntil, hits);
  }
}

const byStartThenRank = <T>(a: CueHit<T>, b: CueHit<T>): number => a.start - b.start || a.rank - b.rank;

function inOrder<T>(hits: CueHit<T>[]): boolean {
  for (let i = 1; i < hits.length; i++) {
    if (byStartThenRank(hits[i - 1] as CueHit<T>, hits[i] as CueHit<T>) > 0) return false;
  }
  return true;
}

/** Tries one entry at `at`, unless its pattern's last match has not ended yet. */
function tryEntry<T>(
  entry: Entry<T>,
  text: string,
  at: number,
  to: number,
  busyUntil: Int32Array,
  hits: CueHit<T>[],
): void {
  if ((busyUntil[entry.rank] as number) > at) return;
  let end: number;
  if (entry.forms !== undefined) end = formsEnd(entry.forms, text, at);
  else {
    // test() over exec(): a sticky match ends at lastIndex, and no match array is built per try.
    entry.sticky.lastIndex = at;
    end = entry.sticky.test(text) ? entry.sticky.lastIndex : -1;
  }
  if (end <= at || end > to) return;
  busyUntil[entry.rank] = end;
  hits.push({ start: at, end, payload: entry.payload, rank: entry.rank });
}

/**
 * Where the first of the forms that matches at `at`, followed by a word boundary, ends (-1: none), as
 * "(?:forms)\\b" would match them: most words are plain, and the regular expression costs more to enter than
 * these few comparisons.
 */
function formsEnd(forms: Form[], text: string, at: number): number {
  for (const form of forms) {
    if (!text.startsWith(form.text, at)) continue;
    const end = at + form.text.length;
    if (form.run !== '') {
      let runEnd = end;
      while (isRegexWordCode(text.charCodeAt(runEnd))) runEnd++;
      // A greedy run of word characters ends on a word boundary.
      if (runEnd > end) return runEnd;
      if (form.run === '+') continue;
    }
    if (isRegexWordCode(text.charCodeAt(end - 1)) !== isRegexWordCode(text.charCodeAt(end))) return end;
  }
  return -1;
}

/** A word character as "\\w" and "\\b" read it: ASCII letters, digits and "_" (NaN, off the text, is none). */
function isRegexWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  );
}

// Cues begin with a letter, a digit or a currency sign; quotes, brackets and the like before them are skipped.
function isCueStart(code: number): boolean {
  return isWordCode(code) || code === 36 || code === 8364 || code === 163;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code > 191
  );
}
