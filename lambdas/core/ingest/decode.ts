/**
 * Feed bytes to a string the XML parser accepts, whatever the server and the prolog claim.
 *
 * Order of evidence: a byte-order mark; then bytes that are valid UTF-8 (servers and prologs often
 * lie, and a Latin-1 or Cyrillic text is practically never valid UTF-8 by accident, as miniflux
 * also assumes); then the Content-Type charset; then the prolog's `encoding`; and for undeclared
 * bytes that are not UTF-8 at all, windows-1252, the web's de-facto default for such text.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null): string {
  const bom = bomOf(bytes);
  const text = bom ? decode(bom.encoding, bytes.subarray(bom.length)) : decodeWithoutBom(bytes, contentType);
  return cleanProlog(text);
}

/** The code points windows-1252 gives the bytes 0x80-0x9F, where ISO-8859-1 has control characters. */
export const WINDOWS_1252_C1: Readonly<Record<number, number>> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
};

function decode(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding, { fatal: false }).decode(bytes);
  // Node 20's windows-1252 decoder is plain Latin-1 (0x93 becomes U+0093, not a curly quote).
  return encoding === 'windows-1252'
    ? text.replace(/[\u0080-\u009f]/g, (ch) =>
        String.fromCodePoint(WINDOWS_1252_C1[ch.charCodeAt(0)] ?? ch.charCodeAt(0)),
      )
    : text;
}

const BOMS: ReadonlyArray<{ encoding: string; bytes: readonly number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b))
      return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

function decodeWithoutBom(bytes: Uint8Array, contentType: string | null): string {
  const declared = resolveLabel(charsetOfContentType(contentType)) ?? resolveLabel(prologEncoding(bytes));
  const sniffed = utf16WithoutBom(bytes);
  // UTF-16 is the one declaration we must believe: its ASCII bytes are interleaved with NULs, which
  // would otherwise pass for valid UTF-8.
  if (sniffed) return decode(sniffed, bytes);
  if (declared === 'utf-16le' || declared === 'utf-16be') return decode(declared, bytes);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return utf8;
  if (declared && declared !== 'utf-8') return decode(declared, bytes);
  return decode(looksLikeBrokenUtf8(bytes) ? 'utf-8' : 'windows-1252', bytes);
}

/** The WHATWG name of a charset label, or null when the runtime does not know it. */
function resolveLabel(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function charsetOfContentType(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2] ?? null;
}

/** The `encoding` of an ASCII-compatible prolog, read before we know the charset. */
function prologEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart();
  const match = /^<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return match?.[1] ?? null;
}

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Mostly UTF-8 with a few stray bytes keeps its UTF-8 (a handful of replacement characters); text
 * where most high bytes form no UTF-8 sequence is a legacy single-byte charset (the odd accidental
 * sequence, such as "é" + "Ã" forming a CJK character, does not outvote them).
 */
function looksLikeBrokenUtf8(bytes: Uint8Array): boolean {
  let decoded = 0;
  let replaced = 0;
  for (const ch of new TextDecoder('utf-8').decode(bytes)) {
    if (ch === '\uFFFD') replaced++;
    else if (ch.charCodeAt(0) > 0x7f) decoded++;
  }
  return decoded > replaced;
}

/**
 * The string is no longer in the prolog's encoding: say UTF-8 so nothing downstream decodes twice,
 * and drop whitespace before the prolog, which XML parsers reject.
 */
function cleanProlog(text: string): string {
  return text
    .trimStart()
    .replace(
      /^(<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/i,
      (_all, prefix: string, quote: string) => `${prefix}${quote}UTF-8${quote}`,
    );
}
