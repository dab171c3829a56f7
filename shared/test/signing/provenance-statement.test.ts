import { planProvenance, PROVENANCE_INPUTS } from '../../../actions/build-sign-push/src/provenance';
import { MEDIA_TYPES } from '../../src/oci/types';
import { policySchema } from '../../src/policy/schema';
import {
  baseImagesOf,
  BUILD_SIGN_PUSH_BUILD_TYPE,
  buildProvenanceStatement,
  isSecretInput,
  provenanceIdentity,
  provenanceRunFromEnv,
  recordedInputs,
  SLSA_PROVENANCE_V1,
  splitWorkflowRef,
  type ProvenanceSubject,
} from '../../src/provenance/statement';
import { builderAllowed, judgeProvenance, provenanceClaims, sourceRefAllowed } from '../../src/provenance/verify';
import { ConfigurationError } from '../../src/runtime/errors';
import { IN_TOTO_STATEMENT_V1, type InTotoStatement } from '../../src/signing/payloads';
import type { VerifiedStatement } from '../../src/signing/bundle-format';
import type { Signer } from '../../src/signing/signers';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const BASE = `sha256:${'b'.repeat(64)}`;
const SHA = '0123456789abcdef0123456789abcdef01234567';

const ENV: NodeJS.ProcessEnv = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: SHA,
  GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/release.yml@refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REPOSITORY_ID: '101',
  GITHUB_REPOSITORY_OWNER_ID: '7',
  RUNNER_ENVIRONMENT: 'github-hosted',
};

const IMAGE: ProvenanceSubject = {
  name: 'registry.example.com/shop/api',
  digest: DIGEST,
  source: 'build',
  builder: 'buildah',
  dependencies: [{ uri: 'pkg:docker/docker.io/library/alpine@3.20', digest: { sha256: 'b'.repeat(64) } }],
  inputs: { service: 'api', tags: 'extra' },
};

describe('the SLSA v1 provenance statement', () => {
  const statement = buildProvenanceStatement(provenanceRunFromEnv(ENV), IMAGE);
  const predicate = statement.predicate;

  test.each([
    ['_type', statement._type, IN_TOTO_STATEMENT_V1],
    ['predicateType', statement.predicateType, SLSA_PROVENANCE_V1],
    ['subject', statement.subject, [{ name: 'registry.example.com/shop/api', digest: { sha256: 'a'.repeat(64) } }]],
    ['buildType', predicate.buildDefinition.buildType, BUILD_SIGN_PUSH_BUILD_TYPE],
    [
      'externalParameters.workflow',
      predicate.buildDefinition.externalParameters.workflow,
      { ref: 'refs/heads/main', repository: 'https://github.com/acme/shop', path: '.github/workflows/release.yml' },
    ],
    [
      'externalParameters.inputs',
      predicate.buildDefinition.externalParameters.inputs,
      { service: 'api', tags: 'extra' },
    ],
    [
      'internalParameters.github',
      predicate.buildDefinition.internalParameters.github,
      { event_name: 'push', repository_id: '101', repository_owner_id: '7', runner_environment: 'github-hosted' },
    ],
    [
      'resolvedDependencies',
      predicate.buildDefinition.resolvedDependencies,
      [
        { uri: 'git+https://github.com/acme/shop@refs/heads/main', digest: { gitCommit: SHA } },
        { uri: 'pkg:docker/docker.io/library/alpine@3.20', digest: { sha256: 'b'.repeat(64) } },
      ],
    ],
    [
      'builder.id',
      predicate.runDetails.builder.id,
      'https://github.com/acme/shop/.github/workflows/release.yml@refs/heads/main',
    ],
    [
      'invocationId',
      predicate.runDetails.metadata.invocationId,
      'https://github.com/acme/shop/actions/runs/4242/attempts/2',
    ],
  ])('%s', (_field, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  test('a reusable workflow (the job workflow ref of the OIDC token) is the builder; the caller ref is the source', () => {
    const reusable = 'acme/.github/.github/workflows/container-release.yml@refs/heads/main';
    const s = buildProvenanceStatement(
      provenanceRunFromEnv({ ...ENV, GITHUB_REF: 'refs/tags/v1.2.0' }, reusable),
      IMAGE,
    );
    expect(s.predicate.runDetails.builder.id).toBe(`https://github.com/${reusable}`);
    expect(s.predicate.buildDefinition.externalParameters.workflow.path).toBe(
      '.github/workflows/container-release.yml',
    );
    expect(provenanceClaims(s.predicate)).toEqual({
      builder: `https://github.com/${reusable}`,
      sourceRef: 'refs/tags/v1.2.0',
    });
  });
});

test.each([
  [
    'acme/shop/.github/workflows/release.yml@refs/heads/main',
    'acme/shop',
    '.github/workflows/release.yml',
    'refs/heads/main',
  ],
  ['acme/.github/.github/workflows/c.yml@refs/tags/v1', 'acme/shop', '.github/workflows/c.yml', 'refs/tags/v1'],
  ['acme/shop/.github/workflows/r.yml@refs/tags/pkg@1.0', 'acme/shop', '.github/workflows/r.yml', 'refs/tags/pkg@1.0'],
  ['', 'acme/shop', '', ''],
])('splitWorkflowRef(%s)', (workflowRef, repository, path, ref) => {
  expect(splitWorkflowRef(workflowRef, repository)).toEqual({ path, ref });
});

test.each([
  ['secrets', true],
  ['secret-files', true],
  ['signing-key', true],
  ['signing-key-password', true],
  ['github-token', true],
  ['registry-password', true],
  ['service', false],
  ['tags', false],
  ['build-args', false],
  ['cache', false],
  ['signing-profile', false],
  ['dockerfile', false],
])('isSecretInput(%s) is %s', (name, secret) => {
  expect(isSecretInput(name)).toBe(secret);
});

test('recordedInputs keeps the set inputs and never a secret one, even when listed', () => {
  const values: Record<string, string> = {
    service: 'api',
    secrets: 'id=npm-token-value',
    'secret-files': 'npmrc=/tmp/npmrc',
    'signing-key': '-----BEGIN PRIVATE KEY-----',
    'signing-key-password': 'hunter2',
  };
  const recorded = recordedInputs([...Object.keys(values), 'target'], (n) => values[n]);
  expect(recorded).toEqual({ service: 'api' });
});

test('build-sign-push records none of its secret inputs', () => {
  expect(PROVENANCE_INPUTS.filter((n) => isSecretInput(n))).toEqual([]);
  for (const secret of ['secrets', 'secret-files', 'signing-key', 'signing-key-password']) {
    expect(PROVENANCE_INPUTS).not.toContain(secret);
  }
});

test('an image adopted by a re-run: the statement records the adoption and names no builder of this run', () => {
  const adopted = { tags: ['api-v1'], checks: { signature: 'verified', provenance: 'missing' } };
  const statement = buildProvenanceStatement(provenanceRunFromEnv(ENV), { ...IMAGE, builder: undefined, adopted });
  expect(statement.predicate.buildDefinition.internalParameters.image).toEqual({ source: 'build', adopted });
  expect(
    buildProvenanceStatement(provenanceRunFromEnv(ENV), IMAGE).predicate.buildDefinition.internalParameters.image,
  ).toEqual({ source: 'build', builder: 'buildah' });
});

describe('provenanceIdentity: what makes a re-run attach nothing new', () => {
  const base = buildProvenanceStatement({ ...provenanceRunFromEnv(ENV), startedOn: '2026-01-01T00:00:00Z' }, IMAGE);
  test.each([
    ['a later attempt, started later', { ...ENV, GITHUB_RUN_ATTEMPT: '3' }, IMAGE, '2026-01-02T00:00:00Z', true],
    ['another run of the same workflow, commit and ref', { ...ENV, GITHUB_RUN_ID: '9' }, IMAGE, undefined, true],
    ['another ref', { ...ENV, GITHUB_REF: 'refs/tags/v1' }, IMAGE, undefined, false],
    ['another commit', { ...ENV, GITHUB_SHA: 'f'.repeat(40) }, IMAGE, undefined, false],
    [
      'another workflow',
      { ...ENV, GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/x.yml@refs/heads/main' },
      IMAGE,
      undefined,
      false,
    ],
    ['other inputs', ENV, { ...IMAGE, inputs: { service: 'api' } }, undefined, false],
    ['another image', ENV, { ...IMAGE, digest: BASE }, undefined, false],
    [
      'the same image adopted by a re-run (not built in it)',
      ENV,
      { ...IMAGE, builder: undefined, adopted: { tags: ['api-v1'], checks: { signature: 'verified' } } },
      undefined,
      false,
    ],
  ])('%s', (_what, env, image, startedOn, same) => {
    const other = buildProvenanceStatement({ ...provenanceRunFromEnv(env), startedOn }, image);
    expect(provenanceIdentity(other) === provenanceIdentity(base)).toBe(same);
  });
});

describe('baseImagesOf: the base images the build recorded', () => {
  const stored = (annotations?: Record<string, string>, digest = DIGEST) => ({
    mediaType: MEDIA_TYPES.ociManifest,
    digest,
    bytes: Buffer.from(JSON.stringify({ schemaVersion: 2, config: {}, layers: [], annotations })),
  });
  test.each([
    ['no annotations (FROM scratch)', [stored()], []],
    [
      'buildah base annotations',
      [
        stored({
          'org.opencontainers.image.base.name': '127.0.0.1:5000/base:v1',
          'org.opencontainers.image.base.digest': BASE,
        }),
      ],
      [
        {
          uri: 'pkg:docker/127.0.0.1:5000/base@v1',
          name: '127.0.0.1:5000/base:v1',
          digest: { sha256: 'b'.repeat(64) },
        },
      ],
    ],
    [
      'a digest without a name',
      [stored({ 'org.opencontainers.image.base.digest': BASE })],
      [{ digest: { sha256: 'b'.repeat(64) } }],
    ],
    ['a digest that is not sha256', [stored({ 'org.opencontainers.image.base.digest': 'md5:abc' })], []],
    [
      'the same base under two platform images, once',
      [
        stored({ 'org.opencontainers.image.base.name': 'alpine:3', 'org.opencontainers.image.base.digest': BASE }),
        stored(
          { 'org.opencontainers.image.base.name': 'alpine:3', 'org.opencontainers.image.base.digest': BASE },
          BASE,
        ),
      ],
      [{ uri: 'pkg:docker/docker.io/library/alpine@3', name: 'alpine:3', digest: { sha256: 'b'.repeat(64) } }],
    ],
  ])('%s', (_what, manifests, expected) => {
    expect(baseImagesOf(manifests)).toEqual(expected);
  });
});

test.each([
  ['https://github.com/acme/.github/.github/workflows/container-release.yml@refs/heads/main', [], true],
  [
    'https://github.com/acme/.github/.github/workflows/container-release.yml@refs/heads/main',
    ['acme/.github/.github/workflows/container-release.yml@refs/heads/main'],
    true,
  ],
  [
    'https://github.com/acme/.github/.github/workflows/container-release.yml@refs/tags/v2',
    ['acme/.github/.github/workflows/container-release.yml@refs/heads/main'],
    false,
  ],
  [
    'https://github.com/acme/shop/.github/workflows/release.yml@refs/heads/main',
    ['acme/*/.github/workflows/release.yml@*'],
    true,
  ],
  ['https://github.com/evil/shop/.github/workflows/release.yml@refs/heads/main', ['acme/*'], false],
  [
    'https://github.com/acme/shop/.github/workflows/release.yml@refs/heads/main',
    ['https://github.com/acme/shop/*'],
    true,
  ],
])('builderAllowed(%s, %j) is %s', (builder, patterns, allowed) => {
  expect(builderAllowed(builder, patterns)).toBe(allowed);
});

test.each([
  ['refs/heads/main', [], true],
  ['refs/heads/main', ['refs/heads/main'], true],
  ['refs/heads/main-evil', ['refs/heads/main'], false],
  ['refs/tags/v1.2.3', ['refs/heads/main', 'refs/tags/v*'], true],
  ['refs/pull/7/merge', ['refs/heads/*', 'refs/tags/*'], false],
])('sourceRefAllowed(%s, %j) is %s', (ref, patterns, allowed) => {
  expect(sourceRefAllowed(ref, patterns)).toBe(allowed);
});

describe('judgeProvenance: the verdict on one verified provenance', () => {
  const WORKFLOW = 'acme/.github/.github/workflows/container-release.yml@refs/heads/main';
  const statementFor = (env: NodeJS.ProcessEnv) =>
    buildProvenanceStatement(provenanceRunFromEnv(env, WORKFLOW), IMAGE) as InTotoStatement;
  const verified = (statement?: InTotoStatement, identity?: VerifiedStatement['identity']): VerifiedStatement => ({
    check: {
      format: 'sigstore-bundle',
      location: 'referrer x',
      manifestDigest: 'sha256:r',
      signer: 'ci-key',
      detail: '',
    },
    statement,
    identity,
  });
  const rules = { builders: [WORKFLOW], sourceRefs: ['refs/heads/main', 'refs/tags/v*'] };
  const san = (name: string) => ({ subjectAlternativeName: name, extensions: { issuer: 'x' } });
  test.each([
    ['allowed builder and ref', verified(statementFor(ENV)), 'verified', /built by .*container-release/],
    [
      'a tag that is allowed',
      verified(statementFor({ ...ENV, GITHUB_REF: 'refs/tags/v3' })),
      'verified',
      /refs\/tags\/v3/,
    ],
    [
      'a ref not allowed',
      verified(statementFor({ ...ENV, GITHUB_REF: 'refs/heads/dev' })),
      'ref-not-allowed',
      /refs\/heads\/dev.*sourceRefs/,
    ],
    [
      'another builder',
      verified(buildProvenanceStatement(provenanceRunFromEnv(ENV), IMAGE) as InTotoStatement),
      'builder-not-allowed',
      /release\.yml.*provenance\.builders/,
    ],
    [
      'a rejected signature',
      {
        check: { format: 'sigstore-bundle', location: 'r', reason: 'wrong-key', detail: 'no trusted key' },
      } as VerifiedStatement,
      'untrusted',
      /wrong-key: no trusted key/,
    ],
    [
      'keyless, the certificate names the same workflow',
      verified(statementFor(ENV), san(`https://github.com/${WORKFLOW}`)),
      'verified',
      /built by/,
    ],
    [
      'keyless, the statement claims another workflow than its certificate',
      verified(statementFor(ENV), san('https://github.com/evil/x/.github/workflows/y.yml@refs/heads/main')),
      'untrusted',
      /certificate was issued to https:\/\/github.com\/evil/,
    ],
  ])('%s', (_what, input, status, detail) => {
    const check = judgeProvenance(input, rules);
    expect(check.status).toBe(status);
    expect(check.detail).toMatch(detail);
  });
});

describe('planProvenance: provenance needs a signer that signs DSSE, decided before the push', () => {
  const signer = { kind: 'key', reference: 'env://K' } as Signer;
  const policy = (signing: object, required: boolean) =>
    policySchema.parse({ version: 1, system: 'shop', signing, provenance: { required } });
  test.each([
    [
      'a key signer',
      policy({ method: 'key', key: 'env://K' }, true),
      { enabled: true, format: 'sigstore-bundle', signer },
      'signer',
    ],
    [
      'AWS Signer, provenance not required',
      policy({ method: 'signer', profile: 'p' }, false),
      { enabled: true, format: 'notation', profile: 'p' },
      /No provenance written: signing method signer \(notation\) cannot sign/,
    ],
    [
      'ECR managed, provenance required',
      policy({ method: 'ecr-managed' }, true),
      { enabled: true, format: 'ecr-managed' },
      ConfigurationError,
    ],
    ['signing off, provenance required', policy({ method: 'none' }, true), { enabled: false }, ConfigurationError],
    ['signing off, not required', policy({ method: 'none' }, false), undefined, /not signed/],
  ])('%s', (_what, p, prepared, expected) => {
    if (expected === ConfigurationError) {
      expect(() => planProvenance(p, prepared as never)).toThrow(/provenance\.required/);
      return;
    }
    const plan = planProvenance(p, prepared as never);
    if (expected === 'signer') expect(plan.signer).toBe(signer);
    else expect(plan.skipped).toMatch(expected as RegExp);
  });
});
