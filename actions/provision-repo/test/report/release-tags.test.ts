import { isReleaseTag, releaseTagsOf, tagTemplatePattern } from '../../src/report/release-tags';
import { policySchema } from '../../../../shared/src/policy/schema';

const policy = (tags: Record<string, unknown>) =>
  policySchema.parse({ version: 1, system: 'piksel', registry: { layout: 'single', repository: 'piksel-core' }, tags });

const PIKSEL = policy({
  release: '{service}-{version}',
  development: '{service}-{branch}-{sha7}',
  latest: '{service}-latest',
});
const DEFAULTS = policy({});
const PER_ENV = policy({ release: '{environment}-{service}-{version}', development: '{environment}-{branch}-{sha7}' });

test.each<[string, ReturnType<typeof policy>, string, { service: string; environment?: string }, boolean]>([
  ['release of the service', PIKSEL, 'odc-1.2.3', { service: 'odc' }, true],
  ['release with a v prefix', PIKSEL, 'odc-v2.0.0-rc.1', { service: 'odc' }, true],
  ["another service's release", PIKSEL, 'ows-1.2.3', { service: 'odc' }, false],
  ['a development tag has the release shape but is not one', PIKSEL, 'odc-main-abc1234', { service: 'odc' }, false],
  ['the latest tag', PIKSEL, 'odc-latest', { service: 'odc' }, false],
  ['default templates: a version', DEFAULTS, '1.4.0', { service: 'odc' }, true],
  ['default templates: a branch build', DEFAULTS, 'feature-x-0123abc', { service: 'odc' }, false],
  [
    'environment fixed when given',
    PER_ENV,
    'production-odc-1.0.0',
    { service: 'odc', environment: 'production' },
    true,
  ],
  ['another environment', PER_ENV, 'staging-odc-1.0.0', { service: 'odc', environment: 'production' }, false],
  ['any environment when none is given', PER_ENV, 'staging-odc-1.0.0', { service: 'odc' }, true],
  ['a service name is matched as the tag writes it', PIKSEL, 'my-svc-1.0.0', { service: 'My_Svc' }, false],
])('%s: %s', (_name, p, tag, target, expected) => {
  expect(isReleaseTag(p, tag, target)).toBe(expected);
});

test('a template that names the system fixes it; special characters are literal', () => {
  const p = policy({ release: '{system}.{service}+{version}'.replace('+', '_') });
  expect(tagTemplatePattern(p.tags.release, p, { service: 'odc' })?.test('piksel.odc_1.0')).toBe(true);
  expect(tagTemplatePattern(p.tags.release, p, { service: 'odc' })?.test('pikselXodc_1.0')).toBe(false);
});

test('releaseTagsOf keeps the tags that are a release of any listed service', () => {
  expect(
    releaseTagsOf(
      PIKSEL,
      ['odc-1.0.0', 'ows-2.0.0', 'odc-latest', 'jupyter-1.0.0'],
      [{ service: 'odc' }, { service: 'ows' }],
    ),
  ).toEqual(['odc-1.0.0', 'ows-2.0.0']);
});
