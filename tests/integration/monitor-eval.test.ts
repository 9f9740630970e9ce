import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../bin/cli/main.js';
import { captureIO } from '../support/capture-io.js';

/** A two-article set whose second label claims a commitment the text cannot give. */
async function writeSet(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cw-eval-'));
  await mkdir(path.join(dir, 'articles'));
  await writeFile(
    path.join(dir, 'articles', 'a1.txt'),
    'Prisoner swap completed\n\nUkraine and Russia exchanged 150 prisoners each on Tuesday, the two sides said.\n',
  );
  await writeFile(
    path.join(dir, 'articles', 'a2.txt'),
    'Markets close higher\n\nStocks in Frankfurt and Paris closed higher on Wednesday as bond yields fell.\n',
  );
  const label = (title: string, commitments: unknown[]) => ({
    title,
    published: '2025-10-01T00:00:00Z',
    relevant: commitments.length > 0,
    commitments,
    duplicateOf: null,
  });
  await writeFile(
    path.join(dir, 'labels.json'),
    JSON.stringify({
      a1: label('Prisoner swap completed', []),
      a2: label('Markets close higher', [['DE', 'air', 'committed']]),
    }),
  );
  return dir;
}

describe('monitor eval', () => {
  it('lists each miss, and exits 1 when a score is below a floor that was set', async () => {
    const dir = await writeSet();
    const io = captureIO();

    const code = await main(['eval', '--min-f1', '0.9', dir], io);

    expect(code).toBe(1);
    expect(io.out()).toContain('miss:  a2 DE air committed');
    expect(io.out()).toContain('relevance wrong: a2 labelled relevant');
    expect(io.err()).toContain(`monitor: ${dir}: extraction F1 0.000 is below 0.9`);
  });

  it('exits 0 without floors, and reports JSON on request', async () => {
    const dir = await writeSet();
    const io = captureIO();

    const code = await main(['eval', '--json', dir], io);

    expect(code).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.sets[0].extraction.extraction).toMatchObject({ expected: 1, correct: 0 });
    expect(report.failures).toEqual([]);
  });

  it('rejects a floor outside 0..1 and a directory that is not a set, in one line', async () => {
    const badFloor = captureIO();
    const notSet = captureIO();

    expect(await main(['eval', '--min-f1', '2', 'x'], badFloor)).toBe(2);
    expect(await main(['eval', tmpdir()], notSet)).toBe(2);
    expect(badFloor.err()).toBe('monitor: --min-f1 must be between 0 and 1\n');
    expect(notSet.err()).toBe(`monitor: ${tmpdir()}: not a labelled set (no labels.json)\n`);
  });
});
