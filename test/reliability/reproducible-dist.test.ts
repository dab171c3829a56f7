import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionNames, ROOT } from '../../scripts/actions';
import { bundleAction } from '../../scripts/build';
import { compareDirs } from '../../scripts/check';

// Supply chain: the same commit must always produce the same bytes, and the committed dist must be that build.
describe.each(actionNames())('%s dist', (name) => {
  test('two builds are byte-identical and equal the committed dist', async () => {
    const a = mkdtempSync(join(tmpdir(), `repro-a-${name}-`));
    const b = mkdtempSync(join(tmpdir(), `repro-b-${name}-`));
    try {
      await bundleAction(name, a);
      await bundleAction(name, b);
      expect(compareDirs(a, b)).toEqual([]);
      expect(compareDirs(join(ROOT, 'actions', name, 'dist'), a)).toEqual([]);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
