import { comparePep440, isValidProjectName, normalizeProjectName, parsePep440 } from '../../src/packages/pep440';

/** Normalisation and ordering cases from PEP 440 and packaging's own test suite. */

test.each([
  ['1.0', '1.0', false],
  ['v1.0', '1.0', false],
  ['01.02.003', '1.2.3', false],
  ['1.0a1', '1.0a1', true],
  ['1.0.ALPHA.1', '1.0a1', true],
  ['1.0-alpha-1', '1.0a1', true],
  ['1.0alpha', '1.0a0', true],
  ['1.0b2', '1.0b2', true],
  ['1.0beta2', '1.0b2', true],
  ['1.0c1', '1.0rc1', true],
  ['1.0pre1', '1.0rc1', true],
  ['1.0preview1', '1.0rc1', true],
  ['1.0.0-RC.1', '1.0.0rc1', true],
  ['1.0_rc_1', '1.0rc1', true],
  ['1.0-1', '1.0.post1', false],
  ['1.0.post-1', '1.0.post1', false],
  ['1.0rev1', '1.0.post1', false],
  ['1.0r1', '1.0.post1', false],
  ['1.0.post', '1.0.post0', false],
  ['1.0-dev', '1.0.dev0', true],
  ['1.0.DEV3', '1.0.dev3', true],
  ['1.0.post1.dev2', '1.0.post1.dev2', true],
  ['1!2.0', '1!2.0', false],
  ['0!1.0', '1.0', false],
  ['1.0+Local_1-X', '1.0+local.1.x', false],
  [' 1.0 ', '1.0', false],
])('%j normalises to %s (pre-release: %s)', (version, normalized, isPrerelease) => {
  expect(parsePep440(version)).toMatchObject({ normalized, isPrerelease });
});

test.each(['', 'nope', '1.0.0.0-x', '1..0', '1.0-', '1.0+', '1.0+local..x', 'a1.0', '1.0 beta', '${version}'])(
  '%j is not a PEP 440 version',
  (version) => {
    expect(parsePep440(version)).toBeUndefined();
  },
);

// Ascending, from PEP 440's summary of the ordering.
const ORDERED = [
  '1.0.dev456', '1.0a1', '1.0a2.dev456', '1.0a12.dev456', '1.0a12', '1.0b1.dev456', '1.0b2', '1.0b2.post345.dev456',
  '1.0b2.post345', '1.0rc1.dev456', '1.0rc1', '1.0', '1.0+abc.5', '1.0+abc.7', '1.0+5', '1.0.post456.dev34',
  '1.0.post456', '1.0.15', '1.1.dev1', '1.9', '1.10', '2!0.1',
]; // prettier-ignore

test('PEP 440 order', () => {
  for (let i = 0; i < ORDERED.length; i++) {
    for (let j = 0; j < ORDERED.length; j++) {
      expect([ORDERED[i], ORDERED[j], comparePep440(ORDERED[i], ORDERED[j])]).toEqual([
        ORDERED[i],
        ORDERED[j],
        Math.sign(i - j),
      ]);
    }
  }
  expect([...ORDERED].reverse().sort(comparePep440)).toEqual(ORDERED);
});

test.each([
  ['Friendly-Bard', 'friendly-bard'],
  ['Friendly.Bard', 'friendly-bard'],
  ['FRIENDLY_BARD', 'friendly-bard'],
  ['friendly__bard', 'friendly-bard'],
  ['FrIeNdLy-._.-bArD', 'friendly-bard'],
  ['zope.interface', 'zope-interface'],
])('PEP 503: %s -> %s', (name, normalized) => {
  expect(normalizeProjectName(name)).toBe(normalized);
});

test.each([
  ['requests', true],
  ['a', true],
  ['Acme.Greet_Tools', true],
  ['-leading', false],
  ['trailing.', false],
  ['has space', false],
  ['../escape', false],
  ['a/b', false],
  ['', false],
])('project name %j valid: %s', (name, valid) => {
  expect(isValidProjectName(name)).toBe(valid);
});
