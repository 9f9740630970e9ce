import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import type { AlertPublisher, Position } from '../core/ports.js';
import { type Alert, alertRecord } from '../core/state/alert.js';
import { STANCE_WORDS } from '../core/state/alert-message.js';
import { countryName } from '../core/state/country-names.js';
import { CATEGORIES, CATEGORY_WORDS } from '../core/taxonomy.js';

export interface ConsoleAlertPublisherOptions {
  /** Where a person reads the alert; null prints nothing (machine output only). @default process.stderr */
  readonly out?: Writable | null;
  /** A file that gets one `<alert>` JSON line per alert, appended. */
  readonly alertsOutPath?: string;
}

/** The `<alert>` JSON of the README, without a newline: exactly its keys, in its order. */
export function alertJsonLine(alert: Alert): string {
  return JSON.stringify(alertRecord(alert));
}

/** The local run's stand-in for SNS: the alert on a terminal and, if asked, as a line in a file. */
export class ConsoleAlertPublisher implements AlertPublisher {
  private readonly out: Writable | null;
  private readonly alertsOutPath: string | undefined;

  constructor(options: ConsoleAlertPublisherOptions = {}) {
    this.out = options.out === undefined ? process.stderr : options.out;
    this.alertsOutPath = options.alertsOutPath;
  }

  async publish(alert: Alert, context: { otherPositions: Position[] }): Promise<void> {
    this.out?.write(`${describeAlert(alert, context.otherPositions)}\n`);
    if (this.alertsOutPath) {
      await mkdir(dirname(this.alertsOutPath), { recursive: true });
      await appendFile(this.alertsOutPath, `${alertJsonLine(alert)}\n`, 'utf8');
    }
  }
}

function describeAlert(alert: Alert, otherPositions: Position[]): string {
  const move = alert.previous
    ? `${STANCE_WORDS[alert.previous]} -> ${STANCE_WORDS[alert.current]}`
    : `first stated: ${STANCE_WORDS[alert.current]}`;
  const others = otherPositions
    .filter((p) => p.category !== alert.category)
    .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category))
    .map((p) => `${CATEGORY_WORDS[p.category]} ${STANCE_WORDS[p.stance]}`);
  const source = [alert.title, alert.outlet, alert.publishedAt].filter(Boolean).join(' | ');
  return [
    `ALERT  ${countryName(alert.country)} (${alert.country}), ${CATEGORY_WORDS[alert.category]}: ${move}`,
    `  evidence: "${alert.evidence.replace(/\s+/g, ' ').trim()}"`,
    `  article:  ${source}`,
    `  link:     ${alert.articleUrl ?? 'no link'}`,
    `  also:     ${others.length > 0 ? others.join('; ') : 'no other positions stored'}`,
  ].join('\n');
}
