import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ALERTS_TABLE, TABLES } from '../../lambdas/adapters/table-definitions.js';
import { logicalId, synthStack } from './stack-fixture.js';

describe('MonitorTables', () => {
  it('builds the tables of TABLES with their keys and index, on demand, with PITR and encryption', () => {
    const { stack, template } = synthStack();

    template.resourceCountIs('AWS::DynamoDB::Table', TABLES.length);
    for (const definition of TABLES) {
      const [index] = definition.indexes;
      const table = template.toJSON().Resources[logicalId(stack.tables.byId[definition.id])];
      expect(table.Properties).toMatchObject({
        KeySchema: [
          { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        GlobalSecondaryIndexes: [
          {
            IndexName: index?.indexName,
            KeySchema: [
              { AttributeName: index?.partitionKey.name, KeyType: 'HASH' },
              { AttributeName: index?.sortKey.name, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      });
    }
  });

  it('streams new images from the Alerts table only', () => {
    const { stack, template } = synthStack();

    for (const definition of TABLES) {
      const table = template.toJSON().Resources[logicalId(stack.tables.byId[definition.id])];
      const expected = definition.id === ALERTS_TABLE.id ? { StreamViewType: 'NEW_IMAGE' } : undefined;
      expect(table.Properties.StreamSpecification).toEqual(expected);
    }
  });

  it('retains and protects the tables by default', () => {
    const { template } = synthStack();

    template.allResources('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
  });

  it('deletes the tables with the stack when retainData is false', () => {
    const { template } = synthStack({ retainData: false });

    template.allResources('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
  });
});
