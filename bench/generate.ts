/**
 * The dataset of ten years of a busy house, generated deterministically from a seed through the same
 * API the desk uses (see caller.ts for how calls are batched). Usable on its own:
 * `tsx bench/generate.ts --data DIR [--small] [--seed N]` leaves a data folder the bridge can open.
 */
import { openHouse } from '../db/house';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../db/contract/dispatch';
import { Caller, cacheStatements } from './caller';
import { Random } from './random';
import { amountsFor, timeline, type GenContext } from './dataset/context';
import { generateHouse } from './dataset/house';
import { generateBookings } from './dataset/bookings';
import { generateRoster } from './dataset/roster';
import { generateAttendance } from './dataset/attendance';
import { generateBudget } from './dataset/budget';
import { generateLogbook } from './dataset/logbook';

export const BENCH_USER = { name: 'Bench Beheerder', username: 'beheer', password: 'bench-wachtwoord-lang' };

/** The figures of a generation, written into the data folder next to the database. */
export const GENERATION_FILE = 'bench-generatie.json';

export interface Generated {
  seconds: number;
  /** Processor time of the generation: on a machine shared with other work, closer to what a quiet machine takes. */
  cpuSeconds: number;
  phases: Record<string, number>;
  databaseBytes: number;
  rowCounts: Record<string, number>;
  anchor: string;
  seed: number;
}

const COUNTED = [
  'rooms',
  'renters',
  'bookings',
  'booking_series',
  'booking_rooms',
  'volunteers',
  'shifts',
  'assignments',
  'budget_applications',
  'budget_meetings',
  'budget_votes',
  'activities',
  'sessions',
  'session_counts',
  'session_band_counts',
  'logbook_entries',
  'audit_log',
];

export async function generate(
  dataDir: string,
  options: { small: boolean; seed: number; log?: (m: string) => void },
): Promise<Generated> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const log = options.log ?? ((m: string) => console.log(`  ${m}`));
  const core = await openHouse({ dataDir });
  cacheStatements(core.db);
  try {
    const setup = await dispatch(
      core,
      'setup.firstRun',
      { buildingName: 'Huis van de Wijk De Benchmark', user: BENCH_USER, demo: false },
      null,
    );
    if (!setup.ok || !setup.session || !('set' in setup.session))
      throw new Error(`setup.firstRun: ${JSON.stringify(setup)}`);
    const ctx: GenContext = {
      caller: new Caller(core, setup.session.set, 2000),
      random: new Random(options.seed),
      amounts: amountsFor(options.small),
      time: timeline(),
      log,
    };
    const phases: Record<string, number> = {};
    const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      const out = await work();
      ctx.caller.commit();
      phases[name] = (performance.now() - t) / 1000;
      log(`${name}: ${phases[name]!.toFixed(1)} s`);
      return out;
    };
    const house = await phase('huis, ruimtes, huurders', () => generateHouse(ctx));
    const bookings = await phase('boekingen', () => generateBookings(ctx, house));
    await phase('vrijwilligers en rooster', () => generateRoster(ctx));
    await phase('activiteiten en tellingen', () => generateAttendance(ctx, bookings));
    await phase('lokaal budget', async () => generateBudget(ctx, house));
    await phase('logboek', () => generateLogbook(ctx));
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const rowCounts = Object.fromEntries(
      COUNTED.map((t) => [t, (core.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
    );
    const cpu = process.cpuUsage(cpuStart);
    const out: Generated = {
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      phases,
      databaseBytes: statSync(core.paths.dbFile).size,
      rowCounts,
      anchor: ctx.time.anchor,
      seed: options.seed,
    };
    // Kept beside the database, so a later `npm run bench -- --data DIR` can report how it was made.
    writeFileSync(join(dataDir, GENERATION_FILE), `${JSON.stringify(out, null, 2)}\n`);
    return out;
  } finally {
    core.close();
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = arg('--data');
  if (!dir) throw new Error('Gebruik: tsx bench/generate.ts --data MAP [--small] [--seed N]');
  const out = await generate(dir, { small: process.argv.includes('--small'), seed: Number(arg('--seed') ?? 20261123) });
  console.log(JSON.stringify(out, null, 2));
}
