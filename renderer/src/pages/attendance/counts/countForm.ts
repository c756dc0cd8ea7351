import type { Input } from '../../../api/client';
import type { Session } from '../shared/sessionState';

type NumberValue = number | string;

export interface CountValues {
  total: NumberValue;
  bands: { bandId: number; count: NumberValue }[];
  newVisitors: NumberValue;
  volunteersPresent: NumberValue;
  women: NumberValue;
  men: NumberValue;
  note: string;
}

const num = (v: NumberValue): number | undefined => (v === '' || v === null || v === undefined ? undefined : Number(v));

/**
 * The form starts from the session's counts; every active band gets a field, and bands counted
 * earlier but since switched off are kept (hidden from nobody: they still add up), so saving never
 * moves their visitors to "onbekend".
 */
export function countValuesOf(session: Session, bandIds: number[]): CountValues {
  const c = session.counts;
  const counted = new Map((c?.bands ?? []).map((b) => [b.bandId, b.count]));
  const ids = [...bandIds, ...[...counted.keys()].filter((id) => !bandIds.includes(id))];
  return {
    total: c?.total ?? '',
    bands: ids.map((bandId) => ({ bandId, count: counted.get(bandId) ?? 0 })),
    newVisitors: c?.newVisitors ?? 0,
    volunteersPresent: c?.volunteersPresent ?? 0,
    women: c?.women ?? '',
    men: c?.men ?? '',
    note: c?.note ?? '',
  };
}

/** An empty total stays undefined so the core's "Vul het totaal in." shows; empty bands count as none. */
export function toCountsInput(sessionId: number, v: CountValues): Input<'attendance.setCounts'> {
  return {
    sessionId,
    total: num(v.total) as number,
    bands: v.bands.map((b) => ({ bandId: b.bandId, count: num(b.count) ?? 0 })),
    newVisitors: num(v.newVisitors) ?? 0,
    volunteersPresent: num(v.volunteersPresent) ?? 0,
    women: num(v.women) ?? null,
    men: num(v.men) ?? null,
    note: v.note,
  };
}

/** What the bands leave of the total: shown live as "onbekend" (negative means the bands add up to too many). */
export function unknownOf(v: CountValues): number {
  return (num(v.total) ?? 0) - v.bands.reduce((s, b) => s + (num(b.count) ?? 0), 0);
}
