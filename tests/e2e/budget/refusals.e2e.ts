import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalNear, testToday, useE2E } from '../harness';

// Issue 18, point 3: a refused action is shown where the user acted, in view, with the focus on it; not only as a
// notification in the corner or a message far above the button.

const { page, preview, api } = useE2E({ demoHouse: true });

const inDays = (days: number) => {
  const d = new Date(`${testToday()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe('a refused action on a meeting item', () => {
  it('shows the refusal next to the button, in view and with the focus', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const list = await api<{ id: number; title: string }[]>('applications.list', { search: 'Buurtconciërge' });
    const applicationId = list[0]!.id;
    const checklist = await api<{ items: { criterionId: number }[] }>('eligibility.checklist', { applicationId });
    await api('applications.assess', {
      id: applicationId,
      assessedOn: testToday(),
      answers: checklist.items.map((i) => ({ criterionId: i.criterionId, met: true, note: '' })),
    });
    const meeting = await api<{ id: number }>('meetings.create', {
      date: inDays(14),
      startTime: '19:30',
      location: 'Grote zaal',
      roomId: null,
      notes: '',
    });
    await api('meetings.setAgenda', { id: meeting.id, applicationIds: [applicationId] });

    await page.goto(`${preview.url}/#/vergaderingen/${meeting.id}`);
    await page.getByRole('combobox', { name: 'Lid', exact: true }).first().click();
    await page.getByRole('option', { name: 'Kees van Leeuwen' }).click();
    await page.getByRole('textbox', { name: 'Reden van de belangenverstrengeling' }).fill('Buurman van de aanvrager');
    // Meanwhile, on the other laptop, the meeting is cancelled and its item goes: the core refuses the declaration
    // with an error on the item id, a field not on screen (it used to show nothing at all).
    await api('meetings.cancel', { id: meeting.id, reason: 'De zaal is niet beschikbaar.' });
    const button = page.getByRole('button', { name: 'Melding vastleggen' });
    await button.scrollIntoViewIfNeeded();
    await button.click();

    await expect.poll(async () => (await refusalNear(page, button)).role).toBe('alert');
    const shown = await refusalNear(page, button);
    expect(shown.text).toBe('Dat lukte nietDit agendapunt bestaat niet.');
    expect(shown.inView).toBe(true);
    expect(shown.distance).toBeLessThan(300);
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: join(process.cwd(), 'test-results', 'e2e-weigering-bij-knop.png') });
  });
});
