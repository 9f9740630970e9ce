/**
 * How long a text a pattern anchored at both ends ("^.{0,80}©.{0,80}$") can match, read from its source: a
 * longer text is known not to match without running it, and such a pattern, tried on a long paragraph, backs
 * off through every length its counted parts allow before it fails.
 */

/**
 * The most UTF-16 code units a text matched by `re` can have, when `re` must match the whole text (one
 * alternative from ^ to $, no m flag); Infinity when that is not so, not bounded or not known.
 */
export function longestWholeMatch(re: RegExp): number {
  const source = re.source;
  if (re.multiline || re.global || re.sticky || re.flags.includes('v')) return Number.POSITIVE_INFINITY;
  if (!source.startsWith('^') || !source.endsWith('$') || escapedAt(source, source.length - 1))
    return Number.POSITIVE_INFINITY;
  const alternatives = topLevelAlternatives(source);
  if (alternatives === undefined || alternatives.length !== 1) return Number.POSITIVE_INFINITY;
  return longest(source, re.unicode);
}

/** Whether the character at `at` is escaped (an odd number of backslashes before it). */
function escapedAt(source: string, at: number): boolean {
  let slashes = 0;
  for (let i = at - 1; i >= 0 && source[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

/** Where the group or class opening at `open` ends (the index past its closing character), or -1. */
export function closingOf(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') {
      // "(" and ")" in a class are characters; "]" right after "[" or "[^" closes it in JavaScript.
      let j = i + 1;
      if (source[j] === '^') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) return -1;
      if (open === i) return j + 1;
      i = j;
    } else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** A source split at its own "|" (not those inside groups or classes), or undefined when unbalanced. */
export function topLevelAlternatives(source: string): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[' || char === '(') {
      const end = closingOf(source, i);
      if (end < 0) return undefined;
      i = end - 1;
    } else if (char === '|') {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** The longest match of a source, as code units; a character that may be astral (u flag) counts two. */
function longest(source: string, unicode: boolean): number {
  const alternatives = topLevelAlternatives(source);
  if (alternatives === undefined) return Number.POSITIVE_INFINITY;
  if (alternatives.length > 1) return Math.max(...alternatives.map((a) => longest(a, unicode)));
  const anyCharacter = unicode ? 2 : 1;
  let total = 0;
  for (let i = 0; i < source.length; ) {
    const char = source[i] as string;
    let atom: number;
    let next = i + 1;
    if (char === '\\') {
      const kind = source[i + 1] ?? '';
      if (kind === 'b' || kind === 'B') {
        atom = 0;
        next = i + 2;
      } else if (/[1-9k]/.test(kind))
        return Number.POSITIVE_INFINITY; // a back-reference
      else if ((kind === 'p' || kind === 'P' || kind === 'u') && unicode && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        if (close < 0) return Number.POSITIVE_INFINITY;
        atom = 2;
        next = close + 1;
      } else if (kind === 'u' || kind === 'x' || kind === 'c') {
        // Anything but a well-formed escape reads its letters literally: not worth following.
        const wellFormed = /^\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z])/.exec(source.slice(i));
        if (!wellFormed) return Number.POSITIVE_INFINITY;
        atom = 1;
        next = i + wellFormed[0].length;
      } else {
        atom = /[DWS]/.test(kind) ? anyCharacter : 1;
        next = i + 2;
      }
    } else if (char === '[') {
      next = closingOf(source, i);
      if (next < 0) return Number.POSITIVE_INFINITY;
      atom = anyCharacter;
    } else if (char === '(') {
      next = closingOf(source, i);
      if (next < 0) return Number.POSITIVE_INFINITY;
      const body = source.slice(i + 1, next - 1);
      // A lookaround takes no characters.
      atom = /^\?(?:=|!|<=|<!)/.test(body) ? 0 : longest(body.replace(/^\?(?::|<[A-Za-z]\w*>)/, ''), unicode);
    } else if (char === '^' || char === '$') atom = 0;
    else if (char === '.') atom = anyCharacter;
    else if ('|)]}?*+{'.includes(char)) return Number.POSITIVE_INFINITY;
    else if (unicode && /[\uD800-\uDBFF]/.test(char) && /[\uDC00-\uDFFF]/.test(source[i + 1] ?? '')) {
      // One code point in two units: a count after it repeats both.
      atom = 2;
      next = i + 2;
    } else atom = 1;
    const quantifier = /^(?:[?*+]|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(next));
    if (quantifier) {
      const [whole, least, comma, most] = quantifier;
      const times = whole.startsWith('?')
        ? 1
        : whole.startsWith('*') || whole.startsWith('+')
          ? Number.POSITIVE_INFINITY
          : comma === undefined
            ? Number(least)
            : most === '' || most === undefined
              ? Number.POSITIVE_INFINITY
              : Number(most);
      atom = atom === 0 ? 0 : atom * times;
      next += whole.length;
    } else if (source[next] === '{') return Number.POSITIVE_INFINITY;
    total += atom;
    i = next;
  }
  return total;
}
