import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useFormat } from '../hooks/useFormat';

/** What a number input holds: a number, or '' while empty. */
export type MoneyValue = number | string;

/** Cents from the core → euros in the input ('' for no amount). */
export function centsToEuros(cents: number | null | undefined): MoneyValue {
  return cents === null || cents === undefined ? '' : cents / 100;
}

/**
 * Euros typed → whole cents for the core; undefined when empty, so the schema says "Vul … in"
 * instead of silently saving 0. Rounded, because 0.1 + 0.2 euros must be 30 cents, not 30.000000000000004.
 */
export function eurosToCents(value: MoneyValue): number | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  const euros = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(euros) ? Math.round(euros * 100) : undefined;
}

/**
 * An amount in euros with the € sign and two decimals, in the separators of the interface language
 * (1.234,50 in Dutch). Negative amounts can be typed on purpose: the schema then says in words why not,
 * next to the field, instead of the minus sign silently disappearing.
 */
export function MoneyInput(
  props: Omit<NumberInputProps, 'prefix' | 'decimalScale' | 'decimalSeparator' | 'thousandSeparator'>,
) {
  const { locale } = useFormat();
  const dutch = locale === 'nl-NL';
  return (
    <NumberInput
      prefix="€ "
      decimalScale={2}
      fixedDecimalScale
      decimalSeparator={dutch ? ',' : '.'}
      thousandSeparator={dutch ? '.' : ','}
      hideControls
      inputMode="decimal"
      {...props}
    />
  );
}
