import { useState } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Accepts what people type in the Netherlands (23-11-2026, 23/11/2026, 23.11.2026) and ISO dates. */
export function parseDutchDate(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) return null;
  return date.toISOString().slice(0, 10);
}

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** 'YYYY-MM-DD', or '' when empty: what the core expects. */
  value?: string;
  onChange?: (value: string) => void;
};

/** A date input shown as DD-MM-JJJJ with a Monday-first calendar, holding 'YYYY-MM-DD'. */
export function DateField({ value, onChange, popoverProps, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  // While the calendar is open, Escape closes only the calendar: a dialog around the field listens for Escape
  // before the field does, and skips a key aimed at an element marked like this (issue 18: Escape in the date
  // picker closed the whole booking dialog).
  const [pickerOpen, setPickerOpen] = useState(false);
  return (
    <DateInput
      valueFormat="DD-MM-YYYY"
      dateParser={parseDutchDate}
      placeholder={t('common.datePlaceholder')}
      leftSection={<IconCalendar size={18} aria-hidden />}
      value={value || null}
      onChange={(v) => onChange?.(v ? String(v).slice(0, 10) : '')}
      clearButtonProps={{ 'aria-label': t('common.clearDate') }}
      // Days of the neighbouring months were too faint to read (contrast); the month alone is clearer.
      hideOutsideDates
      nextLabel={t('common.nextMonth')}
      previousLabel={t('common.previousMonth')}
      data-mantine-stop-propagation={pickerOpen || undefined}
      popoverProps={{
        ...popoverProps,
        onOpen: () => {
          setPickerOpen(true);
          popoverProps?.onOpen?.();
        },
        onClose: () => {
          setPickerOpen(false);
          popoverProps?.onClose?.();
        },
      }}
      {...props}
    />
  );
}
