import { describe, expect, it } from 'vitest';
import { requiredWords } from '../../../lambdas/core/text/required-words.js';

describe('requiredWords', () => {
  it('finds the longest literal run outside any group, in lower case under the i flag', () => {
    expect(requiredWords(/^.{0,80}\bappeared first on\b.{0,80}$/i)).toEqual(['appeared first on']);
    expect(requiredWords(/^\p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+){1,3} is (?:a|an|the)\b/u)).toEqual([' is ']);
    expect(requiredWords(/Kyiv said/)).toEqual(['Kyiv said']);
  });

  it("else takes the openings of a group's branches", () => {
    expect(requiredWords(/^.{0,120}\b(?:newsletter|sign up|subscribe)\b.{0,120}$/i)).toEqual([
      'newsletter',
      'sign up',
      'subscribe',
    ]);
    expect(requiredWords(/\((?:(?:second|third) )?(?:left|right)\)/i)).toEqual(['left', 'right']);
    expect(requiredWords(/\b(?:images? source|photos?)\b/i)).toEqual(['image', 'photo']);
  });

  it('knows none when a word may be missing or the flags let other letters match', () => {
    for (const re of [/a?/, /(?:ab)?:/, /x|y/, /(?:ab|\d)/, /[ab]+/, /(?=ab)\d/, /ab/iu, /ab/g, /ab/y, /é/])
      expect(requiredWords(re)).toBeUndefined();
  });

  it('never names words that a matching text lacks', () => {
    const cases: [RegExp, string][] = [
      [/^.{0,80}\bappeared first on\b.{0,80}$/i, 'The talks APPEARED FIRST ON Kyiv Post'],
      [/^.{0,120}\b(?:newsletter|sign up)\b.{0,120}\b(?:inbox|free)\b/i, 'Sign Up for our inbox'],
      [/^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,3} is (?:a|the)\b/u, 'Jane Doe is a reporter'],
    ];
    for (const [re, text] of cases) {
      expect(re.test(text)).toBe(true);
      const words = requiredWords(re);
      expect(words).toBeDefined();
      expect(new RegExp((words ?? []).join('|'), re.flags).test(text)).toBe(true);
    }
  });
});
