/** Import from CSV/XLSX and the full export. Filled by the import/export work. */
export const transferMethods = {};
