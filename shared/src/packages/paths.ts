import { ConfigurationError } from '../runtime/errors';

/**
 * Key safety: every S3 key this action writes is `<prefix>/<relative key>`, and every segment that comes
 * from a user (a name, a version, a file name) is checked here so that nothing can leave the system's prefix.
 */

/** S3's limit on a key: 1,024 bytes of UTF-8, the whole key (prefix included). */
export const MAX_KEY_BYTES = 1024;

/** Why a segment is refused, or undefined when it is safe. */
export function unsafeSegmentReason(segment: string): string | undefined {
  if (segment.length === 0) return 'it is empty';
  if (segment === '.' || segment === '..') return `'${segment}' would leave its folder`;
  if (segment.includes('/')) return 'it contains a slash';
  if (segment.includes('\\')) return 'it contains a backslash';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(segment)) return 'it contains a control character';
  // A percent-encoded byte could be decoded by a CDN or client into a separator or a dot.
  if (/%[0-9a-f]{2}/i.test(segment)) return 'it contains a percent-encoded character';
  if (segment.trim() !== segment) return 'it starts or ends with white space';
  if (segment.length > 255) return 'it is longer than 255 characters';
  return undefined;
}

/**
 * Checks one user-supplied path segment. `what` names it for the user, such as "npm package name
 * '@acme/../x'" or "zip version '1.0/..'".
 */
export function assertSafeSegment(segment: string, what: string): string {
  const reason = unsafeSegmentReason(segment);
  if (reason)
    throw new ConfigurationError(`The ${what} is not allowed: ${reason}. Use letters, digits, '.', '-' and '_'.`);
  return segment;
}

/**
 * Checks a key relative to the system's prefix: no leading slash, no empty, dot or encoded segments.
 * A trailing slash is allowed (the PEP 503 page of a project is served at `simple/<name>/`).
 */
export function assertSafeRelativeKey(key: string): string {
  if (key.length === 0) throw new ConfigurationError('An empty object key was planned; this is not allowed.');
  if (key.startsWith('/'))
    throw new ConfigurationError(`The key '${key}' is absolute; keys are relative to the prefix.`);
  // The prefix adds at least two bytes ('p/'); storeKey checks the whole key.
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes > MAX_KEY_BYTES - 2) {
    throw new ConfigurationError(
      `The key '${key.slice(0, 80)}...' is ${bytes} bytes in UTF-8; S3 allows ${MAX_KEY_BYTES} for the whole key. Use a shorter name, version or file name.`,
    );
  }
  const segments = key.endsWith('/') ? key.slice(0, -1).split('/') : key.split('/');
  for (const segment of segments) {
    const reason = unsafeSegmentReason(segment);
    if (reason) throw new ConfigurationError(`The key '${key}' is not allowed: a segment '${segment}': ${reason}.`);
  }
  return key;
}

/** Checks the system's prefix (from the policy or the `prefix` input) and drops surrounding slashes. */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  if (!trimmed) throw new ConfigurationError("Input 'prefix' is empty; the package store needs the system's prefix.");
  for (const segment of trimmed.split('/')) {
    const reason = unsafeSegmentReason(segment);
    if (reason)
      throw new ConfigurationError(`The prefix '${prefix}' is not allowed: a segment '${segment}': ${reason}.`);
  }
  return trimmed;
}

/** `<prefix>/<key>`, both checked, the whole within S3's 1,024 bytes: the only way a full key is built. */
export function storeKey(prefix: string, relativeKey: string): string {
  const key = `${normalizePrefix(prefix)}/${assertSafeRelativeKey(relativeKey)}`;
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes > MAX_KEY_BYTES) {
    throw new ConfigurationError(
      `The key '${key.slice(0, 80)}...' is ${bytes} bytes in UTF-8 (prefix '${normalizePrefix(prefix)}' included); ` +
        `S3 allows at most ${MAX_KEY_BYTES}. Use a shorter prefix, name, version or file name (nothing was written).`,
    );
  }
  return key;
}

/** The public URL of a relative key: segments are percent-encoded, slashes kept. */
export function publicUrl(storeUrl: string, relativeKey: string): string {
  const encoded = relativeKey.split('/').map((s) => encodeURIComponent(s).replace(/%40/g, '@'));
  return `${storeUrl.replace(/\/+$/, '')}/${encoded.join('/')}`;
}
