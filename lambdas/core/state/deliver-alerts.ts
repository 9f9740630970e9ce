import type { AlertOutbox, AlertPublisher, CommitmentStore } from '../ports.js';
import type { Alert } from './alert.js';

export interface DeliveryDeps {
  outbox: AlertOutbox;
  publisher: AlertPublisher;
  commitments: CommitmentStore;
  now: () => Date;
  /** How long a claim keeps other notifiers off an alert; longer than one publish with its retries. */
  leaseMs?: number;
}

const DEFAULT_LEASE_MS = 2 * 60_000;

/**
 * Claim, publish, mark: the claim keeps a second notifier (a stream retry, the local drain) from
 * sending the same alert; a notifier that dies after publishing but before marking leaves a claim
 * that runs out, and only then can the alert go out again. That window is the one place a subscriber
 * could see a repeat; an alert is never dropped.
 */
export async function deliverAlert(alert: Alert, deps: DeliveryDeps): Promise<'sent' | 'skipped'> {
  const now = deps.now();
  const leaseUntil = new Date(now.getTime() + (deps.leaseMs ?? DEFAULT_LEASE_MS));
  if (!(await deps.outbox.claim(alert.alertId, now, leaseUntil))) return 'skipped';
  const positions = await deps.commitments.getPositions(alert.country);
  const otherPositions = positions.filter((p) => p.category !== alert.category);
  await deps.publisher.publish(alert, { otherPositions });
  await deps.outbox.markPublished(alert.alertId, deps.now());
  return 'sent';
}

/** Sends everything still pending, oldest first; returns what this call sent. */
export async function drainPendingAlerts(deps: DeliveryDeps, batchSize = 100): Promise<Alert[]> {
  const sent: Alert[] = [];
  for (;;) {
    const pending = await deps.outbox.pending(batchSize);
    let progressed = false;
    for (const alert of pending) {
      if ((await deliverAlert(alert, deps)) === 'sent') {
        sent.push(alert);
        progressed = true;
      }
    }
    // Pending items all held by someone else's live claim: leave them to that notifier.
    if (!progressed || pending.length < batchSize) return sent;
  }
}
