import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_POLICY, policyReference } from '../policy-reference';
import { ROOT } from '../actions';

const reference = policyReference(ROOT);
const fieldRows = reference.split('\n').filter((line) => /^\| `[a-zA-Z]/.test(line) && !line.startsWith('| `{'));

test('every field of the schema has a row with a type and a description', () => {
  expect(fieldRows.length).toBeGreaterThan(60);
  for (const row of fieldRows) {
    const cells = row.split(/(?<!\\)\|/).map((c) => c.trim());
    // cells: '', field, type, required, default, description, ''
    expect({ row, type: cells[2] !== '', description: cells[5] !== '' }).toEqual({
      row,
      type: true,
      description: true,
    });
  }
});

test.each([
  'registry.layout',
  'registry.lifecycle.keepTagged',
  'registry.lifecycle.rules[].tagPatterns',
  'registry.pullThroughCache[].credentialSecret',
  'tags.latestFrom',
  'signing.trust.keyless[].subject',
  'scan.allow[].until',
  'packages.prefix',
])('documents %s', (field) => {
  expect(fieldRows.some((row) => row.startsWith(`| \`${field}\` |`))).toBe(true);
});

test('shows the defaults the loader applies', () => {
  expect(reference).toContain(
    '| `registry.layout` | `single` \\| `per-service` \\| `per-environment` |  | `"per-service"` |',
  );
  expect(reference).toContain('| `tags.development` | string |  | `"{branch}-{sha7}"` |');
});

test('ends with the Piksel example, verbatim', () => {
  const example = readFileSync(join(ROOT, EXAMPLE_POLICY), 'utf8').trimEnd();
  expect(reference).toContain(`## Example\n`);
  expect(reference).toContain(`\`\`\`yaml\n${example}\n\`\`\``);
});
