/**
 * Writes docs/API.md from the contract (`npm run api-docs`); tests/unit/api-docs.test.ts fails when it is stale.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { API } from '../db/contract/api';
import type { MethodSpec } from '../db/contract/method';
import { MODULES } from '../db/modules';

const ROLE_NAMES: Record<string, string> = {
  beheerder: 'beheerder',
  coordinator: 'coördinator',
  commissie: 'commissie',
  balie: 'balie',
};
const MODES = {
  read: 'reads',
  write: 'writes (one transaction, with its audit row)',
  system: 'system (may be async; audits its own writes)',
};

export function renderApiDocs(): string {
  const lines = [
    '# Wijkhuis API',
    '',
    'Generated from `db/contract/api.ts` by `npm run api-docs`; do not edit by hand.',
    '',
    'Every method is called as `call(name, input)` from the renderer: over IPC in the Electron app, or as',
    '`POST /api/<name>` with a JSON body and `Authorization: Bearer <token>` on the web bridge. Errors come back as',
    '`{ code, message, fieldErrors }` (HTTP 4xx on the bridge); `fieldErrors` maps a dotted field path to Dutch messages.',
    '',
    'One section per module, with the module names of `db/modules/`, `renderer/src/pages/` and the tests:',
    '',
    ...MODULES.map((m) => `- [${m.name}](#${m.name}): ${m.title}`),
  ];
  for (const module of MODULES) {
    const entries = Object.entries(module.methods) as [string, MethodSpec][];
    lines.push('', `## ${module.name}`, '', module.title, '', '| method | who may call it | kind |', '|---|---|---|');
    for (const [name, spec] of entries)
      lines.push(`| [\`${name}\`](#${name.replace('.', '').toLowerCase()}) | ${access(spec)} | ${MODES[spec.mode]} |`);
    for (const [name, spec] of entries) {
      const schema = z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' });
      delete (schema as { $schema?: string }).$schema;
      lines.push(
        '',
        `### ${name}`,
        '',
        spec.description,
        '',
        `Who: ${access(spec)}. Kind: ${MODES[spec.mode]}.`,
        '',
        'Input (JSON Schema):',
        '',
        '```json',
        JSON.stringify(schema, null, 2),
        '```',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function access(spec: MethodSpec): string {
  if (spec.access === 'public') return 'anyone, without signing in';
  if (spec.access === 'signed-in') return 'any signed-in user';
  return spec.access.map((r) => ROLE_NAMES[r] ?? r).join(', ');
}

export const API_DOCS_PATH = fileURLToPath(new URL('../docs/API.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
  writeFileSync(API_DOCS_PATH, renderApiDocs());
  console.log(`docs/API.md geschreven (${Object.keys(API).length} methodes).`);
}
