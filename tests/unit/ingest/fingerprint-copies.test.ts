import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../../lambdas/core/ingest/boilerplate.js';
import {
  containment,
  fingerprint,
  fingerprintText,
  isCopy,
} from '../../../lambdas/core/ingest/fingerprint.js';

/*
 * Copy detection measured on the seeds, the dev set and hand-written hard cases. Every text goes
 * through stripBoilerplate first, as in the poll, and seeds are fingerprinted as the baseline does.
 */

const SEEDS_DIR = '../shared/seeds';
const DEV_DIR = '../shared/eval/dev/articles';
const seedFiles = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
const seedText = (prefix: string): string => {
  const file = seedFiles.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(`${SEEDS_DIR}/${file}`, 'utf8');
};
const devText = (id: string): string => readFileSync(`${DEV_DIR}/${id}.txt`, 'utf8');
const print = (text: string): string[] => fingerprint(stripBoilerplate(text));
/** A new text's fingerprint as the copy test reads it, with its paragraphs. */
const printText = (text: string) => fingerprintText(stripBoilerplate(text));
const paragraphs = (text: string): string[] => text.split(/\n+/).filter((p) => p.trim() !== '');
/** Paragraphs a summary would take: real sentences, not sub-headings. */
const bodyParagraphs = (text: string): string[] =>
  paragraphs(text).filter((p) => p.split(/\s+/).length >= 20);

const UNRELATED = [
  'Separately, the European Commission proposed a new budget line for military mobility on Wednesday, saying roads and rail bridges across the bloc must be able to carry heavy equipment quickly.',
  'Farmers in Poland and Hungary continued to protest against imports of Ukrainian grain, blocking border crossings for a third day and demanding compensation from Brussels.',
  'Energy prices in Germany fell for the fourth month running as gas storage facilities reached their target levels earlier than expected, the economy ministry said.',
  'In Moldova, the government announced a new package of measures to protect critical infrastructure against cyberattacks ahead of local elections next month.',
];

function variants(raw: string): Record<string, string> {
  const clean = stripBoilerplate(raw);
  const body = bodyParagraphs(clean);
  return {
    'a new headline': `Allies sharpen plans for Ukraine force as Washington weighs in\n\n${clean}`,
    'trimmed to two paragraphs': body.slice(0, 2).join('\n\n'),
    'paragraphs reordered': [...paragraphs(clean)].reverse().join('\n\n'),
    'its boilerplate removed': clean,
    'other boilerplate added': [
      'Home | World | Europe',
      '4 min read',
      clean,
      'Sign up for our daily newsletter to get the news in your inbox.',
      'Related Articles',
      'Football: late goal settles the derby in front of a record crowd at the national stadium on Sunday night.',
    ].join('\n\n'),
    'U.K. to UK and curly to straight quotes': clean
      .replace(/U\.K\.?/g, 'UK')
      .replace(/U\.S\./g, 'US')
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/[—–]/g, '-'),
    'a summary embedded among other paragraphs': [
      UNRELATED[0],
      UNRELATED[1],
      ...body.slice(0, 3),
      UNRELATED[2],
      UNRELATED[3],
    ].join('\n\n'),
  };
}

const HARD_NEGATIVES: Record<string, { seed: string; text: string }> = {
  trumpFoxQuote: {
    seed: '003',
    text: `WASHINGTON — U.S. President Donald Trump on Tuesday offered his clearest hint yet that Washington could back a European force in Ukraine, though he ruled out American ground troops.

Speaking in a telephone interview, Trump said European nations had told him they were ready to commit soldiers. “When it comes to security, they’re willing to put people on the ground,” Trump told Fox News. “We’re willing to help them with things, especially — probably you could talk about by air, because there’s nobody that has the kind of stuff we have, really they don’t have. But I don’t think it’s going to be a problem.”

Analysts in Washington said the remarks fell short of a formal commitment. Pentagon officials have been asked to draw up options for intelligence sharing and air defense support, two people familiar with the planning said, but no decision has been made.

In Kyiv, officials welcomed the comments cautiously. A senior adviser to President Volodymyr Zelensky said Ukraine needed guarantees written into any agreement rather than statements on television.

Moscow dismissed the idea. Kremlin spokesman Dmitry Peskov said any deployment of troops from NATO countries would be unacceptable to Russia.`,
  },
  macronTwentySix: {
    seed: '001',
    text: `Macron hails pledges, but capitals stay quiet on numbers

PARIS — Emmanuel Macron declared the Paris summit a success on Thursday evening, telling reporters that allies had put their offers in writing for the first time.

“Twenty-six countries have formalized their contributions very precisely,” Macron said, adding: “We now have 26 countries that have formally committed to deploy a force of reassurance for Ukraine armed forces … to be present on the ground, at sea or in the sky.”

Yet few governments were willing to say what they had offered. Officials in Madrid, Rome and The Hague declined to give figures, while Danish and Swedish ministers said their parliaments would have to vote first.

Diplomats said the list remains confidential partly to avoid giving Moscow a map of the force. Others said it reflected unresolved debates at home about sending soldiers abroad.`,
  },
  macronNotWar: {
    seed: '004',
    text: `Macron insists reassurance force is no army of war

French President Emmanuel Macron sought on Friday to calm fears in Moscow and at home that a European deployment in Ukraine would drag the continent into the fighting.

"This force does not have the will or the objective of waging war against Russia," Macron told reporters in Paris. "But it must guarantee peace and provide very clear strategic signaling. It will be deployed within the framework of a ceasefire, not on the front line — to prevent any new major aggression and to involve the 26 states very clearly in the lasting security of Ukraine."

Opposition leaders in the National Assembly demanded a vote before any French soldier is sent. Polls published this week show the public split almost evenly on the idea.`,
  },
  healeyDeterrence: {
    seed: '000',
    text: `UK defence secretary says Ukraine's army is the real guarantee

John Healey told MPs on Monday that Britain would spend more on training Ukrainian soldiers next year, arguing that Kyiv's own forces matter more than any foreign deployment.

"The most effective deterrence against renewed Putin aggression, the best way of cementing a ceasefire, is the strength of the Ukrainian forces themselves," he said.

The Ministry of Defence will double the number of Ukrainian recruits trained in Britain under Operation Interflex, and will fund drone production in Ukraine through a new joint venture, Healey said. Conservative MPs asked whether British troops would still be sent after a ceasefire; the minister said planning continued with France.`,
  },
  stubbShort: {
    seed: '001',
    text: `Finland will not send soldiers to the front, Stubb says

Finnish President Alexander Stubb, who was at the Paris meeting, told Finnish media: “We are not sending Finns to the war front in Ukraine. Finland will participate in one way or another when the time comes.”

Helsinki is expected to offer air surveillance and demining experts instead.`,
  },
  britishSingleQuotes: {
    seed: '004',
    text: `Paris force 'not for waging war', Macron tells critics

Emmanuel Macron has defended the reassurance force for Ukraine against critics on the left and right of French politics, saying its purpose was deterrence.

‘This force does not have the will or the objective of waging war against Russia,’ Macron told reporters in Paris. ‘But it must guarantee peace and provide very clear strategic signaling. It will be deployed within the framework of a ceasefire, not on the front line — to prevent any new major aggression and to involve the 26 states very clearly in the lasting security of Ukraine.’

The Élysée has not said how many French soldiers would take part. Military planners in Paris have drawn up options ranging from a few hundred trainers to a brigade of several thousand troops.`,
  },
};

describe('copies of the seeds', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const raw = seedText(prefix);
    const seed = print(raw);
    for (const [name, text] of Object.entries(variants(raw))) {
      it(`recognises seed ${prefix} with ${name}`, () => {
        expect(isCopy(printText(text), seed)).toBe(true);
      });
    }
  }

  it('recognises dev v13 (a re-post with another tail) as a copy of seed 001', () => {
    expect(containment(print(devText('v13')), print(seedText('001'))).aInB).toBeGreaterThan(0.9);
    expect(isCopy(printText(devText('v13')), print(seedText('001')))).toBe(true);
  });

  it('recognises dev v14 (a 2-paragraph summary) as a copy of seed 000', () => {
    expect(containment(print(devText('v14')), print(seedText('000'))).aInB).toBeGreaterThan(0.9);
    expect(isCopy(printText(devText('v14')), print(seedText('000')))).toBe(true);
  });
});

describe('distinct articles are not copies', () => {
  const seedPrefixes = ['000', '001', '002', '003', '004'];

  for (const [name, { seed, text }] of Object.entries(HARD_NEGATIVES)) {
    it(`${name}: shares one long quotation with seed ${seed} but is another article`, () => {
      const result = containment(print(text), print(seedText(seed)));

      expect(isCopy(printText(text), print(seedText(seed)))).toBe(false);
      expect(result.shared).toBeLessThanOrEqual(1);
    });
  }

  it('dev v15 (same event as seed 003, its own words) is not a copy of any seed', () => {
    for (const prefix of seedPrefixes)
      expect(isCopy(printText(devText('v15')), print(seedText(prefix)))).toBe(false);
  });

  const devIds = ['v01', 'v02', 'v03', 'v04', 'v05', 'v06', 'v07', 'v08', 'v09', 'v10', 'v11', 'v12', 'v15'];
  it.each(devIds)('dev %s is not a copy of any seed', (id) => {
    const dev = printText(devText(id));

    for (const prefix of seedPrefixes) expect(isCopy(dev, print(seedText(prefix)))).toBe(false);
  });

  // Wire stories reuse a background paragraph verbatim from one story to the next. A new story that
  // carries one such paragraph of another is its own story: swallowing it as a copy would lose its alerts.
  it('a new story that reuses one background paragraph (up to 60 words) of another is not its copy', () => {
    const flagged: string[] = [];
    let tried = 0;
    for (const a of seedPrefixes) {
      for (const b of seedPrefixes) {
        if (a === b) continue;
        for (const [i, paragraph] of bodyParagraphs(stripBoilerplate(seedText(b))).entries()) {
          if (paragraph.split(/\s+/).length > 60) continue;
          tried++;
          const story = `${seedText(a)}\n\n${paragraph}`;
          if (isCopy(printText(story), print(seedText(b)))) flagged.push(`${a} + ${b}[${i}]`);
        }
      }
    }
    expect(tried).toBeGreaterThan(50);
    expect(flagged).toEqual([]);
  });

  // Briefs from one desk end on the same stock paragraph of background. In a short, quote-heavy brief that
  // paragraph can be a third of its narrative, yet the brief's own news is in its other paragraphs.
  it('a short brief ending on the stock background paragraph of another brief is not its copy', () => {
    const stock =
      'The coalition of the willing, led by Britain and France, has been planning since the spring a multinational force that would deploy only after a ceasefire, with the United States expected to provide intelligence and other support from outside the country.';
    const known = [
      'Lisbon said on Monday that a Portuguese frigate would join the maritime component of the force once the fighting stops, the first firm pledge from the Iberian peninsula.',
      '"We have made our decision," the defence minister told parliament, adding that the ship would sail with a crew of around 160 sailors.',
      stock,
    ].join('\n\n');
    const brief = [
      'Slovenia will not send soldiers to Ukraine after a ceasefire, its prime minister said on Thursday.',
      '"Our army is small and our priorities are at home," he told reporters in Ljubljana, "and I will not ask parliament to approve a deployment of that kind."',
      'He said the government would look at financing instead.',
      stock,
    ].join('\n\n');
    const shared = containment(printText(brief).hashes, print(known));

    expect(shared.shared * shared.modulus).toBeGreaterThanOrEqual(24);
    expect(shared.aInB).toBeGreaterThanOrEqual(0.25);
    expect(isCopy(printText(brief), print(known))).toBe(false);
    // The same stock paragraph with the known brief's own opening is a trimmed copy.
    expect(isCopy(printText(known.split('\n\n').slice(0, 1).concat(stock).join('\n\n')), print(known))).toBe(
      true,
    );
  });

  it('no two seeds are copies of each other', () => {
    for (const a of seedPrefixes) {
      for (const b of seedPrefixes) {
        if (a < b) expect(isCopy(printText(seedText(a)), print(seedText(b)))).toBe(false);
      }
    }
  });

  it('no two distinct dev articles are copies of each other', () => {
    for (const a of devIds) {
      for (const b of devIds) {
        if (a < b) expect(isCopy(printText(devText(a)), print(devText(b)))).toBe(false);
      }
    }
  });
});
