import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import {
  ATTACHMENT_TYPES,
  attachFiles,
  downloadAttachments,
  fetchAttachment,
  listAttachments,
  prepareAttachments,
  type AttachFilesOptions,
  type AttachmentResult,
  type AttachmentSpec,
  TITLE_ANNOTATION,
} from '../../../shared/src/oci/attachments';
import { digestOf } from '../../../shared/src/oci/digest';
import { attachReferrer, referrersTag } from '../../../shared/src/oci/referrers';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type Descriptor, type ImageIndex, type ImageManifest } from '../../../shared/src/oci/types';
import { MemoryLogger } from '../../utils/loggers';
import { generateImage } from '../../utils/images';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';

let registry: LocalRegistry;
let client: RegistryClient;
let work: string;

const files = {
  'k8s.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {replicas: 2}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\n',
  'docker-compose.yml': 'services:\n  web:\n    image: registry.example.com/web@sha256:0000\n',
  'sbom.spdx.json': JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'web' }),
  'RELEASE-NOTES.md': '# web 1.2.3\n\n- faster start\n',
};

async function pushImage(repository: string, tag: string, content: string): Promise<Descriptor> {
  const image = await generateImage({ layers: [{ 'app/main.txt': content }] });
  for (const blob of [image.config, ...image.layers]) await client.pushBlob(repository, blob.descriptor, blob.bytes);
  await client.putManifest(repository, tag, { bytes: image.manifest.bytes, mediaType: MEDIA_TYPES.ociManifest });
  return {
    mediaType: MEDIA_TYPES.ociManifest,
    digest: image.manifest.descriptor.digest,
    size: image.manifest.bytes.length,
  };
}

/** Reads the files (relative to `dir`) and attaches them, as build-sign-push does after its push. */
async function attach(subject: Descriptor, specs: AttachmentSpec[], dir = work, options: AttachFilesOptions = {}) {
  const prepared = await prepareAttachments(specs, (p) => (isAbsolute(p) ? p : join(dir, p)));
  return attachFiles(client, 'acme/web', subject, prepared, options);
}

function skopeoRaw(reference: string): Buffer {
  return execFileSync(
    'skopeo',
    [
      'inspect',
      '--tls-verify=false',
      '--creds',
      `${registry.username}:${registry.password}`,
      '--raw',
      `docker://${reference}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

beforeAll(async () => {
  registry = await startRegistry({ auth: true });
  client = authedClient(registry);
  work = mkdtempSync(join(tmpdir(), 'attachments-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(work, name), content);
  writeFileSync(join(work, 'notes.txt'), 'given a type by hand\n');
});

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('files attached to an image', () => {
  const repository = 'acme/web';
  let image: Descriptor;
  const specs = [
    { path: 'k8s.yaml' },
    { path: 'docker-compose.yml' },
    { path: 'sbom.spdx.json' },
    { path: 'RELEASE-NOTES.md' },
    { path: 'notes.txt', artifactType: 'application/vnd.acme.notes' },
  ];

  // The first attachment of every file: the tests below read what it wrote, none depends on another test.
  let results: AttachmentResult[];
  beforeAll(async () => {
    image = await pushImage(repository, '1.2.3', 'web 1.2.3');
    results = await attach(image, specs, work);
  });

  test('are pushed as OCI 1.1 artifacts with the image as subject, recorded in the referrers tag index', async () => {
    expect(results.map((r) => [r.title, r.artifactType, r.status, r.via])).toEqual([
      ['k8s.yaml', ATTACHMENT_TYPES.kubernetes.artifactType, 'attached', 'tag-schema'],
      ['docker-compose.yml', ATTACHMENT_TYPES.compose.artifactType, 'attached', 'tag-schema'],
      ['sbom.spdx.json', 'application/spdx+json', 'attached', 'tag-schema'],
      ['RELEASE-NOTES.md', 'text/markdown', 'attached', 'tag-schema'],
      ['notes.txt', 'application/vnd.acme.notes', 'attached', 'tag-schema'],
    ]);

    // skopeo (independent of our client) sees the fallback index at sha256-<hex> and each artifact manifest.
    const index = JSON.parse(
      skopeoRaw(`${registry.host}/${repository}:${referrersTag(image.digest)}`).toString(),
    ) as ImageIndex;
    expect(index.mediaType).toBe(MEDIA_TYPES.ociIndex);
    expect(index.manifests.map((d) => d.digest).sort()).toEqual(results.map((r) => r.digest).sort());
    const k8s = JSON.parse(
      skopeoRaw(`${registry.host}/${repository}@${results[0].digest}`).toString(),
    ) as ImageManifest;
    expect(k8s).toEqual({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      artifactType: 'application/vnd.k8s.manifests+yaml',
      config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: expect.any(String), size: 2 },
      layers: [
        {
          mediaType: 'application/yaml',
          digest: results[0].fileDigest,
          size: Buffer.byteLength(files['k8s.yaml']),
          annotations: { [TITLE_ANNOTATION]: 'k8s.yaml' },
        },
      ],
      subject: { mediaType: MEDIA_TYPES.ociManifest, digest: image.digest, size: image.size },
      annotations: { [TITLE_ANNOTATION]: 'k8s.yaml' },
    });
    expect(k8s.config.digest).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });

  test('are listed through the tag fallback, by type, and fetched byte-identical', async () => {
    const all = await listAttachments(client, repository, image.digest);
    expect(all.map((d) => d.annotations?.[TITLE_ANNOTATION]).sort()).toEqual([
      'RELEASE-NOTES.md',
      'docker-compose.yml',
      'k8s.yaml',
      'notes.txt',
      'sbom.spdx.json',
    ]);
    const manifests = await listAttachments(client, repository, image.digest, ATTACHMENT_TYPES.kubernetes.artifactType);
    expect(manifests).toHaveLength(1);

    // The documented skopeo equivalent: copying the attachment by digest leaves the file named by its digest.
    const out = join(work, 'skopeo-copy');
    execFileSync(
      'skopeo',
      [
        'copy',
        '--src-tls-verify=false',
        '--src-creds',
        `${registry.username}:${registry.password}`,
        `docker://${registry.host}/${repository}@${manifests[0].digest}`,
        `dir:${out}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const fileHex = digestOf(Buffer.from(files['k8s.yaml'])).slice('sha256:'.length);
    expect(readFileSync(join(out, fileHex), 'utf8')).toBe(files['k8s.yaml']);
    for (const descriptor of all) {
      const fetched = await fetchAttachment(client, repository, descriptor);
      const original =
        fetched.title === 'notes.txt' ? 'given a type by hand\n' : files[fetched.title as keyof typeof files];
      expect(fetched.bytes.equals(Buffer.from(original))).toBe(true);
      expect(fetched.artifactType).toBe(descriptor.artifactType);
    }
  });

  test('a deploy job downloads the files of one type into a directory, under their names', async () => {
    const out = join(work, 'deploy');
    const written = await downloadAttachments(
      client,
      repository,
      image.digest,
      out,
      ATTACHMENT_TYPES.kubernetes.artifactType,
    );
    expect(written.map((w) => w.title)).toEqual(['k8s.yaml']);
    expect(readFileSync(join(out, 'k8s.yaml'), 'utf8')).toBe(files['k8s.yaml']);
    const everything = await downloadAttachments(client, repository, image.digest, join(work, 'all'));
    expect(everything.map((w) => w.title).sort()).toEqual([
      'RELEASE-NOTES.md',
      'docker-compose.yml',
      'k8s.yaml',
      'notes.txt',
      'sbom.spdx.json',
    ]);
  });

  test('an attachment whose title is a path is refused and nothing is written', async () => {
    const hostile = await pushImage(repository, 'hostile', 'hostile');
    await attachReferrer(client, repository, hostile, {
      artifactType: 'application/yaml',
      layers: [
        {
          mediaType: 'application/yaml',
          bytes: Buffer.from('a: 1\n'),
          annotations: { [TITLE_ANNOTATION]: '../evil.yaml' },
        },
      ],
      annotations: { [TITLE_ANNOTATION]: '../evil.yaml' },
    });
    const out = join(work, 'hostile-out', 'inner');
    await expect(downloadAttachments(client, repository, hostile.digest, out)).rejects.toThrow(/not a plain file name/);
    expect(existsSync(join(work, 'hostile-out'))).toBe(false);
  });

  test('a re-run adds no duplicate and writes nothing', async () => {
    const indexBefore = skopeoRaw(`${registry.host}/${repository}:${referrersTag(image.digest)}`);
    const tagsBefore = (await client.listTags(repository)).sort();
    const again = await attach(image, specs);
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(skopeoRaw(`${registry.host}/${repository}:${referrersTag(image.digest)}`).equals(indexBefore)).toBe(true);
    expect((await client.listTags(repository)).sort()).toEqual(tagsBefore);
    expect(await listAttachments(client, repository, image.digest)).toHaveLength(5);
  });

  test('another image has its own attachments; a changed file is added beside the old one with a warning', async () => {
    const other = await pushImage(repository, '1.2.4', 'web 1.2.4');
    expect(await listAttachments(client, repository, other.digest)).toEqual([]);
    const [first] = await attach(other, [{ path: 'k8s.yaml' }]);
    expect(first.status).toBe('attached');

    const changedDir = mkdtempSync(join(work, 'changed-'));
    writeFileSync(join(changedDir, 'k8s.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\n');
    const logger = new MemoryLogger();
    const [second] = await attach(other, [{ path: 'k8s.yaml' }], changedDir, { logger });
    expect(second.status).toBe('attached');
    expect(second.digest).not.toBe(first.digest);
    expect(logger.text()).toMatch(/already has an attachment 'k8s.yaml'.*with other content/);
    expect(await listAttachments(client, repository, other.digest)).toHaveLength(2);
    await expect(downloadAttachments(client, repository, other.digest, join(work, 'two'))).rejects.toThrow(
      /more than one attachment titled 'k8s.yaml'/,
    );
    // The first image's attachments are untouched.
    expect(await listAttachments(client, repository, image.digest)).toHaveLength(5);
  });

  test('a dry run reports the digests it would write and writes nothing', async () => {
    const fresh = await pushImage(repository, '1.2.5', 'web 1.2.5');
    const planned = await attach(fresh, [{ path: 'k8s.yaml' }], work, { dryRun: true });
    expect(planned[0].status).toBe('planned');
    expect(await client.getManifest(repository, referrersTag(fresh.digest), MEDIA_TYPES.ociIndex)).toBeUndefined();
    const real = await attach(fresh, [{ path: 'k8s.yaml' }]);
    expect(real[0].digest).toBe(planned[0].digest);
  });

  test('a missing file and two files of one name are refused before anything is written', async () => {
    const fresh = await pushImage(repository, '1.2.6', 'web 1.2.6');
    await expect(attach(fresh, [{ path: 'k8s.yaml' }, { path: 'missing.yaml' }])).rejects.toThrow(
      /attach: cannot read 'missing.yaml'/,
    );
    const dir = mkdtempSync(join(work, 'dup-'));
    writeFileSync(join(dir, 'k8s.yaml'), 'a: 1\n');
    await expect(attach(fresh, [{ path: 'k8s.yaml' }, { path: join(dir, 'k8s.yaml') }])).rejects.toThrow(
      /same file name 'k8s.yaml'/,
    );
    expect(await listAttachments(client, repository, fresh.digest)).toEqual([]);
  });
});
