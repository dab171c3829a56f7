import type { KMSClient } from '@aws-sdk/client-kms';
import { GetPublicKeyCommand } from '@aws-sdk/client-kms';
import { formatUsd, monthlyCost } from '../../src/inventory/cost';
import { cachingKms, signatureOf } from '../../src/inventory/signatures';
import { storageChart } from '../../src/inventory/summary';
import type { InventoryReport } from '../../src/inventory/types';

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
