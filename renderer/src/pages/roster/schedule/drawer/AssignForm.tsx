import { Button, Group, Select, Stack } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WarningsConfirm } from '../../shared/WarningsConfirm';
import type { Shift, VolunteerChoice, VolunteerRole } from '../../shared/types';
import { useAssign } from './useAssign';

/** Volunteers with the role first (the ones the coordinator is looking for), everyone else after; stopped ones never. */
export function volunteerOptions(
  volunteers: readonly VolunteerChoice[],
  roleId: number | null,
  exclude: ReadonlySet<number>,
  groups: { withRole: string; others: string },
) {
  const label = (v: VolunteerChoice) => (v.status === 'pauze' ? `${v.name} (${v.status})` : v.name);
  const open = volunteers.filter((v) => v.status !== 'gestopt' && !exclude.has(v.id));
  const withRole = roleId === null ? [] : open.filter((v) => v.roleIds.includes(roleId));
  const others = open.filter((v) => !withRole.includes(v));
  const item = (v: VolunteerChoice) => ({ value: String(v.id), label: label(v) });
  return [
    ...(withRole.length ? [{ group: groups.withRole, items: withRole.map(item) }] : []),
    ...(others.length ? [{ group: groups.others, items: others.map(item) }] : []),
  ];
}

interface AssignFormProps {
  shift: Shift;
  /** The role of the section this form sits in; null lets the coordinator pick one (a shift without needs). */
  roleId: number | null;
  roles: readonly VolunteerRole[];
  volunteers: readonly VolunteerChoice[];
  onChanged: () => void;
}

/**
 * Plan someone on the shift, or put them on the waiting list. Warnings (on pause, not available,
 * double booked, no VOG) come back from the core to be read, then "Toch inplannen" sends it again.
 */
export function AssignForm({ shift, roleId, roles, volunteers, onChanged }: AssignFormProps) {
  const { t } = useTranslation();
  const assign = useAssign(shift, roleId, roles, volunteers, onChanged);
  const { role, roleName, busy, submit } = assign;
  const onShift = new Set(shift.assignments.map((a) => a.volunteerId));

  return (
    <Stack gap="xs">
      {roleId === null && (
        <Select
          label={t('roster.assignRole')}
          data={roles.filter((r) => r.active).map((r) => ({ value: String(r.id), label: r.name }))}
          value={assign.pickedRole}
          onChange={assign.pickRole}
        />
      )}
      <Select
        label={roleName ? t('roster.assignLabel', { role: roleName }) : t('roster.assignLabelNoRole')}
        placeholder={t('roster.pickVolunteer')}
        searchable
        clearable
        nothingFoundMessage={t('roster.nobodyFound')}
        data={volunteerOptions(volunteers, role, onShift, {
          withRole: t('roster.withRole', { role: roleName }),
          others: t('roster.others'),
        })}
        value={assign.volunteerId}
        onChange={assign.pickVolunteer}
        error={assign.error}
      />
      {assign.warnings ? (
        <WarningsConfirm
          warnings={assign.warnings}
          confirmLabel={t('roster.assignAnyway')}
          busy={busy === 'plan'}
          onConfirm={() => void submit(false, true)}
          onCancel={assign.dismissWarnings}
        />
      ) : (
        <Group gap="xs">
          <Button
            size="xs"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            loading={busy === 'plan'}
            onClick={() => void submit(false)}
            aria-label={roleName ? t('roster.assignFor', { role: roleName }) : undefined}
          >
            {t('roster.assign')}
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={busy === 'wait'}
            onClick={() => void submit(true)}
            aria-label={roleName ? t('roster.waitlistFor', { role: roleName }) : undefined}
          >
            {t('roster.toWaitlist')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
