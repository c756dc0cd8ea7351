import * as rruleModule from 'rrule';
import type { Options } from 'rrule';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import { MAX_OCCURRENCES, type Recurrence } from './schemas';
import { isoWeekday } from '../../platform/clock';

/** The stored rule of a series; weekday and position come from the series' first date. */
export interface SeriesRule {
  kind: Recurrence['kind'];
  until: string | null;
  count: number | null;
}

// rrule ships a UMD bundle as "main": Node's ESM loader sees only a default export, bundlers see named ones.
const { RRule } = ((rruleModule as unknown as { default?: typeof rruleModule }).default ??
  rruleModule) as typeof rruleModule;

const WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

/** 2 for the second Tuesday of the month; -1 for a date in the last seven days (the fifth becomes "last"). */
export function nthInMonth(date: string): number {
  const day = Number(date.slice(8, 10));
  const nth = Math.ceil(day / 7);
  return nth >= 5 ? -1 : nth;
}

/**
 * rrule options for a rule in wall-clock time. rrule works in UTC; feeding it the wall-clock date as
 * if it were UTC keeps every occurrence on the same clock time whatever summer time does.
 */
export function rruleOptions(rule: SeriesRule, firstDate: string): Partial<Options> {
  const [y, m, d] = firstDate.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[isoWeekday(firstDate) - 1]!;
  return {
    freq: rule.kind === 'monthly' ? RRule.MONTHLY : RRule.WEEKLY,
    interval: rule.kind === 'biweekly' ? 2 : 1,
    byweekday: [rule.kind === 'monthly' ? weekday.nth(nthInMonth(firstDate)) : weekday],
    dtstart: new Date(Date.UTC(y, m - 1, d, 12, 0, 0)),
    ...(rule.until ? { until: new Date(`${rule.until}T23:59:59Z`) } : {}),
    ...(rule.count ? { count: rule.count } : {}),
  };
}

/** Every date the rule gives, or a refusal when it gives none or more than MAX_OCCURRENCES. */
export function ruleDates(rule: SeriesRule, firstDate: string): string[] {
  if (rule.until && rule.until < firstDate)
    throw ApiError.field(
      'recurrence.until',
      msg(
        'De einddatum van de reeks ligt voor de eerste datum.',
        'The end date of the series is before its first date.',
      ),
    );
  const dates = new RRule(rruleOptions(rule, firstDate))
    .all((_, i) => i <= MAX_OCCURRENCES)
    .map((d) => d.toISOString().slice(0, 10));
  if (dates.length > MAX_OCCURRENCES) {
    throw ApiError.field(
      rule.count ? 'recurrence.count' : 'recurrence.until',
      msg(
        `Deze reeks geeft meer dan ${MAX_OCCURRENCES} data. Kies een eerdere einddatum of maak twee reeksen.`,
        `This series gives more than ${MAX_OCCURRENCES} dates. Choose an earlier end date or make two series.`,
      ),
    );
  }
  if (dates.length === 0)
    throw ApiError.field(
      'recurrence.until',
      msg('Deze reeks geeft geen enkele datum.', 'This series gives no date at all.'),
    );
  return dates;
}

/** The rule in words, in Dutch (the audit log) or English: 'elke dinsdag, 10 keer', 'every Tuesday, 10 times'. */
export function describeRule(rule: SeriesRule, firstDate: string, lang: 'nl' | 'en' = 'nl'): string {
  const day = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${firstDate}T12:00:00Z`),
  );
  const nth = nthInMonth(firstDate);
  if (lang === 'en') {
    const ordinal = nth === -1 ? 'last' : ['1st', '2nd', '3rd', '4th'][nth - 1]!;
    const what =
      rule.kind === 'weekly'
        ? `every ${day}`
        : rule.kind === 'biweekly'
          ? `every other week on ${day}`
          : `every ${ordinal} ${day} of the month`;
    return `${what}, ${rule.until ? `up to and including ${rule.until}` : `${rule.count} times`}`;
  }
  const what =
    rule.kind === 'weekly'
      ? `elke ${day}`
      : rule.kind === 'biweekly'
        ? `om de week op ${day}`
        : `elke ${nth === -1 ? 'laatste' : `${nth}e`} ${day} van de maand`;
  return `${what}, ${rule.until ? `tot en met ${rule.until}` : `${rule.count} keer`}`;
}
