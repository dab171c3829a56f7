import type { ImageScanFinding } from '@aws-sdk/client-ecr';
import { buildInventory, type InventoryOptions } from '../../src/report/inventory';
import { inventorySummary } from '../../src/report/summary';
import { awsCaller } from '../../src/provision';
import { MemoryLogger } from '../../../../test/utils/loggers';
import { FakeEcrImages, fakeDigest, lifecycleExpirations, type FakeImage } from '../../../../test/fakes/ecr-images';
import type { FakeAws } from '../../../../test/fakes';
import { BASE_POLICY, fakeAws, policyOf, runProvision } from '../provision/fixtures';

/**
 * The inventory through the stateful ECR fakes, without a registry: hundreds of images over many pages, scan
 * verdicts under the policy's gate and allowlist, ECR's lifecycle preview, tag and repository problems, and not
 * one write call.
 */

const POLICY = `${BASE_POLICY}tags: {release: "{service}-{version}", development: "{service}-{branch}-{sha7}", latest: "{service}-latest"}
scan:
  failOn: HIGH
  allow: [{id: CVE-2026-0001, reason: "no fix upstream"}]
`;
const NOW = new Date('2026-11-24T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

const finding = (name: string, severity: string): ImageScanFinding => ({
  name,
  severity: severity as never,
  attributes: [{ key: 'package_name', value: 'openssl' }],
});

function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * DAY);
}

function img(seed: string, tags: string[], pushedDaysAgo: number, extra: Partial<FakeImage> = {}): FakeImage {
  return {
    digest: fakeDigest(seed),
    tags,
    pushedAt: daysAgo(pushedDaysAgo),
    sizeInBytes: 50 * 1024 * 1024,
    manifestMediaType: OCI_MANIFEST,
    artifactMediaType: 'application/vnd.oci.image.config.v1+json',
    scan: { status: 'COMPLETE', findings: [finding('CVE-2026-0100', 'LOW')] },
    ...extra,
  };
}

interface Setup {
  aws: FakeAws;
  images: FakeEcrImages;
}

/** shop/web's multi-platform index: two platform manifests and an attestation. */
function webIndexManifest(): string {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [
      {
        mediaType: OCI_MANIFEST,
        digest: fakeDigest('amd'),
        size: 1,
        platform: { os: 'linux', architecture: 'amd64' },
      },
      {
        mediaType: OCI_MANIFEST,
        digest: fakeDigest('arm'),
        size: 1,
        platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
      },
      {
        mediaType: OCI_MANIFEST,
        digest: fakeDigest('att'),
        size: 1,
        platform: { os: 'unknown', architecture: 'unknown' },
      },
    ],
  });
}

async function setup(): Promise<Setup> {
  const aws = fakeAws();
  const policy = policyOf(POLICY);
  await runProvision(aws, policy);
  const images = new FakeEcrImages(aws.ecr);
  images.now = () => NOW;
  images.pageSize = 40;
  // 250 untagged builds (ten days old: the untagged rule expires them), 10 releases a day apart, a dev build.
  images.add(
    'shop/api',
    ...Array.from({ length: 250 }, (_, i) => img(`untagged-${i}`, [], 10, { lastPulledAt: undefined })),
    ...Array.from({ length: 10 }, (_, i) =>
      img(`api-1.0.${i}`, [`api-1.0.${i}`], 10 - i, { lastPulledAt: daysAgo(1) }),
    ),
    img('api-dev', ['api-main-abc1234'], 0),
  );
  const newest = images.images.get('shop/api')!.find((i) => i.tags.includes('api-1.0.9'))!;
  newest.scan = { status: 'COMPLETE', findings: [finding('CVE-2026-0002', 'HIGH'), finding('CVE-2026-0100', 'LOW')] };
  const allowed = images.images.get('shop/api')!.find((i) => i.tags.includes('api-1.0.8'))!;
  allowed.scan = { status: 'COMPLETE', findings: [finding('CVE-2026-0001', 'CRITICAL')] };
  const pending = images.images.get('shop/api')!.find((i) => i.tags.includes('api-1.0.7'))!;
  pending.scan = { status: 'IN_PROGRESS', findings: [] };
  // A multi-platform index, its two platform manifests, and a signature referrer beside it.
  images.add(
    'shop/web',
    img('web-index', ['web-2.0.0'], 1, {
      manifestMediaType: OCI_INDEX,
      artifactMediaType: undefined,
      manifest: webIndexManifest(),
    }),
    img('amd', [], 1, { sizeInBytes: 1000 }),
    img('arm', [], 1, { sizeInBytes: 3000 }),
    img('web-sig', [], 1, {
      artifactMediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      sizeInBytes: 2000,
      scan: undefined,
    }),
    img('web-sig-tag', [`sha256-${'a'.repeat(64)}`], 1, { sizeInBytes: 500, scan: undefined }),
  );
  delete aws.ecr.repositories.get('shop/web')!.tags.Owner;
  aws.ecr.repositories.delete('thirdparty/distroless-static');
  aws.calls.reset();
  return { aws, images };
}

function options(overrides: Partial<InventoryOptions> = {}): InventoryOptions & { sleeps: number[] } {
  const logger = new MemoryLogger();
  const sleeps: number[] = [];
  return {
    logger,
    call: awsCaller({ logger }),
    sleep: async (ms) => void sleeps.push(ms),
    now: () => NOW,
    sleeps,
    ...overrides,
  };
}

test('every image of every repository over many pages, with scan verdicts, expirations and problems; no write call', async () => {
  const { aws, images } = await setup();
  const policy = policyOf(POLICY);
  const report = await buildInventory(policy, { ecr: aws.ecr.client }, options());

  expect(aws.calls.writes()).toEqual([]);
  const api = report.repositories.find((r) => r.name === 'shop/api')!;
  expect(api.images).toHaveLength(261);
  expect(aws.calls.count('DescribeImages')).toBeGreaterThanOrEqual(Math.ceil(261 / 40));
  expect(api.images[0].tags).toEqual(['api-main-abc1234']);
  expect(api.storageBytes).toBe(261 * 50 * 1024 * 1024);
  expect(api.monthlyCostUsd).toBeCloseTo(((261 * 50) / 1024) * 0.1, 4);

  const byTag = (tag: string) => api.images.find((i) => i.tags.includes(tag))!;
  expect(byTag('api-1.0.9').scan).toMatchObject({ verdict: 'failed', counts: { HIGH: 1, LOW: 1 } });
  expect(byTag('api-1.0.8').scan).toMatchObject({ verdict: 'passed', counts: { CRITICAL: 1 } });
  expect(byTag('api-1.0.8').scan.detail).toContain('1 allowed by the policy');
  expect(byTag('api-1.0.7').scan.verdict).toBe('pending');
  expect(byTag('api-1.0.0').scan.verdict).toBe('passed');
  // Findings are read only where the summary reaches failOn.
  expect(aws.calls.count('DescribeImageScanFindings')).toBe(2);
  expect(byTag('api-1.0.3').releaseTags).toEqual(['api-1.0.3']);
  expect(byTag('api-main-abc1234').releaseTags).toEqual([]);
  expect(byTag('api-1.0.0').lastPulledAt).toBe(daysAgo(1).toISOString());

  // ECR's preview (read over every page) matches the rules evaluated by the fake.
  const expected = lifecycleExpirations(
    aws.ecr.repositories.get('shop/api')!.lifecyclePolicy!,
    images.images.get('shop/api')!,
    NOW,
  ).map((e) => e.image.digest);
  expect(expected.length).toBeGreaterThan(250);
  expect(api.lifecycle.status).toBe('complete');
  expect(api.lifecycle.expiring.map((e) => e.digest).sort()).toEqual([...expected].sort());
  expect(api.images.filter((i) => i.expiresByRule !== undefined)).toHaveLength(expected.length);
  expect(byTag('api-1.0.0').expiresByRule).toBeDefined();
  expect(byTag('api-1.0.9').expiresByRule).toBeUndefined();

  const web = report.repositories.find((r) => r.name === 'shop/web')!;
  expect(web.images.map((i) => i.tags)).toEqual([['web-2.0.0']]);
  expect(web.images[0].platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
  // The platform images ECR lists beside their index are part of it: in its size, not rows of their own.
  expect(web.images[0].sizeBytes).toBe(50 * 1024 * 1024 + 4000);
  expect(web.storageBytes).toBe(50 * 1024 * 1024 + 4000 + 2500);
  expect(web.attachments).toEqual({ count: 2, sizeBytes: 2500 });
  expect(web.tagProblems).toEqual(['Owner missing']);
  expect(web.images[0].signature.status).toBe('unknown');

  const mirror = report.repositories.find((r) => r.name === 'thirdparty/distroless-static')!;
  expect(mirror.exists).toBe(false);

  const kinds = report.problems.map((p) => p.kind);
  expect(kinds).toEqual(
    expect.arrayContaining(['scan-failed', 'expiring', 'missing-tags', 'missing-repository', 'registry']),
  );
  expect(kinds.indexOf('scan-failed')).toBeLessThan(kinds.indexOf('missing-repository'));
  expect(report.problems.find((p) => p.kind === 'scan-failed')!.message).toContain('api-1.0.9');
  expect(report.packages).toMatchObject({ listed: false, bucket: 'shop-artifacts' });
  expect(report.totals.images).toBe(262);

  const summary = inventorySummary(report, 'artifact-inventory.json');
  expect(summary.indexOf('Problems')).toBeLessThan(summary.indexOf('### shop/api'));
  expect(summary).toContain('```mermaid\npie showData');
  expect(summary).toMatch(/"shop\/api" : 13050\.00/);
  expect(summary).toContain('… and 211 older image(s): see the report file.');
});

test('the deployable choice without a registry: signatures unknown, so nothing deploys, and the message says why', async () => {
  const { aws } = await setup();
  const report = await buildInventory(
    policyOf(POLICY),
    { ecr: aws.ecr.client },
    options({ scope: { service: 'api' } }),
  );
  expect(report.repositories.map((r) => r.name)).toEqual(['shop/api']);
  expect(report.deployable).toMatchObject({ service: 'api', repository: 'shop/api' });
  expect(report.deployable!.reference).toBeUndefined();
  expect(report.deployable!.message).toMatch(/none of the 10 release image\(s\) is both signed and passing/);
  expect(report.deployable!.skipped[0]).toMatchObject({ tags: ['api-1.0.9'] });
  expect(report.deployable!.skipped[0].reason).toMatch(/signature not checked.*fails the scan policy/);
  expect(aws.calls.writes()).toEqual([]);
});

test('a preview that does not finish ends after the bounded wait and is reported', async () => {
  const { aws, images } = await setup();
  images.previewStuck = true;
  const opts = options({ scope: { service: 'web' }, lifecyclePreview: { timeoutMs: 10_000, pollMs: 2_000 } });
  const report = await buildInventory(policyOf(POLICY), { ecr: aws.ecr.client }, opts);
  const web = report.repositories.find((r) => r.name === 'shop/web')!;
  expect(web.lifecycle.status).toBe('timed-out');
  expect(opts.sleeps).toEqual([2000, 2000, 2000, 2000, 2000]);
  expect(aws.calls.count('GetLifecyclePolicyPreview')).toBe(6);
  expect(report.problems.some((p) => p.kind === 'lifecycle-preview' && /after 10 s/.test(p.message))).toBe(true);
  expect(aws.calls.writes()).toEqual([]);
});

test('a preview already running is awaited instead of started twice', async () => {
  const { aws, images } = await setup();
  images.previewPolls = 3;
  await buildInventory(policyOf(POLICY), { ecr: aws.ecr.client }, options({ scope: { service: 'web' } }));
  const second = await buildInventory(
    policyOf(POLICY),
    { ecr: aws.ecr.client },
    options({ scope: { service: 'web' } }),
  );
  expect(second.repositories[0].lifecycle.status).toBe('complete');
});

test.each([
  [{ service: 'nope' }, /Input 'service' is 'nope', which is not in the policy's registry\.services \(api, web\)/],
])('a scope outside the policy is a configuration error: %p', async (scope, message) => {
  const { aws } = await setup();
  await expect(buildInventory(policyOf(POLICY), { ecr: aws.ecr.client }, options({ scope }))).rejects.toMatchObject({
    name: 'ConfigurationError',
    message: expect.stringMatching(message),
  });
  expect(aws.calls.calls).toEqual([]);
});
