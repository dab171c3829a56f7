import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { CallLog } from './calls';
import { fail, FakeService } from './calls';

/**
 * KMS keys and aliases in memory, for what provision-repo and ECR do with them: DescribeKey by key id, key ARN,
 * alias name or alias ARN, and the alias resolution ECR itself does when a repository is created with an alias.
 */
export class FakeKms {
  readonly client: KMSClient;
  /** Where a test registers the other KMS commands it needs (GetPublicKey, Sign). */
  readonly service: FakeService;
  /** Key ids; `aliases` maps `alias/name` to a key id. */
  readonly keys = new Set<string>();
  readonly aliases = new Map<string, string>();
  /** Makes DescribeKey answer AccessDeniedException (a role without kms:DescribeKey). */
  denyDescribe = false;

  constructor(
    readonly accountId: string,
    readonly region: string,
    log: CallLog,
  ) {
    this.client = new KMSClient({ region, credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' } });
    this.service = new FakeService(this.client, 'kms', log);
    this.service.on(DescribeKeyCommand, (i) => {
      if (this.denyDescribe) fail('AccessDeniedException', 'not authorized to perform: kms:DescribeKey');
      const id = this.resolve(i.KeyId ?? '');
      if (!id) fail('NotFoundException', `Alias or key ${i.KeyId} is not found.`);
      return { KeyMetadata: { KeyId: id, Arn: this.arn(id), KeyState: 'Enabled' } };
    });
  }

  /** Adds a key (and optionally an alias for it); returns its ARN. */
  addKey(id: string, alias?: string): string {
    this.keys.add(id);
    if (alias) this.aliases.set(alias.startsWith('alias/') ? alias : `alias/${alias}`, id);
    return this.arn(id);
  }

  arn(id: string): string {
    return `arn:aws:kms:${this.region}:${this.accountId}:key/${id}`;
  }

  /** The key id a key id, key ARN, alias name or alias ARN names; undefined when there is none. */
  resolve(key: string): string | undefined {
    const alias = /^(?:arn:aws[\w-]*:kms:[^:]*:\d{12}:)?(alias\/.+)$/.exec(key)?.[1];
    if (alias) return this.aliases.get(alias);
    const id = /:key\/(.+)$/.exec(key)?.[1] ?? key;
    return this.keys.has(id) ? id : undefined;
  }
}
