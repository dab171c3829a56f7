import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in, on 127.0.0.1, for what a run asks of GitHub and AWS before it reaches the registry and the
 * store: the runner's OIDC token endpoint, STS AssumeRoleWithWebIdentity, ECR GetAuthorizationToken (pointing
 * at a local registry), and an S3 that refuses everything with an AccessDenied echoing the request's
 * credentials. Anything else goes to `fallback` (the demo's AWS stand-in) when one is given.
 *
 * With `unimplemented`, the ECR operations listed are answered as moto answers the ones it lacks
 * (DescribePullThroughCacheRules, DescribeRepositoryCreationTemplates): HTTP 500 with an HTML page.
 */
export interface StandInOptions {
  /** ECR operations (such as DescribePullThroughCacheRules) the stand-in does not implement. */
  unimplemented?: string[];
}

/** The page moto's server (werkzeug) answers for an operation it does not implement. */
export const MOTO_NOT_IMPLEMENTED_PAGE =
  '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n';
export interface AwsStandIn {
  url: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL for the runner's OIDC token. */
  oidcUrl: string;
  /** Requests seen, as `METHOD path action`. */
  seen: string[];
  stop(): Promise<void>;
}

export interface StandInSecrets {
  oidcRequestToken: string;
  oidcToken: string;
  assumed: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
  ecr?: { endpoint: string; username: string; password: string };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startAwsStandIn(
  secrets: StandInSecrets,
  fallback?: string,
  options: StandInOptions = {},
): Promise<AwsStandIn> {
  const seen: string[] = [];
  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse) => {
    if (!fallback) {
      res.writeHead(404).end();
      return;
    }
    const target = new URL(req.url ?? '/', fallback);
    // No kept-alive socket to the fallback: it would hold the fallback's close() for its keep-alive timeout.
    const upstream = httpRequest(target, { method: req.method, headers: req.headers, agent: false }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (err) => res.writeHead(502).end(String(err)));
    upstream.end(body);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://local');
      const target = String(req.headers['x-amz-target'] ?? '');
      const form = new URLSearchParams(body.toString('utf8'));
      seen.push(`${req.method} ${url.pathname} ${target || form.get('Action') || ''}`.trim());
      if (url.pathname === '/oidc') {
        if (req.headers.authorization !== `Bearer ${secrets.oidcRequestToken}`) {
          res.writeHead(401).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: secrets.oidcToken }));
        return;
      }
      if (form.get('Action') === 'AssumeRoleWithWebIdentity') {
        const { accessKeyId, secretAccessKey, sessionToken } = secrets.assumed;
        const expiration = new Date(Date.now() + 3600_000).toISOString();
        res
          .writeHead(200, { 'content-type': 'text/xml' })
          .end(
            `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>${secretAccessKey}</SecretAccessKey><SessionToken>${sessionToken}</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/ci/session</Arn><AssumedRoleId>AROA:session</AssumedRoleId></AssumedRoleUser><SubjectFromWebIdentityToken>repo:acme/shop:ref:refs/heads/main</SubjectFromWebIdentityToken></AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>stand-in</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`,
          );
        return;
      }
      if (target.endsWith('.GetAuthorizationToken') && secrets.ecr) {
        const token = Buffer.from(`${secrets.ecr.username}:${secrets.ecr.password}`).toString('base64');
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(
          JSON.stringify({
            authorizationData: [
              { authorizationToken: token, proxyEndpoint: secrets.ecr.endpoint, expiresAt: Date.now() / 1000 + 43200 },
            ],
          }),
        );
        return;
      }
      if (options.unimplemented?.some((operation) => target.endsWith(`.${operation}`))) {
        res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' }).end(MOTO_NOT_IMPLEMENTED_PAGE);
        return;
      }
      if (url.pathname.startsWith('/deny/') && req.method === 'HEAD') {
        // An answer to HEAD has no body to echo into: let it find nothing, so the next request meets the refusal.
        res.writeHead(404).end();
        return;
      }
      if (url.pathname.startsWith('/deny/')) {
        // As a misconfigured proxy or a verbose service might: the refusal repeats what the request carried.
        const echo = `Authorization: ${String(req.headers.authorization)}; token: ${String(req.headers['x-amz-security-token'])}`;
        res
          .writeHead(403, { 'content-type': 'application/xml' })
          .end(
            `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied for request ${echo}</Message><RequestId>deny</RequestId></Error>`,
          );
        return;
      }
      forward(req, body, res);
    })().catch((err: unknown) => {
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
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The SDK keeps its sockets alive: without this, close() waits for their keep-alive timeout.
        server.closeAllConnections();
      }),
  };
}
