import { describe, expect, it } from 'vitest';
import type { LabelledSet } from '../../../bin/local/labelled-set.js';
import { TimelineFeedServer } from '../../../bin/local/timeline-feed-server.js';
import { stripBoilerplate } from '../../../lambdas/core/ingest/boilerplate.js';
import { parseFeed } from '../../../lambdas/core/ingest/parse-feed.js';

const body = [
  'Canada is ready to train Ukrainian soldiers after a ceasefire, building on a decade of its training mission, the defence minister told reporters in Ottawa on Wednesday.',
  "RELATED\nCarney in Paris: Canada will 'do its part' for Ukraine's security\nCanada to buy more air defence for Latvia brigade",
].join('\n\n');

const set: LabelledSet = {
  dir: 'x',
  articles: new Map([
    [
      'a1',
      {
        id: 'a1',
        title: 'Canada ready to train',
        body,
        label: {
          title: 'Canada ready to train',
          published: '2025-10-01T00:00:00Z',
          relevant: true,
          commitments: [],
          duplicateOf: null,
        },
      },
    ],
  ]),
  timeline: { polls: [{ wire: ['a1'] }], alerts: [] },
};

describe('the timeline feed server', () => {
  it("serves a paragraph's line breaks as a page does, so a related list after its heading is still dropped", async () => {
    const server = await TimelineFeedServer.start(set);
    try {
      server.advance();
      const [feed] = server.feeds();
      const xml = await (await fetch(feed?.url ?? '')).text();
      const [item] = await parseFeed(xml, 'wire', new Date());
      const text = stripBoilerplate(item?.text ?? '');
      expect(text).toContain('ready to train Ukrainian soldiers');
      expect(text).not.toContain('air defence for Latvia');
    } finally {
      await server.close();
    }
  });
});
