import { describe, expect, it } from 'vitest';
import { expectAccessible, snap, useE2E } from '../harness';
import { giveAddresses, outboxRows } from './mailOutbox';

const { page, preview } = useE2E({ demoHouse: true });

describe('group message', () => {
  it('shows the recipients before sending, then queues one message each', async () => {
    await giveAddresses(page, ['Kees Verhoeven', 'Jan de Graaf']);
    await page.getByRole('navigation').getByRole('link', { name: 'Groepsbericht', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Groepsbericht' }).waitFor();
    const send = page.getByRole('button', { name: 'Versturen' });
    expect(await send.isDisabled()).toBe(true);

    await page.getByText('Actieve vrijwilligers', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Onderwerp' }).fill('Nieuwjaarsborrel');
    await page
      .getByRole('textbox', { name: 'Tekst' })
      .fill('Beste vrijwilligers,\n\nOp 9 januari drinken we samen iets.');
    await page.getByRole('button', { name: 'Ontvangers bekijken' }).click();
    const table = page.getByRole('table', { name: 'Ontvangers van het groepsbericht' });
    await table.waitFor();
    await expect.poll(() => page.getByTestId('recipient-count').textContent()).toBe('2 mensen krijgen dit bericht');
    expect(await table.getByText('Geen e-mailadres').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'groepsbericht');
    await page.setViewportSize({ width: 1366, height: 768 });
    await snap(page, 'e2e-groepsbericht');

    await send.click();
    await page.getByRole('status').getByText('2 e-mails staan klaar in de postvak-uit.').waitFor();
    // The demo house's outbox already holds a group message of its own; this one is the newest group.
    const all = outboxRows(preview.dataDir, 'groep');
    const newest = Math.max(...all.map((r) => r.group_id));
    const rows = all.filter((r) => r.group_id === newest);
    expect(rows.map((r) => r.to_address).sort()).toEqual(['jan@voorbeeld.example', 'kees@voorbeeld.example']);
    expect(rows.every((r) => r.subject === 'Nieuwjaarsborrel')).toBe(true);
  });
});
