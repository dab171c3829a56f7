import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MARKER, readmeBenchTable, renderBenchTable, RESULTS_FILE, type BenchResults } from '../../bench/table';
import { benchTableProblems } from '../check';
import { replaceBetweenMarkers } from '../docs';

const MiB = 1024 * 1024;
const results: BenchResults = {
  date: '2026-12-07',
  machine: { cpu: 'AMD EPYC', cores: 2, memoryGiB: 24 },
  loadAverage: [0.42, 0.5, 0.61],
  node: { scripts: 'v20.20.2', actions: 'v24.22.3' },
  push: { layers: 8, layerMiB: 25, runs: 3, freshMs: { ours: 1780, peer: 1000 }, repushMs: { ours: 540, peer: 70 } },
  publish: { files: 201, totalMiB: 199, runs: 5, ms: { ours: 2310, peer: 2560 }, peer: 'aws s3 cp --recursive' },
  startup: {
    runs: 9,
    nodeMs: 22,
    peer: { name: 'amazon-ecr-login-style ncc bundle', ms: 129, bytes: 2 * MiB },
    actions: [{ name: 'scan-gate', ms: 63, bytes: 5 * MiB }],
  },
  provision: {
    repositories: 50,
    latencyMs: 20,
    apply: { concurrency: 8, ms: 1060, reads: 176, writes: 164 },
    sequentialMs: 4740,
    reapply: { ms: 260, reads: 167, writes: 0 },
  },
};
const README = (table: string) =>
  `# x\n\n## Benchmarks\n\n<!-- ${MARKER}:start -->\n${table}\n<!-- ${MARKER}:end -->\n`;

describe('the benchmark table is rendered from the results, with when, where and under what load', () => {
  const table = renderBenchTable(results);
  test.each([
    [
      'the date, machine, load average and Node versions',
      /^Benchmarks of 2026-12-07 on AMD EPYC, 2 cores, 24 GiB memory; load average 0\.42, 0\.50, 0\.61 before the run; the scripts and peers on Node v20\.20\.2, the action bundles on Node v24\.22\.3\./,
    ],
    [
      'the fresh push and its ratio',
      /\| push 8 × 25 MiB layers, fresh, median of 3 \| 1\.78 s \| 1\.00 s \| skopeo copy \| 1\.78 \|/,
    ],
    ['the re-push', /\| push, unchanged re-push, median of 3 \| 0\.54 s \| 0\.07 s \| skopeo copy \| 7\.71 \|/],
    [
      'each action start-up and size',
      /\| scan-gate start-up to first error, median of 9; bundle size \| 63 ms; 5\.00 MiB \| 129 ms; 2\.00 MiB \| amazon-ecr-login-style ncc bundle \| 0\.49; 2\.50 \|/,
    ],
    [
      'the provision calls',
      /\| 1\.06 s, 176 reads \+ 164 writes \| 4\.74 s \| the same apply at concurrency 1 \| 0\.22 \|/,
    ],
  ])('%s', (_, expected) => {
    expect(table).toMatch(expected);
  });

  test('a row whose result has CPU time and peak RSS shows them against the peer; others leave them empty', () => {
    const costs = { cpuMs: { ours: 600, peer: 700 }, peakRssMiB: { ours: 120, peer: 22 } };
    const measured = renderBenchTable({
      ...results,
      push: {
        ...results.push,
        fresh: costs,
        repushBlobsSent: ['0 (0 B)', '0 (0 B)'],
        scale: [{ name: 'one 2048 MiB layer', runs: 1, ms: { ours: 9000, peer: 10000 }, ...costs }],
        measured: { date: '2026-12-08', loadAverage: [1, 2, 3] },
      },
      publish: { ...results.publish, cpuMs: { ours: 1500, peer: 3000 }, peakRssMiB: { ours: 90, peer: 100 } },
    });
    expect(measured).toMatch(
      /\| push 8 × 25 MiB layers, fresh, median of 3 \| 1\.78 s \| 1\.00 s \| skopeo copy \| 1\.78 \| 0\.60 s \/ 0\.70 s \(0\.86\) \| 120 MiB \/ 22 MiB \(5\.45\) \|/,
    );
    expect(measured).toMatch(
      /\| push, unchanged re-push, median of 3 \(blobs sent: 0 \(0 B\)\) \| 0\.54 s .* \| {2}\| {2}\|$/m,
    );
    expect(measured).toMatch(
      /\| push one 2048 MiB layer, fresh, median of 1 \| 9\.00 s \| 10\.00 s \| skopeo copy \| 0\.90 \| 0\.60 s/,
    );
    expect(measured).toMatch(/\| publish .* \| 1\.50 s \/ 3\.00 s \(0\.50\) \| 90 MiB \/ 100 MiB \(0\.90\) \|/);
    expect(measured).toMatch(
      /The push rows were measured again on 2026-12-08, load average 1\.00, 2\.00, 3\.00 before them\./,
    );
    expect(table).not.toMatch(/ s \/ /);
  });

  test('the install row: through the endpoint against the store directly, and the endpoint CPU', () => {
    expect(table).not.toMatch(/install/);
    const install = { npmPackages: 50, wheels: 20, runs: 3, ms: { ours: 10_500, peer: 10_000 }, endpointCpuMs: 1_250 };
    const measured = renderBenchTable({
      ...results,
      install: { ...install, measured: { date: '2026-12-08', loadAverage: [1, 2, 3] } },
    });
    expect(measured).toMatch(
      /\| install 50 npm packages \+ 20 wheels through setup-package-store's endpoint, median of 3; the endpoint's own CPU 1\.25 s \| 10\.50 s \| 10\.00 s \| npm install \+ pip install from the store directly \(unsigned\) \| 1\.05 \|/,
    );
    expect(measured).toMatch(/The install row was measured again on 2026-12-08, load average 1\.00, 2\.00, 3\.00/);
  });

  test('results without a load average say so', () => {
    expect(renderBenchTable({ ...results, loadAverage: null, node: { scripts: 'v20.20.2', actions: null } })).toMatch(
      /24 GiB memory; load average not recorded; Node v20\.20\.2\./,
    );
  });

  test('what the bench writes between the markers is what the check reads back', () => {
    const written = replaceBetweenMarkers(README('old table'), MARKER, table, 'README.md');
    expect(readmeBenchTable(written)).toBe(table);
  });
});

describe('npm run check: the README table must be the one the committed results render', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bench-table-'));
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(join(root, RESULTS_FILE), JSON.stringify(results));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test.each<[string, (table: string) => string, RegExp | undefined]>([
    ['as rendered', (t) => README(t), undefined],
    [
      'a figure edited by hand',
      (t) => README(t.replace('| 1.78 |', '| 1.12 |')),
      /benchmark table differs from bench\/results\/latest\.json/,
    ],
    ['an older run kept', (t) => README(t.replace('2026-12-07', '2026-11-24')), /differs/],
    ['no markers', () => '# x\n', /lacks the markers/],
  ])('%s', (_, readme, expected) => {
    writeFileSync(join(root, 'README.md'), readme(renderBenchTable(results)));
    const problems = benchTableProblems(root);
    if (expected) expect(problems.join('\n')).toMatch(expected);
    else expect(problems).toEqual([]);
  });

  test('no results file', () => {
    rmSync(join(root, RESULTS_FILE));
    expect(benchTableProblems(root)).toEqual([`${RESULTS_FILE} is missing: run 'npm run bench' and commit it.`]);
  });

  test("the repository's own README and results agree", () => {
    expect(benchTableProblems()).toEqual([]);
  });
});
