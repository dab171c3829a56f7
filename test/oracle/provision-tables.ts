/**
 * The oracle's tables for provision-repo's own roles: each system's `registry-plan` / `registry-apply` calls (taken
 * from the fakes' call log) are allowed by its own documents; the same calls made by the neighbour system's role, on
 * the first system's repositories and managed policies, are denied. What IAM cannot split per system (registry-wide
 * settings, the account's repository listing, the shared bucket) and the ownership reads are listed apart.
 */
import { REGISTRY_ROLE_NAMES, type RegistryRoleName } from '../../actions/provision-repo/src/documents';
import { decide, type Decision } from './evaluate';
import { provisionRequests, type ProvisionRequest } from './provision-calls';
import { defaultKeyPolicy, principalOf, sharedBucketPolicy, type Pair, type SystemUnderTest } from './tables';

export interface ProvisionRow {
  pair: string;
  owner: string;
  caller: string;
  request: ProvisionRequest;
  decision: Decision;
}

export function registryRoleDocument(sut: SystemUnderTest, role: RegistryRoleName): object {
  const name = `artifacts-${sut.policy.system}-${role}`;
  const found = sut.desired.registryRolePolicies.find((p) => p.name === name);
  if (!found) throw new Error(`oracle: provision-repo wrote no ${name}`);
  return JSON.parse(found.document) as object;
}

/** The principal of a provision-repo role, tagged as the system's other roles are. */
function callerOf(sut: SystemUnderTest, role: RegistryRoleName) {
  const { principalTags } = principalOf(sut, 'pull');
  return { principal: `arn:aws:iam::${sut.desired.accountId}:role/${sut.policy.system}-${role}`, principalTags };
}

export interface ProvisionDecideOptions {
  /** The caller's document for a role instead of the generated one (to prove a table can fail). */
  identity?: (role: RegistryRoleName) => object;
}

/** Decides `requests` (made for `owner`'s policy) as made by `caller`'s provision-repo roles. */
export async function decideProvisionRequests(
  pair: Pair,
  owner: SystemUnderTest,
  caller: SystemUnderTest,
  requests: ProvisionRequest[],
  options: ProvisionDecideOptions = {},
): Promise<ProvisionRow[]> {
  const bucketPolicy = sharedBucketPolicy(pair);
  const rows: ProvisionRow[] = [];
  for (const request of requests) {
    const identity = [options.identity?.(request.role) ?? registryRoleDocument(caller, request.role)];
    const resource = request.action.startsWith('s3:')
      ? bucketPolicy
      : request.action.startsWith('kms:')
        ? defaultKeyPolicy(owner.desired.accountId)
        : undefined;
    const decision = await decide(
      {
        ...callerOf(caller, request.role),
        action: request.action,
        resource: request.resource,
        context: request.context,
      },
      { identity, resource },
    );
    rows.push({ pair: pair.name, owner: owner.policy.system, caller: caller.policy.system, request, decision });
  }
  return rows;
}

export interface ProvisionTables {
  pair: Pair;
  /** Table 1: each system's own plan/apply calls. */
  own: ProvisionRow[];
  /** Table 2: the other system's roles making them; `shared` rows are IAM's account-wide grants, listed apart. */
  other: ProvisionRow[];
}

export async function provisionTables(pair: Pair): Promise<ProvisionTables> {
  const [a, b] = pair.systems;
  const [ra, rb] = [await provisionRequests(a), await provisionRequests(b)];
  return {
    pair,
    own: [...(await decideProvisionRequests(pair, a, a, ra)), ...(await decideProvisionRequests(pair, b, b, rb))],
    other: [...(await decideProvisionRequests(pair, a, b, ra)), ...(await decideProvisionRequests(pair, b, a, rb))],
  };
}

export interface ProvisionCounts {
  pair: string;
  role: RegistryRoleName;
  own: number;
  ownAllowed: number;
  /** The other system's calls on the first system's own resources, and how many were denied. */
  other: number;
  otherDenied: number;
  /** Account-wide and ownership-read calls, which IAM cannot tell apart per system. */
  shared: number;
}

export function provisionCountsOf(tables: ProvisionTables[]): ProvisionCounts[] {
  return tables.flatMap(({ pair, own, other }) =>
    REGISTRY_ROLE_NAMES.map((role) => {
      const mine = own.filter((r) => r.request.role === role);
      const theirs = other.filter((r) => r.request.role === role && !r.request.shared);
      return {
        pair: pair.name,
        role,
        own: mine.length,
        ownAllowed: mine.filter((r) => r.decision.allowed).length,
        other: theirs.length,
        otherDenied: theirs.filter((r) => !r.decision.allowed).length,
        shared: other.filter((r) => r.request.role === role && r.request.shared).length,
      };
    }),
  );
}
