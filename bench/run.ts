/**
 * `npm run bench [-- --small] [-- --seed N] [-- --no-browser] [-- --keep]`: generates ten years of a busy
 * house in a temporary data folder, measures the hot paths against a bare SQLite baseline in the same
 * run and, in Chromium, the screens; writes bench/results.json and prints a table. Speed is judged here,
 * never as timed assertions in the tests.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate, GENERATION_FILE, type Generated } from './generate';
import { measureCore, type Row } from './measure';
import { measureBrowser } from './browser';
import { timeline } from './dataset/context';

const args = process.argv.slice(2);
const small = args.includes('--small');
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 20261123;

const RESULTS = new URL('./results.json', import.meta.url);

const TARGETS = { generationSeconds: 180, databaseMb: 300 };

function table(rows: Row[]): void {
  const fmt = (n: number | null, digits = 2) => (n === null ? '—' : n.toFixed(digits));
  console.table(
    rows.map((r) => ({
      measure: r.name,
      'median ms': fmt(r.median),
      'p95 ms': fmt(r.p95),
      'baseline ms': fmt(r.baseline, 3),
      ratio: fmt(r.ratio, 1),
      'target ms': r.target ?? '—',
      pass: r.pass === null ? '—' : r.pass ? 'ja' : 'NEE',
    })),
  );
}

// `--data DIR`: generate into DIR, or when DIR holds a generated database already, measure that one
// again (after a fix) without generating; the generation figures are then those of the earlier run.
const dataAt = args.indexOf('--data');
const given = dataAt >= 0 ? resolve(args[dataAt + 1]!) : null;
const reuse = given !== null && existsSync(join(given, 'wijkhuis.sqlite'));
const dir = given ?? mkdtempSync(join(tmpdir(), 'wijkhuis-bench-'));
try {
  console.log(
    reuse ? `Meten op de bestaande gegevens in ${dir}` : `Genereren${small ? ' (klein)' : ''}, seed ${seed}, in ${dir}`,
  );
  const generated: Generated = reuse
    ? {
        ...(JSON.parse(readFileSync(join(dir, GENERATION_FILE), 'utf8')) as Generated),
        databaseBytes: statSync(join(dir, 'wijkhuis.sqlite')).size,
      }
    : await generate(dir, { small, seed });
  const mb = generated.databaseBytes / 1024 / 1024;
  console.log(
    `Gegenereerd in ${generated.seconds.toFixed(1)} s (processortijd ${generated.cpuSeconds.toFixed(1)} s); database ${mb.toFixed(1)} MB`,
  );
  console.table(generated.rowCounts);

  const time = timeline();
  console.log('Meten (kern)…');
  const rows = await measureCore(dir, { today: time.today, until: time.until, quick: small });
  let bridgeStartMs: number | null = null;
  if (!args.includes('--no-browser')) {
    console.log('Meten (Chromium)…');
    const browser = await measureBrowser(dir, { reps: small ? 3 : 5, rooms: 30 });
    rows.push(...browser.rows);
    bridgeStartMs = browser.bridgeStartMs;
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
  if (!args.includes('--keep') && !given) rmSync(dir, { recursive: true, force: true });
}
