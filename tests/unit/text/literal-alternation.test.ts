import { describe, expect, it } from 'vitest';
import { literalAlternation } from '../../../lambdas/core/text/literal-alternation.js';

const flat = (texts: string[]): RegExp =>
  new RegExp(
    [...texts]
      .sort((a, b) => b.length - a.length)
      .map((text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('|'),
    'g',
  );

const found = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('literalAlternation', () => {
  it('merges the openings the texts share into one tree', () => {
    expect(literalAlternation(['not yet', 'not been', 'never'])).toBe('n(?:ot (?:yet|been)|ever)');
    expect(literalAlternation(['ask', 'asked', 'a.b'])).toBe('a(?:sk(?:ed)?|\\.b)');
  });

  it('finds the same texts at the same places as the flat list, longest first', () => {
    const texts = [
      'ask',
      'asked',
      'asked whether',
      'not ',
      'not yet',
      'never',
      ' - ',
      '—',
      "'d like",
      'a(b)',
      'to',
    ];
    const tree = new RegExp(literalAlternation(texts), 'g');
    const sample = [
      'He asked whether the minister had asked, not yet knowing - or never - what to ask',
      "We'd like a(b) to — today, tomorrow: asked",
      'nothing here but notes and askers',
    ];
    for (const text of sample) expect(found(tree, text)).toEqual(found(flat(texts), text));
    expect(found(tree, sample[0] as string)).toContain('3:asked whether');
  });

  it('matches nothing for no texts, and is safe under the u flag', () => {
    expect(new RegExp(literalAlternation([])).test('anything')).toBe(false);
    expect(new RegExp(literalAlternation(['co-lead', 'x/y']), 'u').test('a co-lead')).toBe(true);
  });
});
