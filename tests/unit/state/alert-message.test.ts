import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../lambdas/core/state/alert.js';
import { buildAlertMessage, gsm7Length } from '../../../lambdas/core/state/alert-message.js';
import { countryName } from '../../../lambdas/core/state/country-names.js';
import { alertFixture, positionFixture } from '../../support/alert-fixtures.js';

const alert = alertFixture;

const position = positionFixture;

const isSnsSubject = (s: string) => s.length < 100 && /^[A-Za-z0-9\p{P}][\x20-\x7E]*$/u.test(s);
const fitsOneSegment = (s: string) => {
  const length = gsm7Length(s);
  return length !== null && length <= 160;
};

const LONG_EVIDENCE =
  '“We will not — under any circumstances — send soldiers,” said the minister, “but we are ready 🇺🇦 to ' +
  'help with logistics, transit hubs, staging bases and anything else the coalition needs” ' +
  'Министр обороны заявил. '.repeat(5) +
  'Öffentlich bleibt die Regierung vorsichtig, façon de parler, naïve résumé ™ ½ {braces} [brackets] ~tilde~.';

describe('countryName', () => {
  it('names a code in English and falls back to the code', () => {
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('US')).toBe('United States');
    expect(countryName('ZZ')).toBe('ZZ');
    expect(countryName('not a code')).toBe('not a code');
  });
});

describe('gsm7Length', () => {
  it('counts basic characters as one septet and extension characters as two', () => {
    expect(gsm7Length('Hello @£$ äöü')).toBe(13);
    expect(gsm7Length('[]{}\\^~|€')).toBe(18);
  });

  it('is null for what GSM-7 cannot carry', () => {
    expect(gsm7Length('“quoted”')).toBeNull();
    expect(gsm7Length('😀')).toBeNull();
    expect(gsm7Length('Привет')).toBeNull();
    expect(gsm7Length('ç')).toBeNull();
    expect(gsm7Length('`')).toBeNull();
  });
});

describe('buildAlertMessage subject', () => {
  it('names country, category and the change', () => {
    expect(buildAlertMessage(alert(), []).subject).toBe('Germany: ground troops now reluctant (was willing)');
    expect(
      buildAlertMessage(
        alert({ country: 'PT', category: 'maritime', previous: null, current: 'committed' }),
        [],
      ).subject,
    ).toBe('Portugal: maritime - first stated: committed');
  });

  it('stays ASCII and under 100 characters for long and accented names', () => {
    const cases: Alert[] = [
      alert({ country: 'GS', category: 'intelligence', previous: 'considering', current: 'ruled_out' }),
      alert({ country: 'CI', category: 'air', previous: 'ruled_out', current: 'considering' }),
      alert({ country: 'TR', category: 'training', previous: null, current: 'considering' }),
    ];
    for (const c of cases) {
      const { subject } = buildAlertMessage(c, []);
      expect(isSnsSubject(subject), subject).toBe(true);
    }
    expect(buildAlertMessage(cases[1] as Alert, []).subject).toBe(
      "Cote d'Ivoire: air patrols and air power now considering (was ruled out)",
    );
    expect(buildAlertMessage(cases[2] as Alert, []).subject).toContain('Turkiye');
  });

  it('cuts a subject that would reach 100 characters at a word, with an ellipsis', () => {
    // Not a real change (same stance twice), but the longest text the subject can be asked to carry.
    const longest = alert({
      country: 'GS',
      category: 'intelligence',
      previous: 'considering',
      current: 'considering',
    });
    const { subject } = buildAlertMessage(longest, []);
    expect(isSnsSubject(subject), subject).toBe(true);
    expect(subject).toBe(
      'South Georgia & South Sandwich Islands: intelligence and monitoring now considering (was...',
    );
  });
});

describe('buildAlertMessage sms', () => {
  it('reads country, category, previous->current, evidence, link', () => {
    expect(buildAlertMessage(alert(), []).sms).toBe(
      'Coalition Watch: Germany ground troops willing->reluctant. ' +
        '"Berlin is reluctant to talk about German boots on the ground." https://example.com/de-troops',
    );
  });

  it('fits one GSM-7 segment whatever the evidence, and cuts the evidence with an ellipsis', () => {
    const { sms } = buildAlertMessage(alert({ country: 'CI', evidence: LONG_EVIDENCE }), []);
    expect(fitsOneSegment(sms), sms).toBe(true);
    expect(sms).toMatch(
      /^Coalition Watch: Cote d'Ivoire ground troops willing->reluctant\. "'We will not - /,
    );
    expect(sms).toContain('..."');
    expect(sms.endsWith(' https://example.com/de-troops')).toBe(true);
  });

  it('transliterates curly quotes, dashes and accents, and drops emoji and Cyrillic', () => {
    const { sms } = buildAlertMessage(
      alert({ articleUrl: null, evidence: '“Ready” — Zürich’s façade 🚀 Привет ok' }),
      [],
    );
    expect(sms).toBe(
      "Coalition Watch: Germany ground troops willing->reluctant. \"'Ready' - Zürich's facade ok\"",
    );
    expect(fitsOneSegment(sms)).toBe(true);
  });

  it('counts extension characters as two septets', () => {
    const evidence = '{[|]}~^\\€ '.repeat(30);
    const { sms } = buildAlertMessage(alert({ evidence, articleUrl: null }), []);
    expect(fitsOneSegment(sms), sms).toBe(true);
    expect(sms.length).toBeLessThan(160);
  });

  it('drops a link that does not fit rather than cutting it', () => {
    const url = `https://example.com/${'very-long-path-segment/'.repeat(8)}article`;
    const { sms } = buildAlertMessage(alert({ articleUrl: url, evidence: LONG_EVIDENCE }), []);
    expect(fitsOneSegment(sms), sms).toBe(true);
    expect(sms).not.toContain('https://');
    expect(sms).toContain('"\'We will not');
  });

  it('keeps a link whole when non-ASCII in it can be percent-encoded, and drops one that cannot be a URL', () => {
    const encoded = buildAlertMessage(alert({ articleUrl: 'https://example.com/новости/1' }), []).sms;
    expect(encoded).toContain('https://example.com/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1');
    expect(fitsOneSegment(encoded)).toBe(true);
    const bogus = buildAlertMessage(alert({ articleUrl: 'not a url' }), []).sms;
    expect(bogus).not.toContain('not a url');
  });

  it('stays within one segment for every adversarial combination', () => {
    const countries = ['GS', 'CI', 'TR', 'US', 'ZZ'];
    const urls = [
      null,
      'https://example.com/a',
      `https://example.com/${'x'.repeat(150)}`,
      'https://ex.com/{a}~[b]',
    ];
    const evidences = ['', 'Short.', LONG_EVIDENCE, '😀'.repeat(200), 'Я'.repeat(500), '€'.repeat(200)];
    for (const country of countries)
      for (const articleUrl of urls)
        for (const evidence of evidences) {
          const { sms } = buildAlertMessage(
            alert({ country, articleUrl, evidence, previous: 'considering', category: 'intelligence' }),
            [],
          );
          expect(fitsOneSegment(sms), sms).toBe(true);
          expect(sms).toContain('considering->reluctant');
        }
  });
});

describe('buildAlertMessage email and default', () => {
  it('holds every part a reader needs', () => {
    const others = [
      position({ category: 'maritime', stance: 'willing' }),
      position({ category: 'ground_troops', stance: 'willing' }),
      position({ category: 'logistics', stance: 'ruled_out', since: '2025-08-20T10:00:00Z' }),
    ];
    const { email } = buildAlertMessage(alert({ previous: 'committed', current: 'ruled_out' }), others);
    expect(email).toContain('Germany');
    expect(email).toContain('ground troops');
    expect(email).toContain('Previous:  committed');
    expect(email).toContain('Now:       ruled out');
    expect(email).toContain('softer');
    expect(email).toContain('"Berlin is reluctant to talk about German boots on the ground."');
    expect(email).toContain('Article:   Germany cools on troops');
    expect(email).toContain('Outlet:    Example News');
    expect(email).toContain('Link:      https://example.com/de-troops');
    expect(email).toContain('2025-09-04T18:00:00Z (Thursday 4 September 2025, 18:00 UTC)');
    expect(email).toContain('  - maritime: willing (since 1 September 2025)');
    expect(email).toContain('  - logistics and transit: ruled out (since 20 August 2025)');
    expect(email).not.toContain('  - ground troops');
    expect(email).toMatch(/filter .*"country"/);
  });

  it('says when there is no link, no outlet and no other position', () => {
    const { email } = buildAlertMessage(alert({ articleUrl: null, outlet: undefined, previous: null }), []);
    expect(email).toContain('Link:      no link');
    expect(email).toContain('Outlet:    not given');
    expect(email).toContain('Previous:  none stated');
    expect(email).toContain('none stored');
    expect(email).toContain('first stated');
  });

  it('gives a one-paragraph default', () => {
    const text = buildAlertMessage(alert(), []).default;
    expect(text).not.toContain('\n');
    expect(text).toContain(
      'Germany has changed its stated position on ground troops from willing to reluctant',
    );
    expect(text).toContain('Link: https://example.com/de-troops');
  });
});

describe('buildAlertMessage attributes', () => {
  it.each([
    [null, 'willing', 'first'],
    ['considering', 'committed', 'firmer'],
    ['willing', 'ruled_out', 'softer'],
  ] as const)('%s -> %s is %s', (previous, current, change) => {
    expect(
      buildAlertMessage(alert({ country: 'FR', category: 'air', previous, current }), []).attributes,
    ).toEqual({
      country: 'FR',
      category: 'air',
      stance: current,
      change,
    });
  });
});
