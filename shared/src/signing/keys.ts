import {
  createHash,
  createPrivateKey,
  createPublicKey,
  scryptSync,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import nacl from 'tweetnacl';
import { ConfigurationError, errorMessage } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import type { KeyReference } from './key-reference';

/** PEM labels of cosign's password-encrypted private keys (cosign 2+ and cosign 1). */
const ENCRYPTED_COSIGN_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];

interface CosignEncryptedKey {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

function pemBody(pem: string, label: string): Buffer | undefined {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  return match ? Buffer.from(match[1].replace(/\s+/g, ''), 'base64') : undefined;
}

/** Reads the PEM text a key reference points at (env://, file://, inline); registers it as a secret. */
export function readKeyMaterial(
  ref: KeyReference,
  options: { env?: NodeJS.ProcessEnv; cwd?: string; logger?: Logger } = {},
): string {
  const env = options.env ?? process.env;
  let text: string;
  switch (ref.kind) {
    case 'pem':
      text = ref.pem;
      break;
    case 'env': {
      const value = env[ref.variable];
      if (!value) {
        throw new ConfigurationError(
          `Key ${ref.text}: environment variable ${ref.variable} is empty or unset; pass the PEM key to the step as env ${ref.variable}: \${{ secrets.<NAME> }}.`,
        );
      }
      text = value;
      break;
    }
    case 'file': {
      const path = isAbsolute(ref.path) ? ref.path : resolve(options.cwd ?? process.cwd(), ref.path);
      try {
        text = readFileSync(path, 'utf8');
      } catch (err) {
        throw new ConfigurationError(`Key ${ref.text}: cannot read ${path} (${errorMessage(err)}); check the path.`);
      }
      break;
    }
    default:
      throw new Error(`readKeyMaterial: ${ref.kind} keys have no PEM material.`);
  }
  // Environment variables often carry PEMs with literal \n sequences.
  if (!text.includes('\n') && text.includes('\\n')) text = text.replace(/\\n/g, '\n');
  maskPem(text, options.logger);
  return text.trim();
}

/** Registers a PEM and each of its base64 lines as secrets, so no fragment of it can be printed. */
export function maskPem(text: string, logger?: Logger): void {
  if (!logger) return;
  logger.setSecret(text);
  for (const line of text.split(/\r?\n/)) {
    if (line.length >= 16 && !line.startsWith('-----')) logger.setSecret(line.trim());
  }
}

export function isEncryptedCosignKey(pem: string): boolean {
  return ENCRYPTED_COSIGN_LABELS.some((label) => pem.includes(`-----BEGIN ${label}-----`));
}

/** Decrypts a cosign-encrypted private key: scrypt derives the key, nacl secretbox holds the PKCS#8 DER. */
export function decryptCosignKey(pem: string, password: string): KeyObject {
  const body = ENCRYPTED_COSIGN_LABELS.map((label) => pemBody(pem, label)).find(Boolean);
  if (!body) throw new ConfigurationError('The signing key is not a cosign-encrypted private key.');
  let doc: CosignEncryptedKey;
  try {
    doc = JSON.parse(body.toString('utf8')) as CosignEncryptedKey;
  } catch {
    throw new ConfigurationError(
      'The cosign-encrypted signing key is damaged (its content is not JSON); export it again.',
    );
  }
  if (doc.kdf?.name !== 'scrypt' || doc.cipher?.name !== 'nacl/secretbox') {
    throw new ConfigurationError(
      `The cosign-encrypted signing key uses ${doc.kdf?.name}/${doc.cipher?.name}; only scrypt with nacl/secretbox is supported.`,
    );
  }
  const { N, r, p } = doc.kdf.params;
  const secret = scryptSync(Buffer.from(password, 'utf8'), Buffer.from(doc.kdf.salt, 'base64'), 32, {
    N,
    r,
    p,
    maxmem: 256 * N * r + 1024 * 1024,
  });
  const opened = nacl.secretbox.open(
    new Uint8Array(Buffer.from(doc.ciphertext, 'base64')),
    new Uint8Array(Buffer.from(doc.cipher.nonce, 'base64')),
    new Uint8Array(secret),
  );
  if (!opened) {
    throw new ConfigurationError(
      'The password does not open the cosign-encrypted signing key; check the signing-key-password input (COSIGN_PASSWORD).',
    );
  }
  return createPrivateKey({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
}

/**
 * Loads a private key: PKCS#8, SEC1 EC and PKCS#1 RSA PEMs, encrypted PKCS#8 and cosign-encrypted keys with a
 * password. Only ECDSA P-256 and RSA keys sign cosign-compatible signatures.
 */
export function loadPrivateKey(pem: string, password?: string): KeyObject {
  let key: KeyObject;
  if (isEncryptedCosignKey(pem)) {
    if (password === undefined) {
      throw new ConfigurationError(
        'The signing key is encrypted (cosign); set the signing-key-password input to its password.',
      );
    }
    key = decryptCosignKey(pem, password);
  } else {
    try {
      key = createPrivateKey(password !== undefined ? { key: pem, passphrase: password } : { key: pem });
    } catch (err) {
      const message = errorMessage(err);
      if (/passphrase|decrypt|bad decrypt/i.test(message)) {
        throw new ConfigurationError(
          'The signing key is encrypted and the password does not open it; check the signing-key-password input.',
        );
      }
      throw new ConfigurationError(
        `The signing key is not a PEM private key (PKCS#8, EC or RSA): ${message}. Pass the whole PEM, BEGIN and END lines included.`,
      );
    }
  }
  assertSupportedKey(key);
  return key;
}

/** Loads a public key from a PEM public key (SPKI or PKCS#1) or a certificate. */
export function loadPublicKey(pem: string): KeyObject {
  try {
    if (pem.includes('-----BEGIN CERTIFICATE-----')) return new X509Certificate(pem).publicKey;
    return createPublicKey(pem);
  } catch (err) {
    throw new ConfigurationError(`A trusted public key is not a PEM public key or certificate: ${errorMessage(err)}.`);
  }
}

export function assertSupportedKey(key: KeyObject): void {
  const type = key.asymmetricKeyType;
  if (type === 'rsa' || type === 'rsa-pss') return;
  if (type === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return;
  throw new ConfigurationError(
    `Signing keys must be ECDSA P-256 or RSA (cosign-compatible); this one is ${type}${key.asymmetricKeyDetails?.namedCurve ? ` ${key.asymmetricKeyDetails.namedCurve}` : ''}.`,
  );
}

export function publicKeyPem(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.export({ format: 'pem', type: 'spki' }).toString();
}

/** A short, stable name for a public key: the sha256 of its SPKI DER, as cosign prints key ids. */
export function keyFingerprint(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const der = pub.export({ format: 'der', type: 'spki' });
  return `sha256:${createHash('sha256').update(der).digest('hex')}`;
}
