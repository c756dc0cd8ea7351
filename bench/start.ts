import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BENCH_USER } from './generate';
import { step } from './navigation';
import { PROBE_SCRIPT, type StepResult } from './probe';
import { row, stats, type Row } from './rows';
import { amount } from './table';
import { firstSeen, watchScript } from './watch';

/** The targets for starting: the login screen painted, and the role's home screen after signing in. */
const LOGIN_PAINT = { max: 1000 };
const HOME_AFTER_SIGN_IN = { max: 300 };

export const CONTEXT_OPTIONS = {
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
  viewport: { width: 1600, height: 1000 },
} as const;

/** The login form's button: the last thing of the login screen to be drawn. */
const LOGIN_FORM = 'main form button[type="submit"]';

/** The beheerder's home is Vandaag (HomePage sends them there): its cards come from dashboard.today. */
const SIGN_IN = {
  name: 'sign in',
  click: { selector: 'main form button[type="submit"]', text: 'Inloggen' },
  hash: '#/vandaag',
  ready: 'main section.mantine-Card-root',
};

/** A fresh browser context (empty cache and storage) with the probe and the login watch installed. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  await context.addInitScript(PROBE_SCRIPT);
  await context.addInitScript(watchScript({ loginForm: LOGIN_FORM }));
  return { context, page: await context.newPage() };
}

/**
 * The preview opened as someone does each morning, `reps` times in a fresh context: from navigation to the
 * login screen drawn, then from the click on "Inloggen" to Vandaag drawn with its data. Resolves with the last
 * page still open and signed in, for the walk through the screens.
 */
export async function measureStart(
  browser: Browser,
  url: string,
  reps: number,
): Promise<{ rows: Row[]; page: Page; context: BrowserContext }> {
  const login: number[] = [];
  const paint: number[] = [];
  const signIn: StepResult[] = [];
  let open: { context: BrowserContext; page: Page } | null = null;
  // The first round warms the bridge (its files from disk, the database's pages) and is not counted.
  for (let i = 0; i <= reps; i++) {
    if (open) await open.context.close();
    open = await freshPage(browser);
    const { page } = open;
    await page.goto(url);
    const drawn = await firstSeen(page, 'loginForm');
    const fcp = (await page.evaluate(
      `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null`,
    )) as number | null;
    await page.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill(BENCH_USER.username);
    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(BENCH_USER.password);
    const signedIn = await step(page, SIGN_IN);
    if (i === 0) continue;
    login.push(drawn);
    if (fcp !== null) paint.push(fcp);
    signIn.push(signedIn);
  }
  const loginServer = signIn.map((r) =>
    r.calls.filter((c) => c.name === 'auth.login').reduce((a, c) => a + c.dispatchMs + c.jsonMs, 0),
  );
  const rows = [
    row('start: login screen drawn, from navigation (fresh browser context)', stats(login), null, LOGIN_PAINT, {
      note: paint.length ? `first contentful paint ${amount(stats(paint).median, 'ms')}` : undefined,
    }),
    row(
      'start: click "Inloggen" → Vandaag drawn with its data',
      stats(signIn.map((r) => r.ms)),
      null,
      HOME_AFTER_SIGN_IN,
      {
        note: `auth.login on the server ${amount(stats(loginServer).median, 'ms')} (password hash); calls: ${[...new Set(signIn.at(-1)!.calls.map((c) => c.name))].join(', ')}`,
      },
    ),
  ];
  return { rows, page: open!.page, context: open!.context };
}
