// Builds better-sqlite3 for the installed Electron into .native/electron-<version>/, leaving
// node_modules (built for Node, which the tests use) untouched. See electron/native.ts for where
// the app looks for the result; the two must agree.
//
//   node scripts/electron-native.mjs               build if missing
//   node scripts/electron-native.mjs --force       build again
//   node scripts/electron-native.mjs --print-path  print the target file and stop
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const requireHere = createRequire(join(root, 'package.json'));

const electronVersion = JSON.parse(readFileSync(requireHere.resolve('electron/package.json'), 'utf8')).version;
const arch = args.find((a) => a.startsWith('--arch='))?.slice(7) ?? process.arch;
const BINDING = 'better_sqlite3.node';
const targetDir = join(root, '.native', `electron-${electronVersion}`);
const target = join(targetDir, BINDING);
const infoFile = join(targetDir, 'build-info.json');
// electron-builder copies this one into resources/native/ (electron-builder.yml cannot name a version).
const packageDir = join(root, '.native', 'package');

if (args.includes('--print-path')) {
  console.log(target);
  process.exit(0);
}

function readInfo() {
  try {
    return JSON.parse(readFileSync(infoFile, 'utf8'));
  } catch {
    return null;
  }
}

function stageForPackaging() {
  mkdirSync(packageDir, { recursive: true });
  copyFileSync(target, join(packageDir, BINDING));
  writeFileSync(join(packageDir, 'build-info.json'), readFileSync(infoFile));
}

function fail(message) {
  console.error(`\n[electron-native] ${message}\n`);
  console.error(
    'De Electron-versie van better-sqlite3 kon niet worden gemaakt. Daarvoor is internet nodig\n' +
      '(een kant-en-klare binding van GitHub, of de Electron-headers van electronjs.org om zelf te bouwen).\n' +
      'node_modules is niet aangeraakt: de tests blijven gewoon werken.',
  );
  process.exit(1);
}

const info = readInfo();
if (!args.includes('--force') && existsSync(target) && info?.arch === arch && info?.electron === electronVersion) {
  stageForPackaging();
  console.log(`[electron-native] al aanwezig: ${relative(root, target)}`);
  process.exit(0);
}

const sourceDir = dirname(requireHere.resolve('better-sqlite3/package.json'));
const scratch = join(root, '.native', `scratch-electron-${electronVersion}-${arch}`);
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const sourceBuild = join(sourceDir, 'build');
cpSync(sourceDir, scratch, {
  recursive: true,
  filter: (src) => src !== sourceBuild && !src.startsWith(sourceBuild + sep),
});

// npm passes the user's config to scripts as npm_config_*: a nodedir=/usr there would make
// node-gyp build against Node's headers and silently produce a binding Electron cannot load.
const env = { ...process.env };
for (const key of Object.keys(env)) {
  if (/^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|build_from_source)$/i.test(key))
    delete env[key];
}

function run(label, command, commandArgs, timeoutMs) {
  console.log(`[electron-native] ${label}…`);
  const result = spawnSync(command, commandArgs, { cwd: scratch, env, stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

const built = join(scratch, 'build', 'Release', BINDING);
const requireFromSqlite = createRequire(join(sourceDir, 'package.json'));
let method = 'prebuild-install';
let ok = run(
  `kant-en-klare binding ophalen voor Electron ${electronVersion} (${process.platform}-${arch})`,
  process.execPath,
  [
    requireFromSqlite.resolve('prebuild-install/bin.js'),
    '--runtime',
    'electron',
    '--target',
    electronVersion,
    '--arch',
    arch,
    '--verbose',
  ],
  5 * 60_000,
);
if (!ok || !existsSync(built)) {
  method = 'node-gyp';
  let nodeGyp;
  try {
    nodeGyp = requireHere.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    fail('prebuild-install lukte niet en node-gyp is niet gevonden in node_modules.');
  }
  ok = run(
    'zelf bouwen met node-gyp tegen de Electron-headers',
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    20 * 60_000,
  );
  if (!ok || !existsSync(built))
    fail(`prebuild-install en node-gyp zijn allebei mislukt (werkmap: ${relative(root, scratch)}).`);
}

// A binding Node itself can load was built against Node's ABI, not Electron's.
if (arch === process.arch) {
  let loadsInNode = false;
  try {
    process.dlopen({ exports: {} }, built);
    loadsInNode = true;
  } catch {
    // Expected: Electron's NODE_MODULE_VERSION differs from Node's.
  }
  if (loadsInNode)
    fail(`${relative(root, built)} is voor Node gebouwd in plaats van voor Electron ${electronVersion}.`);
}

mkdirSync(targetDir, { recursive: true });
copyFileSync(built, target);
writeFileSync(
  infoFile,
  JSON.stringify(
    { electron: electronVersion, arch, platform: process.platform, method, builtAt: new Date().toISOString() },
    null,
    2,
  ) + '\n',
);
stageForPackaging();
rmSync(scratch, { recursive: true, force: true });
console.log(`[electron-native] klaar: ${relative(root, target)} (${method})`);
