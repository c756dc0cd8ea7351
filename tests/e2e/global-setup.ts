import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { ROOT, CHROMIUM } from './harness';

/** `npm test` builds first; this covers `npm run test:e2e` on its own. */
export default function setup(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium ontbreekt op ${CHROMIUM}: installeer het Debian-pakket chromium (apt-get install chromium).`,
    );
  if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html')))
    execSync('npm run build:renderer', { cwd: ROOT, stdio: 'inherit' });
}
