import { digestOf } from '../../src/oci/digest';
import type { ReferrerRegistry } from '../../src/oci/referrers';
import {
  MEDIA_TYPES,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type StoredManifest,
} from '../../src/oci/types';

/** An in-memory registry; with `api` it answers OCI-Subject and serves the referrers API, as ECR does. */
export class MemoryRegistry implements ReferrerRegistry {
  blobs = new Map<string, Buffer>();
  manifests = new Map<string, StoredManifest>();
  constructor(private readonly api: boolean) {}
  async pushBlob(_repo: string, blob: { digest: string }, body: Buffer) {
    this.blobs.set(blob.digest, body);
  }
  async getBlob(_repo: string, digest: string) {
    return this.blobs.get(digest)!;
  }
  async getManifest(_repo: string, ref: string) {
    return this.manifests.get(ref);
  }
  async putManifest(_repo: string, ref: string, m: { bytes: Buffer; mediaType: string }) {
    const stored = { ...m, digest: digestOf(m.bytes) };
    this.manifests.set(ref, stored);
    this.manifests.set(stored.digest, stored);
    const subject = (JSON.parse(m.bytes.toString()) as ImageManifest).subject;
    return { digest: stored.digest, subjectHeader: this.api && subject ? subject.digest : undefined };
  }
  async referrersApi(_repo: string, digest: string): Promise<ImageIndex | undefined> {
    if (!this.api) return undefined;
    const manifests: Descriptor[] = [];
    for (const [ref, m] of this.manifests) {
      if (ref !== m.digest) continue;
      const doc = JSON.parse(m.bytes.toString()) as ImageManifest;
      if (doc.subject?.digest === digest) {
        manifests.push({
          mediaType: m.mediaType,
          digest: m.digest,
          size: m.bytes.length,
          artifactType: doc.artifactType,
        });
      }
    }
    return { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests };
  }
}
