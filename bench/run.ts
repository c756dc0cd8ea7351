/**
 * `npm run bench [-- --small] [-- --seed N] [-- --no-browser] [-- --keep]`: generates ten years of a busy
 * house in a temporary data folder, measures the hot paths against a bare SQLite baseline in the same
 * run and, in Chromium, the screens; writes bench/results.json and prints a table. Speed is judged here,
 * never as timed assertions in the tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate';
import { measureCore, type Row } from './measure';
import { measureBrowser } from './browser';
import { timeline } from './dataset/context';

const args = process.argv.slice(2);
const small = args.includes('--small');
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 20261123;

const TARGETS = { generationSeconds: 180, databaseMb: 300 };

function table(rows: Row[]): void {
  const fmt = (n: number | null, digits = 2) => (n === null ? '—' : n.toFixed(digits));
  console.table(rows.map((r) => ({
    measure: r.name, 'median ms': fmt(r.median), 'p95 ms': fmt(r.p95), 'baseline ms': fmt(r.baseline, 3), ratio: fmt(r.ratio, 1),
    'target ms': r.target ?? '—', pass: r.pass === null ? '—' : r.pass ? 'ja' : 'NEE',
  })));
}

const dir = mkdtempSync(join(tmpdir(), 'wijkhuis-bench-'));
try {
  console.log(`Genereren${small ? ' (klein)' : ''}, seed ${seed}, in ${dir}`);
  const generated = await generate(dir, { small, seed });
  const mb = generated.databaseBytes / 1024 / 1024;
  console.log(`Gegenereerd in ${generated.seconds.toFixed(1)} s; database ${mb.toFixed(1)} MB`);
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
    generation: { seconds: generated.seconds, target: TARGETS.generationSeconds, pass: generated.seconds < TARGETS.generationSeconds },
    database: { megabytes: mb, target: TARGETS.databaseMb, pass: mb < TARGETS.databaseMb },
  };
  console.log(`Generatie ${generated.seconds.toFixed(0)} s (doel < ${TARGETS.generationSeconds} s): ${checks.generation.pass ? 'ja' : 'NEE'}; database ${mb.toFixed(0)} MB (doel < ${TARGETS.databaseMb} MB): ${checks.database.pass ? 'ja' : 'NEE'}`);
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({
    at: new Date().toISOString(), small, seed, anchor: generated.anchor, machine: { cpus: cpus().length, node: process.version },
    generation: { seconds: generated.seconds, phases: generated.phases }, databaseBytes: generated.databaseBytes, rowCounts: generated.rowCounts,
    bridgeStartMs, checks, rows,
  }, null, 2)}\n`);
  if (args.includes('--keep')) console.log(`Gegevens bewaard in ${dir} (npm run preview -- --data ${dir})`);
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
