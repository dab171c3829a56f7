import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from 'tar-stream';
import type { LocalRegistry } from '../../utils/registry';

/** The GitHub environment of a push of a branch or a tag. */
export function githubEnv(ref: string, sha = '0123456789abcdef0123456789abcdef01234567'): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: ref,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'acme/shop',
    PATH: process.env.PATH,
  };
}

/** The first lines of the test policies of system `shop`: version, region, resource tags and a per-service layout. */
export const SHOP_POLICY_HEAD = [
  'version: 1',
  'system: shop',
  'region: eu-central-1',
  'resourceTags: {Project: shop, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: DevOps}',
  'registry:',
  '  layout: per-service',
];

export function registryEnv(registry: LocalRegistry): NodeJS.ProcessEnv {
  return { REGISTRY_USERNAME: registry.username, REGISTRY_PASSWORD: registry.password };
}

/**
 * A policy of system `shop` with services api and worker, immutable tags except `*-latest`, and mirrors;
 * `extra.registry` lines go under `registry:`, `extra.sections` at the end (such as a `signing:` section).
 */
export function writePolicy(
  dir: string,
  mirrors: { source: string; target: string }[] = [],
  extra: { registry?: string[]; sections?: string[]; file?: string } = {},
): string {
  const path = join(dir, extra.file ?? 'artifact-policy.yml');
  writeFileSync(
    path,
    [
      ...SHOP_POLICY_HEAD,
      '  services: [api, worker]',
      '  tagMutability: IMMUTABLE',
      '  mutableTags: ["*-latest"]',
      ...(mirrors.length
        ? ['  mirrors:', ...mirrors.flatMap((m) => [`    - source: ${m.source}`, `      target: ${m.target}`])]
        : []),
      ...(extra.registry ?? []).map((l) => `  ${l}`),
      'tags:',
      '  release: "{service}-{version}"',
      '  development: "{service}-{branch}-{sha7}"',
      '  latest: "{service}-latest"',
      '  latestFrom: [main]',
      ...(extra.sections ?? []),
      '',
    ].join('\n'),
  );
  return path;
}

/** What skopeo (an independent client) reads from the registry: the exact manifest bytes. */
export function skopeoRaw(registry: LocalRegistry, reference: string): Buffer {
  const creds = registry.username ? ['--creds', `${registry.username}:${registry.password}`] : [];
  return execFileSync('skopeo', [
    'inspect',
    '--raw',
    '--tls-verify=false',
    ...creds,
    `docker://${registry.host}/${reference}`,
  ]);
}

/** The registry's repositories' tags and manifests, to compare before and after a refused push. */
export async function registryState(
  registry: LocalRegistry,
  repository: string,
): Promise<{ tags: string[]; manifests: Record<string, string> }> {
  const auth = {
    authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
  };
  const res = await fetch(`${registry.url}/v2/${repository}/tags/list`, { headers: auth });
  const tags = res.status === 404 ? [] : (((await res.json()) as { tags: string[] | null }).tags ?? []).sort();
  const manifests: Record<string, string> = {};
  for (const tag of tags) {
    const head = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
      method: 'HEAD',
      headers: {
        ...auth,
        accept:
          'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
      },
    });
    manifests[tag] = head.headers.get('docker-content-digest') ?? '';
  }
  return { tags, manifests };
}

/** The files of a layer tar, by path. */
export async function filesOf(tar: Buffer): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const ex = extract();
  ex.on('entry', (header, stream, next) => {
    const parts: Buffer[] = [];
    stream.on('data', (d: unknown) => parts.push(d as Buffer));
    stream.on('end', () => {
      files.set(header.name.replace(/^\.?\//, ''), Buffer.concat(parts).toString());
      next();
    });
  });
  await new Promise((resolve, reject) => {
    ex.on('finish', () => resolve(undefined));
    ex.on('error', reject);
    ex.end(tar);
  });
  return files;
}

/** A static busybox copied into a build context: the shell of images built FROM scratch (no base can be pulled). */
export function copyBusybox(context: string): void {
  let busybox: string;
  try {
    busybox = execFileSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('busybox is missing: install the Debian package busybox-static (a static shell for RUN steps).');
  }
  copyFileSync(busybox, join(context, 'busybox'));
}

/** A Dockerfile whose RUN step writes random bytes: rebuilt, its layer always differs; taken from a cache, it is the same. */
export const RANDOM_RUN_DOCKERFILE =
  'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "/bin/busybox head -c 64 /dev/urandom > /random"]\n';

/** A build context `name` made in `dir`, holding a static busybox and the given build file; returns its path. */
export function busyboxContext(dir: string, name: string, buildFile: string, fileName = 'Dockerfile'): string {
  const context = join(dir, name);
  mkdirSync(context);
  copyBusybox(context);
  writeFileSync(join(context, fileName), buildFile);
  return context;
}
