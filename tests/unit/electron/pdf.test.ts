import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumPath } from '../../../bridge/pdf';
import { APP_DOCUMENT_URL, closedWith, createElectronPdfRenderer } from '../../../electron/pdf';
import { createAppProtocolHandler } from '../../../electron/protocol';
import type { ElectronMain } from '../../../electron/types';

// electron/pdf.ts with an Electron whose BrowserWindow is a real Chromium page (Electron itself cannot run here):
// the app's own app:// handler serves the built renderer to it, executeJavaScript runs in the page and printToPDF
// is Chromium's printer. So the test sees the real document page draw and print, and what the renderer asks of
// the window: hidden, sandboxed, the document page, A4.
const rendererDir = join(import.meta.dirname, '..', '..', '..', 'dist', 'renderer');

/** Chromium cannot open app:// itself: the page asks http://wijkhuis/…, answered by the app's app:// handler. */
const toHttp = (url: string) => url.replace(/^app:\/\//, 'http://');
const toApp = (url: string) => url.replace(/^http:\/\//, 'app://');

interface Recorded {
  options: BrowserWindowConstructorOptions[];
  loaded: string[];
  printOptions: unknown[];
  destroyed: number;
}

function chromiumElectron(browser: Browser, recorded: Recorded): Pick<ElectronMain, 'BrowserWindow'> {
  const handler = createAppProtocolHandler(rendererDir);
  class PageWindow extends EventEmitter {
    private page: Promise<Page>;
    private gone = false;
    readonly webContents = {
      executeJavaScript: async (code: string) => (await this.page).evaluate(code),
      printToPDF: async (options: { pageSize?: string; preferCSSPageSize?: boolean; printBackground?: boolean }) => {
        recorded.printOptions.push(options);
        const page = await this.page;
        return page.pdf({
          format: options.pageSize,
          preferCSSPageSize: options.preferCSSPageSize,
          printBackground: options.printBackground,
        });
      },
    };

    constructor(options: BrowserWindowConstructorOptions) {
      super();
      recorded.options.push(options);
      this.page = browser.newPage().then(async (page) => {
        await page.route('**/*', async (route) => {
          const response = await handler(new Request(toApp(route.request().url())));
          await route.fulfill({
            status: response.status,
            headers: Object.fromEntries(response.headers),
            body: Buffer.from(await response.arrayBuffer()),
          });
        });
        return page;
      });
    }

    async loadURL(url: string): Promise<void> {
      recorded.loaded.push(url);
      await (await this.page).goto(toHttp(url));
    }

    isDestroyed(): boolean {
      return this.gone;
    }

    destroy(): void {
      this.gone = true;
      recorded.destroyed++;
      void this.page.then((page) => page.close());
      this.emit('closed');
    }
  }
  return { BrowserWindow: PageWindow as unknown as ElectronMain['BrowserWindow'] };
}

function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'wijkhuis-electron-pdf-'));
  try {
    writeFileSync(join(dir, 'document.pdf'), bytes);
    return execFileSync('pdftotext', [join(dir, 'document.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const letterhead = {
  name: 'Huis van de Wijk Proef',
  street: 'Proefstraat 1',
  postcode: '3000 AA',
  city: 'Rotterdam',
  phone: '010 000 00 00',
  email: 'proef@example.org',
  welfareProvider: '',
  gebied: '',
};

/** Minutes as meetings.minutes returns them, small: what the test reads back from the PDF. */
const minutes = {
  letterhead,
  title: 'Notulen commissie Lokaal Budget en Right to Cooperate, 9 december 2026',
  draft: true,
  meeting: { id: 7, date: '2026-12-09', dateText: '9 december 2026', startTime: '19:30', location: 'Zaal 2' },
  present: [{ name: 'Anouk Proefnaam', role: 'voorzitter' }],
  absentWithNotice: [],
  absent: [],
  guests: '',
  chair: { name: 'Anouk Proefnaam' },
  secretary: 'Bram Testers',
  quorum: { met: true, message: 'Quorum: 1 van de 1 stemgerechtigde leden aanwezig.' },
  rulesText: { quorum: 'Quorum regel.', majority: 'Meerderheid regel.', tieBreak: 'Staking regel.' },
  items: [],
  summary: { items: 0, decided: 0, granted: 0, rejected: 0, deferred: 0, grantedCents: 0 },
  ledgers: [],
};

describe('the Electron PDF renderer (electron/pdf.ts)', () => {
  let browser: Browser;
  const recorded: Recorded = { options: [], loaded: [], printOptions: [], destroyed: 0 };

  beforeAll(async () => {
    if (!existsSync(join(rendererDir, 'document.html')))
      throw new Error(`${rendererDir}/document.html ontbreekt: voer eerst "npm run build:renderer" uit.`);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints the document page in one hidden, sandboxed window and returns the PDF bytes', async () => {
    const pdf = createElectronPdfRenderer(chromiumElectron(browser, recorded));
    const first = await pdf.render({ kind: 'notulen', data: minutes, language: 'nl' });
    const second = await pdf.render({
      kind: 'notulen',
      data: { ...minutes, title: 'Notulen van de tweede vergadering' },
      language: 'nl',
    });

    expect(Buffer.from(first.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(first);
    expect(text).toContain(minutes.title);
    expect(text).toContain('Anouk Proefnaam');
    expect(text).toContain('Concept');
    expect(text).toContain(letterhead.name);
    expect(pdfText(second)).toContain('Notulen van de tweede vergadering');

    // One window, made once and kept: hidden, sandboxed, no preload, the document page over app://.
    expect(recorded.options).toHaveLength(1);
    const [options] = recorded.options;
    expect(options!.show).toBe(false);
    expect(options!.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(options!.webPreferences?.preload).toBeUndefined();
    expect(recorded.loaded).toEqual([APP_DOCUMENT_URL]);
    expect(recorded.printOptions).toEqual([
      { pageSize: 'A4', preferCSSPageSize: true, printBackground: true },
      { pageSize: 'A4', preferCSSPageSize: true, printBackground: true },
    ]);

    await pdf.close();
    expect(recorded.destroyed).toBe(1);
    // After close a new document opens a new window.
    await pdf.render({ kind: 'notulen', data: minutes, language: 'nl' });
    expect(recorded.options).toHaveLength(2);
    await pdf.close();
  });

  it('rejects a document kind the page does not know, and prints the next one', async () => {
    const pdf = createElectronPdfRenderer(chromiumElectron(browser, recorded));
    await expect(pdf.render({ kind: 'onbekend' as 'notulen', data: {}, language: 'nl' })).rejects.toThrow(
      /Onbekend document/,
    );
    expect(pdfText(await pdf.render({ kind: 'notulen', data: minutes, language: 'nl' }))).toContain(minutes.title);
    await pdf.close();
  });

  it('closes its window when the main window closes, so the app can quit', async () => {
    const pdf = createElectronPdfRenderer(chromiumElectron(browser, recorded));
    await pdf.render({ kind: 'notulen', data: minutes, language: 'nl' });
    const destroyed = recorded.destroyed;
    const main = new EventEmitter() as unknown as Parameters<typeof closedWith>[1];
    expect(closedWith(pdf, main)).toBe(main);
    (main as unknown as EventEmitter).emit('closed');
    await vi.waitFor(() => expect(recorded.destroyed).toBe(destroyed + 1));
  });
});
