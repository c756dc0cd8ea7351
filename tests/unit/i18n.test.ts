import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translations } from '../../renderer/src/i18n/resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const languages = { nl: flatten(translations.nl as Tree), en: flatten(translations.en as Tree) };
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('have the same keys in Dutch and English', () => {
    const nlKeys = [...languages.nl.keys()];
    const enKeys = [...languages.en.keys()];
    expect(
      nlKeys.filter((k) => !languages.en.has(k)),
      'missing in en.json',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !languages.nl.has(k)),
      'missing in nl.json',
    ).toEqual([]);
  });

  it('have no empty values', () => {
    for (const [lang, map] of Object.entries(languages)) {
      const empty = [...map].filter(([, v]) => v.trim() === '').map(([k]) => k);
      expect(empty, `empty values in ${lang}.json`).toEqual([]);
    }
  });

  it('use the same {{placeholders}} in both languages', () => {
    const differing = [...languages.nl]
      .filter(([k, v]) => languages.en.has(k) && placeholders(v).join() !== placeholders(languages.en.get(k)!).join())
      .map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it('contain every literal key the renderer asks for', () => {
    const root = fileURLToPath(new URL('../../renderer/src', import.meta.url));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(root);
    const used = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    // A plural key ('rooms.count') exists as rooms.count_one / rooms.count_other.
    const has = (key: string) => languages.nl.has(key) || languages.nl.has(`${key}_other`);
    expect([...used].filter((k) => !has(k))).toEqual([]);
  });
});
