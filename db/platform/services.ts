/**
 * What a house needs from the program around it that differs between the Electron app and the preview:
 * a place to keep secrets and a way to turn a document of the house into a PDF. The adapters pass them in
 * (electron/, bridge/cli.ts); the core never imports Electron or a browser.
 */

/** Seals a secret (the mail password) so the database never holds it readable. */
export interface SecretBox {
  /** Where the key lives, in words for the settings screen ('Windows-sleutelbos', 'sleutelbestand in de gegevensmap'). */
  readonly where: string;
  seal(plain: string): string;
  /** Throws when the sealed text was made with another key (a database moved to another PC). */
  open(sealed: string): string;
}

/** The documents of the house that have a print view and can go out as a PDF attachment. */
export const DOCUMENT_KINDS = ['factuur', 'besluitbrief', 'agendapakket', 'notulen', 'rooster'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Renders a document with the same layout as its print view, to PDF bytes. */
export interface PdfRenderer {
  render(request: { kind: DocumentKind; data: unknown; language: 'nl' | 'en' }): Promise<Uint8Array>;
  close?(): Promise<void>;
}

export interface HouseServices {
  secrets?: SecretBox;
  pdf?: PdfRenderer;
}

/**
 * A PDF renderer from a function that prints one document on the adapter's one page or window, and one that
 * closes it: renders take turns (a second waits for the first to be printed), and closing waits for the last.
 */
export function printingInTurn(
  print: (kind: DocumentKind, data: unknown, language: 'nl' | 'en') => Promise<Uint8Array>,
  close: () => Promise<void>,
): Required<PdfRenderer> {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    render({ kind, data, language }) {
      const result = queue.then(() => print(kind, data, language));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      await close();
    },
  };
}
