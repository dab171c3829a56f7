import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { AwsClients, resolveRegion } from '../../src/aws/clients';
import { ConfigurationError } from '../../src/runtime/errors';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

describe('resolveRegion', () => {
  test.each<[string, string | undefined, string | undefined, NodeJS.ProcessEnv, string]>([
    ['the input first', 'eu-west-1', 'eu-central-1', { AWS_REGION: 'us-east-1' }, 'eu-west-1'],
    ['then the policy', undefined, 'eu-central-1', { AWS_REGION: 'us-east-1' }, 'eu-central-1'],
    [
      'then AWS_REGION',
      undefined,
      undefined,
      { AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-west-2' },
      'us-east-1',
    ],
    ['then AWS_DEFAULT_REGION', undefined, undefined, { AWS_DEFAULT_REGION: 'us-west-2' }, 'us-west-2'],
    ['an empty input does not count', '', 'ap-southeast-2', {}, 'ap-southeast-2'],
    ['GovCloud', 'us-gov-west-1', undefined, {}, 'us-gov-west-1'],
  ])('%s', (_name, input, policyRegion, env, expected) => {
    expect(resolveRegion(input, policyRegion, env)).toBe(expected);
  });

  test('no region anywhere is a configuration error that names every place to set one', () => {
    expect(() => resolveRegion(undefined, undefined, {})).toThrow(ConfigurationError);
    expect(() => resolveRegion(undefined, undefined, {})).toThrow(/policy file.*'aws-region' input.*AWS_REGION/);
  });

  test.each(['Frankfurt', 'eu-central', 'EU-CENTRAL-1', 'eu_central_1'])('%s is not a region', (region) => {
    expect(() => resolveRegion(region, undefined, {})).toThrow(`AWS region '${region}' is not a region name`);
  });
});

describe('AwsClients', () => {
  test('creates no client until one is used, then each of a class once', () => {
    const created: string[] = [];
    class FirstService {
      constructor() {
        created.push('first');
      }
    }
    class SecondService {
      constructor() {
        created.push('second');
      }
    }
    const clients = new AwsClients({ region: 'eu-central-1', credentials });
    expect(created).toEqual([]);
    const first = clients.client(FirstService);
    expect(clients.client(FirstService)).toBe(first);
    expect(created).toEqual(['first']);
    clients.client(SecondService);
    expect(created).toEqual(['first', 'second']);
  });

  test('a client given to the session is used instead of a new one of its class', () => {
    const given = new ECRClient({ region: 'eu-west-1' });
    const clients = new AwsClients({ region: 'eu-central-1', credentials }, [given]);
    expect(clients.client(ECRClient)).toBe(given);
  });

  test('clients retry in adaptive mode with a bounded number of attempts', async () => {
    const clients = new AwsClients({ region: 'eu-central-1', credentials });
    const ecr = clients.client(ECRClient);
    expect(ecr.config.retryMode).toBe('adaptive');
    expect(await ecr.config.maxAttempts()).toBe(8);
    expect(
      await new AwsClients({ region: 'eu-central-1', credentials, maxAttempts: 3 })
        .client(S3Client)
        .config.maxAttempts(),
    ).toBe(3);
  });
});

describe('endpoint variables (LocalStack, moto)', () => {
  let server: Server;
  let requests: { url: string; host: string; target?: string }[];
  let endpoint: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      req.on('end', () => {
        requests.push({
          url: req.url ?? '',
          host: req.headers.host ?? '',
          target: req.headers['x-amz-target'] as string,
        });
        if (req.headers['x-amz-target']) {
          res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
          res.end(JSON.stringify({ repositories: [{ repositoryName: 'shop/web' }] }));
        } else {
          res.writeHead(200, { 'content-type': 'application/xml' });
          res.end(
            '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>packages</Name><KeyCount>1</KeyCount><Contents><Key>shop/a.zip</Key><Size>3</Size></Contents><IsTruncated>false</IsTruncated></ListBucketResult>',
          );
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    requests = [];
    for (const key of ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_ECR']) delete process.env[key];
  });
  afterEach(() => {
    for (const key of ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_ECR']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  test('AWS_ENDPOINT_URL_S3 sends S3 to that endpoint, path-style', async () => {
    process.env.AWS_ENDPOINT_URL_S3 = endpoint;
    const s3 = new AwsClients({ region: 'eu-central-1', credentials }).client(S3Client);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'packages', Prefix: 'shop/' }));
    expect(listed.Contents?.map((c) => c.Key)).toEqual(['shop/a.zip']);
    expect(requests).toHaveLength(1);
    expect(requests[0].host).toBe(endpoint.replace('http://', ''));
    // Path-style: the bucket is in the path, not in a host name that would need DNS.
    expect(requests[0].url).toMatch(/^\/packages\/?\?list-type=2&prefix=shop%2F/);
  });

  test('AWS_ENDPOINT_URL_ECR sends ECR to that endpoint', async () => {
    process.env.AWS_ENDPOINT_URL_ECR = endpoint;
    const ecr = new AwsClients({ region: 'eu-central-1', credentials }).client(ECRClient);
    const answer = await ecr.send(new DescribeRepositoriesCommand({}));
    expect(answer.repositories?.[0].repositoryName).toBe('shop/web');
    expect(requests.map((r) => r.target)).toEqual(['AmazonEC2ContainerRegistry_V20150921.DescribeRepositories']);
  });

  test('AWS_ENDPOINT_URL applies to every service', async () => {
    process.env.AWS_ENDPOINT_URL = endpoint;
    const clients = new AwsClients({ region: 'eu-central-1', credentials });
    await clients.client(S3Client).send(new ListObjectsV2Command({ Bucket: 'packages' }));
    await clients.client(ECRClient).send(new DescribeRepositoriesCommand({}));
    expect(requests).toHaveLength(2);
    expect(requests[0].url).toMatch(/^\/packages\/?\?/);
  });
});
