import { DescribeImageSigningStatusCommand, ECRClient } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { waitForEcrManagedSignature } from '../../src/signing/ecr-managed';

const ecrMock = mockClient(ECRClient);
afterEach(() => ecrMock.reset());

/** A clock that moves only when the code sleeps, so no test depends on real time. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

const digest = `sha256:${'a'.repeat(64)}`;

test('waits through IN_PROGRESS until COMPLETE', async () => {
  ecrMock
    .on(DescribeImageSigningStatusCommand)
    .resolvesOnce({ signingStatuses: [{ status: 'IN_PROGRESS' }] })
    .resolvesOnce({ signingStatuses: [{ status: 'IN_PROGRESS' }] })
    .resolves({
      signingStatuses: [{ status: 'COMPLETE', signingProfileArn: 'arn:aws:signer:eu-central-1:1:/signing-profiles/p' }],
    });
  const clock = fakeClock();
  const result = await waitForEcrManagedSignature({
    ecr: new ECRClient({ region: 'eu-central-1' }),
    repository: 'app',
    digest,
    ...clock,
  });
  expect(result.signingProfileArn).toBe('arn:aws:signer:eu-central-1:1:/signing-profiles/p');
  expect(ecrMock.commandCalls(DescribeImageSigningStatusCommand)).toHaveLength(3);
  expect(ecrMock.commandCalls(DescribeImageSigningStatusCommand)[0].args[0].input).toEqual({
    repositoryName: 'app',
    imageId: { imageDigest: digest },
  });
});

test('FAILED is reported with its code and reason', async () => {
  ecrMock.on(DescribeImageSigningStatusCommand).resolves({
    signingStatuses: [
      { status: 'FAILED', failureCode: 'SIGNING_PROFILE_REVOKED', failureReason: 'The profile was revoked' },
    ],
  });
  await expect(
    waitForEcrManagedSignature({
      ecr: new ECRClient({ region: 'eu-central-1' }),
      repository: 'app',
      digest,
      ...fakeClock(),
    }),
  ).rejects.toThrow(/FAILED \(SIGNING_PROFILE_REVOKED: The profile was revoked\)/);
});

test('gives up at the timeout, naming the last status', async () => {
  ecrMock.on(DescribeImageSigningStatusCommand).resolves({ signingStatuses: [{ status: 'IN_PROGRESS' }] });
  await expect(
    waitForEcrManagedSignature({
      ecr: new ECRClient({ region: 'eu-central-1' }),
      repository: 'app',
      digest,
      timeoutMs: 60_000,
      pollMs: 5_000,
      ...fakeClock(),
    }),
  ).rejects.toThrow(/did not complete within 60 s \(status IN_PROGRESS\)/);
  expect(ecrMock.commandCalls(DescribeImageSigningStatusCommand)).toHaveLength(13);
});

test('no signing status at all means no signing rule covers the repository', async () => {
  ecrMock.on(DescribeImageSigningStatusCommand).resolves({ signingStatuses: [] });
  await expect(
    waitForEcrManagedSignature({
      ecr: new ECRClient({ region: 'eu-central-1' }),
      repository: 'app',
      digest,
      timeoutMs: 10_000,
      ...fakeClock(),
    }),
  ).rejects.toThrow(/PutSigningConfiguration/);
});

test('signImage in ecr-managed format reports the notation referrer ECR attached', async () => {
  const { MemoryRegistry } = await import('./memory-registry');
  const { attachReferrer } = await import('../../src/oci/referrers');
  const { signImage } = await import('../../src/signing/sign-image');
  const registry = new MemoryRegistry(true);
  const subject = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: 10 };
  const ecrSignature = await attachReferrer(registry, 'app', subject, {
    artifactType: 'application/vnd.cncf.notary.signature',
    layers: [{ mediaType: 'application/jose+json', bytes: Buffer.from('{}') }],
  });
  ecrMock.on(DescribeImageSigningStatusCommand).resolves({
    signingStatuses: [{ status: 'COMPLETE', signingProfileArn: 'arn:aws:signer:eu-central-1:1:/signing-profiles/p' }],
  });
  const result = await signImage({
    subject: { client: registry, repository: 'app', descriptor: subject, dockerReference: 'r/app' },
    format: 'ecr-managed',
    ecr: () => new ECRClient({ region: 'eu-central-1' }),
    sleep: fakeClock().sleep,
  });
  expect(result).toMatchObject({
    format: 'ecr-managed',
    skipped: false,
    signatureDigest: ecrSignature.descriptor.digest,
    identity: 'arn:aws:signer:eu-central-1:1:/signing-profiles/p',
  });
});
