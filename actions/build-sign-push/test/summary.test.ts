import { renderProvenanceSummary } from '../src/provenance';
import { renderPushSummary } from '../src/summary';
import type { PublishResult } from '../src/publish';

const digest = `sha256:${'a'.repeat(64)}`;
const result = (over: Partial<PublishResult> = {}): PublishResult => ({
  repository: 'shop/api',
  repositoryUri: 'reg.example/shop/api',
  digest,
  imageUri: `reg.example/shop/api@${digest}`,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  tags: [
    { tag: 'api-v1', kind: 'release', mutable: false, action: 'new' },
    { tag: 'api-latest', kind: 'latest', mutable: true, action: 'unchanged' },
  ],
  platforms: ['linux/amd64'],
  push: {
    digest,
    mediaType: 'x',
    manifests: 1,
    dryRun: false,
    blobs: [
      { digest: 'sha256:1', size: 2048, result: 'uploaded' },
      { digest: 'sha256:2', size: 1024, result: 'exists' },
      { digest: 'sha256:3', size: 1024, result: 'mounted' },
    ],
  },
  elapsedMs: 1500,
  dryRun: false,
  source: 'oci:image',
  ...over,
});

describe('the job summary', () => {
  test('repository, digest, tags new and unchanged, blobs and bytes, time, and a docker pull line', () => {
    const md = renderPushSummary(result());
    expect(md).toContain('| Repository | `reg.example/shop/api` |');
    expect(md).toContain(`| Digest | \`${digest}\` |`);
    expect(md).toContain('| Blobs uploaded | 1 (2.0 KiB) |');
    expect(md).toContain('| Blobs already there | 1 (1.0 KiB) |');
    expect(md).toContain('| Blobs mounted from sibling repositories | 1 (1.0 KiB) |');
    expect(md).toContain('| Time | 1.5 s |');
    expect(md).toContain('| `api-v1` | release | no | new |');
    expect(md).toContain('| `api-latest` | latest | yes | unchanged |');
    expect(md).toContain(`docker pull reg.example/shop/api@${digest}`);
  });
  test('a dry run says what would happen', () => {
    const md = renderPushSummary(result({ dryRun: true }));
    expect(md).toContain('Dry run');
    expect(md).toContain('| `api-v1` | release | no | would be written |');
  });
  test('an adopted image: no build, what each re-run check found, and how its provenance came to be', () => {
    const verdicts = [
      { name: 'signature', verdict: { status: 'verified' as const, detail: 'signed by ci' } },
      { name: 'provenance', verdict: { status: 'missing' as const, detail: 'none' } },
    ];
    const md = renderPushSummary(result({ reused: { digest, tags: ['api-v1'], verdicts } }));
    expect(md).toContain(
      '| Build | none: adopted, every immutable tag already pointed at this image of an earlier run (signature verified, provenance missing); what was missing is added below |',
    );
    const attached = { digest: `sha256:${'c'.repeat(64)}`, skipped: false, message: '' };
    expect(renderProvenanceSummary(attached, 'x', true)).toContain(
      'attached to the adopted image (the statement records the adoption: this run built nothing)',
    );
    expect(renderProvenanceSummary({ ...attached, skipped: true }, 'x', true)).toContain(
      'already attached to the adopted image; nothing added',
    );
    expect(renderProvenanceSummary(attached, 'x')).not.toContain('adopted');
  });
});
