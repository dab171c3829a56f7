import { existsSync } from 'node:fs';
import { storeLocation } from '../../../shared/src/packages/location';
import { loadPolicy, type Policy } from '../../../shared/src/policy';
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

/** The bucket and prefix: the inputs first (a prefix within the policy's system), then the policy's `packages`. */
export function resolveStoreSource(
  inputs: { bucket?: string; prefix?: string },
  policy: Policy | undefined,
): StoreSource {
  const { bucket, prefix } = storeLocation(inputs, policy);
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
