import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../format';

export const thisYear = () => Number(todayIso().slice(0, 4));

/** The last five years and the next: hours and allowances are looked back on, limits set a year ahead. */
export function YearSelect({
  value,
  onChange,
  label,
  hideLabel,
}: {
  value: number;
  onChange: (year: number) => void;
  label?: string;
  hideLabel?: boolean;
}) {
  const { t } = useTranslation();
  const now = thisYear();
  const years = Array.from({ length: 6 }, (_, i) => String(now + 1 - i));
  return (
    <Select
      label={label ?? t('volunteerHours.year')}
      labelProps={hideLabel ? { className: 'sr-only' } : undefined}
      data={years.includes(String(value)) ? years : [String(value), ...years]}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={120}
    />
  );
}
