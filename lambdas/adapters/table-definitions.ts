/**
 * The DynamoDB tables, defined once: the CDK stack builds them from this list and the local
 * embedded store (dynalite) creates them from it, so the two can never drift apart.
 *
 * Every table has the same generic key shape (`pk`, `sk`, and one index `gsi1` on `gsi1pk`, `gsi1sk`);
 * what each item kind puts in them is documented here and in the README.
 */

export interface KeyAttribute {
  name: string;
  type: 'S' | 'N';
}

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
}

export interface TableDefinition {
  /** Construct id in the stack and suffix of the local table name. */
  id: 'Articles' | 'Commitments' | 'Alerts';
  /** Environment variable that names the table for a function granted access to it. */
  envVar: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  indexes: IndexDefinition[];
  /** Why the table exists and what its keys hold. */
  description: string;
}

const pk: KeyAttribute = { name: 'pk', type: 'S' };
const sk: KeyAttribute = { name: 'sk', type: 'S' };
const gsi1: IndexDefinition = {
  indexName: 'gsi1',
  partitionKey: { name: 'gsi1pk', type: 'S' },
  sortKey: { name: 'gsi1sk', type: 'S' },
};

export const ARTICLES_TABLE: TableDefinition = {
  id: 'Articles',
  envVar: 'ARTICLES_TABLE_NAME',
  partitionKey: pk,
  sortKey: sk,
  indexes: [gsi1],
  description: [
    'ARTICLE#<id> / ARTICLE: a stored article (gsi1: ARTICLES / <publishedAt>#<id>, newest first).',
    'ARTICLE#<id> / COUNTRY#<CC>: the article states a commitment of CC (gsi1: COUNTRY#<CC> / <publishedAt>#<id>).',
    'ARTICLE#<id> / FINGERPRINT: the fingerprint of a story being stored, readable by rival pollers.',
    'FP#<hash> / <articleId>: fingerprint posting, finds copies with one Query per hash.',
    'CLAIM#<hash> / CLAIM: the story that claimed this hash first; decides copies racing each other.',
    'SEEN#<identity> / SEEN: an item already processed, and what was decided.',
    'FEEDS / <name>: a feed: validators, failures, next try.',
    'BASELINE / SEEDS: marker that the seed baseline is loaded.',
  ].join(' '),
};

export const COMMITMENTS_TABLE: TableDefinition = {
  id: 'Commitments',
  envVar: 'COMMITMENTS_TABLE_NAME',
  partitionKey: pk,
  sortKey: sk,
  indexes: [gsi1],
  description: [
    'COUNTRY#<CC> / CURRENT#<category>: current stance, evidence and version (gsi1: CURRENT / <CC>#<category>, the matrix).',
    'COUNTRY#<CC> / HISTORY#<category>#<publishedAt>#<alertId>: one change of stance.',
  ].join(' '),
};

export const ALERTS_TABLE: TableDefinition = {
  id: 'Alerts',
  envVar: 'ALERTS_TABLE_NAME',
  partitionKey: pk,
  sortKey: sk,
  indexes: [gsi1],
  description: [
    'ALERT#<alertId> / ALERT: an alert owed, recorded with the change that caused it;',
    'while unpublished it carries gsi1: PENDING / <createdAt>#<alertId> (a sparse index of what is still to send).',
  ].join(' '),
};

export const TABLES: readonly TableDefinition[] = [ARTICLES_TABLE, COMMITMENTS_TABLE, ALERTS_TABLE];
