import { conforms, kmsKey } from '../policy/formats';
import { ConfigurationError } from '../runtime/errors';

/** Where a signing or verification key comes from, as the user named it. */
export type KeyReference =
  | { kind: 'kms'; keyId: string; text: string }
  | { kind: 'env'; variable: string; text: string }
  | { kind: 'file'; path: string; text: string }
  | { kind: 'pem'; pem: string; text: string }
  | { kind: 'keyless'; text: string };

const KEY_FORMS =
  'awskms:///alias/<name>, awskms:///arn:aws:kms:<region>:<account>:key/<id>, env://<VARIABLE>, file://<path>, an inline PEM, or keyless';

/** Parses a key reference: `awskms:///alias/x`, `awskms:///arn:...`, `env://VAR`, `file://path`, inline PEM, `keyless`. */
export function parseKeyReference(text: string): KeyReference {
  const value = text.trim();
  if (value === 'keyless') return { kind: 'keyless', text: value };
  if (value.startsWith('-----BEGIN ')) return { kind: 'pem', pem: value, text: '<inline PEM>' };
  if (value.startsWith('awskms://')) {
    const rest = value.slice('awskms://'.length);
    if (!rest.startsWith('/')) {
      throw new ConfigurationError(
        `Key '${value}' names a KMS endpoint; write awskms:///<key> (three slashes) and set AWS_ENDPOINT_URL_KMS for a custom endpoint.`,
      );
    }
    const keyId = rest.slice(1);
    if (!conforms(kmsKey, keyId)) {
      throw new ConfigurationError(`Key '${value}' is not a KMS key reference; write it as one of ${KEY_FORMS}.`);
    }
    return { kind: 'kms', keyId, text: value };
  }
  if (value.startsWith('env://')) {
    const variable = value.slice('env://'.length);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
      throw new ConfigurationError(`Key '${value}' does not name an environment variable; write env://VARIABLE_NAME.`);
    }
    return { kind: 'env', variable, text: value };
  }
  if (value.startsWith('file://')) {
    const path = value.slice('file://'.length);
    if (!path) throw new ConfigurationError(`Key '${value}' has no path; write file://path/to/key.pem.`);
    return { kind: 'file', path, text: value };
  }
  throw new ConfigurationError(`Key '${value}' is not a key reference; write it as one of ${KEY_FORMS}.`);
}
