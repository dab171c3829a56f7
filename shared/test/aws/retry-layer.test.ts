import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { S3Client } from '@aws-sdk/client-s3';
import { AwsClients } from '../../src/aws/clients';
import { assumeRoleWithGitHubOidc } from '../../src/aws/credentials';
import { PackagePublisher, StoreRequestError } from '../../src/packages/store';
import { MemoryLogger } from '../../../test/utils/loggers';
import { zipPlan } from '../packages/fake-store';

/**
 * One retry layer: against an endpoint that answers every request 503, a call is attempted as often as its one
 * retry policy says, never a product of two stacked ones (the store once retried 4 times around the SDK's attempts).
 */

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const ENDPOINT_VARIABLES = ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_STS'];
const saved = Object.fromEntries(ENDPOINT_VARIABLES.map((k) => [k, process.env[k]]));

let server: Server;
let requests: string[];
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      if (req.headers['content-type']?.includes('x-www-form-urlencoded')) {
        // STS's query protocol
        res.writeHead(503, { 'content-type': 'text/xml' });
        res.end(
          '<ErrorResponse><Error><Type>Receiver</Type><Code>ServiceUnavailable</Code><Message>try later</Message></Error></ErrorResponse>',
        );
        return;
      }
      res.writeHead(503, { 'content-type': 'application/xml' });
      res.end('<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const k of ENDPOINT_VARIABLES) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});
beforeEach(() => {
  requests = [];
  for (const k of ENDPOINT_VARIABLES) delete process.env[k];
});

test('a store request answered 503 is attempted maxAttempts times in all: the SDK retries it, the store does not', async () => {
  process.env.AWS_ENDPOINT_URL_S3 = url;
  const aws = new AwsClients({ region: 'eu-central-1', credentials, maxAttempts: 3 });
  const publisher = new PackagePublisher(
    { s3: aws.client(S3Client), bucket: 'store', prefix: 'shop' },
    { logger: new MemoryLogger(), sleep: async () => undefined },
  );
  const error = await publisher.publish(zipPlan()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreRequestError);
  expect((error as Error).message).toMatch(/HEAD shop\/zip\/lib\/1\.0\/lib\.zip in s3:\/\/store failed: .*HTTP 503/);
  expect(requests).toEqual(Array(3).fill('HEAD /store/shop/zip/lib/1.0/lib.zip'));
}, 30_000);

test('STS answered 503: AssumeRoleWithWebIdentity is attempted by its one retry loop alone (the SDK client tries once)', async () => {
  process.env.AWS_ENDPOINT_URL_STS = url;
  const sleeps: number[] = [];
  const token = `${Buffer.from('{}').toString('base64url')}.${Buffer.from('{"sub":"repo:acme/shop"}').toString('base64url')}.sig`;
  const error = await assumeRoleWithGitHubOidc({
    roleToAssume: 'arn:aws:iam::123456789012:role/ci',
    region: 'eu-central-1',
    getIdToken: async () => token,
    logger: new MemoryLogger(),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  }).catch((e: unknown) => e);
  expect((error as Error).message).toMatch(/try later/);
  expect(requests).toHaveLength(5);
  expect(sleeps).toHaveLength(4);
}, 30_000);
