import { z } from '../../contract/zod';
import { requiredText } from '../../contract/fields';

/** What can be imported from a spreadsheet: one kind per screen that has a create form. */
export const IMPORT_KINDS = ['volunteers', 'renters', 'rooms', 'committee'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** An import's body: the file as base64, and the column mapping around it. */
export const IMPORT_MAX_INPUT_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024;
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_COLUMNS = 100;

const kind = z.enum(IMPORT_KINDS, {
  error: 'Kies wat je wilt importeren: vrijwilligers, huurders, ruimtes of commissieleden.',
});

const file = {
  kind,
  fileName: requiredText('Bestandsnaam', 200).refine(
    (s) => /\.(csv|txt|tsv|xlsx)$/i.test(s),
    'Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx).',
  ),
  contentBase64: z
    .string({ error: 'Kies een bestand.' })
    .min(1, 'Kies een bestand.')
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, 'Een importbestand mag hoogstens 5 MB zijn.')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'De inhoud van het bestand is niet goed doorgekomen (geen base64).'),
  /** The worksheet of an Excel file; the first one when not given. Ignored for CSV. */
  sheet: z.string({ error: 'Kies een werkblad.' }).trim().max(100).nullable().default(null),
};

export const importAnalyzeInput = z.object(file);

/** Per column of the file (in order): the field it fills, or null to ignore the column. */
const mapping = z
  .array(z.string({ error: 'Kies een veld of "niet importeren".' }).max(40).nullable(), {
    error: 'Koppel de kolommen aan velden.',
  })
  .max(100, 'Een importbestand mag hoogstens 100 kolommen hebben.');

export const importRunInput = z.object({
  ...file,
  mapping,
  /** Leave rows that are already in Wijkhuis (or earlier in the file) out instead of refusing the import. */
  skipDuplicates: z.boolean({ error: 'Kies of dubbele rijen worden overgeslagen.' }).default(false),
});

export const importTemplateInput = z.object({ kind });

/** A finished export by its folder name: only names the export itself makes, so no path can reach elsewhere. */
export const exportNameInput = z.object({
  name: z
    .string({ error: 'Kies een export uit de lijst.' })
    .regex(/^wijkhuis-export-\d{4}-\d{2}-\d{2}-\d{4}(-\d{1,4})?$/, 'Kies een export uit de lijst.'),
});
