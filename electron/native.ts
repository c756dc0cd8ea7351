import { join } from 'node:path';

export const BINDING_FILE = 'better_sqlite3.node';

export interface BindingLocation {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
  electronVersion: string;
}

/**
 * Where the better-sqlite3 binding built for Electron lives. node_modules keeps the Node build for
 * the tests; the Electron build sits beside it (scripts/electron-native.mjs writes it there) and is
 * shipped outside the asar by electron-builder, because a .node file cannot be loaded from an asar.
 */
export function electronBindingPath(where: BindingLocation): string {
  return where.isPackaged
    ? join(where.resourcesPath, 'native', BINDING_FILE)
    : join(where.appPath, '.native', `electron-${where.electronVersion}`, BINDING_FILE);
}
