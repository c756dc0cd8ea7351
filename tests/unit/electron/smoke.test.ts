import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../../electron/native';

// The real Electron, when this machine has its binary (it cannot be downloaded here): starts the
// built app with --smoke-test, which answers once the page reached the database over IPC.
const root = join(import.meta.dirname, '..', '..', '..');
const electronDir = join(root, 'node_modules', 'electron');

function electronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

const binary = electronBinary();
const version = (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
const binding = electronBindingPath({ isPackaged: false, resourcesPath: '', appPath: root, electronVersion: version });
const needsXvfb = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const skipReason = !binary
  ? 'Electron-binary niet aanwezig op deze machine; rooktest overgeslagen'
  : !existsSync(binding)
    ? `Electron-versie van better-sqlite3 ontbreekt (${binding}); voer "node scripts/electron-native.mjs" uit. Rooktest overgeslagen`
    : !existsSync(join(root, 'dist-electron', 'main.js')) || !existsSync(join(root, 'dist', 'renderer', 'index.html'))
      ? 'Geen build (npm run build); rooktest overgeslagen'
      : needsXvfb && !hasCommand('xvfb-run')
        ? 'Geen beeldscherm en geen xvfb-run; rooktest overgeslagen'
        : null;
if (skipReason) console.log(`[rooktest] ${skipReason}`);

describe('Electron smoke test', () => {
  it.skipIf(skipReason !== null)(
    'starts the built app, loads the renderer and reaches the database',
    () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'wijkhuis-smoke-'));
      try {
        const args = [root, '--smoke-test', `--data-dir=${dataDir}`];
        // Chromium refuses its own sandbox as root (containers, CI): only then is it switched off.
        if (process.getuid?.() === 0) args.push('--no-sandbox');
        const [command, commandArgs] = needsXvfb ? ['xvfb-run', ['-a', binary!, ...args]] : [binary!, args];
        const env = { ...process.env };
        delete env.ELECTRON_RUN_AS_NODE;
        const run = spawnSync(command, commandArgs as string[], { cwd: root, env, encoding: 'utf8', timeout: 90_000 });
        expect(run.stdout + run.stderr).toContain('WIJKHUIS SMOKE OK');
        expect(run.status).toBe(0);
        expect(existsSync(join(dataDir, 'wijkhuis.sqlite'))).toBe(true);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
