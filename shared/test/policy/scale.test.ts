import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadPolicy, managedRepositories, MAX_POLICY_BYTES, parsePolicy, policySchema } from '../../src/policy';
import { isConfigurationError } from '../../src/runtime/errors';
import { crossFieldIssues } from '../../src/policy/validate';

/** Validation stays linear in the size of the policy, and a policy larger than any real one is refused unread. */

const SERVICES = 200_000;
const serviceNames = (n: number) => Array.from({ length: n }, (_, i) => `svc-${i.toString(36)}`);

describe('a policy with many services', () => {
  test(`${SERVICES} services validate, and a duplicate among them is still found`, () => {
    const services = serviceNames(SERVICES);
    const policy = policySchema.parse({ version: 1, system: 'shop', registry: { services } });
    expect(crossFieldIssues(policy)).toEqual([]);
    const repositories = managedRepositories(policy);
    expect(repositories).toHaveLength(SERVICES);
    expect(repositories[SERVICES - 1].name).toBe(`shop/${services[SERVICES - 1]}`);

    const twice = policySchema.parse({
      version: 1,
      system: 'shop',
      registry: { services: [...services, services[SERVICES - 1]], environments: ['dev', 'prod', 'dev'] },
    });
    expect(crossFieldIssues(twice)).toEqual([
      { path: ['registry', 'services', SERVICES], message: `service "${services[SERVICES - 1]}" is listed twice` },
      { path: ['registry', 'environments', 2], message: 'environment "dev" is listed twice' },
    ]);
  });

  test('mirror targets, sources and pull-through prefixes are each checked once', () => {
    const mirrors = serviceNames(20_000).map((s) => ({ source: `docker.io/library/${s}`, target: `thirdparty/${s}` }));
    const policy = policySchema.parse({
      version: 1,
      system: 'shop',
      registry: {
        pullThroughCache: [{ upstream: 'quay' }, { upstream: 'ecr-public' }],
        mirrors: [...mirrors, { source: 'quay.io/x/y', target: 'quay/x/y' }, mirrors[0]],
      },
    });
    expect(crossFieldIssues(policy).map((i) => i.message)).toEqual([
      'target "quay/x/y" is under a pull-through cache prefix; choose another prefix such as thirdparty/',
      'target "thirdparty/svc-0" receives two mirrors',
      'source "docker.io/library/svc-0" is mirrored twice',
    ]);
  });
});

test('lifecycle rules, compared pairwise for shadowing, are at most 100', () => {
  const rules = (n: number) => Array.from({ length: n }, (_, i) => ({ tagPrefixes: [`p${i}-`], keep: 1 }));
  const text = (n: number) => stringify({ version: 1, system: 'shop', registry: { lifecycle: { rules: rules(n) } } });
  expect(parsePolicy(text(100), 'p.yml').registry.lifecycle.rules).toHaveLength(100);
  expect(() => parsePolicy(text(101), 'p.yml')).toThrow(
    'registry.lifecycle.rules: must be at most 100 items; got 101 items',
  );
});

describe('the size limit', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-size-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Text that is not YAML at all: a message about the size (not about YAML) shows that the file was not parsed.
  const notYaml = (bytes: number) => `version: 1\nsystem: shop\n${'{'.repeat(bytes)}`;

  test.each([
    ['one byte over', MAX_POLICY_BYTES - 'version: 1\nsystem: shop\n'.length + 1],
    ['ten MiB over', 10 * MAX_POLICY_BYTES],
  ])('a file %s the limit is refused before parsing', (_, brace) => {
    const path = join(dir, 'artifact-policy.yml');
    const text = notYaml(brace);
    writeFileSync(path, text);
    const expected = `policy file ${path} is ${Buffer.byteLength(text)} bytes; a policy file may be at most ${MAX_POLICY_BYTES} bytes (1 MiB)`;
    expect(() => loadPolicy(path)).toThrow(expected);
    expect(() => parsePolicy(text, path)).toThrow(expected);
    try {
      loadPolicy(path);
    } catch (err) {
      expect(isConfigurationError(err)).toBe(true);
    }
  });

  test('multi-byte characters count as bytes, and a file at the limit is read', () => {
    const filler = (n: number) => `version: 1\nsystem: shop\n#${'é'.repeat(n)}\n`;
    const under = filler(Math.floor((MAX_POLICY_BYTES - 30) / 2));
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(MAX_POLICY_BYTES);
    expect(parsePolicy(under, 'p.yml').system).toBe('shop');
    const over = filler(MAX_POLICY_BYTES / 2);
    expect(over.length).toBeLessThan(MAX_POLICY_BYTES);
    expect(() => parsePolicy(over, 'p.yml')).toThrow('a policy file may be at most 1048576 bytes');
  });
});
