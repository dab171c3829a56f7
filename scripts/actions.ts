import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');

/** Every action of the collection: a folder under actions/ with an action.yml. */
export function actionNames(root = ROOT): string[] {
  return readdirSync(join(root, 'actions'))
    .filter((n) => existsSync(join(root, 'actions', n, 'action.yml')))
    .sort();
}
