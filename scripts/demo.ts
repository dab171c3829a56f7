import { execFileSync, spawnSync } from 'node:child_process';
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
import { startAwsFront, type AwsFront } from '../test/fakes/http';
import { emptyTables, writeSummaryPage, type StepSummary } from './demo/summaries';
import { startRegistry, type LocalRegistry } from '../test/utils/registry';
import { startS3, type LocalS3 } from '../test/utils/s3';

/**
 * The whole pipeline on this machine: a local OCI registry and S3 server (and, without AWS_ENDPOINT_URL, a
 * local stand-in for the ECR and S3 control planes), then the four actions through their committed bundles,
 * exactly as the GitHub runner runs them, then the real mvn, npm and pip installing what was published.
 */

const BUCKET = 'demo-artifacts';
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

type RunAction = (name: string, inputs: Record<string, string>, step?: string) => Promise<ActionRunResult>;

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

function installWithNpm(published: Record<string, ActionRunResult>, clients: string): void {
  const npmProject = join(clients, 'npm');
  mkdirSync(npmProject, { recursive: true });
  writeFileSync(join(npmProject, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}\n');
  writeFileSync(join(npmProject, '.npmrc'), `@demo:registry=${published.npm.outputs['index-url']}\n`);
  sh('npm', ['install', '--no-audit', '--no-fund', '--cache', join(clients, 'npm-cache'), '@demo/greeting@1.0.0'], {
    cwd: npmProject,
    env: { ...process.env, npm_config_userconfig: join(npmProject, '.npmrc') },
  });
  const npmSays = sh('node', ['-e', "console.log(require('@demo/greeting').hello('npm'))"], {
    cwd: npmProject,
  }).trim();
  log(`npm    ${npmSays}`);
  steps.push({ name: 'npm install', result: npmSays });
}

function installWithPip(published: Record<string, ActionRunResult>, clients: string): void {
  const pipTarget = join(clients, 'pip');
  sh(
    'python3',
    [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--no-deps',
      '--target',
      pipTarget,
      '--index-url',
      published.python.outputs['index-url'],
      'acme-demo==1.0.0',
    ],
    {
      env: { ...process.env, PIP_CONFIG_FILE: '/dev/null', PIP_DISABLE_PIP_VERSION_CHECK: '1' },
    },
  );
  const pipSays = sh('python3', ['-c', "import acme_demo; print(acme_demo.hello('pip'))"], {
    env: { ...process.env, PYTHONPATH: pipTarget },
  }).trim();
  log(`pip    ${pipSays}`);
  steps.push({ name: 'pip install', result: pipSays });
}

/**
 * mvn: a consumer project compiled against the library. Maven's own plugins come from this machine's local
 * repository (a file:// mirror); the library only from the store, with its checksums enforced.
 */
function installWithMvn(published: Record<string, ActionRunResult>, clients: string): void {
  const mvnProject = join(clients, 'mvn');
  const localPlugins = join(homedir(), '.m2', 'repository');
  mkdirSync(join(mvnProject, 'src', 'main', 'java'), { recursive: true });
  const store = published.maven.outputs['index-url'];
  writeFileSync(
    join(mvnProject, 'settings.xml'),
    `<settings><localRepository>${join(mvnProject, 'm2')}</localRepository>
<mirrors><mirror><id>local-plugins</id><mirrorOf>*,!artifacts</mirrorOf><url>file://${localPlugins}</url></mirror></mirrors>
<profiles><profile><id>artifacts</id>
  <repositories><repository><id>artifacts</id><url>${store}</url><releases><checksumPolicy>fail</checksumPolicy></releases></repository></repositories>
</profile></profiles>
<activeProfiles><activeProfile>artifacts</activeProfile></activeProfiles></settings>\n`,
  );
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
  sh('mvn', ['-B', '-q', '-s', join(mvnProject, 'settings.xml'), 'compile'], {
    cwd: mvnProject,
    env: { PATH: process.env.PATH, HOME: homedir(), JAVA_HOME: process.env.JAVA_HOME ?? '' },
  });
  const jar = join(mvnProject, 'm2', 'com', 'acme', 'demo', 'greeting', '1.0.0', 'greeting-1.0.0.jar');
  const mvnSays = sh('java', ['-cp', `${join(mvnProject, 'target', 'classes')}:${jar}`, 'Main']).trim();
  log(`mvn    ${mvnSays}`);
  steps.push({ name: 'mvn compile (checksums enforced)', result: mvnSays });
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
    const run: RunAction = async (name, inputs, step = name) => {
      const result = await runActionAsGitHub(action(name), inputs, { env, cwd: workspace });
      summaries.push({ step, markdown: result.summary });
      showSummary(step, need(result, name));
      return result;
    };
    const push = await imageSteps(run, services.registry, work);
    const published = await publishSteps(run, workspace, work, `${services.s3.endpoint}/${BUCKET}`);

    banner('Installing what was published, with the real clients');
    const clients = join(work, 'clients');
    mkdirSync(clients, { recursive: true });
    installWithNpm(published, clients);
    installWithPip(published, clients);
    installWithMvn(published, clients);
    const zipIndex = (await (await fetch(`${published.zip.outputs['index-url']}`)).json()) as { versions?: unknown[] };
    steps.push({
      name: 'zip index',
      result: `${published.zip.outputs['index-url']} lists ${zipIndex.versions?.length ?? 0} version(s)`,
    });

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
