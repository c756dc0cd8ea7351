import { z } from '../../contract/zod';
import { compose, msg } from '../../platform/messages';

/** Amounts, counts and reach: the number fields the budget's forms share. */

const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
/** A message about `label` (a `msg('het bedrag', 'the amount')`), in Dutch and English. */
const about = (label: string, nl: (l: string) => string, en: (l: string) => string) =>
  compose((t, lang) => (lang === 'nl' ? nl(t(label)) : en(t(label))));
const notNegative = (label: string) =>
  about(
    label,
    (l) => `${cap(l)} kan niet negatief zijn.`,
    (l) => `${cap(l)} cannot be negative.`,
  );
const tooHigh = (label: string) =>
  about(
    label,
    (l) => `${cap(l)} is te hoog.`,
    (l) => `${cap(l)} is too high.`,
  );
/** An amount in whole cents, at most € 10 mln; `label` names it, best as `msg('het bedrag', 'the amount')`. */
export const cents = (label: string) =>
  z
    .number({
      error: about(
        label,
        (l) => `Vul ${l} in.`,
        (l) => `Fill in ${l}.`,
      ),
    })
    .int(
      about(
        label,
        (l) => `Vul ${l} in hele centen in.`,
        (l) => `Fill in ${l} in whole cents.`,
      ),
    )
    .min(0, notNegative(label))
    .max(1_000_000_000, tooHigh(label));
export const positiveCents = (label: string) =>
  cents(label).refine(
    (n) => n > 0,
    about(
      label,
      (l) => `${cap(l)} moet meer dan € 0 zijn.`,
      (l) => `${cap(l)} must be more than €0.`,
    ),
  );
export const count = (label: string, max = 100_000) =>
  z
    .number({
      error: about(
        label,
        (l) => `Vul ${l} in als getal.`,
        (l) => `Fill in ${l} as a number.`,
      ),
    })
    .int(
      about(
        label,
        (l) => `Vul voor ${l} een heel getal in.`,
        (l) => `Fill in a whole number for ${l}.`,
      ),
    )
    .min(0, notNegative(label))
    .max(max, tooHigh(label));

/** Reach per priority group, plus everyone else. */
export const reach = z
  .object(
    {
      jeugd: count(msg('het bereik onder jeugd', 'the reach among youth')).default(0),
      ouderen: count(msg('het bereik onder ouderen', 'the reach among older people')).default(0),
      kwetsbare_bewoners: count(
        msg('het bereik onder kwetsbare bewoners', 'the reach among vulnerable residents'),
      ).default(0),
      overig: count(msg('het overige bereik', 'the other reach')).default(0),
    },
    { error: msg('Geef het bereik per groep.', 'Give the reach per group.') },
  )
  .default({ jeugd: 0, ouderen: 0, kwetsbare_bewoners: 0, overig: 0 });
