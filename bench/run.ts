/**
 * `npm run bench`: speed measured as ratios against a bare SQLite baseline in the same run, never as
 * timed assertions in tests. Writes bench/results.json and prints a table.
 *
 * For now it measures what exists: opening the database and the hot read paths of the foundation.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../db/core';
import { dispatch } from '../db/dispatch';
import { connect } from '../db/database';

const REPS = 300;

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]! };
}

async function time(fn: () => unknown | Promise<unknown>, reps = REPS): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 10; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return stats(samples);
}

const dir = mkdtempSync(join(tmpdir(), 'wijkhuis-bench-'));
try {
  const core = await Core.open({ dataDir: dir });
  const setup = await dispatch(core, 'setup.firstRun', { buildingName: 'Bench', user: { name: 'B', username: 'bench', password: 'bench-wachtwoord' }, demo: true }, null);
  const token = setup.session && 'set' in setup.session ? setup.session.set : null;
  for (let i = 0; i < 20_000; i++) {
    await dispatch(core, 'closures.create', { startDate: '2026-01-01', endDate: '2026-01-01', reason: `Bench ${i}` }, token);
  }
  const raw = connect(core.paths.dbFile, { readonly: true });
  const rows: { name: string; median: number; p95: number; baseline: number; ratio: number }[] = [];
  const measure = async (name: string, fn: () => unknown, baseline: () => unknown) => {
    const m = await time(fn);
    const b = await time(baseline);
    rows.push({ name, ...m, baseline: b.median, ratio: m.median / Math.max(b.median, 1e-6) });
  };
  await measure('rooms.list', () => dispatch(core, 'rooms.list', {}, token), () => raw.prepare('SELECT * FROM rooms WHERE active = 1').all());
  await measure('audit.list (newest 100 of 20k)', () => dispatch(core, 'audit.list', {}, token), () => raw.prepare('SELECT * FROM audit_log ORDER BY at DESC LIMIT 100').all());
  await measure('calendar.days (4 weeks)', () => dispatch(core, 'calendar.days', { date: '2026-03-02', days: 28 }, token), () => raw.prepare('SELECT * FROM closures WHERE end_date >= ? AND start_date <= ?').all('2026-03-02', '2026-03-29'));
  await measure('closures.create (with audit row)', () => dispatch(core, 'closures.create', { startDate: '2026-02-01', endDate: '2026-02-01', reason: 'x' }, token), () => raw.prepare('SELECT 1').get());
  raw.close();
  core.close();
  const open = await time(async () => (await Core.open({ dataDir: dir })).close(), 30);
  const bare = await time(() => connect(join(dir, 'wijkhuis.sqlite')).close(), 30);
  rows.push({ name: 'open database at start', ...open, baseline: bare.median, ratio: open.median / bare.median });

  console.table(rows.map((r) => ({ measure: r.name, 'median ms': r.median.toFixed(3), 'p95 ms': r.p95.toFixed(3), 'baseline ms': r.baseline.toFixed(3), ratio: r.ratio.toFixed(1) })));
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
