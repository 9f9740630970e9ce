import { describe, expect, it } from 'vitest';
import { copyWinner, rivalThatWins } from '../../../lambdas/core/ingest/copy-race.js';

const hashes = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => (from + i * 8).toString(16).padStart(8, '0'));
const a = { articleId: 'aaa', displayId: 'https://a.example/1', fingerprint: hashes(40) };
const b = { articleId: 'bbb', displayId: 'https://b.example/1', fingerprint: hashes(40, 80) };

describe('copy race', () => {
  it('gives the pair to the owner of the smallest shared hash either of them owns, the same seen from both sides', () => {
    const shared = b.fingerprint.filter((h) => a.fingerprint.includes(h)).sort();
    const owners = new Map(shared.map((h, i) => [h, i === 0 ? 'someone-else' : i === 1 ? 'bbb' : 'aaa']));

    expect(copyWinner(a, b, owners)).toBe('bbb');
    expect(copyWinner(b, a, owners)).toBe('bbb');
  });

  it('breaks the tie by id when third articles own every shared hash', () => {
    expect(copyWinner(b, a, new Map())).toBe('aaa');
  });

  it('yields only to a rival that is a copy and wins', () => {
    const unrelated = { articleId: '000', displayId: 'x', fingerprint: hashes(40, 100_000) };
    const ownedByA = new Map(a.fingerprint.map((h) => [h, 'aaa']));
    const ownedByB = new Map(a.fingerprint.map((h) => [h, 'bbb']));

    const aText = {
      hashes: a.fingerprint,
      paragraphs: [a.fingerprint.slice(0, 20), a.fingerprint.slice(20)],
    };

    expect(rivalThatWins(a, aText, [unrelated, b], ownedByA)).toBeNull();
    expect(rivalThatWins(a, aText, [unrelated, b], ownedByB)).toBe(b);
    expect(rivalThatWins(a, aText, [a], ownedByB)).toBeNull();
  });
});
