import { Stack, Token } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The account, region and partition as cdk-nag writes them in a finding id: a value the stack knows
 * literally, a deploy-time one as `<AWS::Name>`. Acknowledgements built from these keep matching
 * whether or not the stack is bound to an environment.
 */
export function nagPseudoParameters(scope: IConstruct): {
  partition: string;
  region: string;
  account: string;
} {
  const stack = Stack.of(scope);
  const shown = (value: string, name: string) => (Token.isUnresolved(value) ? `<AWS::${name}>` : value);
  return {
    partition: shown(stack.partition, 'Partition'),
    region: shown(stack.region, 'Region'),
    account: shown(stack.account, 'AccountId'),
  };
}
