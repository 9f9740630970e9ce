import type { Category } from '../taxonomy.js';
import {
  BENEFICIARY,
  CATEGORY_CUES,
  GUARANTEE_AS_DESTINATION,
  SUPPORTING_VERB,
  UKRAINE_OWNED,
} from './cue-lexicon.js';
import type { SentenceReading, Span } from './sentence-reading.js';

const blank = (text: string, start: number, end: number): string =>
  text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);

// Kinds that, named with Ukraine's forces ("Ukrainian air defence crews"), are what is helped, not given.
const OWNABLE: ReadonlySet<Category> = new Set(['ground_troops', 'air_defense', 'maritime']);
const SEND_BEFORE =
  /\b(?:send|sends|sending|sent|deploy|deploys|deploying|put|putting|station|stationing)\s+$/;

/**
 * The kinds of contribution a clause names. Cues are taken most specific first and each span is read once;
 * then one statement keeps one kind: money for training is financing, a named kind beats "taking part", and
 * a backstop is only the backstop when nothing more specific is offered with it.
 */
export function categoriesIn(reading: SentenceReading, span: Span): Category[] {
  let text = reading.content.slice(span.start, span.end);
  const found = new Set<Category>();
  for (const match of text.matchAll(GUARANTEE_AS_DESTINATION)) {
    found.add('participation');
    text = blank(text, match.index, match.index + match[0].length);
  }
  for (const match of text.matchAll(BENEFICIARY)) {
    if (SUPPORTING_VERB.test(match[0])) found.add('participation');
    text = blank(text, match.index, match.index + match[0].length);
  }
  for (const cue of CATEGORY_CUES) {
    for (const match of text.matchAll(cue.re)) {
      const owned =
        OWNABLE.has(cue.category) &&
        UKRAINE_OWNED.test(text.slice(Math.max(0, match.index - 30), match.index));
      if (!owned) found.add(cue.category);
      text = blank(text, match.index, match.index + match[0].length);
    }
  }
  for (const m of reading.mentions) {
    const inSpan = m.start >= span.start && m.end <= span.end;
    if (inSpan && m.kind === 'adjective' && /s$/.test(m.text)) {
      if (SEND_BEFORE.test(reading.content.slice(Math.max(0, m.start - 20), m.start)))
        found.add('ground_troops');
    }
  }
  if (found.has('financing')) found.delete('training');
  if (found.size > 1) found.delete('participation');
  if (found.has('backstop') && found.size > 1) found.delete('backstop');
  return [...found];
}
