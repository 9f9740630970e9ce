import { describe, expect, it } from 'vitest';
import { splitSentences, splitSentencesDetailed } from '../../../lambdas/core/understand/sentences.js';

describe('splitSentences', () => {
  it('reads "No." as an abbreviation only before a number', () => {
    expect(
      splitSentences('A: No. No Polish soldier will be sent. He met them at No. 10 Downing Street.'),
    ).toEqual(['A: No.', 'No Polish soldier will be sent.', 'He met them at No. 10 Downing Street.']);
  });

  it('keeps titles, initials, months and numbers inside the sentence', () => {
    const text =
      'Gen. Mark Carter met Sen. Jones in St. Louis on Jan. 5 to discuss a 2.5 billion dollar plan. Tore O. Sandvik spoke later.';
    expect(splitSentences(text)).toEqual([
      'Gen. Mark Carter met Sen. Jones in St. Louis on Jan. 5 to discuss a 2.5 billion dollar plan.',
      'Tore O. Sandvik spoke later.',
    ]);
  });

  it('keeps "U.S." and "U.K." inside a sentence but ends one on them before a new sentence', () => {
    expect(splitSentences('The U.S. Army and the U.K. Ministry of Defence agreed. Talks went on.')).toEqual([
      'The U.S. Army and the U.K. Ministry of Defence agreed.',
      'Talks went on.',
    ]);
    expect(splitSentences('The offer came from the U.S. The Europeans welcomed it.')).toEqual([
      'The offer came from the U.S.',
      'The Europeans welcomed it.',
    ]);
  });

  it('ends a sentence inside closing quotes and marks the sentences of a quotation that spans several', () => {
    const sentences = splitSentencesDetailed(
      '"We have decided. Our ships will go," the minister said. "It is final." Another sentence.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      '"We have decided.',
      'Our ships will go," the minister said.',
      '"It is final."',
      'Another sentence.',
    ]);
    expect(sentences.map((s) => s.continuesQuote)).toEqual([false, true, false, false]);
  });

  it('breaks at every line, so a caption or a related-articles line never runs into the story', () => {
    expect(splitSentences('Related Articles\nBritain will send troops.\n\nNext paragraph here.')).toEqual([
      'Related Articles',
      'Britain will send troops.',
      'Next paragraph here.',
    ]);
  });

  it('handles curly quotes and question marks', () => {
    expect(splitSentences('“Will they come?” she asked. They will.')).toEqual([
      '“Will they come?” she asked.',
      'They will.',
    ]);
  });
});
