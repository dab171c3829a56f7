import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { referrersTag } from '../../../shared/src/oci/referrers';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type Descriptor, type ImageIndex } from '../../../shared/src/oci/types';
import { policySchema } from '../../../shared/src/policy/schema';
import { silentLogger } from '../../utils/loggers';
import { signAfterPush } from '../../../shared/src/signing/sign-step';
import { verifyImageSignatures } from '../../../shared/src/signing/verify';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { pushTestImage } from './support';

/**
 * A registry whose referrers API pages its answer (OCI distribution `Link: <...>; rel="next"`): a flood of other
 * referrers on the first page must not hide the signature on the second. The local registry stores the image and
 * its signature; a front on 127.0.0.1 answers the referrers API in pages and passes everything else through.
 */

const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const REPOSITORY = 'team/flooded';

let registry: LocalRegistry;
let client: RegistryClient;
let image: Descriptor;
let signature: Descriptor;
let front: Server;
let frontUrl: string;
/** Where page 1's Link points: this registry's page 2, or another host. */
let nextLink: string;
let elsewhere: Server;
const elsewhereRequests: string[] = [];

const flood = (n: number): Descriptor[] =>
  Array.from({ length: n }, () => ({
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: 'application/vnd.example.flood',
    digest: `sha256:${randomBytes(32).toString('hex')}`,
    size: 100,
  }));

async function passThrough(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host') headers[k] = v;
  const answer = await fetch(`${registry.url}${req.url}`, { method: req.method, headers });
  const body = Buffer.from(await answer.arrayBuffer());
  const out: Record<string, string> = {};
  answer.headers.forEach((v, k) => {
    if (k !== 'content-length' && k !== 'transfer-encoding' && k !== 'connection') out[k] = v;
  });
  res.writeHead(answer.status, out).end(body);
}

function referrersPage(req: IncomingMessage, res: ServerResponse): void {
  const second = (req.url ?? '').includes('page=2');
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: second ? [signature] : flood(40),
  };
  res.writeHead(200, {
    'content-type': MEDIA_TYPES.ociIndex,
    ...(second ? {} : { link: `<${nextLink}>; rel="next"` }),
  });
  res.end(JSON.stringify(index));
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
  image = await pushTestImage(client, REPOSITORY, 'v1');
  await signAfterPush({
    policy: policySchema.parse({
      version: 1,
      system: 'team',
      registry: { layout: 'single', repository: 'team' },
      signing: { method: 'key', key: 'env://SIGNING_KEY' },
    }),
    inputs: { signatureFormat: 'sigstore-bundle' },
    client,
    repository: REPOSITORY,
    digest: image.digest,
    reference: `${registry.host}/${REPOSITORY}`,
    aws: {} as never,
    logger: silentLogger,
    env: { SIGNING_KEY: key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() },
  });
  // The signer wrote the referrers tag schema (the local registry has no referrers API); its entry is the signature.
  const stored = await client.getManifest(REPOSITORY, referrersTag(image.digest), MEDIA_TYPES.ociIndex);
  signature = (JSON.parse(stored!.bytes.toString('utf8')) as ImageIndex).manifests[0];

  front = createServer((req, res) => {
    if (req.method === 'GET' && /\/referrers\/sha256:/.test(req.url ?? '')) return referrersPage(req, res);
    passThrough(req, res).catch((err: Error) => res.writeHead(502).end(err.message));
  });
  frontUrl = await listen(front);
  elsewhere = createServer((req, res) => {
    elsewhereRequests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.writeHead(404).end();
  });
  await listen(elsewhere);
});

afterAll(async () => {
  front?.close();
  elsewhere?.close();
  await registry?.stop();
});

async function verifiedThroughFront(): Promise<number> {
  const viaFront = new RegistryClient({ baseUrl: frontUrl, logger: silentLogger });
  const result = await verifyImageSignatures({
    client: viaFront,
    repository: REPOSITORY,
    digest: image.digest,
    trust: {
      publicKeys: [{ name: 'release', key: key.publicKey }],
      kmsKeys: [],
      keyless: [],
      signerProfiles: [],
      rootCertificates: [],
    },
  });
  return result.verified.length;
}

test("the signature on the referrers API's second page is found and verified", async () => {
  nextLink = `/v2/${REPOSITORY}/referrers/${image.digest}?page=2`;
  expect(await verifiedThroughFront()).toBe(1);
});

test('a next link to another host is not followed: no request, no credentials go there', async () => {
  nextLink = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/v2/${REPOSITORY}/referrers/${image.digest}?page=2`;
  expect(await verifiedThroughFront()).toBe(0);
  expect(elsewhereRequests).toEqual([]);
});
