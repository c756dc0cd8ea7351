/**
 * `npm run screenshots`: the main screens with demo data, as PNGs in docs/screenshots/ (used by the
 * README). Needs a built renderer (`npm run build:renderer`) and Debian's chromium.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startPreview, ROOT } from '../tests/e2e/harness';
import { buildBridge } from '../tests/e2e/preview';

const OUT = join(ROOT, 'docs', 'screenshots');
/** One screen or more per module (README "Screens"), in the order of the menu. */
const SCREENS: [name: string, hash: string][] = [
  ['start', '#/'],
  ['vandaag', '#/vandaag'],
  ['agenda', '#/agenda'],
  ['dagoverzicht', '#/dagoverzicht'],
  ['facturen', '#/facturen'],
  ['gebouw', '#/gebouw'],
  ['openingstijden', '#/gebouw/openingstijden'],
  ['ruimtes', '#/ruimtes'],
  ['vrijwilligers', '#/vrijwilligers'],
  ['rooster', '#/rooster'],
  ['aanvragen', '#/aanvragen'],
  ['vergaderingen', '#/vergaderingen'],
  ['activiteiten', '#/activiteiten'],
  ['bereik', '#/bereik'],
  ['privacy', '#/privacy'],
  ['import-export', '#/import-export'],
  ['accounts', '#/accounts'],
  ['auditlog', '#/auditlog'],
  ['back-ups', '#/back-ups'],
];

mkdirSync(OUT, { recursive: true });
// The preview runs the bundled bridge; built fresh so the screenshots show the current code.
buildBridge();
const preview = await startPreview({ demo: true });
const { browser, page } = await launch();
try {
  await page.goto(preview.url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.screenshot({ path: join(OUT, 'eerste-start.png') });
  await page.evaluate(async () => {
    const res = await fetch('/api/setup.firstRun', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        buildingName: 'Huis van de Wijk De Wilgenhof',
        user: { name: 'Bea de Beheerder', username: 'bea', password: 'voorbeeld-wachtwoord' },
        demo: true,
      }),
    });
    if (!res.ok) throw new Error(await res.text());
  });
  await page.reload();
  await page.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill('bea');
  await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('voorbeeld-wachtwoord');
  await page.screenshot({ path: join(OUT, 'inloggen.png') });
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation').waitFor();
  for (const [name, hash] of SCREENS) {
    await page.goto(`${preview.url}/${hash}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await preview.stop();
}
