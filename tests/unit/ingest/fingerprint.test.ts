import { describe, expect, it } from 'vitest';
import {
  containment,
  fingerprint,
  fingerprintText,
  isCopy,
  wordRuns,
} from '../../../lambdas/core/ingest/fingerprint.js';

const LONG = Array.from(
  { length: 12 },
  (_, i) =>
    `Paragraph ${i} reports that the defence ministers of country number ${i} discussed air policing, ` +
    `naval escorts and training missions at length with their allies during meeting ${i * 7} in the capital.`,
).join('\n\n');

describe('wordRuns', () => {
  it('folds case, curly quotes, dashes, abbreviations, apostrophes and hyphens', () => {
    const curly = 'The U.K. and U.S.-led post‑war plan — Ukraine’s “force”';
    const straight = 'the UK and US-led postwar plan - Ukraine\'s "force"';

    expect(wordRuns(curly)).toEqual(wordRuns(straight));
    expect(wordRuns(curly)).toEqual([
      ['the', 'uk', 'and', 'usled', 'postwar', 'plan', 'ukraines'],
      ['force'],
    ]);
  });

  it('leaves quoted words out on request, double and British single quotation marks alike', () => {
    const text =
      'Macron said: “We are ready to deploy.” Then he left. ‘Britain’s role is clear,’ Starmer added.';

    expect(wordRuns(text, { quotes: false })).toEqual([
      ['macron', 'said'],
      ['then', 'he', 'left'],
      ['starmer', 'added'],
    ]);
  });

  it('treats an unpaired quotation mark as ordinary punctuation', () => {
    expect(wordRuns('a "reassurance force\' in Ukraine', { quotes: false })).toEqual([
      ['a', 'reassurance', 'force', 'in', 'ukraine'],
    ]);
  });
});

describe('fingerprint', () => {
  it('is deterministic, sorted, deduplicated 8-digit hex', () => {
    const a = fingerprint(LONG);

    expect(fingerprint(LONG)).toEqual(a);
    expect(a).toEqual([...new Set(a)].sort());
    for (const h of a) expect(h).toMatch(/^[0-9a-f]{8}$/);
  });

  it('keeps about one hash in eight of a long text (mod-8 sampling)', () => {
    const hashes = fingerprint(LONG);

    expect(hashes.length).toBeGreaterThan(16);
    expect(hashes.length).toBeLessThan(60);
    for (const h of hashes) expect(Number.parseInt(h, 16) % 8).toBe(0);
  });

  it('samples a short text more densely so it still has enough hashes', () => {
    const short =
      'The Czech government is considering sending a contingent of soldiers to the reassurance force.';

    const hashes = fingerprint(short);

    expect(hashes.length).toBeGreaterThanOrEqual(8);
    expect(hashes.some((h) => Number.parseInt(h, 16) % 8 !== 0)).toBe(true);
  });

  it('still fingerprints a text that is nothing but a quotation', () => {
    expect(
      fingerprint('"We are not sending our soldiers to the front line in Ukraine," the president said.'),
    ).not.toEqual([]);
  });

  it('returns no hashes for an empty text', () => {
    expect(fingerprint('')).toEqual([]);
  });
});

describe('containment', () => {
  it('measures the share of each side found in the other', () => {
    const whole = fingerprint(LONG);
    const part = fingerprint(LONG.split('\n\n').slice(0, 4).join('\n\n'));

    const { aInB, bInA } = containment(part, whole);

    expect(aInB).toBe(1);
    expect(bInA).toBeGreaterThan(0.1);
    expect(bInA).toBeLessThan(0.6);
  });

  it("compares a densely sampled short text with a long one at the long one's modulus", () => {
    const whole = fingerprint(LONG);
    const firstParagraph = fingerprint(LONG.split('\n\n')[0] ?? '');

    const result = containment(firstParagraph, whole);

    expect(result.modulus).toBe(8);
    if (result.shared > 0) expect(result.aInB).toBe(1);
  });

  it('is zero for empty fingerprints', () => {
    expect(containment([], [])).toMatchObject({ aInB: 0, bInA: 0, shared: 0 });
  });
});

describe('isCopy', () => {
  it('is symmetric', () => {
    const whole = fingerprintText(LONG);
    const part = fingerprintText(LONG.split('\n\n').slice(2, 6).join('\n\n'));

    expect(isCopy(part, whole.hashes)).toBe(true);
    expect(isCopy(whole, part.hashes)).toBe(true);
  });

  it('does not call two unrelated texts copies', () => {
    const other = Array.from(
      { length: 12 },
      (_, i) =>
        `Item ${i}: grain exports through Baltic ports rose again as farmers sold stock held since harvest ${i}.`,
    ).join('\n\n');

    expect(isCopy(fingerprintText(LONG), fingerprint(other))).toBe(false);
  });

  it('never calls empty fingerprints copies', () => {
    expect(isCopy({ hashes: [], paragraphs: [] }, [])).toBe(false);
  });
});
