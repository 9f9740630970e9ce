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
}

const ARRANGEMENT =
  /\bsecurity guarantee|\bcoalition of the willing|\breassurance|\bbackstop|\bmultinational force/;

const has = (re: RegExp) => (s: string) => re.test(s);
const UKRAINE = /\bukrain|\bkyiv\b|\bkiev\b|\bzelensk/;
const POSTWAR =
  /\bpost-?war\b|\bceasefire\b|\bcease-fire\b|\bpeace (?:deal|agreement|settlement)\b|\bafter the war\b|\bonce the (?:war|fighting|hostilities)|\bwhen the guns\b|\btruce\b|\bend of the war\b|\bhostilities ended\b/;
const ASSET =
  /\btroops\b|\bsoldiers\b|\bforce\b|\bcontingent|\bframe?works?\b|\bfrigate|\bships?\b|\bvessels?\b|\bminehunters?|\bminesweepers?|\bjets?\b|\bair (?:patrols?|policing|support|cover|defen[cs]e)|\btrainers?\b|\btraining\b|\bmission\b|\bguarantee|\bairlift|\blogistics? (?:hub|base)|\bboots on the ground/;
const CONTRIBUTE =
  /\bsend|\bdeploy|\bcommit|\bpledg|\bcontribut|\boffer|\bprovid|\bstation|\bwilling|\bready\b|\brul\w* out|\brebuild|\bhelp\b|\bjoin|\bparticipat|\bprepared\b|\bweigh|\bconsider|\breluctan|\bfund\b|\bfinance\b|\bhost\b|\blead\b|\btake part|\bescort|\bpatrol/;

const POSITIVE: Signal[] = [
  { name: 'coalition-of-the-willing', weight: 3, test: has(/\bcoalition of the willing\b/) },
  {
    name: 'reassurance-force',
    weight: 3,
    test: has(
      /\breassurance (?:force|mission|deployment)|\bforce of reassurance|\bmultinational force ukraine\b/,
    ),
  },
  {
    name: 'security-guarantees-for-ukraine',
    weight: 2,
    test: (s) =>
      /\bsecurity guarantees?\b|\bguarantees? for (?:ukraine|kyiv)|\bukraine guarantees?\b/.test(s) &&
      UKRAINE.test(s),
  },
  { name: 'backstop', weight: 2, test: has(/\bbackstop/) },
  {
    name: 'multinational-force-in-ukraine',
    weight: 2,
    test: (s) =>
      /\b(?:multinational|european|international|western) (?:force|mission|troops|contingent)/.test(s) &&
      UKRAINE.test(s),
  },
  {
    name: 'peacekeeping-in-ukraine',
    weight: 2,
    test: (s) => /\bpeacekeep/.test(s) && UKRAINE.test(s),
  },
  {
    name: 'post-war-contribution',
    weight: 3,
    test: (s) => POSTWAR.test(s) && ASSET.test(s) && CONTRIBUTE.test(s) && UKRAINE.test(s),
  },
  {
    // A sentence about the ships or trainers themselves, in an article that names the arrangement.
    name: 'post-war-contribution',
    weight: 3,
    article: ARRANGEMENT,
    test: (s) => POSTWAR.test(s) && ASSET.test(s) && CONTRIBUTE.test(s),
  },
];

interface Penalty {
  name: string;
  weight: number;
  /** Tested on the title and the whole text (both lower-cased). */
  test: (title: string, text: string) => boolean;
}

const OTHER_CONFLICTS =
  /\bgaza\b|\bkosovo\b|\bkfor\b|\bhaiti\b|\bsudan\b|\blebanon\b|\bunifil\b|\bcongo\b|\bsomalia\b|\bmali\b|\bsahel\b|\bhouthi|\biraq\b|\bafghanistan\b|\bwest bank\b|\bsyria\b|\blibya\b|\btaiwan\b|\bkorean peninsula\b/g;
const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

const PENALTIES: Penalty[] = [
  {
    name: 'no-ukraine',
    weight: -6,
    test: (_title, text) =>
      !UKRAINE.test(text) && !/\bcoalition of the willing\b|\breassurance force\b/.test(text),
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
    test: (_title, text) =>
      /\b(?:coalition (?:talks|government|partners?|agreement|deal|negotiations|parties|treaty|collapse)|governing coalition|ruling coalition|coalition of (?:conservatives|social democrats|parties))/.test(
        text,
      ) && !/\bcoalition of the willing\b/.test(text),
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
    if (!sentences.some(signal.test)) continue;
    fired.add(signal.name);
    const inTitle =
      signal.test(lowTitle) ||
      (signal.name === 'security-guarantees-for-ukraine' && /guarantee/.test(lowTitle));
    const weight = signal.weight + (inTitle ? 1 : 0);
    score += weight;
    signals.push(`${signal.name}${inTitle ? '(title)' : ''}+${weight}`);
  }
  for (const penalty of PENALTIES) {
    OTHER_CONFLICTS.lastIndex = 0;
    if (!penalty.test(lowTitle, text)) continue;
    score += penalty.weight;
    signals.push(`${penalty.name}${penalty.weight}`);
  }
  return { relevant: score >= threshold, score, signals };
}
