import { createHash, createPublicKey, sign as cryptoSign, constants, type KeyObject } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand, type KMSClient, type SigningAlgorithmSpec } from '@aws-sdk/client-kms';
import type { FulcioSigner } from '@sigstore/sign';
import { ConfigurationError, errorMessage } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { requestTimeouts, type RequestTimeouts } from '../runtime/timeouts';
import { parseKeyReference, type KeyReference } from './key-reference';
import { keyFingerprint, loadPrivateKey, readKeyMaterial } from './keys';
import { awsErrorName, isAccessDenied, isNotFound } from '../aws/errors';

/** What a signature was made with; verification needs it for RSA keys. */
export type SignatureAlgorithm = 'ecdsa-sha256' | 'rsa-pkcs1v15-sha256' | 'rsa-pss-sha256';

export interface SignOutput {
  /** The signature over sha256(data): ASN.1 DER for ECDSA, as cosign writes it. */
  signature: Buffer;
  /** PEM certificates, leaf first, when the key is certified (keyless). */
  certificateChain?: string[];
}

/** Signs bytes with a key held in KMS, in a PEM, or certified by Fulcio for this run (keyless). */
export interface Signer {
  readonly kind: 'kms' | 'key' | 'keyless';
  /** The key as the user named it (never its material). */
  readonly reference: string;
  /** The public key; undefined for keyless, whose key lives only for this run. */
  publicKey(): Promise<KeyObject | undefined>;
  /** Who signs: the key reference and fingerprint, or the keyless certificate identity. */
  identity(): Promise<string>;
  sign(data: Buffer): Promise<SignOutput>;
}

export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/** Signs with a private key held in memory (from a PEM or a cosign-encrypted key). */
export class PrivateKeySigner implements Signer {
  readonly kind = 'key' as const;
  constructor(
    private readonly key: KeyObject,
    readonly reference: string,
  ) {}
  async publicKey(): Promise<KeyObject> {
    return createPublicKey(this.key);
  }
  async identity(): Promise<string> {
    return `${this.reference} (${keyFingerprint(this.key)})`;
  }
  async sign(data: Buffer): Promise<SignOutput> {
    // RSA keys sign PKCS#1 v1.5, which is what cosign verifies for RSA public keys.
    const signature =
      this.key.asymmetricKeyType === 'rsa-pss'
        ? cryptoSign('sha256', data, { key: this.key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })
        : cryptoSign('sha256', data, this.key);
    return { signature };
  }
}

/** The signing algorithm for a KMS key spec: ECDSA P-256, or RSA (PKCS#1 v1.5 preferred, as cosign verifies it). */
export function kmsSigningAlgorithm(keySpec: string | undefined, offered: string[] | undefined): SigningAlgorithmSpec {
  const available = offered ?? [];
  if (keySpec === 'ECC_NIST_P256') return 'ECDSA_SHA_256';
  if (keySpec?.startsWith('RSA_')) {
    if (!available.length || available.includes('RSASSA_PKCS1_V1_5_SHA_256')) return 'RSASSA_PKCS1_V1_5_SHA_256';
    if (available.includes('RSASSA_PSS_SHA_256')) return 'RSASSA_PSS_SHA_256';
  }
  throw new ConfigurationError(
    `KMS key spec ${keySpec ?? 'unknown'} cannot sign cosign-compatible signatures; create an asymmetric SIGN_VERIFY key with spec ECC_NIST_P256 or RSA_2048/3072/4096.`,
  );
}

/** Signs with an AWS KMS key: `Sign` over the sha256 digest (MessageType DIGEST); the key never leaves KMS. */
export class KmsSigner implements Signer {
  readonly kind = 'kms' as const;
  private details?: Promise<{ key: KeyObject; algorithm: SigningAlgorithmSpec }>;
  constructor(
    private readonly kms: KMSClient,
    readonly keyId: string,
    readonly reference: string,
  ) {}

  private describe(): Promise<{ key: KeyObject; algorithm: SigningAlgorithmSpec }> {
    this.details ??= (async () => {
      let out;
      try {
        out = await this.kms.send(new GetPublicKeyCommand({ KeyId: this.keyId }));
      } catch (err) {
        throw kmsError(err, this.reference, 'GetPublicKey');
      }
      if (!out.PublicKey) throw new Error(`KMS returned no public key for ${this.reference}.`);
      if (out.KeyUsage && out.KeyUsage !== 'SIGN_VERIFY') {
        throw new ConfigurationError(
          `KMS key ${this.reference} has key usage ${out.KeyUsage}; signing needs an asymmetric key with usage SIGN_VERIFY.`,
        );
      }
      const key = createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' });
      return { key, algorithm: kmsSigningAlgorithm(out.KeySpec, out.SigningAlgorithms) };
    })();
    return this.details;
  }

  async publicKey(): Promise<KeyObject> {
    return (await this.describe()).key;
  }
  async algorithm(): Promise<SigningAlgorithmSpec> {
    return (await this.describe()).algorithm;
  }
  async identity(): Promise<string> {
    return `${this.reference} (${keyFingerprint(await this.publicKey())})`;
  }
  async sign(data: Buffer): Promise<SignOutput> {
    const { algorithm } = await this.describe();
    const digest = createHash('sha256').update(data).digest();
    let out;
    try {
      out = await this.kms.send(
        new SignCommand({ KeyId: this.keyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: algorithm }),
      );
    } catch (err) {
      throw kmsError(err, this.reference, 'Sign');
    }
    if (!out.Signature) throw new Error(`KMS returned no signature for ${this.reference}.`);
    return { signature: Buffer.from(out.Signature) };
  }
}

function kmsError(err: unknown, reference: string, operation: string): Error {
  const name = awsErrorName(err);
  if (isNotFound(err) || isAccessDenied(err) || ['DisabledException', 'KMSInvalidStateException'].includes(name)) {
    return new ConfigurationError(
      `KMS ${operation} on ${reference} failed (${name}: ${errorMessage(err)}). Check that the key exists in this region, is enabled, and that the role may call kms:${operation} on it.`,
    );
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** Claims of an OIDC token, read without verification (Fulcio verifies the token). */
export function tokenClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) throw new ConfigurationError('The OIDC token for keyless signing is not a JWT.');
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The certificate identity Fulcio issues for a token: the workflow URI for GitHub, else the email or subject. */
export function keylessIdentityOf(claims: Record<string, unknown>): { issuer: string; subject: string } {
  const issuer = String(claims.iss ?? '');
  if (issuer === GITHUB_OIDC_ISSUER && typeof claims.job_workflow_ref === 'string') {
    return { issuer, subject: `https://github.com/${claims.job_workflow_ref}` };
  }
  const subject = typeof claims.email === 'string' ? claims.email : String(claims.sub ?? '');
  return { issuer, subject };
}

export interface KeylessOptions {
  /** Returns a fresh OIDC token with audience `sigstore` (GitHub: core.getIDToken('sigstore')). */
  getToken: () => Promise<string>;
  fulcioUrl?: string;
  rekorUrl?: string;
  logger?: Logger;
  /** Injected in tests; the actions' defaults otherwise. */
  timeouts?: Partial<RequestTimeouts>;
}

/**
 * Fulcio and Rekor requests, bounded like every other request of the actions: @sigstore/sign waits without limit
 * unless given a timeout, and retries (5xx, 408, 429, no answer) only as often as it is told.
 */
export function sigstoreRequestOptions(timeouts: Partial<RequestTimeouts> = {}) {
  const { idleMs, timedOutAttempts } = requestTimeouts(timeouts);
  return { timeout: idleMs, retry: { retries: timedOutAttempts - 1, minTimeout: 500, maxTimeout: 4000 } };
}

/** Keyless: an ephemeral key, certified by Fulcio for the OIDC identity of this run. */
export class KeylessSigner implements Signer {
  readonly kind = 'keyless' as const;
  readonly reference = 'keyless';
  private token?: Promise<string>;
  private fulcio?: Promise<FulcioSigner>;
  constructor(readonly options: KeylessOptions) {}
  /** The Fulcio client; @sigstore/sign and its HTTP stack are loaded by the first keyless signature, not at start-up. */
  private fulcioSigner(): Promise<FulcioSigner> {
    this.fulcio ??= import('@sigstore/sign').then(
      ({ FulcioSigner: Fulcio }) =>
        new Fulcio({
          ...sigstoreRequestOptions(this.options.timeouts),
          fulcioBaseURL: this.options.fulcioUrl ?? DEFAULT_FULCIO_URL,
          identityProvider: { getToken: () => this.oidcToken() },
        }),
    );
    return this.fulcio;
  }
  oidcToken(): Promise<string> {
    this.token ??= this.options.getToken().then((t) => {
      this.options.logger?.setSecret(t);
      return t;
    });
    return this.token;
  }
  async publicKey(): Promise<undefined> {
    return undefined;
  }
  async identity(): Promise<string> {
    const id = keylessIdentityOf(tokenClaims(await this.oidcToken()));
    return `${id.subject} (issuer ${id.issuer})`;
  }
  async expectedIdentity(): Promise<{ issuer: string; subject: string }> {
    return keylessIdentityOf(tokenClaims(await this.oidcToken()));
  }
  async sign(data: Buffer): Promise<SignOutput> {
    const out = await (await this.fulcioSigner()).sign(data);
    if (out.key.$case !== 'x509Certificate') throw new Error('Fulcio returned no certificate.');
    return { signature: out.signature, certificateChain: [out.key.certificate] };
  }
}

export interface OpenSignerOptions {
  kms?: () => KMSClient;
  password?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  keyless?: Omit<KeylessOptions, 'logger'>;
  logger?: Logger;
}

/** Opens the signer a key reference names. */
export function openSigner(reference: string | KeyReference, options: OpenSignerOptions = {}): Signer {
  const ref = typeof reference === 'string' ? parseKeyReference(reference) : reference;
  if (options.password) options.logger?.setSecret(options.password);
  switch (ref.kind) {
    case 'kms':
      if (!options.kms) throw new Error('openSigner: a KMS client is needed for awskms:// keys.');
      return new KmsSigner(options.kms(), ref.keyId, ref.text);
    case 'keyless':
      if (!options.keyless) {
        throw new ConfigurationError(
          "Keyless signing needs the job's OIDC token: give the job `permissions: id-token: write`.",
        );
      }
      return new KeylessSigner({ ...options.keyless, logger: options.logger });
    default: {
      const pem = readKeyMaterial(ref, options);
      return new PrivateKeySigner(loadPrivateKey(pem, options.password), ref.text);
    }
  }
}
