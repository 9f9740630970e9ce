import { isSpaceCode } from '../text/word-scan.js';
import { matchesIn } from './regex-scan.js';

/** One sentence of an article, with what a reader needs to know about the quotation it sits in. */
export interface Sentence {
  text: string;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
  /** The sentence starts inside a quotation opened by an earlier sentence: its speaker is that one's. */
  continuesQuote: boolean;
}

// Words whose trailing dot never ends a sentence when a name or number follows.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'brig',
  'cpl',
  'sen',
  'rep',
  'gov',
  'pres',
  'st',
  'mt',
  'ft',
  'rev',
  'hon',
  'jr',
  'sr',
  'no',
  'nos',
  'vol',
  'art',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'ltd',
  'co',
  'vs',
  'approx',
  'dept',
  'est',
  'e.g',
  'i.e',
  'etc',
  'al',
]);

// After a dotted acronym ("U.S.") a new sentence is only believed when one of these common openers follows:
// "the U.S. Army" and "the U.S. President" must stay whole.
const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'But',
  'And',
  'In',
  'On',
  'At',
  'This',
  'That',
  'These',
  'Those',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'However',
  'Meanwhile',
  'Still',
  'Yet',
  'So',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'Since',
  'As',
  'There',
  'Officials',
  'Some',
  'Many',
  'Most',
]);

/** Abbreviations that only ever stand before a number. */
const BEFORE_A_NUMBER = new Set(['no', 'nos', 'vol', 'art', 'fig']);
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

const LETTER_OR_DOT = /[\p{L}.]/u;
/** Whether each code unit is a letter or a dot, learnt as met: 0 not yet known, 1 yes, 2 no. */
const UNIT_LETTER_OR_DOT = new Uint8Array(0x10000);

/** LETTER_OR_DOT's test of one code unit, without a regular expression per character. */
function isLetterOrDot(code: number): boolean {
  let known = UNIT_LETTER_OR_DOT[code] as number;
  if (known === 0) {
    known = LETTER_OR_DOT.test(String.fromCharCode(code)) ? 1 : 2;
    UNIT_LETTER_OR_DOT[code] = known;
  }
  return known === 1;
}

/** The word (letters and inner dots) that ends just before `end`. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && isLetterOrDot(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

function nextWord(text: string, from: number): string {
  const match = /^[\p{L}\p{N}]+/u.exec(text.slice(from, from + 40));
  return match ? match[0] : '';
}

/** Whether the dot at `dot` closes a sentence rather than an abbreviation, an initial or a number. */
function dotEndsSentence(line: string, dot: number, nextStart: number): boolean {
  const word = wordBefore(line, dot);
  let leadingDots = 0;
  while (word.charCodeAt(leadingDots) === 46) leadingDots++;
  const bare = leadingDots === 0 ? word : word.slice(leadingDots);
  if (bare === '') return true;
  const lower = bare.toLowerCase();
  // "No. 10", "Art. 5": such abbreviations stand before a number; "A: No. No Polish soldier ..." is a sentence.
  if (BEFORE_A_NUMBER.has(lower)) return !isDigitCode(line.charCodeAt(nextStart));
  if (ABBREVIATIONS.has(lower)) return false;
  // The word holds letters of one code unit and dots, so an initial is one unit long and an acronym has its
  // first dot second: most words are spared both patterns.
  // A single capital is an initial ("Tore O. Sandvik").
  if (bare.length === 1 && /^\p{Lu}$/u.test(bare)) return false;
  // A dotted acronym ("U.S.", "U.K.") ends a sentence only before a typical opener.
  if (bare.charCodeAt(1) === 46 && /^(?:\p{L}\.)+\p{L}$/u.test(bare))
    return SENTENCE_OPENERS.has(nextWord(line, nextStart));
  return true;
}

// A candidate end: punctuation, any closing quotes or brackets, white space, then what starts the next one.
const CANDIDATE_END = /([.!?…])[.!?]*["'”’)\]»]*(\s+)["“‘'([«]*([\p{Lu}\p{N}])/gu;

function splitLine(line: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const match of matchesIn(CANDIDATE_END, line)) {
    const mark = match.index;
    // Where the groups are, without the d flag's cost: no character before the white space is a space, and
    // the character that starts the next sentence ends the match.
    let spacesStart = mark;
    while (!isSpaceCode(line.charCodeAt(spacesStart))) spacesStart++;
    const spacesEnd = spacesStart + (match[2] ?? '').length;
    const first = mark + match[0].length - (match[3] ?? '').length;
    if (mark < from) continue;
    const char = match[1];
    if (char === '.' && spacesStart === mark + 1 && !dotEndsSentence(line, mark, first)) continue;
    if (char === '…' && !/\p{Lu}/u.test(match[3] ?? '')) continue;
    pieces.push(line.slice(from, spacesStart).trim());
    from = spacesEnd;
  }
  const rest = line.slice(from).trim();
  if (rest) pieces.push(rest);
  return pieces;
}

const DOUBLE_QUOTE = /["\u201c\u201d]/;

/**
 * Whether a quotation is still open after `text`, given it was open before. Curly quotes say which way they
 * go; a straight double quote toggles. Single quotes are left alone: they are apostrophes more often than not.
 */
function quoteOpenAfter(text: string, openBefore: boolean): boolean {
  // Most sentences hold no double quote: one native scan settles them.
  if (!DOUBLE_QUOTE.test(text)) return openBefore;
  let open = openBefore;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x201c) open = true;
    else if (code === 0x201d) open = false;
    else if (code === 34) open = !open;
  }
  return open;
}

// A split on a regular expression is slow, and most texts have no carriage return.
const linesOf = (text: string): string[] => (text.includes('\r') ? text.split(/\r?\n/) : text.split('\n'));

/**
 * Splits an article body into sentences. Every line break is a boundary: feed bodies come as one paragraph
 * per line, and the lines of a related-articles list or a caption must not run into the story.
 */
export function splitSentencesDetailed(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = linesOf(text);
  let paragraph = 0;
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (!line) continue;
    let open = false;
    for (const piece of splitLine(line)) {
      sentences.push({ text: piece, paragraph, continuesQuote: open });
      open = quoteOpenAfter(piece, open);
    }
    paragraph++;
  }
  return sentences;
}

/** The sentences alone: what splitSentencesDetailed gives, without following the quotations. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const rawLine of linesOf(text)) {
    const line = rawLine.trim();
    if (line) sentences.push(...splitLine(line));
  }
  return sentences;
}
