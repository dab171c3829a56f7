import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type Descriptor, type ImageIndex, type ImageManifest } from '../../../shared/src/oci/types';
import { policySchema, type Policy } from '../../../shared/src/policy';
import { signAfterPush } from '../../../shared/src/signing/sign-step';
import { silentLogger } from '../../utils/loggers';
import { pushRandomImage } from '../../utils/images';

/** Pushes a small single-layer OCI image under a tag and returns its manifest descriptor. */
export async function pushTestImage(client: RegistryClient, repository: string, tag: string): Promise<Descriptor> {
  const { digest, bytes } = await pushRandomImage(client, repository, tag, { layerSize: 64 });
  return { mediaType: MEDIA_TYPES.ociManifest, digest, size: bytes.length };
}

/** Signs an image of `repository` (a single-layout policy's repository) as build-sign-push does, with a PEM private key. */
export async function signWithPemKey(
  client: RegistryClient,
  registryHost: string,
  repository: string,
  digest: string,
  privateKeyPem: string,
): Promise<void> {
  await signAfterPush({
    policy: policySchema.parse({
      version: 1,
      system: 'piksel',
      registry: { layout: 'single', repository },
      signing: { method: 'key', key: 'env://SIGNING_KEY' },
    }),
    inputs: {},
    client,
    repository,
    digest,
    reference: `${registryHost}/${repository}`,
    aws: {} as never,
    logger: silentLogger,
    env: { SIGNING_KEY: privateKeyPem },
  });
}

/** The manifest (or index) stored at `ref`, parsed; throws when there is none. */
export async function storedManifest(
  client: RegistryClient,
  repository: string,
  ref: string,
  accept: string = MEDIA_TYPES.ociManifest,
): Promise<ImageManifest & ImageIndex> {
  const stored = await client.getManifest(repository, ref, accept);
  if (!stored) throw new Error(`no manifest at ${ref}`);
  return JSON.parse(stored.bytes.toString('utf8')) as ImageManifest & ImageIndex;
}

/** A policy of system `piksel` (one repository, `piksel-core`) with this signing section. */
export function signingPolicy(signing: Record<string, unknown>): Policy {
  return policySchema.parse({
    version: 1,
    system: 'piksel',
    region: 'eu-central-1',
    registry: { layout: 'single', repository: 'piksel-core' },
    signing,
  });
}

/** A scratch directory for key files and payloads handed to openssl. */
export function scratch(): { dir: string; file(name: string, content: string | Buffer): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'signing-'));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `openssl dgst -sha256 -verify`: true when openssl prints Verified OK. */
export function opensslVerifies(publicKeyPem: string, signature: Buffer, payload: Buffer): boolean {
  const s = scratch();
  try {
    const args = [
      'dgst',
      '-sha256',
      '-verify',
      s.file('pub.pem', publicKeyPem),
      '-signature',
      s.file('sig.bin', signature),
      s.file('payload.json', payload),
    ];
    try {
      return execFileSync('openssl', args, { encoding: 'utf8' }).includes('Verified OK');
    } catch {
      return false;
    }
  } finally {
    s.remove();
  }
}

export function openssl(args: string[], cwd: string): string {
  return execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
