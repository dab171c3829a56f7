import { ECRClient } from '@aws-sdk/client-ecr';
import { KMSClient } from '@aws-sdk/client-kms';
import { SignerClient } from '@aws-sdk/client-signer';
import type { AwsClients } from '../aws/clients';
import type { ReferrerRegistry } from '../oci/referrers';
import { MANIFEST_ACCEPT } from '../oci/types';
import type { Policy } from '../policy/schema';
import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { parseKeyReference } from './key-reference';
import { publicKeyPem, readKeyMaterial } from './keys';
import { certificatesInPem, signImage } from './sign-image';
import { KeylessSigner, openSigner, type Signer } from './signers';
import { trustFromPolicy } from './verify';
import { SIGNATURE_FORMATS, type SignatureFormat } from './types';

/** The signing inputs of an action. */
export interface SignStepInputs {
  sign?: boolean;
  signingKey?: string;
  signingKeyPassword?: string;
  signingProfile?: string;
  signatureFormat?: string;
}

/** Whether this run signs: the `sign` input when given, else whether the policy names a signing method. */
export function signingEnabled(policy: Pick<Policy, 'signing'>, inputs: Pick<SignStepInputs, 'sign'>): boolean {
  return inputs.sign ?? policy.signing.method !== 'none';
}

export interface SignStepArgs {
  policy: Pick<Policy, 'signing'>;
  inputs: SignStepInputs;
  client: ReferrerRegistry;
  repository: string;
  digest: string;
  /** registry/repository of the image (no tag). */
  reference: string;
  aws: { kms(): KMSClient; signer(): SignerClient; ecr(): ECRClient };
  logger: Logger;
  /** An OIDC token with audience `sigstore` (keyless). */
  getIdToken?: (audience: string) => Promise<string>;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  fulcioUrl?: string;
  rekorUrl?: string;
  trustedRoot?: unknown;
  ecrTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
}

/** The AWS clients signing may use (KMS, Signer, ECR), each made from the run's session when first asked for. */
export function signingClients(aws: () => AwsClients): SignStepArgs['aws'] {
  return {
    kms: () => aws().client(KMSClient),
    signer: () => aws().client(SignerClient),
    ecr: () => aws().client(ECRClient),
  };
}

export interface SignStepResult {
  signatureDigest?: string;
  format?: SignatureFormat;
  skipped: boolean;
  /** The key or identity, for the job summary. */
  identity?: string;
  /** The public key that verifies the signature (key-based), PEM. */
  publicKey?: string;
  /** The exact command that verifies the signature with cosign or notation. */
  howToVerify: string;
  message: string;
}

/** The format by the input, the policy, or the signing method. */
export function resolveSignatureFormat(input: string | undefined, signing: Policy['signing']): SignatureFormat {
  const chosen = input ?? signing.format;
  if (chosen) {
    if (!(SIGNATURE_FORMATS as readonly string[]).includes(chosen)) {
      throw new ConfigurationError(`signature-format '${chosen}' is not one of ${SIGNATURE_FORMATS.join(', ')}.`);
    }
    return chosen as SignatureFormat;
  }
  if (signing.method === 'signer') return 'notation';
  if (signing.method === 'ecr-managed') return 'ecr-managed';
  return 'sigstore-bundle';
}

function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:@=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The command a person runs to check the signature independently. */
export function verificationCommand(
  format: SignatureFormat,
  imageRef: string,
  signer: { kind: 'kms' | 'key' | 'keyless'; reference: string } | undefined,
  keyless?: { issuer: string; subject: string },
): string {
  if (format === 'notation' || format === 'ecr-managed') {
    return `notation verify ${imageRef}   # with a trust policy whose trustedIdentities name the signing profile`;
  }
  const legacy = format === 'cosign-legacy' ? ' --new-bundle-format=false' : '';
  if (signer?.kind === 'keyless' && keyless) {
    return `cosign verify --certificate-identity ${shellQuote(keyless.subject)} --certificate-oidc-issuer ${shellQuote(keyless.issuer)}${legacy} ${imageRef}`;
  }
  const key = signer?.kind === 'kms' ? signer.reference : 'cosign.pub';
  return `cosign verify --key ${key} --insecure-ignore-tlog=true${legacy} ${imageRef}`;
}

/** Signing resolved from the inputs and the policy, checked before anything is pushed. */
export interface PreparedSigning {
  enabled: boolean;
  format?: SignatureFormat;
  signer?: Signer;
  /** AWS Signer profile (notation through SignPayload). */
  profile?: string;
  certificateChain?: string[];
}

export type PrepareSigningArgs = Omit<SignStepArgs, 'client' | 'repository' | 'digest' | 'reference'>;

/**
 * Resolves and checks the signing set-up (format, key reference, key material, password) so a mistake stops the
 * run before the push rather than leaving an unsigned image behind. Contacts no service.
 */
export function prepareSigning(args: PrepareSigningArgs): PreparedSigning {
  const { policy, inputs, logger } = args;
  const signing = policy.signing;
  if (inputs.signingKeyPassword) logger.setSecret(inputs.signingKeyPassword);
  const enabled = signingEnabled(policy, inputs);
  if (!enabled) return { enabled };
  const format = resolveSignatureFormat(inputs.signatureFormat, signing);
  if (format === 'ecr-managed') return { enabled, format };
  const profile = inputs.signingProfile ?? signing.profile;
  const keyText = inputs.signingKey ?? signing.key ?? (signing.method === 'keyless' ? 'keyless' : undefined);
  if (format === 'notation' && profile !== undefined && inputs.signingKey === undefined) {
    return { enabled, format, profile };
  }
  if (!keyText) {
    throw new ConfigurationError(
      format === 'notation'
        ? 'Notation signing needs an AWS Signer profile: set signing-profile (or signing.profile in the policy).'
        : `Signing (${format}) needs a key: set the signing-key input or signing.key in the policy (awskms:///alias/<name>, env://VAR, file://path or keyless).`,
    );
  }
  const ref = parseKeyReference(keyText);
  const getIdToken = args.getIdToken;
  const signer = openSigner(ref, {
    kms: () => args.aws.kms(),
    password: inputs.signingKeyPassword,
    env: args.env,
    cwd: args.cwd,
    logger,
    ...(getIdToken
      ? {
          keyless: {
            getToken: () => getIdToken('sigstore'),
            fulcioUrl: args.fulcioUrl ?? signing.fulcioUrl,
            rekorUrl: args.rekorUrl ?? signing.rekorUrl,
          },
        }
      : {}),
  });
  if (signer.kind === 'keyless' && format === 'notation') {
    throw new ConfigurationError(
      'Keyless signatures are sigstore signatures; set signature-format to sigstore-bundle or cosign-legacy, or sign notation with an AWS Signer profile.',
    );
  }
  const certificateChain =
    format === 'notation' && (ref.kind === 'env' || ref.kind === 'file' || ref.kind === 'pem')
      ? certificatesInPem(readKeyMaterial(ref, { env: args.env, cwd: args.cwd, logger }))
      : undefined;
  if (format === 'notation' && !certificateChain?.length) {
    logger.warning(
      'The notation signature will carry no certificate, so only a trusted public key verifies it (notation verify needs a certificate chain): put the certificate chain after the private key in the key file, or sign with an AWS Signer profile.',
    );
  }
  return { enabled, format, signer, certificateChain };
}

/** Signs a pushed image by digest as the inputs and the policy's `signing` section say. */
export async function signAfterPush(args: SignStepArgs & { prepared?: PreparedSigning }): Promise<SignStepResult> {
  const { policy, logger } = args;
  const signing = policy.signing;
  const prepared = args.prepared ?? prepareSigning(args);
  const { format, signer, certificateChain } = prepared;
  if (!prepared.enabled || !format) {
    return { skipped: true, howToVerify: '', message: 'Signing is off (sign input or signing.method none).' };
  }
  const imageRef = `${args.reference}@${args.digest}`;
  const stored = await args.client.getManifest(args.repository, args.digest, MANIFEST_ACCEPT);
  if (!stored) throw new Error(`The image ${imageRef} was not found right after its push.`);
  const subject = {
    client: args.client,
    repository: args.repository,
    descriptor: { mediaType: stored.mediaType, digest: args.digest, size: stored.bytes.length },
    dockerReference: args.reference,
  };

  let trust;
  try {
    trust = trustFromPolicy(signing, { env: args.env, cwd: args.cwd, trustedRoot: args.trustedRoot });
  } catch {
    // The policy's trust only helps the idempotency check; signing does not depend on it.
    trust = undefined;
  }
  const result = await signImage({
    subject,
    format,
    signer,
    signingProfile: prepared.profile,
    signerClient: () => args.aws.signer(),
    ecr: () => args.aws.ecr(),
    certificateChain,
    rekorUrl: args.rekorUrl ?? signing.rekorUrl,
    trust: {
      rootCertificates: trust?.rootCertificates ?? [],
      ...(trust?.trustedRoot !== undefined ? { trustedRoot: trust.trustedRoot } : {}),
    },
    ecrTimeoutMs: args.ecrTimeoutMs,
    sleep: args.sleep,
    now: args.now,
    logger,
  });
  const key = await signer?.publicKey();
  let keyless: { issuer: string; subject: string } | undefined;
  if (signer instanceof KeylessSigner) keyless = await signer.expectedIdentity();
  return {
    signatureDigest: result.signatureDigest,
    format,
    skipped: result.skipped,
    identity: result.identity,
    ...(key ? { publicKey: publicKeyPem(key) } : {}),
    howToVerify: verificationCommand(format, imageRef, signer, keyless),
    message: result.message,
  };
}

/** The job summary section of the signing step: what signed, and how anyone can check it. */
export function renderSigningSummary(result: SignStepResult): string {
  if (!result.format) return `\n### Signature\n\n${result.message}\n`;
  const lines = [
    '',
    '### Signature',
    '',
    `| | |`,
    `|---|---|`,
    `| format | \`${result.format}\` |`,
    `| signed by | ${result.identity ?? ''} |`,
    `| signature | ${result.signatureDigest ? `\`${result.signatureDigest}\`` : '(stored by ECR)'} |`,
    `| status | ${result.skipped ? 'already signed by this key or identity; nothing added' : 'signed'} |`,
    '',
    'Verify it with:',
    '',
    '```sh',
    result.howToVerify,
    '```',
  ];
  if (result.publicKey && !result.howToVerify.includes('awskms://')) {
    lines.push('', 'where `cosign.pub` is:', '', '```', result.publicKey.trim(), '```');
  }
  return `${lines.join('\n')}\n`;
}
