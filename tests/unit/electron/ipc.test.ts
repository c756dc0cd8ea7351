import { testClock } from '../../clock';
import { openHouse } from '../../../db/house';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API } from '../../../db/contract/api';
import { Core } from '../../../db/platform/core';
import type { dispatch } from '../../../db/contract/dispatch';
import { IPC_PREFIX } from '../../../db/contract/transport';
import { registerIpc } from '../../../electron/ipc';
import { createFakeElectron, type FakeElectron } from './fake-electron';

const firstRun = {
  buildingName: 'Huis van de Wijk Oleander',
  user: { name: 'Bea Beheer', username: 'bea', password: 'correct-paard-batterij' },
};

let dir: string;
let core: Core;
let fake: FakeElectron;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wijkhuis-ipc-'));
  core = await openHouse({ dataDir: dir, clock: testClock() });
  fake = createFakeElectron();
});

afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('IPC registration', () => {
  it('registers one channel per API method and nothing else', () => {
    const reg = registerIpc(fake.electron.ipcMain, core);
    const expected = Object.keys(API)
      .map((name) => IPC_PREFIX + name)
      .sort();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(expected);
    expect(reg.channels.sort()).toEqual(expected);
    reg.dispose();
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('keeps the session per window: signing in one window does not sign in another', async () => {
    registerIpc(fake.electron.ipcMain, core);
    const first = fake.newWebContents();
    const second = fake.newWebContents();

    expect(await fake.invoke('wijkhuis:setup.status', {}, { sender: first })).toEqual({
      ok: true,
      value: { needsSetup: true, demoSuggested: false },
    });
    const setUp = await fake.invoke('wijkhuis:setup.firstRun', firstRun, { sender: first });
    expect(setUp.ok).toBe(true);
    // The token stays in the main process; the renderer only sees the result.
    expect(JSON.stringify(setUp)).not.toMatch(/[0-9a-f]{64}/);

    const me = await fake.invoke('wijkhuis:auth.me', {}, { sender: first });
    expect(me).toMatchObject({
      ok: true,
      value: { user: { username: 'bea', role: 'beheerder' }, buildingName: 'Huis van de Wijk Oleander' },
    });

    const stranger = await fake.invoke('wijkhuis:auth.me', {}, { sender: second });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('forgets the session when signed out and when the window is destroyed', async () => {
    registerIpc(fake.electron.ipcMain, core);
    const win = fake.newWebContents();
    await fake.invoke('wijkhuis:setup.firstRun', firstRun, { sender: win });
    expect((await fake.invoke('wijkhuis:auth.logout', {}, { sender: win })).ok).toBe(true);
    expect(await fake.invoke('wijkhuis:auth.me', {}, { sender: win })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    const login = await fake.invoke(
      'wijkhuis:auth.login',
      { username: 'bea', password: firstRun.user.password },
      { sender: win },
    );
    expect(login.ok).toBe(true);
    expect((await fake.invoke('wijkhuis:auth.me', {}, { sender: win })).ok).toBe(true);
    const ended: string[] = [];
    const end = core.sessions.end.bind(core.sessions);
    core.sessions.end = (token) => {
      ended.push(token);
      end(token);
    };
    win.destroy();
    // The token itself is ended, not only forgotten: it is useless to anyone who learned it.
    expect(ended).toHaveLength(1);
    expect(core.sessions.resolve(ended[0], 60)).toBeNull();
    expect(await fake.invoke('wijkhuis:auth.me', {}, { sender: win })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://elders/index.html', null])(
    'refuses calls from a frame at %s',
    async (frameUrl) => {
      let reached = false;
      const spy: typeof dispatch = async () => {
        reached = true;
        return { ok: true, value: null, session: null };
      };
      registerIpc(fake.electron.ipcMain, core, { dispatch: spy });
      const result = await fake.invoke('wijkhuis:setup.status', {}, { frameUrl });
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(reached).toBe(false);
    },
  );

  it('returns errors as values and never throws across IPC', async () => {
    const broken: typeof dispatch = async () => {
      throw new Error('kapot');
    };
    registerIpc(fake.electron.ipcMain, core, { dispatch: broken });
    const silence = console.error;
    console.error = () => undefined;
    try {
      expect(await fake.invoke('wijkhuis:setup.status', {})).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'Er ging iets mis in Wijkhuis.', fieldErrors: {} },
      });
    } finally {
      console.error = silence;
    }
  });

  it('passes validation errors through as CallResults', async () => {
    registerIpc(fake.electron.ipcMain, core);
    const result = await fake.invoke('wijkhuis:setup.firstRun', { buildingName: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(Object.keys(result)).toEqual(['ok', 'error']);
  });
});
