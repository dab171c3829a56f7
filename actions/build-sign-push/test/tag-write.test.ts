import { RegistryError } from '../../../shared/src/oci/errors';
import type { StoredManifest } from '../../../shared/src/oci/types';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { PlannedTag } from '../src/tag-plan';
import { isImmutableTagRefusal, writeTag, type TagWriter } from '../src/tag-write';

const mine: StoredManifest = {
  bytes: Buffer.from('{}'),
  digest: `sha256:${'a'.repeat(64)}`,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
};
const other = `sha256:${'b'.repeat(64)}`;
const immutable: PlannedTag = { tag: 'api-v1.0.0', kind: 'release', mutable: false, action: 'new' };
const movable: PlannedTag = { tag: 'api-latest', kind: 'latest', mutable: true, action: 'new' };

/** A registry whose tag reads answer in turn from `reads`, and whose write may fail. */
function registry(reads: (string | undefined)[], putError?: Error) {
  const calls: string[] = [];
  const client: TagWriter = {
    host: 'registry.example.com',
    headManifest: async (_repo, tag) => {
      calls.push(`HEAD ${tag}`);
      const digest = reads.shift();
      return digest ? { digest, mediaType: mine.mediaType, size: 2 } : undefined;
    },
    putManifest: async (_repo, tag) => {
      calls.push(`PUT ${tag}`);
      if (putError) throw putError;
      return { digest: mine.digest };
    },
  };
  return { client, calls };
}

const ecrRefusal = new RegistryError(
  'PUT',
  'https://123456789012.dkr.ecr.eu-central-1.amazonaws.com/v2/shop/api/manifests/api-v1.0.0',
  400,
  'TAG_INVALID',
  "The image tag 'api-v1.0.0' already exists in the 'shop/api' repository and cannot be overwritten because the repository is immutable.",
);

test('an immutable tag on a registry without immutability: checked, written, read back', async () => {
  const { client, calls } = registry([undefined, mine.digest]);
  await writeTag(client, 'shop/api', immutable, mine, false);
  expect(calls).toEqual(['HEAD api-v1.0.0', 'PUT api-v1.0.0', 'HEAD api-v1.0.0']);
});

test('another run wrote the tag after this run wrote it: a ConfigurationError naming the tag and both digests', async () => {
  const { client } = registry([undefined, other]);
  const error = await writeTag(client, 'shop/api', immutable, mine, false).catch((e: Error) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).toMatch(/'api-v1\.0\.0'.*written by another run at the same time; re-run/);
  expect((error as Error).message).toContain(other);
  expect((error as Error).message).toContain(mine.digest);
});

test('another run wrote the tag since the plan was made: refused before the write', async () => {
  const { client, calls } = registry([other]);
  await expect(writeTag(client, 'shop/api', immutable, mine, false)).rejects.toThrow(ConfigurationError);
  expect(calls).toEqual(['HEAD api-v1.0.0']);
});

test('a movable tag, or a registry that enforces immutability, is written without extra reads', async () => {
  for (const [tag, enforced] of [
    [movable, false],
    [immutable, true],
  ] as const) {
    const { client, calls } = registry([]);
    await writeTag(client, 'shop/api', tag, mine, enforced);
    expect(calls).toEqual([`PUT ${tag.tag}`]);
  }
});

test("ECR's refusal of an immutable tag becomes a ConfigurationError naming the tag and the image there", async () => {
  const { client } = registry([other], ecrRefusal);
  const error = await writeTag(client, 'shop/api', immutable, mine, true).catch((e: Error) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).toMatch(/'api-v1\.0\.0'.*sha256:b{64}.*another run at the same time/);
  expect((error as Error & { cause?: unknown }).cause).toBe(ecrRefusal);
});

test.each([
  ['ECR TAG_INVALID, immutable', ecrRefusal, true],
  ['409 naming an existing tag', new RegistryError('PUT', 'u', 409, undefined, 'tag already exists'), true],
  [
    'MANIFEST_INVALID about immutability',
    new RegistryError('PUT', 'u', 400, 'MANIFEST_INVALID', 'tag immutable'),
    true,
  ],
  [
    'MANIFEST_INVALID for a bad manifest',
    new RegistryError('PUT', 'u', 400, 'MANIFEST_INVALID', 'manifest invalid'),
    false,
  ],
  ['a server error', new RegistryError('PUT', 'u', 500, undefined, 'immutable'), false],
  ['not a registry error', new Error('immutable'), false],
])('isImmutableTagRefusal: %s', (_name, err, expected) => {
  expect(isImmutableTagRefusal(err)).toBe(expected);
});
