import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { run } from '../../../actions/build-sign-push/src/main';
import { listReferrers } from '../../../shared/src/oci/referrers';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import type { ImageManifest } from '../../../shared/src/oci/types';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';
import { busyboxContext, filesOf, githubEnv, registryEnv, writePolicy } from './fixtures';
import { testContext, type TestContext } from '../../utils/action-context';

jest.setTimeout(240_000);

describe('build secrets and OCI labels with buildah', () => {
  let registry: LocalRegistry;
  let client: RegistryClient;
  let dir: string;
  let context: string;
  let ctx: TestContext;
  // Random each run: the bytes cannot be anywhere by accident.
  const secret = `s3cret-${randomBytes(16).toString('hex')}`;
  const fileSecret = `file-secret-${randomBytes(16).toString('hex')}`;
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    client = authedClient(registry);
    dir = mkdtempSync(join(tmpdir(), 'bsp-secrets-'));
    context = busyboxContext(
      dir,
      'app',
      [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        'RUN --mount=type=secret,id=token ["/bin/busybox", "sh", "-c", "/bin/busybox sha256sum /run/secrets/token > /token.sha256"]',
        'RUN --mount=type=secret,id=npmrc ["/bin/busybox", "sh", "-c", "/bin/busybox sha256sum /run/secrets/npmrc > /npmrc.sha256"]',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'npmrc'), fileSecret);
    const event = join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        repository: {
          name: 'shop',
          html_url: 'https://github.com/acme/shop',
          description: 'The shop of acme',
          license: { spdx_id: 'MIT' },
        },
      }),
    );
    ctx = testContext(
      {
        service: 'api',
        policy: writePolicy(dir, [], { sections: ['signing: {method: key, key: "env://SIGNING_KEY"}'] }),
        registry: registry.url,
        context,
        secrets: `token=${secret}`,
        'secret-files': `npmrc=${join(dir, 'npmrc')}`,
        labels: 'team=core\norg.opencontainers.image.title=Shop API',
        annotations: 'com.acme.review=approved',
      },
      {
        ...githubEnv('refs/tags/v3.1.0'),
        ...registryEnv(registry),
        GITHUB_EVENT_PATH: event,
        SOURCE_DATE_EPOCH: '1700000000',
        SIGNING_KEY: generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
          .privateKey.export({ format: 'pem', type: 'pkcs8' })
          .toString(),
        PATH: process.env.PATH,
      },
    );
    await run(ctx);
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const skopeo = (...args: string[]) =>
    execFileSync(
      'skopeo',
      [
        'inspect',
        ...args,
        '--tls-verify=false',
        '--creds',
        `${registry.username}:${registry.password}`,
        `docker://${registry.host}/shop/api:api-v3.1.0`,
      ],
      { encoding: 'utf8' },
    );

  test('each secret reaches its RUN step, and its value is masked', async () => {
    const manifest = JSON.parse(skopeo('--raw')) as ImageManifest;
    const files = new Map<string, string>();
    for (const layer of manifest.layers) {
      for (const [k, v] of await filesOf(gunzipSync(await client.getBlob('shop/api', layer.digest)))) files.set(k, v);
    }
    expect(files.get('token.sha256')).toBe(`${sha256(secret)}  /run/secrets/token\n`);
    expect(files.get('npmrc.sha256')).toBe(`${sha256(fileSecret)}  /run/secrets/npmrc\n`);
    expect(ctx.logger.secrets).toContain(secret);
    expect(ctx.logger.secrets).toContain(fileSecret);
  });

  /** A manifest's bytes, its config's and its layers' (gunzipped too where they are gzip). */
  const blobsOf = async (manifestBytes: Buffer): Promise<Buffer[]> => {
    const manifest = JSON.parse(manifestBytes.toString()) as ImageManifest;
    const blobs = [manifestBytes, await client.getBlob('shop/api', manifest.config.digest)];
    for (const layer of manifest.layers) {
      const blob = await client.getBlob('shop/api', layer.digest);
      blobs.push(blob, ...(blob[0] === 0x1f && blob[1] === 0x8b ? [gunzipSync(blob)] : []));
    }
    return blobs;
  };

  test("the secrets' bytes are in no blob of the image or its referrers, the summary, the outputs or the log", async () => {
    const blobs = await blobsOf(Buffer.from(skopeo('--raw')));
    const digest = ctx.outputs.get('digest')!;
    const { referrers, cosignSignatureTag } = await listReferrers(client, 'shop/api', digest);
    const referring = [...referrers, ...(cosignSignatureTag ? [cosignSignatureTag.descriptor] : [])];
    expect(referring.length).toBeGreaterThan(0);
    for (const d of referring) {
      const m = await client.getManifest('shop/api', d.digest, d.mediaType);
      blobs.push(...(await blobsOf(m!.bytes)));
    }
    for (const value of [secret, fileSecret]) {
      expect(blobs.filter((b) => b.includes(value))).toEqual([]);
      expect(ctx.summary.join('\n')).not.toContain(value);
      expect([...ctx.outputs.values()].join('\n')).not.toContain(value);
      expect(ctx.logger.text()).not.toContain(value);
    }
  });

  test('the OCI standard labels and annotations, with the inputs over them, read back with skopeo', () => {
    const k = (name: string) => `org.opencontainers.image.${name}`;
    const standard = {
      [k('created')]: '2023-11-14T22:13:20.000Z',
      [k('description')]: 'The shop of acme',
      [k('licenses')]: 'MIT',
      [k('revision')]: '0123456789abcdef0123456789abcdef01234567',
      [k('source')]: 'https://github.com/acme/shop',
      [k('url')]: 'https://github.com/acme/shop',
      [k('version')]: 'v3.1.0',
    };
    const labels = (JSON.parse(skopeo()) as { Labels: Record<string, string> }).Labels;
    expect(labels).toMatchObject({ ...standard, [k('title')]: 'Shop API', team: 'core' });
    const annotations = (JSON.parse(skopeo('--raw')) as ImageManifest).annotations;
    expect(annotations).toMatchObject({ ...standard, [k('title')]: 'shop', 'com.acme.review': 'approved' });
    expect(annotations).not.toHaveProperty('team');
  });
});
