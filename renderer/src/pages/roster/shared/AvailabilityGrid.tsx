import { Box, Checkbox, Table, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import { DAYPARTS, WEEKDAYS, type Daypart } from './time';

/** '3-avond': one slot of the week as a string, so a form can keep the grid as a plain list. */
export const slotKey = (weekday: number, daypart: Daypart) => `${weekday}-${daypart}`;

export function slotsToAvailability(slots: readonly string[]): { weekday: number; daypart: Daypart }[] {
  return slots.map((s) => {
    const [weekday, daypart] = s.split('-') as [string, Daypart];
    return { weekday: Number(weekday), daypart };
  });
}

interface AvailabilityGridProps {
  /** Slot keys (see slotKey). */
  value: readonly string[];
  /** Without it the grid only shows the availability. */
  onChange?: (value: string[]) => void;
  label: string;
  /** In a card titled "Beschikbaarheid" the label is only read out, not shown twice. */
  hideLabel?: boolean;
  error?: React.ReactNode;
}

/**
 * When someone can usually come: the seven days across, morning, afternoon and evening down, the
 * way coordinators draw it on paper. Every checkbox is named "maandag ochtend" for screen readers.
 */
export function AvailabilityGrid({ value, onChange, label, hideLabel, error }: AvailabilityGridProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const toggle = (key: string, on: boolean) => onChange?.(on ? [...value, key] : value.filter((k) => k !== key));
  return (
    <Box component={onChange ? 'fieldset' : 'div'} p={0} m={0} style={{ border: 0, minWidth: 0 }}>
      <Text
        component={onChange ? 'legend' : 'p'}
        fw={500}
        size="sm"
        mb={4}
        className={hideLabel ? 'sr-only' : undefined}
      >
        {label}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          horizontalSpacing={6}
          aria-label={label}
          style={{ maxWidth: 560 }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Td />
              {WEEKDAYS.map((d) => (
                <Table.Th key={d} scope="col" ta="center">
                  <abbr title={f.weekday(d)} style={{ textDecoration: 'none' }}>
                    {f.weekday(d, 'short')}
                  </abbr>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {DAYPARTS.map((part) => (
              <Table.Tr key={part}>
                <Table.Th scope="row" fw={500}>
                  {t(`volunteers.dayparts.${part}`)}
                </Table.Th>
                {WEEKDAYS.map((d) => {
                  const key = slotKey(d, part);
                  const on = value.includes(key);
                  const name = `${f.weekday(d)} ${t(`volunteers.dayparts.${part}`).toLowerCase()}`;
                  return (
                    <Table.Td key={d} ta="center">
                      {onChange ? (
                        <Checkbox
                          checked={on}
                          onChange={(e) => toggle(key, e.currentTarget.checked)}
                          aria-label={name}
                          style={{ display: 'inline-block' }}
                        />
                      ) : on ? (
                        <>
                          <IconCheck size={16} aria-hidden color="var(--mantine-color-wijk-8)" />
                          <span className="sr-only">{t('volunteers.availableSlot', { slot: name })}</span>
                        </>
                      ) : null}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {error && (
        <Text c="red.9" size="sm" mt={4} role="alert">
          {error}
        </Text>
      )}
    </Box>
  );
}
