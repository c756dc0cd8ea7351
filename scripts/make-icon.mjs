// Renders build/icon.svg to build/icon.png (512×512, transparent corners) with headless Chromium,
// so the PNG electron-builder needs is reproducible from the SVG that is edited by hand.
//   node scripts/make-icon.mjs [path-to-chromium]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = process.argv[2] ?? process.env.CHROMIUM ?? '/usr/bin/chromium';
const svg = readFileSync(join(root, 'build', 'icon.svg'), 'utf8');
const out = join(root, 'build', 'icon.png');

const work = mkdtempSync(join(tmpdir(), 'wijkhuis-icon-'));
try {
  const page = join(work, 'icon.html');
  writeFileSync(
    page,
    `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;width:512px;height:512px}</style></head><body>${svg}</body></html>`,
  );
  const result = spawnSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--default-background-color=00000000',
      `--screenshot=${out}`,
      '--window-size=512,512',
      `--user-data-dir=${join(work, 'profile')}`,
      `file://${page}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 60_000 },
  );
  if (result.status !== 0) {
    console.error(`[make-icon] ${chromium} is mislukt (status ${result.status ?? result.signal}).`);
    process.exit(1);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const png = readFileSync(out);
const width = png.readUInt32BE(16);
const height = png.readUInt32BE(20);
if (width !== 512 || height !== 512) {
  console.error(`[make-icon] ${out} is ${width}×${height}, verwacht 512×512.`);
  process.exit(1);
}
console.log(`[make-icon] ${out} (512×512)`);
