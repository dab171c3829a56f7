import type { X509Certificate } from 'node:crypto';

/**
 * The certificate rules of notation's trust policy (Notary Project signature specification, "Certificate
 * Requirements"): the signing certificate is no CA, may sign (digitalSignature) and, when it says what for, is for
 * code signing; every certificate above it is a CA that may sign certificates (keyCertSign).
 */

const KEY_USAGE_OID = Buffer.from([0x06, 0x03, 0x55, 0x1d, 0x0f]);
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';

export interface KeyUsage {
  digitalSignature: boolean;
  keyCertSign: boolean;
}

/**
 * The KeyUsage extension (RFC 5280 4.2.1.3) of a certificate, read from its DER: OID 2.5.29.15, an optional
 * critical flag, then an OCTET STRING that wraps the BIT STRING. Node's X509Certificate does not expose it.
 */
export function keyUsageOf(cert: X509Certificate): KeyUsage | undefined {
  const der = cert.raw;
  let at = der.indexOf(KEY_USAGE_OID);
  if (at < 0) return undefined;
  at += KEY_USAGE_OID.length;
  if (der[at] === 0x01) at += 2 + der[at + 1]; // critical BOOLEAN
  if (der[at] !== 0x04 || der[at + 2] !== 0x03) return undefined;
  const length = der[at + 3];
  // BIT STRING: one byte of unused bits, then the bits, the first named bit as the most significant.
  const first = length >= 2 ? der[at + 5] : 0;
  return { digitalSignature: (first & 0x80) !== 0, keyCertSign: (first & 0x04) !== 0 };
}

const name = (cert: X509Certificate) => cert.subject.replace(/\n/g, ', ');

/** Why the signing certificate may not sign code, or undefined. */
export function leafProblem(leaf: X509Certificate): string | undefined {
  if (leaf.ca) return `the signing certificate '${name(leaf)}' is a CA certificate (basicConstraints CA:TRUE)`;
  const usage = keyUsageOf(leaf);
  if (!usage?.digitalSignature) {
    return `the signing certificate '${name(leaf)}' has no keyUsage digitalSignature`;
  }
  // Node names the extended key usage OIDs `keyUsage`; absent means any purpose.
  const purposes = leaf.keyUsage;
  if (purposes && purposes.length > 0 && !purposes.includes(CODE_SIGNING)) {
    return `the signing certificate '${name(leaf)}' is not for code signing (extendedKeyUsage ${purposes.join(', ')})`;
  }
  return undefined;
}

/** Why a certificate may not issue the one below it, or undefined. */
export function issuerProblem(issuer: X509Certificate): string | undefined {
  if (!issuer.ca) return `'${name(issuer)}' issues a certificate but is no CA (basicConstraints)`;
  const usage = keyUsageOf(issuer);
  if (usage && !usage.keyCertSign) return `'${name(issuer)}' issues a certificate without keyUsage keyCertSign`;
  return undefined;
}

/**
 * Whether a chain (leaf first) leads to one of the roots, each link issued and signed by the next, with the
 * constraints above; returns why not, or undefined when it does.
 */
export function chainProblem(chain: X509Certificate[], roots: X509Certificate[]): string | undefined {
  const leaf = leafProblem(chain[0]);
  if (leaf) return leaf;
  for (let i = 0; i + 1 < chain.length; i++) {
    if (!chain[i].checkIssued(chain[i + 1]) || !chain[i].verify(chain[i + 1].publicKey)) {
      return `certificate ${i + 1} of the chain is not issued by certificate ${i + 2}`;
    }
    const problem = issuerProblem(chain[i + 1]);
    if (problem) return problem;
  }
  const last = chain[chain.length - 1];
  const anchor = roots.find(
    (root) => root.fingerprint256 === last.fingerprint256 || (last.checkIssued(root) && last.verify(root.publicKey)),
  );
  if (!anchor) return 'the certificate chain does not lead to a configured root certificate';
  return anchor.fingerprint256 === last.fingerprint256 ? undefined : issuerProblem(anchor);
}
