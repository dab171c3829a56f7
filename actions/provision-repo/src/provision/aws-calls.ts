import type { Logger } from '../../../../shared/src/runtime/logger';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import { OperationNotImplemented } from '../../../../shared/src/aws/unimplemented';
import { awsErrorName } from '../../../../shared/src/aws/errors';

/**
 * Runs one AWS call, once: the SDK's own (adaptive) retry is the only retry layer, so a throttled or failing call
 * is not retried a second time around it. An operation the endpoint does not implement becomes a
 * ConfigurationError naming the endpoint, the operation and the policy setting that needs it.
 */
export type AwsCall = <T>(what: string, operation: () => Promise<T>) => Promise<T>;

/** The policy setting that makes provision-repo call an operation; undefined for the calls every run makes. */
const SETTING_OF_OPERATION: [RegExp, string][] = [
  [/PullThroughCacheRule/, 'registry.pullThroughCache'],
  [/RepositoryCreationTemplate/, 'registry.pullThroughCache or registry.createOnPush (repository creation templates)'],
  [/^DescribeRegistry$|ReplicationConfiguration/, 'registry.replication'],
  [/RegistryScanningConfiguration/, 'registry.scanning'],
  [/^(Create|Get|Put)Bucket|^HeadBucket|PublicAccessBlock/, 'packages.bucket'],
  [/Policy(Version)?$|^ListPolicyVersions$/, 'iam.createPolicies'],
];

export function policySettingOf(operation: string): string | undefined {
  if (/^(Get|Set)RepositoryPolicy$|LifecyclePolicy$/.test(operation)) return undefined;
  return SETTING_OF_OPERATION.find(([pattern]) => pattern.test(operation))?.[1];
}

export function notImplementedError(err: OperationNotImplemented): ConfigurationError {
  const setting = policySettingOf(err.operation);
  const fix = setting
    ? `the policy's ${setting} needs it: remove that setting from the policy, or use an endpoint that implements ${err.operation} (AWS, LocalStack)`
    : `provision-repo needs it for every policy: use an endpoint that implements ${err.operation} (AWS, LocalStack)`;
  return new ConfigurationError(`${err.message}; ${fix}.`);
}

export interface AwsCallOptions {
  logger: Logger;
}

export function awsCaller(options: AwsCallOptions): AwsCall {
  return async (what, operation) => {
    try {
      return await operation();
    } catch (err) {
      if (err instanceof OperationNotImplemented) throw notImplementedError(err);
      options.logger.debug(`${what} failed: ${awsErrorName(err) || 'error'}`);
      throw err;
    }
  };
}
