import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { ApiError } from '../../platform/errors';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './schemas';

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
      'Dit is geen tekstbestand. Kies een CSV-bestand of een Excel-bestand (.xlsx).',
    );
  const result = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    throw ApiError.field(
      'contentBase64',
      `Het bestand kan niet worden gelezen: bij rij ${(broken.row ?? 0) + 1} sluiten de aanhalingstekens niet. Controleer die rij of sla het bestand opnieuw op als CSV.`,
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

async function readXlsx(bytes: Buffer, wanted: string | null) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw ApiError.field(
      'contentBase64',
      'Dit Excel-bestand kan niet worden gelezen. Sla het op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.',
    );
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const worksheet = wanted ? workbook.worksheets.find((w) => w.name === wanted) : workbook.worksheets[0];
  if (!worksheet)
    throw ApiError.field(
      'sheet',
      wanted ? `Het werkblad "${wanted}" staat niet in dit bestand.` : 'Dit Excel-bestand heeft geen werkbladen.',
    );
  const grid: { row: number; cells: string[] }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (grid.length > MAX_IMPORT_ROWS + 1) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col <= MAX_IMPORT_COLUMNS + 1) cells[col - 1] = cellText(cell.value);
    });
    grid.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { format: 'xlsx' as const, sheets, sheet: worksheet.name, grid };
}

/**
 * Excel cells as the text a user sees: dates as JJJJ-MM-DD (Excel stores them without a zone, and
 * exceljs hands them over as UTC), numbers with a dot, ja/nee for booleans, the result of a formula.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return value.trim();
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  return '';
}

function toTable(grid: { row: number; cells: string[] }[]): { headers: string[]; rows: FileRow[] } {
  const filled = grid.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...data] = filled;
  if (!head) throw ApiError.field('contentBase64', 'Het bestand is leeg: er staat geen kopregel met kolomnamen in.');
  if (data.length === 0)
    throw ApiError.field(
      'contentBase64',
      'Het bestand heeft alleen een kopregel: er staan geen rijen onder om te importeren.',
    );
  if (data.length > MAX_IMPORT_ROWS)
    throw ApiError.field(
      'contentBase64',
      `Een import mag hoogstens ${MAX_IMPORT_ROWS} rijen hebben. Splits het bestand in delen.`,
    );
  const width = Math.max(...filled.map((r) => r.cells.length));
  if (width > MAX_IMPORT_COLUMNS)
    throw ApiError.field('contentBase64', `Een importbestand mag hoogstens ${MAX_IMPORT_COLUMNS} kolommen hebben.`);
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
