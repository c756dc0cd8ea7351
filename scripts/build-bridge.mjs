// `node scripts/build-bridge.mjs`: only dist-electron/bridge.js, the bundled web bridge that `npm run preview`,
// the end-to-end tests and the bench start (in a second or so, so they rebuild it each run and never test a stale one).
import { buildBridge } from './bundle-settings.mjs';

await buildBridge();
