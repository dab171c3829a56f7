import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { digestOf } from '../../shared/src/oci/digest';
import { RegistryClient } from '../../shared/src/oci/registry';
import { MANIFEST_ACCEPT, type ImageIndex, type ImageManifest } from '../../shared/src/oci/types';
import { silentLogger } from '../utils/loggers';
import type { LocalRegistry } from '../utils/registry';
import type { LocalS3 } from '../utils/s3';

/** Shared pieces of the reliability suite: policies, what the registry and the store hold, the fault report. */

export const RESOURCE_TAGS =
  'resourceTags: {Project: shop, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: DevOps}';

/** A policy of system `shop`: per-service repositories (or one, `layout: single`), optional signing and mirrors. */
export function policyText(options: {
  services: string[];
  single?: boolean;
  signing?: string[];
  mirrors?: { source: string; target: string }[];
  packages?: boolean;
}): string {
  return [
    'version: 1',
    'system: shop',
    'region: eu-central-1',
    RESOURCE_TAGS,
    'registry:',
    options.single ? '  layout: single\n  repository: shop-core' : '  layout: per-service',
    `  services: [${options.services.join(', ')}]`,
    '  tagMutability: IMMUTABLE',
    '  mutableTags: ["*-latest"]',
    ...(options.mirrors?.length
      ? ['  mirrors:', ...options.mirrors.flatMap((m) => [`    - source: ${m.source}`, `      target: ${m.target}`])]
      : []),
    'tags:',
    '  release: "{service}-{version}"',
    '  development: "{service}-{branch}-{sha7}"',
    '  latest: "{service}-latest"',
    '  latestFrom: [main]',
    ...(options.signing ? ['signing:', ...options.signing.map((l) => `  ${l}`)] : []),
    ...(options.packages ? ['packages:', '  bucket: artifacts-test', '  baseUrl: https://artifacts.example.com'] : []),
    '',
  ].join('\n');
}

/**
 * The Grype fixture as `grype <repository>@<digest>` writes it for the image `reference` (repository@digest): it
 * names the gated digest, as scan-gate requires of a report before judging it. Returns the file written.
 */
export function grypeReportOf(reference: string, digest: string, file: string): string {
  const fixture = resolve(__dirname, '..', 'fixtures', 'scan', 'grype-alpine.json');
  const report = JSON.parse(readFileSync(fixture, 'utf8')) as { source: { target: Record<string, unknown> } };
  report.source.target = {
    ...report.source.target,
    userInput: reference,
    manifestDigest: digest,
    repoDigests: [reference],
  };
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}

export function directClient(registry: LocalRegistry): RegistryClient {
  return new RegistryClient({
    baseUrl: registry.url,
    credentials: registry.username ? { username: registry.username, password: registry.password! } : undefined,
    logger: silentLogger,
  });
}

async function registryJson<T>(registry: LocalRegistry, path: string): Promise<T | undefined> {
  const headers: Record<string, string> = {};
  if (registry.username)
    headers.authorization = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`;
  const res = await fetch(`${registry.url}${path}`, { headers });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** Every repository and tag the registry holds, each tag with the digest it points at. */
export async function registryContents(registry: LocalRegistry): Promise<Record<string, string>> {
  const catalog = await registryJson<{ repositories: string[] | null }>(registry, '/v2/_catalog?n=1000');
  const out: Record<string, string> = {};
  const client = directClient(registry);
  for (const repository of catalog?.repositories ?? []) {
    const tags = await registryJson<{ tags: string[] | null }>(registry, `/v2/${repository}/tags/list`);
    for (const tag of tags?.tags ?? []) {
      const manifest = await client.getManifest(repository, tag, MANIFEST_ACCEPT);
      out[`${repository}:${tag}`] = manifest ? digestOf(manifest.bytes) : 'missing';
    }
  }
  return out;
}

/**
 * Problems with what the tags point at: a manifest, platform manifest, config or layer that is missing or whose
 * bytes do not hash to their digest. Empty when every tag leads to complete, intact content.
 */
export async function incompleteTags(registry: LocalRegistry): Promise<string[]> {
  const client = directClient(registry);
  const problems: string[] = [];
  const checkManifest = async (repository: string, reference: string, label: string): Promise<void> => {
    const manifest = await client.getManifest(repository, reference, MANIFEST_ACCEPT);
    if (!manifest) return void problems.push(`${label}: manifest ${reference} missing`);
    if (reference.startsWith('sha256:') && digestOf(manifest.bytes) !== reference)
      return void problems.push(`${label}: manifest ${reference} corrupt`);
    const doc = JSON.parse(manifest.bytes.toString('utf8')) as Partial<ImageIndex & ImageManifest>;
    for (const child of doc.manifests ?? []) await checkManifest(repository, child.digest, label);
    for (const blob of [...(doc.config ? [doc.config] : []), ...(doc.layers ?? [])]) {
      try {
        const bytes = await client.getBlob(repository, blob.digest);
        if (digestOf(bytes) !== blob.digest) problems.push(`${label}: blob ${blob.digest} corrupt`);
      } catch (err) {
        problems.push(`${label}: blob ${blob.digest} unreadable (${(err as Error).message})`);
      }
    }
  };
  for (const key of Object.keys(await registryContents(registry))) {
    const [repository, tag] = [key.slice(0, key.lastIndexOf(':')), key.slice(key.lastIndexOf(':') + 1)];
    await checkManifest(repository, tag, key);
  }
  return problems;
}

export function s3Client(s3: LocalS3): S3Client {
  return new S3Client({
    endpoint: s3.endpoint,
    region: 'eu-central-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}

/** Every key under the prefix with the sha256 of its body. */
export async function s3Contents(s3: LocalS3, prefix = ''): Promise<Record<string, string>> {
  const client = s3Client(s3);
  const out: Record<string, string> = {};
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) {
      const body = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: o.Key! }));
      const bytes = Buffer.from(await body.Body!.transformToByteArray());
      out[o.Key!] = createHash('sha256').update(bytes).digest('hex');
    }
    token = page.NextContinuationToken;
  } while (token);
  client.destroy();
  return out;
}

export async function s3Text(s3: LocalS3, key: string): Promise<string | undefined> {
  const client = s3Client(s3);
  try {
    const body = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    return await body.Body!.transformToString();
  } catch {
    return undefined;
  } finally {
    client.destroy();
  }
}

export interface ReliabilityRow {
  operation: string;
  rate: number;
  runs: number;
  faultsInjected: number;
  faultsSurvived: number;
  completed: number;
  failedCleanly: number;
  corrupted: number;
}

export const RESULTS_FILE = resolve(__dirname, '..', '..', 'bench', 'results', 'reliability.json');

/** Writes the rows and prints them as a table. */
export function writeReliabilityReport(rows: ReliabilityRow[]): string {
  mkdirSync(join(RESULTS_FILE, '..'), { recursive: true });
  const totals = rows.reduce(
    (t, r) => ({
      runs: t.runs + r.runs,
      faultsInjected: t.faultsInjected + r.faultsInjected,
      faultsSurvived: t.faultsSurvived + r.faultsSurvived,
      corrupted: t.corrupted + r.corrupted,
    }),
    { runs: 0, faultsInjected: 0, faultsSurvived: 0, corrupted: 0 },
  );
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ date: new Date().toISOString(), rows, totals }, null, 2)}\n`);
  const table = [
    '| operation | fault rate | runs | faults injected | faults survived | completed | failed cleanly | corrupted results |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.operation} | ${Math.round(r.rate * 100)}% | ${r.runs} | ${r.faultsInjected} | ${r.faultsSurvived} | ${r.completed} | ${r.failedCleanly} | ${r.corrupted} |`,
    ),
    `| total | | ${totals.runs} | ${totals.faultsInjected} | ${totals.faultsSurvived} | | | ${totals.corrupted} |`,
  ].join('\n');
  return table;
}
