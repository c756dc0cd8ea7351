import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { refusalNear, ROOT, testToday, useE2E } from '../harness';

// Issue 18, point 3: a refused one-button action (a backup, removing an instalment, restoring a room) is shown where
// the user acted: next to the button, under its table or header, in view and with the focus; not as a red
// notification in the corner.

const { page, preview, api } = useE2E({ demoHouse: true });

beforeAll(async () => {
  await page.setViewportSize({ width: 1366, height: 768 });
});

/** Clicks the control and expects its refusal, with this text, close by, in view, focused, and nothing in the corner. */
async function expectRefusedHere(control: Locator, message: string, near: number, screenshot?: string) {
  await control.scrollIntoViewIfNeeded();
  await control.click();
  await expect.poll(async () => (await refusalNear(page, control)).role).toBe('alert');
  const shown = await refusalNear(page, control);
  expect(shown.text).toBe(`Dat lukte niet${message}`);
  expect(shown.inView).toBe(true);
  expect(shown.distance).toBeLessThan(near);
  expect(shown.notifications).toBe(0);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: join(ROOT, 'test-results', `${screenshot}.png`) });
}

describe('a refused action shows where the user acted', () => {
  it('a backup that cannot be made: under the button in the page header', async () => {
    // The backup folder is unusable (a file stands in its place), as on a full or unplugged disk.
    const backupDir = join(preview.dataDir, 'backups');
    await page.goto(`${preview.url}/#/back-ups`);
    await page.getByRole('heading', { level: 1, name: 'Back-ups' }).waitFor();
    renameSync(backupDir, `${backupDir}-weg`);
    writeFileSync(backupDir, 'geen map');
    try {
      const button = page.getByRole('button', { name: 'Back-up maken' });
      await button.click();
      await expect.poll(async () => (await refusalNear(page, button)).role).toBe('alert');
      const shown = await refusalNear(page, button);
      expect(shown.text).toMatch(/^Dat lukte nietDe back-up kon niet worden geschreven/);
      expect(shown.inView).toBe(true);
      expect(shown.distance).toBeLessThan(120);
      expect(shown.notifications).toBe(0);
      if (process.env.SCREENSHOTS)
        await page.screenshot({ path: join(ROOT, 'test-results', 'e2e-weigering-back-up.png') });
    } finally {
      rmSync(backupDir);
      renameSync(`${backupDir}-weg`, backupDir);
    }
  });

  it('removing an instalment that was paid meanwhile: under the payments table', async () => {
    const [application] = await api<{ id: number }[]>('applications.list', { search: 'Huiswerkklas' });
    const full = await api<{ payments: { id: number; paidOn: string | null }[] }>('applications.get', {
      id: application!.id,
    });
    const planned = full.payments.find((p) => !p.paidOn)!;
    await page.goto(`${preview.url}/#/aanvragen/${application!.id}`);
    const remove = page.getByRole('button', { name: /^Geplande termijn van .* verwijderen$/ });
    await remove.waitFor();
    // Meanwhile, at the other desk, the treasurer records it as paid.
    await api('grants.markPaid', { id: planned.id, paidOn: testToday(), reference: 'BET-2026-200' });
    await expectRefusedHere(
      remove,
      'Een betaalde termijn blijft staan; een teveel betaald bedrag wordt bij de afrekening terugbetaald.',
      200,
      'e2e-weigering-termijn',
    );
  });

  it('restoring a room that was restored meanwhile: under the rooms table', async () => {
    const rooms = await api<{ id: number; name: string }[]>('rooms.list', {});
    const room = rooms[rooms.length - 1]!;
    await api('rooms.archive', { id: room.id });
    await page.goto(`${preview.url}/#/ruimtes`);
    await page.getByRole('switch', { name: 'Toon gearchiveerde' }).check({ force: true });
    const restore = page.getByRole('button', { name: `${room.name} terugzetten` });
    await restore.waitFor();
    await api('rooms.restore', { id: room.id });
    await expectRefusedHere(restore, 'Deze ruimte is al actief.', 400);
  });
});
