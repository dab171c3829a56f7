import { SummaryBuilder } from '../../../../shared/src/runtime/summary';
import type { ApplyResult } from './apply';
import type { AttributeChange, ChangeAction, DesiredState, Plan } from './types';

/** The plan as people read it (job summary) and as programs read it (the `plan` output). */

const SYMBOL: Record<ChangeAction, string> = {
  create: '+ create',
  update: '~ update',
  unchanged: '= unchanged',
  replace: '! needs replacement',
  remove: '- remove',
};

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function attributeDiff(changes: AttributeChange[]): string {
  return changes
    .map((c) => {
      const mark = c.replacement ? ' (forces replacement)' : '';
      const before = show(c.before)
        .split('\n')
        .map((l) => `- ${l}`)
        .join('\n');
      const after = show(c.after)
        .split('\n')
        .map((l) => `+ ${l}`)
        .join('\n');
      return `# ${c.attribute}${mark}\n${c.before === undefined ? '' : `${before}\n`}${after}`;
    })
    .join('\n');
}

export function planSummary(
  plan: Plan,
  options: { mode: 'plan' | 'apply'; applied?: ApplyResult; iamFiles?: string[] },
): string {
  const s = new SummaryBuilder();
  const title = options.mode === 'plan' ? 'provision-repo plan' : 'provision-repo apply';
  s.heading(`${title}: ${plan.system} (${plan.accountId}, ${plan.region})`);
  const counts = new Map<ChangeAction, number>();
  for (const r of plan.resources) counts.set(r.action, (counts.get(r.action) ?? 0) + 1);
  s.paragraph(
    plan.changes === 0
      ? 'AWS matches the policy: no changes.'
      : `${plan.changes} change${plan.changes === 1 ? '' : 's'}: ${[...counts.entries()]
          .filter(([a]) => a !== 'unchanged')
          .map(([a, n]) => `${n} ${a}`)
          .join(', ')}${options.mode === 'plan' ? ' (nothing was changed: this is a plan)' : ''}.`,
  );
  s.table(
    ['resource', 'kind', 'action', 'attributes'],
    plan.resources.map((r) => [r.id, r.kind, SYMBOL[r.action], r.changes.map((c) => c.attribute).join(', ')]),
  );
  for (const r of plan.resources.filter((x) => x.action !== 'unchanged')) {
    const body =
      (r.note ? `${r.note}\n\n` : '') + (r.changes.length ? '```diff\n' + attributeDiff(r.changes) + '\n```' : '');
    s.details(`${SYMBOL[r.action]} ${r.kind} ${r.id}`, body);
  }
  if (options.applied?.skipped.length) {
    s.heading('Not done', 3).list(
      options.applied.skipped.map((x) => `${x.resource.kind} ${x.resource.id}: ${x.reason}`),
    );
  }
  if (options.iamFiles?.length) {
    s.heading('IAM policy documents', 3).list(options.iamFiles.map((f) => `\`${f}\``));
  }
  return s.toString();
}

/** The IAM documents as a summary section, each in a collapsed block. */
export function iamSummary(desired: DesiredState): string {
  const s = new SummaryBuilder();
  for (const p of desired.iamPolicies) {
    s.details(
      `${p.name}${desired.createIamPolicies ? '' : ' (written as a file, not created)'}`,
      '```json\n' + JSON.stringify(JSON.parse(p.document), null, 2) + '\n```',
    );
  }
  for (const p of desired.registryRolePolicies) {
    s.details(
      `${p.name} (provision-repo's own role; written as a file, never created by provision-repo)`,
      '```json\n' + JSON.stringify(JSON.parse(p.document), null, 2) + '\n```',
    );
  }
  for (const p of desired.trustPolicies) {
    s.details(
      `${p.name} (the role's trust policy: who may assume it; written as a file)`,
      '```json\n' + JSON.stringify(JSON.parse(p.document), null, 2) + '\n```',
    );
  }
  return s.toString();
}

/** The `plan` output: every resource with its action and changed attributes. */
export function planJson(plan: Plan): string {
  return JSON.stringify(plan);
}
