import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli/main.js';
import { captureIO } from '../support/capture-io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cw-settings-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = path.join(dir, 'chile.txt');
writeFileSync(
  article,
  'Chile joins the coalition of the willing\n\nChile will send troops to the reassurance force for Ukraine after a ceasefire, its foreign ministry said.\n',
);
const extension = path.join(dir, 'extension.json');
writeFileSync(
  extension,
  JSON.stringify({ countries: [{ code: 'CL', names: ['Chile'], adjectives: ['Chilean'] }] }),
);

async function monitor(env: NodeJS.ProcessEnv, ...args: string[]) {
  const io = { ...captureIO(), env };
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('analysis settings through the CLI', () => {
  it('reads countries from the gazetteer extension', async () => {
    const plain = await monitor({}, 'analyze', '--json', article);
    expect(JSON.parse(plain.out).commitments).toEqual([]);
    const extended = await monitor({ GAZETTEER_EXTENSION: extension }, 'analyze', '--json', article);
    expect(extended.code).toBe(0);
    expect(JSON.parse(extended.out).commitments).toMatchObject([
      { country: 'CL', category: 'ground_troops', stance: 'committed' },
    ]);
  });

  it('applies RELEVANCE_THRESHOLD', async () => {
    const { score, relevant } = JSON.parse((await monitor({}, 'analyze', '--json', article)).out);
    expect(relevant).toBe(true);
    const strict = await monitor({ RELEVANCE_THRESHOLD: String(score + 1) }, 'analyze', '--json', article);
    expect(JSON.parse(strict.out)).toMatchObject({ relevant: false, commitments: [] });
  });

  it('lets query ask for a country the extension adds', async () => {
    const db = path.join(dir, 'db');
    const unknown = await monitor({}, 'query', 'commitments', '--country', 'CL', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown country code "CL"/);
    const known = await monitor(
      { GAZETTEER_EXTENSION: extension },
      'query',
      'commitments',
      '--country',
      'CL',
      '--db',
      db,
    );
    expect(known.err).toBe('');
    expect(known.code).toBe(0);
  });

  it('stops with one line and status 1 on a bad setting, before reading anything', async () => {
    const bad = await monitor({ RELEVANCE_THRESHOLD: 'high' }, 'analyze', article);
    expect(bad).toEqual({
      code: 1,
      out: '',
      err: 'monitor: RELEVANCE_THRESHOLD must be a number, such as 3\n',
    });
    const missing = await monitor({ GAZETTEER_EXTENSION: path.join(dir, 'nope.json') }, 'run', '--once');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^monitor: gazetteer extension .*nope\.json: no such file\n$/);
  });
});
