import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLine, htmlToText } from '../../../lambdas/core/ingest/html-text.js';

describe('htmlToText', () => {
  it('turns block elements into blank-line paragraph breaks and folds whitespace', () => {
    const html =
      '<div>\n  <h2>Talks</h2>\n<p>First   paragraph\n continues.</p><p>Second<br/>line two.</p></div>';

    expect(htmlToText(html)).toBe('Talks\n\nFirst paragraph continues.\n\nSecond\nline two.');
  });

  it('drops script, style and comments with their content', () => {
    const html =
      '<p>Kept.</p><script>var x = "<p>not text</p>";</script><style>p { color: red }</style><!-- hidden -->';

    expect(htmlToText(html)).toBe('Kept.');
  });

  it('decodes named, decimal and hex entities', () => {
    const html =
      '<p>Macron&rsquo;s plan &mdash; &ldquo;26 countries&rdquo;&nbsp;&amp; more: &#8220;yes&#8221; &#x2019; &eacute;</p>';

    expect(htmlToText(html)).toBe('Macron’s plan — “26 countries” & more: “yes” ’ é');
  });

  it('maps windows-1252 numeric references as browsers do', () => {
    expect(decodeEntities('&#147;quoted&#148; &#150; dash')).toBe('“quoted” – dash');
  });

  it('leaves unknown entities and bare ampersands alone', () => {
    expect(htmlToText('AT&T &notanentity; 3 < 4 &amp;amp;')).toBe('AT&T &notanentity; 3 < 4 &amp;');
  });

  it('keeps the line structure of plain text', () => {
    expect(htmlToText('Para one\nline two\n\n\n\nPara   three')).toBe('Para one\nline two\n\nPara three');
  });

  it('renders inline tags without adding gaps', () => {
    expect(htmlToText('<p><b>Kyi</b>v and <a href="x">Lviv</a>.</p>')).toBe('Kyiv and Lviv.');
  });
});

describe('htmlToLine', () => {
  it('flattens a title to one line', () => {
    expect(htmlToLine('<b>Coalition</b> of the\n willing &amp; <i>Kyiv</i>')).toBe(
      'Coalition of the willing & Kyiv',
    );
  });
});
