import type { ActionContext } from '../../../shared/src/runtime/context';

/** Not built yet: fails clearly rather than pretend to succeed. */
export async function run(_ctx: ActionContext): Promise<void> {
  throw new Error('build-sign-push is not implemented yet.');
}
