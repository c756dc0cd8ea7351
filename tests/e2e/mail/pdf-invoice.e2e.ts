import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedText, snap, useE2E } from '../harness';

// The beheerder downloads an invoice as PDF in the preview (the bundled bridge, its renderer in the machine's
// Chromium): the file is the document the print view prints, word for word.
const { page, preview, api } = useE2E({ demoHouse: true });

const words = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('Pdf downloaden on an invoice', () => {
  it('saves the same document as the printout', async () => {
    const renters = await api<{ rows: { id: number }[] }>('renters.list', { limit: 100 });
    let id = 0;
    for (const renter of renters.rows) {
      const query = { renterId: renter.id, from: '2026-11-01', to: '2026-12-31' };
      if ((await api<{ lines: unknown[] }>('invoices.candidates', query)).lines.length === 0) continue;
      id = (await api<{ invoice: { id: number } }>('invoices.create', query)).invoice.id;
      break;
    }
    expect(id).toBeGreaterThan(0);
    await page.goto(`${preview.url}/#/facturen/${id}`);
    const button = page.getByRole('button', { name: 'Pdf downloaden' });
    await button.waitFor();
    await snap(page, 'invoice-download-pdf');

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^factuur-\d{4}-\d{4}\.pdf$/);
    const file = readFileSync((await download.path())!);
    const downloaded = execFileSync('pdftotext', ['-', '-'], { input: file, encoding: 'utf8' });
    const printed = await printedText(page);
    expect(words(downloaded)).toContain(download.suggestedFilename().slice(8, 17));
    expect(words(downloaded)).toBe(words(printed));
  });
});
