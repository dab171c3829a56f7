import { mkdtempSync, rmSync, truncateSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutBlobPath, readOciLayout, selectLayoutManifest } from '../../src/oci/layout';
import { MEDIA_TYPES, type ImageIndex } from '../../src/oci/types';
import { ConfigurationError } from '../../src/runtime/errors';
import { generateImage, indexOf, writeOciLayout } from '../../../test/utils/images';

const d = (n: number, name?: string) => ({
  mediaType: MEDIA_TYPES.ociManifest,
  digest: `sha256:${String(n).repeat(64)}`,
  size: 1,
  ...(name ? { annotations: { 'org.opencontainers.image.ref.name': name } } : {}),
});
const index = (...m: ReturnType<typeof d>[]): ImageIndex => ({ schemaVersion: 2, manifests: m });

describe('selectLayoutManifest', () => {
  test.each([
    [index(d(1)), undefined, 1],
    [index(d(1, 'a'), d(2, 'b')), 'b', 2],
    [index(d(1, 'a'), d(2, 'b')), `sha256:${'1'.repeat(64)}`, 1],
  ])('picks', (idx, ref, n) => expect(selectLayoutManifest(idx, ref, 'dir').digest).toBe(d(n).digest));
  test.each([
    [index(d(1, 'a'), d(2, 'b')), undefined, /holds 2 images; name one .*one of: a, b/],
    [index(d(1, 'a')), 'c', /no image named 'c'; it has: a/],
    [index(), undefined, /holds no image/],
  ])('refuses', (idx, ref, message) => expect(() => selectLayoutManifest(idx, ref, 'dir')).toThrow(message));
});

describe('readOciLayout', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'layout-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('an index with two platforms: children, unique blobs, platforms', async () => {
    const a = await generateImage({ layers: [{ f: 'a' }, { shared: 's' }] });
    const b = await generateImage({
      layers: [{ f: 'b' }, { shared: 's' }],
      platform: { os: 'linux', architecture: 'arm64' },
    });
    const idx = indexOf([a, b]);
    writeOciLayout(dir, { images: [a, b], index: idx });
    const graph = await readOciLayout(dir);
    expect(graph.top.digest).toBe(idx.descriptor.digest);
    expect(graph.children.map((c) => c.digest)).toEqual([a.manifest.descriptor.digest, b.manifest.descriptor.digest]);
    expect(graph.blobs).toHaveLength(5);
    expect(graph.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });

  test.each([
    ['a missing blob', (p: string) => unlinkSync(p), /lacks the blob/],
    ['a truncated blob', (p: string) => truncateSync(p, 3), /is corrupt: blob .* has 3 bytes/],
  ])('%s is a ConfigurationError', async (_name, damage, message) => {
    const image = await generateImage({ layers: [{ f: 'x' }] });
    writeOciLayout(dir, { images: [image] });
    damage(layoutBlobPath(dir, image.layers[0].descriptor.digest));
    await expect(readOciLayout(dir)).rejects.toThrow(message);
  });

  test('not a layout at all', async () => {
    await expect(readOciLayout(join(dir, 'nothing'))).rejects.toThrow(ConfigurationError);
  });
});
