import { ConfigurationError } from '../runtime/errors';
import type { ImageReference } from './types';
import { isDigest } from './digest';

export const DOCKER_HUB = 'docker.io';

/**
 * Parses an image reference as docker and skopeo do: `redis` is `docker.io/library/redis:latest`,
 * a first component with a dot, a colon or `localhost` is a registry host, `@sha256:...` pins a digest.
 */
export function parseImageReference(text: string): ImageReference {
  const input = text.trim().replace(/^docker:\/\//, '');
  const fail = (why: string) =>
    new ConfigurationError(
      `'${text}' is not an image reference (${why}); write it as [registry/]repository[:tag][@sha256:<digest>].`,
    );
  if (!input) throw fail('it is empty');
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) throw fail(`'${digest}' is not a sha256 digest`);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) throw fail(`'${tag}' is not a valid tag`);
  }
  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
    registry = parts.shift()!;
  }
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DOCKER_HUB;
  let repository = parts.join('/');
  if (registry === DOCKER_HUB && parts.length === 1) repository = `library/${repository}`;
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository)) {
    throw fail(`'${repository}' is not a valid repository name (lower case letters, digits, '.', '_', '-', '/')`);
  }
  if (!tag && !digest) tag = 'latest';
  return { registry, repository, tag, digest };
}

/** `registry/repository[:tag][@digest]`, the way people write it. */
export function formatImageReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The API base URL of a registry host: Docker Hub's API lives elsewhere; loopback hosts speak plain HTTP. */
export function registryBaseUrl(host: string): string {
  if (/^https?:\/\//.test(host)) return host.replace(/\/+$/, '');
  if (host === DOCKER_HUB) return 'https://registry-1.docker.io';
  const name = host.replace(/:\d+$/, '');
  const loopback = name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
  return `${loopback ? 'http' : 'https'}://${host}`;
}
