import type { Commitment } from '../taxonomy.js';

export function extractCommitments(_title: string, _body: string): Commitment[] {
  return [];
}
