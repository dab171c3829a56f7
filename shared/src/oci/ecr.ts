import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import type { AwsClients } from '../aws/clients';
import { awsErrorName, isAccessDenied, isCredentialRefusal } from '../aws/errors';
import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import type { BasicCredentials } from './auth';
import type { RegistryClientOptions } from './registry';

/**
 * What is particular to Amazon ECR's registries, kept out of the generic OCI client: which hosts they are, the
 * Basic scheme they take from the first request, the IAM action each distribution API request needs, and the
 * GetAuthorizationToken credentials.
 */

/** A private ECR registry's host (IPv4, dual-stack and FIPS endpoints): it takes Basic authentication only. */
const ECR_HOST = /^\d{12}\.dkr(-fips)?[.-]ecr(-fips)?\.[a-z0-9-]+\.(amazonaws\.com(\.cn)?|on\.aws)$/;

export function isPrivateEcrHost(host: string): boolean {
  return ECR_HOST.test(host);
}

/**
 * The client options a registry needs for being ECR: credentials from the first request (ECR answers every request
 * without them with the same Basic challenge), 403s that name the IAM action, refusals that name the token's source.
 * None for another registry.
 */
export function ecrClientOptions(
  baseUrl: string,
): Pick<RegistryClientOptions, 'authScheme' | 'deniedHint' | 'refusedHint'> {
  if (!isPrivateEcrHost(new URL(baseUrl).host)) return {};
  return {
    authScheme: 'basic',
    deniedHint: ecrActionFor,
    refusedHint:
      "The password is an ECR token: check that the role may call ecr:GetAuthorizationToken on resource '*'.",
  };
}

/** The ECR IAM action a distribution API request needs, so that a 403 can name it. */
export function ecrActionFor(method: string, url: string): string {
  const path = new URL(url).pathname;
  if (/\/blobs\/uploads\//.test(path)) {
    if (method === 'POST') return 'ecr:InitiateLayerUpload';
    if (method === 'PATCH') return 'ecr:UploadLayerPart';
    return 'ecr:CompleteLayerUpload';
  }
  if (/\/blobs\//.test(path))
    return method === 'HEAD' ? 'ecr:BatchCheckLayerAvailability' : 'ecr:GetDownloadUrlForLayer';
  if (/\/tags\/list$/.test(path)) return 'ecr:ListImages';
  if (/\/manifests\//.test(path)) {
    if (method === 'PUT') return 'ecr:PutImage';
    if (method === 'DELETE') return 'ecr:BatchDeleteImage';
    return 'ecr:BatchGetImage';
  }
  return 'ecr:BatchGetImage';
}

export interface EcrAuthorization {
  endpoint: string;
  credentials: BasicCredentials;
}

/** The account's registry endpoint and a user:password for it, from ECR GetAuthorizationToken. */
export async function ecrAuthorization(aws: AwsClients, logger: Logger): Promise<EcrAuthorization> {
  let answer;
  try {
    answer = await aws.client(ECRClient).send(new GetAuthorizationTokenCommand({}));
  } catch (err) {
    if (isAccessDenied(err) || isCredentialRefusal(err)) {
      throw new ConfigurationError(
        `ECR GetAuthorizationToken was refused (${awsErrorName(err)}): ${(err as Error).message}. The role needs 'ecr:GetAuthorizationToken' on resource '*'.`,
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
