import type * as z from 'zod/mini';
import {
  awsAccountId,
  awsRegion,
  conforms,
  ecrRepositoryName,
  iamRoleArn,
  imageName,
  isoDate,
  kmsAliasOf,
  kmsKey,
  lowercaseName,
  s3BucketName,
  signerProfileArn,
  signerProfileName,
} from '../../src/policy/formats';

/** Each format: values it takes, values it refuses, and the message a refused value gets. */
const FORMATS: [string, z.ZodMiniType<string>, string[], string[], RegExp][] = [
  [
    'awsRegion',
    awsRegion,
    ['eu-central-1', 'us-east-1', 'us-gov-west-1', 'cn-north-1', 'ap-southeast-3'],
    ['Frankfurt', 'eu-central', 'EU-CENTRAL-1', 'eu_central_1', 'eu-central-1 ', '', 'e-central-1'],
    /^a region looks like eu-central-1$/,
  ],
  [
    'awsAccountId',
    awsAccountId,
    ['123456789012', '000000000000'],
    ['12345', '1234567890123', '12345678901a', ' 123456789012', ''],
    /^an AWS account id is exactly 12 digits$/,
  ],
  [
    'iamRoleArn',
    iamRoleArn,
    [
      'arn:aws:iam::123456789012:role/github-artifacts',
      'arn:aws:iam::123456789012:role/ci/path/push+role=a,b.c@d-e',
      'arn:aws-us-gov:iam::123456789012:role/ecr-templates',
      'arn:aws-cn:iam::123456789012:role/x',
    ],
    [
      'ci-push-role',
      'arn:aws:iam::123456789012:user/alice',
      'arn:aws:iam::12345:role/x',
      'arn:aws:iam::123456789012:role/',
      'arn:aws:sts::123456789012:assumed-role/x/y',
      `arn:aws:iam::123456789012:role/${'a'.repeat(513)}`,
    ],
    /^an IAM role ARN such as arn:aws:iam::123456789012:role\/name$/,
  ],
  [
    'kmsKey',
    kmsKey,
    [
      'arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'arn:aws:kms:eu-central-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab',
      'arn:aws:kms:eu-central-1:123456789012:alias/piksel-signing',
      '1234abcd-12ab-34cd-56ef-1234567890ab',
      'mrk-1234abcd12ab34cd56ef1234567890ab',
      'alias/piksel/ecr_key-1',
    ],
    [
      'not-a-key',
      'alias/',
      'alias/has space',
      'arn:aws:kms:eu-central-1:123456789012:key/',
      'arn:aws:kms:eu-central-1:123:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      '1234ABCD-12AB-34CD-56EF-1234567890AB',
      'mrk-short',
      `alias/${'a'.repeat(251)}`,
    ],
    /^a KMS key: its ARN/,
  ],
  [
    's3BucketName',
    s3BucketName,
    ['acme-artifacts', 'abc', 'a.b-c', `a${'b'.repeat(61)}c`],
    ['ab', 'Acme-Artifacts', 'acme_artifacts', '-acme', 'acme-', `a${'b'.repeat(62)}c`, ''],
    /^an S3 bucket name is 3-63 lowercase letters, digits, dots and hyphens$/,
  ],
  [
    'isoDate',
    isoDate,
    ['2026-12-31', '2024-02-29', '2000-01-01'],
    ['31.12.2026', '2026-1-1', '20261231', '2026-12-31T00:00:00Z', ''],
    /^a date is written YYYY-MM-DD$/,
  ],
  [
    'isoDate (a date that does not exist)',
    isoDate,
    ['2024-02-29', '2026-04-30'],
    ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31'],
    /^\d{4}-\d{2}-\d{2} is not a calendar date \(YYYY-MM-DD\)$/,
  ],
  [
    'ecrRepositoryName',
    ecrRepositoryName,
    ['piksel-core', 'piksel/odc', 'a.b_c-d/e/f', 'ab'],
    ['Shop Core', 'ThirdParty/Redis', 'a//b', '/a', 'a/', 'a--b', 'a', `a/${'b'.repeat(255)}`],
    /ECR repository name|at least|at most|>=|<=/,
  ],
  [
    'imageName',
    imageName,
    ['redis', 'docker.io/library/redis', 'gcr.io/distroless/static', 'localhost:5000/a/b', 'a__b', 'a---b'],
    ['Redis', 'docker.io/Library/redis', 'a b', 'redis/', 'https://docker.io/redis', 'host:port/a'],
    /^an image name: \[registry\/\]path in lower case/,
  ],
  [
    'lowercaseName',
    lowercaseName('a service name'),
    ['api', 'web-app', 'svc.orders_1', 'a'.repeat(64)],
    ['Web App', 'web--app', '-api', 'api-', 'API', '', 'a'.repeat(65)],
    /a service name must be lowercase letters and digits|at most|<=/,
  ],
  [
    'signerProfileName',
    signerProfileName,
    ['billing_images', 'ab', 'A1_b2'],
    ['a', 'billing-images', 'billing images', 'a'.repeat(65), ''],
    /^an AWS Signer profile name is 2-64 letters, digits and underscores$/,
  ],
  [
    'signerProfileArn',
    signerProfileArn,
    [
      'arn:aws:signer:eu-central-1:123456789012:/signing-profiles/billing_images',
      'arn:aws:signer:eu-central-1:123456789012:/signing-profiles/billing_images/a1B2c3D4e5',
      'arn:aws-us-gov:signer:us-gov-west-1:123456789012:/signing-profiles/ab',
    ],
    [
      'billing_images',
      'arn:aws:signer:eu-central-1:123456789012:signing-profiles/billing_images',
      'arn:aws:signer:eu-central-1:12345:/signing-profiles/billing_images',
      'arn:aws:signer:eu-central-1:123456789012:/signing-profiles/billing-images',
    ],
    /^a signing profile ARN: /,
  ],
];

describe.each(FORMATS)('%s', (_name, format, valid, invalid, message) => {
  test.each(valid.map((v) => [v]))('takes %j', (value) => {
    expect(format.safeParse(value).success).toBe(true);
    expect(conforms(format, value)).toBe(true);
  });

  test.each(invalid.map((v) => [v]))('refuses %j, saying what is allowed', (value) => {
    const result = format.safeParse(value);
    expect(result.success).toBe(false);
    expect(conforms(format, value)).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([expect.stringMatching(message)]);
  });
});

test.each([
  ['alias/piksel-signing', 'alias/piksel-signing'],
  ['arn:aws:kms:eu-central-1:123456789012:alias/a/b', 'alias/a/b'],
  ['arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', undefined],
  ['1234abcd-12ab-34cd-56ef-1234567890ab', undefined],
])('kmsAliasOf(%j) is %j', (key, alias) => {
  expect(kmsAliasOf(key)).toBe(alias);
});
