import { useTranslation } from 'react-i18next';

interface Bar {
  label: string;
  value: number;
}

const HEIGHT = 220;
const TOP = 24;
const BOTTOM = 48;

/**
 * Visitors per period as plain SVG bars, each with its number on top (readable without colour or
 * hovering); the figure is named for screen readers, and each bar reads its period and number.
 */
export function VisitorsChart({ bars }: { bars: readonly Bar[] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = 64;
  const width = Math.max(320, bars.length * slot);
  const plot = HEIGHT - TOP - BOTTOM;
  const summary = bars.map((b) => `${b.label}: ${b.value}`).join(', ');
  return (
    <div style={{ overflowX: 'auto' }}>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width="100%"
        style={{ minWidth: Math.min(width, 900), maxHeight: 300 }}
        role="img"
        aria-label={t('reach.chartLabel', { summary })}
      >
        <line x1={0} x2={width} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#495057" />
        {bars.map((b, i) => {
          const h = Math.round((b.value / max) * plot);
          const x = i * slot + slot / 2;
          return (
            <g key={b.label}>
              <rect x={x - slot * 0.3} y={HEIGHT - BOTTOM - h} width={slot * 0.6} height={h} fill="#0b6e4f" rx={3} />
              <text x={x} y={HEIGHT - BOTTOM - h - 6} textAnchor="middle" fontSize={13} fontWeight={700} fill="#1a1b1e">
                {b.value}
              </text>
              <text x={x} y={HEIGHT - BOTTOM + 16} textAnchor="middle" fontSize={11} fill="#1a1b1e">
                {shortLabel(b.label)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** "week 47 2026" → "wk 47", "november 2026" → "nov 2026": the labels must fit under a narrow bar. */
function shortLabel(label: string): string {
  const week = /^week (\d+)/.exec(label);
  if (week) return `wk ${week[1]}`;
  const month = /^([a-z]+) (\d{4})$/.exec(label);
  if (month) return `${month[1]!.slice(0, 3)} ${month[2]}`;
  return label;
}
