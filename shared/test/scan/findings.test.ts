import {
  atOrAbove,
  dedupeFindings,
  normaliseSeverity,
  severityFromScore,
  severityOf,
  sortFindings,
  type FailOn,
  type Finding,
  type Severity,
} from '../../src/scan/findings';

const finding = (over: Partial<Finding>): Finding => ({
  id: 'CVE-2024-0001',
  severity: 'HIGH',
  fixable: null,
  source: 'trivy',
  ...over,
});

describe('severity names across scanners', () => {
  test.each<[string | undefined, Severity]>([
    ['CRITICAL', 'CRITICAL'],
    ['High', 'HIGH'],
    ['medium', 'MEDIUM'],
    ['MODERATE', 'MEDIUM'],
    ['LOW', 'LOW'],
    ['INFORMATIONAL', 'INFORMATIONAL'],
    ['UNDEFINED', 'UNDEFINED'], // ECR basic
    ['UNTRIAGED', 'UNDEFINED'], // Inspector
    ['UNKNOWN', 'UNDEFINED'], // Trivy
    ['Unknown', 'UNDEFINED'], // Grype
    ['Negligible', 'INFORMATIONAL'], // Grype
    ['something-new', 'UNDEFINED'],
    [undefined, 'UNDEFINED'],
  ])('%s -> %s', (word, expected) => {
    expect(normaliseSeverity(word)).toBe(expected);
  });

  test.each<[number, Severity]>([
    [10, 'CRITICAL'],
    [9.0, 'CRITICAL'],
    [8.9, 'HIGH'],
    [7.0, 'HIGH'],
    [6.9, 'MEDIUM'],
    [4.0, 'MEDIUM'],
    [3.9, 'LOW'],
    [0.1, 'LOW'],
    [0, 'INFORMATIONAL'],
  ])('security-severity %s -> %s', (score, expected) => {
    expect(severityFromScore(score)).toBe(expected);
  });
});

describe('atOrAbove', () => {
  test.each<[Severity, FailOn, boolean]>([
    ['CRITICAL', 'CRITICAL', true],
    ['HIGH', 'CRITICAL', false],
    ['HIGH', 'HIGH', true],
    ['CRITICAL', 'MEDIUM', true],
    ['LOW', 'MEDIUM', false],
    ['INFORMATIONAL', 'LOW', false],
    ['UNDEFINED', 'INFORMATIONAL', false],
    ['UNDEFINED', 'UNDEFINED', true],
    ['INFORMATIONAL', 'UNDEFINED', true],
    ['CRITICAL', 'NONE', false],
  ])('%s against %s -> %s', (severity, threshold, expected) => {
    expect(atOrAbove(severity, threshold)).toBe(expected);
  });
});

test('dedupe keeps one finding per vulnerability and installed package, the most severe, with the known fix', () => {
  const out = dedupeFindings([
    finding({ package: 'a', installedVersion: '1', severity: 'MEDIUM' }),
    finding({ package: 'a', installedVersion: '1', severity: 'HIGH', fixedVersion: '2', fixable: true }),
    finding({ package: 'a', installedVersion: '1.1', severity: 'LOW' }),
    finding({ package: 'b', installedVersion: '1', severity: 'LOW' }),
  ]);
  expect(out).toHaveLength(3);
  expect(out[0]).toMatchObject({
    package: 'a',
    installedVersion: '1',
    severity: 'HIGH',
    fixedVersion: '2',
    fixable: true,
  });
});

test('sort puts the most severe first, then the higher score', () => {
  const out = sortFindings([
    finding({ id: 'A', severity: 'LOW' }),
    finding({ id: 'B', severity: 'CRITICAL', score: 9.1 }),
    finding({ id: 'C', severity: 'CRITICAL', score: 9.8 }),
    finding({ id: 'D', severity: 'UNDEFINED' }),
  ]);
  expect(out.map((f) => f.id)).toEqual(['C', 'B', 'A', 'D']);
});

describe('severityOf: an unknown severity takes the CVSS band, with neither it is unrated', () => {
  test.each<[unknown, number | undefined, Severity, boolean]>([
    ['CRITICAL', undefined, 'CRITICAL', false],
    ['Medium', 9.8, 'MEDIUM', false], // a known word decides over the score
    ['CRIT', 9.8, 'CRITICAL', false],
    ['Crítico', 7.5, 'HIGH', false],
    [undefined, 5.0, 'MEDIUM', false],
    ['UNKNOWN', 9.1, 'CRITICAL', false], // not rated by the vendor, but scored
    ['UNTRIAGED', 7.5, 'HIGH', false],
    ['UNKNOWN', undefined, 'UNDEFINED', false], // the vendor says so: UNDEFINED, as before
    ['CRIT', undefined, 'UNDEFINED', true],
    [undefined, undefined, 'UNDEFINED', true],
    [null, undefined, 'UNDEFINED', true],
    [9.8, undefined, 'CRITICAL', false], // a number where a word belongs is a score
    [3, 8.1, 'HIGH', false],
    [{ level: 'high' }, undefined, 'UNDEFINED', true],
    ['', 0, 'UNDEFINED', true],
  ])('%j with score %s -> %s (unrated %s)', (word, score, severity, unrated) => {
    const result = severityOf(word, score);
    expect(result.severity).toBe(severity);
    expect(Boolean(result.unrated)).toBe(unrated);
  });
});
