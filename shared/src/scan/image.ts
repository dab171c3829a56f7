import { ConfigurationError } from '../runtime/errors';

/** The image a gate judges: always pinned by digest. */
export interface ScannedImage {
  /** Registry host, such as 123456789012.dkr.ecr.eu-central-1.amazonaws.com; undefined when the input had none. */
  registry?: string;
  repository: string;
  /** sha256:<64 hex> */
  digest: string;
  /** The account of an ECR registry host, when the host names one. */
  registryId?: string;
  /** The region of an ECR registry host, when the host names one. */
  region?: string;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const ECR_HOST = /^(\d{12})\.dkr(?:-fips)?\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;

/** repo@sha256:abcdef012345… : short enough for a log line, long enough to tell images apart. */
export function shortImage(image: ScannedImage): string {
  return `${image.repository}@${image.digest.slice(0, 19)}…`;
}

export function imageName(image: ScannedImage): string {
  return `${image.registry ? `${image.registry}/` : ''}${image.repository}@${image.digest}`;
}

/**
 * Parses `<registry>/<repository>@sha256:...` or `<repository>@sha256:...`. A tag alone is refused: a tag
 * can be moved between the scan and the deployment, so the gate would judge one image and pass another.
 * A reference with both a tag and a digest is judged by its digest.
 */
export function parseScannedImage(input: string): ScannedImage {
  const text = input.trim().replace(/^docker:\/\//, '');
  const at = text.indexOf('@');
  if (at < 0) {
    throw new ConfigurationError(
      `Input 'image' is '${input}', which has no digest. scan-gate judges an image by digest, never by tag, because a tag can be moved to another image after the scan. Pass '<repository>@sha256:...', such as the 'image-uri' or 'digest' output of build-sign-push.`,
    );
  }
  const digest = text.slice(at + 1);
  if (!DIGEST.test(digest)) {
    throw new ConfigurationError(
      `Input 'image' is '${input}'; the part after '@' must be a digest 'sha256:' followed by 64 lowercase hex digits.`,
    );
  }
  let name = text.slice(0, at);
  // name:tag@digest: the digest decides, the tag is only a label.
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  if (colon >= 0) name = name.slice(0, colon);
  let registry: string | undefined;
  const first = name.split('/')[0];
  if (name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    name = name.slice(first.length + 1);
  }
  if (!REPOSITORY.test(name)) {
    throw new ConfigurationError(
      `Input 'image' is '${input}'; '${name}' is not a repository name (lowercase letters, digits, and . _ - separators, path parts joined by /).`,
    );
  }
  const ecr = registry ? ECR_HOST.exec(registry) : null;
  return {
    registry,
    repository: name,
    digest,
    registryId: ecr?.[1],
    region: ecr?.[2],
  };
}
