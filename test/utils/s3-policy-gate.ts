import {
  request as httpRequest,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EvaluationResult } from '@cloud-copilot/iam-simulate';
import { stringify } from 'yaml';
import { packagePrefix, parsePolicy } from '../../shared/src/policy';
import { iamPolicyDocuments, type PolicyDocument } from '../../actions/provision-repo/src/documents';
import { bucketPolicyStatements } from '../../actions/provision-repo/src/documents/bucket-policy';
import { errorMessage } from '../../shared/src/runtime/errors';
import { decide } from '../oracle/evaluate';
import { startS3, type LocalS3 } from './s3';

/**
 * An S3 front for s3rver that enforces IAM as S3 would: each request is mapped to the IAM action(s) S3 authorises
 * it as, with its resource ARN and condition keys, and evaluated by `@cloud-copilot/iam-simulate` against the
 * bucket policy provision-repo writes and the identity policy of the caller's role. Denied: 403 AccessDenied, as S3
 * answers, and s3rver never sees the request. Allowed: forwarded to s3rver unchanged, body streamed.
 *
 * The caller is told by the access key id of its SigV4 signature (signatures are not checked: s3rver does not
 * either). Unsigned requests (mvn, npm, pip) are evaluated as the `unsignedAs` caller when one is given, else as
 * the anonymous principal. The gate listens on loopback http and evaluates every request with
 * `aws:SecureTransport` true, as if it were the TLS endpoint clients reach in production.
 */

/** One authorization S3 checks for a request: the IAM action, its resource ARN and the request's condition keys. */
export interface S3Authorization {
  action: string;
  resource: string;
  context: Record<string, string>;
}

/** A role the gate knows, by the access key id its requests are signed with. */
export interface GateCaller {
  accessKeyId: string;
  /** The role's ARN: the simulation's principal. */
  principal: string;
  principalTags: Record<string, string>;
  identityPolicy: PolicyDocument;
}

export interface GateDecision {
  /** The caller's access key id, or 'unsigned'. */
  caller: string;
  /** The role the request was evaluated as (an unsigned one as `unsignedAs`), or 'anonymous'. */
  principal: string;
  method: string;
  path: string;
  action: string;
  resource: string;
  context: Record<string, string>;
  result: EvaluationResult | 'Unmapped';
  /** The Sids of the statements that denied it explicitly. */
  deniedBy: string[];
}

/** The listing parameters of ListObjects(V2); any other query parameter on a bucket is a sub-resource. */
const LIST_PARAMS = new Set([
  'list-type',
  'prefix',
  'delimiter',
  'max-keys',
  'continuation-token',
  'start-after',
  'fetch-owner',
  'encoding-type',
  'marker',
  'x-id',
]);

class UnmappedRequest extends Error {}

/** The access key id of a SigV4 request (header or presigned query), or undefined when it is unsigned. */
export function accessKeyOf(headers: IncomingHttpHeaders, url: string): string | undefined {
  const fromHeader = /Credential=([^/,\s]+)\//.exec(headers.authorization ?? '');
  const fromQuery = /[?&]X-Amz-Credential=([^%/&]+)/.exec(url);
  return fromHeader?.[1] ?? fromQuery?.[1];
}

/**
 * The authorizations S3 checks for a path-style request, per S3's "actions, resources and condition keys": a part
 * upload or an upload start is s3:PutObject with s3:ObjectCreationOperation false, a completion or a PUT is true; a
 * copy also needs s3:GetObject on its source. Throws for a request the gate cannot map, so that a call it does not
 * know fails loudly instead of passing unchecked.
 */
export function s3Authorizations(method: string, url: string, headers: IncomingHttpHeaders): S3Authorization[] {
  const { pathname, searchParams } = new URL(url, 'http://gate');
  const [bucket, ...rest] = pathname.slice(1).split('/');
  if (!bucket) {
    if (method === 'GET') return [{ action: 's3:ListAllMyBuckets', resource: '*', context: {} }];
    throw new UnmappedRequest(`${method} ${url}`);
  }
  if (rest.length === 0 || (rest.length === 1 && rest[0] === '')) {
    return [bucketAuthorization(method, url, `arn:aws:s3:::${bucket}`, searchParams)];
  }
  return objectAuthorizations(method, url, `arn:aws:s3:::${bucket}/${decodeURIComponent(rest.join('/'))}`, {
    query: searchParams,
    headers,
  });
}

function bucketAuthorization(method: string, url: string, bucketArn: string, query: URLSearchParams): S3Authorization {
  const list = (action: string): S3Authorization => ({
    action,
    resource: bucketArn,
    context: query.has('prefix') ? { 's3:prefix': query.get('prefix')! } : {},
  });
  if (method === 'GET' && query.has('versions')) return list('s3:ListBucketVersions');
  if (method === 'GET' && query.has('uploads')) return list('s3:ListBucketMultipartUploads');
  if (method === 'GET' && query.has('location'))
    return { action: 's3:GetBucketLocation', resource: bucketArn, context: {} };
  if (method === 'HEAD' || (method === 'GET' && [...query.keys()].every((k) => LIST_PARAMS.has(k)))) {
    return list('s3:ListBucket');
  }
  throw new UnmappedRequest(`${method} ${url}`);
}

function objectAuthorizations(
  method: string,
  url: string,
  resource: string,
  request: { query: URLSearchParams; headers: IncomingHttpHeaders },
): S3Authorization[] {
  const { query, headers } = request;
  const on = (action: string): S3Authorization => ({ action, resource, context: {} });
  // The conditional headers are condition keys of s3:PutObject, present or absent (Null) as sent.
  const put = (creation: boolean): S3Authorization => ({
    action: 's3:PutObject',
    resource,
    context: {
      ...(headers['if-none-match'] !== undefined ? { 's3:if-none-match': String(headers['if-none-match']) } : {}),
      ...(headers['if-match'] !== undefined ? { 's3:if-match': String(headers['if-match']) } : {}),
      's3:ObjectCreationOperation': String(creation),
    },
  });
  if (method === 'GET' || method === 'HEAD') {
    if (query.has('uploadId')) return [on('s3:ListMultipartUploadParts')];
    return [on(query.has('versionId') ? 's3:GetObjectVersion' : 's3:GetObject')];
  }
  if (method === 'PUT') {
    const source = headers['x-amz-copy-source'];
    const copied = source ? [sourceRead(String(source))] : [];
    return [put(!query.has('uploadId')), ...copied];
  }
  if (method === 'POST' && query.has('uploads')) return [put(false)];
  if (method === 'POST' && query.has('uploadId')) return [put(true)];
  if (method === 'DELETE') {
    if (query.has('uploadId')) return [on('s3:AbortMultipartUpload')];
    return [on(query.has('versionId') ? 's3:DeleteObjectVersion' : 's3:DeleteObject')];
  }
  throw new UnmappedRequest(`${method} ${url}`);
}

/** CopyObject and UploadPartCopy read their source (`/bucket/key[?versionId=]`) as s3:GetObject. */
function sourceRead(source: string): S3Authorization {
  const [path, version] = source.replace(/^\//, '').split('?versionId=');
  return {
    action: version ? 's3:GetObjectVersion' : 's3:GetObject',
    resource: `arn:aws:s3:::${decodeURIComponent(path)}`,
    context: {},
  };
}

export interface PolicyGateOptions {
  /** s3rver's endpoint: http://127.0.0.1:<port> */
  upstream: string;
  accountId: string;
  bucketPolicy: PolicyDocument | { Version: string; Statement: unknown[] };
  callers: GateCaller[];
  /** The access key id of the caller unsigned requests are evaluated as; anonymous when absent. */
  unsignedAs?: string;
}

/** Evaluates one authorization for a caller (undefined: anonymous) against its identity policy and the bucket policy. */
export async function evaluateS3(
  caller: GateCaller | undefined,
  auth: S3Authorization,
  options: Pick<PolicyGateOptions, 'accountId' | 'bucketPolicy'>,
): Promise<{ result: EvaluationResult; deniedBy: string[] }> {
  const request = {
    principal: caller?.principal ?? 'anonymous',
    principalTags: caller?.principalTags ?? {},
    ...auth,
  };
  const documents = {
    identity: caller ? [caller.identityPolicy] : [],
    resource: options.bucketPolicy,
    accountId: options.accountId,
  };
  const decision = await decide(request, documents);
  if (decision.result === 'Invalid') {
    throw new Error(`iam-simulate cannot evaluate ${auth.action} on ${auth.resource}: ${decision.explanation}`);
  }
  return { result: decision.result as EvaluationResult, deniedBy: decision.deniedBy };
}

export interface PolicyGate {
  /** http://127.0.0.1:<port>: the S3 endpoint to give clients. */
  endpoint: string;
  /** Every authorization evaluated so far, in order (each recorded before its request is answered). */
  decisions(): GateDecision[];
  stop(): Promise<void>;
}

function s3ErrorXml(code: string, message: string): string {
  const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escaped}</Message><RequestId>policy-gate</RequestId></Error>`;
}

/** Answers with S3's XML error once the request body is consumed (a client still sending would see a reset). */
function answerError(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): void {
  const body = s3ErrorXml(code, message);
  req.resume();
  req.on('end', () => {
    res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

function forward(upstream: URL, req: IncomingMessage, res: ServerResponse): void {
  const { hostname: host, port } = upstream;
  const proxied = httpRequest({ host, port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  proxied.on('error', () => req.socket.destroy());
  req.pipe(proxied);
}

/** The gate's decision on one request: the authorizations evaluated, stopping at the first not allowed. */
async function decideRequest(options: PolicyGateOptions, req: IncomingMessage): Promise<GateDecision[]> {
  const method = req.method ?? 'GET';
  const path = req.url ?? '/';
  const signed = accessKeyOf(req.headers, path);
  const caller = options.callers.find((c) => c.accessKeyId === (signed ?? options.unsignedAs));
  // A key the gate does not know is nobody's: denied, as S3 refuses an unknown access key.
  const unknown = signed !== undefined && !caller;
  const who = { caller: signed ?? 'unsigned', principal: caller?.principal ?? signed ?? 'anonymous' };
  let auths: S3Authorization[];
  try {
    auths = s3Authorizations(method, path, req.headers);
  } catch (err) {
    if (!(err instanceof UnmappedRequest)) throw err;
    return [{ ...who, method, path, action: '?', resource: '?', context: {}, result: 'Unmapped', deniedBy: [] }];
  }
  const decisions: GateDecision[] = [];
  for (const auth of auths) {
    const verdict = unknown
      ? { result: 'ImplicitlyDenied' as const, deniedBy: [] }
      : await evaluateS3(caller, auth, options);
    decisions.push({ ...who, method, path, ...auth, ...verdict });
    if (verdict.result !== 'Allowed') break;
  }
  return decisions;
}

function denialMessage(d: GateDecision): string {
  const why = d.deniedBy.length ? `with an explicit deny (${d.deniedBy.join(', ')})` : 'because no policy allows it';
  return `User: ${d.principal} is not authorized to perform: ${d.action} on resource: "${d.resource}" ${why}`;
}

/** Serves the gate on 127.0.0.1 in this process, appending each decision to `log` (JSON lines) before answering. */
export async function serveS3PolicyGate(options: PolicyGateOptions, log: string): Promise<Server> {
  const upstream = new URL(options.upstream);
  const server = createServer((req, res) => {
    decideRequest(options, req).then(
      (made) => {
        appendFileSync(log, made.map((d) => JSON.stringify(d) + '\n').join(''));
        const last = made[made.length - 1];
        if (last.result === 'Allowed') return forward(upstream, req, res);
        if (last.result === 'Unmapped') {
          return answerError(req, res, 501, 'NotImplemented', `the policy gate cannot map ${last.method} ${last.path}`);
        }
        answerError(req, res, 403, 'AccessDenied', denialMessage(last));
      },
      (err: unknown) => answerError(req, res, 500, 'InternalError', `policy gate: ${errorMessage(err)}`),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return server;
}

const REGISTER = resolve(__dirname, '../../scripts/register.cjs');

/**
 * Starts the gate in front of `options.upstream`, in its own node process as s3rver runs in its own: a test that
 * runs a client synchronously (spawnSync of mvn or pip) blocks its own event loop, and would block an in-process gate.
 */
export async function startS3PolicyGate(options: PolicyGateOptions): Promise<PolicyGate> {
  const dir = mkdtempSync(join(tmpdir(), 'policy-gate-'));
  const log = join(dir, 'decisions.jsonl');
  writeFileSync(join(dir, 'options.json'), JSON.stringify(options));
  writeFileSync(log, '');
  const child = spawn(process.execPath, ['-r', REGISTER, __filename, dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<string>((done, fail) => {
    child.stdout!.once('data', (line: Buffer) => done(line.toString().trim()));
    child.once('exit', (code) => fail(new Error(`the policy gate exited (${code}) before it listened`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    decisions: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as GateDecision),
    stop: async () => {
      // The gate exits when its stdin closes, also when this process dies without stopping it.
      child.stdin!.end();
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const GATE_ACCOUNT = '111111111111';
const REGION = 'eu-central-1';

/** s3rver behind the policy gate: `endpoint` and `env` are the gate's (signed as the first system's ci-push role). */
export interface GatedS3 extends LocalS3 {
  /** s3rver itself, for checks that must not go through the gate. */
  upstream: string;
  /** Every authorization the gate evaluated so far. */
  decisions(): GateDecision[];
  bucketPolicy: { Version: string; Statement: unknown[] };
  /** The AWS SDK environment that signs as `role` (ci-push, pull, developer-read) of `system`. */
  envFor(system: string, role: string): Record<string, string>;
}

/** The access key id the gate knows a system's role by. */
export function gateAccessKey(system: string, role: string): string {
  return `${system}-${role}`;
}

/**
 * s3rver with one bucket shared by `systems` (each with the default policy: prefix `{system}`, ABAC on the
 * Project tag), behind the gate. The bucket policy holds every system's statements as provision-repo writes
 * them; each system's roles (iamPolicyDocuments: ci-push, pull, developer-read) are callers tagged with the
 * system. Unsigned requests, as mvn, npm and pip make them, are evaluated as the first system's developer-read.
 */
export async function startGatedS3(bucket: string, systems: string[] = ['piksel']): Promise<GatedS3> {
  const statements: unknown[] = [];
  const callers: GateCaller[] = [];
  for (const system of systems) {
    const input = { version: 1, system, requiredTagKeys: [], packages: { bucket, sharedBucket: systems.length > 1 } };
    const policy = parsePolicy(stringify(input), `${system}/artifact-policy.yml`);
    const tagKey = policy.iam.principalTagKey;
    const prefix = packagePrefix(policy);
    statements.push(
      ...bucketPolicyStatements({ bucket, prefix, system, principalTagKey: tagKey, shared: systems.length > 1 }),
    );
    const documents = iamPolicyDocuments(policy, { accountId: GATE_ACCOUNT, region: REGION, bucket });
    for (const [role, identityPolicy] of Object.entries(documents)) {
      const accessKeyId = gateAccessKey(system, role);
      const principal = `arn:aws:iam::${GATE_ACCOUNT}:role/artifacts-${system}-${role}`;
      callers.push({ accessKeyId, principal, principalTags: { [tagKey]: system }, identityPolicy });
    }
  }
  const bucketPolicy = { Version: '2012-10-17', Statement: statements };
  const s3 = await startS3(
    bucket,
    callers.map((c) => c.accessKeyId),
  );
  const gate = await startS3PolicyGate({
    upstream: s3.endpoint,
    accountId: GATE_ACCOUNT,
    bucketPolicy,
    callers,
    unsignedAs: gateAccessKey(systems[0], 'developer-read'),
  });
  const envFor = (system: string, role: string): Record<string, string> => ({
    ...s3.env,
    AWS_ENDPOINT_URL_S3: gate.endpoint,
    AWS_ACCESS_KEY_ID: gateAccessKey(system, role),
    AWS_SECRET_ACCESS_KEY: gateAccessKey(system, role),
  });
  return {
    ...s3,
    endpoint: gate.endpoint,
    upstream: s3.endpoint,
    env: envFor(systems[0], 'ci-push'),
    envFor,
    decisions: gate.decisions,
    bucketPolicy,
    stop: async () => {
      await gate.stop();
      await s3.stop();
    },
  };
}

if (require.main === module) {
  // The gate's own process (see startS3PolicyGate): options from the folder it is given, its port on stdout.
  const dir = process.argv[2];
  const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as PolicyGateOptions;
  void serveS3PolicyGate(options, join(dir, 'decisions.jsonl')).then((server) => {
    process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
    process.stdin.resume();
    process.stdin.on('end', () => process.exit(0));
  });
}
