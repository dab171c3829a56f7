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
import { S3Client } from '@aws-sdk/client-s3';
import type { EvaluationResult } from '@cloud-copilot/iam-simulate';
import { stringify } from 'yaml';
import { packagePrefix, parsePolicy } from '../../shared/src/policy';
import { iamPolicyDocuments, type PolicyDocument } from '../../actions/provision-repo/src/documents';
import { bucketPolicyStatements } from '../../actions/provision-repo/src/documents/bucket-policy';
import { errorMessage } from '../../shared/src/runtime/errors';
import { decide } from '../oracle/evaluate';
import { startS3, type LocalS3 } from './s3';
import { headerAccessKey, recomputeSignature, type SigningCredentials } from './sigv4';

/**
 * An S3 front for s3rver that enforces IAM as S3 would: each request is mapped to the IAM action(s) S3 authorises
 * it as, with its resource ARN and condition keys, and evaluated by `@cloud-copilot/iam-simulate` against the
 * bucket policy provision-repo writes and the identity policy of the caller's role. Denied: 403 AccessDenied, as S3
 * answers, and s3rver never sees the request. Allowed: forwarded to s3rver unchanged, body streamed.
 *
 * The caller is told by the access key id of its SigV4 signature. With `requireSignature`, the gate first refuses
 * what S3 refuses before any policy: an unsigned request, an unknown or expired key, a signature that the AWS SDK's
 * own signer, given the caller's secret, does not compute again (see sigv4.ts). Without it signatures are not
 * checked (s3rver does not either), and unsigned requests (mvn, npm, pip) are evaluated as the `unsignedAs` caller
 * when one is given, else as the anonymous principal. The gate listens on loopback http and evaluates every request with
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
  /** The key's secret and session token, against which a gate that requires signatures checks them. */
  credentials?: SigningCredentials;
}

/** What S3 answers a request it refuses before any policy: unsigned, unknown or expired key, wrong signature. */
export interface GateRefusal {
  status: number;
  code: string;
  message: string;
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
  result: EvaluationResult | 'Unmapped' | 'Unauthenticated';
  /** The Sids of the statements that denied it explicitly. */
  deniedBy: string[];
  /** Why an Unauthenticated request was refused. */
  refusal?: GateRefusal;
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
  /** Refuse unsigned requests, unknown and expired keys and wrong signatures (callers carry `credentials`). */
  requireSignature?: boolean;
  /** Keys rotated away: refused with ExpiredToken. */
  expiredKeys?: string[];
}

/** Called for each request the gate answers: its last decision, the status answered and the error code if any. */
export type GateAnswered = (decision: GateDecision, status: number, code?: string) => void;

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

/**
 * To s3rver, body streamed. A request whose signature the gate checked goes as s3rver's own S3RVER key (s3rver
 * checks that a key exists, not the signature, and never knew a rotated key); others go unchanged.
 */
function forward(
  upstream: { url: URL; asS3rver: boolean },
  req: IncomingMessage,
  res: ServerResponse,
  done: (status: number) => void,
): void {
  const { hostname: host, port } = upstream.url;
  const headers = { ...req.headers };
  if (upstream.asS3rver && headers.authorization) {
    headers.authorization = headers.authorization.replace(/Credential=[^/]+\//, 'Credential=S3RVER/');
    delete headers['x-amz-security-token'];
  }
  const proxied = httpRequest({ host, port, method: req.method, path: req.url, headers }, (answer) => {
    done(answer.statusCode ?? 502);
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  proxied.on('error', () => req.socket.destroy());
  req.pipe(proxied);
}

/** What S3 refuses before any policy, when the gate requires signatures: undefined when the request may go on. */
async function authenticate(
  options: PolicyGateOptions,
  req: IncomingMessage,
  caller: GateCaller | undefined,
): Promise<GateRefusal | undefined> {
  const key = headerAccessKey(req.headers);
  if (!key)
    return { status: 403, code: 'AccessDenied', message: 'Anonymous access is refused: sign the request with SigV4.' };
  if (options.expiredKeys?.includes(key)) {
    return { status: 400, code: 'ExpiredToken', message: 'The provided token has expired.' };
  }
  const check = caller?.credentials ? await recomputeSignature(req, caller.credentials) : undefined;
  if (!check) {
    return { status: 403, code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist.' };
  }
  if (check.expected !== check.given) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match.',
    };
  }
  return undefined;
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
  const refusal = options.requireSignature ? await authenticate(options, req, caller) : undefined;
  // A request the gate refuses before, or cannot map to, any authorization: one decision with no action.
  const undecided = (result: 'Unauthenticated' | 'Unmapped'): GateDecision[] => [
    {
      ...who,
      method,
      path,
      action: '?',
      resource: '?',
      context: {},
      result,
      deniedBy: [],
      ...(refusal && { refusal }),
    },
  ];
  if (refusal) return undecided('Unauthenticated');
  let auths: S3Authorization[];
  try {
    auths = s3Authorizations(method, path, req.headers);
  } catch (err) {
    if (!(err instanceof UnmappedRequest)) throw err;
    return undecided('Unmapped');
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

/** Answers a decided request: forwarded when its last decision allows it, else S3's error for it. */
function answerDecision(
  upstream: { url: URL; asS3rver: boolean },
  last: GateDecision,
  exchange: { req: IncomingMessage; res: ServerResponse },
  answered: GateAnswered,
): void {
  const { req, res } = exchange;
  const refuse = (status: number, code: string, message: string) => {
    answered(last, status, code);
    answerError(req, res, status, code, message);
  };
  if (last.result === 'Allowed') return forward(upstream, req, res, (status) => answered(last, status));
  if (last.refusal) return refuse(last.refusal.status, last.refusal.code, last.refusal.message);
  if (last.result === 'Unmapped') {
    return refuse(501, 'NotImplemented', `the policy gate cannot map ${last.method} ${last.path}`);
  }
  refuse(403, 'AccessDenied', denialMessage(last));
}

/** What the gate tells of its work: each request's decisions before it is answered, and its answer. */
export interface GateHooks {
  decided?: (decisions: GateDecision[]) => void;
  answered?: GateAnswered;
}

/** The gate's request listener, for a server of its own or one that routes some paths elsewhere. */
export function s3PolicyGateListener(
  options: PolicyGateOptions,
  hooks: GateHooks = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const upstream = { url: new URL(options.upstream), asS3rver: options.requireSignature === true };
  const answered: GateAnswered = (decision, status, code) => hooks.answered?.(decision, status, code);
  return (req, res) => {
    decideRequest(options, req).then(
      (made) => {
        hooks.decided?.(made);
        answerDecision(upstream, made[made.length - 1], { req, res }, answered);
      },
      (err: unknown) => answerError(req, res, 500, 'InternalError', `policy gate: ${errorMessage(err)}`),
    );
  };
}

/** Serves the gate on 127.0.0.1 in this process, appending each decision to `log` (JSON lines) before answering. */
export async function serveS3PolicyGate(options: PolicyGateOptions, log: string): Promise<Server> {
  const decided = (made: GateDecision[]) => appendFileSync(log, made.map((d) => JSON.stringify(d) + '\n').join(''));
  const server = createServer(s3PolicyGateListener(options, { decided }));
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
  /** An S3 client of the gate that signs as `role` of `system`. */
  clientFor(system: string, role: string): S3Client;
}

/** The access key id the gate knows a system's role by. */
export function gateAccessKey(system: string, role: string): string {
  return `${system}-${role}`;
}

/**
 * One bucket shared by `systems`, each with the default policy (prefix `{system}`, ABAC on the Project tag): the
 * bucket policy holds every system's statements as provision-repo writes them, and each system's roles
 * (iamPolicyDocuments: ci-push, pull, developer-read) are callers tagged with the system, keyed `{system}-{role}`
 * and known by the access key `keyOf` gives them.
 */
export function systemCallers(
  bucket: string,
  systems: string[],
  keyOf: (system: string, role: string) => string,
): { callers: Map<string, GateCaller>; bucketPolicy: { Version: string; Statement: unknown[] } } {
  const statements: unknown[] = [];
  const callers = new Map<string, GateCaller>();
  const shared = systems.length > 1;
  for (const system of systems) {
    const input = { version: 1, system, requiredTagKeys: [], packages: { bucket, sharedBucket: shared } };
    const policy = parsePolicy(stringify(input), `${system}/artifact-policy.yml`);
    const tagKey = policy.iam.principalTagKey;
    const prefix = packagePrefix(policy);
    statements.push(...bucketPolicyStatements({ bucket, prefix, system, principalTagKey: tagKey, shared }));
    const documents = iamPolicyDocuments(policy, { accountId: GATE_ACCOUNT, region: REGION, bucket });
    for (const [role, identityPolicy] of Object.entries(documents)) {
      const accessKeyId = keyOf(system, role);
      const principal = `arn:aws:iam::${GATE_ACCOUNT}:role/artifacts-${system}-${role}`;
      callers.set(`${system}-${role}`, { accessKeyId, principal, principalTags: { [tagKey]: system }, identityPolicy });
    }
  }
  return { callers, bucketPolicy: { Version: '2012-10-17', Statement: statements } };
}

/**
 * s3rver with one bucket shared by `systems` (each with the default policy: prefix `{system}`, ABAC on the
 * Project tag), behind the gate. The bucket policy holds every system's statements as provision-repo writes
 * them; each system's roles (iamPolicyDocuments: ci-push, pull, developer-read) are callers tagged with the
 * system. Unsigned requests, as mvn, npm and pip make them, are evaluated as the first system's developer-read.
 */
export async function startGatedS3(bucket: string, systems: string[] = ['piksel']): Promise<GatedS3> {
  const { callers: byRole, bucketPolicy } = systemCallers(bucket, systems, gateAccessKey);
  const callers = [...byRole.values()];
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
    clientFor: (system, role) => {
      const env = envFor(system, role);
      return new S3Client({
        endpoint: env.AWS_ENDPOINT_URL_S3,
        region: env.AWS_REGION,
        forcePathStyle: true,
        credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY },
      });
    },
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
