import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import { fetchAttachment, listAttachments, TITLE_ANNOTATION } from '../../../shared/src/oci/attachments';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { generateImage, writeOciLayout } from '../../utils/images';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';
import { githubEnv, registryEnv, writePolicy } from '../build-sign-push/fixtures';
import { testContext } from '../../utils/action-context';

/** build-sign-push with `attach`, run whole against the local registry (no referrers API: the tag fallback). */

jest.setTimeout(60_000);

let registry: LocalRegistry;
let client: RegistryClient;
let dir: string;
let policy: string;

const k8s = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\n';
const sbom = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [] });

beforeAll(async () => {
  registry = await startRegistry({ auth: true });
  client = authedClient(registry);
  dir = mkdtempSync(join(tmpdir(), 'bsp-attach-'));
  policy = writePolicy(dir);
  writeFileSync(join(dir, 'k8s.yaml'), k8s);
  writeFileSync(join(dir, 'bom.json'), sbom);
});
afterAll(async () => {
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function layout(name: string, content: string): Promise<{ path: string; digest: string }> {
  const image = await generateImage({ layers: [{ 'app/main.js': content }] });
  const path = join(dir, name);
  writeOciLayout(path, { images: [image] });
  return { path, digest: image.manifest.descriptor.digest };
}

const env = (ref: string) => ({ ...githubEnv(ref), ...registryEnv(registry) });
const inputs = (extra: Record<string, string>) => ({ service: 'api', policy, registry: registry.url, ...extra });

test('attached files are pushed with the image, listed in the summary, and not duplicated by a re-run', async () => {
  const image = await layout('one', 'console.log(1)');
  const attach = `${join(dir, 'k8s.yaml')}\n${join(dir, 'bom.json')}=application/vnd.cyclonedx+json`;
  const ctx = testContext(inputs({ source: `oci:${image.path}`, attach }), env('refs/tags/v1.0.0'));
  await run(ctx);
  expect(ctx.outputs.get('digest')).toBe(image.digest);

  const attached = await listAttachments(client, 'shop/api', image.digest);
  expect(attached.map((d) => [d.annotations?.[TITLE_ANNOTATION], d.artifactType]).sort()).toEqual([
    ['bom.json', 'application/vnd.cyclonedx+json'],
    ['k8s.yaml', 'application/vnd.k8s.manifests+yaml'],
  ]);
  const summary = ctx.summary.join('\n');
  for (const d of attached) expect(summary).toContain(`\`${d.digest}\``);
  const output = ctx.outputs.get('attachments')!.split('\n').sort();
  expect(output).toEqual(attached.map((d) => `${d.annotations?.[TITLE_ANNOTATION]}=${d.digest}`).sort());
  expect(summary).toMatch(
    /\| k8s.yaml \| `application\/vnd.k8s.manifests\+yaml` \| `sha256:[0-9a-f]{64}` \| attached \|/,
  );
  const manifests = attached.find((d) => d.artifactType === 'application/vnd.k8s.manifests+yaml')!;
  expect((await fetchAttachment(client, 'shop/api', manifests)).bytes.toString()).toBe(k8s);

  const again = testContext(inputs({ source: `oci:${image.path}`, attach }), env('refs/tags/v1.0.0'));
  await run(again);
  expect(again.summary.join('\n')).toMatch(/\| k8s.yaml \| .* \| already attached \|/);
  expect(await listAttachments(client, 'shop/api', image.digest)).toHaveLength(2);
});

test('a file that cannot be read fails the step before the image is pushed', async () => {
  const image = await layout('two', 'console.log(2)');
  const ctx = testContext(
    inputs({ source: `oci:${image.path}`, service: 'worker', attach: join(dir, 'missing.yaml') }),
    env('refs/tags/v2.0.0'),
  );
  await expect(run(ctx)).rejects.toThrow(ConfigurationError);
  await expect(run(ctx)).rejects.toThrow(/attach: cannot read/);
  expect(await client.listTags('shop/worker')).toEqual([]);
});

test('a dry run lists what it would attach and writes nothing', async () => {
  const image = await layout('three', 'console.log(3)');
  const ctx = testContext(
    inputs({ source: `oci:${image.path}`, attach: join(dir, 'k8s.yaml'), 'dry-run': 'true' }),
    env('refs/tags/v3.0.0'),
  );
  await run(ctx);
  expect(ctx.summary.join('\n')).toMatch(/\| k8s.yaml \| .* \| known after the push \| would be attached \|/);
  expect(await listAttachments(client, 'shop/api', image.digest)).toEqual([]);
});
