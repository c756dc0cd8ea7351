import { clockMinutes } from '../../platform/clock';
import type { Lang } from '../../platform/messages';

/**
 * Which day parts a shift asks of a volunteer. Volunteers state their availability per day part
 * (ochtend until 13:00, middag 13:00–18:00, avond from 18:00), but shifts do not keep to those borders:
 * the evening shift of 17:00–22:00 starts an hour into the afternoon. Counting every part a shift touches
 * warned for every evening shift, and coordinators learned to confirm without reading. So a shift asks
 * for the parts it spends more than an hour in (an hour of setting up or handing over is forgiven), and a
 * short shift that is nowhere longer than an hour asks for the part it spends most time in.
 */

export type Daypart = 'ochtend' | 'middag' | 'avond';

const DAY = 24 * 60;
export const DAYPART_SPANS: Record<Daypart, [number, number]> = {
  ochtend: [0, 13 * 60],
  middag: [13 * 60, 18 * 60],
  avond: [18 * 60, DAY],
};
/** Up to this many minutes in a day part do not make the volunteer's availability for it matter. */
export const DAYPART_GRACE_MINUTES = 60;

export interface DaypartShare {
  part: Daypart;
  minutes: number;
}

/** The minutes a shift spends in each day part it touches; a shift past midnight counts until midnight. */
function shares(start: string, end: string): DaypartShare[] {
  const from = clockMinutes(start.slice(11));
  const to = end.slice(0, 10) > start.slice(0, 10) ? DAY : clockMinutes(end.slice(11));
  return (Object.keys(DAYPART_SPANS) as Daypart[])
    .map((part) => {
      const [a, b] = DAYPART_SPANS[part];
      return { part, minutes: Math.max(0, Math.min(to, b) - Math.max(from, a)) };
    })
    .filter((s) => s.minutes > 0);
}

/** The day parts a shift asks for, with the minutes it spends in each (see the rule above). */
export function daypartsOf(start: string, end: string): DaypartShare[] {
  const touched = shares(start, end);
  const asked = touched.filter((s) => s.minutes > DAYPART_GRACE_MINUTES);
  if (asked.length || !touched.length) return asked;
  const most = Math.max(...touched.map((s) => s.minutes));
  return touched.filter((s) => s.minutes === most).slice(0, 1);
}

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** "2 uur", "45 minuten", "1 uur en 30 minuten". */
function duration(m: number): string {
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  if (!hours) return `${rest} minuten`;
  return rest ? `${hours} uur en ${rest} minuten` : `${hours} uur`;
}

/** "2 hours", "45 minutes", "1 hour and 30 minutes". */
function durationEn(m: number): string {
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  const h = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  if (!hours) return `${rest} minutes`;
  return rest ? `${h} and ${rest} minutes` : h;
}

/** The day parts in English, for the English text of the warning. */
export const DAYPART_EN: Record<Daypart, string> = { ochtend: 'morning', middag: 'afternoon', avond: 'evening' };

/** The part of the warning that says why the volunteer is asked for these day parts, in Dutch or English. */
export function explainDayparts(missing: DaypartShare[], lang: Lang = 'nl'): string {
  const parts = missing.map((s) => {
    const [a, b] = DAYPART_SPANS[s.part];
    const span = `${clock(a)}–${b === DAY ? '24:00' : clock(b)}`;
    return lang === 'nl'
      ? `${duration(s.minutes)} in de ${s.part} (${span})`
      : `${durationEn(s.minutes)} in the ${DAYPART_EN[s.part]} (${span})`;
  });
  const and = lang === 'nl' ? 'en' : 'and';
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}` : parts[0];
  return lang === 'nl'
    ? `de dienst valt ${list}. Een dagdeel telt mee als de dienst er meer dan een uur in valt.`
    : `the shift takes ${list}. A part of the day counts when the shift spends more than an hour in it.`;
}
