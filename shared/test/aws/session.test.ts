import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { FakeAws } from '../../../test/fakes';
import { awsSessionOptions, openAwsSession } from '../../src/aws/session';
import { ConfigurationError } from '../../src/runtime/errors';
import { testContext } from '../../../test/utils/action-context';

const TOKEN = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('{"sub":"repo:acme/shop:ref:refs/heads/main"}').toString('base64url')}.sig`;

function context(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const audiences: string[] = [];
  const ctx = testContext(inputs, env, {
    getIdToken: (audience) => {
      audiences.push(audience);
      return Promise.resolve(TOKEN);
    },
  });
  return { ctx, logger: ctx.logger, audiences };
}

describe('awsSessionOptions', () => {
  test('region, role and audience as given, with the policy region as fallback', () => {
    expect(
      awsSessionOptions({ roleToAssume: 'arn:aws:iam::123456789012:role/ci', audience: 'custom' }, 'eu-central-1', {}),
    ).toEqual({
      region: 'eu-central-1',
      roleToAssume: 'arn:aws:iam::123456789012:role/ci',
      audience: 'custom',
    });
  });

  test('defaults the audience to sts.amazonaws.com and leaves the role unset', () => {
    expect(awsSessionOptions({ region: 'us-east-1' }, 'eu-central-1', {})).toEqual({
      region: 'us-east-1',
      roleToAssume: undefined,
      audience: 'sts.amazonaws.com',
    });
  });

  test('no region is a configuration error', () => {
    expect(() => awsSessionOptions({}, undefined, {})).toThrow(ConfigurationError);
  });
});

describe('openAwsSession', () => {
  // The session makes its own STS client: the fake answers every client of the class.
  let aws: FakeAws;
  beforeEach(() => (aws = new FakeAws()).iam.stsService.serve(STSClient));
  afterEach(() => aws.restore());
  const sts = () => aws.iam.stsService;

  test('masks credentials already in the environment', () => {
    const { ctx, logger } = context(
      {},
      {
        AWS_ACCESS_KEY_ID: 'AKIDENV',
        AWS_SECRET_ACCESS_KEY: 'env-secret',
        AWS_SESSION_TOKEN: 'env-token',
        AWS_REGION: 'x',
      },
    );
    openAwsSession(ctx, { region: 'eu-central-1', audience: 'sts.amazonaws.com' });
    expect([...logger.secrets].sort()).toEqual(['AKIDENV', 'env-secret', 'env-token']);
  });

  test('without a role, the default credential chain: nothing is set, nothing is contacted', () => {
    const { ctx, audiences } = context({});
    const clients = openAwsSession(ctx, { region: 'eu-central-1', audience: 'sts.amazonaws.com' });
    expect(clients.options.credentials).toBeUndefined();
    expect(audiences).toEqual([]);
    expect(sts().inputs()).toHaveLength(0);
  });

  test('with a role, assumes it once on first use, however many clients ask', async () => {
    sts().on(AssumeRoleWithWebIdentityCommand, () => ({
      Credentials: {
        AccessKeyId: 'ASIAOIDC',
        SecretAccessKey: 'oidc-secret',
        SessionToken: 'oidc-session',
        Expiration: new Date('2030-01-01T00:00:00Z'),
      },
    }));
    const { ctx, logger, audiences } = context({});
    const clients = openAwsSession(ctx, {
      region: 'eu-central-1',
      roleToAssume: 'arn:aws:iam::123456789012:role/ci',
      audience: 'sts.amazonaws.com',
    });
    expect(sts().inputs()).toHaveLength(0);
    const provider = clients.options.credentials;
    if (typeof provider !== 'function') throw new Error('expected a credential provider');
    const [a, b] = await Promise.all([provider(), provider()]);
    expect(a).toBe(b);
    expect(a.accessKeyId).toBe('ASIAOIDC');
    expect(sts().inputs(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
    expect(audiences).toEqual(['sts.amazonaws.com']);
    expect(logger.secrets).toEqual(new Set([TOKEN, 'ASIAOIDC', 'oidc-secret', 'oidc-session']));
  });
});
