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

const UKRAINE = /\bukrain|\bkyiv\b|\bkiev\b|\bzelensk/;
const FORCE_FOR_UKRAINE =
  /\b(?:force|mission|deployment|contingent|troops|soldiers|battalion|brigade|peacekeepers|boots|engineers|personnel|patrols|policing|jets|frigates?|trainers)\b(?: [\w-]+){0,5} (?:in|to|for|into|inside|on|over) (?:ukraine\b|ukrainian (?:soil|territory|skies|airspace))|\b(?:multinational|european|international|western|allied) (?:[\w-]+ )?(?:force|mission|troops|contingent)\b.*\bukrain/;
// Battlefield news: the forces already fighting are not the arrangement.
const RUSSIAN_FORCES = /\b(?:russian|north korean) (?:troops|forces|soldiers)\b|\bfront ?line\b/;
const ARRANGEMENT =
  /\bsecurity guarantee|\bcoalition of the willing|\breassurance|\bbackstop|\bmultinational force|\bforce (?:in|for) ukraine\b|\bblack sea\b/;
const POSTWAR =
  /\bpost-?war\b|\bceasefire\b|\bcease-fire\b|\bpeace (?:deal|agreement|settlement)\b|\bafter the war\b|\bonce the (?:war|fighting|hostilities)|\bwhen the guns\b|\btruce\b|\bend of the war\b|\bhostilities ended\b/;
const ASSET =
  /\btroops\b|\bintelligence\b|\bsurveillance\b|\bsatellite|\bmonitor|\bforces\b|\bbattalion|\bbrigade|\binstructors?\b|\bunits?\b|\bcompany\b|\bengineers\b|\bsoldiers\b|\bforce\b|\bcontingent|\bframe?works?\b|\bfrigate|\bships?\b|\bvessels?\b|\bminehunters?|\bminesweepers?|\bjets?\b|\bair (?:patrols?|policing|support|cover|defen[cs]e)|\btrainers?\b|\btraining\b|\bmission\b|\bguarantee|\bairlift|\blogistics? (?:hub|base)|\bboots on the ground/;
const CONTRIBUTE =
  /\bsend|\bsent\b|\btrain\b|\bno (?:[\w.]+ )?(?:boots|troops|soldiers)\b|\bopen to\b|\btaking part|\babandon|\bscale back|\bno plans|\bdeploy|\bcommit|\bpledg|\bcontribut|\boffer|\bprovid|\bstation|\bwilling|\bready\b|\brul\w* out|\brebuild|\bhelp\b|\bjoin|\bparticipat|\bprepared\b|\bweigh|\bconsider|\breluctan|\bfund\b|\bfinance\b|\bhost\b|\blead\b|\btake part|\bescort|\bpatrol/;
const has = (re: RegExp) => (s: string) => re.test(s);
const forceForUkraine = (s: string): boolean => FORCE_FOR_UKRAINE.test(s) && !RUSSIAN_FORCES.test(s);

const POSITIVE: Signal[] = [
  { name: 'coalition-of-the-willing', weight: 3, test: has(/\bcoalition of the willing\b/) },
  {
    name: 'reassurance-force',
    weight: 3,
    test: has(/\breassurance (?:force|mission|deployment)|\bforce of reassurance/),
  },
  {
    name: 'security-guarantees-for-ukraine',
    weight: 2,
    test: (s) =>
      /\bsecurity guarantees?\b|\bguarantees? for (?:ukraine|kyiv)|\bukraine guarantees?\b/.test(s) &&
      UKRAINE.test(s),
  },
  {
    name: 'guarantee-contribution',
    weight: 2,
    test: (s) => /\bsecurity guarantee/.test(s) && CONTRIBUTE.test(s),
  },
  { name: 'backstop', weight: 2, test: has(/\bbackstop/) },
  {
    name: 'black-sea-mission',
    weight: 3,
    test: has(/\bblack sea (?:security |maritime |demining |naval )?(?:mission|component|operation)\b/),
  },
  { name: 'force-for-ukraine', weight: 2, gate: FORCE_FOR_UKRAINE, test: forceForUkraine },
  {
    name: 'force-contribution',
    weight: 2,
    gate: FORCE_FOR_UKRAINE,
    test: (s) => forceForUkraine(s) && CONTRIBUTE.test(s),
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

interface Penalty {
  name: string;
  weight: number;
  /** Tested on the title, the whole text (both lower-cased) and the score the positive signals gave. */
  test: (title: string, text: string, positive: number) => boolean;
}

const OTHER_CONFLICTS =
  /\bgaza\b|\bkosovo\b|\bkfor\b|\bhaiti\b|\bsudan\b|\blebanon\b|\bunifil\b|\bcongo\b|\bsomalia\b|\bmali\b|\bsahel\b|\bhouthi|\biraq\b|\bafghanistan\b|\bwest bank\b|\bsyria\b|\blibya\b|\btaiwan\b|\bkorean peninsula\b/g;
const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

const PENALTIES: Penalty[] = [
  {
    name: 'no-ukraine',
    weight: -6,
    test: (_title, text) => !UKRAINE.test(text) && !ARRANGEMENT.test(text),
  },
  {
    name: 'other-conflict',
    weight: -4,
    test: (title, text) =>
      OTHER_CONFLICTS.test(title) || count(OTHER_CONFLICTS, text) > count(/\bukrain\w*|\bkyiv\b/g, text),
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
    name: 'other-topic-headline',
    weight: -3,
    test: (title) =>
      /\bsanction|\bprisoners?\b|\bswap\b|\bexchange of\b|\bspending target|\bdefen[cs]e spending|% of gdp|\bair policing\b|\boffensive\b|\bfront ?line\b|\bdrone (?:attack|strike)s?\b|\bstrikes? on\b|\bcaptur|\belection\b|\bconscription\b|\benergy\b|\bgas\b|\boil\b/.test(
        title,
      ) &&
      !/\bcoalition of the willing|\breassurance|\bguarantee|\bbackstop|\bpost-?war\b|\bpeacekeep/.test(
        title,
      ),
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
  for (const signal of POSITIVE) {
    if (fired.has(signal.name) || (signal.article && !signal.article.test(text))) continue;
    // A signal that fails on the whole text fails on every sentence: one pass instead of one per sentence.
    if (!(signal.gate ?? signal).test(text) || !sentences.some(signal.test)) continue;
    fired.add(signal.name);
    const inTitle =
      signal.test(lowTitle) ||
      (signal.name === 'security-guarantees-for-ukraine' && /guarantee/.test(lowTitle));
    const weight = signal.weight + (inTitle ? 1 : 0);
    score += weight;
    signals.push(`${signal.name}${inTitle ? '(title)' : ''}+${weight}`);
  }
  const positive = score;
  for (const penalty of PENALTIES) {
    OTHER_CONFLICTS.lastIndex = 0;
    if (!penalty.test(lowTitle, text, positive)) continue;
    score += penalty.weight;
    signals.push(`${penalty.name}${penalty.weight}`);
  }
  return { relevant: score >= threshold, score, signals };
}
