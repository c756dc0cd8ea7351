import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Db } from '../../db/platform/database';
import { ROOT } from '../e2e/harness';

const WORKER = join(ROOT, 'tests', 'faults', 'worker.ts');

export interface Worker {
  child: ChildProcess;
  /** Resolves with the first stdout line matching `pattern`; rejects when the process ends first. */
  waitFor(pattern: RegExp): Promise<string>;
  /** SIGKILL: no exit handlers, no flushing, as when the power goes. */
  kill(): Promise<void>;
  /** Resolves with everything the process wrote once it ended by itself. */
  done(): Promise<string>;
}

export function startWorker(
  args: string[],
  options: { env?: Record<string, string>; uid?: number; gid?: number } = {},
): Worker {
  // Node itself with tsx as a loader, not the tsx launcher: the launcher runs the script in a child
  // process, and a SIGKILL to the launcher would leave that child writing on.
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid } : {}),
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    child,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = output.split('\n').find((l) => pattern.test(l));
          if (line !== undefined) {
            child.stdout!.off('data', check);
            resolve(line);
          }
        };
        child.stdout!.on('data', check);
        check();
        void exited.then(() => {
          check();
          reject(new Error(`worker ended before ${pattern}:\n${output}`));
        });
      }),
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
    done: async () => {
      await exited;
      return output;
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** integrity_check and foreign_key_check on the file as the next start opens it. */
export function expectSound(db: Db): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
}
