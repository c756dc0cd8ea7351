import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SESSION_HEADER } from '../../../db/contract/transport';

// The document page the PDF renderers load is a second page of the renderer build. Like build-output.test.ts this
// checks what `npm run build` produced and does not build itself.
const root = join(import.meta.dirname, '..', '..', '..');
const renderer = join(root, 'dist', 'renderer');
const fromBuilder = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'));
const yaml = fromBuilder('js-yaml') as { load(text: string): unknown };
const { minimatch } = fromBuilder('minimatch') as { minimatch(path: string, pattern: string): boolean };

function built(file: string): string {
  const path = join(renderer, file);
  if (!existsSync(path)) throw new Error(`${path} ontbreekt: voer eerst "npm run build" uit (of npx vite build).`);
  return readFileSync(path, 'utf8');
}

/** The files the page loads: its own script and styles, and every chunk those scripts import, followed through. */
function pageFiles(html: string): string[] {
  const files = new Set<string>();
  const follow = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!file.endsWith('.js')) return;
    for (const [, chunk] of built(file).matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g))
      follow(`assets/${chunk}`);
  };
  for (const [, ref] of html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)) follow(ref!);
  return [...files];
}

describe('dist/renderer/document.html, the page the PDF renderers print', () => {
  it('is built, with a script that draws documents and everything it loads inside the build', () => {
    const html = built('document.html');
    const files = pageFiles(html);
    expect(files.some((f) => /^assets\/document-[\w-]+\.js$/.test(f))).toBe(true);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    for (const file of files) expect(existsSync(join(renderer, file)), file).toBe(true);
    const code = files.filter((f) => f.endsWith('.js')).map((f) => built(f));
    expect(code.some((c) => c.includes('renderDocument'))).toBe(true);
  });

  it('has no way to reach the core: the API client (and its session header) is not in what it loads', () => {
    const code = pageFiles(built('document.html'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => built(f))
      .join('\n');
    expect(code).not.toContain(SESSION_HEADER);
    expect(code).not.toContain('/api/');
    // While the app's own page does carry it, so the check above can fail.
    const app = pageFiles(built('index.html'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => built(f))
      .join('\n');
    expect(app).toContain(SESSION_HEADER);
  });

  it('is packaged: electron-builder’s files take it and its assets into the app', () => {
    const { files } = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { files: string[] };
    // The last pattern that matches a file decides, as in electron-builder: a '!' pattern leaves it out.
    const packaged = (file: string) =>
      files.reduce(
        (taken, pattern) =>
          pattern.startsWith('!') ? taken && !minimatch(file, pattern.slice(1)) : taken || minimatch(file, pattern),
        false,
      );
    expect(packaged('dist-electron/bridge.js')).toBe(false);
    for (const file of ['document.html', ...pageFiles(built('document.html'))])
      expect(packaged(`dist/renderer/${file}`), file).toBe(true);
  });
});
