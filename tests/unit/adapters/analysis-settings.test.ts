import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AnalysisSettingsError,
  analysisSettingsFromEnv,
} from '../../../lambdas/adapters/analysis-settings.js';
import { defaultGazetteer } from '../../../lambdas/core/understand/gazetteer.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cw-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

// Scores 3 + 2: the coalition named once, and a force for Ukraine.
const TITLE = 'Ministers meet';
const BODY =
  'Ministers of the coalition of the willing met in Paris. Norway will send troops to a multinational force in Ukraine after a ceasefire.';

describe('analysis settings from the environment', () => {
  it('defaults to the shipped gazetteer and a threshold of 3', () => {
    const settings = analysisSettingsFromEnv({});
    expect(settings.threshold).toBe(3);
    expect(settings.gazetteer).toBe(defaultGazetteer);
    expect(settings.analyze(TITLE, BODY).relevant).toBe(true);
  });

  it('takes the relevance threshold from RELEVANCE_THRESHOLD', () => {
    const { score } = analysisSettingsFromEnv({}).analyze(TITLE, BODY);
    expect(
      analysisSettingsFromEnv({ RELEVANCE_THRESHOLD: String(score) }).analyze(TITLE, BODY).relevant,
    ).toBe(true);
    const above = analysisSettingsFromEnv({ RELEVANCE_THRESHOLD: String(score + 0.5) }).analyze(TITLE, BODY);
    expect(above.relevant).toBe(false);
    expect(above.commitments).toEqual([]);
  });

  it.each([
    ['abc', 'RELEVANCE_THRESHOLD must be a number, such as 3'],
    ['', 'RELEVANCE_THRESHOLD must be a number, such as 3'],
    ['3 4', 'RELEVANCE_THRESHOLD must be a number, such as 3'],
  ])('rejects RELEVANCE_THRESHOLD=%j with one line', (value, message) => {
    expect(() => analysisSettingsFromEnv({ RELEVANCE_THRESHOLD: value })).toThrow(
      new AnalysisSettingsError(message),
    );
  });

  it('reads a gazetteer extension named by GAZETTEER_EXTENSION', () => {
    const extension = file('ok.json', JSON.stringify({ countries: [{ code: 'CL', names: ['Chile'] }] }));
    const { gazetteer } = analysisSettingsFromEnv({ GAZETTEER_EXTENSION: extension });
    expect(gazetteer.findMentions('Chile and Norway').map((m) => m.code)).toEqual(['CL', 'NO']);
  });

  it('names the file and the problem, on one line, when the extension cannot be used', () => {
    const missing = path.join(dir, 'missing.json');
    const notJson = file('broken.json', '{"countries": [');
    const invalid = file('invalid.json', JSON.stringify({ countries: [{ code: 'Chile' }] }));
    const attempts: [string, RegExp][] = [
      [missing, new RegExp(`^gazetteer extension ${missing}: no such file$`)],
      [notJson, /^gazetteer extension .*broken\.json: not JSON \(.+\)$/],
      [invalid, /^.*invalid\.json: invalid gazetteer extension: countries\.0\.code: .+$/],
    ];
    for (const [extension, message] of attempts) {
      let error: unknown;
      try {
        analysisSettingsFromEnv({ GAZETTEER_EXTENSION: extension });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AnalysisSettingsError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
