import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../../lambdas/core/ingest/boilerplate.js';

const PARA_1 =
  'Defence ministers from a dozen countries met in Brussels on Tuesday to discuss how a European force could help secure a ceasefire in Ukraine.';
const PARA_2 =
  'Officials said the talks covered air policing, mine clearance in the Black Sea and the training of Ukrainian troops in western Europe.';
const article = (...lines: string[]): string => lines.join('\n');
const shared = (name: string): string => readFileSync(`../shared/${name}`, 'utf8');

describe('stripBoilerplate', () => {
  it('keeps an article without boilerplate as it is', () => {
    expect(stripBoilerplate(article(PARA_1, '', PARA_2))).toBe(article(PARA_1, '', PARA_2));
  });

  it.each([
    'Related Articles',
    'Related content',
    'Read more',
    'Show More',
    'Comments',
    'Try our AI features',
    'You may also like',
    'Most read:',
  ])('cuts everything after a "%s" heading', (heading) => {
    const text = article(
      PARA_1,
      PARA_2,
      heading,
      'Another story entirely, about a football match that ended in a draw last night in Madrid.',
    );

    expect(stripBoilerplate(text)).toBe(article(PARA_1, PARA_2));
  });

  it('does not cut at a tail heading that comes before any article text (navigation)', () => {
    expect(stripBoilerplate(article('Comments', PARA_1, PARA_2))).toBe(article(PARA_1, PARA_2));
  });

  it('keeps an inline "Read more:" link line from cutting the article', () => {
    const text = article(PARA_1, 'Read more: Poland rules out sending troops.', PARA_2);

    expect(stripBoilerplate(text)).toContain(PARA_2);
  });

  it.each([
    'Key events: Starmer: "ready to put British troops on the ground" · Dutch offer F-35s · Norway to fund force',
    'Key events - Sweden offers surveillance planes to monitor a ceasefire - Norway ready to help secure Black Sea shipping.',
    'Key points • Keir Starmer and Emmanuel Macron sign a declaration committing Britain and France to deploy troops • US envoy Steve Witkoff attends.',
  ])("removes a live blog's line of key events: %s", (keyEvents) => {
    expect(stripBoilerplate(article(PARA_1, keyEvents, PARA_2))).toBe(article(PARA_1, PARA_2));
  });

  it('removes a live blog\'s "Key events" heading and the list of headlines under it, up to the next blank line', () => {
    const keyEvents = [
      'Key events',
      '- Hegseth: no US troops in Ukraine, but "America stands behind" a European-led force.',
      '- Allies add money for US weapons through PURL.',
    ].join('\n');
    expect(stripBoilerplate(article(keyEvents, PARA_1, PARA_2))).toBe(article(PARA_1, PARA_2));
    expect(stripBoilerplate(article(PARA_1, '- Norway will send two frigates.', PARA_2))).toContain('Norway');
  });

  it('removes a photo caption that ends in its credit', () => {
    const caption =
      'John Healey with his Swedish counterpart, Pal Jonson. Photograph: Leon Neal/Getty Images';
    expect(stripBoilerplate(article(PARA_1, caption, PARA_2))).toBe(article(PARA_1, PARA_2));
  });

  it('removes a labelled caption, also in brackets', () => {
    for (const caption of [
      'Photo caption: Transport aircraft at Rzeszów airport. Norway has offered air defence units for the site.',
      '[Photo: Belgian Prime Minister Bart De Wever, whose government has offered minehunters, arrives in Paris.]',
    ]) {
      expect(stripBoilerplate(article(PARA_1, caption, PARA_2))).toBe(article(PARA_1, PARA_2));
    }
  });

  it('removes a photo caption that places people in the picture', () => {
    const caption =
      "Norway's Tore O. Sandvik (second left) told reporters Norway was also ready to send minehunters.";
    expect(stripBoilerplate(article(PARA_1, caption, PARA_2))).toBe(article(PARA_1, PARA_2));
  });

  it("removes a newsletter's teaser of the rest of the issue", () => {
    const teaser =
      'Also in this issue: - Finland sets out plan to lead post-war air policing over Ukraine - Iceland pledges funding for demining.';
    expect(stripBoilerplate(article(PARA_1, teaser, PARA_2))).toBe(article(PARA_1, PARA_2));
  });

  it('removes a newsletter footer that runs several prompts together', () => {
    const footer =
      "Enjoyed this issue? Forward it to a colleague. Not subscribed yet? Sign up for free and get the brief every Wednesday. In next week's issue: why Sweden has committed Gripens.";
    expect(stripBoilerplate(article(PARA_1, PARA_2, footer))).toBe(article(PARA_1, PARA_2));
  });

  it.each([
    'Read more: Denmark pledges F-16 squadron for Ukraine air mission | Interview: Estonia on the Baltic role',
    'RELATED NEWS - Meloni: no Italian troops in Ukraine - Hegseth tells allies not to count on US jets',
    'Related: Poland offers Rzeszow airport as hub for the coalition',
    'Citește și: Bulgaria says it will send troops to Ukraine force Romanian Air Force receives first F-35 training slots in the US.',
    'Recommended: "Italy ready to fly air patrols over Ukraine, Meloni says" | "Pentagon weighs Patriot role for Ukraine force"',
  ])('removes the labelled line of links "%s", and only that line', (links) => {
    expect(stripBoilerplate(article(PARA_1, links, PARA_2))).toBe(article(PARA_1, PARA_2));
  });

  it.each([
    'The post Allies meet in Brussels appeared first on Example News.',
    'This article first appeared on Example Europe.',
    'This story was originally published by Example Wire.',
    'Originally published on example.com.',
  ])('removes the syndication footer "%s"', (footer) => {
    expect(stripBoilerplate(article(PARA_1, PARA_2, footer))).toBe(article(PARA_1, PARA_2));
  });

  it.each([
    'Subscriber extra: "Spain announces air defence battery for Ukraine force" and three more stories are in today\'s premium edition.',
    'Premium: Inside the Paris talks on the backstop.',
    'Previous editions: Britain commits troops; Turkey ready to lead Black Sea mission; Poland to host logistics hub.',
  ])('removes the subscriber promotion or list of past issues "%s"', (promotion) => {
    expect(stripBoilerplate(article(PARA_1, promotion, PARA_2))).toBe(article(PARA_1, PARA_2));
  });

  it.each([
    'Sign up for our daily Ukraine briefing.',
    'Subscribe to our newsletter to get the news in your inbox.',
    'Get our free weekly email on European defence: sign up for the newsletter in your inbox.',
  ])('removes the newsletter prompt "%s"', (prompt) => {
    expect(stripBoilerplate(article(PARA_1, prompt, PARA_2))).toBe(article(PARA_1, PARA_2));
  });

  it.each([
    'Photo for illustrative purposes. Soldiers at a training ground in Kent, England.',
    'Soldiers march during a parade in Kyiv on Aug. 24, 2025. (Jane Doe/AFP via Getty Images)',
    'Images source: © Ministry of Defence',
    'Photo: Reuters',
    'From left, the prime ministers of Belgium, Poland and Denmark arrive for the summit in Paris.',
  ])('removes the photo caption or credit "%s"', (caption) => {
    expect(stripBoilerplate(article(caption, PARA_1, PARA_2))).toBe(article(PARA_1, PARA_2));
  });

  it('removes crumbs, reading time, bylines and labels, and a headline repeated in the body', () => {
    const text = article(
      'World NewsEurope',
      'Actions',
      'Ministers meet in Brussels on a Ukraine force',
      '3 min read',
      'Ministers meet in Brussels on a Ukraine force',
      'Posted',
      'Jane Doe',
      '20 minutes ago',
      PARA_1,
      PARA_2,
    );

    expect(stripBoilerplate(text)).toBe(article(PARA_1, PARA_2));
  });

  it('removes an author block and bio', () => {
    const bio =
      'Jane Doe is a senior correspondent at Example News, where she has covered European security since 2015. She is based in Brussels.';

    expect(stripBoilerplate(article(PARA_1, PARA_2, 'Avatar', 'Jane Doe', 'Europe desk', bio))).toBe(
      article(PARA_1, PARA_2),
    );
    expect(stripBoilerplate(article(PARA_1, PARA_2, bio))).toBe(article(PARA_1, PARA_2));
  });

  it('keeps a standfirst once when the page repeats it', () => {
    const standfirst =
      'Without backing from Washington, officials warn, the plan could be dismissed as symbolic.';

    expect(stripBoilerplate(article(standfirst, PARA_1, standfirst, PARA_2))).toBe(
      article(standfirst, PARA_1, PARA_2),
    );
  });

  it('keeps questions used as sub-headings and sentences that merely start like a label', () => {
    const text = article(
      PARA_1,
      'What happens next?',
      'Updated figures show that 26 countries have now made pledges.',
      PARA_2,
    );

    expect(stripBoilerplate(text)).toBe(text);
  });

  it('keeps a short teaser that has no full paragraph (nothing else would remain)', () => {
    expect(stripBoilerplate('Allies meet in Brussels')).toBe('Allies meet in Brussels');
  });

  it('keeps paragraph breaks as blank lines, never more than one', () => {
    expect(stripBoilerplate(article(PARA_1, '', 'Posted', '', '', PARA_2))).toBe(article(PARA_1, '', PARA_2));
  });

  describe('on the seed and dev files', () => {
    it('cuts the AI-features, comments and related-articles tail of seed 000', () => {
      const text = stripBoilerplate(shared('seeds/000_d681286658581649.txt'));

      expect(text).toMatch(/^The U\.K\. and France are planning/);
      expect(text).toMatch(/after years of underinvestment\.$/);
      expect(text).not.toMatch(/Japan readies|No comments yet/);
    });

    it('removes the "appeared first on" line of seed 001 and the "first appeared on" line of v13', () => {
      expect(stripBoilerplate(shared('seeds/001_90c92375e4738d72.txt'))).not.toMatch(/appeared first on/);
      expect(stripBoilerplate(shared('eval/dev/articles/v13.txt'))).not.toMatch(/first appeared on/);
    });

    it('removes the crumbs, duplicated caption, photo credit and byline of seed 002', () => {
      const text = stripBoilerplate(shared('seeds/002_08c32f70dcbc9816.txt'));

      expect(text).toMatch(/^The United States, in informal discussions/);
      expect(text).not.toMatch(/Images source|Mateusz Czmiel|Media: USA ready|Related content/);
    });

    it('removes the caption, reading time, author bio and "Read more" tail of seed 003', () => {
      const text = stripBoilerplate(shared('seeds/003_9bd0a90cc6e64f8b.txt'));

      expect(text).toMatch(/^A package of security guarantees/);
      expect(text).not.toMatch(
        /2 min read|Photo for illustrative|Goncharova|Head of North America|arrest was/,
      );
    });

    it('removes the navigation, promo links and caption of seed 004', () => {
      const text = stripBoilerplate(shared('seeds/004_2b18ecdce7cf2040.txt'));

      expect(text).not.toMatch(
        /World NewsEurope|^Actions$|^Posted$|ADDITIONAL REPORTING|IN CASE YOU MISSED IT|From left/m,
      );
      expect(text).toContain(
        'Twenty-six countries have pledged to form a post-war "reassurance force" for Ukraine',
      );
    });
  });
  it("keeps the rows of a table of countries' positions, which look like headings", () => {
    const tracker = [
      'This tracker lists only what governments have said on the record about the force for Ukraine.',
      '',
      'Country | Contribution | Position | Source',
      'Italy | Air patrols | Offered | Crosetto, Oct',
      'Poland | Ground troops | Ruled out | Tusk, Sept',
      '',
      'The pattern is familiar. The countries nearest Russia offer soldiers; those further away offer ships, aircraft and money. The one thing nobody can replace is the American backstop, and Washington has yet to say what it would consist of.',
    ].join('\n');
    const kept = stripBoilerplate(tracker);
    expect(kept).toContain('Italy | Air patrols | Offered | Crosetto, Oct');
    expect(kept).toContain('Poland | Ground troops | Ruled out | Tusk, Sept');
  });
  it("drops a newsletter's footer that says why the reader receives it", () => {
    const body = [
      'Belgium has offered a minehunter for the maritime component of the force for Ukraine, its defence minister said on Tuesday.',
      '',
      'You are receiving Coalition Watch because you subscribed at our website. Last issue: "Belgium commits minehunters". Forward this email to a colleague | Unsubscribe',
    ].join('\n');
    expect(stripBoilerplate(body)).not.toContain('Last issue');
    expect(stripBoilerplate(body)).toContain('Belgium has offered a minehunter');
  });
  it('drops an author note that opens with its label ("About the author: ...")', () => {
    const body = [
      'Hungary has said it will stay out of any mission, and the coalition is planning without it for now.',
      '',
      "About the author: Katarzyna Wrona is a senior fellow at the Centre. She previously reported from Budapest, including on Hungary's decision to stay out of any military mission in Ukraine.",
    ].join('\n');
    expect(stripBoilerplate(body)).not.toContain('About the author');
    expect(stripBoilerplate(body)).toContain('Hungary has said it will stay out');
  });

  it('keeps a subheading in capitals inside the article, which says whom the next paragraph is about, and drops one above it', () => {
    const body = article(
      'NEWS | EUROPE',
      PARA_1,
      '',
      'POLAND AND ROMANIA',
      'The two frontline states rule out sending soldiers into Ukraine, but both would serve as transit hubs.',
      '',
      'Poland and Romania',
      PARA_2,
    );
    const stripped = stripBoilerplate(body);
    expect(stripped).toContain('POLAND AND ROMANIA');
    expect(stripped).not.toContain('NEWS | EUROPE');
    // A subheading in title case is not told from a promo link or a crumb: it still goes.
    expect(stripped).not.toContain('Poland and Romania\n');
  });
});
