import { testClock } from '../../clock';
import { openHouse, type HouseOptions } from '../../../db/house';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API } from '../../../db/contract/api';
import { Core } from '../../../db/platform/core';
import { DatabaseOpenError } from '../../../db/platform/database';
import { CONTENT_SECURITY_POLICY } from '../../../db/contract/transport';
import { startApp, type StartOverrides } from '../../../electron/app';
import { createFakeElectron, type FakeElectron, type FakeOptions } from './fake-electron';
import { brokenHouse } from '../../faults/broken-house';
import { PASSWORD } from '../../helpers';

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** An app folder with a built renderer, a fresh userData folder, and a Core whose backup schedule is observed. */
function setup(options: FakeOptions = {}) {
  const appPath = temp('wijkhuis-app-');
  mkdirSync(join(appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Wijkhuis</title>');
  const fake = createFakeElectron({ appPath, userData: temp('wijkhuis-userdata-'), version: '1.2.3', ...options });
  const opened: HouseOptions[] = [];
  const stopSchedules = vi.fn();
  const openCore = async (o: HouseOptions) => {
    opened.push(o);
    const core = await openHouse({ ...o, clock: testClock() });
    cores.push(core);
    // The real schedule writes a backup at once; here it is enough to see it started and stopped.
    core.startSchedules = vi.fn(() => stopSchedules);
    return core;
  };
  const log: string[] = [];
  const overrides: StartOverrides = {
    nativeBinding: null,
    openCore,
    log: (line) => void log.push(line),
    platform: 'linux',
  };
  return { fake, appPath, opened, stopSchedules, log, overrides };
}

async function start(fake: FakeElectron, argv: string[], overrides: StartOverrides) {
  const running = startApp(fake.electron, ['electron', '.', ...argv], overrides);
  fake.ready();
  return running;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('startApp', () => {
  it('quits at once when another instance holds the lock', async () => {
    const { fake, overrides } = setup({ lock: false });
    const result = await startApp(fake.electron, ['electron', '.'], overrides);
    expect(result).toBeNull();
    expect(fake.app.quitCount).toBe(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('registers app:// as privileged and enables the sandbox before the app is ready', async () => {
    const { fake, overrides } = setup();
    const running = startApp(fake.electron, ['electron', '.'], overrides);
    expect(fake.privilegedSchemes).toEqual([
      {
        schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
        beforeReady: true,
      },
    ]);
    expect(fake.app.sandboxEnabled).toBe(true);
    fake.ready();
    await running;
  });

  it('opens one locked-down window on app://wijkhuis/index.html with the built preload', async () => {
    const { fake, appPath, overrides } = setup();
    const running = await start(fake, [], overrides);
    expect(fake.windows).toHaveLength(1);
    const { options } = fake.window;
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(options.webPreferences?.preload).toBe(join(appPath, 'dist-electron', 'preload.cjs'));
    expect(options).toMatchObject({ title: 'Wijkhuis', show: false });
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(fake.window.loadedUrl).toBe('app://wijkhuis/index.html');
    expect(running?.paths.rendererDir).toBe(join(appPath, 'dist', 'renderer'));
    expect(fake.window.shown).toBe(false);
    await tick();
    expect(fake.window.shown).toBe(true);
  });

  it('serves the renderer folder over app:// with the CSP', async () => {
    const { fake, overrides } = setup();
    await start(fake, [], overrides);
    const res = await fake.fetch('app://wijkhuis/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await fake.fetch('app://wijkhuis/..%2f..%2fpackage.json')).status).toBe(403);
  });

  it('hardens the window, denies permissions and registers every API method', async () => {
    const { fake, overrides } = setup();
    await start(fake, [], overrides);
    expect(fake.window.webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(fake.window.webContents.navigate('https://example.org/')).toBe(true);
    expect(await fake.requestPermission('media')).toBe(false);
    expect(fake.ipcHandlers.size).toBe(Object.keys(API).length);
  });

  it('opens the core in userData with the app version, and demo only with --demo', async () => {
    const plain = setup();
    await start(plain.fake, [], plain.overrides);
    expect(plain.opened).toEqual([
      {
        dataDir: plain.fake.options.userData,
        demo: false,
        appVersion: '1.2.3',
        nativeBinding: undefined,
        // The app's PDF printer (electron/pdf.ts); the fake has no safeStorage, so no secret store: the mail
        // password would be refused, never kept readable.
        services: { secrets: undefined, pdf: { render: expect.any(Function), close: expect.any(Function) } },
      },
    ]);

    const demo = setup();
    const dataDir = temp('wijkhuis-data-');
    await start(demo.fake, ['--demo', `--data-dir=${dataDir}`], demo.overrides);
    expect(demo.opened[0]).toMatchObject({ dataDir, demo: true });
  });

  it('sets a Dutch menu whose actions open the data folder and the about box', async () => {
    const { fake, overrides } = setup();
    await start(fake, [], overrides);
    const menu = fake.applicationMenu!.template;
    expect(menu.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    const click = (top: number, item: string) => {
      const entry = (menu[top]!.submenu as MenuItemConstructorOptions[]).find((i) => i.label === item);
      (entry!.click as () => void)();
    };
    click(0, 'Gegevensmap openen');
    expect(fake.openedPaths).toEqual([fake.options.userData]);
    click(4, 'Over Wijkhuis');
    await tick();
    // Parented to the main window, so it is modal rather than lost behind it.
    expect(fake.messageBoxes).toEqual([
      [fake.window, expect.objectContaining({ title: 'Over Wijkhuis', message: 'Wijkhuis 1.2.3' })],
    ]);
  });

  it('brings the window back when a second instance starts', async () => {
    const { fake, overrides } = setup();
    await start(fake, [], overrides);
    fake.window.minimize();
    fake.window.focused = false;
    fake.app.emit('second-instance', {}, ['electron', '.'], process.cwd());
    expect(fake.window.isMinimized()).toBe(false);
    expect(fake.window.focused).toBe(true);
  });

  it('quits when the window closes, stopping backups and closing the database', async () => {
    const { fake, stopSchedules, overrides } = setup();
    const running = await start(fake, [], overrides);
    expect(running!.core.startSchedules).toHaveBeenCalledOnce();
    fake.window.close();
    expect(fake.app.quitCount).toBe(1);
    expect(stopSchedules).toHaveBeenCalledOnce();
    expect(running!.core.db.open).toBe(false);
  });

  it('shows the Dutch database message and quits when the database cannot be opened', async () => {
    const { fake, overrides } = setup();
    const message = 'Deze database is gemaakt met een nieuwere versie van Wijkhuis. Werk Wijkhuis bij.';
    const silence = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await start(fake, [], {
      ...overrides,
      openCore: async () => {
        throw new DatabaseOpenError('too-new', message);
      },
    });
    silence.mockRestore();
    expect(result).toBeNull();
    expect(fake.errorBoxes).toEqual([{ title: 'Wijkhuis kan de database niet openen', content: message }]);
    expect(fake.app.quitCount).toBe(1);
    expect(fake.windows).toHaveLength(0);
  });

  it('opens the window in the recovery state on a damaged database, and goes on normally after a beheerder restored a backup', async () => {
    const { fake, overrides, log } = setup();
    const { dataDir, backup } = await brokenHouse();
    const running = await start(fake, [`--data-dir=${dataDir}`], overrides);
    expect(fake.errorBoxes).toEqual([]);
    expect(fake.windows).toHaveLength(1);
    expect(running!.core.state.mode).toBe('recovery');
    expect(log.join('\n')).toContain('herstelstand');
    const page = fake.window.webContents;
    page.url = 'app://wijkhuis/index.html';
    const call = (name: string, input: unknown) =>
      page.executeJavaScript(`window.wijkhuis.call('${name}', ${JSON.stringify(input)})`) as Promise<{
        ok: boolean;
        value?: any;
        error?: { code: string; message: string };
      }>;
    expect(await call('recovery.status', {})).toMatchObject({ ok: true, value: { mode: 'recovery' } });
    expect(await call('setup.status', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.stringContaining('herstelstand') },
    });
    expect((await call('recovery.backups', {})).value[0]).toMatchObject({ name: backup, ok: true, recommended: true });
    expect(await call('recovery.restore', { name: backup, username: 'bea', password: PASSWORD })).toMatchObject({
      ok: true,
    });
    expect(await call('setup.status', {})).toMatchObject({ ok: true, value: { needsSetup: false } });
    expect(await call('auth.login', { username: 'bea', password: PASSWORD })).toMatchObject({ ok: true });
    expect((await call('rooms.list', {})).value).toHaveLength(8);
  });

  it('says how to build the Electron binding when it is missing, instead of loading the Node build', async () => {
    const { fake, opened, overrides } = setup();
    const silence = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await start(fake, [], { ...overrides, nativeBinding: undefined, electronVersion: '0.0.0-test' });
    silence.mockRestore();
    expect(opened).toEqual([]);
    expect(fake.errorBoxes[0]?.content).toContain('scripts/electron-native.mjs');
    expect(fake.errorBoxes[0]?.content).toContain(join('.native', 'electron-0.0.0-test', 'better_sqlite3.node'));
    expect(fake.app.quitCount).toBe(1);
  });

  it('--smoke-test: prints WIJKHUIS SMOKE OK once the page answered through IPC, then quits', async () => {
    const { fake, log, overrides } = setup();
    await start(fake, ['--smoke-test'], overrides);
    await vi.waitFor(() => expect(log).toContain('WIJKHUIS SMOKE OK'));
    expect(fake.app.quitCount).toBe(1);
    expect(fake.app.exitCode).toBeNull();
  });

  it('--smoke-test: fails with exit code 1 when the page does not load', async () => {
    const { fake, log, overrides } = setup({
      onLoad: (win) => void setImmediate(() => win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND')),
    });
    await start(fake, ['--smoke-test'], overrides);
    await vi.waitFor(() => expect(fake.app.exitCode).toBe(1));
    expect(log.join('\n')).toContain('WIJKHUIS SMOKE FAILED');
    expect(log).not.toContain('WIJKHUIS SMOKE OK');
  });

  it('--smoke-test: a start-up failure prints and exits 1 instead of waiting on a dialog', async () => {
    const { fake, log, overrides } = setup();
    await start(fake, ['--smoke-test'], {
      ...overrides,
      openCore: async () => {
        throw new DatabaseOpenError('corrupt', 'De database is beschadigd.');
      },
    });
    expect(fake.errorBoxes).toEqual([]);
    expect(fake.app.exitCode).toBe(1);
    expect(log.join('\n')).toContain('De database is beschadigd.');
  });
});
