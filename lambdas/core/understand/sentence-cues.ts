import type { Category } from '../taxonomy.js';
import { type CueHit, CueIndex } from './cue-index.js';
import {
  BENEFICIARY,
  CATEGORY_CUES,
  FOR_BENEFICIARY,
  GUARANTEE_AS_DESTINATION,
  STANCE_CUES,
  type StanceCue,
} from './cue-lexicon.js';

export type CuePayload =
  | { kind: 'stance'; cue: StanceCue }
  | { kind: 'category'; category: Category }
  | { kind: 'destination' }
  | { kind: 'beneficiary'; supporting: boolean };

// Every cue in one index, so a sentence is scanned once; categories keep their order (most specific first).
const INDEX = new CueIndex<CuePayload>([
  ...CATEGORY_CUES.map((cue) => ({
    re: cue.re,
    payload: { kind: 'category', category: cue.category } as const,
  })),
  ...STANCE_CUES.map((cue) => ({ re: cue.re, payload: { kind: 'stance', cue } as const })),
  { re: GUARANTEE_AS_DESTINATION, payload: { kind: 'destination' } },
  // Whether the verb can make it taking part ("support the force") or only protection ("for allied aircraft").
  { re: BENEFICIARY, payload: { kind: 'beneficiary', supporting: true } },
  { re: FOR_BENEFICIARY, payload: { kind: 'beneficiary', supporting: false } },
]);

// The clauses of a sentence are read one after the other: its cues are found once and shared.
let cached: { content: string; hits: CueHit<CuePayload>[] } = { content: '', hits: [] };

/** The cues of a sentence's content that lie wholly inside [from, to). */
export function cuesWithin(content: string, from: number, to: number): CueHit<CuePayload>[] {
  if (cached.content !== content) cached = { content, hits: INDEX.find(content) };
  return cached.hits.filter((hit) => hit.start >= from && hit.end <= to);
}
