import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { TableDefinition } from '../../lambdas/adapters/table-definitions.js';
import { nagPseudoParameters } from './nag-names.js';

/**
 * Each helper grants one access and sets the environment variable naming the resource, in the same
 * call, so a function is told the name of exactly what it may touch and of nothing else.
 */
interface FunctionWithEnvironment extends IFunction {
  addEnvironment(key: string, value: string): unknown;
}

export type TableAccess = 'read' | 'readWrite';

export function grantTableTo(
  fn: FunctionWithEnvironment,
  table: ITable,
  definition: TableDefinition,
  access: TableAccess,
): void {
  if (access === 'read') table.grantReadData(fn);
  else table.grantReadWriteData(fn);
  fn.addEnvironment(definition.envVar, table.tableName);
  // The data grants cover `<table>/index/*`: acknowledged here, where that wildcard is made.
  const cfnTable = table.node.defaultChild as CfnElement | undefined;
  if (cfnTable && definition.indexes.length > 0) {
    const logicalId = Stack.of(table).resolve(Stack.of(table).getLogicalId(cfnTable));
    const indexes = definition.indexes.map((index) => index.indexName).join(', ');
    Validations.of(fn).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/index/*]`,
      reason: `Queries use the ${definition.id} table's indexes (${indexes}); nothing beyond them.`,
    });
  }
}

export function grantSendTo(fn: FunctionWithEnvironment, queue: IQueue, envVar: string): void {
  queue.grantSendMessages(fn);
  fn.addEnvironment(envVar, queue.queueUrl);
}

export function grantPublishTo(fn: FunctionWithEnvironment, topic: ITopic, envVar: string): void {
  topic.grantPublish(fn);
  fn.addEnvironment(envVar, topic.topicArn);
  if (topic.masterKey && 'aliasName' in topic.masterKey) {
    // The key behind an alias is unknown at synth, so CDK's key grant names every key of the account.
    const reason =
      `Publishing encrypts with the topic key ${topic.masterKey.aliasName}, whose id is unknown at synth; ` +
      'GenerateDataKey* is the one KMS action family for data keys.';
    const { partition, region, account } = nagPseudoParameters(fn);
    const keys = `arn:${partition}:kms:${region}:${account}:key/*`;
    Validations.of(fn).acknowledge(
      { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason },
      { id: `AwsSolutions-IAM5[Resource::${keys}]`, reason },
    );
  }
}
