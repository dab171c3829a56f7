import { malformedPackageSuite, type MalformedCase } from './malformed-corpus';

/** Malformed Python artifacts and coordinates (test/fixtures/packages/bad/python/<case>/): refused, nothing written. */

const CASES: MalformedCase[] = [
  ['wheel-name-mismatch', {}, /other-1\.0-py3-none-any\.whl names project 'other' but its METADATA says 'greet'/],
  ['wheel-version-mismatch', {}, /names version '1\.1' but its METADATA says '1\.0'/],
  ['wheel-without-metadata', {}, /has no <name>-<version>\.dist-info\/METADATA/],
  ['invalid-version', {}, /Version 'banana' in greet-banana\.tar\.gz's PKG-INFO is not a PEP 440 version/],
  ['local-version', {}, /has a local part/],
  ['traversal-in-name', {}, /Project name '\.\.\/x'/],
  ['sdist-without-pkg-info', { type: 'python' }, /greet-1\.0\.tar\.gz has no <name>-<version>\/PKG-INFO/],
  ['two-releases', {}, /One step publishes one release/],
];

malformedPackageSuite('python', CASES);
