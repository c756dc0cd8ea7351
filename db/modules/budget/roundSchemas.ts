import { z } from '../../contract/zod';
import { id, optionalText, requiredText, planDate } from '../../contract/fields';
import { SCHEMES } from './vocabulary';
import { cents } from './amountSchemas';

/** Year budgets, rounds and the ledger. */

export const yearInput = z.object({
  year: z
    .number({ error: 'Vul een jaar in.' })
    .int('Vul een jaar in.')
    .min(2000, 'Kies een jaar vanaf 2000.')
    .max(2100, 'Kies een jaar tot 2100.'),
  totalCents: cents('het jaarbudget'),
  source: optionalText('Herkomst', 300),
  notes: optionalText('Notities', 2000),
});
export const yearUpdate = z.object({ id }).and(yearInput);

const criterion = z.object({
  id: id.nullable().default(null),
  name: requiredText('Criterium', 120),
  description: optionalText('Toelichting', 500),
  maxScore: z
    .number({ error: 'Vul een maximumscore in.' })
    .int('Vul een heel getal in.')
    .min(1, 'Minstens 1 punt.')
    .max(10, 'Hoogstens 10 punten.')
    .default(5),
});

export const roundInput = z
  .object({
    yearId: id,
    name: requiredText('Naam', 120),
    scheme: z.enum(SCHEMES, { error: 'Kies Lokaal Budget of Right to Cooperate.' }),
    opensOn: planDate,
    closesOn: planDate,
    minCents: cents('het minimumbedrag'),
    maxCents: cents('het maximumbedrag'),
    ceilingCents: cents('het plafond'),
    executionFrom: planDate,
    executionTo: planDate,
    wijken: z
      .array(requiredText('Wijk', 80), { error: 'Geef de wijken als lijst.' })
      .max(20, 'Hoogstens 20 wijken.')
      .default([]),
    description: optionalText('Toelichting', 4000),
    criteria: z
      .array(criterion, { error: 'Geef de criteria als lijst.' })
      .max(12, 'Hoogstens 12 criteria.')
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn)
      ctx.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: 'De sluitingsdatum mag niet voor de openingsdatum liggen.',
      });
    if (v.executionTo < v.executionFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['executionTo'],
        message: 'Het einde van de uitvoeringsperiode mag niet voor het begin liggen.',
      });
    if (v.maxCents < v.minCents)
      ctx.addIssue({
        code: 'custom',
        path: ['maxCents'],
        message: 'Het maximumbedrag mag niet lager zijn dan het minimumbedrag.',
      });
    if (v.maxCents === 0)
      ctx.addIssue({ code: 'custom', path: ['maxCents'], message: 'Het maximumbedrag moet meer dan € 0 zijn.' });
    if (v.maxCents > v.ceilingCents)
      ctx.addIssue({
        code: 'custom',
        path: ['maxCents'],
        message: 'Het maximumbedrag per aanvraag mag niet hoger zijn dan het plafond van de ronde.',
      });
    const names = v.criteria.map((c) => c.name.toLowerCase());
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i)
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'name'], message: 'Elk criterium maar één keer.' });
    });
  });
export const roundUpdate = z.object({ id }).and(roundInput);
export type RoundInput = z.output<typeof roundInput>;

export const roundQuery = z.object({ yearId: id.nullable().default(null) }).default({ yearId: null });
export const ledgerQuery = z
  .object({ yearId: id.nullable().default(null), roundId: id.nullable().default(null) })
  .refine((v) => (v.yearId === null) !== (v.roundId === null), {
    message: 'Kies een jaar of een ronde.',
    path: ['yearId'],
  });
export const reportQuery = ledgerQuery;
