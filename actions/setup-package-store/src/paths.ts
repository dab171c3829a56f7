import { unsafeSegmentReason } from '../../../shared/src/packages/paths';
import { SIMPLE_HTML } from '../../../shared/src/packages/python-index';

/**
 * What the endpoint serves, as pure functions: the request path is the key relative to the system's prefix, laid out
 * as publish-package writes it (`maven/`, `npm/`, `python/simple/`, `python/files/`), so the clients' URLs are the
 * endpoint's base URL followed by those folders.
 */

/** The URLs each client is given, all under the endpoint's base URL. */
export function clientUrls(endpoint: string): { pip: string; npm: string; maven: string } {
  const base = endpoint.replace(/\/+$/, '');
  return { pip: `${base}/python/simple/`, npm: `${base}/npm/`, maven: `${base}/maven/` };
}

/** A request path mapped to a key of the store, or the status and reason it is refused with. */
export type KeyLookup = { key: string; relative: string } | { status: 400 | 404; reason: string };

/**
 * The S3 key a request path reads: `<prefix>/<path>`, each segment percent-decoded (npm asks for `@scope%2fname`,
 * stored as `npm/@scope/name`) and refused when it could leave the prefix. A trailing slash is kept: pip's pages are
 * stored at `python/simple/<project>/`.
 */
export function keyForPath(prefix: string, rawPath: string): KeyLookup {
  const path = rawPath.split('?')[0].split('#')[0];
  if (!path.startsWith('/') || path === '/') return { status: 404, reason: 'the store has no page at /' };
  let relative: string;
  try {
    relative = path
      .slice(1)
      .split('/')
      .map((s) => decodeURIComponent(s))
      .join('/');
  } catch {
    return { status: 400, reason: `the path ${path} is not valid percent-encoding` };
  }
  const segments = relative.endsWith('/') ? relative.slice(0, -1).split('/') : relative.split('/');
  for (const segment of segments) {
    const reason = unsafeSegmentReason(segment);
    if (reason) return { status: 400, reason: `the path ${path} is refused: a segment ${reason}` };
  }
  return { key: `${prefix}/${relative}`, relative };
}

/** An npm packument (`npm/<name>` or `npm/@scope/name`): JSON whose tarball URLs the endpoint points at itself. */
export function isPackument(relative: string): boolean {
  return /^npm\/(?:@[^/]+\/)?[^/@][^/]*$/.test(relative);
}

const BY_EXTENSION: [RegExp, string][] = [
  [/\.(?:md5|sha1|sha256|sha512|asc)$/, 'text/plain'],
  [/\.(?:pom|xml)$/, 'application/xml'],
  [/\.jar$/, 'application/java-archive'],
  [/\.(?:tgz|tar\.gz)$/, 'application/gzip'],
  [/\.(?:whl|zip)$/, 'application/zip'],
  [/\.json$/, 'application/json'],
  [/\.html$/, SIMPLE_HTML],
];

/**
 * The content type a client expects for a key: pip's pages text/html, npm's packuments JSON, Maven's checksums
 * plain text and poms XML. What the store says wins for anything else; octet-stream when it says nothing.
 */
export function contentTypeFor(relative: string, stored: string | undefined): string {
  if (relative.endsWith('/')) return SIMPLE_HTML;
  if (isPackument(relative)) return 'application/json';
  for (const [pattern, type] of BY_EXTENSION) if (pattern.test(relative)) return type;
  return stored && stored !== 'binary/octet-stream' ? stored : 'application/octet-stream';
}

interface PackumentLike {
  name?: unknown;
  versions?: Record<string, { dist?: { tarball?: unknown } }>;
}

/**
 * The packument with every version's `dist.tarball` pointing at the endpoint: publish-package writes absolute URLs
 * of the store's public base URL, which a private bucket refuses. The file name is kept; npm checks the integrity.
 * A body that is not a packument is returned as it is.
 */
export function rewritePackument(body: Buffer, npmRegistryUrl: string): Buffer {
  let doc: PackumentLike;
  try {
    doc = JSON.parse(body.toString('utf8')) as PackumentLike;
  } catch {
    return body;
  }
  if (typeof doc.name !== 'string' || !doc.versions || typeof doc.versions !== 'object') return body;
  for (const version of Object.values(doc.versions)) {
    const tarball = version?.dist?.tarball;
    if (typeof tarball !== 'string') continue;
    const file = tarball.split('?')[0].split('/').pop();
    if (file) version.dist!.tarball = `${npmRegistryUrl}${doc.name}/-/${file}`;
  }
  return Buffer.from(JSON.stringify(doc), 'utf8');
}
