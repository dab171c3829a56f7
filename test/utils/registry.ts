import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient, type RegistryClientOptions } from '../../shared/src/oci/registry';
import { silentLogger } from './loggers';
import { freePort, waitForHttp } from './ports';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';

export interface LocalRegistry {
  /** http://127.0.0.1:<port> */
  url: string;
  /** 127.0.0.1:<port> */
  host: string;
  username?: string;
  password?: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** A client of a local registry that logs in with the registry's username and password; `options` override the rest. */
export function authedClient(registry: LocalRegistry, options: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({
    baseUrl: registry.url,
    credentials: { username: registry.username!, password: registry.password! },
    logger: silentLogger,
    ...options,
  });
}

export function registryAvailable(): boolean {
  return existsSync(REGISTRY_BINARY);
}

/**
 * Starts Debian's docker-registry (distribution 2.8) on 127.0.0.1 with its own storage, optionally behind
 * htpasswd (bcrypt) basic auth. It has no referrers API: clients must use the OCI referrers tag schema.
 */
export async function startRegistry(
  options: { auth?: boolean; username?: string; password?: string } = {},
): Promise<LocalRegistry> {
  if (!registryAvailable())
    throw new Error(`${REGISTRY_BINARY} is missing: install the Debian package docker-registry.`);
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  const port = await freePort();
  const username = options.auth ? (options.username ?? 'ci-user') : undefined;
  const password = options.auth ? (options.password ?? 'ci-password-123') : undefined;
  let auth = '';
  if (options.auth) {
    const line = execFileSync('htpasswd', ['-Bbn', username!, password!], { encoding: 'utf8' });
    writeFileSync(join(dir, 'htpasswd'), line);
    auth = `auth:\n  htpasswd:\n    realm: test-registry\n    path: ${join(dir, 'htpasswd')}\n`;
  }
  writeFileSync(
    join(dir, 'config.yml'),
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:${port}\n  secret: test-secret\n${auth}`,
  );
  const child: ChildProcess = spawn(REGISTRY_BINARY, ['serve', join(dir, 'config.yml')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/v2/`);
  return {
    url,
    host: `127.0.0.1:${port}`,
    username,
    password,
    dataDir: join(dir, 'data'),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
