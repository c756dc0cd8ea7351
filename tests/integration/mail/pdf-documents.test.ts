import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../bridge/pdf';
import type { Core } from '../../../db/platform/core';
import type { PdfRenderer } from '../../../db/platform/services';
import { documentData, rosterId } from '../../../db/modules/mail/documents';
import { formatDate, formatMoney } from '../../../renderer/src/format';
import { ok, openCore, setUp } from '../../helpers';
import { RENDERER_DIR, pdfInfo, pdfText, words } from './pdfFiles';

// The PDF of each document through the preview's real renderer: the built document page in the machine's
// Chromium, printed by Chromium. pdftotext reads it back, and the texts must be those the print view shows for the
// same data (which documentData must give exactly as the read method behind the print view does).
const rendererDir = RENDERER_DIR;

let core: Core;
let token: string;
let pdf: PdfRenderer;

// The helpers close a house after each test: every test gets its own demo house (one renderer serves them all).
beforeEach(async () => {
  core = await openCore();
  token = await setUp(core, true);
});

beforeAll(async () => {
  if (!existsSync(join(rendererDir, 'document.html')))
    throw new Error(`${rendererDir}/document.html ontbreekt: voer eerst "npm run build:renderer" uit.`);
  pdf = createChromiumPdfRenderer({ rendererDir });
});

afterAll(async () => {
  await pdf?.close?.();
});

async function render(kind: Parameters<typeof documentData>[1], data: unknown, language: 'nl' | 'en' = 'nl') {
  const bytes = await pdf.render({ kind, data, language });
  // WIJKHUIS_KEEP_PDF=<folder> keeps the files, to look at them.
  if (process.env.WIJKHUIS_KEEP_PDF)
    writeFileSync(join(process.env.WIJKHUIS_KEEP_PDF, `${kind}-${language}.pdf`), bytes);
  return bytes;
}

/** An invoice of the demo house: the first renter with confirmed, priced bookings in the demo's months. */
async function demoInvoice(): Promise<number> {
  const renters = await ok<{ rows: { id: number }[] }>(core, token, 'renters.list', { limit: 100 });
  for (const renter of renters.rows) {
    const query = { renterId: renter.id, from: '2026-11-01', to: '2026-12-31' };
    const preview = await ok<{ lines: unknown[] }>(core, token, 'invoices.candidates', query);
    if (preview.lines.length > 0) return (await ok(core, token, 'invoices.create', query)).invoice.id;
  }
  throw new Error('het voorbeeldhuis heeft geen boekingen om te factureren');
}

describe('PDF documents through the preview renderer (real Chromium)', () => {
  it('prints the invoice as its print view shows it: number, dates, renter, lines and totals', async () => {
    const id = await demoInvoice();
    const data = documentData(core.db, 'factuur', id, 'nl', { clock: core.clock });
    const shown = await ok(core, token, 'invoices.get', { id });
    expect(data).toEqual(shown);
    const bytes = await render('factuur', data);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdfInfo(bytes).paper).toBe('A4 staand');
    const text = pdfText(bytes);
    expect(text).toContain('Factuurnummer');
    expect(text).toContain(shown.invoice.number);
    expect(text).toContain(words(shown.renter.name));
    expect(text).toContain(formatDate(shown.invoice.issuedOn));
    expect(text).toContain(formatDate(shown.invoice.dueOn));
    expect(text).toContain(words(shown.sender.name));
    for (const line of shown.lines) {
      expect(text).toContain(words(line.title));
      expect(text).toContain(words(formatMoney(line.amountCents)));
    }
    expect(text).toContain(words(formatMoney(shown.invoice.subtotalCents)));
    expect(text).toContain(words(formatMoney(shown.invoice.totalCents)));
  });

  it('prints the invoice in English for an English reader, with English dates and the same amounts', async () => {
    const id = await demoInvoice();
    const data = documentData(core.db, 'factuur', id, 'en', { clock: core.clock });
    const shown = await ok(core, token, 'invoices.get', { id });
    const text = pdfText(await render('factuur', data, 'en'));
    expect(text).toContain('Invoice number');
    expect(text).not.toContain('Factuurnummer');
    expect(text).toContain(formatDate(shown.invoice.issuedOn, 'en-GB'));
    expect(text).toContain(words(formatMoney(shown.invoice.totalCents, 'en-GB')));
  });

  it('prints the decision letter: addressee, date, reference, subject, paragraphs and payments', async () => {
    // Application 2 of the demo was partly granted at the closed meeting, with payments planned.
    const data = documentData(core.db, 'besluitbrief', 2, 'nl', { clock: core.clock });
    const shown = await ok(core, token, 'applications.letter', { id: 2 });
    expect(data).toEqual(shown);
    const text = pdfText(await render('besluitbrief', data, 'en'));
    expect(text).toContain(words(shown.addressee.name));
    expect(text).toContain(words(shown.dateText));
    expect(text).toContain(shown.reference);
    expect(text).toContain(words(shown.subject));
    expect(text).toContain(words(shown.salutation));
    // The letter stays Dutch for an English reader: its sentences are the core's Dutch.
    expect(text).toContain('Kenmerk');
    for (const paragraph of shown.paragraphs) expect(text).toContain(words(paragraph).slice(0, 60));
    expect(shown.payments.length).toBeGreaterThan(0);
    for (const payment of shown.payments) expect(text).toContain(words(formatMoney(payment.amountCents)));
    for (const s of shown.signatures) expect(text).toContain(words(s.name));
  });

  it('prints the agenda pack: meeting, members, agenda and every application with its costs', async () => {
    const data = documentData(core.db, 'agendapakket', 2, 'nl', { clock: core.clock });
    const shown = await ok(core, token, 'meetings.agendaPack', { id: 2 });
    expect(data).toEqual({ ...shown, generatedAt: expect.any(String) });
    const text = pdfText(await render('agendapakket', data));
    expect(text).toContain(words(shown.title));
    expect(text).toContain(words(shown.meeting.dateText));
    for (const m of shown.members) expect(text).toContain(words(m.name));
    for (const line of shown.agenda) expect(text).toContain(words(line));
    expect(shown.items.length).toBeGreaterThan(0);
    for (const item of shown.items) {
      expect(text).toContain(`${item.application.number} ${words(item.application.title)}`);
      expect(text).toContain(words(formatMoney(item.application.totals.costsCents)));
    }
  });

  it('prints the minutes: attendance, votes, results and decisions with their amounts', async () => {
    const data = documentData(core.db, 'notulen', 1, 'nl', { clock: core.clock });
    const shown = await ok(core, token, 'meetings.minutes', { id: 1 });
    expect(data).toEqual(shown);
    const text = pdfText(await render('notulen', data));
    expect(text).toContain(words(shown.title));
    expect(text).not.toContain('Concept');
    for (const p of shown.present) expect(text).toContain(words(p.name));
    for (const item of shown.items) {
      expect(text).toContain(words(item.resultText));
      if (item.decision?.grantedCents) expect(text).toContain(words(formatMoney(item.decision.grantedCents)));
    }
    expect(text).toContain(words(formatMoney(shown.summary.grantedCents)));
  });

  it('prints the roster of a period as the wall roster, one landscape page per week, without phone numbers', async () => {
    const data = documentData(core.db, 'rooster', rosterId('2026-12-09'), 'nl', {
      clock: core.clock,
      rosterTo: '2026-12-14',
    }) as { house: string; printedOn: string; weeks: { monday: string; shifts: unknown[] }[] };
    expect(data.weeks.map((w) => w.monday)).toEqual(['2026-12-07', '2026-12-14']);
    const week = await ok<Shift[]>(core, token, 'roster.week', { from: '2026-12-07', to: '2026-12-13' });
    expect(data.weeks[0]!.shifts).toEqual(week);
    const bytes = await render('rooster', data);
    expect(pdfInfo(bytes)).toEqual({ pages: 2, paper: 'A4 liggend' });
    const text = pdfText(bytes);
    expect(text).toContain(words(data.house));
    expect(text).toContain('Week 50');
    expect(text).toContain('Week 51');
    expect(text).toContain(formatDate(data.printedOn));
    const planned = week
      .filter((s) => !s.cancelled)
      .flatMap((s) => s.assignments.filter((a) => a.status === 'ingepland'));
    expect(planned.length).toBeGreaterThan(0);
    for (const a of planned) expect(text).toContain(words(a.volunteerName));
    for (const s of week.filter((x) => !x.cancelled)) expect(text).toContain(words(s.title));
    for (const phone of planned.map((a) => a.phone).filter(Boolean)) expect(text).not.toContain(phone);
  });

  it('refuses a roster id that is not a day', () => {
    expect(() => documentData(core.db, 'rooster', 20261345, 'nl', { clock: core.clock })).toThrow(/geen datum/);
  });
});

type Shift = {
  title: string;
  cancelled: boolean | number;
  assignments: { status: string; volunteerName: string; phone: string | null }[];
};
