// electron-builder beforePack hook: refuses to package without the Electron build of better-sqlite3
// for this Electron version, platform and architecture. Without it the installed app would start
// only to say "installeer opnieuw"; electron-builder itself skips a missing extraResources file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// builder-util's Arch enum, by number.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export function checkPackagedBinding({ projectDir, platform, arch }) {
  const electron = JSON.parse(
    readFileSync(join(projectDir, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const dir = join(projectDir, '.native', 'package');
  const problem = (why) =>
    new Error(
      `[before-pack] ${why} Voer "node scripts/electron-native.mjs" uit op een ${platform}-${arch}-machine met internet.`,
    );
  if (!existsSync(join(dir, 'better_sqlite3.node')) || !existsSync(join(dir, 'build-info.json'))) {
    throw problem('De Electron-versie van better-sqlite3 ontbreekt in .native/package/.');
  }
  const info = JSON.parse(readFileSync(join(dir, 'build-info.json'), 'utf8'));
  if (info.electron !== electron || info.platform !== platform || info.arch !== arch) {
    throw problem(
      `.native/package/ is gebouwd voor Electron ${info.electron} ${info.platform}-${info.arch}, nodig is Electron ${electron} ${platform}-${arch}.`,
    );
  }
}

export default async function beforePack(context) {
  checkPackagedBinding({
    projectDir: context.packager.projectDir,
    platform: context.electronPlatformName,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
  });
}
