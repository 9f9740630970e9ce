import type { Position } from '../../lambdas/core/ports.js';
import type { Alert } from '../../lambdas/core/state/alert.js';

/** An alert as the notifier receives it: Germany cooling on ground troops. */
export const alertFixture = (overrides: Partial<Alert> = {}): Alert => ({
  alertId: 'a1',
  country: 'DE',
  category: 'ground_troops',
  previous: 'willing',
  current: 'reluctant',
  evidence: 'Berlin is reluctant to talk about German boots on the ground.',
  articleUrl: 'https://example.com/de-troops',
  title: 'Germany cools on troops',
  publishedAt: '2025-09-04T18:00:00Z',
  outlet: 'Example News',
  ...overrides,
});

/** A stored position, first version: Germany willing to send minehunters. */
export const positionFixture = (overrides: Partial<Position> = {}): Position => ({
  country: 'DE',
  category: 'maritime',
  stance: 'willing',
  evidence: 'Germany could send minehunters.',
  articleId: 'p1',
  articleUrl: null,
  title: 'Older',
  publishedAt: '2025-09-01T09:00:00Z',
  version: 1,
  since: '2025-09-01T09:00:00Z',
  previousStance: null,
  alertId: null,
  ...overrides,
});

/** The keys of an `<alert>` as `--json` and `--alerts-out` print it, in order (the shape). */
export const ALERT_LINE_KEYS = [
  'country',
  'category',
  'previous',
  'current',
  'evidence',
  'articleUrl',
  'title',
  'publishedAt',
];
