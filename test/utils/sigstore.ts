import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, rekorHandler } from '@sigstore/mock';
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs';

/**
 * @sigstore/mock's Fulcio and Rekor served over HTTP on 127.0.0.1 (the signer talks to them as to the real ones),
 * and the trusted root that names their keys. Fulcio puts the token's `workflow_uri` claim in the certificate;
 * `caClock` backdates the certificates it issues.
 */
export async function startSigstoreDoubles(
  caClock?: Date,
): Promise<{ server: Server; baseUrl: string; trustedRoot: unknown }> {
  const keyPair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ctlog = await initializeCTLog(keyPair);
  const ca = await initializeCA(keyPair, ctlog, caClock);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tlog = await initializeTLog(baseUrl, keyPair);
  const handlers = [fulcioHandler(ca, { subjectClaim: 'workflow_uri' }), rekorHandler(tlog)];
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const handler = handlers.find((h) => req.method === 'POST' && req.url === h.path);
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      void handler.fn(Buffer.concat(chunks).toString('utf8')).then(({ statusCode, response, contentType }) => {
        res.writeHead(statusCode, { 'content-type': contentType ?? 'text/plain' }).end(response);
      });
    });
  });
  const trustedRoot = mockTrustedRoot(baseUrl, ca, tlog, ctlog);
  return { server, baseUrl, trustedRoot };
}

/** The trusted root that names the mock CA's, transparency log's and CT log's keys, all served at `baseUrl`. */
function mockTrustedRoot(
  baseUrl: string,
  ca: Awaited<ReturnType<typeof initializeCA>>,
  tlog: Awaited<ReturnType<typeof initializeTLog>>,
  ctlog: Awaited<ReturnType<typeof initializeCTLog>>,
): unknown {
  const start = new Date('2020-01-01T00:00:00Z');
  const keyDetails = PublicKeyDetails.PKIX_ECDSA_P256_SHA_256;
  return TrustedRoot.toJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: [
      {
        subject: { commonName: 'sigstore', organization: 'sigstore.mock' },
        uri: baseUrl,
        certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer) }] },
        validFor: { start },
        operator: 'test',
      },
    ],
    tlogs: [
      {
        baseUrl,
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: { rawBytes: tlog.publicKey, keyDetails, validFor: { start } },
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest() },
        checkpointKeyId: undefined,
        operator: 'test',
      },
    ],
    ctlogs: [
      {
        baseUrl,
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: { rawBytes: ctlog.publicKey, keyDetails, validFor: { start } },
        logId: { keyId: Buffer.from(ctlog.logID.buffer) },
        checkpointKeyId: undefined,
        operator: 'test',
      },
    ],
    timestampAuthorities: [],
  });
}

/** An unsigned GitHub Actions OIDC token (the mock Fulcio does not check signatures) for a workflow of a repository. */
export function githubOidcToken(claims: { repository: string; ref: string; jobWorkflowRef: string }): string {
  const body = {
    iss: 'https://token.actions.githubusercontent.com',
    sub: `repo:${claims.repository}:ref:${claims.ref}`,
    aud: 'sigstore',
    repository: claims.repository,
    ref: claims.ref,
    job_workflow_ref: claims.jobWorkflowRef,
    workflow_uri: `https://github.com/${claims.jobWorkflowRef}`,
  };
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(body)}.`;
}
