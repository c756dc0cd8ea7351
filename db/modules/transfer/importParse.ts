import Papa from 'papaparse';
import { ApiError } from '../../platform/errors';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './schemas';
import { XLSX_INFLATE_BUDGET, readBook, readDateStyles, readSharedStrings, readSheet } from './xlsxRead';
import { InflateBudget, XlsxFormatError, XlsxTooLargeError, openZip } from './xlsxZip';
import { msg } from '../../platform/messages';

/** One data row with its number as the spreadsheet program shows it (the header is row 1 in most files). */
export interface FileRow {
  row: number;
  cells: string[];
}

export interface ParsedFile {
  format: 'csv' | 'xlsx';
  /** The worksheets of an Excel file; empty for CSV. */
  sheets: string[];
  sheet: string | null;
  headers: string[];
  rows: FileRow[];
}

const isExcel = (fileName: string) => /\.xlsx$/i.test(fileName);

/** Reads a CSV or XLSX file into a header row and numbered data rows, all cells as trimmed text. */
export async function parseImportFile(fileName: string, bytes: Buffer, sheet: string | null): Promise<ParsedFile> {
  const parsed = isExcel(fileName)
    ? await readXlsx(bytes, sheet)
    : { format: 'csv' as const, sheets: [], sheet: null, grid: readCsv(bytes) };
  return { format: parsed.format, sheets: parsed.sheets, sheet: parsed.sheet, ...toTable(parsed.grid) };
}

/**
 * Excel on a Dutch Windows saves "CSV" in Windows-1252 and with semicolons; other programs write
 * UTF-8 with commas. Invalid UTF-8 without a byte-order mark means the older encoding.
 */
function decode(bytes: Buffer): string {
  // Excel's "Unicode text" is UTF-16 with a byte-order mark (and tabs between the cells).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes: Buffer): { row: number; cells: string[] }[] {
  const text = decode(bytes);
  if (text.includes('\u0000'))
    throw ApiError.field(
      'contentBase64',
      msg(
        'Dit is geen tekstbestand. Kies een CSV-bestand of een Excel-bestand (.xlsx).',
        'This is not a text file. Choose a CSV file or an Excel file (.xlsx).',
      ),
    );
  const result = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    throw ApiError.field(
      'contentBase64',
      msg(
        `Het bestand kan niet worden gelezen: bij rij ${(broken.row ?? 0) + 1} sluiten de aanhalingstekens niet. Controleer die rij of sla het bestand opnieuw op als CSV.`,
        `The file cannot be read: at row ${(broken.row ?? 0) + 1} the quotation marks do not close. Check that row or save the file again as CSV.`,
      ),
    );
  }
  return result.data.map((cells, i) => ({ row: i + 1, cells }));
}

/**
 * The separator that splits the header line most: a header rarely holds a quoted separator, and
 * unlike papaparse's guess it does not depend on how regular the data rows below it are.
 */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = ([';', ',', '\t'] as const).map((d) => ({ d, n: header.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

/**
 * An Excel file is read streaming (xlsxRead.ts): rows are handed over as they are unpacked, and the read stops
 * as soon as there are more rows than an import may have. Building the whole workbook first took 1.4 GB and
 * nine seconds of a blocked core for a million-row sheet of 5 MB.
 */
async function readXlsx(bytes: Buffer, wanted: string | null) {
  const budget = new InflateBudget(XLSX_INFLATE_BUDGET);
  try {
    const zip = await openZip(bytes);
    const book = await readBook(zip, budget);
    const worksheet = wanted ? book.sheets.find((w) => w.name === wanted) : book.sheets[0];
    if (!worksheet)
      throw ApiError.field(
        'sheet',
        wanted
          ? msg(`Het werkblad "${wanted}" staat niet in dit bestand.`, `The worksheet "${wanted}" is not in this file.`)
          : msg('Dit Excel-bestand heeft geen werkbladen.', 'This Excel file has no worksheets.'),
      );
    const part = zip.entries.get(worksheet.path);
    if (!part) throw new XlsxFormatError('sheet part missing');
    const ctx = {
      dateStyles: await readDateStyles(zip, zip.entries.get('xl/styles.xml'), budget),
      strings: await readSharedStrings(zip, zip.entries.get('xl/sharedStrings.xml'), budget),
      date1904: book.date1904,
      maxColumns: MAX_IMPORT_COLUMNS,
    };
    const grid: { row: number; cells: string[] }[] = [];
    let filled = 0;
    await readSheet(zip, part, budget, ctx, (row, cells) => {
      // The header and the rows under it: one more than that and the import is refused, so stop reading.
      if (cells.some((c) => c.trim() !== '') && ++filled > MAX_IMPORT_ROWS + 1) throw tooManyRows();
      grid.push({ row, cells });
    });
    return { format: 'xlsx' as const, sheets: book.sheets.map((w) => w.name), sheet: worksheet.name, grid };
  } catch (error) {
    if (error instanceof XlsxTooLargeError)
      throw ApiError.field(
        'contentBase64',
        msg(
          `Dit Excel-bestand is uitgepakt groter dan ${XLSX_INFLATE_BUDGET / 1024 / 1024} MB. Bewaar alleen de rijen die je wilt importeren in een nieuw bestand, of sla het op als CSV.`,
          `Unpacked, this Excel file is larger than ${XLSX_INFLATE_BUDGET / 1024 / 1024} MB. Keep only the rows you want to import in a new file, or save it as CSV.`,
        ),
      );
    if (error instanceof ApiError) throw error;
    throw ApiError.field(
      'contentBase64',
      msg(
        'Dit Excel-bestand kan niet worden gelezen. Sla het op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.',
        'This Excel file cannot be read. Save it as an Excel workbook (.xlsx) or as CSV and try again.',
      ),
    );
  }
}

const tooManyRows = () =>
  ApiError.field(
    'contentBase64',
    msg(
      `Een import mag hoogstens ${MAX_IMPORT_ROWS} rijen hebben. Splits het bestand in delen.`,
      `An import may have at most ${MAX_IMPORT_ROWS} rows. Split the file into parts.`,
    ),
  );

function toTable(grid: { row: number; cells: string[] }[]): { headers: string[]; rows: FileRow[] } {
  const filled = grid.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...data] = filled;
  if (!head)
    throw ApiError.field(
      'contentBase64',
      msg(
        'Het bestand is leeg: er staat geen kopregel met kolomnamen in.',
        'The file is empty: it has no header line with column names.',
      ),
    );
  if (data.length === 0)
    throw ApiError.field(
      'contentBase64',
      msg(
        'Het bestand heeft alleen een kopregel: er staan geen rijen onder om te importeren.',
        'The file has only a header line: there are no rows under it to import.',
      ),
    );
  if (data.length > MAX_IMPORT_ROWS) throw tooManyRows();
  const width = Math.max(...filled.map((r) => r.cells.length));
  if (width > MAX_IMPORT_COLUMNS)
    throw ApiError.field(
      'contentBase64',
      msg(
        `Een importbestand mag hoogstens ${MAX_IMPORT_COLUMNS} kolommen hebben.`,
        `An import file may have at most ${MAX_IMPORT_COLUMNS} columns.`,
      ),
    );
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => (cells[i] ?? '').trim());
  const headers = pad(head.cells).map((h, i) => h || `Kolom ${i + 1}`);
  return { headers, rows: data.map((r) => ({ row: r.row, cells: pad(r.cells) })) };
}

/** Lower case without accents, spaces or punctuation: "E-mailadres" and "e mail adres" meet. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
