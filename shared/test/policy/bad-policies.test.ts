import { join, sep } from 'node:path';
import { PolicyError, loadPolicy } from '../../src/policy';
import { isConfigurationError } from '../../src/runtime/errors';
import { corpusSuite } from '../../../test/utils/corpus';

const dir = join(__dirname, '..', 'fixtures', 'policies', 'bad');

/** Every malformed policy of the corpus, with the start of the message it must produce ("file:line:col: field: ..."). */
const cases: [file: string, expected: string][] = [
  // wrong types
  ['version-string.yml', 'version-string.yml:1:10: version: must be 1; got the text "1"'],
  ['version-unknown.yml', 'version-unknown.yml:1:10: version: must be 1; got number 2'],
  ['services-not-a-list.yml', 'services-not-a-list.yml:5:13: registry.services: expected a list, got the text "web"'],
  [
    'required-not-boolean.yml',
    'required-not-boolean.yml:5:13: signing.required: expected true or false, got the text "yes"',
  ],
  [
    'lifecycle-negative-count.yml',
    'lifecycle-negative-count.yml:6:17: registry.lifecycle.keepTagged: must be at least 0; got -1',
  ],
  ['system-missing.yml', 'system-missing.yml:1:1: system: is required'],
  ['empty-file.yml', 'empty-file.yml:1:1: (top level): the policy file is empty'],
  // unknown keys (typos)
  [
    'unknown-top-level-key.yml',
    'unknown-top-level-key.yml:4:1: registy: unknown key "registy" (did you mean "registry"?)',
  ],
  [
    'unknown-registry-key.yml',
    'unknown-registry-key.yml:5:3: registry.layuot: unknown key "layuot" (did you mean "layout"?)',
  ],
  [
    'unknown-lifecycle-key.yml',
    'unknown-lifecycle-key.yml:6:5: registry.lifecycle.keepTaged: unknown key "keepTaged" (did you mean "keepTagged"?)',
  ],
  // YAML itself
  ['yaml-syntax-error.yml', 'yaml-syntax-error.yml:6:3: YAML: Flow sequence in block collection'],
  ['yaml-duplicate-key.yml', 'yaml-duplicate-key.yml:6:1: YAML: Map keys must be unique'],
  // invalid names
  ['system-uppercase.yml', 'system-uppercase.yml:2:9: system: system must be lowercase letters and digits'],
  ['service-name-invalid.yml', 'service-name-invalid.yml:5:19: registry.services[1]: a service name must be lowercase'],
  [
    'single-repository-invalid.yml',
    'single-repository-invalid.yml:6:15: registry.repository: "Shop Core" is not a valid ECR repository name',
  ],
  [
    'pattern-invalid-name.yml',
    'pattern-invalid-name.yml:6:15: registry.repository: the pattern "{system}//{service}" makes invalid names',
  ],
  [
    'mirror-target-invalid.yml',
    'mirror-target-invalid.yml:7:15: registry.mirrors[0].target: "ThirdParty/Redis" is not a valid ECR repository name',
  ],
  [
    'bucket-name-invalid.yml',
    'bucket-name-invalid.yml:5:11: packages.bucket: an S3 bucket name is 3-63 lowercase letters',
  ],
  [
    'package-prefix-escapes.yml',
    'package-prefix-escapes.yml:5:11: packages.prefix: "../shop" is not a clean key prefix',
  ],
  [
    'base-url-with-credentials.yml',
    'base-url-with-credentials.yml:5:12: packages.baseUrl: the URL carries credentials (the part before @): remove them from the policy file',
  ],
  [
    'push-role-not-an-arn.yml',
    'push-role-not-an-arn.yml:5:16: registry.pushRoleArn: "ci-push-role" is not an IAM role ARN',
  ],
  // layout and naming
  [
    'layout-unknown.yml',
    'layout-unknown.yml:5:11: registry.layout: must be one of single, per-service, per-environment; got the text "per-team"',
  ],
  [
    'single-without-repository.yml',
    'single-without-repository.yml:5:11: registry.layout: layout single needs registry.repository',
  ],
  [
    'per-environment-without-environments.yml',
    'per-environment-without-environments.yml:5:11: registry.layout: layout per-environment needs registry.environments',
  ],
  [
    'pattern-unknown-placeholder.yml',
    'pattern-unknown-placeholder.yml:6:15: registry.repository: "{team}/{service}" uses unknown placeholder {team}',
  ],
  [
    'pattern-without-service.yml',
    'pattern-without-service.yml:6:15: registry.repository: layout per-service needs {service}',
  ],
  // duplicates
  ['duplicate-services.yml', 'duplicate-services.yml:8:7: registry.services[2]: service "web" is listed twice'],
  [
    'duplicate-environments.yml',
    'duplicate-environments.yml:7:29: registry.environments[2]: environment "dev" is listed twice',
  ],
  // account ids
  [
    'account-id-short.yml',
    'account-id-short.yml:5:18: registry.pullAccounts[0]: an AWS account id is exactly 12 digits; got the text "12345"',
  ],
  [
    'account-id-unquoted.yml',
    'account-id-unquoted.yml:6:7: registry.pullAccounts[0]: an AWS account id is 12 digits written in quotes',
  ],
  // tag templates
  [
    'release-without-version.yml',
    'release-without-version.yml:5:12: tags.release: the release tag "{service}-release" must contain {version}',
  ],
  [
    'development-without-sha-or-branch.yml',
    'development-without-sha-or-branch.yml:5:16: tags.development: the development tag "{service}-dev" must contain {sha} or {sha7} or {branch}',
  ],
  [
    'tag-unknown-placeholder.yml',
    'tag-unknown-placeholder.yml:5:12: tags.release: "{service}-{verison}" uses unknown placeholder {verison}',
  ],
  [
    'tag-invalid-character.yml',
    'tag-invalid-character.yml:5:16: tags.development: "{service}/{branch}-{sha7}" would not be a valid OCI tag',
  ],
  [
    'tag-unmatched-brace.yml',
    'tag-unmatched-brace.yml:5:12: tags.release: "{service-{version}" has an unmatched brace',
  ],
  [
    'shared-repository-tag-without-service.yml',
    'shared-repository-tag-without-service.yml:9:12: tags.release: the services share one repository (layout single), so the release tag "{version}" must contain {service}',
  ],
  [
    'latest-in-immutable-repository.yml',
    'latest-in-immutable-repository.yml:7:11: tags.latest: the latest tag "latest" moves with every build but the repository is IMMUTABLE',
  ],
  // lifecycle contradictions and ECR limits
  [
    'lifecycle-keep-images-below-keep-tagged.yml',
    'lifecycle-keep-images-below-keep-tagged.yml:7:17: registry.lifecycle.keepImages: keepImages (5) is smaller than keepTagged (10)',
  ],
  [
    'lifecycle-keep-images-shadowed.yml',
    'lifecycle-keep-images-shadowed.yml:8:17: registry.lifecycle.keepImages: keepImages never applies',
  ],
  [
    'lifecycle-star-rule-with-keep-tagged.yml',
    'lifecycle-star-rule-with-keep-tagged.yml:8:23: registry.lifecycle.rules[0].tagPatterns[0]: a rule for pattern "*" selects every tagged image, so keepTagged could never apply',
  ],
  [
    'lifecycle-rule-both-filters.yml',
    'lifecycle-rule-both-filters.yml:7:9: registry.lifecycle.rules[0]: a rule selects by tagPrefixes or by tagPatterns, not both',
  ],
  [
    'lifecycle-rule-without-count.yml',
    'lifecycle-rule-without-count.yml:7:9: registry.lifecycle.rules[0]: a rule needs exactly one of keep (count) or expireAfterDays (age)',
  ],
  [
    'lifecycle-too-many-wildcards.yml',
    'lifecycle-too-many-wildcards.yml:7:23: registry.lifecycle.rules[0].tagPatterns[0]: "*a*b*c*d*" has 5 wildcards; ECR allows at most 4',
  ],
  [
    'lifecycle-shadowed-rule.yml',
    'lifecycle-shadowed-rule.yml:9:9: registry.lifecycle.rules[1]: rule 2 selects only tags that rule 1 already selects',
  ],
  // encryption, scanning, signing
  [
    'kms-key-with-aes256.yml',
    'kms-key-with-aes256.yml:7:13: registry.encryption.kmsKey: kmsKey needs encryption type KMS or KMS_DSSE',
  ],
  [
    'continuous-scan-with-basic.yml',
    'continuous-scan-with-basic.yml:7:16: registry.scanning.frequency: CONTINUOUS_SCAN needs scanning type ENHANCED',
  ],
  ['signing-kms-without-key.yml', 'signing-kms-without-key.yml:6:11: signing.method: method kms needs signing.key'],
  [
    'signing-signer-without-profile.yml',
    'signing-signer-without-profile.yml:5:11: signing.method: method signer needs signing.profile',
  ],
  [
    'provenance-ecr-managed.yml',
    'provenance-ecr-managed.yml:7:13: provenance.required: provenance is a signed in-toto statement (DSSE), which signing method ecr-managed cannot sign',
  ],
  [
    'provenance-without-trust.yml',
    'provenance-without-trust.yml:7:13: provenance.required: provenance is required but signing.trust names no key or keyless identity',
  ],
  [
    'scan-fail-on-unknown.yml',
    'scan-fail-on-unknown.yml:5:11: scan.failOn: must be one of CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNDEFINED, NONE',
  ],
  // pull-through cache and mirrors
  [
    'pull-through-gcr.yml',
    'pull-through-gcr.yml:7:17: registry.pullThroughCache[1].upstream: ECR pull-through cache cannot use gcr.io as upstream; copy its images with registry.mirrors',
  ],
  [
    'pull-through-docker-hub-without-secret.yml',
    'pull-through-docker-hub-without-secret.yml:6:17: registry.pullThroughCache[0].upstream: upstream docker-hub needs credentialSecret',
  ],
  [
    'pull-through-secret-prefix.yml',
    'pull-through-secret-prefix.yml:7:25: registry.pullThroughCache[0].credentialSecret: ECR reads upstream credentials only from a Secrets Manager secret named ecr-pullthroughcache/',
  ],
  [
    'mirror-source-with-tag.yml',
    'mirror-source-with-tag.yml:6:15: registry.mirrors[0].source: "redis:7.2-alpine" names a tag or digest',
  ],
  // a development tag (its branch is anyone's choice) that can be a tag another rule owns
  [
    'development-collides-with-latest.yml',
    'development-collides-with-latest.yml:7:16: tags.development: the development tag "{service}-{branch}" can collide with tags.latest "{service}-latest" in this IMMUTABLE repository: a branch named "latest" gives "odc-latest"',
  ],
  [
    'development-collides-with-release.yml',
    'development-collides-with-release.yml:5:16: tags.development: the development tag "{branch}" can collide with tags.release "{version}" in this IMMUTABLE repository: a branch named "0" gives "0"',
  ],
  // resource tags and accepted findings
  [
    'abac-tag-contradicts-system.yml',
    'abac-tag-contradicts-system.yml:4:12: resourceTags.Project: the ABAC tag Project is "Piksel-Platform" but system is "piksel"',
  ],
  [
    'abac-custom-tag-contradicts-system.yml',
    'abac-custom-tag-contradicts-system.yml:6:9: resourceTags.Team: the ABAC tag Team is "platform" but system is "shop"',
  ],
  [
    'package-prefix-without-system.yml',
    'package-prefix-without-system.yml:5:11: packages.prefix: "packages" must start with {system} as its whole first segment, such as "{system}" or "{system}/packages": without {system} every system shares one prefix',
  ],
  [
    'package-prefix-under-another-system.yml',
    'package-prefix-under-another-system.yml:5:11: packages.prefix: "piksel/{system}" must start with {system} as its whole first segment, such as "{system}" or "{system}/packages": it puts every system under "piksel"',
  ],
  [
    'required-tags-missing.yml',
    'required-tags-missing.yml:5:3: resourceTags: missing required tag keys Environment, Purpose, ManagedBy',
  ],
  [
    'allow-impossible-date.yml',
    'allow-impossible-date.yml:7:14: scan.allow[0].until: 2026-02-30 is not a calendar date',
  ],
  [
    'allow-date-format.yml',
    'allow-date-format.yml:7:14: scan.allow[0].until: a date is written YYYY-MM-DD; got the text "31.12.2026"',
  ],
];

function loadError(file: string): PolicyError {
  try {
    loadPolicy(join(dir, file));
  } catch (err) {
    if (err instanceof PolicyError) return err;
    throw err;
  }
  throw new Error(`${file} loaded without an error`);
}

describe('malformed policy files', () => {
  corpusSuite(
    dir,
    cases,
    (file, expected) => {
      const err = loadError(file);
      expect(err.message).not.toContain('S3cret');
      expect(isConfigurationError(err)).toBe(true);
      expect(err.message).toContain(`${dir}${sep}${expected}`);
      // One problem per file: each case exercises exactly one rule.
      expect(err.issues).toHaveLength(1);
    },
    {
      title: '%s fails with a precise message',
      entries: (names) => names.filter((f) => f.endsWith('.yml')),
      atLeast: 25,
    },
  );
});
