import {
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  IAMClient,
  ListPolicyVersionsCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { CallLog } from './calls';
import { fail, FakeService } from './calls';

/**
 * Stateful in-memory IAM managed policies (with IAM's version rules: at most five, the default one cannot be
 * deleted, documents returned URL-encoded) and STS GetCallerIdentity, on aws-sdk-client-mock.
 */

/** IAM's and STS's answer to a burst. */
const THROTTLING = { name: 'Throttling', message: 'Rate exceeded', status: 400 };
const POLICY_NAME = /^[\w+=,.@-]{1,128}$/;
const MAX_DOCUMENT = 6144;

export interface FakePolicy {
  arn: string;
  name: string;
  path: string;
  tags: Record<string, string>;
  versions: { id: string; document: string; createdAt: Date }[];
  defaultVersion: string;
  nextVersion: number;
}

function checkDocument(text: string | undefined): string {
  if (!text) fail('MalformedPolicyDocument', 'The policy document is empty');
  if (text.replace(/\s/g, '').length > MAX_DOCUMENT)
    fail('LimitExceeded', `Cannot exceed quota for PolicySize: ${MAX_DOCUMENT}`, 409);
  try {
    const doc = JSON.parse(text) as { Version?: string; Statement?: unknown };
    if (doc.Version !== '2012-10-17') fail('MalformedPolicyDocument', 'The policy must have Version 2012-10-17');
    const statements = [doc.Statement].flat();
    if (!statements.length || statements[0] === undefined)
      fail('MalformedPolicyDocument', 'Missing required field Statement');
    for (const s of statements as Record<string, unknown>[]) {
      if ('Principal' in s) fail('MalformedPolicyDocument', 'Policy document should not specify a principal.');
      if (!s.Resource && !s.NotResource) fail('MalformedPolicyDocument', 'Policy statement must contain resources.');
    }
  } catch (err) {
    if ((err as Error).name === 'MalformedPolicyDocument') throw err;
    fail('MalformedPolicyDocument', 'Syntax errors in policy.');
  }
  return text;
}

export class FakeIam {
  readonly client: IAMClient;
  readonly sts: STSClient;
  /** STS's commands: GetCallerIdentity, and where a test registers AssumeRoleWithWebIdentity. */
  readonly stsService: FakeService;
  readonly policies = new Map<string, FakePolicy>();

  constructor(
    readonly accountId: string,
    log: CallLog,
  ) {
    const credentials = { accessKeyId: 'fake', secretAccessKey: 'fake' };
    this.client = new IAMClient({ region: 'us-east-1', credentials });
    this.sts = new STSClient({ region: 'us-east-1', credentials });
    this.stsService = new FakeService(this.sts, 'sts', log, THROTTLING);
    this.stsService.on(GetCallerIdentityCommand, () => ({
      Account: this.accountId,
      Arn: `arn:aws:sts::${this.accountId}:assumed-role/ci/fake`,
      UserId: 'AROAFAKE:fake',
    }));
    const iam = new FakeService(this.client, 'iam', log, THROTTLING);
    this.servePolicies(iam.on);
    this.serveVersions(iam.on);
  }

  /** Managed policies: created, read, a version's document read. */
  private servePolicies(on: FakeService['on']): void {
    on(CreatePolicyCommand, (i) => {
      if (!i.PolicyName || !POLICY_NAME.test(i.PolicyName))
        fail('ValidationError', `policy name ${i.PolicyName} is not valid`);
      const path = i.Path ?? '/';
      if (!/^\/([\x21-\x7e]+\/)?$/.test(path)) fail('ValidationError', `path ${path} must start and end with /`);
      const arn = `arn:aws:iam::${this.accountId}:policy${path}${i.PolicyName}`;
      if (this.policies.has(arn)) fail('EntityAlreadyExists', `A policy called ${i.PolicyName} already exists.`, 409);
      const policy: FakePolicy = {
        arn,
        name: i.PolicyName,
        path,
        tags: Object.fromEntries((i.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
        versions: [{ id: 'v1', document: checkDocument(i.PolicyDocument), createdAt: new Date() }],
        defaultVersion: 'v1',
        nextVersion: 2,
      };
      this.policies.set(arn, policy);
      return { Policy: this.describe(policy) };
    });
    on(GetPolicyCommand, (i) => ({ Policy: this.describe(this.policy(i.PolicyArn)) }));
    on(GetPolicyVersionCommand, (i) => {
      const p = this.policy(i.PolicyArn);
      const v = p.versions.find((x) => x.id === i.VersionId);
      if (!v) fail('NoSuchEntity', `Policy version ${i.VersionId} does not exist`, 404);
      return {
        PolicyVersion: {
          Document: encodeURIComponent(v.document),
          VersionId: v.id,
          IsDefaultVersion: v.id === p.defaultVersion,
          CreateDate: v.createdAt,
        },
      };
    });
  }

  /** A policy's versions: at most five, the default one kept. */
  private serveVersions(on: FakeService['on']): void {
    on(ListPolicyVersionsCommand, (i) => {
      const p = this.policy(i.PolicyArn);
      return {
        Versions: p.versions.map((v) => ({
          VersionId: v.id,
          IsDefaultVersion: v.id === p.defaultVersion,
          CreateDate: v.createdAt,
        })),
      };
    });
    on(CreatePolicyVersionCommand, (i) => {
      const p = this.policy(i.PolicyArn);
      if (p.versions.length >= 5) fail('LimitExceeded', 'A managed policy can have up to 5 versions.', 409);
      const id = `v${p.nextVersion++}`;
      p.versions.push({
        id,
        document: checkDocument(i.PolicyDocument),
        createdAt: new Date(Date.now() + p.nextVersion),
      });
      if (i.SetAsDefault) p.defaultVersion = id;
      return { PolicyVersion: { VersionId: id, IsDefaultVersion: i.SetAsDefault ?? false } };
    });
    on(DeletePolicyVersionCommand, (i) => {
      const p = this.policy(i.PolicyArn);
      if (i.VersionId === p.defaultVersion)
        fail('DeleteConflict', 'Cannot delete the default version of a policy.', 409);
      const before = p.versions.length;
      p.versions = p.versions.filter((v) => v.id !== i.VersionId);
      if (p.versions.length === before) fail('NoSuchEntity', `Policy version ${i.VersionId} does not exist`, 404);
      return {};
    });
  }

  /** The default version's document of a policy, parsed. */
  document(arn: string): unknown {
    const p = this.policy(arn);
    return JSON.parse(p.versions.find((v) => v.id === p.defaultVersion)?.document ?? 'null');
  }

  private describe(p: FakePolicy) {
    return {
      Arn: p.arn,
      PolicyName: p.name,
      Path: p.path,
      DefaultVersionId: p.defaultVersion,
      Tags: Object.entries(p.tags).map(([Key, Value]) => ({ Key, Value })),
    };
  }

  private policy(arn: string | undefined): FakePolicy {
    const p = this.policies.get(arn ?? '');
    if (!p) fail('NoSuchEntity', `Policy ${arn} was not found.`, 404);
    return p;
  }
}
