/**
 * One row of the bench's table: a measure, its target and whether it is met. Every part of the bench
 * (core, growth, bridge, browser, wire) gives its results as rows, so `npm run bench` prints one table.
 */

export interface Stats {
  median: number;
  p95: number;
  samples: number;
}

/** A target as the issue states it; every bound given must hold (≤). Values in the row's unit. */
export interface Target {
  /** The median at most this. */
  max?: number;
  /** The p95 at most this. */
  maxP95?: number;
  /** The median at most this many times the baseline's median. */
  maxRatio?: number;
  /** The median at most this much above the baseline (for the bridge: what HTTP adds). */
  maxAdded?: number;
}

export type Unit = 'ms' | 'KB' | 'B';

export interface Row {
  name: string;
  unit: Unit;
  median: number;
  p95: number | null;
  samples: number;
  /** The same measure done the least way (bare SQLite, in-process dispatch) or on the small dataset. */
  baseline: number | null;
  ratio: number | null;
  /** How much the median lies above the baseline, where that is what the target bounds. */
  added: number | null;
  target: Target | null;
  pass: boolean | null;
  note?: string;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return {
    median: s[Math.floor((s.length - 1) / 2)]!,
    p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!,
    samples: s.length,
  };
}

/** Warm-up first (statements, caches, JIT), then as many repetitions as fit in `budgetMs`, between `min` and `max`. */
export async function time(
  fn: (i: number) => unknown,
  opts: { warmup?: number; min?: number; max?: number; budgetMs?: number } = {},
): Promise<Stats> {
  const { warmup = 5, min = 10, max = 200, budgetMs = 4000 } = opts;
  let i = 0;
  for (; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < max && (samples.length < min || performance.now() < until)) {
    const t = performance.now();
    await fn(i++);
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

export function row(
  name: string,
  m: Stats,
  baseline: Stats | null,
  target: Target | null,
  opts: { note?: string; unit?: Unit; added?: number } = {},
): Row {
  const ratio = baseline ? m.median / Math.max(baseline.median, 1e-6) : null;
  const added = opts.added ?? (target?.maxAdded !== undefined && baseline ? m.median - baseline.median : null);
  const checks =
    target === null
      ? []
      : [
          target.max === undefined || m.median <= target.max,
          target.maxP95 === undefined || m.p95 <= target.maxP95,
          target.maxRatio === undefined || (ratio !== null && ratio <= target.maxRatio),
          target.maxAdded === undefined || (added !== null && added <= target.maxAdded),
        ];
  return {
    name,
    unit: opts.unit ?? 'ms',
    median: m.median,
    p95: m.samples > 1 ? m.p95 : null,
    samples: m.samples,
    baseline: baseline?.median ?? null,
    ratio,
    added,
    target,
    pass: target === null ? null : checks.every(Boolean),
    ...(opts.note ? { note: opts.note } : {}),
  };
}

/** A single figure (bytes of one answer) as a row. */
export function single(value: number): Stats {
  return { median: value, p95: value, samples: 1 };
}
