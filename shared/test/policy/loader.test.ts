import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PolicyError, formatPath, loadPolicy, parsePolicy } from '../../src/policy';
import { ConfigurationError } from '../../src/runtime/errors';

/** The sketch of a policy file that the design document shows. */
const SKETCH = `
version: 1
system: piksel
region: eu-central-1
resourceTags: {Project: piksel, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: DevOps-Team}
registry:
  layout: single
  repository: piksel-core
  services: [odc, jupyter, ows, explorer]
  tagMutability: IMMUTABLE
  mutableTags: ["*-latest"]
  encryption: {type: KMS}
  scanning: {type: BASIC, frequency: SCAN_ON_PUSH}
  lifecycle: {keepTagged: 5, expireUntaggedDays: 7}
  pullAccounts: ["111111111111"]
  pullThroughCache: [{upstream: docker-hub, credentialSecret: ecr-pullthroughcache/dockerhub}, {upstream: quay}]
  mirrors: [{source: gcr.io/distroless/static, target: thirdparty/distroless-static}]
tags:
  release: "{service}-{version}"
  development: "{service}-{branch}-{sha7}"
  latest: "{service}-latest"
  latestFrom: [main]
signing: {required: true, method: kms, key: "awskms:///alias/piksel-signing"}
scan: {failOn: CRITICAL, fixableOnly: false, timeoutSeconds: 900, allow: [{id: CVE-2024-0001, until: 2026-12-31, reason: "no fix upstream"}]}
packages: {bucket: acme-artifacts, prefix: "{system}", baseUrl: "https://artifacts.example.com"}
`;

describe('parsePolicy', () => {
  test('accepts the design sketch and keeps its values', () => {
    const policy = parsePolicy(SKETCH, 'sketch.yml');
    expect(policy.registry.repository).toBe('piksel-core');
    expect(policy.registry.lifecycle).toEqual({ keepTagged: 5, expireUntaggedDays: 7, rules: [] });
    // YAML 1.2 keeps an unquoted date as text, which is what the schema expects.
    expect(policy.scan.allow[0].until).toBe('2026-12-31');
    expect(policy.registry.pullThroughCache[0].credentialSecret).toBe('ecr-pullthroughcache/dockerhub');
  });

  test('fills every default explicitly for a minimal file', () => {
    const policy = parsePolicy('version: 1\nsystem: shop\nrequiredTagKeys: []\n', 'min.yml');
    expect(policy.registry).toMatchObject({
      layout: 'per-service',
      services: [],
      tagMutability: 'IMMUTABLE',
      mutableTags: [],
      encryption: { type: 'AES256' },
      scanning: { type: 'BASIC', frequency: 'SCAN_ON_PUSH', filters: [] },
      lifecycle: { rules: [] },
      pullAccounts: [],
    });
    expect(policy.tags).toEqual({ release: '{version}', development: '{branch}-{sha7}', latestFrom: ['main'] });
    expect(policy.signing).toMatchObject({ required: false, method: 'none' });
    expect(policy.scan).toMatchObject({ failOn: 'CRITICAL', fixableOnly: false, timeoutSeconds: 900, source: 'auto' });
    expect(policy.packages).toMatchObject({ prefix: '{system}', sharedBucket: false });
    expect(policy.iam.principalTagKey).toBe('Project');
  });

  test('requires only the tag keys the policy lists; the ABAC tag comes from system', () => {
    expect(parsePolicy('version: 1\nsystem: shop\n', 'p.yml').resourceTags).toEqual({ Project: 'shop' });
    expect(() =>
      parsePolicy(
        'version: 1\nsystem: shop\nrequiredTagKeys: [Project, Owner]\nresourceTags: {Project: shop}\n',
        'p.yml',
      ),
    ).toThrow('p.yml:4:15: resourceTags: missing required tag key Owner; add it to resourceTags');
    const relaxed = parsePolicy('version: 1\nsystem: shop\nrequiredTagKeys: [Project]\n', 'p.yml');
    expect(relaxed.resourceTags).toEqual({ Project: 'shop' });
  });

  test('reports every schema problem at once, in file order, each with its line and column', () => {
    const text = [
      'version: 1', // 1
      'system: shop', // 2
      'requiredTagKeys: []', // 3
      'tags:', // 4
      '  release: 7', // 5
      'registry:', // 6
      '  layuot: single', // 7
      '  pullAccounts: ["1234"]', // 8
    ].join('\n');
    let error: unknown;
    try {
      parsePolicy(text, 'many.yml');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect(error).toBeInstanceOf(ConfigurationError);
    const issues = (error as PolicyError).issues;
    expect(issues.map((i) => [i.line, i.column, i.field])).toEqual([
      [5, 12, 'tags.release'],
      [7, 3, 'registry.layuot'],
      [8, 18, 'registry.pullAccounts[0]'],
    ]);
    expect((error as Error).message.split('\n')[0]).toBe('many.yml has 3 problems:');
  });

  test('reports every cross-field problem at once', () => {
    const text = 'version: 1\nsystem: shop\nregistry:\n  layout: single\n  services: [a, a]\n';
    const error = (() => {
      try {
        parsePolicy(text, 'x.yml');
      } catch (err) {
        return err as PolicyError;
      }
      throw new Error('expected a PolicyError');
    })();
    expect(error.issues.map((i) => `${i.line}:${i.column} ${i.field}`)).toEqual([
      '1:1 tags.release',
      '1:1 tags.development',
      '4:11 registry.layout',
      '5:17 registry.services[1]',
    ]);
  });

  test('the top level must be a mapping', () => {
    expect(() => parsePolicy('- a\n- b\n', 'list.yml')).toThrow(
      'list.yml:1:1: (top level): the policy file must be a mapping',
    );
  });
});

describe('loadPolicy', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('reads the file at the path', () => {
    const path = join(dir, 'artifact-policy.yml');
    writeFileSync(path, 'version: 1\nsystem: shop\nrequiredTagKeys: []\n');
    expect(loadPolicy(path).system).toBe('shop');
  });

  test('a missing file is a configuration error that says what to do', () => {
    const path = join(dir, 'missing.yml');
    expect(() => loadPolicy(path)).toThrow(ConfigurationError);
    expect(() => loadPolicy(path)).toThrow(`policy file ${path} not found; create it`);
  });
});

test.each([
  [[], '(top level)'],
  [['system'], 'system'],
  [['registry', 'services', 2], 'registry.services[2]'],
  [['scan', 'allow', 0, 'until'], 'scan.allow[0].until'],
])('formatPath(%j) is %s', (path, expected) => {
  expect(formatPath(path)).toBe(expected);
});

describe('the latest tag in an IMMUTABLE repository', () => {
  const policyText = (mutableTags: string) =>
    `version: 1\nsystem: shop\nrequiredTagKeys: []\nregistry:\n  services: [web, api]\n  mutableTags: ${mutableTags}\ntags:\n  latest: "{service}-latest"\n`;

  test.each([['["*-latest"]'], ['["web-latest", "api-latest"]'], ['["*"]']])(
    'is accepted when %s covers it',
    (filters) => {
      expect(parsePolicy(policyText(filters), 'p.yml').registry.mutableTags.length).toBeGreaterThan(0);
    },
  );

  test.each([['[]'], ['["web-latest"]'], ['["latest"]']])('is refused when %s leaves a service out', (filters) => {
    expect(() => parsePolicy(policyText(filters), 'p.yml')).toThrow(
      'p.yml:8:11: tags.latest: the latest tag "{service}-latest" moves with every build but the repository is IMMUTABLE',
    );
  });
});
