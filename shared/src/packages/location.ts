import { packagePrefix, prefixWithinSystem, type Policy } from '../policy';
import { conforms, s3BucketName } from '../policy/formats';
import { ConfigurationError } from '../runtime/errors';
import { normalizePrefix } from './paths';

/**
 * The package store's bucket and prefix, as publish-package writes and setup-package-store reads them: the `bucket`
 * and `prefix` inputs first (a prefix must stay within the policy's system), then the policy's `packages` section.
 */
export function storeLocation(
  inputs: { bucket?: string; prefix?: string },
  policy: Policy | undefined,
): { bucket: string; prefix: string } {
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
  if (inputs.prefix !== undefined) {
    const prefix = normalizePrefix(inputs.prefix);
    if (policy) prefixWithinSystem(policy, prefix, "Input 'prefix'");
    return { bucket, prefix };
  }
  if (policy) return { bucket, prefix: packagePrefix(policy) };
  throw new ConfigurationError("No package prefix is set: set the 'prefix' input or provide the policy file.");
}
