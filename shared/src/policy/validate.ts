import type { LifecyclePolicyIntent, Policy, RegistryPolicy } from './schema';
import {
  CHART_PLACEHOLDERS,
  REPOSITORY_PLACEHOLDERS,
  normalizeImageSource,
  packagePrefixProblem,
  repositoryNameProblem,
  repositoryPattern,
} from './naming';
import { CREDENTIAL_SECRET_PREFIX, credentialSecretName, resolvePullThroughUpstream } from './pull-through';
import type { PullThroughUpstream } from './pull-through';
import { TAG_PLACEHOLDERS, matchesWildcard, sanitizeTagPart } from './tags';
import { commonTag, templateLanguage, wildcardLanguage } from './tag-languages';
import { placeholdersOf, renderTemplate, templateProblem } from './template';
import { urlUserInfo } from '../runtime/url-credentials';
import { awsRegion, conforms, iamRoleArn, imageName, kmsKey, signerProfileArn, signerProfileName } from './formats';

/** ECR's limit on wildcards in one lifecycle tagPatternList entry. */
export const MAX_WILDCARDS_PER_PATTERN = 4;

export type PolicyPath = (string | number)[];

/** One thing wrong in a policy: where (a path into the file) and what is allowed. */
export interface PolicyIssue {
  path: PolicyPath;
  message: string;
}

const WILDCARD_FILTER = /^[A-Za-z0-9._*-]{1,128}$/;

/** Every repetition of a value after its first, in one pass (a policy may list many thousands of services). */
function duplicates(values: readonly string[]): { value: string; index: number }[] {
  const seen = new Set<string>();
  const out: { value: string; index: number }[] = [];
  for (const [index, value] of values.entries()) {
    if (seen.has(value)) out.push({ value, index });
    else seen.add(value);
  }
  return out;
}

/** "a/b/c" -> ["a", "a/b"]: the prefixes a repository name lies under. */
function ancestorsOf(name: string): string[] {
  const segments = name.split('/');
  return segments.slice(1).map((_, i) => segments.slice(0, i + 1).join('/'));
}

/** Sample values to render patterns with, so a pattern's fixed parts can be checked before any real run. */
const SAMPLE = { service: 'service', environment: 'environment', chart: 'chart' };

function checkResourceTags(policy: Policy, issues: PolicyIssue[]): void {
  const key = policy.iam.principalTagKey;
  const abac = policy.resourceTags[key];
  if (abac !== undefined && abac !== policy.system) {
    issues.push({
      path: ['resourceTags', key],
      message: `the ABAC tag ${key} is "${abac}" but system is "${policy.system}": the repositories would be tagged "${abac}" while the package grant and prefix are keyed by "${policy.system}", so no role tag satisfies both; write ${key}: ${policy.system}, or leave ${key} out (it is derived from system)`,
    });
  }
  // The ABAC tag is derived from system when resourceTags does not set it.
  const missing = policy.requiredTagKeys.filter((k) => k !== key && !(k in policy.resourceTags));
  if (missing.length > 0) {
    issues.push({
      path: ['resourceTags'],
      message: `missing required tag key${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; add ${
        missing.length > 1 ? 'them' : 'it'
      } to resourceTags, or list the keys you require in requiredTagKeys`,
    });
  }
}

/** Layout single: registry.repository names the one repository, and may use only {system}. */
function checkSingleRepository(policy: Policy, issues: PolicyIssue[]): void {
  const { repository } = policy.registry;
  if (!repository) {
    issues.push({
      path: ['registry', 'layout'],
      message: 'layout single needs registry.repository: the name of the one repository, such as "piksel-core"',
    });
    return;
  }
  const problem =
    templateProblem(repository, ['system']) ??
    repositoryNameProblem(renderTemplate(repository, { system: policy.system }));
  if (problem) issues.push({ path: ['registry', 'repository'], message: problem });
}

/** Layouts per-service and per-environment: the pattern's placeholders, the names it makes, and the environments. */
function checkRepositoryPattern(policy: Policy, issues: PolicyIssue[]): void {
  const { layout, environments } = policy.registry;
  const pattern = repositoryPattern(policy);
  const problem = templateProblem(pattern, REPOSITORY_PLACEHOLDERS);
  const used = problem ? [] : placeholdersOf(pattern);
  if (problem) {
    issues.push({ path: ['registry', 'repository'], message: problem });
  } else if (!used.includes('service')) {
    issues.push({
      path: ['registry', 'repository'],
      message: `layout ${layout} needs {service} in the repository pattern "${pattern}", or every service shares one repository (use layout single)`,
    });
  } else if (layout === 'per-environment' && !used.includes('environment')) {
    issues.push({
      path: ['registry', 'repository'],
      message: `layout per-environment needs {environment} in the repository pattern "${pattern}"`,
    });
  } else {
    checkPatternNames(policy, pattern, issues);
  }
  if (layout === 'per-environment' && environments.length === 0) {
    issues.push({
      path: ['registry', 'layout'],
      message: 'layout per-environment needs registry.environments, such as [development, staging, production]',
    });
  }
}

/** The repository names a well-formed pattern makes: with sample values, then (if those pass) for every service. */
function checkPatternNames(policy: Policy, pattern: string, issues: PolicyIssue[]): void {
  const { services, environments } = policy.registry;
  const nameProblem = repositoryNameProblem(renderTemplate(pattern, { system: policy.system, ...SAMPLE }));
  if (nameProblem) {
    issues.push({
      path: ['registry', 'repository'],
      message: `the pattern "${pattern}" makes invalid names: ${nameProblem}`,
    });
    return;
  }
  const envs = environments.length > 0 ? environments : ['environment'];
  for (const [i, service] of services.entries()) {
    const p = envs
      .map((environment) =>
        repositoryNameProblem(renderTemplate(pattern, { system: policy.system, service, environment })),
      )
      .find((x) => x !== undefined);
    if (p) issues.push({ path: ['registry', 'services', i], message: p });
  }
}

/** registry.charts: a pattern ending with {chart}, whose names are valid repository names. */
function checkChartRepository(policy: Policy, issues: PolicyIssue[]): void {
  const charts = policy.registry.charts;
  if (charts === undefined) return;
  const problem =
    templateProblem(charts, CHART_PLACEHOLDERS) ??
    (charts.endsWith('{chart}')
      ? repositoryNameProblem(renderTemplate(charts, { system: policy.system, ...SAMPLE }))
      : `"${charts}" must end with {chart}: Helm pushes a chart to a repository named after it`);
  if (problem) issues.push({ path: ['registry', 'charts'], message: problem });
}

function checkRepositoryNaming(policy: Policy, issues: PolicyIssue[]): void {
  const { layout, services, environments } = policy.registry;
  if (layout === 'single') checkSingleRepository(policy, issues);
  else checkRepositoryPattern(policy, issues);
  for (const { value, index } of duplicates(services)) {
    issues.push({ path: ['registry', 'services', index], message: `service "${value}" is listed twice` });
  }
  for (const { value, index } of duplicates(environments)) {
    issues.push({ path: ['registry', 'environments', index], message: `environment "${value}" is listed twice` });
  }
  checkChartRepository(policy, issues);
}

type LifecycleRule = LifecyclePolicyIntent['rules'][number];
/** The tag filter of a rule already seen, by its position in the rules. */
type EarlierRule = { index: number; prefixes?: string[]; patterns?: string[] };
const lifecycleAt = (...rest: PolicyPath): PolicyPath => ['registry', 'lifecycle', ...rest];

/** One lifecycle rule on its own: one tag filter, one action, and tag patterns ECR accepts. */
function checkLifecycleRule(
  rule: LifecycleRule,
  i: number,
  keepTagged: LifecyclePolicyIntent['keepTagged'],
  issues: PolicyIssue[],
): void {
  if (rule.tagPrefixes && rule.tagPatterns) {
    issues.push({
      path: lifecycleAt('rules', i),
      message: 'a rule selects by tagPrefixes or by tagPatterns, not both (ECR allows one)',
    });
  } else if (!rule.tagPrefixes && !rule.tagPatterns) {
    issues.push({
      path: lifecycleAt('rules', i),
      message:
        'a rule needs tagPrefixes or tagPatterns (ECR requires a tag filter for tagged images); use keepTagged for all tagged images',
    });
  }
  if ((rule.keep === undefined) === (rule.expireAfterDays === undefined)) {
    issues.push({
      path: lifecycleAt('rules', i),
      message: 'a rule needs exactly one of keep (count) or expireAfterDays (age)',
    });
  }
  for (const [j, pattern] of (rule.tagPatterns ?? []).entries()) {
    const wildcards = pattern.split('*').length - 1;
    if (wildcards > MAX_WILDCARDS_PER_PATTERN) {
      issues.push({
        path: lifecycleAt('rules', i, 'tagPatterns', j),
        message: `"${pattern}" has ${wildcards} wildcards; ECR allows at most ${MAX_WILDCARDS_PER_PATTERN} per pattern`,
      });
    }
    if (pattern === '*' && keepTagged) {
      issues.push({
        path: lifecycleAt('rules', i, 'tagPatterns', j),
        message: 'a rule for pattern "*" selects every tagged image, so keepTagged could never apply; keep one of them',
      });
    }
  }
}

/**
 * A rule whose selection an earlier rule already covers never sees an image: ECR gives each image to the first rule.
 * `earlier` holds the rules before `rule`; this adds `rule` to it.
 */
function checkRuleShadowing(rule: LifecycleRule, i: number, earlier: EarlierRule[], issues: PolicyIssue[]): void {
  const shadow = earlier.find(
    (s) =>
      (rule.tagPrefixes && s.prefixes && rule.tagPrefixes.every((p) => s.prefixes?.some((q) => p.startsWith(q)))) ||
      (rule.tagPatterns && s.patterns && rule.tagPatterns.every((p) => s.patterns?.some((q) => matchesWildcard(p, q)))),
  );
  if (shadow) {
    issues.push({
      path: lifecycleAt('rules', i),
      message: `rule ${i + 1} selects only tags that rule ${shadow.index + 1} already selects, so it never applies; merge or remove it`,
    });
  }
  earlier.push({ index: i, prefixes: rule.tagPrefixes, patterns: rule.tagPatterns });
}

/** keepImages against keepTagged and expireUntaggedDays: smaller than keepTagged, or left nothing to apply to. */
function checkKeepContradictions(lifecycle: LifecyclePolicyIntent, issues: PolicyIssue[]): void {
  const { keepTagged, keepImages, expireUntaggedDays } = lifecycle;
  if (keepImages && keepTagged && keepImages < keepTagged) {
    issues.push({
      path: lifecycleAt('keepImages'),
      message: `keepImages (${keepImages}) is smaller than keepTagged (${keepTagged}): the two contradict; keep one, or make keepImages larger`,
    });
  } else if (keepImages && keepTagged && expireUntaggedDays) {
    issues.push({
      path: lifecycleAt('keepImages'),
      message:
        'keepImages never applies: keepTagged claims every tagged image and expireUntaggedDays every untagged one; remove keepImages',
    });
  }
}

function checkLifecycle(policy: Policy, issues: PolicyIssue[]): void {
  const lifecycle = policy.registry.lifecycle;
  const earlier: EarlierRule[] = [];
  for (const [i, rule] of lifecycle.rules.entries()) {
    checkLifecycleRule(rule, i, lifecycle.keepTagged, issues);
    checkRuleShadowing(rule, i, earlier, issues);
  }
  checkKeepContradictions(lifecycle, issues);
}

function checkTags(policy: Policy, issues: PolicyIssue[]): void {
  const { release, development, latest, latestFrom } = policy.tags;
  const templates: [string, string | undefined, string[]][] = [
    ['release', release, ['version']],
    ['development', development, ['sha', 'sha7', 'branch']],
    ['latest', latest, []],
  ];
  const shared = policy.registry.layout === 'single' && policy.registry.services.length > 1;
  for (const [field, template, varying] of templates) {
    if (template === undefined) continue;
    const path = ['tags', field];
    const allowed =
      field === 'release'
        ? TAG_PLACEHOLDERS.filter((p) => p !== 'branch')
        : field === 'latest'
          ? ['service', 'environment', 'system']
          : TAG_PLACEHOLDERS.filter((p) => p !== 'version');
    const problem = templateProblem(template, allowed);
    if (problem) {
      issues.push({ path, message: problem });
      continue;
    }
    const used = placeholdersOf(template);
    if (varying.length > 0 && !varying.some((v) => used.includes(v))) {
      issues.push({
        path,
        message: `the ${field} tag "${template}" must contain ${varying.map((v) => `{${v}}`).join(' or ')}, or every build gets the same tag`,
      });
      continue;
    }
    if (shared && !used.includes('service')) {
      issues.push({
        path,
        message: `the services share one repository (layout single), so the ${field} tag "${template}" must contain {service}`,
      });
      continue;
    }
    const fixedParts = template.replace(/\{[^{}]*\}/g, 'x');
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(fixedParts)) {
      issues.push({
        path,
        message: `"${template}" would not be a valid OCI tag: outside placeholders use only letters, digits, . _ - and start with a letter, digit, _ or a placeholder`,
      });
    }
  }
  for (const { value, index } of duplicates(latestFrom)) {
    issues.push({ path: ['tags', 'latestFrom', index], message: `branch "${value}" is listed twice` });
  }
  checkTagMutability(policy, issues);
}

/** Every latest tag the policy gives: one for each service and environment (or a sample name when none is listed). */
function latestTags(policy: Policy, latest: string): string[] {
  const { services, environments } = policy.registry;
  return (services.length > 0 ? services : ['service']).flatMap((service) =>
    (environments.length > 0 ? environments : ['environment']).map((environment) =>
      renderTemplate(latest, { service, environment, system: policy.system }),
    ),
  );
}

/**
 * The exceptions to registry.tagMutability are ECR tag filters, and they let the latest tag, which moves with every
 * build, move: mutableTags covers it in an IMMUTABLE repository; no immutableTags filter matches it in a MUTABLE one.
 */
function checkTagMutability(policy: Policy, issues: PolicyIssue[]): void {
  const { tagMutability, mutableTags, immutableTags } = policy.registry;
  for (const field of ['mutableTags', 'immutableTags'] as const) {
    for (const [i, filter] of policy.registry[field].entries()) {
      if (!WILDCARD_FILTER.test(filter)) {
        issues.push({
          path: ['registry', field, i],
          message: `"${filter}" is not an ECR tag filter: up to 128 letters, digits, . _ - and the wildcard *`,
        });
      }
    }
  }
  const { latest } = policy.tags;
  if (!latest || templateProblem(latest, TAG_PLACEHOLDERS)) return;
  const tags = latestTags(policy, latest);
  if (tagMutability === 'IMMUTABLE') {
    if (tags.every((tag) => mutableTags.some((f) => matchesWildcard(tag, f)))) return;
    issues.push({
      path: ['tags', 'latest'],
      message: `the latest tag "${latest}" moves with every build but the repository is IMMUTABLE; add a filter for it to registry.mutableTags, such as "${latest.replace(/\{[^{}]*\}/g, '*')}"`,
    });
    return;
  }
  for (const tag of tags) {
    const filter = immutableTags.find((f) => matchesWildcard(tag, f));
    if (filter === undefined) continue;
    issues.push({
      path: ['tags', 'latest'],
      message: `the latest tag "${tag}" moves with every build but registry.immutableTags "${filter}" keeps it from moving; narrow that filter so the latest tag escapes it, or rename the latest tag`,
    });
    return;
  }
}

/**
 * In an IMMUTABLE repository a development tag must never be a tag another rule owns: its branch is chosen by
 * whoever opens a pull request. Runs after checkTags, which reports a malformed development template. Checked: the
 * latest tag, every mutableTags filter, and the release tag (of a version such as 1.2.0 or v1.2.0) when the
 * development tag holds no commit: with {sha} or {sha7} a collision needs a git tag named after a commit.
 */
function checkDevelopmentCollisions(policy: Policy, issues: PolicyIssue[]): void {
  const { tags, registry } = policy;
  // A filter of only * makes every tag movable: then development tags move by the policy's own choice.
  if (registry.tagMutability !== 'IMMUTABLE' || registry.mutableTags.some((f) => /^\*+$/.test(f))) return;
  if (issues.some(({ path }) => path[0] === 'tags' && path[1] === 'development')) return;
  const fixed = {
    service: sanitizeTagPart(registry.services[0] ?? 'service'),
    environment: sanitizeTagPart(registry.environments[0] ?? 'environment'),
    system: policy.system,
  };
  const development = templateLanguage(tags.development, fixed);
  const others: [rule: string, language: ReturnType<typeof templateLanguage>][] = [];
  if (tags.latest && !templateProblem(tags.latest, TAG_PLACEHOLDERS)) {
    others.push([`tags.latest "${tags.latest}"`, templateLanguage(tags.latest, fixed)]);
  }
  for (const filter of registry.mutableTags) {
    others.push([`registry.mutableTags "${filter}"`, wildcardLanguage(filter)]);
  }
  const commit = placeholdersOf(tags.development).some((p) => p === 'sha' || p === 'sha7');
  if (!commit && !templateProblem(tags.release, TAG_PLACEHOLDERS)) {
    others.push([`tags.release "${tags.release}"`, templateLanguage(tags.release, fixed, 'release')]);
  }
  for (const [rule, language] of others) {
    const common = commonTag(development, language);
    if (!common) continue;
    const branch = common.values.branch === undefined ? '' : `a branch named "${common.values.branch}" `;
    issues.push({
      path: ['tags', 'development'],
      message: `the development tag "${tags.development}" can collide with ${rule} in this IMMUTABLE repository: ${branch}gives "${common.tag}", so a pull request could take or move that tag; give the development tag a fixed part the other cannot have (such as a "dev-" prefix) or the commit ({sha7})`,
    });
    return;
  }
}

type PullThroughRule = RegistryPolicy['pullThroughCache'][number];
type Mirror = RegistryPolicy['mirrors'][number];

/** registry.encryption: a kmsKey only with KMS encryption, and written as ECR takes it. */
function checkEncryption(policy: Policy, issues: PolicyIssue[]): void {
  const { encryption } = policy.registry;
  if (encryption.kmsKey && encryption.type === 'AES256') {
    issues.push({
      path: ['registry', 'encryption', 'kmsKey'],
      message: 'kmsKey needs encryption type KMS or KMS_DSSE; with AES256 remove kmsKey',
    });
  } else if (encryption.kmsKey && !conforms(kmsKey, encryption.kmsKey)) {
    issues.push({
      path: ['registry', 'encryption', 'kmsKey'],
      message: `"${encryption.kmsKey}" is not a KMS key: write its ARN (arn:aws:kms:<region>:<account>:key/<id>), its key id, or alias/<name>`,
    });
  }
}

/** registry.scanning: a frequency the scanning type offers. */
function checkScanning(policy: Policy, issues: PolicyIssue[]): void {
  const { scanning } = policy.registry;
  if (scanning.frequency === 'CONTINUOUS_SCAN' && scanning.type !== 'ENHANCED') {
    issues.push({
      path: ['registry', 'scanning', 'frequency'],
      message: 'CONTINUOUS_SCAN needs scanning type ENHANCED (Amazon Inspector); BASIC scans on push or manually',
    });
  }
  if (scanning.frequency === 'MANUAL' && scanning.type === 'ENHANCED') {
    issues.push({
      path: ['registry', 'scanning', 'frequency'],
      message: 'ENHANCED scanning runs SCAN_ON_PUSH or CONTINUOUS_SCAN; MANUAL is for BASIC',
    });
  }
}

/** A pull-through rule's credentialSecret: none for a public upstream, required where the upstream needs one. */
function checkPullThroughCredentials(
  rule: PullThroughRule,
  upstream: PullThroughUpstream & { name: string },
  at: (...rest: PolicyPath) => PolicyPath,
  issues: PolicyIssue[],
): void {
  const secret = rule.credentialSecret;
  if (secret !== undefined && upstream.credentials === 'none') {
    issues.push({
      path: at('credentialSecret'),
      message: `upstream ${rule.upstream} is public and takes no credentialSecret; remove it`,
    });
  } else if (secret !== undefined && !credentialSecretName(secret).startsWith(CREDENTIAL_SECRET_PREFIX)) {
    issues.push({
      path: at('credentialSecret'),
      message: `ECR reads upstream credentials only from a Secrets Manager secret named ${CREDENTIAL_SECRET_PREFIX}...; rename "${secret}"`,
    });
  } else if (secret === undefined && upstream.credentials === 'required') {
    issues.push({
      path: at('upstream'),
      message: `upstream ${rule.upstream} needs credentialSecret: a Secrets Manager secret named ${CREDENTIAL_SECRET_PREFIX}${upstream.name}`,
    });
  }
}

/** registry.pullThroughCache: each rule's upstream, credentials and prefix; returns the prefixes the rules take. */
function checkPullThroughCache(policy: Policy, issues: PolicyIssue[]): Set<string> {
  const prefixes = new Set<string>();
  for (const [i, rule] of policy.registry.pullThroughCache.entries()) {
    const at = (...rest: PolicyPath): PolicyPath => ['registry', 'pullThroughCache', i, ...rest];
    const resolved = resolvePullThroughUpstream(rule.upstream);
    if ('problem' in resolved) {
      issues.push({ path: at('upstream'), message: resolved.problem });
      continue;
    }
    checkPullThroughCredentials(rule, resolved, at, issues);
    const prefix = rule.prefix ?? resolved.name;
    const where = at(rule.prefix === undefined ? 'upstream' : 'prefix');
    const problem = repositoryNameProblem(prefix);
    if (problem) issues.push({ path: where, message: problem });
    if (prefixes.has(prefix)) issues.push({ path: where, message: `the prefix "${prefix}" is used by two rules` });
    prefixes.add(prefix);
  }
  return prefixes;
}

/** A mirror's source: an image name without tag or digest. */
function checkMirrorSource(mirror: Mirror, i: number, issues: PolicyIssue[]): void {
  const lastSegment = mirror.source.slice(mirror.source.lastIndexOf('/') + 1);
  if (mirror.source.includes('@') || lastSegment.includes(':')) {
    issues.push({
      path: ['registry', 'mirrors', i, 'source'],
      message: `"${mirror.source}" names a tag or digest; write the image without it and list tags under tags`,
    });
  } else if (!conforms(imageName, mirror.source)) {
    issues.push({
      path: ['registry', 'mirrors', i, 'source'],
      message: `"${mirror.source}" is not an image name: write [registry/]path in lower case without spaces, such as docker.io/library/redis`,
    });
  }
}

/** registry.mirrors: valid, distinct targets outside the pull-through cache prefixes; valid, distinct sources. */
function checkMirrors(policy: Policy, cachePrefixes: Set<string>, issues: PolicyIssue[]): void {
  const targets = new Set<string>();
  const sources = new Set<string>();
  for (const [i, mirror] of policy.registry.mirrors.entries()) {
    const problem = repositoryNameProblem(mirror.target);
    if (problem) issues.push({ path: ['registry', 'mirrors', i, 'target'], message: problem });
    if (targets.has(mirror.target)) {
      issues.push({
        path: ['registry', 'mirrors', i, 'target'],
        message: `target "${mirror.target}" receives two mirrors`,
      });
    }
    targets.add(mirror.target);
    checkMirrorSource(mirror, i, issues);
    const normalized = normalizeImageSource(mirror.source);
    if (sources.has(normalized)) {
      issues.push({
        path: ['registry', 'mirrors', i, 'source'],
        message: `source "${mirror.source}" is mirrored twice`,
      });
    }
    sources.add(normalized);
    if (ancestorsOf(mirror.target).some((p) => cachePrefixes.has(p))) {
      issues.push({
        path: ['registry', 'mirrors', i, 'target'],
        message: `target "${mirror.target}" is under a pull-through cache prefix; choose another prefix such as thirdparty/`,
      });
    }
  }
}

/** registry.pushRoleArn and registry.replication: an IAM role ARN, and region names. */
function checkPushRoleAndReplication(policy: Policy, issues: PolicyIssue[]): void {
  const { pushRoleArn, replication } = policy.registry;
  if (pushRoleArn !== undefined && !conforms(iamRoleArn, pushRoleArn)) {
    issues.push({
      path: ['registry', 'pushRoleArn'],
      message: `"${pushRoleArn}" is not an IAM role ARN (arn:aws:iam::123456789012:role/name)`,
    });
  }
  for (const [i, r] of replication.entries()) {
    if (!conforms(awsRegion, r.region)) {
      issues.push({
        path: ['registry', 'replication', i, 'region'],
        message: `"${r.region}" is not a region such as eu-central-1`,
      });
    }
  }
}

function checkRegistryServices(policy: Policy, issues: PolicyIssue[]): void {
  checkEncryption(policy, issues);
  checkScanning(policy, issues);
  const cachePrefixes = checkPullThroughCache(policy, issues);
  checkMirrors(policy, cachePrefixes, issues);
  checkPushRoleAndReplication(policy, issues);
}

function checkSigning(policy: Policy, issues: PolicyIssue[]): void {
  const { method, key, profile, required, trust } = policy.signing;
  if ((method === 'kms' || method === 'key') && !key) {
    issues.push({
      path: ['signing', 'method'],
      message: `method ${method} needs signing.key (${method === 'kms' ? 'awskms:///alias/name or a key ARN' : 'env://VAR or file://path'})`,
    });
  }
  if (method === 'kms' && key && !key.startsWith('awskms://')) {
    issues.push({
      path: ['signing', 'key'],
      message: `method kms takes an awskms:/// reference, such as awskms:///alias/${policy.system}-signing`,
    });
  }
  if (method === 'key' && key && !/^(env|file):\/\//.test(key)) {
    issues.push({
      path: ['signing', 'key'],
      message: 'method key takes env://VAR or file://path; the key itself never goes in the policy',
    });
  }
  if (method === 'signer' && !profile) {
    issues.push({
      path: ['signing', 'method'],
      message: 'method signer needs signing.profile: the AWS Signer signing profile name or ARN',
    });
  }
  for (const [i, profile] of trust.signerProfiles.entries()) {
    const problem = signerProfileProblem(profile, policy.region, policy.iam.accountId);
    if (problem) issues.push({ path: ['signing', 'trust', 'signerProfiles', i], message: problem });
  }
  checkProvenance(policy, issues);
  const trusts = trust.publicKeys.length + trust.kmsKeys.length + trust.keyless.length + trust.signerProfiles.length;
  if (required && method === 'none' && trusts === 0) {
    issues.push({
      path: ['signing', 'required'],
      message:
        'signatures are required but nothing signs (method none) and nothing is trusted; set signing.method or signing.trust',
    });
  }
}

/** Provenance is a DSSE statement: AWS Signer and ECR managed signing cannot sign one, and notation profiles verify none. */
function checkProvenance(policy: Policy, issues: PolicyIssue[]): void {
  const { method, key, trust } = policy.signing;
  if (!policy.provenance.required) return;
  if ((method === 'signer' || method === 'ecr-managed') && !key) {
    issues.push({
      path: ['provenance', 'required'],
      message: `provenance is a signed in-toto statement (DSSE), which signing method ${method} cannot sign; set signing.key (a KMS or PEM key) to sign it, or use method kms, key or keyless`,
    });
  }
  if (trust.publicKeys.length + trust.kmsKeys.length + trust.keyless.length === 0 && method !== 'kms') {
    issues.push({
      path: ['provenance', 'required'],
      message:
        'provenance is required but signing.trust names no key or keyless identity to verify it with; add the signing key to signing.trust.publicKeys or kmsKeys, or the workflow identity to signing.trust.keyless',
    });
  }
}

/**
 * Why a trusted signing profile is not a full ARN, with the ARN to write. A bare name is not unique: AWS Signer's
 * root is shared by every customer, so anyone can create a profile of that name in their own account.
 */
export function signerProfileProblem(profile: string, region?: string, account?: string): string | undefined {
  if (conforms(signerProfileArn, profile)) return undefined;
  const name = conforms(signerProfileName, profile) ? profile : '<name>';
  return `'${profile}' is not a signing profile ARN; a name is trusted in every AWS account. Write arn:aws:signer:${region ?? '<region>'}:${account ?? '<account>'}:/signing-profiles/${name}`;
}

function checkScanAndPackages(policy: Policy, issues: PolicyIssue[]): void {
  const { prefix } = policy.packages;
  const problem =
    templateProblem(prefix, ['system']) ??
    packagePrefixProblem(renderTemplate(prefix, { system: policy.system }).replace(/^\/+|\/+$/g, '')) ??
    prefixIsolationProblem(prefix, policy.iam.principalTagKey);
  if (problem) issues.push({ path: ['packages', 'prefix'], message: problem });
}

/**
 * The bucket grants a role `<its ABAC tag>/*`, so each system's packages must lie under a first segment that is its
 * own name: a prefix without {system} is shared by every system, and one such as "piksel/{system}" puts every
 * system inside piksel's.
 */
function prefixIsolationProblem(prefix: string, principalTagKey: string): string | undefined {
  const first = prefix.replace(/^\/+/, '').split('/')[0];
  if (first === '{system}') return undefined;
  const why = placeholdersOf(prefix).includes('system')
    ? `it puts every system under "${first}", so a role of the system named "${first}" reaches all of them`
    : 'without {system} every system shares one prefix';
  return `"${prefix}" must start with {system} as its whole first segment, such as "{system}" or "{system}/packages": ${why} (the bucket grants a role only <its ${principalTagKey} tag>/*)`;
}

/** A URL in the policy file is read by every job and committed: credentials in it are refused, never repeated. */
function checkUrls(policy: Policy, issues: PolicyIssue[]): void {
  const urls: [PolicyPath, string | undefined][] = [
    [['packages', 'baseUrl'], policy.packages.baseUrl],
    [['signing', 'fulcioUrl'], policy.signing.fulcioUrl],
    [['signing', 'rekorUrl'], policy.signing.rekorUrl],
  ];
  for (const [path, url] of urls) {
    if (url === undefined || urlUserInfo(url) === undefined) continue;
    issues.push({
      path,
      message:
        'the URL carries credentials (the part before @): remove them from the policy file, which every job reads, and rotate them; the URL must work without credentials',
    });
  }
}

/** The checks that span fields, run after the schema accepted the file. */
export function crossFieldIssues(policy: Policy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  checkResourceTags(policy, issues);
  checkRepositoryNaming(policy, issues);
  checkLifecycle(policy, issues);
  checkTags(policy, issues);
  checkDevelopmentCollisions(policy, issues);
  checkRegistryServices(policy, issues);
  checkSigning(policy, issues);
  checkScanAndPackages(policy, issues);
  checkUrls(policy, issues);
  return issues;
}
