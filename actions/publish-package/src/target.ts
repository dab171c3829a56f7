import { normalizePrefix } from '../../../shared/src/packages/paths';
import { packagePrefix, prefixWithinSystem, type Policy } from '../../../shared/src/policy';
import { conforms, s3BucketName } from '../../../shared/src/policy/formats';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { PublishInputs } from './inputs';

/** Where packages go and where clients read them. */
export interface StoreTarget {
  bucket: string;
  /** The system's prefix, without surrounding slashes. */
  prefix: string;
  /** What clients use to reach the bucket (CloudFront or the bucket endpoint), no trailing slash. */
  baseUrl: string;
  /** `<baseUrl>/<prefix>`: the public URL of the system's store. */
  storeUrl: string;
}

function parseBaseUrl(value: string, from: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      `${from} is '${value}'; it must be an absolute URL such as https://artifacts.example.com.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`${from} is '${value}'; it must start with https:// (or http:// for a local store).`);
  }
  if (url.search || url.hash) {
    throw new ConfigurationError(`${from} is '${value}'; remove the query or fragment: clients append paths to it.`);
  }
  return value.replace(/\/+$/, '');
}

/** Inputs first, then the policy's `packages` section; the bucket's own endpoint when no base URL is known. */
export function resolveStoreTarget(
  inputs: PublishInputs,
  policy: Policy | undefined,
  region: string | undefined,
): StoreTarget {
  const bucket = inputs.bucket ?? policy?.packages.bucket;
  if (!bucket) {
    throw new ConfigurationError(
      "No package bucket is set: add 'packages.bucket' to the policy file or set the 'bucket' input.",
    );
  }
  if (!conforms(s3BucketName, bucket)) {
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
  const baseUrl = inputs.baseUrl
    ? parseBaseUrl(inputs.baseUrl, "Input 'base-url'")
    : policy?.packages.baseUrl
      ? parseBaseUrl(policy.packages.baseUrl, 'packages.baseUrl in the policy')
      : region
        ? `https://${bucket}.s3.${region}.amazonaws.com`
        : `https://${bucket}.s3.amazonaws.com`;
  return { bucket, prefix, baseUrl, storeUrl: `${baseUrl}/${prefix}` };
}
