import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as ecr from '@aws-sdk/client-ecr';
import {
  CreateBucketCommand,
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  type ServerSideEncryptionRule,
} from '@aws-sdk/client-s3';
import { FakeAws } from '../../test/fakes';

/**
 * A stand-in for the AWS APIs the demo needs, on 127.0.0.1, so the whole pipeline runs without an AWS
 * account: the ECR control plane (JSON protocol) and S3 bucket settings come from the stateful fakes the
 * tests use; S3 object requests are passed to the local S3 server. Set AWS_ENDPOINT_URL_ECR and
 * AWS_ENDPOINT_URL_S3 to its URL.
 */
export interface LocalAws {
  url: string;
  fake: FakeAws;
  stop(): Promise<void>;
}

const ECR_TARGET = 'AmazonEC2ContainerRegistry_V20150921.';
const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** awsJson1_1 sends timestamps as epoch seconds. */
function toWire(value: unknown): unknown {
  // A Date may come from another realm (structuredClone), so instanceof is not enough.
  if (Object.prototype.toString.call(value) === '[object Date]') return (value as Date).getTime() / 1000;
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== '$metadata' && v !== undefined) out[k] = toWire(v);
    return out;
  }
  return value;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xml = (name: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${name} xmlns="${S3_NS}">${body}</${name}>`;

function errorStatus(err: unknown): { name: string; message: string; status: number } {
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  return {
    name: e.name ?? 'InternalFailure',
    message: e.message ?? String(err),
    status: e.$metadata?.httpStatusCode ?? 500,
  };
}

async function answerEcr(fake: FakeAws, target: string, body: Buffer, res: ServerResponse): Promise<void> {
  const operation = target.slice(ECR_TARGET.length);
  const Command = (
    ecr as unknown as Record<string, (new (input: unknown) => ecr.DescribeRepositoriesCommand) | undefined>
  )[`${operation}Command`];
  if (!Command) {
    res
      .writeHead(400, { 'content-type': 'application/x-amz-json-1.1' })
      .end(JSON.stringify({ __type: 'UnknownOperationException', message: operation }));
    return;
  }
  try {
    const output = await fake.ecr.client.send(
      new Command(body.length ? JSON.parse(body.toString('utf8')) : {}) as never,
    );
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(toWire(output)));
  } catch (err) {
    const e = errorStatus(err);
    res
      .writeHead(e.status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': e.name })
      .end(JSON.stringify({ __type: e.name, message: e.message }));
  }
}

/** GetBucketEncryption's rules as S3's XML writes them. */
function encryptionRulesXml(rules: ServerSideEncryptionRule[]): string {
  return rules
    .map((rule) => {
      const d = rule.ApplyServerSideEncryptionByDefault;
      const key = d?.KMSMasterKeyID ? `<KMSMasterKeyID>${xmlEscape(d.KMSMasterKeyID)}</KMSMasterKeyID>` : '';
      const bucketKey =
        rule.BucketKeyEnabled === undefined ? '' : `<BucketKeyEnabled>${rule.BucketKeyEnabled}</BucketKeyEnabled>`;
      return `<Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>${d?.SSEAlgorithm ?? ''}</SSEAlgorithm>${key}</ApplyServerSideEncryptionByDefault>${bucketKey}</Rule>`;
    })
    .join('');
}

/** The bucket settings a plan reads; undefined when the request is not one of them. */
async function answerBucketSetting(
  fake: FakeAws,
  bucket: string,
  query: URLSearchParams,
): Promise<{ status: number; body: string; type: string } | undefined> {
  const s3 = fake.s3.client;
  try {
    if (query.has('versioning')) {
      const r = await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }));
      return {
        status: 200,
        type: 'application/xml',
        body: xml('VersioningConfiguration', r.Status ? `<Status>${r.Status}</Status>` : ''),
      };
    }
    if (query.has('encryption')) {
      const r = await s3.send(new GetBucketEncryptionCommand({ Bucket: bucket }));
      const rules = encryptionRulesXml(r.ServerSideEncryptionConfiguration?.Rules ?? []);
      return { status: 200, type: 'application/xml', body: xml('ServerSideEncryptionConfiguration', rules) };
    }
    if (query.has('publicAccessBlock')) {
      const c =
        (await s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket }))).PublicAccessBlockConfiguration ?? {};
      const fields = Object.entries(c)
        .map(([k, v]) => `<${k}>${String(v)}</${k}>`)
        .join('');
      return { status: 200, type: 'application/xml', body: xml('PublicAccessBlockConfiguration', fields) };
    }
    if (query.has('policy')) {
      const r = await s3.send(new GetBucketPolicyCommand({ Bucket: bucket }));
      return { status: 200, type: 'application/json', body: r.Policy ?? '' };
    }
    if (query.has('tagging')) {
      const r = await s3.send(new GetBucketTaggingCommand({ Bucket: bucket }));
      const tags = (r.TagSet ?? [])
        .map((t) => `<Tag><Key>${xmlEscape(t.Key ?? '')}</Key><Value>${xmlEscape(t.Value ?? '')}</Value></Tag>`)
        .join('');
      return { status: 200, type: 'application/xml', body: xml('Tagging', `<TagSet>${tags}</TagSet>`) };
    }
  } catch (err) {
    const e = errorStatus(err);
    return {
      status: e.status,
      type: 'application/xml',
      body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${e.name}</Code><Message>${xmlEscape(e.message)}</Message></Error>`,
    };
  }
  return undefined;
}

function proxyToS3(s3Endpoint: string, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
  const target = new URL(req.url ?? '/', s3Endpoint);
  const upstream = httpRequest(
    target,
    { method: req.method, headers: { ...req.headers, host: target.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', (err) => res.writeHead(502).end(String(err)));
  upstream.end(body);
}

/** STS GetCallerIdentity: a demo user of the fake account. */
function answerCallerIdentity(accountId: string, res: ServerResponse): void {
  const arn = `arn:aws:iam::${accountId}:user/demo`;
  res
    .writeHead(200, { 'content-type': 'text/xml' })
    .end(
      `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>${arn}</Arn><UserId>DEMO</UserId><Account>${accountId}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>demo</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
    );
}

export async function startLocalAws(options: {
  s3Endpoint: string;
  buckets?: string[];
  accountId?: string;
  region?: string;
}): Promise<LocalAws> {
  const fake = new FakeAws(options.accountId, options.region);
  for (const bucket of options.buckets ?? []) {
    await fake.s3.client.send(
      new CreateBucketCommand({
        Bucket: bucket,
        CreateBucketConfiguration: { LocationConstraint: fake.region as never },
      }),
    );
  }
  fake.calls.reset();

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const target = req.headers['x-amz-target'];
      if (typeof target === 'string' && target.startsWith(ECR_TARGET)) return answerEcr(fake, target, body, res);
      const url = new URL(req.url ?? '/', 'http://local');
      if (req.method === 'POST' && url.pathname === '/' && body.toString('utf8').includes('Action=GetCallerIdentity')) {
        answerCallerIdentity(fake.accountId, res);
        return;
      }
      const bucket = url.pathname.split('/')[1];
      if (req.method === 'GET' && bucket && url.pathname.split('/').filter(Boolean).length === 1) {
        const setting = await answerBucketSetting(fake, bucket, url.searchParams);
        if (setting) {
          res.writeHead(setting.status, { 'content-type': setting.type }).end(setting.body);
          return;
        }
      }
      proxyToS3(options.s3Endpoint, req, body, res);
    })().catch((err) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    fake,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
