import { describe, expect, it } from 'vitest';
import defaultFeeds from '../../../lambdas/config/feeds.json' with { type: 'json' };
import { describeFeedListError, FeedListSchema } from '../../../lambdas/core/poll/feed-config.js';

const problem = (value: unknown) => {
  const parsed = FeedListSchema.safeParse(value);
  return parsed.success ? null : describeFeedListError(parsed.error);
};

describe('feed list', () => {
  it('accepts the shipped default list', () => {
    expect(problem(defaultFeeds)).toBeNull();
  });

  it('names the entry and field at fault', () => {
    expect(
      problem([
        { name: 'a', url: 'https://a.example/feed' },
        { name: 'b', url: 'ftp://b.example' },
      ]),
    ).toBe('[1].url: must be an http(s) URL');
    expect(problem([{ url: 'https://a.example/feed' }])).toMatch(/^\[0\]\.name: /);
  });

  it('rejects two feeds of the same name, since state is kept by name', () => {
    expect(
      problem([
        { name: 'a', url: 'https://a.example/1' },
        { name: 'a', url: 'https://a.example/2' },
      ]),
    ).toBe('[1].name: duplicate feed name "a"');
  });

  it('rejects a list that is not an array', () => {
    expect(problem({ feeds: [] })).toMatch(/^feed list: /);
  });
});
