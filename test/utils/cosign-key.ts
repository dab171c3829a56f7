import { randomBytes, scryptSync } from 'node:crypto';
import nacl from 'tweetnacl';

/**
 * A private key encrypted as `cosign generate-key-pair` writes it (scrypt + nacl secretbox over the PKCS#8 DER),
 * written from the format. The body is wrapped at 64 characters as PEM is, unless `wrap` is false.
 */
export function cosignEncrypted(
  der: Buffer,
  password: string,
  options: { label?: string; wrap?: boolean } = {},
): string {
  const salt = randomBytes(32);
  const nonce = randomBytes(24);
  const key = scryptSync(password, salt, 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const box = nacl.secretbox(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(key));
  const doc = {
    kdf: { name: 'scrypt', params: { N: 32768, r: 8, p: 1 }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(box).toString('base64'),
  };
  const base64 = Buffer.from(JSON.stringify(doc)).toString('base64');
  const body = options.wrap === false ? base64 : base64.replace(/(.{64})/g, '$1\n');
  const label = options.label ?? 'ENCRYPTED SIGSTORE PRIVATE KEY';
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}
