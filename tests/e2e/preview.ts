import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bundled web bridge: built with the Electron main process's esbuild settings (scripts/bundle-settings.mjs). */
export const BRIDGE_BUNDLE = join(ROOT, 'dist-electron', 'bridge.js');

/**
 * Bundles bridge/cli.ts into BRIDGE_BUNDLE (about a second). The e2e setup and the bench call it once per run,
 * so they never run a bundle older than the source.
 */
export function buildBridge(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-bridge.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Starts the web bridge as `npm run preview` does (minus the builds) on a free port; resolves with its address
 * once it listens. It runs the bundle with plain Node, not the TypeScript source, so every end-to-end test also
 * proves the bundled code. Shared by the end-to-end tests and the benchmark, so it imports no test framework.
 */
export async function spawnBridge(
  args: string[],
  startTimeoutMs = 30_000,
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!existsSync(BRIDGE_BUNDLE))
    throw new Error(`${BRIDGE_BUNDLE} ontbreekt: voer eerst "node scripts/build-bridge.mjs" uit.`);
  const child: ChildProcess = spawn(process.execPath, [BRIDGE_BUNDLE, '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), startTimeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Wijkhuis preview: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
