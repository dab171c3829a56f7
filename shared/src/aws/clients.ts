import type { ECRClient } from '@aws-sdk/client-ecr';
import type { IAMClient } from '@aws-sdk/client-iam';
import type * as IamModule from '@aws-sdk/client-iam';
import type { STSClient } from '@aws-sdk/client-sts';
import type * as StsModule from '@aws-sdk/client-sts';
import type * as EcrModule from '@aws-sdk/client-ecr';
import type * as InspectorModule from '@aws-sdk/client-inspector2';
import type * as KmsModule from '@aws-sdk/client-kms';
import type * as S3Module from '@aws-sdk/client-s3';
import type * as SignerModule from '@aws-sdk/client-signer';
import type { Inspector2Client } from '@aws-sdk/client-inspector2';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SignerClient } from '@aws-sdk/client-signer';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Pluggable } from '@aws-sdk/types';
import { ConfigurationError } from '../runtime/errors';
import { requestTimeouts, type RequestTimeouts } from '../runtime/timeouts';
import { boundUnansweredAttempts } from './unanswered';
import { failFastOnUnimplementedOperations } from './unimplemented';

/* eslint-disable @typescript-eslint/no-require-imports -- literal requires, so the bundler still inlines each client */
function load<T>(service: 'ecr' | 's3' | 'inspector2' | 'kms' | 'signer' | 'iam' | 'sts'): T {
  switch (service) {
    case 'ecr':
      return require('@aws-sdk/client-ecr') as T;
    case 's3':
      return require('@aws-sdk/client-s3') as T;
    case 'inspector2':
      return require('@aws-sdk/client-inspector2') as T;
    case 'kms':
      return require('@aws-sdk/client-kms') as T;
    case 'signer':
      return require('@aws-sdk/client-signer') as T;
    case 'iam':
      return require('@aws-sdk/client-iam') as T;
    case 'sts':
      return require('@aws-sdk/client-sts') as T;
  }
}
/* eslint-enable @typescript-eslint/no-require-imports */

interface PluggableClient {
  middlewareStack?: { use(plugin: Pluggable<object, object>): void };
}

export interface ClientFactoryOptions {
  region: string;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Attempts per call, including the first; the SDK's adaptive mode backs off on throttling. */
  maxAttempts?: number;
  /** Connect and idle timeouts of every request (defaults in runtime/timeouts.ts; shorter in tests). */
  timeouts?: Partial<RequestTimeouts>;
}

/** Default attempts per AWS call, including the first. */
export const DEFAULT_MAX_ATTEMPTS = 8;

/**
 * The settings every AWS client of the actions shares: adaptive retries (the one retry layer) and a connect and an
 * idle timeout on every request, given to the SDK's NodeHttpHandler as its options.
 */
export function clientConfig(options: ClientFactoryOptions) {
  const timeouts = requestTimeouts(options.timeouts);
  return {
    region: options.region,
    credentials: options.credentials,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: 'adaptive',
    requestHandler: { connectionTimeout: timeouts.connectMs, socketTimeout: timeouts.idleMs },
  };
}

/** Adds the middleware every AWS client gets: fail fast on what retrying cannot fix, and name the endpoint. */
export function withClientPlugins<T>(client: T, options: ClientFactoryOptions): T {
  const timeouts = requestTimeouts(options.timeouts);
  const stack = (client as unknown as PluggableClient).middlewareStack;
  // Every client's stack takes the same plugins; their input and output types do not matter to them.
  stack?.use(failFastOnUnimplementedOperations);
  stack?.use(boundUnansweredAttempts(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, timeouts));
  return client;
}

/** The region to use: the input, else the policy, else the runner's environment. */
export function resolveRegion(input: string | undefined, policyRegion: string | undefined, env = process.env): string {
  const region = input || policyRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) {
    throw new ConfigurationError(
      "No AWS region is set. Set 'region' in the policy file, the 'aws-region' input, or AWS_REGION in the environment.",
    );
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new ConfigurationError(`AWS region '${region}' is not a region name such as eu-central-1.`);
  }
  return region;
}

/**
 * Creates each AWS client on first use (so an action only loads the SDK modules it needs) with adaptive
 * retries (the one retry layer; an operation the endpoint does not implement is not retried) and bounded waits
 * (a silent or refusing endpoint fails the call with an UnreachableEndpointError). The SDK reads AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> itself, so LocalStack and moto work.
 */
export class AwsClients {
  private readonly cache = new Map<string, unknown>();
  constructor(readonly options: ClientFactoryOptions) {}

  private config() {
    return clientConfig(this.options);
  }

  private lazy<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) {
      this.cache.set(key, withClientPlugins(make(), this.options));
    }
    return this.cache.get(key) as T;
  }

  // Each SDK module is required on first use: loading every client would slow every action's start-up.
  ecr(): ECRClient {
    return this.lazy('ecr', () => new (load<typeof EcrModule>('ecr').ECRClient)(this.config()));
  }
  s3(): S3Client {
    return this.lazy('s3', () => {
      const { S3Client: Client } = load<typeof S3Module>('s3');
      // Path-style addressing works with every S3-compatible endpoint; virtual-hosted style needs DNS.
      const custom = Boolean(process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL);
      return new Client({ ...this.config(), forcePathStyle: custom });
    });
  }
  inspector(): Inspector2Client {
    return this.lazy(
      'inspector2',
      () => new (load<typeof InspectorModule>('inspector2').Inspector2Client)(this.config()),
    );
  }
  kms(): KMSClient {
    return this.lazy('kms', () => new (load<typeof KmsModule>('kms').KMSClient)(this.config()));
  }
  signer(): SignerClient {
    return this.lazy('signer', () => new (load<typeof SignerModule>('signer').SignerClient)(this.config()));
  }
  iam(): IAMClient {
    return this.lazy('iam', () => new (load<typeof IamModule>('iam').IAMClient)(this.config()));
  }
  sts(): STSClient {
    return this.lazy('sts', () => new (load<typeof StsModule>('sts').STSClient)(this.config()));
  }
}
