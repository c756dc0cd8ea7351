/**
 * `npm run bench [-- --small] [-- --seed N] [-- --data DIR] [-- --small-data DIR] [-- --growth] [-- --no-browser]
 * [-- --keep]`: generates ten years of a busy house in a temporary data folder (or measures DIR again), measures
 * the hot paths against a bare SQLite baseline in the same run, their growth against a small dataset (a
 * twentieth, generated too or kept in `--small-data DIR`), what the web bridge adds to a call and, in Chromium,
 * starting, the walk through every screen with its server time and bytes, and the older full-page rows; writes
 * bench/results.json and prints one table. `--growth` measures only the growth. Speed is judged here, never as
 * timed assertions in the tests.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate, GENERATION_FILE, type Generated } from './generate';
import { measureCore } from './measure';
import { measureBrowser } from './browser';
import { measureGrowth } from './growth';
import { measureBridgeOverhead } from './bridgeOverhead';
import type { Row } from './rows';
import { markdownTable } from './table';
import { timeline } from './dataset/context';

const args = process.argv.slice(2);
const small = args.includes('--small');
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 20261123;

const RESULTS = new URL('./results.json', import.meta.url);

const TARGETS = { generationSeconds: 180, databaseMb: 300 };

function table(rows: Row[]): void {
  const met = rows.filter((r) => r.pass === true).length;
  const missed = rows.filter((r) => r.pass === false);
  console.log(`\n${markdownTable(rows)}\n`);
  console.log(
    `Doelen gehaald: ${met}; niet gehaald: ${missed.length}${missed.length ? ` (${missed.map((r) => r.name).join('; ')})` : ''}`,
  );
}

/** A generated dataset in `dir`, or the one generated there earlier (its figures from then). */
async function dataset(dir: string, options: { small: boolean; seed: number }): Promise<Generated> {
  if (existsSync(join(dir, 'wijkhuis.sqlite')))
    return {
      ...(JSON.parse(readFileSync(join(dir, GENERATION_FILE), 'utf8')) as Generated),
      databaseBytes: statSync(join(dir, 'wijkhuis.sqlite')).size,
    };
  return generate(dir, options);
}

// `--data DIR`: generate into DIR, or when DIR holds a generated database already, measure that one
// again (after a fix) without generating; the generation figures are then those of the earlier run.
const dataAt = args.indexOf('--data');
const given = dataAt >= 0 ? resolve(args[dataAt + 1]!) : null;
const reuse = given !== null && existsSync(join(given, 'wijkhuis.sqlite'));
const dir = given ?? mkdtempSync(join(tmpdir(), 'wijkhuis-bench-'));
const smallAt = args.indexOf('--small-data');
const smallGiven = smallAt >= 0 ? resolve(args[smallAt + 1]!) : null;
/** Temporary folders of this run, removed at the end unless --keep. */
const made: string[] = given ? [] : [dir];
try {
  console.log(
    reuse ? `Meten op de bestaande gegevens in ${dir}` : `Genereren${small ? ' (klein)' : ''}, seed ${seed}, in ${dir}`,
  );
  const generated = await dataset(dir, { small, seed });
  const mb = generated.databaseBytes / 1024 / 1024;
  console.log(
    `Gegenereerd in ${generated.seconds.toFixed(1)} s (processortijd ${generated.cpuSeconds.toFixed(1)} s); database ${mb.toFixed(1)} MB`,
  );
  console.table(generated.rowCounts);

  const time = timeline();
  const rows: Row[] = [];
  const growthOnly = args.includes('--growth');
  if (!growthOnly) {
    console.log('Meten (kern)…');
    rows.push(...(await measureCore(dir, { today: time.today, until: time.until, quick: small })));
  }
  // Growth compares with the small dataset: kept in --small-data DIR, or generated for this run.
  if (!small) {
    const smallDir = smallGiven ?? mkdtempSync(join(tmpdir(), 'wijkhuis-bench-klein-'));
    if (!smallGiven) made.push(smallDir);
    console.log(`Meten (groei, klein in ${smallDir})…`);
    await dataset(smallDir, { small: true, seed });
    rows.push(...(await measureGrowth(smallDir, dir, { today: time.today })));
  }
  let bridgeStartMs: number | null = null;
  if (!growthOnly) {
    console.log('Meten (brug)…');
    rows.push(...(await measureBridgeOverhead(dir, { budgetMs: small ? 1500 : 4000 })));
    if (!args.includes('--no-browser')) {
      console.log('Meten (Chromium)…');
      const browser = await measureBrowser(dir, { reps: small ? 3 : 5, rooms: 30 });
      rows.push(...browser.rows);
      bridgeStartMs = browser.bridgeStartMs;
    }
  }
  table(rows);
  const checks = {
    generation: {
      seconds: generated.seconds,
      target: TARGETS.generationSeconds,
      pass: generated.seconds < TARGETS.generationSeconds,
    },
    database: { megabytes: mb, target: TARGETS.databaseMb, pass: mb < TARGETS.databaseMb },
  };
  console.log(
    `Generatie ${generated.seconds.toFixed(0)} s (processortijd ${generated.cpuSeconds.toFixed(0)} s) (doel < ${TARGETS.generationSeconds} s): ${checks.generation.pass ? 'ja' : 'NEE'}; database ${mb.toFixed(0)} MB (doel < ${TARGETS.databaseMb} MB): ${checks.database.pass ? 'ja' : 'NEE'}`,
  );
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        small,
        seed: generated.seed,
        measuredOnEarlierData: reuse,
        anchor: generated.anchor,
        machine: { cpus: cpus().length, node: process.version },
        generation: { seconds: generated.seconds, cpuSeconds: generated.cpuSeconds, phases: generated.phases },
        databaseBytes: generated.databaseBytes,
        rowCounts: generated.rowCounts,
        bridgeStartMs,
        checks,
        rows,
      },
      null,
      2,
    )}\n`,
  );
  if (args.includes('--keep') || given) console.log(`Gegevens bewaard in ${dir} (npm run preview -- --data ${dir})`);
} finally {
  if (!args.includes('--keep')) for (const d of made) rmSync(d, { recursive: true, force: true });
}
