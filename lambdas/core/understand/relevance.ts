import { splitSentences } from './sentences.js';

/** Score at or above which an article is about the post-war arrangement for Ukraine. */
export const DEFAULT_RELEVANCE_THRESHOLD = 3;

export interface RelevanceOptions {
  threshold?: number;
}

export interface Relevance {
  relevant: boolean;
  score: number;
  /** The signals that fired, each with its weight ("reassurance-force+3"), so a decision can be explained. */
  signals: string[];
}

interface Signal {
  name: string;
  weight: number;
  /** Tested on each sentence (lower-cased); the signal counts once per article. */
  test: (sentence: string) => boolean;
  /** When set, the signal only counts in an article whose text matches it. */
  article?: RegExp;
  /** Needed in the whole text for the signal to fire in a sentence; the test itself when it has no "not". */
  gate?: RegExp;
}

// Word lists put their shared \b before the alternation (\b(?:a|b), not \ba|\bb): the same matches, but the
// engine can skip ahead by first letters instead of trying every alternative at every position of the text.
const UKRAINE = /\b(?:ukrain|kyiv\b|kiev\b|zelensk)/;
const FORCE_FOR_UKRAINE =
  /\b(?:force|mission|deployment|contingent|troops|soldiers|battalion|brigade|peacekeepers|boots|engineers|personnel|patrols|policing|jets|frigates?|minehunters|trainers)\b(?: [\w-]+){0,5} (?:in|to|for|into|inside|on|over|to (?:secure|protect|guarantee|police|defend|safeguard|reassure)) (?:ukraine\b|ukrainian (?:soil|territory|skies|airspace))|\b(?:mission|force|deployment|patrols)\b(?: [\w-]+){0,3} off (?:ukraine.s coast|the (?:ukrainian )?coast of ukraine)\b|\b(?:multinational|european|international|western|allied)(?:-led)? (?:[\w-]+ )?(?:force|mission|troops|contingent)\b.*\bukrain|\bukraine (?:peace|reassurance|security) (?:force|mission)\b/;
// Battlefield news: the forces already fighting are not the arrangement. A force kept "away from the front
// line" or "not on the front line" is how the post-war force is described, not fighting.
const RUSSIAN_FORCES =
  /\b(?:russian|north korean) (?:troops|forces|soldiers)\b|(?<!\b(?:(?:away|far|well back|back) from|not on|behind) the )\bfront ?line\b/;
/** The arrangement's own words; with its name, any of them says the text is about it. */
/** The arrangement's words that other stories do not borrow: a "backstop for rural hospitals" is not Ukraine's. */
const UNBORROWED_ARRANGEMENT_WORDS =
  /\b(?:security guarantee|reassurance|multinational force|force (?:in|for) ukraine\b|black sea\b)/;
const ARRANGEMENT = new RegExp(
  `\\bcoalition of the willing|\\bbackstop|${UNBORROWED_ARRANGEMENT_WORDS.source}`,
);
const POSTWAR =
  /\b(?:post-?war\b|ceasefire\b|cease-fire\b|peace (?:deal|agreement|settlement)\b|after the war\b|once the (?:war|fighting|hostilities)|(?:when|once) the guns\b|guns (?:fall|falls|fell|go|went|have fallen) silent\b|truce\b|end of the war\b|hostilities ended\b)/;
const ASSET =
  /\b(?:troops\b|intelligence\b|surveillance\b|satellite|monitor|forces\b|battalion|brigade|instructors?\b|units?\b|company\b|engineers\b|soldiers\b|force\b|contingent|frame?works?\b|frigate|ships?\b|vessels?\b|minehunters?|minesweepers?|jets?\b|air (?:patrols?|policing|support|cover|defen[cs]e)|trainers?\b|training\b|mission\b|guarantee|airlift|logistics? (?:hub|base)|boots on the ground|maritime\b|naval\b|navy\b|demining|mine clearance)/;
const CONTRIBUTE =
  /\b(?:send|sent\b|train\b|no (?:[\w.]+ )?(?:boots|troops|soldiers)\b|open to\b|taking part|abandon|scale back|no plans|deploy|commit|pledg|contribut|offer|provid|station|willing|ready\b|rul\w* out|rebuild|help\b|join|participat|prepared\b|weigh|consider|reluctan|fund\b|finance\b|host\b|lead\b|take part|escort|patrol)/;
// The title and the first sentences of the body: where a story says what it is about.
const LEDE_SENTENCES = 3;
const has = (re: RegExp) => (s: string) => re.test(s);
// "It is not a mission in Ukraine": a force denied is not one planned.
const NOT_A_FORCE =
  /\bnot (?:a|an) (?:[\w-]+ )?(?:force|mission|deployment)\b(?: [\w-]+){0,5} (?:in|to|for|into|inside|on|over) ukraine\b/;
const forceForUkraine = (s: string): boolean =>
  FORCE_FOR_UKRAINE.test(s) && !RUSSIAN_FORCES.test(s) && !NOT_A_FORCE.test(s);

const POSITIVE: Signal[] = [
  // "Enlargement is not a coalition of the willing": the name borrowed to say what something is not.
  {
    name: 'coalition-of-the-willing',
    weight: 3,
    test: has(/\bcoalition of the willing\b(?<!\bnot a coalition of the willing)/),
  },
  {
    name: 'reassurance-force',
    weight: 3,
    test: has(/\breassurance (?:force|mission|deployment)|\bforce of reassurance/),
  },
  {
    name: 'security-guarantees-for-ukraine',
    weight: 2,
    test: (s) =>
      /\b(?:security guarantees?\b|guarantees? for (?:ukraine|kyiv)|ukraine guarantees?\b)/.test(s) &&
      UKRAINE.test(s),
  },
  {
    name: 'guarantee-contribution',
    weight: 2,
    test: (s) => /\bsecurity guarantee/.test(s) && CONTRIBUTE.test(s),
  },
  // "open to taking part in the security arrangements for Ukraine": the arrangement by its plainest name.
  {
    name: 'security-arrangements-for-ukraine',
    weight: 2,
    test: has(/\b(?:post-?war |post-ceasefire )?security arrangements? (?:for|in) (?:ukraine|kyiv)\b/),
  },
  { name: 'backstop', weight: 2, test: has(/\bbackstop/) },
  {
    name: 'black-sea-mission',
    weight: 3,
    // "the maritime component of the multinational force": the force's own part at sea; a "Black Sea task force"
    // alone may be the one Romania, Bulgaria and Turkey already run.
    test: has(
      /\bblack sea (?:security |maritime |demining |naval )?(?:mission|component|operation)\b|\b(?:maritime|naval) (?:component|task force|mission) of the (?:multinational|reassurance|european-led|coalition.s) force\b/,
    ),
  },
  { name: 'force-for-ukraine', weight: 2, gate: FORCE_FOR_UKRAINE, test: forceForUkraine },
  {
    name: 'force-contribution',
    weight: 2,
    gate: FORCE_FOR_UKRAINE,
    test: (s) => forceForUkraine(s) && CONTRIBUTE.test(s),
  },
  {
    // A force for Ukraine in a story about a ceasefire or a peace deal is the post-war force, even when no
    // sentence joins the two ("would be stationed away from the front line ... within the framework of a
    // ceasefire").
    name: 'force-and-ceasefire',
    weight: 1,
    gate: FORCE_FOR_UKRAINE,
    article: POSTWAR,
    test: forceForUkraine,
  },
  { name: 'peacekeeping-in-ukraine', weight: 2, test: (s) => /\bpeacekeep/.test(s) && UKRAINE.test(s) },
  {
    name: 'post-war-contribution',
    weight: 3,
    gate: POSTWAR,
    test: (s) =>
      POSTWAR.test(s) && ASSET.test(s) && CONTRIBUTE.test(s) && UKRAINE.test(s) && !RUSSIAN_FORCES.test(s),
  },
  {
    // A sentence about the ships or trainers themselves, in an article that names the arrangement.
    name: 'post-war-contribution',
    weight: 3,
    gate: POSTWAR,
    article: ARRANGEMENT,
    test: (s) => POSTWAR.test(s) && ASSET.test(s) && CONTRIBUTE.test(s) && !RUSSIAN_FORCES.test(s),
  },
];

/** Whether any sentence but `except` carries a signal (asked only of the few articles with one such sentence). */
function signalledElsewhere(sentences: string[], except: number, text: string): boolean {
  return POSITIVE.some(
    (signal) =>
      !(signal.article && !signal.article.test(text)) &&
      sentences.some((sentence, index) => index !== except && signal.test(sentence)),
  );
}

interface Penalty {
  name: string;
  weight: number;
  /** Tested on the title, the whole text (both lower-cased), the score the positive signals gave and their names. */
  test: (title: string, text: string, positive: number, fired: ReadonlySet<string>) => boolean;
}

const OTHER_CONFLICTS =
  /\b(?:gaza\b|kosovo\b|kfor\b|bosnia\b|eufor\b|haiti\b|sudan\b|lebanon\b|unifil\b|congo\b|somalia\b|mali\b|sahel\b|houthi|iraq\b|2003\b(?<=\bthe 2003)|afghanistan\b|west bank\b|syria\b|libya\b|taiwan\b|korean peninsula\b|armenia\b|azerbaijan\b|nagorno|south caucasus\b)/g;
const DOMESTIC_COALITION =
  /\b(?:minority (?:cabinet|government)|coalition (?:talks|agreement|partners?|government)|formateur|informateur|cabinet formation|government formation|form(?:ing)? (?:a |the )?(?:new |next )?(?:government|cabinet)|govern together|next (?:\w+ )?government|governing coalition|ruling coalition)\b/;
const DOMESTIC_ELECTION =
  /\b(?:(?:regional|local|municipal|mayoral|gubernatorial|presidential|parliamentary) (?:election|race|vote|ballot)s?|candidates?|rall(?:y|ies)|councillors?|governor|mayor|ballots?|campaign trail|polling stations?)\b/;
/** The signals a text borrowing the name for something else can fire: the name, and guarantees in passing. */
const BORROWABLE_SIGNALS = new Set([
  'coalition-of-the-willing',
  'security-guarantees-for-ukraine',
  'guarantee-contribution',
]);
/**
 * Characters beyond which a text is a story of its own rather than a brief that may leave Ukraine unsaid: every
 * labelled brief of the coalition that never names Ukraine has under 450 ("Leaders of the coalition of the
 * willing will meet by video on Thursday"), where stories of other coalitions run from 600.
 */
const FULL_STORY = 600;
const UKRAINE_NAMES = /\b(?:ukrain\w*|kyiv\b)/g;
const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

const PENALTIES: Penalty[] = [
  {
    name: 'no-ukraine',
    weight: -6,
    // "a maritime 'coalition of the willing' against the shadow fleet": in a full story that never names Ukraine, the
    // name alone is another coalition; the arrangement's own words (guarantees, reassurance) still count, and a
    // brief of a few lines may leave Ukraine unsaid. A backstop alone does not: "Senate holdouts form 'coalition
    // of the willing', win rural hospital backstop".
    test: (_title, text) =>
      !UKRAINE.test(text) &&
      (!ARRANGEMENT.test(text) || (text.length > FULL_STORY && !UNBORROWED_ARRANGEMENT_WORDS.test(text))),
  },
  {
    name: 'other-conflict',
    weight: -4,
    test: (title, text) => {
      if (OTHER_CONFLICTS.test(title)) return true;
      // Most stories name no other conflict: with none counted, Ukraine's names need no counting.
      const others = count(OTHER_CONFLICTS, text);
      return others > 0 && others > count(UKRAINE_NAMES, text);
    },
  },
  {
    // "Jetten's minority 'coalition of the willing'": the name borrowed for a government at home.
    name: 'domestic-coalition',
    weight: -4,
    test: (_title, text, _positive, fired) =>
      fired.size === 1 && fired.has('coalition-of-the-willing') && DOMESTIC_COALITION.test(text),
  },
  {
    // "Campania race: Fico's 'coalition of the willing' tests the centre-left": an election at home borrowing the
    // name, whose only other words of the arrangement are a rival's jibe ("they promise security guarantees to
    // everyone"). A headline naming Ukraine is never this.
    name: 'domestic-election',
    weight: -6,
    test: (title, text, _positive, fired) =>
      fired.has('coalition-of-the-willing') &&
      [...fired].every((name) => BORROWABLE_SIGNALS.has(name)) &&
      !UKRAINE.test(title) &&
      DOMESTIC_ELECTION.test(text),
  },
  {
    // "Hungary blocks Ukraine's accession talks; Kyiv calls membership 'a security guarantee'": EU enlargement.
    name: 'eu-accession-headline',
    weight: -3,
    test: (title) => /\b(?:accession|enlargement|membership (?:bid|talks)|eu membership)\b/.test(title),
  },
  {
    // "Who will serve in Gaza's stabilisation force?": a headline about another conflict, with Ukraine absent.
    name: 'other-conflict-headline',
    weight: -10,
    test: (title) => {
      OTHER_CONFLICTS.lastIndex = 0;
      return OTHER_CONFLICTS.test(title) && !UKRAINE.test(title);
    },
  },
  {
    name: 'government-coalition',
    weight: -3,
    test: (title, text, positive) =>
      (/\bcoalition\b/.test(title) || positive < DEFAULT_RELEVANCE_THRESHOLD) &&
      /\b(?:coalition (?:talks|government|partners?|agreement|deal|negotiations|parties|treaty|collapse)|governing coalition|ruling coalition|coalition of (?:conservatives|social democrats|parties))/.test(
        text,
      ) &&
      !/\bcoalition of the willing\b/.test(text),
  },
  {
    // "Nordic and Dutch money buys more Patriot missiles for Ukraine under NATO scheme": weapons for the war now.
    name: 'current-aid-headline',
    weight: -4,
    test: (title) =>
      /\b(?:weapons|missiles|interceptors|ammunition|shells|arms (?:deal|package|sales?)|(?:aid|weapons|arms) package|military aid|purl)\b/.test(
        title,
      ) &&
      !/\b(?:coalition|reassurance|guarantee|backstop|post-?war\b|peacekeep|force\b|troops|soldiers|ceasefire|truce)/.test(
        title,
      ),
  },
  {
    // "Sabor approves Croatian officers for NATO's Ukraine aid command": NATO's own mission for the war now
    // (NSATU in Wiesbaden), not the post-war force.
    name: 'nato-ukraine-command',
    weight: -4,
    test: (title, text) =>
      /\b(?:nsatu|security assistance and training for ukraine|aid command)\b/.test(
        `${title} ${text.slice(0, 400)}`,
      ) &&
      !/\b(?:coalition of the willing|reassurance|guarantee|backstop|post-?war\b|peacekeep|ceasefire)/.test(
        title,
      ),
  },
  {
    name: 'other-topic-headline',
    weight: -3,
    test: (title) =>
      /\bsanction|\bprisoners?\b|\bswap\b|\bexchange of\b|\bspending target|\bdefen[cs]e spending|% of gdp|\bair policing\b|\beastern sentry\b|\boffensive\b|\bfront ?line\b|\bdrone (?:attack|strike)s?\b|\bstrikes? on\b|\bcaptur|\belection\b|\bconscription\b|\benergy\b|\bgas\b|\boil\b/.test(
        title,
      ) && !/\b(?:coalition of the willing|reassurance|guarantee|backstop|post-?war\b|peacekeep)/.test(title),
  },
];

/**
 * Whether an article is about the multinational post-war security arrangement for Ukraine: the coalition of
 * the willing, the reassurance force, security guarantees, the US backstop and who contributes what. Signals
 * that name the arrangement add weight (double when the headline has them); battlefield news, sanctions,
 * other coalitions and other conflicts' forces take it away.
 */
export function assessRelevance(title: string, body: string, options: RelevanceOptions = {}): Relevance {
  const threshold = options.threshold ?? DEFAULT_RELEVANCE_THRESHOLD;
  const lowTitle = title.toLowerCase();
  const text = `${lowTitle}\n${body.toLowerCase()}`;
  const sentences = splitSentences(text);
  const signals: string[] = [];
  let score = 0;
  const fired = new Set<string>();
  // The sentences that carry any signal: an article whose only one is a background sentence deep in the text
  // ("six days after leaders met in Paris to discuss post-war security guarantees") is about something else.
  const carrying = new Set<number>();
  // Signals share gates and tests (three look for a force for Ukraine): each runs once per article.
  const passed = new Map<RegExp | Signal, boolean>();
  const firstFound = new Map<Signal['test'], number>();
  const passes = (gate: RegExp | Signal): boolean => {
    const open = passed.get(gate) ?? gate.test(text);
    passed.set(gate, open);
    return open;
  };
  for (const signal of POSITIVE) {
    // An article pattern may be another signal's gate (POSTWAR): it too is tested once.
    if (fired.has(signal.name) || (signal.article && !passes(signal.article))) continue;
    // A signal that fails on the whole text fails on every sentence: one pass instead of one per sentence.
    if (!passes(signal.gate ?? signal)) continue;
    const first = firstFound.get(signal.test) ?? sentences.findIndex(signal.test);
    firstFound.set(signal.test, first);
    if (first < 0) continue;
    carrying.add(first);
    fired.add(signal.name);
    const inTitle =
      signal.test(lowTitle) ||
      (signal.name === 'security-guarantees-for-ukraine' && /guarantee/.test(lowTitle));
    const weight = signal.weight + (inTitle ? 1 : 0);
    score += weight;
    signals.push(`${signal.name}${inTitle ? '(title)' : ''}+${weight}`);
  }
  const positive = score;
  const lone = [...carrying][0] ?? 0;
  if (
    carrying.size === 1 &&
    lone > LEDE_SENTENCES &&
    score >= threshold &&
    !signalledElsewhere(sentences, lone, text)
  ) {
    const weight = threshold - 1 - score;
    score += weight;
    signals.push(`background-only${weight}`);
  }
  for (const penalty of PENALTIES) {
    OTHER_CONFLICTS.lastIndex = 0;
    if (!penalty.test(lowTitle, text, positive, fired)) continue;
    score += penalty.weight;
    signals.push(`${penalty.name}${penalty.weight}`);
  }
  return { relevant: score >= threshold, score, signals };
}
