import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationError, errorMessage, isConfigurationError } from '../../../shared/src/runtime/errors';
import { ConsoleLogger, type Logger } from '../../../shared/src/runtime/logger';
import { useProxyFromEnvironment } from '../../../shared/src/runtime/proxy';
import type { RequestTimeouts } from '../../../shared/src/runtime/timeouts';
import { createStoreServer, type ServedCounts } from './server';
import { EndpointSession } from './session';

/** What the endpoint serves and how it signs; no secret is in it (the child gets its credentials itself). */
export interface EndpointConfig {
  bucket: string;
  prefix: string;
  region: string;
  roleToAssume?: string;
  audience: string;
  /** 0: any free port. */
  port: number;
}

export interface RunningEndpoint {
  server: Server;
  port: number;
  /** Who S3 requests are signed as. */
  identity: string;
  counts: ServedCounts;
}

/** The argument that starts the bundle as the job's endpoint, and the variable that carries its configuration. */
export const ENDPOINT_ARGUMENT = 'package-store-endpoint';
export const CONFIG_VARIABLE = 'ARTIFACTS_PACKAGE_STORE_ENDPOINT';

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EADDRINUSE') return reject(err);
      reject(
        new ConfigurationError(
          `Port ${port} on 127.0.0.1 is in use (by another program, or an earlier setup-package-store step of this job): set 'port' to another number, or leave it empty for any free port.`,
        ),
      );
    });
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Opens the session (failing now on missing or expired credentials) and serves the store on 127.0.0.1: the job's
 * endpoint and the laptop command both run this.
 */
export async function serveStore(
  config: EndpointConfig,
  logger: Logger,
  options: { env?: NodeJS.ProcessEnv; timeouts?: Partial<RequestTimeouts> } = {},
): Promise<RunningEndpoint> {
  const session = new EndpointSession({
    region: config.region,
    roleToAssume: config.roleToAssume,
    audience: config.audience,
    logger,
    ...options,
  });
  await session.check();
  await session.probe(config.bucket, config.prefix);
  const identity = await session.identity();
  const counts: ServedCounts = { requests: 0, bytes: 0, byStatus: {} };
  const server = createStoreServer({ bucket: config.bucket, prefix: config.prefix, session, logger }, counts);
  const port = await listen(server, config.port);
  return { server, port, identity, counts };
}

type ChildMessage =
  { type: 'ready'; port: number; identity: string } | { type: 'error'; message: string; configuration: boolean };

/** The endpoint process: serves until SIGTERM (the post step), then reports what it served into its log. */
export async function runEndpointProcess(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const logger = new ConsoleLogger(env.RUNNER_DEBUG === '1');
  const send = (message: ChildMessage) => new Promise((resolve) => process.send!(message, undefined, {}, resolve));
  try {
    useProxyFromEnvironment(env, logger);
    const config = JSON.parse(env[CONFIG_VARIABLE] ?? '') as EndpointConfig;
    const endpoint = await serveStore(config, logger);
    logger.info(
      `Serving s3://${config.bucket}/${config.prefix}/ on 127.0.0.1:${endpoint.port} as ${endpoint.identity}.`,
    );
    process.once('SIGTERM', () => {
      endpoint.server.close();
      endpoint.server.closeAllConnections();
      const statuses = Object.entries(endpoint.counts.byStatus).map(([s, n]) => `${s}: ${n}`);
      logger.info(`served ${endpoint.counts.requests} requests (${statuses.join(', ') || 'none'}).`);
      process.exit(0);
    });
    await send({ type: 'ready', port: endpoint.port, identity: endpoint.identity });
    if (process.connected) process.disconnect();
  } catch (err) {
    logger.error(errorMessage(err));
    await send({ type: 'error', message: errorMessage(err), configuration: isConfigurationError(err) });
    process.exit(1);
  }
}

/**
 * Starts the endpoint as a detached process of the same bundle (`node <entry> package-store-endpoint`) that outlives
 * this step: its output goes to `logFile` (never to the step's pipes, which the runner waits on), and it reports its
 * port, or why it could not start, over an IPC channel that is closed once it is ready.
 */
export async function startEndpointProcess(
  config: EndpointConfig,
  options: { entry: string; logFile: string; timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<{ pid: number; port: number; identity: string }> {
  const log = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, [options.entry, ENDPOINT_ARGUMENT], {
    detached: true,
    stdio: ['ignore', log, log, 'ipc'],
    env: { ...(options.env ?? process.env), [CONFIG_VARIABLE]: JSON.stringify(config) },
  });
  closeSync(log);
  try {
    const message = await new Promise<ChildMessage>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The endpoint did not start within ${(options.timeoutMs ?? 120_000) / 1000} s.`)),
        options.timeoutMs ?? 120_000,
      );
      child.once('message', (m: ChildMessage) => (clearTimeout(timer), resolve(m)));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The endpoint exited (${code}) before it served: ${tail(options.logFile)}`));
      });
    });
    if (message.type === 'error') {
      throw message.configuration ? new ConfigurationError(message.message) : new Error(message.message);
    }
    if (child.connected) child.disconnect();
    child.unref();
    return { pid: child.pid!, port: message.port, identity: message.identity };
  } catch (err) {
    if (child.exitCode === null) child.kill('SIGKILL');
    throw err;
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-5).join('\n');
  } catch {
    return '(no log)';
  }
}
