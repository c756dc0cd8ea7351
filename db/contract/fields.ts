import { z } from './zod';
import { compose, msg } from '../platform/messages';

export { msg } from '../platform/messages';

export const ROLES = ['beheerder', 'coordinator', 'commissie', 'balie'] as const;
export type Role = (typeof ROLES)[number];

export const id = z
  .number({ error: msg('Kies een geldig item.', 'Choose a valid item.') })
  .int()
  .positive();

/**
 * Characters that do not show but change what a text looks like or means: C0 and C1 controls, DEL, zero-width
 * characters and direction marks, bidi embeddings, overrides and isolates (U+202E turns "gpj.exe" into
 * "exe.jpg"), line and paragraph separators and the byte-order mark. A name or file name with one of them can
 * pose as another; tab and newline stay allowed in texts of several lines.
 */
// Matching control characters is the point of these two patterns.
/* eslint-disable no-control-regex */
const INVISIBLE_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const INVISIBLE_MULTI_LINE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
/* eslint-enable no-control-regex */
export const INVISIBLE_CHARACTER_MESSAGE = msg(
  'Deze tekst bevat een onzichtbaar of verboden teken.',
  'This text contains an invisible or forbidden character.',
);

/** True when the text holds no invisible or control character (tab and newline allowed when `multiline`). */
export function isVisibleText(s: string, multiline = false): boolean {
  return !(multiline ? INVISIBLE_MULTI_LINE : INVISIBLE_ONE_LINE).test(s);
}

/** Up to 200 characters is a name, title or short answer on one line; longer texts are typed in a text area. */
const isMultiline = (max: number) => max > 200;

/** "Naam is verplicht." for a label that is a `msg` (or, in a module not moved yet, Dutch only). */
const isRequired = (label: string) =>
  compose((t, lang) => (lang === 'nl' ? `${t(label)} is verplicht.` : `${t(label)} is required.`));
const atMost = (label: string, max: number) =>
  compose((t, lang) =>
    lang === 'nl'
      ? `${t(label)} mag hoogstens ${max} tekens lang zijn.`
      : `${t(label)} may be at most ${max} characters long.`,
  );

/** A text on one line (or several, past 200 characters); `label` names the field, best as `msg('Naam', 'Name')`. */
export const requiredText = (label: string, max = 200, multiline = isMultiline(max)) =>
  z
    .string({ error: isRequired(label) })
    .trim()
    .min(1, isRequired(label))
    .max(max, atMost(label, max))
    .refine((s) => isVisibleText(s, multiline), INVISIBLE_CHARACTER_MESSAGE);

export const optionalText = (label: string, max = 2000, multiline = isMultiline(max)) =>
  z
    .string({
      error: compose((t, lang) => (lang === 'nl' ? `${t(label)} moet tekst zijn.` : `${t(label)} must be text.`)),
    })
    .trim()
    .max(max, atMost(label, max))
    .refine((s) => isVisibleText(s, multiline), INVISIBLE_CHARACTER_MESSAGE)
    .default('');

/**
 * The years a date may have. Far-away years passed the format check and then broke the date arithmetic
 * (rrule, Intl, week numbers) with an internal error; no record of a community centre needs them.
 * - any date (born, certificates, consent, filters, history): 1900–2100;
 * - a date of something planned or done in the house (bookings, shifts, meetings, logbook, incidents): 2000–2100.
 */
/** The refusals of a period's second date, the same wherever a period is asked for. */
export const END_BEFORE_START = msg(
  'De einddatum mag niet voor de begindatum liggen.',
  'The end date may not be before the start date.',
);
export const AT_MOST_A_YEAR = msg('Kies een periode van hoogstens een jaar.', 'Choose a period of at most a year.');

export const DATE_YEARS = { min: 1900, max: 2100 } as const;
export const PLAN_YEARS = { min: 2000, max: 2100 } as const;

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_FORMAT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A date (or date-time) text: the format as a pattern (so docs/API.md shows it), then a day that exists and a
 * year in range, each with its own message; a wrong format gets only the format's message.
 */
const dateField = (years: { min: number; max: number }, withTime: boolean, formatMessage: string) => {
  const format = withTime ? DATE_TIME_FORMAT : DATE_FORMAT;
  return z
    .string({
      error: withTime
        ? msg('Vul datum en tijd in.', 'Fill in a date and time.')
        : msg('Vul een datum in.', 'Fill in a date.'),
    })
    .regex(format, formatMessage)
    .superRefine((s, ctx) => {
      if (!format.test(s)) return;
      const year = Number(s.slice(0, 4));
      if (!isRealDate(s.slice(0, 10)))
        ctx.addIssue({ code: 'custom', message: msg('Deze datum bestaat niet.', 'This date does not exist.') });
      else if (year < years.min || year > years.max)
        ctx.addIssue({
          code: 'custom',
          message: msg(
            `Kies een datum tussen ${years.min} en ${years.max}.`,
            `Choose a date between ${years.min} and ${years.max}.`,
          ),
        });
    });
};

/** A date JJJJ-MM-DD between 1900 and 2100. */
const DATE_FORMAT_MESSAGE = msg('Vul een datum in als JJJJ-MM-DD.', 'Fill in a date as YYYY-MM-DD.');
export const isoDate = dateField(DATE_YEARS, false, DATE_FORMAT_MESSAGE);
/** A date JJJJ-MM-DD of something planned or done in the house, between 2000 and 2100. */
export const planDate = dateField(PLAN_YEARS, false, DATE_FORMAT_MESSAGE);
/** A moment JJJJ-MM-DDTUU:MM in the house (wall-clock time), between 2000 and 2100; `message` for a wrong format. */
export const planDateTime = (
  message = msg('Vul datum en tijd in als JJJJ-MM-DDTUU:MM.', 'Fill in a date and time as YYYY-MM-DDTHH:MM.'),
) => dateField(PLAN_YEARS, true, message);

const YEAR_MESSAGE = msg('Vul een jaartal in.', 'Fill in a year.');
const YEAR_RANGE_MESSAGE = msg(
  `Kies een jaar tussen ${PLAN_YEARS.min} en ${PLAN_YEARS.max}.`,
  `Choose a year between ${PLAN_YEARS.min} and ${PLAN_YEARS.max}.`,
);

/** A year number of the house's own records (budget years, allowances, reports). */
export const planYear = z
  .number({ error: YEAR_MESSAGE })
  .int(YEAR_MESSAGE)
  .min(PLAN_YEARS.min, YEAR_RANGE_MESSAGE)
  .max(PLAN_YEARS.max, YEAR_RANGE_MESSAGE);

export const clockTime = z
  .string({ error: msg('Vul een tijd in.', 'Fill in a time.') })
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d$/,
    msg('Vul een tijd in als UU:MM (bijvoorbeeld 09:30).', 'Fill in a time as HH:MM (for example 09:30).'),
  );

export const optionalEmail = z
  .string()
  .trim()
  .max(200)
  .refine(
    (s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
    msg('Dit is geen geldig e-mailadres.', 'This is not a valid email address.'),
  )
  .refine((s) => isVisibleText(s), INVISIBLE_CHARACTER_MESSAGE)
  .default('');

export const optionalPhone = z
  .string()
  .trim()
  .max(30)
  .refine(
    (s) => s === '' || /^\+?[\d\s\-()]{8,20}$/.test(s),
    msg('Dit is geen geldig telefoonnummer.', 'This is not a valid phone number.'),
  )
  .default('');

export const emptyInput = z.object({}).strict().default({});

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
