import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { formatCents, localDate, localDateTime } from '../../platform/clock';
import { SCHEME_LABELS, ledgerQuery, roundInput, roundQuery, roundUpdate, yearInput, yearUpdate } from './schemas';
import { sumLedgers } from './shared';
import { ledgerLines, yearRoundLedgers } from './ledger';
import {
  checkAllocation,
  getRound,
  getYear,
  yearRow,
  insertRound,
  insertYear,
  listRounds,
  listYears,
  roundView,
  saveCriteria,
  yearView,
  type BudgetYear,
  type Round,
} from './rounds';
import { describeChanges, type Labels } from '../../contract/audit';
import { msg } from '../../platform/messages';
import { say } from './say';

/** Year budgets, rounds and the ledger, as the API offers them. */

/** A label for every field of a record: the compiler points out a field left out, which the audit log would not mention. */
const yearFields = (y: Pick<BudgetYear, 'year' | 'totalCents' | 'source' | 'notes'>) => ({
  year: y.year,
  totalCents: y.totalCents,
  source: y.source,
  notes: y.notes,
});

/** A year budget's fields as the audit log names them. */
const YEAR_LABELS: Labels<ReturnType<typeof yearFields>> = {
  year: 'Jaar',
  totalCents: { label: 'Jaarbudget', show: formatCents },
  source: 'Herkomst',
  notes: { label: 'Notities', onlyMention: true },
};

const roundFields = (r: Round) => ({
  name: r.name,
  year: r.year,
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
  criteriaDescriptions: r.criteria.map((c) => c.description).filter(Boolean),
});

/** A round's fields as the audit log names them, in the order of the round form. */
const ROUND_LABELS: Labels<ReturnType<typeof roundFields>> = {
  name: 'Naam van de ronde',
  year: 'Jaar',
  scheme: { label: 'Regeling', show: (v) => SCHEME_LABELS[v] },
  opensOn: 'Indienen vanaf',
  closesOn: 'Indienen tot en met',
  minCents: { label: 'Minimum per aanvraag', show: formatCents },
  maxCents: { label: 'Maximum per aanvraag', show: formatCents },
  ceilingCents: { label: 'Plafond', show: formatCents },
  executionFrom: 'Uitvoering vanaf',
  executionTo: 'Uitvoering tot en met',
  wijken: { label: 'Wijken', show: (v) => (v.length ? v.join(', ') : 'de wijken van het huis') },
  description: { label: 'Toelichting', onlyMention: true },
  criteria: { label: 'Beoordelingscriteria', show: (v) => (v.length ? v.join(', ') : '(geen)') },
  criteriaDescriptions: { label: 'Toelichting bij de criteria', onlyMention: true },
};

const READERS = ['beheerder', 'commissie'] as const;

export const budgetRoundMethods = {
  'budget.years': method({
    description:
      'De budgetjaren met hun jaarbudget, wat over de rondes is verdeeld, en het grootboek per jaar en per ronde (plafond, toegekend, betaald, vrijgevallen, resterend).',
    access: READERS,
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db, clock }) => listYears(db).map((y) => yearView(y, localDate(clock.now()))),
  }),
  'budget.createYear': method({
    description:
      'Legt het budget voor lokale initiatieven van een jaar vast (Lokaal Budget en Right to Cooperate samen).',
    access: ['beheerder'],
    mode: 'write',
    input: yearInput,
    handler: ({ db, clock, audit }, input) => {
      const yearId = insertYear(db, input, localDateTime(clock.now()));
      audit({
        entity: 'budget_years',
        entityId: yearId,
        summary: `Budgetjaar ${input.year}: ${formatCents(input.totalCents)}`,
      });
      return yearView(getYear(db, yearId), localDate(clock.now()));
    },
  }),
  'budget.updateYear': method({
    description: 'Wijzigt het jaarbudget; het kan niet lager dan wat al over de rondes is verdeeld.',
    access: ['beheerder'],
    mode: 'write',
    input: yearUpdate,
    handler: ({ db, clock, audit }, input) => {
      const before = getYear(db, input.id, 'id');
      if (
        input.year !== before.year &&
        db.prepare('SELECT 1 FROM budget_years WHERE year = ? AND id <> ?').get(input.year, input.id)
      )
        throw ApiError.field(
          'year',
          msg(`Er is al een budget voor ${input.year}.`, `There is already a budget for ${input.year}.`),
        );
      if (input.totalCents < before.allocatedCents) {
        throw ApiError.field(
          'totalCents',
          say(
            ({ euro }) =>
              `De rondes van dit jaar hebben samen al een plafond van ${euro(before.allocatedCents)}: het jaarbudget kan niet lager.`,
            ({ euro }) =>
              `The rounds of this year already have a combined ceiling of ${euro(before.allocatedCents)}: the year budget cannot be lower.`,
          ),
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
        summary: describeChanges(yearFields(before), yearFields(input), YEAR_LABELS),
      });
      return yearView(getYear(db, input.id), localDate(clock.now()));
    },
  }),
  'budget.rounds': method({
    description:
      'De rondes (eventueel van één jaar) met regeling, indieningstermijn, bedragen, plafond, uitvoeringsperiode, criteria, grootboek en aantallen aanvragen per status.',
    access: READERS,
    mode: 'read',
    input: roundQuery,
    handler: ({ db, clock }, q) => listRounds(db, q.yearId).map((r) => roundView(r, localDate(clock.now()))),
  }),
  'budget.round': method({
    description: 'Eén ronde met criteria, grootboek en aantallen aanvragen per status.',
    access: READERS,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db, clock }, input) => roundView(getRound(db, input.id, 'id'), localDate(clock.now())),
  }),
  'budget.createRound': method({
    description:
      'Maakt een ronde: naam, regeling (Lokaal Budget of Right to Cooperate), indieningstermijn, minimum- en maximumbedrag per aanvraag, plafond, uitvoeringsperiode, wijken en beoordelingscriteria.',
    access: ['beheerder'],
    mode: 'write',
    input: roundInput,
    handler: ({ db, clock, audit }, input) => {
      const roundId = insertRound(db, input, localDateTime(clock.now()));
      const round = getRound(db, roundId);
      audit({
        entity: 'budget_rounds',
        entityId: roundId,
        summary: `Ronde "${round.name}" (${round.schemeLabel} ${round.year}), plafond ${formatCents(round.ceilingCents)}`,
      });
      return roundView(round, localDate(clock.now()));
    },
  }),
  'budget.updateRound': method({
    description:
      'Wijzigt een ronde. Regeling en jaar liggen vast zodra er aanvragen zijn; het plafond kan niet lager dan wat al is toegekend; criteria met scores blijven.',
    access: ['beheerder'],
    mode: 'write',
    input: roundUpdate,
    handler: ({ db, clock, audit }, input) => {
      const before = getRound(db, input.id, 'id');
      const hasApplications = Object.values(before.counts).some((n) => (n ?? 0) > 0);
      if (hasApplications && input.scheme !== before.scheme)
        throw ApiError.field(
          'scheme',
          msg(
            'Deze ronde heeft al aanvragen: de regeling ligt vast.',
            'This round already has applications: its scheme is fixed.',
          ),
        );
      if (hasApplications && input.yearId !== before.yearId)
        throw ApiError.field(
          'yearId',
          msg(
            'Deze ronde heeft al aanvragen: ze blijft in hetzelfde jaar.',
            'This round already has applications: it stays in the same year.',
          ),
        );
      getYear(db, input.yearId);
      if (
        db
          .prepare('SELECT 1 FROM budget_rounds WHERE year_id = ? AND name = ? AND id <> ?')
          .get(input.yearId, input.name, input.id)
      )
        throw ApiError.field(
          'name',
          msg('Er is in dit jaar al een ronde met deze naam.', 'There is already a round with this name this year.'),
        );
      if (input.ceilingCents < before.ledger.committedCents) {
        throw ApiError.field(
          'ceilingCents',
          say(
            ({ euro }) =>
              `In deze ronde is al ${euro(before.ledger.committedCents)} toegekend: het plafond kan niet lager.`,
            ({ euro }) =>
              `${euro(before.ledger.committedCents)} has already been granted in this round: the ceiling cannot be lower.`,
          ),
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
        summary: describeChanges(roundFields(before), roundFields(after), ROUND_LABELS),
      });
      return roundView(after, localDate(clock.now()));
    },
  }),
  'budget.ledger': method({
    description:
      'Het grootboek van een jaar of een ronde met een regel per toegekende aanvraag: toegekend, vrijgevallen, vastgelegd, betaald, gepland en nog te betalen. Plafond = vastgelegd + resterend, altijd.',
    access: ['beheerder'],
    mode: 'read',
    input: ledgerQuery,
    handler: ({ db }, q) => {
      // The year's own fields and its rounds' ledgers in one statement each, and each round's lines in one.
      const yearId = q.roundId !== null ? getRound(db, q.roundId).yearId : q.yearId!;
      const year = yearRow(db, yearId);
      const all = yearRoundLedgers(db, yearId);
      const rounds = q.roundId !== null ? all.filter((r) => r.id === q.roundId) : all;
      const allocated = all.reduce((s, r) => s + r.ledger.ceilingCents, 0);
      const lines = rounds.flatMap((round) => ledgerLines(db, round));
      return {
        year: {
          id: year.id,
          year: year.year,
          totalCents: year.totalCents,
          allocatedCents: allocated,
          unallocatedCents: year.totalCents - allocated,
        },
        ledger:
          q.roundId !== null
            ? rounds[0]!.ledger
            : sumLedgers(
                year.totalCents,
                all.map((r) => r.ledger),
              ),
        rounds: rounds.map((r) => ({
          id: r.id,
          name: r.name,
          scheme: r.scheme,
          schemeLabel: SCHEME_LABELS[r.scheme as keyof typeof SCHEME_LABELS],
          ledger: r.ledger,
        })),
        lines,
      };
    },
  }),
};
