import { constants, verify, type KeyObject } from 'node:crypto';

/**
 * Whether a signature over sha256(data) verifies with a public key: ECDSA (DER or raw r||s), RSA PKCS#1 v1.5,
 * or RSA-PSS (any salt length), as cosign, KMS and AWS Signer produce them.
 */
export function verifySha256Signature(key: KeyObject, data: Buffer, signature: Buffer): boolean {
  try {
    if (key.asymmetricKeyType === 'ec') {
      return (
        verify('sha256', data, key, signature) || verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature)
      );
    }
    if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
      return (
        (key.asymmetricKeyType === 'rsa' && verify('sha256', data, key, signature)) ||
        verify(
          'sha256',
          data,
          { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
          signature,
        )
      );
    }
    return false;
  } catch {
    return false;
  }
}
