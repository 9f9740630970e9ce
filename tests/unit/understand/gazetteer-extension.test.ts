import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lambdas/core/understand/analyze-article.js';
import { defaultGazetteer, extendGazetteer } from '../../../lambdas/core/understand/gazetteer.js';

// Chile is not in the shipped gazetteer; "Alex Morgan" is a made-up British minister.
const EXTENSION = {
  countries: [
    { code: 'CL', names: ['Chile'], adjectives: ['Chilean'], seats: ['Santiago'] },
    { code: 'GB', people: ['Alex Morgan'] },
  ],
};

const TITLE = 'Coalition of the willing gains two pledges';
const BODY = [
  'Chile will send troops to the reassurance force for Ukraine after a ceasefire, its foreign ministry said on Monday.',
  'Alex Morgan said on Tuesday that his government will send minehunters to the coalition of the willing once the fighting stops.',
].join('\n\n');

const triples = (gazetteer = defaultGazetteer) =>
  analyzeArticle(TITLE, BODY, { gazetteer })
    .commitments.map((c) => `${c.country} ${c.category} ${c.stance}`)
    .sort();

describe('a gazetteer extension', () => {
  it('is needed: the shipped gazetteer knows neither Chile nor the new minister', () => {
    expect(triples()).toEqual([]);
  });

  it('adds a country and an office holder of a shipped country, found by extraction', () => {
    expect(triples(extendGazetteer(EXTENSION))).toEqual([
      'CL ground_troops committed',
      'GB maritime committed',
    ]);
  });

  it('keeps every shipped name and adds the new contributor', () => {
    const extended = extendGazetteer(EXTENSION);
    expect(extended.contributorCodes()).toContain('CL');
    expect(extended.contributorCodes()).toEqual(expect.arrayContaining(defaultGazetteer.contributorCodes()));
    expect(extended.findMentions('Keir Starmer met Emmanuel Macron').map((m) => m.code)).toEqual([
      'GB',
      'FR',
    ]);
  });

  it('names the field at fault in the extension', () => {
    expect(() => extendGazetteer({ countries: [{ code: 'cl', names: ['Chile'] }] })).toThrow(
      /^invalid gazetteer extension: countries\.0\.code: /,
    );
    expect(() => extendGazetteer({ countries: [] })).toThrow(/invalid gazetteer extension: countries: /);
  });

  it('refuses a name the shipped gazetteer gives another country', () => {
    expect(() => extendGazetteer({ countries: [{ code: 'CL', names: ['France'] }] })).toThrow(
      'gazetteer extension conflicts with the shipped gazetteer: "France" names both FR and CL',
    );
  });
});
