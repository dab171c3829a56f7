import { malformedPackageSuite, type MalformedCase } from './malformed-corpus';

/** Malformed Maven artifacts and coordinates (test/fixtures/packages/bad/maven/<case>/): refused, nothing written. */

const CASES: MalformedCase[] = [
  ['no-coordinates', {}, /No Maven coordinates: 'path' has no pom.xml and lib-1.0.jar carries no META-INF\/maven/],
  ['pom-jar-mismatch', {}, /lib-1\.0\.jar was built as com\.acme:lib:0\.9 .* but pom\.xml says com\.acme:lib:1\.0/],
  ['traversal-in-groupid', {}, /groupId 'com\/\.\.\/\.\.\/etc' in pom\.xml is not allowed/],
  ['dot-dot-in-groupid', {}, /groupId 'com\.\.acme' in pom\.xml is not allowed/],
  ['invalid-version', {}, /Version '1\.0 beta' in pom\.xml is not allowed/],
  ['unresolved-property', {}, /'\$\{revision\}', an unresolved property/],
  ['missing-artifactid', {}, /pom\.xml has no artifactId/],
  ['not-a-jar', {}, /lib-1\.0\.jar is not a valid jar/],
  ['jar-packaging-without-jar', {}, /packaging 'jar' but 'path' has no jar/],
];

malformedPackageSuite('maven', CASES);
