import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, waitForHttp } from './ports';

export interface LocalS3 {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  bucket: string;
  dataDir: string;
  /** Environment for the AWS SDK and CLI to talk to this server. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const S3RVER = resolve(__dirname, '../../node_modules/s3rver/bin/s3rver.js');
const ACCESS_KEYS = resolve(__dirname, 's3rver-access-keys.cjs');

/**
 * Starts s3rver on 127.0.0.1 with one bucket. It runs in its own node with --openssl-legacy-provider
 * (without it, listing pagination fails). It does not enforce versioning or conditional writes.
 * `accessKeys` are accepted besides S3RVER (each with itself as secret).
 */
export async function startS3(bucket = 'artifacts-test', accessKeys: string[] = []): Promise<LocalS3> {
  const dir = mkdtempSync(join(tmpdir(), 's3rver-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--openssl-legacy-provider',
      '--require',
      ACCESS_KEYS,
      S3RVER,
      '-d',
      dir,
      '-a',
      '127.0.0.1',
      '-p',
      String(port),
      '--silent',
      '--no-vhost-buckets',
      '--configure-bucket',
      bucket,
    ],
    { stdio: 'ignore', env: { ...process.env, S3RVER_ACCESS_KEYS: accessKeys.join(',') } },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  await waitForHttp(endpoint);
  return {
    endpoint,
    bucket,
    dataDir: dir,
    env: {
      AWS_ENDPOINT_URL_S3: endpoint,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'eu-central-1',
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
