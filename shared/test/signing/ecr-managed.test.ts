import { DescribeImageSigningStatusCommand } from '@aws-sdk/client-ecr';
import { answers, FakeAws } from '../../../test/fakes';
import { waitForEcrManagedSignature } from '../../src/signing/ecr-managed';

let aws: FakeAws;
beforeEach(() => (aws = new FakeAws()));

/** A clock that moves only when the code sleeps, so no test depends on real time. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

const digest = `sha256:${'a'.repeat(64)}`;

test('waits through IN_PROGRESS until COMPLETE', async () => {
  aws.ecr.service.on(
    DescribeImageSigningStatusCommand,
    answers([{ signingStatuses: [{ status: 'IN_PROGRESS' }] }, { signingStatuses: [{ status: 'IN_PROGRESS' }] }], {
      signingStatuses: [{ status: 'COMPLETE', signingProfileArn: 'arn:aws:signer:eu-central-1:1:/signing-profiles/p' }],
    }),
  );
  const clock = fakeClock();
  const result = await waitForEcrManagedSignature({
    ecr: aws.ecr.client,
    repository: 'app',
    digest,
    ...clock,
  });
  expect(result.signingProfileArn).toBe('arn:aws:signer:eu-central-1:1:/signing-profiles/p');
  expect(aws.ecr.service.inputs(DescribeImageSigningStatusCommand)).toHaveLength(3);
  expect(aws.ecr.service.inputs(DescribeImageSigningStatusCommand)[0]).toEqual({
    repositoryName: 'app',
    imageId: { imageDigest: digest },
  });
});

test('FAILED is reported with its code and reason', async () => {
  aws.ecr.service.on(DescribeImageSigningStatusCommand, () => ({
    signingStatuses: [
      { status: 'FAILED', failureCode: 'SIGNING_PROFILE_REVOKED', failureReason: 'The profile was revoked' },
    ],
  }));
  await expect(
    waitForEcrManagedSignature({
      ecr: aws.ecr.client,
      repository: 'app',
      digest,
      ...fakeClock(),
    }),
  ).rejects.toThrow(/FAILED \(SIGNING_PROFILE_REVOKED: The profile was revoked\)/);
});

test('gives up at the timeout, naming the last status', async () => {
  aws.ecr.service.on(DescribeImageSigningStatusCommand, () => ({ signingStatuses: [{ status: 'IN_PROGRESS' }] }));
  await expect(
    waitForEcrManagedSignature({
      ecr: aws.ecr.client,
      repository: 'app',
      digest,
      timeoutMs: 60_000,
      pollMs: 5_000,
      ...fakeClock(),
    }),
  ).rejects.toThrow(/did not complete within 60 s \(status IN_PROGRESS\)/);
  expect(aws.ecr.service.inputs(DescribeImageSigningStatusCommand)).toHaveLength(13);
});

test('no signing status at all means no signing rule covers the repository', async () => {
  aws.ecr.service.on(DescribeImageSigningStatusCommand, () => ({ signingStatuses: [] }));
  await expect(
    waitForEcrManagedSignature({
      ecr: aws.ecr.client,
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
  aws.ecr.service.on(DescribeImageSigningStatusCommand, () => ({
    signingStatuses: [{ status: 'COMPLETE', signingProfileArn: 'arn:aws:signer:eu-central-1:1:/signing-profiles/p' }],
  }));
  const result = await signImage({
    subject: { client: registry, repository: 'app', descriptor: subject, dockerReference: 'r/app' },
    format: 'ecr-managed',
    ecr: () => aws.ecr.client,
    sleep: fakeClock().sleep,
  });
  expect(result).toMatchObject({
    format: 'ecr-managed',
    skipped: false,
    signatureDigest: ecrSignature.descriptor.digest,
    identity: 'arn:aws:signer:eu-central-1:1:/signing-profiles/p',
  });
});
