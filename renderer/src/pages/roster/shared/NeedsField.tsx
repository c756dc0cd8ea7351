import { ActionIcon, Box, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VolunteerRole } from './types';

/** One row of "who is needed": a role and how many, as typed (an emptied number is ''). */
export interface NeedValue {
  roleId: string | null;
  count: number | string;
}

export const needsToInput = (needs: readonly NeedValue[]) =>
  needs.map((n) => ({
    roleId: n.roleId === null ? NaN : Number(n.roleId),
    count: n.count === '' ? NaN : Number(n.count),
  }));

export const needsToValues = (needs: readonly { roleId: number; count: number }[]): NeedValue[] =>
  needs.map((n) => ({ roleId: String(n.roleId), count: n.count }));

interface NeedsFieldProps {
  value: readonly NeedValue[];
  onChange: (value: NeedValue[]) => void;
  roles: readonly VolunteerRole[];
  /** The form's error for a dotted path ('needs', 'needs.0.count'). */
  errorOf: (path: string) => React.ReactNode;
}

/** Required headcount per role ("2 × bar, 1 × sleutelhouder"): the rows a shift is measured against. */
export function NeedsField({ value, onChange, roles, errorOf }: NeedsFieldProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<NeedValue>) =>
    onChange(value.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  const listError = errorOf('needs');
  return (
    <Box component="fieldset" p={0} m={0} style={{ border: 0, minWidth: 0 }}>
      <Text component="legend" fw={500} size="sm">
        {t('roster.needs.label')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('roster.needs.help')}
      </Text>
      <Stack gap={6}>
        {value.map((n, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <Select
              label={t('roster.needs.roleN', { n: i + 1 })}
              labelProps={{ className: 'sr-only' }}
              placeholder={t('roster.needs.pickRole')}
              data={roles
                .filter((r) => r.active || String(r.id) === n.roleId)
                .map((r) => ({ value: String(r.id), label: r.name }))}
              value={n.roleId}
              onChange={(v) => set(i, { roleId: v })}
              error={errorOf(`needs.${i}.roleId`)}
              style={{ flex: 2 }}
            />
            <NumberInput
              label={t('roster.needs.countN', { n: i + 1 })}
              labelProps={{ className: 'sr-only' }}
              min={0}
              max={50}
              allowDecimal={false}
              suffix={` ${t('roster.needs.people')}`}
              value={n.count}
              onChange={(v) => set(i, { count: v })}
              error={errorOf(`needs.${i}.count`)}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={2}
              aria-label={t('roster.needs.removeN', { n: i + 1 })}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('roster.needs.none')}
          </Text>
        )}
      </Stack>
      {listError && (
        <Text c="red.9" size="sm" mt={4} role="alert">
          {listError}
        </Text>
      )}
      <Button
        variant="subtle"
        size="compact-sm"
        mt="xs"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange([...value, { roleId: null, count: 1 }])}
      >
        {t('roster.needs.add')}
      </Button>
    </Box>
  );
}
