import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { runActionAsGitHub } from '../../../scripts/action-runner';
import { startAwsFront, type AwsFront } from '../../fakes/http';
import { run as provisionRepo } from '../../../actions/provision-repo/src/main';
import type { InventoryReport } from '../../../actions/provision-repo/src/report/types';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES } from '../../../shared/src/oci/types';
import { pushRandomImage } from '../../utils/images';
import { publishPlan } from '../../../shared/src/packages/store';
import { planZip } from '../../../shared/src/packages/zip';
import { silentLogger } from '../../utils/loggers';
import { signWithPemKey } from '../signing/support';
import { FakeEcrImages } from '../../fakes/ecr-images';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { startS3, type LocalS3 } from '../../utils/s3';
import { testContext } from '../../utils/action-context';

/**
 * The committed bundle of provision-repo, run as GitHub runs it, in mode report: ECR answered over HTTP by the
 * local stand-in for AWS (the stateful fakes), images and signatures in a real registry, packages in s3rver.
 */

const actionYml = join(__dirname, '..', '..', '..', 'actions', 'provision-repo', 'action.yml');
const trusted = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const pem = (key: KeyObject, type: 'pkcs8' | 'spki') => key.export({ format: 'pem', type }).toString();
const REPOSITORY = 'piksel-core';

let registry: LocalRegistry;
let s3: LocalS3;
let aws: AwsFront;
let dir: string;
const digests: Record<string, string> = {};

/** A small single-layer arm64 image (its config without diff_ids), pushed under a tag. */
async function pushImage(client: RegistryClient, tag: string): Promise<{ digest: string; bytes: Buffer }> {
  const { digest, bytes } = await pushRandomImage(client, REPOSITORY, tag, {
    layerSize: 2048,
    architecture: 'arm64',
    diffIds: false,
  });
  return { digest, bytes };
}

beforeAll(async () => {
  registry = await startRegistry();
  s3 = await startS3('piksel-artifacts');
  aws = await startAwsFront({ s3Endpoint: s3.endpoint, buckets: [] });
  dir = mkdtempSync(join(tmpdir(), 'inventory-dist-'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(
    join(dir, '.github', 'artifact-policy.yml'),
    `version: 1
system: piksel
region: eu-central-1
resourceTags: {Project: piksel, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: DevOps-Team}
registry: {layout: single, repository: ${REPOSITORY}, services: [odc], lifecycle: {keepTagged: 1}}
tags: {release: "{service}-{version}", development: "{service}-{branch}-{sha7}"}
signing: {required: true, method: key, key: env://SIGNING_KEY, trust: {publicKeys: ['env://TRUSTED_PUBLIC_KEY']}}
scan: {failOn: CRITICAL}
packages: {bucket: ${s3.bucket}}
iam: {accountId: "${aws.fake.accountId}"}
`,
  );
  // The repository as provision-repo creates it, in the fakes behind the stand-in.
  await provisionRepo(
    testContext(
      { policy: join(dir, '.github', 'artifact-policy.yml'), mode: 'apply', 'iam-output': join(dir, 'iam') },
      {},
    ),
    { clients: aws.fake.clients(), sleep: async () => undefined },
  );
  const images = new FakeEcrImages(aws.fake.ecr);
  images.previewPolls = 0;
  const client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
  const now = Date.now();
  for (const [i, tag] of ['odc-1.0.0', 'odc-1.1.0'].entries()) {
    const pushed = await pushImage(client, tag);
    digests[tag] = pushed.digest;
    images.add(REPOSITORY, {
      digest: pushed.digest,
      tags: [tag],
      pushedAt: new Date(now - (2 - i) * 3600_000),
      sizeInBytes: 3 * 1024 * 1024,
      manifestMediaType: MEDIA_TYPES.ociManifest,
      manifest: pushed.bytes.toString('utf8'),
      artifactMediaType: MEDIA_TYPES.ociConfig,
      scan: { status: 'COMPLETE', findings: [{ name: 'CVE-2026-1', severity: 'MEDIUM' }] },
    });
  }
  await signWithPemKey(client, registry.host, REPOSITORY, digests['odc-1.0.0'], pem(trusted.privateKey, 'pkcs8'));
  const file = join(dir, 'site.zip');
  writeFileSync(file, randomBytes(5000));
  const plan = await planZip([file], {
    storeUrl: `${s3.endpoint}/${s3.bucket}/piksel`,
    name: 'site',
    version: '1.0.0',
  });
  const s3Client = new S3Client({
    endpoint: s3.endpoint,
    forcePathStyle: true,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await publishPlan(plan, { s3: s3Client, bucket: s3.bucket, prefix: 'piksel' }, { logger: silentLogger });
  aws.fake.calls.reset();
}, 120_000);

afterAll(async () => {
  await aws?.stop();
  await registry?.stop();
  await s3?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the bundle reports the inventory and the deployable digest over the AWS wire, read-only', async () => {
  const result = await runActionAsGitHub(
    actionYml,
    { mode: 'report', service: 'odc', registry: registry.url },
    {
      cwd: dir,
      env: {
        GITHUB_WORKSPACE: dir,
        AWS_REGION: 'eu-central-1',
        AWS_ACCESS_KEY_ID: 'S3RVER',
        AWS_SECRET_ACCESS_KEY: 'S3RVER',
        AWS_ENDPOINT_URL_ECR: aws.url,
        AWS_ENDPOINT_URL_S3: aws.url,
        TRUSTED_PUBLIC_KEY: pem(trusted.publicKey, 'spki'),
      },
      timeoutMs: 120_000,
    },
  );
  expect(result.errors).toEqual([]);
  expect(result.exitCode).toBe(0);
  const uri = `${aws.fake.accountId}.dkr.ecr.eu-central-1.amazonaws.com/${REPOSITORY}`;
  expect(result.outputs.deployable).toBe(`${uri}@${digests['odc-1.0.0']}`);
  expect(result.outputs.report).toBe(join(dir, 'artifact-inventory.json'));
  const report = JSON.parse(readFileSync(result.outputs.report, 'utf8')) as InventoryReport;
  const images = report.repositories[0].images;
  expect(images.map((i) => [i.tags[0], i.signature.status, i.platforms[0]])).toEqual([
    ['odc-1.1.0', 'unsigned', 'linux/arm64'],
    ['odc-1.0.0', 'verified', 'linux/arm64'],
  ]);
  // keepTagged 1: ECR's preview expires the older release at the next run.
  expect(report.repositories[0].lifecycle.expiring.map((e) => e.digest)).toEqual([digests['odc-1.0.0']]);
  expect(report.packages.packages.map((p) => [p.format, p.name, p.versions.length])).toEqual([['zip', 'site', 1]]);
  expect(result.summary).toContain('### Deployable');
  expect(result.summary).toContain('```mermaid');
  expect(aws.fake.calls.writes()).toEqual([]);
  expect(aws.fake.calls.count('DescribeImages')).toBe(1);
}, 180_000);
