import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerAssumeRole, answerCallerIdentity, answerOidc, answerStsDenied, readBody } from '../fakes/http';
import {
  GATE_ACCOUNT,
  s3PolicyGateListener,
  systemCallers,
  type GateCaller,
  type GateDecision,
  type PolicyGateOptions,
} from './s3-policy-gate';
import { startS3, type LocalS3 } from './s3';
import { headerAccessKey, type SigningCredentials } from './sigv4';

/**
 * The S3 policy gate (s3-policy-gate.ts) in this process, configured to refuse what S3 refuses: every request must
 * carry a SigV4 signature that the AWS SDK's own signer computes again with the secret of its key; a request that
 * is unsigned, signed with an unknown, expired or rotated key, or with a wrong secret or session token is answered
 * as S3 answers it. A signed request is then decided by the gate against the bucket policy and the identity policy
 * of the key's role and, when allowed, passed to s3rver.
 *
 * Beside the gate, the stand-ins for what hands out credentials, with the AWS front's answers (fakes/http.ts):
 * GitHub's OIDC token service (`/oidc`) and STS (AssumeRoleWithWebIdentity for a role it knows, GetCallerIdentity),
 * so that a test can rotate a role's key while a client is installing: the old key is refused with ExpiredToken
 * from then on, and STS hands out the new one.
 */

export type FrontCredentials = SigningCredentials;

export interface FrontRequest {
  method: string;
  path: string;
  accessKeyId?: string;
  status: number;
  code?: string;
}

export interface SigV4Front {
  /** The S3 (and STS) endpoint: http://127.0.0.1:<port> */
  endpoint: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL of the OIDC stand-in; ACTIONS_ID_TOKEN_REQUEST_TOKEN is `oidcRequestToken`. */
  oidcUrl: string;
  oidcRequestToken: string;
  s3: LocalS3;
  /** The role's current credentials (what STS hands out for it). */
  credentials(role: string): FrontCredentials;
  /** The role's ARN, for role-to-assume. */
  roleArn(role: string): string;
  /** A new key for the role; the old one is refused with ExpiredToken from now on. */
  rotate(role: string): FrontCredentials;
  /** Called before each S3 request is answered (a test rotates keys from here, mid-install). */
  onRequest?: (request: FrontRequest) => void;
  requests: FrontRequest[];
  /** AWS SDK environment that signs as the role's current key, S3 and STS through the front. */
  envFor(role: string): Record<string, string>;
  stop(): Promise<void>;
}

type Role = GateCaller & { credentials: FrontCredentials };

/** The gate's options, its callers the roles with their current credentials. */
type FrontOptions = Omit<PolicyGateOptions, 'callers'> & { callers: Role[]; expiredKeys: string[] };

function newCredentials(role: string, n: number): FrontCredentials {
  return {
    accessKeyId: `${role}-k${n}`,
    secretAccessKey: randomBytes(20).toString('base64'),
    sessionToken: randomBytes(32).toString('base64'),
  };
}

/** The gate's options: one bucket shared by `systems`, each role signing with a key of its own (`<role>-k1`). */
function gateOptions(upstream: string, bucket: string, systems: string[]): FrontOptions {
  const { callers, bucketPolicy } = systemCallers(bucket, systems, (system, role) => `${system}-${role}-k1`);
  const roles = [...callers].map(([name, caller]) => ({ ...caller, credentials: newCredentials(name, 1) }));
  return { upstream, accountId: GATE_ACCOUNT, bucketPolicy, callers: roles, requireSignature: true, expiredKeys: [] };
}

/** STS: AssumeRoleWithWebIdentity with the OIDC stand-in's token for a role the gate knows, GetCallerIdentity. */
async function answerSts(req: IncomingMessage, res: ServerResponse, roles: Role[], oidcToken: string): Promise<void> {
  const form = new URLSearchParams((await readBody(req)).toString('utf8'));
  const action = form.get('Action');
  if (action === 'AssumeRoleWithWebIdentity') {
    const role = roles.find((r) => r.principal === form.get('RoleArn'));
    if (!role || form.get('WebIdentityToken') !== oidcToken) {
      return answerStsDenied(res, 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    }
    const session = `${role.principal.replace(':iam:', ':sts:').replace(':role/', ':assumed-role/')}/session`;
    return answerAssumeRole(res, role.credentials, session);
  }
  if (action === 'GetCallerIdentity') {
    const role = roles.find((r) => r.accessKeyId === headerAccessKey(req.headers));
    if (!role) return void res.writeHead(403).end();
    return answerCallerIdentity(res, GATE_ACCOUNT, role.principal, 'AROA');
  }
  res.writeHead(400).end();
}

/** The front's request listener: the OIDC stand-in, STS (POST /), else the gate, each answer recorded. */
function frontListener(front: SigV4Front, options: FrontOptions) {
  const oidcToken = `oidc-token-for-${front.oidcRequestToken}`;
  const answered = (d: GateDecision, status: number, code?: string) => {
    const accessKeyId = d.caller === 'unsigned' ? undefined : d.caller;
    const entry = { method: d.method, path: d.path, accessKeyId, status, code };
    front.requests.push(entry);
    front.onRequest?.(entry);
  };
  const gate = s3PolicyGateListener(options, { answered });
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://front').pathname;
    if (path === '/oidc') return answerOidc(req, res, { oidcRequestToken: front.oidcRequestToken, oidcToken });
    if (path !== '/' || req.method !== 'POST') return gate(req, res);
    answerSts(req, res, options.callers, oidcToken).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  };
}

/** Starts s3rver and the front before it, on 127.0.0.1, in this process (run clients asynchronously beside it). */
export async function startSigV4Front(bucket: string, systems: string[] = ['piksel']): Promise<SigV4Front> {
  const s3 = await startS3(bucket);
  const options = gateOptions(s3.endpoint, bucket, systems);
  const role = (name: string) => options.callers.find((r) => r.principal.endsWith(`:role/artifacts-${name}`))!;
  const rotations = new Map<string, number>();
  const front: SigV4Front = {
    endpoint: '',
    oidcUrl: '',
    oidcRequestToken: randomBytes(16).toString('hex'),
    s3,
    requests: [],
    credentials: (name) => role(name).credentials,
    roleArn: (name) => role(name).principal,
    rotate: (name) => {
      const r = role(name);
      options.expiredKeys.push(r.accessKeyId);
      const n = (rotations.get(name) ?? 1) + 1;
      rotations.set(name, n);
      r.credentials = newCredentials(name, n);
      r.accessKeyId = r.credentials.accessKeyId;
      return r.credentials;
    },
    envFor: (name) => ({
      AWS_REGION: 'eu-central-1',
      AWS_ACCESS_KEY_ID: role(name).credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: role(name).credentials.secretAccessKey,
      AWS_SESSION_TOKEN: role(name).credentials.sessionToken,
      AWS_ENDPOINT_URL_S3: front.endpoint,
      AWS_ENDPOINT_URL_STS: front.endpoint,
    }),
    stop: async () => {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      await s3.stop();
    },
  };
  const server: Server = createServer(frontListener(front, options));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  front.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  front.oidcUrl = `${front.endpoint}/oidc?api-version=2.0`;
  return front;
}
