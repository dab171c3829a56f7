import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { referrersTag } from '../../../shared/src/oci/referrers';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type ImageIndex, type ImageManifest } from '../../../shared/src/oci/types';
import type { ProvenanceStatement } from '../../../shared/src/provenance/statement';
import type { LocalRegistry } from '../../utils/registry';

export const RELEASE_WORKFLOW = 'acme/shop/.github/workflows/release.yml@refs/heads/main';

/** The runner's environment of a push to a ref, with the run's id and attempt. */
export function runnerEnv(ref: string, attempt = '1', workflowRef = RELEASE_WORKFLOW): NodeJS.ProcessEnv {
  return {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: ref,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_WORKFLOW_REF: workflowRef,
    GITHUB_RUN_ID: '777',
    GITHUB_RUN_ATTEMPT: attempt,
    PATH: process.env.PATH,
  };
}

/** buildah's storage options under a directory: its own storage, vfs, as the action builds. */
function storage(dir: string): string[] {
  return ['--root', join(dir, 'storage'), '--runroot', join(dir, 'run'), '--storage-driver', 'vfs'];
}

/**
 * Builds a base image (a static busybox FROM scratch) with buildah and pushes it to the registry; its digest as the
 * registry reports it (skopeo). A registries.conf that lets buildah pull from the plain-HTTP registry is written too.
 */
export function pushBaseImage(
  registry: LocalRegistry,
  dir: string,
  busybox: string,
): { reference: string; digest: string; registriesConf: string } {
  const context = join(dir, 'base');
  mkdirSync(context, { recursive: true });
  copyFileSync(busybox, join(context, 'busybox'));
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\n');
  const policy = join(dir, 'policy.json');
  writeFileSync(policy, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
  const iid = join(dir, 'base.iid');
  const s = storage(join(dir, 'base-build'));
  const quiet = { stdio: 'ignore' as const };
  execFileSync(
    'buildah',
    [...s, 'bud', '--isolation', 'chroot', '--signature-policy', policy, '--iidfile', iid, '--timestamp', '0', context],
    quiet,
  );
  const reference = `${registry.host}/base/busybox:v1`;
  const image = execFileSync('cat', [iid], { encoding: 'utf8' }).trim();
  execFileSync(
    'buildah',
    [...s, 'push', '--signature-policy', policy, '--tls-verify=false', image, `docker://${reference}`],
    quiet,
  );
  const digest = JSON.parse(
    execFileSync('skopeo', ['inspect', '--tls-verify=false', `docker://${reference}`], { encoding: 'utf8' }),
  ).Digest as string;
  const registriesConf = join(dir, 'registries.conf');
  writeFileSync(registriesConf, `[[registry]]\nlocation = "${registry.host}"\ninsecure = true\n`);
  return { reference, digest, registriesConf };
}

/** An application built FROM the base: a RUN step with the shell the base brings. */
export function writeApp(dir: string, base: string): string {
  const context = join(dir, 'app');
  mkdirSync(context, { recursive: true });
  writeFileSync(
    join(context, 'Dockerfile'),
    [
      `FROM ${base}`,
      'RUN ["/bin/busybox", "sh", "-c", "echo built > /built"]',
      'CMD ["/bin/busybox", "cat", "/built"]',
      '',
    ].join('\n'),
  );
  return context;
}

/** The image's referrers, as the referrers tag schema records them (the registry has no referrers API). */
export async function referrersOf(client: RegistryClient, repository: string, digest: string) {
  const stored = await client.getManifest(repository, referrersTag(digest), MEDIA_TYPES.ociIndex);
  return stored ? (JSON.parse(stored.bytes.toString('utf8')) as ImageIndex).manifests : [];
}

/** The referrer manifest and the sigstore bundle it holds. */
export async function readBundle(
  client: RegistryClient,
  repository: string,
  referrer: string,
): Promise<{ manifest: ImageManifest; bytes: Buffer; bundle: Bundle }> {
  const stored = await client.getManifest(repository, referrer, MEDIA_TYPES.ociManifest);
  if (!stored) throw new Error(`no referrer ${referrer}`);
  const manifest = JSON.parse(stored.bytes.toString('utf8')) as ImageManifest;
  const bytes = await client.getBlob(repository, manifest.layers[0].digest);
  return { manifest, bytes, bundle: bundleFromJSON(JSON.parse(bytes.toString('utf8'))) };
}

/** The in-toto statement a DSSE bundle signs. */
export function statementOf(bundle: Bundle): ProvenanceStatement {
  if (bundle.content.$case !== 'dsseEnvelope') throw new Error('not a DSSE bundle');
  return JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8'));
}
