/**
 * The preview's PDF renderer: the document page of the built renderer (dist/renderer/document.html) in the
 * Chromium of the machine, driven by playwright-core, printed with Chromium's own PDF printer. The Electron app
 * does the same with its own Chromium (electron/pdf.ts). One browser is started at the first document and kept
 * for the next ones; close() ends it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../db/contract/transport';
import { ApiError } from '../db/platform/errors';
import { msg } from '../db/platform/messages';
import { printingInTurn, type DocumentKind, type PdfRenderer } from '../db/platform/services';
import { insideFile, TYPES } from './static';

/** The page is served from this made-up origin, straight from the build folder: no server, nothing on the network. */
const ORIGIN = 'http://wijkhuis.document';
const DOCUMENT_URL = `${ORIGIN}/document.html`;

/** The Chromium to print with: $WIJKHUIS_CHROMIUM, else $CHROMIUM_PATH (as the end-to-end tests), else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.WIJKHUIS_CHROMIUM || env.CHROMIUM_PATH || '/usr/bin/chromium';
}

declare global {
  interface Window {
    renderDocument(kind: string, data: unknown, language: string): Promise<void>;
  }
}

/** Files of the build folder for the page's own origin; any other request is refused. */
async function serveBuild(rendererDir: string, route: Route): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
  const file = await insideFile(rendererDir, decodeURIComponent(url.pathname));
  if (typeof file !== 'string') return route.fulfill({ status: 404, body: 'Niet gevonden' });
  return route.fulfill({
    status: 200,
    body: await readFile(file),
    headers: {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    },
  });
}

export function createChromiumPdfRenderer(options: {
  rendererDir: string;
  executablePath?: string;
}): Required<PdfRenderer> {
  const executablePath = options.executablePath ?? chromiumPath();
  let browser: Browser | null = null;
  let page: Promise<Page> | null = null;

  const open = async (): Promise<Page> => {
    if (!existsSync(executablePath))
      throw new ApiError(
        'UNAVAILABLE',
        msg(
          `De preview maakt pdf's met Chromium, maar die staat niet op ${executablePath}. Installeer Chromium, of geef de plaats op in WIJKHUIS_CHROMIUM.`,
          `The preview makes PDFs with Chromium, which is not at ${executablePath}. Install Chromium, or give its place in WIJKHUIS_CHROMIUM.`,
        ),
      );
    // Loaded at the first document, so a preview that prints nothing starts as fast as before.
    const { chromium } = await import('playwright-core');
    const started = await chromium.launch({
      executablePath,
      // Chromium's sandbox refuses to start as root (a container, a CI machine); elsewhere it stays on.
      chromiumSandbox: process.getuid?.() !== 0,
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    browser = started;
    // A crashed or killed browser is started again at the next document.
    started.on('disconnected', () => {
      browser = null;
      page = null;
    });
    const context = await started.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const opened = await context.newPage();
    await opened.route('**/*', (route) => serveBuild(options.rendererDir, route));
    await opened.goto(DOCUMENT_URL);
    await opened.waitForFunction(() => typeof window.renderDocument === 'function');
    return opened;
  };

  const print = async (kind: DocumentKind, data: unknown, language: 'nl' | 'en'): Promise<Uint8Array> => {
    page ??= open().catch((error: unknown) => {
      page = null;
      throw error;
    });
    const ready = await page;
    await ready.evaluate(([k, d, l]) => window.renderDocument(k, d, l), [kind, data, language] as const);
    // A4 unless the document names its own page (the wall roster turns landscape); the margins are print.css's @page.
    return new Uint8Array(await ready.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  };

  // One document at a time in the one window or page: a second render waits for the first to be printed.
  return printingInTurn(print, async () => {
    const running = browser;
    browser = null;
    page = null;
    await running?.close();
  });
}
