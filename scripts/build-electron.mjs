// Bundles the Electron main process, its preload and the web bridge with esbuild, and puts the migrations
// beside them. main.js and bridge.js share their settings (bundle-settings.mjs), so the end-to-end tests,
// which run bridge.js, also prove how the main process is bundled.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  BRIDGE_FILE,
  OUT,
  ROOT,
  copyMigrations,
  nodeBundle,
  refuseFileLookups,
  refuseModule,
} from './bundle-settings.mjs';

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const main = join(OUT, 'main.js');
await Promise.all([
  build(nodeBundle('electron/main.ts', main)),
  build({
    absWorkingDir: ROOT,
    entryPoints: ['electron/preload.ts'],
    outfile: join(OUT, 'preload.cjs'),
    bundle: true,
    platform: 'node',
    logLevel: 'warning',
    legalComments: 'none',
    // A sandboxed preload is CommonJS and may require only Electron's own modules.
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
  }),
  build(nodeBundle('bridge/cli.ts', BRIDGE_FILE)),
]);
copyMigrations(OUT);
refuseFileLookups(main);
refuseModule(main, 'playwright-core');
refuseFileLookups(BRIDGE_FILE);
console.log('dist-electron: main.js, preload.cjs, bridge.js, migrations/');
