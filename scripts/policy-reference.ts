import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { policySchema } from '../shared/src/policy/schema';

interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
}

/** The policy that the reference shows as its example: the Piksel blueprint, tested like every example. */
export const EXAMPLE_POLICY = join('examples', 'piksel-ecr-blueprint', 'artifact-policy.yml');
export const MINIMAL_POLICY = join('shared', 'test', 'fixtures', 'policies', 'minimal.yml');

function range(s: JsonSchema): string {
  // zod writes Number.MAX_SAFE_INTEGER as the bound of an unbounded integer: not worth showing.
  const max = s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? s.maximum : undefined;
  if (s.minimum === undefined && max === undefined) return '';
  if (max === undefined) return ` ≥ ${s.minimum}`;
  return ` ${s.minimum ?? ''}..${max}`;
}

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (s.anyOf) return s.anyOf.map(typeOf).join(' \\| ');
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'any'}`;
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object')
    return `map of ${typeOf(s.additionalProperties)}`;
  if (s.type === 'object') return 'mapping';
  return `${Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'any')}${range(s)}`;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

function rows(schema: JsonSchema, path: string, out: string[]): void {
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const p = path ? `${path}.${key}` : key;
    const required = schema.required?.includes(key) && prop.default === undefined ? 'yes' : '';
    const isObject = prop.type === 'object' && prop.properties;
    const def = prop.default === undefined || isObject ? '' : `\`${JSON.stringify(prop.default)}\``;
    out.push(`| \`${p}\` | ${typeOf(prop)} | ${required} | ${def} | ${escapeCell(prop.description ?? '')} |`);
    if (isObject) rows(prop, p, out);
    if (prop.type === 'array' && prop.items?.properties) rows(prop.items, `${p}[]`, out);
  }
}

const TABLE_HEAD = ['| field | type | required | default | description |', '| --- | --- | --- | --- | --- |'];

/** One section per top-level mapping (registry, tags, ...), the plain top-level fields first. */
function sections(json: JsonSchema): string[] {
  const top: string[] = [];
  const out: string[] = [];
  for (const [key, prop] of Object.entries(json.properties ?? {})) {
    if (prop.type === 'object' && prop.properties) {
      const body: string[] = [];
      rows(prop, key, body);
      out.push(`## \`${key}\``, '', prop.description ?? '', '', ...TABLE_HEAD, ...body, '');
    } else {
      rows({ properties: { [key]: prop }, required: json.required }, '', top);
    }
  }
  return ['## Top level', '', ...TABLE_HEAD, ...top, '', ...out];
}

const PLACEHOLDERS = [
  '| placeholder | value | used in |',
  '| --- | --- | --- |',
  '| `{system}` | `system` | repository patterns, `registry.charts`, `packages.prefix`, tags |',
  '| `{service}` | the `service` input of the action | repository patterns, tags |',
  '| `{environment}` | the `environment` input | repository patterns, tags |',
  '| `{chart}` | the chart name | `registry.charts` |',
  '| `{version}` | the git tag, as written (`v1.5.0`) | `tags.release` |',
  '| `{branch}` | the branch, or the head branch of a pull request; lowercased, `/` and other characters a tag cannot hold become `-`, cut with a hash suffix when the tag would exceed 128 characters | `tags.development` |',
  '| `{sha}`, `{sha7}` | the commit (of the pull request head when known), in full or its first 7 characters | `tags.development`, `tags.release` |',
  '| `{run}` | `GITHUB_RUN_ID` | `tags.development`, `tags.release` |',
];

const CHECKS = [
  "- ABAC: the tag `iam.principalTagKey` (default `Project`) on every resource is the system's name: set from `system` when `resourceTags` leaves it out, refused when it says otherwise. `resourceTags` holds every key of `requiredTagKeys` (none by default).",
  '- `packages.prefix` has `{system}` as its whole first segment (`{system}` or `{system}/<more>`): the bucket grants a role only `<its ABAC tag>/*`. The policy file is at most 1 MiB.',
  '- Layout `single` names its repository in `registry.repository`; the other layouts use a pattern with `{service}` (and `{environment}` for `per-environment`, which also needs `registry.environments`). Every name a pattern gives, and every mirror target, is a valid ECR repository name (lowercase segments separated by `/`, 2 to 256 characters).',
  '- Services, environments, mirror sources and targets, and pull-through cache prefixes are each listed once.',
  '- `tags.release` contains `{version}`; `tags.development` contains `{sha}`, `{sha7}` or `{branch}`; `tags.latest` uses only `{service}`, `{environment}`, `{system}`. When several services share one repository, every tag contains `{service}`. In an `IMMUTABLE` repository, `registry.mutableTags` must cover the latest tag, and no branch may give a development tag that is the latest tag, that a `mutableTags` filter matches, or (when the development tag holds no `{sha}`/`{sha7}`) that is a release tag of a version such as `1.2.0`: a branch is chosen by whoever opens a pull request. At run time a release or development tag that is the latest tag or that `mutableTags` leaves movable is refused, and so is a pull request from a `latestFrom` branch when its development tag holds no commit or run.',
  "- Tag mutability exceptions are named for what their tags are: `registry.mutableTags` (tags that stay movable) only with `tagMutability: IMMUTABLE`, `registry.immutableTags` (tags that never move) only with `MUTABLE`; both become ECR's tag mutability exclusion filters. `mutableTags` with `MUTABLE` is the deprecated spelling of `immutableTags` (it meant the tags that stay immutable): it loads as `immutableTags` with a warning; both at once are refused. In a `MUTABLE` repository no `immutableTags` filter may match the latest tag.",
  '- Lifecycle: a rule selects by `tagPrefixes` or `tagPatterns` (not both) and has exactly one of `keep` or `expireAfterDays`; a pattern has at most 4 wildcards; a rule that an earlier rule already covers, a `"*"` rule beside `keepTagged`, a `keepImages` below `keepTagged`, or a `keepImages` that `keepTagged` and `expireUntaggedDays` leave nothing to, are refused.',
  '- `registry.encryption.kmsKey` only with `KMS` or `KMS_DSSE`; `CONTINUOUS_SCAN` only with `ENHANCED`.',
  '- Pull-through cache: gcr.io cannot be an upstream (use `registry.mirrors`); Docker Hub, GitHub, GitLab and Azure need a `credentialSecret` named `ecr-pullthroughcache/...` (a name or its ARN), public upstreams take none; each rule has its own prefix.',
  '- Signing: methods `kms` and `key` need `signing.key`; `signer` needs `signing.profile`.',
  '- `scan.allow[].until` is a real calendar date; `registry.pushRoleArn` is an IAM role ARN; `packages.prefix` stays inside the bucket; URLs (`packages.baseUrl`, `signing.fulcioUrl`, `signing.rekorUrl`) carry no credentials.',
];

/** docs/policy.md: the policy file's reference, generated from the schema so that the two never disagree. */
export function policyReference(root = join(__dirname, '..')): string {
  const json = z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const example = readFileSync(join(root, EXAMPLE_POLICY), 'utf8').trimEnd();
  const minimal = readFileSync(join(root, MINIMAL_POLICY), 'utf8').trimEnd();
  return [
    '# The policy file: reference',
    '',
    '<!-- Generated from shared/src/policy/schema.ts by `npm run docs`; do not edit. -->',
    '',
    'Every action reads one policy file, `.github/artifact-policy.yml` in the calling repository (the `policy` input names another).',
    'The same file answers every question: what a repository is called, which tags an image gets, which key signs it, what fails a scan, where packages go.',
    'Unknown keys are errors, so a typo never passes silently. A field left out takes the default shown.',
    '',
    'A mistake is reported with its place and what is allowed, every problem at once:',
    '',
    '```text',
    '.github/artifact-policy.yml:5:3: registry.layuot: unknown key "layuot" (did you mean "layout"?); allowed keys: layout, repository, ...',
    '.github/artifact-policy.yml:9:12: tags.release: the release tag "{service}-release" must contain {version}, or every build gets the same tag',
    '```',
    '',
    ...sections(json),
    '## Placeholders',
    '',
    ...PLACEHOLDERS,
    '',
    '## Checks across fields',
    '',
    'Beyond each field, the loader refuses a policy that contradicts itself:',
    '',
    ...CHECKS,
    '',
    '## The shortest policy',
    '',
    "Three lines: every other field takes its default, and the ABAC tag is the system's name.",
    '',
    '```yaml',
    minimal,
    '```',
    '',
    '## Example',
    '',
    "The Piksel blueprint: one repository for four services, the services' names in the tags, a mutable `<service>-latest`, KMS encryption, scan on push, and its lifecycle rules.",
    '',
    '```yaml',
    example,
    '```',
    '',
  ].join('\n');
}
