import {
  AssumeRoleWithWebIdentityCommand,
  STSClient,
  type AssumeRoleWithWebIdentityCommandOutput,
} from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { conforms, iamRoleArn } from '../policy/formats';
import { ConfigurationError, errorMessage } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { withRetry } from '../runtime/retry';
import type { RequestTimeouts } from '../runtime/timeouts';
import { makeClient } from './clients';
import { awsErrorName, isAccessDenied, isTransientAwsError } from './errors';

export interface OidcCredentialOptions {
  roleToAssume: string;
  region: string;
  /** The audience of the GitHub OIDC token; sts.amazonaws.com unless the identity provider was set up otherwise. */
  audience?: string;
  sessionName?: string;
  durationSeconds?: number;
  getIdToken: (audience: string) => Promise<string>;
  logger: Logger;
  /** Injected in tests. */
  sts?: STSClient;
  sleep?: (ms: number) => Promise<void>;
  timeouts?: Partial<RequestTimeouts>;
}

export const DEFAULT_OIDC_AUDIENCE = 'sts.amazonaws.com';

/** The claims of a GitHub OIDC token that are safe to print: they explain a trust-policy mismatch. */
export const PRINTABLE_CLAIMS = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref'] as const;

export function decodeJwtClaims(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3) return {};
  try {
    return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function printableClaims(token: string): Record<string, string> {
  const claims = decodeJwtClaims(token);
  const out: Record<string, string> = {};
  for (const k of PRINTABLE_CLAIMS) if (claims[k] !== undefined) out[k] = String(claims[k]);
  return out;
}

/** A role session name that STS accepts: [\w+=,.@-]{2,64}. */
export function roleSessionName(env: NodeJS.ProcessEnv = process.env): string {
  const raw = `artifacts-${env.GITHUB_REPOSITORY?.split('/')[1] ?? 'run'}-${env.GITHUB_RUN_ID ?? Date.now()}`;
  return raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

/** STS's own passing failures: the GitHub OIDC provider did not answer STS, or its keys were not fetched yet. */
const STS_PASSING = ['IDPCommunicationError', 'InvalidIdentityToken'];

/** What is worth another AssumeRoleWithWebIdentity: whatever the SDK would retry, and STS's passing failures. */
function isRetryableAssume(err: unknown): boolean {
  return isTransientAwsError(err) || STS_PASSING.includes(awsErrorName(err));
}

/**
 * GitHub OIDC -> STS AssumeRoleWithWebIdentity. Every credential is masked before it is returned.
 * When STS refuses, the error names the role and the token's non-secret claims, which is what a
 * trust policy's conditions are compared with.
 */
export async function assumeRoleWithGitHubOidc(options: OidcCredentialOptions): Promise<AwsCredentialIdentity> {
  const { roleToAssume, logger } = options;
  if (!conforms(iamRoleArn, roleToAssume)) {
    throw new ConfigurationError(
      `Input 'role-to-assume' is '${roleToAssume}'; it must be an IAM role ARN such as arn:aws:iam::123456789012:role/github-artifacts.`,
    );
  }
  const audience = options.audience ?? DEFAULT_OIDC_AUDIENCE;
  const token = await options.getIdToken(audience);
  logger.setSecret(token);
  // One attempt per call (the retries below also cover the OIDC provider's hiccups), bounded in time like any client.
  const stsOptions = { region: options.region, maxAttempts: 1, timeouts: options.timeouts };
  const sts = options.sts ?? makeClient(STSClient, stsOptions);
  try {
    const response = await withRetry(
      () =>
        sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: roleToAssume,
            RoleSessionName: options.sessionName ?? roleSessionName(),
            WebIdentityToken: token,
            DurationSeconds: options.durationSeconds ?? 3600,
          }),
        ),
      {
        attempts: 5,
        baseDelayMs: 500,
        maxDelayMs: 8000,
        retryable: isRetryableAssume,
        sleep: options.sleep,
        onRetry: (err, attempt, delay) =>
          logger.info(`STS did not answer (${errorMessage(err)}); attempt ${attempt + 1} in ${delay} ms.`),
      },
    );
    return maskedCredentials(response, roleToAssume, logger);
  } catch (err) {
    throw refusedByTrustPolicy(err, roleToAssume, token, audience) ?? err;
  }
}

/** STS's credentials, each masked before anything can print it. */
function maskedCredentials(
  response: AssumeRoleWithWebIdentityCommandOutput,
  roleToAssume: string,
  logger: Logger,
): AwsCredentialIdentity {
  const c = response.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
    throw new Error('STS returned no credentials for AssumeRoleWithWebIdentity.');
  }
  logger.setSecret(c.AccessKeyId);
  logger.setSecret(c.SecretAccessKey);
  logger.setSecret(c.SessionToken);
  logger.info(`Assumed ${roleToAssume} as ${response.AssumedRoleUser?.Arn ?? 'a web identity session'}.`);
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration,
  };
}

/** An STS refusal as what to change: the token's non-secret claims, which the trust policy's conditions compare. */
function refusedByTrustPolicy(
  err: unknown,
  roleToAssume: string,
  token: string,
  audience: string,
): ConfigurationError | undefined {
  if (!isAccessDenied(err) && !/not authorized/i.test(errorMessage(err))) {
    return undefined;
  }
  const shown = Object.entries(printableClaims(token))
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n');
  return new ConfigurationError(
    `AWS refused to let this workflow assume ${roleToAssume}: ${errorMessage(err)}\n` +
      `The role's trust policy must allow the GitHub OIDC provider (token.actions.githubusercontent.com) with conditions that match this token:\n${shown}\n` +
      `Check the 'sub' condition (repository, branch or environment) and that the audience is '${audience}'.`,
  );
}
