import type * as EcrModule from '@aws-sdk/client-ecr';
import type { AwsClients } from '../aws/clients';
import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import type { BasicCredentials } from './auth';
import { registryBaseUrl } from './reference';
import { RegistryClient, type RegistryClientOptions } from './registry';

export interface RegistrySession {
  client: RegistryClient;
  /** host[:port], as in image URIs. */
  host: string;
  ecr: boolean;
}

export interface OpenRegistryOptions {
  /** The `registry` input: a base URL such as http://127.0.0.1:5000, or a host. */
  registryInput?: string;
  aws?: AwsClients;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Client tuning (concurrency, chunk size, sleep, fetch) for tests and the benchmark. */
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
    const client = new RegistryClient({ ...opts.client, baseUrl, credentials, logger });
    return { client, host: client.host, ecr: false };
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
  const client = new RegistryClient({ ...opts.client, baseUrl: first.endpoint, credentials, logger });
  return { client, host: client.host, ecr: true };
}

interface EcrAuthorization {
  endpoint: string;
  credentials: BasicCredentials;
}

async function ecrAuthorization(aws: AwsClients, logger: Logger): Promise<EcrAuthorization> {
  // Required here, not at the top: the ECR module is loaded only by runs that talk to ECR.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { GetAuthorizationTokenCommand } = require('@aws-sdk/client-ecr') as typeof EcrModule;
  let answer;
  try {
    answer = await aws.ecr().send(new GetAuthorizationTokenCommand({}));
  } catch (err) {
    const name = (err as { name?: string }).name ?? '';
    if (/AccessDenied|UnrecognizedClient|InvalidClientTokenId|ExpiredToken/.test(name)) {
      throw new ConfigurationError(
        `ECR GetAuthorizationToken was refused (${name}): ${(err as Error).message}. The role needs 'ecr:GetAuthorizationToken' on resource '*'.`,
      );
    }
    throw err;
  }
  const data = answer.authorizationData?.[0];
  if (!data?.authorizationToken || !data.proxyEndpoint) {
    throw new Error('ECR GetAuthorizationToken answered without a token or endpoint.');
  }
  logger.setSecret(data.authorizationToken);
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new Error('ECR GetAuthorizationToken answered a token that is not user:password.');
  const password = decoded.slice(colon + 1);
  logger.setSecret(password);
  return {
    endpoint: data.proxyEndpoint.replace(/\/+$/, ''),
    credentials: { username: decoded.slice(0, colon), password },
  };
}
