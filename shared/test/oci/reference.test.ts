import { formatImageReference, parseImageReference, registryBaseUrl } from '../../src/oci/reference';
import { parseDockerArchiveSource, parseImageSource, parseLayoutSource } from '../../src/oci/source';
import { ConfigurationError } from '../../src/runtime/errors';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference follows docker naming', () => {
  test.each([
    ['redis', { registry: 'docker.io', repository: 'library/redis', tag: 'latest' }],
    ['redis:7', { registry: 'docker.io', repository: 'library/redis', tag: '7' }],
    ['docker://bitnami/redis:7.2', { registry: 'docker.io', repository: 'bitnami/redis', tag: '7.2' }],
    ['docker.io/library/redis:7', { registry: 'docker.io', repository: 'library/redis', tag: '7' }],
    ['index.docker.io/redis', { registry: 'docker.io', repository: 'library/redis', tag: 'latest' }],
    ['gcr.io/distroless/static:nonroot', { registry: 'gcr.io', repository: 'distroless/static', tag: 'nonroot' }],
    [
      'quay.io/prometheus/node-exporter',
      { registry: 'quay.io', repository: 'prometheus/node-exporter', tag: 'latest' },
    ],
    ['ghcr.io/acme/tool@' + D, { registry: 'ghcr.io', repository: 'acme/tool', digest: D }],
    ['localhost:5000/app:1@' + D, { registry: 'localhost:5000', repository: 'app', tag: '1', digest: D }],
    ['127.0.0.1:5000/a/b/c', { registry: '127.0.0.1:5000', repository: 'a/b/c', tag: 'latest' }],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual({ tag: undefined, digest: undefined, ...expected });
  });

  test.each([[''], ['Redis'], ['redis@sha256:abc'], ['redis:bad tag'], ['a//b']])('refuses %j', (text) => {
    expect(() => parseImageReference(text)).toThrow(ConfigurationError);
  });

  test('formats back to the usual spelling', () => {
    expect(formatImageReference(parseImageReference('redis:7'))).toBe('docker.io/library/redis:7');
  });
});

describe('registryBaseUrl', () => {
  test.each([
    ['docker.io', 'https://registry-1.docker.io'],
    ['gcr.io', 'https://gcr.io'],
    ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['localhost:5000', 'http://localhost:5000'],
    ['http://10.0.0.1:5000/', 'http://10.0.0.1:5000'],
    ['123456789012.dkr.ecr.eu-central-1.amazonaws.com', 'https://123456789012.dkr.ecr.eu-central-1.amazonaws.com'],
  ])('%s -> %s', (host, url) => expect(registryBaseUrl(host)).toBe(url));
});

describe('source transports', () => {
  test.each([
    [undefined, { kind: 'build' }],
    ['oci:./image', { kind: 'oci', dir: './image' }],
    ['oci:./image:v1', { kind: 'oci', dir: './image', ref: 'v1' }],
    ['oci:/abs/dir:latest', { kind: 'oci', dir: '/abs/dir', ref: 'latest' }],
    ['docker-archive:image.tar', { kind: 'docker-archive', file: 'image.tar' }],
    ['docker-archive:out/image.tar:app:1', { kind: 'docker-archive', file: 'out/image.tar', ref: 'app:1' }],
    ['docker://redis:7', { kind: 'docker', reference: 'redis:7' }],
  ])('%s', (source, expected) => {
    expect(parseImageSource(source)).toMatchObject(expected);
  });

  test.each([['docker-daemon:app'], ['oci:'], ['docker-archive:'], ['docker://UPPER']])('refuses %s', (source) => {
    expect(() => parseImageSource(source)).toThrow(ConfigurationError);
  });

  test('parts after the transport', () => {
    expect(parseLayoutSource('C:\\images\\app')).toEqual({ dir: 'C:\\images\\app' });
    expect(parseDockerArchiveSource('a.tar.gz:x:1')).toEqual({ file: 'a.tar.gz', ref: 'x:1' });
  });
});
