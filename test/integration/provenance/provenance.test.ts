import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { run as buildSignPush } from '../../../actions/build-sign-push/src/main';
import { run as scanGate } from '../../../actions/scan-gate/src/main';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { loadPolicy } from '../../../shared/src/policy/loader';
import { verifyProvenance } from '../../../shared/src/provenance/verify';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { Inputs, mapInputSource } from '../../../shared/src/runtime/inputs';
import { keyTrustMaterial } from '../../../shared/src/signing/sigstore-trust';
import { trustFromPolicy, verifyImageSignatures } from '../../../shared/src/signing/verify';
import { testContext } from '../../utils/action-context';
import { MemoryLogger, silentLogger } from '../../utils/loggers';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { githubOidcToken, startSigstoreDoubles } from '../../utils/sigstore';
import { SHOP_POLICY_HEAD } from '../build-sign-push/fixtures';
import { pushTestImage } from '../signing/support';
import { pushBaseImage, readBundle, referrersOf, RELEASE_WORKFLOW, runnerEnv, statementOf, writeApp } from './support';

jest.setTimeout(300_000);

const pem = (key: KeyObject, type: 'pkcs8' | 'spki') => key.export({ format: 'pem', type }).toString();
const signing = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const stranger = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
/**
 * Values of secret inputs, and the name and content of the secret file (a real file: a secret file must exist):
 * none may appear in what is pushed.
 */
const SECRET_VALUES = ['npm-token-5e1f0c9a', 'npmrc-7d2b', 'hunter2-password-3c4d', 'npmrc-content-8a1f'];

let registry: LocalRegistry;
let client: RegistryClient;
let dir: string;
let base: { reference: string; digest: string; registriesConf: string };
let context: string;

function policyText(
  provenance: string,
  trust = 'publicKeys: [env://TRUSTED_KEY]',
  signingLines: string[] = [],
): string {
  return [
    ...SHOP_POLICY_HEAD,
    '  services: [api, worker]',
    '  tagMutability: IMMUTABLE',
    '  mutableTags: ["*-latest"]',
    'tags:',
    '  release: "{service}-{version}"',
    '  development: "{service}-{branch}-{sha7}"',
    '  latest: "{service}-latest"',
    '  latestFrom: [main]',
    'signing:',
    ...(signingLines.length ? signingLines : ['  method: key', '  key: env://SIGNING_KEY']),
    `  trust: {${trust}}`,
    `provenance: ${provenance}`,
    'scan: {failOn: CRITICAL}',
    '',
  ].join('\n');
}

function writePolicyFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  const busybox = execFileSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).trim();
  registry = await startRegistry();
  client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
  dir = mkdtempSync(join(tmpdir(), 'provenance-'));
  base = pushBaseImage(registry, dir, busybox);
  context = writeApp(dir, base.reference);
  writeFileSync(join(dir, SECRET_VALUES[1]), `//npm.example.com/:_authToken=${SECRET_VALUES[3]}\n`);
});
afterAll(async () => {
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** build-sign-push with buildah: the app built FROM the base in the registry, signed with the PEM key. */
async function buildAndPush(service: string, env: NodeJS.ProcessEnv, policy: string) {
  const ctx = testContext(
    {
      service,
      policy,
      registry: registry.url,
      context,
      'signing-key': 'env://SIGNING_KEY',
      // Inputs that hold secrets (the build engineer's secrets and secret-files, a password): never recorded.
      secrets: `NPM_TOKEN=${SECRET_VALUES[0]}`,
      'secret-files': `npmrc=${join(dir, SECRET_VALUES[1])}`,
      'registry-password': SECRET_VALUES[2],
    },
    { ...env, SIGNING_KEY: pem(signing.privateKey, 'pkcs8'), CONTAINERS_REGISTRIES_CONF: base.registriesConf },
  );
  await buildSignPush(ctx);
  return ctx;
}

describe('build-sign-push attaches a signed SLSA provenance; scan-gate requires it', () => {
  let digest: string;
  let provenanceDigest: string;
  const policyAny = () => writePolicyFile('any.yml', policyText('{}'));

  beforeAll(async () => {
    const ctx = await buildAndPush('api', runnerEnv('refs/heads/main'), policyAny());
    digest = ctx.outputs.get('digest')!;
    provenanceDigest = ctx.outputs.get('provenance-digest')!;
  });

  test('the provenance verifies with @sigstore/verify against the signing key and names the pushed digest', async () => {
    expect(provenanceDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const { manifest, bundle } = await readBundle(client, 'shop/api', provenanceDigest);
    expect(manifest.artifactType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(manifest.annotations?.['dev.sigstore.bundle.predicateType']).toBe('https://slsa.dev/provenance/v1');
    expect(manifest.subject?.digest).toBe(digest);
    // The registry has no referrers API: the referrers tag schema lists it.
    expect((await referrersOf(client, 'shop/api', digest)).map((d) => d.digest)).toContain(provenanceDigest);

    const verifier = new Verifier(keyTrustMaterial(signing.publicKey), {
      tlogThreshold: 0,
      ctlogThreshold: 0,
      timestampThreshold: 0,
    });
    expect(() => verifier.verify(toSignedEntity(bundle))).not.toThrow();
    const wrongKey = new Verifier(keyTrustMaterial(stranger.publicKey), {
      tlogThreshold: 0,
      ctlogThreshold: 0,
      timestampThreshold: 0,
    });
    expect(() => wrongKey.verify(toSignedEntity(bundle))).toThrow();

    const statement = statementOf(bundle);
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.subject).toEqual([{ name: `${registry.host}/shop/api`, digest: { sha256: digest.slice(7) } }]);
    const { buildDefinition, runDetails } = statement.predicate;
    expect(runDetails.builder.id).toBe(`https://github.com/${RELEASE_WORKFLOW}`);
    expect(runDetails.metadata.invocationId).toBe('https://github.com/acme/shop/actions/runs/777/attempts/1');
    expect(buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/heads/main',
      repository: 'https://github.com/acme/shop',
      path: '.github/workflows/release.yml',
    });
    expect(buildDefinition.externalParameters.inputs).toMatchObject({ service: 'api', context });
    expect(buildDefinition.resolvedDependencies).toEqual([
      {
        uri: 'git+https://github.com/acme/shop@refs/heads/main',
        digest: { gitCommit: '0123456789abcdef0123456789abcdef01234567' },
      },
      // The base image by the digest the registry holds it under (skopeo's answer).
      expect.objectContaining({ name: base.reference, digest: { sha256: base.digest.slice(7) } }),
    ]);
  });

  test('signature verification counts the signature only: the provenance bundle is not a signature to reject', async () => {
    const trust = {
      publicKeys: [{ name: 'ci', key: signing.publicKey }],
      kmsKeys: [],
      keyless: [],
      signerProfiles: [],
      rootCertificates: [],
    };
    const result = await verifyImageSignatures({ client, repository: 'shop/api', digest, trust });
    expect(result.verified).toHaveLength(1);
    expect(result.rejected).toEqual([]);
  });

  test('no secret input value appears in the statement, the referrers or the outputs', async () => {
    const blobs: string[] = [];
    for (const referrer of await referrersOf(client, 'shop/api', digest)) {
      const { manifest, bytes, bundle } = await readBundle(client, 'shop/api', referrer.digest);
      blobs.push(JSON.stringify(manifest), bytes.toString('utf8'), JSON.stringify(statementOf(bundle)));
    }
    const inputs = statementOf((await readBundle(client, 'shop/api', provenanceDigest)).bundle).predicate
      .buildDefinition.externalParameters.inputs as Record<string, string>;
    expect(Object.keys(inputs)).not.toEqual(expect.arrayContaining(['secrets']));
    expect(Object.keys(inputs).filter((k) => /secret|key|password|token/.test(k))).toEqual([]);
    for (const secret of SECRET_VALUES) {
      for (const text of blobs) expect(text).not.toContain(secret);
    }
  });

  test('a re-run (the next attempt) attaches nothing new and outputs the same provenance', async () => {
    const before = await referrersOf(client, 'shop/api', digest);
    const ctx = await buildAndPush('api', runnerEnv('refs/heads/main', '2'), policyAny());
    expect(ctx.outputs.get('digest')).toBe(digest);
    expect(ctx.outputs.get('provenance-digest')).toBe(provenanceDigest);
    // Its immutable tag is there: the re-run adopts the image with the provenance that verifies, builds nothing.
    expect(ctx.outputs.get('adopted')).toBe('true');
    expect(ctx.logger.text()).toContain(`was adopted with its provenance ${provenanceDigest}`);
    expect(await referrersOf(client, 'shop/api', digest)).toEqual(before);
  });

  /** scan-gate with a clean Trivy report of the digest, under a policy; the error, if any, and the outputs. */
  async function gate(repository: string, image: string, policy: string) {
    const report = join(dir, `report-${image.slice(7, 19)}.json`);
    const name = `${registry.host}/${repository}@${image}`;
    writeFileSync(report, JSON.stringify({ SchemaVersion: 2, ArtifactName: name, Results: [{ Target: 'x' }] }));
    const outputs = new Map<string, string>();
    let summary = '';
    const ctx: ActionContext = {
      inputs: new Inputs(
        mapInputSource({
          image: name,
          policy,
          registry: registry.url,
          report,
          'sarif-output': join(dir, 'gate.sarif'),
          'findings-output': join(dir, 'gate.json'),
        }),
      ),
      logger: new MemoryLogger(),
      setOutput: (k, v) => void outputs.set(k, v),
      writeSummary: async (markdown) => void (summary += markdown),
      getIdToken: () => Promise.reject(new Error('no OIDC here')),
      env: { TRUSTED_KEY: pem(signing.publicKey, 'spki'), STRANGER_KEY: pem(stranger.publicKey, 'spki') },
    };
    const error = await scanGate(ctx).then(
      () => undefined,
      (err: Error) => err.message,
    );
    return { error, passed: outputs.get('passed'), summary };
  }

  const releaseGate = 'acme/shop/.github/workflows/release.yml@refs/heads/*';
  test.each([
    [
      'an allowed builder and ref',
      `{required: true, builders: ["${releaseGate}"], sourceRefs: [refs/heads/main]}`,
      undefined,
      undefined,
    ],
    [
      'a builder not allowed',
      '{required: true, builders: ["acme/.github/.github/workflows/container-release.yml@refs/heads/main"]}',
      undefined,
      /built by a workflow the policy does not allow \(provenance builder-not-allowed\): built by https:\/\/github.com\/acme\/shop\/.github\/workflows\/release.yml@refs\/heads\/main/,
    ],
    [
      'a ref not allowed',
      `{required: true, builders: ["${releaseGate}"], sourceRefs: ["refs/tags/v*"]}`,
      undefined,
      /built from a ref the policy does not allow \(provenance ref-not-allowed\): built from refs\/heads\/main/,
    ],
    [
      'signed by a key the policy does not trust',
      '{required: true}',
      'publicKeys: [env://STRANGER_KEY]',
      /no provenance signed by a trusted key or identity \(provenance untrusted\): wrong-key/,
    ],
  ])('the gate judges an image with provenance from %s', async (_what, provenance, trust, failure) => {
    const policy = writePolicyFile('gate.yml', policyText(provenance, trust));
    const result = await gate('shop/api', digest, policy);
    if (!failure) {
      expect(result.error).toBeUndefined();
      expect(result.passed).toBe('true');
      expect(result.summary).toMatch(/required, verified: built by https:\/\/github.com\/acme\/shop/);
    } else {
      expect(result.passed).toBe('false');
      expect(result.error).toMatch(failure);
    }
  });

  test('the gate fails an image without provenance, and passes it when provenance is not required', async () => {
    const bare = await pushTestImage(client, 'shop/worker', 'bare');
    const required = await gate('shop/worker', bare.digest, writePolicyFile('req.yml', policyText('{required: true}')));
    expect(required.passed).toBe('false');
    expect(required.error).toMatch(/The image has no provenance \(provenance missing\)/);
    const optional = await gate('shop/worker', bare.digest, writePolicyFile('opt.yml', policyText('{}')));
    expect(optional.error).toBeUndefined();
  });
});

describe('keyless provenance through the test Fulcio and Rekor', () => {
  let server: Server;
  let baseUrl: string;
  let trustedRoot: unknown;
  const reusable = 'acme/.github/.github/workflows/container-release.yml@refs/heads/main';

  beforeAll(async () => {
    ({ server, baseUrl, trustedRoot } = await startSigstoreDoubles());
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  test('the certificate names the reusable workflow, which the provenance names as its builder', async () => {
    const root = join(dir, 'trusted_root.json');
    writeFileSync(root, JSON.stringify(trustedRoot));
    const text = policyText(`{required: true, builders: ["${reusable}"], sourceRefs: [refs/heads/main]}`, '', [
      '  method: keyless',
      `  fulcioUrl: ${baseUrl}`,
      `  rekorUrl: ${baseUrl}`,
    ]).replace(
      '  trust: {}',
      `  trust: {keyless: [{subject: "https://github\\\\.com/acme/\\\\.github/.+"}], trustedRoot: "file://${root}"}`,
    );
    const policy = writePolicyFile('keyless.yml', text);
    const token = githubOidcToken({ repository: 'acme/shop', ref: 'refs/heads/main', jobWorkflowRef: reusable });
    const ctx = testContext(
      { service: 'worker', policy, registry: registry.url, context },
      { ...runnerEnv('refs/heads/main'), CONTAINERS_REGISTRIES_CONF: base.registriesConf },
    );
    ctx.getIdToken = async () => token;
    await buildSignPush(ctx);
    const digest = ctx.outputs.get('digest')!;

    const { bundle } = await readBundle(client, 'shop/worker', ctx.outputs.get('provenance-digest')!);
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
    const signer = verifier.verify(toSignedEntity(bundle));
    expect(signer.identity?.subjectAlternativeName).toBe(`https://github.com/${reusable}`);
    const statement = statementOf(bundle);
    expect(statement.subject[0].digest.sha256).toBe(digest.slice(7));
    expect(statement.predicate.runDetails.builder.id).toBe(`https://github.com/${reusable}`);

    const loaded = loadPolicy(policy);
    const trust = trustFromPolicy(loaded.signing);
    const args = { client, repository: 'shop/worker', digest, trust };
    expect(await verifyProvenance({ ...args, rules: loaded.provenance })).toMatchObject({
      status: 'verified',
      builder: `https://github.com/${reusable}`,
      sourceRef: 'refs/heads/main',
    });
    expect(await verifyProvenance({ ...args, rules: { builders: [RELEASE_WORKFLOW], sourceRefs: [] } })).toMatchObject({
      status: 'builder-not-allowed',
    });
    const otherIdentity = {
      ...trust,
      keyless: [{ issuer: trust.keyless[0].issuer, subject: /https:\/\/github\.com\/evil\/.+/ }],
    };
    expect(await verifyProvenance({ ...args, trust: otherIdentity, rules: loaded.provenance })).toMatchObject({
      status: 'untrusted',
    });
  });
});
