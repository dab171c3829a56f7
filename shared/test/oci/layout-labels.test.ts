import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutBlobPath, readOciLayout } from '../../src/oci/layout';
import { setLayoutLabels } from '../../src/oci/layout-labels';
import { generateImage, indexOf, writeOciLayout } from '../../../test/utils/images';

describe('setLayoutLabels: labels written into the configs of a built layout', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'layout-labels-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const labelsOf = (configDigest: string) =>
    (JSON.parse(readFileSync(layoutBlobPath(dir, configDigest), 'utf8')) as { config: { Labels: unknown } }).config
      .Labels;

  test('every platform of an index gets the labels; the layout still reads, with new digests', async () => {
    const a = await generateImage({ layers: [{ f: 'a' }] });
    const b = await generateImage({ layers: [{ f: 'b' }], platform: { os: 'linux', architecture: 'arm64' } });
    writeOciLayout(dir, { images: [a, b], index: indexOf([a, b]) });
    const before = await readOciLayout(dir);
    setLayoutLabels(dir, { 'org.opencontainers.image.revision': 'abc', team: 'core' });
    const after = await readOciLayout(dir);
    expect(after.top.digest).not.toBe(before.top.digest);
    expect(after.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    for (const child of after.children) {
      const manifest = JSON.parse(readFileSync(layoutBlobPath(dir, child.digest), 'utf8')) as {
        config: { digest: string };
        layers: unknown[];
      };
      expect(labelsOf(manifest.config.digest)).toEqual({ 'org.opencontainers.image.revision': 'abc', team: 'core' });
      expect(manifest.layers).toHaveLength(1);
    }
  });

  test('the same labels on the same image give the same digest (a re-run stays reproducible); none change nothing', async () => {
    const image = await generateImage({ layers: [{ f: 'x' }] });
    const digests: string[] = [];
    for (const labels of [{ a: '1' }, { a: '1' }, {}] as Record<string, string>[]) {
      rmSync(dir, { recursive: true, force: true });
      writeOciLayout(dir, { images: [image] });
      setLayoutLabels(dir, labels);
      digests.push((await readOciLayout(dir)).top.digest);
    }
    expect(digests[0]).toBe(digests[1]);
    expect(digests[2]).toBe(image.manifest.descriptor.digest);
  });
});
