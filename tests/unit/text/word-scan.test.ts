import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  commaOrSemicolonAt,
  countTokens,
  countWords,
  lettersAndDigits,
  lettersAndDigitsHash,
  lettersAndDigitsHeadHash,
  textUpToComma,
} from '../../../lambdas/core/text/word-scan.js';

// The scans replace Unicode regular expressions for speed; the expressions stay the definition.
const byRegexWords = (text: string): number =>
  text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const byRegexKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');

// FNV-1a over the UTF-16 code units of a string: the hash the scan must give of the key it does not build.
const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
};

const REAL_FEEDS = '../shared/real-feeds';

function realLines(): string[] {
  const files = readdirSync(REAL_FEEDS, { recursive: true })
    .map(String)
    .filter((f) => /\.(?:xml|rss|atom|txt|html?)$/i.test(f));
  // Read as UTF-8 and as Latin-1, so the lines carry accented, CJK, astral and mis-decoded characters.
  return files.flatMap((file) => {
    const full = path.join(REAL_FEEDS, file);
    return [readFileSync(full, 'utf8'), readFileSync(full, 'latin1')].flatMap((text) => text.split('\n'));
  });
}

const EDGE_CASES = [
  '',
  ' ',
  '  two  words  ',
  '—',
  'a—b',
  'no\u00a0break\u2003em\u3000ideographic\ufeffbom',
  '😀 emoji 𝒜lpha',
  'a😀b',
  'lone \ud800 high and \udc00 low',
  'İstanbul ĞÜŞ ǅ',
  '١٢٣ Arabic-Indic digits',
  ' — — ',
  'U.K.-led force, 1,500 troops; £2bn',
  '\t\v\f\r\n\u1680\u2028\u2029\u202f\u205f',
];

describe('word scans agree with the regular expressions they replace', () => {
  const lines = [...EDGE_CASES, ...realLines()];

  it('reads a good number of real lines', () => {
    expect(lines.length).toBeGreaterThan(1000);
  });

  it('countWords equals split(/\\s+/) filtered to tokens with a letter or digit', () => {
    const wrong = lines.filter((line) => countWords(line) !== byRegexWords(line));
    expect(wrong).toEqual([]);
  });

  it('countWords stops at its limit and never undercounts below it', () => {
    for (const line of lines) {
      expect(countWords(line, 20)).toBe(Math.min(20, byRegexWords(line)));
    }
  });

  it('countTokens equals trim().split(/\\s+/).length, up to its limit', () => {
    for (const line of lines) {
      const byRegex = line.trim().split(/\s+/).length;
      expect(countTokens(line)).toBe(byRegex);
      expect(countTokens(line, 15)).toBe(Math.min(15, byRegex));
    }
  });

  it('lettersAndDigits equals lower-casing and collapsing every other run to one space', () => {
    const wrong = lines.filter((line) => lettersAndDigits(line) !== byRegexKey(line));
    expect(wrong).toEqual([]);
  });

  it('lettersAndDigitsHash is the FNV-1a hash of the key lettersAndDigits builds', () => {
    const wrong = lines.filter((line) => lettersAndDigitsHash(line) !== fnv1a(byRegexKey(line)));
    expect(wrong).toEqual([]);
    // Lines that differ only in case and punctuation share a hash; different words almost never do.
    expect(lettersAndDigitsHash('Poland, SAYS no')).toBe(lettersAndDigitsHash('poland says no'));
    expect(lettersAndDigitsHash('Poland says no')).not.toBe(lettersAndDigitsHash('Poland says yes'));
  });

  it('lettersAndDigitsHeadHash is the FNV-1a hash of the key up to its n-th letter or digit', () => {
    // The key cut just after its n-th letter or digit (a code point), or whole when it has fewer.
    const head = (key: string, n: number): string => {
      let seen = 0;
      for (const match of key.matchAll(/[\p{L}\p{N}]/gu)) {
        if (++seen === n) return key.slice(0, match.index + match[0].length);
      }
      return key;
    };
    const greek = ['ΟΔΥΣΣΕΥΣ ΣΑΣ', 'ΣΑΣ, “quoted” — ΣΑΣ', '“ΠΟΛΗΣ” σας', 'Kyiv’s 😀 𝒜lpha ΣΑΣ'];
    for (const n of [1, 3, 40]) {
      const wrong = [...lines, ...greek].filter(
        (line) => lettersAndDigitsHeadHash(line, n) !== fnv1a(head(byRegexKey(line), n)),
      );
      expect(wrong).toEqual([]);
    }
    expect(lettersAndDigitsHeadHash('Poland, SAYS no — “again”', 40)).toBe(
      lettersAndDigitsHeadHash('poland says no again.', 40),
    );
  });
});

describe('commaOrSemicolonAt', () => {
  it('finds what search(/[,;]/) finds in the text from a position on, counted from the start', () => {
    for (const text of [
      'a, b; c',
      'a; b, c',
      'no marks here',
      ',',
      'x;',
      'Healey told MPs, and Romania; would',
    ]) {
      for (let from = 0; from <= text.length; from++) {
        const found = text.slice(from).search(/[,;]/);
        expect(commaOrSemicolonAt(text, from)).toBe(found < 0 ? -1 : from + found);
      }
    }
  });
});

describe('textUpToComma', () => {
  it('gives the words to the first comma or semicolon, no further than an end', () => {
    expect(textUpToComma('said an analyst, and Romania')).toBe('said an analyst');
    expect(textUpToComma('a, b; c', 2)).toBe(' b');
    expect(textUpToComma('no marks here')).toBe('no marks here');
    expect(textUpToComma('Podemos, which sits outside', 0, 4)).toBe('Pode');
  });
});
