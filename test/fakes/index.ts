import { CallLog } from './calls';
import { FakeEcr } from './ecr';
import { FakeIam } from './iam';
import { FakeKms } from './kms';
import { FakeS3, fakeS3Client } from './s3';
import { FakeInspector, FakeSigner } from './scripted';

export { answers, CallLog, FakeService, FakeServiceError, isWriteCommand } from './calls';
export type { FakeCall } from './calls';
export { FakeEcr } from './ecr';
export { lifecyclePolicyProblem, REPOSITORY_NAME } from './ecr-rules';
export type { FakePullThroughRule, FakeRepository, FakeTemplate } from './ecr';
export { FakeS3, bucketPolicyProblem, fakeS3Client } from './s3';
export type { FakeBucket, FakeS3Options } from './s3';
export type { FakeObjectVersion, FakeRequest } from './s3-objects';
export { FakeIam } from './iam';
export { FakeKms } from './kms';
export { FakeInspector, FakeSigner } from './scripted';

/** One AWS account in memory: ECR, S3, IAM, STS, KMS, Inspector and Signer, sharing one call log. */
export class FakeAws {
  readonly calls = new CallLog();
  readonly ecr: FakeEcr;
  readonly s3: FakeS3;
  readonly iam: FakeIam;
  readonly kms: FakeKms;
  readonly inspector: FakeInspector;
  readonly signer: FakeSigner;

  constructor(
    readonly accountId = '123456789012',
    readonly region = 'eu-central-1',
  ) {
    this.kms = new FakeKms(accountId, region, this.calls);
    this.ecr = new FakeEcr(accountId, region, this.calls, (key) => this.kms.resolve(key));
    this.s3 = new FakeS3({ region, log: this.calls, client: fakeS3Client(region) });
    this.iam = new FakeIam(accountId, this.calls);
    this.inspector = new FakeInspector(region, this.calls);
    this.signer = new FakeSigner(region, this.calls);
  }

  /** Gives every client stubbed through a fake's `serve(ClientClass)` its own send() back. */
  restore(): void {
    for (const service of [
      this.ecr.service,
      this.kms.service,
      this.iam.stsService,
      this.inspector.service,
      this.signer.service,
    ])
      service.restore();
  }

  /** The clients, shaped as provision-repo takes them. */
  clients() {
    return { ecr: this.ecr.client, s3: this.s3.client, iam: this.iam.client, sts: this.iam.sts, kms: this.kms.client };
  }
}
