import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { digestOf } from '../../../shared/src/oci/digest';
import { MEDIA_TYPES } from '../../../shared/src/oci/types';
import { silentLogger } from '../../utils/loggers';
import { runActionAsGitHub } from '../../../scripts/action-runner';
import { startRegistry, type LocalRegistry } from '../../utils/registry';

/** The committed bundle, run as the GitHub runner runs it: inputs from action.yml, outputs and summary from files. */
const actionYml = join(__dirname, '..', '..', '..', 'actions', 'scan-gate', 'action.yml');
const fixtures = join(__dirname, '..', '..', 'fixtures', 'scan');

let registry: LocalRegistry;
let dir: string;
let digest: string;

beforeAll(async () => {
  registry = await startRegistry();
  dir = mkdtempSync(join(tmpdir(), 'scan-gate-dist-'));
  const client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
  const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
  await client.pushBlob('team/app', { digest: digestOf(config), size: config.length }, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociConfig, digest: digestOf(config), size: config.length },
      layers: [],
    }),
  );
  digest = (await client.putManifest('team/app', 'v1', { bytes: manifest, mediaType: MEDIA_TYPES.ociManifest })).digest;
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  writeFileSync(join(dir, 'trusted.pub'), publicKey.export({ format: 'pem', type: 'spki' }));
  // At the default path, as in a calling repository.
  mkdirSync(join(dir, '.github'));
  writeFileSync(
    join(dir, '.github', 'artifact-policy.yml'),
    `version: 1
system: piksel
region: eu-central-1
resourceTags: { Project: piksel, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: DevOps-Team }
registry: { layout: single, repository: piksel-core }
signing: { required: true, trust: { publicKeys: ['file://trusted.pub'] } }
scan: { failOn: CRITICAL }
`,
  );
});

/** The fixture's Grype report, as Grype writes it for this image: it names the digest it scanned. */
function grypeReportOfImage(): string {
  const doc = JSON.parse(readFileSync(join(fixtures, 'grype-alpine.json'), 'utf8')) as {
    source: { target: Record<string, unknown> };
  };
  doc.source.target = {
    ...doc.source.target,
    userInput: `${registry.host}/team/app@${digest}`,
    manifestDigest: digest,
  };
  const path = join(dir, 'grype.json');
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

afterAll(async () => {
  await registry?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the bundle judges a Grype report and an unsigned image: fails the step with both reasons', async () => {
  const result = await runActionAsGitHub(
    actionYml,
    {
      image: `${registry.host}/team/app@${digest}`,
      registry: registry.url,
      report: grypeReportOfImage(),
    },
    { cwd: dir, env: { AWS_REGION: 'eu-central-1' }, timeoutMs: 120_000 },
  );
  expect(result.exitCode).toBe(1);
  expect(result.errors.join('\n')).toContain('failed the scan gate');
  expect(result.errors.join('\n')).toContain('1 finding at or above CRITICAL counts (1 CRITICAL).');
  expect(result.errors.join('\n')).toContain('no trusted signature (unsigned)');
  expect(result.outputs).toMatchObject({
    critical: '1',
    medium: '1',
    informational: '1',
    undefined: '1',
    passed: 'false',
  });
  expect(result.outputs['sarif-file']).toBe(join(dir, 'scan-gate.sarif'));
  expect(JSON.parse(readFileSync(join(dir, 'scan-gate.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  expect(result.summary).toMatch(/^## ❌ Failed: scan gate of team\/app/);
});

test('inputs cannot loosen the policy: fail-on NONE and require-signature false fail the step, passed false', async () => {
  const result = await runActionAsGitHub(
    actionYml,
    {
      image: `${registry.host}/team/app@${digest}`,
      registry: registry.url,
      report: grypeReportOfImage(),
      'fail-on': 'NONE',
      'require-signature': 'false',
    },
    { cwd: dir, env: { AWS_REGION: 'eu-central-1' }, timeoutMs: 120_000 },
  );
  expect(result.exitCode).toBe(1);
  expect(result.errors.join('\n')).toContain(
    "Input 'fail-on' is 'NONE', which is looser than the policy's scan.failOn (CRITICAL)",
  );
  expect(result.outputs.passed).toBe('false');
});

test('a clean report of another image is refused', async () => {
  const other = join(dir, 'busybox.json');
  writeFileSync(
    other,
    JSON.stringify({ SchemaVersion: 2, ArtifactName: `busybox@sha256:${'b'.repeat(64)}`, Results: [] }),
  );
  const result = await runActionAsGitHub(
    actionYml,
    { image: `${registry.host}/team/app@${digest}`, registry: registry.url, report: other },
    { cwd: dir, env: { AWS_REGION: 'eu-central-1' }, timeoutMs: 120_000 },
  );
  expect(result.exitCode).toBe(1);
  expect(result.errors.join('\n')).toContain('describes another image');
  expect(result.outputs.passed).toBe('false');
});
