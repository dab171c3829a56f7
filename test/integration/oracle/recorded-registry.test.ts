import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import { ecrActionFor } from '../../../shared/src/oci/ecr';
import { parsePolicy } from '../../../shared/src/policy';
import { CATALOGUE, requestsOf } from '../../oracle/catalogue';
import { startRecordingProxy, type RecordingProxy } from '../../oracle/recording-proxy';
import { generateImage, writeOciLayout } from '../../utils/images';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { githubEnv } from '../build-sign-push/fixtures';
import { testContext } from '../../utils/action-context';

jest.setTimeout(120_000);

const POLICY = [
  'version: 1',
  'system: shop',
  'region: eu-central-1',
  'resourceTags: {Project: shop}',
  'requiredTagKeys: []',
  'registry: {layout: per-service, services: [api, worker]}',
  'tags: {release: "{service}-{version}"}',
  'signing: {required: true, method: key, key: "env://SIGNING_KEY"}',
  '',
].join('\n');

/** A distribution API request by kind: method and the part of the path after the repository, digests left out. */
function kindOf(method: string, rest: string): string {
  if (rest.startsWith('blobs/uploads/')) return `${method} blobs/uploads/${rest.includes('mount=') ? '?mount' : ''}`;
  return `${method} ${rest.startsWith('tags/list') ? 'tags/list' : rest.split('/')[0]}`;
}

/** The repository and the rest of a /v2/<repository>/<rest> path; undefined for the /v2/ ping. */
function split(path: string, repositories: string[]): { repository: string; rest: string } | undefined {
  const repository = repositories.find((r) => path.startsWith(`/v2/${r}/`));
  return repository ? { repository, rest: path.slice(`/v2/${repository}/`.length) } : undefined;
}

describe('the catalogue covers every registry request build-sign-push makes (recorded)', () => {
  let registry: LocalRegistry;
  let proxy: RecordingProxy;
  let dir: string;

  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startRecordingProxy(registry.url);
    dir = mkdtempSync(join(tmpdir(), 'oracle-recorded-'));
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a signed push of two services sharing a layer, then a re-run', async () => {
    const policyPath = join(dir, 'artifact-policy.yml');
    writeFileSync(policyPath, POLICY);
    const shared = { 'lib/shared.js': 'module.exports = 1' };
    const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
    const env = {
      ...githubEnv('refs/tags/v1.0.0'),
      SIGNING_KEY: key.export({ format: 'pem', type: 'pkcs8' }).toString(),
    };
    for (const service of ['api', 'worker', 'worker']) {
      const image = await generateImage({ layers: [shared, { [`${service}.js`]: service }] });
      writeOciLayout(join(dir, service), { images: [image], refName: 'v1' });
      const inputs = { service, policy: policyPath, registry: proxy.url, source: `oci:${join(dir, service)}:v1` };
      await run(testContext(inputs, env));
    }

    const policy = parsePolicy(POLICY, 'artifact-policy.yml');
    const repositories = ['shop/api', 'shop/worker'];
    const recorded = proxy.requests.flatMap((r) => {
      const parts = split(r.path, repositories);
      return parts ? [{ ...parts, method: r.method }] : [];
    });
    expect(recorded.length).toBeGreaterThan(10);
    const catalogued = new Set(CATALOGUE['ci-push'].registry.map(([method, path]) => kindOf(method, path)));
    expect([...new Set(recorded.map((r) => kindOf(r.method, r.rest)))].filter((k) => !catalogued.has(k))).toEqual([]);
    // The mount from the sibling was tried: its request is catalogued, not only imagined.
    expect(recorded.some((r) => r.rest.includes('mount='))).toBe(true);

    const where = { accountId: '111111111111', region: 'eu-central-1' };
    const repos = repositories.map((name) => ({ name, tags: { Project: 'shop' } }));
    const actions = new Set(requestsOf('ci-push', policy, where, repos).map((r) => `${r.action} ${r.resource}`));
    const needed = recorded.map(
      (r) =>
        `${ecrActionFor(r.method, `${proxy.url}/v2/${r.repository}/${r.rest}`)} arn:aws:ecr:eu-central-1:111111111111:repository/${r.repository}`,
    );
    expect([...new Set(needed)].filter((n) => !actions.has(n))).toEqual([]);
  });
});
