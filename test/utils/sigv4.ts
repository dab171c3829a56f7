import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';

/** What signs a request: an access key, its secret and the session token that goes with it. */
export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

class NodeSha256 {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: unknown) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret ? createHmac('sha256', this.secret as Uint8Array) : createHash('sha256');
  }
  update(data: unknown): void {
    this.hash.update(data as Uint8Array);
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

/** The access key id of a request's SigV4 Authorization header, or undefined when it carries none. */
export function headerAccessKey(headers: IncomingHttpHeaders): string | undefined {
  return AUTHORIZATION.exec(String(headers.authorization ?? ''))?.[1];
}

function signingDate(amzDate: string): Date {
  const d = amzDate;
  return new Date(
    `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(9, 11)}:${d.slice(11, 13)}:${d.slice(13, 15)}Z`,
  );
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of url.searchParams) {
    const prior = query[k];
    query[k] = prior === undefined ? v : [...(Array.isArray(prior) ? prior : [prior]), v];
  }
  return query;
}

/** The signature the SDK's signer computes for this request with the secret of its key, and the one it carries. */
export async function recomputeSignature(
  req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
  credentials: SigningCredentials,
): Promise<{ expected: string; given: string } | undefined> {
  const match = AUTHORIZATION.exec(String(req.headers.authorization ?? ''));
  const date = String(req.headers['x-amz-date'] ?? '');
  if (!match || !/^\d{8}T\d{6}Z$/.test(date)) return undefined;
  const [, , , region, service, signedHeaders, given] = match;
  const url = new URL(req.url ?? '/', 'http://front');
  const names = signedHeaders.split(';');
  const headers: Record<string, string> = {};
  for (const name of names) headers[name] = String(req.headers[name] ?? '');
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      // Only what the request signed: a token it left out must make the signatures differ, not be added here.
      sessionToken: names.includes('x-amz-security-token') ? credentials.sessionToken : undefined,
    },
    region,
    service,
    sha256: NodeSha256,
    uriEscapePath: service !== 's3',
    applyChecksum: false,
  });
  const request = { method: req.method ?? 'GET', protocol: 'http:', hostname: 'front', path: url.pathname, headers };
  const signed = await signer.sign(
    { ...request, query: queryOf(url) },
    { signingDate: signingDate(date), signableHeaders: new Set(names) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1] ?? '';
  return { expected, given };
}
