import { existsSync } from 'node:fs';
import { normalizePrefix } from '../../../shared/src/packages/paths';
import { loadPolicy, packagePrefix, prefixWithinSystem, type Policy } from '../../../shared/src/policy';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { Logger } from '../../../shared/src/runtime/logger';

/** The part of the store the endpoint serves, and what the clients' configuration needs from the policy. */
export interface StoreSource {
  bucket: string;
  /** The system's prefix, without surrounding slashes. */
  prefix: string;
  /** The policy's system (the Maven repository id), or the prefix's first segment without a policy. */
  system: string;
  npmScopes: string[];
  region?: string;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The bucket and prefix: the inputs first (a prefix within the policy's system), then the policy's `packages`. */
export function resolveStoreSource(
  inputs: { bucket?: string; prefix?: string },
  policy: Policy | undefined,
): StoreSource {
  const bucket = inputs.bucket ?? policy?.packages.bucket;
  if (!bucket) {
    throw new ConfigurationError(
      "No package bucket is set: add 'packages.bucket' to the policy file or set the 'bucket' input.",
    );
  }
  if (!BUCKET.test(bucket)) {
    throw new ConfigurationError(
      `Bucket '${bucket}' is not an S3 bucket name (3-63 lowercase letters, digits, dots and hyphens).`,
    );
  }
  let prefix: string;
  if (inputs.prefix !== undefined) {
    prefix = normalizePrefix(inputs.prefix);
    if (policy) prefixWithinSystem(policy, prefix, "Input 'prefix'");
  } else if (policy) prefix = packagePrefix(policy);
  else throw new ConfigurationError("No package prefix is set: set the 'prefix' input or provide the policy file.");
  return {
    bucket,
    prefix,
    system: policy?.system ?? prefix.split('/')[0],
    npmScopes: policy?.packages.npmScopes ?? [],
    region: policy?.region,
  };
}

/** The policy file, which may be absent when the bucket and prefix are given. */
export function readStoreSource(
  inputs: { policy: string; bucket?: string; prefix?: string },
  logger: Logger,
): StoreSource {
  const policy =
    existsSync(inputs.policy) || !inputs.bucket || inputs.prefix === undefined
      ? loadPolicy(inputs.policy, logger)
      : undefined;
  return resolveStoreSource(inputs, policy);
}
