import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { formatCents, localDate, localDateTime } from '../../platform/clock';
import {
  SCHEME_LABELS,
  STATUS_LABELS,
  ledgerQuery,
  roundInput,
  roundQuery,
  roundUpdate,
  yearInput,
  yearUpdate,
  type ApplicationStatus,
  type RoundInput,
  type Scheme,
} from './schemas';
import { roundLedger, sumLedgers, applicationMoney, type Ledger } from './shared';
import { diffSummary } from '../../contract/audit';

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
  /** Today lies inside the submission window. */
  windowOpen: boolean;
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
  const today = localDate();
  const round = row as unknown as Round;
  return {
    ...round,
    schemeLabel: SCHEME_LABELS[round.scheme],
    wijken,
    areaWijken: wijken.length ? wijken : buildingWijken(db),
    criteria,
    windowOpen: round.opensOn <= today && today <= round.closesOn,
    ledger: roundLedger(db, round.id),
    counts,
  };
}

export function getRound(db: Db, roundId: number, field = 'roundId'): Round {
  const row = db.prepare(`${ROUND_SELECT} WHERE r.id = ?`).get(roundId) as Record<string, unknown> | undefined;
  if (!row) throw ApiError.field(field, 'Deze ronde bestaat niet.');
  return toRound(db, row);
}

export function listRounds(db: Db, yearId: number | null): Round[] {
  const rows = db
    .prepare(`${ROUND_SELECT} WHERE (? IS NULL OR r.year_id = ?) ORDER BY y.year DESC, r.opens_on, r.name`)
    .all(yearId, yearId) as Record<string, unknown>[];
  return rows.map((r) => toRound(db, r));
}

export function getYear(db: Db, yearId: number, field = 'yearId'): BudgetYear {
  const row = db
    .prepare('SELECT id, year, total_cents AS totalCents, source, notes FROM budget_years WHERE id = ?')
    .get(yearId) as Omit<BudgetYear, 'allocatedCents' | 'unallocatedCents' | 'ledger' | 'rounds'> | undefined;
  if (!row) throw ApiError.field(field, 'Dit budgetjaar bestaat niet.');
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

export function insertYear(db: Db, y: z.output<typeof yearInput>): number {
  if (db.prepare('SELECT 1 FROM budget_years WHERE year = ?').get(y.year))
    throw ApiError.field('year', `Er is al een budget voor ${y.year}.`);
  return Number(
    db
      .prepare('INSERT INTO budget_years (year, total_cents, source, notes, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(y.year, y.totalCents, y.source, y.notes, localDateTime()).lastInsertRowid,
  );
}

/** The rounds of a year may together commit no more than the year's budget. */
function checkAllocation(db: Db, yearId: number, exceptRoundId: number | null, ceilingCents: number): void {
  const year = getYear(db, yearId);
  const others = year.rounds.filter((r) => r.id !== exceptRoundId).reduce((s, r) => s + r.ceilingCents, 0);
  if (others + ceilingCents > year.totalCents) {
    throw ApiError.field(
      'ceilingCents',
      `De rondes van ${year.year} komen samen op ${formatCents(others + ceilingCents)}, meer dan het jaarbudget van ${formatCents(year.totalCents)}. Er is nog ${formatCents(Math.max(0, year.totalCents - others))} vrij.`,
    );
  }
}

function saveCriteria(db: Db, roundId: number, criteria: RoundInput['criteria']): void {
  const existing = db.prepare('SELECT id, name FROM budget_round_criteria WHERE round_id = ?').all(roundId) as {
    id: number;
    name: string;
  }[];
  criteria.forEach((c, i) => {
    if (c.id !== null && !existing.some((e) => e.id === c.id))
      throw ApiError.field(`criteria.${i}.id`, 'Dit criterium hoort niet bij deze ronde.');
    if (c.id !== null) {
      const top = db.prepare('SELECT max(score) AS top FROM budget_scores WHERE criterion_id = ?').get(c.id) as {
        top: number | null;
      };
      if (top.top !== null && top.top > c.maxScore)
        throw ApiError.field(
          `criteria.${i}.maxScore`,
          `Er is al een score van ${top.top} gegeven: het maximum kan niet lager.`,
        );
    }
  });
  for (const gone of existing.filter((e) => !criteria.some((c) => c.id === e.id))) {
    if (db.prepare('SELECT 1 FROM budget_scores WHERE criterion_id = ?').get(gone.id)) {
      throw ApiError.field('criteria', `Op "${gone.name}" zijn al scores gegeven: dit criterium blijft staan.`);
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

export function insertRound(db: Db, r: RoundInput): number {
  getYear(db, r.yearId);
  if (db.prepare('SELECT 1 FROM budget_rounds WHERE year_id = ? AND name = ?').get(r.yearId, r.name))
    throw ApiError.field('name', 'Er is in dit jaar al een ronde met deze naam.');
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
        localDateTime(),
      ).lastInsertRowid,
  );
  saveCriteria(db, roundId, r.criteria);
  return roundId;
}

const roundFields = (r: Round | RoundInput) => ({
  name: r.name,
  scheme: r.scheme,
  opensOn: r.opensOn,
  closesOn: r.closesOn,
  minCents: r.minCents,
  maxCents: r.maxCents,
  ceilingCents: r.ceilingCents,
  executionFrom: r.executionFrom,
  executionTo: r.executionTo,
  wijken: r.wijken,
  description: r.description,
  criteria: r.criteria.map((c) => `${c.name} (max ${c.maxScore})`),
});

const READERS = ['beheerder', 'commissie'] as const;

export const budgetRoundMethods = {
  'budget.years': method({
    description:
      'De budgetjaren met hun jaarbudget, wat over de rondes is verdeeld, en het grootboek per jaar en per ronde (plafond, toegekend, betaald, vrijgevallen, resterend).',
    access: READERS,
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) => listYears(db),
  }),
  'budget.createYear': method({
    description:
      'Legt het budget voor lokale initiatieven van een jaar vast (Lokaal Budget en Right to Cooperate samen).',
    access: ['beheerder'],
    mode: 'write',
    input: yearInput,
    handler: ({ db, audit }, input) => {
      const yearId = insertYear(db, input);
      audit({
        entity: 'budget_years',
        entityId: yearId,
        summary: `Budgetjaar ${input.year}: ${formatCents(input.totalCents)}`,
      });
      return getYear(db, yearId);
    },
  }),
  'budget.updateYear': method({
    description: 'Wijzigt het jaarbudget; het kan niet lager dan wat al over de rondes is verdeeld.',
    access: ['beheerder'],
    mode: 'write',
    input: yearUpdate,
    handler: ({ db, audit }, input) => {
      const before = getYear(db, input.id, 'id');
      if (
        input.year !== before.year &&
        db.prepare('SELECT 1 FROM budget_years WHERE year = ? AND id <> ?').get(input.year, input.id)
      )
        throw ApiError.field('year', `Er is al een budget voor ${input.year}.`);
      if (input.totalCents < before.allocatedCents) {
        throw ApiError.field(
          'totalCents',
          `De rondes van dit jaar hebben samen al een plafond van ${formatCents(before.allocatedCents)}: het jaarbudget kan niet lager.`,
        );
      }
      db.prepare('UPDATE budget_years SET year = ?, total_cents = ?, source = ?, notes = ? WHERE id = ?').run(
        input.year,
        input.totalCents,
        input.source,
        input.notes,
        input.id,
      );
      audit({
        entity: 'budget_years',
        entityId: input.id,
        summary: diffSummary(
          { year: before.year, totalCents: before.totalCents, source: before.source, notes: before.notes },
          { year: input.year, totalCents: input.totalCents, source: input.source, notes: input.notes },
        ),
      });
      return getYear(db, input.id);
    },
  }),
  'budget.rounds': method({
    description:
      'De rondes (eventueel van één jaar) met regeling, indieningstermijn, bedragen, plafond, uitvoeringsperiode, criteria, grootboek en aantallen aanvragen per status.',
    access: READERS,
    mode: 'read',
    input: roundQuery,
    handler: ({ db }, q) => listRounds(db, q.yearId),
  }),
  'budget.round': method({
    description: 'Eén ronde met criteria, grootboek en aantallen aanvragen per status.',
    access: READERS,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db }, input) => getRound(db, input.id, 'id'),
  }),
  'budget.createRound': method({
    description:
      'Maakt een ronde: naam, regeling (Lokaal Budget of Right to Cooperate), indieningstermijn, minimum- en maximumbedrag per aanvraag, plafond, uitvoeringsperiode, wijken en beoordelingscriteria.',
    access: ['beheerder'],
    mode: 'write',
    input: roundInput,
    handler: ({ db, audit }, input) => {
      const roundId = insertRound(db, input);
      const round = getRound(db, roundId);
      audit({
        entity: 'budget_rounds',
        entityId: roundId,
        summary: `Ronde "${round.name}" (${round.schemeLabel} ${round.year}), plafond ${formatCents(round.ceilingCents)}`,
      });
      return round;
    },
  }),
  'budget.updateRound': method({
    description:
      'Wijzigt een ronde. Regeling en jaar liggen vast zodra er aanvragen zijn; het plafond kan niet lager dan wat al is toegekend; criteria met scores blijven.',
    access: ['beheerder'],
    mode: 'write',
    input: roundUpdate,
    handler: ({ db, audit }, input) => {
      const before = getRound(db, input.id, 'id');
      const hasApplications = Object.values(before.counts).some((n) => (n ?? 0) > 0);
      if (hasApplications && input.scheme !== before.scheme)
        throw ApiError.field('scheme', 'Deze ronde heeft al aanvragen: de regeling ligt vast.');
      if (hasApplications && input.yearId !== before.yearId)
        throw ApiError.field('yearId', 'Deze ronde heeft al aanvragen: ze blijft in hetzelfde jaar.');
      getYear(db, input.yearId);
      if (
        db
          .prepare('SELECT 1 FROM budget_rounds WHERE year_id = ? AND name = ? AND id <> ?')
          .get(input.yearId, input.name, input.id)
      )
        throw ApiError.field('name', 'Er is in dit jaar al een ronde met deze naam.');
      if (input.ceilingCents < before.ledger.committedCents) {
        throw ApiError.field(
          'ceilingCents',
          `In deze ronde is al ${formatCents(before.ledger.committedCents)} toegekend: het plafond kan niet lager.`,
        );
      }
      checkAllocation(db, input.yearId, input.id, input.ceilingCents);
      db.prepare(
        `UPDATE budget_rounds SET year_id = ?, name = ?, scheme = ?, opens_on = ?, closes_on = ?, min_cents = ?, max_cents = ?, ceiling_cents = ?,
           execution_from = ?, execution_to = ?, wijken = ?, description = ? WHERE id = ?`,
      ).run(
        input.yearId,
        input.name,
        input.scheme,
        input.opensOn,
        input.closesOn,
        input.minCents,
        input.maxCents,
        input.ceilingCents,
        input.executionFrom,
        input.executionTo,
        JSON.stringify(input.wijken),
        input.description,
        input.id,
      );
      saveCriteria(db, input.id, input.criteria);
      const after = getRound(db, input.id);
      audit({
        entity: 'budget_rounds',
        entityId: input.id,
        summary: diffSummary(roundFields(before), roundFields(after)),
      });
      return after;
    },
  }),
  'budget.ledger': method({
    description:
      'Het grootboek van een jaar of een ronde met een regel per toegekende aanvraag: toegekend, vrijgevallen, vastgelegd, betaald, gepland en nog te betalen. Plafond = vastgelegd + resterend, altijd.',
    access: ['beheerder'],
    mode: 'read',
    input: ledgerQuery,
    handler: ({ db }, q) => {
      const rounds = q.roundId !== null ? [getRound(db, q.roundId)] : getYear(db, q.yearId!).rounds;
      const year = getYear(db, rounds[0]?.yearId ?? q.yearId!);
      const lines = rounds.flatMap((round) =>
        (
          db
            .prepare(
              'SELECT id, number, title, applicant_name AS applicantName, status, decided_on AS decidedOn FROM budget_applications WHERE round_id = ? AND granted_cents > 0 ORDER BY decided_on, number',
            )
            .all(round.id) as {
            id: number;
            number: string;
            title: string;
            applicantName: string;
            status: ApplicationStatus;
            decidedOn: string | null;
          }[]
        ).map((a) => ({
          ...a,
          roundId: round.id,
          roundName: round.name,
          statusLabel: STATUS_LABELS[a.status],
          ...applicationMoney(db, a.id),
        })),
      );
      return {
        year: {
          id: year.id,
          year: year.year,
          totalCents: year.totalCents,
          allocatedCents: year.allocatedCents,
          unallocatedCents: year.unallocatedCents,
        },
        ledger: q.roundId !== null ? rounds[0]!.ledger : year.ledger,
        rounds: rounds.map((r) => ({
          id: r.id,
          name: r.name,
          scheme: r.scheme,
          schemeLabel: r.schemeLabel,
          ledger: r.ledger,
        })),
        lines,
      };
    },
  }),
};
