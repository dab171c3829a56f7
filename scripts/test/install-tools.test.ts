import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../actions';

// install-tools.sh against stand-ins of apt-get, apt-cache, dpkg-query and pipx: the packages each distribution
// has decide what is installed, and every call is logged.
const SCRIPT = join(ROOT, 'scripts', 'install-tools.sh');
const BASE = [
  'docker-registry',
  'buildah',
  'skopeo',
  'umoci',
  'apache2-utils',
  'openssl',
  'busybox-static',
  'maven',
  'openjdk-17-jdk-headless',
  'python3-pip',
  'git',
];
const DEBIAN_12 = [...BASE, 'awscli', 'pipx'];
const UBUNTU_24_04 = [...BASE, 'pipx']; // noble no longer packages awscli

interface Machine {
  available: string[]; // what apt can install
  installed?: string[];
  commands?: string[]; // extra commands on PATH (aws, pipx)
}

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'install-tools-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function stub(bin: string, name: string, body: string): void {
  writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
}

function run(machine: Machine, args: string[] = []) {
  const bin = join(tmp, 'bin');
  mkdirSync(bin);
  for (const tool of ['grep', 'id', 'chmod'])
    symlinkSync(
      spawnSync('bash', ['-c', `command -v ${tool}`])
        .stdout.toString()
        .trim(),
      join(bin, tool),
    );
  const log = join(tmp, 'calls.log');
  const has = (list: string[]) => `case " ${list.join(' ')} " in *" $PKG "*) ;; *) exit 100 ;; esac`;
  // Installing pipx puts a pipx on PATH, as apt would.
  const pipx = `printf '#!/bin/bash\\necho "pipx $*" >> ${log}\\n' > ${bin}/pipx; chmod +x ${bin}/pipx`;
  stub(bin, 'apt-get', `echo "apt-get $*" >> ${log}; for a in "$@"; do [ "$a" != pipx ] || { ${pipx}; }; done`);
  stub(bin, 'sudo', '"$@"');
  stub(bin, 'apt-cache', `PKG="$2"; ${has(machine.available)}; echo "Package: $PKG"`);
  stub(bin, 'dpkg-query', `PKG="\${@: -1}"; ${has(machine.installed ?? [])}; echo -n 'install ok installed'`);
  for (const c of machine.commands ?? []) stub(bin, c, `echo "${c} $*" >> ${log}`);
  const result = spawnSync('/bin/bash', [SCRIPT, ...args], { env: { PATH: bin }, encoding: 'utf8' });
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  const install = calls.find((c) => c.startsWith('apt-get install'))?.split(' ') ?? [];
  return { status: result.status, stderr: result.stderr, calls, install };
}

test.each<[string, Machine, string[], { apt: string[]; pipx: boolean }]>([
  ['Debian 12, the tests', { available: DEBIAN_12 }, [], { apt: BASE, pipx: false }],
  ['Ubuntu 24.04, the tests', { available: UBUNTU_24_04 }, [], { apt: BASE, pipx: false }],
  [
    'Debian 12 --with-bench: awscli from apt',
    { available: DEBIAN_12 },
    ['--with-bench'],
    { apt: [...BASE, 'awscli'], pipx: false },
  ],
  [
    'Ubuntu 24.04 --with-bench: pipx from apt, awscli from pipx',
    { available: UBUNTU_24_04 },
    ['--with-bench'],
    { apt: [...BASE, 'pipx'], pipx: true },
  ],
  [
    'Ubuntu 24.04 --with-bench with pipx there',
    { available: UBUNTU_24_04, installed: BASE, commands: ['pipx'] },
    ['--with-bench'],
    { apt: [], pipx: true },
  ],
  [
    'an AWS CLI already there',
    { available: UBUNTU_24_04, installed: BASE, commands: ['aws'] },
    ['--with-bench'],
    { apt: [], pipx: false },
  ],
])('%s', (_name, machine, args, expected) => {
  const { status, calls, install } = run(machine, args);
  expect(status).toBe(0);
  expect(
    install
      .slice(2)
      .filter((w) => !w.startsWith('-'))
      .sort(),
  ).toEqual([...expected.apt].sort());
  expect(calls.includes('pipx install awscli')).toBe(expected.pipx);
});

test('a system that packages neither awscli nor pipx installs the rest and says why the AWS CLI is skipped', () => {
  const { status, stderr, install } = run({ available: BASE }, ['--with-bench']);
  expect(status).toBe(0);
  expect(install).not.toContain('awscli');
  expect(stderr).toMatch(/neither awscli nor pipx; the AWS CLI is skipped/);
});

test('nothing to do when everything is installed: apt is not even updated', () => {
  expect(run({ available: DEBIAN_12, installed: BASE }).calls).toEqual([]);
});

test('an unknown argument is refused with the one option', () => {
  const { status, stderr } = run({ available: DEBIAN_12 }, ['--bench']);
  expect(status).toBe(2);
  expect(stderr).toMatch(/--with-bench/);
});
