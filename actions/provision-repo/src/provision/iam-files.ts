import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DesiredState } from './types';

/** Every document the system's roles need, by file name: the role policies, provision-repo's own, trust policies. */
export function iamDocumentFiles(desired: DesiredState): { file: string; document: string }[] {
  return [...desired.iamPolicies, ...desired.registryRolePolicies, ...desired.trustPolicies].map((p) => ({
    file: `${p.name}.json`,
    document: `${JSON.stringify(JSON.parse(p.document), null, 2)}\n`,
  }));
}

/** Writes the documents into `outputDir` (the iam-output input) under `workspace`; returns their paths as given. */
export function writeIamDocuments(desired: DesiredState, workspace: string, outputDir: string): string[] {
  const dir = resolve(workspace, outputDir);
  mkdirSync(dir, { recursive: true });
  return iamDocumentFiles(desired).map(({ file, document }) => {
    writeFileSync(join(dir, file), document);
    return join(outputDir, file);
  });
}
