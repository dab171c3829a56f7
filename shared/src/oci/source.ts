import { ConfigurationError } from '../runtime/errors';
import { parseImageReference } from './reference';

// Parsing stays apart from reading: the action parses its inputs before it loads anything heavy.

/** Parses `oci:<dir>[:<ref>]`'s part after `oci:`. */
export function parseLayoutSource(spec: string): { dir: string; ref?: string } {
  const colon = spec.lastIndexOf(':');
  // A colon in a Windows drive letter (C:\...) is not a ref separator.
  if (colon > 1 && !spec.slice(colon + 1).includes('/')) {
    return { dir: spec.slice(0, colon), ref: spec.slice(colon + 1) || undefined };
  }
  return { dir: spec };
}

/** Parses `docker-archive:<file>[:<repo:tag>]`'s part after `docker-archive:`. */
export function parseDockerArchiveSource(spec: string): { file: string; ref?: string } {
  const m = /^(.*?\.tar(?:\.gz)?):(.+)$/.exec(spec);
  return m ? { file: m[1], ref: m[2] } : { file: spec };
}

/** Where an image comes from, in skopeo's transport syntax, or a build when no source is given. */
export type ImageSourceSpec =
  | { kind: 'oci'; dir: string; ref?: string; text: string }
  | { kind: 'docker-archive'; file: string; ref?: string; text: string }
  | { kind: 'docker'; reference: string; text: string }
  | { kind: 'build'; text: string };

export function parseImageSource(source: string | undefined): ImageSourceSpec {
  if (!source) return { kind: 'build', text: 'build' };
  if (source.startsWith('oci:')) {
    const rest = source.slice('oci:'.length);
    if (!rest) throw new ConfigurationError("Input 'source' is 'oci:' without a directory; write oci:<dir>[:<ref>].");
    return { kind: 'oci', ...parseLayoutSource(rest), text: source };
  }
  if (source.startsWith('docker-archive:')) {
    const rest = source.slice('docker-archive:'.length);
    if (!rest)
      throw new ConfigurationError("Input 'source' is 'docker-archive:' without a file; write docker-archive:<file>.");
    return { kind: 'docker-archive', ...parseDockerArchiveSource(rest), text: source };
  }
  if (source.startsWith('docker://')) {
    parseImageReference(source);
    return { kind: 'docker', reference: source.slice('docker://'.length), text: source };
  }
  throw new ConfigurationError(
    `Input 'source' is '${source}'; it must start with oci:, docker-archive: or docker:// (such as oci:./image, docker-archive:image.tar, docker://redis:7), or be left empty to build.`,
  );
}
