import { STSClient } from '@aws-sdk/client-sts';
import { S3Client } from '@aws-sdk/client-s3';
import { IAMClient } from '@aws-sdk/client-iam';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ListFindingsCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import { GetPublicKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetSigningProfileCommand, SignerClient } from '@aws-sdk/client-signer';
import { AwsClients } from '../../src/aws/clients';
import { assumeRoleWithGitHubOidc } from '../../src/aws/credentials';
import { PackagePublisher } from '../../src/packages/store';
import { awsCaller, provision } from '../../../actions/provision-repo/src/provision';
import { UnreachableEndpointError, unreachableEndpointOf } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';
import { requestIdToken } from '../../src/runtime/oidc';
import { refusingUrl, startSilentServer, type SilentServer } from '../../../test/utils/unanswering';
import { policyOf } from '../../../actions/provision-repo/test/provision/fixtures';
import { serveStore, type EndpointConfig } from '../../../actions/setup-package-store/src/endpoint';
import { createServer, type Server } from 'node:http';
import { zipPlan } from '../packages/fake-store';

/**
 * Every AWS call, the role assumption and the OIDC token request are bounded in time: against an endpoint that
 * accepts connections and never answers, or one that refuses them, each fails within jest's timeout with an error
 * that names the endpoint and the operation. Short timeouts are injected so that this takes seconds.
 */

const TIMEOUTS = { connectMs: 1000, idleMs: 300 };
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const ENDPOINT_VARIABLES = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_S3',
  'AWS_ENDPOINT_URL_ECR',
  'AWS_ENDPOINT_URL_STS',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
];
const saved = Object.fromEntries(ENDPOINT_VARIABLES.map((k) => [k, process.env[k]]));

let silent: SilentServer;
beforeEach(async () => {
  silent = await startSilentServer();
  for (const k of ENDPOINT_VARIABLES) delete process.env[k];
});
afterEach(async () => {
  await silent.close();
  for (const k of ENDPOINT_VARIABLES) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

const endpoints: [string, () => Promise<string>, RegExp][] = [
  ['never answers', async () => silent.url, /did not answer/],
  ['refuses connections', refusingUrl, /refused the connection/],
];

function clients(): AwsClients {
  return new AwsClients({ region: 'eu-central-1', credentials, maxAttempts: 3, timeouts: TIMEOUTS });
}

function expectNamed(err: unknown, url: string, how: RegExp, operation: RegExp): void {
  const unreachable = unreachableEndpointOf(err);
  expect(unreachable).toBeInstanceOf(UnreachableEndpointError);
  expect(unreachable!.endpoint).toBe(url);
  expect(unreachable!.operation).toMatch(new RegExp(`^${operation.source}$`));
  expect((err as Error).message).toContain(url);
  expect((err as Error).message).toMatch(how);
  expect((err as Error).message).toContain(unreachable!.operation);
}

describe.each(endpoints)('an endpoint that %s', (_name, endpoint, how) => {
  test('publish-package: the publish to S3 fails naming the endpoint and the operation', async () => {
    const url = await endpoint();
    process.env.AWS_ENDPOINT_URL_S3 = url;
    const publisher = new PackagePublisher(
      { s3: clients().client(S3Client), bucket: 'shop-artifacts', prefix: 'shop' },
      { logger: new MemoryLogger(), sleep: async () => undefined },
    );
    const err = await publisher.publish(zipPlan()).catch((e: unknown) => e);
    expectNamed(err, url, how, /S3 \w+Object/);
  });

  test('provision-repo: the plan fails naming the endpoint and the operation', async () => {
    const url = await endpoint();
    process.env.AWS_ENDPOINT_URL = url;
    const aws = clients();
    const logger = new MemoryLogger();
    const err = await provision(
      policyOf(),
      { ecr: aws.client(ECRClient), s3: aws.client(S3Client), iam: aws.client(IAMClient), sts: aws.client(STSClient) },
      {
        mode: 'plan',
        prune: false,
        concurrency: 4,
        services: [],
        region: 'eu-central-1',
        logger,
        call: awsCaller({ logger }),
      },
    ).catch((e: unknown) => e);
    expectNamed(err, url, how, /(ECR|S3|IAM) [A-Z]\w+/);
  });

  test('the role assumption: STS fails naming the endpoint and the operation', async () => {
    const url = await endpoint();
    process.env.AWS_ENDPOINT_URL_STS = url;
    const err = await assumeRoleWithGitHubOidc({
      roleToAssume: 'arn:aws:iam::123456789012:role/github-artifacts',
      region: 'eu-central-1',
      getIdToken: async () => 'header.e30.signature',
      logger: new MemoryLogger(),
      sleep: async () => undefined,
      timeouts: TIMEOUTS,
    }).catch((e: unknown) => e);
    expectNamed(err, url, how, /STS AssumeRoleWithWebIdentity/);
  });

  test.each<[string, (aws: AwsClients) => Promise<unknown>, RegExp]>([
    ['KMS', (aws) => aws.client(KMSClient).send(new GetPublicKeyCommand({ KeyId: 'alias/shop' })), /KMS GetPublicKey/],
    [
      'Signer',
      (aws) => aws.client(SignerClient).send(new GetSigningProfileCommand({ profileName: 'shop' })),
      /Signer GetSigningProfile/,
    ],
    ['Inspector', (aws) => aws.client(Inspector2Client).send(new ListFindingsCommand({})), /Inspector2 ListFindings/],
  ])('%s (signing, the scan gate): the call fails naming the endpoint and the operation', async (_s, call, op) => {
    const url = await endpoint();
    process.env.AWS_ENDPOINT_URL = url;
    const err = await call(clients()).catch((e: unknown) => e);
    expectNamed(err, url, how, op);
  });

  test('the OIDC token request fails naming the token service', async () => {
    const url = await endpoint();
    const err = await requestIdToken('sts.amazonaws.com', {
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer' },
      timeouts: TIMEOUTS,
      sleep: async () => undefined,
    }).catch((e: unknown) => e);
    const unreachable = unreachableEndpointOf(err);
    expect(unreachable?.endpoint).toBe(url);
    expect((err as Error).message).toMatch(/GitHub OIDC token service/);
    expect((err as Error).message).toContain(url);
  });
});

/** A GitHub OIDC token service that answers every request with a token. */
async function startTokenService(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: 'header.e30.signature' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/token?api-version=2.0`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const STORE: EndpointConfig = {
  bucket: 'piksel-artifacts',
  prefix: 'piksel',
  region: 'eu-central-1',
  audience: 'sts.amazonaws.com',
  port: 0,
};
const ROLE = 'arn:aws:iam::123456789012:role/artifacts-piksel-developer-read';

/** setup-package-store's start-up (the job's endpoint and the laptop command): its error, and how long it took. */
async function storeStartupError(role: string | undefined, env: NodeJS.ProcessEnv): Promise<[unknown, number]> {
  const started = Date.now();
  const err = await serveStore({ ...STORE, roleToAssume: role }, new MemoryLogger(), { env, timeouts: TIMEOUTS })
    .then((endpoint) => endpoint.server.close())
    .catch((e: unknown) => e);
  return [err, Date.now() - started];
}

describe.each(endpoints)('setup-package-store against an endpoint that %s', (_name, endpoint, how) => {
  test('S3: the start-up probe fails within a minute naming the endpoint and the operation', async () => {
    const url = await endpoint();
    process.env.AWS_ENDPOINT_URL_S3 = url;
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret' });
    const [err, ms] = await storeStartupError(undefined, process.env);
    expectNamed(err, url, how, /S3 GetObject/);
    expect(ms).toBeLessThan(60_000);
  });

  test('STS: the role assumption fails within a minute naming the endpoint and the operation', async () => {
    const url = await endpoint();
    process.env.AWS_ENDPOINT_URL_STS = url;
    const tokens = await startTokenService();
    try {
      const env = { ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer' };
      const [err, ms] = await storeStartupError(ROLE, env);
      expectNamed(err, url, how, /STS AssumeRoleWithWebIdentity/);
      expect(ms).toBeLessThan(60_000);
    } finally {
      await tokens.close();
    }
  });

  test('the OIDC token URL: the token request fails within a minute naming the token service', async () => {
    const url = await endpoint();
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'b' };
    const [err, ms] = await storeStartupError(ROLE, env);
    expect(unreachableEndpointOf(err)?.endpoint).toBe(url);
    expect((err as Error).message).toMatch(/GitHub OIDC token service/);
    expect((err as Error).message).toContain(url);
    expect(ms).toBeLessThan(60_000);
  });
});

test('a silent endpoint is tried at most twice per call, then named', async () => {
  process.env.AWS_ENDPOINT_URL_S3 = silent.url;
  const publisher = new PackagePublisher(
    {
      s3: new AwsClients({ region: 'eu-central-1', credentials, timeouts: TIMEOUTS }).client(S3Client),
      bucket: 'b',
      prefix: 'p',
    },
    { logger: new MemoryLogger(), sleep: async () => undefined },
  );
  const err = await publisher.publish(zipPlan()).catch((e: unknown) => e);
  expect((err as Error).message).toMatch(/on 2 attempts/);
  expect(silent.connections()).toBe(2);
});
