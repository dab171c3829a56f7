import type { AwsClients } from '../aws/clients';
import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import type { BasicCredentials } from './auth';
import { ecrAuthorization, ecrClientOptions, type EcrAuthorization } from './ecr';
import { registryBaseUrl } from './reference';
import { RegistryClient, type RegistryClientOptions } from './registry';

export interface RegistrySession {
  client: RegistryClient;
  /** host[:port], as in image URIs. */
  host: string;
  ecr: boolean;
  /** The registry login, for a tool that talks to the same registry itself (the builder's layer cache). */
  credentials?: () => Promise<BasicCredentials | undefined>;
}

export interface OpenRegistryOptions {
  /** The `registry` input: a base URL such as http://127.0.0.1:5000, or a host. */
  registryInput?: string;
  aws?: AwsClients;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Client tuning (concurrency, chunk size, sleep, timeouts) for tests and the benchmark. */
  client?: Partial<Omit<RegistryClientOptions, 'baseUrl' | 'credentials' | 'logger'>>;
}

/**
 * The registry of an action run: the `registry` input with REGISTRY_USERNAME/REGISTRY_PASSWORD when given,
 * else the account's ECR registry with a token from GetAuthorizationToken, fetched again when it expires.
 */
export async function openRegistry(opts: OpenRegistryOptions): Promise<RegistrySession> {
  const { logger, env } = opts;
  if (opts.registryInput) {
    let baseUrl: string;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(opts.registryInput)?.[1];
    if (scheme && !/^https?$/i.test(scheme)) {
      throw new ConfigurationError(
        `Input 'registry' is '${opts.registryInput}'; a registry speaks http or https, not ${scheme}: write https://<host>[:port] (or http:// for a local registry).`,
      );
    }
    try {
      baseUrl = registryBaseUrl(opts.registryInput);
      new URL(baseUrl);
    } catch {
      throw new ConfigurationError(
        `Input 'registry' is '${opts.registryInput}'; it must be a registry URL such as https://registry.example.com or http://127.0.0.1:5000.`,
      );
    }
    const username = env.REGISTRY_USERNAME;
    const password = env.REGISTRY_PASSWORD;
    if (password) logger.setSecret(password);
    if (Boolean(username) !== Boolean(password)) {
      throw new ConfigurationError('Set both REGISTRY_USERNAME and REGISTRY_PASSWORD in the step env, or neither.');
    }
    const credentials = username && password ? { username, password } : undefined;
    const client = new RegistryClient({ ...opts.client, ...ecrClientOptions(baseUrl), baseUrl, credentials, logger });
    return { client, host: client.host, ecr: false, credentials: async () => credentials };
  }
  if (!opts.aws) throw new Error('openRegistry needs AWS clients when no registry input is given.');
  const aws = opts.aws;
  const first = await ecrAuthorization(aws, logger);
  let current: Promise<EcrAuthorization> | undefined = Promise.resolve(first);
  // The first call answers the endpoint; later calls (after a 401) fetch a fresh token.
  const credentials = async (): Promise<BasicCredentials> => {
    const pending = current ?? ecrAuthorization(aws, logger);
    current = undefined;
    return (await pending).credentials;
  };
  const baseUrl = first.endpoint;
  const client = new RegistryClient({ ...opts.client, ...ecrClientOptions(baseUrl), baseUrl, credentials, logger });
  // The first token is valid for hours: the builder's cache login uses it as it is.
  return { client, host: client.host, ecr: true, credentials: async () => first.credentials };
}
