import { z } from '../../contract/zod';

/** Amounts, counts and reach: the number fields the budget's forms share. */

const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
/** An amount in whole cents, at most € 10 mln. */
export const cents = (label: string) =>
  z
    .number({ error: `Vul ${label} in.` })
    .int(`Vul ${label} in hele centen in.`)
    .min(0, `${cap(label)} kan niet negatief zijn.`)
    .max(1_000_000_000, `${cap(label)} is te hoog.`);
export const positiveCents = (label: string) =>
  cents(label).refine((n) => n > 0, `${cap(label)} moet meer dan € 0 zijn.`);
export const count = (label: string, max = 100_000) =>
  z
    .number({ error: `Vul ${label} in als getal.` })
    .int(`Vul voor ${label} een heel getal in.`)
    .min(0, `${cap(label)} kan niet negatief zijn.`)
    .max(max, `${cap(label)} is te hoog.`);

/** Reach per priority group, plus everyone else. */
export const reach = z
  .object(
    {
      jeugd: count('het bereik onder jeugd').default(0),
      ouderen: count('het bereik onder ouderen').default(0),
      kwetsbare_bewoners: count('het bereik onder kwetsbare bewoners').default(0),
      overig: count('het overige bereik').default(0),
    },
    { error: 'Geef het bereik per groep.' },
  )
  .default({ jeugd: 0, ouderen: 0, kwetsbare_bewoners: 0, overig: 0 });
