import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CoalitionWatchStack } from '../../lib/coalition-watch-stack.js';
import { ContextError, readMonitorContext } from '../../lib/monitor-context.js';
import { environmentOf, logicalId, synthStack, testApp } from './stack-fixture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cw-stack-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const extension = path.join(dir, 'extension.json');
writeFileSync(extension, JSON.stringify({ countries: [{ code: 'CL', names: ['Chile'] }] }));

const pollerEnv = (context: Record<string, unknown>) => {
  const { stack, template } = synthStack(context);
  return environmentOf(template, logicalId(stack.pipeline.poller.function));
};

describe('analysis settings in the deployed poller', () => {
  it('gives the poller the default threshold and no extension when the context sets neither', () => {
    const env = pollerEnv({});
    expect(env.RELEVANCE_THRESHOLD).toBe('3');
    expect(env.GAZETTEER_EXTENSION).toBeUndefined();
  });

  it('passes the relevanceThreshold context on, from a number or the string `-c` gives', () => {
    expect(pollerEnv({ relevanceThreshold: 4.5 }).RELEVANCE_THRESHOLD).toBe('4.5');
    expect(pollerEnv({ relevanceThreshold: '5' }).RELEVANCE_THRESHOLD).toBe('5');
  });

  it('points the poller at the extension bundled with it', () => {
    expect(pollerEnv({ gazetteerExtension: extension }).GAZETTEER_EXTENSION).toBe(
      '/var/task/gazetteer-extension.json',
    );
  });

  it.each([
    [{ relevanceThreshold: 'high' }, /^invalid context relevanceThreshold: must be a number$/],
    [
      { gazetteerExtension: path.join(dir, 'nope.json') },
      /^invalid context gazetteerExtension: gazetteer extension .*nope\.json: no such file$/,
    ],
    [{ gazetteerExtension: '' }, /^invalid context gazetteerExtension: must name a file$/],
  ])('refuses %j at synth, naming the key', (context, message) => {
    expect(() => readMonitorContext(testApp(context).node)).toThrow(ContextError);
    expect(() => readMonitorContext(testApp(context).node)).toThrow(message);
  });

  it('refuses an extension that fails validation, with the field at fault', () => {
    const invalid = path.join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ countries: [{ code: 'GB', names: ['France'] }] }));
    expect(() => readMonitorContext(testApp({ gazetteerExtension: invalid }).node)).toThrow(
      /gazetteerExtension: .*invalid\.json: gazetteer extension conflicts with the shipped gazetteer: "France" names both FR and GB/,
    );
  });

  it('copies the extension into the bundle the poller runs from', { timeout: 120_000 }, () => {
    const app = testApp({ gazetteerExtension: extension, 'aws:cdk:bundling-stacks': ['**'] });
    new CoalitionWatchStack(app, 'Bundled', { config: readMonitorContext(app.node) });
    const assembly = app.synth();
    const bundles = readdirSync(assembly.directory)
      .filter((name) => name.startsWith('asset.'))
      .map((name) => path.join(assembly.directory, name))
      .filter((asset) => existsSync(path.join(asset, 'gazetteer-extension.json')));
    expect(bundles).toHaveLength(1);
    const bundle = bundles[0] as string;
    expect(JSON.parse(readFileSync(path.join(bundle, 'gazetteer-extension.json'), 'utf8'))).toEqual({
      countries: [{ code: 'CL', names: ['Chile'] }],
    });
    expect(existsSync(path.join(bundle, 'seeds'))).toBe(true);
  });
});
