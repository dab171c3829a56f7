import { evaluateGate, type GateOptions } from '../../src/scan/gate';
import { checkProvenance, type ProvenanceGate, type ProvenanceRequirement } from '../../src/scan/provenance';
import { judgeScan } from '../../src/scan/verdict';

const options: GateOptions = { failOn: 'CRITICAL', fixableOnly: false, allow: [], today: '2026-11-24' };
const image = { repository: 'shop/api', digest: `sha256:${'a'.repeat(64)}` };
const required = (status: ProvenanceRequirement['status'], detail = 'why'): ProvenanceRequirement => ({
  required: true,
  status,
  detail,
});

test.each<[string, ProvenanceRequirement | undefined, boolean, RegExp]>([
  ['not required', undefined, true, /No finding at or above CRITICAL/],
  ['verified', required('verified', 'built by X from refs/heads/main'), true, /The provenance verified: built by X/],
  ['missing', required('missing'), false, /The image has no provenance \(provenance missing\): why/],
  [
    'untrusted',
    required('untrusted'),
    false,
    /no provenance signed by a trusted key or identity \(provenance untrusted\)/,
  ],
  ['builder-not-allowed', required('builder-not-allowed'), false, /built by a workflow the policy does not allow/],
  ['ref-not-allowed', required('ref-not-allowed'), false, /built from a ref the policy does not allow/],
  ['error', required('error'), false, /The provenance could not be checked \(provenance error\)/],
])('the verdict with provenance %s', (_what, provenance, passed, reason) => {
  const result = evaluateGate([], options, undefined, provenance);
  expect(result.passed).toBe(passed);
  expect(result.reasons.join('\n')).toMatch(reason);
  // scan-gate and the report's deployable image share the one verdict.
  const verdict = judgeScan(
    { state: 'complete', findings: [], detail: 'd' },
    { failOn: 'CRITICAL', fixableOnly: false, allow: [], unrated: 'at-threshold' },
    options.today,
    undefined,
    provenance,
  );
  expect(verdict.passed).toBe(passed);
});

describe('checkProvenance fails closed', () => {
  test('not required: not checked', async () => {
    expect((await checkProvenance(undefined, image, false)).status).toBe('skipped');
  });
  test('no gate for the registry', async () => {
    expect(await checkProvenance(undefined, image, true)).toMatchObject({ required: true, status: 'error' });
  });
  test('a check that throws', async () => {
    const gate: ProvenanceGate = { check: () => Promise.reject(new Error('registry down')) };
    expect(await checkProvenance(gate, image, true)).toMatchObject({ status: 'error', detail: /registry down/ });
  });
  test('a check that never answers ends at the deadline', async () => {
    const gate: ProvenanceGate = { check: () => new Promise(() => undefined) };
    expect(await checkProvenance(gate, image, true, 10)).toMatchObject({ status: 'error', detail: /no answer/ });
  });
  test('what the check found is the requirement', async () => {
    const gate: ProvenanceGate = {
      check: async () => ({ status: 'ref-not-allowed', detail: 'built from refs/heads/x' }),
    };
    expect(await checkProvenance(gate, image, true)).toEqual({
      required: true,
      status: 'ref-not-allowed',
      detail: 'built from refs/heads/x',
    });
  });
});
