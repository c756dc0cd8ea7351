import { Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { FormErrors } from '@mantine/form';
import type { Period } from '../periods';
import { DateField } from './DateField';

export interface PeriodQuery<G extends string> extends Period {
  granularity: G;
}

/**
 * The period of a report, by day, with the granularity of its rows and the periods people ask for most one click
 * away (rental reports, reach). Texts come from the page, in its own words.
 */
export function PeriodFilter<G extends string>({
  value,
  onChange,
  errors,
  labels,
  granularities,
  presets,
}: {
  value: PeriodQuery<G>;
  onChange: (query: PeriodQuery<G>) => void;
  errors: FormErrors;
  labels: { from: string; to: string; granularity: string };
  granularities: readonly { value: G; label: string }[];
  presets: readonly (Period & { label: string })[];
}) {
  const granularityId = useId();
  return (
    <Card withBorder radius="md" padding="lg" className="no-print">
      <Stack gap="sm">
        <Group align="flex-start" gap="md" wrap="wrap">
          <DateField
            label={labels.from}
            value={value.from}
            onChange={(from) => onChange({ ...value, from })}
            error={errors.from}
            clearable={false}
            w={190}
          />
          <DateField
            label={labels.to}
            value={value.to}
            onChange={(to) => onChange({ ...value, to })}
            error={errors.to}
            clearable={false}
            w={190}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={granularityId}>
              {labels.granularity}
            </Text>
            <SegmentedControl
              aria-labelledby={granularityId}
              value={value.granularity}
              onChange={(g) => onChange({ ...value, granularity: g as G })}
              data={[...granularities]}
            />
          </Stack>
        </Group>
        <Group gap="xs">
          {presets.map((p) => (
            <Button
              key={p.label}
              variant="default"
              size="xs"
              onClick={() => onChange({ ...value, from: p.from, to: p.to })}
            >
              {p.label}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
