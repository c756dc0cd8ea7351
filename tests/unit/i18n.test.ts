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

const i18nDir = fileURLToPath(new URL('../../renderer/src/i18n', import.meta.url));
const modulesDir = fileURLToPath(new URL('../../db/modules', import.meta.url));
const LANGS = ['nl', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** The translation files on disk, by name: shell.nl.json and shell.en.json are the pair 'shell'. */
const jsonFiles = readdirSync(i18nDir).filter((name) => name.endsWith('.json'));
const pairs = new Map<string, Partial<Record<Lang, Tree>>>();
for (const file of jsonFiles) {
  const m = /^(\w+)\.(nl|en)\.json$/.exec(file);
  if (!m) continue;
  const [, name, lang] = m as unknown as [string, string, Lang];
  const pair = pairs.get(name) ?? {};
  pair[lang] = JSON.parse(readFileSync(join(i18nDir, file), 'utf8')) as Tree;
  pairs.set(name, pair);
}
const fileName = (name: string, lang: Lang) => `${name}.${lang}.json`;

const languages = { nl: flatten(translations.nl as Tree), en: flatten(translations.en as Tree) };
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  it('come in pairs named <name>.nl.json and <name>.en.json', () => {
    expect(
      jsonFiles.filter((file) => !/^\w+\.(nl|en)\.json$/.test(file)),
      'files not named <name>.<nl|en>.json',
    ).toEqual([]);
    const incomplete = [...pairs].filter(([, pair]) => LANGS.some((lang) => !pair[lang])).map(([name]) => name);
    expect(incomplete, 'pairs missing a language').toEqual([]);
  });

  it('have one pair for the shell and one for every module in db/modules/', () => {
    const modules = readdirSync(modulesDir).filter((name) => statSync(join(modulesDir, name)).isDirectory());
    expect(modules.length).toBeGreaterThan(5);
    expect(
      [...modules, 'shell'].filter((name) => !pairs.has(name)),
      'modules without their own pair of translation files',
    ).toEqual([]);
    expect(
      [...pairs.keys()].filter((name) => name !== 'shell' && !modules.includes(name)),
      'translation files named after no module',
    ).toEqual([]);
  });

  it('are all loaded by resources.ts, each top-level key in one file only', () => {
    for (const lang of LANGS) {
      const owner = new Map<string, string>();
      for (const [name, pair] of pairs) {
        for (const [key, value] of Object.entries(pair[lang] ?? {})) {
          expect(owner.get(key), `${key} in both ${owner.get(key)} and ${fileName(name, lang)}`).toBeUndefined();
          owner.set(key, fileName(name, lang));
          expect((translations[lang] as Tree)[key], `${key} of ${fileName(name, lang)} not loaded`).toEqual(value);
        }
      }
      expect(
        Object.keys(translations[lang]).filter((key) => !owner.has(key)),
        `keys in translations.${lang} from no file`,
      ).toEqual([]);
    }
  });

  for (const [name, pair] of pairs) {
    describe(name, () => {
      const nl = flatten(pair.nl ?? {});
      const en = flatten(pair.en ?? {});

      it('has the same keys in Dutch and English', () => {
        expect(
          [...nl.keys()].filter((k) => !en.has(k)),
          `missing in ${fileName(name, 'en')}`,
        ).toEqual([]);
        expect(
          [...en.keys()].filter((k) => !nl.has(k)),
          `missing in ${fileName(name, 'nl')}`,
        ).toEqual([]);
      });

      it('has no empty values', () => {
        for (const [lang, map] of [
          ['nl', nl],
          ['en', en],
        ] as const) {
          const empty = [...map].filter(([, v]) => v.trim() === '').map(([k]) => k);
          expect(empty, `empty values in ${fileName(name, lang)}`).toEqual([]);
        }
      });

      it('uses the same {{placeholders}} in both languages', () => {
        const differing = [...nl]
          .filter(([k, v]) => en.has(k) && placeholders(v).join() !== placeholders(en.get(k)!).join())
          .map(([k]) => k);
        expect(differing).toEqual([]);
      });
    });
  }
});

describe('translations', () => {
  it('have the same keys in Dutch and English', () => {
    const nlKeys = [...languages.nl.keys()];
    const enKeys = [...languages.en.keys()];
    expect(
      nlKeys.filter((k) => !languages.en.has(k)),
      'missing in en',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !languages.nl.has(k)),
      'missing in nl',
    ).toEqual([]);
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
