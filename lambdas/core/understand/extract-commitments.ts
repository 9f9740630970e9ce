import { type Category, type Commitment, type CountryCode, STANCES, type Stance } from '../taxonomy.js';
import { literalAlternation } from '../text/literal-alternation.js';
import { pipeTableRowsAsSentences } from '../text/pipe-table.js';
import { countTokens, textUpToComma } from '../text/word-scan.js';
import { categoriesIn } from './categories.js';
import {
  ANAPHORIC_MOVE,
  ANAPHORIC_MOVE_NEEDS,
  CURRENT_AID,
  CURRENT_AID_NEEDS,
  DECIDING,
  FORECAST,
  FORECAST_NEEDS,
  POST_WAR,
} from './cue-lexicon.js';
import { defaultGazetteer, type Gazetteer, type Mention } from './gazetteer.js';
import {
  directlyIntroduced,
  filedFrom,
  mentionsIfReadable,
  normalizeQuotes,
  readSentence,
  type SentenceReading,
  type Span,
  type Speaker,
  titledCase,
} from './sentence-reading.js';
import { type Sentence, splitSentences, splitSentencesDetailed } from './sentences.js';
import { stanceOf } from './stance.js';
import { resolveSubject, speaksForOneGovernment, THERE_IS } from './subject.js';

/** What the sentences read so far leave behind for the next one to refer to. */
export interface Discourse {
  /** Who the previous sentence was about ("He has ruled out ..." refers to them). */
  topic: CountryCode[];
  speaker: Speaker | undefined;
  /** The commitments of the last sentence that stated any ("France might consider a similar move"). */
  lastCommitments: Commitment[];
  /** The countries of the last named speaker: "he said" after a sentence that names nobody is still them. */
  lastNamedSpeaker: CountryCode[];
  /** The last pair a sentence was about: "the two countries" may refer back past sentences on one of them. */
  lastPair: CountryCode[];
  /** The country of the first office holder the previous sentence named: "Merz used the occasion ... 'X,' he said". */
  lastPerson?: CountryCode;
  /**
   * What a reporter asked ("Asked about Belgian soldiers, he said: ... We have not made a decision."), for a few
   * sentences, and the countries the question named, if any ("Asked whether Canadian soldiers could serve" is
   * Canada's to answer).
   */
  asked: { categories: Category[]; sentencesLeft: number; countries: CountryCode[] };
  /** The government whose minister wrote the article, if a minister did. */
  author?: CountryCode;
  /** The interviewee whose answer this sentence is: every word of it is theirs, whoever it quotes. */
  answering?: Speaker;
}

const REFERS =
  /\b(?:we|our|i|he|his|she|her|it|its|they|their|both|the two|that|this|government|ministry|cabinet|administration|country|navy|army|military|officials|minister|president|chancellor)\b/;
const UNDECIDED =
  /\b(?:no (?:final |formal )?decision|not (?:yet )?(?:been )?(?:decided|taken|made)|under (?:discussion|consideration|review|study)|being (?:studied|evaluated|considered|discussed|examined|explored|assessed|reviewed|weighed)|looking (?:at|into) whether|decision (?:we|it|they) (?:haven't|hasn't|have not|has not) (?:yet )?(?:made|taken)|"?not (?:been |being )?(?:excluded|ruled out)"?)\b/;
const OWN_OFFER = /\b(?:ready|willing|prepared|open to|keen|eager)\b/;
const GROUP_SUBJECT =
  /\b(?:\d+|countries|nations|allies|members|partners|governments|leaders|others|several|many|most|dozen)\b|^\W*(?:the |a |any )?(?:[\w-]+ ){0,3}(?:force|mission|component|task group)\b/;
// Only ever tested: "\w party\b" (a named party) is found wherever "\b\w+ party\b" is, without the engine running
// \w+ along every word and back.
const PARTY_SUBJECT =
  /\b(?:opposition|far-right|far-left|parties|protesters|demonstrators|activists|campaigners|polls?|survey|voters|respondents|junior partner|coalition partners?|analysts|experts|commentators|researchers|greens|tories|conservatives|liberal democrats|populists|nationalists|\d+ ?(?:%|per ?cent) of|public opinion|(?:the|a) public (?:that|which|who|remains|is|was|has been|stays))\b|\w party\b/;
const DO_SO = /\bdo so\b/;
const STANCE_NOUN =
  /^(?:readiness|willingness|refusal|reluctance|hesitation|decision|intention|offer|pledge|commitment)$/;
const OF_BEFORE = /^\s+of\s+(?:the\s+)?$/;
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;
// A reporter's own sentence that says who said what.
const REPORTED_SPEECH = /\b(?:said|says|told|according to)\b/;
const CIVILIAN_PART =
  /\b(?:reconstruction|humanitarian|rebuilding (?:the country|cities|homes|infrastructure))\b/;
const CAPABILITY_HEDGE =
  /\b(?:according to|within|in line with|in accordance with) "?(?:its|our|their)(?: own)? (?:capabilities|capacities|means|possibilities|abilities)\b/;
const TOLD_US = /\b(?:have|has|had) told (?:us|me)\b/;
const BOTH_COUNTRIES = /\b(?:both|the two) (?:countries|nations|governments|allies)\b/;
const PARTITIVE_SUBJECT =
  /\b(?:several|some|a few|few|many|most|two|three|four|five|a number|a handful|one or two|none) of (?:those|these|the|them)\b(?:\s+[\w-]+){0,4}\s*$/;
const MEANS = /\b(?:that|this|which|it) (?:means|includes|would include|will include)\b|\bnamely\b/;
const WHETHER_GOES_ON = /^\W*(?:and |or )?(?:at |on |about |into )?whether\b/;
const OTHER_GOVERNMENTS =
  /\b(?:european|western|allied|coalition|nato) (?:officials?|diplomats?|governments?|leaders|sources?|capitals)\b|\b(?:diplomats?|officials?|ministers?) from (?:a|an|one|another) (?:[\w-]+ )?(?:country|government|capital|member|ally)\b/;
const THE_CONTRIBUTION =
  /\b(?:the|this|that) (?:contribution|offer|deployment|pledge)\b(?! (?:of|to|for)\b)|\bcontribut\w* (?:\w+ )?to (?:that|this|it)\b/;
const ANY_SUBJECT =
  /^\W*any (?:[\w.-]+ ){0,3}(?:guarantee|deployment|contribution|mission|force|role|involvement|presence|commitment|backstop)s?\b/;
const DEMONSTRATIVE_START = /^\W*(?:this|that) (?:is|was|will|would)\b/;
const ANAPHORIC_TOPIC = /\b(?:the|this|that) (?:question|issue|matter|idea|request|option)\b/;

// A clause that opens on an infinitive ("but to train Ukrainian troops"), after a decision not to do something else.
const INFINITIVE_OPENING = /^\W*(?:but\s+)?(?:instead\s+)?to [a-z]+/;
const DECIDED_NOT_TO_BEFORE = new RegExp(`\\b${DECIDING}\\b[^,;.]{0,40}?\\bnot to\\b[^;.]*$`);

/** A global pattern's test from the start of the text, whatever an earlier test left in lastIndex. */
function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/**
 * Which of the clause-level patterns the sentence has the words for: a search for the words a pattern needs
 * is much cheaper than running it, and a word missing from the sentence is missing from each of its clauses.
 */
interface SentenceGates {
  forecast: boolean;
  currentAid: boolean;
  anaphoricMove: boolean;
}

// One search per gate: the literal texts a pattern needs, as one alternation the engine scans for once.
const literalsOf = (needs: string[]): RegExp => new RegExp(literalAlternation(needs));
const FORECAST_GATE = literalsOf(FORECAST_NEEDS);
const CURRENT_AID_GATE = literalsOf(CURRENT_AID_NEEDS);
const ANAPHORIC_MOVE_GATE = literalsOf(ANAPHORIC_MOVE_NEEDS);

// Asked only of clauses that have a contributor to commit, so most sentences never pay for the searches. A
// class, not an object literal with getters: such a literal is built slowly, and one is built per sentence.
class LazySentenceGates implements SentenceGates {
  private forecastFound: boolean | undefined;
  private currentAidFound: boolean | undefined;
  private anaphoricMoveFound: boolean | undefined;

  constructor(private readonly content: string) {}

  get forecast(): boolean {
    this.forecastFound ??= FORECAST_GATE.test(this.content);
    return this.forecastFound;
  }

  get currentAid(): boolean {
    this.currentAidFound ??= CURRENT_AID_GATE.test(this.content);
    return this.currentAidFound;
  }

  get anaphoricMove(): boolean {
    this.anaphoricMoveFound ??= ANAPHORIC_MOVE_GATE.test(this.content);
    return this.anaphoricMoveFound;
  }
}

const gatesOf = (content: string): SentenceGates => new LazySentenceGates(content);

const polarity = (stance: Stance): 'for' | 'against' =>
  stance === 'reluctant' || stance === 'ruled_out' ? 'against' : 'for';

function lessFirm(a: Stance, b: Stance): Stance {
  return STANCES.indexOf(a) >= STANCES.indexOf(b) ? a : b;
}

/** "France might also consider a similar move": the previous sentence's kinds, hedged by this one's words. */
function echoPrevious(
  echoed: Commitment[],
  stance: Stance | undefined,
): { category: Category; stance: Stance }[] {
  return echoed.map((previous) => {
    if (stance === undefined || stance === 'committed')
      return { category: previous.category, stance: previous.stance };
    if (polarity(previous.stance) === 'against') return { category: previous.category, stance: 'reluctant' };
    return { category: previous.category, stance: lessFirm(previous.stance, stance) };
  });
}

const KIND_PRONOUN =
  /\brul(?:e|es|ed|ing) (?:them|those) out\b|\b(?:reject(?:s|ed)?|refus(?:es|ed)) (?:them|those)\b/;

const FRONTED_TOPIC =
  /^\W*(?:(?:and|but) )?(?:on|as for|regarding|as regards|when it comes to) ([^,;:"]{3,40})[,:]/;
/** A domain named bare as the topic ("On air, there's been no decision"): too short a word to be a cue itself. */
const DOMAIN_TOPICS: Record<string, Category> = {
  air: 'air',
  'the air': 'air',
  sea: 'maritime',
  'the sea': 'maritime',
};

/** The kinds a sentence names in an opening topic ("On ground forces, ..."), if it has one. */
function frontedCategories(reading: SentenceReading): Category[] {
  const topic = FRONTED_TOPIC.exec(reading.content);
  if (!topic) return [];
  const domain = DOMAIN_TOPICS[(topic[1] ?? '').trim()];
  if (domain) return [domain];
  const start = topic[0].length - (topic[1]?.length ?? 0) - 1;
  return categoriesIn(reading, { start, end: topic[0].length - 1 }).filter((c) => c !== 'participation');
}

/** "Asked whether Turkey would send troops, Guler said the question was being evaluated": what was asked. */
function questionCategories(reading: SentenceReading): Category[] {
  if (reading.questions.length === 0) return [];
  const asked = { ...reading, content: reading.lowered };
  return [...new Set(reading.questions.flatMap((question) => categoriesIn(asked, question)))];
}

/** The contributors a sentence's questions name ("Asked whether Canadian soldiers could serve"). */
function questionCountries(reading: SentenceReading, gazetteer: Gazetteer): CountryCode[] {
  const inQuestion = reading.mentions.filter((m) =>
    reading.questions.some((q) => m.start >= q.start && m.end <= q.end),
  );
  return [...new Set(inQuestion.map((m) => m.code))].filter((code) => gazetteer.isContributor(code));
}

/**
 * One government can report another's deliberation ("Lecornu said Turkey was looking into a maritime role"),
 * but what it says another will do, could do or will not do ("Szijjártó added that Slovakia would not take part
 * either") is its own account of the force, not that country's position.
 */
function describesOthers(stance: Stance | undefined, text: string): boolean {
  return stance === 'committed' || stance === 'ruled_out' || (stance === 'willing' && !OWN_OFFER.test(text));
}

type Attribution = SentenceReading['attributions'][number];

/**
 * The attribution whose words a clause is: the one it follows directly, or, for a clause after "and that",
 * the one the sentence's first reported clause followed ("said A would ..., and that B would").
 */
function introducedBy(reading: SentenceReading, clause: Span): Attribution | undefined {
  const direct = directlyIntroduced(reading, clause);
  const before = reading.content.slice(Math.max(0, clause.start - 12), clause.start);
  const after = reading.content.slice(clause.start, clause.start + 8);
  const andThat = /\band\s+that\s*$/.test(before) || (/\band\s*$/.test(before) && /^\s*that\b/.test(after));
  if (direct || !andThat) return direct;
  return reading.attributions.filter((a) => a.introduces && a.end <= clause.start).pop();
}

/**
 * Whether what follows an attribution leaves it closing the clause before it: nothing more ("..., Turkish officials
 * said on Tuesday", "..., Healey told MPs"), or the next clause ("..., Healey told MPs, and Romania would host").
 */
function closesClause(after: string): boolean {
  // The words up to the next comma or semicolon.
  const rest = textUpToComma(after).replace(
    /\b(?:on|last|this) \w+\b|\b(?:mps|reporters|journalists|lawmakers|parliament|senators)\b/g,
    '',
  );
  return !/\w/.test(rest) || /^[\s,;]*(?:and|but|while)\b/.test(after);
}

/**
 * "French officials say Belgium and the Netherlands will provide the minehunters": what one government's
 * officials say of another country, named in the words they introduce, is not that country's position (rule 9).
 */
function withoutOthersDescribed(
  reading: SentenceReading,
  clause: Span,
  subjects: CountryCode[],
  speaker: Speaker | undefined,
  answering: Speaker | undefined,
): CountryCode[] {
  const introduced = introducedBy(reading, clause);
  // The speaker's government, when the speaker stands for one: a person or office named, or "he said" once
  // resolved to one government, plural speakers too ("according to the same officials", after "Turkish
  // officials said").
  const speakersGovernment =
    speaker &&
    (speaker.kind !== 'plural' || speaker.pronoun) &&
    (!speaker.pronoun || speaker.countries.length === 1)
      ? speaker.countries
      : [];
  // "Romanian and Bulgarian ships would operate under Turkish coordination, Turkish officials said": an
  // attribution that closes the sentence, right after the clause.
  const closing = reading.attributions.find(
    (a) => a.start > clause.start && a.start <= clause.end + 2 && closesClause(reading.content.slice(a.end)),
  );
  // "European officials said Washington had assured them": other governments, though none is named.
  const byOthers = [introduced, closing].some(
    (a) => a !== undefined && OTHER_GOVERNMENTS.test(reading.lowered.slice(a.start, a.end)),
  );
  // Who says it, first found of: the attribution the clause follows; the speaker of a quotation ('"Germany will
  // take care of air defence," the minister said'); the attribution that closes it; the government a "she said"
  // or "..., he said" around the clause resolves to.
  // An interviewee's answer is theirs, whoever it reports: "The Americans have told us they will provide
  // intelligence" is one government's account of another.
  // "..., Fidan said on Wednesday, adding that Romania and Bulgaria would contribute minehunters": the speaker's
  // words go on after the participle.
  // Only right after an attribution: in "Orbán has gone further, saying Hungary will ..." the subject speaks.
  const goesOnFrom = SPEAKER_GOES_ON.test(reading.lowered.slice(Math.max(0, clause.start - 30), clause.start))
    ? reading.attributions.filter((a) => a.end <= clause.start && clause.start - a.end <= 40).pop()
    : undefined;
  const saidBy =
    [
      answering?.answers ? answering.countries : undefined,
      introduced?.countries,
      goesOnFrom?.countries,
      reading.text.startsWith('"') ? speakersGovernment : undefined,
      closing?.countries,
      (introduced || closing) && speaker?.pronoun ? speakersGovernment : undefined,
    ].find((countries) => countries !== undefined && countries.length > 0) ?? [];
  const namedHere = (code: CountryCode): boolean =>
    reading.mentions.some((m) => m.code === code && m.acts && m.start >= clause.start && m.end <= clause.end);
  if (byOthers && saidBy.length === 0) return subjects.filter((code) => !namedHere(code));
  // A joint statement ("The UK and France will establish hubs", said by Starmer) speaks for both.
  if (saidBy.length === 0 || subjects.some((code) => saidBy.includes(code))) return subjects;
  // In an answer, a country the answer refers back to ("they will provide") is as much described as one named.
  if (answering?.answers) return [];
  return subjects.filter((code) => saidBy.includes(code) || !namedHere(code));
}

const SPEAKER_GOES_ON =
  /\b(?:adding|saying|stressing|noting|insisting|arguing|explaining|indicating|stating|warning|emphasi[sz]ing|underlining)(?:\s+that)?\s*$/;

/** The countries listed after a stance said as a noun, up to `end`: "of Denmark and Sweden", "of Estonia, Latvia and Lithuania". */
function countriesOfNoun(reading: SentenceReading, nounEnd: number, end: number): CountryCode[] {
  let last = reading.mentions.find(
    (m) =>
      m.acts && m.start > nounEnd && m.end <= end && OF_BEFORE.test(reading.content.slice(nounEnd, m.start)),
  );
  if (!last) return [];
  const listed = [last.code];
  for (const m of reading.mentions) {
    if (!m.acts || m.start <= last.start) continue;
    if (!LIST_JOIN.test(reading.content.slice(last.end, m.start))) break;
    listed.push(m.code);
    last = m;
  }
  return [...new Set(listed)];
}

interface ClauseResult {
  subjects: CountryCode[];
  commitments: Commitment[];
  headStance: Stance | undefined;
  /** The clause reports aid or a forecast: a continuation that inherits its stance reports the same. */
  notAPosition?: boolean;
  /** The clause is a forecast: a further "and that ..." it introduces forecasts too. */
  forecast?: boolean;
}

// "..., and that Poland's role will be logistical": a clause that goes on with the forecast before it.
const FORECAST_GOES_ON = /^\W*(?:and\s+)?that\b/;

/**
 * Whether the clause after this one reads this one's flags: a continuation reads whether this one reported aid
 * or a forecast, and an "and that ..." whether it forecast (see readClause).
 */
function flagsAskedBy(reading: SentenceReading, next: Span | undefined): boolean {
  return (
    next !== undefined &&
    (next.continuation === true || FORECAST_GOES_ON.test(reading.content.slice(next.start, next.end)))
  );
}

function readClause(
  reading: SentenceReading,
  clause: Span,
  previous: ClauseResult | undefined,
  speaker: Speaker | undefined,
  discourse: Discourse,
  gazetteer: Gazetteer,
  gates: SentenceGates,
  /** The next clause reads this one's flags (notAPosition, forecast): see flagsAskedBy. */
  flagsAsked: boolean,
): ClauseResult {
  const text = reading.content.slice(clause.start, clause.end);
  // A clause that names no country, refers to none and follows no subject has nobody to commit.
  const named = reading.mentions.some(
    (m) => m.start >= clause.start && m.end <= clause.end && reading.content[m.start] !== ' ',
  );
  const aboutTheQuestion = ANAPHORIC_TOPIC.test(text);
  // What a declaration introduces has its own subject: "Romania has offered transport, and Poland has
  // confirmed that the airport will be the hub" does not carry Romania into the airport clause.
  const introduced = directlyIntroduced(reading, clause);
  // "Polish officials have confirmed that Rzeszow will host the hub": the declarer commits, named or not here.
  const declared = !named && introduced?.declares === true;
  if (
    !named &&
    !declared &&
    !previous?.subjects.length &&
    !REFERS.test(text) &&
    !aboutTheQuestion &&
    !UNDECIDED.test(text) &&
    // '"There will be no troops," Koizumi said': the speaker's government, though the clause names nobody.
    !(speaker && speaksForOneGovernment(speaker) && THERE_IS.test(text))
  ) {
    return { subjects: [], commitments: [], headStance: undefined };
  }
  const stance = stanceOf(reading.content, clause);
  // "The far-right AfD and the Left party both oppose any role": parties outside government state no position.
  if (PARTY_SUBJECT.test(reading.content.slice(clause.start, stance.firstCueAt)))
    return { subjects: [], commitments: [], headStance: stance.head };
  // "Any formal US guarantee would need the approval of the Senate": a hypothetical, whatever it would be.
  if (ANY_SUBJECT.test(reading.content.slice(clause.start, stance.firstCueAt)))
    return { subjects: [], commitments: [], headStance: stance.head };
  const before = introduced?.declares ? undefined : previous?.subjects;
  let subjects = resolveSubject(reading, clause, stance.firstCueAt, before, speaker, discourse, (code) =>
    gazetteer.isContributor(code),
  );
  // "The constitution prevents Austria from sending soldiers": the country is named inside the stance words.
  if (subjects.length === 0 && stance.stance !== undefined) {
    const inside = reading.mentions.filter(
      (m) => m.acts && m.start >= stance.firstCueAt && m.end <= stance.firstCueEnd,
    );
    subjects = [...new Set(inside.map((m) => m.code))];
    const cue = reading.content.slice(stance.firstCueAt, stance.firstCueEnd);
    // "The readiness of Denmark and Sweden to contribute jets was declared": the countries the noun is of.
    if (subjects.length === 0 && STANCE_NOUN.test(cue))
      subjects = countriesOfNoun(reading, stance.firstCueEnd, clause.end);
    if (subjects.length === 0 && /\b(?:it|them)\b/.test(cue))
      subjects = speaker?.countries.length === 1 ? speaker.countries : [];
    // "The declaration signed by Macron and Starmer committed both countries to send troops": the two named before.
    if (subjects.length === 0 && BOTH_COUNTRIES.test(cue)) {
      const before = [
        ...new Set(reading.mentions.filter((m) => m.end <= stance.firstCueAt).map((m) => m.code)),
      ];
      subjects = before.length === 2 ? before : discourse.lastPair;
    }
  }
  // "Starmer signed a declaration with France committing both countries to deploy forces": the partner too.
  if (subjects.length === 1 && stance.stance !== undefined) {
    const after = reading.content.slice(stance.firstCueAt, clause.end);
    const both = BOTH_COUNTRIES.exec(after);
    const partner =
      both &&
      reading.mentions.find(
        (m) =>
          m.start >= stance.firstCueAt &&
          m.start < stance.firstCueAt + both.index &&
          m.code !== subjects[0] &&
          /\bwith\s+(?:the\s+)?$/.test(reading.content.slice(Math.max(0, m.start - 10), m.start)),
      );
    if (partner) subjects = [...subjects, partner.code];
  }
  // "after several of those countries withdrew": some of the countries named before, none of them in particular.
  if (
    stance.stance !== undefined &&
    PARTITIVE_SUBJECT.test(reading.content.slice(clause.start, stance.firstCueAt))
  )
    subjects = [];
  // A group as the subject ("26 countries", "the task force") decides for nobody named elsewhere in the clause.
  const groupActs =
    subjects.length === 0 && GROUP_SUBJECT.test(reading.content.slice(clause.start, stance.firstCueAt));
  // "Poland has confirmed that the airport at Rzeszow will be the hub": a decision declared is the declarer's,
  // unless it is a group's ("Macron announced that 26 countries had committed").
  if (subjects.length === 0 && introduced?.declares && !groupActs) subjects = introduced.countries;
  // "Guler said the question was being evaluated": the speaker's government is weighing it.
  if (subjects.length === 0 && aboutTheQuestion && speaker?.kind !== 'plural')
    subjects = speaker?.countries ?? [];
  // "Asked whether Turkish troops could be deployed, a spokesman said the question was being evaluated": a
  // speaker the gazetteer does not know answers for the one country the question names.
  // "On the central question, whether Canadian soldiers would serve, the government says no decision has been
  // made": undecided on what the question names.
  if (subjects.length === 0 && (aboutTheQuestion || UNDECIDED.test(text)) && reading.questions.length > 0) {
    const asked = questionCountries(reading, gazetteer);
    if (asked.length === 1) subjects = asked;
  }
  // "no decision had been made on whether Japan would share imagery": undecided, with no subject before it, is
  // about the country the question names, or else the speaker's.
  if (subjects.length === 0 && stance.stance === 'considering' && UNDECIDED.test(text)) {
    // "the task force under discussion would include Romanian minehunters": not the Romanians deciding.
    const after = groupActs
      ? []
      : reading.mentions.filter(
          (m) =>
            m.acts && m.start >= stance.firstCueAt && m.end <= clause.end && gazetteer.isContributor(m.code),
        );
    // The speaker's own government first: "Whether transport aircraft could carry supplies to hubs in Poland
    // is being studied, Koizumi said" is Japan weighing it, not Poland.
    const own = speaker && !speaker.pronoun && speaker.kind !== 'plural' ? speaker.countries : [];
    subjects = own.length > 0 ? own : [...new Set(after.map((m) => m.code))];
    // A government's own words quoted ("A contribution of land forces is being explored"): whose they are.
    if (subjects.length === 0 && reading.text.startsWith('"')) subjects = discourse.topic;
  }
  // Moscow's or Kyiv's account of another country's decision ("Belgium's decision was a provocative step") is
  // never that country's position, whatever its stance.
  const outsiderSpeaks =
    speaker?.countries.length && speaker.countries.every((c) => !gazetteer.isContributor(c));
  // '"Poland has a similar approach," Dan said': a stance echoed is as much one government's account as one stated.
  const echoes = stance.stance === undefined && gates.anaphoricMove && matches(ANAPHORIC_MOVE, text);
  if (describesOthers(stance.stance, text) || outsiderSpeaks || echoes)
    subjects = withoutOthersDescribed(reading, clause, subjects, speaker, discourse.answering);
  // '"Our Swedish friends have told us they will bring Gripens"', '"The French have told us they could have a
  // brigade ready"': a message relayed by the government it was told to, one government's account of another's
  // (rule 9). Told by a people, not a person: "Sandvik told us that" is an interview with the reporter.
  if (
    introduced &&
    subjects.length > 0 &&
    TOLD_US.test(reading.lowered.slice(introduced.start, introduced.end))
  ) {
    const tellers = reading.mentions.filter((m) => m.start >= introduced.start && m.end <= introduced.end);
    if (tellers.length > 0 && tellers.every((m) => m.kind === 'adjective')) subjects = [];
  }
  // "Denmark will send troops, Norway a frigate": the verb left out is the one before.
  const headStance = stance.head ?? (clause.gapped ? previous?.headStance : undefined);
  const result: ClauseResult = { subjects, commitments: [], headStance };
  // "Japan will contribute in the way it can, and in this case that means funding": the kind, named after.
  if (stance.stance === undefined && previous?.commitments.length && MEANS.test(text)) {
    const named = categoriesIn(reading, clause).filter((c) => c !== 'participation');
    for (const before of named.length > 0 ? previous.commitments : [])
      for (const category of named) result.commitments.push({ ...before, category });
    if (result.commitments.length > 0) return result;
  }
  const contributors = subjects.filter((code) => gazetteer.isContributor(code));
  // "Latvia decided last month not to send soldiers but to train Ukrainian troops": what was decided instead.
  const decidedInstead =
    stance.stance === undefined &&
    INFINITIVE_OPENING.test(text) &&
    DECIDED_NOT_TO_BEFORE.test(reading.content.slice(Math.max(0, clause.start - 90), clause.start));
  // A clause commits nobody when no contributor acts in it, or when it has no stance word of its own, does not
  // carry on the clause before (or its verb) and is neither "still weighing" nor doing "the same" (both below). The searches
  // for a forecast and for current aid would then only set its flags, which nothing reads unless the next
  // clause asks: most such clauses are spared them.
  if (
    !flagsAsked &&
    (contributors.length === 0 ||
      (stance.stance === undefined &&
        !clause.continuation &&
        !clause.gapped &&
        !decidedInstead &&
        !(previous?.headStance === 'considering' && WHETHER_GOES_ON.test(text)) &&
        !(
          gates.anaphoricMove &&
          matches(ANAPHORIC_MOVE, text) &&
          categoriesIn(reading, clause).length === 0
        )))
  )
    return result;
  // "Our assessment is that Germany will end up providing ..., and that Poland's role will be logistical": the
  // same forecast goes on, whoever its subject.
  if ((previous?.forecast && FORECAST_GOES_ON.test(text)) || (gates.forecast && matches(FORECAST, text)))
    return { ...result, notAPosition: true, forecast: true };
  if (contributors.length === 0) return result;
  if (gates.currentAid && matches(CURRENT_AID, text) && !matches(POST_WAR, text))
    return { ...result, notAPosition: true };
  let resolved =
    stance.stance ??
    (clause.gapped ? previous?.headStance : undefined) ??
    (decidedInstead ? 'committed' : undefined);
  // "was looking at contributing air defence systems ..., and possibly a ship for a Black Sea mission": a hedge
  // alone in a clause that goes on from a weighed one is still weighed, no firmer.
  if (stance.hedgeOnly && clause.continuation && previous?.headStance !== undefined)
    resolved = lessFirm(previous.headStance, 'willing');
  // "was looking at offering Gripens, and at whether its surveillance aircraft could help": still weighing it.
  if (previous?.headStance === 'considering' && WHETHER_GOES_ON.test(text)) resolved = 'considering';
  // "has earmarked EUR 3.5 billion in military support, and in August put EUR 500 million into ...": the
  // continuation says more of the same aid.
  if (resolved === undefined && clause.continuation) {
    if (previous?.notAPosition) return result;
    resolved = previous?.headStance;
    // "will not deploy soldiers, choosing instead to lead a mission to train": what it does instead is decided.
    if (resolved === 'ruled_out' && /\binstead\b/.test(text)) resolved = 'committed';
  }
  // "Orbán has likewise said Hungary will not send troops": a clause that names its own kind is read for itself.
  if (gates.anaphoricMove && matches(ANAPHORIC_MOVE, text) && categoriesIn(reading, clause).length === 0) {
    // "Latvia will send soldiers, and Lithuania is ready to do the same": the clause just before, if it stated any.
    const echoed = previous?.commitments.length ? previous.commitments : discourse.lastCommitments;
    for (const country of contributors) {
      for (const echo of echoPrevious(echoed, stance.stance)) {
        result.commitments.push({ country, ...echo, evidence: reading.original });
      }
    }
    return result;
  }
  // "Germany is hesitant to send troops, and Italy has ruled them out altogether": "them" is the kind the clause
  // before named, refused outright.
  if (
    stance.stance !== undefined &&
    previous?.commitments.length &&
    KIND_PRONOUN.test(text) &&
    categoriesIn(reading, clause).length === 0
  ) {
    for (const country of contributors)
      for (const category of new Set(previous.commitments.map((c) => c.category)))
        result.commitments.push({ country, category, stance: stance.stance, evidence: reading.original });
    return result;
  }
  if (resolved === undefined) return result;
  // "would take part in the security guarantees 'within our means'": a promise to do what it can, not a pledge.
  if (resolved === 'committed' && CAPABILITY_HEDGE.test(text)) resolved = 'willing';
  let categories = categoriesIn(reading, clause);
  // "On ground forces, he said Stockholm was still weighing whether to take part": the kind the sentence opens on.
  if (categories.every((category) => category === 'participation')) {
    const fronted = frontedCategories(reading);
    if (fronted.length > 0) categories = fronted;
  }
  // "On whether Spanish soldiers would deploy, she said no decision had been taken": what was asked.
  if (categories.length === 0) categories = questionCategories(reading);
  // An answer left undecided is about what was asked a sentence or two before: "We have not made a decision."
  // A question about another country's soldiers ("Asked whether Canadian soldiers could serve, ...") is not what
  // the next country's "no decision has been made" answers.
  if (
    categories.length === 0 &&
    resolved === 'considering' &&
    discourse.asked.sentencesLeft > 0 &&
    (discourse.asked.countries.length === 0 ||
      contributors.some((code) => discourse.asked.countries.includes(code)))
  )
    categories = discourse.asked.categories;
  // "talk of Spanish troops was premature and no decision would be taken": undecided on what the sentence named.
  if (categories.length === 0 && resolved === 'considering' && clause.start > 0 && UNDECIDED.test(text))
    categories = categoriesIn(reading, { start: 0, end: clause.start }).filter((c) => c !== 'participation');
  // "Germany is still debating the question", "Denmark is prepared to do so": the kinds of the statement before.
  if (categories.length === 0 && (aboutTheQuestion || DO_SO.test(text))) {
    const before = previous?.commitments.length ? previous.commitments : discourse.lastCommitments;
    categories = [...new Set(before.map((c) => c.category))];
  }
  // "Germany would provide air defence. ... This will be our contribution": what the demonstrative points back at.
  // "The cabinet approved the contribution": the one the sentences before described.
  if (
    categories.every((c) => c === 'participation') &&
    (DEMONSTRATIVE_START.test(text) || THE_CONTRIBUTION.test(text))
  ) {
    const pointedAt = discourse.lastCommitments.filter((c) => contributors.includes(c.country));
    if (pointedAt.length > 0) categories = [...new Set(pointedAt.map((c) => c.category))];
  }
  // "companies ready to play a leading role in the country's reconstruction", "continue to contribute to
  // humanitarian assistance": a civilian part, not a part in the security arrangement.
  if (categories.length === 1 && categories[0] === 'participation' && CIVILIAN_PART.test(text)) return result;
  for (const country of contributors) {
    for (const category of categories) {
      const named = category === 'participation' ? gazetteer.unspecifiedCategory(country) : category;
      const commitment = { country, category: named, stance: resolved, evidence: reading.original };
      if (category === 'participation') NAMED_NO_KIND.add(commitment);
      result.commitments.push(commitment);
    }
  }
  return result;
}

/**
 * The commitments read from a clause that named no kind ("will take part"), whatever category the country's
 * vague contribution is filed under: for the US that is the backstop, which a clause may also name outright
 * ("backing away from its offer to backstop the force"), and then it is as specific as any other kind.
 */
const NAMED_NO_KIND = new WeakSet<Commitment>();

/**
 * One statement, one category: a country's contribution of no named kind is dropped when the same sentence
 * names a kind on the same side ("will play its part ... in financing" is financing), kept when it is the
 * other side ("rules out any military role, but is willing to finance").
 */
function dropVagueWhenSpecific(commitments: Commitment[]): Commitment[] {
  return commitments.filter((c) => {
    if (!NAMED_NO_KIND.has(c)) return true;
    // "will not take part in any mission and will not pay for one": refusing any part is a statement of its own.
    if (c.stance === 'ruled_out') return true;
    return !commitments.some(
      (other) =>
        other !== c &&
        other.country === c.country &&
        other.category !== c.category &&
        polarity(other.stance) === polarity(c.stance) &&
        // "will take part in one way or another, but no decision on soldiers": two statements, not one.
        !(other.stance === 'considering' && c.stance !== 'considering'),
    );
  });
}

function readSentenceCommitments(
  reading: SentenceReading,
  speaker: Speaker | undefined,
  discourse: Discourse,
  gazetteer: Gazetteer,
): { commitments: Commitment[]; topic: CountryCode[] } {
  const commitments: Commitment[] = [];
  let previous: ClauseResult | undefined;
  let topic: CountryCode[] | undefined;
  const gates = gatesOf(reading.content);
  // What the opposition or a commentator says is nobody's position: its clauses are not read.
  // The speaker may be named in another sentence of the same quotation.
  const outside = reading.outsideGovernment || speaker?.outsideGovernment === true;
  const clauses = outside ? [] : reading.clauses;
  clauses.forEach((clause, i) => {
    // "Estonia is ready to contribute a unit; Vilnius would be willing to do the same": the last statement is
    // this sentence's own, once it has made one.
    const sofar = commitments.length > 0 ? { ...discourse, lastCommitments: [...commitments] } : discourse;
    const flagsAsked = flagsAskedBy(reading, clauses[i + 1]);
    const result = readClause(reading, clause, previous, speaker, sofar, gazetteer, gates, flagsAsked);
    commitments.push(...result.commitments);
    if (topic === undefined && result.subjects.length > 0) topic = result.subjects;
    previous = result;
  });
  if (topic === undefined) {
    const first = reading.mentions.find((m) => m.acts);
    // A subheading ("Poland and Romania") is about every country it names: "Both neighbours ..." follows.
    const heading = !/[.!?"]$/.test(reading.text.trim()) && countTokens(reading.text, 7) <= 6;
    topic = heading
      ? [...new Set(reading.mentions.filter((m) => m.acts).map((m) => m.code))]
      : first
        ? [first.code]
        : [];
  }
  return { commitments: dropVagueWhenSpecific(commitments), topic };
}

/** A quotation's speaker is usually named once, in one of its sentences: lend it to the others. */
function lendQuoteSpeakers(
  readings: (SentenceReading | undefined)[],
  continues: boolean[],
): (Speaker | undefined)[] {
  const speakers = readings.map((r) => r?.speaker);
  let runStart = 0;
  for (let i = 0; i <= readings.length; i++) {
    if (i < readings.length && continues[i]) continue;
    const run = speakers.slice(runStart, i);
    // '"Britain and France have committed troops. That is burden sharing," he said': "he" speaks the whole run.
    const named = run.find((s) => s !== undefined && !s.pronoun) ?? run.find((s) => s?.pronoun);
    if (named) for (let j = runStart; j < i; j++) speakers[j] ??= named;
    runStart = i;
  }
  for (let i = 1; i < readings.length; i++) {
    const reading = readings[i];
    const before = readings[i - 1];
    if (!speakers[i] && reading?.text.startsWith('"') && before?.hasQuote) speakers[i] = speakers[i - 1];
  }
  return speakers;
}

function resolvePronounSpeaker(speaker: Speaker | undefined, discourse: Discourse): Speaker | undefined {
  if (!speaker?.pronoun) return speaker;
  // "he said" is one person, who speaks for one government: never the nine whose leaders the sentence before
  // listed ("Leaders of France, Britain, Italy, ... joined Merz"); a list is passed over for the next source.
  const fits = (countries: CountryCode[]): boolean =>
    countries.length > 0 && (speaker.kind !== 'person' || countries.length === 1);
  const person = speaker.kind === 'person' && discourse.lastPerson ? [discourse.lastPerson] : [];
  const countries =
    [discourse.speaker?.countries ?? [], person, discourse.topic, discourse.lastNamedSpeaker].find(fits) ??
    [];
  return { ...speaker, countries };
}

// The ending compared, not /\?["']?$/, which was tried at every position of every sentence.
const isQuestion = (sentence: string): boolean =>
  sentence.endsWith('?') || sentence.endsWith('?"') || sentence.endsWith("?'");
// A line that opens on one of these labels is not the article stating anything: "THE CLAIM: Germany, Italy and
// Spain have agreed to send soldiers" (what a fact-check tests, not what it finds), "This issue: Italy's offer
// for the guarantees, ..." (a newsletter's contents), "Read more: Spain weighs frigate for Black Sea mission."
// (a link to another story inside a paragraph), "More from the Forum: Portugal pledges a frigate ..." (links to
// other stories).
const NOT_THE_ARTICLES_WORDS =
  /^\W*(?:(?:the )?claims?|(?:in )?this (?:issue|edition)|read (?:more|also)|related|see also|more (?:from|on) [^:]{1,40})\s*:/i;

/** The speaker of every answer of an interview or a transcript: one office holder, speaking in person. */
const personSpeaking = (code: CountryCode, answers = true): Speaker => ({
  countries: [code],
  kind: 'person',
  pronoun: false,
  mediaHome: [],
  group: false,
  outsideGovernment: false,
  answers,
});

/** The kinds a printed question names, added to those of the question so far. */
function withKindsAsked(asked: Category[], question: string, gazetteer: Gazetteer): Category[] {
  const reading = readSentence(question, gazetteer, []);
  return [...new Set([...asked, ...categoriesIn(reading, { start: 0, end: reading.content.length })])];
}

/** What an interview printed as questions and answers tells a reader about each sentence. */
interface InterviewReading {
  /** Sentences of a question the transcript prints, which are asked, not answered. */
  asks?: boolean[];
  /** The interviewee, who speaks every unquoted answer paragraph: "We are prepared to send minehunters." */
  answeredBy: (Speaker | undefined)[];
  /** The kinds the question before an answer asks about: "Ground troops?" then "It is too early." */
  askedBefore: Category[][];
}

// "Q: Poland has said it will not send troops at all.": the interviewer's own words, though no question.
const INTERVIEWER_LABEL = /^\W*(?:q|question|interviewer)\s*:\s*/i;
// "Will your soldiers ...?", "Minister, what has Italy committed?" (after any label): a question put to the
// person answering.
const PUT_TO_SOMEONE =
  /\byou(?:r)?\b|^\W*(?:(?:deputy |prime |foreign |defen[cs]e )?minister|mr\.? [\w-]+|ms\.? [\w-]+|madam [\w-]+|president|chancellor|general|admiral|secretary)\s*,/i;

/**
 * An interview printed as questions and answers: at least two paragraphs that ask a question, each followed by
 * an unquoted paragraph that answers it. The interviewee is the first office holder named before the first
 * question ("Defence Minister Ruben Brekelmans has spent ..."); an answer names no speaker, yet its "we" is
 * theirs. Undefined for any other text.
 */
function readInterview(sentences: Sentence[], gazetteer: Gazetteer): InterviewReading | undefined {
  const paragraphs: Sentence[][] = [];
  for (const sentence of sentences) {
    const paragraph = paragraphs[sentence.paragraph] ?? [];
    paragraph.push(sentence);
    paragraphs[sentence.paragraph] = paragraph;
  }
  const asks = paragraphs.map((p) => p.some((s) => isQuestion(s.text) && !s.continuesQuote));
  const quoted = paragraphs.map((p) => p.some((s) => s.text.includes('"') || s.text.includes('\u201c')));
  const answered = asks.filter(
    (ask, i) => ask && !quoted[i] && !asks[i + 1] && !quoted[i + 1] && paragraphs[i + 1],
  );
  if (answered.length < 2) return undefined;
  const firstQuestion = asks.indexOf(true);
  // The last office holder named before the questions: the introduction ends on whom it introduces ("thanks to a
  // shared love of golf with Donald Trump. In Helsinki this week, Alexander Stubb talked to us").
  let interviewee: CountryCode | undefined;
  for (const sentence of sentences) {
    if (sentence.paragraph >= firstQuestion) break;
    const people = gazetteer.findMentions(sentence.text).filter((m) => m.kind === 'person');
    if (people.length > 0) interviewee = (people[people.length - 1] as Mention).code;
  }
  if (interviewee === undefined) return undefined;
  // An explainer's headings ("What is the force?") are questions too, answered by the reporter in the third
  // person: only questions put to someone ("Will your soldiers ...?") make every answer the interviewee's words.
  const putToSomeone = sentences.some(
    (s) => asks[s.paragraph] && PUT_TO_SOMEONE.test(s.text.replace(INTERVIEWER_LABEL, '')),
  );
  const speaker = personSpeaking(interviewee, putToSomeone);
  const answeredBy: (Speaker | undefined)[] = [];
  const askedBefore: Category[][] = [];
  let asked: Category[] = [];
  for (const sentence of sentences) {
    const p = sentence.paragraph;
    if (asks[p] && !quoted[p]) {
      if (sentence === paragraphs[p]?.[0]) asked = [];
      asked = withKindsAsked(asked, sentence.text, gazetteer);
    }
    const answers =
      p > firstQuestion && !asks[p] && !quoted[p] && !INTERVIEWER_LABEL.test(paragraphs[p]?.[0]?.text ?? '');
    answeredBy.push(answers ? speaker : undefined);
    askedBefore.push(answers ? asked : []);
  }
  return { answeredBy, askedBefore };
}

// "PRIME MINISTER CARNEY: We have not ruled that in or out.", "QUESTION (CBC): Will there be Canadian troops?":
// a transcript's paragraph opens on who speaks, in capitals.
// Any alphabet's capitals: "STØRE:", "ŠEFČOVIČ:".
const SPEAKER_LABEL = /^\s*(\p{Lu}[\p{L}.' -]{0,40}?)(?:\s*\([^)]*\))?:\s/u;
const QUESTION_LABEL = /^(?:QUESTION|Q|REPORTER|JOURNALIST|INTERVIEWER)$/;
const peopleByCapitals = new WeakMap<Gazetteer, Map<string, CountryCode>>();

/** Who a label in capitals names: an office holder of the gazetteer by full name or surname, if any. */
function labelledPerson(label: string, gazetteer: Gazetteer): CountryCode | undefined {
  let people = peopleByCapitals.get(gazetteer);
  if (!people) {
    people = new Map();
    for (const code of gazetteer.contributorCodes())
      for (const person of gazetteer.country(code)?.people ?? [])
        if (person.length >= 4) people.set(person.toUpperCase(), code);
    peopleByCapitals.set(gazetteer, people);
  }
  const words = label.toUpperCase().split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    const code = people.get(words.slice(from).join(' '));
    if (code) return code;
  }
  return undefined;
}

/**
 * A transcript printed with speaker labels: at least two paragraphs open on a label naming a known office holder
 * or a question. Every sentence up to the next label is the labelled speaker's; a question is not read, but what
 * it asks is what the answer after it is about. Undefined for any other text.
 */
function readTranscript(sentences: Sentence[], gazetteer: Gazetteer): InterviewReading | undefined {
  const answeredBy: (Speaker | undefined)[] = [];
  const askedBefore: Category[][] = [];
  const asks: boolean[] = [];
  let speaker: Speaker | undefined;
  let asking = false;
  let asked: Category[] = [];
  let labels = 0;
  let people = 0;
  let paragraph = -1;
  for (const sentence of sentences) {
    const opens = sentence.paragraph !== paragraph;
    paragraph = sentence.paragraph;
    // A label ends in a colon: a paragraph without one is spared the pattern.
    const label =
      opens && sentence.text.includes(':') ? SPEAKER_LABEL.exec(sentence.text)?.[1]?.trim() : undefined;
    const code = label ? labelledPerson(label, gazetteer) : undefined;
    if (label && QUESTION_LABEL.test(label.toUpperCase())) {
      asking = true;
      asked = [];
      labels++;
    } else if (code) {
      asking = false;
      people++;
      labels++;
      speaker = personSpeaking(code);
    } else if (label && !/[a-z]{2,}/.test(label)) {
      // Someone the gazetteer does not know ("MODERATOR:"): whoever spoke before no longer does.
      asking = false;
      speaker = undefined;
    } else if (opens && !label && REPORTED_SPEECH.test(sentence.text)) {
      // "Two defense officials said ...": a paragraph of the reporter's, after the transcript, is nobody's answer.
      asking = false;
      speaker = undefined;
    }
    if (asking) {
      asked = withKindsAsked(asked, sentence.text, gazetteer);
    }
    asks.push(asking);
    answeredBy.push(asking ? undefined : speaker);
    askedBefore.push(asking ? [] : asked);
  }
  if (labels < 2 || people === 0) return undefined;
  return { answeredBy, askedBefore, asks };
}

/** Whether a row's or an entry's label is a country's name and nothing else ("Germany", not "German officials"). */
function isCountryNameAlone(label: string, gazetteer: Gazetteer): boolean {
  const named = gazetteer.findMentions(label);
  return (
    named.length === 1 && named[0]?.kind === 'name' && named[0].start === 0 && named[0].end === label.length
  );
}

// "- Canada: strategic airlift and a training team of up to 100.": one line of a bulleted list of offers.
const BULLETED_ENTRY = /^[-•*–]\s*((?:the )?\p{Lu}[\p{L} .'-]{1,30}?):\s+(.+)$/u;
const ENTRY_VERB =
  /\b(?:is|are|was|were|will|would|could|can|may|might|has|have|had|offers?|offered|pledges?|pledged|rules?|ruled|refuses?|refused|declines?|declined|says?|said|plans?|planned|wants?|intends?|sends?|provides?|leads?|hosts?)\b/i;
const ENTRY_UNDECIDED =
  /\b(?:consideration|considering|pending|reserved|undecided|under review|to be decided|not yet decided|no decision|being assessed|assessing|studying)\b/i;
const ENTRY_NOTHING =
  /^(?:no (?:reply|answer|response|submission|entry)|none|nothing|n\/a|not (?:yet )?(?:submitted|received|listed))\b/i;

/**
 * A bulleted list of what each country put forward ("- Belgium: one minehunter."), with no verb in its lines, is
 * a list of offers: each line is read as "Belgium has offered one minehunter.", and a line that reserves its
 * position ("- Spain: position reserved pending a government decision") as the country considering. It takes two
 * such lines to make a list; a line with a verb of its own is read as it stands.
 */
function bulletedOffersAsSentences(text: string, gazetteer: Gazetteer): string {
  const lines = text.split('\n');
  const entries = lines.map((line) => {
    // An entry's name ends in a colon: a line without one is spared the trim and the pattern.
    if (!line.includes(':')) return undefined;
    const entry = BULLETED_ENTRY.exec(line.trim());
    if (!entry) return undefined;
    const [, name = '', body = ''] = entry;
    if (!isCountryNameAlone(name, gazetteer)) return undefined;
    // "Netherlands: "under national consideration". A footnote records ...": the entry is its first sentence.
    const [first = '', rest = ''] = body.split(/(?<=[.!?]["”]?)\s+(?=\p{Lu})/u, 2) as [string?, string?];
    const value = first.replace(/^["“]|["”]?\.?["”]?$/g, '').trim();
    if (value === '' || ENTRY_VERB.test(value)) return undefined;
    return { name, value, rest };
  });
  if (entries.filter((entry) => entry !== undefined).length < 2) return text;
  return lines
    .map((line, i) => {
      const entry = entries[i];
      if (!entry || ENTRY_NOTHING.test(entry.value)) return line;
      const sentence = ENTRY_UNDECIDED.test(entry.value)
        ? `${entry.name} is considering its contribution.`
        : `${entry.name} has offered ${entry.value}.`;
      return entry.rest ? `${sentence} ${entry.rest}` : sentence;
    })
    .join('\n');
}

// "1. BRITAIN - Committed to deploying troops.", "Poland – No troops; ready to be the logistics hub.": an entry of a
// tracker, numbered or not, its country's name (often in capitals) set off by a dash.
const DASHED_ENTRY = /^(?:\d{1,2}[.)]\s+)?(\p{Lu}[\p{L} .'-]{1,30}?)\s+[-–—]\s+(\S.*)$/u;

/**
 * A tracker of where each government stands, one entry per country ("2. FRANCE - Committed to deploying troops.
 * Ready to lead the air component."), is read as the lines of a list of positions: "France: Committed to deploying
 * troops. France: Ready to lead the air component." Each of an entry's fragments is about its country, unless it
 * names another government itself ("In April the Times reported that London might drop its troop plan") or goes
 * on with a pronoun. It takes two such entries to make a tracker: one could be a dateline's dash.
 */
function dashedEntriesAsLabelled(text: string, gazetteer: Gazetteer): string {
  if (!text.includes(' - ') && !text.includes(' – ') && !text.includes(' — ')) return text;
  const lines = text.split('\n');
  const entries = lines.map((line) => {
    const entry = DASHED_ENTRY.exec(line.trim());
    if (!entry) return undefined;
    const label = entry[1] ?? '';
    const name = label === label.toUpperCase() ? titledCase(label) : label;
    return isCountryNameAlone(name, gazetteer) ? { name, body: entry[2] ?? '' } : undefined;
  });
  if (entries.filter((entry) => entry !== undefined).length < 2) return text;
  return lines
    .map((line, i) => {
      const entry = entries[i];
      if (!entry) return line;
      return splitSentences(entry.body)
        .map((fragment, j) =>
          j === 0 ||
          (!gazetteer.findMentions(fragment).some((m) => gazetteer.isContributor(m.code)) &&
            !PRONOUN_OPENING.test(fragment))
            ? `${entry.name}: ${fragment}`
            : fragment,
        )
        .join(' ');
    })
    .join('\n');
}
const PRONOUN_OPENING = /^\W*(?:it|its|they|their|this|that|these|those)\b/i;

// "Germany — Logistics from NATO territory: offered. Air defence: offered.": a row of a table of positions.
const TABLE_ROW = /^(\p{Lu}[\p{L} .'-]{1,30}?)\s+(?:—|–|:)\s+(.+)$/u;
const LABELLED_ITEM = /^([^:"]{2,60}):\s+(.+?)\.?$/;

/**
 * A table of who offers what, printed as one line per country ("Italy — Ground troops: ruled out. Air patrols:
 * offered."), is rewritten as one sentence per entry that says it in the order prose would: "Italy ruled out:
 * ground troops." A line is a row only when it starts with a country's name alone and labels an entry.
 */
function tableRowsAsSentences(text: string, gazetteer: Gazetteer): string {
  return text
    .split('\n')
    .map((line) => {
      // A row's name is followed by a dash or a colon: most lines of prose have neither, and a search for one
      // spares them the trim and the pattern.
      if (!line.includes(':') && !line.includes('—') && !line.includes('–')) return line;
      const row = TABLE_ROW.exec(line.trim());
      if (!row) return line;
      const [, name = '', rest = ''] = row;
      if (!isCountryNameAlone(name, gazetteer)) return line;
      const items = rest.split(/(?<=\.)\s+(?=\p{Lu})/u);
      const entries = items.map((item) => LABELLED_ITEM.exec(item));
      if (!entries.some((entry) => entry !== null)) return line;
      return items
        .map((item, i) => {
          const entry = entries[i];
          const [, label = '', value = ''] = entry ?? [];
          return entry ? `${name} ${value}: ${label.toLowerCase()}.` : `${name} ${item}`;
        })
        .join(' ');
    })
    .join('\n');
}

// "Elina Valtonen is Finland's Minister for Foreign Affairs.", "Ruben Brekelmans (VVD) is the Dutch minister of
// defence.": the note under a minister's own column.
const AUTHOR_NOTE =
  /^\W*(?:\p{Lu}[\p{L}.'-]*\s+){1,4}(?:\([^()]{1,30}\)\s+)?is\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:[Dd]eputy\s+|[Ff]oreign\s+|[Dd]efen[cs]e\s+)?(?:[Mm]inister|[Ss]ecretary|[Pp]rime [Mm]inister|[Pp]resident|[Cc]hancellor)\b/u;
const LAST_PARAGRAPHS = 4;

/**
 * The government whose minister wrote the article: an opinion column ends with a note on its author. What the
 * column says of other countries ("Sweden has offered its Gripens") is that government's account of them, not
 * their positions (rule 9). An interviewee's note ("... He was interviewed by ...") introduces someone else's
 * questions, and the reporter's own sentences, so it names no author.
 */
function authorOf(text: string, gazetteer: Gazetteer): CountryCode | undefined {
  const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
  for (const paragraph of paragraphs.slice(-LAST_PARAGRAPHS)) {
    const note = AUTHOR_NOTE.exec(paragraph)?.[0];
    if (note === undefined || /\binterview/i.test(paragraph)) continue;
    const mentions = gazetteer.findMentions(note);
    const person = mentions.find((m) => m.kind === 'person' && note.slice(0, m.start).trim() === '');
    const named = mentions.find((m) => m.kind !== 'person' && m.start > note.search(/\sis\s/));
    const code = person?.code ?? named?.code;
    if (code && gazetteer.isContributor(code)) return code;
  }
  return undefined;
}

/** In a minister's column, the author's government speaks for itself and, in a joint statement, for its partners. */
const ownOrJoint = (commitments: Commitment[], author: CountryCode | undefined): Commitment[] =>
  author === undefined
    ? commitments
    : commitments.filter(
        (c) =>
          c.country === author ||
          commitments.some((other) => other.country === author && other.category === c.category),
      );

function readText(
  text: string,
  gazetteer: Gazetteer,
  found: Map<string, Commitment>,
  onlyNew = false,
  author: CountryCode | undefined = undefined,
): void {
  const known = new Set([...found.values()].map((c) => c.country));
  const tabled = text.includes('|') ? pipeTableRowsAsSentences(text) : text;
  // A tracker's entries are read after a table's rows, which are set off by the same dashes.
  const rows = dashedEntriesAsLabelled(
    tabled.includes(':') ? tableRowsAsSentences(tabled, gazetteer) : tabled,
    gazetteer,
  );
  const sentences = splitSentencesDetailed(
    rows.includes(':') ? bulletedOffersAsSentences(rows, gazetteer) : rows,
  );
  // Labels name each answer's speaker; an interview's layout only says the answers are the interviewee's.
  const interview =
    (text.includes(':') ? readTranscript(sentences, gazetteer) : undefined) ??
    (text.includes('?') ? readInterview(sentences, gazetteer) : undefined);
  const readable = sentences.map((s, i) => {
    if (isQuestion(s.text) || interview?.asks?.[i] || NOT_THE_ARTICLES_WORDS.test(s.text)) return undefined;
    // An interviewee's answer is theirs even when it names nobody: "I will not rule it out today."
    // Normalized once for both the mentions and the reading.
    const normalized = normalizeQuotes(s.text);
    const mentions =
      mentionsIfReadable(s.text, gazetteer, normalized) ?? (interview?.answeredBy[i] ? [] : undefined);
    return mentions && { text: s.text, mentions, normalized };
  });
  // Until a sentence names someone, the story is about the country its dateline files it from.
  const filed = sentences[0] ? filedFrom(sentences[0].text, gazetteer) : [];
  // Whoever a commitment is about is named in the text, by its dateline or, in an interview, by the layout.
  // When only new countries count (the headline, read after the body) and every one the text names is known
  // already, nothing it says can be added: it is not read.
  if (
    onlyNew &&
    interview === undefined &&
    filed.every((code) => known.has(code)) &&
    readable.every((r) => r === undefined || r.mentions.every((m) => known.has(m.code)))
  )
    return;
  const readings = readable.map((r) => r && readSentence(r.text, gazetteer, r.mentions, r.normalized));
  const speakers = lendQuoteSpeakers(
    readings,
    sentences.map((s) => s.continuesQuote),
  );
  const discourse: Discourse = {
    topic: filed.length === 1 ? filed : [],
    speaker: undefined,
    lastCommitments: [],
    lastNamedSpeaker: [],
    lastPair: [],
    asked: { categories: [], sentencesLeft: 0, countries: [] },
    author,
  };
  readings.forEach((reading, i) => {
    if (!reading) return;
    const askedInInterview = interview?.askedBefore[i] ?? [];
    if (askedInInterview.length > 0 && discourse.asked.sentencesLeft <= 0)
      discourse.asked = { categories: askedInInterview, sentencesLeft: 1, countries: [] };
    const speaker = resolvePronounSpeaker(speakers[i] ?? interview?.answeredBy[i], discourse);
    discourse.answering = interview?.answeredBy[i];
    const { commitments, topic } = readSentenceCommitments(reading, speaker, discourse, gazetteer);
    for (const commitment of ownOrJoint(commitments, author)) {
      if (onlyNew && known.has(commitment.country)) continue;
      const key = `${commitment.country}:${commitment.category}`;
      // The first statement of a pair wins: news states its news first and background later.
      if (!found.has(key)) found.set(key, commitment);
    }
    discourse.topic = topic;
    if (topic.length === 2) discourse.lastPair = topic;
    discourse.lastPerson = reading.mentions.find((m) => m.kind === 'person')?.code;
    discourse.speaker = speaker;
    if (speaker && !speaker.pronoun && speaker.countries.length > 0)
      discourse.lastNamedSpeaker = speaker.countries;
    if (commitments.length > 0) discourse.lastCommitments = commitments;
    const asked = questionCategories(reading);
    discourse.asked =
      asked.length > 0
        ? { categories: asked, sentencesLeft: 3, countries: questionCountries(reading, gazetteer) }
        : { ...discourse.asked, sentencesLeft: discourse.asked.sentencesLeft - 1 };
  });
}

/**
 * Reads an article for the commitments it states, one per (country, category). The body is read first; the
 * headline only speaks for countries the body never commits, since headlines compress ("will fund", "no
 * troops") what the body words with care ("is ready to fund", "will not take part in any deployment").
 */
export function extractCommitments(
  title: string,
  body: string,
  names: Gazetteer = defaultGazetteer,
): Commitment[] {
  const found = new Map<string, Commitment>();
  const gazetteer = names.forArticle(`${title}\n${body}`);
  const author = authorOf(body, gazetteer);
  readText(body, gazetteer, found, false, author);
  readText(title, gazetteer, found, true, author);
  return [...found.values()];
}
