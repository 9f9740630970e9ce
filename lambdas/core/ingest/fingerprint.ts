/**
 * Content fingerprints that recognise a known story under a new headline, trimmed to a summary,
 * reordered, re-punctuated or wrapped in other boilerplate.
 *
 * Method: normalise (NFKC, lower case, curly quotes and dashes folded, dots inside abbreviations
 * dropped so "U.K." = "UK", apostrophes and intra-word hyphens dropped, other punctuation a word
 * break); cut into paragraphs (lines) and words; hash every run of K = 5 words inside a paragraph
 * (FNV-1a 32-bit with a murmur3 finaliser, so the low bits used for sampling are well mixed and the
 * value is the same in every process); keep the hashes with `h mod M == 0`.
 *
 * Why mod-sampling and not MinHash/LSH: a copy may be a 2-paragraph summary of a 15-paragraph story,
 * so we need containment (how much of the smaller text is in the larger), in both directions.
 * Mod-sampling keeps the same 1/M of every text's shingles, so the shared sample of two texts
 * estimates their shared shingles; bottom-k or MinHash keep a fixed number that no longer lines up
 * when lengths differ. M = 8 keeps a 700-word article to ~90 hashes (one index posting each).
 *
 * Why K = 5: whole paragraphs are copied verbatim, so long shingles lose nothing on true copies,
 * while topic phrases every article on the subject uses ("the coalition of the willing", "security
 * guarantees for Ukraine") are 3-4 words and stop matching across distinct articles at 5.
 * Paragraph-internal shingles make reordered paragraphs free.
 *
 * Why quotations are left out: the one thing distinct articles about the same event legitimately
 * share verbatim is what someone said. Words inside quotation marks (double, curly, guillemets,
 * British single) are not shingled, so a long shared quote is no evidence of copying while the
 * reporter's own sentences are. A text with fewer than MIN_NARRATIVE runs outside quotations is
 * fingerprinted with its quotes, so it still has one. Cost: an excerpt made only of quotations
 * cannot be recognised.
 *
 * Short texts: when fewer than MIN_SAMPLE hashes survive M = 8, the fingerprint uses M = 4, 2 or 1.
 * A denser sample contains the sparser one (h mod 8 == 0 implies h mod 4 == 0), so two
 * fingerprints are always compared at the larger of their moduli, read off the hashes themselves
 * (the largest M dividing them all), and no side information has to be stored.
 */
export function fingerprint(text: string): string[] {
  return fingerprintText(text).hashes;
}

/**
 * A new text's fingerprint as the copy test needs it: the stored hashes, and the same hashes paragraph by
 * paragraph (where in the new text the shared runs lie; only the hashes are stored).
 */
export interface TextFingerprint {
  hashes: string[];
  paragraphs: string[][];
}

export function fingerprintText(text: string): TextFingerprint {
  let byParagraph = shingleHashes(text, false);
  let all = new Set(byParagraph.flat());
  // A text that is (almost) all quotation still needs a fingerprint; it is compared on its quotes.
  if (all.size < MIN_NARRATIVE) {
    byParagraph = shingleHashes(text, true);
    all = new Set(byParagraph.flat());
  }
  const distinct = [...all];
  const modulus = MODULI.find((m) => distinct.filter((h) => h % m === 0).length >= MIN_SAMPLE) ?? 1;
  const hex = (hashes: number[]) =>
    hashes.filter((h) => h % modulus === 0).map((h) => h.toString(16).padStart(8, '0'));
  return {
    hashes: hex(distinct).sort(),
    paragraphs: byParagraph.map(hex).filter((p) => p.length > 0),
  };
}

export const SHINGLE_WORDS = 5;
const MODULI = [8, 4, 2, 1] as const;
const MIN_SAMPLE = 16;
const MIN_NARRATIVE = 8;

/**
 * Share of each side's sample found in the other, compared at the coarser of the two moduli.
 * `aInB` near 1: a is (a copy of) part of b.
 */
export function containment(
  a: readonly string[],
  b: readonly string[],
): { aInB: number; bInA: number; shared: number; modulus: number } {
  const ha = a.map((h) => Number.parseInt(h, 16));
  const hb = b.map((h) => Number.parseInt(h, 16));
  const modulus = Math.max(modulusOf(ha), modulusOf(hb));
  const sa = new Set(ha.filter((h) => h % modulus === 0));
  const sb = new Set(hb.filter((h) => h % modulus === 0));
  let shared = 0;
  for (const h of sa) if (sb.has(h)) shared++;
  return {
    aInB: sa.size ? shared / sa.size : 0,
    bInA: sb.size ? shared / sb.size : 0,
    shared,
    modulus,
  };
}

/**
 * Thresholds, in shared 5-word runs (shared samples × modulus, an estimate of the real count).
 * Measured in `tests/unit/ingest/fingerprint-copies.test.ts` and on the labelled sets: with quotations
 * left out, distinct articles share 0-1 runs with a seed (stock phrases such as "macron told reporters
 * in paris"); every labelled copy has at least a quarter of its own narrative inside the seed (most
 * have all of it). A distinct story that reuses a background paragraph of another shares up to 100
 * runs, which can be a third of a quote-heavy story's narrative: so the known story's share inside the
 * new text must be larger (half) before it makes the new text a copy.
 */
export const COPY_THRESHOLDS = {
  /** Below this many shared runs (3 samples at M = 8) any agreement is chance. */
  minSharedRuns: 24,
  /** A quarter of the new text's narrative found verbatim in the known one: a copy, trim or summary. */
  containment: 0.25,
  /** Half the known story found inside the new text: a re-post with additions. */
  knownContainment: 0.5,
  /** This many shared runs (20 samples at M = 8, some 160 words) is a copied story whatever else the text holds. */
  sharedRuns: 160,
} as const;

/**
 * Whether `text` (a new item) is a copy of `known` (a stored story), by the thresholds above. The test is
 * not symmetric: a new text mostly made of the known one is a copy, a new story that quotes one paragraph
 * of the known one is not. Where only the new text's share decides, that share must lie in two of its
 * paragraphs: a brief's own news is in its other paragraphs (measured on the labelled sets: 3 false copies
 * cleared, 2 of 508 seed copies lost, neither changing an alert).
 */
export function isCopy(text: TextFingerprint, known: readonly string[]): boolean {
  const { aInB, bInA, shared, modulus } = containment(text.hashes, known);
  const runs = shared * modulus;
  if (runs < COPY_THRESHOLDS.minSharedRuns) return false;
  if (bInA >= COPY_THRESHOLDS.knownContainment || runs >= COPY_THRESHOLDS.sharedRuns) return true;
  if (aInB < COPY_THRESHOLDS.containment) return false;
  // A quarter of a short brief can be one stock background paragraph it shares with another story; a copy,
  // trim or summary shares text in more than one of its paragraphs (or is one paragraph).
  const sampled = text.paragraphs
    .map((p) => p.filter((h) => Number.parseInt(h, 16) % modulus === 0))
    .filter((p) => p.length > 0);
  const inKnown = new Set(known);
  return sampled.length <= 1 || sampled.filter((p) => p.some((h) => inKnown.has(h))).length >= 2;
}

function modulusOf(hashes: readonly number[]): number {
  return MODULI.find((m) => hashes.every((h) => h % m === 0)) ?? 1;
}

/**
 * Runs of normalised words to cut shingles from: one per paragraph, split further at quotations.
 * With `quotes: false` the quoted words are left out (see `fingerprint`).
 */
export function wordRuns(text: string, options: { quotes: boolean } = { quotes: true }): string[][] {
  return normalize(text)
    .split(/\n+/)
    .flatMap((paragraph) => paragraphRuns(paragraph, options.quotes));
}

/** One normalised paragraph's runs of words, split at quotations and without them unless `quotes`. */
function paragraphRuns(paragraph: string, quotes: boolean): string[][] {
  const runs: string[][] = [];
  for (const [i, segment] of quoteSegments(paragraph).entries()) {
    if (i % 2 === 1 && !quotes) continue;
    const words = segment.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length > 0) runs.push(words);
  }
  return runs;
}

function normalize(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // British single quotation marks become double ones; a ’ followed by a letter is an apostrophe.
      .replace(/‘([^‘\n]*?)’(?!\p{L})/gu, '"$1"')
      .replace(/[‘’‛′`´]/g, "'")
      .replace(/[“”„‟″«»]/g, '"')
      .replace(/[‐‑‒–—―−]/g, '-')
      .replace(/(?<![\p{L}\p{N}])((?:\p{L}\.)+\p{L})\.?(?![\p{L}\p{N}])/gu, (abbr: string) =>
        abbr.replace(/\./g, ''),
      )
      .replace(/'/g, '')
      .replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '')
  );
}

/** Alternating outside / inside quotation marks; an unpaired mark is not a quotation. */
function quoteSegments(paragraph: string): string[] {
  const segments = paragraph.split('"');
  if (segments.length % 2 === 0) {
    const last = segments.pop() ?? '';
    segments[segments.length - 1] = `${segments.at(-1) ?? ''} ${last}`;
  }
  return segments;
}

/** Each paragraph's shingle hashes, in order. */
function shingleHashes(text: string, quotes: boolean, k = SHINGLE_WORDS): number[][] {
  const paragraphs: number[][] = [];
  for (const paragraph of normalize(text).split(/\n+/)) {
    const hashes: number[] = [];
    for (const words of paragraphRuns(paragraph, quotes)) {
      for (let i = 0; i + k <= words.length; i++) hashes.push(hash32(words.slice(i, i + k).join(' ')));
    }
    paragraphs.push(hashes);
  }
  return paragraphs;
}

/** FNV-1a over UTF-16 code units, then murmur3's fmix32: deterministic, fast, well-mixed low bits. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
