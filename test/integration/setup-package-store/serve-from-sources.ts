// The laptop command from the TypeScript sources (index.ts loads @actions/core, which only the bundle can require).
import { runServeCommand } from '../../../actions/setup-package-store/src/cli';

void runServeCommand(process.argv.slice(2));
