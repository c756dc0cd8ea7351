import { z } from '../../contract/zod';
import { id, optionalText, requiredText, planDate } from '../../contract/fields';
import { msg } from '../../platform/messages';
import { SCHEMES } from './vocabulary';
import { cents } from './amountSchemas';

/** Year budgets, rounds and the ledger. */

export const yearInput = z.object({
  year: z
    .number({ error: msg('Vul een jaar in.', 'Fill in a year.') })
    .int(msg('Vul een jaar in.', 'Fill in a year.'))
    .min(2000, msg('Kies een jaar vanaf 2000.', 'Choose a year from 2000.'))
    .max(2100, msg('Kies een jaar tot 2100.', 'Choose a year up to 2100.')),
  totalCents: cents(msg('het jaarbudget', 'the year budget')),
  source: optionalText(msg('Herkomst', 'Source'), 300),
  notes: optionalText(msg('Notities', 'Notes'), 2000),
});
export const yearUpdate = z.object({ id }).and(yearInput);

const criterion = z.object({
  id: id.nullable().default(null),
  name: requiredText(msg('Criterium', 'Criterion'), 120),
  description: optionalText(msg('Toelichting', 'Explanation'), 500),
  maxScore: z
    .number({ error: msg('Vul een maximumscore in.', 'Fill in a maximum score.') })
    .int(msg('Vul een heel getal in.', 'Fill in a whole number.'))
    .min(1, msg('Minstens 1 punt.', 'At least 1 point.'))
    .max(10, msg('Hoogstens 10 punten.', 'At most 10 points.'))
    .default(5),
});

export const roundInput = z
  .object({
    yearId: id,
    name: requiredText(msg('Naam', 'Name'), 120),
    scheme: z.enum(SCHEMES, {
      error: msg('Kies Lokaal Budget of Right to Cooperate.', 'Choose Lokaal Budget or Right to Cooperate.'),
    }),
    opensOn: planDate,
    closesOn: planDate,
    minCents: cents(msg('het minimumbedrag', 'the minimum amount')),
    maxCents: cents(msg('het maximumbedrag', 'the maximum amount')),
    ceilingCents: cents(msg('het plafond', 'the ceiling')),
    executionFrom: planDate,
    executionTo: planDate,
    wijken: z
      .array(requiredText(msg('Wijk', 'Neighbourhood'), 80), {
        error: msg('Geef de wijken als lijst.', 'Give the neighbourhoods as a list.'),
      })
      .max(20, msg('Hoogstens 20 wijken.', 'At most 20 neighbourhoods.'))
      .default([]),
    description: optionalText(msg('Toelichting', 'Explanation'), 4000),
    criteria: z
      .array(criterion, { error: msg('Geef de criteria als lijst.', 'Give the criteria as a list.') })
      .max(12, msg('Hoogstens 12 criteria.', 'At most 12 criteria.'))
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn)
      ctx.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: msg(
          'De sluitingsdatum mag niet voor de openingsdatum liggen.',
          'The closing date may not be before the opening date.',
        ),
      });
    if (v.executionTo < v.executionFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['executionTo'],
        message: msg(
          'Het einde van de uitvoeringsperiode mag niet voor het begin liggen.',
          'The end of the execution period may not be before its start.',
        ),
      });
    if (v.maxCents < v.minCents)
      ctx.addIssue({
        code: 'custom',
        path: ['maxCents'],
        message: msg(
          'Het maximumbedrag mag niet lager zijn dan het minimumbedrag.',
          'The maximum amount may not be lower than the minimum amount.',
        ),
      });
    if (v.maxCents === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['maxCents'],
        message: msg('Het maximumbedrag moet meer dan € 0 zijn.', 'The maximum amount must be more than €0.'),
      });
    if (v.maxCents > v.ceilingCents)
      ctx.addIssue({
        code: 'custom',
        path: ['maxCents'],
        message: msg(
          'Het maximumbedrag per aanvraag mag niet hoger zijn dan het plafond van de ronde.',
          'The maximum amount per application may not be higher than the round’s ceiling.',
        ),
      });
    const names = v.criteria.map((c) => c.name.toLowerCase());
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', i, 'name'],
          message: msg('Elk criterium maar één keer.', 'Each criterion only once.'),
        });
    });
  });
export const roundUpdate = z.object({ id }).and(roundInput);
export type RoundInput = z.output<typeof roundInput>;

export const roundQuery = z.object({ yearId: id.nullable().default(null) }).default({ yearId: null });
export const ledgerQuery = z
  .object({ yearId: id.nullable().default(null), roundId: id.nullable().default(null) })
  .refine((v) => (v.yearId === null) !== (v.roundId === null), {
    message: msg('Kies een jaar of een ronde.', 'Choose a year or a round.'),
    path: ['yearId'],
  });
export const reportQuery = ledgerQuery;
