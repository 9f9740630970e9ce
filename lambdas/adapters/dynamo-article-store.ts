import {
  BatchGetCommand,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ArticleRef, ArticleStore, FeedState, SeenRecord, StoredArticle } from '../core/ports.js';
import { isConditionalCheckFailed } from './dynamo-client.js';
import { queryAll, withoutKeys } from './dynamo-query.js';

/** Fingerprint queries run this many at a time: enough to hide latency, few enough not to throttle. */
const QUERY_CONCURRENCY = 8;
/** Candidates sharing fewer hashes than the best few are not worth reading back. */
const MAX_CANDIDATES = 10;

export interface ArticleListing {
  articleId: string;
  url: string | null;
  title: string;
  feed: string;
  outlet?: string;
  publishedAt: string;
  commitments: StoredArticle['commitments'];
}

export class DynamoArticleStore implements ArticleStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getFeedState(name: string): Promise<FeedState | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: 'FEEDS', sk: name }, ConsistentRead: true }),
    );
    return Item ? withoutKeys<FeedState>(Item) : null;
  }

  async putFeedState(state: FeedState): Promise<void> {
    await this.client.send(
      new PutCommand({ TableName: this.tableName, Item: { pk: 'FEEDS', sk: state.name, ...state } }),
    );
  }

  async listFeedStates(): Promise<FeedState[]> {
    return (
      await this.queryAll({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'FEEDS' },
      })
    ).map((item) => withoutKeys<FeedState>(item));
  }

  async getSeen(identity: string): Promise<SeenRecord | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: seenKey(identity), ConsistentRead: true }),
    );
    return Item ? withoutKeys<SeenRecord>(Item) : null;
  }

  async putSeen(record: SeenRecord): Promise<void> {
    await this.client.send(
      new PutCommand({ TableName: this.tableName, Item: { ...seenKey(record.identity), ...record } }),
    );
  }

  async findCandidates(fingerprint: readonly string[]): Promise<ArticleRef[]> {
    const shared = new Map<string, number>();
    await forEachLimited(fingerprint, QUERY_CONCURRENCY, async (hash) => {
      const items = await this.queryAll({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `FP#${hash}` },
        ProjectionExpression: 'sk',
      });
      for (const item of items) shared.set(item.sk as string, (shared.get(item.sk as string) ?? 0) + 1);
    });
    const best = [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_CANDIDATES)
      .map(([articleId]) => articleId);
    // The fingerprints every stored story publishes when it claims its hashes: one copy of each.
    const refs = new Map((await this.getFingerprints(best)).map((ref) => [ref.articleId, ref]));
    return best.flatMap((id) => refs.get(id) ?? []);
  }

  async claimFingerprint(ref: ArticleRef): Promise<Map<string, string>> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...fingerprintKey(ref.articleId),
          articleId: ref.articleId,
          displayId: ref.displayId,
          fingerprint: ref.fingerprint,
          ...(ref.stated === undefined ? {} : { stated: ref.stated }),
        },
      }),
    );
    const owners = new Map<string, string>();
    await forEachLimited(ref.fingerprint, QUERY_CONCURRENCY, async (hash) => {
      owners.set(hash, await this.claimHash(hash, ref.articleId));
    });
    return owners;
  }

  /** Timeline protected: two claimants race for one hash; the first write stands, the second reads it. */
  private async claimHash(hash: string, articleId: string): Promise<string> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: `CLAIM#${hash}`, sk: 'CLAIM', owner: articleId },
          ConditionExpression: 'attribute_not_exists(pk) OR #owner = :self',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':self': articleId },
        }),
      );
      return articleId;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const { Item } = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: `CLAIM#${hash}`, sk: 'CLAIM' },
          ConsistentRead: true,
        }),
      );
      return Item?.owner as string;
    }
  }

  async getFingerprints(articleIds: readonly string[]): Promise<ArticleRef[]> {
    const refs: ArticleRef[] = [];
    for (let i = 0; i < articleIds.length; i += 100) {
      let keys: Record<string, unknown>[] = articleIds.slice(i, i + 100).map(fingerprintKey);
      for (let attempt = 0; keys.length > 0; attempt++) {
        if (attempt > 8) throw new Error(`DynamoDB kept ${keys.length} reads unprocessed`);
        if (attempt > 0) await sleep(Math.min(1000, 50 * 2 ** attempt));
        const { Responses, UnprocessedKeys } = await this.client.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys, ConsistentRead: true } } }),
        );
        for (const item of Responses?.[this.tableName] ?? []) refs.push(withoutKeys<ArticleRef>(item));
        keys = (UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return refs;
  }

  async markCopy(articleId: string, original: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: fingerprintKey(articleId),
        UpdateExpression: 'SET copyOf = :original',
        ExpressionAttributeValues: { ':original': original },
      }),
    );
  }

  async putArticle(article: StoredArticle): Promise<'created' | 'exists'> {
    const countries = [...new Set(article.commitments.map((c) => c.country))];
    try {
      // The article item is written first and conditionally: whoever writes it owns the story.
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...articleKey(article.articleId),
            gsi1pk: 'ARTICLES',
            gsi1sk: `${article.publishedAt}#${article.articleId}`,
            ...article,
            countries,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const existing = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: articleKey(article.articleId),
          ConsistentRead: true,
        }),
      );
      // Our own earlier attempt, cut off before its postings were written: finish it.
      if (existing.Item?.sourceIdentity !== article.sourceIdentity) return 'exists';
    }
    await this.batchPut([
      ...article.fingerprint.map((hash) => ({ pk: `FP#${hash}`, sk: article.articleId })),
      // Each link carries the listing fields, so "articles about one country" is one Query per page.
      ...countries.map((country) => ({
        pk: `ARTICLE#${article.articleId}`,
        sk: `COUNTRY#${country}`,
        gsi1pk: `COUNTRY#${country}`,
        gsi1sk: `${article.publishedAt}#${article.articleId}`,
        ...listing(article),
      })),
    ]);
    return 'created';
  }

  async getArticle(articleId: string): Promise<StoredArticle | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: articleKey(articleId), ConsistentRead: true }),
    );
    return Item ? withoutKeys<StoredArticle>(Item) : null;
  }

  /** Newest first, from the gsi1 index: all articles, or those stating a commitment of one country. */
  async listArticles(options: {
    country?: string;
    since?: string;
    limit: number;
  }): Promise<ArticleListing[]> {
    const partition = options.country ? `COUNTRY#${options.country}` : 'ARTICLES';
    const items = await this.queryAll(
      {
        IndexName: 'gsi1',
        KeyConditionExpression: options.since ? 'gsi1pk = :p AND gsi1sk >= :s' : 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': partition, ...(options.since ? { ':s': options.since } : {}) },
        ScanIndexForward: false,
      },
      options.limit,
    );
    return items.map((item) => listing(item as unknown as StoredArticle));
  }

  async isBaselineLoaded(): Promise<boolean> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: 'BASELINE', sk: 'SEEDS' },
        ConsistentRead: true,
      }),
    );
    return Item !== undefined;
  }

  async markBaselineLoaded(at: Date, seedIds: string[]): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: 'BASELINE', sk: 'SEEDS', loadedAt: at.toISOString(), seeds: seedIds },
      }),
    );
  }

  private queryAll(input: Omit<QueryCommandInput, 'TableName'>, limit?: number) {
    return queryAll(this.client, { ...input, TableName: this.tableName }, limit);
  }

  private async batchPut(items: Record<string, unknown>[]): Promise<void> {
    for (let i = 0; i < items.length; i += 25) {
      let requests = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(1000, 50 * 2 ** attempt));
        if (attempt > 8) throw new Error(`DynamoDB kept ${requests.length} writes unprocessed`);
        const { UnprocessedItems } = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
        );
        requests = (UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
      }
    }
  }
}

function listing(article: StoredArticle): ArticleListing {
  return {
    articleId: article.articleId,
    url: article.url,
    title: article.title,
    feed: article.feed,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    publishedAt: article.publishedAt,
    commitments: article.commitments,
  };
}

const articleKey = (articleId: string) => ({ pk: `ARTICLE#${articleId}`, sk: 'ARTICLE' });
const fingerprintKey = (articleId: string) => ({ pk: `ARTICLE#${articleId}`, sk: 'FINGERPRINT' });
const seenKey = (identity: string) => ({ pk: `SEEN#${identity}`, sk: 'SEEN' });

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  });
  await Promise.all(workers);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
