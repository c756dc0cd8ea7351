import ExcelJS from 'exceljs';
import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { attendanceReportInput, quarterInput, sessionQuery } from './schemas';
import { addDays } from '../../platform/clock';
import { ageBands } from './activities';
import { periodsOf, occupancy } from '../bookings/reports';
import { groupBy } from '../../platform/groupBy';
import { cellsOf, periodKey, priorityOfBand, type Cell, type Granularity, type Reach } from './reportCells';
import { getBuilding } from '../building/building';
import { safeFileName } from '../bookings/exports';

interface SessionRow {
  id: number;
  date: string;
  start: string;
  activityId: number;
  activity: string;
  category: string;
  wijk: string;
  priorityGroups: string;
  total: number;
  newVisitors: number;
  volunteersPresent: number;
}

function countedSessions(db: Db, from: string, to: string): SessionRow[] {
  return db
    .prepare(
      `SELECT s.id, s.date, s.start, s.activity_id AS activityId, a.name AS activity, c.name AS category, a.wijk, a.priority_groups AS priorityGroups,
      n.total, n.new_visitors AS newVisitors, n.volunteers_present AS volunteersPresent
    FROM sessions s JOIN session_counts n ON n.session_id = s.id JOIN activities a ON a.id = s.activity_id JOIN activity_categories c ON c.id = a.category_id
    WHERE s.date BETWEEN ? AND ? AND s.cancelled = 0 ORDER BY s.start`,
    )
    .all(from, to) as SessionRow[];
}

function bandCounts(db: Db, from: string, to: string): Map<number, [bandId: number, count: number][]> {
  // Plain arrays: a quarter has tens of thousands of these rows, a five-year report a million.
  const rows = db
    .prepare(
      `SELECT b.session_id, b.band_id, b.count FROM session_band_counts b JOIN sessions s ON s.id = b.session_id
    WHERE s.date BETWEEN ? AND ? AND s.cancelled = 0`,
    )
    .raw()
    .all(from, to) as [number, number, number][];
  const out = new Map<number, [number, number][]>();
  for (const [sessionId, bandId, count] of rows) {
    const list = out.get(sessionId);
    if (list) list.push([bandId, count]);
    else out.set(sessionId, [[bandId, count]]);
  }
  return out;
}

interface Totals {
  sessions: number;
  activities: number;
  visitors: number;
  newVisitors: number;
  volunteersPresent: number;
  bands: Record<number, number>;
  unknown: number;
  reach: Reach;
}

function totalsOf(cells: Cell[]): Totals {
  const t: Totals = {
    sessions: 0,
    activities: new Set(cells.map((c) => c.activityId)).size,
    visitors: 0,
    newVisitors: 0,
    volunteersPresent: 0,
    bands: {},
    unknown: 0,
    reach: { jeugd: 0, ouderen: 0, 'kwetsbare bewoners': 0 },
  };
  for (const c of cells) {
    t.sessions += c.sessions;
    t.visitors += c.total;
    t.newVisitors += c.newVisitors;
    t.volunteersPresent += c.volunteersPresent;
    t.unknown += c.unknown;
    t.reach.jeugd += c.reach.jeugd;
    t.reach.ouderen += c.reach.ouderen;
    t.reach['kwetsbare bewoners'] += c.reach['kwetsbare bewoners'];
    for (const [bandId, count] of c.bands) t.bands[bandId] = (t.bands[bandId] ?? 0) + count;
  }
  return t;
}

function totalsPer(cells: Cell[], key: (c: Cell) => string) {
  return [...groupBy(cells, key)]
    .map(([name, group]) => ({ name, ...totalsOf(group) }))
    .sort((a, b) => b.visitors - a.visitors || a.name.localeCompare(b.name));
}

/** Visitors and sessions per period, per activity, per category and per wijk, with reach per priority group. */
export function attendanceReport(db: Db, from: string, to: string, granularity: Granularity) {
  const allBands = ageBands(db, true);
  const cells = cellsOf(db, from, to, granularity, allBands);
  const perPeriod = groupBy(cells, (c) => c.period);
  const periods = granularity === 'year' ? yearsOf(from, to) : periodsOf(from, to, granularity);
  return {
    bands: allBands.map((b) => ({ id: b.id, label: b.label, priorityGroup: priorityOfBand(b) })),
    total: totalsOf(cells),
    periods: periods.map((p) => ({ ...p, ...totalsOf(perPeriod.get(periodKey(p.from, granularity)) ?? []) })),
    byActivity: totalsPer(cells, (c) => c.activity),
    byCategory: totalsPer(cells, (c) => c.category),
    byWijk: totalsPer(cells, (c) => c.wijk || 'onbekend'),
  };
}

function yearsOf(from: string, to: string) {
  const out: { label: string; from: string; to: string }[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
    out.push({
      label: String(y),
      from: `${y}-01-01` < from ? from : `${y}-01-01`,
      to: `${y}-12-31` > to ? to : `${y}-12-31`,
    });
  return out;
}

export function quarterRange(year: number, quarter: number): { from: string; to: string } {
  const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  const to = addDays(
    quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`,
    -1,
  );
  return { from, to };
}

export function rawCounts(db: Db, from: string, to: string) {
  const allBands = ageBands(db, true);
  const bands = bandCounts(db, from, to);
  return {
    headers: [
      'Datum',
      'Begin',
      'Activiteit',
      'Categorie',
      'Wijk',
      'Totaal',
      ...allBands.map((b) => b.label),
      'Onbekend',
      'Nieuw',
      'Vrijwilligers',
    ],
    rows: countedSessions(db, from, to).map((r) => {
      const own = new Map(bands.get(r.id));
      const perBand = allBands.map((b) => own.get(b.id) ?? 0);
      return [
        r.date,
        r.start.slice(11),
        r.activity,
        r.category,
        r.wijk,
        r.total,
        ...perBand,
        r.total - perBand.reduce((s, n) => s + n, 0),
        r.newVisitors,
        r.volunteersPresent,
      ];
    }),
  };
}

/** An XLSX workbook: per period, per activity, and the raw counts, with numbers as numbers. */
export async function attendanceWorkbook(db: Db, from: string, to: string): Promise<Buffer> {
  const report = attendanceReport(db, from, to, 'month');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Wijkhuis';
  const bandHeaders = report.bands.map((b) => b.label);
  const sheet = (name: string, headers: string[], rows: (string | number)[][]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(headers).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    ws.columns.forEach((c) => (c.width = 14));
  };
  const line = (t: Totals) => [
    t.sessions,
    t.visitors,
    ...report.bands.map((b) => t.bands[b.id] ?? 0),
    t.unknown,
    t.reach.jeugd,
    t.reach.ouderen,
    t.reach['kwetsbare bewoners'],
    t.newVisitors,
  ];
  const heads = [
    'Sessies',
    'Bezoekers',
    ...bandHeaders,
    'Onbekend',
    'Jeugd (4–23)',
    'Ouderen (65+)',
    'Kwetsbare bewoners',
    'Nieuw',
  ];
  sheet(
    'Per maand',
    ['Periode', ...heads],
    report.periods.map((p) => [p.label, ...line(p)]),
  );
  sheet(
    'Per activiteit',
    ['Activiteit', ...heads],
    report.byActivity.map((a) => [a.name, ...line(a)]),
  );
  sheet(
    'Per categorie',
    ['Categorie', ...heads],
    report.byCategory.map((a) => [a.name, ...line(a)]),
  );
  const raw = rawCounts(db, from, to);
  sheet('Tellingen', raw.headers, raw.rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const READERS = ['beheerder', 'coordinator'] as const;

export const attendanceReportMethods = {
  'reports.attendance': method({
    description:
      'Bezoekers en sessies per periode (week, maand, kwartaal, jaar), per activiteit, categorie en wijk, met het bereik per prioritaire groep (jeugd = 4–23, ouderen = 65+, kwetsbare bewoners via de doelgroep van de activiteit).',
    access: READERS,
    mode: 'read',
    input: attendanceReportInput,
    handler: ({ db }, q) => attendanceReport(db, q.from, q.to, q.granularity),
  }),
  'reports.quarterly': method({
    description:
      'Het kwartaalverslag voor de welzijnsaanbieder en de gemeente: bereik per prioritaire groep, per maand, per activiteit en categorie, en de bezettingsgraad van de ruimtes.',
    access: READERS,
    mode: 'read',
    input: quarterInput,
    handler: ({ db }, { year, quarter }) => {
      const { from, to } = quarterRange(year, quarter);
      const b = getBuilding(db);
      return {
        house: { name: b.name, gebied: b.gebied, wijken: b.wijken, welfareProvider: b.welfareProvider },
        year,
        quarter,
        from,
        to,
        attendance: attendanceReport(db, from, to, 'month'),
        occupancy: occupancy(db, from, to, 'month'),
      };
    },
  }),
  'reports.rawCounts': method({
    description: 'Alle tellingen in een periode, één regel per sessie (voor CSV).',
    access: READERS,
    mode: 'read',
    input: sessionQuery,
    handler: ({ db }, q) => rawCounts(db, q.from, q.to),
  }),
  'reports.attendanceXlsx': method({
    description: 'De bezoekersrapportage van een periode als Excel-bestand (.xlsx), met de ruwe tellingen.',
    access: READERS,
    mode: 'system',
    input: sessionQuery,
    handler: async ({ db }, q) => ({
      fileName: `${safeFileName(`bezoekers ${getBuilding(db).name} ${q.from} ${q.to}`)}.xlsx`,
      base64: (await attendanceWorkbook(db, q.from, q.to)).toString('base64'),
    }),
  }),
};
