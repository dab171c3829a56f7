import { execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * A large layer goes up with memory bounded by concurrency × read size, whatever its size: a child process pushes
 * sparse files of hundreds of MiB to a local registry stand-in that counts what it receives, and reports how far its
 * resident memory rose. Each file goes up in one PUT, streamed from disk, never read whole.
 */

const ROOT = resolve(__dirname, '../../..');
const MiB = 1024 * 1024;

interface Received {
  bytes: number;
  largestBody: number;
  inFlight: number;
  maxInFlight: number;
}

/** Answers a blob upload's requests (HEAD 404, POST, PUT) and counts the bytes and the uploads in flight. */
function startUploadSink(received: Received): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.method === 'HEAD') return void res.writeHead(404).end();
    if (req.method === 'POST')
      return void res.writeHead(202, { location: `/v2/big/layer/blobs/uploads/${Math.random()}` }).end();
    let body = 0;
    received.maxInFlight = Math.max(received.maxInFlight, ++received.inFlight);
    req.on('data', (chunk: Buffer) => (body += chunk.length));
    req.on('end', () => {
      received.inFlight--;
      received.bytes += body;
      received.largestBody = Math.max(received.largestBody, body);
      res.writeHead(req.method === 'PUT' ? 201 : 405).end();
    });
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

function sparseFile(path: string, size: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'bounded-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['one 512 MiB blob', [512], 1],
  ['four 96 MiB blobs, two at a time', [96, 96, 96, 96], 2],
])('%s: memory stays bounded', async (_name, sizes, concurrency) => {
  const received: Received = { bytes: 0, largestBody: 0, inFlight: 0, maxInFlight: 0 };
  const sink = await startUploadSink(received);
  try {
    const blobs = sizes.map((mib, i) => {
      const file = join(dir, `blob-${i}`);
      sparseFile(file, mib * MiB);
      // The stand-in does not check digests; the client does not hash files (the registry does).
      return { file, digest: `sha256:${String(i).repeat(64)}`, size: mib * MiB };
    });
    const job = { registry: sink.url, concurrency, blobs };
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '-r', join(ROOT, 'scripts', 'register.cjs'), join(__dirname, 'push-blobs-child.ts')],
      { env: { ...process.env, PUSH_JOB: JSON.stringify(job) }, maxBuffer: MiB },
    );
    const report = JSON.parse(stdout) as { growthMiB: number; stats: { blobsUploaded: number } };
    const total = sizes.reduce((n, s) => n + s, 0) * MiB;
    expect(received.bytes).toBe(total);
    expect(report.stats.blobsUploaded).toBe(sizes.length);
    expect(received.largestBody).toBe(Math.max(...sizes) * MiB);
    expect(received.maxInFlight).toBeLessThanOrEqual(concurrency);
    // Two 2 MiB read buffers per blob in flight, plus the runtime's own churn: far below one blob.
    expect(report.growthMiB).toBeLessThan(24);
  } finally {
    await new Promise((ok) => sink.server.close(ok));
  }
});
