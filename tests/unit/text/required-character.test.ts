import { describe, expect, it } from 'vitest';
import { requiredCharacter } from '../../../lambdas/core/text/required-character.js';

describe('requiredCharacter', () => {
  it('finds a punctuation mark outside any group, class or repetition', () => {
    expect(requiredCharacter(/\((?:left|right)\)/i)).toBe('(');
    expect(requiredCharacter(/\b(?:photo|image)\s*:\s*[^.:]{0,60}$/i)).toBe(':');
    expect(requiredCharacter(/^.{0,80}©.{0,80}$/)).toBe('©');
    expect(requiredCharacter(/(?:x|y):/)).toBe(':');
    expect(requiredCharacter(/\p{L}:/u)).toBe(':');
  });

  it('knows none when the mark may be missing, is a letter or space, or the pattern has alternatives', () => {
    for (const re of [/a\(?b/, /a:+/, /a:*/, /x|y:/, /[:]z/, /\d+ ago/, /é/i, /©/i, /a:/g, /a:/y, /(?:a:|b)/])
      expect(requiredCharacter(re)).toBeUndefined();
  });

  it('never names a mark that a matching text lacks', () => {
    const cases: [RegExp, string][] = [
      [/\((?:left|right)\)/i, '(LEFT)'],
      [/\b(?:photo|image)\s*:\s*x$/i, 'Photo : x'],
      [/^\d+\s*min\.?\s*read$/i, '5 min read'],
      [/\u0028:/, '(:'],
    ];
    for (const [re, text] of cases) {
      expect(re.test(text)).toBe(true);
      const mark = requiredCharacter(re);
      if (mark !== undefined) expect(text).toContain(mark);
    }
  });
});
