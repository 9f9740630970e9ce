import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../lambdas/core/ingest/decode.js';

const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => Buffer.from(p)));
// "Привет" in windows-1251 and in KOI8-R.
const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const PRIVET_KOI8R = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4];

describe('decodeFeedBytes', () => {
  it('uses the charset of the Content-Type header', () => {
    // Arrange
    const bytes = concat(latin1('<rss><title>'), PRIVET_1251, latin1('</title></rss>'));

    // Act
    const text = decodeFeedBytes(bytes, 'application/rss+xml; charset="windows-1251"');

    // Assert
    expect(text).toBe('<rss><title>Привет</title></rss>');
  });

  it('uses the encoding of the XML declaration when the header has none, and rewrites it to UTF-8', () => {
    const bytes = concat(
      latin1('<?xml version="1.0" encoding="KOI8-R"?><rss><title>'),
      PRIVET_KOI8R,
      latin1('</title></rss>'),
    );

    const text = decodeFeedBytes(bytes, 'text/xml');

    expect(text).toBe('<?xml version="1.0" encoding="UTF-8"?><rss><title>Привет</title></rss>');
  });

  it('prefers the header over the declaration', () => {
    const bytes = concat(latin1("<?xml version='1.0' encoding='KOI8-R'?><t>"), PRIVET_1251, latin1('</t>'));

    expect(decodeFeedBytes(bytes, 'text/xml; charset=windows-1251')).toContain('<t>Привет</t>');
  });

  it('decodes ISO-8859-1 as its web superset windows-1252 (curly quotes in 0x80-0x9F)', () => {
    const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>Caf\u00e9 \u0093ok\u0094</t>');

    expect(decodeFeedBytes(bytes, null)).toContain('<t>Café “ok”</t>');
  });

  it('lets a byte-order mark win over the header and the declaration', () => {
    const bytes = concat(
      [0xef, 0xbb, 0xbf],
      utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>Kyiv — Київ</t>'),
    );

    const text = decodeFeedBytes(bytes, 'text/xml; charset=windows-1251');

    expect(text).toBe('<?xml version="1.0" encoding="UTF-8"?><t>Kyiv — Київ</t>');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="UTF-16"?><t>Київ</t>', 'utf16le');

    expect(decodeFeedBytes(concat([0xff, 0xfe], body), null)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><t>Київ</t>',
    );
  });

  it('strips whitespace before the XML declaration', () => {
    const text = decodeFeedBytes(utf8('\n\r\n  \t<?xml version="1.0"?><rss/>'), null);

    expect(text).toBe('<?xml version="1.0"?><rss/>');
  });

  it('believes valid UTF-8 over a prolog that claims a single-byte charset (a lying prolog)', () => {
    const text = decodeFeedBytes(
      utf8('<?xml version="1.0" encoding="windows-1252"?><t>Euro €, Café</t>'),
      null,
    );

    expect(text).toContain('<t>Euro €, Café</t>');
  });

  it('believes valid UTF-8 over a header that claims ISO-8859-1', () => {
    expect(decodeFeedBytes(utf8('<t>Zelenskyy’s “plan”</t>'), 'text/xml; charset=iso-8859-1')).toBe(
      '<t>Zelenskyy’s “plan”</t>',
    );
  });

  it('falls back to UTF-8 for an unknown charset label instead of throwing', () => {
    const bytes = utf8('<?xml version="1.0" encoding="no-such-charset"?><t>Café</t>');

    expect(decodeFeedBytes(bytes, 'text/xml; charset=bogus')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><t>Café</t>',
    );
  });

  it('reads undeclared bytes that are not UTF-8 at all as windows-1252', () => {
    expect(decodeFeedBytes(latin1('<rss><t>\u00daltimas Not\u00edcias</t></rss>'), null)).toBe(
      '<rss><t>Últimas Notícias</t></rss>',
    );
  });

  it('keeps mostly-UTF-8 text as UTF-8 with a replacement character for a stray byte', () => {
    const bytes = concat(utf8('<t>Київ '), [0xff], utf8(' Kyiv</t>'));

    expect(decodeFeedBytes(bytes, 'text/xml; charset=utf-8')).toBe('<t>Київ \uFFFD Kyiv</t>');
  });
});
