import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../db/platform/core';
import { API } from '../../../db/contract/api';
import type { MethodSpec } from '../../../db/contract/method';
import { dispatch } from '../../../db/contract/dispatch';
import { validExample } from '../../integration/contract/schema-examples';
import { DEMO_PASSWORD, snap, signIn, testToday, useE2E } from '../harness';
import { seedDemoHouse } from '../seed';

// Hostile text in every text field the write methods of every module accept, stored through the API before the
// preview starts; then every page, drawer and document that shows those fields is opened in Chromium. Nothing
// may run: no script, no event handler, no javascript: URL — the text is shown as text.

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
];

/** Methods that end sessions, change accounts or settings, swap or export the database, or only remove things. */
const NOT_FILLED =
  /^(auth|setup|settings|backups|recovery|privacy|transfer)\.|^users\.(update|resetPassword)$|\.(delete|archive|restore|remove\w*|cancel|withdraw|close|void|deleteCertificate|deleteAbsence)$/;
/** Calls the generated example cannot make on the demo data (a free slot, an empty renter, a commissie account): the fields that make them fit. */
const today = testToday();
const FIT: Record<
  string,
  Record<string, unknown> | ((core: Core, input: Record<string, unknown>) => Record<string, unknown>)
> = {
  'bookings.create': { date: today, startTime: '07:00', endTime: '07:30', recurrence: null, status: 'bevestigd' },
  'applications.create': { partners: [] },
  'committee.createMember': { userId: null },
  'keys.handOut': { holderKind: 'vrijwilliger', renterId: null },
  // A shift keeps its own date (another day may already have one of its template, depending on the weekday).
  'roster.updateShift': (core, input) =>
    core.db.prepare('SELECT date FROM shifts WHERE id = ?').get(input.id) as { date: string },
  'roster.updateAssignment': { actualStart: null, actualEnd: null, noShow: false },
  // The seeding house has no secret store: an account without a password.
  'mailserver.update': { password: undefined },
  'templates.update': { key: 'boeking.bevestiging' },
  'templates.reset': { key: 'boeking.bevestiging' },
};
/** Write methods that carry no text of their own or need a state the demo house is not in; each is covered by its module's tests. */
const NO_TEXT_OR_STATE = new Set([
  'invoices.create',
  'invoices.markPaid',
  'logbook.acknowledge',
  'checklists.record',
  'allowances.pay',
  'attendance.walkInSession',
  'budget.createYear',
  'budget.updateYear',
  'budget.createRound',
  'budget.updateRound',
  'applications.update',
  'applications.submit',
  'applications.assess',
  'meetings.update',
  'meetings.setAgenda',
  'meetings.attendance',
  'meetings.open',
  'meetings.declare',
  'meetings.withdrawDeclaration',
  'meetings.score',
  'meetings.propose',
  'meetings.vote',
  'meetings.decide',
  'grants.addPayment',
  'grants.markPaid',
  'grants.account',
  'tariffs.update',
  'roster.assign',
  'committee.updateMember',
  'bookings.move',
  'attendance.tally',
  'meetings.mailInvitation',
  'outbox.resend',
]);

let invoiceId: number | null = null;
const stored: string[] = [];
const dialogs: string[] = [];

/** Hostile text written over and next to the demo house's own, through the API as any caller would. */
async function storeHostileText(core: Core, token: string): Promise<{ failed: string[]; invoiceId: number | null }> {
  let n = 0;
  // A number after the payload keeps names unique (two rooms may not share one) without hiding the payload.
  const text = () => `${PAYLOADS[n % PAYLOADS.length]} ${++n}`;
  const methods = (Object.entries(API) as [string, MethodSpec][]).filter(
    ([name, spec]) => spec.mode === 'write' && !NOT_FILLED.test(name),
  );
  let pending = methods;
  const reasons = new Map<string, string>();
  // Twice: a call that needs another's result first (a key handed out only after it came back) gets a second go.
  for (let pass = 0; pass < 2; pass++) {
    const failed: typeof pending = [];
    for (const [name, spec] of pending) {
      const input = validExample(spec.input, text) as Record<string, unknown> | undefined;
      if (!input) continue;
      const fit = FIT[name];
      Object.assign(
        input,
        typeof fit === 'function' ? fit(core, input) : fit,
        'confirmWarnings' in input ? { confirmWarnings: true } : {},
      );
      const result = await dispatch(core, name, input, token);
      if (result.ok) stored.push(name);
      else {
        failed.push([name, spec]);
        reasons.set(name, result.error.message);
      }
    }
    pending = failed;
  }
  const invoice = core.db.prepare('SELECT min(id) AS id FROM invoices').get() as { id: number | null };
  return { failed: pending.map(([name]) => `${name}: ${reasons.get(name)}`), invoiceId: invoice.id };
}

const { page, preview } = useE2E({
  prepare: async (dataDir) => {
    const seeded = await seedDemoHouse(dataDir, storeHostileText);
    invoiceId = seeded.invoiceId;
    expect(seeded.failed.filter((line) => !NO_TEXT_OR_STATE.has(line.split(':')[0]!))).toEqual([]);
  },
  timeoutMs: 120_000,
});

beforeAll(() => {
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
});

/** Which payloads the screen shows as text; and that none of them ran. */
async function shownPayloads(screen: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const { xss, text } = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    text: document.body.innerText,
  }));
  expect(xss, `${screen}: a stored payload ran`).toBeUndefined();
  expect(dialogs, screen).toEqual([]);
  return PAYLOADS.filter((p) => text.includes(p));
}

async function visit(route: string): Promise<string[]> {
  await page.goto(`${preview.url}/#${route}`);
  // Documents (letters, minutes) have their own title instead of a page heading.
  await page
    .locator('h1, h2')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(async (error: Error) => {
      await snap(page, `e2e-escaping-failed-${route.replaceAll('/', '-')}`);
      throw new Error(`${route}: ${error.message}`);
    });
  return shownPayloads(route);
}

describe('hostile text in every field is shown as text on every page', () => {
  it('stored hostile text through the write methods of every module', () => {
    const modules = new Set(stored.map((name) => name.split('.')[0]));
    for (const module of [
      'building',
      'rooms',
      'renters',
      'tariffs',
      'bookings',
      'logbook',
      'checklists',
      'incidents',
      'defects',
      'keys',
      'house',
      'volunteers',
      'roster',
      'activities',
      'attendance',
      'applications',
      'eligibility',
      'committee',
      'meetings',
      'users',
      'closures',
    ]) {
      expect(modules.has(module), module).toBe(true);
    }
  });

  it('uses payloads that do run when a page inserts them as HTML (so their silence below means something)', async () => {
    const control = await page.context().newPage();
    try {
      for (const payload of PAYLOADS.slice(0, 3)) {
        await control.setContent(`<main>${payload}</main>`);
        await expect.poll(() => control.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBe(1);
      }
      await control.setContent(`<a href="${PAYLOADS[3]}">link</a>`);
      await control.click('a');
      await expect.poll(() => control.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBe(1);
    } finally {
      await control.close();
    }
  });

  it('signs in with the hostile house', async () => {
    await page.goto(preview.url);
    await signIn(page, 'bea', DEMO_PASSWORD);
    expect(await shownPayloads('start')).not.toEqual([]);
  });

  it('runs nothing on any page of the navigation, and shows the hostile text literally', async () => {
    const links = await page
      .getByRole('navigation')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    const routes = [...new Set(links.filter((h) => h.startsWith('#/')).map((h) => h.slice(1)))];
    expect(routes.length).toBeGreaterThan(20);
    const shown = new Map<string, string[]>();
    for (const route of routes) shown.set(route, await visit(route));
    // The pages that list what was just stored must show it.
    for (const route of [
      '/ruimtes',
      '/huurders',
      '/logboek',
      '/storingen',
      '/sleutels',
      '/huisregels',
      '/vrijwilligers',
      '/activiteiten',
      '/aanvragen',
      '/commissie',
      '/vergaderingen',
      '/accounts',
      '/auditlog',
    ]) {
      if (shown.has(route)) expect(shown.get(route), route).not.toEqual([]);
    }
    const everywhere = new Set([...shown.values()].flat());
    expect([...everywhere].sort()).toEqual([...PAYLOADS].sort());
    await snap(page, 'e2e-escaping-auditlog');
  });

  it('runs nothing in tabs, detail pages and documents: building, roster, checklists, keys, reach, incidents, volunteers, invoices, applications, letters, minutes', async () => {
    const details = [
      '/gebouw/profiel',
      '/gebouw/openingstijden',
      '/gebouw/sluitingen',
      '/rooster/week',
      '/rooster/gaten',
      '/rooster/sjablonen',
      '/openen-sluiten/opening',
      '/openen-sluiten/sluiting',
      '/openen-sluiten/punten',
      '/bereik/kwartaal',
      '/agenda',
      '/dagoverzicht',
      '/foyer',
      '/programma',
      '/incidenten/1',
      '/vrijwilligers/1',
      '/vrijwilligers/2',
      ...(invoiceId ? [`/facturen/${invoiceId}`] : []),
      '/aanvragen/1',
      '/aanvragen/1/brief',
      '/aanvragen/2',
      '/aanvragen/2/brief',
      '/vergaderingen/1',
      '/vergaderingen/1/agenda',
      '/vergaderingen/1/notulen',
    ];
    const shown = new Map<string, string[]>();
    for (const route of details) shown.set(route, await visit(route));
    for (const route of [
      '/gebouw/profiel',
      '/gebouw/sluitingen',
      '/rooster/week',
      '/rooster/sjablonen',
      '/openen-sluiten/punten',
      '/incidenten/1',
      '/vrijwilligers/1',
      '/aanvragen/1',
      '/aanvragen/1/brief',
      '/dagoverzicht',
      '/foyer',
    ]) {
      expect(shown.get(route), route).not.toEqual([]);
    }
    await snap(page, 'e2e-escaping-letter');
  });

  it('runs nothing in the booking drawer and the key hand-out history', async () => {
    await visit('/agenda');
    await snap(page, 'e2e-escaping-agenda');
    // The booking stored today at 07:00 with a hostile title.
    await page.locator('.fc-event', { hasText: '07:00' }).first().click();
    await page.getByRole('dialog').waitFor();
    expect(await shownPayloads('booking drawer')).not.toEqual([]);
    await snap(page, 'e2e-escaping-booking');
    await page.keyboard.press('Escape');
    await visit('/sleutels');
    await page.getByRole('tab', { name: 'Per persoon' }).click();
    expect(await shownPayloads('key holders')).not.toEqual([]);
  });

  it('runs nothing in the printable weekly programme, as poster and as flyer', async () => {
    await visit('/programma');
    for (const layout of ['Poster (A4)', 'Flyer (A5)']) {
      await page.getByText(layout, { exact: true }).click();
      await page.emulateMedia({ media: 'print' });
      expect(await shownPayloads(`programma ${layout}`), layout).not.toEqual([]);
      await page.emulateMedia({ media: 'screen' });
    }
    await snap(page, 'e2e-escaping-flyer');
  });
});
