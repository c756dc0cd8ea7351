import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, addDays, expectAccessible, openFromMenu, signIn, snap, testToday, useE2E } from '../harness';

const nav = (page: import('playwright-core').Page) => page.getByRole('navigation');

describe('an empty house', () => {
  const { page, preview } = useE2E();

  it('opens on "Zo begin je", says nobody could cover, and says "no opening hours" once', async () => {
    await page.goto(preview.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.evaluate(async (secret) => {
      const res = await fetch('/api/setup.firstRun', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          buildingName: 'Huis van de Wijk Leeg',
          user: { name: 'Bea', username: 'bea', password: secret },
        }),
      });
      if (!res.ok) throw new Error(await res.text());
    }, DEMO_PASSWORD);
    await page.reload();
    await signIn(page, 'bea', DEMO_PASSWORD);
    const steps = page.getByRole('region', { name: 'Zo begin je' });
    await steps.getByText('0 van 6 gedaan').waitFor();
    for (const step of [
      'Ruimtes invoeren',
      'Openingstijden vastleggen',
      'Tarieven instellen',
      'Huurders toevoegen',
      'Vrijwilligers inschrijven',
      'Accounts maken',
    ])
      await steps.getByRole('link', { name: step }).waitFor();
    const duty = page.getByRole('region', { name: 'Dienst en dekking' });
    await duty.getByText('Niet nodig').waitFor();
    await duty.getByText(/Er staan nog geen vrijwilligers in het register/).waitFor();
    expect(await duty.getByText(/steeds een BHV'er en een sleutelhouder/).count()).toBe(0);
    expect(await page.getByText(/geen opening of sluiting vast te leggen/).count()).toBe(1);
    await expectAccessible(page, 'vandaag leeg huis');
    await snap(page, 'vandaag-leeg-huis');
    // Each step leads to where it is done.
    await steps.getByRole('link', { name: 'Openingstijden vastleggen' }).click();
    await page.getByRole('tab', { name: 'Openingstijden', selected: true }).waitFor();
  });
});

describe('one home per role, and the menu by module', () => {
  const { page, api } = useE2E({ demoHouse: true });

  it("groups the beheerder's menu under foldable headings", async () => {
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    for (const group of [
      'Vandaag',
      'Gebouw en verhuur',
      'Vrijwilligers',
      'Lokaal Budget',
      'Activiteiten en bereik',
      'Beheer',
    ])
      expect(await nav(page).getByRole('button', { name: group }).getAttribute('aria-expanded')).toBe('true');
    await nav(page).getByRole('button', { name: 'Lokaal Budget' }).click();
    await nav(page).getByRole('link', { name: 'Aanvragen', exact: true }).waitFor({ state: 'hidden' });
    expect(await nav(page).getByRole('button', { name: 'Lokaal Budget' }).getAttribute('aria-expanded')).toBe('false');
    await nav(page).getByRole('button', { name: 'Lokaal Budget' }).click();
    await expectAccessible(page, 'menu beheerder');
    await openFromMenu(page, 'Aanvragen');
  });

  it('gives the coördinator one home with duty, roster gaps and certificates', async () => {
    await api('users.create', {
      name: 'Cor Coördinator',
      username: 'cor',
      role: 'coordinator',
      password: DEMO_PASSWORD,
    });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await signIn(page, 'cor', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor();
    expect(await nav(page).getByRole('link', { name: 'Vandaag', exact: true }).count()).toBe(0);
    expect(await nav(page).getByRole('button', { name: 'Lokaal Budget' }).count()).toBe(0);
    await page.getByRole('region', { name: 'Dienst en dekking' }).waitFor();
    const gaps = page.getByRole('region', { name: 'Gaten in het rooster, komende 14 dagen' });
    await gaps.getByText(/diensten? (heeft|hebben) nog te weinig mensen/).waitFor();
    await page
      .getByRole('region', { name: 'Aandacht nodig' })
      .getByText(/verloopt op/)
      .first()
      .waitFor();
    await expectAccessible(page, 'start coördinator');
    await snap(page, 'start-coordinator');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
  });

  it('gives a committee member the next meeting, what to read and their declarations', async () => {
    await signIn(page, 'bea', DEMO_PASSWORD);
    // A commissie account belongs to a committee member from the moment it is made: here a new resident member.
    await api('users.create', {
      name: 'Henk Commissie',
      username: 'henk',
      role: 'commissie',
      password: DEMO_PASSWORD,
      committee: { kind: 'nieuw', termFrom: addDays(testToday(), -30), isResident: true, voting: true },
    });
    // The demo's open applications are still being assessed: one passes the checklist and goes on the agenda.
    const [app] = await api<{ id: number; title: string }[]>('applications.list', { statuses: ['ingediend'] });
    const checklist = await api<{ items: { criterionId: number }[] }>('eligibility.checklist', {
      applicationId: app!.id,
    });
    await api('applications.assess', {
      id: app!.id,
      assessedOn: testToday(),
      answers: checklist.items.map((c) => ({ criterionId: c.criterionId, met: true, note: 'Gecontroleerd.' })),
    });
    const apps = [app!];
    const meeting = await api<{ id: number }>('meetings.create', { date: addDays(testToday(), 9), startTime: '19:30' });
    await api('meetings.setAgenda', { id: meeting.id, applicationIds: [apps[0]!.id] });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await signIn(page, 'henk', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor();
    const next = page.getByRole('region', { name: 'Volgende vergadering' });
    await next.getByRole('link', { name: new RegExp(apps[0]!.title) }).waitFor();
    await next.getByRole('link', { name: 'Vergaderstuk lezen' }).waitFor();
    await page.getByRole('region', { name: 'Je meldingen van belangenverstrengeling' }).waitFor();
    expect(await nav(page).getByRole('button', { name: 'Vrijwilligers' }).count()).toBe(0);
    await nav(page).getByRole('link', { name: 'Vergaderingen', exact: true }).waitFor();
    await expectAccessible(page, 'start commissie');
    await snap(page, 'start-commissie');
  });
});
