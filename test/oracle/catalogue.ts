/**
 * The requests each role really makes, as IAM action + resource + context, derived from the code paths (not from
 * the permission list, so that the two can disagree):
 * - registry calls are written as the distribution API request the client sends and mapped to the ECR action by the
 *   client's own `ecrActionFor` (shared/src/oci/ecr.ts);
 * - AWS SDK calls are named after the command the code sends (shared/src/signing, shared/src/scan);
 * - S3 calls follow shared/src/packages/store.ts: artifacts are PUT with If-None-Match: *, indexes with If-Match
 *   (their first version with If-None-Match). The side files of indexes (maven-metadata.xml checksums, the python
 *   simple pages) are catalogued as conditional too: that is how store.ts writes them once its side-file writes carry
 *   the same headers as the index (today they are unconditional, which the bucket policy refuses).
 * - `pull` and `developer-read` are people and workloads, not actions: their requests are those of a pull, an
 *   install and browsing.
 * - `consumer` is setup-package-store's endpoint: each GET or HEAD that mvn, npm or pip sends becomes a GetObject or
 *   HeadObject (both authorised as s3:GetObject) of the key publish-package wrote, named by the same layout functions
 *   (shared/src/packages), and a key it cannot find a ListObjectsV2 of that key (404 rather than 403).
 */
import type { Policy } from '../../shared/src/policy';
import type { RoleName } from '../../actions/provision-repo/src/documents';
import { packagePrefix } from '../../shared/src/policy';
import { ecrActionFor } from '../../shared/src/oci/ecr';
import { artifactDirectory, mavenFileName } from '../../shared/src/packages/maven';
import { CHECKSUM_ALGORITHMS } from '../../shared/src/packages/maven-metadata';
import { npmPackumentKey, npmTarballKey } from '../../shared/src/packages/npm';
import { SIMPLE_ROOT, distributionKey, simpleProjectDir } from '../../shared/src/packages/python';
import { parseKeyReference } from '../../shared/src/signing/key-reference';
import { kmsAliasOf } from '../../shared/src/policy/formats';
import type { ContextValue } from './evaluate';

/** When a call happens, as a fact of the policy file (read from the code that makes the call). */
type When = 'always' | 'signs' | 'kms' | 'signer' | 'ecr-managed' | 'verifies' | 'auto-scan' | 'ecr-scan' | 'inspector';

const scanSource = (p: Policy) =>
  p.scan.source === 'auto' ? (p.registry.scanning.type === 'ENHANCED' ? 'inspector' : 'ecr') : p.scan.source;

const WHEN: Record<When, (p: Policy) => boolean> = {
  always: () => true,
  signs: (p) => p.signing.method !== 'none',
  kms: (p) => p.signing.method === 'kms',
  signer: (p) => p.signing.method === 'signer',
  'ecr-managed': (p) => p.signing.method === 'ecr-managed',
  verifies: (p) => p.signing.required || p.signing.method !== 'none',
  'auto-scan': (p) => p.scan.source === 'auto',
  'ecr-scan': (p) => scanSource(p) === 'ecr',
  inspector: (p) => scanSource(p) === 'inspector',
};

/** A distribution API request on one repository: `[method, path after /v2/<repository>/, why, when]`. */
type RegistryCall = [string, string, string, When?];
/** An AWS API call: `[IAM action, what it acts on, why, when]`. */
type AwsCall = [string, 'account' | 'repository' | 'signing-key' | 'trusted-keys' | 'signer-profile', string, When?];
/** An S3 call under the system's prefix: `[IAM action, relative key (or listed prefix), why, context]`. */
type S3Call = [string, string, string, Record<string, string>?];

const DIGEST = `sha256:${'a'.repeat(64)}`;

const PUSH: RegistryCall[] = [
  ['HEAD', `blobs/${DIGEST}`, 'is the layer there already'],
  ['POST', `blobs/uploads/?mount=${DIGEST}&from=sibling`, 'mount the layer from a sibling repository'],
  ['GET', `blobs/${DIGEST}`, "read the sibling's layer the mount takes"],
  ['POST', 'blobs/uploads/', 'start an upload'],
  // The layer's bytes ride on the PUT, which ends the upload; ECR's push permissions list ecr:UploadLayerPart for them.
  ['PATCH', 'blobs/uploads/0b1c', "the layer's bytes (ECR's push permissions)"],
  ['PUT', `blobs/uploads/0b1c?digest=${DIGEST}`, 'the layer, whole, in one request'],
  ['HEAD', 'manifests/v1.2.0', 'what the tag points at (immutable tags are never rewritten)'],
  ['GET', 'manifests/v1.2.0', 'the manifest the tag points at'],
  ['PUT', 'manifests/v1.2.0', 'the image under each tag'],
  ['GET', `referrers/${DIGEST}`, 'existing signatures', 'signs'],
  ['GET', `manifests/sha256-${'a'.repeat(64)}`, 'the referrers tag index (registries without the API)', 'signs'],
  ['PUT', `manifests/sha256-${'a'.repeat(64)}.sig`, 'the signature manifest', 'signs'],
];

/** The builder's layer cache (registry.buildCache type registry), in the cache repository beside the image's. */
const CACHE: RegistryCall[] = [
  ['HEAD', `manifests/${'c'.repeat(64)}`, 'buildah --cache-from: is this step cached'],
  ['GET', `manifests/${'c'.repeat(64)}`, 'the cached step'],
  ['GET', `blobs/${DIGEST}`, "a cached step's layer"],
  ['HEAD', `blobs/${DIGEST}`, 'buildah --cache-to: is the layer there already'],
  ['POST', 'blobs/uploads/', 'a cache layer upload'],
  ['PATCH', 'blobs/uploads/0b1c', 'a chunk of it (buildah uploads in PATCHes)'],
  ['PUT', `blobs/uploads/0b1c?digest=${DIGEST}`, 'its end'],
  ['PUT', `manifests/${'c'.repeat(64)}`, 'the cached step under its cache key (a mutable tag)'],
];

const SIGN: AwsCall[] = [
  ['ecr:GetAuthorizationToken', 'account', 'the registry login'],
  ['kms:Sign', 'signing-key', 'KMS signs the digest', 'kms'],
  ['kms:GetPublicKey', 'signing-key', 'the public key the signature is checked with', 'kms'],
  ['signer:SignPayload', 'signer-profile', 'the notation envelope from AWS Signer', 'signer'],
  ['ecr:DescribeImageSigningStatus', 'repository', 'waiting for ECR managed signing', 'ecr-managed'],
];

const CREATE = { 's3:if-none-match': '*', 's3:ObjectCreationOperation': 'true' };
const REWRITE = { 's3:if-match': '"9b2cf535f27731c974343645a3985328"', 's3:ObjectCreationOperation': 'true' };
// CreateMultipartUpload and UploadPart are authorised as s3:PutObject; they create no object and carry no header.
const PART = { 's3:ObjectCreationOperation': 'false' };
const M = 'maven/com/acme/lib';

const PUBLISH: S3Call[] = [
  ['s3:ListBucket', `${M}/1.0.0/`, 'one listing checks all the files of a new version'],
  ['s3:GetObject', `${M}/1.0.0/lib-1.0.0.jar`, 'HEAD: the sha256 of a published file'],
  ['s3:GetObject', `${M}/maven-metadata.xml`, 'GET of an index and its ETag'],
  ['s3:PutObject', '.claims/maven/com.acme/lib/1.0.0', 'the version claimed before its first file', CREATE],
  ['s3:PutObject', '.claims/maven/com.acme/lib/1.0.0', 'a lapsed claim taken over over its ETag', REWRITE],
  ['s3:PutObject', `${M}/1.0.0/lib-1.0.0.jar`, 'an artifact, never overwritten', CREATE],
  ['s3:PutObject', `${M}/1.0.0/lib-1.0.0.pom`, 'the POM', CREATE],
  ['s3:PutObject', `${M}/1.0.0/lib-1.0.0.jar.sha1`, "an artifact's checksum", CREATE],
  ['s3:PutObject', `${M}/maven-metadata.xml`, 'the first version of an index', CREATE],
  ['s3:PutObject', `${M}/maven-metadata.xml`, 'an index rewritten over its ETag', REWRITE],
  ['s3:PutObject', `${M}/maven-metadata.xml.sha1`, "an index's checksum (side file)", REWRITE],
  ['s3:PutObject', `${M}/maven-metadata.xml.sha512`, "a new index's checksum (side file)", CREATE],
  ['s3:PutObject', 'npm/@acme/lib/-/lib-1.0.0.tgz', 'an npm tarball', CREATE],
  ['s3:PutObject', 'npm/@acme/lib', 'the npm packument', REWRITE],
  ['s3:PutObject', 'python/files/lib/lib-1.0.0-py3-none-any.whl', 'a wheel', CREATE],
  ['s3:PutObject', 'python/files/lib/lib-1.0.0-py3-none-any.whl.metadata', 'its core metadata', CREATE],
  ['s3:PutObject', 'python/simple/lib/index.json', 'the project index', REWRITE],
  ['s3:PutObject', 'python/simple/lib/', 'the PEP 503 project page (side file)', REWRITE],
  ['s3:PutObject', 'python/simple/lib/index.html', 'the project page by name (side file)', REWRITE],
  ['s3:PutObject', 'python/simple/', 'the root page (side file)', REWRITE],
  ['s3:PutObject', 'python/simple/index.html', 'the root page by name (side file)', CREATE],
  ['s3:PutObject', 'zip/site/1.2.0/site.zip', 'a ZIP', CREATE],
  ['s3:PutObject', 'zip/site/1.2.0/site.zip.sha256', "the ZIP's checksum", CREATE],
  ['s3:PutObject', 'zip/big/1.0.0/big.zip', 'CreateMultipartUpload of a large file', PART],
  ['s3:PutObject', 'zip/big/1.0.0/big.zip', 'UploadPart', PART],
  ['s3:PutObject', 'zip/big/1.0.0/big.zip', 'CompleteMultipartUpload, with If-None-Match', CREATE],
  ['s3:AbortMultipartUpload', 'zip/big/1.0.0/big.zip', 'a failed multipart upload removes its parts'],
];

const SCAN: AwsCall[] = [
  ['ecr:GetRegistryScanningConfiguration', 'account', 'which scanner the registry runs', 'auto-scan'],
  ['ecr:DescribeImageScanFindings', 'repository', 'the basic scan of the digest', 'ecr-scan'],
  ['ecr:StartImageScan', 'repository', 'an image without a scan is scanned', 'ecr-scan'],
  ['inspector2:ListCoverage', 'account', 'is the digest scanned yet', 'inspector'],
  ['inspector2:ListFindings', 'account', 'the findings of the digest', 'inspector'],
  ['ecr:GetAuthorizationToken', 'account', 'the registry login for the signature check', 'verifies'],
  ['kms:GetPublicKey', 'trusted-keys', 'the trusted KMS public keys', 'verifies'],
];

const VERIFY: RegistryCall[] = [
  ['GET', `manifests/${DIGEST}`, 'the image under check', 'verifies'],
  ['GET', `referrers/${DIGEST}`, 'its signatures', 'verifies'],
  ['GET', `manifests/sha256-${'a'.repeat(64)}.sig`, 'the cosign signature tag', 'verifies'],
  ['GET', `blobs/${DIGEST}`, 'a signature layer (the bundle)', 'verifies'],
];

const PULL: RegistryCall[] = [
  ['HEAD', 'manifests/v1.2.0', 'resolve the tag'],
  ['GET', 'manifests/v1.2.0', 'the manifest'],
  ['GET', `blobs/${DIGEST}`, 'a layer'],
  ['HEAD', `blobs/${DIGEST}`, 'a layer check before a copy'],
];
const INSTALL: S3Call[] = [
  ['s3:GetObject', `${M}/maven-metadata.xml`, 'an index'],
  ['s3:GetObject', `${M}/1.0.0/lib-1.0.0.jar`, 'an artifact'],
  ['s3:ListBucket', `${M}/`, 'listing the prefix'],
];
const BROWSE: AwsCall[] = [
  ['ecr:GetAuthorizationToken', 'account', 'the registry login'],
  ['ecr:DescribeRepositories', 'repository', 'browsing repositories'],
  ['ecr:DescribeImages', 'repository', 'browsing images'],
  ['ecr:ListImages', 'repository', 'listing image ids'],
];
const BROWSE_REGISTRY: RegistryCall[] = [['GET', 'tags/list', 'listing tags']];

const MAVEN_DIR = artifactDirectory('com.acme', 'lib');
const POM = `${MAVEN_DIR}/1.0.0/${mavenFileName('lib', '1.0.0', 'pom')}`;
const JAR = `${MAVEN_DIR}/1.0.0/${mavenFileName('lib', '1.0.0', 'jar')}`;
const WHEEL = distributionKey('acme-lib', 'acme_lib-1.0.0-py3-none-any.whl');
const PROJECT_PAGE = simpleProjectDir('acme-lib');
const PACKUMENT = npmPackumentKey('@acme/lib');
const TARBALL = npmTarballKey('@acme/lib', '1.0.0');
const get = (key: string, why: string): S3Call => ['s3:GetObject', key, `GET ${key}: ${why}`];
const head = (key: string, why: string): S3Call => ['s3:GetObject', key, `HEAD ${key}: ${why} (HeadObject)`];
const withChecksums = (key: string, why: string): S3Call[] => [
  get(key, why),
  ...CHECKSUM_ALGORITHMS.map((a) => get(`${key}.${a}`, `the ${a} checksum mvn checks it with`)),
];

/** The keys the endpoint reads for each client's install. */
const INSTALL_THROUGH_ENDPOINT: S3Call[] = [
  get(PROJECT_PAGE, "pip: the project's PEP 503 page"),
  get(`${PROJECT_PAGE}index.json`, 'pip: the project page as JSON (PEP 691)'),
  get(SIMPLE_ROOT, 'pip: the root page'),
  get(`${WHEEL}.metadata`, "pip: the wheel's core metadata (PEP 658)"),
  get(WHEEL, 'pip: the wheel'),
  head(WHEEL, 'a client asking for the size and ETag'),
  get(PACKUMENT, 'npm: the packument'),
  get(TARBALL, 'npm: the tarball'),
  head(TARBALL, 'a client asking for the size and ETag'),
  ...withChecksums(`${MAVEN_DIR}/maven-metadata.xml`, 'mvn: the versions of the artifact'),
  ...withChecksums(POM, 'mvn: the POM'),
  ...withChecksums(JAR, 'mvn: the jar'),
  head(JAR, 'a client asking for the size and ETag'),
  ['s3:ListBucket', `${MAVEN_DIR}/1.0.0/${mavenFileName('lib', '1.0.0', 'jar', 'sources')}`, 'a key not found'],
];

/** Who makes which calls. */
export const CATALOGUE: Record<
  RoleName,
  { registry: RegistryCall[]; cache: RegistryCall[]; aws: AwsCall[]; s3: S3Call[] }
> = {
  'ci-push': { registry: [...PUSH, ...VERIFY], cache: CACHE, aws: [...SIGN, ...SCAN], s3: PUBLISH },
  pull: {
    registry: PULL,
    cache: [],
    aws: [['ecr:GetAuthorizationToken', 'account', 'the registry login']],
    s3: INSTALL,
  },
  'developer-read': { registry: [...PULL, ...BROWSE_REGISTRY], cache: [], aws: BROWSE, s3: INSTALL },
  consumer: { registry: [], cache: [], aws: [], s3: INSTALL_THROUGH_ENDPOINT },
};

/** One request: what is asked, of what, with which context keys; `scope` tells a system's resource from `*`. */
export interface CataloguedRequest {
  role: RoleName;
  why: string;
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  scope: 'system' | 'account';
}

export interface Where {
  accountId: string;
  region: string;
}

/** A repository of the system as provision-repo creates it: its name and tags (and `cache` for a build cache). */
export interface RepositoryUnderTest {
  name: string;
  tags: Record<string, string>;
  kind?: string;
}

const account = (role: RoleName, why: string, action: string): CataloguedRequest => ({
  role,
  why,
  action,
  resource: '*',
  context: {},
  scope: 'account',
});

function repositoryRequests(
  role: RoleName,
  policy: Policy,
  repo: RepositoryUnderTest,
  where: Where,
): CataloguedRequest[] {
  const arn = `arn:aws:ecr:${where.region}:${where.accountId}:repository/${repo.name}`;
  const context = Object.fromEntries(Object.entries(repo.tags).map(([k, v]) => [`ecr:ResourceTag/${k}`, v]));
  const host = `https://${where.accountId}.dkr.ecr.${where.region}.amazonaws.com`;
  const { registry: imageCalls, cache, aws: awsCalls } = CATALOGUE[role];
  // Only the builder touches a cache repository, and only with the cache's calls.
  const isCache = repo.kind === 'cache';
  const registry = isCache ? cache : imageCalls;
  const aws = isCache ? [] : awsCalls;
  const viaRegistry = registry.map(([method, path, why, when]) => ({
    when,
    why: `${method} ${path}: ${why}`,
    action: ecrActionFor(method, `${host}/v2/${repo.name}/${path}`),
  }));
  const direct = aws.filter(([, on]) => on === 'repository').map(([action, , why, when]) => ({ when, why, action }));
  return [...viaRegistry, ...direct]
    .filter(({ when }) => WHEN[when ?? 'always'](policy))
    .map(({ why, action }) => ({
      role,
      why,
      action,
      resource: arn,
      context,
      scope: 'system' as const,
    }));
}

/** A KMS request: the key's ARN, with `kms:RequestAlias` when the code names the key by its alias. */
function kmsRequest(role: RoleName, why: string, action: string, reference: string, where: Where) {
  const ref = parseKeyReference(reference);
  if (ref.kind !== 'kms') return [];
  const alias = kmsAliasOf(ref.keyId);
  // KMS authorises on the key's ARN; the key behind an alias gets a stand-in id, distinct per alias.
  const id = alias ? Buffer.from(alias).toString('hex') : ref.keyId;
  const resource = id.startsWith('arn:') ? id : `arn:aws:kms:${where.region}:${where.accountId}:key/${id}`;
  const context = alias ? { 'kms:RequestAlias': alias } : {};
  return [{ role, why, action, resource, context, scope: 'system' as const }];
}

function signerRequest(role: RoleName, why: string, action: string, profile: string | undefined, where: Where) {
  if (!profile) return [];
  const resource = profile.startsWith('arn:')
    ? profile
    : `arn:aws:signer:${where.region}:${where.accountId}:/signing-profiles/${profile}`;
  return [{ role, why, action, resource, context: {}, scope: 'system' as const }];
}

function awsRequests(role: RoleName, policy: Policy, where: Where): CataloguedRequest[] {
  const signingKeys = policy.signing.key ? [policy.signing.key] : [];
  return CATALOGUE[role].aws
    .filter(([, , , when]) => WHEN[when ?? 'always'](policy))
    .flatMap(([action, on, why]) => {
      if (on === 'account') return [account(role, why, action)];
      if (on === 'signing-key') return signingKeys.flatMap((k) => kmsRequest(role, why, action, k, where));
      if (on === 'trusted-keys')
        return policy.signing.trust.kmsKeys.flatMap((k) => kmsRequest(role, why, action, k, where));
      if (on === 'signer-profile') return signerRequest(role, why, action, policy.signing.profile, where);
      return [];
    });
}

function s3Requests(role: RoleName, policy: Policy, bucket: string | undefined): CataloguedRequest[] {
  if (!bucket) return [];
  const prefix = packagePrefix(policy);
  return CATALOGUE[role].s3.map(([action, key, why, context]) => ({
    role,
    why,
    action,
    resource: action === 's3:ListBucket' ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${prefix}/${key}`,
    context: action === 's3:ListBucket' ? { 's3:prefix': `${prefix}/${key}` } : { ...context },
    scope: 'system' as const,
  }));
}

/** Every request `role` makes for the system of `policy`, on its repositories and its package prefix. */
export function requestsOf(
  role: RoleName,
  policy: Policy,
  where: Where,
  repositories: RepositoryUnderTest[],
): CataloguedRequest[] {
  return [
    ...repositories.flatMap((r) => repositoryRequests(role, policy, r, where)),
    ...awsRequests(role, policy, where),
    ...s3Requests(role, policy, policy.packages.bucket),
  ];
}
