import { WINDOWS_1252_C1 } from './decode.js';

/**
 * HTML to the plain text the later stages read: tags gone (script and style with their content),
 * entities decoded, whitespace folded, and block boundaries kept as blank lines ("\n\n") because
 * paragraphs are what boilerplate rules and fingerprints work on.
 */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<(script|style|noscript|template|iframe|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  // In markup a source line break is only a space; in plain text it is the paragraph structure.
  const isMarkup = /<(?:p|div|br|li|h[1-6]|table|blockquote|section|article)\b/i.test(withoutHidden);
  const marked = (isMarkup ? withoutHidden.replace(/[\r\n]+/g, ' ') : withoutHidden.replace(/\r\n?/g, '\n'))
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    // Inline tags render without a gap (`<b>Kyi</b>v`); blocks and breaks were marked above.
    .replace(/<\/?[a-z][^>]*>|<![^>]*>|<\?[^>]*>/gi, '');
  return foldWhitespace(decodeEntities(marked));
}

/** A title or other inline field: the same conversion, on one line. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim();
}

const BLOCK_TAG =
  /<\/?(?:p|div|section|article|aside|header|footer|main|nav|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|figure|figcaption|hr|address|details|summary)\b[^>]*>/gi;

function foldWhitespace(text: string): string {
  return (
    text
      .replace(/[\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
      // Zero-width space and stray BOMs only: ZWJ and ZWNJ shape emoji and Persian or Urdu words.
      .replace(/[\u200b\ufeff]/g, '')
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Decodes named (from the table below), decimal and hex character references; unknown names stay. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g,
    (all, ref: string) => {
      if (ref.startsWith('#')) {
        const hex = ref[1] === 'x' || ref[1] === 'X';
        const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
        return fromCodePoint(code);
      }
      return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? all;
    },
  );
}

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  // Windows-1252 bytes written as references (&#146;) are common in feeds; map them as browsers do.
  return String.fromCodePoint(WINDOWS_1252_C1[code] ?? code);
}

// The Latin-1 set in order (160..255), then the typographic and symbol names feeds actually use.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute ' +
  'Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde ' +
  'auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ' +
  'ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHER: Record<string, number> = {
  amp: 38,
  lt: 60,
  gt: 62,
  quot: 34,
  apos: 39,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  Yuml: 0x178,
  fnof: 0x192,
  circ: 0x2c6,
  tilde: 0x2dc,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  ndash: 0x2013,
  mdash: 0x2014,
  horbar: 0x2015,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  dagger: 0x2020,
  Dagger: 0x2021,
  bull: 0x2022,
  hellip: 0x2026,
  permil: 0x2030,
  prime: 0x2032,
  Prime: 0x2033,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  oline: 0x203e,
  frasl: 0x2044,
  euro: 0x20ac,
  trade: 0x2122,
  larr: 0x2190,
  uarr: 0x2191,
  rarr: 0x2192,
  darr: 0x2193,
  harr: 0x2194,
  minus: 0x2212,
  infin: 0x221e,
  ne: 0x2260,
  le: 0x2264,
  ge: 0x2265,
  asymp: 0x2248,
  loz: 0x25ca,
  hyphen: 0x2010,
  dash: 0x2010,
  nbhy: 0x2011,
  numsp: 0x2007,
  puncsp: 0x2008,
  hairsp: 0x200a,
  MediumSpace: 0x205f,
  NewLine: 10,
  Tab: 9,
  period: 46,
  comma: 44,
  colon: 58,
  semi: 59,
  excl: 33,
  quest: 63,
  num: 35,
  percnt: 37,
  dollar: 36,
  lpar: 40,
  rpar: 41,
  lsqb: 91,
  rsqb: 93,
  lbrack: 91,
  rbrack: 93,
  sol: 47,
  bsol: 92,
  ast: 42,
  plus: 43,
  equals: 61,
  commat: 64,
  lowbar: 95,
  verbar: 124,
  vert: 124,
  grave: 96,
  lcub: 123,
  rcub: 125,
  lbrace: 123,
  rbrace: 125,
  deg: 0xb0,
  sdot: 0x22c5,
  middot: 0xb7,
  Alpha: 0x391,
  Beta: 0x392,
  Gamma: 0x393,
  Delta: 0x394,
  Omega: 0x3a9,
  alpha: 0x3b1,
  beta: 0x3b2,
  gamma: 0x3b3,
  delta: 0x3b4,
  epsilon: 0x3b5,
  lambda: 0x3bb,
  mu: 0x3bc,
  pi: 0x3c0,
  sigma: 0x3c3,
  omega: 0x3c9,
};

const NAMED: Record<string, string> = Object.fromEntries([
  ...LATIN1.split(' ').map((name, i) => [name, String.fromCharCode(160 + i)] as const),
  ...Object.entries(OTHER).map(([name, code]) => [name, String.fromCharCode(code)] as const),
]);
