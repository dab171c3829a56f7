import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseChartYaml } from '../../src/chart/chart-file';
import { helmCommands, prepareChart, reproducibleCreatedTime } from '../../src/chart/publish';
import { parsePolicy } from '../../../../shared/src/policy';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'helm-publish-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reproducibleCreatedTime', () => {
  const now = () => new Date('2030-01-01T00:00:00Z');

  test('SOURCE_DATE_EPOCH first', () => {
    expect(reproducibleCreatedTime({ SOURCE_DATE_EPOCH: '1700000000' }, dir, now).toISOString()).toBe(
      '2023-11-14T22:13:20.000Z',
    );
  });

  test('a SOURCE_DATE_EPOCH that is not a number is a configuration error', () => {
    expect(() => reproducibleCreatedTime({ SOURCE_DATE_EPOCH: 'yesterday' }, dir, now)).toThrow(ConfigurationError);
  });

  test('then the commit time of the checkout, the same on every run', () => {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
          GIT_COMMITTER_DATE: '2026-02-03T04:05:06Z',
          GIT_AUTHOR_DATE: '2026-02-03T04:05:06Z',
        },
        stdio: 'ignore',
      });
    git('init', '-q');
    writeFileSync(join(dir, 'a'), 'a');
    git('add', 'a');
    git('commit', '-q', '-m', 'a');
    expect(reproducibleCreatedTime({}, dir, now).toISOString()).toBe('2026-02-03T04:05:06.000Z');
  });

  test('else the clock', () => {
    expect(reproducibleCreatedTime({}, dir, now)).toEqual(now());
  });
});

describe('helmCommands', () => {
  test('install and pull lines for the chart version', () => {
    const chart = { metadata: parseChartYaml('apiVersion: v2\nname: web\nversion: 1.0.0+b.1\n') };
    expect(helmCommands({ chart: chart as never, chartUri: 'oci://r.example.com/acme/charts/web' })).toEqual({
      install: 'helm install web oci://r.example.com/acme/charts/web --version 1.0.0+b.1',
      pull: 'helm pull oci://r.example.com/acme/charts/web --version 1.0.0+b.1',
    });
  });
});

describe('prepareChart', () => {
  const policy = (charts?: string) =>
    parsePolicy(
      [
        'version: 1',
        'system: acme',
        'region: eu-central-1',
        'resourceTags: {Project: acme, Environment: shared, Purpose: charts, ManagedBy: artifacts, Owner: platform}',
        `registry: {layout: single, repository: acme-core${charts ? `, charts: "${charts}"` : ''}}`,
      ].join('\n'),
      'policy.yml',
    );

  beforeEach(() => writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n'));

  test.each([
    [undefined, 'acme/charts/web'],
    ['helm/{system}/{chart}', 'helm/acme/web'],
  ])('registry.charts %s names the repository %s', async (charts, repository) => {
    expect((await prepareChart({ policy: policy(charts), path: dir })).repository).toBe(repository);
  });

  test('a chart name that cannot be a repository name is refused', async () => {
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: Web_App\nversion: 0.1.0\n');
    await expect(prepareChart({ policy: policy(), path: dir })).rejects.toThrow(ConfigurationError);
  });

  test("the 'name' input must agree with Chart.yaml", async () => {
    await expect(prepareChart({ policy: policy(), path: dir, name: 'api' })).rejects.toThrow(
      /Input 'name' is 'api' but the chart's Chart.yaml names it 'web'/,
    );
  });
});
