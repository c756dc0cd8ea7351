import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/contract/dispatch';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../db/modules/transfer/schemas';
import { fails, ok, openCore, setUp } from '../../helpers';
import { ONE_STRING, sheetOfRows, xlsx } from './xlsx-build';

// A 5 MB spreadsheet with a million rows took 1.4 GB and blocked every request for nine seconds, because the
// whole workbook was built before the row limit was looked at. Now the sheet is read streaming and the read stops
// at the limit; a file that unpacks to far more than it weighs (a zip bomb) stops at an unpacking budget.

const analyze = (bytes: Buffer) => ({
  kind: 'rooms',
  fileName: 'ruimtes.xlsx',
  contentBase64: bytes.toString('base64'),
});

/** Calls `work` while counting how often the event loop got a turn, and how far the memory in use grew. */
async function watched<T>(work: () => Promise<T>): Promise<{ result: T; turns: number; growthMb: number }> {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  let turns = 0;
  let running = true;
  const tick = () => {
    turns++;
    peak = Math.max(peak, process.memoryUsage().rss);
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work();
  running = false;
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, turns, growthMb: (peak - baseline) / 1024 / 1024 };
}

describe('reading a large XLSX file', () => {
  it('stops a million-row sheet at the row limit, with bounded memory, while other requests are answered', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const bytes = xlsx(sheetOfRows(1_000_000), ONE_STRING);
    expect(bytes.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);

    let answered = 0;
    const { result, turns, growthMb } = await watched(async () => {
      const parse = dispatch(core, 'transfer.analyze', analyze(bytes), token);
      // Another user's request, sent while the file is being read, is answered before the read is done.
      let done = false;
      void parse.then(() => (done = true));
      while (!done) {
        const other = await dispatch(core, 'rooms.list', {}, token);
        if (other.ok && !done) answered++;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return parse;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fieldErrors).toEqual({
      contentBase64: [`Een import mag hoogstens ${MAX_IMPORT_ROWS} rijen hebben. Splits het bestand in delen.`],
    });
    expect(turns).toBeGreaterThan(10);
    expect(answered).toBeGreaterThan(5);
    expect(growthMb).toBeLessThan(300);
  }, 60_000);

  it('reads a sheet right at the limit', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const a = await ok(core, token, 'transfer.analyze', analyze(xlsx(sheetOfRows(MAX_IMPORT_ROWS), ONE_STRING)));
    expect(a.headers).toEqual(['Naam']);
    expect(a.rowCount).toBe(MAX_IMPORT_ROWS);
  });

  it('stops a zip bomb (a small file that unpacks to hundreds of megabytes) at the unpacking budget', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    // One cell of 128 MB of spaces: a few hundred kilobytes packed, no rows to count.
    const huge = Buffer.alloc(128 * 1024 * 1024, 0x20);
    const head = Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c t="inlineStr"><is><t>`);
    const tail = Buffer.from('</t></is></c></row></sheetData></worksheet>');
    const bomb = xlsx(Buffer.concat([head, huge, tail]));
    expect(bomb.length).toBeLessThan(MAX_IMPORT_BYTES);
    const { result, growthMb } = await watched(() => dispatch(core, 'transfer.analyze', analyze(bomb), token));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.fieldErrors?.contentBase64?.[0]).toMatch(/^Dit Excel-bestand is uitgepakt groter dan 64 MB/);
    expect(growthMb).toBeLessThan(300);

    // The same in the shared strings, which are kept in memory.
    const strings = Buffer.concat([Buffer.from(`<sst xmlns="${MAIN}"><si><t>`), huge, Buffer.from('</t></si></sst>')]);
    const refused = await fails(core, token, 'transfer.analyze', analyze(xlsx(sheetOfRows(3), strings)));
    expect(refused.fieldErrors?.contentBase64?.[0]).toMatch(/uitgepakt groter dan 64 MB/);
  }, 60_000);

  it('refuses a cell far to the right without making room for the columns in between', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c><c r="ZZZZZZZZ1" t="inlineStr"><is><t>Ver</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Zaal</t></is></c></row></sheetData></worksheet>`;
    const refused = await fails(core, token, 'transfer.analyze', analyze(xlsx(sheet)));
    expect(refused.fieldErrors).toEqual({ contentBase64: ['Een importbestand mag hoogstens 100 kolommen hebben.'] });
  });
});
