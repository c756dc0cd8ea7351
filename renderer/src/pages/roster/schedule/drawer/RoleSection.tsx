import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Assignment, Shift, VolunteerChoice, VolunteerRole } from '../../shared/types';
import { NeedBadge } from '../week/ShiftCard';
import { AssignForm } from './AssignForm';
import { AssignmentItem } from './AssignmentItem';

interface RoleSectionProps {
  shift: Shift;
  /** null: the people planned in roles this shift does not ask for. */
  need: Shift['needs'][number] | null;
  assignments: readonly Assignment[];
  roles: readonly VolunteerRole[];
  volunteers: readonly VolunteerChoice[];
  onChanged: () => void;
}

/** One role of a shift: who stands there, who waits, and the form to add someone. */
export function RoleSection({ shift, need, assignments, roles, volunteers, onChanged }: RoleSectionProps) {
  const { t } = useTranslation();
  const planned = assignments.filter((a) => a.status === 'ingepland');
  const waiting = assignments.filter((a) => a.status === 'wachtlijst');
  const full = need !== null && need.filled >= need.count;
  // A full role keeps its form folded away: adding a fourth barman is possible, but not what the drawer is for.
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="xs" component="section" aria-label={need ? need.roleName : t('roster.otherRoles')}>
      <Group gap="xs">
        <Title order={3} size="h5">
          {need ? need.roleName : t('roster.otherRoles')}
        </Title>
        {need && <NeedBadge filled={need.filled} count={need.count} />}
        {need && (
          <Text size="sm" c="dimmed">
            {full ? t('roster.full') : t('roster.missingCount', { count: need.count - need.filled })}
          </Text>
        )}
      </Group>
      {planned.map((a) => (
        <AssignmentItem key={a.id} shift={shift} assignment={a} onChanged={onChanged} />
      ))}
      {waiting.length > 0 && (
        <Text size="xs" fw={600} c="dimmed" mt={4}>
          {t('roster.waitlist')}
        </Text>
      )}
      {waiting.map((a) => (
        <AssignmentItem key={a.id} shift={shift} assignment={a} onChanged={onChanged} />
      ))}
      {/* A shift without needs gets one free form; the "other roles" of a shift with needs only list people. */}
      {!shift.cancelled &&
        (need !== null || shift.needs.length === 0) &&
        (full && !adding ? (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setAdding(true)}
            style={{ alignSelf: 'flex-start' }}
            aria-label={t('roster.addExtraFor', { role: need.roleName })}
          >
            {t('roster.addExtra')}
          </Button>
        ) : (
          <AssignForm
            shift={shift}
            roleId={need?.roleId ?? null}
            roles={roles}
            volunteers={volunteers}
            onChanged={onChanged}
          />
        ))}
    </Stack>
  );
}
