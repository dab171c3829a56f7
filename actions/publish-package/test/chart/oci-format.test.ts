import { createHash } from 'node:crypto';
import { parseChartYaml } from '../../src/chart/chart-file';
import {
  chartAnnotations,
  chartArtifact,
  chartPushNamespace,
  chartTag,
  chartUri,
  HELM_MEDIA_TYPES,
  rfc3339,
  versionOfTag,
} from '../../src/chart/oci-format';

const created = new Date('2026-11-20T10:11:12.345Z');

describe('chart tags', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['1.2.3+build.1', '1.2.3_build.1'],
    ['1.0.0-rc.1+sha.5114f85', '1.0.0-rc.1_sha.5114f85'],
  ])('version %s is tag %s, and back', (version, tag) => {
    expect(chartTag(version)).toBe(tag);
    expect(versionOfTag(tag)).toBe(version);
  });
});

describe('chartAnnotations', () => {
  test('as helm push writes them, Chart.yaml annotations last without overriding title or version', () => {
    const meta = parseChartYaml(
      [
        'apiVersion: v2',
        'name: webapp',
        'version: 1.2.3',
        'description: The web app',
        'home: https://example.com',
        'sources: [https://github.com/acme/webapp, https://mirror.example.com/webapp]',
        'maintainers: [{name: Ann, email: ann@example.com}, {name: Bob}]',
        'annotations: {org.opencontainers.image.title: other, org.opencontainers.image.version: "9", category: web}',
      ].join('\n'),
    );
    expect(chartAnnotations(meta, { created, source: 'https://github.com/acme/ignored' })).toEqual({
      'org.opencontainers.image.description': 'The web app',
      'org.opencontainers.image.title': 'webapp',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.url': 'https://example.com',
      'org.opencontainers.image.created': '2026-11-20T10:11:12Z',
      'org.opencontainers.image.source': 'https://github.com/acme/webapp',
      'org.opencontainers.image.authors': 'Ann (ann@example.com), Bob',
      category: 'web',
    });
  });

  test('source falls back to the repository that built it; empty fields are left out', () => {
    const meta = parseChartYaml('apiVersion: v2\nname: a\nversion: 0.1.0\n');
    expect(chartAnnotations(meta, { created, source: 'https://github.com/acme/a' })).toEqual({
      'org.opencontainers.image.title': 'a',
      'org.opencontainers.image.version': '0.1.0',
      'org.opencontainers.image.created': '2026-11-20T10:11:12Z',
      'org.opencontainers.image.source': 'https://github.com/acme/a',
    });
  });

  test('RFC 3339 without fractions, as Go prints time.RFC3339', () => {
    expect(rfc3339(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 999)))).toBe('2026-01-02T03:04:05Z');
  });
});

describe('chartArtifact', () => {
  const meta = parseChartYaml('apiVersion: v2\nname: webapp\nversion: 1.2.3+build.1\ndescription: d & e\n');
  const chart = Buffer.from('chart bytes');
  const artifact = chartArtifact(meta, chart, { created });
  const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

  test("Helm's media types, one chart layer, the tag with '_' for '+'", () => {
    expect(artifact.config.descriptor).toEqual({
      mediaType: 'application/vnd.cncf.helm.config.v1+json',
      digest: sha(artifact.config.bytes),
      size: artifact.config.bytes.length,
    });
    expect(artifact.layer).toEqual({
      mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
      digest: sha(chart),
      size: chart.length,
    });
    expect(artifact.tag).toBe('1.2.3_build.1');
    expect(JSON.parse(artifact.config.bytes.toString())).toEqual({
      name: 'webapp',
      version: '1.2.3+build.1',
      description: 'd & e',
      apiVersion: 'v2',
    });
  });

  test('the manifest is byte for byte what Go marshals for helm (field order, no mediaType, sorted annotations)', () => {
    const text = artifact.manifest.bytes.toString();
    expect(text).toBe(
      `{"schemaVersion":2,"config":{"mediaType":"${HELM_MEDIA_TYPES.config}","digest":"${artifact.config.descriptor.digest}","size":${artifact.config.descriptor.size}},` +
        `"layers":[{"mediaType":"${HELM_MEDIA_TYPES.chart}","digest":"${sha(chart)}","size":${chart.length}}],` +
        '"annotations":{"org.opencontainers.image.created":"2026-11-20T10:11:12Z","org.opencontainers.image.description":"d \\u0026 e",' +
        '"org.opencontainers.image.title":"webapp","org.opencontainers.image.version":"1.2.3+build.1"}}',
    );
    expect(artifact.manifest.digest).toBe(sha(artifact.manifest.bytes));
    expect(artifact.manifest.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
  });

  test('the same chart at the same time is the same manifest', () => {
    expect(chartArtifact(meta, chart, { created }).manifest.digest).toBe(artifact.manifest.digest);
    expect(chartArtifact(meta, chart, { created: new Date(0) }).manifest.digest).not.toBe(artifact.manifest.digest);
  });
});

describe('chart URIs', () => {
  test.each([
    ['acme/charts/webapp', 'oci://r.example.com/acme/charts/webapp', 'oci://r.example.com/acme/charts'],
    ['webapp', 'oci://r.example.com/webapp', 'oci://r.example.com'],
  ])('%s', (repository, uri, namespace) => {
    expect(chartUri('r.example.com', repository)).toBe(uri);
    expect(chartPushNamespace('r.example.com', repository)).toBe(namespace);
  });
});
