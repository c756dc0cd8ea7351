import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { ROOT, CHROMIUM } from './harness';
import { buildBridge } from './preview';

/**
 * `npm test` builds first; this covers `npm run test:e2e` on its own. The bridge bundle is rebuilt every run
 * (it takes a second): the tests run it, not the source, and a stale one would test old code.
 */
export default function setup(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium ontbreekt op ${CHROMIUM}: installeer het Debian-pakket chromium (apt-get install chromium).`,
    );
  if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html')))
    execSync('npm run build:renderer', { cwd: ROOT, stdio: 'inherit' });
  buildBridge();
}
