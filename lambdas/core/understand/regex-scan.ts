/**
 * Every match of a global regular expression, as `text.matchAll(re)` gives them, without its cost: matchAll
 * clones the expression on every call, which on the short texts of a sentence costs more than the matching.
 *
 * The scan always starts at the beginning of `text`, whatever an earlier `test()` left in `re.lastIndex`
 * (a result must not depend on what was read before), and leaves lastIndex as it found it.
 */
export function matchesIn(re: RegExp, text: string): RegExpExecArray[] {
  const startedAt = re.lastIndex;
  re.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step past it as matchAll does.
    if (match[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = startedAt;
  return found;
}

/** The index after `at`, a whole code point on in unicode mode. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
