import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCacheFor, dockerConfigWithLogin, type CacheContext } from '../src/build-cache';
import { SECRET_INPUTS } from '../src/inputs';
import { combineSecrets, maskSecretFile, parseSecretLines, secretMounts } from '../src/build-secrets';
import { mergedMetadata, ociStandardMetadata, parseKeyValueLines } from '../src/image-metadata';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { GitContext } from '../../../shared/src/runtime/github-context';

describe('build secrets', () => {
  test('id=value lines: each value masked as it is read; "=" inside a value is kept', () => {
    const masked: string[] = [];
    const secrets = parseSecretLines('npm=abc=def\n\n  \ngh_token=ghp_0123456789', 'secrets', (v) => masked.push(v));
    expect(secrets).toEqual([
      { id: 'npm', value: 'abc=def' },
      { id: 'gh_token', value: 'ghp_0123456789' },
    ]);
    expect(masked).toEqual(['abc=def', 'ghp_0123456789']);
  });

  test.each([['no-equals-sign-s3cr3t'], ['=s3cr3t'], ['bad id=s3cr3t'], ['npm=']])(
    'a malformed line (%j) is refused by its number, never repeated, and masked first',
    (line) => {
      const masked: string[] = [];
      let error: unknown;
      try {
        parseSecretLines(`ok=fine\n${line}`, 'secrets', (v) => masked.push(v));
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/^Line 2 of 'secrets'/);
      expect((error as Error).message).not.toContain('s3cr3t');
      if (line.includes('s3cr3t')) expect(masked.some((m) => m.includes('s3cr3t'))).toBe(true);
    },
  );

  test('an id given twice is refused', () => {
    expect(() => parseSecretLines('a=1\na=2', 'secrets', () => undefined)).toThrow(/given twice/);
    const values = parseSecretLines('a=1', 'secrets', () => undefined);
    const files = parseSecretLines('a=/x', 'secret-files', () => undefined);
    expect(() => combineSecrets(values, files)).toThrow(/both 'secrets' and 'secret-files'/);
  });

  test('values become 0600 files in a 0700 directory that cleanup removes; files are used where they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bsp-secrets-'));
    try {
      writeFileSync(join(dir, 'token.txt'), 'from-a-file');
      const { mounts, cleanup } = secretMounts(
        [
          { id: 'npm', value: 'v4lue' },
          { id: 'file', path: 'token.txt' },
        ],
        join(dir, 'secrets'),
        dir,
      );
      expect(mounts[1]).toEqual({ id: 'file', src: join(dir, 'token.txt') });
      expect(readFileSync(mounts[0].src, 'utf8')).toBe('v4lue');
      expect(statSync(mounts[0].src).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'secrets')).mode & 0o777).toBe(0o700);
      cleanup();
      expect(existsSync(join(dir, 'secrets'))).toBe(false);
      expect(() => secretMounts([{ id: 'gone', path: 'missing.txt' }], join(dir, 's2'), dir)).toThrow(
        /secret file of 'gone'/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a secret file's text and its longer lines are masked, short ones are not", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bsp-secrets-'));
    try {
      writeFileSync(join(dir, 'cfg'), '{\n  "token": "abcdefghij"\n}\n');
      const masked: string[] = [];
      maskSecretFile(join(dir, 'cfg'), (v) => masked.push(v));
      expect(masked).toEqual(['{\n  "token": "abcdefghij"\n}', '"token": "abcdefghij"']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('OCI standard labels and annotations', () => {
  const git = (ref: string): GitContext => ({
    eventName: ref.startsWith('refs/pull/') ? 'pull_request' : 'push',
    ref,
    sha: '0123456789abcdef0123456789abcdef01234567',
    headRef: ref.startsWith('refs/pull/') ? 'feature/x' : '',
    repository: 'acme/shop',
    serverUrl: 'https://github.com',
  });
  const repository = {
    name: 'shop',
    html_url: 'https://github.com/acme/shop',
    description: 'The shop',
    license: { spdx_id: 'Apache-2.0' },
  };
  const k = (name: string) => `org.opencontainers.image.${name}`;

  test.each<[string, string, typeof repository | undefined, Record<string, string>]>([
    [
      'a git tag, with the repository from the event payload',
      'refs/tags/v1.2.3',
      repository,
      {
        [k('created')]: '2023-11-14T22:13:20.000Z',
        [k('description')]: 'The shop',
        [k('licenses')]: 'Apache-2.0',
        [k('revision')]: '0123456789abcdef0123456789abcdef01234567',
        [k('source')]: 'https://github.com/acme/shop',
        [k('title')]: 'shop',
        [k('url')]: 'https://github.com/acme/shop',
        [k('version')]: 'v1.2.3',
      },
    ],
    [
      'a branch without a payload: no description or licences',
      'refs/heads/main',
      undefined,
      {
        [k('created')]: '2023-11-14T22:13:20.000Z',
        [k('revision')]: '0123456789abcdef0123456789abcdef01234567',
        [k('source')]: 'https://github.com/acme/shop',
        [k('title')]: 'shop',
        [k('url')]: 'https://github.com/acme/shop',
        [k('version')]: 'main',
      },
    ],
  ])('%s', (_, ref, repo, expected) => {
    expect(ociStandardMetadata(git(ref), repo, 1700000000)).toEqual(expected);
  });

  test('a pull request is version pr-N; NOASSERTION and empty descriptions are left out', () => {
    const meta = ociStandardMetadata(
      git('refs/pull/7/merge'),
      { ...repository, description: null, license: { spdx_id: 'NOASSERTION' } },
      0,
    );
    expect(meta[k('version')]).toBe('pr-7');
    expect(ociStandardMetadata(git('refs/heads/feature/login'), repository, 0)[k('version')]).toBe('feature-login');
    expect(meta[k('created')]).toBe('1970-01-01T00:00:00.000Z');
    expect(meta).not.toHaveProperty(k('licenses'));
    expect(meta).not.toHaveProperty(k('description'));
  });

  test('the inputs override the standard keys; key=value lines are checked', () => {
    const given = parseKeyValueLines(`${k('title')}=Shop API\n\nteam = core `, 'labels');
    expect(given).toEqual({ [k('title')]: 'Shop API', team: 'core' });
    expect(mergedMetadata({ [k('title')]: 'shop', [k('revision')]: 'abc' }, given)).toEqual([
      `${k('title')}=Shop API`,
      `${k('revision')}=abc`,
      'team=core',
    ]);
    expect(() => parseKeyValueLines('team', 'annotations')).toThrow(/Line 1 of 'annotations'/);
  });
});

describe('the cache login for the builder', () => {
  test("added over the user's docker config; a credential helper for the host is dropped", () => {
    const existing = JSON.stringify({
      auths: { 'ghcr.io': { auth: 'Z2g6eA==' } },
      credHelpers: { '1.dkr.ecr.eu-west-1.amazonaws.com': 'ecr-login', 'gcr.io': 'gcloud' },
    });
    const config = JSON.parse(
      dockerConfigWithLogin(existing, '1.dkr.ecr.eu-west-1.amazonaws.com', { username: 'AWS', password: 'pw' }),
    );
    expect(config).toEqual({
      auths: {
        'ghcr.io': { auth: 'Z2g6eA==' },
        '1.dkr.ecr.eu-west-1.amazonaws.com': { auth: Buffer.from('AWS:pw').toString('base64') },
      },
      credHelpers: { 'gcr.io': 'gcloud' },
    });
    expect(JSON.parse(dockerConfigWithLogin(undefined, 'h:1', { username: 'u', password: 'p' }))).toEqual({
      auths: { 'h:1': { auth: Buffer.from('u:p').toString('base64') } },
      credHelpers: {},
    });
  });
});

describe('secret inputs and the dry run', () => {
  test('every input named secret is an input of the action', () => {
    const actionYml = readFileSync(join(__dirname, '..', 'action.yml'), 'utf8');
    for (const name of SECRET_INPUTS) expect(actionYml).toMatch(new RegExp(`\\n  ${name}:\\n`));
  });

  test('a dry run reads the Actions cache and writes nothing to it; its token is masked', async () => {
    const masked: string[] = [];
    const ctx = {
      repository: 'shop/api',
      env: { ACTIONS_RUNTIME_TOKEN: 'tok-123' },
      logger: { setSecret: (v: string) => masked.push(v) },
    } as unknown as CacheContext;
    expect(await buildCacheFor('gha', { ...ctx, dryRun: true })).toEqual({
      type: 'gha',
      scope: 'shop/api',
      readOnly: true,
    });
    expect(await buildCacheFor('gha', ctx)).toEqual({ type: 'gha', scope: 'shop/api' });
    expect(masked).toEqual(['tok-123', 'tok-123']);
    expect(await buildCacheFor('none', ctx)).toBeUndefined();
  });

  test("cache: registry on ECR needs the policy's cache repository (provisioned and in the IAM documents)", async () => {
    const ctx = {
      repository: 'shop/api',
      policy: { system: 'shop', registry: { buildCache: { type: 'none', repository: '{repository}-buildcache' } } },
      session: { host: '1.dkr.ecr.eu-west-1.amazonaws.com', ecr: true },
      env: {},
      logger: { setSecret: () => undefined },
    } as unknown as CacheContext;
    await expect(buildCacheFor('registry', ctx)).rejects.toThrow(
      /registry\.buildCache\.type is none, so provision-repo created no cache repository for shop\/api/,
    );
  });
});
