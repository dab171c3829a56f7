import { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import {
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetPublicAccessBlockCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startAwsFront, type AwsFront } from '../../fakes/http';
import { startS3, type LocalS3 } from '../../utils/s3';

// The demo's stand-in for AWS: the real SDK clients must be able to use it as an endpoint.
describe('local AWS stand-in', () => {
  let s3server: LocalS3;
  let aws: AwsFront;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  beforeAll(async () => {
    s3server = await startS3('demo-artifacts');
    aws = await startAwsFront({ s3Endpoint: s3server.endpoint, buckets: ['demo-artifacts'] });
  });
  afterAll(async () => {
    await aws?.stop();
    await s3server?.stop();
  });

  test('ECR control plane calls over the JSON protocol, with ECR errors passed on', async () => {
    const client = new ECRClient({ endpoint: aws.url, region: 'eu-central-1', credentials });
    const created = await client.send(
      new CreateRepositoryCommand({ repositoryName: 'demo/api', imageTagMutability: 'IMMUTABLE' }),
    );
    expect(created.repository?.repositoryUri).toMatch(/\.dkr\.ecr\.eu-central-1\.amazonaws\.com\/demo\/api$/);
    expect(created.repository?.createdAt).toBeInstanceOf(Date);
    const listed = await client.send(new DescribeRepositoriesCommand({}));
    expect(listed.repositories?.map((r) => r.repositoryName)).toEqual(['demo/api']);
    await expect(client.send(new CreateRepositoryCommand({ repositoryName: 'demo/api' }))).rejects.toMatchObject({
      name: 'RepositoryAlreadyExistsException',
    });
    await expect(client.send(new CreateRepositoryCommand({ repositoryName: 'Demo/API' }))).rejects.toThrow();
  });

  test('S3 bucket settings from the fake, objects from the S3 server', async () => {
    const client = new S3Client({ endpoint: aws.url, region: 'eu-central-1', credentials, forcePathStyle: true });
    expect((await client.send(new GetBucketVersioningCommand({ Bucket: 'demo-artifacts' }))).Status).toBeUndefined();
    await expect(client.send(new GetPublicAccessBlockCommand({ Bucket: 'demo-artifacts' }))).rejects.toMatchObject({
      name: 'NoSuchPublicAccessBlockConfiguration',
    });
    await client.send(new PutObjectCommand({ Bucket: 'demo-artifacts', Key: 'a/b.txt', Body: 'hello' }));
    const got = await client.send(new GetObjectCommand({ Bucket: 'demo-artifacts', Key: 'a/b.txt' }));
    expect(await got.Body?.transformToString()).toBe('hello');
  });

  test('STS answers who the caller is', async () => {
    const sts = new STSClient({ endpoint: aws.url, region: 'eu-central-1', credentials });
    expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe(aws.fake.accountId);
  });
});
