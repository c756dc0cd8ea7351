import type { Db } from '../../platform/database';
import { ApiError } from '../../platform/errors';
import type { z } from '../../contract/zod';
import { SCHEME_LABELS, yearInput, type ApplicationStatus, type RoundInput, type Scheme } from './schemas';
import { roundLedger, sumLedgers, type Ledger } from './shared';
import { msg } from '../../platform/messages';
import { say } from './say';

/** Year budgets and their rounds: what they hold, their ledger, and how they are saved. */

export interface RoundCriterion {
  id: number;
  name: string;
  description: string;
  maxScore: number;
}

export interface Round {
  id: number;
  yearId: number;
  year: number;
  name: string;
  scheme: Scheme;
  schemeLabel: string;
  opensOn: string;
  closesOn: string;
  minCents: number;
  maxCents: number;
  ceilingCents: number;
  executionFrom: string;
  executionTo: string;
  /** As entered; empty means the building's wijken. */
  wijken: string[];
  /** The wijken applications are checked against: the round's own, or else the building's. */
  areaWijken: string[];
  description: string;
  criteria: RoundCriterion[];
  ledger: Ledger;
  /** Applications per status (concepts included). */
  counts: Partial<Record<ApplicationStatus, number>>;
}

export interface BudgetYear {
  id: number;
  year: number;
  totalCents: number;
  source: string;
  notes: string;
  /** The rounds' ceilings together. */
  allocatedCents: number;
  unallocatedCents: number;
  /** The rounds' ledgers added up, with the year budget as ceiling. */
  ledger: Ledger;
  rounds: Round[];
}

const ROUND_SELECT = `SELECT r.id, r.year_id AS yearId, y.year, r.name, r.scheme, r.opens_on AS opensOn, r.closes_on AS closesOn, r.min_cents AS minCents,
  r.max_cents AS maxCents, r.ceiling_cents AS ceilingCents, r.execution_from AS executionFrom, r.execution_to AS executionTo, r.wijken, r.description
  FROM budget_rounds r JOIN budget_years y ON y.id = r.year_id`;

export function buildingWijken(db: Db): string[] {
  const row = db.prepare('SELECT wijken FROM building WHERE id = 1').get() as { wijken: string } | undefined;
  return row ? (JSON.parse(row.wijken) as string[]) : [];
}

function toRound(db: Db, row: Record<string, unknown>): Round {
  const wijken = JSON.parse(row.wijken as string) as string[];
  const criteria = db
    .prepare(
      'SELECT id, name, description, max_score AS maxScore FROM budget_round_criteria WHERE round_id = ? ORDER BY sort_order, id',
    )
    .all(row.id) as RoundCriterion[];
  const counts = Object.fromEntries(
    (
      db
        .prepare('SELECT status, count(*) AS n FROM budget_applications WHERE round_id = ? GROUP BY status')
        .all(row.id) as { status: ApplicationStatus; n: number }[]
    ).map((r) => [r.status, r.n]),
  );
  const round = row as unknown as Round;
  return {
    ...round,
    schemeLabel: SCHEME_LABELS[round.scheme],
    wijken,
    areaWijken: wijken.length ? wijken : buildingWijken(db),
    criteria,
    ledger: roundLedger(db, round.id),
    counts,
  };
}

export function getRound(db: Db, roundId: number, field = 'roundId'): Round {
  const row = db.prepare(`${ROUND_SELECT} WHERE r.id = ?`).get(roundId) as Record<string, unknown> | undefined;
  if (!row) throw ApiError.field(field, msg('Deze ronde bestaat niet.', 'This round does not exist.'));
  return toRound(db, row);
}

export function listRounds(db: Db, yearId: number | null): Round[] {
  const rows = db
    .prepare(`${ROUND_SELECT} WHERE (? IS NULL OR r.year_id = ?) ORDER BY y.year DESC, r.opens_on, r.name`)
    .all(yearId, yearId) as Record<string, unknown>[];
  return rows.map((r) => toRound(db, r));
}

/** A year budget's own fields, without its rounds. */
export function yearRow(
  db: Db,
  yearId: number,
  field = 'yearId',
): Omit<BudgetYear, 'allocatedCents' | 'unallocatedCents' | 'ledger' | 'rounds'> {
  const row = db
    .prepare('SELECT id, year, total_cents AS totalCents, source, notes FROM budget_years WHERE id = ?')
    .get(yearId) as Omit<BudgetYear, 'allocatedCents' | 'unallocatedCents' | 'ledger' | 'rounds'> | undefined;
  if (!row) throw ApiError.field(field, msg('Dit budgetjaar bestaat niet.', 'This budget year does not exist.'));
  return row;
}

export function getYear(db: Db, yearId: number, field = 'yearId'): BudgetYear {
  const row = yearRow(db, yearId, field);
  const rounds = listRounds(db, yearId);
  const allocated = rounds.reduce((s, r) => s + r.ceilingCents, 0);
  return {
    ...row,
    allocatedCents: allocated,
    unallocatedCents: row.totalCents - allocated,
    ledger: sumLedgers(
      row.totalCents,
      rounds.map((r) => r.ledger),
    ),
    rounds,
  };
}

export function listYears(db: Db): BudgetYear[] {
  return (db.prepare('SELECT id FROM budget_years ORDER BY year DESC').all() as { id: number }[]).map((r) =>
    getYear(db, r.id),
  );
}

/** A round as the screens get it: with whether its submission window is open today. */
export interface RoundView extends Round {
  windowOpen: boolean;
}

export function roundView(round: Round, today: string): RoundView {
  return { ...round, windowOpen: round.opensOn <= today && today <= round.closesOn };
}

export interface BudgetYearView extends Omit<BudgetYear, 'rounds'> {
  rounds: RoundView[];
}

export function yearView(year: BudgetYear, today: string): BudgetYearView {
  return { ...year, rounds: year.rounds.map((r) => roundView(r, today)) };
}

/** `now` (local 'YYYY-MM-DDTHH:MM:SS') is when the year is recorded. */
export function insertYear(db: Db, y: z.output<typeof yearInput>, now: string): number {
  if (db.prepare('SELECT 1 FROM budget_years WHERE year = ?').get(y.year))
    throw ApiError.field(
      'year',
      msg(`Er is al een budget voor ${y.year}.`, `There is already a budget for ${y.year}.`),
    );
  return Number(
    db
      .prepare('INSERT INTO budget_years (year, total_cents, source, notes, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(y.year, y.totalCents, y.source, y.notes, now).lastInsertRowid,
  );
}

/** The rounds of a year may together commit no more than the year's budget. */
export function checkAllocation(db: Db, yearId: number, exceptRoundId: number | null, ceilingCents: number): void {
  const year = getYear(db, yearId);
  const others = year.rounds.filter((r) => r.id !== exceptRoundId).reduce((s, r) => s + r.ceilingCents, 0);
  if (others + ceilingCents > year.totalCents) {
    throw ApiError.field(
      'ceilingCents',
      say(
        ({ euro }) =>
          `De rondes van ${year.year} komen samen op ${euro(others + ceilingCents)}, meer dan het jaarbudget van ${euro(year.totalCents)}. Er is nog ${euro(Math.max(0, year.totalCents - others))} vrij.`,
        ({ euro }) =>
          `The rounds of ${year.year} add up to ${euro(others + ceilingCents)}, more than the year budget of ${euro(year.totalCents)}. There is ${euro(Math.max(0, year.totalCents - others))} left.`,
      ),
    );
  }
}

export function saveCriteria(db: Db, roundId: number, criteria: RoundInput['criteria']): void {
  const existing = db.prepare('SELECT id, name FROM budget_round_criteria WHERE round_id = ?').all(roundId) as {
    id: number;
    name: string;
  }[];
  criteria.forEach((c, i) => {
    if (c.id !== null && !existing.some((e) => e.id === c.id))
      throw ApiError.field(
        `criteria.${i}.id`,
        msg('Dit criterium hoort niet bij deze ronde.', 'This criterion does not belong to this round.'),
      );
    if (c.id !== null) {
      const top = db.prepare('SELECT max(score) AS top FROM budget_scores WHERE criterion_id = ?').get(c.id) as {
        top: number | null;
      };
      if (top.top !== null && top.top > c.maxScore)
        throw ApiError.field(
          `criteria.${i}.maxScore`,
          msg(
            `Er is al een score van ${top.top} gegeven: het maximum kan niet lager.`,
            `A score of ${top.top} has already been given: the maximum cannot be lower.`,
          ),
        );
    }
  });
  for (const gone of existing.filter((e) => !criteria.some((c) => c.id === e.id))) {
    if (db.prepare('SELECT 1 FROM budget_scores WHERE criterion_id = ?').get(gone.id)) {
      throw ApiError.field(
        'criteria',
        msg(
          `Op "${gone.name}" zijn al scores gegeven: dit criterium blijft staan.`,
          `Scores have already been given on "${gone.name}": this criterion stays.`,
        ),
      );
    }
    db.prepare('DELETE FROM budget_round_criteria WHERE id = ?').run(gone.id);
  }
  criteria.forEach((c, i) => {
    if (c.id === null) {
      db.prepare(
        'INSERT INTO budget_round_criteria (round_id, name, description, max_score, sort_order) VALUES (?, ?, ?, ?, ?)',
      ).run(roundId, c.name, c.description, c.maxScore, i);
    } else {
      db.prepare(
        'UPDATE budget_round_criteria SET name = ?, description = ?, max_score = ?, sort_order = ? WHERE id = ?',
      ).run(c.name, c.description, c.maxScore, i, c.id);
    }
  });
}

/** `now` (local 'YYYY-MM-DDTHH:MM:SS') is when the round is created. */
export function insertRound(db: Db, r: RoundInput, now: string): number {
  getYear(db, r.yearId);
  if (db.prepare('SELECT 1 FROM budget_rounds WHERE year_id = ? AND name = ?').get(r.yearId, r.name))
    throw ApiError.field(
      'name',
      msg('Er is in dit jaar al een ronde met deze naam.', 'There is already a round with this name this year.'),
    );
  checkAllocation(db, r.yearId, null, r.ceilingCents);
  const roundId = Number(
    db
      .prepare(
        `INSERT INTO budget_rounds (year_id, name, scheme, opens_on, closes_on, min_cents, max_cents, ceiling_cents, execution_from, execution_to, wijken, description, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.yearId,
        r.name,
        r.scheme,
        r.opensOn,
        r.closesOn,
        r.minCents,
        r.maxCents,
        r.ceilingCents,
        r.executionFrom,
        r.executionTo,
        JSON.stringify(r.wijken),
        r.description,
        now,
      ).lastInsertRowid,
  );
  saveCriteria(db, roundId, r.criteria);
  return roundId;
}
