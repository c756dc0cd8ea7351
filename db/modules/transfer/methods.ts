import { method, type Ctx } from '../../contract/method';
import { toCsv } from '../../platform/csv';
import { ApiError } from '../../platform/errors';
import { emptyInput, type Role } from '../../contract/fields';
import {
  IMPORT_KINDS,
  IMPORT_MAX_INPUT_BYTES,
  exportNameInput,
  importAnalyzeInput,
  importRunInput,
  importTemplateInput,
  type ImportKind,
} from './schemas';
import type { z } from '../../contract/zod';
import { parseImportFile } from './importParse';
import { IMPORT_KIND_DEFS } from './importKinds';
import { importRows, kindFor, refusal, suggestMapping, type ImportReport } from './importRun';
import { deleteExport, listExports, writeFullExport } from './exportFull';
import { inLang, msg } from '../../platform/messages';

/**
 * Who may import: the roles of the kind's create method. So the coördinator imports volunteers
 * (the register is theirs) and the beheerder imports everything; no one gets a way round a form.
 */
const IMPORTERS: readonly Role[] = ['beheerder', 'coordinator'];

const TEMPLATE_NAMES: Record<ImportKind, string> = {
  volunteers: 'vrijwilligers',
  renters: 'huurders',
  rooms: 'ruimtes',
  committee: 'commissieleden',
};

const fieldsOf = (kind: ImportKind) =>
  IMPORT_KIND_DEFS[kind].fields.map(({ key, label, required, hint }) => ({ key, label, required, hint }));

async function readFile(input: z.output<typeof importAnalyzeInput>) {
  return parseImportFile(input.fileName, Buffer.from(input.contentBase64, 'base64'), input.sheet);
}

class Rollback extends Error {}

/**
 * Runs the import inside one transaction. The preview always rolls back, so it checks every row
 * against the real rules (and earlier rows of the same file) and leaves nothing behind.
 */
async function runImport(ctx: Ctx, input: z.output<typeof importRunInput>, commit: boolean): Promise<ImportReport> {
  const def = kindFor(input.kind, ctx.actor);
  const file = await readFile(input);
  let report: ImportReport | undefined;
  try {
    ctx.db
      .transaction(() => {
        const result = importRows(ctx, def, file, input.mapping, input.skipDuplicates, input.fileName);
        report = result.report;
        if (!commit) throw new Rollback();
        if (report.issues.length) throw refusal(report);
        if (report.created === 0)
          throw new ApiError(
            'VALIDATION',
            msg(
              'Er is niets geïmporteerd: alle rijen staan al in Wijkhuis of staan dubbel in het bestand.',
              'Nothing was imported: all rows are already in Wijkhuis or are in the file twice.',
            ),
          );
        for (const entry of result.audits) ctx.audit(entry);
        const skipped = report.skipped
          ? `; ${report.skipped} dubbele ${report.skipped === 1 ? 'rij' : 'rijen'} overgeslagen`
          : '';
        ctx.audit({
          entity: 'import',
          entityId: input.kind,
          summary: `Import van ${inLang(def.noun, 'nl')} uit "${input.fileName}"${file.sheet ? ` (werkblad ${file.sheet})` : ''}: ${report.created} aangemaakt${skipped}`,
        });
      })
      .immediate();
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return report!;
}

export const transferMethods = {
  'transfer.kinds': method({
    description:
      'Wat de ingelogde gebruiker mag importeren (vrijwilligers, huurders, ruimtes, commissieleden), met per soort de velden, welke verplicht zijn en hoe je ze invult.',
    access: IMPORTERS,
    mode: 'read',
    input: emptyInput,
    handler: ({ actor }) =>
      IMPORT_KINDS.filter((kind) => {
        try {
          kindFor(kind, actor);
          return true;
        } catch {
          return false;
        }
      }).map((kind) => ({ kind, fields: fieldsOf(kind) })),
  }),
  'transfer.template': method({
    description: 'Een leeg CSV-sjabloon met de kolomnamen die de import verwacht, per soort.',
    access: IMPORTERS,
    mode: 'read',
    input: importTemplateInput,
    handler: ({ actor }, input) => {
      const def = kindFor(input.kind, actor);
      return {
        fileName: `wijkhuis-import-${TEMPLATE_NAMES[input.kind]}.csv`,
        content: toCsv(
          def.fields.map((f) => f.label),
          [],
        ),
      };
    },
  }),
  'transfer.analyze': method({
    description:
      'Leest een CSV- of Excel-bestand (.xlsx, hoogstens 5 MB) en geeft de werkbladen, de kolomnamen, een paar voorbeeldrijen en een voorstel welke kolom bij welk veld hoort. Schrijft niets.',
    access: IMPORTERS,
    mode: 'read',
    input: importAnalyzeInput,
    maxInputBytes: IMPORT_MAX_INPUT_BYTES,
    handler: async ({ actor }, input) => {
      const def = kindFor(input.kind, actor);
      const file = await readFile(input);
      return {
        format: file.format,
        sheets: file.sheets,
        sheet: file.sheet,
        headers: file.headers,
        samples: file.rows.slice(0, 5),
        rowCount: file.rows.length,
        suggestedMapping: suggestMapping(def, file.headers),
        fields: fieldsOf(input.kind),
      };
    },
  }),
  'transfer.preview': method({
    description:
      'Controleert elke rij met dezelfde regels als het formulier (proef-import die wordt teruggedraaid): fouten per rij en kolom in het Nederlands, dubbelen in Wijkhuis of in het bestand, en hoeveel er worden aangemaakt. Schrijft niets.',
    access: IMPORTERS,
    mode: 'read',
    input: importRunInput,
    maxInputBytes: IMPORT_MAX_INPUT_BYTES,
    handler: (ctx, input) => runImport(ctx, input, false),
  }),
  'transfer.import': method({
    description:
      'Importeert alle rijen in één keer, of niets: bevat één rij een fout (of een dubbele, tenzij die worden overgeslagen), dan wordt niets opgeslagen en noemt de melding de rijen. Het auditlog noemt de import en elk aangemaakt record.',
    access: IMPORTERS,
    mode: 'system',
    input: importRunInput,
    maxInputBytes: IMPORT_MAX_INPUT_BYTES,
    handler: (ctx, input) => runImport(ctx, input, true),
  }),
  'transfer.exportAll': method({
    description:
      'Exporteert de hele database als CSV-bestanden (één per tabel, puntkomma, UTF-8) met een manifest (versies, kolommen, aantallen, sha256) in een nieuwe map onder de gegevensmap. Wachtwoordhashes en sessies gaan niet mee.',
    access: ['beheerder'],
    mode: 'system',
    input: emptyInput,
    handler: ({ house, clock, actor, audit }) => {
      const { manifest: _m, ...summary } = writeFullExport(house, clock, actor);
      audit({
        entity: 'export',
        entityId: summary.name,
        summary: `Volledige export gemaakt: ${summary.tables} tabellen, ${summary.rows} rijen, in ${summary.path}`,
      });
      return summary;
    },
  }),
  'transfer.deleteExport': method({
    description:
      'Verwijdert een gemaakte volledige export (de map met alle bestanden): een export bevat persoonsgegevens en hoort niet langer te blijven staan dan nodig.',
    access: ['beheerder'],
    mode: 'system',
    input: exportNameInput,
    handler: ({ house, audit }, input) => {
      const removed = deleteExport(house, input.name);
      audit({ entity: 'export', entityId: removed.name, summary: `Volledige export verwijderd: ${removed.path}` });
      return removed;
    },
  }),
  'transfer.exports': method({
    description: 'De gemaakte volledige exports in de gegevensmap, nieuwste eerst, met hun map.',
    access: ['beheerder'],
    mode: 'read',
    input: emptyInput,
    handler: ({ house }) => listExports(house),
  }),
};
