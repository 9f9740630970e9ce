import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../lambdas/core/ingest/canonical-url.js';

describe('canonicalUrl', () => {
  it.each([
    ['HTTP://News.Example.COM/a/b', 'https://news.example.com/a/b'],
    ['http://news.example.com:80/a', 'https://news.example.com/a'],
    ['https://news.example.com:443/a', 'https://news.example.com/a'],
    ['https://news.example.com:8443/a', 'https://news.example.com:8443/a'],
    ['https://news.example.com/a#comments', 'https://news.example.com/a'],
    ['https://news.example.com/a/', 'https://news.example.com/a'],
    ['https://news.example.com', 'https://news.example.com/'],
    ['https://www.example.com/a', 'https://example.com/a'],
    ['  https://news.example.com/a  ', 'https://news.example.com/a'],
  ])('normalises scheme, host, port, fragment and slashes: %s', (raw, expected) => {
    expect(canonicalUrl(raw)).toBe(expected);
  });

  it('drops tracking parameters and sorts the rest', () => {
    const raw =
      'https://news.example.com/story?utm_source=tw&utm_medium=social&b=2&fbclid=x&gclid=y&dclid=z&msclkid=m&' +
      'mc_cid=1&mc_eid=2&ocid=o&cmpid=c&icid=i&ito=t&_ga=g&ref=r&ref_src=s&smid=sm&CMP=share&at_medium=m&' +
      'at_campaign=c&rss=1&igshid=ig&yclid=y&a=1&a=0';

    expect(canonicalUrl(raw)).toBe('https://news.example.com/story?a=0&a=1&b=2');
  });

  it('keeps parameters that select the article', () => {
    expect(canonicalUrl('https://news.example.com/article.php?id=17703&page=2')).toBe(
      'https://news.example.com/article.php?id=17703&page=2',
    );
  });

  it.each([
    ['https://news.example.com/amp/world/story-1'],
    ['https://news.example.com/world/amp/story-1'],
    ['https://news.example.com/world/story-1/amp'],
    ['https://news.example.com/world/story-1/amp/'],
    ['https://news.example.com/world/story-1.amp'],
    ['https://news.example.com/world/story-1?amp'],
    ['https://news.example.com/world/story-1?amp=1'],
    ['https://news.example.com/world/story-1?outputType=amp'],
    ['https://amp.news.example.com/world/story-1'],
    ['https://news-example-com.cdn.ampproject.org/c/s/news.example.com/world/story-1'],
    ['https://news-example-com.cdn.ampproject.org/c/news.example.com/world/story-1/amp'],
    ['https://www.google.com/amp/s/news.example.com/world/story-1.amp'],
  ])('maps the AMP form %s to the article', (raw) => {
    expect(canonicalUrl(raw)).toBe('https://news.example.com/world/story-1');
  });

  it('maps .amp.html to .html', () => {
    expect(canonicalUrl('https://edition.example.com/2025/09/04/europe/index.amp.html')).toBe(
      'https://edition.example.com/2025/09/04/europe/index.html',
    );
  });

  it('does not strip a host that is only "amp." plus a top-level domain', () => {
    expect(canonicalUrl('https://amp.dev/documentation')).toBe('https://amp.dev/documentation');
  });

  it('keeps outputType when it is not amp', () => {
    expect(canonicalUrl('https://news.example.com/a?outputType=print')).toBe(
      'https://news.example.com/a?outputType=print',
    );
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['not a url'],
    ['/relative/path'],
    ['ftp://news.example.com/a'],
    ['mailto:desk@example.com'],
    ['javascript:alert(1)'],
  ])('returns null for %s', (raw) => {
    expect(canonicalUrl(raw)).toBeNull();
  });
});
