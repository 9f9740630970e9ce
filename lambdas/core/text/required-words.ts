import { closingOf, topLevelAlternatives } from './longest-match.js';

/**
 * Words one of which every match of `re` contains, read from its source, or undefined when none is known: the
 * longest run of ASCII letters, digits and spaces outside any group ("appeared first on"), else the literal
 * openings of the branches of a group ("newsletter", "sign up", "subscribe"). Under the i flag they are in lower
 * case, to be looked for in the lower-cased text: without the u flag an ASCII letter matches only its own two
 * cases, which lower-case to it. A search for a word is native and fast, where a pattern with counted parts or
 * no anchor is tried at many positions of a text that lacks it.
 */
export function requiredWords(re: RegExp): readonly string[] | undefined {
  // A skipped test of a global or sticky pattern would leave its lastIndex where it was; under i and u
  // together a few other letters match ASCII ones (the Kelvin sign, the long s).
  if (re.global || re.sticky || re.flags.includes('v') || (re.ignoreCase && re.unicode)) return undefined;
  const source = re.source;
  if (topLevelAlternatives(source)?.length !== 1) return undefined;
  let longestRun = '';
  let branchWords: string[] | undefined;
  let run = '';
  for (let i = 0; i < source.length; ) {
    const char = source[i] as string;
    let next = i + 1;
    let literal: string | undefined;
    let group: string | undefined;
    if (char === '\\') next = escapeEnd(source, i);
    else if (char === '[' || char === '(') {
      next = closingOf(source, i);
      if (next < 0) return undefined;
      if (char === '(' && (source[i + 1] !== '?' || source[i + 2] === ':'))
        group = source.slice(source[i + 1] === '?' ? i + 3 : i + 1, next - 1);
    } else if (LITERAL.test(char)) literal = re.ignoreCase ? char.toLowerCase() : char;
    const quantifier = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(next));
    if (next <= i) return undefined;
    if (literal !== undefined && !quantifier) run += literal;
    else {
      if (run.length > longestRun.length) longestRun = run;
      run = '';
    }
    if (group !== undefined && !quantifier && branchWords === undefined) {
      const openings = topLevelAlternatives(group)?.map((branch) => leadingLiteral(branch, re.ignoreCase));
      if (openings?.every((opening) => opening !== '')) branchWords = openings;
    }
    i = next + (quantifier ? quantifier[0].length : 0);
  }
  if (run.length > longestRun.length) longestRun = run;
  return longestRun.trim() !== '' ? [longestRun] : branchWords;
}

const LITERAL = /^[A-Za-z0-9 ]$/;

/** The end of the escape at `at`: "\p{L}" and "\u00e9" are one escape, "\b" and "\." two characters. */
function escapeEnd(source: string, at: number): number {
  const long = /^\\(?:[pPu]\{[^}]*\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|\d+)/.exec(source.slice(at));
  return at + (long ? long[0].length : 2);
}

/** The literal letters, digits and spaces a branch opens with (after any \b), each one unrepeated. */
function leadingLiteral(branch: string, ignoreCase: boolean): string {
  let at = branch.startsWith('\\b') ? 2 : 0;
  let opening = '';
  for (; at < branch.length && LITERAL.test(branch[at] as string); at++) {
    const after = branch[at + 1];
    if (after !== undefined && '?*+{'.includes(after)) break;
    opening += ignoreCase ? (branch[at] as string).toLowerCase() : branch[at];
  }
  return opening;
}
