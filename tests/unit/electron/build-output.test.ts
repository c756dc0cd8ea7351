import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../db/contract/transport';

// These check what `npm run build` produced (npm test builds first); they do not build themselves,
// so a stale or missing build shows up as a failure rather than being papered over.
const root = join(import.meta.dirname, '..', '..', '..');
const out = join(root, 'dist-electron');
const renderer = join(root, 'dist', 'renderer');

function needBuilt(file: string): string {
  if (!existsSync(file))
    throw new Error(
      `${file} ontbreekt: voer eerst "npm run build" uit (of node scripts/build-electron.mjs en npx vite build).`,
    );
  return file;
}

describe('dist-electron/preload.cjs', () => {
  let code: string;
  beforeAll(() => {
    code = readFileSync(needBuilt(join(out, 'preload.cjs')), 'utf8');
  });

  it('is CommonJS that requires only electron', () => {
    expect(code).toContain('require("electron")');
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    const required = new Set([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);
  });

  it('exposes window.wijkhuis with call() and nothing else, wired to wijkhuis:<method>', async () => {
    const exposed: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, () => Promise<unknown>>) => (exposed[key] = api),
      },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, value: 'pong' };
        },
      },
    };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
    expect(Object.keys(exposed)).toEqual(['wijkhuis']);
    expect(Object.keys(exposed.wijkhuis!)).toEqual(['call']);
    expect(await exposed.wijkhuis!.call!('auth.me', {})).toEqual({ ok: true, value: 'pong' });
    expect(await exposed.wijkhuis!.call!('auth.me', {}, 'en')).toEqual({ ok: true, value: 'pong' });
    expect(await exposed.wijkhuis!.call!('../etc.passwd', {})).toMatchObject({ ok: false });
    // The renderer's language goes along; anything but 'en' is Dutch.
    expect(invoked).toEqual([
      ['wijkhuis:auth.me', {}, 'nl'],
      ['wijkhuis:auth.me', {}, 'en'],
    ]);
  });
});

describe('dist-electron/main.js', () => {
  it('is a module Node can parse', () => {
    execFileSync(process.execPath, ['--check', needBuilt(join(out, 'main.js'))]);
  });

  it('imports only electron, better-sqlite3 and Node built-ins; zod and db/ are bundled', () => {
    const code = readFileSync(needBuilt(join(out, 'main.js')), 'utf8');
    const specifiers = new Set([
      ...[...code.matchAll(/^\s*import\s[^'"]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
      ...[...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
      ...[...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
    ]);
    const allowed = (s: string) =>
      s === 'electron' || s === 'better-sqlite3' || s.startsWith('node:') || builtinModules.includes(s);
    expect([...specifiers].filter((s) => !allowed(s))).toEqual([]);
    expect(specifiers).toContain('electron');
    expect(specifiers).toContain('better-sqlite3');
  });

  it('has the migrations beside it, as db/platform/migrations.ts expects', () => {
    const sql = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.sql'))
        .sort();
    expect(sql(needBuilt(join(out, 'migrations')))).toEqual(sql(join(root, 'db', 'platform', 'migrations')));
    expect(sql(join(out, 'migrations')).length).toBeGreaterThan(0);
  });
});

describe('dist-electron/bridge.js and main.js: Node bundles from one set of settings', () => {
  const imports = (code: string) =>
    new Set([
      ...[...code.matchAll(/^\s*import\s[^'"]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
      ...[...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
      ...[...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
    ]);

  it('bundles the web bridge (what npm run preview, the e2e tests and the bench run) without Electron', () => {
    const specifiers = imports(readFileSync(needBuilt(join(out, 'bridge.js')), 'utf8'));
    const allowed = (s: string) => s === 'better-sqlite3' || s.startsWith('node:') || builtinModules.includes(s);
    expect([...specifiers].filter((s) => !allowed(s))).toEqual([]);
  });

  it('has no __dirname or __filename: an ES module has neither, and files beside a library are not shipped', () => {
    for (const file of ['main.js', 'bridge.js'])
      expect(readFileSync(needBuilt(join(out, file)), 'utf8'), file).not.toMatch(/\b__(dirname|filename)\b/);
  });
});

describe('dist/renderer', () => {
  it('has index.html referring to its assets relatively, so app:// can serve them', () => {
    const html = readFileSync(needBuilt(join(renderer, 'index.html')), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((r) => !/^(data:|#|https?:)/.test(r));
    expect(refs.some((r) => r.endsWith('.js'))).toBe(true);
    for (const ref of refs) {
      expect(ref).toMatch(/^\.\/assets\//);
      expect(existsSync(join(renderer, ref))).toBe(true);
    }
  });
});

describe('the built main process, run in Node with a fake Electron', () => {
  it('opens the database through the packaged binding path, serves the renderer and answers over IPC', () => {
    needBuilt(join(out, 'main.js'));
    needBuilt(join(renderer, 'index.html'));
    const userData = mkdtempSync(join(tmpdir(), 'wijkhuis-built-'));
    const resources = mkdtempSync(join(tmpdir(), 'wijkhuis-resources-'));
    try {
      // The Node build stands in for the Electron one: same place as in an installed app.
      mkdirSync(join(resources, 'native'));
      copyFileSync(
        join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
        join(resources, 'native', 'better_sqlite3.node'),
      );
      const run = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--import',
          './tests/unit/electron/fixtures/register-fake-electron.mjs',
          'dist-electron/main.js',
          '--smoke-test',
        ],
        {
          cwd: root,
          encoding: 'utf8',
          timeout: 60_000,
          env: {
            ...process.env,
            WIJKHUIS_FAKE_USERDATA: userData,
            WIJKHUIS_FAKE_RESOURCES: resources,
            WIJKHUIS_FAKE_APPPATH: root,
          },
        },
      );
      expect(run.stdout + run.stderr).toContain('WIJKHUIS SMOKE OK');
      expect(run.status).toBe(0);
      expect(existsSync(join(userData, 'wijkhuis.sqlite'))).toBe(true);
    } finally {
      rmSync(userData, { recursive: true, force: true });
      rmSync(resources, { recursive: true, force: true });
    }
  });

  it('keeps the CSP the renderer is tested with', () => {
    // The same constant reaches Electron (protocol.ts) and the web bridge; a stray copy would drift.
    const code = readFileSync(needBuilt(join(out, 'main.js')), 'utf8');
    expect(code).toContain(JSON.stringify(CONTENT_SECURITY_POLICY.split('; ')[0]));
  });
});
