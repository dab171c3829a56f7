import type { KMSClient } from '@aws-sdk/client-kms';
import type { ReferrerRegistry } from '../../../../shared/src/oci/referrers';
import type { Logger } from '../../../../shared/src/runtime/logger';
import { errorMessage } from '../../../../shared/src/runtime/errors';
import type { SignatureTrust, VerificationResult } from '../../../../shared/src/signing/types';
import { verifyImageSignatures } from '../../../../shared/src/signing/verify';
import { verifyProvenance, type ProvenanceRules } from '../../../../shared/src/provenance/verify';
import type { ImageProvenance, ImageSignature } from './types';

/** What verification found, in the inventory's words. */
export function signatureOf(result: VerificationResult): ImageSignature {
  if (result.verified.length) {
    const formats = [...new Set(result.verified.map((c) => c.format))].join(', ');
    const signers = [...new Set(result.verified.map((c) => c.signer).filter((s): s is string => Boolean(s)))];
    return { status: 'verified', detail: `${result.verified.length} signature(s) verified (${formats})`, signers };
  }
  if (result.rejected.length) {
    return {
      status: 'untrusted',
      detail: `${result.rejected.length} signature(s), none trusted: ${[...new Set(result.rejected.map((c) => c.reason))].join(', ')}`,
    };
  }
  return { status: 'unsigned', detail: 'no signature (referrers, referrers tag, cosign .sig tag)' };
}

export function unknownSignature(detail: string): ImageSignature {
  return { status: 'unknown', detail };
}

export interface SignatureVerifier {
  verify(repository: string, digest: string): Promise<ImageSignature>;
  /** The image's provenance under the policy's rules; absent when the policy does not require one. */
  provenance?(repository: string, digest: string): Promise<ImageProvenance>;
}

/**
 * Verifies through the registry under the policy's trust; a check that cannot run (network, permissions, KMS)
 * is "unknown" with its reason, never a failure of the whole report.
 */
export function registryVerifier(
  client: ReferrerRegistry,
  trust: SignatureTrust,
  options: { kms?: () => KMSClient; logger: Logger; provenance?: ProvenanceRules },
): SignatureVerifier {
  const rules = options.provenance;
  return {
    ...(rules
      ? {
          async provenance(repository: string, digest: string): Promise<ImageProvenance> {
            try {
              const check = await verifyProvenance({ client, repository, digest, trust, rules, kms: options.kms });
              return { status: check.status, detail: check.detail, builder: check.builder, sourceRef: check.sourceRef };
            } catch (err) {
              return { status: 'unknown', detail: `the check could not run: ${errorMessage(err)}` };
            }
          },
        }
      : {}),
    async verify(repository, digest) {
      try {
        const result = await verifyImageSignatures({
          client,
          repository,
          digest,
          trust,
          kms: options.kms,
          logger: options.logger,
        });
        return signatureOf(result);
      } catch (err) {
        return unknownSignature(`the check could not run: ${errorMessage(err)}`);
      }
    },
  };
}

/**
 * A KMS client whose answers are kept: verification asks for the same trusted public key for every image, and
 * a key does not change during one report.
 */
export function cachingKms(open: () => KMSClient): () => KMSClient {
  const answers = new Map<string, Promise<unknown>>();
  let client: KMSClient | undefined;
  const proxy = {
    send(command: { input: unknown; constructor: { name: string } }) {
      const key = `${command.constructor.name} ${JSON.stringify(command.input)}`;
      let answer = answers.get(key);
      if (!answer) {
        client ??= open();
        answer = client.send(command as never);
        answers.set(key, answer);
        // A refused call is not kept: the next image asks again (and reports the same reason).
        answer.catch(() => answers.delete(key));
      }
      return answer;
    },
  };
  return () => proxy as unknown as KMSClient;
}
