import { CallLog } from './calls';
import { FakeEcr } from './ecr';
import { FakeIam } from './iam';
import { FakeKms } from './kms';
import { FakeS3 } from './s3';

export { CallLog, FakeServiceError, isWriteCommand } from './calls';
export type { FakeCall } from './calls';
export { FakeEcr, lifecyclePolicyProblem, REPOSITORY_NAME } from './ecr';
export type { FakePullThroughRule, FakeRepository, FakeTemplate } from './ecr';
export { FakeS3, bucketPolicyProblem } from './s3';
export type { FakeBucket } from './s3';
export { FakeIam } from './iam';
export { FakeKms } from './kms';

/** One AWS account in memory: ECR, S3, IAM, STS and KMS aliases, sharing one call log. */
export class FakeAws {
  readonly calls = new CallLog();
  readonly ecr: FakeEcr;
  readonly s3: FakeS3;
  readonly iam: FakeIam;
  readonly kms: FakeKms;

  constructor(
    readonly accountId = '123456789012',
    readonly region = 'eu-central-1',
  ) {
    this.kms = new FakeKms(accountId, region, this.calls);
    this.ecr = new FakeEcr(accountId, region, this.calls, (key) => this.kms.resolve(key));
    this.s3 = new FakeS3(region, this.calls);
    this.iam = new FakeIam(accountId, this.calls);
  }

  /** The clients, shaped as provision-repo takes them. */
  clients() {
    return { ecr: this.ecr.client, s3: this.s3.client, iam: this.iam.client, sts: this.iam.sts, kms: this.kms.client };
  }
}
