import type { KMSClient } from '@aws-sdk/client-kms';
import { GetPublicKeyCommand } from '@aws-sdk/client-kms';
import { formatUsd, monthlyCost } from '../../src/report/cost';
import { cachingKms, signatureOf } from '../../src/report/signatures';
import { inventorySummary, storageChart } from '../../src/report/summary';
import type { InventoryReport } from '../../src/report/types';

const GB = 1024 ** 3;

test.each([
  [10 * GB, 0.1, 1],
  [GB / 2, 0.0245, 0.0123],
  [0, 0.1, 0],
  [1234567890, 0.1, 0.115],
])('%d bytes at $%d per GB-month cost $%d', (bytes, price, cost) => {
  expect(monthlyCost(bytes, price)).toBeCloseTo(cost, 4);
});

test.each([
  [0, '$0.00'],
  [0.0049, '$0.0049'],
  [1.005, '$1.00'],
  [12.5, '$12.50'],
])('formatUsd(%d) is %s', (amount, text) => {
  expect(formatUsd(amount)).toBe(text);
});

const report = (repositories: [string, number][], packageBytes: number) =>
  ({
    repositories: repositories.map(([name, storageBytes]) => ({ name, storageBytes })),
    packages: { storageBytes: packageBytes },
  }) as unknown as InventoryReport;

test('the storage chart: largest first, empty repositories left out, quotes in a name cannot break the block', () => {
  expect(
    storageChart(
      report(
        [
          ['a', 1024 ** 2],
          ['b"x', 3 * 1024 ** 2],
          ['empty', 0],
        ],
        512 * 1024,
      ),
    ),
  ).toBe(
    [
      '```mermaid',
      'pie showData',
      '    title Storage by repository (MiB)',
      `    "b'x" : 3.00`,
      '    "a" : 1.00',
      '    "packages (S3)" : 0.50',
      '```',
      '',
    ].join('\n'),
  );
  expect(storageChart(report([['empty', 0]], 0))).toBeUndefined();
});

test.each([
  [{ verified: [], rejected: [] }, 'unsigned'],
  [
    { verified: [], rejected: [{ format: 'sigstore-bundle', location: 'x', reason: 'wrong-key', detail: '' }] },
    'untrusted',
  ],
  [{ verified: [{ format: 'cosign-legacy', location: 'x', signer: 'k', detail: '' }], rejected: [] }, 'verified'],
] as const)('verification %# reads as %s', (result, status) => {
  expect(signatureOf(result as never).status).toBe(status);
});

test('the KMS public key is asked once for any number of images; a refusal is asked again', async () => {
  const sent: string[] = [];
  let refuse = true;
  const client = {
    send: async (command: GetPublicKeyCommand) => {
      sent.push(String(command.input.KeyId));
      if (command.input.KeyId === 'alias/refused' && refuse) throw new Error('AccessDenied');
      return { PublicKey: new Uint8Array([1]) };
    },
  } as unknown as KMSClient;
  const kms = cachingKms(() => client);
  await Promise.all([1, 2, 3].map(() => kms().send(new GetPublicKeyCommand({ KeyId: 'alias/signing' }))));
  await expect(kms().send(new GetPublicKeyCommand({ KeyId: 'alias/refused' }))).rejects.toThrow('AccessDenied');
  refuse = false;
  await kms().send(new GetPublicKeyCommand({ KeyId: 'alias/refused' }));
  expect(sent).toEqual(['alias/signing', 'alias/refused', 'alias/refused']);
});

test('a large system keeps the summary small: fewer rows per repository, the rest pointed to the report file', () => {
  const image = (i: number) => ({
    digest: `sha256:${String(i).padStart(64, '0')}`,
    tags: [`v${i}`],
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    platforms: ['linux/amd64'],
    sizeBytes: 1,
    signature: { status: 'verified', detail: '' },
    scan: { status: 'COMPLETE', verdict: 'passed', detail: '' },
    releaseTags: [],
  });
  const repositories = Array.from({ length: 100 }, (_, r) => ({
    name: `team/svc-${r}`,
    kind: 'service',
    exists: true,
    tagProblems: [],
    images: Array.from({ length: 30 }, (_, i) => image(i)),
    attachments: { count: 0, sizeBytes: 0 },
    lifecycle: { status: 'no-policy', detail: 'none', expiring: [] },
    storageBytes: 30,
    monthlyCostUsd: 0,
  }));
  const text = inventorySummary({
    system: 'big',
    generatedAt: '',
    scope: {},
    pricing: { ecrGbMonth: 0.1, s3GbMonth: 0.0245 },
    repositories,
    packages: {
      prefix: 'big',
      listed: false,
      detail: 'no bucket',
      objects: 0,
      packages: [],
      storageBytes: 0,
      monthlyCostUsd: 0,
    },
    totals: { imageBytes: 3000, packageBytes: 0, monthlyCostUsd: 0, images: 3000, packages: 0 },
    problems: [],
  } as InventoryReport);
  expect(text.match(/^\| v\d+ \|/gm)).toHaveLength(100 * 15);
  expect(text.match(/… and 15 older image\(s\)/g)).toHaveLength(100);
  expect(text.length).toBeLessThan(1024 * 1024);
});
