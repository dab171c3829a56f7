import {
  CreateBucketCommand,
  type CreateBucketCommandInput,
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
import { CallLog, fail, FakeService } from './calls';
import { withEnv } from '../utils/action-context';
import { S3Objects } from './s3-objects';

/** S3's answer to a burst. */
const SLOW_DOWN = { name: 'SlowDown', message: 'Please reduce your request rate.', status: 503 };

/**
 * A stateful in-memory S3 on aws-sdk-client-mock: objects (s3-objects.ts) and the bucket settings, with S3's rules:
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

export interface FakeS3Options {
  region?: string;
  /** The call log to share (FakeAws's); a log of its own by default. */
  log?: CallLog;
  /** The client to answer; every S3Client (as an action creates its own) when none is given. */
  client?: S3Client;
  /** false: accept If-None-Match and If-Match whatever the store holds (a store without conditional writes). */
  enforceConditions?: boolean;
}

export class FakeS3 extends S3Objects {
  /** The client the fake answers (when it answers every client, one of them). */
  readonly client: S3Client;
  readonly region: string;
  readonly buckets = new Map<string, FakeBucket>();
  private readonly service: FakeService;

  constructor(options: FakeS3Options = {}) {
    super(options);
    this.region = options.region ?? 'eu-central-1';
    this.client = options.client ?? fakeS3Client(this.region);
    this.service = new FakeService(options.client ?? S3Client, 's3', options.log ?? new CallLog(), SLOW_DOWN);
    this.serveObjects(this.service);
    this.serveBuckets();
    this.serveBucketAccess();
  }

  /** Gives S3 clients their own send() back. */
  restore(): void {
    this.service.restore();
  }

  /** A bucket and how it stores: creation, versioning, default encryption. */
  private serveBuckets(): void {
    const { on } = this.service;
    on(CreateBucketCommand, (i) => this.createBucket(i));
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
  }

  /** Who may reach a bucket and how it is labelled: public access block, bucket policy, tags. */
  private serveBucketAccess(): void {
    const { on } = this.service;
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

  private createBucket(i: CreateBucketCommandInput): { Location: string } {
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
  }

  private bucket(name: string | undefined, missing = 'NoSuchBucket'): FakeBucket {
    const b = this.buckets.get(name ?? '');
    if (!b) fail(missing, 'The specified bucket does not exist', 404);
    return b;
  }
}

/** A client for tests that talk to the fake, with credentials that never leave the process. */
export function fakeS3Client(region = 'eu-central-1'): S3Client {
  return new S3Client({ region, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
}

/**
 * For each test of the calling file or describe block: a FakeS3 answering every S3 client, and the static
 * credentials and region a job's environment holds; both put back after the test. Read `.current` in a test.
 */
export function fakeS3EachTest(): { readonly current: FakeS3 } {
  const state = {} as { current: FakeS3 };
  let restoreEnv: () => void;
  beforeEach(() => {
    state.current = new FakeS3();
    restoreEnv = withEnv({ AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'eu-central-1' });
  });
  afterEach(() => {
    restoreEnv();
    state.current.restore();
  });
  return state;
}
