import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { run } from '../../../actions/build-sign-push/src/main';
import { digestOf } from '../../../shared/src/oci/digest';
import { RegistryClient } from '../../../shared/src/oci/registry';
import type { ImageManifest } from '../../../shared/src/oci/types';
import { silentLogger } from '../../utils/loggers';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { busyboxContext, filesOf, githubEnv, registryEnv, skopeoRaw, writePolicy } from './fixtures';
import { testContext } from '../../utils/action-context';

jest.setTimeout(180_000);

// No base image can be pulled here, so the image starts FROM scratch with a static busybox as its shell.
describe('build-sign-push builds a Dockerfile with buildah and pushes the result', () => {
  let registry: LocalRegistry;
  let dir: string;

  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    dir = mkdtempSync(join(tmpdir(), 'bsp-build-'));
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a RUN step runs with the build argument, and the pushed image is the one skopeo reads', async () => {
    const context = busyboxContext(
      dir,
      'app',
      [
        'FROM scratch AS base',
        'COPY busybox /bin/busybox',
        'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
        'FROM base AS final',
        'ARG GREETING=hello',
        'RUN echo "$GREETING from $(uname -s)" > /greeting',
        'CMD ["/bin/cat", "/greeting"]',
        '',
      ].join('\n'),
      'Containerfile',
    );
    const policy = writePolicy(dir);
    const ctx = testContext(
      {
        service: 'api',
        policy,
        registry: registry.url,
        context,
        dockerfile: join(context, 'Containerfile'),
        'build-args': 'GREETING=hi, there',
        target: 'final',
      },
      { ...githubEnv('refs/tags/v1.2.3'), ...registryEnv(registry), PATH: process.env.PATH },
    );
    await run(ctx);

    const digest = ctx.outputs.get('digest')!;
    const raw = skopeoRaw(registry, 'shop/api:api-v1.2.3');
    expect(digestOf(raw)).toBe(digest);
    expect(ctx.logger.text()).toContain('with buildah');

    const client = new RegistryClient({
      baseUrl: registry.url,
      credentials: { username: registry.username!, password: registry.password! },
      logger: silentLogger,
    });
    const manifest = JSON.parse(raw.toString()) as ImageManifest;
    const files = new Map<string, string>();
    for (const layer of manifest.layers) {
      const blob = await client.getBlob('shop/api', layer.digest);
      const tar = layer.mediaType.endsWith('gzip') ? gunzipSync(blob) : blob;
      for (const [k, v] of await filesOf(tar)) files.set(k, v);
    }
    expect(files.get('greeting')).toBe('hi, there from Linux\n');
    const config = JSON.parse((await client.getBlob('shop/api', manifest.config.digest)).toString()) as {
      config: { Cmd: string[] };
    };
    expect(config.config.Cmd).toEqual(['/bin/cat', '/greeting']);
  });

  test('a failing RUN step is reported with the build output and nothing is pushed', async () => {
    const context = busyboxContext(
      dir,
      'broken',
      'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo failing on purpose >&2; exit 3"]\n',
    );
    const policy = writePolicy(dir);
    const ctx = testContext(
      { service: 'worker', policy, registry: registry.url, context },
      { ...githubEnv('refs/tags/v1.0.0'), ...registryEnv(registry), PATH: process.env.PATH },
    );
    await expect(run(ctx)).rejects.toThrow(/buildah bud failed \(exit \d+\)/);
    expect(ctx.logger.text()).toContain('failing on purpose');
    const res = await fetch(`${registry.url}/v2/shop/worker/tags/list`, {
      headers: {
        authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
      },
    });
    expect(res.status).toBe(404);
  });
});
