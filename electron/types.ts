import type * as Electron from 'electron';

/**
 * The parts of the `electron` module the main process uses. startApp takes it as a parameter so
 * the whole main process runs in plain Node under test, where `require('electron')` would try to
 * download a binary and throw. main.ts passes the real module, so tsc checks that it fits.
 */
export type ElectronMain = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'Menu' | 'dialog' | 'ipcMain' | 'protocol' | 'session' | 'shell'
> & {
  /** The operating system's key store for the mail password (electron/secrets.ts); a test's fake may leave it out. */
  safeStorage?: typeof Electron.safeStorage;
};
