import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini comes without messages: the English ones, which zod's full build sets when it loads.
z.config(en());

/**
 * Single-field formats, each written once as a zod schema with its message: the policy schema uses them as fields,
 * action inputs and cross-field checks through `conforms`. A site that names its input or quotes the value in its own
 * message keeps that message; the rule is the one here.
 */

/** Whether a value is in a format: for inputs and checks outside a zod schema. */
export function conforms(format: z.ZodMiniType<string>, value: string): boolean {
  return format.safeParse(value).success;
}

/** An AWS region name: eu-central-1, us-gov-west-1, cn-north-1. */
export const awsRegion = z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'a region looks like eu-central-1'));

export const awsAccountId = z.string().check(z.regex(/^\d{12}$/, 'an AWS account id is exactly 12 digits'));

/** An IAM role ARN in any partition, with a path if any (IAM allows 512 characters of path and name). */
export const iamRoleArn = z
  .string()
  .check(
    z.regex(
      /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
      'an IAM role ARN such as arn:aws:iam::123456789012:role/name',
    ),
  );

/** A KMS key as AWS takes it: key ARN, alias ARN, key id (multi-Region mrk-...) or alias/<name>. */
export const kmsKey = z
  .string()
  .check(
    z.regex(
      /^(?:arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(?:key\/[A-Za-z0-9-]+|alias\/[A-Za-z0-9/_-]+)|mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|alias\/[A-Za-z0-9/_-]{1,250})$/,
      'a KMS key: its ARN (arn:aws:kms:<region>:<account>:key/<id>), its key id, or alias/<name>',
    ),
  );

/** The alias a KMS key reference names (`alias/name`, or the alias part of an alias ARN); undefined for a key. */
export function kmsAliasOf(key: string): string | undefined {
  return /(?:^|:)(alias\/.+)$/.exec(key)?.[1];
}

export const s3BucketName = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'an S3 bucket name is 3-63 lowercase letters, digits, dots and hyphens',
    ),
  );

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date, YYYY-MM-DD (an allowlist entry's `until`): 2026-02-30 is refused, not rolled over. */
export const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date is written YYYY-MM-DD', abort: true }),
    z.refine(isCalendarDate, { error: (issue) => `${String(issue.input)} is not a calendar date (YYYY-MM-DD)` }),
  );

/** ECR's repository name rule (CreateRepository): lowercase path segments separated by `/`, 2-256 characters. */
export const ECR_REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export const ecrRepositoryName = z
  .string()
  .check(
    z.minLength(2),
    z.maxLength(256),
    z.regex(
      ECR_REPOSITORY_NAME,
      "an ECR repository name: lowercase letters and digits in segments separated by /, each segment's words joined by single . _ or -",
    ),
  );

/** An image name without tag or digest: [host[:port]/]path, lower-case path components (distribution spec). */
export const imageName = z
  .string()
  .check(
    z.regex(
      /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/,
      'an image name: [registry/]path in lower case without spaces, such as docker.io/library/redis',
    ),
  );

/** An AWS Signer profile name: 2-64 letters, digits and underscores. */
export const signerProfileName = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_]{2,64}$/, 'an AWS Signer profile name is 2-64 letters, digits and underscores'));

/** arn:<partition>:signer:<region>:<account>:/signing-profiles/<name>[/<version>]: the account and name captured. */
export const SIGNER_PROFILE_ARN =
  /^arn:aws[a-z-]*:signer:[a-z0-9-]+:(\d{12}):\/signing-profiles\/([A-Za-z0-9_]{2,64})(?:\/[A-Za-z0-9]+)?$/;

export const signerProfileArn = z
  .string()
  .check(
    z.regex(SIGNER_PROFILE_ARN, 'a signing profile ARN: arn:aws:signer:<region>:<account>:/signing-profiles/<name>'),
  );

/** A system, service or environment name: lowercase words joined by single . _ or -, at most 64 characters. */
export const lowercaseName = (what: string) =>
  z
    .string()
    .check(
      z.regex(
        /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/,
        `${what} must be lowercase letters and digits, separated by single . _ or -`,
      ),
      z.maxLength(64),
    );
