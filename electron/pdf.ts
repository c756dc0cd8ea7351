import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { printingInTurn, type DocumentKind, type PdfRenderer } from '../db/platform/services';
import { APP_HOST, APP_SCHEME } from './protocol';
import { HARDENED_WEB_PREFERENCES } from './security';
import type { ElectronMain } from './types';

/** The document page of the built renderer (renderer/document.html), through the app's own protocol. */
export const APP_DOCUMENT_URL = `${APP_SCHEME}://${APP_HOST}/document.html`;

/**
 * A window nobody sees, as locked down as the main one and without even its preload: the page is handed the
 * document's data and has no way to call the core.
 */
export function documentWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A4 at 96 dpi: the page is laid out at paper width before it is printed.
    width: 794,
    height: 1123,
    webPreferences: {
      ...HARDENED_WEB_PREFERENCES,
      // A hidden window's timers and frames are throttled; the document must still finish drawing.
      backgroundThrottling: false,
    },
  };
}

/**
 * The app's PDF renderer: the document page in a hidden, sandboxed window, printed with Chromium's own PDF printer
 * (`webContents.printToPDF`), the same engine and layout as the print views. The preview does the same with the
 * machine's Chromium (bridge/pdf.ts). The window is made at the first document and kept for the next ones; close()
 * (at shutdown, or when the main window closes, so the app can quit) destroys it.
 */
export function createElectronPdfRenderer(electron: Pick<ElectronMain, 'BrowserWindow'>): Required<PdfRenderer> {
  let window: Promise<BrowserWindow> | null = null;

  const open = async (): Promise<BrowserWindow> => {
    const win = new electron.BrowserWindow(documentWindowOptions());
    win.on('closed', () => (window = null));
    await win.loadURL(APP_DOCUMENT_URL);
    return win;
  };

  const print = async (kind: DocumentKind, data: unknown, language: 'nl' | 'en'): Promise<Uint8Array> => {
    window ??= open().catch((error: unknown) => {
      window = null;
      throw error;
    });
    const win = await window;
    // JSON is valid JavaScript: the data arrives as a literal, never as code to run.
    const args = [kind, data, language].map((value) => JSON.stringify(value)).join(', ');
    await win.webContents.executeJavaScript(`window.renderDocument(${args})`);
    // A4 unless the document names its own page (the wall roster turns landscape); the margins are print.css's @page.
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  };

  // One document at a time in the one window or page: a second render waits for the first to be printed.
  return printingInTurn(print, async () => {
    const opened = window;
    window = null;
    const win = await opened?.catch(() => null);
    if (win && !win.isDestroyed()) win.destroy();
  });
}

/** The hidden PDF window would keep 'window-all-closed' from coming, so the app could not quit: it goes with `win`. */
export function closedWith(pdf: Required<PdfRenderer>, win: BrowserWindow): BrowserWindow {
  win.on('closed', () => void pdf.close());
  return win;
}
