import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { ROOT, spawnBridge } from './preview';

export { ROOT };
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

export interface Preview {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the preview server as `npm run preview` does (minus the renderer build, done once before the
 * suite) on a free port and a fresh data folder.
 */
export async function startPreview(options: { demo?: boolean; dataDir?: string } = {}): Promise<Preview> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'wijkhuis-e2e-'));
  const bridge = await spawnBridge(['--data', dataDir, ...(options.demo ? ['--demo'] : [])]);
  return {
    url: bridge.url,
    dataDir,
    stop: async () => {
      await bridge.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
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

export async function launch(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // axe-core needs a page from an explicit context.
  const context = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  return { browser, page };
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

/** Screenshots land in test-results/ when SCREENSHOTS=1, to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

export const DEMO_HOUSE = 'Huis van de Wijk De Wilgenhof';

/** First start through the API with demo data and the beheerder "bea"; leaves the page at the login form. */
export async function setUpDemoHouse(page: Page, url: string, password: string, house = DEMO_HOUSE): Promise<void> {
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

/** Signs in through the login form. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}
