import { describe, expect, it } from 'vitest';
import { longestWholeMatch } from '../../../lambdas/core/text/longest-match.js';

const LETTER_ESCAPES = ['^\\p{L}{2}$', '^\\uZZZZ$'];

describe('longestWholeMatch', () => {
  it('bounds a pattern anchored at both ends by what its parts can take', () => {
    expect(longestWholeMatch(/^.{0,80}©.{0,80}$/)).toBe(161);
    expect(longestWholeMatch(/^.{0,80}\bappeared first on\b.{0,80}$/i)).toBe(177);
    expect(longestWholeMatch(/^(?:ab|cde)?x{2,3}(?=y)$/)).toBe(6);
    expect(longestWholeMatch(/^[^()]{0,3}\u0041$/)).toBe(4);
  });

  it('counts two units for what may be an astral character in unicode mode', () => {
    expect(longestWholeMatch(/^.$/u)).toBe(2);
    expect(longestWholeMatch(/^\p{L}{2}$/u)).toBe(4);
    expect(longestWholeMatch(/^😀{2}$/u)).toBe(4);
    expect(longestWholeMatch(/^.$/)).toBe(1);
  });

  it('is unbounded when the pattern is not anchored at both ends, repeats without end or cannot be read', () => {
    for (const re of [
      /^a+$/,
      /^a{2,}$/,
      /^a/,
      /a$/,
      /^a\$/,
      /^x|y$/,
      /^a$/m,
      /^a$/g,
      /^(?<n>ab)\k<n>$/,
      /^(a)\1$/,
      // Without the u flag, "\p" and "\u" not followed by four hex digits are letters read as they are.
      ...LETTER_ESCAPES.map((source) => new RegExp(source)),
    ]) {
      expect(longestWholeMatch(re)).toBe(Number.POSITIVE_INFINITY);
    }
  });

  it('never bounds a pattern below a text it matches', () => {
    const cases: [RegExp, string][] = [
      [/^.{0,80}©.{0,80}$/, `${'x'.repeat(80)}©${'y'.repeat(80)}`],
      [/^(?:ab|cde)?x{2,3}$/, 'cdexxx'],
      [/^.{0,3}$/u, '😀😀😀'],
      [/^[^a]{2}$/u, '😀😀'],
    ];
    for (const [re, text] of cases) {
      expect(re.test(text)).toBe(true);
      expect(text.length).toBeLessThanOrEqual(longestWholeMatch(re));
    }
  });
});
