import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startRegistry, type LocalRegistry } from '../utils/registry';
import { startS3, type LocalS3 } from '../utils/s3';

// The local servers every integration test relies on: if these fail, the rest cannot be trusted.
describe('local test servers', () => {
  let registry: LocalRegistry;
  let s3: LocalS3;
  beforeAll(async () => {
    [registry, s3] = await Promise.all([startRegistry({ auth: true }), startS3()]);
  });
  afterAll(async () => {
    await Promise.all([registry?.stop(), s3?.stop()]);
  });

  test('the registry refuses anonymous access and accepts its htpasswd user', async () => {
    expect((await fetch(`${registry.url}/v2/`)).status).toBe(401);
    const basic = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
    expect((await fetch(`${registry.url}/v2/`, { headers: { authorization: `Basic ${basic}` } })).status).toBe(200);
  });

  test('s3rver stores and lists objects past one page', async () => {
    const client = new S3Client({
      endpoint: s3.endpoint,
      region: 'eu-central-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `k/${i}`, Body: `v${i}` })),
      ),
    );
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: 'k/', MaxKeys: 5, ContinuationToken: token }),
      );
      keys.push(...(page.Contents ?? []).map((o) => o.Key!));
      token = page.NextContinuationToken;
    } while (token);
    expect(keys.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `k/${i}`).sort());
  });
});
