import { S3Client } from '@aws-sdk/client-s3';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { AwsClients } from '../../../shared/src/aws/clients';
import { BODY_MEMORY } from '../../../shared/src/packages/file-body';
import { PART_SIZE } from '../../../shared/src/packages/file-digest';
import { PackagePublisher } from '../../../shared/src/packages/store';
import { planZip } from '../../../shared/src/packages/zip';
import { MemoryLogger } from '../../utils/loggers';
import { withEnv } from '../../utils/action-context';
import { startS3, type LocalS3 } from '../../utils/s3';

/**
 * Files go to S3 read from disk again, a body at a time into reused buffers, with the checksums computed while
 * planning: what s3rver receives, seen by a recording proxy in front of it, and the memory of a process that
 * publishes far more than it could hold.
 */

jest.setTimeout(240_000);

const MiB = 1024 * 1024;
const ROOT = resolve(__dirname, '../../..');

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  bytes: number;
}

/** Forwards to s3rver and records each request, and the most part uploads and part bytes in flight at once. */
class RecordingProxy {
  readonly seen: Seen[] = [];
  maxPartsInFlight = 0;
  maxPartBytesInFlight = 0;
  private partsInFlight = 0;
  private partBytesInFlight = 0;
  private server?: Server;
  url = '';

  async start(target: string): Promise<void> {
    const { hostname, port } = new URL(target);
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://proxy');
      const entry: Seen = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        bytes: 0,
      };
      this.seen.push(entry);
      const length = Number(req.headers['content-length'] ?? 0);
      const isPart = entry.query.has('partNumber');
      if (isPart) this.track(1, length);
      req.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
      const upstream = request(
        { hostname, port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', () => isPart && this.track(-1, -length));
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private track(parts: number, bytes: number): void {
    this.partsInFlight += parts;
    this.partBytesInFlight += bytes;
    this.maxPartsInFlight = Math.max(this.maxPartsInFlight, this.partsInFlight);
    this.maxPartBytesInFlight = Math.max(this.maxPartBytesInFlight, this.partBytesInFlight);
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

let s3: LocalS3;
let work: string;
beforeAll(async () => {
  s3 = await startS3('streaming');
  work = mkdtempSync(join(tmpdir(), 'publish-streaming-'));
});
afterAll(async () => {
  await s3.stop();
  rmSync(work, { recursive: true, force: true });
});

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('base64');

test('each file and each 8 MiB part is sent with the SHA-256 from planning, the SDK hashing nothing; at most 4 parts in flight', async () => {
  const dir = join(work, 'recorded');
  mkdirSync(dir);
  const big = randomBytes(5 * PART_SIZE + 12345);
  const small = randomBytes(300 * 1024);
  writeFileSync(join(dir, 'big.bin'), big);
  writeFileSync(join(dir, 'small.zip'), small);
  const proxy = new RecordingProxy();
  await proxy.start(s3.endpoint);
  const restoreEnv = withEnv({ ...s3.env, AWS_ENDPOINT_URL_S3: proxy.url });
  try {
    const plan = await planZip([join(dir, 'big.bin'), join(dir, 'small.zip')], {
      storeUrl: 'https://store.example/piksel',
      name: 'data',
      version: '1.0.0',
    });
    const client = new AwsClients({ region: 'eu-central-1' }).client(S3Client);
    await new PackagePublisher(
      { s3: client, bucket: s3.bucket, prefix: 'piksel' },
      { logger: new MemoryLogger() },
    ).publish(plan);
  } finally {
    restoreEnv();
    await proxy.stop();
  }
  const key = (name: string) => `/${s3.bucket}/piksel/zip/data/1.0.0/${name}`;
  const parts = proxy.seen
    .filter((r) => r.method === 'PUT' && r.path === key('big.bin') && r.query.has('partNumber'))
    .sort((a, b) => Number(a.query.get('partNumber')) - Number(b.query.get('partNumber')));
  const slices = [0, 1, 2, 3, 4, 5].map((i) => big.subarray(i * PART_SIZE, (i + 1) * PART_SIZE));
  expect(parts.map((p) => p.bytes)).toEqual(slices.map((s) => s.length));
  expect(parts.map((p) => p.headers['x-amz-checksum-sha256'])).toEqual(slices.map(sha256));
  const put = proxy.seen.filter((r) => r.method === 'PUT' && r.path === key('small.zip'));
  expect(put.map((p) => [p.bytes, p.headers['x-amz-checksum-sha256'], p.headers['if-none-match']])).toEqual([
    [small.length, sha256(small), '*'],
  ]);
  // The body is not hashed for the signature: S3 checks the checksum header, which the signature covers.
  for (const sent of [...parts, ...put]) expect(sent.headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
  expect(proxy.maxPartsInFlight).toBeLessThanOrEqual(4);
  expect(proxy.maxPartBytesInFlight).toBeLessThanOrEqual(4 * PART_SIZE);
  const complete = proxy.seen.find((r) => r.method === 'POST' && r.path === key('big.bin') && r.query.has('uploadId'));
  expect(complete?.headers['if-none-match']).toBe('*');
  const stored = await fetch(`${s3.endpoint}${key('big.bin')}`);
  expect(sha256(Buffer.from(await stored.arrayBuffer()))).toBe(sha256(big));
});

test('files empty, of one buffer, and a byte over it arrive whole, through a pool of two buffers', async () => {
  const dir = join(work, 'edges');
  mkdirSync(dir);
  const files = { 'empty.bin': Buffer.alloc(0), 'one.bin': randomBytes(MiB), 'over.bin': randomBytes(MiB + 1) };
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  const restoreEnv = withEnv(s3.env);
  try {
    const plan = await planZip(
      Object.keys(files).map((f) => join(dir, f)),
      { storeUrl: 'https://store.example/edges', name: 'edges', version: '1.0.0' },
    );
    const client = new AwsClients({ region: 'eu-central-1' }).client(S3Client);
    await new PackagePublisher(
      { s3: client, bucket: s3.bucket, prefix: 'edges' },
      { logger: new MemoryLogger(), bodyMemory: 2 * MiB },
    ).publish(plan);
  } finally {
    restoreEnv();
  }
  for (const [name, data] of Object.entries(files)) {
    const stored = await fetch(`${s3.endpoint}/${s3.bucket}/edges/zip/edges/1.0.0/${name}`);
    expect([stored.status, sha256(Buffer.from(await stored.arrayBuffer()))]).toEqual([200, sha256(data)]);
  }
});

test('a process publishing 160 MiB, most of it in files below the multipart threshold, holds its body buffers at most', async () => {
  const dir = join(work, 'memory');
  mkdirSync(dir);
  const medium = randomBytes(16 * MiB);
  for (let i = 0; i < 6; i++) writeFileSync(join(dir, `medium-${i}.bin`), medium);
  writeFileSync(join(dir, 'large.bin'), randomBytes(64 * MiB));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '-r', join(ROOT, 'scripts/register.cjs'), join(__dirname, 'publish-child.ts'), dir, s3.bucket],
    { cwd: ROOT, env: { ...process.env, ...s3.env }, maxBuffer: 1024 * 1024 },
  );
  const { liveBeforeMiB, peakLiveMiB } = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>;
  // Holding the plan's files (160 MiB) would show here: what is held is the body buffers and a few MiB of requests.
  expect(peakLiveMiB - liveBeforeMiB).toBeLessThan(BODY_MEMORY / MiB + 12);
  const stored = await fetch(`${s3.endpoint}/${s3.bucket}/rss/zip/rss/1.0.0/medium-5.bin`);
  expect(sha256(Buffer.from(await stored.arrayBuffer()))).toBe(sha256(medium));
});
