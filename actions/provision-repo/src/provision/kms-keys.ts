import { DescribeKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import { kmsAliasOf } from '../../../../shared/src/policy/formats';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import type { Logger } from '../../../../shared/src/runtime/logger';
import type { AwsCall } from './aws-calls';
import type { DesiredState, RepositoryEncryption } from './types';
import { isAccessDenied, isNotFound } from '../../../../shared/src/aws/errors';

/** A KMS key named by an alias (`alias/name` or an alias ARN), which ECR reports back as the key's ARN. */
export function isKmsAlias(key: string): boolean {
  return kmsAliasOf(key) !== undefined;
}

/**
 * Resolves the policy's KMS aliases to key ARNs (kms:DescribeKey), so that a repository ECR created with the alias
 * is not reported as drift. A key that does not exist is a configuration error; without permission to describe it
 * the plan compares by name and says what to grant.
 */
export async function resolveKmsAliases(
  desired: DesiredState,
  kmsClient: () => KMSClient | undefined,
  call: AwsCall,
  logger: Logger,
): Promise<void> {
  const encryptions: RepositoryEncryption[] = [
    ...desired.repositories.map((r) => r.encryption),
    ...desired.creationTemplates.map((t) => t.encryption),
  ];
  const aliases = [...new Set(encryptions.flatMap((e) => (e.kmsKey && isKmsAlias(e.kmsKey) ? [e.kmsKey] : [])))];
  if (aliases.length === 0) return;
  const resolved = new Map<string, string>();
  const kms = kmsClient();
  for (const alias of aliases) {
    if (!kms) {
      logger.warning(
        `registry.encryption.kmsKey ${alias}: no KMS client to resolve the alias; repositories created with it will show as drift.`,
      );
      continue;
    }
    try {
      const out = await call('DescribeKey', () => kms.send(new DescribeKeyCommand({ KeyId: alias })));
      const arn = out.KeyMetadata?.Arn;
      if (arn) resolved.set(alias, arn);
    } catch (err) {
      if (isNotFound(err)) {
        throw new ConfigurationError(
          `registry.encryption.kmsKey: the KMS alias ${alias} does not exist in ${desired.accountId}/${desired.region}. Create it, or write the key's ARN.`,
        );
      }
      if (isAccessDenied(err)) {
        logger.warning(
          `registry.encryption.kmsKey ${alias}: kms:DescribeKey was denied, so the alias cannot be matched to the key ARN ECR reports and repositories show as drift. Grant kms:DescribeKey on the key, or write the key's ARN in the policy.`,
        );
        continue;
      }
      throw err;
    }
  }
  for (const e of encryptions) {
    const arn = e.kmsKey && resolved.get(e.kmsKey);
    if (arn) e.kmsKeyArn = arn;
  }
}
