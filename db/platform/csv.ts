/**
 * CSV as Dutch spreadsheet programs open it: semicolon-separated (the comma is the decimal sign),
 * CRLF line ends, a byte-order mark so Excel on Windows reads UTF-8, and no formula injection.
 */
export function toCsv(headers: string[], rows: (string | number | null)[][]): string {
  return `\uFEFF${[headers, ...rows].map(csvLine).join('\r\n')}\r\n`;
}

/** One line of such a CSV, without its line end: for writing a large table row by row. */
export function csvLine(row: (string | number | null)[]): string {
  const cell = (v: string | number | null) => {
    if (v === null) return '';
    if (typeof v === 'number') return String(v).replace('.', ',');
    // A leading apostrophe keeps a spreadsheet from running text as a formula.
    const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return row.map(cell).join(';');
}
