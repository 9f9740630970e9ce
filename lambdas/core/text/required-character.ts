import { closingOf, topLevelAlternatives } from './longest-match.js';

/**
 * A punctuation mark every match of `re` contains, read from its source ("(" in "\((?:left|right)\)"), or
 * undefined when none is known. A search for one character is native and fast, where an unanchored pattern
 * is tried at every position of a text that lacks it. Only a mark outside any group, class or repetition
 * counts; letters, digits and spaces are left out (too common to spare anything, and letters have cases).
 */
export function requiredCharacter(re: RegExp): string | undefined {
  // A skipped test of a global or sticky pattern would leave its lastIndex where it was.
  if (re.global || re.sticky || re.flags.includes('v')) return undefined;
  const source = re.source;
  if (topLevelAlternatives(source)?.length !== 1) return undefined;
  for (let i = 0; i < source.length; ) {
    const char = source[i] as string;
    let mark: string | undefined;
    let next = i + 1;
    if (char === '\\') {
      const kind = source[i + 1] ?? '';
      // "\(" is a mark; any other escape is a class, an assertion or a code, skipped whole.
      if (/[^\w\s]/.test(kind)) {
        mark = kind;
        next = i + 2;
      } else {
        const skipped =
          /^\\(?:[pPu]\{[^}]*\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|\d+|[bBdDwWsSfnrtv0])/.exec(
            source.slice(i),
          );
        if (!skipped) return undefined;
        next = i + skipped[0].length;
      }
    } else if (char === '[' || char === '(') {
      next = closingOf(source, i);
      if (next < 0) return undefined;
    } else if ('|)]}?*+{'.includes(char)) return undefined;
    else if (!'.^$'.includes(char)) mark = char;
    const after = source[next];
    const quantified = after !== undefined && '?*+{'.includes(after);
    // Only ASCII punctuation under the i flag: a few other symbols have a case.
    const caseless = mark !== undefined && (!re.ignoreCase || mark.charCodeAt(0) < 128);
    if (
      mark !== undefined &&
      !quantified &&
      caseless &&
      !/[\p{L}\p{N}\s]/u.test(mark) &&
      !/[\uD800-\uDFFF]/.test(mark)
    )
      return mark;
    if (quantified) {
      const counted = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(next));
      if (!counted) return undefined;
      next += counted[0].length;
    }
    i = next;
  }
  return undefined;
}
