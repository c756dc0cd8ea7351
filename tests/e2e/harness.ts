import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect } from 'vitest';
import { clockFrom, localDateTime, systemClock, type Clock } from '../../db/platform/clock';
import { TEST_NOW, testClock } from '../clock';
import { ROOT, spawnBridge } from './preview';

export { ROOT };
export { addDays, isoWeekday } from '../../db/platform/clock';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The end-to-end tests run at TEST_NOW, as every test does, so they give the same result on any date: the core
 * and the browser start their clocks there and let them run, so timers, transitions and polling keep their pace.
 * The default, a Monday morning in the beheerder's hours, has the demo house's walk-in and opening.
 */
export { TEST_NOW };

/** The tests' clock, from TEST_NOW on: for "today" in a test, and for a data folder filled before the preview. */
export const e2eClock: Clock = testClock();

/** Now in the tests' clock, as an Amsterdam wall-clock time 'YYYY-MM-DDTHH:MM'. */
export function testNow(): string {
  return localDateTime(e2eClock.now()).slice(0, 16);
}

/** Today in the tests' clock, 'YYYY-MM-DD' in Amsterdam. */
export function testToday(): string {
  return testNow().slice(0, 10);
}

/** '2026-12-07' as typed in a Dutch date field: '07-12-2026'. */
export function dutchDate(iso: string): string {
  return iso.split('-').reverse().join('-');
}

export interface Preview {
  url: string;
  dataDir: string;
  /** The core's clock as the tests can know it: started when the preview said it listens, so never ahead of it. */
  clock: Clock;
  stop(): Promise<void>;
}

/**
 * Starts the preview server as `npm run preview` does (minus the renderer build, done once before the
 * suite) on a free port and a fresh data folder, which `prepare` may fill first and `stop` removes.
 * With `now` the core's clock starts at that moment.
 */
export async function startPreview(
  options: { demo?: boolean; now?: Date; prepare?: (dataDir: string) => Promise<void> } = {},
): Promise<Preview> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wijkhuis-e2e-'));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    await options.prepare?.(dataDir);
    const bridge = await spawnBridge([
      '--data',
      dataDir,
      ...(options.demo ? ['--demo'] : []),
      ...(options.now ? ['--now', options.now.toISOString()] : []),
    ]);
    return {
      url: bridge.url,
      dataDir,
      clock: options.now ? clockFrom(options.now.toISOString()) : systemClock,
      stop: async () => {
        await bridge.stop();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Calls the core with the page's signed-in session, as the screens do; a refusal throws with the core's message. */
export async function callApi<T = unknown>(page: Page, method: string, input: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([m, i]) => {
      const token = sessionStorage.getItem('wijkhuis.session');
      const res = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(i),
      });
      const body = (await res.json()) as { message?: string };
      if (!res.ok) throw new Error(`${m}: ${body.message ?? JSON.stringify(body)}`);
      return body;
    },
    [method, input] as const,
  ) as Promise<T>;
}

/**
 * Chromium with a Dutch page in Amsterdam time. With `now` the page's clock starts at that moment and runs on
 * (Playwright's clock: Date, timers and animation frames, so transitions and polling keep their pace).
 */
export async function launch(options: { now?: Date } = {}): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // axe-core needs a page from an explicit context.
  const context = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1366, height: 900 },
  });
  if (options.now) await context.clock.install({ time: options.now });
  const page = await context.newPage();
  return { browser, page };
}

export interface E2EOptions {
  /** The demo house set up through the API, with the beheerder Bea signed in through the login form. */
  demoHouse?: boolean;
  /** Fills the fresh data folder before the preview opens it: seeded through the core, or damaged. */
  prepare?: (dataDir: string) => Promise<void>;
  /** For a `prepare` that takes longer than a hook may. */
  timeoutMs?: number;
}

export interface E2E {
  /** The browser tab, on the tests' clock. */
  page: Page;
  preview: Preview;
  /** `callApi` on the page: the core, as the signed-in user. */
  api: <T = unknown>(method: string, input?: unknown) => Promise<T>;
}

/**
 * The preamble of an end-to-end file: before its tests a preview on a fresh data folder and Chromium, both on the
 * tests' clock; after them, both stopped and the folder removed. The page and preview it returns stand for the
 * ones opened then, so a file can name them at its top: `const { page, preview } = useE2E()`.
 */
export function useE2E(options: E2EOptions = {}): E2E {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    preview = await startPreview({ now: e2eClock.now(), prepare: options.prepare });
    // The page's clock starts from the core's, so the page never runs ahead of it ("in the future" refusals).
    ({ browser, page } = await launch({ now: preview.clock.now() }));
    if (options.demoHouse) {
      await setUpDemoHouse(page, preview.url);
      await signIn(page, 'bea', DEMO_PASSWORD);
    }
  }, options.timeoutMs);
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });
  const livePage = late(() => page, 'page');
  return {
    page: livePage,
    preview: late(() => preview, 'preview'),
    api: (method, input = {}) => callApi(livePage, method, input),
  };
}

/** Stands for an object made in beforeAll, so it can be named before it exists; used too early, it says so. */
function late<T extends object>(current: () => T | undefined, name: string): T {
  const target = (): T => {
    const value = current();
    if (!value) throw new Error(`The e2e ${name} exists from beforeAll on: use it in a test or hook.`);
    return value;
  };
  return new Proxy({} as T, {
    get: (_, key) => {
      const value: unknown = Reflect.get(target(), key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target()) : value;
    },
    has: (_, key) => Reflect.has(target(), key),
  });
}

/** No serious or critical accessibility violations on the current screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // A toast that happens to be fading in or out is measured half-transparent; check the screen once it has gone.
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  // Likewise a dialog still fading in: wait until every running CSS transition and animation has finished.
  // (A spinner loops forever; those are left out.)
  await page.evaluate(async () => {
    // A transition starts a frame after its element mounts.
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    await Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    );
  });
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/**
 * Where the focus is after an action was refused (issue 18, point 3: the refusal shows where the user acted): the
 * focused element's role and text, whether it lies inside the window, how far (vertically) it is from the control
 * that was used, and how many notifications are in the corner.
 */
export async function refusalNear(page: Page, control: Locator) {
  const box = await control.boundingBox();
  return page.evaluate((b) => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    return {
      role: el.getAttribute('role'),
      text: el.textContent ?? '',
      inView: r.top >= 0 && r.bottom <= window.innerHeight,
      distance: b ? Math.max(0, b.y - r.bottom, r.top - (b.y + b.height)) : Infinity,
      notifications: document.querySelectorAll('.mantine-Notification-root').length,
    };
  }, box);
}

/** Screenshots land in test-results/ when SCREENSHOTS=1, to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** What the current screen says on paper (its print style, as a PDF), read back by poppler as any PDF reader would. */
export async function printedText(
  page: Page,
  options: { pdf?: Parameters<Page['pdf']>[0]; layout?: boolean } = {},
): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf(options.pdf ?? { format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', [...(options.layout ? ['-layout'] : []), '-', '-'], {
    input: pdf,
    encoding: 'utf8',
  });
}

/** Opens a page from the menu and waits for its heading. */
export async function openFromMenu(page: Page, label: string, heading: string | RegExp = label): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

export const DEMO_HOUSE = 'Huis van de Wijk De Wilgenhof';
export const DEMO_PASSWORD = 'voorbeeld-wachtwoord';

/** First start through the API with demo data and the beheerder "bea"; leaves the page at the login form. */
export async function setUpDemoHouse(
  page: Page,
  url: string,
  password = DEMO_PASSWORD,
  house = DEMO_HOUSE,
): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(
    async ([name, secret]) => {
      const res = await fetch('/api/setup.firstRun', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          buildingName: name,
          user: { name: 'Bea de Beheerder', username: 'bea', password: secret },
          demo: true,
        }),
      });
      if (!res.ok) throw new Error(await res.text());
    },
    [house, password],
  );
  await page.reload();
}

/** Signs in through the login form and waits for the app's menu. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation').waitFor();
}
