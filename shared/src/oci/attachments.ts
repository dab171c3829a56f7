import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigurationError, errorMessage } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { SummaryBuilder } from '../runtime/summary';
import { digestOf } from './digest';
import {
  attachReferrer,
  listReferrers,
  readImageManifest,
  referrerManifest,
  type ReferrerArtifact,
  type ReferrerRegistry,
} from './referrers';
import { MANIFEST_ACCEPT, type Descriptor } from './types';

/**
 * Files that travel with an image (Kubernetes manifests, a compose file, an SBOM, release notes), stored as OCI 1.1
 * artifacts whose `subject` is the image: one layer holding the file, the empty config, an `artifactType` and the
 * file's name as `org.opencontainers.image.title`. A deploy job lists them by type and fetches exactly the files
 * that belong to the digest it deploys.
 */

export const TITLE_ANNOTATION = 'org.opencontainers.image.title';

/** The artifact types detected from a file, and the media type of the file's layer. */
export const ATTACHMENT_TYPES = {
  kubernetes: { artifactType: 'application/vnd.k8s.manifests+yaml', layerMediaType: 'application/yaml' },
  compose: {
    artifactType: 'application/vnd.docker.compose.project',
    layerMediaType: 'application/vnd.docker.compose.file+yaml',
  },
  spdxJson: { artifactType: 'application/spdx+json', layerMediaType: 'application/spdx+json' },
  spdxTagValue: { artifactType: 'text/spdx', layerMediaType: 'text/spdx' },
  cyclonedxJson: { artifactType: 'application/vnd.cyclonedx+json', layerMediaType: 'application/vnd.cyclonedx+json' },
  cyclonedxXml: { artifactType: 'application/vnd.cyclonedx+xml', layerMediaType: 'application/vnd.cyclonedx+xml' },
  markdown: { artifactType: 'text/markdown', layerMediaType: 'text/markdown' },
  text: { artifactType: 'text/plain', layerMediaType: 'text/plain' },
  yaml: { artifactType: 'application/yaml', layerMediaType: 'application/yaml' },
  json: { artifactType: 'application/json', layerMediaType: 'application/json' },
  binary: { artifactType: 'application/octet-stream', layerMediaType: 'application/octet-stream' },
} as const;

export interface AttachmentType {
  artifactType: string;
  layerMediaType: string;
}

/** One line of the `attach` input: a path, and an artifact type when given. */
export interface AttachmentSpec {
  path: string;
  artifactType?: string;
}

/** A media type of a registered top-level type (RFC 6838), so that `dir/a=b/c` stays a path. */
const MEDIA_TYPE =
  /^(application|text|image|audio|video|font|model|message|multipart)\/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,126}$/;

/** Parses `<path>[=<artifactType>]` lines; the type is what follows the last `=` when it is a media type. */
export function parseAttachSpecs(lines: string[]): AttachmentSpec[] {
  const specs: AttachmentSpec[] = [];
  for (const line of lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    const eq = line.lastIndexOf('=');
    const candidate = eq > 0 ? line.slice(eq + 1).trim() : '';
    if (eq > 0 && MEDIA_TYPE.test(candidate)) {
      specs.push({ path: line.slice(0, eq).trim(), artifactType: candidate });
    } else if (eq > 0 && candidate !== '' && !candidate.includes('/')) {
      throw new ConfigurationError(
        `attach: "${line}": "${candidate}" is not a media type; write <path>=<type>/<subtype>, such as sbom.json=application/spdx+json.`,
      );
    } else {
      specs.push({ path: line });
    }
  }
  const seen = new Set<string>();
  for (const s of specs) {
    if (seen.has(s.path)) throw new ConfigurationError(`attach: '${s.path}' is listed twice; list each file once.`);
    seen.add(s.path);
  }
  return specs;
}

function looksLikeKubernetes(docs: unknown[]): boolean {
  const objects = docs.filter((d) => d !== null && d !== undefined);
  return (
    objects.length > 0 &&
    objects.every(
      (d) =>
        typeof d === 'object' &&
        typeof (d as Record<string, unknown>).apiVersion === 'string' &&
        typeof (d as Record<string, unknown>).kind === 'string',
    )
  );
}

function looksLikeCompose(doc: unknown, name: string): boolean {
  if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/i.test(name)) return true;
  return typeof doc === 'object' && doc !== null && typeof (doc as Record<string, unknown>).services === 'object';
}

/**
 * The type of a file, from its content first and its name second: Kubernetes manifests (every YAML document has
 * apiVersion and kind), a compose file, SPDX and CycloneDX SBOMs (JSON, XML or tag-value), Markdown, plain text,
 * other YAML or JSON, else bytes.
 */
export function detectAttachmentType(name: string, bytes: Buffer): AttachmentType {
  const ext = extname(name).toLowerCase();
  const text = bytes.toString('utf8');
  if (ext === '.json') {
    try {
      const doc = JSON.parse(text) as Record<string, unknown>;
      if (typeof doc.spdxVersion === 'string') return ATTACHMENT_TYPES.spdxJson;
      if (doc.bomFormat === 'CycloneDX') return ATTACHMENT_TYPES.cyclonedxJson;
      if (typeof doc.apiVersion === 'string' && typeof doc.kind === 'string') return ATTACHMENT_TYPES.kubernetes;
    } catch {
      return ATTACHMENT_TYPES.binary;
    }
    return ATTACHMENT_TYPES.json;
  }
  if (ext === '.yaml' || ext === '.yml') {
    try {
      const docs = parseAllDocuments(text).map((d) => {
        if (d.errors.length) throw d.errors[0];
        return d.toJS() as unknown;
      });
      if (looksLikeKubernetes(docs)) return ATTACHMENT_TYPES.kubernetes;
      if (docs.length === 1 && looksLikeCompose(docs[0], basename(name))) return ATTACHMENT_TYPES.compose;
    } catch {
      // Not parseable YAML: still YAML by name, stored as such.
    }
    return ATTACHMENT_TYPES.yaml;
  }
  if (ext === '.xml' && /<bom[\s>][^]*cyclonedx/i.test(text.slice(0, 4096))) return ATTACHMENT_TYPES.cyclonedxXml;
  if (ext === '.spdx' || /^SPDXVersion:\s*SPDX-/m.test(text.slice(0, 4096))) return ATTACHMENT_TYPES.spdxTagValue;
  if (ext === '.md' || ext === '.markdown') return ATTACHMENT_TYPES.markdown;
  if (ext === '.txt' || ext === '') {
    return bytes.includes(0) ? ATTACHMENT_TYPES.binary : ATTACHMENT_TYPES.text;
  }
  return ATTACHMENT_TYPES.binary;
}

/** The layer media type that goes with an artifact type given by the user. */
function layerMediaTypeFor(artifactType: string, detected: AttachmentType): string {
  const known = Object.values(ATTACHMENT_TYPES).find((t) => t.artifactType === artifactType);
  return known ? known.layerMediaType : detected.layerMediaType;
}

export interface AttachmentResult {
  path: string;
  title: string;
  artifactType: string;
  /** The attachment manifest's digest; unknown in a dry run of an image not pushed yet. */
  digest?: string;
  /** The file's own digest (its layer). */
  fileDigest: string;
  size: number;
  /** `attached` now, `unchanged` when the same file was already attached to this image. */
  status: 'attached' | 'unchanged' | 'planned';
  via?: 'referrers-api' | 'tag-schema';
}

/** A file read and typed, ready to attach: reading happens before anything is pushed. */
export interface PreparedAttachment {
  path: string;
  title: string;
  artifactType: string;
  layerMediaType: string;
  bytes: Buffer;
  fileDigest: string;
}

/**
 * Reads the files of the `attach` specs and decides their types. Throws a ConfigurationError for a file that
 * cannot be read or two files of one name (the title a deploy job finds them by), before any write.
 */
export async function prepareAttachments(
  specs: AttachmentSpec[],
  resolvePath: (path: string) => string = (p) => p,
): Promise<PreparedAttachment[]> {
  const titles = new Map<string, string>();
  for (const spec of specs) {
    const title = basename(spec.path);
    const other = titles.get(title);
    if (other !== undefined) {
      throw new ConfigurationError(
        `attach: '${other}' and '${spec.path}' have the same file name '${title}', which is how a deploy job finds them; rename one.`,
      );
    }
    titles.set(title, spec.path);
  }
  return Promise.all(
    specs.map(async (spec) => {
      let bytes: Buffer;
      try {
        bytes = await readFile(resolvePath(spec.path));
      } catch (err) {
        throw new ConfigurationError(`attach: cannot read '${spec.path}': ${errorMessage(err)}`);
      }
      const title = basename(spec.path);
      const detected = detectAttachmentType(title, bytes);
      const artifactType = spec.artifactType ?? detected.artifactType;
      return {
        path: spec.path,
        title,
        artifactType,
        layerMediaType: layerMediaTypeFor(artifactType, detected),
        bytes,
        fileDigest: digestOf(bytes),
      };
    }),
  );
}

export interface AttachFilesOptions {
  dryRun?: boolean;
  logger?: Logger;
}

/**
 * Attaches prepared files to an image. The manifest of an attachment holds no time, so the same file on the same
 * image is the same manifest: a re-run finds it among the image's referrers and writes nothing.
 */
export async function attachFiles(
  client: ReferrerRegistry,
  repository: string,
  subject: Descriptor,
  files: PreparedAttachment[],
  options: AttachFilesOptions = {},
): Promise<AttachmentResult[]> {
  const existing = await listReferrers(client, repository, subject.digest);
  const results: AttachmentResult[] = [];
  for (const file of files) {
    const { title, artifactType } = file;
    const artifact: ReferrerArtifact = {
      artifactType,
      layers: [{ mediaType: file.layerMediaType, bytes: file.bytes, annotations: { [TITLE_ANNOTATION]: title } }],
      annotations: { [TITLE_ANNOTATION]: title },
    };
    const base = { path: file.path, title, artifactType, fileDigest: file.fileDigest, size: file.bytes.length };
    const planned = plannedDigest(subject, artifact);
    if (existing.referrers.some((d) => d.digest === planned)) {
      options.logger?.info(`${title} (${artifactType}) is already attached to ${subject.digest} as ${planned}.`);
      results.push({ ...base, digest: planned, status: 'unchanged' });
      continue;
    }
    const sameTitle = existing.referrers.filter(
      (d) => d.artifactType === artifactType && d.annotations?.[TITLE_ANNOTATION] === title,
    );
    if (sameTitle.length) {
      options.logger?.warning(
        `${subject.digest} already has an attachment '${title}' (${artifactType}) with other content (${sameTitle
          .map((d) => d.digest)
          .join(', ')}); both stay attached and a deploy job will see both.`,
      );
    }
    if (options.dryRun) {
      results.push({ ...base, digest: planned, status: 'planned' });
      continue;
    }
    const attached = await attachReferrer(client, repository, subject, artifact, options.logger);
    options.logger?.info(`Attached ${title} (${artifactType}) to ${subject.digest} as ${attached.descriptor.digest}.`);
    results.push({ ...base, digest: attached.descriptor.digest, status: 'attached', via: attached.via });
  }
  return results;
}

/**
 * Attaches prepared files to the image with this digest in the repository (its descriptor read from the
 * registry). In a dry run of an image not pushed yet, the attachment digests cannot be known: they are left out.
 */
export async function attachToImage(
  client: ReferrerRegistry,
  repository: string,
  digest: string,
  files: PreparedAttachment[],
  options: AttachFilesOptions = {},
): Promise<AttachmentResult[]> {
  if (files.length === 0) return [];
  const stored = await client.getManifest(repository, digest, MANIFEST_ACCEPT);
  if (!stored) {
    if (options.dryRun) {
      return files.map((f) => ({
        path: f.path,
        title: f.title,
        artifactType: f.artifactType,
        fileDigest: f.fileDigest,
        size: f.bytes.length,
        status: 'planned',
      }));
    }
    throw new Error(`The image ${repository}@${digest} to attach files to is not in the registry.`);
  }
  const subject: Descriptor = { mediaType: stored.mediaType, digest, size: stored.bytes.length };
  return attachFiles(client, repository, subject, files, options);
}

/** The job summary's part for attachments: each file, its type, digest and what happened. */
export function renderAttachmentSummary(results: AttachmentResult[], imageRef: string): string {
  if (results.length === 0) return '';
  const state = { attached: 'attached', unchanged: 'already attached', planned: 'would be attached' };
  const summary = new SummaryBuilder()
    .heading('Attachments', 3)
    .table(
      ['File', 'Artifact type', 'Attachment digest', 'State'],
      results.map((r) => [
        r.title,
        `\`${r.artifactType}\``,
        r.digest ? `\`${r.digest}\`` : 'known after the push',
        state[r.status],
      ]),
    )
    .paragraph('List and fetch them by type:')
    .code(
      [
        `oras discover --format tree ${imageRef}`,
        `oras pull --output attachments/ ${imageRef.replace(/@.*$/, '')}@<attachment digest>`,
      ].join('\n'),
      'sh',
    );
  return `\n${summary.toString()}`;
}

function plannedDigest(subject: Descriptor, artifact: ReferrerArtifact): string {
  // The same serialisation attachReferrer uses, so that "already attached" is an exact digest match.
  return digestOf(Buffer.from(JSON.stringify(referrerManifest(subject, artifact))));
}

/** An image's attachments: its referrers that carry a title, of one artifact type when given. */
export async function listAttachments(
  client: ReferrerRegistry,
  repository: string,
  digest: string,
  artifactType?: string,
): Promise<Descriptor[]> {
  const { referrers } = await listReferrers(client, repository, digest, artifactType);
  return referrers.filter((d) => d.annotations?.[TITLE_ANNOTATION] !== undefined);
}

export interface FetchedAttachment {
  title: string;
  artifactType?: string;
  mediaType: string;
  bytes: Buffer;
  digest: string;
}

/**
 * The file of an attachment, given its descriptor from listAttachments: reads the manifest by digest (checked),
 * then its single layer (checked against the layer's digest, and its size against the descriptor's).
 */
export async function fetchAttachment(
  client: ReferrerRegistry,
  repository: string,
  descriptor: Descriptor,
): Promise<FetchedAttachment> {
  const read = await readImageManifest(client, repository, descriptor.digest);
  if (!read) throw new Error(`Attachment ${descriptor.digest} is not in ${repository}.`);
  const { manifest } = read;
  if (manifest.layers.length !== 1) {
    throw new Error(
      `Attachment ${descriptor.digest} has ${manifest.layers.length} layers; an attachment holds one file.`,
    );
  }
  const layer = manifest.layers[0];
  const bytes = await client.getBlob(repository, layer.digest);
  if (digestOf(bytes) !== layer.digest || bytes.length !== layer.size) {
    throw new Error(`The file of attachment ${descriptor.digest} does not match its digest ${layer.digest}.`);
  }
  return {
    title: layer.annotations?.[TITLE_ANNOTATION] ?? manifest.annotations?.[TITLE_ANNOTATION] ?? layer.digest,
    artifactType: manifest.artifactType,
    mediaType: layer.mediaType,
    bytes,
    digest: layer.digest,
  };
}

/** A title that is safe as a file name in a directory: one path segment, no traversal, no control characters. */
export function isSafeAttachmentTitle(title: string): boolean {
  return (
    title.length > 0 &&
    title.length <= 255 &&
    title !== '.' &&
    title !== '..' &&
    !/[/\\]/.test(title) &&
    !/\p{Cc}/u.test(title)
  );
}

/**
 * What a deploy job calls: writes every attachment of the image (of one artifact type when given) into a
 * directory, each under its title, each checked against its digest. A title that is not a plain file name
 * (`../x`, `a/b`) is refused rather than written, since the registry's content is not trusted to name paths.
 */
export async function downloadAttachments(
  client: ReferrerRegistry,
  repository: string,
  digest: string,
  directory: string,
  artifactType?: string,
): Promise<{ title: string; path: string; digest: string; artifactType?: string }[]> {
  const descriptors = await listAttachments(client, repository, digest, artifactType);
  const fetched = [];
  for (const descriptor of descriptors) {
    const file = await fetchAttachment(client, repository, descriptor);
    if (!isSafeAttachmentTitle(file.title)) {
      throw new Error(
        `Attachment ${descriptor.digest} of ${repository}@${digest} is titled '${file.title}', which is not a plain file name; nothing was written.`,
      );
    }
    fetched.push(file);
  }
  const titles = new Set<string>();
  for (const f of fetched) {
    if (titles.has(f.title)) {
      throw new Error(
        `${repository}@${digest} has more than one attachment titled '${f.title}'${artifactType ? ` of type ${artifactType}` : ''}; list them with listAttachments and choose by digest.`,
      );
    }
    titles.add(f.title);
  }
  await mkdir(directory, { recursive: true });
  const written = [];
  for (const f of fetched) {
    const path = join(directory, f.title);
    await writeFile(path, f.bytes);
    written.push({ title: f.title, path, digest: f.digest, artifactType: f.artifactType });
  }
  return written;
}
