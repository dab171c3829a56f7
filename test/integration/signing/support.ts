import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestOf } from '../../../shared/src/oci/digest';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type Descriptor, type ImageManifest } from '../../../shared/src/oci/types';

/** Pushes a small single-layer OCI image under a tag and returns its manifest descriptor. */
export async function pushTestImage(client: RegistryClient, repository: string, tag: string): Promise<Descriptor> {
  const layer = randomBytes(64);
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [digestOf(layer)] } }),
  );
  for (const blob of [layer, config])
    await client.pushBlob(repository, { digest: digestOf(blob), size: blob.length }, blob);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: MEDIA_TYPES.ociConfig, digest: digestOf(config), size: config.length },
    layers: [{ mediaType: MEDIA_TYPES.ociLayer, digest: digestOf(layer), size: layer.length }],
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const put = await client.putManifest(repository, tag, { bytes, mediaType: MEDIA_TYPES.ociManifest });
  return { mediaType: MEDIA_TYPES.ociManifest, digest: put.digest, size: bytes.length };
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
