import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertJsonLine, ConsoleAlertPublisher } from '../../../lambdas/adapters/console-alert-publisher.js';
import type { Alert } from '../../../lambdas/core/state/alert.js';
import { ALERT_LINE_KEYS, alertFixture, positionFixture } from '../../support/alert-fixtures.js';

const alert = (overrides: Partial<Alert> = {}): Alert =>
  alertFixture({
    alertId: 'a1b2',
    country: 'GB',
    previous: 'committed',
    evidence: 'People familiar said Britain may abandon plans to send troops.',
    articleUrl: 'https://example.com/uk-troops',
    title: 'UK may scale back',
    ...overrides,
  });

const airDefense = positionFixture({ country: 'GB', category: 'air_defense', evidence: 'x' });

function capture() {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return { stream, text: () => chunks.join('') };
}

describe('alertJsonLine', () => {
  it('has exactly the <alert> keys, in order, and no alertId or outlet', () => {
    const line = alertJsonLine(alert());
    expect(Object.keys(JSON.parse(line))).toEqual(ALERT_LINE_KEYS);
    expect(line).not.toContain('\n');
    expect(JSON.parse(alertJsonLine(alert({ previous: null, articleUrl: null })))).toMatchObject({
      previous: null,
      articleUrl: null,
    });
  });
});

describe('ConsoleAlertPublisher', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'console-alerts-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('appends one JSON line per alert to the file, after what was there', async () => {
    // Arrange
    const path = join(dir, 'nested', 'alerts.jsonl');
    const out = capture();
    const first = new ConsoleAlertPublisher({ out: out.stream, alertsOutPath: path });
    await first.publish(alert(), { otherPositions: [] });
    const second = new ConsoleAlertPublisher({ out: null, alertsOutPath: path });

    // Act
    await second.publish(alert({ category: 'air_defense', previous: null, current: 'willing' }), {
      otherPositions: [],
    });

    // Assert
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ category: 'ground_troops', current: 'reluctant' });
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ category: 'air_defense', previous: null });
  });

  it('keeps an existing file', async () => {
    const path = join(dir, 'alerts.jsonl');
    await writeFile(path, '{"earlier":true}\n');

    await new ConsoleAlertPublisher({ out: null, alertsOutPath: path }).publish(alert(), {
      otherPositions: [],
    });

    expect(await readFile(path, 'utf8')).toBe(`{"earlier":true}\n${alertJsonLine(alert())}\n`);
  });

  it('prints a readable block for a person', async () => {
    const out = capture();

    await new ConsoleAlertPublisher({ out: out.stream }).publish(alert(), { otherPositions: [airDefense] });

    const text = out.text();
    expect(text).toContain('United Kingdom (GB), ground troops: committed -> reluctant');
    expect(text).toContain('"People familiar said Britain may abandon plans to send troops."');
    expect(text).toContain('https://example.com/uk-troops');
    expect(text).toContain('air defense willing');
    expect(text.endsWith('\n')).toBe(true);
  });
});
