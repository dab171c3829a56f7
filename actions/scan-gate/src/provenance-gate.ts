import { KMSClient } from '@aws-sdk/client-kms';
import { verifyProvenance } from '../../../shared/src/provenance/verify';
import type { ProvenanceGate } from '../../../shared/src/scan/provenance';
import { openGateSession, type SignatureGateContext } from './signature-gate';

/**
 * The provenance gate of a real run: the image's SLSA provenance, read from its registry, verified under the
 * policy's signing trust (the keys and identities signatures are trusted by) and judged by the policy's
 * provenance.builders and provenance.sourceRefs.
 */
export function registryProvenanceGate(context: SignatureGateContext): ProvenanceGate {
  const { ctx, policy, aws } = context;
  return {
    async check(image) {
      const { trust, session } = await openGateSession(context, image);
      ctx.logger.info(`Verifying the provenance of ${image.repository}@${image.digest} on ${session.host}.`);
      return verifyProvenance({
        client: session.client,
        repository: image.repository,
        digest: image.digest,
        trust,
        rules: policy.provenance,
        kms: () => aws().client(KMSClient),
        logger: ctx.logger,
      });
    },
  };
}
