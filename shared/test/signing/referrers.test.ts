import { digestOf } from '../../src/oci/digest';
import { attachReferrer, listReferrers, mergeIntoIndex, referrersTag } from '../../src/oci/referrers';
import { MEDIA_TYPES, type Descriptor, type ImageIndex } from '../../src/oci/types';
import { MemoryLogger } from '../../../test/utils/loggers';
import { MemoryRegistry } from './memory-registry';

const subject: Descriptor = { mediaType: MEDIA_TYPES.ociManifest, digest: `sha256:${'b'.repeat(64)}`, size: 100 };
const artifact = (n: number) => ({
  artifactType: 'application/vnd.example.sbom',
  layers: [{ mediaType: 'application/json', bytes: Buffer.from(`{"n":${n}}`) }],
  annotations: { n: String(n) },
});

test('a registry with the referrers API gets no fallback tag', async () => {
  const registry = new MemoryRegistry(true);
  const attached = await attachReferrer(registry, 'app', subject, artifact(1));
  expect(attached.via).toBe('referrers-api');
  expect(registry.manifests.has(referrersTag(subject.digest))).toBe(false);
  const listed = await listReferrers(registry, 'app', subject.digest, 'application/vnd.example.sbom');
  expect(listed).toMatchObject({ source: 'referrers-api', referrers: [{ digest: attached.descriptor.digest }] });
});

test('without it, the tag index keeps every entry and the annotations', async () => {
  const registry = new MemoryRegistry(false);
  const a = await attachReferrer(registry, 'app', subject, artifact(1));
  const b = await attachReferrer(registry, 'app', subject, artifact(2));
  await attachReferrer(registry, 'app', subject, artifact(1));
  const index = JSON.parse(registry.manifests.get(referrersTag(subject.digest))!.bytes.toString()) as ImageIndex;
  expect(index.manifests.map((d) => d.digest)).toEqual([a.descriptor.digest, b.descriptor.digest]);
  expect(index.manifests[1]).toMatchObject({ artifactType: 'application/vnd.example.sbom', annotations: { n: '2' } });
});

test('warns near ECR limit of 100 referrers and refuses the 101st', async () => {
  const registry = new MemoryRegistry(false);
  const entries = Array.from({ length: 89 }, (_, i) => ({
    mediaType: MEDIA_TYPES.ociManifest,
    digest: digestOf(String(i)),
    size: 1,
  }));
  const index = (manifests: Descriptor[]) => ({
    bytes: Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests })),
    mediaType: MEDIA_TYPES.ociIndex,
  });
  await registry.putManifest('app', referrersTag(subject.digest), index(entries));
  const quiet = new MemoryLogger();
  await attachReferrer(registry, 'app', subject, artifact(1), quiet);
  expect(quiet.lines.filter((l) => l.level === 'warning')).toEqual([]);
  const loud = new MemoryLogger();
  await attachReferrer(registry, 'app', subject, artifact(2), loud);
  expect(loud.text()).toMatch(/has 90 referrers; ECR keeps at most 100/);

  await registry.putManifest(
    'app',
    referrersTag(subject.digest),
    index([...entries, ...entries.slice(0, 11)].map((d, i) => ({ ...d, digest: digestOf(`x${i}`) }))),
  );
  await expect(attachReferrer(registry, 'app', subject, artifact(3))).rejects.toThrow(/already has 100 referrers/);
});

test('mergeIntoIndex adds once and keeps what is there', () => {
  const d = (n: string): Descriptor => ({ mediaType: MEDIA_TYPES.ociManifest, digest: digestOf(n), size: 1 });
  const first = mergeIntoIndex(undefined, d('a'));
  const second = mergeIntoIndex({ ...first, annotations: { keep: 'me' } }, d('b'));
  expect(second.manifests).toEqual([d('a'), d('b')]);
  expect(second.annotations).toEqual({ keep: 'me' });
  expect(mergeIntoIndex(second, d('a')).manifests).toHaveLength(2);
});
