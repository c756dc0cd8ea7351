/**
 * The document page (document.html): only the documents of the house and the print styles, no API client and no
 * session. The PDF renderer of the app (electron/pdf.ts) and of the preview (bridge/pdf.ts) load it, hand it the
 * data the core made, and print it with Chromium's own PDF printer: one layout per document, the print view's.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import '@mantine/core/styles.css';
import '../styles.css';
import '../print.css';
import { cssVariablesResolver, theme } from '../theme';
import { DOCUMENTS, isDocumentKind } from './kinds';
import { documentI18n } from './i18n';

declare global {
  interface Window {
    /** Draws one document; resolves once it is drawn and its fonts are loaded, ready to print. */
    renderDocument(kind: string, data: unknown, language: string): Promise<void>;
  }
}

const root = createRoot(document.getElementById('document')!);

window.renderDocument = async (kind, data, language) => {
  if (!isDocumentKind(kind)) throw new Error(`Onbekend document: ${kind}`);
  const { draw, dutchOnly } = DOCUMENTS[kind];
  const lang = dutchOnly || language !== 'en' ? 'nl' : 'en';
  await documentI18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  // flushSync: the document is in the page when this returns, not at some later render.
  flushSync(() =>
    root.render(
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <I18nextProvider i18n={documentI18n}>{(draw as (d: unknown) => ReactElement)(data)}</I18nextProvider>
      </MantineProvider>,
    ),
  );
  await document.fonts.ready;
};
