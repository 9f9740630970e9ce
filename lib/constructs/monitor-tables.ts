import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import {
  ALERTS_TABLE,
  type KeyAttribute,
  TABLES,
  type TableDefinition,
} from '../../lambdas/adapters/table-definitions.js';

export interface MonitorTablesProps {
  /**
   * Keep the tables (and protect them from deletion) when the stack or a table is removed. They are the
   * product's memory: what each country said, when, and which alerts went out cannot be fetched again
   * once the articles leave the feeds. Set false only for throwaway stacks.
   * @default true
   */
  readonly retainData?: boolean;
}

type TableId = TableDefinition['id'];

/** The three tables of `TABLES`, with their key schemas and indexes taken from there, never restated. */
export class MonitorTables extends Construct {
  public readonly articles: Table;
  public readonly commitments: Table;
  /** Streams each new image, so an alert written by the poller reaches the notifier. */
  public readonly alerts: Table;
  /** Every table by its definition id. */
  public readonly byId: Readonly<Record<TableId, Table>>;

  constructor(scope: Construct, id: string, props: MonitorTablesProps = {}) {
    super(scope, id);
    const retainData = props.retainData ?? true;
    const byId: Partial<Record<TableId, Table>> = {};
    for (const definition of TABLES) {
      if (byId[definition.id]) throw new Error(`MonitorTables: table ${definition.id} defined twice`);
      byId[definition.id] = this.createTable(definition, retainData);
    }
    this.articles = required(byId, 'Articles');
    this.commitments = required(byId, 'Commitments');
    this.alerts = required(byId, 'Alerts');
    this.byId = { Articles: this.articles, Commitments: this.commitments, Alerts: this.alerts };
  }

  private createTable(definition: TableDefinition, retainData: boolean): Table {
    const table = new Table(this, definition.id, {
      partitionKey: attribute(definition.partitionKey),
      sortKey: attribute(definition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: retainData,
      removalPolicy: retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      stream: definition.id === ALERTS_TABLE.id ? StreamViewType.NEW_IMAGE : undefined,
    });
    for (const index of definition.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
      });
    }
    return table;
  }
}

const attribute = (key: KeyAttribute) => ({
  name: key.name,
  type: key.type === 'S' ? AttributeType.STRING : AttributeType.NUMBER,
});

function required(byId: Partial<Record<TableId, Table>>, id: TableId): Table {
  const table = byId[id];
  if (!table) throw new Error(`MonitorTables: TABLES has no ${id} table`);
  return table;
}
