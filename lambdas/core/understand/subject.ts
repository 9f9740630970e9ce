import type { CountryCode } from '../taxonomy.js';
import { isSpaceCode } from '../text/word-scan.js';
import type { Discourse } from './extract-commitments.js';
import { matchesIn } from './regex-scan.js';
import {
  directlyIntroduced,
  frontedSeat,
  type MentionReading,
  type SentenceReading,
  type Span,
  type Speaker,
} from './sentence-reading.js';

type Candidate =
  | { at: number; kind: 'country'; index: number }
  | { at: number; kind: 'pronoun'; word: string }
  | { at: number; kind: 'group' }
  | { at: number; kind: 'definite' }
  | { at: number; kind: 'demonstrative' };

const PRONOUN =
  /\b(?:it|its|they|their|them|he|his|she|her|we|our|i|both|the two)\b(?:\s+(?:country|countries|nations|government|governments|allies))?/g;
const GROUP =
  /(?<![\w-])\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|twenty-\w+|thirty-\w+|handful|countries|nations|allies|states|members|partners|governments|leaders|others|europeans|europe|participants|coalition|group|several|some|many|most|each|majority|dozen|none|chiefs|planners|nato|eu|european union|(?<!defen[cs]e )force|mission|operation|component|guarantees|arrangements?|declaration|communiqu\u00e9|communique|(?<!\b(?:for|to|with|from|of|by|on|in|at|alongside|among|protect|protecting|support|supporting) )(?:european|western|allied)|anyone|anybody|nobody|no one|someone|everyone)\b/g;
const OWN_COUNTRIES = /^(?:their|our) (?:two |three )?(?:countries|nations|governments)$/;
const PREPOSITION_BEFORE = /\b(?:with|among|by|from|to|for|between)\s+$/;
const COUNTRY_DEFINITE = /^(?:the|its|their) country\b/;
const GOVERNED_GROUP =
  /^(?:partners|allies|countries|nations|members|governments|leaders|others|participants)$/;
const DEFINITE =
  /\b(?:the|its|their) (?:\w+ )?(?:government|ministry|cabinet|administration|country|navy|army|air force|armed forces|defen[cs]e forces?|military|prime minister|chancellor|president|minister|officials)\b/g;
const DEMONSTRATIVE = /^\s*(?:that|this)\s+(?:could|would|will|may|might|includes?|means?)\b/;
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our']);
// Where a clause without a stance word has its verb: the subject comes before it.
const FINITE =
  /\b(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|may|might|must|should|remains?|spoke|met|borders?|shares?|hosts?|signed|faces?|sits?)\b/;
/** What may stand before an expletive "there": "And there will be ...", "On ground troops: there will be ...". */
const THERE_LEAD_IN = String.raw`(?:(?:and|but|so)\s+)?(?:(?:on|as for|as to|regarding) [^,;:"]{1,40}[,:]\s*)?`;
const EXPLETIVE = new RegExp(
  `^[\\s":]*${THERE_LEAD_IN}(?:what\\s+)?(?:there(?:\\s+(?:is|are|was|were))?)?\\s*$`,
);
/** A clause opening on "there is" (will be, has been, 's), after any lead-in. */
export const THERE_IS = new RegExp(
  `^\\W*${THERE_LEAD_IN}there(?: (?:is|are|will|would|was|were|has been|have been)\\b|'s\\b)`,
);
const CATEGORY_HEAD =
  /^\s+(?:[\w-]+\s+)?(?:troops|soldiers?|forces|personnel|ships|warships|vessels|frigates?|jets|aircraft|f-16s|f-35s|gripens|trainers|instructors|units?|contingents?|brigades?|battalions?|boots|minehunters|minesweepers|air defen[cs]e)\b/;
// Countries acting together: a list, or "Finland has joined Estonia in offering".
const LIST_GAP =
  /^\s*(?:,|and|or|nor|,\s*and|as well as|together with|along with|(?:has |have )?join(?:ed|s|ing))\s*(?:the\s+)?$/;
const HEAD_GAP = /^(?:'s)?\s+(?:[\w-]+\s+){0,3}$/;
const SINGULAR_PRONOUN = new Set(['it', 'its']);
// One person, so one government: "Orbán has said his country will not take part".
const PERSON_PRONOUN = new Set(['he', 'his', 'she', 'her']);
// "the" stands for "the two" (countries), as PRONOUN reports it.
const PLURAL_PRONOUN = new Set(['both', 'they', 'the']);
// "Nor will Prague contribute": the subject follows its auxiliary.
const INVERTED = /^\W*(?:nor|neither)\s*$/;
// "... will be taken over in part by": the passive whose agent the next country is.
// "is being planned by Britain" (a "being" of its own is a noun's modifier: "the force being planned by Britain").
const AGENT_BY =
  /\b(?:be|been|(?:is|are|was|were)(?:\s+being)?)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:ed|en|wn)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\w-]+\s+)?$/;

// The verbs by which a body the gazetteer does not know sends a country's troops ("The Saeima approved").
const SENDING =
  /\b(?:approv\w*|pledg\w*|commit\w*|send\w*|sent|deploy\w*|dispatch\w*|authori[sz]\w*|vot\w+ to)\b/;

// Pronouns by which a relative clause refers back to the countries it hangs on.
const RELATIVE_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'both']);

/** The mention and those coordinated with it before ("Poland and Romania", "Britain, France and Italy"). */
function coordinated(mentions: MentionReading[], index: number, content: string): CountryCode[] {
  const codes: CountryCode[] = [];
  for (let i = index; i >= 0; i--) {
    const m = mentions[i] as MentionReading;
    codes.unshift(m.code);
    const before = mentions[i - 1];
    const gap = before ? content.slice(before.end, m.start) : '';
    // "French President Emmanuel Macron": one person, named by adjective and title too.
    if (before?.code === m.code && OFFICE_GAP.test(gap)) continue;
    if (!before?.acts || !LIST_GAP.test(gap)) break;
  }
  return [...new Set(codes)];
}
const OFFICE_GAP =
  /^\s+(?:(?:prime|foreign|defen[cs]e|deputy|finance)\s+)?(?:president|minister|chancellor|secretary|premier|leader)\s+$/;

/**
 * 'any guarantee "not worth the paper it is printed on" would be': a pronoun inside words quoted within the
 * clause belongs to the quotation, not to the clause's subject. A quotation that opens the clause is the
 * clause itself, and is read.
 */
function insideQuotedPhrase(zone: string, at: number): boolean {
  let open = -1;
  for (let i = zone.indexOf('"'); i !== -1 && i < at; i = zone.indexOf('"', i + 1))
    open = open === -1 ? i : -1;
  return open !== -1 && /\w/.test(zone.slice(0, open));
}

/** What text.split(/\s+/)[0] gives, by a scan to the first white space instead of a split on a pattern. */
function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

/** Whether a clause is what a new speaker says, not an aside in a relative ("which diplomats say"). */
function startsAfresh(reading: SentenceReading, clause: Span): boolean {
  const introduced = directlyIntroduced(reading, clause);
  return (
    introduced !== undefined &&
    !/^[\s,]*(?:which|who|whom)\b/.test(reading.lowered.slice(introduced.start, introduced.start + 12))
  );
}

/** Whether the text before a clause ends on a group ("26 countries" before "saying they would"). */
const GROUP_TAIL =
  /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|most|some|other|all) (?:[\w-]+ )?(?:countries|nations|allies|governments|states|members|partners|leaders)|allies|partners|europeans)$/;
const endsWithGroup = (before: string): boolean => GROUP_TAIL.test(before.replace(/[\s,;]+$/, ''));

function candidatesIn(reading: SentenceReading, from: number, to: number): Candidate[] {
  const { content, mentions } = reading;
  const zone = content.slice(from, to);
  const candidates: Candidate[] = [];
  const acting: MentionReading[] = [];
  mentions.forEach((m, index) => {
    if (!m.acts || m.start < from || m.start >= to) return;
    acting.push(m);
    // The coordinated group is worked out for the winning candidate only.
    candidates.push({ at: m.start, kind: 'country', index });
  });
  const attached = (at: number): boolean =>
    mentions.some(
      (m) =>
        (m.start <= at && at < m.end) || (m.acts && m.end <= at && HEAD_GAP.test(content.slice(m.end, at))),
    );
  for (const match of matchesIn(PRONOUN, zone)) {
    if (attached(from + match.index) || insideQuotedPhrase(zone, match.index)) continue;
    candidates.push({ at: from + match.index, kind: 'pronoun', word: firstWord(match[0]) });
  }
  for (const match of matchesIn(GROUP, zone)) {
    const at = from + match.index;
    const afterPronoun = candidates.some(
      (c) => c.kind === 'pronoun' && c.at < at && at - c.at <= (c.word === 'the' ? 18 : 6),
    );
    // "their two countries would set up hubs": the speakers' own countries, not a group of others.
    const ownCountries = candidates.some(
      (c) =>
        c.kind === 'pronoun' &&
        (c.word === 'their' || c.word === 'our') &&
        OWN_COUNTRIES.test(content.slice(c.at, at + match[0].length)),
    );
    // "was being worked through with partners": a group a preposition governs is no subject.
    const governed =
      GOVERNED_GROUP.test(match[0]) && PREPOSITION_BEFORE.test(content.slice(Math.max(0, at - 8), at));
    if (!attached(at) && !afterPronoun && !governed && !ownCountries) candidates.push({ at, kind: 'group' });
  }
  for (const match of matchesIn(DEFINITE, zone)) {
    const at = from + match.index;
    if (!attached(at)) candidates.push({ at, kind: 'definite' });
  }
  if (DEMONSTRATIVE.test(content.slice(from))) candidates.push({ at: from, kind: 'demonstrative' });
  candidates.sort((a, b) => a.at - b.at);
  // "The Trump administration has signaled its willingness": a possessive after the subject is the subject's.
  return candidates.filter((c, i) => !(i > 0 && c.kind === 'pronoun' && POSSESSIVE.has(c.word)));
}

function resolvePronoun(
  word: string,
  zone: string,
  speaker: Speaker | undefined,
  discourse: Discourse,
  previousClause: CountryCode[] | undefined,
): CountryCode[] {
  const spoken = speaker?.countries ?? [];
  // "I will not rule it out," the prime minister said: a leader speaks for the government they lead.
  if (word === 'i') return speaker?.kind === 'person' ? spoken : [];
  // An interview's answers name no speaker: "we" is whoever was last named speaking.
  if (word === 'we' || word === 'our') {
    // In a minister's column, "we" is the minister's government unless the column quotes someone named.
    if (discourse.author !== undefined && spoken.length === 0) return [discourse.author];
    if (speaker !== undefined) return spoken;
    if (discourse.lastNamedSpeaker.length > 0) return discourse.lastNamedSpeaker;
    return discourse.topic.length === 1 ? discourse.topic : [];
  }
  if (speaker?.group && ['it', 'its', 'they', 'their', 'both'].includes(word)) return [];
  // "Norway will not send soldiers, but it is willing to ...": the country of the clause before, unless the
  // speaker is who "it" or "they" can be ("Romania and Bulgaria said they were ready").
  const speakerFits =
    spoken.length > 0 &&
    ((speaker?.kind === 'plural' && ['they', 'their', 'both'].includes(word)) ||
      (speaker?.kind === 'institution' && ['it', 'its'].includes(word)));
  if (!speakerFits && previousClause?.length && ['it', 'its', 'they', 'their', 'both'].includes(word)) {
    return previousClause;
  }
  if (word === 'he' || word === 'his' || word === 'she' || word === 'her') {
    if (speaker?.kind === 'person' && spoken.length > 0) return spoken;
    return discourse.speaker?.kind === 'person' && discourse.speaker.countries.length > 0
      ? discourse.speaker.countries
      : discourse.topic;
  }
  // "Britain and France are the core. The two countries signed ...": the pair the last sentence was about.
  if (word === 'the') return discourse.topic.length === 2 ? discourse.topic : discourse.lastPair;
  if (word === 'it' || word === 'its') {
    if (speaker?.kind === 'institution' && spoken.length > 0) return spoken;
    return discourse.topic.length === 1 ? discourse.topic : [];
  }
  // GROUP is global (matchesIn scans with it): test() from 0, and leave it at 0 for the next caller.
  GROUP.lastIndex = 0;
  const aboutAGroup = GROUP.test(
    zone.replace(/\b(?:their|its|our)\s+(?:countries|country|governments|government)\b/g, ''),
  );
  GROUP.lastIndex = 0;
  if (aboutAGroup) return [];
  if (speaker?.kind === 'plural' && spoken.length > 0) return spoken;
  // A speaker calls their own country "we": "they" in their mouth is somebody else.
  if (spoken.length > 0 && discourse.topic.every((code) => spoken.includes(code))) return [];
  return discourse.topic;
}

/**
 * The country named as the speaker of an attribution inside this clause, just before a third-person
 * pronoun ("Latvia said it was ready"), when the attribution names exactly the countries "it" or "they" can be.
 */
function clauseSpeaker(
  reading: SentenceReading,
  clause: Span,
  pronoun: { at: number; word: string },
): CountryCode[] | undefined {
  // "Hungary's Viktor Orbán has said his country will not take part": "his country" is the speaker's.
  const singular = SINGULAR_PRONOUN.has(pronoun.word) || PERSON_PRONOUN.has(pronoun.word);
  const plural = pronoun.word === 'they' || pronoun.word === 'their';
  if (!singular && !plural) return undefined;
  const attribution = reading.attributions.find(
    (a) =>
      // The blanked attribution ends where the clause starts ("while Latvia said | it was") or inside it.
      a.end >= clause.start - 1 &&
      a.end <= pronoun.at &&
      // "Denmark has told partners it is ready": the one told may stand between.
      /^[\s;]*(?:(?:the\s+|its\s+|their\s+)?(?:partners|allies|reporters|lawmakers|parliament|mps|journalists|colleagues|counterparts|ministers|officials|leaders)\s+)?(?:that\s+)?$/.test(
        reading.content.slice(a.end, pronoun.at),
      ) &&
      (a.countries.length > 0 || a.group),
  );
  if (!attribution) return undefined;
  // "the Europeans have made clear they will take the lead": "they" are the group, who name nobody.
  if (attribution.countries.length === 0) return plural ? [] : undefined;
  if (singular && attribution.countries.length !== 1) return undefined;
  if (plural && attribution.countries.length < 2) return undefined;
  return attribution.countries;
}

// The subject of a clause that names no country but the speaker's own means: its officials, its forces, its bases.
const OWN_ASSETS =
  /^\W*(?:(?:\S+ ){0,2}?officials (?:are|were|have been) (?:also )?(?:still )?(?:examining|studying|weighing|looking at|looking into|considering|assessing)|(?:whether )?(?:the )?(?:\S+ ){0,2}?(?:navy|naval) (?:minehunters|frigates|warships|ships|vessels|units)|(?:whether )?(?:the )?(?:\S+ ){0,3}?transport (?:planes|aircraft))\b/;

/** One speaker of one government ("Koizumi said"), not officials of several or a group. */
export const speaksForOneGovernment = (speaker: Speaker): boolean =>
  speaker.kind !== 'plural' && speaker.countries.length === 1;

/**
 * Who acts in a clause: the last country, pronoun or group named before its first stance word. A group
 * ("26 countries", "allies") acts for nobody; a pronoun points at the speaker or the previous sentence; a
 * clause with no subject shares the one before it; troops "from" a country are that country's.
 */
export function resolveSubject(
  reading: SentenceReading,
  clause: Span,
  firstCueAt: number,
  previousClause: CountryCode[] | undefined,
  speaker: Speaker | undefined,
  discourse: Discourse,
  /** Whose troops can make "we" theirs: not Ukraine's, whose soldiers others train. */
  contributes: (code: CountryCode) => boolean = () => true,
): CountryCode[] {
  const clauseText = reading.content.slice(clause.start, clause.end);
  // Without a stance word the subject still stands before the verb (the topic of "President Trump spoke").
  const verb = firstCueAt < clause.end ? null : FINITE.exec(clauseText);
  const zoneEnd = Math.min(firstCueAt, verb ? clause.start + verb.index : clause.end);
  const candidates = candidatesIn(reading, clause.start, Math.max(clause.start, zoneEnd));
  const last = candidates[candidates.length - 1];
  let subjects: CountryCode[] = [];
  // "Poland, whose government has said it will not deploy troops": the attribution blanked at the start of the
  // relative leaves its body still the relative's.
  const relative = reading.relatives.find(
    (r) =>
      clause.start >= r.opensAt &&
      (clause.start <= r.bodyStart ||
        (r.ownGovernmentSpeaks && /^[\s;,]*$/.test(reading.content.slice(r.bodyStart, clause.start)))),
  );
  if (relative && (!last || (last.kind === 'pronoun' && RELATIVE_PRONOUNS.has(last.word)))) {
    // "Malta and Cyprus, which have both said they will keep out": the relative is about its antecedent.
    subjects = relative.countries;
  } else if (clause.continuation) subjects = previousClause ?? [];
  // "..., and Sweden four jets to the force": the country the gapped clause opens on, whatever follows it.
  else if (clause.gapped && candidates[0]?.kind === 'country')
    subjects = coordinated(reading.mentions, candidates[0].index, reading.content);
  else if (
    !last &&
    EXPLETIVE.test(reading.content.slice(clause.start, zoneEnd)) &&
    // "There will be no British troops", or a first clause ("No Polish soldiers will go" after a blanked
    // lead-in), but not "and would include Romanian ships" after a subject that was a group.
    (/there/.test(reading.content.slice(clause.start, zoneEnd)) ||
      previousClause === undefined ||
      // "..., while Fico has said no Slovak soldiers will go": what a new speaker says starts afresh.
      startsAfresh(reading, clause) ||
      !/[a-z]/.test(reading.content.slice(0, clause.start)))
  ) {
    subjects = namedOnTheTroops(reading, clause);
    // '"There is no plan to dispatch SDF units," Koizumi said': in one speaker's mouth, their government's plan.
    if (
      subjects.length === 0 &&
      speaker &&
      speaksForOneGovernment(speaker) &&
      /there/.test(reading.content.slice(clause.start, zoneEnd))
    )
      subjects = speaker.countries;
    // "..., and officials say no decision has been made": troops of nobody named, so still the subject before.
    if (subjects.length === 0 && previousClause !== undefined) subjects = previousClause;
  } else if (
    !last &&
    previousClause === undefined &&
    speaker &&
    speaksForOneGovernment(speaker) &&
    OWN_ASSETS.test(clauseText)
  )
    // "Officials are examining whether navy minehunters could join, Crosetto said", "transport planes could carry
    // supplies, the defence minister said": one office holder's unowned assets and officials are their government's.
    subjects = speaker.countries;
  else if (!last) subjects = previousClause ?? [];
  else if (last.kind === 'country') subjects = coordinated(reading.mentions, last.index, reading.content);
  else if (
    last.kind === 'pronoun' &&
    (last.word === 'they' || last.word === 'their') &&
    (candidates[candidates.length - 2]?.kind === 'group' ||
      endsWithGroup(reading.content.slice(0, clause.start)))
  )
    // "ended with 26 countries saying they would take part": "they" are the group, who name nobody.
    subjects = [];
  else if (last.kind === 'pronoun') {
    // "Russia has given no sign that it would accept": "it" is the country named before it in the clause.
    const before = candidates.filter((c) => c.kind === 'country');
    const earlier = before[before.length - 1];
    // "In Washington, the administration has signalled that it would": "it" is the government named before.
    const definiteBefore = candidates.some((c) => c.kind === 'definite' && c.at < last.at);
    // "Poland and Romania, the two countries ..., have both said": "both" is the pair named before it.
    const countable = SINGULAR_PRONOUN.has(last.word) || PLURAL_PRONOUN.has(last.word);
    const earlierGroup =
      earlier?.kind === 'country' && countable
        ? coordinated(reading.mentions, earlier.index, reading.content)
        : undefined;
    const sameClause = SINGULAR_PRONOUN.has(last.word)
      ? (earlierGroup ?? (definiteBefore ? frontedSeat(reading) : undefined))
      : PLURAL_PRONOUN.has(last.word) && (earlierGroup?.length ?? 0) >= 2
        ? earlierGroup
        : undefined;
    // "it" is one country; "both" or "they" is the pair.
    const named = sameClause?.length === 1 || PLURAL_PRONOUN.has(last.word) ? sameClause : undefined;
    // "Hungary: 'we will not take part'": a headline names who speaks before a colon.
    const colon =
      (last.word === 'we' || last.word === 'our') && !speaker
        ? reading.mentions.find((m) => /^\s*:/.test(reading.text.slice(m.end, m.end + 3)))
        : undefined;
    // "..., while Latvia said it was ready to train": the country that says "it" in its own clause.
    subjects =
      (colon ? [colon.code] : undefined) ??
      named ??
      clauseSpeaker(reading, clause, last) ??
      resolvePronoun(
        last.word,
        reading.content.slice(clause.start, firstCueAt),
        speaker,
        discourse,
        previousClause,
      );
    // "We're not going to have American boots on the ground": whose troops they are says who "we" is.
    if (last.word === 'we') {
      const troops = namedOnTheTroops(reading, { start: firstCueAt, end: clause.end });
      const [only] = troops;
      if (troops.length === 1 && only && contributes(only) && !subjects.includes(only)) subjects = troops;
    }
  } else if (last.kind === 'definite') {
    // "Finland's line has not moved since Stubb said that the country would take part": "the country" is the one
    // country the clause has named before it.
    const theCountry = COUNTRY_DEFINITE.test(reading.content.slice(last.at, last.at + 20))
      ? oneCountryBefore(reading, candidates, last.at)
      : undefined;
    // "In Washington, the administration has signalled ..., according to British officials": the capital first;
    // "Ireland will not send soldiers, but the Government has approved €20 million": else the clause before.
    subjects =
      frontedSeat(reading) ??
      theCountry ??
      (speaker?.countries.length
        ? speaker.countries
        : speaker?.mediaHome.length
          ? speaker.mediaHome
          : previousClause?.length === 1
            ? previousClause
            : discourse.topic);
  } else if (last.kind === 'demonstrative')
    subjects = [...new Set(discourse.lastCommitments.map((c) => c.country))];
  if (subjects.length > 0) return subjects;
  // "Nor will Prague contribute money": the subject follows its auxiliary.
  if (!last && INVERTED.test(reading.content.slice(clause.start, firstCueAt))) {
    const next = reading.mentions.find((m) => m.acts && m.start >= firstCueAt && m.start - firstCueAt < 12);
    if (next) return [next.code];
  }
  // "The training will be taken over by Germany": a passive's agent acts.
  const agent = reading.mentions.find(
    (m) =>
      m.acts &&
      m.start >= firstCueAt &&
      m.end <= clause.end &&
      AGENT_BY.test(reading.content.slice(Math.max(clause.start, m.start - 30), m.start)),
  );
  // "The maritime component will be led by Turkey": a group subject with an agent.
  if (agent && (!last || last.kind === 'group')) return [agent.code];
  const owners = reading.mentions.filter((m) => m.owns && m.start >= clause.start && m.end <= clause.end);
  if (owners.length > 0) return [...new Set(owners.map((m) => m.code))];
  // "The government approved sending a company of Estonian soldiers", with no government named before, and
  // "The Saeima approved up to 120 Latvian soldiers", with no subject the gazetteer knows.
  if (last?.kind === 'definite') return namedOnTheTroops(reading, clause);
  if (last !== undefined) return [];
  const sent = SENDING.exec(reading.content.slice(clause.start, clause.end));
  return sent ? namedOnTheTroops(reading, { start: clause.start + sent.index, end: clause.end }) : [];
}

/** The one country the candidates before `at` name, if they name exactly one. */
function oneCountryBefore(
  reading: SentenceReading,
  candidates: Candidate[],
  at: number,
): CountryCode[] | undefined {
  const codes = new Set(
    candidates.flatMap((c) => (c.kind === 'country' && c.at < at ? [reading.mentions[c.index]?.code] : [])),
  );
  const [only] = codes;
  return codes.size === 1 && only ? [only] : undefined;
}

/** "There will be no British troops in Ukraine": the country is named on the troops (or "no U.S. troops"). */
function namedOnTheTroops(reading: SentenceReading, clause: Span): CountryCode[] {
  const codes = reading.mentions
    .filter((m) => reading.content[m.start] !== ' ' && m.start >= clause.start && m.end <= clause.end)
    .filter(
      (m) =>
        (m.kind === 'adjective' || m.kind === 'name') &&
        CATEGORY_HEAD.test(reading.content.slice(m.end, m.end + 40)),
    )
    .map((m) => m.code);
  return [...new Set(codes)];
}
