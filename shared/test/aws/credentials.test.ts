import { AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts';
import { answers, FakeAws } from '../../../test/fakes';
import {
  DEFAULT_OIDC_AUDIENCE,
  assumeRoleWithGitHubOidc,
  printableClaims,
  roleSessionName,
} from '../../src/aws/credentials';
import type { OidcCredentialOptions } from '../../src/aws/credentials';
import { ConfigurationError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';

const ROLE = 'arn:aws:iam::123456789012:role/github-artifacts';

/** An unsigned token with GitHub's claims: enough for what the action reads from it. */
function githubToken(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
}

const CLAIMS = {
  sub: 'repo:acme/shop:ref:refs/heads/main',
  aud: 'sts.amazonaws.com',
  repository: 'acme/shop',
  ref: 'refs/heads/main',
  environment: 'production',
  job_workflow_ref: 'acme/shop/.github/workflows/release.yml@refs/heads/main',
  actor: 'octocat',
  repository_owner_id: '4242',
};
const TOKEN = githubToken(CLAIMS);

const CREDENTIALS = {
  AccessKeyId: 'ASIAEXAMPLEACCESSKEY',
  SecretAccessKey: 'secret/EXAMPLE+key',
  SessionToken: 'session-token-EXAMPLE',
  Expiration: new Date('2030-01-01T00:00:00Z'),
};

function awsError(name: string, message: string, status: number): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
}

describe('assumeRoleWithGitHubOidc', () => {
  let aws: FakeAws;
  let logger: MemoryLogger;
  let sleeps: number[];
  let audiences: string[];

  const options = (overrides: Partial<OidcCredentialOptions> = {}): OidcCredentialOptions => ({
    roleToAssume: ROLE,
    region: 'eu-central-1',
    sessionName: 'artifacts-shop-1',
    getIdToken: (audience) => {
      audiences.push(audience);
      return Promise.resolve(TOKEN);
    },
    logger,
    sts: aws.iam.sts,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...overrides,
  });

  beforeEach(() => {
    aws = new FakeAws();
    logger = new MemoryLogger();
    sleeps = [];
    audiences = [];
  });

  test('returns the credentials and masks all three and the token', async () => {
    aws.iam.stsService.on(AssumeRoleWithWebIdentityCommand, () => ({
      Credentials: CREDENTIALS,
      AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/github-artifacts/s', AssumedRoleId: 'x' },
    }));
    const creds = await assumeRoleWithGitHubOidc(options());
    expect(creds).toEqual({
      accessKeyId: CREDENTIALS.AccessKeyId,
      secretAccessKey: CREDENTIALS.SecretAccessKey,
      sessionToken: CREDENTIALS.SessionToken,
      expiration: CREDENTIALS.Expiration,
    });
    expect([...logger.secrets].sort()).toEqual(
      [TOKEN, CREDENTIALS.AccessKeyId, CREDENTIALS.SecretAccessKey, CREDENTIALS.SessionToken].sort(),
    );
    for (const secret of logger.secrets) expect(logger.text()).not.toContain(secret);
    expect(audiences).toEqual([DEFAULT_OIDC_AUDIENCE]);
    expect(aws.iam.stsService.inputs(AssumeRoleWithWebIdentityCommand)[0]).toEqual({
      RoleArn: ROLE,
      RoleSessionName: 'artifacts-shop-1',
      WebIdentityToken: TOKEN,
      DurationSeconds: 3600,
    });
  });

  test('asks GitHub for a token with the configured audience', async () => {
    aws.iam.stsService.on(AssumeRoleWithWebIdentityCommand, () => ({ Credentials: CREDENTIALS }));
    await assumeRoleWithGitHubOidc(options({ audience: 'https://github.com/acme' }));
    expect(audiences).toEqual(['https://github.com/acme']);
  });

  test('AccessDenied becomes a configuration error with the role and the non-secret claims, never the token', async () => {
    aws.iam.stsService.on(AssumeRoleWithWebIdentityCommand, () => {
      throw awsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403);
    });
    const error = await assumeRoleWithGitHubOidc(options()).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain(ROLE);
    expect(message).toContain('Not authorized to perform sts:AssumeRoleWithWebIdentity');
    for (const claim of ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref'] as const) {
      expect(message).toContain(`${claim}: ${CLAIMS[claim]}`);
    }
    expect(message).not.toContain(TOKEN);
    expect(message).not.toContain(TOKEN.split('.')[1]);
    expect(message).not.toContain('octocat');
    // A refusal is not retried: it will not change.
    expect(aws.iam.stsService.inputs(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  test('throttling is retried with backoff through the injected sleep', async () => {
    aws.iam.stsService.on(
      AssumeRoleWithWebIdentityCommand,
      answers([awsError('Throttling', 'Rate exceeded', 400), awsError('ServiceUnavailable', 'try later', 503)], {
        Credentials: CREDENTIALS,
      }),
    );
    const creds = await assumeRoleWithGitHubOidc(options());
    expect(creds.accessKeyId).toBe(CREDENTIALS.AccessKeyId);
    expect(aws.iam.stsService.inputs(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps.every((ms) => ms > 0 && ms <= 8000)).toBe(true);
    expect(logger.text()).toContain('Rate exceeded');
  });

  test('gives up after the retry budget and reports the last error as an internal error', async () => {
    aws.iam.stsService.on(AssumeRoleWithWebIdentityCommand, () => {
      throw awsError('Throttling', 'Rate exceeded', 400);
    });
    const error = await assumeRoleWithGitHubOidc(options()).catch((err: unknown) => err);
    expect(error).not.toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('Rate exceeded');
    expect(aws.iam.stsService.inputs(AssumeRoleWithWebIdentityCommand)).toHaveLength(5);
  });

  test.each(['github-artifacts', 'arn:aws:iam::123:role/x', 'arn:aws:iam::123456789012:user/someone', ''])(
    'an invalid role ARN (%j) is refused before any token is requested',
    async (role) => {
      const error = await assumeRoleWithGitHubOidc(options({ roleToAssume: role })).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain("Input 'role-to-assume'");
      expect(audiences).toEqual([]);
      expect(aws.iam.stsService.inputs(AssumeRoleWithWebIdentityCommand)).toHaveLength(0);
    },
  );

  test('an answer without credentials is an internal error', async () => {
    aws.iam.stsService.on(AssumeRoleWithWebIdentityCommand, () => ({}));
    const error = await assumeRoleWithGitHubOidc(options()).catch((err: unknown) => err);
    expect(error).not.toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('STS returned no credentials');
  });
});

describe('token claims and session names', () => {
  test('printableClaims keeps only the claims a trust policy is compared with', () => {
    expect(printableClaims(TOKEN)).toEqual({
      sub: CLAIMS.sub,
      aud: CLAIMS.aud,
      repository: CLAIMS.repository,
      ref: CLAIMS.ref,
      environment: CLAIMS.environment,
      job_workflow_ref: CLAIMS.job_workflow_ref,
    });
  });

  test.each(['not-a-jwt', 'a.b', 'a.!!!.c', ''])('printableClaims of a malformed token (%j) is empty', (token) => {
    expect(printableClaims(token)).toEqual({});
  });

  test.each<[NodeJS.ProcessEnv, string]>([
    [{ GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '77' }, 'artifacts-shop-77'],
    [{ GITHUB_REPOSITORY: 'acme/my shop!', GITHUB_RUN_ID: '1' }, 'artifacts-my-shop--1'],
    [{ GITHUB_REPOSITORY: `acme/${'x'.repeat(100)}`, GITHUB_RUN_ID: '1' }, `artifacts-${'x'.repeat(54)}`],
  ])('roleSessionName(%j) = %s', (env, expected) => {
    const name = roleSessionName(env);
    expect(name).toBe(expected);
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
  });
});
