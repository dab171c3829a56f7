import {
  ATTACHMENT_TYPES,
  detectAttachmentType,
  isSafeAttachmentTitle,
  parseAttachSpecs,
  renderAttachmentSummary,
} from '../../src/oci/attachments';
import { ConfigurationError } from '../../src/runtime/errors';

describe('parseAttachSpecs', () => {
  test.each([
    [['deploy/k8s.yaml'], [{ path: 'deploy/k8s.yaml' }]],
    [['sbom.json=application/spdx+json'], [{ path: 'sbom.json', artifactType: 'application/spdx+json' }]],
    [[' notes.md = text/markdown '], [{ path: 'notes.md', artifactType: 'text/markdown' }]],
    [['', '# a comment', 'a.yaml'], [{ path: 'a.yaml' }]],
    // an '=' inside a path stays part of the path when what follows is not a media type
    [['dir/a=b/file.txt'], [{ path: 'dir/a=b/file.txt' }]],
    [
      ['dir/a=b/file.txt=application/vnd.acme.notes+text'],
      [{ path: 'dir/a=b/file.txt', artifactType: 'application/vnd.acme.notes+text' }],
    ],
  ])('%j', (lines, expected) => {
    expect(parseAttachSpecs(lines)).toEqual(expected);
  });

  test('a type that is not a media type is refused with the expected form', () => {
    expect(() => parseAttachSpecs(['sbom.json=spdx'])).toThrow(ConfigurationError);
    expect(() => parseAttachSpecs(['sbom.json=spdx'])).toThrow(/sbom.json=application\/spdx\+json/);
  });

  test('the same path twice is refused', () => {
    expect(() => parseAttachSpecs(['a.yaml', 'a.yaml=application/yaml'])).toThrow(/listed twice/);
  });
});

describe('detectAttachmentType', () => {
  const k8s =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: a}\n';
  test.each([
    ['k8s.yaml', k8s, ATTACHMENT_TYPES.kubernetes],
    ['deploy.yml', 'apiVersion: v1\nkind: ConfigMap\n', ATTACHMENT_TYPES.kubernetes],
    ['values.yaml', 'replicaCount: 2\n', ATTACHMENT_TYPES.yaml],
    ['docker-compose.yml', 'services:\n  web: {image: nginx}\n', ATTACHMENT_TYPES.compose],
    ['stack.yaml', 'services:\n  web: {image: nginx}\n', ATTACHMENT_TYPES.compose],
    ['compose.prod.yaml', 'name: x\n', ATTACHMENT_TYPES.compose],
    ['broken.yaml', 'a: [b\n', ATTACHMENT_TYPES.yaml],
    ['sbom.spdx.json', '{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT"}', ATTACHMENT_TYPES.spdxJson],
    ['bom.json', '{"bomFormat":"CycloneDX","specVersion":"1.5"}', ATTACHMENT_TYPES.cyclonedxJson],
    [
      'bom.xml',
      '<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.5">',
      ATTACHMENT_TYPES.cyclonedxXml,
    ],
    ['sbom.spdx', 'SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n', ATTACHMENT_TYPES.spdxTagValue],
    ['deploy.json', '{"apiVersion":"v1","kind":"List","items":[]}', ATTACHMENT_TYPES.kubernetes],
    ['config.json', '{"a":1}', ATTACHMENT_TYPES.json],
    ['RELEASE-NOTES.md', '# 1.2.3\n- fixed\n', ATTACHMENT_TYPES.markdown],
    ['NOTES.txt', 'plain\n', ATTACHMENT_TYPES.text],
    ['image.png', '\u0089PNG', ATTACHMENT_TYPES.binary],
  ])('%s', (name, content, expected) => {
    expect(detectAttachmentType(name, Buffer.from(content))).toEqual(expected);
  });
});

describe('renderAttachmentSummary', () => {
  const base = { path: 'deploy/k8s.yaml', title: 'k8s.yaml', artifactType: ATTACHMENT_TYPES.kubernetes.artifactType };
  const file = { fileDigest: `sha256:${'1'.repeat(64)}`, size: 10 };

  test('one row per file with its digest and state, and the oras commands for the image', () => {
    const text = renderAttachmentSummary(
      [
        { ...base, ...file, digest: `sha256:${'a'.repeat(64)}`, status: 'attached', via: 'tag-schema' },
        {
          ...base,
          ...file,
          title: 'notes.md',
          artifactType: 'text/markdown',
          digest: `sha256:${'b'.repeat(64)}`,
          status: 'unchanged',
        },
        { ...base, ...file, title: 'sbom.json', artifactType: 'application/spdx+json', status: 'planned' },
      ],
      `r.example.com/acme/web@sha256:${'c'.repeat(64)}`,
    );
    expect(text).toContain(
      `| k8s.yaml | \`application/vnd.k8s.manifests+yaml\` | \`sha256:${'a'.repeat(64)}\` | attached |`,
    );
    expect(text).toContain(`| notes.md | \`text/markdown\` | \`sha256:${'b'.repeat(64)}\` | already attached |`);
    expect(text).toContain('| sbom.json | `application/spdx+json` | known after the push | would be attached |');
    expect(text).toContain(`oras discover --format tree r.example.com/acme/web@sha256:${'c'.repeat(64)}`);
  });

  test('nothing to say without attachments', () => {
    expect(renderAttachmentSummary([], 'r/x@sha256:0')).toBe('');
  });
});

describe('isSafeAttachmentTitle', () => {
  test.each([
    ['k8s.yaml', true],
    ['RELEASE NOTES.md', true],
    ['.env.example', true],
    ['', false],
    ['.', false],
    ['..', false],
    ['../evil', false],
    ['a/b.yaml', false],
    ['a\\b.yaml', false],
    ['line\nbreak', false],
    ['x'.repeat(256), false],
  ])('%j is safe: %s', (title, safe) => {
    expect(isSafeAttachmentTitle(title)).toBe(safe);
  });
});
