import type { Db } from './database';
import type { Clock } from './clock';
import type { HouseServices } from './services';

/** What a background worker may use: the database (through a getter: a restore swaps it), the clock, the services. */
export interface WorkerHouse {
  db(): Db;
  readonly clock: Clock;
  readonly services: HouseServices;
}

/**
 * A job that runs for as long as the house is open for writing, next to the hourly routines: the mail sender.
 * start returns the function that stops it. It must never block the event loop (the screens share it).
 */
export interface BackgroundWorker {
  name: string;
  start(house: WorkerHouse): () => void;
}

/** Starts every worker; one that fails to start is logged and the others still run. Returns their stop functions. */
export function startWorkers(workers: readonly BackgroundWorker[], house: WorkerHouse): (() => void)[] {
  return workers.flatMap((worker) => {
    try {
      return [worker.start(house)];
    } catch (e) {
      console.error(`[wijkhuis] achtergrondtaak '${worker.name}' kon niet starten:`, e);
      return [];
    }
  });
}
