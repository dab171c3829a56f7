import type { ImageScanFinding } from '@aws-sdk/client-ecr';
import {
  ListCoverageCommand,
  ListFindingsCommand,
  type CoveredResource,
  type Finding as InspectorFinding,
} from '@aws-sdk/client-inspector2';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsClients } from '../../../shared/src/aws/clients';
import { buildInventory } from '../../provision-repo/src/report/inventory';
import { awsCaller } from '../../provision-repo/src/provision';
import { FakeEcrImages, fakeDigest, type FakeScan } from '../../../test/fakes/ecr-images';
import {
  ACCOUNT,
  BASE_POLICY,
  fakeAws,
  policyOf,
  REGION,
  runProvision,
} from '../../provision-repo/test/provision/fixtures';
import { run } from '../src/main';
import { MemoryLogger } from '../../../test/utils/loggers';
import { testContext } from '../../../test/utils/action-context';

/**
 * provision-repo's `deployable` and scan-gate agree on every scan state: the same image, the same policy, the same
 * ECR and Inspector answers, and deployable names the image exactly when the gate passes it.
 */

const POLICY = `${BASE_POLICY}tags: {release: "{service}-{version}", development: "{service}-{branch}-{sha7}", latest: "{service}-latest"}
scan:
  failOn: HIGH
  timeoutSeconds: 60
  allow: [{id: CVE-2026-0001, reason: "no fix upstream"}]
`;
const NOW = new Date('2026-11-24T12:00:00Z');
const DIGEST = fakeDigest('api-1.0.0');

const ecrFinding = (name: string, severity: string, score?: string): ImageScanFinding => ({
  name,
  severity: severity as never,
  attributes: [{ key: 'package_name', value: 'openssl' }, ...(score ? [{ key: 'CVSS3_SCORE', value: score }] : [])],
});
const inspectorFinding = (id: string, severity: string, score?: number): InspectorFinding =>
  ({
    title: id,
    severity,
    fixAvailable: 'YES',
    packageVulnerabilityDetails: {
      vulnerabilityId: id,
      source: 'NVD',
      cvss: score ? [{ baseScore: score, scoringVector: 'x', source: 'NVD', version: '3.1' }] : [],
      vulnerablePackages: [{ name: 'openssl', version: '3.0.11', fixedInVersion: '3.0.13' }],
    },
  }) as never;
const covered = (statusCode: 'ACTIVE' | 'INACTIVE', reason: string, scanned = true): CoveredResource =>
  ({
    resourceId: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/shop/api/${DIGEST}`,
    resourceType: 'AWS_ECR_CONTAINER_IMAGE',
    accountId: ACCOUNT,
    scanType: 'PACKAGE',
    scanStatus: { statusCode, reason },
    ...(scanned ? { lastScannedAt: NOW } : {}),
  }) as never;

interface Row {
  name: string;
  /** ECR's scan of the image (basic scanning), or undefined when it has none. */
  ecr?: FakeScan;
  /** Enhanced scanning: what Inspector answers. */
  inspector?: { coverage?: CoveredResource; findings?: InspectorFinding[] };
  source?: 'ecr';
  passes: boolean;
}

const rows: Row[] = [
  {
    name: 'basic, complete, only LOW',
    ecr: { status: 'COMPLETE', findings: [ecrFinding('CVE-1', 'LOW')] },
    passes: true,
  },
  {
    name: 'basic, complete, a HIGH',
    ecr: { status: 'COMPLETE', findings: [ecrFinding('CVE-1', 'HIGH')] },
    passes: false,
  },
  {
    name: 'basic, a CRITICAL the allowlist accepts',
    ecr: { status: 'COMPLETE', findings: [ecrFinding('CVE-2026-0001', 'CRITICAL')] },
    passes: true,
  },
  {
    name: 'basic, UNDEFINED scored 9.8',
    ecr: { status: 'COMPLETE', findings: [ecrFinding('CVE-2', 'UNDEFINED', '9.8')] },
    passes: false,
  },
  {
    name: 'basic, UNDEFINED without a score',
    ecr: { status: 'COMPLETE', findings: [ecrFinding('CVE-3', 'UNDEFINED')] },
    passes: true,
  },
  { name: 'basic, in progress', ecr: { status: 'IN_PROGRESS', findings: [] }, passes: false },
  { name: 'basic, failed', ecr: { status: 'FAILED', findings: [] }, passes: false },
  { name: 'basic, never scanned', passes: false },
  {
    name: 'policy reads ECR, registry is enhanced (ACTIVE)',
    ecr: { status: 'ACTIVE', findings: [] },
    source: 'ecr',
    passes: false,
  },
  {
    name: "enhanced, ACTIVE without a summary, Inspector's CRITICAL",
    ecr: { status: 'ACTIVE', findings: [] },
    inspector: { coverage: covered('ACTIVE', 'SUCCESSFUL'), findings: [inspectorFinding('CVE-4', 'CRITICAL', 9.8)] },
    passes: false,
  },
  {
    name: 'enhanced, ECR says COMPLETE before Inspector has findings',
    ecr: { status: 'COMPLETE', findings: [] },
    inspector: { coverage: covered('ACTIVE', 'PENDING_INITIAL_SCAN', false) },
    passes: false,
  },
  {
    name: 'enhanced, not in coverage yet',
    ecr: { status: 'ACTIVE', findings: [] },
    inspector: {},
    passes: false,
  },
  {
    name: 'enhanced, UNTRIAGED scored 8.1',
    ecr: { status: 'ACTIVE', findings: [] },
    inspector: { coverage: covered('ACTIVE', 'SUCCESSFUL'), findings: [inspectorFinding('CVE-5', 'UNTRIAGED', 8.1)] },
    passes: false,
  },
  {
    name: 'enhanced, only LOW',
    ecr: { status: 'ACTIVE', findings: [] },
    inspector: { coverage: covered('ACTIVE', 'SUCCESSFUL'), findings: [inspectorFinding('CVE-6', 'LOW', 3.1)] },
    passes: true,
  },
  {
    name: 'enhanced, unsupported OS',
    ecr: { status: 'ACTIVE', findings: [] },
    inspector: { coverage: covered('INACTIVE', 'UNSUPPORTED_OS') },
    passes: false,
  },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deployable-agreement-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function world(row: Row) {
  const aws = fakeAws();
  const text = row.source ? POLICY.replace('  timeoutSeconds: 60', '  timeoutSeconds: 60\n  source: ecr') : POLICY;
  await runProvision(aws, policyOf(text));
  if (row.inspector) aws.ecr.scanning = { scanType: 'ENHANCED', rules: [] };
  const images = new FakeEcrImages(aws.ecr);
  images.now = () => NOW;
  images.add('shop/api', {
    digest: DIGEST,
    tags: ['api-1.0.0'],
    pushedAt: NOW,
    sizeInBytes: 1000,
    manifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactMediaType: 'application/vnd.oci.image.config.v1+json',
    ...(row.ecr ? { scan: row.ecr } : {}),
  });
  aws.inspector.service
    .on(ListCoverageCommand, () => ({ coveredResources: row.inspector?.coverage ? [row.inspector.coverage] : [] }))
    .on(ListFindingsCommand, () => ({ findings: row.inspector?.findings ?? [] }));
  writeFileSync(join(dir, 'artifact-policy.yml'), text);
  return { aws, text, inspector: aws.inspector.client };
}

async function deployable(row: Row): Promise<boolean> {
  const { aws, text, inspector } = await world(row);
  const logger = new MemoryLogger();
  const report = await buildInventory(
    policyOf(text),
    { ecr: aws.ecr.client, inspector: () => inspector },
    {
      scope: { service: 'api' },
      logger,
      call: awsCaller({ logger }),
      now: () => NOW,
      sleep: async () => undefined,
      lifecyclePreview: { timeoutMs: 0, pollMs: 0 },
      openRegistry: async () => ({
        host: 'registry.test',
        client: { getManifest: async () => undefined } as never,
        verifier: { verify: async () => ({ status: 'verified', detail: 'signed' }) },
      }),
    },
  );
  return report.deployable?.reference !== undefined;
}

async function gatePasses(row: Row): Promise<boolean> {
  const { aws, inspector } = await world(row);
  const ctx = testContext(
    {
      image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/shop/api@${DIGEST}`,
      policy: join(dir, 'artifact-policy.yml'),
      'sarif-output': join(dir, 'gate.sarif'),
      'findings-output': join(dir, 'gate.json'),
    },
    {},
  );
  const { outputs } = ctx;
  let now = NOW.getTime();
  await run(ctx, {
    clock: () => now,
    sleep: async (ms) => {
      now += ms;
    },
    aws: () => new AwsClients({ region: REGION }, [aws.ecr.client, inspector]),
  }).catch(() => undefined);
  return outputs.get('passed') === 'true';
}

test.each(rows.map((r) => [r.name, r] as const))('%s: deployable ⇔ the gate passes', async (_name, row) => {
  const gate = await gatePasses(row);
  const deploys = await deployable(row);
  expect({ gate, deploys }).toEqual({ gate: row.passes, deploys: row.passes });
});
