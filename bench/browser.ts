import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, buildBridge, spawnBridge } from '../tests/e2e/preview';
import { BENCH_USER } from './generate';
import { navigationRows, walkScreens } from './navigation';
import { row, stats, type Row } from './rows';
import { CONTEXT_OPTIONS, measureStart } from './start';
import { firstSeen, watchScript } from './watch';
import { wireRows } from './wire';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The bridge as `npm run preview` starts it, on the generated data; resolves with its address and how long it took. */
async function startBridge(dataDir: string): Promise<{ url: string; startMs: number; stop: () => Promise<void> }> {
  // The bench measures the bundle that npm run preview serves, built fresh so it is never older than the source.
  buildBridge();
  const started = performance.now();
  const bridge = await spawnBridge(['--data', dataDir], 120_000);
  return { ...bridge, startMs: performance.now() - started };
}

/** The old full-load rows: the first frame in which each is present, from navigation. */
const WATCH = {
  // Bookings drawn and nothing still on its way (the calendar's aria-busy).
  dayEvents: '.agenda-calendar[aria-busy="false"] .fc-timegrid-event',
  weekEvents: '.agenda-calendar[aria-busy="false"] [data-agenda-week] [data-booking]',
  rosterShifts: 'section[aria-labelledby] button[data-state]',
};

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
 * In Chromium against the bridge: from navigation (a full page load) to the rendered resource week of all rooms
 * with its bookings, the month view, the roster week, and opening the booking dialog. Each a few times, median.
 */
async function measureFullLoads(browser: Browser, url: string, opts: { reps: number; rooms: number }): Promise<Row[]> {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    const page = await context.newPage();
    await page.goto(url);
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
      await navigate(page, `${url}/#/agenda`);
      const agenda = await firstSeen(page, 'dayEvents');
      // The agenda keeps its view in the address, so the week is reached directly as after a reload.
      await navigate(page, `${url}/#/agenda?weergave=week`);
      const week = await firstSeen(page, 'weekEvents');
      weekEvents = await page.locator('[data-agenda-week] [data-booking]').count();
      const month = await clickUntil(page, 'Maand', '[data-agenda-month] [data-booking]', true);
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))');
      // Until the whole form is on screen: its last element is the button that checks the booking.
      const dialog = await clickUntil(page, 'Nieuwe boeking', '[role="dialog"] button[type="submit"]');
      await page.keyboard.press('Escape');
      await navigate(page, `${url}/#/rooster`);
      const roster = await firstSeen(page, 'rosterShifts');
      // The first round warms the caches of browser and server; it is not counted.
      if (i === 0) continue;
      samples.agenda.push(agenda);
      samples.week.push(week);
      samples.month.push(month);
      samples.dialog.push(dialog);
      samples.roster.push(roster);
    }
    const FULL_LOAD = { max: 1000 };
    return [
      row(
        `browser, full page load: the agenda's first render (day, ${opts.rooms} rooms, with bookings)`,
        stats(samples.agenda),
        null,
        FULL_LOAD,
      ),
      row(
        `browser, full page load: the resource week of ${opts.rooms} rooms with its bookings`,
        stats(samples.week),
        null,
        FULL_LOAD,
        { note: `${weekEvents} bookings drawn (#/agenda?weergave=week)` },
      ),
      row('browser: week → month view rendered with its bookings', stats(samples.month), null, FULL_LOAD, {
        note: 'our own aim',
      }),
      row('browser, full page load: the roster week with its shifts', stats(samples.roster), null, FULL_LOAD),
      row('browser: click "Nieuwe boeking" → dialog rendered', stats(samples.dialog), null, { max: 100 }),
    ];
  } finally {
    await context.close();
  }
}

/**
 * Everything measured in Chromium against the bridge as `npm run preview` runs it: starting (login screen,
 * signing in), then in that same signed-in page the walk through every main screen (navigation, and per screen
 * the server time and bytes of its calls), then the older full-page-load rows.
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
    const start = await measureStart(browser, bridge.url, opts.reps);
    const walks = await walkScreens(start.page, opts.reps);
    await start.context.close();
    const fullLoads = await measureFullLoads(browser, bridge.url, opts);
    return {
      rows: [...start.rows, ...navigationRows(walks), ...wireRows(walks), ...fullLoads],
      bridgeStartMs: bridge.startMs,
    };
  } finally {
    await browser.close();
    await bridge.stop();
  }
}
