import { chooseDeployable, compareCandidates, ineligibility } from '../../src/report/deployable';
import type { InventoryImage, InventorySignatureStatus, ScanVerdict } from '../../src/report/types';

/** An image as the inventory reports it; only what the choice reads varies. */
function image(
  name: string,
  pushedAt: string,
  options: { release?: string[]; tags?: string[]; signature?: InventorySignatureStatus; scan?: ScanVerdict } = {},
): InventoryImage {
  const release = options.release ?? [];
  return {
    digest: `sha256:${name.padEnd(64, '0')}`,
    tags: options.tags ?? release,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    platforms: ['linux/amd64'],
    pushedAt,
    sizeBytes: 1000,
    signature: { status: options.signature ?? 'verified', detail: options.signature ?? 'verified' },
    scan: { status: 'COMPLETE', verdict: options.scan ?? 'passed', detail: options.scan ?? 'passed' },
    releaseTags: release,
  };
}

const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-02T10:00:00.000Z';
const T3 = '2026-11-03T10:00:00.000Z';

test.each<[string, InventoryImage[], string | undefined, string[]]>([
  [
    'the newest signed and passing release wins',
    [image('a1', T1, { release: ['odc-1.0.0'] }), image('b2', T2, { release: ['odc-1.1.0'] })],
    'b2',
    [],
  ],
  [
    'an unsigned newer release is skipped and reported',
    [image('a1', T1, { release: ['odc-1.0.0'] }), image('b2', T2, { release: ['odc-1.1.0'], signature: 'unsigned' })],
    'a1',
    ['b2:not signed'],
  ],
  [
    'a signature by an untrusted key does not count',
    [image('a1', T1, { release: ['odc-1.0.0'] }), image('b2', T2, { release: ['odc-1.1.0'], signature: 'untrusted' })],
    'a1',
    ['b2:signed, but by no key or identity the policy trusts'],
  ],
  [
    'a failing scan is skipped',
    [image('a1', T1, { release: ['odc-1.0.0'] }), image('b2', T2, { release: ['odc-1.1.0'], scan: 'failed' })],
    'a1',
    ['b2:fails the scan policy (failed)'],
  ],
  [
    'an unfinished scan is skipped',
    [image('a1', T1, { release: ['odc-1.0.0'] }), image('b2', T2, { release: ['odc-1.1.0'], scan: 'pending' })],
    'a1',
    ['b2:scan not finished'],
  ],
  [
    'a development-tagged image is not eligible, however new',
    [image('a1', T1, { release: ['odc-1.0.0'] }), image('d3', T3, { tags: ['odc-main-abc1234'] })],
    'a1',
    [],
  ],
  [
    'an unknown signature (no registry) is not deployable',
    [image('a1', T1, { release: ['odc-1.0.0'], signature: 'unknown' })],
    undefined,
    ['a1:signature not checked (unknown)'],
  ],
  [
    'at the same push time the higher release tag wins',
    [image('a1', T2, { release: ['odc-1.9.0'] }), image('b2', T2, { release: ['odc-1.10.0'] })],
    'b2',
    [],
  ],
  [
    'push time decides before the tag',
    [image('a1', T3, { release: ['odc-1.0.0'] }), image('b2', T2, { release: ['odc-2.0.0'] })],
    'a1',
    [],
  ],
  ['no release image at all', [image('d3', T3, { tags: ['odc-latest'] })], undefined, []],
  [
    'every release skipped: each reason listed, newest first',
    [
      image('a1', T1, { release: ['odc-1.0.0'], scan: 'failed' }),
      image('b2', T2, { release: ['odc-1.1.0'], signature: 'unsigned', scan: 'none' }),
    ],
    undefined,
    ['b2:not signed; no usable scan (none)', 'a1:fails the scan policy (failed)'],
  ],
])('%s', (_name, images, chosen, skipped) => {
  const result = chooseDeployable(images);
  expect(result.chosen?.digest.slice(7, 9)).toBe(chosen);
  expect(result.skipped.map((s) => `${s.digest.slice(7, 9)}:${s.reason}`)).toEqual(skipped);
});

test('an image without a finished scan never deploys, whatever the threshold: scan-gate waits for it and fails', () => {
  expect(ineligibility(image('a1', T1, { release: ['1.0.0'], scan: 'none' }))).toBe('no usable scan (none)');
  expect(ineligibility(image('b2', T1, { release: ['1.0.0'], scan: 'pending' }))).toBe('scan not finished');
  expect(ineligibility(image('c3', T1, { release: ['1.0.0'], scan: 'failed' }))).toMatch(/fails/);
});

test('the order is total: same time and tag fall back to the digest', () => {
  const a = image('a1', T1, { release: ['1.0.0'] });
  const b = image('b2', T1, { release: ['1.0.0'] });
  expect([b, a].sort(compareCandidates).map((i) => i.digest.slice(7, 9))).toEqual(['a1', 'b2']);
});

describe('when the policy requires provenance, the deployable image carries a trusted one from an allowed builder and ref', () => {
  const withProvenance = (name: string, at: string, provenance: InventoryImage['provenance']) => ({
    ...image(name, at, { release: [`odc-${name}`] }),
    provenance,
  });
  test.each<[string, InventoryImage['provenance'], string | undefined]>([
    ['verified', { status: 'verified', detail: 'built by ...' }, undefined],
    ['missing', { status: 'missing', detail: 'none attached' }, 'no provenance'],
    [
      'untrusted',
      { status: 'untrusted', detail: 'wrong-key: no trusted key' },
      'provenance signed by no key or identity the policy trusts (wrong-key: no trusted key)',
    ],
    [
      'builder-not-allowed',
      {
        status: 'builder-not-allowed',
        detail: 'x',
        builder: 'https://github.com/acme/shop/.github/workflows/dev.yml@refs/heads/x',
      },
      'built by a workflow not in provenance.builders (https://github.com/acme/shop/.github/workflows/dev.yml@refs/heads/x)',
    ],
    [
      'ref-not-allowed',
      { status: 'ref-not-allowed', detail: 'x', sourceRef: 'refs/heads/feature' },
      'built from a ref not in provenance.sourceRefs (refs/heads/feature)',
    ],
    ['unknown', { status: 'unknown', detail: 'no registry' }, 'provenance not checked (no registry)'],
  ])('%s', (_status, provenance, reason) => {
    const newer = withProvenance('b2', T2, provenance);
    const older = withProvenance('a1', T1, { status: 'verified', detail: 'ok' });
    const result = chooseDeployable([older, newer]);
    expect(ineligibility(newer)).toBe(reason);
    expect(result.chosen?.digest.slice(7, 9)).toBe(reason ? 'a1' : 'b2');
  });
});
