import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { pushRandomImage } from '../../utils/images';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/scan-gate/src/main';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { policySchema } from '../../../shared/src/policy/schema';
import { silentLogger } from '../../utils/loggers';
import { signAfterPush } from '../../../shared/src/signing/sign-step';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { testContext } from '../../utils/action-context';

const grypeFixture = join(__dirname, '..', '..', 'fixtures', 'scan', 'grype-alpine.json');
const pem = (key: KeyObject, type: 'pkcs8' | 'spki') => key.export({ format: 'pem', type }).toString();
const trusted = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const stranger = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

let registry: LocalRegistry;
let client: RegistryClient;
let dir: string;

/** A small single-layer OCI image, pushed under a tag; returns its digest. */
async function pushImage(repository: string, tag: string): Promise<string> {
  return (await pushRandomImage(client, repository, tag, { layerSize: 128 })).digest;
}

/** Signs as build-sign-push does, with a PEM key, in the given format. */
async function sign(repository: string, digest: string, privateKeyPem: string, format: string) {
  await signAfterPush({
    policy: policySchema.parse({
      version: 1,
      system: 'piksel',
      registry: { layout: 'single', repository: 'piksel-core' },
      signing: { method: 'key', key: 'env://SIGNING_KEY' },
    }),
    inputs: { signatureFormat: format },
    client,
    repository,
    digest,
    reference: `${registry.host}/${repository}`,
    aws: {
      kms: () => {
        throw new Error('no KMS here');
      },
      signer: () => {
        throw new Error('no AWS Signer here');
      },
      ecr: () => {
        throw new Error('no ECR here');
      },
    } as never,
    logger: silentLogger,
    env: { SIGNING_KEY: privateKeyPem },
  });
}

/** Grype's report of the fixture, as if it had scanned this digest, without its CRITICAL finding (policy failOn). */
function reportFor(repository: string, digest: string): string {
  const doc = JSON.parse(readFileSync(grypeFixture, 'utf8')) as {
    matches: { vulnerability: { severity: string } }[];
    source: { target: Record<string, unknown> };
  };
  doc.matches = doc.matches.filter((m) => m.vulnerability.severity !== 'Critical');
  doc.source.target = {
    ...doc.source.target,
    userInput: `${registry.host}/${repository}@${digest}`,
    manifestDigest: digest,
  };
  const path = join(dir, `${repository.replace(/\//g, '-')}-${digest.slice(7, 19)}.grype.json`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

async function gate(repository: string, digest: string, inputs: Record<string, string> = {}) {
  const ctx = testContext(
    {
      image: `${registry.host}/${repository}@${digest}`,
      policy: join(dir, 'artifact-policy.yml'),
      registry: registry.url,
      report: reportFor(repository, digest),
      ...inputs,
      'sarif-output': join(dir, `${repository.replace(/\//g, '-')}.sarif`),
      'findings-output': join(dir, `${repository.replace(/\//g, '-')}.json`),
    },
    { TRUSTED_PUBLIC_KEY: pem(trusted.publicKey, 'spki') },
  );
  const error = await run(ctx).then(
    () => undefined,
    (e: Error) => e,
  );
  return { outputs: ctx.outputs, summary: ctx.summary.join(''), error, logger: ctx.logger };
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
  dir = mkdtempSync(join(tmpdir(), 'scan-gate-signature-'));
  // The organisation's rule: unsigned images are declined; trust is the public half of the signing key.
  writeFileSync(
    join(dir, 'artifact-policy.yml'),
    `version: 1
system: piksel
region: eu-central-1
resourceTags: { Project: piksel, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: DevOps-Team }
registry: { layout: single, repository: piksel-core }
signing:
  required: true
  method: key
  key: env://SIGNING_KEY
  trust:
    publicKeys: ['env://TRUSTED_PUBLIC_KEY']
scan: { failOn: CRITICAL }
`,
  );
});

afterAll(async () => {
  await registry?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.each(['sigstore-bundle', 'cosign-legacy'])(
  'an image signed with the trusted key (%s) passes the signature gate',
  async (format) => {
    const repository = `team/signed-${format}`;
    const digest = await pushImage(repository, 'v1');
    await sign(repository, digest, pem(trusted.privateKey, 'pkcs8'), format);
    const { outputs, summary, error } = await gate(repository, digest);
    expect(error).toBeUndefined();
    expect(outputs.get('passed')).toBe('true');
    expect(summary).toContain('required, verified');
    const doc = JSON.parse(readFileSync(join(dir, `${repository.replace(/\//g, '-')}.json`), 'utf8')) as {
      signature: { status: string };
    };
    expect(doc.signature.status).toBe('verified');
  },
);

test('an unsigned image fails the gate with the reason', async () => {
  const digest = await pushImage('team/unsigned', 'v1');
  const { outputs, summary, error } = await gate('team/unsigned', digest);
  expect(outputs.get('passed')).toBe('false');
  expect(error?.message).toContain('The image has no trusted signature (unsigned): No signature was found');
  expect(summary).toMatch(/^## ❌ Failed/);
  expect(summary).toContain('required, unsigned');
});

test('an image signed by a key outside the policy trust fails as untrusted', async () => {
  const digest = await pushImage('team/stranger', 'v1');
  await sign('team/stranger', digest, pem(stranger.privateKey, 'pkcs8'), 'sigstore-bundle');
  const { outputs, error } = await gate('team/stranger', digest);
  expect(outputs.get('passed')).toBe('false');
  expect(error?.message).toMatch(
    /no trusted signature \(untrusted\): 1 signature\(s\) found, none trusted: sigstore-bundle \(wrong-key\)/,
  );
});

test('a signature of another digest does not count for this one', async () => {
  const signed = await pushImage('team/moved', 'v1');
  await sign('team/moved', signed, pem(trusted.privateKey, 'pkcs8'), 'sigstore-bundle');
  const other = await pushImage('team/moved', 'v2');
  const { outputs, error } = await gate('team/moved', other);
  expect(outputs.get('passed')).toBe('false');
  expect(error?.message).toContain('no trusted signature (unsigned)');
});

describe('neither the report nor the inputs talk the gate out of the policy', () => {
  test('a clean report of another image, [] or {"matches": null} is refused, never read as no findings', async () => {
    const repository = 'team/critical';
    const digest = await pushImage(repository, 'v1');
    await sign(repository, digest, pem(trusted.privateKey, 'pkcs8'), 'sigstore-bundle');
    const busybox = join(dir, 'busybox-trivy.json');
    writeFileSync(
      busybox,
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: 'docker.io/library/busybox',
        Metadata: { RepoDigests: [`busybox@sha256:${'b'.repeat(64)}`] },
        Results: [{ Target: 'busybox', Vulnerabilities: [] }],
      }),
    );
    for (const report of [busybox, join(dir, 'empty.json'), join(dir, 'null-matches.json')]) {
      if (report !== busybox) writeFileSync(report, report.endsWith('empty.json') ? '[]' : '{"matches": null}');
      const { outputs, error } = await gate(repository, digest, { report });
      expect(error?.name).toBe('ConfigurationError');
      expect(outputs.get('passed')).toBe('false');
    }
  });

  test('require-signature: false does not pass an unsigned image when the policy requires a signature', async () => {
    const digest = await pushImage('team/unsigned-input', 'v1');
    const { outputs, error } = await gate('team/unsigned-input', digest, { 'require-signature': 'false' });
    expect(outputs.get('passed')).toBe('false');
    expect(error?.message).toMatch(
      /'require-signature' is 'false', which is looser than the policy's signing\.required/,
    );
  });

  test('an image on another host than the registry input is refused', async () => {
    const digest = await pushImage('team/elsewhere', 'v1');
    const { outputs, error } = await gate('team/elsewhere', digest, {
      image: `registry.example.com/team/elsewhere@${digest}`,
    });
    expect(outputs.get('passed')).toBe('false');
    expect(error?.message).toContain(`is on registry.example.com, but the registry is ${registry.host}`);
  });
});
