import { Checkbox, Group } from '@mantine/core';
import { useFormat } from '../../../hooks/useFormat';
import { WEEKDAYS } from './time';

interface WeekdaysFieldProps {
  label: string;
  /** ISO weekdays as strings ('1' = maandag), as Checkbox.Group keeps them. */
  value: string[];
  onChange: (value: string[]) => void;
  error?: React.ReactNode;
  required?: boolean;
}

/** Monday to Sunday as checkboxes: short names on screen, the whole day name for screen readers. */
export function WeekdaysField({ label, value, onChange, error, required }: WeekdaysFieldProps) {
  const f = useFormat();
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange} error={error} withAsterisk={required}>
      <Group gap="md" mt={6}>
        {WEEKDAYS.map((d) => (
          <Checkbox key={d} value={String(d)} label={f.weekday(d, 'short')} aria-label={f.weekday(d)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
