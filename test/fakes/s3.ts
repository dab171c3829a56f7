import {
  CreateBucketCommand,
  DeleteBucketPolicyCommand,
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import type { CallLog } from './calls';
import { fail } from './calls';

/** S3's answer to a burst. */
const SLOW_DOWN = { name: 'SlowDown', message: 'Please reduce your request rate.', status: 503 };

/**
 * A stateful in-memory S3 bucket configuration plane (not objects) on aws-sdk-client-mock, with S3's rules:
 * bucket names, LocationConstraint, versioning that can only be suspended once enabled, default encryption,
 * public access block (BlockPublicPolicy refuses a public policy), and bucket policies that must parse and name
 * only this bucket's resources.
 */

const BUCKET_NAME = /^(?!xn--)(?!.*-s3alias$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export interface FakeBucket {
  name: string;
  region: string;
  versioning?: 'Enabled' | 'Suspended';
  encryption?: { SSEAlgorithm: string; KMSMasterKeyID?: string; BucketKeyEnabled?: boolean };
  publicAccessBlock?: {
    BlockPublicAcls: boolean;
    IgnorePublicAcls: boolean;
    BlockPublicPolicy: boolean;
    RestrictPublicBuckets: boolean;
  };
  policy?: string;
  tags?: Record<string, string>;
}

const malformed = (message: string): never => fail('MalformedPolicy', message, 400);

function isPublicAllow(statement: Record<string, unknown>): boolean {
  const principal = statement.Principal;
  const everyone =
    principal === '*' ||
    (typeof principal === 'object' &&
      principal !== null &&
      [(principal as { AWS?: unknown }).AWS].flat().includes('*'));
  return statement.Effect === 'Allow' && everyone && statement.Condition === undefined;
}

export function bucketPolicyProblem(bucket: string, text: string): string | undefined {
  let doc: { Statement?: unknown; Version?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch {
    return 'Policies must be valid JSON';
  }
  if (doc.Version !== undefined && doc.Version !== '2012-10-17' && doc.Version !== '2008-10-17')
    return 'Invalid policy version';
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  if (statements.length === 0) return 'Missing required field Statement';
  const sids = new Set<string>();
  for (const s of statements as Record<string, unknown>[]) {
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny') return 'Invalid effect';
    if (s.Principal === undefined && s.NotPrincipal === undefined) return 'Missing required field Principal';
    if (s.Action === undefined && s.NotAction === undefined) return 'Missing required field Action';
    const resources = [s.Resource ?? s.NotResource].flat();
    if (resources.length === 0 || resources[0] === undefined) return 'Missing required field Resource';
    for (const r of resources) {
      if (typeof r !== 'string' || !(r === `arn:aws:s3:::${bucket}` || r.startsWith(`arn:aws:s3:::${bucket}/`))) {
        return `Policy has invalid resource: ${String(r)}`;
      }
    }
    for (const a of [s.Action ?? s.NotAction].flat()) {
      if (typeof a !== 'string' || !/^s3:[A-Za-z*]+$/.test(a)) return `Policy has invalid action: ${String(a)}`;
    }
    if (typeof s.Sid === 'string') {
      if (sids.has(s.Sid)) return `Statement IDs (SID) must be unique: ${s.Sid}`;
      sids.add(s.Sid);
    }
  }
  return undefined;
}

export class FakeS3 {
  readonly client: S3Client;
  readonly buckets = new Map<string, FakeBucket>();

  constructor(
    readonly region: string,
    private readonly log: CallLog,
  ) {
    this.client = new S3Client({ region, credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' } });
    const stub = mockClient(this.client);
    const on = <C extends new (...args: never[]) => { input: unknown }>(
      command: C,
      handler: (input: NonNullable<InstanceType<C>['input']>) => unknown,
    ) => {
      const name = command.name.replace(/Command$/, '');
      stub
        .on(command as never)
        .callsFake(async (input: NonNullable<InstanceType<C>['input']>) =>
          this.log.answer('s3', name, input, handler, SLOW_DOWN),
        );
    };
    on(CreateBucketCommand, (i) => {
      const name = i.Bucket ?? '';
      if (!BUCKET_NAME.test(name)) fail('InvalidBucketName', `The specified bucket is not valid: ${name}`);
      if (this.buckets.has(name))
        fail(
          'BucketAlreadyOwnedByYou',
          'Your previous request to create the named bucket succeeded and you already own it.',
          409,
        );
      const location = i.CreateBucketConfiguration?.LocationConstraint as string | undefined;
      if (this.region === 'us-east-1' ? location !== undefined && location !== 'us-east-1' : location !== this.region) {
        fail(
          'IllegalLocationConstraintException',
          `The ${location ?? 'unspecified'} location constraint is incompatible for the region specific endpoint this request was sent to.`,
        );
      }
      this.buckets.set(name, { name, region: this.region });
      return { Location: `/${name}` };
    });
    on(HeadBucketCommand, (i) => {
      this.bucket(i.Bucket, 'NotFound');
      return { BucketRegion: this.region };
    });
    on(GetBucketVersioningCommand, (i) => {
      const b = this.bucket(i.Bucket);
      return b.versioning ? { Status: b.versioning } : {};
    });
    on(PutBucketVersioningCommand, (i) => {
      const b = this.bucket(i.Bucket);
      const status = i.VersioningConfiguration?.Status;
      if (status !== 'Enabled' && status !== 'Suspended') fail('MalformedXML', 'Status must be Enabled or Suspended');
      b.versioning = status;
      return {};
    });
    on(GetBucketEncryptionCommand, (i) => {
      const b = this.bucket(i.Bucket);
      if (!b.encryption)
        fail(
          'ServerSideEncryptionConfigurationNotFoundError',
          'The server side encryption configuration was not found',
          404,
        );
      return {
        ServerSideEncryptionConfiguration: {
          Rules: [
            { ApplyServerSideEncryptionByDefault: b.encryption, BucketKeyEnabled: b.encryption.BucketKeyEnabled },
          ],
        },
      };
    });
    on(PutBucketEncryptionCommand, (i) => {
      const b = this.bucket(i.Bucket);
      const rules = i.ServerSideEncryptionConfiguration?.Rules ?? [];
      if (rules.length !== 1) fail('MalformedXML', 'exactly one encryption rule');
      const d = rules[0].ApplyServerSideEncryptionByDefault;
      if (!d?.SSEAlgorithm || !['AES256', 'aws:kms', 'aws:kms:dsse'].includes(d.SSEAlgorithm))
        fail('InvalidArgument', 'SSEAlgorithm is not valid');
      if (d.SSEAlgorithm === 'AES256' && d.KMSMasterKeyID)
        fail('InvalidArgument', 'a KMS key is only allowed with aws:kms');
      b.encryption = {
        SSEAlgorithm: d.SSEAlgorithm,
        ...(d.KMSMasterKeyID ? { KMSMasterKeyID: d.KMSMasterKeyID } : {}),
        BucketKeyEnabled: rules[0].BucketKeyEnabled,
      };
      return {};
    });
    on(GetPublicAccessBlockCommand, (i) => {
      const b = this.bucket(i.Bucket);
      if (!b.publicAccessBlock)
        fail('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404);
      return { PublicAccessBlockConfiguration: b.publicAccessBlock };
    });
    on(PutPublicAccessBlockCommand, (i) => {
      const b = this.bucket(i.Bucket);
      const c = i.PublicAccessBlockConfiguration ?? {};
      b.publicAccessBlock = {
        BlockPublicAcls: c.BlockPublicAcls ?? false,
        IgnorePublicAcls: c.IgnorePublicAcls ?? false,
        BlockPublicPolicy: c.BlockPublicPolicy ?? false,
        RestrictPublicBuckets: c.RestrictPublicBuckets ?? false,
      };
      return {};
    });
    on(GetBucketPolicyCommand, (i) => {
      const b = this.bucket(i.Bucket);
      if (b.policy === undefined) fail('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
      return { Policy: b.policy };
    });
    on(PutBucketPolicyCommand, (i) => {
      const b = this.bucket(i.Bucket);
      const text = i.Policy ?? '';
      const problem = bucketPolicyProblem(b.name, text);
      if (problem) malformed(problem);
      const statements = [(JSON.parse(text) as { Statement: unknown }).Statement].flat() as Record<string, unknown>[];
      if (b.publicAccessBlock?.BlockPublicPolicy && statements.some(isPublicAllow)) {
        fail('AccessDenied', 'Access Denied: BlockPublicPolicy refuses a public bucket policy', 403);
      }
      b.policy = text;
      return {};
    });
    on(DeleteBucketPolicyCommand, (i) => {
      this.bucket(i.Bucket).policy = undefined;
      return {};
    });
    on(GetBucketTaggingCommand, (i) => {
      const b = this.bucket(i.Bucket);
      if (!b.tags) fail('NoSuchTagSet', 'The TagSet does not exist', 404);
      return { TagSet: Object.entries(b.tags).map(([Key, Value]) => ({ Key, Value })) };
    });
    on(PutBucketTaggingCommand, (i) => {
      const b = this.bucket(i.Bucket);
      const set = i.Tagging?.TagSet ?? [];
      if (set.length > 50) fail('InvalidTag', 'at most 50 tags');
      const tags: Record<string, string> = {};
      for (const t of set) {
        if (!t.Key || t.Key.toLowerCase().startsWith('aws:')) fail('InvalidTag', `tag key ${t.Key} is not allowed`);
        if (t.Key in tags) fail('InvalidTag', `duplicate tag key ${t.Key}`);
        tags[t.Key] = t.Value ?? '';
      }
      b.tags = tags;
      return {};
    });
  }

  private bucket(name: string | undefined, missing = 'NoSuchBucket'): FakeBucket {
    const b = this.buckets.get(name ?? '');
    if (!b) fail(missing, 'The specified bucket does not exist', 404);
    return b;
  }
}
