// The esbuild settings every Node-side bundle shares: the Electron main process (dist-electron/main.js) and
// the web bridge (dist-electron/bridge.js) that `npm run preview`, the end-to-end tests and the bench run.
// One set of settings, so a bundling fault (a library that reads files beside itself, a CommonJS require)
// shows up in the e2e tests too, not first in an installed app.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** main.js and bridge.js sit one folder below the root, as bridge/cli.ts does: its `../dist/renderer/` holds for both. */
export const OUT = join(ROOT, 'dist-electron');
export const BRIDGE_FILE = join(OUT, 'bridge.js');

/** esbuild options for an ES-module bundle run by Node (or Electron's Node). */
export function nodeBundle(entry, outfile) {
  return {
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Electron 45 ships a newer Node; node20 keeps the bundle loadable by the Node that runs the tests.
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
    // better-sqlite3 stays a real package: its binding is loaded at run time (nativeBinding). playwright-core
    // (the preview's PDF printer, bridge/pdf.ts) reads files beside itself, so it is loaded from node_modules;
    // the app prints with Electron's own Chromium and must never carry it (refuseModule below).
    external: ['electron', 'better-sqlite3', 'playwright-core'],
    // Bundled CommonJS code calls require(); an ES module has none unless we make one.
    banner: {
      js: "import { createRequire as __wijkhuisCreateRequire } from 'node:module';\nconst require = __wijkhuisCreateRequire(import.meta.url);",
    },
  };
}

/** db/platform/migrations.ts looks for ./migrations/ next to the module, which in a bundle is the bundle itself. */
export function copyMigrations(outDir = OUT) {
  const migrations = join(ROOT, 'db', 'platform', 'migrations');
  mkdirSync(join(outDir, 'migrations'), { recursive: true });
  for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql'))) {
    cpSync(join(migrations, file), join(outDir, 'migrations', file));
  }
}

/**
 * An ES module has no __dirname or __filename: bundled code that uses them to find files beside a library
 * throws a ReferenceError at run time, and the files are not shipped anyway (this broke every iCal export
 * in the built app). Refuse such a bundle at build time, with the place to look.
 */
export function refuseFileLookups(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found = lines.flatMap((line, i) =>
    /\b__(dirname|filename)\b/.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 160)}`] : [],
  );
  if (found.length > 0)
    throw new Error(
      `Gebundelde code gebruikt __dirname/__filename, die een ES-module niet heeft (en de bestanden ernaast worden niet meegeleverd):\n${found.join('\n')}`,
    );
}

/** The Electron main process loads no module meant for the preview (playwright-core is not even packaged). */
export function refuseModule(file, name) {
  if (readFileSync(file, 'utf8').includes(name))
    throw new Error(`${file} gebruikt ${name}, dat alleen voor de preview is en niet in de app zit.`);
}

/** dist-electron/bridge.js (and the migrations beside it): the web bridge's CLI, bundled like the main process. */
export async function buildBridge() {
  mkdirSync(OUT, { recursive: true });
  await build(nodeBundle('bridge/cli.ts', BRIDGE_FILE));
  copyMigrations(OUT);
  refuseFileLookups(BRIDGE_FILE);
}
