import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSigV4Front, type FrontCredentials, type SigV4Front } from '../../utils/s3-sigv4-front';
import { client, get, npmEnv, npmPack, ok, publishFiles, startLaptopEndpoint } from './support';

/**
 * The endpoint's credentials: read from the default chain (here a profile with a credential process, as SSO and
 * `aws configure export-credentials` setups are), renewed when the store starts refusing the key in the middle of
 * an install, and the errors for no credentials, an expired session and a port in use.
 */

jest.setTimeout(600_000);

let front: SigV4Front;
let work: string;
const ROLE = 'piksel-developer-read';
const DEPENDENCIES = 8;

/** A profile whose credentials come from a process that prints what `creds.json` holds, as the chain reads it. */
function profileEnv(credentials: FrontCredentials, expiration = new Date(Date.now() + 3600_000)) {
  writeCredentials(credentials, expiration);
  const script = join(work, 'print-credentials.js');
  writeFileSync(
    script,
    `process.stdout.write(require('fs').readFileSync(${JSON.stringify(join(work, 'creds.json'))}, 'utf8'));\n`,
  );
  writeFileSync(
    join(work, 'aws-config'),
    `[profile consumer]\nregion = eu-central-1\ncredential_process = ${process.execPath} ${script}\n`,
  );
  return {
    AWS_CONFIG_FILE: join(work, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-credentials'),
    AWS_PROFILE: 'consumer',
    AWS_REGION: 'eu-central-1',
    AWS_ENDPOINT_URL_S3: front.endpoint,
    AWS_ENDPOINT_URL_STS: front.endpoint,
  };
}

/** Static keys in the environment, as an earlier step that configured credentials leaves them. */
function staticEnv(c: FrontCredentials): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: c.accessKeyId,
    AWS_SECRET_ACCESS_KEY: c.secretAccessKey,
    AWS_SESSION_TOKEN: c.sessionToken,
    AWS_REGION: 'eu-central-1',
    AWS_ENDPOINT_URL_S3: front.endpoint,
    AWS_ENDPOINT_URL_STS: front.endpoint,
  };
}

function writeCredentials(c: FrontCredentials, expiration: Date): void {
  writeFileSync(
    join(work, 'creds.json'),
    JSON.stringify({
      Version: 1,
      AccessKeyId: c.accessKeyId,
      SecretAccessKey: c.secretAccessKey,
      SessionToken: c.sessionToken,
      Expiration: expiration.toISOString(),
    }),
  );
}

const serveArgs = (extra: string[] = []) => [
  '--policy',
  join(work, 'no-policy.yml'),
  '--bucket',
  front.s3.bucket,
  '--prefix',
  'piksel',
  ...extra,
];

beforeAll(async () => {
  front = await startSigV4Front('rotation-store');
  work = mkdtempSync(join(tmpdir(), 'package-store-credentials-'));
  const deps: Record<string, string> = {};
  for (let i = 0; i < DEPENDENCIES; i++) {
    await publishFiles(front, work, [await npmPack(work, `dep${i}`, '1.0.0')]);
    deps[`dep${i}`] = '1.0.0';
  }
  await publishFiles(front, work, [await npmPack(work, 'app-deps', '1.0.0', deps)]);
});

afterAll(async () => {
  await front?.stop();
  rmSync(work, { recursive: true, force: true });
});

test('the key is rotated in the middle of an npm install: the endpoint renews it from the chain and the install completes', async () => {
  const endpoint = await startLaptopEndpoint(serveArgs(), profileEnv(front.credentials(ROLE)));
  const oldKey = front.credentials(ROLE).accessKeyId;
  let served = 0;
  let newKey = '';
  front.onRequest = (r) => {
    // After the third tarball: the store refuses the old key, and the credential process hands out the new one.
    if (r.accessKeyId === oldKey && r.status === 200 && r.path.includes('/-/') && ++served === 3) {
      const rotated = front.rotate(ROLE);
      newKey = rotated.accessKeyId;
      writeCredentials(rotated, new Date(Date.now() + 3600_000));
    }
  };
  try {
    const project = join(work, 'rotating');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{"name":"p","version":"0.0.0","private":true}');
    ok(
      await client(
        'npm',
        [
          'install',
          '--registry',
          `${endpoint.url}/npm/`,
          '--no-audit',
          '--no-fund',
          'app-deps@1.0.0',
          '--maxsockets',
          '1',
        ],
        { cwd: project, env: npmEnv(work, { npm_config_cache: join(work, 'rotating-cache') }) },
      ),
      'npm install',
    );
    for (let i = 0; i < DEPENDENCIES; i++) {
      expect(JSON.parse(readFileSync(join(project, 'node_modules', `dep${i}`, 'package.json'), 'utf8')).version).toBe(
        '1.0.0',
      );
    }
    expect(newKey).not.toBe('');
    const afterRotation = front.requests.filter((r) => r.accessKeyId === oldKey && r.code === 'ExpiredToken');
    expect(afterRotation.length).toBeGreaterThanOrEqual(1);
    const withNewKey = front.requests.filter((r) => r.accessKeyId === newKey && r.status === 200);
    expect(withNewKey.length).toBeGreaterThanOrEqual(1);
    expect(endpoint.output()).toContain('Renewing the AWS credentials');
  } finally {
    front.onRequest = undefined;
    await endpoint.stop();
  }
});

test('no credentials anywhere: the command says what to do and exits', async () => {
  const failed = startLaptopEndpoint(serveArgs(), {
    AWS_CONFIG_FILE: join(work, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(work, 'none'),
    AWS_REGION: 'eu-central-1',
    AWS_ENDPOINT_URL_S3: front.endpoint,
    HOME: work,
  });
  await expect(failed).rejects.toThrow(/error: No AWS credentials were found[\s\S]*aws sso login/);
});

test.each([
  ['S3 says the key expired', () => ({ ...staticEnv(front.credentials(ROLE)), rotate: true })],
  [
    'the credentials say so themselves',
    () => ({
      ...staticEnv(front.credentials(ROLE)),
      AWS_CREDENTIAL_EXPIRATION: new Date(Date.now() - 60_000).toISOString(),
    }),
  ],
])('an expired session is refused at start, naming how to renew it: %s', async (_, make) => {
  const { rotate, ...env } = make() as Record<string, string> & { rotate?: boolean };
  if (rotate) front.rotate(ROLE);
  await expect(startLaptopEndpoint(serveArgs(), env)).rejects.toThrow(
    /error: The AWS session has expired[\s\S]*aws sso login/,
  );
});

test('a port in use is named, with what to change', async () => {
  const taken: Server = createServer();
  await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
  const port = (taken.address() as { port: number }).port;
  try {
    await expect(
      startLaptopEndpoint(serveArgs(['--port', String(port)]), profileEnv(front.credentials(ROLE))),
    ).rejects.toThrow(new RegExp(`Port ${port} on 127.0.0.1 is in use[^\\n]*set 'port' to another number`));
  } finally {
    taken.close();
  }
});

test('credentials the store refuses: a wrong secret fails the start; a key revoked later is a 403 that says so', async () => {
  const wrong = { ...front.credentials(ROLE), secretAccessKey: 'not-the-secret' };
  await expect(startLaptopEndpoint(serveArgs(), profileEnv(wrong))).rejects.toThrow(
    /error: S3 refused the AWS credentials of arn:aws:iam::111111111111:role\/artifacts-piksel-developer-read \(SignatureDoesNotMatch\)/,
  );
  const endpoint = await startLaptopEndpoint(serveArgs(), profileEnv(front.credentials(ROLE)));
  try {
    expect((await get(`${endpoint.url}/npm/dep0`)).status).toBe(200);
    // Revoked, and the credential process still hands out the same key: one renewal, then the refusal.
    front.rotate(ROLE);
    const answer = await get(`${endpoint.url}/npm/dep0`);
    expect(answer.status).toBe(403);
    expect(answer.body.trim()).toBe(
      's3://rotation-store/piksel/npm/dep0: S3 refused arn:aws:iam::111111111111:role/artifacts-piksel-developer-read: its credentials were refused (ExpiredToken) and could not be renewed.',
    );
  } finally {
    await endpoint.stop();
  }
});
