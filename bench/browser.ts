import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { BENCH_USER } from './generate';
import { row, stats, type Row } from './measure';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The bridge as `npm run preview` starts it, on the generated data; resolves with its address and how long it took. */
async function startBridge(dataDir: string): Promise<{ url: string; startMs: number; stop: () => Promise<void> }> {
  const started = performance.now();
  const child: ChildProcess = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['bridge/cli.ts', '--data', dataDir, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Wijkhuis preview: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}:\n${output}`)));
  });
  const startMs = performance.now() - started;
  return {
    url,
    startMs,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Milliseconds from `action` until `done` resolves, measured in the page's clock as well as ours. */
async function timed(action: () => Promise<unknown>, done: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await action();
  await done();
  return performance.now() - t;
}

async function eventsIn(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60_000 });
}

/**
 * In Chromium against the bridge: from navigation to the rendered resource week of all rooms with its
 * bookings, the month view, the roster week, and opening the booking dialog. Each a few times, median.
 */
export async function measureBrowser(dataDir: string, opts: { reps: number; rooms: number }): Promise<{ rows: Row[]; bridgeStartMs: number }> {
  if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:renderer failed');
  }
  const bridge = await startBridge(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(bridge.url);
    await page.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill(BENCH_USER.username);
    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(BENCH_USER.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('navigation').first().waitFor();

    const samples = { week: [] as number[], month: [] as number[], roster: [] as number[], dialog: [] as number[] };
    let weekEvents = 0;
    for (let i = 0; i < opts.reps + 1; i++) {
      // A fresh document each time: navigation, the agenda's first render, then the week of all rooms.
      const week = await timed(async () => {
        await page.goto(`${bridge.url}/#/agenda`);
        await page.getByText('Week', { exact: true }).click();
      }, async () => {
        await page.locator('.fc-resource-timeline').waitFor({ timeout: 60_000 });
        await eventsIn(page, '.fc-timeline-event');
      });
      weekEvents = await page.locator('.fc-timeline-event').count();
      const month = await timed(() => page.getByText('Maand', { exact: true }).click(), () => eventsIn(page, '.fc-daygrid-event'));
      const dialog = await timed(() => page.getByRole('button', { name: 'Nieuwe boeking' }).click(), () => page.getByRole('dialog').getByRole('textbox').first().waitFor({ state: 'visible' }));
      await page.keyboard.press('Escape');
      const roster = await timed(() => page.goto(`${bridge.url}/#/rooster`), () => page.locator('section[aria-labelledby] h2').first().waitFor({ timeout: 60_000 }));
      // The first round warms the caches of browser and server; it is not counted.
      if (i === 0) continue;
      samples.week.push(week);
      samples.month.push(month);
      samples.dialog.push(dialog);
      samples.roster.push(roster);
    }
    const rows = [
      row(`browser: navigate to agenda, resource week of ${opts.rooms} rooms rendered`, stats(samples.week), null, 1000, `${weekEvents} bookings drawn`),
      row('browser: switch to month view, rendered', stats(samples.month), null, 1000),
      row('browser: navigate to roster week, rendered', stats(samples.roster), null, 1000),
      row('browser: open the booking dialog', stats(samples.dialog), null, 100),
    ];
    return { rows, bridgeStartMs: bridge.startMs };
  } finally {
    await browser.close();
    await bridge.stop();
  }
}
