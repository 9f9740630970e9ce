import type { Category } from '../taxonomy.js';
import { NUMBER_WORD, SUPPORTING_VERB, UKRAINE_OWNED } from './cue-lexicon.js';
import { cuesWithin } from './sentence-cues.js';
import type { SentenceReading, Span } from './sentence-reading.js';

// Kinds that, named with Ukraine's forces ("Ukrainian air defence crews"), are what is helped, not given.
const OWNABLE: ReadonlySet<Category> = new Set(['ground_troops', 'air', 'air_defense', 'maritime']);
// Ukraine's airspace is what air patrols protect: "patrol Ukrainian airspace" is the contribution.
const AIRSPACE = /airspace|sk(?:y|ies)/;
// Between two kinds, a second infinitive or verb: each kind is a statement of its own.
const DESCRIBED =
  /^contributions?(?: (?:of|to) [\w\s'-]{1,40}?)?\s+(?:would|will|is|was|could|might|may|should|has|had|remains?|depends?)\b/;
const TRANSIT =
  /\b(?:cross|crossing|pass through|passing through|transit(?:ing)?(?: through)?) (?:its|their|our|the country's|[\w-]+(?:an|sh|ese|ch|ic)) (?:territory|airspace)|\btransit of (?:[\w-]+ ){0,2}(?:troops|soldiers|forces|weapons)|\b(?:corridor|transit route|staging (?:area|point|post|base|ground|hub)) for (?:\S+ ){0,3}(?:troops|soldiers|forces)|\b(?:fly|flies|flying|carry|carries|carrying|move|moves|moving|transport\w*|ferry\w*) (?:[\w'-]+ ){0,2}(?:troops|soldiers|personnel|forces)\b/;
const COSTING = /\b(?:estimat\w*|budget\w*)\b/;
// A sum, in figures or words ("€1.2 billion", "one billion dollars").
const AMOUNT = new RegExp(`^(?:[€$£\\d]|${NUMBER_WORD} )`);
const GENERIC = /^(?:personnel|aircraft|planes?|officers?|air forces?|from the air|by air|in the air)$/;
const SENDING =
  /\b(?:send|sends|sending|sent|deploy\w*|station\w*|dispatch\w*|contribut\w*|commit\w*|boots)\b/;
const COMBAT_UNITS = /\b(?:troops|soldiers|battalions?|brigades?|boots)\b/;
const TRAINING_UNIT = /\b(?:training|instructor) (?:contingent|mission|team|detachment|unit)s?\b/;
const DOMAINS = /\b(?:on the ground|on land|at sea)\b/;
// "offered money and air defence": two offers side by side, not money for the other.
// "decided to send two minehunters and set aside 200 million euros": a second verb of giving, each with its thing.
const SEPARATE_VERB =
  /\band (?:also )?(?:to|will|would|is ready to|would also|set(?:s|ting)? aside|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|put(?:s|ting)? up|pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|offer(?:s|ed|ing)?|provid(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|lead(?:s|ing)?)\b|\bnor\b|(?:,\s+(?:will|would|shall|could|can|does|did)|\band(?:\s+(?:will|would|shall|could|can|does|did))?)\s+(?:not|never)\b(?!\s+(?:only|least|yet)\b)|\bor\s+(?:to\s+|will\s+|would\s+)?$|^[\w€$£.,-]+(?:,\s*|\s+and\s+|\s+as well as\s+|\s+plus\s+)$/;
// "guarantees for the troops as well as intelligence": one more offer beside it, not what it is made of.
const BESIDE = /\bas well as\b/;
const NOR = /\bnor\b/;
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
  // Where each kind was named first: "to train brigades and to help finance the army" names two.
  const firstAt = new Map<Category, number>();
  const taken: { start: number; end: number }[] = [];
  const free = (hit: { start: number; end: number }): boolean =>
    !taken.some((t) => hit.start < t.end && t.start < hit.end);
  const hits = cuesWithin(content, span.start, span.end);
  const described = new Set<number>();
  for (const hit of hits) {
    // "Canada's contribution would reflect what we are good at": the contribution described, not offered.
    if (
      hit.payload.kind === 'category' &&
      hit.payload.category === 'participation' &&
      DESCRIBED.test(content.slice(hit.start, hit.end + 30))
    )
      described.add(hit.start);
    if (hit.payload.kind !== 'destination') continue;
    found.add('participation');
    taken.push(hit);
  }
  // "protect the force from the air" is air defence, though protecting a force is otherwise only its beneficiary.
  const shields = hits.filter(
    (hit) => hit.payload.kind === 'category' && hit.payload.category === 'air_defense',
  );
  for (const hit of hits) {
    if (hit.payload.kind !== 'beneficiary' || !free(hit)) continue;
    if (shields.some((shield) => shield.start <= hit.start && hit.start < shield.end)) continue;
    const words = content.slice(hit.start, hit.end);
    // "its offer to backstop the force": the backstop named, as specific as any other kind.
    if (hit.payload.supporting && SUPPORTING_VERB.test(words)) {
      const category = words.startsWith('backstop') ? 'backstop' : 'participation';
      found.add(category);
      firstAt.set(category, Math.min(firstAt.get(category) ?? hit.start, hit.start));
    }
    taken.push(hit);
  }
  let skiesOnly: boolean | undefined;
  // Kinds named only by a bare carrier ("personnel", "aircraft") whatever they are sent to do.
  const onlyGeneric = new Map<Category, boolean>();
  let amountsOnly = true;
  // Ranks follow the lexicon's order, most specific kind first.
  for (const hit of [...hits].sort((a, b) => a.rank - b.rank || a.start - b.start)) {
    if (hit.payload.kind !== 'category' || !free(hit)) continue;
    if (hit.payload.category === 'participation' && described.has(hit.start)) continue;
    taken.push(hit);
    const { category } = hit.payload;
    const before = content.slice(Math.max(span.start, hit.start - 30), hit.start);
    const owned =
      OWNABLE.has(category) &&
      UKRAINE_OWNED.test(before) &&
      !AIRSPACE.test(content.slice(hit.start, hit.end));
    if (!owned) {
      // "air defence ... to protect Ukrainian airspace": the airspace is what the air defence protects.
      if (category === 'air')
        skiesOnly = (skiesOnly ?? true) && AIRSPACE.test(content.slice(hit.start, hit.end));
      found.add(category);
      firstAt.set(category, Math.min(firstAt.get(category) ?? hit.start, hit.start));
      // "on the ground, in the air and at sea": a list of domains names each, the air too.
      const generic =
        GENERIC.test(content.slice(hit.start, hit.end)) &&
        !(
          content.slice(hit.start, hit.end) === 'in the air' &&
          DOMAINS.test(content.slice(span.start, span.end))
        );
      if (category === 'financing') amountsOnly &&= AMOUNT.test(content.slice(hit.start, hit.end));
      onlyGeneric.set(category, (onlyGeneric.get(category) ?? true) && generic);
    }
  }
  for (const m of reading.mentions) {
    const inSpan = m.start >= span.start && m.end <= span.end;
    if (inSpan && m.kind === 'adjective' && /s$/.test(m.text)) {
      if (SEND_BEFORE.test(reading.content.slice(Math.max(0, m.start - 20), m.start)))
        found.add('ground_troops');
    }
  }
  // "estimated the first year at around €1.2 billion": a sum in a cost estimate or a budget is not money given.
  if (found.has('financing') && amountsOnly && COSTING.test(content.slice(span.start, span.end)))
    found.delete('financing');
  // Money is the contribution whatever it pays for ("finance a fleet of surveillance drones"), unless the
  // other kind has a verb of its own ("ready to train brigades and to help finance the army").
  if (found.has('financing')) {
    const money = firstAt.get('financing') ?? span.start;
    const separate = [...found].filter((category) => {
      const at = firstAt.get(category);
      if (category === 'financing' || at === undefined) return false;
      const between = content.slice(Math.min(at, money), Math.max(at, money));
      // "will neither pay into the fund nor take part in any mission": taking part is a refusal of its own.
      if (category === 'participation') return at > money && NOR.test(between);
      return SEPARATE_VERB.test(between);
    });
    return ['financing', ...separate];
  }
  if (found.size > 1) found.delete('participation');
  // "will not allow troops to cross its territory": the troops are what would transit; the refusal is transit.
  // "will not allow troops destined for the force to cross Hungarian territory": the transit is the kind.
  if (
    (found.has('logistics') || found.has('ground_troops')) &&
    TRANSIT.test(content.slice(span.start, span.end))
  ) {
    found.delete('ground_troops');
    found.add('logistics');
  }
  if (skiesOnly && found.has('air_defense')) found.delete('air');
  // "We can offer training for whole formations, not only individual soldiers": the soldiers are the trainees.
  // "a training contingent of up to 100 personnel": soldiers sent to train are the training.
  const clauseText = content.slice(span.start, span.end);
  if (
    found.has('training') &&
    found.has('ground_troops') &&
    (!SENDING.test(clauseText) || (TRAINING_UNIT.test(clauseText) && !COMBAT_UNITS.test(clauseText)))
  )
    found.delete('ground_troops');
  // "personnel to run the monitoring", "transport aircraft to carry supplies": the task is the contribution.
  const specific = [...found].filter((c) => !onlyGeneric.get(c) && c !== 'backstop');
  if (specific.length > 0) for (const c of found) if (onlyGeneric.get(c)) found.delete(c);
  // "a backstop of air power and intelligence": what the backstop is made of, named, is the contribution; unless
  // it has a verb of its own ("will backstop the force and lead the monitoring of any ceasefire").
  if (found.has('backstop') && found.size > 1) {
    const backstopAt = firstAt.get('backstop') ?? span.start;
    const separate = [...found].some((category) => {
      const at = firstAt.get(category);
      if (category === 'backstop' || at === undefined) return false;
      // "agreed to lead the monitoring of a ceasefire and to backstop the force": the verb may come second.
      // "offering security guarantees for the troops as well as intelligence": a list of offers, each its own.
      const between = content.slice(Math.min(at, backstopAt), Math.max(at, backstopAt));
      return SEPARATE_VERB.test(between) || (at > backstopAt && BESIDE.test(between));
    });
    if (!separate) found.delete('backstop');
  }
  return [...found];
}
