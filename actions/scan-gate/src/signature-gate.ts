import { KMSClient } from '@aws-sdk/client-kms';
import type { AwsClients } from '../../../shared/src/aws/clients';
import { openRegistry, type RegistrySession } from '../../../shared/src/oci/session';
import type { Policy, SigningPolicy } from '../../../shared/src/policy';
import type { ActionContext } from '../../../shared/src/runtime/context';
import type { ScannedImage } from '../../../shared/src/scan/image';
import type { SignatureCheck, SignatureGate } from '../../../shared/src/scan/signature';
import type { SignatureTrust, VerificationResult } from '../../../shared/src/signing/types';
import { trustFromPolicy, verifyImageSignatures } from '../../../shared/src/signing/verify';
import type { ScanGateSettings } from './settings';

export interface SignatureGateContext {
  ctx: ActionContext;
  policy: Policy;
  settings: ScanGateSettings;
  aws: () => AwsClients;
}

const ECR_HOST = /\.dkr(?:-fips)?\.ecr\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/;

/**
 * The trust the gate verifies with: the policy's signing.trust, plus the KMS key the policy signs with
 * (method kms), so a policy that signs with a key does not have to list that key twice.
 */
export function gateTrust(signing: SigningPolicy): Pick<SigningPolicy, 'trust'> {
  const own = signing.method === 'kms' && signing.key?.startsWith('awskms://') ? [signing.key] : [];
  return { trust: { ...signing.trust, kmsKeys: [...new Set([...signing.trust.kmsKeys, ...own])] } };
}

/** What verification found, as the gate reports it. */
export function signatureCheckOf(result: VerificationResult): SignatureCheck {
  if (result.verified.length) {
    const formats = [...new Set(result.verified.map((c) => c.format))].join(', ');
    return {
      status: 'verified',
      detail: `${result.verified.length} signature(s) verified (${formats}).`,
      signers: [...new Set(result.verified.map((c) => c.signer).filter((s): s is string => Boolean(s)))],
    };
  }
  if (result.rejected.length) {
    return {
      status: 'untrusted',
      detail: `${result.rejected.length} signature(s) found, none trusted: ${result.rejected
        .map((c) => `${c.format} (${c.reason}): ${c.detail}`)
        .join('; ')}`,
    };
  }
  return {
    status: 'unsigned',
    detail: 'No signature was found on the image (referrers API, referrers tag and cosign .sig tag).',
  };
}

/** The registry to read signatures from: the `registry` input, the image's own host when it is not ECR, else ECR. */
export function registryInputFor(settings: ScanGateSettings, image: ScannedImage): string | undefined {
  if (settings.registry) return settings.registry;
  if (image.registry && !ECR_HOST.test(image.registry)) return image.registry;
  return undefined;
}

/** The policy's gate trust and a session on the registry the image is read from, as the gates verify with. */
export async function openGateSession(
  context: SignatureGateContext,
  image: ScannedImage,
): Promise<{ trust: SignatureTrust; session: RegistrySession }> {
  const { ctx, policy, settings, aws } = context;
  const trust = trustFromPolicy(gateTrust(policy.signing), { env: ctx.env, logger: ctx.logger });
  const registryInput = registryInputFor(settings, image);
  const session = await openRegistry({
    registryInput,
    aws: registryInput ? undefined : aws(),
    env: ctx.env,
    logger: ctx.logger,
  });
  return { trust, session };
}

/**
 * The signature gate of a real run: the image's signatures, read from its registry, verified under the
 * policy's trust. Every signature must be over this very digest, by a trusted key or identity.
 */
export function registrySignatureGate(context: SignatureGateContext): SignatureGate {
  const { ctx, aws } = context;
  return {
    async check(image) {
      const { trust, session } = await openGateSession(context, image);
      ctx.logger.info(`Verifying the signatures of ${image.repository}@${image.digest} on ${session.host}.`);
      const result = await verifyImageSignatures({
        client: session.client,
        repository: image.repository,
        digest: image.digest,
        trust,
        kms: () => aws().client(KMSClient),
        logger: ctx.logger,
      });
      return signatureCheckOf(result);
    },
  };
}
