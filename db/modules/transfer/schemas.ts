import { z } from '../../contract/zod';
import { msg, requiredText } from '../../contract/fields';

/** What can be imported from a spreadsheet: one kind per screen that has a create form. */
export const IMPORT_KINDS = ['volunteers', 'renters', 'rooms', 'committee'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** An import's body: the file as base64, and the column mapping around it. */
export const IMPORT_MAX_INPUT_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024;
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_COLUMNS = 100;

const kind = z.enum(IMPORT_KINDS, {
  error: msg(
    'Kies wat je wilt importeren: vrijwilligers, huurders, ruimtes of commissieleden.',
    'Choose what to import: volunteers, renters, rooms or committee members.',
  ),
});

const file = {
  kind,
  fileName: requiredText(msg('Bestandsnaam', 'File name'), 200).refine(
    (s) => /\.(csv|txt|tsv|xlsx)$/i.test(s),
    msg(
      'Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx).',
      'Choose a CSV file (.csv) or an Excel file (.xlsx).',
    ),
  ),
  contentBase64: z
    .string({ error: msg('Kies een bestand.', 'Choose a file.') })
    .min(1, msg('Kies een bestand.', 'Choose a file.'))
    .max(
      Math.ceil(MAX_IMPORT_BYTES / 3) * 4,
      msg('Een importbestand mag hoogstens 5 MB zijn.', 'An import file may be at most 5 MB.'),
    )
    .regex(
      /^[A-Za-z0-9+/]+={0,2}$/,
      msg(
        'De inhoud van het bestand is niet goed doorgekomen (geen base64).',
        'The file’s content did not come through (not base64).',
      ),
    ),
  /** The worksheet of an Excel file; the first one when not given. Ignored for CSV. */
  sheet: z
    .string({ error: msg('Kies een werkblad.', 'Choose a sheet.') })
    .trim()
    .max(100)
    .nullable()
    .default(null),
};

export const importAnalyzeInput = z.object(file);

/** Per column of the file (in order): the field it fills, or null to ignore the column. */
const mapping = z
  .array(
    z
      .string({ error: msg('Kies een veld of "niet importeren".', 'Choose a field or "do not import".') })
      .max(40)
      .nullable(),
    {
      error: msg('Koppel de kolommen aan velden.', 'Match the columns to fields.'),
    },
  )
  .max(
    100,
    msg('Een importbestand mag hoogstens 100 kolommen hebben.', 'An import file may have at most 100 columns.'),
  );

export const importRunInput = z.object({
  ...file,
  mapping,
  /** Leave rows that are already in Wijkhuis (or earlier in the file) out instead of refusing the import. */
  skipDuplicates: z
    .boolean({ error: msg('Kies of dubbele rijen worden overgeslagen.', 'Choose whether duplicate rows are skipped.') })
    .default(false),
});

export const importTemplateInput = z.object({ kind });

/** A finished export by its folder name: only names the export itself makes, so no path can reach elsewhere. */
export const exportNameInput = z.object({
  name: z
    .string({ error: msg('Kies een export uit de lijst.', 'Choose an export from the list.') })
    .regex(
      /^wijkhuis-export-\d{4}-\d{2}-\d{2}-\d{4}(-\d{1,4})?$/,
      msg('Kies een export uit de lijst.', 'Choose an export from the list.'),
    ),
});
