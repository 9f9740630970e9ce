import type { CountryCode } from '../taxonomy.js';
import { literalAlternation } from '../text/literal-alternation.js';
import {
  commaOrSemicolonAt,
  countTokens,
  countWords,
  isSpaceCode,
  textUpToComma,
} from '../text/word-scan.js';
import { AGENT_HEAD, MEDIA_HEAD, VENUE_HEAD } from './cue-lexicon.js';
import type { Gazetteer, Mention } from './gazetteer.js';
import { matchesIn } from './regex-scan.js';

/** Who a sentence says is speaking, when it says so ("..., Defense Minister Nuno Melo said"). */
export type SpeakerKind = 'person' | 'plural' | 'institution' | 'none';

export interface Speaker {
  countries: CountryCode[];
  kind: SpeakerKind;
  /** "He said ...": the speaker is whoever spoke or acted last. */
  pronoun: boolean;

  /** "Dutch media reported that the cabinet ...": the country whose press speaks, and whose government it means. */
  mediaHome: CountryCode[];
  /** "26 countries say they ...", "The coalition has said it ...": a group speaks, and "they" or "it" is the group. */
  group: boolean;
  /** The opposition, an analyst, a commentator: what they say, in every sentence of their quote, is no position. */
  outsideGovernment: boolean;
  /** An interview's or a transcript's answer: every word of the sentence is the speaker's. */
  answers?: boolean;
}

export interface Span {
  start: number;
  end: number;
  /** The clause carries on the one before it without a subject or verb of its own ("..., focusing instead on"). */
  continuation?: boolean;
  /** The clause has a subject of its own but leaves out the verb of the one before ("..., Norway a frigate"). */
  gapped?: boolean;
}

export interface MentionReading extends Mention {
  /** The mention can be the one acting: not a venue, a location, a newspaper or a masked aside. */
  acts: boolean;
  /** "troops from the U.K. and France": the country owns the troops named before it. */
  owns: boolean;
}

/** A sentence prepared for reading: asides and attributions blanked out, cut into clauses. */
export interface SentenceReading {
  /** The sentence as written: the evidence a commitment quotes. */
  original: string;
  /** The sentence with straight quotes and plain spaces, same length as the original. */
  text: string;
  /** The text lower-cased (lowerSameLength), before anything is blanked. */
  lowered: string;
  /** Lower-cased, same length as text, with asides, conditions and attributions replaced by spaces. */
  content: string;
  mentions: MentionReading[];
  speaker: Speaker | undefined;
  hasQuote: boolean;
  clauses: Span[];
  /** Relative clauses opened because they state their country's position: whose position they state. */
  relatives: RelativeClause[];
  /** "Asked whether Turkey would send troops, ...": the question, blanked from the content, that an answer may refer to. */
  questions: Span[];
  /**
   * Every speaker the sentence names is outside government ("Shadow Defence Secretary X said", "opposition
   * leader", "analysts"), or the sentence is one government's account of what another told it ("Merz said
   * Poland had told him it was ready"): what they say is not a government's position (rule 9).
   */
  outsideGovernment: boolean;
  /** Each attribution ("Latvia said"), blanked from the content, with the countries named as its speaker. */
  attributions: {
    start: number;
    end: number;
    countries: CountryCode[];
    introduces: boolean;
    declares: boolean;
    /** "the Europeans have made clear": a group of countries, none named, speaks. */
    group: boolean;
  }[];
}

/** "Malta and Cyprus, which have both said they will keep out": the body is about the countries before it. */
export interface RelativeClause {
  /** Where ", which" was: the clause that follows starts here or just after. */
  opensAt: number;
  bodyStart: number;
  countries: CountryCode[];
  /** "Poland, whose government has said ...": the antecedent's own government speaks in the body. */
  ownGovernmentSpeaks: boolean;
}

const blank = (text: string, start: number, end: number): string =>
  text.slice(0, start) + ' '.repeat(Math.max(0, end - start)) + text.slice(end);

/** Puts a clause break (";") on the last blank before `end` when content follows it. */
function closeWithBreak(text: string, end: number): string {
  if (end <= 0 || end >= text.length || !/\S/.test(text.slice(end)) || text[end - 1] !== ' ') return text;
  return `${text.slice(0, end - 1)};${text.slice(end)}`;
}

/**
 * Blanks every match of the global `re`, keeping its first `keepFrom` characters. A loop over the matches, not
 * replace() with a function: most patterns a sentence wakes find nothing there, and a functional replace costs
 * more to enter than the search.
 */
function blankAll(text: string, re: RegExp, keepFrom = 0): string {
  const found = matchesIn(re, text);
  if (found.length === 0) return text;
  let blanked = '';
  let from = 0;
  for (const match of found) {
    const matched = match[0];
    blanked +=
      text.slice(from, match.index) + matched.slice(0, keepFrom) + ' '.repeat(matched.length - keepFrom);
    from = match.index + matched.length;
  }
  return blanked + text.slice(from);
}

/** Lower-cases char by char so offsets never shift (some capitals lower-case to two code units). */
export function lowerSameLength(text: string): string {
  const fast = text.toLowerCase();
  if (fast.length === text.length) return fast;
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

// Same-length normalisation: curly quotes to straight ones, no-break or thin spaces to plain spaces, and a dash
// typed as two hyphens (" -- ") to a dash ("  — "), which sets off an aside as the printed one does.
// Most sentences have none of these characters: one test spares them the four replacements.
const TO_NORMALIZE = /[’‘`“”„«»\u00a0\u2000-\u200a\u202f\u205f\u3000]| -- /;
const quotesNormalized = (text: string): string =>
  !TO_NORMALIZE.test(text)
    ? text
    : text
        .replace(/[’‘`]/g, "'")
        .replace(/[“”„«»]/g, '"')
        .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
        .replace(/ -- /g, '  — ');
/**
 * Whether the text's second code unit is a lower-case ASCII letter, as in most sentences ("The ..."): such a text
 * opens on no word in capitals, and the patterns for those (a dateline, a lede's first word) need not run.
 */
const secondIsLowerCase = (text: string): boolean => {
  const second = text.charCodeAt(1);
  return second >= 97 && second <= 122;
};
// "BRITAIN is ready to send troops": a lede's first word in capitals is still a name (same length).
const CAPITALS_LEAD = /^(\p{Lu})(\p{Lu}{4,})(?= \p{Ll})/u;
// "POLAND AND ROMANIA": a subheading in capitals names its countries as a title-cased one would.
const CAPITALS_HEADING = /^[\p{Lu}\s&,'-]{4,60}$/u;
/** Each word's first letter in capitals, the rest in lower case ("POLAND AND ROMANIA" → "Poland And Romania"). */
export const titledCase = (text: string): string => {
  const titled = text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  // Offsets into the text must hold: a letter that changes length when its case does leaves the text as it was.
  return titled.length === text.length ? titled : text;
};
export const normalizeQuotes = (text: string): string => {
  const normalized = quotesNormalized(text);
  if (secondIsLowerCase(normalized)) return normalized;
  if (CAPITALS_HEADING.test(normalized)) return titledCase(normalized);
  if (!CAPITALS_LEAD.test(normalized)) return normalized;
  const titled = normalized.replace(
    CAPITALS_LEAD,
    (_, first: string, rest: string) => first + rest.toLowerCase(),
  );
  // Offsets into the text must hold: a letter that lowers to two ("İ") leaves the text as it was.
  return titled.length === normalized.length ? titled : normalized;
};

// ("Asked in Berlin whether", "Asked on Fox News on Tuesday whether": where and when, up to two of them. "Pressed three
// times on whether": pressed is asked again.)
const QUESTION_ASKED =
  /\b(?:(?:asked|questioned|pressed)(?: again| repeatedly| twice| (?:two|three|several|many) times)?(?: (?:on|last|this|earlier this) \w+| \w+day| by (?:[\w-]+ ){0,5}?[\w-]+(?:, (?:[\w.'-]+ ){0,3}[\w.'-]+,)?| (?:at|during|in) (?:a|an|the|his|her|their|its) (?:[\w-]+ ){0,3}?(?:press conference|news conference|briefing|interview|hearing|debate|summit)| in (?!(?:a|an|the|his|her|their|its)\b)\w+| on (?:[\w-]+ ){0,2}(?:news|tv|radio|television)\b){0,2} (?:(?:on|over) whether|whether|if|about|how|when|why|what)|^\s*on whether|(?<=^\W*on (?:the |this )?(?:[\w-]+ )?(?:question|issue|matter),\s*)whether)\b[^,;]*/g;

// Asides whose countries never act in the sentence: relative clauses, dashes, brackets, conditions,
// purposes, alternatives given up, and what others are asked or urged to do.
// Each aside comes with the literal texts it needs, so a sentence without them costs no regular expression.
const ASIDES: { needs: string[]; re: RegExp }[] = [
  {
    // A relative clause runs to the comma that closes it, past the commas of a list inside it.
    needs: ['which', 'who', 'where'],
    // A colon ends it: "the declaration, which we have now seen: Britain and France will ...".
    re: /,\s*(?:which|who|whose|where)\b[^,;:"]*(?:,\s*(?:and\s+)?[^\s,;:"]+(?:\s+[^\s,;:"]+){0,2}(?=,|\s+and\b))*(?:,\s*and\s+[^\s,;:"]+(?:\s+[^\s,;:"]+){0,2})?(?:,|:|$)/g,
  },
  // "Romania, like Poland, has said it will not send troops": the country compared with is not the subject.
  { needs: ['like', 'unlike'], re: /,\s*(?:just |much )?(?:like|unlike)\s[^,;:"]*(?=,)/g },
  // "British troops, with whom Estonian units already train": a relative after a preposition.
  {
    needs: ['whom', 'through which', 'via which', 'from which', 'with which', 'alongside which'],
    // "the airport through which most Western military aid has flowed": with or without a comma before it.
    re: /(?:,\s*(?:(?:with|to|for|under|by|of|alongside|beside) whom|(?:with|alongside) which)|(?:,\s*|\s)(?:through|via|from) which)\b[^,;"]*/g,
  },
  // "My own guess is that Berlin will in the end have to send troops": the writer's forecast.
  {
    needs: ['guess', 'my bet', 'our bet', 'i suspect', 'i predict', 'hunch'],
    re: /\b(?:(?:my|our) (?:own |other |best )?(?:guess|bet|hunch)|i (?:suspect|predict))\b.*$/g,
  },
  // "Polish officials have described other allies' roles in their own terms: in their account, German soldiers
  // would guard the supply lines": what follows is their account of others.
  {
    needs: ['account', 'version'],
    re: /\bin (?:their|his|her|its) (?:own )?(?:account|version|telling)\b.*$/g,
  },
  // A colon ends it: "because there has been speculation: Romanian soldiers will not be deployed".
  { needs: ['because'], re: /\bbecause\b[^,;:]*/g },
  // "we have been told in Washington that the backstop will be there": another government's word, relayed by
  // the one it was given to, is neither's position (rule 9).
  {
    needs: ['we have been', 'we had been', 'we were', 'i have been', 'i was', "we've been"],
    re: /\b(?:we|i) (?:have |had |'ve )?(?:been|were|was) (?:told|assured|promised|informed)\b[^;]*/g,
  },
  // "has resisted calls to provide a backstop, leaving the coalition's planners with a plan they cannot finish":
  // what the stance leaves others with.
  { needs: ['leaving'], re: /,\s*leaving (?:[\w'-]+ ){1,5}with\b[^;]*/g },
  // "drawing a line under weeks of speculation about how far the government was prepared to go": what was
  // guessed at, not said.
  {
    needs: ['speculation', 'rumour', 'rumor', 'conjecture', 'guesswork'],
    re: /\b(?:speculation|rumou?rs?|conjecture|guesswork) (?:about|over|on|as to|that)\b[^;]*/g,
  },
  // "ready to provide air cover with its own jets should the United States step back": a condition put as an
  // inverted "should", on someone else.
  {
    needs: ['should the', 'should a', 'should an', 'should any', 'should its', 'should their'],
    re: /\bshould (?:the|a|an|any|its|their) [^,;]*/g,
  },
  // "the government would set out the number of British personnel involved in the new year": details to come.
  {
    needs: ['set out', 'spell out', 'announce', 'publish', 'detail', 'outline', 'disclose', 'reveal'],
    re: /\b(?:set(?:s|ting)? out|spell(?:s|ed|ing)? out|announc(?:e|es|ed|ing)|publish(?:es|ed|ing)?|detail(?:s|ed|ing)?|outlin(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|reveal(?:s|ed|ing)?) (?:the )?(?:exact |precise |final |full )?(?:number|numbers|size|details|composition|scale|make-up) of\b[^,;]*/g,
  },
  // 'European governments want a clearer "backstop" - a commitment that the US would come to the aid of the force':
  // what is wanted from others, not offered.
  {
    needs: ['want', 'seek', 'sought'],
    re: /\b(?:want|wants|wanted|seek|seeks|sought)\s+(?:a|an|the|more|some|any|clearer|firmer|stronger|american|us|u\.s\.|washington's)\b[^;:]*(?::\s*(?:a|an)\b[^;:]*)?/g,
  },
  // "have been asked to say in writing what they are willing to contribute", "waiting for Washington to say what it
  // would contribute": what is asked for, not what is offered.
  {
    // Each verb with its 'what' (and what may stand between), so the aside wakes only where one is said. Not "spell
    // out what": "has yet to spell out what ..." is the later aside's, which blanks the whole remark.
    needs: [
      'say what',
      'says what',
      'said what',
      'saying what',
      'tell what',
      'tells what',
      'told what',
      'telling what',
      'specify what',
      'specified what',
      'clarify what',
      'clarified what',
      'detail what',
      'detailed what',
      'disclose what',
      'disclosed what',
      'reveal what',
      'revealed what',
      'in writing what',
      'publicly what',
      'yet what',
      'exactly what',
      'precisely what',
      'in detail what',
    ],
    re: /\b(?:say|says|said|saying|tell|tells|told|telling|specify|specified|clarify|clarified|detail|detailed|disclose|disclosed|reveal|revealed)\s+(?:(?:in writing|publicly|yet|exactly|precisely|in detail)\s+)?what\b(?:[^,;:]*?,\s*if (?:anything|any)\s*,)?[^,;:]*/g,
  },
  // "What Washington would contribute has yet to be spelled out": what is asked, not what is offered.
  {
    needs: ['what', 'exactly what', 'precisely what', 'just what'],
    re: /^\W*(?:exactly |precisely |just )?what (?:[\w.'-]+ ){1,4}(?:would|will|could|might|may|can|is (?:ready|willing|prepared) to) (?:\w+ )?(?:contribute|offer|provide|send|bring|deploy|commit|give)\b[^,;]*?(?=\s(?:has|have) yet to\b|\s(?:remains?|is|was) (?:still )?(?:unclear|not (?:yet )?clear|open|undecided|uncertain|unknown|to be (?:decided|seen|determined))\b|\s(?:has|have) not (?:yet )?been\b|\s(?:has been|is|was|remains) (?:hard|difficult) to\b)/g,
  },
  // "Luxembourg's army has fewer than 1,000 soldiers and no combat aircraft": what it has, not what it offers.
  {
    needs: ['soldiers', 'troops', 'personnel', 'servicemen', 'service members', 'men and women'],
    re: /\b(?:has|have|had) (?:only |just |barely )?(?:fewer than |less than |no more than |about |around |some |roughly )?[\d_.]+ (?:active[- ]duty |professional |regular )?(?:soldiers|troops|personnel|servicemen|service members|men and women)\b[^,;]*/g,
  },
  // "Warsaw would discuss with allies how such training could be financed": what is talked over, not offered.
  {
    needs: ['discuss', 'debat', 'work out'],
    // "open to discussing how its deterrent could form part of a guarantee" is an offer to talk it over.
    re: /\b(?<!(?:open|ready|willing|prepared) to )(?:discuss|debat|work(?:ed|ing|s)? out)(?:e|es|ed|ing)? (?:with (?:[\w-]+ ){1,3})?how\b[^,;]*/g,
  },
  // "that does not mean Athens won't help at sea: Greece is ready to ...": a refusal denied is no refusal.
  {
    needs: ['not mean', "'t mean"],
    re: /\b(?:does|do|did|would|will|should)(?: not|n't) mean (?:that )?[^,;:]*?\b(?:won't|will not|would not|wouldn't|can't|cannot|is not|isn't|are not|aren't|stays? (?:at home|out)|sits? (?:it )?out)\b[^,;:]*/g,
  },
  // "we will keep making the case in Washington that ... an American backstop ...": what is argued for.
  {
    needs: ['the case'],
    re: /\b(?:(?:will|would)\s+)?(?:(?:keep|continue to)\s+)?(?:ma(?:ke|kes|king|de)|press(?:es|ed|ing)?) the case\b[^;]*/g,
  },
  // But what an offer is, set off after the word: "Berlin's offer instead — to shoulder the training of Ukraine's
  // brigades — is not nothing".
  {
    needs: ['—', '–'],
    re: /(?<!\b(?:offer|pledge|proposal|contribution)s?(?: instead| so far| now)?)\s[—–]\s[^—–]*[—–]/g,
  },
  { needs: [' - '], re: /\s-\s[^-]*\s-\s/g },
  { needs: ['('], re: /\([^)]*\)/g },
  { needs: ['['], re: /\[[^\]]*\]/g },
  {
    needs: ['if', 'unless', 'provided', 'as long as'],
    // "..., provided the EU pays for it": a condition, with or without "that".
    re: /\b(?:if|unless|provided (?=(?:that|the|it|they|we|its|their|parliament|congress)\b)|as long as)\b[^,;]*/g,
  },
  // "the constitution and the laws make it difficult for the SDF to take part in operations": an obstacle
  // described, not a stance taken.
  {
    needs: ['make it ', 'makes it ', 'making it ', 'made it '],
    re: /\bmak(?:e|es|ing|ed) it (?:\w+ )?(?:difficult|hard|harder|impossible|complicated) for\b[^;]*/g,
  },
  // "ready to contribute F-16s to air patrols, once its pilots complete training": when, not what.
  { needs: ['once'], re: /,\s*once\b[^,;]*/g },
  // "to support European soldiers with intelligence, so that they can help maintain a peace agreement on land, in the
  // air and at sea": what the support is for, the others' task, not more of the supporter's offer.
  {
    needs: ['so that', 'so they', 'so it', 'so the'],
    re: /,?\s*\bso (?:that )?(?:they|it|the (?:force|europeans|mission)|(?:european|allied|coalition) (?:forces|troops|soldiers)) (?:can|could|would|will|may|might)\b[^;]*?(?=,\s*(?:[\w.'-]+\s+){0,4}(?:said|says|reported|reports|told|added)\b|;|$)/g,
  },
  // "so that nobody misunderstands: no Polish soldiers will go": a colon ends it.
  { needs: ['so '], re: /(?:,\s*so\b|\bso that\b|\bso as to\b)[^,;:]*/g },
  { needs: ['in order to'], re: /\bin order to\b[^,;]*/g },
  // "no decision would be made until the United States spells out what it means": a condition, not a stance.
  // (Not one that opens the sentence: "Until October, the government had said ..." dates what follows.)
  { needs: ['until'], re: /(?<!^\W*)\buntil\b[^,;]*/g },
  // "Neither minister said whether their country would join air patrols": nothing was said.
  {
    needs: ['neither'],
    re: /\bneither\b(?: [\w-]+){0,3} (?:said|specified|disclosed|indicated|revealed|would say) (?:whether|if|how|what)\b[^;]*/g,
  },
  // "the meeting will spell out precisely what each country will contribute": every country's answer, nobody's yet.
  {
    needs: ['what each', 'what every', 'which each', 'how much each', 'how much every'],
    re: /\b(?:what|which|how much) (?:each|every) (?:[\w-]+ )?(?:country|government|nation|ally|member|partner|capital)\b[^,;]*/g,
  },
  // "The coalition is asking every member what it will contribute": a question put, not an answer.
  {
    needs: ['ask'],
    // ("asked each capital to spell out, in writing, what it could offer": the request may run on a while.)
    re: /\bask(?:s|ed|ing)? (?:every|each|all|the|its|their) (?:[\w-]+ ){0,2}(?:(?:to [\w-]+ (?:out|down)|to (?:say|state|list|specify|detail|set out)),? (?:in writing,? |in detail,? |by [\w-]+,? )?)?(?:what|whether|how|if)\b[^;]*/g,
  },
  // "..., in what would be Tokyo's first concrete contribution", "..., confirming an offer first made in London":
  // what the reporter makes of the news, and where it came from, not a second stance.
  {
    needs: ['in what', 'confirming'],
    re: /,\s*(?:in what (?:would|will|could|might) be (?:[\w.'-]+ ){0,4}?(?:contribution|commitment|offer|pledge|deployment|role)s?\b|confirming (?:an?|the|its|their) (?:\w+ )?(?:offer|pledge|commitment|promise)\b)[^,;]*/g,
  },
  // "We talked about hybrid attacks, security guarantees and what Denmark is prepared to put into them", "spoke to
  // us about ... what Poland will and will not contribute": what was talked about, not what was said of it.
  {
    // (A plain "about what" is the later aside's, which stops at a comma.)
    needs: ['and what'],
    re: /\b(?:talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|discuss(?:es|ed|ing)?)\b[^;.]*?\band what\b[^;,]*/g,
  },
  // "Whatever the US decides on its backstop will shape ...": a condition on someone's decision, not the decision.
  {
    needs: ['whatever'],
    re: /\bwhatever (?:[\w.'-]+ ){1,4}?(?:decides?|decided|chooses|chose|offers?|offered|does|did)\b[^,;]*/g,
  },
  // "The Europeans' goal was simple: to make sure Trump did not agree to anything over Ukraine's head": what others
  // aim at, not anyone's stance.
  {
    needs: ['goal', 'aim', 'objective'],
    re: /\b(?:goal|aim|objective)s? (?:was|were|is|are|remains?|remained)(?: (?:simple|clear|twofold))?(?:,\s*(?:[\w.'-]+\s+){1,3}(?:said|says|say))?\s*[:,]?\s*(?:to|that)\b[^;]*/g,
  },
  // "..., a step the government had been weighing since April": how the decision came about, not a stance now.
  {
    needs: ['a step', 'a move', 'a decision', 'an option', 'an idea', 'an offer'],
    re: /,\s*(?:a|an) (?:step|move|decision|option|idea|offer) (?:that |which )?[^,;]*?\b(?:had|has|have) (?:long |for months |for weeks )?been (?:weigh|consider|discuss|debat|stud|examin|explor)\w*[^,;]*/g,
  },
  // "..., something many European capitals regard as a precondition for a deployment of their own troops": how
  // others see what was said, not part of it.
  {
    needs: ['something'],
    re: /,\s*something (?:that )?(?:[\w-]+ ){0,4}(?:regards?|regarded|sees?|seen|views?|viewed|considers?|considered|calls?|called|describes?|described)\b[^;]*/g,
  },
  // "guarantees for European forces that may be deployed there": which forces are meant, not anyone's stance.
  {
    needs: ['that may', 'that might', 'which may', 'which might'],
    re: /(?<=\b(?:forces|troops|soldiers|personnel|units|contingents|force|mission)) (?:that|which) (?:may|might) (?:later |eventually |one day |ultimately )?be (?:deployed|stationed|sent)\b[^,;]*/g,
  },
  // "That aid is separate from what Germany might contribute after a ceasefire": set apart, not stated.
  {
    needs: ['separate from what', 'distinct from what', 'different from what'],
    re: /\b(?:separate|distinct|different) from what\b[^;]*/g,
  },
  // "the final shape of any Swedish participation would depend on the mandate", "neutrality would shape any
  // contribution", "would settle the rest of its contribution in due course": what a contribution would be
  // like, left open, not a contribution.
  {
    needs: ['shape', 'size of', 'form of', 'composition of', 'scale of', 'rest of'],
    // ("scale back the size of the contingent" is a stance on it.)
    re: /(?<!\b(?:back|cut|reduce|reducing|increase|increasing|expand|halve|double) (?:the )?)\b(?:(?:final |exact )?(?:shape|size|form|composition|scale) of|shape|settle the rest of|decide the rest of) (?:any|its|their|the|a) (?:[\w-]+ )?(?:contribution|participation|deployment|role|contingent)\b[^;]*/g,
  },
  // "it is something parliament will have to be involved in": who will decide, not a decision.
  {
    needs: ['involved', 'have a say', 'have to approve', 'have to vote', 'have to decide'],
    re: /\b(?:parliament|lawmakers|mps|congress|the (?:bundestag|folketing|riksdag|storting|sejm|senate|house|chamber)) (?:will|would|must|should) (?:have to )?(?:be involved|have a say|approve|vote|decide)\b[^,;]*/g,
  },
  // "MPs will vote before any British troops are deployed": a condition on a deployment, not one.
  { needs: ['before any'], re: /\bbefore any\b[^,;]*/g },
  // "Portugal has already been sounded out about a ship", "is listed as having made an offer": what others
  // asked or recorded.
  {
    needs: ['sounded out', 'listed as', 'named as', 'cited as'],
    re: /\b(?:(?:has |have |had )?been |was |were |is |are )?sounded out\b[^,;]*|\b(?:is|are|was|were) (?:not )?(?:listed|named|cited) as\b[^,;]*/g,
  },
  // "had decided to send a company, subject to a vote in the Riksdag that is expected to pass": a condition.
  { needs: ['subject to'], re: /\bsubject to\b[^,;:]*/g },
  // "and it would fall to the next Dutch government": who will decide, not a decision.
  {
    needs: ['fall to', 'falls to', 'up to the'],
    re: /\b(?:it|this|that|the (?:decision|question|choice))\s+(?:would|will|could|may|might|is|was)\s+(?:\w+\s+)?(?:fall|be up|up)\s+to\b[^,;]*/g,
  },
  // "a contribution, the shape of which would be discussed with partners": about the thing, not a stance.
  { needs: ['of which'], re: /,\s*(?:the |a |an )?(?:[\w-]+ ){0,2}of which\b[^,;"]*/g },
  // "..., as Petr Fiala's cabinet had proposed, Zuna said": what was proposed before is recalled, not stated.
  {
    needs: ['had proposed', 'had planned', 'had promised', 'had suggested', 'had agreed'],
    re: /,\s*as (?:[\w.'-]+ ){1,5}had (?:proposed|planned|promised|suggested|agreed)\b[^,;]*/g,
  },
  // "writing cheques the armed forces cannot cash": an idiom, not money refused.
  { needs: ['cash'], re: /\bcheques? (?:[\w'-]+ ){0,6}(?:cannot|can't|could not|couldn't|can not) cash\b/g },
  // ", as leaders from more than 30 countries met in Paris to ...": the occasion, not a stance.
  {
    // Needs open at a word: a need starting at the comma would swallow the "as " another aside needs.
    needs: ['met', 'gathered', 'convened', 'assembled', 'arrived'],
    re: /,\s*as\s+(?:[\w-]+\s+){1,6}?(?:met|gathered|convened|assembled|arrived)\b[^,;]*/g,
  },
  // "Poland, although it is one of Kyiv's staunchest backers, has ruled out ...": a concession set between
  // the subject and its verb.
  {
    needs: ['although', 'though'],
    re: /,\s*(?:although|though|even though)\s[^,;]*,(?=\s*(?:also\s+)?(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)\b)/g,
  },
  // "without American intelligence and air support, they would struggle": what others would have to give;
  // "..., without going into what Lithuania might contribute": what the speaker left unsaid; "Without a US
  // commander or at least a liaison element, the headquarters would have no access": a condition that opens
  // the sentence names what is lacking, and nobody who acts.
  {
    needs: ['without'],
    re: /\bwithout (?:[\w-]+ ){0,5}(?:support|backing|help|enablers|intelligence|guarantees?|backstop)\b|\bwithout (?:going into|giving|saying|specifying|elaborating|detailing|spelling out|explaining|knowing|being sure|assurances?)\b[^;]*|^\W*without\b[^,;]*(?=,)/g,
  },
  // "will send a training team to the same mission, most likely based in Britain": a guess at where, not a hedge.
  {
    needs: ['likely', 'probably', 'possibly'],
    re: /,\s*(?:most |very |quite )?(?:likely|probably|possibly) (?:to be )?(?:based|stationed|located|headquartered|hosted) (?:in|at|near|on)\b[^,;]*/g,
  },
  // "It would be odd to commit troops to something that doesn't exist yet": a judgement, not a decision.
  {
    needs: [
      'odd to',
      'strange to',
      'wrong to',
      'premature to',
      'foolish to',
      'unwise to',
      'irresponsible to',
      'naive to',
      'a mistake to',
    ],
    re: /\bit (?:would|will|is|was) (?:be )?(?:\w+ )?(?:odd|strange|wrong|premature|foolish|unwise|irresponsible|naive|a mistake) to\b[^;]*/g,
  },
  // "..., setting out Rome's most detailed offer yet to the coalition": the reporter describing the statement.
  {
    needs: ['setting out', 'laying out', 'outlining', 'detailing', 'unveiling'],
    re: /,\s*(?:setting out|laying out|outlining|detailing|unveiling)\b[^;]*/g,
  },
  // "the Bundestag would have the final word on any deployment": who decides, not a decision.
  {
    needs: ['final word', 'final say', 'last word'],
    re: /\b(?:would|will|must|should) (?:have|get) the (?:final|last) (?:word|say)\b[^,;]*/g,
  },
  // "something only the US can do at scale": a capability others describe, not an offer.
  { needs: ['only'], re: /\bonly (?:the )?(?:[\w.]+ ){1,2}(?:can|could)\b[^,;]*/g },
  // "he stopped short of committing Canadian troops": what was not done is no stance at all.
  // ("stopped short of saying whether Spanish soldiers would be deployed" leaves the question open: a cue.)
  // ("stopped short of saying Canada would send troops": what was not said, up to the clause's end.)
  {
    needs: ['short of'],
    re: /\bst(?:op|ops|opped|opping) short of (?:(?:saying|stating|announcing|promising|pledging|confirming)\b(?! whether\b)[^,;]*|\w+\b(?! whether\b))/g,
  },
  // What is set aside is not offered: "will focus its contribution on training rather than troops on the
  // ground", "part of the aid Britain already provides rather than its contribution to any post-war force".
  { needs: ['rather than', 'instead of'], re: /\b(?:rather than|instead of)\b[^,;]*/g },
  // "will continue at the same level regardless of the talks on post-war guarantees".
  { needs: ['regardless of', 'irrespective of'], re: /\b(?:regardless|irrespective) of\b[^,;]*/g },
  {
    needs: [
      'persuad',
      'convinc',
      'urg',
      'press',
      'push',
      'ask',
      'invit',
      'call',
      'want',
      'need',
      'encourag',
      'would like',
      "'d like",
      'wish',
      'prefer',
    ],
    re: /\b(?:persuad\w*|convinc\w*|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?(?!\s+(?:briefings?|conferences?|releases?|statements?|secretary|office|officers?|service|agency|room|freedom))|pressur\w*|push(?:es|ed|ing)?|ask(?:s|ed|ing)?|invit(?:e|es|ed|ing)|call(?:s|ed|ing)? on|want(?:s|ed)?|need(?:s|ed)?|encourag\w*|(?:would|'d) like|wish(?:es|ed)?|prefer(?:s|red)?)\s+(?!(?:the\s+)?(?:parliament|lawmakers|mps|legislators|congress|the bundestag|bundestag|the senate|senate)\b)(?:[^\s,;]+[\s,]+){0,6}?to\b.*?(?=\bbut\b|;|:(?=[^,;]*\b(?:will|would|is|are|was|were|has|have|had|can|could|cannot|won't|must|should|shall)\b)|$)/g,
  },
  {
    needs: [
      'hop',
      'call',
      'demand',
      'push',
      'argu',
      'object',
      'understand',
      'understanding',
      'without',
      'drawn',
      'prais',
    ],
    // Advocacy and hearsay: "has pushed instead for a guarantee", "as I understand it, Sweden will send".
    re: /\b(?:hop(?:e|es|ed|ing)|call(?:s|ed|ing)? for|demand(?:s|ed|ing)? (?:\w+ )?(?:that|for)|push(?:es|ed|ing)? (?:instead )?for|argu(?:e|es|ed|ing) for|argu(?:e|es|ed|ing) (?:instead )?that (?=[^;]*\bshould\b)|object(?:s|ed|ing)? to|as i understand it|my understanding\b|i understand that|(?:(?:would|will|did|does|do|could|has|had|have) )?(?:not|refused to|declined to) be drawn(?: (?:on|into|about)\b|(?=\s*[.;]|$))|calling (?:it|them|[\w.'-]+(?: [\w.'-]+)?)(?= ")|prais(?:e|ed|es|ing)\b|without (?:[\w-]+ ){0,2}guarantees?)\b.*?(?=\bbut\b|;|:\s|$)/g,
  },
  // "I will leave it to the French to set out their own plans": deferring to another government states nothing.
  {
    needs: ['leav'],
    re: /(?:\b(?:will|would|shall|must|going to|want to|prefer to)\s+)?\bleav(?:e|es|ing) (?:it|that|this|the decision|the question)(?: up)? to\b[^;]*/g,
  },
  // "will serve as the logistics hub for the force, as it does today for Western military aid": the role now,
  // set beside the one promised.
  // "..., as they have stood with Ukrainians in training grounds for eleven years": what has been done so far.
  {
    needs: ['as it ', 'as we ', 'as they ', 'as he ', 'as she '],
    re: /,\s*as (?:it|we|they|he|she) (?:(?:does|do|did) (?:today|now)\b|(?:has|have) (?:\w+ ){1,8}?(?:for (?:\w+ )?(?:years|decades)|since \w+)\b)[^,;]*/g,
  },
  // "..., amid concern over the cost of a deployment": the background a report gives, not the position.
  {
    needs: ['amid'],
    re: /,\s*amid\b[^;]*/g,
  },
  // "..., ending months of deliberation in Vilnius": how long the decision took, not a stance.
  {
    needs: ['months of', 'weeks of', 'years of'],
    re: /,\s*(?:ending|after|following|closing) (?:months|weeks|years) of\b[^,;]*/g,
  },
  // "French officials, for their part, say": the aside between a speaker and their verb.
  {
    needs: ['part,'],
    re: /,\s*for (?:their|its|his|her|our|my) part,/g,
  },
  // "Kallas was confident that the United States would provide air defence": a hope about another's part.
  {
    needs: [
      'confident',
      'convinced',
      'optimistic',
      'hopeful',
      'expectation',
      'floated',
      'assumption',
      'our bet',
      'bet on',
      'our assessment',
      'our reading',
      'our view',
      'our take',
      'expect',
      'predict',
    ],
    re: /\b(?:(?:confident|convinced|optimistic|hopeful)"?\s+(?:that\b)?|(?:our |my |the )?expectation is that\b|our bet is(?: that)?\b|(?:would|will|wouldn't|won't) (?:not )?bet on\b|our (?:assessment|reading|view|take)\s*:|(?:diplomats|analysts|observers|planners) (?:expect|predict)\b|floated (?:the idea|the possibility|a proposal|the prospect) (?:that|of)\b|(?:on|under) the assumption that\b)[^;]*/g,
  },
  // "..., turning an offer first made in September into a firm pledge": the history of the position, not it.
  {
    needs: ['turning', 'making', 'upgrading', 'converting'],
    re: /,\s*(?:turning|making|upgrading|converting) (?:an? |the |its |their )?(?:earlier |previous |initial )?(?:offer|pledge|promise|proposal)\b[^,;]*/g,
  },
  // 'Poland "would be happy to hear" who had decided to base jets on its territory': irony, no offer.
  {
    needs: ['to hear', 'to know', 'to learn', 'to find out'],
    re: /\b(?:happy|glad|keen|interested|curious|delighted) to (?:hear|know|learn|find out)\b[^;]*/g,
  },
  // "Slovak companies were ready to take part in rebuilding the country": reconstruction is no security role.
  {
    needs: ['rebuild', 're-build', 'reconstruction', 'recovery'],
    re: /\b(?:to )?(?:take part|taking part|participate|participating|help|helping|invest|investing|involved|a role|a part|share) in (?:the )?(?:country's |ukraine's )?(?:re-?build\w*|reconstruction|recovery)\b[^,;]*/g,
  },
  // "would not take part in combat unless attacked": the rules of a force, not a refusal to join it.
  {
    needs: ['part in'],
    re: /\b(?:not )?(?:take|takes|taking|took) part in (?:combat|the fighting|fighting|hostilities|offensive operations)\b/g,
  },
  // "an infantry company, with its own logistics and medical support": what the unit brings along, not a kind.
  {
    needs: ['its own', 'their own'],
    re: /\bwith (?:its|their) own (?:logistics|medical|support|enablers|supply|equipment|vehicles|transport)\b[^,;]*/g,
  },
  // '"What Canada contributes will depend on what the mission is"': what a contribution will hang on, not one.
  {
    needs: ['depend'],
    re: /\bwhat\b[^,;]{0,60}?\b(?:will|would|could|may|might)\s+(?:\w+\s+)?depend\b[^;]*/g,
  },
  // "could operate only if they could rely on U.S. enablers", "would depend on the United States being
  // involved", "will turn on Washington's willingness to back them": what a contribution leans on is a
  // condition, not the other country's offer.
  {
    needs: ['rely', 'relies', 'relying', 'depend', 'count on', 'counting on', 'turn on', 'turns on', 'hinge'],
    // It runs to the end, or to a second reported statement: "..., and that Romania would not send troops".
    re: /\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?|count(?:s|ed|ing)?|turns?|hinge(?:s|d)?|hinging) (?:up)?on\b[^;]*?(?=,\s*(?:and|but)\s+that\b|;|$)/g,
  },
  // ", a notable shift from Ottawa's earlier focus on surveillance": where the position came from, not it.
  {
    needs: ['shift from', 'change from', 'departure from', 'reversal of', 'turnaround from'],
    re: /,\s*(?:a|an|in a) (?:[\w-]+ )?(?:shift|change|departure|reversal|turnaround) (?:from|of)\b[^;]*/g,
  },
  // "would not comment on national contributions", "would refrain from answering a hypothetical question", "would
  // not "get ahead of discussions"": declining to comment is no position.
  {
    needs: [
      'comment',
      'add anything',
      'elaborate',
      'go into detail',
      'refrain',
      'answer',
      'speculat',
      'get ahead',
      'pre-empt',
      'preempt',
      'prejudge',
      'take part in speculation',
    ],
    re: /\b(?:(?:(?:would|will|did|does|could) "?not|declin(?:e|es|ed|ing) to) "?(?:comment|add anything|elaborate|go into details?|answer|speculate|get ahead of|pre-?empt|prejudge|take part in (?:any |the )?speculation)|(?:(?:would|will) "?)?refrain(?:s|ed|ing)? from (?:comment|answer|speculat)\w*)\b[^,;]*?(?=\s+(?:but|and that)\b|,|;|$)/g,
  },
  // "sat down with us to explain what Italy will, and will not, bring": what is to be explained is not yet said.
  {
    needs: ['explain what', 'set out what', 'spell out what'],
    re: /\b(?:explain|set out|spell out)(?:s|ed|ing)? what\b[^,;]*/g,
  },
  // "the answer to the question that matters most: what the Americans will do".
  {
    needs: ['question that', 'question which'],
    re: /\bquestion (?:that|which) (?:matters|remains|counts)\b[^;]*/g,
  },
  // "any deployment of the Bundeswehr would need a mandate from the Bundestag": a condition, not a stance.
  {
    needs: ['need', 'require'],
    re: /\b(?:(?:would|will) )?(?:need|needs|require|requires) (?:a |an |the |prior )?(?:[\w-]+ )?(?:mandate|vote|approval|consent|authori[sz]ation)\b[^;]*/g,
  },
  // A condition that is missing is no offer of it: "to send soldiers with a vague mission and no air cover".
  {
    needs: ['with', 'without'],
    re: /\bwith(?:out| no\b| (?:[\w-]+ ){1,4}?and no\b)(?: (?:a|an|any|proper|adequate|real|american|us|u\.s\.)){0,2} (?:air cover|air support|air protection|backstop|mandate|protection|participation|involvement|backing)\b/g,
  },
  // Denied reports and questions left open state nobody's position.
  {
    needs: ['dismiss', 'den', 'reject'],
    re: /\b(?:dismiss\w*|den(?:y|ied|ies|ying)|reject\w*) (?:a |the |these |those )?(?:[\w-]+ )?(?:reports?|claims?|suggestions?|speculation)\b.*?(?=\bbut\b|;|$)/g,
  },
  // What is excepted ("any option other than sending troops") and what is only rumoured are not stated.
  {
    needs: ['other than', 'except', 'apart from'],
    re: /\b(?:other than|except(?: for)?|apart from)\b[^,;]*/g,
  },
  // "..., a contribution Sweden first offered in September": where the decision came from, not a second stance.
  {
    needs: [
      'a contribution',
      'the contribution',
      'an offer',
      'the offer',
      'a pledge',
      'the pledge',
      'a commitment',
      'the commitment',
      'a proposal',
      'the proposal',
    ],
    // "..., an offer it has presented to partners as a way of pulling its weight": the pledge before, described.
    re: /,\s*(?:a|an|the) (?:contribution|offer|pledge|commitment|proposal) (?:that |which )?(?:[\w.'-]+ ){1,3}(?:first |originally |already |had )?(?:offered|made|proposed|pledged|announced|floated|tabled|presented|put forward|set out)\b[^,;]*/g,
  },
  // "..., upgrading Carney's September statement that Canada was prepared to contribute troops", "..., the first
  // concrete Dutch offer since the coalition was formed": how the news compares with what came before.
  {
    needs: [
      'upgrading',
      'going beyond',
      'replacing',
      'superseding',
      'firming up',
      // Each opening the second branch of the pattern can start with.
      ...['the', 'its', 'their', 'a'].flatMap((owner) =>
        ['first', 'latest', 'biggest', 'largest', 'only', 'second', 'third'].map(
          (rank) => `${owner} ${rank}`,
        ),
      ),
    ],
    re: /,\s*(?:(?:upgrading|going beyond|replacing|superseding|firming up) (?:[\w.'-]+ ){0,6}(?:statement|pledge|offer|announcement|position|promise|commitment)\b|(?:the|its|their|a) (?:first|latest|biggest|largest|only|second|third) (?:[\w-]+ ){0,3}(?:offer|pledge|commitment|contribution|announcement)\b)[^;]*/g,
  },
  // "Turkey's role has been a subject of debate among European capitals": others debating it, not Turkey.
  {
    needs: ['subject of', 'matter of', 'topic of', 'source of'],
    re: /\b(?:a |the )?(?:subject|matter|topic|source) of (?:(?:intense|heated|much|some|fierce|growing|lively) )?(?:debate|discussion|speculation|controversy|argument)\b[^,;]*/g,
  },
  {
    needs: ['speculation', 'rumo', 'report', 'fears', 'suggestion'],
    re: /\b(?:speculation|rumou?rs?|reports?|fears|suggestions?) that\b[^;]*/g,
  },
  // Where a truce would hold is no contribution: "proposing a one-month truce \"in the air, at sea and on energy
  // infrastructure\"", "an air and sea ceasefire"; but pilots that "help guarantee a ceasefire in the air" offer
  // the air.
  {
    needs: ['truce', 'ceasefire', 'cease-fire'],
    re: /\b(?<!\b(?:guarantee|police|monitor|enforce|secure|uphold|patrol|protect|keep)\w* (?:a |the |any |that )?)(?:truce|ceasefire|cease-fire)s?\b(?: [\w-]+){0,3}?,?\s"?(?:(?:in|over) the (?:air|skies)|at sea|in the black sea|on (?:energy )?infrastructure)(?:(?:,|,? and|,? or)\s(?:(?:in|over) the (?:air|skies)|at sea|in the black sea|on (?:energy )?(?:infrastructure|facilities)))*"?|\b(?:air|sea|maritime|naval)(?:,? (?:and |or )?(?:air|sea|maritime|naval|energy))+ (?:truce|ceasefire|cease-fire)s?\b/g,
  },
  // An appositive on the task, in others' words: "could contribute surveillance aircraft to help monitor a ceasefire
  // line, a task that coalition planners consider one of the hardest to fill" (the planners' view, not Sweden's).
  {
    needs: [
      'planners',
      'officials',
      'diplomats',
      'analysts',
      'experts',
      'commanders',
      'allies',
      'partners',
      'officers',
    ],
    re: /,\s*(?:a|an|the|one) (?:[\w-]+ )?(?:task|role|job|capability|area|gap|mission|contribution|niche) (?:that|which) (?:[\w-]+ ){0,2}(?:planners|officials|diplomats|analysts|experts|commanders|allies|partners|officers)\b[^,;]*/g,
  },
  // What a meeting got from another government is that government's: "a summit ... that also secured a promise from
  // Washington to lead the monitoring of any truce" offers nothing of the summit's hosts.
  {
    needs: ['secured', 'secures', 'securing', 'won ', 'obtain', 'extract', 'wrest', 'got '],
    re: /\b(?:secur(?:ed|es|ing)|won|obtain(?:ed|s|ing)?|extract(?:ed|s|ing)?|wrest(?:ed|s|ing)?|got) (?:a |an |the )?(?:new |firm |fresh |formal |written )?(?:promise|pledge|commitment|assurance|offer)s? from\b[^;]*/g,
  },
  // Details withheld are no refusal: "I will not set out numbers at this despatch box".
  {
    needs: ['numbers', 'figures', 'details', 'specifics', 'a number', 'a figure', 'timeline'],
    re: /\b(?:will not|won't|would not|wouldn't|cannot|can't|(?:am|is|are) not going to) (?:set out|give|disclose|reveal|discuss|go into|speculate (?:on|about)|comment on|put|publish|share) (?:the |any |exact |precise )?(?:numbers|figures|details|specifics|a number|a figure|timelines?)\b[^;]*/g,
  },
  // A frame around what is said: "What I can tell you today is that ...".
  {
    needs: ['tell you', 'can say', 'can confirm', 'can promise'],
    re: /\b(?:what )?(?:i|we) can (?:tell you|say|confirm|promise)(?: \w+){0,2}? (?:is )?(?:that\b)?/g,
  },
  // "the units, should they be sent, would use the hub": a condition by inversion.
  { needs: ['should '], re: /,\s*should (?:they|it|he|she|we|this|that)\b[^,;]*/g },
  // "Healey declined to say how large any British land contribution would be": nothing said.
  {
    needs: ['declin'],
    re: /\bdeclin(?:ed|es|ing) to (?:say|comment|specify|give|disclose|detail|confirm)\b[^;]*/g,
  },
  // "as Austrian soldiers have done for decades in Lebanon": a comparison with the past.
  {
    needs: ['have done', 'has done', 'had done'],
    re: /,\s*as (?:[\w.'-]+ ){1,4}(?:have|has|had) (?:done|been doing)\b[^;]*/g,
  },
  // A placard's slogan, a newsletter's own assessment and what a plan assumes are nobody's position.
  {
    needs: ['placard', 'banner', 'slogan', 'in our', 'assum'],
    re: /\b(?:(?:placards?|banners?|slogans?) (?:reading|saying|that read)|in our (?:assessment|view|analysis|judgement|judgment)|assum(?:es|ed|ing))\b[^;]*/g,
  },
  // A correction quotes what was wrongly reported: "incorrectly stated that Norway would send soldiers".
  {
    needs: ['incorrect', 'wrongly', 'erroneous'],
    re: /\b(?:incorrectly|wrongly|erroneously) (?:stated|said|reported|suggested)\b[^;]*/g,
  },
  // A hypothesis by inversion states nobody's position: "Were Berlin to commit a brigade, it would have to".
  {
    needs: ['were ', 'should ', 'had '],
    re: /^\W*(?:were|should|had) (?:[\w.'-]+ ){1,4}?(?:to|decide|choose|agree|\w+ed)\b.*$/g,
  },
  // What others expect of a country is not its position: "they expect the U.S. contribution to consist of".
  {
    needs: ['expect'],
    // (A quotation may open on the verb: 'expected Latvia and Estonia "to do the same"'.)
    re: /\bexpect(?:s|ed|ing)?\s+(?:[\w.'-]+\s+){1,6}?"?to\b.*?(?=\bbut\b|;|$)/g,
  },
  // What a pledge builds on, and who supports or leads a force, are background: "..., building on the
  // training its personnel have done since 2022", "a force, supported by the United States, would ...".
  {
    needs: ['building on', 'drawing on'],
    re: /,\s*(?:building|drawing) on\b[^;]*/g,
  },
  // "..., as the President has said,": a nod to what someone said before is not who speaks now.
  {
    needs: ['as '],
    re: /\bas (?:[\w.'-]+ ){1,4}?(?:has |have |had )?(?:said|says|stated|made clear|promised|announced)(?=\s*[,"]|\s*$)/g,
  },
  {
    needs: [
      'supported by',
      'backed by',
      'led by',
      'drafted by',
      'proposed by',
      'written by',
      'put forward by',
      'sought by',
      'requested by',
      'demanded by',
      'signed',
    ],
    // A participle describing a force; "will be led by Turkey" (with its auxiliary) is a statement. A declaration
    // "signed by Macron and Starmer" ends where it "committed both countries", with a comma or without.
    re: /(?<!\b(?:be|been|being|is|are|was|were) )\b(?:supported|backed|(?:co-)?led|drafted|proposed|written|put forward|sought|requested|demanded) by\b[^,;]*|\bsigned(?: [\w-]+){0,4}? by\b[^;]*?(?=,\s+(?:also\s+)?(?:commits?|committed|will|would|has|have|is|are|was|were|sets?|calls?|provides?|includes?)\b|\s+(?:also\s+)?(?:commits?|committed)\b|;|$)/g,
  },
  // Denying a step back states no new position: "no decision had been made to reduce its contribution".
  {
    needs: [
      'decision',
      'not reduce',
      'not cut',
      'not scale',
      'not withdraw',
      'not abandon',
      'not shrink',
      'not pull',
    ],
    re: /\b(?:no (?:\w+ )?decision (?:\w+ )?(?:\w+ )?(?:been )?(?:made|taken) to|(?:will|would|does|did|do) not) (?:reduce|cut|scale|withdraw|abandon|drop|shrink|trim|pull|downgrade|shelve|end)\b[^,;]*/g,
  },
  // What would have been, and what was so until a date, is no position now.
  {
    needs: ['have been', 'have ', 'until'],
    re: /\b(?:(?:would|could|might|should)(?: [\w-]+){0,4}? have (?:been|\w+ed)\b|^\s*until (?:recently|now|last \w+|january|february|march|april|may|june|july|august|september|october|november|december)\b)[^;]*/g,
  },
  // What must or should happen is a demand, not anyone's stated position.
  { needs: ['must', 'ought to'], re: /\b(?:must|ought to)\b[^,;:]*/g },
  // The host or chair of a meeting is its venue, not a contributor.
  {
    needs: ['hosted by', 'chaired by', 'organised by', 'organized by', 'convened by'],
    re: /\b(?:co-)?(?:hosted|chaired|organi[sz]ed|convened) by\b[^,;]*/g,
  },
  // What others were asked to say is theirs to answer: "had asked participating countries in writing what they
  // might offer".
  {
    needs: ['asked'],
    re: /\b(?:had |have |has )?asked (?:the |all |other |participating |partner |allied )*(?:countries|governments|allies|partners|capitals|members|nations)\b(?: [\w-]+){0,3}? (?:what|whether|how|which|if)\b[^,;]*/g,
  },
  // A procedure is no position: "parliament would be consulted on any contribution".
  {
    needs: ['consulted'],
    re: /\b(?:would|will|must|should) (?:first |also )?be consulted\b[^,;]*/g,
  },
  // A stance a country held before ("a shift from its earlier reluctance") is history, not its position; unless
  // the sentence says where it stands now ("Estonia's earlier offer of a company remained on the table").
  {
    needs: ['earlier', 'previous', 'former', 'initial', 'past '],
    re: /\b(?:earlier|previous|former|initial|past)\s+(?:[\w-]+\s+)?(?:reluctance|hesitation|hesitancy|opposition|position|stance|offer|pledge|plans?|readiness|willingness)\b(?![^,;]{0,80}?\b(?:remains?|remained|still stands|stands|is|was|are|were) (?:(?:still|now) )?(?:on the table|in place|valid|under review|being reviewed)\b)/g,
  },
  // "was prepared to contribute troops, a step beyond his earlier refusal to rule it out": how far the
  // position moved, said of it.
  {
    needs: ['a step', 'a move', 'a shift', 'a departure', 'a change'],
    re: /,\s*(?:a|an) (?:[\w-]+ )?(?:step|move|shift|departure|change)\s+(?:beyond|from|away from|further than|up from|back from|on from)\b[^,;]*/g,
  },
  // "Poland has not confirmed that it will send troops", "Neither Bucharest nor Sofia has publicly confirmed that
  // their ships would be part of it": what is not confirmed is not said.
  {
    needs: ['confirmed that', 'announced that', 'stated that', 'disclosed that', 'revealed that'],
    re: /\b(?:not|never|neither|nor)\b(?:\s+[\w'-]+){0,5}?\s+(?:confirmed|announced|stated|disclosed|revealed) that\b[^;]*?(?=,?\s(?:but|while|although)\b|;|$)/g,
  },
  // "Luxembourg has no fighter jets, no navy and an army of fewer than 1,000 soldiers": what a country lacks,
  // not what it refuses.
  {
    // (Not "has no", which would hide the "not" of "has not said whether" from the needs of other asides.)
    needs: [
      'no fighter',
      'no jets',
      'no combat',
      'no air force',
      'no navy',
      'no warships',
      'no tanks',
      'no army',
      'no armed forces',
      'no military',
    ],
    re: /\b(?:has|have|had|possesses) no (?:[\w-]+ ){0,2}(?:fighter jets|fighters|jets|combat aircraft|air force|navy|warships|tanks|army|armed forces|military)\b[^;]*?(?=,?\s(?:but|while|although|yet)\b|,?\s*and\s+(?!(?:an?|no|the)\b)|;|$)/g,
  },
  // What others would be welcomed to bring is theirs to decide: "they would welcome a Canadian contingent".
  { needs: ['welcom'], re: /\bwelcom(?:e|es|ed|ing)\b[^,;]*/g },
  // "details on what it might contribute": a question, not an answer.
  {
    needs: [
      'on what',
      'about what',
      'of what',
      'over what',
      'how much',
      'how many',
      'over which',
      'on which',
      'as to which',
      'about which',
      'know what',
      'knew what',
      'see what',
      'saw what',
    ],
    // It ends where the speaker goes on: "gave no details on what that would involve and said no troops would go".
    // A colon ends it too: "clear about what Oslo would not do: Norway has no plans to ...".
    re: /\b(?:on|about|of|over|as to|know|knows|knew|see|sees|saw) (?:what|how much|how many|which)\b[^,;:]*?(?=\s(?:and|but) (?:(?:he|she|they|also) )?(?:said|says|added|insisted|stressed|confirmed|made clear)\b|[,;:]|$)/g,
  },
  // "Meloni, speaking to reporters as she arrived, said": how the speaker spoke is no one's position.
  {
    needs: [
      'speaking',
      'writing',
      'talking',
      'addressing',
      'arriving',
      'responding',
      'answering',
      'asked',
      'attending',
      'visiting',
    ],
    re: /(?<=\w),\s*(?:speaking|writing|talking|addressing|arriving|responding|answering|attending|visiting|when asked)\b[^,;"]*(?=,)/g,
  },
  // An open question is nobody's position: "settling uncertainty over whether Washington would stand behind".
  {
    needs: [
      'whether',
      'question of',
      'question is',
      'question was',
      'question remains',
      'questions remain',
      'question',
      'remains',
      'remained',
      'is still',
      'not yet',
      'not been',
      'unclear',
      'uncertain',
      'not clear',
      'unknown',
      'open question',
      // "is another matter", "is an open decision": the openings of the "what ... is a ..." branch.
      ...['a', 'an', 'the', 'another'].flatMap((determiner) =>
        ['', 'open ', 'separate ', 'different '].flatMap((kind) =>
          ['decision', 'matter', 'story'].map((noun) => `${determiner} ${kind}${noun}`),
        ),
      ),
    ],
    re: /\b(?:uncertainty|doubts?|questions?|debate|details?|clarity|word|indication|sign|comment) (?:over|about|on|as to) whether\b[^,;]*|\bquestion(?:s|ed|ing)\b[^,;]{0,40}?\bwhether\b[^,;]*|\bquestions? (?:of|is|was|are|were|remains?)(?: not)? (?:who|whether|how|what)\b[^;]*|\bquestions?\b[^,;:]{0,40}:\s*(?:whether|who|how)\b[^;]*|(?:^\W*|,\s*and\s+|;\s*)(?:what|how much|how many|how far|which|who) [^;]*?\b(?:remains|remained|is still|is not yet|has not been|have not been|is (?:a|an|the|another) (?:open |separate |different )?(?:question|decision|matter|story))\b[^;]*|^\W*whether [^;,]*?\bis\b[^;]{0,20}?\b(?:a|an|the) (?:open )?(?:question|decision|matter)\b[^;]*|^\W*whether [^;]*?\b(?:is|was|remains?|remained) (?:less |not |still |far from |much less |even less )?(?:clear|unclear|certain|uncertain|settled|known|unknown)\b[^;]*|^\W*whether [^;]*?\b(?:is|was|remains?) one of the (?:\w+ )?(?:questions|issues)\b[^;]*|\b(?:big |key |open |main )?questions remain\b[^;]*|\bit (?:is|was|remains|remained) (?:still |not yet )?(?:unclear|uncertain|not clear|unknown|an open question) (?:whether|if|how|what|when)\b[^;]*/g,
  },
  {
    needs: ['not ', 'never ', 'yet to', 'declin'],
    // "declined to discuss what air or intelligence support might be offered": nothing said either.
    re: /\b(?:(?:not|never) (?:yet )?(?:been )?|yet to |declin(?:e|es|ed|ing) to )(?:said|say|specified|specify|spelled out|spelt out|spell out|disclosed|disclose|detailed|detail|explained|explain|revealed|made clear)\b.*?(?=\bbut\b|;|$)|\bdeclin(?:e|es|ed|ing) to (?:discuss|comment on|go into|elaborate on) (?:what|whether|which|how|if)\b.*?(?=\bbut\b|;|$)/g,
  },
];

// One pass finds which asides can occur at all. Every aside's pattern opens its words at a word boundary, so
// the gate does too: "den" in "president" or "if" in "specific" would wake an aside that cannot match.
const GATE_NEEDS = [...new Set(ASIDES.flatMap((aside) => aside.needs))].sort((a, b) => b.length - a.length);
const ASIDE_GATE = new RegExp(
  `\\b${literalAlternation(GATE_NEEDS.filter((n) => /^\w/.test(n)))}|${literalAlternation(
    GATE_NEEDS.filter((n) => !/^\w/.test(n)),
  )}`,
  'g',
);

/** Which asides the sentence being read wakes, by index: all zero between sentences (see readSentence). */
const ASIDES_DUE = new Uint8Array(ASIDES.length);

/** The asides each need is listed by. */
const ASIDES_LISTING = new Map<string, number[]>();
ASIDES.forEach((aside, index) => {
  for (const needed of aside.needs)
    ASIDES_LISTING.set(needed, [...(ASIDES_LISTING.get(needed) ?? []), index]);
});
// The gate's matches do not overlap, and the longest need at a place wins: "asked" (the speaking aside's) is found
// where "ask" (the request aside's) is too. A need found wakes the asides of every need it begins with: its
// openings are looked up, one per length, at start-up.
const ASIDES_NEEDING = new Map(
  GATE_NEEDS.map((needed) => {
    const woken = new Set<number>();
    for (let length = 1; length <= needed.length; length++)
      for (const index of ASIDES_LISTING.get(needed.slice(0, length)) ?? []) woken.add(index);
    return [needed, [...woken]] as const;
  }),
);

// "..., with Italy agreeing to lead": an absolute clause whose country acts, though "with" precedes it.
const ABSOLUTE_AND = /\band\s+(?=[\w.'-]+(?:\s+[\w.'-]+)?\s+\w+ing\b)/g;
// "LISBON —", "OSLO (Reuters) -": the place a story is filed from.
// "ZAGREB, Nov 26 (Hina) —", "LONDON, Jan. 5 (Reuters) -": with a date too.
// "BERLIN. The training ...": a dateline closed by a period, as some papers print it.
const DATELINE_PERIOD = /^\p{Lu}{3,}(?:[ /-]\p{Lu}{2,})*\.\s+(?=\p{Lu}\p{Ll}|X$)/u;
const DATELINE = /^[\p{Lu}][\p{Lu} .,'/-]*(?:\s\p{Lu}\p{Ll}{2,8}\.? \d{1,2})?\s*(?:\([^)]*\))?\s*[—–-]\s+/u;
// "..., with no American personnel stationed in Ukraine": a refusal of its own.
const WITH_ABSOLUTE = /,\s*with\s+(?=[\w.'-]+(?:\s+[\w.'-]+){0,2}\s+\w+ing\b|no\s)/g;

const DIGIT_COMMA = /\d,\d{3}/;
const DIGIT_COMMA_ALL = /(?<=\d),(?=\d{3}(?!\d))/g;

// "coalition of the willing" is a name: its "willing" states nobody's stance.
const COALITION_NAME = /\bcoalition of the willing\b/g;

const REPORT_VERB =
  /\b(?:said|says|say|told|tells|tell(?= (?:[\w-]+ ){0,2}that\b)|added|adds|stressed|stresses|noted|notes|argued|argues|insisted|insists|warned|warns|wrote|writes|posted|reported|reports|explained|emphasi[sz]ed|underlined|acknowledged|claimed|claims|claim(?= that\b)|announced|declared|confirmed|repeated|reiterated|restated|reaffirmed|stated|states(?= that\b)|according to|as reported by|citing|quoting|quoted|(?:suggest|propos|brief)(?:es|ed|s)?(?= (?:(?:in|on|last|this|over|to) (?:[\w-]+ ){0,3})?that\b)|suggest(?:s|ed)(?= (?:[\w.'-]+ ){1,2}(?:could|would|might|may|will|can)\b)|ma(?:de|kes?) clear)\b/g;
const FINITE_VERB = /\b(?:is|are|was|were|will|would|could|can|may|might|should|must|am|being)\b/;
const CONTENT_CUE =
  /\b(?:will|would|won't|wouldn't|could|can|may|might|is|are|was|were|has|have|had|ready|willing|prepared|rul\w+ out|consider\w*|weigh\w*|plan(?:s|ned)?|pledg\w+|commit(?!tee)\w*|offer\w*|open to|reluctant|no)\b/;
/**
 * The speaker of a sentence with no verb of saying but a participle of one after its subject: "Slovak Prime
 * Minister Robert Fico has gone further, saying his country will not take part" is Fico's. Only when everything
 * named before the participle is that one office holder's country.
 */
function subjectSaying(mentions: Mention[], connectiveAt: number): Speaker | undefined {
  if (connectiveAt < 0) return undefined;
  const before = mentions.filter((m) => m.end <= connectiveAt);
  const code = before[0]?.code;
  if (code === undefined || !before.some((m) => m.kind === 'person') || before.some((m) => m.code !== code))
    return undefined;
  return {
    countries: [code],
    kind: 'person',
    pronoun: false,
    outsideGovernment: false,
    mediaHome: [],
    group: false,
  };
}

// \b before the lookbehind (both hold at the same position): the engine tries the lookbehind only at word starts.
// ("stopped short of saying whether ..." says nothing: the question it leaves open is read as such.)
const CONNECTIVE =
  /\b(?<!-|\bshort of )(?:adding|announcing|calling(?! on\b| for\b)|restating|saying|confirming|repeating|reaffirming|reiterating|stressing|noting|insisting|arguing|explaining|specifying|indicating|stating|warning|acknowledging|emphasi[sz]ing|underlining)\b(?:\s+that|\s*:)?/g;
const CITING = /\b(?:citing|quoting)\b[^,;]*?(?=,|;|\bbut\b|$)/g;
// Texts a pass cannot work without, any of them: one search for a few literal texts costs about what one
// includes() does, and includes() runs through the sentence again for each text it is asked.
const CITING_WORD = /citing|quoting/;
const QUESTION_WORD = /asked|questioned|pressed|whether/;
const RELATIVE_OPENING = /which|who|where/;
const RELATIVE_WORD = / (?:that|which|whom) /;
const AND_OR_COMMA = / and |, |: /;
// Speakers whose words are not a government's: the opposition, its shadow ministers, commentators.
const OUTSIDE_GOVERNMENT =
  /\b(?:(?:the|a|viral) videos?\b(?! (?:message|address|call|link|conference|statement|speech|interview))|(?:social media |viral |the |these |those )posts|posts shared|shadow|opposition|analysts?|experts?|critics?|commentators|reform uk|farage|snp|liberal democrats|lib dems|afd|alternative for germany|weidel|pvv|wilders|national rally|rassemblement national|le pen|bardella|co-leader|chega|greens|tories|conservatives|populists|nationalists|think tank|former (?:[\w-]+ ){0,2}(?:officer|official|minister|general|admiral|diplomat|ambassador|commander|adviser|advisor)|teaches|junior (?:coalition )?partners?|coalition partners?|researchers?|(?:research|senior|visiting|associate) fellow|professor|rusi|iiss|chatham house|ecfr|csis|brookings|rand corporation|atlantic council|carnegie|challenger|candidate|lawmakers|legislators|backbenchers|senators?|congress(?:man|woman)|chief executive|consultancy|intelligence firm)\b|(?<!\b(?:his|her|their|its|ruling|governing)\s(?:[\w-]+\s)?)\b(?:party|parties|movement)\b(?!'s)/;
const NOT_IN_GOVERNMENT =
  /\boutside (?:the )?government\b|\bnot (?:part|a member) of (?:the |its )?(?:government|cabinet|governing coalition|ruling coalition)\b/;
const TITLE =
  /\b(?:ambassador|envoy|minister|spokes(?:man|woman|person)|president|chancellor|secretary|adviser|advisor|chief|commander|admiral)\b/;
const ENVOY_TO =
  /\b(?:ambassador|envoy|embassy|representative|delegation|attach\u00e9|attache) (?:to|in)\s+(?:the\s+)?$/;
const APPOSITION_OPENING = /^\s*(?:with|a|an|another|whose|who|which|both|one of|the)\b/;
// "French officials, briefing journalists after the summit, said", "Meloni, present in Paris, repeated": where
// and how they spoke, set between.
const SPEAKING_ASIDE =
  /^\s*(?:speaking|briefing|talking|writing|addressing|answering|responding|asked|visiting|appearing|standing|present|leaving|arriving|flanked|(?:on|during) (?:a|an|his|her|their) (?:[\w-]+ )?(?:visit|trip|tour))\b/;
const DECLARES = /^(?:announced|declared|confirmed)$/;
const OFFICE_ALONE =
  /^\s*the (?:(?:defen[cs]e|foreign|prime|deputy prime) )?(?:minister|president|chancellor|premier)\s*(?:has|have|had)?\s*$/;
// "..., according to the same officials": those who spoke before, named there.
const SAME_SPEAKERS =
  /^\s*the same\s+(?:[\w-]+\s+){0,2}(?:officials?|sources?|people|diplomats?|ministry|government)\s*(?:has|have|had)?[\s.]*$/;
const BOTH_SPEAK = /^\W*(?:both|the two) (?:countries|governments|nations|capitals|allies)\b/;
const APPOSITION =
  /^\s*,?\s*(?:(?:a|an|the)\s|(?:leader|head|chair(?:man|woman)?|member|deputy|co-?founder|spokes(?:man|woman|person))\s+of\s|(?:[\w-]+\s+){0,3}(?:fellow|analyst|researcher|professor|lecturer)\b)[^,;"]*/;
const GROUP_SPEAKER =
  /\b(?:\d+|countries|nations|allies|coalition|members|partners|europeans|alliance|nato|eu|dozen|several|many|most|some|others|handful|participants|signatories|delegations|leaders|governments)\b/;
const PRONOUN_PHRASE = /^\s*(?:(?:he|she|they|it)|(?:(?:and|so)\s+)?we)\s*(?:has|have|had)?\s*$/;
const PLURAL_SPEAKER =
  /\b(?:officials|diplomats|sources|people|ministers|leaders|governments|they|aides|spokespeople|both|we)\b|^\s*the\s+(?:[a-z]+(?:ans|ese|ish|ch|ks|ts|ns))\s*(?:have|has|had)?\s*$/;
const INSTITUTION_SPEAKER =
  /\b(?:government|ministry|office|cabinet|administration|department|embassy|presidency|it)\b/;

function classifySpeaker(
  phrase: string,
  countries: CountryCode[],
  named: boolean,
  personNamed: boolean,
): SpeakerKind {
  if (PLURAL_SPEAKER.test(phrase) || new Set(countries).size > 1) return 'plural';
  if (INSTITUTION_SPEAKER.test(phrase)) return 'institution';
  // "Cyprus said it could not contribute": a country or its capital speaks as an institution; "Denmark's Mette
  // Frederiksen said her country" is a person.
  if (
    named &&
    !personNamed &&
    !/\b(?:minister|president|chancellor|premier|spokes\w+|secretary|he|she)\b/.test(phrase)
  )
    return 'institution';
  if (
    countries.length > 0 ||
    /\b(?:he|she|minister|president|chancellor|spokes\w+|secretary)\b/.test(phrase)
  ) {
    return 'person';
  }
  return 'none';
}

/** Whether a character is one of , ; : " — (compared by code: a regular expression per character is slow). */
function isBoundary(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 34 || code === 0x2014;
}

function leftBoundary(content: string, from: number): number {
  for (let i = from - 1; i >= 0; i--) if (isBoundary(content.charCodeAt(i))) return i + 1;
  return 0;
}

/** Where the reported content starts after a fronted "X said (on Monday) (that)". */
function contentStart(content: string, afterVerb: number): number {
  const rest = content.slice(afterVerb, afterVerb + 80);
  const that = /^(?:[^,;:]*?)\b(?:that\b|:)/.exec(rest);
  // "said the question was open and that ...": a "that" after a verb of the content's own opens no content.
  if (that && !FINITE_VERB.test(that[0]) && !CONTENT_CUE.test(that[0]) && !/\bbut\b/.test(that[0]))
    return afterVerb + that[0].length;
  // "has told European allies it will not provide fighter jets": whom it was told is not who acts.
  const told = /(?:^|\s)(?:told|tells|tell)$/.test(content.slice(Math.max(0, afterVerb - 6), afterVerb))
    ? TOLD_WHOM.exec(rest)
    : null;
  if (told) return afterVerb + told[0].length;
  const adverbial =
    /^\s*(?:on \w+day|\w+day|last \w+|earlier(?: this \w+)?|later|in (?:a|an) \w+|in \w+)?/.exec(rest);
  return afterVerb + (adverbial ? adverbial[0].length : 0);
}
const TOLD_WHOM =
  /^\s+(?:(?:the|its|their|his|her|our|fellow|european|western|nato|allied|\w+ian|\w+ish|\w+ese|\w+ch)\s+)*(?:allies|partners|leaders|counterparts|officials|governments|reporters|journalists|lawmakers|members|colleagues|capitals|diplomats|us|them|him|her|parliament|congress)\s+(?=(?:it|they|he|she|we|its|their)\b)/;

interface Attribution {
  start: number;
  end: number;
  speakerStart: number;
  speakerEnd: number;
  /** "X said (that) ...": the speaker comes first and what follows the attribution is what they say. */
  introduces?: boolean;
  /** "Poland has confirmed that ...": the speaker declares a decision of its own. */
  declares?: boolean;
  /** "..., and said ...": the one speaking is the subject the sentence opened on. */
  subjectSpeaks?: boolean;
}

/** Finds "X said", "said X", "according to X" and returns the spans to blank and where the speaker is named. */
/** Where the speaker's phrase starts: the last boundary, or further left past a list ("Norway, Denmark and"). */
function speakerStart(content: string, verbStart: number, mentions: Mention[]): number {
  let left = leftBoundary(content, verbStart);
  // A list is followed back a few commas at most, so a run-on list cannot make this quadratic.
  for (let step = 0; step < 12 && content[left - 1] === ','; step++) {
    const startsWithCountry = mentions.some(
      (m) => m.start >= left && /^\s*$/.test(content.slice(left, m.start)),
    );
    // The item before the comma is a country alone ("Norway,"), not a phrase ending in one ("after a summit
    // at the White House,").
    const itemStart = leftBoundary(content, left - 1);
    const afterCountry = mentions.some(
      (m) =>
        m.end <= left - 1 &&
        content[m.start] !== ' ' &&
        /^\s*$/.test(content.slice(m.end, left - 1)) &&
        /^\s*(?:(?:and|or|the)\s+)*$|^\s*(?:the\s+)?(?:governments?|leaders?|officials|ministers?|presidents?|prime ministers?|defen[cs]e ministers?)\s+of\s+(?:the\s+)?$/.test(
          content.slice(itemStart, m.start),
        ),
    );
    if (!startsWithCountry || !afterCountry) break;
    left = leftBoundary(content, left - 1);
  }
  // "after the Paris summit at which 26 governments said": the speaker follows the relative, the place before it
  // is where they spoke.
  const relative = PLACE_RELATIVE.exec(content.slice(left, verbStart));
  return relative ? left + relative[0].length : left;
}

const PLACE_RELATIVE = /^.*\b(?:(?:at|in|during|after) which|where)\b/;

/** The attribution a clause directly follows: "X said | ...", "Poland has confirmed that | ...". */
export function directlyIntroduced(
  reading: Pick<SentenceReading, 'attributions'>,
  clause: Span,
): SentenceReading['attributions'][number] | undefined {
  return reading.attributions.find(
    (a) => a.introduces && clause.start >= a.end - 1 && clause.start <= a.end + 1,
  );
}

/** Whether the words after a report verb, to the next comma, hold no content of their own ("said an analyst"). */
function nothingSaidAfter(content: string, at: number): boolean {
  const words = textUpToComma(content, at);
  return !CONTENT_CUE.test(words) && !/\bthat\b/.test(words);
}

function findAttributions(content: string, mentions: Mention[]): Attribution[] {
  const found: Attribution[] = [];
  for (const match of matchesIn(REPORT_VERB, content)) {
    const verb = match[0];
    const verbStart = match.index;
    const verbEnd = verbStart + verb.length;
    if (found.some((a) => verbStart >= a.start && verbStart < a.end)) continue;
    if (verb === 'according to' || verb === 'as reported by' || verb === 'citing' || verb === 'quoting') {
      const comma = content.indexOf(',', verbEnd);
      const end = comma === -1 ? content.length : comma + 1;
      // "According to the ministry in The Hague, Belgian ships could ...": what follows is what it says.
      const opens = /^[\s"]*$/.test(content.slice(0, verbStart));
      found.push({ start: verbStart, end, speakerStart: verbEnd, speakerEnd: end, introduces: opens });
      continue;
    }
    let left = speakerStart(content, verbStart, mentions);
    // "Germany will send troops, said an analyst": a clause, a comma, then the verb, with no content after it:
    // the speaker follows the verb, and the clause before is what was said.
    const speakerFollows =
      content[left - 1] === ',' &&
      content.slice(left, verbStart).trim() === '' &&
      nothingSaidAfter(content, verbStart + verb.length) &&
      FINITE_VERB.test(content.slice(leftBoundary(content, left - 1), left));
    // "His challenger, the opposition candidate, has said", "Turkey, with NATO's second-largest army, has
    // said": the speaker stands before an apposition.
    let appositionWords = 0;
    for (let step = 0; step < 3 && !speakerFollows && content[left - 1] === ','; step++) {
      const between = content.slice(left, verbStart);
      // "Ukraine's ambassador to Australia, Vasyl Myroshnychenko, said": a name after the title that precedes it.
      const titledName =
        step > 0 &&
        countTokens(between, 6) <= 5 &&
        !FINITE_VERB.test(between) &&
        TITLE.test(content.slice(leftBoundary(content, left - 1), left));
      if (
        !/^\s*(?:has|have|had)?\s*$/.test(between) &&
        !(step > 0 && (APPOSITION_OPENING.test(between) || SPEAKING_ASIDE.test(between))) &&
        !titledName
      )
        break;
      if (step > 0) appositionWords = countTokens(between, 15);
      left = leftBoundary(content, left - 1);
    }
    const phrase = content.slice(left, verbStart);
    if (/\bnot\s*$/.test(phrase) || /\bthat\s*$/.test(phrase)) continue;
    const bare = phrase.replace(
      /\b(?:has|have|had)(?:\s+(?:all|both|each|also|already|repeatedly|previously|long|publicly|privately))*\s*$/,
      '',
    );
    // "... to deploy troops as soon as the guns fall silent and insisted ...", "Greece offers a frigate and states
    // that ...": a second verb of the same subject, whose "and" ends the words before it.
    const secondVerb = /\s(?:and|but)\s*$/.test(phrase);
    // "Sanae Takaichi, a former minister who holds no cabinet post, said": the apposition's relative has a verb of
    // its own, which is not the speaker's.
    const own = appositionWords > 0 ? bare.replace(/,[^,]*?\b(?:who|which)\b[^,]*,/g, ',') : bare;
    if (
      !secondVerb &&
      (countTokens(phrase, 30) - appositionWords > 14 || FINITE_VERB.test(own) || CONTENT_CUE.test(own))
    )
      continue;
    // "Slovakia and Hungary, which have both said they ...": the speaker is the relative's antecedent.
    if (bare.trim() === '' && bare !== phrase) continue;
    if (/^\s*(?:but|and|yet)\s*$/.test(phrase) || secondVerb) {
      // "..., but said the army could": the verb goes, the conjunction still splits the clauses.
      // The speaker is the sentence's subject: "The leader of the opposition ... accused X, and said ...".
      found.push({
        start: verbStart,
        end: contentStart(content, verbEnd),
        speakerStart: 0,
        speakerEnd: 0,
        subjectSpeaks: true,
        introduces: true,
      });
      continue;
    }
    const comma = commaOrSemicolonAt(content, verbEnd);
    const clauseEnd = comma === -1 ? content.length : comma;
    const rest = content.slice(verbEnd, clauseEnd);
    // "Austria said the constitution prevents it": a named speaker and a clause of words after the verb.
    const fronted =
      /^\s*(?:[^,;:]*?\bthat\b|[^,;]*?:)/.test(rest) ||
      CONTENT_CUE.test(rest) ||
      (phrase.trim() !== '' &&
        !DECLARES.test(verb) &&
        countWords(rest) >= 4 &&
        !/^\s*(?:on|in|at|last|this|late|early)\b/.test(rest));
    // "Macron announced that 26 countries had committed": a declaration of what others did is an attribution.
    if (fronted && (!DECLARES.test(verb) || /^\s*(?:on \w+ )?that\b/.test(rest))) {
      found.push({
        start: left,
        end: contentStart(content, verbEnd),
        speakerStart: left,
        speakerEnd: verbStart,
        introduces: true,
        declares: DECLARES.test(verb),
      });
    } else if (!fronted) {
      const end = comma === -1 || content[clauseEnd] === ';' ? clauseEnd : clauseEnd + 1;
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

// Split points between clauses: contrast, semicolons, and "and" before a new verb or subject. Grouped by the
// character they open with (a comma, a dash, a word), each group's branches in the order the engine tried them
// as one flat list: only branches that open alike can match at one place, so the breaks found are the same,
// and a position is tried against three openings instead of fifteen alternatives.
const SHIFT_FROM =
  '(?=(?:a|an|in a|marking a) (?:[\\w-]+ )?(?:retreat|shift|change|departure|reversal|turnaround|u-turn|climbdown|step back|break) from\\b)';
const AND_OWN_VERB =
  '(?:is|are|was|were|will|would|has|have|had|could|can|may|might|must|should|remains?|remained|stands?|stood|plans?|planned|offers?|offered|pledges?|pledged|commits?|committed|agreed|agrees|announced|declined|refused|rejected|ruled|rules|intends?|wants?|said|says|signall?ed|indicated|it|they|he|she|we|also|its|their)\\b';
const CLAUSE_BREAK = new RegExp(
  [
    ';',
    `,(?:\\s*yet\\b|\\s*(?=without (?:putting|sending|deploying|stationing|committing)\\b)|\\s*and\\b|\\s*(?=\\w+ing instead\\b)|\\s*(?=(?:a|an|the) (?:step|move|position|option|idea|commitment|line|decision|role|course|condition|prospect) (?:that|which)\\b)|\\s*${SHIFT_FROM})`,
    `\\s[—–]\\s*${SHIFT_FROM}`,
    `\\b(?:th(?:at (?:also )?saw\\b|ough\\b)|which (?:also )?saw\\b|but\\b|while\\b|whereas\\b|although\\b|even as\\b|and\\s+(?:that\\b|(?=the (?:government|cabinet|ministry|administration|navy|army|air force|country) (?:is|are|was|were|has|had|will|would|could|may|might|remains?)\\b)|(?=no\\s+(?:[\\w-]+\\s+){0,2}(?:troops|soldiers|ground forces|boots|personnel)\\b)|"?\\s*(?=${AND_OWN_VERB})))`,
  ].join('|'),
  'g',
);

// "in which Britain and France committed troops and the United States agreed to lead", "..., Latvia confirmed it
// will send soldiers": a country that starts a clause of its own after a bare "and" or a comma.
const AND_BEFORE = /\band\s+(?:the\s+)?$|[a-z],\s+(?:the\s+)?$|[a-z]:\s+(?:the\s+)?$/;
const PLACE_BEFORE = /\b(?:in|into|inside|across|over|to|from)\s+(?:the\s+)?$/;
// "Poland and Romania could" may be a pair; "Ukraine and Norway has" cannot.
const SINGULAR_VERB_AFTER = /^\s+(?:has|is|was|does)\b/;
/**
 * "a ceasefire in Ukraine and Norway has decided": the first is a place a preposition governs and the second
 * has a singular verb of its own, so the two are no pair and the second opens a clause.
 */
const placeThenOwnVerb = (content: string, place: Mention, next: Mention): boolean =>
  SINGULAR_VERB_AFTER.test(content.slice(next.end, next.end + 8)) &&
  PLACE_BEFORE.test(content.slice(Math.max(0, place.start - 12), place.start));
const OWN_VERB_AFTER =
  /^\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|won't|wouldn't|can't|cannot|isn't|doesn't|remains|agreed|committed|offered|pledged|promised|announced|decided|refused|declined|ruled|opted|signed|approved|confirmed)\b/;

/** Where a clause breaks, shaped like the regular-expression match the other breaks come from. */
type ClauseBreak = {
  index: number;
  0: string;
  /** A country opens the clause after it, as its subject. */
  opensSubject?: boolean;
};

/** Breaks before "and" or a comma when a country with a verb of its own follows it. */
function andCountryBreaks(content: string, mentions: Mention[]): ClauseBreak[] {
  const breaks: ClauseBreak[] = [];
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'seat') continue;
    const before = content.slice(Math.max(0, m.start - 10), m.start);
    const and = AND_BEFORE.exec(before);
    // "... stands: the Netherlands remains willing": a colon before a clause of its own; not in a table's row,
    // whose "Agreed: Bucharest will host the base" is one cell.
    if (!and || (and[0].includes(':') && content.includes('|'))) continue;
    // "Denmark will send troops, Norway a frigate and Sweden four Gripen jets": the verb is left out, the
    // clause goes on with the one before it.
    const gapped = m.kind === 'name' && gappedAfter(content, m);
    if (!gapped && !OWN_VERB_AFTER.test(content.slice(m.end, m.end + 16))) continue;
    // "Poland and Romania have": the pair is one subject, not two clauses; but in "to monitor a ceasefire in
    // Ukraine and Norway has decided" the place a preposition governs ends the clause before.
    // The break is at the "and" or the comma, not the letter before the comma.
    const start = m.start - before.length + and.index + (and[0].startsWith('and') ? 0 : 1);
    if (
      mentions.some(
        (other) =>
          other.end <= start &&
          /^\s*$/.test(content.slice(other.end, start)) &&
          !placeThenOwnVerb(content, other, m),
      )
    )
      continue;
    breaks.push({
      index: start,
      0: and[0].startsWith('and') ? 'and' : and[0].slice(1, 2),
      opensSubject: true,
    });
  }
  return breaks;
}

/** Whether a country is followed by what is given with the verb left out: "Norway a frigate". */
const gappedAfter = (content: string, m: Mention): boolean =>
  GAPPED_OBJECT.test(content.slice(m.end, m.end + 80));

/** Whether a gapped clause ("Norway a frigate") starts at `at`, right after a break. */
function gappedAt(content: string, mentions: Mention[], at: number): boolean {
  return mentions.some(
    (m) =>
      m.kind === 'name' &&
      m.start >= at &&
      /^\s*(?:the\s+)?$/.test(content.slice(at, m.start)) &&
      gappedAfter(content, m),
  );
}

// "Norway a frigate", "Britain RAF jets and Royal Navy minehunters": a number or a service before the object.
const GAPPED_OBJECT =
  /^\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*|several|some|more)\s+(?:[\w-]+\s+){0,3}?|(?:raf|royal navy|royal air force|navy|naval|air force)\s+(?:[\w-]+\s+){0,2}?)(?:troops|soldiers|frigates?|minehunters?|ships?|vessels|jets|fighters|aircraft|planes|gripens|f-\d+s|instructors|trainers|engineers|battalions?|brigades?|compan(?:y|ies)|helicopters|drones|systems?|batteries|euros|dollars|pounds|kronor|kroner|million|billion)\b(?![\w-]*\s+(?:is|are|was|were|has|have|will|would)\b)/;

// A verb of a clause's own: a part after ", and" without one ("..., and money for the army") carries on the last.
const VERB_IN =
  /\b(?:is|are|was|were|be|been|will|would|shall|has|have|had|can|could|may|might|must|should|do|does|did|said|says|remains?|seems?|means?|needs?|wants?|holds?|makes?|takes?|goes|comes?|gets?|looks?|stays?|becomes?|depends?|includes?|requires?|offers|pledges|plans|intends|promises|sends|provides|contributes|refuses|rejects|declines|considers|\w+ed)\b|'(?:ll|re|ve|d)\b/;

const PARTICIPLE_START =
  /^\s*(?:contributing|sending|providing|offering|deploying|committing|supplying|pledging)\b/;
const SUBORDINATE_START =
  /^\s*"?\s*(?:that|which|who|whom|whose|whether|if|when|where|while|because|as|so)\b/;

const INFINITIVE_GOES_ON =
  /^\s*(?:also\s+)?to\s+(?!(?:the|a|an|its|their|this|that|these|those|his|her|our|my|your|some|any|all|both|ukraine|kyiv|date)\b)[a-z]+\b/;

function splitClauses(content: string, mentions: Mention[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  let continuation = false;
  let gapped = false;
  let afterAnd = false;
  const found: ClauseBreak[] = matchesIn(CLAUSE_BREAK, content);
  // Only a country's name or seat opens such a clause: the searches are spared most sentences.
  const extra =
    mentions.some((m) => m.kind === 'name' || m.kind === 'seat') && AND_OR_COMMA.test(content)
      ? andCountryBreaks(content, mentions)
      : [];
  const breaks = extra.length === 0 ? found : [...found, ...extra].sort((a, b) => a.index - b.index);
  const push = (end: number): void => {
    const part = content.slice(from, end);
    if (!part.trim()) return;
    // "ready to help with air defence, and money for Ukraine's army": no verb of its own, so the clause before
    // goes on.
    const carriesOn =
      !gapped &&
      afterAnd &&
      spans.length > 0 &&
      ((!VERB_IN.test(part) && !SUBORDINATE_START.test(part)) ||
        // "committing them to deploy troops ..., and to set up military hubs": a second infinitive of the same verb.
        INFINITIVE_GOES_ON.test(part));
    // "..., contributing instructors from the Canadian Armed Forces": a participle goes on with the subject.
    const participle = spans.length > 0 && PARTICIPLE_START.test(part);
    spans.push({ start: from, end, continuation: continuation || carriesOn || participle, gapped });
  };
  for (const match of breaks) {
    const at = match.index;
    if (at < from) continue;
    const commaAnd = match[0].startsWith(',') && /and$/.test(match[0]);
    if (commaAnd) {
      // "Poland, Romania, and Finland": a list of countries, not two clauses.
      const before = mentions.some((m) => m.end <= at && /^[\s,]*$/.test(content.slice(m.end, at)));
      // "..., and the Hungarian government has ruled out": an adjective heads a subject of its own.
      const after = mentions.some(
        (m) =>
          m.kind !== 'adjective' &&
          m.start >= at + match[0].length &&
          /^\s*(?:the\s+)?$/.test(content.slice(at + match[0].length, m.start)) &&
          // "..., and Hungary's Viktor Orban has refused": a possessive opens a subject of its own.
          !content.startsWith("'s", m.end) &&
          !VERB_AFTER.test(content.slice(m.end, m.end + 12)),
      );
      if (before && after) continue;
    }
    push(at);
    continuation =
      !match.opensSubject && content.slice(at, at + 40).includes('instead') && match[0].startsWith(',');
    gapped = (match.opensSubject === true || commaAnd) && gappedAt(content, mentions, at + match[0].length);
    afterAnd = commaAnd || match[0].startsWith('and');
    from = at + match[0].length;
  }
  push(content.length);
  return spans;
}

const LOCATIVE_WORDS = new Set(
  'in at to into from near across over via with outside inside around toward towards between on against for than like alongside through within among amongst about beyond throughout visit visited visiting visits leaving leave leaves left arriving reaching entering outside'.split(
    ' ',
  ),
);
// Words that cannot sit between a preposition and the country it governs ("on whether Portuguese jets").
// "taken over by Germany": "by" names the agent, whatever preposition stands before it.
const NOT_MODIFIER = new Set([
  'whether',
  'that',
  'how',
  'what',
  'when',
  'if',
  'which',
  'whom',
  'where',
  'by',
]);
const OWNED_THINGS = new Set(
  'troops soldiers contingent contingents forces ships jets units personnel trainers warships vessels aircraft'.split(
    ' ',
  ),
);

/** The last words before a mention, nearest first (cheaper than a regex anchored at the end). */
function lastWords(before: string): string[] {
  // What before.trimEnd().split(/\s+/).slice(-4).reverse() gives, scanning back from the end instead.
  const text = before.trimEnd();
  const words: string[] = [];
  let end = text.length;
  while (words.length < 4) {
    let start = end;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    words.push(text.slice(start, end));
    if (start === 0) break;
    end = start;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    // Leading white space: split() gives an empty first word.
    if (end === 0) {
      if (words.length < 4) words.push('');
      break;
    }
  }
  return words;
}

/** "in Paris", "to the U.K.", "over western Ukraine" (but not "up to 200 Danish troops"). */
const RELATED_BY = /^(?:neighbou?rs?|allies|partners|friends|supporters|backers|members)$/;
function isLocative(words: string[]): boolean {
  const [w1 = '', w2 = '', w3 = '', w4 = ''] = words;
  // "non-littoral states such as Britain or France": an example of a group, not a party acting.
  if (w1 === 'as' && w2 === 'such') return true;
  // "Both neighbours of Ukraine rule out": the neighbours act, not the country they border.
  if (w1 === 'of' && RELATED_BY.test(w2)) return true;
  const governs = (preposition: string, previous: string): boolean =>
    LOCATIVE_WORDS.has(preposition) && !(preposition === 'to' && (previous === 'up' || previous === 'close'));
  if (governs(w1, w2)) return true;
  if (w1 === 'the' && governs(w2, w3)) return true;
  // "In January, Japan ruled out": a comma closes the phrase the preposition governs.
  // A digit first ("200 Danish troops"), by code: a pattern per word was one of the most frequent calls.
  const first = w1.charCodeAt(0);
  const modifier = !(first >= 48 && first <= 57) && !NOT_MODIFIER.has(w1) && !w1.endsWith(',');
  return modifier && (governs(w2, w3) || (w2 === 'the' && governs(w3, w4)));
}

/** "troops from the U.K. and France": the country owns what comes before "from". */
function isOwnerFrom(words: string[]): boolean {
  const [w1 = '', w2 = '', w3 = ''] = words;
  return (w1 === 'from' && OWNED_THINGS.has(w2)) || (w1 === 'the' && w2 === 'from' && OWNED_THINGS.has(w3));
}
const PEOPLE_SPEAK = /^\s+(?:have|has|had)?\s*(?:told|say|says|said|insist|insisted|made clear|assured)\b/;
const HEAD_AFTER = new RegExp(`^(?:'s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:${AGENT_HEAD.source})`);
const VENUE_AFTER = new RegExp(`^(?:'s)?\\s+(?:${VENUE_HEAD.source})`);
const MEDIA_AFTER = new RegExp(`^\\s+(?:(?!told|said|says)[\\w-]+\\s+)?(?:${MEDIA_HEAD.source})`);
const LIST_GAP = /^\s*(?:,|and|or|nor|,\s*and|as well as)\s*(?:the\s+)?$/;

const SAID_AFTER = /^(?:\s+[\w.'-]+){0,3}?\s+(?:said|says|announced|claimed|listed|named)\b/;
// Where a document's author is named: "the draft drawn up by | Trump envoy Steve Witkoff".
const AUTHORED_BY =
  /\b(?:draft|plan|text|framework|blueprint|document|paper|points?)\b,? (?:[\w-]+ ){0,2}(?:drawn up|drafted|written|authored|brokered|prepared|devised|crafted|circulated) by /g;
// Where a relative about a group opens: "the 26 countries that | French President Emmanuel Macron said".
const GROUP_THAT =
  /\b(?:countries|nations|states|allies|governments|members|partners)\s+(?:that|which|whom)\s+/g;
/** Whether a mention starts within `words` words after the end of one of `ends`. */
const shortlyAfter = (content: string, ends: number[], at: number, words: number): boolean =>
  ends.some((end) => end <= at && countTokens(content.slice(end, at), words + 1) <= words);

// "The news is about training: Britain has committed ...": after a colon a statement starts afresh.
const COLON_BEFORE = /:\s*"?\s*$/;

/** Decides, mention by mention, whether a country can be the one acting in the sentence. */
function readMentions(content: string, mentions: Mention[]): MentionReading[] {
  // Fields spelled out: the spread copy ({ ...m }) was one of the hottest lines of the whole analysis.
  const read: MentionReading[] = mentions.map((m) => ({
    code: m.code,
    kind: m.kind,
    start: m.start,
    end: m.end,
    text: m.text,
    acts: true,
    owns: false,
  }));
  // Both are rare: one scan of the sentence each, and only when the word they need is there.
  const authoredEnds = content.includes(' by ')
    ? matchesIn(AUTHORED_BY, content).map((m) => m.index + m[0].length)
    : [];
  const groupThatEnds = RELATIVE_WORD.test(content)
    ? matchesIn(GROUP_THAT, content).map((m) => m.index + m[0].length)
    : [];
  for (let i = 0; i < read.length; i++) {
    const m = read[i] as MentionReading;
    const before = content.slice(Math.max(0, m.start - 30), m.start);
    const after = content.slice(m.end, m.end + 50);
    const previous = read[i - 1];
    if (content[m.start] === ' ') m.acts = false;
    else if (
      previous &&
      LIST_GAP.test(content.slice(previous.end, m.start)) &&
      // "In Berlin, Boris Pistorius remained reluctant": after a fronted place comes the subject, not a list;
      // "..., and Warsaw's role as the hub is settled": nor is an owner after a comma.
      !(
        content.charCodeAt(previous.end) === 44 &&
        (FRONTED_PLACE.test(content.slice(0, previous.start)) || content.startsWith("'s ", m.end))
      ) &&
      // "to Ukraine, and Hungary has refused": a country with a verb of its own starts a clause.
      (previous.acts ||
        !content.slice(previous.end, m.start).includes(',') ||
        !VERB_AFTER.test(content.slice(m.end, m.end + 12))) &&
      // "a ceasefire in Ukraine and Norway has decided": so it does after a place, comma or not.
      !(!previous.acts && placeThenOwnVerb(content, previous, m))
    ) {
      m.acts = previous.acts;
      m.owns = previous.owns;
    } else if (!COLON_BEFORE.test(before)) {
      const words = lastWords(before);
      if (isOwnerFrom(words)) m.owns = true;
      else if (isLocative(words)) m.acts = false;
    }
    // "the 28-point draft drawn up by Trump envoy Steve Witkoff would bar NATO troops": a document's author
    // is not who acts in the document's terms.
    if (m.acts && authoredEnds.length > 0 && shortlyAfter(content, authoredEnds, m.start, 3)) m.acts = false;
    // "the 26 countries that French President Emmanuel Macron said had committed": the speaker of a relative
    // about a group, who is not among those committed.
    if (
      m.acts &&
      groupThatEnds.length > 0 &&
      shortlyAfter(content, groupThatEnds, m.start, 4) &&
      SAID_AFTER.test(content.slice(m.end, m.end + 40))
    )
      m.acts = false;
    if (!m.acts) continue;
    // "the Paris pledges" are an event; "Austria pledges EUR 50 million" is a country acting.
    const venue = VENUE_AFTER.test(after) && !(m.kind === 'name' && /^\s+pledges\b/.test(after));
    if (venue || MEDIA_AFTER.test(after)) m.acts = false;
    // "Finns would not be sent": a people named in the plural, with a verb of its own, is a subject.
    else if (
      m.kind === 'adjective' &&
      !HEAD_AFTER.test(after) &&
      !((m.text.endsWith('s') || /\bthe\s+$/.test(before)) && VERB_AFTER.test(after))
    )
      m.acts = false;
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

// Words through which a sentence naming no country can still state one's position ("We are ready").
// "that" and "this" only where they can stand for a country's move ("That would include two frigates").
const REFERS_BACK =
  /\b(?:we|our|he|his|she|her|it|its|they|their|both|the two|government|ministry|cabinet|administration|country|navy|army|military|officials|similar|suit|same|likewise|(?:that|this) (?:could|would|will|may|might|includes?|means?))\b|^\W*(?:that|this)\b/i;

/**
 * The mentions of a sentence worth reading, or undefined when it can state no country's position: it names
 * none and has no word that could refer to one. Most sentences of a long story end here, cheaply.
 */
export function mentionsIfReadable(
  sentence: string,
  gazetteer: Gazetteer,
  normalized = normalizeQuotes(sentence),
): Mention[] | undefined {
  const mentions = gazetteer.findMentions(normalized);
  return mentions.length > 0 || REFERS_BACK.test(sentence) ? mentions : undefined;
}

const FRONTED_PLACE = /^\W*in\s+(?:the\s+)?$/;
// ("Poland, Lithuania's largest neighbour, has said": a possessive opens one too.)
// (Group 1: the possessive, when one opens it.)
const APPOSITION_AFTER = /^,\s*(?:(?:a|an|another|the|both|each|two|all)\s|([a-z][\w-]*'s)\s)[^,;"]*,/;
// A verb right after a country: it is the subject of a clause of its own.
const VERB_AFTER =
  /^\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|says|said|remains?|remained|stays?|stayed|plans?|planned|wants?|intends?|offers|offered|pledges|pledged|agreed|refuses|refused|declined|rejected|signall?ed|announced|insisted)\b/;
const APPOSITION_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|said|says|told|\w+ed (?:to|that))\b/;
const RELATIVE = /,\s*(?:which|who|where|whose)\s+([^,;"]*)(,|$)/g;
const RELATIVE_STANCE =
  /\b(?:will|would|won't|wouldn't|could|can|may|might|ready|willing|prepared|agreed to|approv\w+ (?:sending|the deployment|deploying|a contribution)|rul\w+ out|refus\w*|consider\w*|weigh\w*|pledg\w*|commit\w*|offer\w*|plans? to|no plans|reluctan\w*|open to|under (?:discussion|consideration|review)|no (?:final )?decision|undecided|sign(?:s|ed)|hesitan\w*|cautious)\b/;

/**
 * "Hungary, which has said it will not join any mission, ...": a relative clause on a country that states a
 * position is read as a clause of its own (the others are asides and get blanked).
 */
const TIME_SPENT = /^\s*(?:had\s+|has\s+)?spent (?:[\w-]+ ){0,2}(?:months|weeks|years|days|a year|a month)\b/;
const LONG_HELD = /\b(?:has|had) long\b|\blong (?:been|had)\b/;
const OWN_GOVERNMENT_RELATIVE =
  /^,\s*whose\s+(?:governments?|parliaments?|prime minister|president|chancellor|foreign minister|defen[cs]e minister|minister|leaders?|spokes\w+|officials)\b/;

function openCountryRelatives(
  content: string,
  mentions: Mention[],
): { content: string; relatives: RelativeClause[] } {
  let out = content;
  const relatives: RelativeClause[] = [];
  for (const match of matchesIn(RELATIVE, content)) {
    const body = match[1] ?? '';
    const antecedent = mentions.findIndex(
      (m) =>
        (m.kind === 'name' || m.kind === 'seat' || m.kind === 'person') &&
        m.end <= match.index &&
        /^\s*$/.test(content.slice(m.end, match.index)),
    );
    // "in Central Europe, where Poland and Romania have ruled out troops": a "where" clause has its own subject.
    const ownSubject =
      /^,\s*where\b/.test(match[0]) &&
      mentions.some(
        (m) => m.start >= match.index && m.start < match.index + match[0].length && m.kind !== 'adjective',
      );
    // "which have led planning for a force of troops that would be stationed ...": the stance must be the
    // relative's own, not that of a clause inside it.
    const ownBody =
      body.split(
        /\b(?:troops|soldiers|forces?|units?|mission|contingents?|brigades?|battalions?) (?:that|which)\b/,
      )[0] ?? body;
    // "Merz, who has long been reluctant to talk about German soldiers, said ...": a leader's history, not news.
    // "Norway, which spent months weighing the question, said ...": how the decision came about, not a stance now.
    const history =
      (mentions[antecedent]?.kind === 'person' && LONG_HELD.test(ownBody)) || TIME_SPENT.test(ownBody);
    if ((antecedent < 0 && !ownSubject) || !RELATIVE_STANCE.test(ownBody) || history) continue;
    const bodyStart = match.index + match[0].indexOf(body);
    out = `${out.slice(0, match.index)};${' '.repeat(bodyStart - match.index - 1)}${out.slice(bodyStart)}`;
    const closing = match.index + match[0].length - 1;
    if (match[2] === ',') out = `${out.slice(0, closing)};${out.slice(closing + 1)}`;
    relatives.push({
      opensAt: match.index,
      bodyStart,
      // "the brigade in Latvia, where it plans to keep 2,200 troops": a place is where, not who.
      countries:
        antecedent < 0 || /^,\s*where\b/.test(match[0]) ? [] : listEndingAt(content, mentions, antecedent),
      ownGovernmentSpeaks: OWN_GOVERNMENT_RELATIVE.test(match[0]),
    });
  }
  return { content: out, relatives };
}

/** The country at `last` and those listed with it before ("Malta and Cyprus", "Britain, France and Italy"). */
function listEndingAt(content: string, mentions: Mention[], last: number): CountryCode[] {
  const codes: CountryCode[] = [];
  for (let i = last; i >= 0; i--) {
    const m = mentions[i] as Mention;
    codes.unshift(m.code);
    const before = mentions[i - 1];
    if (!before || !LIST_GAP.test(content.slice(before.end, m.start))) break;
  }
  return [...new Set(codes)];
}

/** "In Vilnius, the government has said ...": the capital a sentence opens on is whose government it means. */
export function frontedSeat(reading: { content: string; mentions: Mention[] }): CountryCode[] | undefined {
  const first = reading.mentions[0];
  // "In Vilnius, the ministry said", and as well "In Lithuania, the defence ministry said".
  if (
    (first?.kind !== 'seat' && first?.kind !== 'name') ||
    !/^[\s"]*in\s+$/.test(reading.content.slice(0, first.start))
  )
    return undefined;
  return /^\s*,/.test(reading.content.slice(first.end)) ? [first.code] : undefined;
}

/** The countries a story's first sentence is filed from, when it opens on a dateline ("TOKYO —", "BERLIN."). */
export function filedFrom(firstSentence: string, gazetteer: Gazetteer): CountryCode[] {
  const dateline = DATELINE.exec(firstSentence) ?? DATELINE_PERIOD.exec(`${firstSentence} X`);
  return dateline ? datelineSeats(dateline[0], gazetteer) : [];
}

/** The seats a dateline names, printed in capitals ("ANKARA/BUCHAREST, Dec 4 —"). */
function datelineSeats(dateline: string, gazetteer: Gazetteer): CountryCode[] {
  const titled = dateline
    .toLowerCase()
    .replace(/(^|[\s/-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());
  const found = gazetteer.findMentions(titled).filter((m) => m.kind === 'seat' || m.kind === 'name');
  return [...new Set(found.map((m) => m.code))];
}

/** Prepares one sentence: blanks what is not the content, finds who speaks, cuts the rest into clauses. */
export function readSentence(
  sentence: string,
  gazetteer: Gazetteer,
  found?: Mention[],
  /** normalizeQuotes(sentence), when the caller has it already. */
  normalized = normalizeQuotes(sentence),
): SentenceReading {
  const text = normalized;
  let content = lowerSameLength(text);
  const lowered = content;
  // Each pass below is skipped, by a cheap search for a word it cannot match without, on the many sentences
  // that lack it: the regular expressions would find nothing there anyway.
  if (content.includes('coalition of the willing'))
    content = blankAll(content, COALITION_NAME, 'coalition'.length);
  // "7,000 troops": a thousands separator is no clause break, and no end of a relative clause.
  if (DIGIT_COMMA.test(content)) content = content.replace(DIGIT_COMMA_ALL, '_');
  const dateline = secondIsLowerCase(text) ? null : (DATELINE.exec(text) ?? DATELINE_PERIOD.exec(text));
  if (dateline) content = blank(content, 0, dateline[0].length);
  const withWord = content.includes('with');
  const absolute = withWord && WITH_ABSOLUTE.test(content);
  WITH_ABSOLUTE.lastIndex = 0;
  if (absolute) {
    // "..., with Italy agreeing to lead air patrols and Canada committing a battalion": two actors.
    for (const match of matchesIn(ABSOLUTE_AND, content)) {
      content = `${content.slice(0, match.index)};${' '.repeat(match[0].length - 1)}${content.slice(match.index + match[0].length)}`;
    }
  }
  for (const match of withWord ? matchesIn(WITH_ABSOLUTE, content) : []) {
    const end = match.index + match[0].length;
    content = `${blank(content, match.index, end - 1).slice(0, end - 1)};${content.slice(end)}`;
  }
  const mentions = found ?? gazetteer.findMentions(text);
  // "Estonia, a country of 1.3 million people, has pledged": the apposition is not the subject.
  for (const m of mentions) {
    if ((m.kind !== 'name' && m.kind !== 'seat') || content.charCodeAt(m.end) !== 44) continue;
    // "In Riga, the Saeima approved sending soldiers, ...": after a fronted place comes the sentence itself.
    if (FRONTED_PLACE.test(content.slice(0, m.start))) continue;
    const apposition = APPOSITION_AFTER.exec(content.slice(m.end));
    // A possessive opens one only after a country's name and on another country: "Poland, Lithuania's largest
    // neighbour, has said"; not "Sweden, NATO's newest member, is stretched", nor after a seat, where "In
    // Bucharest, Romania's defence council approved" is the sentence itself.
    const ownedBy = (n: Mention): boolean =>
      n.start > m.end && /^,\s*$/.test(content.slice(m.end, n.start)) && content.startsWith("'s ", n.end);
    if (apposition?.[1] !== undefined && !(m.kind === 'name' && mentions.some(ownedBy))) continue;
    // A noun phrase only: ", the cabinet has decided to deploy," after "In The Hague" is the sentence itself.
    if (apposition && !RELATIVE_STANCE.test(apposition[0]) && !APPOSITION_VERB.test(apposition[0])) {
      const closes = m.end + apposition[0].length - 1;
      // "Romania, Belgium, the Netherlands, Denmark and Finland": the next country of a list, not an apposition.
      const listed = mentions.some(
        (n) =>
          (n.kind === 'name' || n.kind === 'seat') &&
          n.start > m.end &&
          /^,\s*(?:the\s+)?$/.test(content.slice(m.end, n.start)) &&
          /^\s*$/.test(content.slice(n.end, closes)),
      );
      if (!listed) content = blank(content, m.end + 1, closes);
    }
  }
  let relatives: RelativeClause[] = [];
  if (RELATIVE_OPENING.test(content)) ({ content, relatives } = openCountryRelatives(content, mentions));
  // A reporter's question ("Asked whether Turkey would send troops, ...") is nobody's answer: blanked, but kept
  // for an answer that refers to it.
  const questions: Span[] = [];
  if (QUESTION_WORD.test(content))
    for (const match of matchesIn(QUESTION_ASKED, content))
      questions.push({ start: match.index, end: match.index + match[0].length });
  for (const question of questions) content = blank(content, question.start, question.end);
  // From the few texts found to the asides needing them, rather than every aside's list against the found.
  // The asides due run in the order of ASIDES (each reads what those before it left), once each: marked in the
  // one table all sentences share, and unmarked as they run, which spares a list and its sort per sentence.
  let firstDue = ASIDES.length;
  let lastDue = -1;
  for (const needed of content.match(ASIDE_GATE) ?? []) {
    for (const index of ASIDES_NEEDING.get(needed) ?? []) {
      ASIDES_DUE[index] = 1;
      if (index < firstDue) firstDue = index;
      if (index > lastDue) lastDue = index;
    }
  }
  for (let index = firstDue; index <= lastDue; index++) {
    if (ASIDES_DUE[index] === 0) continue;
    ASIDES_DUE[index] = 0;
    content = blankAll(content, (ASIDES[index] as (typeof ASIDES)[number]).re);
  }
  if (CITING_WORD.test(content)) content = blankAll(content, CITING);
  const attributions = findAttributions(content, mentions);
  let speakerNamed = false;
  let personNamed = false;
  const namedSpeakers: SentenceReading['attributions'] = [];
  const mediaHomes: CountryCode[] = [];
  const speakerPhrases: string[] = [];
  const outsidePhrases: boolean[] = [];
  // "Ukraine's ambassador to Australia": the country an envoy is sent to is not the one speaking.
  const postedTo = (m: Mention): boolean => ENVOY_TO.test(content.slice(Math.max(0, m.start - 30), m.start));
  for (const attribution of attributions) {
    const phrase = content.slice(attribution.speakerStart, attribution.speakerEnd);
    // "said Dr. Elena Marquez, a security analyst at ...": who the speaker is follows the name.
    const apposition = APPOSITION.exec(content.slice(attribution.speakerEnd));
    speakerPhrases.push(apposition ? phrase + apposition[0] : phrase);
    // Also read before asides were blanked: "Podemos, which sits outside the government, said".
    outsidePhrases.push(
      OUTSIDE_GOVERNMENT.test(speakerPhrases[speakerPhrases.length - 1] ?? '') ||
        (attribution.subjectSpeaks === true &&
          OUTSIDE_GOVERNMENT.test(textUpToComma(lowered, 0, attribution.start))) ||
        NOT_IN_GOVERNMENT.test(lowered.slice(attribution.speakerStart, attribution.speakerEnd)),
    );
    const countries: CountryCode[] = [];
    // "Poland, which borders Ukraine and has said for months that ...": a relative's speaker is its antecedent,
    // whatever else the relative names.
    // Unless it names a speaker of its own: "its battlegroup in Estonia, which Starmer said it would keep".
    const ofRelative = relatives.find(
      (r) =>
        r.countries.length > 0 &&
        attribution.speakerStart >= r.opensAt &&
        attribution.speakerStart <= r.bodyStart &&
        !mentions.some(
          (m) =>
            m.kind === 'person' && m.start >= attribution.speakerStart && m.end <= attribution.speakerEnd,
        ),
    );
    if (ofRelative) countries.push(...ofRelative.countries);
    // "Fidan said ..., and suggested that ...": the second verb's speaker is the sentence's subject.
    const subjectEnd = attribution.subjectSpeaks ? Math.max(0, content.search(VERB_IN)) : 0;
    for (const m of ofRelative ? [] : mentions) {
      if (content[m.start] === ' ') continue;
      const inPhrase = attribution.subjectSpeaks
        ? m.end <= subjectEnd && (m.kind === 'person' || m.kind === 'name' || m.kind === 'seat')
        : m.start >= attribution.speakerStart && m.end <= attribution.speakerEnd;
      if (!inPhrase || postedTo(m)) continue;
      // "Poland's neighbour Romania has said": the owner names whose neighbour, not who speaks.
      const owner =
        content.startsWith("'s ", m.end) &&
        mentions.some(
          (other) => other.start > m.end && other.end <= attribution.speakerEnd && !postedTo(other),
        );
      if (owner) continue;
      const tail = content.slice(m.end, m.end + 50);
      if (m.kind === 'adjective' && MEDIA_AFTER.test(tail)) mediaHomes.push(m.code);
      // "The Americans have told us", "the French say": the people, speaking as their government.
      const people = m.kind === 'adjective' && PEOPLE_SPEAK.test(tail);
      if (m.kind === 'adjective' && !people && (MEDIA_AFTER.test(tail) || !HEAD_AFTER.test(tail))) continue;
      countries.push(m.code);
      if (m.kind === 'name' || m.kind === 'seat') speakerNamed = true;
      if (m.kind === 'person') personNamed = true;
    }
    // "Estonia and Lithuania — Both governments say ...": the pair the sentence has just named.
    if (countries.length === 0 && BOTH_SPEAK.test(phrase)) {
      const pair = [
        ...new Set(
          mentions
            .filter((m) => (m.kind === 'name' || m.kind === 'seat') && m.end <= attribution.start)
            .map((m) => m.code),
        ),
      ];
      if (pair.length === 2) countries.push(...pair);
    }
    namedSpeakers.push({
      start: attribution.start,
      end: attribution.end,
      countries: [...new Set(countries)],
      introduces: attribution.introduces === true,
      declares: attribution.declares === true,
      group: countries.length === 0 && GROUP_SPEAKER.test(phrase),
    });
  }
  // A blanked attribution in mid-sentence still separates what comes before it from what follows.
  for (const attribution of attributions)
    content = closeWithBreak(blank(content, attribution.start, attribution.end), attribution.end);
  let firstConnective = -1;
  for (const match of content.includes('ing') ? matchesIn(CONNECTIVE, content) : []) {
    if (firstConnective < 0) firstConnective = match.index;
    content = closeWithBreak(
      blank(content, match.index, match.index + match[0].length),
      match.index + match[0].length,
    );
  }
  const readMentionsList = readMentions(content, mentions);
  // A loop, not flatMap, which is slow on the few short arrays of every sentence.
  const speakerCountries: CountryCode[] = [];
  for (const named of namedSpeakers) speakerCountries.push(...named.countries);
  const speakerPhrase = speakerPhrases.join(' ');
  // "Merz said Poland had told him it was ready", "Fiala noted that Slovakia had told partners it would take no
  // part": one government's account of what another told it (rule 9), nobody's position here.
  const [outer, inner] = namedSpeakers;
  const secondHand =
    namedSpeakers.length === 2 &&
    outer !== undefined &&
    inner !== undefined &&
    inner.start <= outer.start &&
    inner.end > outer.end &&
    outer.countries.length > 0 &&
    inner.countries.some((code) => !outer.countries.includes(code));
  const outsideGovernment = outsidePhrases.length > 0 && outsidePhrases.every((outside) => outside);
  // "In Vilnius, the government said": a speaker named by office alone speaks for the capital the sentence opens on.
  if (speakerCountries.length === 0 && attributions.length > 0)
    speakerCountries.push(...(frontedSeat({ content, mentions }) ?? []));
  const speaker =
    attributions.length > 0
      ? {
          countries: [...new Set(speakerCountries)],
          kind: classifySpeaker(speakerPhrase, speakerCountries, speakerNamed, personNamed),
          // "the minister said", naming no country, is whoever was speaking: a pronoun in all but form.
          pronoun:
            // '"We have told our partners that we are ready," he said': pronouns all.
            (speakerPhrases.length > 0 && speakerPhrases.every((phrase) => PRONOUN_PHRASE.test(phrase))) ||
            (speakerCountries.length === 0 &&
              (OFFICE_ALONE.test(speakerPhrase) || SAME_SPEAKERS.test(speakerPhrase))),
          outsideGovernment,
          mediaHome: [...new Set(mediaHomes)],
          group: speakerCountries.length === 0 && GROUP_SPEAKER.test(speakerPhrase),
        }
      : subjectSaying(mentions, firstConnective);
  return {
    original: sentence,
    text,
    lowered,
    content,
    mentions: readMentionsList,
    speaker,
    hasQuote: text.includes('"'),
    clauses: splitClauses(content, mentions),
    relatives,
    questions,
    outsideGovernment: outsideGovernment || secondHand,
    attributions: namedSpeakers,
  };
}
