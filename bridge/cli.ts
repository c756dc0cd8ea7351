/**
 * `npm run preview -- [--data DIR] [--port N] [--demo]`: the app in a browser, on the same API.
 * Prints the address once it listens, so scripts and tests can wait for it.
 */
import { openHouse } from '../db/house';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/platform/database';
import { startBridge } from './server';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '.preview-data' },
    port: { type: 'string', default: '5199' },
    demo: { type: 'boolean', default: false },
  },
});

const staticDir = fileURLToPath(new URL('../dist/renderer/', import.meta.url));
if (!existsSync(staticDir)) {
  console.error(
    'De renderer is nog niet gebouwd: voer eerst `npm run build:renderer` uit (npm run preview doet dat zelf).',
  );
  process.exit(1);
}

try {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const core = await openHouse({ dataDir: resolve(values.data), demo: values.demo, appVersion: version });
  // A damaged or read-only database still starts: the renderer shows the recovery screen or a banner.
  if (core.state.mode === 'recovery') console.warn(`Let op: Wijkhuis start in de herstelstand. ${core.state.reason}`);
  if (core.state.mode === 'readonly') console.warn(`Let op: alleen lezen. ${core.state.reason}`);
  const stopSchedules = core.startSchedules();
  const bridge = await startBridge(core, { staticDir, port: Number(values.port) });
  console.log(`Wijkhuis preview: ${bridge.url}  (gegevens in ${core.paths.dataDir})`);
  const stop = async () => {
    stopSchedules();
    await bridge.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof DatabaseOpenError ? error.message : error);
  process.exit(1);
}
