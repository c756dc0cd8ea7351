import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../../electron/native';

const root = join(import.meta.dirname, '..', '..', '..');

describe('electronBindingPath', () => {
  it('uses the resources folder in a packaged app', () => {
    expect(
      electronBindingPath({
        isPackaged: true,
        resourcesPath: '/opt/Wijkhuis/resources',
        appPath: '/opt/Wijkhuis/resources/app.asar',
        electronVersion: '45.4.1',
      }),
    ).toBe(join('/opt/Wijkhuis/resources', 'native', 'better_sqlite3.node'));
  });

  it('uses .native/electron-<version> in development, apart from node_modules', () => {
    const file = electronBindingPath({
      isPackaged: false,
      resourcesPath: '/ignored',
      appPath: '/src/wijkhuis',
      electronVersion: '45.4.1',
    });
    expect(file).toBe(join('/src/wijkhuis', '.native', 'electron-45.4.1', 'better_sqlite3.node'));
    expect(file).not.toContain('node_modules');
  });

  it('agrees with the path scripts/electron-native.mjs writes to', () => {
    const electronVersion = (
      JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
    ).version;
    const printed = execFileSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs'), '--print-path'], {
      encoding: 'utf8',
    }).trim();
    expect(printed).toBe(electronBindingPath({ isPackaged: false, resourcesPath: '', appPath: root, electronVersion }));
  });
});
