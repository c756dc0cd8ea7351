import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API } from '../../../db/contract/api';
import { IPC_PREFIX } from '../../../db/contract/transport';
import { FAKE_ELECTRON_VERSION, REPORT, type IpcReport } from './fixtures/ipc-report';

// The unit and integration tests run the TypeScript source; the app runs dist-electron/main.js, one bundled
// ES module. A library that works from source can still fail in the bundle (it crashed every iCal export:
// __dirname is not defined there). So here the built bundle itself, in Node with a fake Electron, answers
// every API method through its IPC channels. Like build-output.test.ts it needs `npm run build` first
// (WIJKHUIS_MAIN_BUNDLE may point at another build of main.js).
const root = join(import.meta.dirname, '..', '..', '..');
const bundle = process.env.WIJKHUIS_MAIN_BUNDLE ?? join(root, 'dist-electron', 'main.js');

function runBundle(): { report: IpcReport | null; output: string; status: number | null } {
  if (!existsSync(bundle)) throw new Error(`${bundle} ontbreekt: voer eerst "node scripts/build-electron.mjs" uit.`);
  const userData = mkdtempSync(join(tmpdir(), 'wijkhuis-bundle-ipc-'));
  const appPath = mkdtempSync(join(tmpdir(), 'wijkhuis-bundle-app-'));
  try {
    // Where an unpackaged app looks for its Electron binding; the Node build stands in, as this is Node.
    const native = join(appPath, '.native', `electron-${FAKE_ELECTRON_VERSION}`);
    mkdirSync(native, { recursive: true });
    copyFileSync(
      join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
      join(native, 'better_sqlite3.node'),
    );
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        './tests/unit/electron/fixtures/register-fake-electron-ipc.mjs',
        bundle,
        '--demo',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 240_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, WIJKHUIS_FAKE_USERDATA: userData, WIJKHUIS_FAKE_APPPATH: appPath },
      },
    );
    const lines = run.stdout.split('\n');
    const line = lines.find((l) => l.startsWith(REPORT));
    // What the bundle logged (an INTERNAL error's stack), without the long report line.
    const output = [...lines.filter((l) => l !== line), run.stderr].join('\n');
    return { report: line ? (JSON.parse(line.slice(REPORT.length)) as IpcReport) : null, output, status: run.status };
  } finally {
    rmSync(userData, { recursive: true, force: true });
    rmSync(appPath, { recursive: true, force: true });
  }
}

describe('the built main process, every method through its IPC channel', () => {
  it('answers every method for a signed-in beheerder with a valid example input, never with INTERNAL', () => {
    const { report, output, status } = runBundle();
    expect(report, output.slice(-4000)).not.toBeNull();
    expect(status, output.slice(-4000)).toBe(0);
    const { channels, calls } = report!;
    // A channel per method of the source: a stale bundle shows here rather than as odd failures.
    expect(channels).toEqual(
      Object.keys(API)
        .map((name) => IPC_PREFIX + name)
        .sort(),
    );
    expect(calls.map((c) => c.name).sort()).toEqual(
      Object.keys(API)
        .filter((n) => n !== 'setup.firstRun')
        .sort(),
    );
    const internal = calls.filter((c) => c.code === 'INTERNAL').map((c) => `${c.name}: ${c.message}`);
    expect(internal, output.slice(-4000)).toEqual([]);
    // The session held: otherwise every method would have been refused and proven nothing.
    const lost = calls.filter((c) => !c.name.startsWith('auth.') && ['UNAUTHENTICATED', 'LOCKED'].includes(c.code));
    expect(lost).toEqual([]);
    expect(calls.filter((c) => c.code === 'ok').length).toBeGreaterThan(calls.length / 2);
    // The calendar exports that crashed in the bundle answer with a zoned calendar.
    for (const name of ['bookings.ical', 'programme.ical'])
      expect(calls.find((c) => c.name === name)).toMatchObject({ code: 'ok', calendar: true });
  }, 300_000);
});
