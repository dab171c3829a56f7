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
import { FakeAws } from './index';

/**
 * The in-process fakes served over HTTP on 127.0.0.1, for a process that talks to AWS itself (the demo, an
 * action's bundle, the real SDK at an endpoint): the ECR control plane (JSON protocol), S3 bucket settings and STS
 * GetCallerIdentity from FakeAws; S3 object requests passed to a real S3 server (s3rver) when one is given. With
 * `identity`, what a run asks of GitHub and AWS before anything else: the runner's OIDC token endpoint and STS
 * AssumeRoleWithWebIdentity; with `ecrLogin`, ECR GetAuthorizationToken pointing at a local registry. Requests
 * under /deny/ are refused with an AccessDenied that echoes the request's credentials, as a misconfigured proxy or
 * a verbose service might. Set AWS_ENDPOINT_URL (or the per-service variables) to its URL.
 */
export interface AwsFrontOptions {
  /** The S3 server that holds the objects; bucket settings are the fake's. */
  s3Endpoint?: string;
  /** Buckets created in the fake before the front opens. */
  buckets?: string[];
  accountId?: string;
  region?: string;
  /** Answers the runner's OIDC token request (with `oidcRequestToken`) and AssumeRoleWithWebIdentity. */
  identity?: FrontIdentity;
  /** ECR GetAuthorizationToken: a login for this registry. */
  ecrLogin?: { endpoint: string; username: string; password: string };
  /** ECR operations answered as moto answers the ones it lacks: HTTP 500 with an HTML page. */
  unimplemented?: string[];
}

export interface FrontIdentity {
  oidcRequestToken: string;
  oidcToken: string;
  assumed: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
}

export interface AwsFront {
  url: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL for the runner's OIDC token. */
  oidcUrl: string;
  fake: FakeAws;
  /** Requests seen, as `METHOD path action`. */
  seen: string[];
  stop(): Promise<void>;
}

/** The page moto's server (werkzeug) answers for an operation it does not implement. */
export const MOTO_NOT_IMPLEMENTED_PAGE =
  '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n';

const ECR_TARGET = 'AmazonEC2ContainerRegistry_V20150921.';
const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function readBody(req: IncomingMessage): Promise<Buffer> {
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

async function answerEcr(fake: FakeAws, operation: string, body: Buffer, res: ServerResponse): Promise<void> {
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

function proxyToS3(s3Endpoint: string | undefined, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
  if (!s3Endpoint) {
    res.writeHead(404).end();
    return;
  }
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

/** STS GetCallerIdentity: `arn` of `accountId` (the fake's: a demo user). */
export function answerCallerIdentity(res: ServerResponse, accountId: string, arn: string, userId = 'DEMO'): void {
  res
    .writeHead(200, { 'content-type': 'text/xml' })
    .end(
      `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>${arn}</Arn><UserId>${userId}</UserId><Account>${accountId}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>front</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
    );
}

/** The runner's OIDC token, for the request token it was given; 401 for any other. */
export function answerOidc(
  req: IncomingMessage,
  res: ServerResponse,
  tokens: Pick<FrontIdentity, 'oidcRequestToken' | 'oidcToken'>,
): void {
  if (req.headers.authorization !== `Bearer ${tokens.oidcRequestToken}`) {
    res.writeHead(401, { 'content-type': 'application/json' }).end('{}');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: tokens.oidcToken }));
}

/** STS AssumeRoleWithWebIdentity: `credentials` for an hour, as the session `assumedArn`. */
export function answerAssumeRole(res: ServerResponse, credentials: FrontIdentity['assumed'], assumedArn: string): void {
  const { accessKeyId, secretAccessKey, sessionToken } = credentials;
  const expiration = new Date(Date.now() + 3600_000).toISOString();
  res
    .writeHead(200, { 'content-type': 'text/xml' })
    .end(
      `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>${secretAccessKey}</SecretAccessKey><SessionToken>${sessionToken}</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><Arn>${assumedArn}</Arn><AssumedRoleId>AROA:session</AssumedRoleId></AssumedRoleUser><SubjectFromWebIdentityToken>repo:acme/shop:ref:refs/heads/main</SubjectFromWebIdentityToken></AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>front</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`,
    );
}

/** An STS refusal (AccessDenied), as STS's query protocol writes it. */
export function answerStsDenied(res: ServerResponse, message: string): void {
  res
    .writeHead(403, { 'content-type': 'text/xml' })
    .end(
      `<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>${xmlEscape(message)}</Message></Error></ErrorResponse>`,
    );
}

/** ECR GetAuthorizationToken: a login for the local registry. */
function answerEcrLogin(login: NonNullable<AwsFrontOptions['ecrLogin']>, res: ServerResponse): void {
  const token = Buffer.from(`${login.username}:${login.password}`).toString('base64');
  res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(
    JSON.stringify({
      authorizationData: [
        { authorizationToken: token, proxyEndpoint: login.endpoint, expiresAt: Date.now() / 1000 + 43200 },
      ],
    }),
  );
}

/** A refusal that repeats what the request carried; a HEAD finds nothing, so that the next request meets it. */
function answerDenied(req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'HEAD') {
    res.writeHead(404).end();
    return;
  }
  const echo = `Authorization: ${String(req.headers.authorization)}; token: ${String(req.headers['x-amz-security-token'])}`;
  res
    .writeHead(403, { 'content-type': 'application/xml' })
    .end(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied for request ${echo}</Message><RequestId>deny</RequestId></Error>`,
    );
}

async function answerEcrRequest(
  fake: FakeAws,
  options: AwsFrontOptions,
  operation: string,
  body: Buffer,
  res: ServerResponse,
): Promise<void> {
  if (operation === 'GetAuthorizationToken' && options.ecrLogin) return answerEcrLogin(options.ecrLogin, res);
  if (options.unimplemented?.includes(operation)) {
    res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' }).end(MOTO_NOT_IMPLEMENTED_PAGE);
    return;
  }
  return answerEcr(fake, operation, body, res);
}

/** One request: identity, ECR, STS, refusals, bucket settings, else the S3 server. */
async function answer(
  fake: FakeAws,
  options: AwsFrontOptions,
  seen: string[],
  req: IncomingMessage,
  res: ServerResponse,
) {
  const body = await readBody(req);
  const url = new URL(req.url ?? '/', 'http://local');
  const target = String(req.headers['x-amz-target'] ?? '');
  const form = new URLSearchParams(req.method === 'POST' ? body.toString('utf8') : '');
  seen.push(`${req.method} ${url.pathname} ${target || form.get('Action') || ''}`.trim());
  const { identity } = options;
  if (url.pathname === '/oidc' && identity) return answerOidc(req, res, identity);
  if (form.get('Action') === 'AssumeRoleWithWebIdentity' && identity) {
    return answerAssumeRole(res, identity.assumed, `arn:aws:sts::${fake.accountId}:assumed-role/ci/session`);
  }
  if (form.get('Action') === 'GetCallerIdentity') {
    return answerCallerIdentity(res, fake.accountId, `arn:aws:iam::${fake.accountId}:user/demo`);
  }
  if (target.startsWith(ECR_TARGET)) return answerEcrRequest(fake, options, target.slice(ECR_TARGET.length), body, res);
  if (url.pathname.startsWith('/deny/')) return answerDenied(req, res);
  const bucket = url.pathname.split('/')[1];
  if (req.method === 'GET' && bucket && url.pathname.split('/').filter(Boolean).length === 1) {
    const setting = await answerBucketSetting(fake, bucket, url.searchParams);
    if (setting) {
      res.writeHead(setting.status, { 'content-type': setting.type }).end(setting.body);
      return;
    }
  }
  proxyToS3(options.s3Endpoint, req, body, res);
}

export async function startAwsFront(options: AwsFrontOptions = {}): Promise<AwsFront> {
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
  const seen: string[] = [];
  const server = createServer((req, res) => {
    answer(fake, options, seen, req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    oidcUrl: `${url}/oidc?api-version=2.0`,
    fake,
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The SDK keeps its sockets alive: without this, close() waits for their keep-alive timeout.
        server.closeAllConnections();
      }),
  };
}
