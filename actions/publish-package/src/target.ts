import { storeLocation } from '../../../shared/src/packages/location';
import type { Policy } from '../../../shared/src/policy';
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
  const { bucket, prefix } = storeLocation(inputs, policy);
  const baseUrl = inputs.baseUrl
    ? parseBaseUrl(inputs.baseUrl, "Input 'base-url'")
    : policy?.packages.baseUrl
      ? parseBaseUrl(policy.packages.baseUrl, 'packages.baseUrl in the policy')
      : region
        ? `https://${bucket}.s3.${region}.amazonaws.com`
        : `https://${bucket}.s3.amazonaws.com`;
  return { bucket, prefix, baseUrl, storeUrl: `${baseUrl}/${prefix}` };
}
