import type { Position } from '../ports.js';
import { CATEGORIES, CATEGORY_WORDS, type Stance } from '../taxonomy.js';
import { type Alert, type ChangeKind, changeKind } from './alert.js';
import { countryName } from './country-names.js';

export const STANCE_WORDS: Record<Stance, string> = {
  committed: 'committed',
  willing: 'willing',
  considering: 'considering',
  reluctant: 'reluctant',
  ruled_out: 'ruled out',
};

export interface AlertMessage {
  /** ASCII, one line, under 100 characters: what SNS accepts as an email subject. */
  subject: string;
  email: string;
  /** One GSM-7 segment: at most 160 septets, basic set and extension table only. */
  sms: string;
  default: string;
  /** SNS message attributes, so a subscription can filter by country, category, stance or change. */
  attributes: { country: string; category: string; stance: string; change: ChangeKind };
}

/** SNS rejects a Subject of 100 characters or more. */
export const SUBJECT_MAX_CHARS = 99;
export const SMS_MAX_SEPTETS = 160;
/** A sentence is short; this only keeps a runaway "sentence" from bloating the email. */
const EMAIL_EVIDENCE_MAX_CHARS = 2000;
/** Less room than this, and a cut quote says nothing: the SMS goes without one. */
const SMS_MIN_EVIDENCE_SEPTETS = 20;
const ELLIPSIS = '...';

interface Facts {
  country: string;
  category: string;
  previous: string | null;
  current: string;
  change: ChangeKind;
}

export function buildAlertMessage(alert: Alert, otherPositions: Position[]): AlertMessage {
  const facts: Facts = {
    country: countryName(alert.country),
    category: CATEGORY_WORDS[alert.category],
    previous: alert.previous ? STANCE_WORDS[alert.previous] : null,
    current: STANCE_WORDS[alert.current],
    change: changeKind(alert.previous, alert.current),
  };
  return {
    subject: alertSubject(facts),
    email: alertEmail(alert, facts, otherPositions),
    sms: alertSms(alert, facts),
    default: alertParagraph(alert, facts),
    attributes: {
      country: alert.country,
      category: alert.category,
      stance: alert.current,
      change: facts.change,
    },
  };
}

function alertSubject(f: Facts): string {
  const text =
    f.change === 'first'
      ? `${f.country}: ${f.category} - first stated: ${f.current}`
      : `${f.country}: ${f.category} now ${f.current} (was ${f.previous})`;
  // SNS wants the subject to open with a letter, digit or punctuation, never a space or symbol soup.
  const ascii = transliterate(text, isPrintableAscii).replace(/^[^A-Za-z0-9]+/, '');
  return truncate(ascii, SUBJECT_MAX_CHARS, (s) => s.length) || 'Coalition Watch alert';
}

function alertEmail(alert: Alert, f: Facts, otherPositions: Position[]): string {
  const changeLine = {
    first: 'first stated position (none stored before)',
    firmer: 'firmer: a step towards committing',
    softer: 'softer: a step away from committing',
  }[f.change];
  const evidence = truncate(oneLine(alert.evidence), EMAIL_EVIDENCE_MAX_CHARS, (s) => s.length);
  const others = otherPositions
    .filter((p) => p.country === alert.country && p.category !== alert.category)
    .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category))
    .map(
      (p) => `  - ${CATEGORY_WORDS[p.category]}: ${STANCE_WORDS[p.stance]} (since ${readableDate(p.since)})`,
    );
  return [
    f.change === 'first'
      ? `${f.country} has stated a position on ${f.category} for the first time.`
      : `${f.country} has changed its stated position on ${f.category}.`,
    '',
    `Country:   ${f.country} (${alert.country})`,
    `Category:  ${f.category}`,
    `Previous:  ${f.previous ?? 'none stated'}`,
    `Now:       ${f.current}`,
    `Change:    ${changeLine}`,
    '',
    'Evidence:',
    `  "${evidence}"`,
    '',
    `Article:   ${oneLine(alert.title)}`,
    `Outlet:    ${alert.outlet ? oneLine(alert.outlet) : 'not given'}`,
    `Link:      ${alert.articleUrl ?? 'no link'}`,
    `Published: ${alert.publishedAt} (${readableUtc(alert.publishedAt)})`,
    '',
    `Other current positions of ${f.country}:`,
    ...(others.length > 0 ? others : ['  none stored']),
    '',
    '--',
    'You receive this because you subscribed to Coalition Watch alerts on what governments say they will ' +
      "contribute to Ukraine's post-war security; to hear about some countries only, filter your " +
      'subscription on the "country" attribute (e.g. {"country": ["DE"]}).',
  ].join('\n');
}

function alertParagraph(alert: Alert, f: Facts): string {
  const news =
    f.change === 'first'
      ? `${f.country} has stated a position on ${f.category} for the first time: ${f.current}.`
      : `${f.country} has changed its stated position on ${f.category} from ${f.previous} to ${f.current} ` +
        `(${f.change}).`;
  const source = [`"${oneLine(alert.title)}"`, alert.outlet ? oneLine(alert.outlet) : null]
    .filter((part) => part !== null)
    .join(', ');
  const evidence = truncate(oneLine(alert.evidence), EMAIL_EVIDENCE_MAX_CHARS, (s) => s.length);
  // The link goes last with nothing glued to it, so a mail client's link detection gets it whole.
  return (
    `${news} Evidence: "${evidence}" Source: ${source}, published ${readableUtc(alert.publishedAt)}. ` +
    (alert.articleUrl ? `Link: ${alert.articleUrl}` : 'No link.')
  );
}

/**
 * Head first (country, category, the move), then the link if it fits whole (a cut link is worse than
 * none), then as much of the evidence as fits between them.
 */
function alertSms(alert: Alert, f: Facts): string {
  const move = f.change === 'first' ? `first stated: ${f.current}` : `${f.previous}->${f.current}`;
  const core = transliterate(`${f.country} ${f.category} ${move}.`, isGsm7);
  const branded = `Coalition Watch: ${core}`;
  const head = septets(branded) <= SMS_MAX_SEPTETS ? branded : truncate(core, SMS_MAX_SEPTETS, septets);
  const url = smsLink(alert.articleUrl);
  const link = url && septets(head) + 1 + septets(url) <= SMS_MAX_SEPTETS ? ` ${url}` : '';
  const budget = SMS_MAX_SEPTETS - septets(head) - septets(link);
  // Straight quotes around the evidence: inner double quotes would make it ambiguous.
  const evidence = transliterate(alert.evidence, isGsm7).replaceAll('"', "'");
  let quote = '';
  if (evidence && septets(evidence) + 3 <= budget) quote = ` "${evidence}"`;
  else if (evidence && budget - 3 >= SMS_MIN_EVIDENCE_SEPTETS) {
    quote = ` "${truncate(evidence, budget - 3, septets)}"`;
  }
  return `${head}${quote}${link}`;
}

function smsLink(url: string | null): string | null {
  if (!url) return null;
  try {
    // href percent-encodes non-ASCII paths and punycodes hosts, which usually makes a link GSM-7 clean.
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return gsm7Length(parsed.href) === null ? null : parsed.href;
  } catch {
    return null;
  }
}

// GSM 03.38: the basic set (escape left out: it is not a character) and the extension table, whose
// characters take an escape and so two septets each.
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM7_EXTENSION = new Set('\f^{}\\[~]|€');

/** Septets `s` takes in GSM-7, or null when it holds a character GSM-7 cannot carry. */
export function gsm7Length(s: string): number | null {
  let length = 0;
  for (const ch of s) {
    if (GSM7_BASIC.has(ch)) length += 1;
    else if (GSM7_EXTENSION.has(ch)) length += 2;
    else return null;
  }
  return length;
}

const septets = (s: string): number => gsm7Length(s) ?? Number.POSITIVE_INFINITY;
const isGsm7 = (ch: string): boolean => GSM7_BASIC.has(ch) || GSM7_EXTENSION.has(ch);
const isPrintableAscii = (ch: string): boolean => ch >= ' ' && ch <= '~';

const LOOKALIKES: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '‹': "'",
  '›': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '«': '"',
  '»': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '…': '...',
  '•': '-',
  '·': '-',
  '€': 'EUR',
  '£': 'GBP',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};

/**
 * Keeps what the target alphabet can carry, spells typographic punctuation and a few letters the plain
 * way, strips accents the alphabet lacks (NFKD, then the marks), drops the rest (emoji, Cyrillic) and
 * folds all whitespace, newlines included, into single spaces.
 */
function transliterate(text: string, keep: (ch: string) => boolean): string {
  let out = '';
  for (const ch of oneLine(text)) {
    if (keep(ch)) {
      out += ch;
      continue;
    }
    const plain = LOOKALIKES[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '');
    for (const c of plain) if (keep(c)) out += c;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Fits `text` in `max` by `measure`, cutting at a word boundary when one is near and marking the cut. */
function truncate(text: string, max: number, measure: (s: string) => number): string {
  if (measure(text) <= max) return text;
  const room = max - measure(ELLIPSIS);
  let prefix = '';
  let used = 0;
  for (const ch of text) {
    const size = measure(ch);
    if (used + size > room) break;
    prefix += ch;
    used += size;
  }
  const space = prefix.lastIndexOf(' ');
  if (space >= prefix.length / 2) prefix = prefix.slice(0, space);
  return `${prefix.replace(/[\s,;:.!?(-]+$/, '')}${ELLIPSIS}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Thursday 4 September 2025, 18:00 UTC", built by hand so it reads the same under any ICU or locale. */
function readableUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'time not known';
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${WEEKDAYS[d.getUTCDay()]} ${readableDate(iso)}, ${hh}:${mm} UTC`;
}

function readableDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
