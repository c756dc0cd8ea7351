import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { ElectronMain } from './types';
import { APP_INDEX_URL } from './protocol';
import { HARDENED_WEB_PREFERENCES } from './security';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Wijkhuis',
    width: 1280,
    height: 820,
    // Narrow enough for a small laptop at the desk, wide enough for a week of rooms in the calendar.
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show, so nobody sees a white flash or a half-drawn page.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...HARDENED_WEB_PREFERENCES, preload: preloadPath },
  };
}

export function createMainWindow(electron: Pick<ElectronMain, 'BrowserWindow'>, preloadPath: string): BrowserWindow {
  const win = new electron.BrowserWindow(mainWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_INDEX_URL).catch((error: unknown) => console.error('[wijkhuis] venster laden mislukt:', error));
  return win;
}

/** A second start of the program brings the open window forward instead of opening the database twice. */
export function bringToFront(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
