import { ConfigurationError } from '../runtime/errors';
import { parseDockerArchiveSource } from './docker-archive';
import { parseLayoutSource } from './layout';
import { parseImageReference } from './reference';

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
