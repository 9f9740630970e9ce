/**
 * Character scans that give exactly what the Unicode regular expressions `[\p{L}\p{N}]` and `\s` give, at a
 * fraction of their cost: on every paragraph of every article, `replace(/[^\p{L}\p{N}]+/gu, ' ')` and
 * `split(/\s+/)` were most of the time spent removing boilerplate.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether each BMP code unit is a letter or digit, learnt as met: 0 not yet known, 1 yes, 2 no. */
const BMP_WORD = new Uint8Array(0x10000);

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Code units taken by the code point at `at`: 2 for a surrogate pair, else 1. */
function widthAt(text: string, code: number, at: number): number {
  return isHighSurrogate(code) && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
}

/**
 * `/[\p{L}\p{N}]/u` for one UTF-16 code unit; false for NaN (past either end of a text) and for a surrogate,
 * which is no character on its own.
 */
export function isWordUnit(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (Number.isNaN(code) || (code >= 0xd800 && code <= 0xdfff)) return false;
  let known = BMP_WORD[code] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_WORD[code] = known;
  }
  return known === 1;
}

/** `/[\p{L}\p{N}]/u` for the code point starting at `at`, whose first code unit is `code`. */
function isWordCodeAt(text: string, code: number, at: number): boolean {
  if (code < 0xd800 || code > 0xdfff) return isWordUnit(code);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at) as number));
}

/** JavaScript's `\s`: ASCII white space, no-break and typographic spaces, line separators, the BOM. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length`, counting no further than `limit`
 * (a caller asking "more than 20 words?" needs no more than 21).
 */
export function countWords(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let counted = false;
  for (let at = 0; at < text.length && count < limit; ) {
    const code = text.charCodeAt(at);
    const width = widthAt(text, code, at);
    if (isSpaceCode(code)) counted = false;
    else if (!counted && isWordCodeAt(text, code, at)) {
      counted = true;
      count++;
    }
    at += width;
  }
  return count;
}

/** `text.trim().split(/\s+/).length` (1 for a blank text), counting no further than `limit`. */
export function countTokens(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inToken = false;
  for (let at = 0; at < text.length && count < limit; at++) {
    const space = isSpaceCode(text.charCodeAt(at));
    if (!space && !inToken) count++;
    inToken = !space;
  }
  return Math.max(count, 1);
}

/** `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')`: a line's letters and digits, for comparing lines. */
export function lettersAndDigits(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let runStart = -1;
  let gap = false;
  for (let at = 0; at < lower.length; ) {
    const code = lower.charCodeAt(at);
    const width = widthAt(lower, code, at);
    if (isWordCodeAt(lower, code, at)) {
      if (runStart < 0) {
        runStart = at;
        if (gap) out += ' ';
        gap = false;
      }
    } else {
      if (runStart >= 0) out += lower.slice(runStart, at);
      runStart = -1;
      gap = true;
    }
    at += width;
  }
  if (runStart >= 0) out += lower.slice(runStart);
  if (gap) out += ' ';
  return out;
}

/**
 * A 32-bit hash (FNV-1a) of what `lettersAndDigits(text)` returns, computed without building that string:
 * comparing every paragraph against the others by its full key cost more than all the rules for boilerplate.
 * Equal keys give equal hashes; a caller confirms a hash match with `lettersAndDigits`.
 */
export function lettersAndDigitsHash(text: string): number {
  return loweredHeadHash(text.toLowerCase(), Number.POSITIVE_INFINITY);
}

/**
 * The FNV-1a hash of the head of what `lettersAndDigits(text)` returns: up to and including its `points`-th
 * letter or digit (all of it when it has fewer). Equal keys still give equal hashes, and paragraphs differ in
 * their first words, so a long one is not read, nor lower-cased, to its end. A caller confirms a hash match
 * with `lettersAndDigits`.
 */
export function lettersAndDigitsHeadHash(text: string, points: number): number {
  let hash = 0x811c9dc5;
  let inRun = false;
  let gap = false;
  let counted = 0;
  // ASCII lower-cases letter by letter, and a quote or a dash is no letter in either case; at any other
  // character the head is read from the lower-cased text.
  for (let at = 0; at < text.length; at++) {
    let code = text.charCodeAt(at);
    if (code >= 128) {
      if (!isCaselessGap(code)) return loweredHeadHash(text.toLowerCase(), points);
      inRun = false;
      gap = true;
      continue;
    }
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (!inRun && gap) hash = Math.imul(hash ^ 32, 0x01000193);
      inRun = true;
      gap = false;
      hash = Math.imul(hash ^ code, 0x01000193);
      if (++counted === points) return hash >>> 0;
    } else {
      inRun = false;
      gap = true;
    }
  }
  if (gap) hash = Math.imul(hash ^ 32, 0x01000193);
  return hash >>> 0;
}

/** Whether each BMP code unit lower-cases to itself and is no letter or digit: 0 not yet known, 1 yes, 2 no. */
const BMP_CASELESS_GAP = new Uint8Array(0x10000);

/** A character that is a gap in the key whatever the case (only a letter's lower case depends on its neighbours). */
function isCaselessGap(code: number): boolean {
  let known = BMP_CASELESS_GAP[code] as number;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known =
      !isHighSurrogate(code) && !isLowSurrogate(code) && !isWordUnit(code) && char.toLowerCase() === char
        ? 1
        : 2;
    BMP_CASELESS_GAP[code] = known;
  }
  return known === 1;
}

/** The hash of `lettersAndDigits` read off an already lower-cased text, stopping after `points` letters or digits. */
function loweredHeadHash(lower: string, points: number): number {
  let hash = 0x811c9dc5;
  let inRun = false;
  let gap = false;
  let counted = 0;
  for (let at = 0; at < lower.length; ) {
    const code = lower.charCodeAt(at);
    const width = widthAt(lower, code, at);
    if (isWordCodeAt(lower, code, at)) {
      if (!inRun && gap) hash = Math.imul(hash ^ 32, 0x01000193);
      inRun = true;
      gap = false;
      hash = Math.imul(hash ^ code, 0x01000193);
      if (width === 2) hash = Math.imul(hash ^ lower.charCodeAt(at + 1), 0x01000193);
      if (++counted === points) return hash >>> 0;
    } else {
      inRun = false;
      gap = true;
    }
    at += width;
  }
  if (gap) hash = Math.imul(hash ^ 32, 0x01000193);
  return hash >>> 0;
}

/**
 * Where the first comma or semicolon at or after `from` is, or -1: what `text.slice(from).search(/[,;]/)` finds,
 * counted from the text's start, without the slice or the regular expression (asked of every attribution).
 */
export function commaOrSemicolonAt(text: string, from = 0): number {
  const comma = text.indexOf(',', from);
  const semicolon = text.indexOf(';', from);
  if (comma < 0) return semicolon;
  return semicolon < 0 ? comma : Math.min(comma, semicolon);
}

/** The text from `from` up to its first comma or semicolon, and no further than `end`. */
export function textUpToComma(text: string, from = 0, end = text.length): string {
  const cut = commaOrSemicolonAt(text, from);
  return text.slice(from, cut >= 0 && cut < end ? cut : end);
}
