import { TimePicker, type TimePickerProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

type TimeFieldProps = Omit<TimePickerProps, 'format' | 'value' | 'onChange'> & {
  label: string;
  value?: string;
  onChange?: (value: string) => void;
  /** The row already shows what the field is; the label is still read out. */
  hideLabel?: boolean;
};

/** 'HH:MM' on the 24-hour clock whatever the computer's language. The label names the hours box; the minutes box gets its own name. */
export function TimeField({ label, value, onChange, hideLabel, ...props }: TimeFieldProps) {
  const { t } = useTranslation();
  return (
    <TimePicker
      format="24h"
      label={label}
      labelProps={hideLabel ? { className: 'sr-only' } : undefined}
      minutesInputLabel={t('time.minutesOf', { label })}
      hoursPlaceholder={t('time.hh')}
      minutesPlaceholder={t('time.mm')}
      value={value}
      onChange={onChange}
      {...props}
    />
  );
}
