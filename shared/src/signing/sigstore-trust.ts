import type { KeyObject } from 'node:crypto';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { ConfigurationError, errorMessage } from '../runtime/errors';

/** Trust material that accepts one public key, whatever hint a bundle carries, with no log or timestamp authority. */
export function keyTrustMaterial(key: KeyObject): TrustMaterial {
  return {
    certificateAuthorities: [],
    timestampAuthorities: [],
    tlogs: [],
    ctlogs: [],
    publicKey: () => ({ publicKey: key, validFor: () => true }),
  };
}

/** A sigstore trusted root (Fulcio CAs, Rekor and CT log keys, TSAs) from its JSON form. */
export function trustedRootFromJSON(json: unknown): TrustedRoot {
  try {
    return TrustedRoot.fromJSON(typeof json === 'string' ? JSON.parse(json) : json);
  } catch (err) {
    throw new ConfigurationError(`The sigstore trusted root is not a valid trusted_root.json: ${errorMessage(err)}.`);
  }
}

/** The trust material for keyless verification: the given trusted root, else the public-good one (via TUF). */
export async function keylessTrustMaterial(trustedRoot?: unknown): Promise<TrustMaterial> {
  if (trustedRoot !== undefined) return toTrustMaterial(trustedRootFromJSON(trustedRoot));
  // TUF (and its HTTP stack) is loaded only when a keyless signature is checked against the public-good root.
  const { getTrustedRoot } = await import('@sigstore/tuf');
  return toTrustMaterial(await getTrustedRoot());
}
