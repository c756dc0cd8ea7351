import type { Input, Output } from '../../../api/client';
import { centsToEuros, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import type { ErrorAliases } from '../../../forms';

export type Tariff = Output<'tariffs.list'>[number];
export type Category = Output<'tariffs.categories'>[number];

/** The room select's value for a rate that holds in every room (roomId null in the core). */
export const ALL_ROOMS = 'all';

export interface TariffValues {
  categoryId: string | null;
  roomId: string;
  validFrom: string;
  hourly: MoneyValue;
  daypart: MoneyValue;
  vatPercent: string;
}

/** The form holds euros; the core's errors name the cents fields. */
export const TARIFF_ALIASES: ErrorAliases = { hourlyCents: 'hourly', daypartCents: 'daypart' };

export function emptyTariff(validFrom: string, categoryId: number | null): TariffValues {
  return {
    categoryId: categoryId === null ? null : String(categoryId),
    roomId: ALL_ROOMS,
    validFrom,
    hourly: '',
    daypart: '',
    vatPercent: '0',
  };
}

export function valuesOf(t: Tariff): TariffValues {
  return {
    categoryId: String(t.categoryId),
    roomId: t.roomId === null ? ALL_ROOMS : String(t.roomId),
    validFrom: t.validFrom,
    hourly: centsToEuros(t.hourlyCents),
    daypart: centsToEuros(t.daypartCents),
    vatPercent: String(t.vatPercent),
  };
}

export function toTariffInput(v: TariffValues): Input<'tariffs.create'> {
  return {
    categoryId: (v.categoryId ? Number(v.categoryId) : undefined) as number,
    roomId: v.roomId === ALL_ROOMS ? null : Number(v.roomId),
    validFrom: v.validFrom,
    hourlyCents: eurosToCents(v.hourly) as number,
    // The day-part rate is optional: empty means "only the hourly rate".
    daypartCents: eurosToCents(v.daypart) ?? null,
    vatPercent: Number(v.vatPercent) as 0 | 9 | 21,
  };
}

export type Validity = 'current' | 'future' | 'past';

/**
 * Which rate is in force today per category and room: the newest one that has started. Later ones
 * are announced, earlier ones only still priced the bookings made while they held.
 */
export function validityOf(tariffs: Tariff[], today: string): Map<number, Validity> {
  const out = new Map<number, Validity>();
  const groups = new Map<string, Tariff[]>();
  for (const t of tariffs) {
    const key = `${t.categoryId}|${t.roomId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
    const current = sorted.find((t) => t.validFrom <= today);
    for (const t of sorted) out.set(t.id, t.validFrom > today ? 'future' : t === current ? 'current' : 'past');
  }
  return out;
}
