import type { AlertOutbox, CommitmentStore, Position } from '../ports.js';
import type { Commitment } from '../taxonomy.js';
import { type Alert, alertIdFor } from './alert.js';
import { type ArticleFacts, decidePosition } from './decide-position.js';

export interface AppliedCommitment {
  commitment: Commitment;
  outcome: 'first' | 'change' | 'restated' | 'stale' | 'already_applied';
  alert: Alert | null;
}

/** Conflicts mean another poller wrote the same pair between our read and our write; re-read and re-decide. */
const MAX_ATTEMPTS = 8;

export class PositionConflictError extends Error {
  constructor(country: string, category: string) {
    super(`position ${country}/${category}: still conflicting after ${MAX_ATTEMPTS} attempts`);
    this.name = 'PositionConflictError';
  }
}

export async function applyCommitments(
  commitments: readonly Commitment[],
  article: ArticleFacts,
  deps: { commitments: CommitmentStore; outbox: AlertOutbox },
): Promise<AppliedCommitment[]> {
  const results: AppliedCommitment[] = [];
  for (const commitment of commitments) {
    results.push(await applyOne(commitment, article, deps));
  }
  return results;
}

async function applyOne(
  commitment: Commitment,
  article: ArticleFacts,
  deps: { commitments: CommitmentStore; outbox: AlertOutbox },
): Promise<AppliedCommitment> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await deps.commitments.getPosition(commitment.country, commitment.category);
    const decision = decidePosition(current, commitment, article);

    if (decision.kind === 'stale') return { commitment, outcome: 'stale', alert: null };
    if (decision.kind === 'already_applied') {
      // The position was written but the process may have died before the alert reached the outbox.
      const owed = current?.alertId ? alertFor(commitment, article, current.previousStance ?? null) : null;
      if (owed) await recordOwed(owed, deps);
      return { commitment, outcome: 'already_applied', alert: owed };
    }

    const changes = decision.kind !== 'restated';
    const previous = current?.stance ?? null;
    const alert = changes ? alertFor(commitment, article, previous) : null;
    const next: Position = {
      country: commitment.country,
      category: commitment.category,
      stance: commitment.stance,
      evidence: commitment.evidence,
      articleId: article.articleId,
      articleUrl: article.url,
      title: article.title,
      publishedAt: article.publishedAt,
      version: (current?.version ?? 0) + 1,
      since: changes ? article.publishedAt : (current?.since ?? article.publishedAt),
      previousStance: changes ? previous : (current?.previousStance ?? null),
      alertId: alert?.alertId ?? null,
    };
    // One conditional write carries the new stance and the id of the alert it owes; the outbox entry
    // follows, and a crash in between is finished by the 'already_applied' branch on the retry.
    const written = await deps.commitments.putPosition(next, current?.version ?? 0);
    if (written === 'conflict') continue;
    if (alert) await recordOwed(alert, deps);
    return { commitment, outcome: decision.kind, alert };
  }
  throw new PositionConflictError(commitment.country, commitment.category);
}

async function recordOwed(alert: Alert, deps: { commitments: CommitmentStore; outbox: AlertOutbox }) {
  await deps.commitments.recordChange(alert);
  await deps.outbox.record(alert);
}

function alertFor(
  commitment: Commitment,
  article: ArticleFacts,
  previous: Commitment['stance'] | null,
): Alert {
  return {
    alertId: alertIdFor({
      country: commitment.country,
      category: commitment.category,
      previous,
      current: commitment.stance,
      articleId: article.articleId,
    }),
    country: commitment.country,
    category: commitment.category,
    previous,
    current: commitment.stance,
    evidence: commitment.evidence,
    articleUrl: article.url,
    title: article.title,
    publishedAt: article.publishedAt,
    ...(article.outlet ? { outlet: article.outlet } : {}),
  };
}
