import { ConfigurationError } from './errors';

/**
 * The inputs that take a URL (or a host, which becomes one): every action.yml's `registry` and `base-url`, and
 * build-sign-push's `source` when it names an upstream image as docker://<host>/<path>.
 */
export const URL_INPUTS: readonly string[] = ['registry', 'base-url', 'source'];

/** The AWS SDK's endpoint variables: AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>. */
export const ENDPOINT_VARIABLE = /^AWS_ENDPOINT_URL(?:_[A-Z0-9_]+)?$/;

const WHERE_CREDENTIALS_GO: Record<string, string> = {
  registry: "give them in the step's env as REGISTRY_USERNAME and REGISTRY_PASSWORD",
  'base-url': 'the base URL is what package clients read, so it must work without credentials',
  source:
    'an upstream image is pulled without credentials; mirror a public image, or cache a private upstream with registry.pullThroughCache and its credentialSecret',
  endpoint: 'AWS credentials come from role-to-assume or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the env',
};

// [scheme://]userinfo@host: the user info is everything before the authority's last @.
const USER_INFO = /^\s*(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?([^/?#\s]*)@/;
// docker://userinfo@host/path: an @ before the first / (docker://redis@sha256:... is a digest, with no / after).
const IMAGE_USER_INFO = /^\s*docker:\/\/([^/\s]*)@[^/\s]*\//;

/** The value's user info (`user:password` of `https://user:password@host`), or undefined when it has none. */
export function urlUserInfo(value: string, kind = 'url'): string | undefined {
  const info = (kind === 'source' ? IMAGE_USER_INFO : USER_INFO).exec(value)?.[1];
  return info ? info : undefined;
}

/** The URL as it may be shown: without its user info. */
export function withoutUserInfo(value: string, kind = 'url'): string {
  const info = urlUserInfo(value, kind);
  return info === undefined ? value.trim() : value.trim().replace(`${info}@`, '');
}

/**
 * The secrets of a user info as they might be printed: whole, the password (or a lone token), and percent-decoded.
 * A user name beside a password is not masked: the runner would hide every occurrence of it, however common.
 */
export function secretsOf(info: string): string[] {
  const colon = info.indexOf(':');
  const parts = colon >= 0 ? [info, info.slice(colon + 1)] : [info];
  const decoded = parts.map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return [...new Set([...parts, ...decoded])].filter((s) => s.length > 0);
}

/**
 * Masks (through `mask`, core.setSecret on the runner) and refuses a URL that carries user info. The message
 * names the input and shows the URL without its user info, never the credentials themselves.
 */
export function refuseUrlCredentials(what: string, value: string, mask: (secret: string) => void, kind: string): void {
  const info = urlUserInfo(value, kind);
  if (info === undefined) return;
  mask(value);
  for (const secret of secretsOf(info)) mask(secret);
  const without = withoutUserInfo(value, kind);
  throw new ConfigurationError(
    `${what} carries credentials in its URL (the part before @); write it without them, as ${without}: ${WHERE_CREDENTIALS_GO[kind] ?? WHERE_CREDENTIALS_GO.endpoint}.`,
  );
}

/** Refuses (after masking) credentials in the AWS endpoint variables of `env`. */
export function refuseEndpointCredentials(env: NodeJS.ProcessEnv, mask: (secret: string) => void): void {
  for (const [name, value] of Object.entries(env)) {
    if (value && ENDPOINT_VARIABLE.test(name)) refuseUrlCredentials(name, value, mask, 'endpoint');
  }
}
