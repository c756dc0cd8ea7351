import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The fuses are flipped in the Electron binary by electron-builder while packaging, which cannot run here (no
// Electron download). So this asks electron-builder itself what it would flip: its own YAML reader and its own
// translation of `electronFuses` into @electron/fuses' wire (the code `npm run dist` runs).
const root = join(import.meta.dirname, '..', '..', '..');
const fromBuilder = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'));
const fromLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const yaml = fromBuilder('js-yaml') as { load(text: string): unknown };
const { PlatformPackager } = fromLib('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
};
const { FuseV1Options } = fromLib('@electron/fuses') as { FuseV1Options: Record<string, number> };

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  electronFuses?: Record<string, boolean>;
  asar?: unknown;
  files: string[];
};

describe('Electron fuses in the packaged app', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect; encrypts cookies; loads only the checked asar', async () => {
    expect(config.electronFuses, 'electron-builder.yml has no electronFuses').toBeDefined();
    const wire = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    const fuse = (name: string) => wire[FuseV1Options[name]!];
    expect(fuse('RunAsNode')).toBe(false);
    expect(fuse('EnableNodeOptionsEnvironmentVariable')).toBe(false);
    expect(fuse('EnableNodeCliInspectArguments')).toBe(false);
    expect(fuse('EnableCookieEncryption')).toBe(true);
    expect(fuse('OnlyLoadAppFromAsar')).toBe(true);
    expect(fuse('EnableEmbeddedAsarIntegrityValidation')).toBe(true);
  });

  it('packs the app into an asar, which OnlyLoadAppFromAsar needs to start at all', () => {
    expect(config.asar ?? true).not.toBe(false);
  });

  it('leaves the bundled web bridge out of the app: it is for npm run preview and the tests', () => {
    expect(config.files).toContain('!dist-electron/bridge.js');
  });
});
