import {
  buildahBudArgs,
  buildahCacheArgs,
  buildxEnvironment,
  countCachedSteps,
  dockerBuildxArgs,
  type BuildCacheSpec,
  type BuildRequest,
} from '../../src/oci/build';
import { ConfigurationError } from '../../src/runtime/errors';

const base: BuildRequest = { context: 'ctx', buildArgs: [], platforms: [] };
const registryCache: BuildCacheSpec = {
  type: 'registry',
  ref: '1.dkr.ecr.eu-west-1.amazonaws.com/shop/api-buildcache',
};
const metadata: Partial<BuildRequest> = {
  labels: ['org.opencontainers.image.revision=abc', 'team=core'],
  annotations: ['org.opencontainers.image.source=https://github.com/acme/shop'],
  secrets: [{ id: 'npm', src: '/tmp/w/secrets/secret-0' }],
};

/** The flags after the ones every build has (stops before the context), as pairs. */
const pairsOf = (args: string[], from: string) => {
  const rest = args.slice(args.indexOf(from), -1);
  return Array.from({ length: rest.length / 2 }, (_, i) => [rest[2 * i], rest[2 * i + 1]]);
};

describe('buildx argument vectors', () => {
  test.each<[string, Partial<BuildRequest>, string[][]]>([
    [
      'registry cache: an OCI image manifest in the cache repository, every stage (mode=max)',
      { cache: registryCache },
      [
        ['--cache-from', `type=registry,ref=${registryCache.ref}:buildcache`],
        [
          '--cache-to',
          `type=registry,ref=${registryCache.ref}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true`,
        ],
      ],
    ],
    [
      'registry cache on a plain-http registry',
      { cache: { type: 'registry', ref: '127.0.0.1:5000/shop/api-buildcache', insecure: true } },
      [
        ['--cache-from', 'type=registry,ref=127.0.0.1:5000/shop/api-buildcache:buildcache,registry.insecure=true'],
        [
          '--cache-to',
          'type=registry,ref=127.0.0.1:5000/shop/api-buildcache:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,registry.insecure=true',
        ],
      ],
    ],
    [
      'gha cache: scoped by repository, URL and token from the environment (never on the command line)',
      { cache: { type: 'gha', scope: 'shop/api' } },
      [
        ['--cache-from', 'type=gha,scope=shop/api'],
        ['--cache-to', 'type=gha,scope=shop/api,mode=max'],
      ],
    ],
    [
      'a dry run reads the registry cache and writes nothing to it',
      { cache: { ...registryCache, readOnly: true } },
      [['--cache-from', `type=registry,ref=${registryCache.ref}:buildcache`]],
    ],
    [
      'a dry run reads the Actions cache and writes nothing to it',
      { cache: { type: 'gha', scope: 'shop/api', readOnly: true } },
      [['--cache-from', 'type=gha,scope=shop/api']],
    ],
    [
      'labels, annotations and secret mounts',
      metadata,
      [
        ['--label', 'org.opencontainers.image.revision=abc'],
        ['--label', 'team=core'],
        ['--annotation', 'org.opencontainers.image.source=https://github.com/acme/shop'],
        ['--secret', 'id=npm,src=/tmp/w/secrets/secret-0'],
      ],
    ],
  ])('%s', (_, request, pairs) => {
    const args = dockerBuildxArgs({ ...base, ...request }, 'ctx/Dockerfile', 'out');
    expect(pairsOf(args, pairs[0][0])).toEqual(pairs);
    expect(args.at(-1)).toBe('ctx');
  });

  test("buildx's own provenance and SBOM are off (the action writes its own), progress is plain text", () => {
    const args = dockerBuildxArgs(base, 'ctx/Dockerfile', 'out');
    expect(args).toEqual(expect.arrayContaining(['--provenance=false', '--sbom=false']));
    expect(args.slice(args.indexOf('--progress'), args.indexOf('--progress') + 2)).toEqual(['--progress', 'plain']);
  });

  test('no cache, no secrets, no metadata: none of their flags', () => {
    const args = dockerBuildxArgs(base, 'ctx/Dockerfile', 'out');
    for (const flag of ['--cache-from', '--cache-to', '--secret', '--label', '--annotation']) {
      expect(args).not.toContain(flag);
    }
  });
});

describe('buildx environment', () => {
  const runner = { ACTIONS_RUNTIME_TOKEN: 'tok-123', ACTIONS_RESULTS_URL: 'https://results/', PATH: '/bin' };
  test('gha: the Actions cache service variables, and nothing else', () => {
    expect(buildxEnvironment({ type: 'gha', scope: 's' }, runner)).toEqual({
      ACTIONS_RUNTIME_TOKEN: 'tok-123',
      ACTIONS_RESULTS_URL: 'https://results/',
    });
  });
  test('gha without the service (not a GitHub runner): a configuration error', () => {
    expect(() => buildxEnvironment({ type: 'gha', scope: 's' }, { PATH: '/bin' })).toThrow(ConfigurationError);
  });
  test("registry: the cache login's docker config", () => {
    expect(buildxEnvironment({ ...registryCache, authDir: '/w/login' }, runner)).toEqual({ DOCKER_CONFIG: '/w/login' });
    expect(buildxEnvironment(undefined, runner)).toEqual({});
  });
});

describe('buildah argument vectors', () => {
  test('registry cache: every step kept as a layer, looked up in and pushed to the cache repository', () => {
    expect(buildahCacheArgs({ ...registryCache, authDir: '/w/login' })).toEqual([
      '--layers',
      '--cache-from',
      registryCache.ref,
      '--cache-to',
      registryCache.ref,
      '--authfile',
      '/w/login/config.json',
    ]);
    expect(buildahCacheArgs({ type: 'registry', ref: '127.0.0.1:5000/c', insecure: true })).toContain(
      '--tls-verify=false',
    );
    expect(buildahCacheArgs(undefined)).toEqual([]);
    expect(buildahCacheArgs({ ...registryCache, readOnly: true })).toEqual([
      '--layers',
      '--cache-from',
      registryCache.ref,
    ]);
  });
  test('gha needs buildx', () => {
    expect(() => buildahCacheArgs({ type: 'gha', scope: 's' })).toThrow(/needs docker buildx/);
  });
  test('annotations and secrets go to buildah bud before the context; labels do not (each would be a step)', () => {
    const args = buildahBudArgs({ ...base, ...metadata }, 'ctx/Dockerfile', 'w', 'w/p.json', 'w/iid');
    expect(args).not.toContain('--label');
    expect(pairsOf(args, '--annotation')).toEqual([
      ['--annotation', 'org.opencontainers.image.source=https://github.com/acme/shop'],
      ['--secret', 'id=npm,src=/tmp/w/secrets/secret-0'],
    ]);
  });
});

describe('steps taken from the cache, read from the build output', () => {
  test.each<[string, 'buildah' | 'docker', string, { cached: number; steps: number }]>([
    [
      'buildah, two of three steps cached',
      'buildah',
      [
        'STEP 1/3: FROM scratch',
        'STEP 2/3: COPY busybox /bin/busybox',
        '--> Cache pulled from remote r/c:ac65',
        '--> Using cache 66f257c424b3881f0215cbee19f2ac060ec62f30c57067c754cb3f2075c56bf3',
        'STEP 3/3: RUN work',
        '--> Using cache adb1c694f64dd032b0e12740bbdd5c23e5b96e8d0075ef4e8534b260c9ba716f',
      ].join('\n'),
      { cached: 2, steps: 3 },
    ],
    [
      'buildah multi-stage, cold',
      'buildah',
      '[1/2] STEP 1/2: FROM scratch AS base\n[1/2] STEP 2/2: COPY a /a\n[2/2] STEP 1/1: FROM base\n--> Pushing cache r/c:1',
      { cached: 0, steps: 3 },
    ],
    [
      'buildx plain progress',
      'docker',
      [
        '#1 [internal] load build definition from Dockerfile',
        '#1 DONE 0.0s',
        '#5 [base 1/3] FROM docker.io/library/alpine@sha256:abc',
        '#5 CACHED',
        '#6 [base 2/3] RUN apk add curl',
        '#6 CACHED',
        '#7 [final 3/3] RUN make',
        '#7 DONE 4.1s',
        '#8 importing cache manifest from r/c:buildcache',
        '#8 CACHED',
      ].join('\n'),
      { cached: 2, steps: 3 },
    ],
  ])('%s', (_, builder, output, expected) => {
    expect(countCachedSteps(output, builder)).toEqual(expected);
  });
});
