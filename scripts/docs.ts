import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { actionNames, ROOT } from './actions';
import { policyReference } from './policy-reference';
import { actionIamTable, registryRoleIamTables, roleIamTables } from './iam-reference';
import { generateOracleSection, generateProvisionSection } from '../test/oracle/report';

interface ActionMetadata {
  name: string;
  description: string;
  author?: string;
  branding?: unknown;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string; deprecationMessage?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; pre?: string; post?: string };
}

export function readActionMetadata(name: string, root = ROOT): ActionMetadata {
  return parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as ActionMetadata;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();

/** The inputs table of an action's README; fails on an input or output without a description. */
export function inputsTable(name: string, meta: ActionMetadata): string {
  const rows = Object.entries(meta.inputs ?? {}).map(([input, spec]) => {
    if (!spec.description?.trim()) throw new Error(`actions/${name}/action.yml: input '${input}' has no description.`);
    const def = spec.default === undefined ? '' : `\`${spec.default}\``;
    return `| \`${input}\` | ${spec.required ? 'yes' : 'no'} | ${def} | ${cell(spec.description)} |`;
  });
  return ['| input | required | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(name: string, meta: ActionMetadata): string {
  const rows = Object.entries(meta.outputs ?? {}).map(([output, spec]) => {
    if (!spec.description?.trim())
      throw new Error(`actions/${name}/action.yml: output '${output}' has no description.`);
    return `| \`${output}\` | ${cell(spec.description)} |`;
  });
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- <marker>:start -->` and `<!-- <marker>:end -->`. */
export function replaceBetweenMarkers(text: string, marker: string, body: string, file: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${file}: the markers '${start}' and '${end}' are missing.`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

const README_SKELETON = (meta: ActionMetadata) =>
  `# ${meta.name}\n\n${meta.description}\n\n## Inputs\n\n<!-- inputs:start -->\n<!-- inputs:end -->\n\n## Outputs\n\n<!-- outputs:start -->\n<!-- outputs:end -->\n`;

/**
 * The alias action.yml at <name>/action.yml, so that `uses: org/artifacts/<name>@v1` resolves to the same
 * action as `org/artifacts/actions/<name>@v1` (GitHub resolves runs.main relative to the action.yml).
 */
export function aliasActionYml(name: string, meta: ActionMetadata): string {
  const alias: ActionMetadata = { ...meta, runs: { ...meta.runs } };
  for (const key of ['main', 'pre', 'post'] as const) {
    const v = meta.runs[key];
    if (v) alias.runs[key] = `../actions/${name}/${v}`;
  }
  return `# Generated from actions/${name}/action.yml by 'npm run docs'; do not edit.\n${stringify(alias, { lineWidth: 0 })}`;
}

function readme(root: string, name: string, meta: ActionMetadata): string {
  const readmePath = join('actions', name, 'README.md');
  const current = existsSync(join(root, readmePath))
    ? readFileSync(join(root, readmePath), 'utf8')
    : README_SKELETON(meta);
  let text = replaceBetweenMarkers(current, 'inputs', inputsTable(name, meta), readmePath);
  text = replaceBetweenMarkers(text, 'outputs', outputsTable(name, meta), readmePath);
  const iam = actionIamTable(name);
  return iam === undefined ? text : replaceBetweenMarkers(text, 'iam', iam, readmePath);
}

/** docs/iam-setup.md: the roles' permissions from the one list, and the authorization oracle's counts. */
async function iamSetup(root: string): Promise<string> {
  const path = join('docs', 'iam-setup.md');
  // Blank lines around the tables, as prettier (which checks this page) writes them.
  const text = replaceBetweenMarkers(
    readFileSync(join(root, path), 'utf8'),
    'iam-roles',
    `\n${roleIamTables()}\n\n${registryRoleIamTables()}\n`,
    path,
  );
  const oracle = replaceBetweenMarkers(text, 'oracle', await generateOracleSection(root), path);
  return replaceBetweenMarkers(oracle, 'oracle-provision', await generateProvisionSection(root), path);
}

/** Every generated file with the content it must have. */
export async function generatedFiles(root = ROOT): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of actionNames(root)) {
    const meta = readActionMetadata(name, root);
    files.set(join('actions', name, 'README.md'), readme(root, name, meta));
    files.set(join(name, 'action.yml'), aliasActionYml(name, meta));
  }
  files.set(join('docs', 'policy.md'), policyReference());
  files.set(join('docs', 'iam-setup.md'), await iamSetup(root));
  return files;
}

if (require.main === module) {
  generatedFiles()
    .then((files) => {
      for (const [path, content] of files) {
        mkdirSync(dirname(join(ROOT, path)), { recursive: true });
        writeFileSync(join(ROOT, path), content);
        console.log(`wrote ${path}`);
      }
    })
    .catch((err: unknown) => {
      console.error((err as Error).message);
      process.exit(1);
    });
}
