import { describe, expect, it } from 'vitest';
import {
  createGazetteer,
  defaultGazetteer,
  GazetteerError,
  parseGazetteer,
} from '../../../lambdas/core/understand/gazetteer.js';

const codes = (text: string) => defaultGazetteer.findMentions(text).map((m) => `${m.code}:${m.kind}`);

describe('gazetteer', () => {
  it('finds names, short names, adjectives, seats and office holders', () => {
    expect(codes('The U.K. and Britain, British troops, Downing Street and Healey')).toEqual([
      'GB:name',
      'GB:name',
      'GB:adjective',
      'GB:seat',
      'GB:person',
    ]);
    expect(codes('the Élysée, the Elysee and Macron; Finns; the Dutch defence minister')).toEqual([
      'FR:seat',
      'FR:seat',
      'FR:person',
      'FI:adjective',
      'NL:adjective',
    ]);
    expect(codes('the White House, the Pentagon and Hegseth; the Kremlin')).toEqual([
      'US:seat',
      'US:seat',
      'US:person',
      'RU:seat',
    ]);
  });

  it('is case-sensitive and prefers the longest name', () => {
    expect(codes('Turkey is ready; a turkey is a bird')).toEqual(['TR:name']);
    expect(codes('Prime Minister Luís Montenegro of Portugal')).toEqual(['PT:person', 'PT:name']);
    expect(codes('UKRAINE and Ukraine')).toEqual(['UA:name']);
  });

  it('marks Ukraine and Russia as non-contributors and gives the US its backstop', () => {
    expect(defaultGazetteer.isContributor('UA')).toBe(false);
    expect(defaultGazetteer.isContributor('RU')).toBe(false);
    expect(defaultGazetteer.isContributor('PL')).toBe(true);
    expect(defaultGazetteer.unspecifiedCategory('US')).toBe('backstop');
    expect(defaultGazetteer.unspecifiedCategory('FI')).toBe('participation');
  });

  it('does not take NATO or the EU for a country', () => {
    expect(codes('NATO and the EU and the European Union')).toEqual([]);
  });

  it('rejects a bad file with an error that names the field', () => {
    expect(() => parseGazetteer({ countries: [{ code: 'gb', names: ['Britain'] }] })).toThrow(GazetteerError);
    expect(() => parseGazetteer({ countries: [{ code: 'gb', names: ['Britain'] }] })).toThrow(
      /countries\.0\.code/,
    );
    expect(() => parseGazetteer({ countries: [{ code: 'GB', names: [''] }] })).toThrow(
      /countries\.0\.names\.0/,
    );
    expect(() => parseGazetteer({})).toThrow(/countries/);
    expect(() =>
      parseGazetteer({
        countries: [
          { code: 'GB', names: ['Albion'] },
          { code: 'FR', names: ['Albion'] },
        ],
      }),
    ).toThrow(/"Albion" names both GB and FR/);
  });

  it('lets a user extend a country by repeating its code', () => {
    const gazetteer = createGazetteer({
      countries: [
        { code: 'GB', names: ['Britain'] },
        { code: 'GB', people: ['Jane Example'] },
      ],
    });
    expect(gazetteer.findMentions('Jane Example said Britain').map((m) => m.code)).toEqual(['GB', 'GB']);
  });
  it("reads a bare surname that is another country's name as the person, once the article has named them in full", () => {
    const named = defaultGazetteer.forArticle(
      'Prime Minister Luís Montenegro spoke in Lisbon. Montenegro said ...',
    );
    expect(named.findMentions('"We will be there," Montenegro said.').map((m) => [m.code, m.kind])).toEqual([
      ['PT', 'person'],
    ]);
    // An article about the country itself keeps the country.
    const country = defaultGazetteer.forArticle('Montenegro will send a medical team, Podgorica said.');
    expect(country.findMentions('Montenegro will send a medical team.').map((m) => m.code)).toEqual(['ME']);
  });
});
