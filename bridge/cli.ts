/**
 * `npm run preview -- [--data DIR] [--port N] [--demo] [--now MOMENT]`: the app in a browser, on the same API.
 * Prints the address once it listens, so scripts and tests can wait for it.
 *
 * `--now` starts the house's clock at MOMENT, an Amsterdam wall-clock time 'YYYY-MM-DDTHH:MM' or an ISO time
 * with Z or an offset, from where it runs on with real time: to try the app, or run the end-to-end tests, on a
 * chosen date (a Monday morning, the day summer time starts) instead of today. Without it the computer's clock.
 */
import { openHouse } from '../db/house';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/platform/database';
import { clockFrom, localDateTime, type Clock } from '../db/platform/clock';
import { startBridge } from './server';
import { createChromiumPdfRenderer } from './pdf';
import { inLang } from '../db/platform/messages';
import { keyFileSecrets } from './keyFileSecrets';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '.preview-data' },
    port: { type: 'string', default: '5199' },
    demo: { type: 'boolean', default: false },
    now: { type: 'string' },
  },
});

const staticDir = fileURLToPath(new URL('../dist/renderer/', import.meta.url));
if (!existsSync(staticDir)) {
  console.error(
    'De renderer is nog niet gebouwd: voer eerst `npm run build:renderer` uit (npm run preview doet dat zelf).',
  );
  process.exit(1);
}

let clock: Clock | undefined;
try {
  clock = values.now === undefined ? undefined : clockFrom(values.now);
} catch {
  console.error(
    `--now ${values.now} is geen tijdstip: geef een Amsterdamse tijd als 2026-12-07T10:00, of een ISO-tijd met Z of een verschil.`,
  );
  process.exit(1);
}

try {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  // Documents become PDFs in the machine's Chromium (bridge/pdf.ts), started at the first one.
  const pdf = createChromiumPdfRenderer({ rendererDir: staticDir });
  const dataDir = resolve(values.data);
  const services = { secrets: keyFileSecrets(dataDir), pdf };
  const core = await openHouse({ dataDir, demo: values.demo, appVersion: version, clock, services });
  // A damaged or read-only database still starts: the renderer shows the recovery screen or a banner.
  if (core.state.mode === 'recovery')
    console.warn(`Let op: Wijkhuis start in de herstelstand. ${inLang(core.state.reason, 'nl')}`);
  if (core.state.mode === 'readonly') console.warn(`Let op: alleen lezen. ${inLang(core.state.reason, 'nl')}`);
  if (clock) console.log(`De klok van het huis loopt vanaf ${localDateTime(clock.now()).slice(0, 16)} (Amsterdam).`);
  // The schedules include the background workers (the mail sender); stop ends them too.
  const stopSchedules = core.startSchedules();
  const bridge = await startBridge(core, { staticDir, port: Number(values.port) });
  console.log(`Wijkhuis preview: ${bridge.url}  (gegevens in ${core.paths.dataDir})`);
  const stop = async () => {
    stopSchedules();
    await bridge.close();
    await pdf.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof DatabaseOpenError ? inLang(error.message, 'nl') : error);
  process.exit(1);
}
