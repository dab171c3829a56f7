import { evaluateGate, type GateOptions } from '../../src/scan/gate';
import type { FailOn, Finding } from '../../src/scan/findings';
import type { SignatureRequirement } from '../../src/scan/signature';

const f = (id: string, severity: Finding['severity'], over: Partial<Finding> = {}): Finding => ({
  id,
  severity,
  package: 'libfoo',
  installedVersion: '1.0',
  fixable: true,
  fixedVersion: '1.1',
  source: 'inspector',
  ...over,
});

const base: GateOptions = { failOn: 'CRITICAL', fixableOnly: false, allow: [], today: '2026-11-24' };

const findings = [
  f('CVE-1', 'CRITICAL'),
  f('CVE-2', 'HIGH', { fixable: false, fixedVersion: undefined }),
  f('CVE-3', 'MEDIUM'),
  f('CVE-4', 'LOW', { fixable: null, fixedVersion: undefined }),
  f('CVE-5', 'INFORMATIONAL'),
  f('CVE-6', 'UNDEFINED', { fixable: false, fixedVersion: undefined }),
];

describe('threshold and fixable-only', () => {
  test.each<[FailOn, boolean, boolean, string[]]>([
    ['CRITICAL', false, false, ['CVE-1']],
    ['HIGH', false, false, ['CVE-1', 'CVE-2']],
    ['HIGH', true, false, ['CVE-1']], // CVE-2 has no fix
    ['MEDIUM', false, false, ['CVE-1', 'CVE-2', 'CVE-3']],
    ['LOW', true, false, ['CVE-1', 'CVE-3', 'CVE-4']], // CVE-4: the source does not say, so it counts
    ['INFORMATIONAL', false, false, ['CVE-1', 'CVE-2', 'CVE-3', 'CVE-4', 'CVE-5']],
    ['UNDEFINED', false, false, ['CVE-1', 'CVE-2', 'CVE-3', 'CVE-4', 'CVE-5', 'CVE-6']],
    ['UNDEFINED', true, false, ['CVE-1', 'CVE-3', 'CVE-4', 'CVE-5']],
    ['NONE', false, true, []],
  ])('fail-on %s, fixable-only %s: passed=%s, decisive %j', (failOn, fixableOnly, passed, decisive) => {
    const result = evaluateGate(findings, { ...base, failOn, fixableOnly });
    expect(result.passed).toBe(passed);
    expect(result.decisive.map((x) => x.id)).toEqual(decisive);
  });

  test('counts are of the findings that count; found is of all of them', () => {
    const result = evaluateGate(findings, { ...base, fixableOnly: true });
    expect(result.found).toEqual({ CRITICAL: 1, HIGH: 1, MEDIUM: 1, LOW: 1, INFORMATIONAL: 1, UNDEFINED: 1 });
    expect(result.counts).toEqual({ CRITICAL: 1, HIGH: 0, MEDIUM: 1, LOW: 1, INFORMATIONAL: 1, UNDEFINED: 0 });
    expect(result.findings.filter((x) => x.status === 'not-fixable').map((x) => x.id)).toEqual(['CVE-2', 'CVE-6']);
  });

  test('no findings passes, and says so', () => {
    const result = evaluateGate([], { ...base, failOn: 'LOW' });
    expect(result.passed).toBe(true);
    expect(result.reasons).toEqual(['No finding at or above LOW counts (0 findings below it).']);
  });

  test('the reason of a failure counts the decisive findings per severity', () => {
    const result = evaluateGate(findings, { ...base, failOn: 'HIGH' });
    expect(result.reasons).toEqual(['2 findings at or above HIGH count (1 CRITICAL, 1 HIGH).']);
  });
});

describe('allowlist', () => {
  test.each([
    ['id only', { id: 'CVE-1', reason: 'r' }, true],
    ['id, other case', { id: 'cve-1', reason: 'r' }, true],
    ['id and package', { id: 'CVE-1', package: 'libfoo', reason: 'r' }, true],
    ['id and another package', { id: 'CVE-1', package: 'libbar', reason: 'r' }, false],
    ['until today (inclusive)', { id: 'CVE-1', until: '2026-11-24', reason: 'r' }, true],
    ['until yesterday: expired', { id: 'CVE-1', until: '2026-11-23', reason: 'r' }, false],
  ])('%s', (_name, entry, accepted) => {
    const result = evaluateGate([f('CVE-1', 'CRITICAL')], { ...base, allow: [entry] });
    expect(result.passed).toBe(accepted);
    expect(result.findings[0].status).toBe(accepted ? 'allowed' : 'counted');
  });

  test('reports applied, expired (with what they would have matched) and unused entries', () => {
    const allow = [
      { id: 'CVE-1', reason: 'no fix upstream', until: '2026-12-31' },
      { id: 'CVE-2', reason: 'old', until: '2026-01-01' },
      { id: 'CVE-9', reason: 'gone long ago' },
      { id: 'CVE-3', package: 'other', reason: 'other package' },
    ];
    const result = evaluateGate(findings, { ...base, failOn: 'HIGH', allow });
    expect(result.allowlist.applied).toEqual([{ entry: allow[0], matched: 1 }]);
    expect(result.allowlist.expired).toEqual([{ entry: allow[1], matched: 1 }]);
    expect(result.allowlist.unused).toEqual([allow[2], allow[3]]);
    expect(result.findings.find((x) => x.id === 'CVE-1')).toMatchObject({ status: 'allowed', allowedBy: allow[0] });
    // The expired entry no longer accepts CVE-2, so it fails the gate.
    expect(result.decisive.map((x) => x.id)).toEqual(['CVE-2']);
    expect(result.passed).toBe(false);
  });

  test('an allowed finding is not counted even when fixable-only would drop it too', () => {
    const result = evaluateGate([f('CVE-2', 'HIGH', { fixable: false })], {
      ...base,
      fixableOnly: true,
      allow: [{ id: 'CVE-2', reason: 'r' }],
    });
    expect(result.findings[0].status).toBe('allowed');
    expect(result.allowlist.unused).toEqual([]);
  });
});

describe('signature requirement', () => {
  const sig = (over: Partial<SignatureRequirement>): SignatureRequirement => ({
    required: true,
    status: 'verified',
    detail: 'one signature by awskms:///alias/signing',
    ...over,
  });
  test.each<[Partial<SignatureRequirement>, boolean]>([
    [{ status: 'verified' }, true],
    [{ status: 'unsigned', detail: 'no signature found' }, false],
    [{ status: 'untrusted', detail: 'signed by an unknown key' }, false],
    [{ status: 'error', detail: 'registry unreachable' }, false],
    [{ required: false, status: 'skipped' }, true],
    [{ required: false, status: 'unsigned' }, true],
  ])('%j -> passed %s', (signature, passed) => {
    const result = evaluateGate([], base, sig(signature));
    expect(result.passed).toBe(passed);
    if (!passed) expect(result.reasons.join('\n')).toContain(`no trusted signature (${signature.status})`);
  });

  test('a failed signature and decisive findings are both given as reasons', () => {
    const result = evaluateGate(
      [f('CVE-1', 'CRITICAL')],
      base,
      sig({ status: 'unsigned', detail: 'no signature found' }),
    );
    expect(result.reasons).toEqual([
      '1 finding at or above CRITICAL counts (1 CRITICAL).',
      'The image has no trusted signature (unsigned): no signature found',
    ]);
  });
});

describe('unrated findings fail closed', () => {
  const unrated = f('CVE-9', 'UNDEFINED', { unrated: true });
  test.each<[FailOn, GateOptions['unrated'], boolean]>([
    ['CRITICAL', undefined, false], // the default: counted at the threshold
    ['CRITICAL', 'at-threshold', false],
    ['HIGH', 'at-threshold', false],
    ['CRITICAL', 'undefined', true], // the policy says: UNDEFINED, below CRITICAL
    ['UNDEFINED', 'undefined', false],
    ['NONE', 'at-threshold', true],
  ])('failOn %s, unrated %s -> passed %s', (failOn, mode, passed) => {
    const result = evaluateGate([unrated], { ...base, failOn, unrated: mode });
    expect(result.passed).toBe(passed);
    if (!passed && failOn !== 'UNDEFINED') {
      expect(result.counts[failOn as 'CRITICAL']).toBe(1);
      expect(result.reasons).toContain(
        `1 finding without a known severity or a score counts at ${failOn} (the policy's scan.unrated).`,
      );
    }
  });

  test('an explicit UNDEFINED without a score stays below a CRITICAL threshold', () => {
    expect(evaluateGate([f('CVE-6', 'UNDEFINED')], base).passed).toBe(true);
  });
});
