import type { Category } from '../taxonomy.js';
import { CueIndex } from './cue-index.js';
import {
  BENEFICIARY,
  CATEGORY_CUES,
  FOR_BENEFICIARY,
  GUARANTEE_AS_DESTINATION,
  SUPPORTING_VERB,
  UKRAINE_OWNED,
} from './cue-lexicon.js';
import type { SentenceReading, Span } from './sentence-reading.js';

const CATEGORY_INDEX = new CueIndex<Category>(CATEGORY_CUES.map((cue) => ({ re: cue.re, payload: cue.category })));
const DESTINATION_INDEX = new CueIndex([{ re: GUARANTEE_AS_DESTINATION, payload: true }]);
// The payload says whether the verb can make it taking part ("support the force") or only protection.
const BENEFICIARY_INDEX = new CueIndex([
  { re: BENEFICIARY, payload: true },
  { re: FOR_BENEFICIARY, payload: false },
]);

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
  const { content } = reading;
  const found = new Set<Category>();
  const taken: { start: number; end: number }[] = [];
  const free = (hit: { start: number; end: number }): boolean =>
    !taken.some((t) => hit.start < t.end && t.start < hit.end);
  for (const hit of DESTINATION_INDEX.find(content, span.start, span.end)) {
    found.add('participation');
    taken.push(hit);
  }
  for (const hit of BENEFICIARY_INDEX.find(content, span.start, span.end)) {
    if (!free(hit)) continue;
    if (hit.payload && SUPPORTING_VERB.test(content.slice(hit.start, hit.end))) found.add('participation');
    taken.push(hit);
  }
  const hits = CATEGORY_INDEX.find(content, span.start, span.end).sort((a, b) => a.rank - b.rank || a.start - b.start);
  for (const hit of hits) {
    if (!free(hit)) continue;
    taken.push(hit);
    const category = hit.payload;
    const before = content.slice(Math.max(span.start, hit.start - 30), hit.start);
    if (!(OWNABLE.has(category) && UKRAINE_OWNED.test(before))) found.add(category);
  }
  for (const m of reading.mentions) {
    const inSpan = m.start >= span.start && m.end <= span.end;
    if (inSpan && m.kind === 'adjective' && /s$/.test(m.text)) {
      if (SEND_BEFORE.test(reading.content.slice(Math.max(0, m.start - 20), m.start)))
        found.add('ground_troops');
    }
  }
  // Money is the contribution whatever it pays for ("finance a fleet of surveillance drones").
  if (found.has('financing')) return ['financing'];
  if (found.size > 1) found.delete('participation');
  if (found.has('backstop') && found.size > 1) found.delete('backstop');
  return [...found];
}
