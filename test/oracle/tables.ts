/**
 * The oracle's two tables, for two systems sharing one account and one package bucket: each role's requests for its
 * own system are all allowed by the documents provision-repo writes; the same requests made by the other system's
 * role (other principal, other tag value, the other system's documents) are all denied.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { parsePolicy } from '../../shared/src/policy';
import { ROLE_NAMES } from '../../actions/provision-repo/src/documents';
import type { Policy } from '../../shared/src/policy';
import type { RoleName } from '../../actions/provision-repo/src/documents';
import { desiredState, resourceTagsOf } from '../../actions/provision-repo/src/provision/desired';
import { mergeBucketPolicy } from '../../actions/provision-repo/src/documents/bucket-policy';
import type { DesiredState } from '../../actions/provision-repo/src/provision/types';
import { requestsOf, type CataloguedRequest } from './catalogue';
import { decide, type Decision, type OracleDocuments } from './evaluate';

const DEFAULT_ACCOUNT = '111111111111';

/** One system as provisioned: its policy and the documents provision-repo writes for it. */
export interface SystemUnderTest {
  policy: Policy;
  desired: DesiredState;
}

export interface Pair {
  name: string;
  systems: [SystemUnderTest, SystemUnderTest];
}

/** A policy file's text, with `edit` applied to its parsed form. */
export type PolicyInput = Record<string, unknown>;

export function systemUnderTest(input: PolicyInput, file = 'artifact-policy.yml'): SystemUnderTest {
  const policy = parsePolicy(stringify(input), file);
  // The registry's account: the policy's, else the one its template role names (a role is passed in its own account).
  const roleAccount = /^arn:aws:iam::(\d{12}):/.exec(policy.registry.templateRoleArn ?? '')?.[1];
  const accountId = policy.iam.accountId ?? roleAccount ?? DEFAULT_ACCOUNT;
  return { policy, desired: desiredState(policy, { accountId, region: policy.region ?? 'eu-central-1' }) };
}

/** A KMS key id (a UUID) of its own for each system name. */
function keyIdOf(system: string): string {
  const h = createHash('sha256').update(system).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The same file for another system: `system` renamed, and every value that names the system's identity (its ABAC
 * tag, its push role, its signing key alias, its signer profile) renamed with it. Repository names stay: two systems
 * naming the same repository are told apart by its tag alone.
 */
export function renamed(input: PolicyInput, to: string): PolicyInput {
  const from = input.system as string;
  const copy = structuredClone(input) as Record<string, Record<string, unknown>>;
  const swap = (v: unknown) => (typeof v === 'string' ? v.split(from).join(to) : v);
  copy.system = to as never;
  const key = ((copy.iam?.principalTagKey as string | undefined) ?? 'Project') as string;
  if (copy.resourceTags?.[key] === from) copy.resourceTags[key] = to;
  if (copy.registry?.pushRoleArn) copy.registry.pushRoleArn = swap(copy.registry.pushRoleArn);
  if (copy.signing) {
    const signing = copy.signing as { key?: string; profile?: string; trust?: { kmsKeys?: string[] } };
    signing.key = swap(signing.key) as string | undefined;
    // A Signer profile name takes letters, digits and underscores only.
    signing.profile = signing.profile?.split(from).join(to.replace(/\W/g, '_'));
    // A key ARN's id is a UUID: the neighbour's key gets its own, derived from its name.
    const swapKey = (k: string) => (k.includes(':key/') ? k.replace(/:key\/.*$/, `:key/${keyIdOf(to)}`) : swap(k));
    if (signing.trust?.kmsKeys) signing.trust.kmsKeys = signing.trust.kmsKeys.map((k) => swapKey(k) as string);
  }
  return JSON.parse(JSON.stringify(copy)) as PolicyInput;
}

const pairOf = (name: string, input: PolicyInput, other: string): Pair => ({
  name,
  systems: [systemUnderTest(input), systemUnderTest(renamed(input, other))],
});

/** Every example policy with its `-dev` neighbour, plus the system names that collide by prefix and punctuation. */
export function oraclePairs(root: string): Pair[] {
  const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .filter((name) => existsSync(join(root, 'examples', name, 'artifact-policy.yml')))
    .sort();
  const read = (name: string) =>
    parse(readFileSync(join(root, 'examples', name, 'artifact-policy.yml'), 'utf8')) as PolicyInput;
  const pairs = examples.map((name) => {
    const input = read(name);
    return pairOf(name, input, `${input.system as string}-dev`);
  });
  // A system whose name is a prefix of the other's, with a package bucket and KMS signing (alias) both share.
  const blueprint = read('piksel-ecr-blueprint');
  const piksel = {
    ...blueprint,
    // Layout single: the build cache repository is outside the image repository's name, so its ARN is its own.
    registry: { ...(blueprint.registry ?? {}), buildCache: { type: 'registry' } },
    signing: { required: true, method: 'kms', key: 'awskms:///alias/piksel-signing' },
    packages: { bucket: 'acme-shared-artifacts', prefix: '{system}' },
  };
  pairs.push(pairOf('piksel / piksel-dev', piksel, 'piksel-dev'));
  // Names that differ only in punctuation, with a trusted KMS key by ARN and per-service repositories.
  const ab = {
    version: 1,
    system: 'a-b',
    region: 'eu-west-1',
    resourceTags: { Project: 'a-b', Owner: 'team-a-b' },
    requiredTagKeys: ['Project'],
    registry: {
      layout: 'per-service',
      repository: '{system}/{service}',
      services: ['api'],
      charts: '{system}/charts/{chart}',
      buildCache: { type: 'registry' },
      // What provision-repo's roles need beside repositories: an encryption alias, a creation template's role.
      encryption: { type: 'KMS', kmsKey: 'alias/a-b-ecr' },
      createOnPush: true,
      templateRoleArn: 'arn:aws:iam::111111111111:role/ecr-templates',
    },
    iam: { createPolicies: true },
    signing: {
      required: true,
      method: 'kms',
      key: 'awskms:///alias/a-b-signing',
      trust: { kmsKeys: ['awskms:///arn:aws:kms:eu-west-1:111111111111:key/0000a0b0-0000-4000-8000-000000000001'] },
    },
    packages: { bucket: 'acme-shared-artifacts', prefix: '{system}/packages' },
  };
  pairs.push(pairOf('a-b / a_b', ab, 'a_b'));
  return pairs;
}

/** The role's principal: the policy's push role for ci-push when it names one, else `<system>-<role>`. */
export function principalOf(
  sut: SystemUnderTest,
  role: RoleName,
): { principal: string; principalTags: Record<string, string> } {
  const { policy, desired } = sut;
  const key = policy.iam.principalTagKey;
  const principal =
    role === 'ci-push' && policy.registry.pushRoleArn
      ? policy.registry.pushRoleArn
      : `arn:aws:iam::${desired.accountId}:role/${policy.system}-${role}`;
  // Roles are tagged as the docs say: the same key and value as the system's resources.
  return { principal, principalTags: { [key]: resourceTagsOf(policy)[key] } };
}

export function identityDocument(sut: SystemUnderTest, role: RoleName): object {
  const name = `artifacts-${sut.policy.system}-${role}`;
  const found = sut.desired.iamPolicies.find((p) => p.name === name);
  if (!found) throw new Error(`oracle: provision-repo wrote no ${name}`);
  return JSON.parse(found.document) as object;
}

/** The bucket policy of the shared bucket after both systems applied, one after the other. */
export function sharedBucketPolicy(pair: Pair): object | undefined {
  let text: string | undefined;
  for (const { desired } of pair.systems) {
    if (desired.bucket) text = mergeBucketPolicy(text, desired.bucket.statements, desired.bucket.ownership);
  }
  return text ? (JSON.parse(text) as object) : undefined;
}

/** The key policy KMS gives a key by default: it lets the account's IAM policies decide. */
export const defaultKeyPolicy = (accountId: string) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${accountId}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
});

/**
 * The resource's own policy: the bucket policy for S3, the owner's repository policy for a repository, the default
 * key policy for a KMS key (keys are the user's; provision-repo writes no key policy).
 */
function resourcePolicyOf(request: CataloguedRequest, owner: SystemUnderTest, bucketPolicy: object | undefined) {
  if (request.action.startsWith('s3:')) return bucketPolicy;
  if (request.action.startsWith('kms:')) return defaultKeyPolicy(owner.desired.accountId);
  const name = /:repository\/(.+)$/.exec(request.resource)?.[1];
  const text = owner.desired.repositories.find((r) => r.name === name)?.repositoryPolicy;
  return text ? (JSON.parse(text) as object) : undefined;
}

export interface Row {
  pair: string;
  /** The system whose resources are asked for. */
  owner: string;
  /** The system whose role asks. */
  caller: string;
  request: CataloguedRequest;
  decision: Decision;
}

export interface DecideOptions {
  /** Leave out requests with no resource (`*`). */
  isolated: boolean;
  /** The caller's identity document for a role, instead of the one provision-repo writes (to prove a test fails). */
  identity?: (role: RoleName) => object;
  roles?: RoleName[];
}

/** Decides every catalogued request on `owner`'s resources, made by `caller`'s roles. */
export async function decideRequests(
  pair: Pair,
  owner: SystemUnderTest,
  caller: SystemUnderTest,
  options: DecideOptions,
) {
  const bucketPolicy = sharedBucketPolicy(pair);
  const where = { accountId: owner.desired.accountId, region: owner.desired.region };
  const repositories = owner.desired.repositories.map((r) => ({ name: r.name, tags: r.tags, kind: r.kind }));
  const rows: Row[] = [];
  for (const role of options.roles ?? ROLE_NAMES) {
    const requests = requestsOf(role, owner.policy, where, repositories);
    // A role with nothing to ask of this system (the consumer without a package bucket) has no document either.
    if (requests.length === 0) continue;
    const identity = [options.identity?.(role) ?? identityDocument(caller, role)];
    for (const request of requests) {
      if (options.isolated && request.scope === 'account') continue;
      const documents: OracleDocuments = { identity, resource: resourcePolicyOf(request, owner, bucketPolicy) };
      const decision = await decide({ ...principalOf(caller, role), ...request }, documents);
      rows.push({ pair: pair.name, owner: owner.policy.system, caller: caller.policy.system, request, decision });
    }
  }
  return rows;
}

/** Table 1: every role's requests for its own system, both systems of the pair. All must be allowed. */
export async function ownSystemTable(pair: Pair): Promise<Row[]> {
  const [a, b] = pair.systems;
  const options = { isolated: false };
  return [...(await decideRequests(pair, a, a, options)), ...(await decideRequests(pair, b, b, options))];
}

/**
 * Table 2: the same requests by the other system's role. All must be denied, except those with no resource
 * (`*`: the registry login, Inspector listings), which carry nothing to isolate by and are left out.
 */
export async function otherSystemTable(pair: Pair): Promise<Row[]> {
  const [a, b] = pair.systems;
  const options = { isolated: true };
  return [...(await decideRequests(pair, a, b, options)), ...(await decideRequests(pair, b, a, options))];
}
