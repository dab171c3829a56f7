/** The IAM tables of the action READMEs and iam-setup.md, generated from actions/provision-repo/src/documents/permissions.ts. */
import {
  ACTION_PERMISSIONS,
  NEEDS,
  REGISTRY_ROLE_PERMISSIONS,
  ROLE_PERMISSIONS,
  type CallingAction,
  type Permission,
  type RoleName,
  type Scope,
} from '../actions/provision-repo/src/documents';

const SCOPE_TEXT: Record<Scope, string> = {
  account: '`*` (the action has no resource)',
  repository: "the system's repositories, only those tagged `<iam.principalTagKey>` = the role's tag",
  'package-objects': '`arn:aws:s3:::<bucket>/<prefix>/*`',
  'package-list': '`arn:aws:s3:::<bucket>`, `s3:prefix` = `<prefix>` or `<prefix>/*`',
  'signing-key': 'the key of `signing.key` (its ARN, or any key through `kms:RequestAlias` = its alias)',
  'trusted-keys': 'the keys of `signing.trust.kmsKeys` (as for `signing.key`)',
  'signer-profile': '`arn:aws:signer:<region>:<account>:/signing-profiles/<signing.profile>`',
  'repository-listing': '`arn:aws:ecr:<region>:<account>:repository/*` (the listing)',
  'repository-owner': "the system's repositories, whatever their tags (to name a foreign owner)",
  'repository-create': "the system's repositories, only with the request tag `<iam.principalTagKey>` = the role's tag",
  'repository-tags': "the system's repositories tagged for the role, only with the same tag value in the request",
  'package-bucket': '`arn:aws:s3:::<bucket>` (shared by the systems using it: not split per system by IAM)',
  'template-role': '`registry.templateRoleArn`, passed to `ecr.amazonaws.com` only',
  'encryption-key-alias': 'any key through `kms:RequestAlias` = the alias of `registry.encryption.kmsKey`',
  'role-policies':
    '`arn:aws:iam::<account>:policy/artifacts/artifacts-<system>-<role>` (ci-push, pull, developer-read, consumer)',
};

const code = (actions: string[]) => actions.map((a) => `\`${a}\``).join(', ');

/** A markdown table with its columns padded as prettier pads them, so that a prettier-checked page stays stable. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function table(permissions: Permission[]): string {
  const rows = permissions.map((p) => [code(p.actions), SCOPE_TEXT[p.on], NEEDS[p.when].text, p.why]);
  return markdownTable(['IAM actions', 'resource', 'when', 'for'], rows);
}

const isAction = (name: string): name is CallingAction => name in ACTION_PERMISSIONS;

/** An action README's IAM table; provision-repo's are those of its two roles. */
export function actionIamTable(name: string): string | undefined {
  if (name === 'provision-repo') return `\n${registryRoleIamTables()}\n`;
  return isAction(name) ? table(ACTION_PERMISSIONS[name]) : undefined;
}

/** One table per role, for docs/iam-setup.md. */
export function roleIamTables(): string {
  return (Object.keys(ROLE_PERMISSIONS) as RoleName[])
    .map((role) => `**\`${role}\`**\n\n${table(dedupe(ROLE_PERMISSIONS[role]))}`)
    .join('\n\n');
}

/** One table per provision-repo role (`registry-plan`, `registry-apply`). */
export function registryRoleIamTables(): string {
  return Object.entries(REGISTRY_ROLE_PERMISSIONS)
    .map(([role, permissions]) => `**\`${role}\`**\n\n${table(permissions)}`)
    .join('\n\n');
}

/** The CI role lists the registry push once although two actions use it. */
function dedupe(permissions: Permission[]): Permission[] {
  const seen = new Set<string>();
  return permissions.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
