// Bundles the Electron main process and preload with esbuild, and puts the migrations beside them.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist-electron');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: join(out, 'main.js'),
    format: 'esm',
    // Electron 45 ships a newer Node; node20 keeps the bundle loadable by the Node that runs the tests.
    target: 'node20',
    // better-sqlite3 stays a real package: its binding is loaded at run time (nativeBinding).
    external: ['electron', 'better-sqlite3'],
    // Bundled CommonJS code calls require(); an ES module has none unless we make one.
    banner: {
      js: "import { createRequire as __wijkhuisCreateRequire } from 'node:module';\nconst require = __wijkhuisCreateRequire(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: join(out, 'preload.cjs'),
    // A sandboxed preload is CommonJS and may require only Electron's own modules.
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
  }),
]);

// db/platform/migrations.ts looks for ./migrations/ next to the module, which in the bundle is main.js.
const migrations = join(root, 'db', 'platform', 'migrations');
mkdirSync(join(out, 'migrations'));
for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql'))) {
  cpSync(join(migrations, file), join(out, 'migrations', file));
}
console.log('dist-electron: main.js, preload.cjs, migrations/');
