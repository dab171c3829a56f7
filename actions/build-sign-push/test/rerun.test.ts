import { generateKeyPairSync } from 'node:crypto';
import { findReusableImage, provenanceReuseCheck, rerunTrust, type ReuseCheck, type ReuseVerdict } from '../src/rerun';
import { policySchema } from '../../../shared/src/policy/schema';
import type { PreparedSigning } from '../../../shared/src/signing/sign-step';
import type { ImageTag } from '../../../shared/src/policy';
import { verifyProvenance, type ProvenanceCheck } from '../../../shared/src/provenance/verify';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';

jest.mock('../../../shared/src/provenance/verify', () => ({ verifyProvenance: jest.fn() }));

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const tag = (name: string, mutable = false): ImageTag => ({ tag: name, kind: 'release', mutable });
/** A registry that answers HEAD of a tag from a table (the decision is pure; the wire is in the integration test). */
const registry = (tags: Record<string, string>) => ({
  headManifest: async (_: string, ref: string) =>
    tags[ref] ? { digest: tags[ref], mediaType: 'application/vnd.oci.image.manifest.v1+json', size: 1 } : undefined,
});
const check = (name: string, status: ReuseVerdict['status']): ReuseCheck => ({
  name,
  check: async () => ({ status, detail: `${name} ${status}` }),
});

describe('which re-run takes the image under its tags', () => {
  test.each<[string, ImageTag[], Record<string, string>, string | undefined]>([
    ['every immutable tag on one image', [tag('v1'), tag('api-v1'), tag('latest', true)], { v1: A, 'api-v1': A }, A],
    ['a mutable tag elsewhere does not matter', [tag('v1'), tag('latest', true)], { v1: A, latest: B }, A],
    ['an immutable tag missing: build', [tag('v1'), tag('api-v1')], { v1: A }, undefined],
    [
      'immutable tags on two images: build (the tag plan names the conflict)',
      [tag('v1'), tag('x')],
      { v1: A, x: B },
      undefined,
    ],
    ['no immutable tag: build', [tag('latest', true)], { latest: A }, undefined],
  ])('%s', async (_, tags, state, expected) => {
    const found = await findReusableImage(registry(state), 'shop/api', tags, [], new MemoryLogger());
    expect(found?.digest).toBe(expected);
  });

  test('verified and missing checks adopt the image; the extra checks run after the signature', async () => {
    const order: string[] = [];
    const recording = (c: ReuseCheck): ReuseCheck => ({ ...c, check: (i) => (order.push(c.name), c.check(i)) });
    const found = await findReusableImage(
      registry({ v1: A }),
      'shop/api',
      [tag('v1')],
      [recording(check('signature', 'missing')), recording(check('provenance', 'verified'))],
      new MemoryLogger(),
    );
    expect(order).toEqual(['signature', 'provenance']);
    expect(found?.verdicts.map((v) => v.verdict.status)).toEqual(['missing', 'verified']);
  });

  test.each(['signature', 'provenance'])('an invalid %s refuses the image, naming the tag and why', async (name) => {
    const checks = [check('signature', name === 'signature' ? 'invalid' : 'verified'), check('provenance', 'invalid')];
    const found = findReusableImage(registry({ v1: A }), 'shop/api', [tag('v1')], checks, new MemoryLogger());
    await expect(found).rejects.toThrow(ConfigurationError);
    await expect(found).rejects.toThrow(
      `'v1' of shop/api already points at ${A}, whose ${name} does not verify: ${name} invalid`,
    );
  });
});

describe('with provenance required, an image nothing vouches for is not adopted', () => {
  test.each<[ReuseVerdict['status'], ReuseVerdict['status'], boolean]>([
    ['verified', 'missing', true],
    ['missing', 'verified', true],
    ['missing', 'missing', false],
  ])('signature %s, provenance %s: adopted %s', async (signature, provenance, adopted) => {
    const checks = [check('signature', signature), check('provenance', provenance)];
    const found = findReusableImage(registry({ v1: A }), 'shop/api', [tag('v1')], checks, new MemoryLogger(), {
      requireVerified: true,
    });
    if (adopted) return expect((await found)?.digest).toBe(A);
    await expect(found).rejects.toThrow(
      `'v1' of shop/api already points at ${A}, of which nothing verifies (signature missing: signature missing; provenance missing: provenance missing); provenance is required`,
    );
  });

  test('without the requirement, nothing verified is still adopted (only the push role writes under the tags)', async () => {
    const checks = [check('signature', 'missing'), check('provenance', 'missing')];
    const found = await findReusableImage(registry({ v1: A }), 'shop/api', [tag('v1')], checks, new MemoryLogger());
    expect(found?.digest).toBe(A);
  });
});

describe('the provenance check of a re-run', () => {
  const verify = jest.mocked(verifyProvenance);
  const trust = { publicKeys: [], kmsKeys: [], keyless: [], signerProfiles: [], rootCertificates: [] };
  const rules = { builders: ['acme/shop/.github/workflows/release.yml@*'], sourceRefs: ['refs/tags/v*'] };
  const judge = async (found: ProvenanceCheck, required: boolean) => {
    verify.mockReset().mockResolvedValue(found);
    const c = provenanceReuseCheck({ client: {} as never, trust, rules, required, logger: new MemoryLogger() });
    return { verdict: await c.check({ repository: 'shop/api', digest: A }), rules: verify.mock.calls[0][0].rules };
  };
  const refused: ProvenanceCheck = { status: 'builder-not-allowed', detail: 'built by nightly.yml' };

  test.each<[string, ProvenanceCheck, boolean, ReuseVerdict]>([
    [
      'a verified provenance is kept, with its referrer',
      { status: 'verified', detail: 'built by release.yml', digest: B },
      true,
      { status: 'verified', detail: 'built by release.yml', digest: B },
    ],
    [
      'none is missing: the run attests it',
      { status: 'missing', detail: 'none' },
      true,
      { status: 'missing', detail: 'none' },
    ],
    [
      'a failing one refuses the image when required',
      refused,
      true,
      { status: 'invalid', detail: 'builder-not-allowed: built by nightly.yml' },
    ],
    [
      'a failing one counts as missing when not required',
      refused,
      false,
      {
        status: 'missing',
        detail:
          'none verifies (builder-not-allowed: built by nightly.yml); provenance is not required, so one is attached',
      },
    ],
  ])('%s', async (_, found, required, expected) => {
    expect((await judge(found, required)).verdict).toEqual(expected);
  });

  test("the policy's builders and sourceRefs apply only when provenance is required", async () => {
    expect((await judge(refused, true)).rules).toEqual(rules);
    expect((await judge(refused, false)).rules).toEqual({ builders: [], sourceRefs: [] });
  });
});

describe('the trust of the re-run check', () => {
  const own = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey;
  const prepared = {
    enabled: true,
    format: 'sigstore-bundle',
    signer: { kind: 'key', publicKey: async () => own, identity: async () => 'env://SIGNING_KEY' },
  } as unknown as PreparedSigning;
  const policy = policySchema.parse({
    version: 1,
    system: 'shop',
    signing: { method: 'key', key: 'env://SIGNING_KEY', trust: { publicKeys: ['env://TRUSTED_KEY'] } },
  });

  test("a trusted key the build step cannot read leaves the run's own key, with a warning", async () => {
    const logger = new MemoryLogger();
    const trust = await rerunTrust(policy, prepared, {}, logger);
    expect(trust.publicKeys).toEqual([{ name: 'env://SIGNING_KEY', key: own }]);
    expect(logger.text()).toMatch(/verifies .* with the key this run signs with only: .*TRUSTED_KEY is empty or unset/);
  });

  test('a readable trusted key is used beside the own one', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey;
    const env = { TRUSTED_KEY: other.export({ format: 'pem', type: 'spki' }).toString() };
    const trust = await rerunTrust(policy, prepared, env, new MemoryLogger());
    expect(trust.publicKeys.map((k) => k.name)).toEqual(['env://TRUSTED_KEY', 'env://SIGNING_KEY']);
  });
});
