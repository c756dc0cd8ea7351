import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../bridge/pdf';
import { openHouse } from '../../../db/house';
import { fails, ok, setUp, tempDir, tokenFor } from '../../helpers';
import { testClock } from '../../clock';
import { RENDERER_DIR, pdfText } from './pdfFiles';

// invoices.pdf: the beheerder downloads the invoice as the PDF the mail would attach, made by the house's own
// renderer (here the preview's, in the machine's Chromium).
const pdf = createChromiumPdfRenderer({ rendererDir: RENDERER_DIR });

afterAll(async () => {
  await pdf.close();
});

async function houseWithInvoice(services: { pdf?: typeof pdf }) {
  const core = await openHouse({ dataDir: tempDir(), clock: testClock(), services });
  const token = await setUp(core, true);
  const renters = await ok<{ rows: { id: number; name: string }[] }>(core, token, 'renters.list', { limit: 100 });
  for (const renter of renters.rows) {
    const query = { renterId: renter.id, from: '2026-11-01', to: '2026-12-31' };
    if ((await ok<{ lines: unknown[] }>(core, token, 'invoices.candidates', query)).lines.length > 0) {
      const created = await ok(core, token, 'invoices.create', query);
      return { core, token, invoice: created.invoice as { id: number; number: string }, renter: renter.name };
    }
  }
  throw new Error('het voorbeeldhuis heeft geen boekingen om te factureren');
}

describe('invoices.pdf', () => {
  it('gives the beheerder the invoice as a PDF file, the same document as the printout', async () => {
    if (!existsSync(join(RENDERER_DIR, 'document.html')))
      throw new Error(`${RENDERER_DIR}/document.html ontbreekt: voer eerst "npm run build:renderer" uit.`);
    const { core, token, invoice, renter } = await houseWithInvoice({ pdf });
    try {
      const file = await ok<{ fileName: string; base64: string }>(core, token, 'invoices.pdf', { id: invoice.id });
      expect(file.fileName).toBe(`factuur-${invoice.number}.pdf`);
      const text = pdfText(Buffer.from(file.base64, 'base64'));
      expect(text).toContain(invoice.number);
      expect(text).toContain(renter);
      expect(text).toContain('Factuurnummer');
      expect((await fails(core, token, 'invoices.pdf', { id: 9999 })).code).toBe('NOT_FOUND');
    } finally {
      core.close();
    }
  });

  it('says in Dutch what to do when the program has no PDF printer, and is for the beheerder only', async () => {
    const { core, token, invoice } = await houseWithInvoice({});
    try {
      const error = await fails(core, token, 'invoices.pdf', { id: invoice.id });
      expect(error.code).toBe('UNAVAILABLE');
      expect(error.message).toContain('Opslaan als pdf');
      expect((await fails(core, null, 'invoices.pdf', { id: invoice.id })).code).toBe('UNAUTHENTICATED');
      const coordinator = await tokenFor(core, token, 'coordinator');
      expect((await fails(core, coordinator, 'invoices.pdf', { id: invoice.id })).code).toBe('FORBIDDEN');
    } finally {
      core.close();
    }
  });

  it('says in Dutch that the preview needs Chromium when it is not there', async () => {
    const { core, token, invoice } = await houseWithInvoice({
      pdf: createChromiumPdfRenderer({ rendererDir: RENDERER_DIR, executablePath: '/nergens/chromium' }),
    });
    try {
      const error = await fails(core, token, 'invoices.pdf', { id: invoice.id });
      expect(error.code).toBe('UNAVAILABLE');
      expect(error.message).toContain('/nergens/chromium');
      expect(error.message).toContain('Installeer Chromium');
    } finally {
      core.close();
    }
  });
});
