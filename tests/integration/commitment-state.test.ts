import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../bin/local/embedded-dynamo.js';
import { DynamoAlertOutbox } from '../../lambdas/adapters/dynamo-alert-outbox.js';
import { DynamoCommitmentStore } from '../../lambdas/adapters/dynamo-commitment-store.js';
import type { AlertPublisher } from '../../lambdas/core/ports.js';
import type { Alert } from '../../lambdas/core/state/alert.js';
import { applyCommitments } from '../../lambdas/core/state/apply-commitments.js';
import { drainPendingAlerts } from '../../lambdas/core/state/deliver-alerts.js';
import type { Commitment } from '../../lambdas/core/taxonomy.js';

let db: EmbeddedDynamo;
let run = 0;
let commitments: DynamoCommitmentStore;
let outbox: DynamoAlertOutbox;

beforeAll(async () => {
  db = await startEmbeddedDynamo(undefined);
});
afterAll(async () => {
  await db.close();
});
beforeEach(() => {
  // Each test works on its own country, so tests never see each other's positions.
  run++;
  commitments = new DynamoCommitmentStore(db.client, db.tables.commitments);
  outbox = new DynamoAlertOutbox(db.client, db.tables.alerts);
});

const country = () => `Q${String.fromCharCode(65 + (run % 26))}`;
const says = (
  stance: Commitment['stance'],
  category: Commitment['category'] = 'ground_troops',
): Commitment => ({
  country: country(),
  category,
  stance,
  evidence: `${country()} says ${stance}.`,
});
const article = (articleId: string, publishedAt: string) => ({
  articleId,
  url: `https://news.example/${articleId}`,
  title: `Article ${articleId}`,
  publishedAt,
});
const apply = (c: Commitment, a: ReturnType<typeof article>) =>
  applyCommitments([c], a, { commitments, outbox });

function recordingPublisher(): AlertPublisher & { sent: Alert[] } {
  const sent: Alert[] = [];
  return { sent, publish: async (alert) => void sent.push(alert) };
}

describe('commitment state in DynamoDB', () => {
  it('alerts a first statement with previous null, and a later change with the previous stance', async () => {
    const [first] = await apply(says('willing'), article(`a${run}`, '2025-10-01T00:00:00Z'));
    const [change] = await apply(says('committed'), article(`b${run}`, '2025-10-05T00:00:00Z'));

    expect(first?.alert).toMatchObject({ previous: null, current: 'willing' });
    expect(change?.alert).toMatchObject({ previous: 'willing', current: 'committed' });
    expect(await commitments.getPosition(country(), 'ground_troops')).toMatchObject({
      stance: 'committed',
      since: '2025-10-05T00:00:00Z',
      version: 2,
    });
    expect((await commitments.history(country())).map((h) => h.current)).toEqual(['willing', 'committed']);
  });

  it('takes a restatement as evidence without an alert, keeping when the stance began', async () => {
    await apply(says('willing'), article(`a${run}`, '2025-10-01T00:00:00Z'));
    const [restated] = await apply(says('willing'), article(`b${run}`, '2025-10-09T00:00:00Z'));

    expect(restated).toMatchObject({ outcome: 'restated', alert: null });
    expect(await commitments.getPosition(country(), 'ground_troops')).toMatchObject({
      articleId: `b${run}`,
      since: '2025-10-01T00:00:00Z',
    });
  });

  it('changes nothing for an article published before the stored evidence', async () => {
    await apply(says('ruled_out'), article(`a${run}`, '2025-10-05T00:00:00Z'));
    const [late] = await apply(says('committed'), article(`b${run}`, '2025-09-01T00:00:00Z'));

    expect(late).toMatchObject({ outcome: 'stale', alert: null });
    expect((await commitments.getPosition(country(), 'ground_troops'))?.stance).toBe('ruled_out');
  });

  it('leaves one state and one alert when ten pollers apply the same article at once', async () => {
    const a = article(`a${run}`, '2025-10-01T00:00:00Z');
    const results = await Promise.all(Array.from({ length: 10 }, () => apply(says('committed'), a)));

    const firsts = results.flat().filter((r) => r.outcome === 'first');
    expect(firsts).toHaveLength(1);
    const publisher = recordingPublisher();
    await drainPendingAlerts({ outbox, commitments, publisher, now: () => new Date() });
    expect(publisher.sent.filter((s) => s.country === country())).toHaveLength(1);
  });

  it('ends in the later stance whichever of two concurrent articles lands first', async () => {
    const early = article(`a${run}`, '2025-10-01T00:00:00Z');
    const later = article(`b${run}`, '2025-10-02T00:00:00Z');
    const results = (
      await Promise.all([apply(says('willing'), early), apply(says('committed'), later)])
    ).flat();

    expect((await commitments.getPosition(country(), 'ground_troops'))?.stance).toBe('committed');
    const alerts = results.flatMap((r) => (r.alert ? [r.alert] : []));
    // Either willing then committed (two real changes) or committed alone with the early one stale.
    expect(alerts.some((a) => a.current === 'committed')).toBe(true);
    const history = await commitments.history(country());
    expect(history.map((h) => h.alertId).sort()).toEqual(alerts.map((a) => a.alertId).sort());
  });

  it('finishes the alert owed when a crash hit between the position write and the outbox', async () => {
    const a = article(`a${run}`, '2025-10-01T00:00:00Z');
    const crashingOutbox = Object.assign(Object.create(outbox), {
      record: async () => {
        throw new Error('process killed');
      },
    });
    await expect(
      applyCommitments([says('committed')], a, { commitments, outbox: crashingOutbox }),
    ).rejects.toThrow('process killed');

    const [retry] = await apply(says('committed'), a);
    const publisher = recordingPublisher();
    await drainPendingAlerts({ outbox, commitments, publisher, now: () => new Date() });
    await drainPendingAlerts({ outbox, commitments, publisher, now: () => new Date() });

    expect(retry?.outcome).toBe('already_applied');
    expect(publisher.sent.filter((s) => s.country === country())).toEqual([
      expect.objectContaining({ previous: null, current: 'committed' }),
    ]);
  });
});

describe('alert outbox', () => {
  const alert = (id: string): Alert => ({
    alertId: id,
    country: 'QQ',
    category: 'air',
    previous: null,
    current: 'willing',
    evidence: 'e',
    articleUrl: null,
    title: 't',
    publishedAt: '2025-10-01T00:00:00Z',
  });

  it('never turns a published alert back into a pending one', async () => {
    await outbox.record(alert(`x${run}`));
    await outbox.markPublished(`x${run}`, new Date());
    await outbox.record(alert(`x${run}`));

    expect((await outbox.pending(100)).map((a) => a.alertId)).not.toContain(`x${run}`);
  });

  it('lets one notifier hold a claim until its lease runs out', async () => {
    await outbox.record(alert(`y${run}`));
    const t0 = new Date('2026-01-01T00:00:00Z');
    const lease = new Date('2026-01-01T00:02:00Z');

    expect(await outbox.claim(`y${run}`, t0, lease)).toBe(true);
    expect(await outbox.claim(`y${run}`, new Date('2026-01-01T00:01:00Z'), lease)).toBe(false);
    expect(
      await outbox.claim(`y${run}`, new Date('2026-01-01T00:03:00Z'), new Date('2026-01-01T00:05:00Z')),
    ).toBe(true);
  });

  it('publishes each pending alert once when two drains run at the same time', async () => {
    for (const id of ['p', 'q', 'r']) await outbox.record(alert(`${id}${run}`));
    const publisher = recordingPublisher();
    const deps = { outbox, commitments, publisher, now: () => new Date() };

    await Promise.all([drainPendingAlerts(deps), drainPendingAlerts(deps)]);

    const ids = publisher.sent.map((a) => a.alertId).filter((id) => id.endsWith(String(run)));
    expect(ids.sort()).toEqual([`p${run}`, `q${run}`, `r${run}`]);
  });
});
