import { awsRegion, conforms } from '../policy/formats';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Pluggable } from '@aws-sdk/types';
import { ConfigurationError } from '../runtime/errors';
import { proxyAgentOptions } from '../runtime/proxy';
import { requestTimeouts, type RequestTimeouts } from '../runtime/timeouts';
import { boundUnansweredAttempts } from './unanswered';
import { failFastOnUnimplementedOperations } from './unimplemented';

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
 * idle timeout on every request, given to the SDK's NodeHttpHandler as its options. The SDK reads AWS_ENDPOINT_URL
 * and AWS_ENDPOINT_URL_<SERVICE> itself, so LocalStack and moto work. Behind a proxy (runtime/proxy.ts), both
 * connection pools go through it.
 */
export function clientConfig(options: ClientFactoryOptions, env: NodeJS.ProcessEnv = process.env) {
  const timeouts = requestTimeouts(options.timeouts);
  const proxy = proxyAgentOptions(env);
  return {
    region: options.region,
    credentials: options.credentials,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: 'adaptive',
    requestHandler: {
      connectionTimeout: timeouts.connectMs,
      socketTimeout: timeouts.idleMs,
      ...(proxy.proxyEnv ? { httpAgent: proxy, httpsAgent: proxy } : {}),
    },
    // Read by S3 only: path-style addressing works with every S3-compatible endpoint; virtual-hosted style needs DNS.
    forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL),
  };
}

export type AwsClientConfig = ReturnType<typeof clientConfig>;

/** An AWS SDK client class: ECRClient, S3Client, KMSClient... */
export type AwsClientClass<C extends object> = new (config: AwsClientConfig) => C;

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
  if (!conforms(awsRegion, region)) {
    throw new ConfigurationError(`AWS region '${region}' is not a region name such as eu-central-1.`);
  }
  return region;
}

/** A client of one service with the shared settings and middleware. */
export function makeClient<C extends object>(Client: AwsClientClass<C>, options: ClientFactoryOptions): C {
  return withClientPlugins(new Client(clientConfig(options)), options);
}

/**
 * The AWS clients of one run, each made on first use (`aws.client(ECRClient)`) with adaptive retries (the one retry
 * layer; an operation the endpoint does not implement is not retried) and bounded waits (a silent or refusing
 * endpoint fails the call with an UnreachableEndpointError). Code imports the client class of the service it calls,
 * so an action's bundle holds only the SDK clients that action uses.
 */
export class AwsClients {
  private readonly made = new Map<AwsClientClass<object>, object>();

  /** `given`: clients made elsewhere (fakes in tests), used instead of new ones of their class. */
  constructor(
    readonly options: ClientFactoryOptions,
    given: object[] = [],
  ) {
    for (const client of given) this.made.set(client.constructor as AwsClientClass<object>, client);
  }

  client<C extends object>(Client: AwsClientClass<C>): C {
    let client = this.made.get(Client) as C | undefined;
    if (!client) {
      client = makeClient(Client, this.options);
      this.made.set(Client, client);
    }
    return client;
  }
}
