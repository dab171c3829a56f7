import { createHash, type Hash } from 'node:crypto';

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;

/** The sha256 digest of some bytes, as the registry names them (`sha256:<hex>`). */
export function digestOf(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function isDigest(value: string): boolean {
  return DIGEST_PATTERN.test(value);
}

/** Hashes bytes as they pass, so a blob's digest is checked without a second read. */
export class DigestAccumulator {
  private readonly hash: Hash = createHash('sha256');
  private count = 0;
  private result: string | undefined;
  update(bytes: Buffer): void {
    this.hash.update(bytes);
    this.count += bytes.length;
  }
  get bytes(): number {
    return this.count;
  }
  digest(): string {
    this.result ??= `sha256:${this.hash.digest('hex')}`;
    return this.result;
  }
}
