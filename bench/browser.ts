import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ROOT, buildBridge, spawnBridge } from '../tests/e2e/preview';
import { BENCH_USER } from './generate';
import { row, stats, type Row } from './measure';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The bridge as `npm run preview` starts it, on the generated data; resolves with its address and how long it took. */
async function startBridge(dataDir: string): Promise<{ url: string; startMs: number; stop: () => Promise<void> }> {
  // The bench measures the bundle that npm run preview serves, built fresh so it is never older than the source.
  buildBridge();
  const started = performance.now();
  const bridge = await spawnBridge(['--data', dataDir], 120_000);
  return { ...bridge, startMs: performance.now() - started };
}

/**
 * Marks, in the page's own clock (milliseconds since navigation started), the first frame in which
 * each selector is present: installed before any script of the app runs.
 */
const WATCH = {
  // Bookings drawn and nothing still on its way (the calendar's aria-busy).
  dayEvents: '.agenda-calendar[aria-busy="false"] .fc-timegrid-event',
  weekEvents: '.agenda-calendar[aria-busy="false"] [data-agenda-week] [data-booking]',
  rosterShifts: 'section[aria-labelledby] button[data-state]',
};
function watchScript(watch: Record<string, string>): string {
  return `window.__seen = {};
    (function watch() {
      for (const [name, selector] of Object.entries(${JSON.stringify(watch)})) if (!(name in window.__seen) && document.querySelector(selector)) window.__seen[name] = performance.now();
      requestAnimationFrame(watch);
    })();`;
}

async function firstSeen(page: Page, name: keyof typeof WATCH): Promise<number> {
  // Polled from here: the app's Content-Security-Policy forbids the eval behind waitForFunction.
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const at = (await page.evaluate(`window.__seen && window.__seen[${JSON.stringify(name)}]`)) as number | undefined;
    if (typeof at === 'number') return at;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${WATCH[name]} did not appear`);
}

/** A fresh document: the session stays in sessionStorage, everything else loads again. */
async function navigate(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/**
 * Clicks the button with this text inside the page and returns the milliseconds until `done` is present,
 * visible and painted. With `load`, also until the calendar has fetched and drawn the new range: bookings
 * already on screen show up in the new view before its own request has returned.
 */
function clickUntil(page: Page, button: string, done: string, load = false): Promise<number> {
  // A string, not a function: the TypeScript loader would add helpers to a function that the page does not have.
  return page.evaluate(`(async () => {
    const target = [...document.querySelectorAll('button, label')].find((b) => b.textContent.trim() === ${JSON.stringify(button)});
    if (!target) throw new Error('no button ' + ${JSON.stringify(button)});
    const calendar = document.querySelector('.agenda-calendar');
    let fetched = !${load};
    let seenBusy = false;
    const busy = new MutationObserver(() => {
      if (calendar.getAttribute('aria-busy') === 'true') seenBusy = true;
      else if (seenBusy) fetched = true;
    });
    if (calendar) busy.observe(calendar, { attributes: true, attributeFilter: ['aria-busy'] });
    const t0 = performance.now();
    target.click();
    await new Promise((resolve, reject) => {
      const give = setTimeout(() => reject(new Error(${JSON.stringify(`${done} did not appear`)})), 60000);
      const check = () => {
        const el = document.querySelector(${JSON.stringify(done)});
        if (fetched && el && el.checkVisibility()) { clearTimeout(give); resolve(); } else requestAnimationFrame(check);
      };
      check();
    });
    busy.disconnect();
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
  })()`) as Promise<number>;
}

/**
 * In Chromium against the bridge: from navigation to the rendered resource week of all rooms with its
 * bookings, the month view, the roster week, and opening the booking dialog. Each a few times, median.
 */
export async function measureBrowser(
  dataDir: string,
  opts: { reps: number; rooms: number },
): Promise<{ rows: Row[]; bridgeStartMs: number }> {
  if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:renderer failed');
  }
  const bridge = await startBridge(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 1600, height: 1000 },
    });
    const page = await context.newPage();
    await page.goto(bridge.url);
    await page.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill(BENCH_USER.username);
    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(BENCH_USER.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('navigation').first().waitFor();

    await context.addInitScript(watchScript(WATCH));
    const samples = {
      agenda: [] as number[],
      week: [] as number[],
      month: [] as number[],
      roster: [] as number[],
      dialog: [] as number[],
    };
    let weekEvents = 0;
    for (let i = 0; i < opts.reps + 1; i++) {
      await navigate(page, `${bridge.url}/#/agenda`);
      const agenda = await firstSeen(page, 'dayEvents');
      // The agenda keeps its view in the address, so the week is reached directly as after a reload.
      await navigate(page, `${bridge.url}/#/agenda?weergave=week`);
      const week = await firstSeen(page, 'weekEvents');
      weekEvents = await page.locator('[data-agenda-week] [data-booking]').count();
      const month = await clickUntil(page, 'Maand', '[data-agenda-month] [data-booking]', true);
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))');
      // Until the whole form is on screen: its last element is the button that checks the booking.
      const dialog = await clickUntil(page, 'Nieuwe boeking', '[role="dialog"] button[type="submit"]');
      await page.keyboard.press('Escape');
      await navigate(page, `${bridge.url}/#/rooster`);
      const roster = await firstSeen(page, 'rosterShifts');
      // The first round warms the caches of browser and server; it is not counted.
      if (i === 0) continue;
      samples.agenda.push(agenda);
      samples.week.push(week);
      samples.month.push(month);
      samples.dialog.push(dialog);
      samples.roster.push(roster);
    }
    const rows = [
      row(
        `browser: navigation to the agenda's first render (day, ${opts.rooms} rooms, with bookings)`,
        stats(samples.agenda),
        null,
        1000,
      ),
      row(
        `browser: navigation to the resource week of ${opts.rooms} rooms with its bookings`,
        stats(samples.week),
        null,
        1000,
        `${weekEvents} bookings drawn (#/agenda?weergave=week)`,
      ),
      row('browser: week → month view rendered with its bookings', stats(samples.month), null, 1000),
      row('browser: navigation to the roster week with its shifts', stats(samples.roster), null, 1000),
      row('browser: click "Nieuwe boeking" → dialog rendered', stats(samples.dialog), null, 100),
    ];
    return { rows, bridgeStartMs: bridge.startMs };
  } finally {
    await browser.close();
    await bridge.stop();
  }
}
