/**
 * Start-up time of each action's committed bundle, from process start to its first error (no inputs, so the
 * first required input is missing), median of N runs, and each bundle's size; compared with a bundle built the
 * way aws-actions/amazon-ecr-login builds its own (ncc over @actions/core and @aws-sdk/client-ecr, calling
 * GetAuthorizationToken), which fails on its first request to a closed port on 127.0.0.1.
 *
 *   node -r ./scripts/register.cjs bench/startup.ts [--runs 21]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerNode } from '../scripts/action-runner';
import { actionNames } from '../scripts/actions';

const ROOT = resolve(__dirname, '..');

export interface StartupRow {
  bundle: string;
  medianMs: number;
  bytes: number;
}

// ncc ships no types and no ES module entry.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ncc = require('@vercel/ncc') as (
  entry: string,
  options: Record<string, unknown>,
) => Promise<{ code: string; assets: Record<string, { source: Buffer | string }> }>;

/** What amazon-ecr-login's entry does on start: read inputs, build an ECR client, ask for a token (ES module syntax: @actions/core 3 has no CommonJS entry). */
const ECR_LOGIN_STYLE_ENTRY = `
import * as core from '@actions/core';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
async function run() {
  const registries = core.getInput('registries');
  const ecr = new ECRClient({ customUserAgent: 'amazon-ecr-login-for-github-actions' });
  const request = registries ? { registryIds: registries.split(',') } : {};
  const auth = await ecr.send(new GetAuthorizationTokenCommand(request));
  for (const data of auth.authorizationData || []) core.setSecret(data.authorizationToken);
}
run().catch((error) => core.setFailed(error.message));
`;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timeToExit(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(runnerNode(), args, { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolvePromise(Number(process.hrtime.bigint() - started) / 1e6));
  });
}

function dirBytes(dir: string): number {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/** Builds the amazon-ecr-login-style bundle inside the repository (so node_modules resolves); returns its dir. */
async function buildEcrLoginStyle(): Promise<string> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'ecr-login-style-'));
  writeFileSync(join(dir, 'entry.js'), ECR_LOGIN_STYLE_ENTRY);
  const { code, assets } = await ncc(join(dir, 'entry.js'), { minify: false, quiet: true, target: 'es2022' });
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    if (!name.endsWith('.js')) continue;
    mkdirSync(join(dir, 'dist', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'dist', name), asset.source);
  }
  return dir;
}

export async function measureStartup(runs = 21): Promise<StartupRow[]> {
  // Nothing reaches out: no credentials chain lookups beyond the environment, the one request goes to a closed port.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    AWS_REGION: 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'AKIDSTARTUPBENCH',
    AWS_SECRET_ACCESS_KEY: 'startup-bench-secret',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:9',
    AWS_MAX_ATTEMPTS: '1',
  };
  const ecrLogin = await buildEcrLoginStyle();
  try {
    const bundles: { bundle: string; dir: string }[] = [
      ...actionNames().map((name) => ({ bundle: name, dir: join(ROOT, 'actions', name, 'dist') })),
      { bundle: 'amazon-ecr-login style (ncc, @actions/core + client-ecr)', dir: join(ecrLogin, 'dist') },
    ];
    const times = new Map<string, number[]>(bundles.map((b) => [b.bundle, []]));
    // Interleaved, so that no bundle always runs on a warmer cache.
    for (let i = 0; i < runs; i++) {
      for (const b of bundles) times.get(b.bundle)!.push(await timeToExit([join(b.dir, 'index.js')], env));
    }
    const baseline: number[] = [];
    for (let i = 0; i < runs; i++) baseline.push(await timeToExit(['-e', '0'], env));
    return [
      ...bundles.map((b) => ({ bundle: b.bundle, medianMs: median(times.get(b.bundle)!), bytes: dirBytes(b.dir) })),
      { bundle: 'node -e 0 (baseline)', medianMs: median(baseline), bytes: 0 },
    ];
  } finally {
    rmSync(ecrLogin, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--runs');
  const rows = await measureStartup(i >= 0 ? Number(process.argv[i + 1]) : 21);
  console.log('| bundle | start-up to first error, median (ms) | bundle size (MiB) |\n| --- | --- | --- |');
  for (const r of rows)
    console.log(`| ${r.bundle} | ${r.medianMs.toFixed(0)} | ${(r.bytes / 1024 / 1024).toFixed(2)} |`);
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `startup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
  console.log(`results: ${file}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
