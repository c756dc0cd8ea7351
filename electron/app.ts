import { openHouse, type HouseOptions } from '../db/house';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { Core } from '../db/platform/core';
import { DatabaseOpenError } from '../db/platform/database';
import type { dispatch } from '../db/contract/dispatch';
import { registerIpc, type IpcRegistration } from './ipc';
import { buildMenuTemplate } from './menu';
import { electronBindingPath } from './native';
import { closedWith, createElectronPdfRenderer } from './pdf';
import { APP_SCHEME, createAppProtocolHandler, registerAppScheme } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { runSmokeTest } from './smoke';
import type { ElectronMain } from './types';
import { bringToFront, createMainWindow } from './window';
import { inLang } from '../db/platform/messages';
import { safeStorageSecrets } from './secrets';

export interface StartOverrides {
  /** The folder holding dist/ and dist-electron/; the app (or its asar) by default. */
  appPath?: string;
  /** A better-sqlite3 binding; null = the one in node_modules (built for Node: tests only). */
  nativeBinding?: string | null;
  electronVersion?: string;
  resourcesPath?: string;
  platform?: NodeJS.Platform;
  openCore?: (options: HouseOptions) => Promise<Core>;
  dispatch?: typeof dispatch;
  log?: (line: string) => void;
  smokeTimeoutMs?: number;
}

export interface RunningApp {
  core: Core;
  window: BrowserWindow;
  ipc: IpcRegistration;
  /** What startApp resolved for the built renderer and preload (tests check they exist). */
  paths: { rendererDir: string; preloadPath: string; dataDir: string };
}

class StartupError extends Error {}

function argValue(argv: string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return argv.find((a) => a.startsWith(prefix))?.slice(prefix.length) || undefined;
}

/**
 * The whole main process, with Electron passed in. Resolves once the window is created, or with
 * null when this instance quits (second instance, or the database could not be opened).
 */
export async function startApp(
  electron: ElectronMain,
  argv: string[],
  overrides: StartOverrides = {},
): Promise<RunningApp | null> {
  const { app, shell } = electron;
  const log = overrides.log ?? ((line: string) => console.log(line));
  const smoke = argv.includes('--smoke-test');

  // Two instances would each hold the database and its backup schedule.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerAppScheme(electron.protocol);
  app.enableSandbox();

  let window: BrowserWindow | null = null;
  let core: Core | null = null;
  let stopSchedules: (() => void) | null = null;
  const pdf = createElectronPdfRenderer(electron);
  const shutdown = () => {
    stopSchedules?.();
    stopSchedules = null;
    void pdf.close();
    core?.close();
  };

  app.on('second-instance', () => bringToFront(window));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => shell.openExternal(url)));
  // The database is the program's state: with no window there is nothing left to keep it open for.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', shutdown);

  await app.whenReady();

  const appPath = overrides.appPath ?? app.getAppPath();
  const rendererDir = join(appPath, 'dist', 'renderer');
  const preloadPath = join(appPath, 'dist-electron', 'preload.cjs');
  const dataDir = argValue(argv, 'data-dir') ?? app.getPath('userData');

  try {
    denyAllPermissions(electron.session.defaultSession);
    electron.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

    const nativeBinding = resolveBinding(app, appPath, overrides);
    const open = overrides.openCore ?? openHouse;
    const secrets = safeStorageSecrets(electron.safeStorage, overrides.platform ?? process.platform);
    const demo = argv.includes('--demo');
    core = await open({ dataDir, demo, appVersion: app.getVersion(), nativeBinding, services: { secrets, pdf } });
    // A damaged database opens in the recovery state and a read-only one as a copy: the window shows
    // the recovery screen or a banner instead of a dialog and quitting.
    if (core.state.mode !== 'normal')
      log(
        `[wijkhuis] ${core.state.mode === 'recovery' ? 'herstelstand' : 'alleen lezen'}: ${inLang(core.state.reason, 'nl')}`,
      );
    stopSchedules = core.startSchedules();
    const ipc = registerIpc(electron.ipcMain, core, { dispatch: overrides.dispatch });

    const menu = buildMenuTemplate({
      platform: overrides.platform ?? process.platform,
      appName: 'Wijkhuis',
      devTools: !app.isPackaged,
      openDataFolder: () => void shell.openPath(dataDir),
      showAbout: () => void showAbout(electron, window, app.getVersion()),
    });
    electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(menu));

    window = closedWith(pdf, createMainWindow(electron, preloadPath));
    app.on('activate', () => {
      if (electron.BrowserWindow.getAllWindows().length === 0)
        window = closedWith(pdf, createMainWindow(electron, preloadPath));
    });
    if (smoke) runSmokeTest(app, window, { log, shutdown, timeoutMs: overrides.smokeTimeoutMs ?? 30_000 });
    return { core, window, ipc, paths: { rendererDir, preloadPath, dataDir } };
  } catch (error) {
    shutdown();
    return failStartup(electron, error, smoke, log);
  }
}

/** Ends this instance after a failed start: the smoke test reports why and exits with an error, a person gets a dialog. */
function failStartup(electron: ElectronMain, error: unknown, smoke: boolean, log: (line: string) => void): null {
  const { title, message } = describeStartupError(error);
  if (smoke) {
    log(`WIJKHUIS SMOKE FAILED: ${message}`);
    electron.app.exit(1);
    return null;
  }
  console.error('[wijkhuis] starten mislukt:', error);
  electron.dialog.showErrorBox(title, message);
  electron.app.quit();
  return null;
}

function resolveBinding(app: ElectronMain['app'], appPath: string, overrides: StartOverrides): string | undefined {
  if (overrides.nativeBinding === null) return undefined;
  const file =
    overrides.nativeBinding ??
    electronBindingPath({
      isPackaged: app.isPackaged,
      resourcesPath: overrides.resourcesPath ?? process.resourcesPath,
      appPath,
      electronVersion: overrides.electronVersion ?? process.versions.electron ?? 'onbekend',
    });
  if (!existsSync(file)) {
    throw new StartupError(
      `De databasemodule voor Electron ontbreekt (${file}).` +
        (app.isPackaged ? ' Installeer Wijkhuis opnieuw.' : ' Voer eerst "node scripts/electron-native.mjs" uit.'),
    );
  }
  return file;
}

function describeStartupError(error: unknown): { title: string; message: string } {
  if (error instanceof DatabaseOpenError)
    return { title: 'Wijkhuis kan de database niet openen', message: inLang(error.message, 'nl') };
  if (error instanceof StartupError) return { title: 'Wijkhuis kan niet starten', message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { title: 'Wijkhuis kan niet starten', message: `Er ging iets mis bij het starten: ${detail}` };
}

async function showAbout(electron: ElectronMain, window: BrowserWindow | null, version: string): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'Over Wijkhuis',
    message: `Wijkhuis ${version}`,
    detail: 'Het programma voor een Rotterdams Huis van de Wijk.\nVrije software onder de GPL-3.0-or-later.',
    buttons: ['OK'],
  };
  await (window && !window.isDestroyed()
    ? electron.dialog.showMessageBox(window, options)
    : electron.dialog.showMessageBox(options));
}
