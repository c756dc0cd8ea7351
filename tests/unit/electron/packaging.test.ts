import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../../electron/native';

const root = join(import.meta.dirname, '..', '..', '..');
// electron-builder's own YAML reader and schema check, so the test agrees with `npm run dist`.
const fromBuilder = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'));
const yaml = fromBuilder('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  npmRebuild: boolean;
  files: string[];
  directories: { output: string; buildResources: string };
  extraResources: { from: string; to: string }[];
  beforePack: string;
  linux: { target: string[]; category: string; maintainer: string };
  win: { target: string[] };
  nsis: { oneClick: boolean; perMachine: boolean };
  mac: { target: string[]; category: string };
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('never rebuilds node_modules for Electron, which would break the Node tests', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('packages the built app only, and the binding where the app looks for it', () => {
    expect(config).toMatchObject({
      appId: 'nl.wijkhuis.desktop',
      productName: 'Wijkhuis',
      directories: { output: 'release', buildResources: 'build' },
    });
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual([
      'dist-electron/**',
      'dist/renderer/**',
      'package.json',
    ]);
    const [binding] = config.extraResources;
    expect(binding?.to).toBe('native/better_sqlite3.node');
    expect(join('/resources', binding!.to)).toBe(
      electronBindingPath({ isPackaged: true, resourcesPath: '/resources', appPath: '', electronVersion: '' }),
    );
  });

  it('builds an AppImage and a deb, a per-user NSIS installer with a choice, and a dmg', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
    expect(config.mac).toMatchObject({ target: ['dmg'], category: 'public.app-category.productivity' });
  });

  it('has a 512×512 PNG icon rendered from the SVG', () => {
    const png = readFileSync(join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(readFileSync(join(root, 'build', 'icon.svg'), 'utf8')).toContain('viewBox="0 0 512 512"');
  });
});

describe('before-pack hook', () => {
  const dirs: string[] = [];
  afterEach(() => {
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  });

  async function check(info: Record<string, string> | null, target = { platform: 'linux', arch: 'x64' }) {
    const projectDir = mkdtempSync(join(tmpdir(), 'wijkhuis-pack-'));
    dirs.push(projectDir);
    mkdirSync(join(projectDir, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(projectDir, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '45.4.1' }));
    if (info) {
      mkdirSync(join(projectDir, '.native', 'package'), { recursive: true });
      writeFileSync(join(projectDir, '.native', 'package', 'better_sqlite3.node'), 'binding');
      writeFileSync(join(projectDir, '.native', 'package', 'build-info.json'), JSON.stringify(info));
    }
    const hook = (await import(pathToFileURL(join(root, config.beforePack)).href)) as {
      checkPackagedBinding(o: { projectDir: string; platform: string; arch: string }): void;
    };
    return () => hook.checkPackagedBinding({ projectDir, ...target });
  }

  it('stops packaging without the Electron binding', async () => {
    expect(await check(null)).toThrow(/ontbreekt/);
  });

  it('stops packaging with a binding for another Electron, OS or architecture', async () => {
    expect(await check({ electron: '44.0.0', platform: 'linux', arch: 'x64' })).toThrow(/Electron 44\.0\.0/);
    expect(
      await check({ electron: '45.4.1', platform: 'linux', arch: 'x64' }, { platform: 'win32', arch: 'x64' }),
    ).toThrow(/win32-x64/);
    expect(await check({ electron: '45.4.1', platform: 'linux', arch: 'arm64' })).toThrow(/linux-arm64/);
  });

  it('lets a matching binding through', async () => {
    expect(await check({ electron: '45.4.1', platform: 'linux', arch: 'x64' })).not.toThrow();
  });
});
