import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { AwsClients } from '../../../shared/src/aws/clients';
import { assumeRoleWithGitHubOidc } from '../../../shared/src/aws/credentials';
import { awsErrorKind, awsErrorName, isCredentialRefusal, isExpiredCredentials } from '../../../shared/src/aws/errors';
import { ConfigurationError, errorMessage } from '../../../shared/src/runtime/errors';
import type { Logger } from '../../../shared/src/runtime/logger';
import { requestIdToken } from '../../../shared/src/runtime/oidc';
import type { RequestTimeouts } from '../../../shared/src/runtime/timeouts';

export interface EndpointSessionOptions {
  region: string;
  /** GitHub OIDC → this role, exchanged again whenever the credentials are renewed; else the default chain. */
  roleToAssume?: string;
  audience: string;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  /** Of every request (S3, STS, the OIDC token URL): the defaults of runtime/timeouts.ts unless tests shorten them. */
  timeouts?: Partial<RequestTimeouts>;
}

/** The S3 client of one generation of credentials: a request that meets expired ones asks for the next. */
export interface SessionClient {
  s3: S3Client;
  generation: number;
}

/**
 * The endpoint's AWS session for the rest of the job. The SDK renews credentials that carry an expiration five
 * minutes before it; `renew` replaces them at once, when S3 says they expired or were rotated (a new client, so a new
 * OIDC exchange or a fresh read of the default chain: an SSO profile, a credential process, a web identity file).
 */
export class EndpointSession {
  private clients: AwsClients;
  private generation = 0;
  private identityName?: string;

  constructor(private readonly options: EndpointSessionOptions) {
    this.clients = this.open();
  }

  private open(): AwsClients {
    const { region, timeouts } = this.options;
    return new AwsClients({ region, credentials: this.provider(), timeouts });
  }

  private provider(): AwsCredentialIdentityProvider | undefined {
    const { roleToAssume, region, audience, logger, timeouts } = this.options;
    if (!roleToAssume) return undefined;
    // No cache here: the SDK memoizes the provider per client and calls it again before the expiration.
    return () =>
      assumeRoleWithGitHubOidc({
        roleToAssume,
        region,
        audience,
        logger,
        timeouts,
        getIdToken: (a) => this.idToken(a),
      });
  }

  private async idToken(audience: string): Promise<string> {
    const env = this.options.env ?? process.env;
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      throw new ConfigurationError(
        "No GitHub OIDC token is available to this job: add 'permissions: id-token: write' to the job, or leave 'role-to-assume' empty to use the default AWS credential chain.",
      );
    }
    const token = await requestIdToken(audience, { env, timeouts: this.options.timeouts });
    this.options.logger.setSecret(token);
    return token;
  }

  current(): SessionClient {
    return { s3: this.clients.client(S3Client), generation: this.generation };
  }

  /** New credentials, once for all the requests that saw the same generation fail. */
  renew(seen: number): void {
    if (seen !== this.generation) return;
    this.generation++;
    this.clients = this.open();
    this.options.logger.info(`Renewing the AWS credentials (generation ${this.generation}).`);
  }

  /** Resolves the credentials now, so that a missing or expired session fails the start-up, not the first install. */
  async check(): Promise<void> {
    const { s3 } = this.current();
    const identity = await s3.config.credentials().catch((err: unknown) => {
      throw credentialsProblem(err, this.options.roleToAssume);
    });
    this.options.logger.setSecret(identity.secretAccessKey);
    if (identity.sessionToken) this.options.logger.setSecret(identity.sessionToken);
    if (identity.expiration && identity.expiration.getTime() <= Date.now()) {
      throw new ConfigurationError(
        `The AWS session has expired (at ${identity.expiration.toISOString()}). ${EXPIRED_HINT(this.options.roleToAssume)}`,
      );
    }
  }

  /**
   * One read of the prefix, so that credentials S3 refuses (expired, rotated, wrong) fail the start-up with what to
   * do. A refusal of the read itself is only a warning: the key probed may simply not exist.
   */
  async probe(bucket: string, prefix: string): Promise<void> {
    const Key = `${prefix}/`;
    try {
      const answer = await this.current().s3.send(new GetObjectCommand({ Bucket: bucket, Key, Range: 'bytes=0-0' }));
      (answer.Body as { destroy?: () => void } | undefined)?.destroy?.();
    } catch (err) {
      await this.probeFailed(err, `s3://${bucket}/${Key}`);
    }
  }

  private async probeFailed(err: unknown, url: string): Promise<void> {
    const code = awsErrorName(err);
    const hint = EXPIRED_HINT(this.options.roleToAssume);
    if (isExpiredCredentials(err)) {
      throw new ConfigurationError(
        `The AWS session has expired: S3 answered ${code} to ${await this.identity()}. ${hint}`,
      );
    }
    if (isCredentialRefusal(err)) {
      throw new ConfigurationError(
        `S3 refused the AWS credentials of ${await this.identity()} (${code}): they are not (or no longer) valid. ${hint}`,
      );
    }
    const kind = awsErrorKind(err);
    if (kind === 'access-denied') {
      this.options.logger.warning(
        `S3 refused ${await this.identity()} reading ${url} (${code}): installs will fail unless the role may read the prefix (s3:GetObject on it, and s3:ListBucket for a 404 rather than a 403 for what is missing).`,
      );
    } else if (kind !== 'not-found') throw credentialsProblem(err, this.options.roleToAssume);
  }

  /** Who the requests are signed as, for the messages: the role, else the caller identity STS names. */
  async identity(): Promise<string> {
    if (this.identityName) return this.identityName;
    if (this.options.roleToAssume) return (this.identityName = this.options.roleToAssume);
    try {
      const who = await this.clients.client(STSClient).send(new GetCallerIdentityCommand({}));
      this.identityName = who.Arn ?? 'the default AWS credential chain';
    } catch (err) {
      this.options.logger.debug(`GetCallerIdentity: ${errorMessage(err)}`);
      this.identityName = 'the identity of the default AWS credential chain';
    }
    return this.identityName;
  }
}

const EXPIRED_HINT = (role?: string) =>
  role
    ? 'The OIDC exchange is repeated on renewal; re-run the job if it keeps failing.'
    : "Renew them (aws sso login --profile <profile>, or the step that configured the credentials) and start again, or set 'role-to-assume' in a workflow.";

/**
 * A failure to get credentials as what to do about it. The SDK's credential providers (not a service) raise these,
 * so they are told apart by the provider error's name; an error of a service answer goes through aws/errors.ts.
 */
export function credentialsProblem(err: unknown, roleToAssume?: string): Error {
  if (err instanceof ConfigurationError) return err;
  const name = (err as { name?: string }).name ?? '';
  const message = errorMessage(err);
  if (/expired|refresh failed|sso session/i.test(message) || name === 'TokenProviderError') {
    return new ConfigurationError(`The AWS session has expired (${message}). ${EXPIRED_HINT(roleToAssume)}`);
  }
  if (name === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
    return new ConfigurationError(
      `No AWS credentials were found (${message}). In a workflow, set 'role-to-assume' (with 'permissions: id-token: write'), ` +
        'or configure credentials in an earlier step; on a laptop, sign in with `aws sso login --profile <profile>` and set AWS_PROFILE.',
    );
  }
  return err instanceof Error ? err : new Error(message);
}
