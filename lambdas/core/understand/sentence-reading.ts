import type { CountryCode } from '../taxonomy.js';
import { AGENT_HEAD, MEDIA_HEAD, VENUE_HEAD } from './cue-lexicon.js';
import type { Gazetteer, Mention } from './gazetteer.js';

/** Who a sentence says is speaking, when it says so ("..., Defense Minister Nuno Melo said"). */
export type SpeakerKind = 'person' | 'plural' | 'institution' | 'none';

export interface Speaker {
  countries: CountryCode[];
  kind: SpeakerKind;
  /** "He said ...": the speaker is whoever spoke or acted last. */
  pronoun: boolean;
}

export interface Span {
  start: number;
  end: number;
  /** The clause carries on the one before it without a subject or verb of its own ("..., focusing instead on"). */
  continuation?: boolean;
}

export interface MentionReading extends Mention {
  /** The mention can be the one acting: not a venue, a location, a newspaper or a masked aside. */
  acts: boolean;
  /** "troops from the U.K. and France": the country owns the troops named before it. */
  owns: boolean;
}

/** A sentence prepared for reading: asides and attributions blanked out, cut into clauses. */
export interface SentenceReading {
  text: string;
  /** Lower-cased, same length as text, with asides, conditions and attributions replaced by spaces. */
  content: string;
  mentions: MentionReading[];
  speaker: Speaker | undefined;
  hasQuote: boolean;
  clauses: Span[];
}

const blank = (text: string, start: number, end: number): string =>
  text.slice(0, start) + ' '.repeat(Math.max(0, end - start)) + text.slice(end);

function blankAll(text: string, re: RegExp, keepFrom = 0): string {
  let out = text;
  for (const match of text.matchAll(re)) {
    out = blank(out, match.index + keepFrom, match.index + match[0].length);
  }
  return out;
}

/** Lower-cases char by char so offsets never shift (some capitals lower-case to two code units). */
function lowerSameLength(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

// Same-length normalisation: curly quotes to straight ones, and no-break or thin spaces to plain spaces.
const normalizeQuotes = (text: string): string =>
  text
    .replace(/[’‘`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');

// Asides whose countries never act in the sentence: relative clauses, dashes, brackets, conditions,
// purposes, alternatives given up, and what others are asked or urged to do.
const ASIDES: RegExp[] = [
  // A relative clause runs to the comma that closes it, past the commas of a list inside it.
  /,\s*(?:which|who|whose|where)\b[^,;"]*(?:,\s*(?:and\s+)?[^\s,;"]+(?:\s+[^\s,;"]+){0,2}(?=,|\s+and\b))*(?:,\s*and\s+[^\s,;"]+(?:\s+[^\s,;"]+){0,2})?(?:,|$)/g,
  /\bbecause\b[^,;]*/g,
  /\s[—–]\s[^—–]*[—–]/g,
  /\s-\s[^-]*\s-\s/g,
  /\([^)]*\)/g,
  /\[[^\]]*\]/g,
  /\b(?:if|unless|provided that|as long as)\b[^,;]*/g,
  /(?:,\s*so\b|\bso that\b|\bin order to\b|\bso as to\b)[^,;]*/g,
  /\binstead of\b[^,;]*/g,
  /\b(?:persuad\w*|convinc\w*|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|pressur\w*|push(?:es|ed|ing)?|ask(?:s|ed|ing)?|invit\w*|call(?:s|ed|ing)? on|want(?:s|ed)?|need(?:s|ed)?|encourag\w*)\s+(?:[\w.'-]+\s+){0,6}?to\b.*?(?=\bbut\b|;|$)/g,
  /\b(?:hop(?:e|es|ed|ing)|call(?:s|ed|ing)? for|demand(?:s|ed|ing)? (?:that|for))\b.*?(?=\bbut\b|;|$)/g,
];

// "coalition of the willing" is a name: its "willing" states nobody's stance.
const COALITION_NAME = /\bcoalition of the willing\b/g;

const REPORT_VERB =
  /\b(?:said|says|say|told|tells|added|adds|stressed|stresses|noted|notes|argued|argues|insisted|insists|warned|warns|wrote|writes|posted|reported|reports|explained|emphasi[sz]ed|underlined|acknowledged|claimed|claims|announced|declared|according to|as reported by|citing|quoting|quoted)\b/g;
const FINITE_VERB = /\b(?:is|are|was|were|will|would|could|can|may|might|should|must|am|being)\b/;
const CONTENT_CUE =
  /\b(?:will|would|won't|wouldn't|could|can|may|might|is|are|was|were|has|have|had|ready|willing|prepared|rul\w+ out|consider\w*|weigh\w*|plan\w*|pledg\w+|commit\w*|offer\w*|open to|reluctant|no)\b/;
const CONNECTIVE =
  /,?\s*\b(?:adding|restating|saying|reiterating|stressing|noting|insisting|arguing|explaining)\b(?:\s+that|\s*:)?/g;
const CITING = /,?\s*\b(?:citing|quoting)\b[^,;]*/g;
const PLURAL_SPEAKER =
  /\b(?:officials|diplomats|sources|people|ministers|leaders|governments|they|aides|spokespeople|both|we)\b/;
const INSTITUTION_SPEAKER =
  /\b(?:government|ministry|office|cabinet|administration|department|embassy|presidency|it)\b/;

function classifySpeaker(phrase: string, countries: CountryCode[]): SpeakerKind {
  if (PLURAL_SPEAKER.test(phrase) || new Set(countries).size > 1) return 'plural';
  if (INSTITUTION_SPEAKER.test(phrase)) return 'institution';
  if (
    countries.length > 0 ||
    /\b(?:he|she|minister|president|chancellor|spokes\w+|secretary)\b/.test(phrase)
  ) {
    return 'person';
  }
  return 'none';
}

const BOUNDARY = /[,;:"—]/;

function leftBoundary(content: string, from: number): number {
  for (let i = from - 1; i >= 0; i--) if (BOUNDARY.test(content[i] ?? '')) return i + 1;
  return 0;
}

/** Where the reported content starts after a fronted "X said (on Monday) (that)". */
function contentStart(content: string, afterVerb: number): number {
  const rest = content.slice(afterVerb, afterVerb + 80);
  const that = /^(?:[^,;:]*?)\b(?:that\b|:)/.exec(rest);
  if (that) return afterVerb + that[0].length;
  const adverbial =
    /^\s*(?:on \w+day|\w+day|last \w+|earlier(?: this \w+)?|later|in (?:a|an) \w+|in \w+)?/.exec(rest);
  return afterVerb + (adverbial ? adverbial[0].length : 0);
}

interface Attribution {
  start: number;
  end: number;
  speakerStart: number;
  speakerEnd: number;
}

/** Finds "X said", "said X", "according to X" and returns the spans to blank and where the speaker is named. */
function findAttributions(content: string): Attribution[] {
  const found: Attribution[] = [];
  for (const match of content.matchAll(REPORT_VERB)) {
    const verb = match[0];
    const verbStart = match.index;
    const verbEnd = verbStart + verb.length;
    if (found.some((a) => verbStart >= a.start && verbStart < a.end)) continue;
    if (verb === 'according to' || verb === 'as reported by' || verb === 'citing' || verb === 'quoting') {
      const comma = content.indexOf(',', verbEnd);
      const end = comma === -1 ? content.length : comma + 1;
      found.push({ start: verbStart, end, speakerStart: verbEnd, speakerEnd: end });
      continue;
    }
    const left = leftBoundary(content, verbStart);
    const phrase = content.slice(left, verbStart);
    if (/\bnot\s*$/.test(phrase) || /\bthat\s*$/.test(phrase)) continue;
    if (
      phrase.trim().split(/\s+/).length > 14 ||
      FINITE_VERB.test(phrase.replace(/\b(?:has|have|had)\s*$/, ''))
    ) {
      continue;
    }
    const comma = content.slice(verbEnd).search(/[,;]/);
    const clauseEnd = comma === -1 ? content.length : verbEnd + comma;
    const rest = content.slice(verbEnd, clauseEnd);
    const fronted = /^\s*(?:[^,;:]*?\bthat\b|[^,;]*?:)/.test(rest) || CONTENT_CUE.test(rest);
    if (fronted && verb !== 'announced' && verb !== 'declared') {
      found.push({
        start: left,
        end: contentStart(content, verbEnd),
        speakerStart: left,
        speakerEnd: verbStart,
      });
    } else if (!fronted) {
      const end = comma === -1 ? content.length : clauseEnd + 1;
      // "..., said Macron": the speaker follows the verb.
      const speakerAfter = phrase.trim() === '';
      found.push({
        start: left,
        end,
        speakerStart: speakerAfter ? verbEnd : left,
        speakerEnd: speakerAfter ? end : verbStart,
      });
    }
  }
  return found;
}

// Split points between clauses: contrast, semicolons, and "and" before a new verb or subject.
const CLAUSE_BREAK =
  /;|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|,\s*yet\b|\beven as\b|\band\s+"?\s*(?=(?:is|are|was|were|will|would|has|have|had|could|can|may|might|remains?|remained|plans?|offers?|offered|pledged|ruled|rules|it|they|he|she|we|also|its|their)\b)|,\s*and\b|,\s*(?=\w+ing instead\b)/g;

function splitClauses(content: string, mentions: Mention[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  let continuation = false;
  for (const match of content.matchAll(CLAUSE_BREAK)) {
    const at = match.index;
    if (match[0].startsWith(',') && /and$/.test(match[0])) {
      // "Poland, Romania, and Finland": a list of countries, not two clauses.
      const before = mentions.some((m) => /^[\s,]*$/.test(content.slice(m.end, at)));
      const after = mentions.some((m) =>
        /^\s*(?:the\s+)?$/.test(content.slice(at + match[0].length, m.start)),
      );
      if (before && after) continue;
    }
    if (content.slice(from, at).trim()) spans.push({ start: from, end: at, continuation });
    continuation = /instead/.test(content.slice(at, at + 40)) && match[0].startsWith(',');
    from = at + match[0].length;
  }
  if (content.slice(from).trim()) spans.push({ start: from, end: content.length, continuation });
  return spans;
}

const LOCATIVE =
  /\b(?:in|at|to|into|from|near|across|over|via|with|outside|inside|around|toward|towards|between|on|against|for|than|like|alongside|through|within|among|amongst|about|beyond|throughout|visit(?:ed|ing|s)?)\s+(?:the\s+)?(?:[\w-]+\s+)?$/;
const OWNER_FROM =
  /\b(?:troops|soldiers|contingents?|forces|ships|jets|units|personnel|trainers|warships|vessels|aircraft)\s+from\s+(?:the\s+)?$/;
const HEAD_AFTER = new RegExp(`^(?:'s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:${AGENT_HEAD.source})`);
const VENUE_AFTER = new RegExp(`^(?:'s)?\\s+(?:${VENUE_HEAD.source})`);
const MEDIA_AFTER = new RegExp(`^\\s+(?:[\\w-]+\\s+)?(?:${MEDIA_HEAD.source})`);
const LIST_GAP = /^\s*(?:,|and|or|,\s*and|as well as)\s*(?:the\s+)?$/;

/** Decides, mention by mention, whether a country can be the one acting in the sentence. */
function readMentions(content: string, mentions: Mention[]): MentionReading[] {
  const read: MentionReading[] = mentions.map((m) => ({ ...m, acts: true, owns: false }));
  for (let i = 0; i < read.length; i++) {
    const m = read[i] as MentionReading;
    const before = content.slice(Math.max(0, m.start - 40), m.start);
    const after = content.slice(m.end, m.end + 50);
    const previous = read[i - 1];
    if (content[m.start] === ' ') m.acts = false;
    else if (previous && LIST_GAP.test(content.slice(previous.end, m.start))) {
      m.acts = previous.acts;
      m.owns = previous.owns;
    } else if (OWNER_FROM.test(before)) m.owns = true;
    else if (LOCATIVE.test(before)) m.acts = false;
    if (!m.acts) continue;
    if (VENUE_AFTER.test(after) || MEDIA_AFTER.test(after)) m.acts = false;
    else if (m.kind === 'adjective' && !HEAD_AFTER.test(after)) m.acts = false;
  }
  // An adjective coordinated with a later one shares its head ("British and French officials").
  for (let i = read.length - 2; i >= 0; i--) {
    const m = read[i] as MentionReading;
    const next = read[i + 1] as MentionReading;
    if (
      m.kind === 'adjective' &&
      next.kind === 'adjective' &&
      LIST_GAP.test(content.slice(m.end, next.start))
    ) {
      m.acts = next.acts;
    }
  }
  return read;
}

/** Prepares one sentence: blanks what is not the content, finds who speaks, cuts the rest into clauses. */
export function readSentence(sentence: string, gazetteer: Gazetteer): SentenceReading {
  const text = normalizeQuotes(sentence);
  let content = lowerSameLength(text);
  content = blankAll(content, COALITION_NAME, 'coalition'.length);
  for (const re of ASIDES) content = blankAll(content, re);
  content = blankAll(content, CITING);
  const attributions = findAttributions(content);
  const mentions = gazetteer.findMentions(text);
  const speakerCountries: CountryCode[] = [];
  let speakerPhrase = '';
  for (const attribution of attributions) {
    const phrase = content.slice(attribution.speakerStart, attribution.speakerEnd);
    speakerPhrase += ` ${phrase}`;
    for (const m of mentions) {
      if (content[m.start] === ' ') continue;
      if (m.start >= attribution.speakerStart && m.end <= attribution.speakerEnd) {
        const tail = content.slice(m.end, m.end + 50);
        if (MEDIA_AFTER.test(tail) || (m.kind === 'adjective' && !HEAD_AFTER.test(tail))) continue;
        speakerCountries.push(m.code);
      }
    }
  }
  for (const attribution of attributions) content = blank(content, attribution.start, attribution.end);
  content = blankAll(content, CONNECTIVE);
  const readMentionsList = readMentions(content, mentions);
  const speaker =
    attributions.length > 0
      ? {
          countries: [...new Set(speakerCountries)],
          kind: classifySpeaker(speakerPhrase, speakerCountries),
          pronoun: /^\s*(?:he|she|they|it|we)\s*(?:has|have|had)?\s*$/.test(speakerPhrase),
        }
      : undefined;
  return {
    text,
    content,
    mentions: readMentionsList,
    speaker,
    hasQuote: /"/.test(text),
    clauses: splitClauses(content, mentions),
  };
}
