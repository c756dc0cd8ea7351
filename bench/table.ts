import type { Row, Target, Unit } from './rows';

/** Three significant figures: 0.762, 4.39, 23.8, 553. */
function figure(n: number): string {
  if (n === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(n))));
  return n.toFixed(Math.min(digits, 3));
}

export function amount(n: number | null, unit: Unit): string {
  return n === null ? '' : `${figure(n)} ${unit}`;
}

function targetText(t: Target | null, unit: Unit): string {
  if (!t) return '—';
  const parts = [
    t.max !== undefined ? `≤ ${t.max} ${unit}` : null,
    t.maxP95 !== undefined ? `p95 ≤ ${t.maxP95} ${unit}` : null,
    t.maxRatio !== undefined ? `≤ ${t.maxRatio}×` : null,
    t.maxAdded !== undefined ? `≤ +${t.maxAdded} ${unit}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

function comparison(r: Row): string {
  if (r.added !== null) return `+${figure(r.added)} ${r.unit}`;
  return r.ratio === null ? '' : `${r.ratio.toFixed(1)}×`;
}

const escape = (s: string) => s.replaceAll('|', '\\|');

/**
 * The run as one Markdown table, the form the README keeps: readable in a terminal and pasted as it is.
 * "Baseline" is the bare SQLite query, the in-process dispatch, or (growth rows) the small dataset.
 */
export function markdownTable(rows: Row[]): string {
  const lines = [
    '| Measure | Median | p95 | Baseline | Ratio | Target | Met | Note |',
    '|---|---:|---:|---:|---:|---|:---:|---|',
  ];
  for (const r of rows) {
    const met = r.pass === null ? '—' : r.pass ? 'yes' : '**no**';
    lines.push(
      `| ${escape(r.name)} | ${amount(r.median, r.unit)} | ${amount(r.p95, r.unit)} | ${amount(r.baseline, r.unit)} | ${comparison(r)} | ${targetText(r.target, r.unit)} | ${met} | ${escape(r.note ?? '')} |`,
    );
  }
  return lines.join('\n');
}
