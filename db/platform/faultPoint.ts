import { writeSync } from 'node:fs';

/**
 * Only the fault-injection tests set WIJKHUIS_FAULT_PAUSE: the process announces the step on stdout and then blocks
 * until it is killed, so a test can cut a restore (db/platform/core.ts) or the sending of a mail
 * (db/modules/mail/sender.ts) off at a known point.
 */
export function faultPoint(step: string): void {
  if (process.env.WIJKHUIS_FAULT_PAUSE !== step) return;
  writeSync(1, `WIJKHUIS PAUZE ${step}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
