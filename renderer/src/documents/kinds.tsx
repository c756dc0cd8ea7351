import type { ReactElement } from 'react';
import type { DocumentKind } from '../../../db/platform/services';
import { InvoiceDocument } from '../pages/bookings/invoices/InvoiceDocument';
import type { InvoiceDetail } from '../pages/bookings/invoices/invoiceTypes';
import { AgendaPack, type Pack } from '../pages/budget/documents/AgendaPack';
import { DecisionLetter, type LetterData } from '../pages/budget/documents/DecisionLetter';
import { MinutesDocument, type Minutes } from '../pages/budget/documents/MinutesDocument';
import { RosterWeeks, type RosterDocument } from './RosterWeeks';

/** What each document is drawn from: exactly what the core's documentData returns for it. */
export interface DocumentData {
  factuur: InvoiceDetail;
  besluitbrief: LetterData;
  agendapakket: Pack;
  notulen: Minutes;
  rooster: RosterDocument;
}

/**
 * The document components of the print views, by kind. The budget's papers are written in Dutch sentences by the
 * core (they are the committee's and the residents' record), so their headings stay Dutch too: an English
 * heading above a Dutch paragraph would be a letter in two languages.
 */
export const DOCUMENTS: { [K in DocumentKind]: { draw: (data: DocumentData[K]) => ReactElement; dutchOnly: boolean } } =
  {
    factuur: { draw: (d) => <InvoiceDocument detail={d} />, dutchOnly: false },
    besluitbrief: { draw: (d) => <DecisionLetter letter={d} />, dutchOnly: true },
    agendapakket: { draw: (d) => <AgendaPack pack={d} />, dutchOnly: true },
    notulen: { draw: (d) => <MinutesDocument minutes={d} />, dutchOnly: true },
    rooster: { draw: (d) => <RosterWeeks document={d} />, dutchOnly: false },
  };

export function isDocumentKind(kind: string): kind is DocumentKind {
  return Object.hasOwn(DOCUMENTS, kind);
}
