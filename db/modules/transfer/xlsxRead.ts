import { SaxesParser } from 'saxes';
import { InflateBudget, XlsxFormatError, type XlsxZip, type ZipEntry } from './xlsxZip';

/**
 * Reads one worksheet of an XLSX file as rows of cell texts, streaming: the sheet's XML is inflated and parsed
 * chunk by chunk, and `onRow` may throw to stop (the row limit), after which nothing more is unpacked. Cells are
 * the text a user sees, as exceljs gave them before: dates JJJJ-MM-DD (with UU:MM when there is a time),
 * numbers with a dot, ja/nee for booleans, the result of a formula.
 */

/** Unpacked bytes one import may read: a full sheet of 5,000 rows by 100 columns with its strings takes ~40 MB. */
export const XLSX_INFLATE_BUDGET = 64 * 1024 * 1024;
/** Distinct strings kept in memory; a full sheet needs at most half a million. */
const MAX_SHARED_STRINGS = 1_000_000;

type Open = (name: string, attributes: Record<string, string>) => void;
type XmlHandlers = { open?: Open; text?: (text: string) => void; close?: (name: string) => void };

/** Element names without their namespace prefix: some programs write `<x:row>` instead of `<row>`. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

async function parsePart(zip: XlsxZip, entry: ZipEntry, budget: InflateBudget, on: XmlHandlers): Promise<void> {
  const parser = new SaxesParser();
  const errors: Error[] = [];
  const check = () => {
    if (errors.length > 0) throw new XlsxFormatError(errors[0]!.message);
  };
  parser.on('error', (e) => errors.push(e));
  if (on.open) parser.on('opentag', (tag) => on.open!(local(tag.name), tag.attributes as Record<string, string>));
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  if (on.close) parser.on('closetag', (tag) => on.close!(local(tag.name)));
  for await (const chunk of zip.partText(entry, budget)) {
    parser.write(chunk);
    check();
  }
  parser.close();
  check();
}

export interface XlsxBook {
  sheets: { name: string; path: string }[];
  date1904: boolean;
}

/** The worksheets in the order Excel shows them, each with the part that holds it. */
export async function readBook(zip: XlsxZip, budget: InflateBudget): Promise<XlsxBook> {
  const entries = zip.entries;
  const book = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (!book || !rels) throw new XlsxFormatError('no workbook');
  const targets = new Map<string, string>();
  await parsePart(zip, rels, budget, {
    open: (name, a) => {
      if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, a.Target);
    },
  });
  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  await parsePart(zip, book, budget, {
    open: (name, a) => {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      const relId = Object.entries(a).find(([key]) => key === 'id' || key.endsWith(':id'))?.[1];
      const target = relId ? targets.get(relId) : undefined;
      if (target && a.name)
        sheets.push({ name: a.name, path: target.startsWith('/') ? target.slice(1) : `xl/${target}` });
    },
  });
  return { sheets, date1904 };
}

/** Per cell style (the `s` of a cell): whether its number format shows a date. */
export async function readDateStyles(
  zip: XlsxZip,
  entry: ZipEntry | undefined,
  budget: InflateBudget,
): Promise<boolean[]> {
  if (!entry) return [];
  const formats = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await parsePart(zip, entry, budget, {
    open: (name, a) => {
      if (name === 'numFmt') formats.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styles.push(isDateFormat(Number(a.numFmtId ?? 0), formats));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** Excel's built-in date and time formats (14–22, 45–47 and the East Asian ones), or a custom one with y/m/d/h/s. */
function isDateFormat(id: number, custom: Map<number, string>): boolean {
  const code = custom.get(id);
  if (code === undefined)
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
  // Quoted text and [colour] or [$-locale] parts are not the format itself.
  return /[ymdhsb]/i.test(
    code
      .replace(/\[[^\]]*]/g, '')
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, ''),
  );
}

export async function readSharedStrings(
  zip: XlsxZip,
  entry: ZipEntry | undefined,
  budget: InflateBudget,
): Promise<string[]> {
  if (!entry) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  // Phonetic runs (furigana) are not part of the text a user sees.
  let inPhonetic = false;
  let inText = false;
  await parsePart(zip, entry, budget, {
    open: (name) => {
      if (name === 'si') current = [];
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    text: (text) => {
      if (inText && current) current.push(text);
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && current) {
        if (strings.length >= MAX_SHARED_STRINGS) throw new XlsxFormatError('too many strings');
        strings.push(current.join('').trim());
        current = null;
      }
    },
  });
  return strings;
}

export interface SheetContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  /** Cells beyond this column are not kept; one more is, so the caller can tell the sheet is too wide. */
  maxColumns: number;
}

/** Column number of a reference such as "AB12" (1-based); 0 when there is none. */
function columnOf(ref: string | undefined): number {
  if (!ref) return 0;
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
    // Excel has 16,384 columns; a longer reference is nonsense, and must not overflow.
    if (col > 16_384) return 16_385;
  }
  return col;
}

/** Streams the rows of one sheet to `onRow` (row number as Excel shows it, cell texts). */
export async function readSheet(
  zip: XlsxZip,
  entry: ZipEntry,
  budget: InflateBudget,
  ctx: SheetContext,
  onRow: (row: number, cells: string[]) => void,
): Promise<void> {
  let rowNumber = 0;
  let cells: string[] = [];
  let cell: { col: number; type: string; style: number; value: string[] } | null = null;
  let inValue = false;
  await parsePart(zip, entry, budget, {
    open: (name, a) => {
      if (name === 'row') {
        rowNumber = a.r ? Number(a.r) : rowNumber + 1;
        cells = [];
      } else if (name === 'c') {
        const col = columnOf(a.r) || cells.length + 1;
        cell = { col, type: a.t ?? 'n', style: Number(a.s ?? 0), value: [] };
      } else if ((name === 'v' || name === 't') && cell) inValue = true;
    },
    text: (text) => {
      if (inValue && cell) cell.value.push(text);
    },
    close: (name) => {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c' && cell) {
        // A filled cell far to the right lands just past the last allowed column, so the caller refuses the
        // width, without an array of thousands of empty columns in between.
        const value = cellValue(cell, ctx);
        if (cell.col <= ctx.maxColumns + 1 || value !== '') cells[Math.min(cell.col, ctx.maxColumns + 1) - 1] = value;
        cell = null;
      } else if (name === 'row')
        onRow(
          rowNumber,
          Array.from(cells, (c) => c ?? ''),
        );
    },
  });
}

function cellValue(cell: { type: string; style: number; value: string[] }, ctx: SheetContext): string {
  const raw = cell.value.join('');
  switch (cell.type) {
    case 's':
      return ctx.strings[Number(raw)] ?? '';
    case 'inlineStr':
    case 'str':
      return raw.trim();
    case 'b':
      return raw === '' ? '' : raw === '1' || raw === 'true' ? 'ja' : 'nee';
    case 'e':
      return '';
    case 'd':
      return raw
        .trim()
        .replace(/T00:00(:00(\.0+)?)?Z?$/, '')
        .slice(0, 16);
    default:
      return numberText(raw, ctx.dateStyles[cell.style] === true, ctx.date1904);
  }
}

/** A number as text; with a date format as JJJJ-MM-DD (and UU:MM), as Excel stores dates without a zone. */
function numberText(raw: string, isDate: boolean, date1904: boolean): string {
  if (raw.trim() === '') return '';
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw.trim();
  if (isDate) {
    const ms = Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
    const date = new Date(ms);
    if (Number.isNaN(date.getTime())) return '';
    const iso = date.toISOString();
    return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}
