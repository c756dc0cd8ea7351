import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { ApiError } from '../../platform/errors';
import { msg, renderIn, type Lang } from '../../platform/messages';
import { getInvoice } from './invoices';

/** The invoice as its document (print view and PDF) draws it: what `invoices.get` returns, in the reader's language. */
export function invoiceDocument(db: Db, invoiceId: number, lang: Lang) {
  return renderIn(getInvoice(db, invoiceId), lang);
}

export const invoicePdfMethods = {
  'invoices.pdf': method({
    description:
      'Eén factuur als pdf-bestand (base64), precies zoals de afdruk: hetzelfde document, door Chromium naar pdf gezet.',
    access: ['beheerder'],
    mode: 'system',
    input: z.object({ id }),
    handler: async ({ db, house, lang }, input) => {
      const data = invoiceDocument(db, input.id, lang);
      const pdf = house.options.services?.pdf;
      if (!pdf)
        throw new ApiError(
          'UNAVAILABLE',
          msg(
            'Een pdf maken kan hier niet: dit programma heeft geen pdf-printer. Druk de factuur af en kies "Opslaan als pdf".',
            'A PDF cannot be made here: this program has no PDF printer. Print the invoice and choose "Save as PDF".',
          ),
        );
      const bytes = await pdf.render({ kind: 'factuur', data, language: lang });
      return { fileName: `factuur-${data.invoice.number}.pdf`, base64: Buffer.from(bytes).toString('base64') };
    },
  }),
};
