import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { startGatedS3, type GatedS3 } from '../../utils/s3-policy-gate';
import { requireTool } from '../../utils/tools';
import { withEnv } from '../../utils/action-context';
import { publishToStore } from './store-run';

/**
 * The real pip reads what publish-package wrote to s3rver: wheels built by hand (a zip with METADATA, WHEEL
 * and RECORD) and an sdist (a tar.gz with PKG-INFO and a setup.py), of a project whose name needs PEP 503
 * normalisation. pip picks versions by its own rules: pre-releases only with --pre, and never a release
 * whose Requires-Python excludes this interpreter.
 */

let s3: GatedS3;
let work: string;
let restoreEnv: () => void;
const PREFIX = 'piksel';
const PROJECT = 'Acme.Greet_Tools';
const MODULE = 'acme_greet';

const HAS_PIP = spawnSync('python3', ['-m', 'pip', '--version'], { stdio: 'ignore' }).status === 0;

function recordHash(content: Uint8Array): string {
  return `sha256=${createHash('sha256').update(content).digest('base64url')}`;
}

function metadata(version: string, requiresPython?: string): string {
  return [
    'Metadata-Version: 2.1',
    `Name: ${PROJECT}`,
    `Version: ${version}`,
    'Summary: Says hello',
    ...(requiresPython ? [`Requires-Python: ${requiresPython}`] : []),
    '',
    'A long description.',
    '',
  ].join('\n');
}

/** A pure-Python wheel, as a build backend lays it out, with a RECORD that hashes every file. */
function buildWheel(version: string, requiresPython?: string): string {
  const distInfo = `acme_greet_tools-${version}.dist-info`;
  const files: Record<string, Uint8Array> = {
    [`${MODULE}/__init__.py`]: strToU8(`VERSION = "${version}"\n`),
    [`${distInfo}/METADATA`]: strToU8(metadata(version, requiresPython)),
    [`${distInfo}/WHEEL`]: strToU8(
      'Wheel-Version: 1.0\nGenerator: handmade\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    ),
  };
  const record = Object.entries(files)
    .map(([name, content]) => `${name},${recordHash(content)},${content.length}`)
    .concat(`${distInfo}/RECORD,,`)
    .join('\n');
  files[`${distInfo}/RECORD`] = strToU8(`${record}\n`);
  const path = join(work, 'dist', `acme_greet_tools-${version}-py3-none-any.whl`);
  writeFileSync(path, zipSync(files));
  return path;
}

/**
 * An sdist with PKG-INFO and an in-tree PEP 517 backend that needs nothing but the standard library, so
 * that pip prepares (and could build) it offline, whatever this Python has installed.
 */
function buildSdist(version: string, note = ''): string {
  const root = join(work, 'sdist-src', `acme_greet_tools-${version}`);
  mkdirSync(join(root, MODULE), { recursive: true });
  writeFileSync(join(root, 'PKG-INFO'), metadata(version));
  writeFileSync(join(root, MODULE, '__init__.py'), `VERSION = "${version}"\n${note}`);
  writeFileSync(
    join(root, 'pyproject.toml'),
    '[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["."]\n',
  );
  writeFileSync(
    join(root, 'backend.py'),
    `import base64, hashlib, os, zipfile

NAME = "acme_greet_tools-${version}"


def _record(files):
    lines = []
    for name, data in files:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        lines.append(f"{name},sha256={digest},{len(data)}")
    return "\\n".join(lines + [f"{NAME}.dist-info/RECORD,,"]) + "\\n"


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    with open("PKG-INFO", "rb") as f:
        metadata = f.read()
    with open("${MODULE}/__init__.py", "rb") as f:
        module = f.read()
    files = [
        ("${MODULE}/__init__.py", module),
        (f"{NAME}.dist-info/METADATA", metadata),
        (f"{NAME}.dist-info/WHEEL", b"Wheel-Version: 1.0\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"),
    ]
    wheel = f"{NAME}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel), "w") as z:
        for name, data in files:
            z.writestr(name, data)
        z.writestr(f"{NAME}.dist-info/RECORD", _record(files))
    return wheel
`,
  );
  const path = join(work, 'dist', `acme_greet_tools-${version}.tar.gz`);
  execFileSync('tar', ['czf', path, '-C', join(work, 'sdist-src'), `acme_greet_tools-${version}`]);
  return path;
}

function publish(paths: string[]) {
  return publishToStore(s3, work, { path: paths.join('\n') });
}

/** pip with no configuration, cache or other index: only the store. */
function pip(args: string[]): { status: number | null; out: string } {
  const home = join(work, 'home');
  mkdirSync(home, { recursive: true });
  const result = spawnSync(
    'python3',
    ['-m', 'pip', ...args, '--index-url', indexUrl(), '--no-cache-dir', '--disable-pip-version-check'],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: home, PIP_CONFIG_FILE: '/dev/null', PIP_NO_INPUT: '1' },
    },
  );
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function indexUrl(): string {
  return `${s3.endpoint}/${s3.bucket}/${PREFIX}/python/simple/`;
}

function ok(result: { status: number | null; out: string }): string {
  if (result.status !== 0) throw new Error(`pip failed (${result.status}):\n${result.out.slice(-3000)}`);
  return result.out;
}

/** A plain GET, as a browser or pip does (s3rver drops undici's fetch connections). */
function get(url: string): Promise<{ contentType: string; body: string }> {
  return new Promise((resolve, reject) => {
    httpGet(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        res.statusCode === 200
          ? resolve({ contentType: res.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8') })
          : reject(new Error(`GET ${url}: ${res.statusCode}`)),
      );
    }).on('error', reject);
  });
}

function freshDir(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function importedVersion(target: string): string {
  return execFileSync(
    'python3',
    ['-c', `import sys; sys.path.insert(0, sys.argv[1]); import ${MODULE}; print(${MODULE}.VERSION)`, target],
    {
      encoding: 'utf8',
    },
  ).trim();
}

beforeAll(async () => {
  s3 = await startGatedS3('python-store');
  work = mkdtempSync(join(tmpdir(), 'publish-python-'));
  mkdirSync(join(work, 'dist'));
  restoreEnv = withEnv(s3.env);
});
afterAll(async () => {
  restoreEnv();
  await s3.stop();
  rmSync(work, { recursive: true, force: true });
});

test('pip installs a wheel and downloads an sdist by version, takes a pre-release only with --pre, and honours Requires-Python', async () => {
  requireTool('python3 with pip', HAS_PIP);
  const first = await publish([buildWheel('1.0', '>=3.8')]);
  expect(first.outputs.get('name')).toBe(PROJECT);
  expect(first.outputs.get('version')).toBe('1.0');
  expect(first.outputs.get('index-url')).toBe(indexUrl());
  expect(first.summary.join('')).toContain(`pip install --index-url ${indexUrl()}`);
  const sdist = buildSdist('2.0');
  await publish([sdist]);
  const again = await publish([sdist]);
  expect(again.logger.text()).toContain('was already published, unchanged.');
  await expect(publish([buildSdist('2.0', '# rebuilt\n')])).rejects.toThrow(
    /acme_greet_tools-2\.0\.tar\.gz: stored sha256/,
  );
  await publish([buildWheel('2.1rc1')]);
  await publish([buildWheel('3.0', '>=4')]);

  // By version, with a name written another way than the project's: PEP 503 finds it.
  const pinned = freshDir('pinned');
  const installed = ok(pip(['install', '--target', pinned, 'acme-greet.tools==1.0']));
  // pip resolved from the wheel's METADATA served beside it (PEP 658) before downloading the wheel.
  expect(installed).toContain('acme_greet_tools-1.0-py3-none-any.whl.metadata');
  expect(importedVersion(pinned)).toBe('1.0');

  // The newest that fits: 3.0 needs Python 4, 2.1rc1 is a pre-release, so the 2.0 sdist.
  const newest = freshDir('newest');
  ok(pip(['download', '--no-deps', '-d', newest, 'ACME_Greet_Tools']));
  expect(readdirSync(newest)).toEqual(['acme_greet_tools-2.0.tar.gz']);

  const pre = freshDir('pre');
  ok(pip(['install', '--pre', '--target', pre, 'acme-greet-tools']));
  expect(importedVersion(pre)).toBe('2.1rc1');

  // The PEP 691 JSON beside the pages lists every file of every release; the root lists the project.
  const json = JSON.parse((await get(`${indexUrl()}acme-greet-tools/index.json`)).body) as {
    name: string;
    versions: string[];
    files: { filename: string; 'requires-python'?: string; hashes: { sha256: string } }[];
  };
  expect(json.name).toBe('acme-greet-tools');
  expect(json.versions).toEqual(['1.0', '2.0', '2.1rc1', '3.0']);
  expect(json.files.map((f) => f.filename)).toEqual([
    'acme_greet_tools-1.0-py3-none-any.whl',
    'acme_greet_tools-2.0.tar.gz',
    'acme_greet_tools-2.1rc1-py3-none-any.whl',
    'acme_greet_tools-3.0-py3-none-any.whl',
  ]);
  for (const key of ['', 'index.html']) {
    const root = await get(`${indexUrl()}${key}`);
    expect(root.contentType).toMatch(/^text\/html/);
    expect(root.body).toContain('<a href="acme-greet-tools/">acme-greet-tools</a>');
  }
  const page = (await get(`${indexUrl()}acme-greet-tools/`)).body;
  expect(page).toContain('data-requires-python="&gt;=4"');

  const refused = pip(['download', '--no-deps', '-d', freshDir('refused'), 'acme-greet-tools==3.0']);
  expect(refused.status).not.toBe(0);
  expect(refused.out).toMatch(/Requires-Python >=4/);

  // Every request, publishes and pip's reads, passed the generated policies; the project page was created with
  // If-None-Match and replaced with If-Match (an unconditional PUT is denied by the bucket policy).
  expect(s3.decisions().filter((d) => d.result !== 'Allowed')).toEqual([]);
  const pageWrites = s3
    .decisions()
    .filter((d) => d.action === 's3:PutObject' && d.resource.endsWith('/simple/acme-greet-tools/'));
  expect(pageWrites.map((d) => Object.keys(d.context).find((k) => k.startsWith('s3:if-')))).toEqual([
    's3:if-none-match',
    's3:if-match',
    's3:if-match',
    's3:if-match',
  ]);
}, 180_000);
