import { z } from 'zod';
import { policySchema } from '../shared/src/policy/schema';

interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
}

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (s.anyOf) return s.anyOf.map(typeOf).join(' \\| ');
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'any'}`;
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object')
    return `map of ${typeOf(s.additionalProperties)}`;
  let t = Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'any');
  if (s.minimum !== undefined || s.maximum !== undefined) t += ` (${s.minimum ?? ''}..${s.maximum ?? ''})`;
  return t;
}

function rows(schema: JsonSchema, path: string, out: string[]): void {
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const p = path ? `${path}.${key}` : key;
    const required = schema.required?.includes(key) && prop.default === undefined ? 'yes' : '';
    const def = prop.default === undefined ? '' : `\`${JSON.stringify(prop.default)}\``;
    const isObject = prop.type === 'object' && prop.properties;
    const desc = (prop.description ?? '').replace(/\|/g, '\\|');
    out.push(`| \`${p}\` | ${isObject ? 'object' : typeOf(prop)} | ${required} | ${isObject ? '' : def} | ${desc} |`);
    if (isObject) rows(prop, p, out);
    if (prop.type === 'array' && prop.items?.properties) rows(prop.items, `${p}[]`, out);
  }
}

/** docs/policy.md: the policy file's reference, generated from the schema so that the two never disagree. */
export function policyReference(): string {
  const json = z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const out: string[] = [];
  rows(json, '', out);
  return [
    '# The policy file: reference',
    '',
    '<!-- Generated from shared/src/policy/schema.ts by `npm run docs`; do not edit. -->',
    '',
    'Every action reads one policy file, `.github/artifact-policy.yml` in the calling repository (the `policy` input names another).',
    'Unknown keys are errors. Fields without a value take the default shown. Placeholders in names and tags:',
    '`{system}`, `{service}`, `{environment}`, `{version}`, `{branch}`, `{sha}`, `{sha7}`, `{run}`, `{chart}`.',
    '',
    '| field | type | required | default | description |',
    '| --- | --- | --- | --- | --- |',
    ...out,
    '',
  ].join('\n');
}
