import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { runActionAsGitHub, runnerNode, type ActionRunResult } from './action-runner';
import { ROOT } from './actions';
import { mavenRepositoryId } from '../actions/setup-package-store/src/configure';
import { isRunning } from '../actions/setup-package-store/src/post';
import { startAwsFront, type AwsFront } from '../test/fakes/http';
import { emptyTables, writeSummaryPage, type StepSummary } from './demo/summaries';
import { startRegistry, type LocalRegistry } from '../test/utils/registry';
import { startS3, type LocalS3 } from '../test/utils/s3';

/**
 * The whole pipeline on this machine: a local OCI registry and S3 server (and, without AWS_ENDPOINT_URL, a
 * local stand-in for the ECR and S3 control planes), then the five actions through their committed bundles,
 * exactly as the GitHub runner runs them, then the real mvn, npm and pip installing what was published through the
 * endpoint setup-package-store starts, with only the configuration it wrote (into the demo's own home).
 */

const BUCKET = 'demo-artifacts';
/** The policy's system: its packages are under this prefix, its Maven repository id artifacts-<system>. */
const SYSTEM = 'demo';
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

interface Step {
  name: string;
  result: string;
}

const steps: Step[] = [];
const summaries: StepSummary[] = [];
/** Every step's job summary on one page, written even when the demo fails. */
const SUMMARY_PAGE = join(ROOT, '.tmp', 'demo', 'job-summaries.md');
const log = (message: string) => console.log(message);

function banner(title: string): void {
  log(`\n\x1b[1m== ${title}\x1b[0m`);
}

function need(result: ActionRunResult, action: string): ActionRunResult {
  if (result.exitCode !== 0) {
    log(result.stdout);
    log(result.stderr);
    throw new Error(`${action} failed: ${result.errors.join('; ') || `exit code ${result.exitCode}`}`);
  }
  return result;
}

/** Shows a step's job summary whole and refuses one with a table that has a header and no row. */
function showSummary(step: string, result: ActionRunResult): void {
  log(
    `\x1b[2m-- job summary of ${step} --\x1b[0m\n${result.summary.trim()}\n\x1b[2m-- end of the job summary --\x1b[0m`,
  );
  const empty = emptyTables(result.summary);
  if (empty.length) throw new Error(`the job summary of ${step} has a table with no row: ${empty.join('; ')}`);
}

function sh(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const r = spawnSync(command, args, { encoding: 'utf8', ...options, env: options.env ?? process.env });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * A client run without blocking the demo's event loop: without AWS_ENDPOINT_URL, the AWS stand-in the endpoint
 * signs its S3 requests to answers from this process.
 */
function client(command: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(stdout);
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stdout}\n${stderr}`));
    });
  });
}

function sha256Base64Url(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/** The Java library: compiled with javac, its pom inside the jar as Maven's archiver puts it. */
function buildJar(source: string, out: string): string[] {
  const classes = join(out, 'classes');
  mkdirSync(join(classes, 'META-INF', 'maven', 'com.acme.demo', 'greeting'), { recursive: true });
  const javaFiles = ['com/acme/demo/Greeting.java'].map((f) => join(source, 'src', f));
  sh('javac', ['--release', '11', '-d', classes, ...javaFiles]);
  copyFileSync(join(source, 'pom.xml'), join(classes, 'META-INF', 'maven', 'com.acme.demo', 'greeting', 'pom.xml'));
  const jar = join(out, 'greeting-1.0.0.jar');
  sh('jar', ['--create', '--file', jar, '-C', classes, '.']);
  const pom = join(out, 'greeting-1.0.0.pom');
  copyFileSync(join(source, 'pom.xml'), pom);
  return [pom, jar];
}

/** A pure-Python wheel laid out as a build backend writes it, with a RECORD that hashes every file. */
function buildWheel(source: string, out: string): string {
  const distInfo = 'acme_demo-1.0.0.dist-info';
  const files: Record<string, Uint8Array> = {
    'acme_demo/__init__.py': readFileSync(join(source, 'acme_demo', '__init__.py')),
    [`${distInfo}/METADATA`]: readFileSync(join(source, 'METADATA')),
    [`${distInfo}/WHEEL`]: strToU8(
      'Wheel-Version: 1.0\nGenerator: artifacts-demo\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    ),
  };
  const record = Object.entries(files)
    .map(([name, content]) => `${name},sha256=${sha256Base64Url(content)},${content.length}`)
    .concat(`${distInfo}/RECORD,,`)
    .join('\n');
  files[`${distInfo}/RECORD`] = strToU8(`${record}\n`);
  const wheel = join(out, 'acme_demo-1.0.0-py3-none-any.whl');
  writeFileSync(wheel, zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') }));
  return wheel;
}

function buildZip(source: string, out: string): string {
  const files: Record<string, Uint8Array> = {};
  for (const f of readdirSync(source)) files[f] = readFileSync(join(source, f));
  const zip = join(out, 'deploy-bundle.zip');
  writeFileSync(zip, zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') }));
  return zip;
}

interface StepOptions {
  /** Variables of this step on top of the job's (the consumer's home for setup-package-store). */
  env?: Record<string, string>;
  /** Run the action's post step with the main step's state. */
  postState?: Record<string, string>;
  /** Called with the run's result before it is judged, failed or not. */
  ran?: (result: ActionRunResult) => void;
}

type RunAction = (
  name: string,
  inputs: Record<string, string>,
  step?: string,
  options?: StepOptions,
) => Promise<ActionRunResult>;

interface Services {
  registry: LocalRegistry;
  s3: LocalS3;
  /** The AWS endpoint the actions call: AWS_ENDPOINT_URL, or the local stand-in. */
  awsEndpoint: string;
  localAws?: AwsFront;
}

async function startServices(stops: (() => Promise<void>)[]): Promise<Services> {
  banner('Local registry, S3 server and AWS endpoints');
  const registry = await startRegistry({ auth: true, username: 'demo', password: 'demo-registry-password' });
  stops.push(() => registry.stop());
  const s3 = await startS3(BUCKET);
  stops.push(() => s3.stop());
  let localAws: AwsFront | undefined;
  if (!process.env.AWS_ENDPOINT_URL) {
    localAws = await startAwsFront({ s3Endpoint: s3.endpoint, buckets: [BUCKET] });
    stops.push(() => localAws!.stop());
  }
  const awsEndpoint = process.env.AWS_ENDPOINT_URL ?? localAws!.url;
  log(`registry   ${registry.url} (htpasswd user demo)`);
  log(`S3 store   ${s3.endpoint}/${BUCKET}`);
  log(`AWS APIs   ${awsEndpoint}${localAws ? ' (local stand-in: ECR control plane and S3 bucket settings)' : ''}`);
  const node = runnerNode();
  log(
    `actions    Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()} (${relative(ROOT, node)}), as runs.using: node24`,
  );
  return { registry, s3, awsEndpoint, localAws };
}

/** The calling repository (the policy, the sample app and its packages, as a checkout holds them) and the runner's variables. */
function prepareRun(work: string, services: Services): { workspace: string; env: Record<string, string> } {
  const { registry, s3, awsEndpoint, localAws } = services;
  const workspace = join(work, 'workspace');
  cpSync(join(ROOT, 'examples', 'demo'), workspace, { recursive: true });
  mkdirSync(join(workspace, '.github'), { recursive: true });
  copyFileSync(join(workspace, 'artifact-policy.yml'), join(workspace, '.github', 'artifact-policy.yml'));
  const busybox = execFileSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).trim();
  copyFileSync(busybox, join(workspace, 'app', 'busybox'));

  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signingKey = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const signingPublicKey = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  writeFileSync(join(work, 'signing.pub'), signingPublicKey);

  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/demo-app',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SHA: SHA,
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: join(work, 'runner-temp'),
    AWS_REGION: 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_ECR: awsEndpoint,
    AWS_ENDPOINT_URL_S3: localAws ? localAws.url : s3.endpoint,
    AWS_ENDPOINT_URL_STS: awsEndpoint,
    AWS_ENDPOINT_URL_INSPECTOR2: awsEndpoint,
    REGISTRY_USERNAME: 'demo',
    REGISTRY_PASSWORD: registry.password!,
    DEMO_SIGNING_KEY: signingKey,
    DEMO_SIGNING_PUBLIC_KEY: signingPublicKey,
  };
  mkdirSync(env.RUNNER_TEMP, { recursive: true });
  return { workspace, env };
}

/**
 * The sample Trivy report as `trivy image <image>@<digest>` writes it for the image just pushed: it names the digest,
 * which scan-gate requires of a report before it judges it.
 */
function nameScannedImage(report: string, imageUri: string): void {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    ArtifactName?: string;
    Metadata?: Record<string, unknown>;
  };
  json.ArtifactName = imageUri;
  json.Metadata = { ...json.Metadata, RepoDigests: [imageUri] };
  writeFileSync(report, JSON.stringify(json, null, 2));
}

/** provision-repo's plan, build-sign-push (twice: the re-run changes nothing) and scan-gate; returns the push. */
async function imageSteps(run: RunAction, registry: LocalRegistry, work: string): Promise<ActionRunResult> {
  banner('provision-repo: plan the demo system (read only)');
  const plan = await run('provision-repo', { mode: 'plan' }, 'provision-repo (plan)');
  steps.push({ name: 'provision-repo (plan)', result: `${plan.outputs.changes} changes planned, nothing written` });

  banner('build-sign-push: build the sample app with buildah, push it, sign it');
  const push = await run('build-sign-push', { service: 'web', context: 'app', registry: registry.url });
  log(
    `digest    ${push.outputs.digest}\nimage     ${push.outputs['image-uri']}\ntags      ${push.outputs.tags.split('\n').join(', ')}`,
  );
  log(`signature ${push.outputs['signature-format']} ${push.outputs['signature-digest']}`);
  steps.push({
    name: 'build-sign-push',
    result: `${push.outputs['image-uri']} (${push.outputs.tags.split('\n').join(', ')})`,
  });

  banner('build-sign-push again: a re-run changes nothing');
  const rerun = await run(
    'build-sign-push',
    { service: 'web', context: 'app', registry: registry.url },
    'build-sign-push (re-run)',
  );
  if (rerun.outputs.digest !== push.outputs.digest) throw new Error('the re-run produced another digest');
  if (rerun.outputs['signature-digest'] !== push.outputs['signature-digest']) {
    throw new Error('the re-run signed the image a second time');
  }
  steps.push({ name: 'build-sign-push (re-run)', result: `same digest, tags unchanged, no second signature` });

  banner('scan-gate: the Trivy report and the signature, by digest');
  nameScannedImage(join(work, 'workspace', 'app', 'trivy-report.json'), push.outputs['image-uri']);
  const gate = await run('scan-gate', {
    image: push.outputs['image-uri'],
    registry: registry.url,
    source: 'report',
    report: 'app/trivy-report.json',
    'sarif-output': join(work, 'scan-gate.sarif'),
    'findings-output': join(work, 'scan-gate-findings.json'),
  });
  steps.push({
    name: 'scan-gate',
    result: `passed=${gate.outputs.passed} (critical ${gate.outputs.critical}, high ${gate.outputs.high}, medium ${gate.outputs.medium}); SARIF ${gate.outputs['sarif-file']}`,
  });
  return push;
}

/** The sample packages built as their own tools would, then published; returns each publish run by type. */
async function publishSteps(
  run: RunAction,
  workspace: string,
  work: string,
  baseUrl: string,
): Promise<Record<string, ActionRunResult>> {
  banner('publish-package: Maven, npm, Python and ZIP into the S3 store');
  const dist = join(work, 'dist');
  mkdirSync(dist, { recursive: true });
  const maven = buildJar(join(workspace, 'packages', 'maven'), dist);
  const npmTarball = JSON.parse(
    sh('npm', ['pack', '--json', '--pack-destination', dist], { cwd: join(workspace, 'packages', 'npm') }),
  )[0].filename as string;
  const wheel = buildWheel(join(workspace, 'packages', 'python'), dist);
  const zip = buildZip(join(workspace, 'packages', 'zip'), dist);
  const published: Record<string, ActionRunResult> = {};
  for (const [type, path, extra] of [
    ['maven', maven.join('\n'), {}],
    ['npm', join(dist, npmTarball), {}],
    ['python', wheel, {}],
    ['zip', zip, { name: 'deploy-bundle', version: '1.0.0' }],
  ] as const) {
    published[type] = await run(
      'publish-package',
      { type, path, 'base-url': baseUrl, ...extra },
      `publish-package (${type})`,
    );
    log(
      `${type.padEnd(6)} ${published[type].outputs.name}@${published[type].outputs.version} -> ${published[type].outputs['index-url']}`,
    );
    steps.push({ name: `publish-package (${type})`, result: published[type].outputs['index-url'] });
  }

  return published;
}

/** A consumer job's home: where setup-package-store writes the clients' configuration, never the user's own. */
interface ConsumerHome {
  clients: string;
  home: string;
  /** The variables of the consumer's steps: its home, and npm's and pip's configuration under it. */
  env: Record<string, string>;
}

/**
 * The consumer's home, with the settings.xml setup-java would leave: the local repository in the demo's work dir,
 * and Maven's own plugins from this machine's local repository (a file:// mirror of all but the store).
 */
function consumerHome(work: string): ConsumerHome {
  const clients = join(work, 'clients');
  const home = join(clients, 'home');
  mkdirSync(join(home, '.m2'), { recursive: true });
  const localPlugins = join(homedir(), '.m2', 'repository');
  writeFileSync(
    join(home, '.m2', 'settings.xml'),
    `<settings>
  <localRepository>${join(clients, 'm2')}</localRepository>
  <mirrors><mirror><id>local-plugins</id><mirrorOf>*,!${mavenRepositoryId(SYSTEM)}</mirrorOf><url>file://${localPlugins}</url></mirror></mirrors>
</settings>\n`,
  );
  writeFileSync(join(home, 'global-npmrc'), '');
  const env = {
    HOME: home,
    // npm run names the user's own .npmrc: the step must write into the consumer's.
    npm_config_userconfig: join(home, '.npmrc'),
    NPM_CONFIG_USERCONFIG: join(home, '.npmrc'),
    npm_config_globalconfig: join(home, 'global-npmrc'),
    XDG_CONFIG_HOME: join(home, '.config'),
  };
  return { clients, home, env };
}

/** setup-package-store's main step, and its post step, which runs in the demo's `finally` whatever happens. */
interface PackageStore {
  main: ActionRunResult;
  stop(): Promise<ActionRunResult>;
}

async function startPackageStore(
  run: RunAction,
  consumer: ConsumerHome,
  stops: (() => Promise<void>)[],
): Promise<PackageStore> {
  banner('setup-package-store: a read-only endpoint that signs for the clients, and their configuration');
  let state: Record<string, string> | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    return run('setup-package-store', {}, 'setup-package-store (post)', { env: consumer.env, postState: state });
  };
  stops.push(async () => {
    if (!state) return;
    // The demo failed before the post step: it stops the endpoint and shows what the endpoint logged.
    if (!stopped) log((await stop().catch((err: Error) => ({ stdout: err.message }))).stdout);
    const pid = Number(state['endpoint-pid']);
    if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
  });
  const main = await run('setup-package-store', {}, 'setup-package-store', {
    env: consumer.env,
    ran: (result) => (state = result.state),
  });
  log(`endpoint  ${main.outputs.endpoint}`);
  for (const name of ['npm-registry-url', 'pip-index-url', 'maven-repository-url']) {
    log(`          ${name} ${main.outputs[name]}`);
  }
  steps.push({
    name: 'setup-package-store',
    result: `${main.outputs.endpoint}; .npmrc, pip.conf, settings.xml and PIP_INDEX_URL for the clients`,
  });
  return { main, stop };
}

/** The post step, then proof that the endpoint is gone. */
async function stopPackageStore(store: PackageStore): Promise<void> {
  banner('setup-package-store post step: stop the endpoint');
  const pid = Number(store.main.state?.['endpoint-pid']);
  const post = await store.stop();
  if (isRunning(pid)) throw new Error(`the post step left the endpoint (pid ${pid}) running`);
  const answers = await fetch(store.main.outputs.endpoint).then(
    () => true,
    () => false,
  );
  if (answers) throw new Error(`${store.main.outputs.endpoint} still answers after the post step`);
  const served = /served \d+ requests \([^)]*\)/.exec(post.stdout)?.[0] ?? 'served an unknown number of requests';
  log(`pid ${pid} stopped; it ${served}`);
  steps.push({ name: 'setup-package-store (post)', result: `endpoint (pid ${pid}) stopped; it ${served}` });
}

/** A consumer step's environment: its home, the variables setup-package-store exported, nothing of the user's. */
function clientEnv(consumer: ConsumerHome, store: PackageStore): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    LANG: process.env.LANG ?? 'C.UTF-8',
    ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
    ...consumer.env,
    ...store.main.exported,
    npm_config_cache: join(consumer.clients, 'npm-cache'),
    npm_config_update_notifier: 'false',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
  };
}

/** npm with the .npmrc setup-package-store wrote for the policy's scope; the tarball from the endpoint. */
async function installWithNpm(consumer: ConsumerHome, store: PackageStore): Promise<void> {
  const npmProject = join(consumer.clients, 'npm');
  mkdirSync(npmProject, { recursive: true });
  writeFileSync(join(npmProject, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}\n');
  log(`.npmrc    ${readFileSync(join(consumer.home, '.npmrc'), 'utf8').trim()}`);
  await client('npm', ['install', '--no-audit', '--no-fund', '@demo/greeting@1.0.0'], {
    cwd: npmProject,
    env: clientEnv(consumer, store),
  });
  const lock = JSON.parse(readFileSync(join(npmProject, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { resolved?: string }>;
  };
  const resolved = lock.packages['node_modules/@demo/greeting']?.resolved ?? '';
  if (!resolved.startsWith(store.main.outputs['npm-registry-url'])) {
    throw new Error(`npm resolved @demo/greeting to ${resolved}, not through the endpoint`);
  }
  const npmSays = sh('node', ['-e', "console.log(require('@demo/greeting').hello('npm'))"], {
    cwd: npmProject,
  }).trim();
  log(`npm    ${npmSays} (${resolved})`);
  steps.push({ name: 'npm install', result: `${npmSays} (tarball from the endpoint)` });
}

/** pip with PIP_INDEX_URL as the step exported it (and its pip.conf in the consumer's home). */
async function installWithPip(consumer: ConsumerHome, store: PackageStore): Promise<void> {
  const pipTarget = join(consumer.clients, 'pip');
  const env = clientEnv(consumer, store);
  const pipConf = join(consumer.env.XDG_CONFIG_HOME, 'pip', 'pip.conf');
  log(`pip.conf  ${readFileSync(pipConf, 'utf8').trim().split('\n').join(' | ')}`);
  await client('python3', ['-m', 'pip', 'install', '--quiet', '--no-deps', '--target', pipTarget, 'acme-demo==1.0.0'], {
    env,
  });
  const pipSays = sh('python3', ['-c', "import acme_demo; print(acme_demo.hello('pip'))"], {
    env: { ...process.env, PYTHONPATH: pipTarget },
  }).trim();
  log(`pip    ${pipSays} (index ${env.PIP_INDEX_URL})`);
  steps.push({ name: 'pip install', result: `${pipSays} (index from the endpoint)` });
}

/**
 * mvn: a consumer project compiled against the library, with the settings.xml setup-package-store merged into:
 * Maven's own plugins from the file:// mirror, the library only from the endpoint, its checksums enforced.
 */
async function installWithMvn(consumer: ConsumerHome, store: PackageStore): Promise<void> {
  const mvnProject = join(consumer.clients, 'mvn');
  mkdirSync(join(mvnProject, 'src', 'main', 'java'), { recursive: true });
  const settings = join(consumer.home, '.m2', 'settings.xml');
  if (!readFileSync(settings, 'utf8').includes(`<url>${store.main.outputs['maven-repository-url']}</url>`)) {
    throw new Error(`${settings} does not name the endpoint`);
  }
  writeFileSync(
    join(mvnProject, 'pom.xml'),
    `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>com.acme.demo</groupId><artifactId>consumer</artifactId><version>1.0</version>
<properties><maven.compiler.release>11</maven.compiler.release></properties>
<build><plugins>
  <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
  <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
</plugins></build>
<dependencies><dependency><groupId>com.acme.demo</groupId><artifactId>greeting</artifactId><version>1.0.0</version></dependency></dependencies>
</project>\n`,
  );
  writeFileSync(
    join(mvnProject, 'src', 'main', 'java', 'Main.java'),
    'public class Main { public static void main(String[] a) { System.out.println(com.acme.demo.Greeting.hello("mvn")); } }\n',
  );
  // Java takes user.home from the password database, not HOME: the consumer's settings are named explicitly.
  await client('mvn', ['-B', '-q', '-s', settings, 'compile'], { cwd: mvnProject, env: clientEnv(consumer, store) });
  const jar = join(consumer.clients, 'm2', 'com', 'acme', 'demo', 'greeting', '1.0.0', 'greeting-1.0.0.jar');
  const mvnSays = sh('java', ['-cp', `${join(mvnProject, 'target', 'classes')}:${jar}`, 'Main']).trim();
  log(`mvn    ${mvnSays}`);
  steps.push({ name: 'mvn compile (checksums enforced)', result: `${mvnSays} (library from the endpoint)` });
}

/** The ZIP's index, read through the endpoint like the rest: the store's URL with the system's prefix. */
async function readZipIndex(published: Record<string, ActionRunResult>, baseUrl: string, store: PackageStore) {
  const stored = published.zip.outputs['index-url'];
  const prefix = `${baseUrl}/${SYSTEM}/`;
  if (!stored.startsWith(prefix)) throw new Error(`the ZIP's index ${stored} is not under ${prefix}`);
  const url = `${store.main.outputs.endpoint}/${stored.slice(prefix.length)}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const zipIndex = (await response.json()) as { versions?: unknown[] };
  steps.push({ name: 'zip index', result: `${url} lists ${zipIndex.versions?.length ?? 0} version(s)` });
}

/** A consumer job: setup-package-store, the three clients with only what it configured, its post step. */
async function consumerSteps(
  run: RunAction,
  published: Record<string, ActionRunResult>,
  work: string,
  baseUrl: string,
  stops: (() => Promise<void>)[],
): Promise<void> {
  const consumer = consumerHome(work);
  const store = await startPackageStore(run, consumer, stops);
  banner('Installing what was published, with the real clients, through the endpoint');
  await installWithNpm(consumer, store);
  await installWithPip(consumer, store);
  await installWithMvn(consumer, store);
  await readZipIndex(published, baseUrl, store);
  await stopPackageStore(store);
}

async function verifySignature(registry: LocalRegistry, push: ActionRunResult, work: string): Promise<void> {
  banner('Verifying the image signature independently');
  const skopeoRaw = sh('skopeo', [
    'inspect',
    '--raw',
    '--tls-verify=false',
    '--creds',
    `demo:${registry.password}`,
    `docker://${registry.host}/demo/web@${push.outputs.digest}`,
  ]);
  const manifestDigest = `sha256:${createHash('sha256').update(skopeoRaw).digest('hex')}`;
  if (manifestDigest !== push.outputs.digest)
    throw new Error(`skopeo sees ${manifestDigest}, the action said ${push.outputs.digest}`);
  log(`skopeo reads the manifest by digest: ${manifestDigest}`);
  log(`the gate verified the signature with the trusted public key (${join(work, 'signing.pub')}); with cosign:`);
  log(
    `  cosign verify --key ${join(work, 'signing.pub')} --allow-insecure-registry ${registry.host}/demo/web@${push.outputs.digest}`,
  );
  steps.push({
    name: 'signature',
    result: `verified by scan-gate under the policy trust; manifest digest confirmed by skopeo`,
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  banner('Tools');
  execFileSync('bash', [join(ROOT, 'scripts', 'install-tools.sh')], { stdio: 'inherit' });
  const work = mkdtempSync(join(tmpdir(), 'artifacts-demo-'));
  const stops: (() => Promise<void>)[] = [];
  try {
    const services = await startServices(stops);
    const { workspace, env } = prepareRun(work, services);
    const action = (name: string) => join(ROOT, 'actions', name, 'action.yml');
    const run: RunAction = async (name, inputs, step = name, options = {}) => {
      const result = await runActionAsGitHub(action(name), inputs, {
        env: { ...env, ...options.env },
        cwd: workspace,
        postState: options.postState,
      });
      options.ran?.(result);
      summaries.push({ step, markdown: result.summary });
      showSummary(step, need(result, name));
      return result;
    };
    const push = await imageSteps(run, services.registry, work);
    const baseUrl = `${services.s3.endpoint}/${BUCKET}`;
    const published = await publishSteps(run, workspace, work, baseUrl);
    await consumerSteps(run, published, work, baseUrl, stops);

    await verifySignature(services.registry, push, work);

    banner(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const width = Math.max(...steps.map((s) => s.name.length));
    for (const s of steps) log(`  ${s.name.padEnd(width)}  ${s.result}`);
  } finally {
    writeSummaryPage(SUMMARY_PAGE, `Job summaries of npm run demo, ${new Date().toISOString()}`, summaries);
    log(`\nEvery step's job summary, as one page: ${relative(process.cwd(), SUMMARY_PAGE)}`);
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    if (process.env.DEMO_KEEP !== '1') rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
}

main().catch((err) => {
  console.error(`\ndemo failed: ${(err as Error).message}`);
  process.exit(1);
});
